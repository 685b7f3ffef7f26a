#!/bin/sh
# Seeds for the AKIP evaluation fuzz targets, made from test/data/lke
# at each run so that no copy of them (and no binary workbook) is kept
# under test/fuzz/corpus:
#
#   sh test/fuzz/seeds_lke.sh json DIR   the answer files and the
#                                        template as they are (fuzz_lke)
#   sh test/fuzz/seeds_lke.sh xlsx DIR   every worksheet exported by
#                                        `sakip evaluasi ekspor --format
#                                        xlsx`, as the workbook and as
#                                        its parts (fuzz_lke_xlsx)
#
# The parts form is what fuzz_lke_xlsx zips itself: xl/workbook.xml,
# xl/sharedStrings.xml, xl/styles.xml, then xl/worksheets/sheet1.xml …
# sheet5.xml, joined by "\n--\n" (see fuzz_lke_xlsx.c). The Nilai sheet,
# never read back, is left empty there, and a second, slim form has
# every shared string longer than 40 bytes (the uraian) cut to "x", so
# that the fuzzer spends its time on what the reader looks at.
#
# The xlsx seeds need sakip: $SAKIP_BIN, else build/plain/sakip
# (brought up to date with make when that works), and unzip.
set -u
mode=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: sh test/fuzz/seeds_lke.sh json|xlsx DIR" >&2; exit 2; }
data=test/data/lke
mkdir -p "$dir" || exit 1

case $mode in
json)
	for f in "$data"/*.json; do
		case $f in *.expected.json | */pemda.json) continue ;; esac
		cp "$f" "$dir"/ || exit 1
	done
	exit
	;;
xlsx) ;;
*) echo "usage: sh test/fuzz/seeds_lke.sh json|xlsx DIR" >&2; exit 2 ;;
esac

command -v unzip >/dev/null 2>&1 || { echo "seeds_lke: unzip not found" >&2; exit 1; }
bin=${SAKIP_BIN:-}
if [ -z "$bin" ]; then
	bin=build/plain/sakip
	make -s all >/dev/null 2>&1 ||
		echo "seeds_lke: make failed; using the $bin there is" >&2
fi
[ -x "$bin" ] || { echo "seeds_lke: no $bin" >&2; exit 1; }

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
db=$tmp/lke.db
"$bin" --db "$db" import "$data/pemda.json" >/dev/null &&
"$bin" --db "$db" evaluasi template impor "$data/template-opd-contoh.json" >/dev/null ||
	exit 1

# parts XLSX OUT [slim]
parts() {
	rm -rf "$tmp/x" && mkdir "$tmp/x" && unzip -q -d "$tmp/x" "$1" || return 1
	printf '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>' \
		>"$tmp/x/xl/worksheets/sheet2.xml"
	[ -n "${3:-}" ] && { python3 - "$tmp/x/xl" <<'PY' || return 1
import re, sys
d = sys.argv[1]
def rw(name, f):
    p = d + "/" + name
    try:
        x = open(p, encoding="utf-8").read()
    except FileNotFoundError:
        return
    open(p, "w", encoding="utf-8").write(f(x))
def sst(x):
    return re.sub(r"<si><t[^>]*>[^<]{40,}</t></si>", "<si><t>x</t></si>", x)
def sheet(x, lke):
    head = re.search(r"<worksheet[^>]*>", x).group(0)
    data = re.search(r"<sheetData>.*</sheetData>|<sheetData/>", x, re.S).group(0)
    data = re.sub(r' (s|spans)="[^"]*"', "", data)
    data = re.sub(r'<c r="[A-Z]+\d+"/>', "", data)
    if lke:  # Uraian, Jenis and Bobot below the header are never read
        data = re.sub(r'<c r="[BCD](\d+)"[^>]*?(?:/>|>.*?</c>)',
                      lambda m: m.group(0) if int(m.group(1)) <= 12 else "", data)
    return head + data + "</worksheet>"
rw("sharedStrings.xml", sst)
for i in range(1, 6):
    rw("worksheets/sheet%d.xml" % i, lambda x: sheet(x, i == 1))
PY
	rm -f "$tmp/x/xl/styles.xml"; }
	: >"$2"
	sep=""
	for p in workbook.xml sharedStrings.xml styles.xml worksheets/sheet1.xml \
		worksheets/sheet2.xml worksheets/sheet3.xml worksheets/sheet4.xml \
		worksheets/sheet5.xml; do
		printf '%s' "$sep" >>"$2"
		[ -f "$tmp/x/xl/$p" ] && cat "$tmp/x/xl/$p" >>"$2"
		sep='
--
'
	done
}

n=0
for f in "$data"/*-20[0-9][0-9]-*.json; do
	case $f in *.expected.json) continue ;; esac
	base=$(basename "$f" .json)           # kec-contoh-2024-penetapan
	tahap=${base##*-}
	rest=${base%-*}
	tahun=${rest##*-}
	instansi=${rest%-*}
	"$bin" --db "$db" evaluasi impor "$f" >/dev/null &&
	"$bin" --db "$db" evaluasi ekspor --instansi "$instansi" \
		--tahun "$tahun" --tahap "$tahap" --format xlsx \
		-o "$dir/$base.xlsx" >/dev/null || {
		echo "seeds_lke: $f: not exported" >&2
		continue
	}
	parts "$dir/$base.xlsx" "$dir/$base.parts" &&
	parts "$dir/$base.xlsx" "$dir/$base.slim" slim && n=$((n + 1))
done
[ $n -gt 0 ]
