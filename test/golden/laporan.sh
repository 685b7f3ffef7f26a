#!/bin/sh
# Golden test of `sakip laporan`: for every fixture and agency, the PK and
# the LKjIP in every format (and the PK Perubahan where the year has a
# revision, its refusal where it has none); every DOCX converted to PDF by
# LibreOffice in one call; then check_laporan.py looks for the figures in
# the PDF text, the HTML and the XLSX cells, and checks escaping with a
# package whose indicator is named <script>alert(1)</script>.
. "$(dirname "$0")/../lib/common.sh"
need_fixtures
export SAKIP_NOW=2025-03-27
OUT=$TMP/out
mkdir -p "$OUT"
fail=0

gen() { # DB INSTANSI TAHUN PREFIX
	for f in docx html xlsx; do
		"$SAKIP_BIN" --db "$1" laporan lkjip --instansi "$2" --tahun "$3" \
			--format $f -o "$4-lkjip.$f" || { echo "FAIL $4: lkjip $f"; fail=1; }
	done
	for f in docx html; do
		"$SAKIP_BIN" --db "$1" laporan pk --instansi "$2" --tahun "$3" \
			--format $f -o "$4-pk.$f" || { echo "FAIL $4: pk $f"; fail=1; }
	done
}

for pkg in "$FIXTURES"/[0-9]*.json; do
	case $pkg in *.expected.json) continue ;; esac
	name=$(basename "$pkg" .json)
	db=$TMP/$name.db
	tahun=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tahun"])' \
		"$FIXTURES/$name.expected.json")
	"$SAKIP_BIN" --db "$db" import "$pkg" >/dev/null || { echo "FAIL $name: import"; fail=1; continue; }
	for k in $(python3 -c 'import json,sys; print(" ".join(i["kode"] for i in json.load(open(sys.argv[1]))["instansi"]))' "$pkg"); do
		gen "$db" "$k" "$tahun" "$OUT/$name-$k"
		# PK Perubahan: written when the year has a revision, refused otherwise
		"$SAKIP_BIN" --db "$db" laporan pk --perubahan --instansi "$k" --tahun "$tahun" \
			--format docx -o "$OUT/$name-$k-pkp.docx" 2>"$TMP/err"
		rc=$?
		if [ $rc -ne 0 ] && { [ $rc -ne 1 ] || ! grep -q "no PK Perubahan" "$TMP/err"; }; then
			echo "FAIL $name $k: pk --perubahan exit $rc: $(cat "$TMP/err")"; fail=1
		fi
	done
done

# the same data twice gives the same bytes (the clock is SAKIP_NOW)
k0=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["instansi"][0]["kode"])' "$FIXTURES/000.json")
"$SAKIP_BIN" --db "$TMP/000.db" laporan lkjip --instansi "$k0" --tahun 2024 --format docx -o "$TMP/again.docx"
if cmp -s "$TMP/again.docx" "$OUT/000-$k0-lkjip.docx"; then echo "lkjip docx: reproducible"
else echo "FAIL lkjip docx: two runs differ"; fail=1; fi

# a package that tries to inject markup, with a cap, a profil, a pembanding
python3 - "$FIXTURES/000.json" "$TMP/xss.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["kebijakan"] = {"batas_capaian": 100}
i = p["instansi"][0]
i["narasi"]["2024"]["kata_pengantar"] = "Kata pengantar dari data."
i["profil"] = {"2024": {"pegawai": [{"menurut": "golongan", "rincian": [
    {"label": "IV", "jumlah": 3}, {"label": "III", "jumlah": 12}]}],
    "sarana": [{"uraian": "Komputer", "jumlah": 8, "kondisi": "baik"}]}}
ind = i["tujuan"][0]["sasaran"][0]["indikator"][0]
ind["uraian"] = "<script>alert(1)</script>"
ind["pembanding"] = {"nasional": {"2024": "82"}}
json.dump(p, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$SAKIP_BIN" --db "$TMP/xss.db" import "$TMP/xss.json" >/dev/null || { echo "FAIL xss: import"; fail=1; }
gen "$TMP/xss.db" "$k0" 2024 "$OUT/xss"

# every DOCX to PDF in one LibreOffice call, with a private profile
if command -v soffice >/dev/null 2>&1; then
	soffice -env:UserInstallation="file://$TMP/lo-profile" --headless \
		--convert-to pdf --outdir "$OUT" "$OUT"/*.docx >"$TMP/soffice.log" 2>&1 ||
		{ echo "FAIL soffice:"; cat "$TMP/soffice.log"; fail=1; }
else
	echo "SKIP: soffice not installed, PDF checks skipped"
fi

python3 "$ROOT/test/golden/check_laporan.py" "$OUT" "$FIXTURES" || fail=1
[ "$fail" -eq 0 ]
