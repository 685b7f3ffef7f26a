#!/bin/sh
# Golden test of LKE worksheets as XLSX (lke.md "Answer file"): every
# worksheet of test/data/lke goes JSON → database → XLSX → a fresh
# database → JSON, byte-identical to the first export, and scores as its
# .expected.json; a worksheet filled by editing the sheet's cells and
# re-saved by LibreOffice imports with the scores computed by hand and
# the same worksheet as the equivalent answer file; bad workbooks are
# refused with the cell and key named and the database left as it was.
#
# The filled worksheet: kec-contoh 2024 penetapan (68.64, see lke.sh)
# with 1.a.5 Y → "-" (blank), 1.b.9 C → "a", 2.b.4 Y → "t", 3.b.6
# C → " B ":
#   1.a 6×4/5 = 4.80   1.b 9×(37/4)/11 = 7.568 → 7.57
#   2.b 9×(21/4)/7 = 6.75   3.b 4.5×(29/4)/9 = 3.625 → 3.63
#   total 507385/7392 − 6/5 + 9/22 − 9/7 + 1/8 = 2464793/36960
#         = 66.688 → 66.69 B, 1 left blank
. "$(dirname "$0")/../lib/common.sh"
DATA=$ROOT/test/data/lke

# A database with the agencies and the pemda's own template.
newdb() {
	rm -f "$1"
	"$SAKIP_BIN" --db "$1" import "$DATA/pemda.json" >/dev/null &&
	"$SAKIP_BIN" --db "$1" evaluasi template impor "$DATA/template-opd-contoh.json" >/dev/null
}
db=$TMP/a.db
newdb "$db" || { echo "FAIL: test databases not built"; exit 1; }

# edit.py IN OUT EDIT…: copies a workbook, setting cells. An edit is
# SHEET:KODE:COL=VALUE (the row whose column A holds KODE) or
# SHEET!REF=VALUE; VALUE as an inline string, "\n" a line break.
cat >"$TMP/edit.py" <<'PY'
import re, sys, zipfile
from xml.sax.saxutils import escape
src, dst, edits = sys.argv[1], sys.argv[2], sys.argv[3:]
z = zipfile.ZipFile(src)
parts = {n: z.read(n) for n in z.namelist()}
rels = parts["xl/_rels/workbook.xml.rels"].decode()
target = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
target.update({a: b for b, a in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
sheets = {n: "xl/" + target[r].lstrip("/").replace("xl/", "") for n, r in
          re.findall(r'<sheet name="([^"]+)" sheetId="\d+"[^>]*r:id="(rId\d+)"',
                     parts["xl/workbook.xml"].decode())}
sst = [re.sub(r"<[^>]+>", "", s) for s in
       re.findall(r"<si>(.*?)</si>", parts.get("xl/sharedStrings.xml", b"").decode(), re.S)]
def text(x, m):
    v = re.search(r"<v>(.*?)</v>", m)
    if 't="s"' in x and v:
        return sst[int(v.group(1))]
    t = re.search(r"<t[^>]*>(.*?)</t>", m)
    return t.group(1) if t else (v.group(1) if v else "")
for e in edits:
    where, value = e.split("=", 1)
    if "!" in where:
        sheet, ref = where.split("!")
    else:
        sheet, kode, col = where.split(":")
        xml = parts[sheets[sheet]].decode()
        rows = [r for r, x, m in re.findall(r'<c r="A(\d+)"([^>]*?)(/>|>.*?</c>)', xml)
                if text(x, m) == kode]
        assert rows, "no row " + kode
        ref = col + rows[0]
    p = sheets[sheet]
    xml = parts[p].decode()
    cell = '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (
        ref, escape(value.replace("\\n", "\n")))
    new, n = re.subn(r'<c r="%s"(?: [^>]*?)?(?:/>|>.*?</c>)' % ref, cell, xml, count=1)
    if n == 0:  # no such cell yet: put it at the end of its row
        row = re.sub(r"[A-Z]+", "", ref)
        new, n = re.subn(r'(<row r="%s"[^>]*>.*?)(</row>)' % row, r"\1" + cell + r"\2", xml, count=1, flags=re.S)
    assert n == 1, "cannot set " + ref
    parts[p] = new.encode()
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
    for n in z.namelist():
        out.writestr(n, parts[n])
PY
edit() { python3 "$TMP/edit.py" "$@"; }

# ---- round trips: JSON → XLSX → JSON, and the scores ---------------------------
for f in "$DATA"/*-usulan.json "$DATA"/*-penetapan.json; do
	name=$(basename "$f" .json)
	inst=${name%-[0-9][0-9][0-9][0-9]-*}
	rest=${name#"$inst"-}
	tahun=${rest%%-*} tahap=${rest#*-}
	sel="--instansi $inst --tahun $tahun --tahap $tahap"
	x=$TMP/$name.xlsx rt=$TMP/rt-$name.db
	if ! "$SAKIP_BIN" --db "$db" evaluasi impor "$f" >"$TMP/out" 2>&1 ||
	   ! "$SAKIP_BIN" --db "$db" evaluasi ekspor $sel -o "$TMP/$name.e1.json" ||
	   ! "$SAKIP_BIN" --db "$db" evaluasi ekspor $sel --format xlsx -o "$x" >"$TMP/out" 2>&1; then
		bad "$name: impor/ekspor: $(cat "$TMP/out")"; continue
	fi
	newdb "$rt"
	if ! "$SAKIP_BIN" --db "$rt" evaluasi impor "$x" >"$TMP/out" 2>&1; then
		bad "$name: impor xlsx: $(cat "$TMP/out")"; continue
	fi
	"$SAKIP_BIN" --db "$rt" evaluasi ekspor $sel -o "$TMP/$name.e2.json"
	if cmp -s "$TMP/$name.e1.json" "$TMP/$name.e2.json"; then
		ok "$name: JSON → XLSX → JSON byte-identical ($(sed "s|$TMP/||" "$TMP/out"))"
	else
		bad "$name: round trip differs"
		diff "$TMP/$name.e1.json" "$TMP/$name.e2.json" | head -10
	fi
	"$SAKIP_BIN" --db "$rt" evaluasi nilai $sel --format json >"$TMP/$name.nilai.json" 2>&1
	if cmp -s "$DATA/$name.expected.json" "$TMP/$name.nilai.json"; then
		ok "$name: nilai from the workbook as expected"
	else
		bad "$name: nilai differs"
		diff "$DATA/$name.expected.json" "$TMP/$name.nilai.json" | head -10
	fi
done

# ---- what the workbook is -------------------------------------------------------------
# Sheets, protection, the answer lists, the Meta sheet and the scores.
x=$TMP/kec-contoh-2024-penetapan.xlsx
python3 - "$x" "$TMP/dinas-contoh-2024-usulan.xlsx" >"$TMP/shape" 2>&1 <<'PY'
import re, sys, zipfile
def book(path):
    z = zipfile.ZipFile(path)
    wb = z.read("xl/workbook.xml").decode()
    names = re.findall(r'<sheet name="([^"]+)"', wb)
    return z, wb, names
z, wb, names = book(sys.argv[1])
assert names == ["LKE", "Nilai", "Catatan", "Rekomendasi", "Meta"], names
assert re.search(r'<sheet name="Meta"[^>]*state="hidden"', wb), "Meta not hidden"
lke = z.read("xl/worksheets/sheet1.xml").decode()
assert "<sheetProtection" in lke and 'password' not in lke, "LKE not protected"
assert '<pane ySplit="12"' in lke or 'ySplit="12"' in lke, "header not frozen"
assert '<formula1>"Y,T"</formula1>' in lke and '<formula1>"A,B,C,D,E"</formula1>' in lke
assert '<formula1>"Y,T,NA"</formula1>' in lke, "1.a.2 lacks NA"
assert 'sqref="E18"' in lke, "no list on 1.a.4"
nilai = z.read("xl/worksheets/sheet2.xml").decode()
assert "<v>68.64</v>" in nilai and "<v>23</v>" in nilai, "scores missing"
sst = z.read("xl/sharedStrings.xml").decode()
for s in ["sakip-lke-xlsx/1", "700/045/INSP/2025", "Bukti saran", "Rekomendasi"]:
    assert s in sst or s in wb, s
z, wb, names = book(sys.argv[2])
assert names == ["LKE", "Nilai", "Meta"], names
lke = z.read("xl/worksheets/sheet1.xml").decode()
assert '<formula1>"AA,A,BB,B,CC,C,D,E"</formula1>' in lke
assert '<formula1>"Y,T"</formula1>' not in lke, "method R sheet has kriterion lists"
print("shape ok")
PY
if grep -q "shape ok" "$TMP/shape"; then
	ok "workbook: sheets, protection, frozen header, answer lists, hidden Meta, scores"
else
	bad "workbook shape: $(cat "$TMP/shape")"
fi

out=$("$SAKIP_BIN" --db "$db" evaluasi ekspor --instansi kec-contoh --tahun 2024 --format xlsx 2>&1)
rc=$?
if [ $rc -eq 2 ] && printf '%s' "$out" | grep -q "ekspor --format xlsx needs -o FILE.xlsx (a workbook is not written to standard output)"; then
	ok "ekspor --format xlsx refuses standard output"
else
	bad "xlsx to stdout: exit $rc: $(printf '%s' "$out" | head -2)"
fi

# ---- a worksheet filled in ---------------------------------------------------------------
# The cells typed as a person would (lower case, spaces, a dash, two
# links in one cell), a note and a recommendation added; then re-saved
# by LibreOffice when it is installed.
edit "$x" "$TMP/filled.xlsx" "LKE:1.a.5:E=-" "LKE:1.b.9:E=a" "LKE:2.b.4:E=t" \
	"LKE:3.b.6:E= B " "LKE:1.a.1:F=Perbup 12/2021, diperbarui" \
	"LKE:1.a.1:G=perbup-12-2021.pdf\n  https://jdih.contoh.go.id/p.pdf " \
	"Catatan:2.b:C=Pengukuran belum berkala." \
	"Rekomendasi!A5=4" "Rekomendasi!B5=Mengukur kinerja tiap triwulan." \
	"Rekomendasi!C5=2.b.4" "Rekomendasi!D5=Tinggi" "Rekomendasi!E5=2025-12-31" ||
	bad "editing the workbook"
filled=$TMP/filled.xlsx
if command -v soffice >/dev/null 2>&1; then
	mkdir -p "$TMP/lo"
	timeout 180 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
		--convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$TMP/lo" "$filled" >/dev/null 2>&1
	if [ -s "$TMP/lo/filled.xlsx" ] && ! cmp -s "$filled" "$TMP/lo/filled.xlsx"; then
		filled=$TMP/lo/filled.xlsx
		ok "LibreOffice re-saved the filled worksheet"
	else
		bad "LibreOffice did not convert the filled worksheet"
	fi
else
	echo "SKIP: LibreOffice (soffice) not installed: the filled worksheet is not re-saved"
fi
# The same changes as an answer file.
python3 - "$TMP/kec-contoh-2024-penetapan.e1.json" "$TMP/filled.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
j = d["jawaban"]
del j["1.a.5"]
j["1.b.9"]["nilai"] = "A"; j["2.b.4"]["nilai"] = "T"; j["3.b.6"]["nilai"] = "B"
j["1.a.1"]["catatan"] = "Perbup 12/2021, diperbarui"
j["1.a.1"]["bukti"] = ["perbup-12-2021.pdf", "https://jdih.contoh.go.id/p.pdf"]
d["catatan"]["2.b"] = "Pengukuran belum berkala."
d["rekomendasi"].append({"nomor": 4, "teks": "Mengukur kinerja tiap triwulan.",
                         "kode": "2.b.4", "prioritas": "tinggi", "target": "2025-12-31"})
json.dump(d, open(sys.argv[2], "w"))
PY
f1=$TMP/f1.db f2=$TMP/f2.db
newdb "$f1" && newdb "$f2"
sel="--instansi kec-contoh --tahun 2024 --tahap penetapan"
if "$SAKIP_BIN" --db "$f1" evaluasi impor "$filled" >"$TMP/out" 2>&1 &&
   "$SAKIP_BIN" --db "$f2" evaluasi impor "$TMP/filled.json" >>"$TMP/out" 2>&1; then
	"$SAKIP_BIN" --db "$f1" evaluasi nilai $sel --format json >"$TMP/f1.nilai"
	"$SAKIP_BIN" --db "$f2" evaluasi nilai $sel --format json >"$TMP/f2.nilai"
	"$SAKIP_BIN" --db "$f1" evaluasi ekspor $sel -o "$TMP/f1.json"
	"$SAKIP_BIN" --db "$f2" evaluasi ekspor $sel -o "$TMP/f2.json"
	if grep -q '"total": 66.69,' "$TMP/f1.nilai" && grep -q '"predikat": "B",' "$TMP/f1.nilai" &&
	   grep -q '"belum_dijawab": 1,' "$TMP/f1.nilai" &&
	   grep -q '{"kode": "1.a", "nama": "Keberadaan", "bobot": 6, "nilai": 4.80}' "$TMP/f1.nilai" &&
	   grep -q '{"kode": "1.b", "nama": "Kualitas", "bobot": 9, "nilai": 7.57}' "$TMP/f1.nilai" &&
	   grep -q '{"kode": "2.b", "nama": "Kualitas", "bobot": 9, "nilai": 6.75}' "$TMP/f1.nilai" &&
	   grep -q '{"kode": "3.b", "nama": "Kualitas", "bobot": 4.5, "nilai": 3.63}' "$TMP/f1.nilai"; then
		ok "filled worksheet: 66.69 B, 1 blank, as computed by hand"
	else
		bad "filled worksheet scores: $(grep -E '"(total|predikat|belum_dijawab)"' "$TMP/f1.nilai" | tr -d '\n')"
	fi
	if cmp -s "$TMP/f1.nilai" "$TMP/f2.nilai" && cmp -s "$TMP/f1.json" "$TMP/f2.json"; then
		ok "filled worksheet: the same worksheet and scores as the equivalent answer file"
	else
		bad "filled worksheet differs from the answer file"
		diff "$TMP/f2.json" "$TMP/f1.json" | head -20
	fi
else
	bad "filled worksheet: $(cat "$TMP/out")"
fi

# ---- bad workbooks: exit 1, cell and key named, nothing written ----------------------------
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1
sum_before=$(cksum <"$db")
# name | text the message must contain | the edits of the exported workbook
check() {
	name=$1 want=$2
	shift 2
	edit "$x" "$TMP/$name.xlsx" "$@" || { bad "$name: editing"; return; }
	try "$name" "$want" "$TMP/$name.xlsx"
}
try() {
	refused "$1" "$2" "$db" "$sum_before" \
		"$SAKIP_BIN" --db "$db" evaluasi impor "$3"
}
# Rows of a penetapan under method P: header 12, 1 on 13, 1.a 14,
# 1.a.1 … 1.a.6 15–20, 1.b 21, 1.b.3 24, …, 2.c 55.
check unknown-code "unknown-code.xlsx: LKE!A24: jawaban.1.b.12: no kriterion or sub-komponen 1.b.12 in template lke-88-2021" \
	"LKE:1.b.3:A=1.b.12"
check y-on-ae "y-on-ae.xlsx: LKE!E24: jawaban.1.b.3: kriterion 1.b.3 is an A-E kriterion: 'Y' is not allowed" \
	"LKE:1.b.3:E=y"
check mixed "mixed.xlsx: LKE!E55: jawaban.2.c: answers a sub-komponen (method R), but the sheet uses method P from 1.a.1 on" \
	"LKE:2.c:E=BB"
check template-versi "template-versi.xlsx: Meta!B6: template_versi: template lke-88-2021 has no version 7" \
	"Meta!B6=7"
check template "template.xlsx: Meta!B5: template: no LKE template 'lke-88-2019'" \
	"Meta!B5=lke-88-2019"
check not-a-code "not-a-code.xlsx: LKE!A24: kode: 'Lihat catatan di bawah' is not a code (such as 1, 1.a or 1.a.1)" \
	"LKE:1.b.3:A=Lihat catatan di bawah"
check not-an-answer "not-an-answer.xlsx: LKE!E24: jawaban.1.b.3: 'BAIK' is not an answer" \
	"LKE:1.b.3:E=baik"
check note-no-answer "note-no-answer.xlsx: LKE!E19: jawaban.1.a.5: no answer, but the row has a note or evidence" \
	"LKE:1.a.5:E=" "LKE:1.a.5:G=renaksi.pdf"
check komponen "komponen.xlsx: LKE!E13: jawaban.1: komponen 1 is not answered itself" \
	"LKE:1:E=A"
check rule "rule.xlsx: LKE!E18: jawaban.1.a.4: renja-tanpa-renstra: 1.a.4 is Y but 1.a.3 is T" \
	"LKE:1.a.3:E=T"
check catatan "catatan.xlsx: Catatan!A5: catatan.1.x: no komponen or sub-komponen '1.x' in template lke-88-2021" \
	"Catatan!A5=1.x"
check rekomendasi "rekomendasi.xlsx: Rekomendasi!D3: rekomendasi[1]: prioritas must be tinggi, sedang or rendah" \
	"Rekomendasi!D3=segera"
check rekomendasi-nomor "rekomendasi-nomor.xlsx: Rekomendasi!A5: rekomendasi[3].nomor: 'empat' is not a whole number from 1" \
	"Rekomendasi!A5=empat" "Rekomendasi!B5=Teks"
check other-format "other-format.xlsx: Meta!B1: format: 'sakip-template/1', expected 'sakip-lke-xlsx/1'" \
	"Meta!B1=sakip-template/1"
printf 'this is not a workbook\n' >"$TMP/not-a-zip.xlsx"
try not-a-zip "not-a-zip.xlsx: not an XLSX workbook (not a zip archive)" "$TMP/not-a-zip.xlsx"
head -c 3000 "$x" >"$TMP/cut.bin"
try truncated "cut.bin: not an XLSX workbook" "$TMP/cut.bin"

# ---- a blank worksheet with the suggestions (fixture 000) -------------------------------
# Every suggestion taken as the answer but 3.b.7 (E → D): the worksheet
# records 15 confirmed, 1 overridden, as the answer-file path in lke.sh.
if [ -f "$FIXTURES/000.json" ]; then
	fx=$TMP/fx.db
	E="$SAKIP_BIN --db $fx evaluasi"
	"$SAKIP_BIN" --db "$fx" import "$FIXTURES/000.json" >/dev/null || bad "000: import"
	out=$($E lembar --instansi kec-teluk-segara --tahun 2024 -o "$TMP/blank.xlsx")
	[ "$out" = "$TMP/blank.xlsx: blank usulan worksheet of kec-teluk-segara 2024, template lke-88-2021 versi 1, 16 suggestions" ] ||
		bad "lembar: $out"
	$E saran --instansi kec-teluk-segara --tahun 2024 --format json |
	python3 -c '
import json, sys
for s in json.load(sys.stdin)["saran"]:
    print("LKE:%s:E=%s" % (s["kode"], "D" if s["kode"] == "3.b.7" else s["nilai"].lower()))
' >"$TMP/blank.edits"
	out=$($E impor "$TMP/blank.xlsx" 2>&1)
	if [ $? -ne 1 ] || ! printf '%s' "$out" | grep -q "blank.xlsx: LKE: jawaban: no answers"; then
		bad "lembar: the blank worksheet imported: $out"
	fi
	# shellcheck disable=SC2046
	edit "$TMP/blank.xlsx" "$TMP/blank-filled.xlsx" $(cat "$TMP/blank.edits") &&
	$E impor "$TMP/blank-filled.xlsx" >/dev/null &&
	$E nilai --instansi kec-teluk-segara --tahun 2024 --format json >"$TMP/blank.nilai" &&
	$E ekspor --instansi kec-teluk-segara --tahun 2024 -o "$TMP/blank.json"
	if grep -q '"saran": {"dikonfirmasi": 15, "diubah": 1}' "$TMP/blank.nilai" &&
	   grep -q '"3.b.7": {"nilai": "D", "saran": {"nilai": "E", "bukti": "0 dari 6' "$TMP/blank.json" &&
	   grep -q '"belum_dijawab": 64,' "$TMP/blank.nilai"; then
		ok "lembar: a blank worksheet with the suggestions, filled: 15 confirmed, 1 overridden"
	else
		bad "lembar filled: $(grep -E '"(saran|belum_dijawab)"' "$TMP/blank.nilai" | tr -d '\n')"
	fi
	out=$($E lembar --instansi kec-teluk-segara --tahun 2024 2>&1)
	[ $? -eq 2 ] && printf '%s' "$out" | grep -q "lembar needs -o FILE.xlsx" &&
		ok "lembar refuses standard output" || bad "lembar to stdout: $out"
else
	echo "SKIP: a blank worksheet with the suggestions ($FIXTURES not found)"
fi

# ---- text that reads like an OOXML escape -------------------------------------------
# "_xHHHH_" in a cell is the character U+HHHH to a reader; a literal one
# must be written "_x005F_xHHHH_" or "laporan_x2024_final.pdf" comes
# back as "laporan․final.pdf". Bukti, catatan, the evaluator, a
# komponen's note and a recommendation hold such text, escaped text too.
python3 - "$DATA/kec-contoh-2024-penetapan.json" "$TMP/xesc.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
j = d["jawaban"]
j["1.a.1"]["bukti"] = ["laporan_x2024_final.pdf", "a_x0041_x0042_b.pdf"]
j["1.a.1"]["catatan"] = "Perbup _x0041_ dan _x005F_x2024_, bukan _x20_"
d["lhe"]["evaluator"] = "Tim_x00C9_valuasi"
d["catatan"]["1"] = "cascading _xABCD_ belum"
d["rekomendasi"][0]["teks"] = "Menyusun _x0000_ cascading"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
PY
sel="--instansi kec-contoh --tahun 2024 --tahap penetapan"
xdb=$TMP/xesc.db rt=$TMP/xesc-rt.db
newdb "$xdb" && newdb "$rt"
if "$SAKIP_BIN" --db "$xdb" evaluasi impor "$TMP/xesc.json" >"$TMP/out" 2>&1 &&
   "$SAKIP_BIN" --db "$xdb" evaluasi ekspor $sel -o "$TMP/xesc.e1.json" &&
   "$SAKIP_BIN" --db "$xdb" evaluasi ekspor $sel --format xlsx -o "$TMP/xesc.xlsx" >"$TMP/out" 2>&1 &&
   "$SAKIP_BIN" --db "$rt" evaluasi impor "$TMP/xesc.xlsx" >"$TMP/out" 2>&1 &&
   "$SAKIP_BIN" --db "$rt" evaluasi ekspor $sel -o "$TMP/xesc.e2.json" 2>"$TMP/out"; then
	if ! grep -q '"laporan_x2024_final.pdf"' "$TMP/xesc.e1.json" ||
	   ! grep -q 'Perbup _x0041_ dan _x005F_x2024_, bukan _x20_' "$TMP/xesc.e1.json"; then
		bad "_xHHHH_ text: not in the first export"
	elif cmp -s "$TMP/xesc.e1.json" "$TMP/xesc.e2.json"; then
		ok "_xHHHH_ text: JSON → XLSX → JSON byte-identical"
	else
		bad "_xHHHH_ text: round trip differs"
		diff "$TMP/xesc.e1.json" "$TMP/xesc.e2.json" | head -10
	fi
	python3 -c 'import sys, zipfile
sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())' \
		"$TMP/xesc.xlsx" | grep -q 'laporan_x005F_x2024_final.pdf' &&
		ok "_xHHHH_ text: written as _x005F_xHHHH_" ||
		bad "_xHHHH_ text: laporan_x005F_x2024_final.pdf not in the shared strings"
else
	bad "_xHHHH_ text: impor/ekspor: $(cat "$TMP/out")"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
