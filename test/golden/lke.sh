#!/bin/sh
# Golden test of the AKIP evaluation (lke.md): whole worksheets imported
# with `sakip evaluasi impor`, scored with `nilai --format json`, compared
# byte for byte with test/data/lke/*.expected.json; the export round
# trip; and bad answer files refused with a message naming the key and
# the database left as it was.
#
# The expected figures, by hand:
#  kec-contoh 2024 penetapan, method P, all 80 kriteria (1.a.2 NA):
#   1.a 6×5/5 = 6      1.b 9×(35/4)/11 = 7.159 → 7.16  1.c 15×(21/4)/8 = 9.84375 → 9.84
#   2.a 6×3/3 = 6      2.b 9×(25/4)/7 = 8.036 → 8.04   2.c 15×(26/4)/10 = 9.75
#   3.a 3×5/6 = 2.5    3.b 4.5×(28/4)/9 = 3.5          3.c 7.5×(15/4)/7 = 4.018 → 4.02
#   4.a 5×2/3 = 3.333  4.b 7.5×(11/4)/5 = 4.125 → 4.13 4.c 12.5×(7/4)/5 = 4.375 → 4.38
#   komponen 23.003, 23.786, 10.018, 11.833; total 507385/7392 = 68.6397 → 68.64 B
#  dinas-contoh 2024 usulan, method R:
#   AA A BB | BB BB B | A BB BB | A B CC → 26.10 + 22.50 + 12.30 + 17.25 = 78.15 BB
#  dinas-contoh 2024 penetapan, method R: all A → exactly 90.00 → A (not AA)
#  kec-contoh 2023 penetapan, method R:
#   BB B CC | BB B CC | A B C | B C D → 20.10 + 20.10 + 9.60 + 11.00 = 60.80 B
. "$(dirname "$0")/../lib/common.sh"
DATA=$ROOT/test/data/lke
db=$TMP/lke.db

"$SAKIP_BIN" --db "$db" import "$DATA/pemda.json" >/dev/null ||
	{ echo "FAIL: pemda.json not imported"; exit 1; }

# name | instansi | tahap
for row in kec-contoh-2023-penetapan:kec-contoh:penetapan \
	   kec-contoh-2024-penetapan:kec-contoh:penetapan \
	   dinas-contoh-2024-usulan:dinas-contoh:usulan \
	   dinas-contoh-2024-penetapan:dinas-contoh:penetapan; do
	IFS=: read -r name inst tahap <<EOT
$row
EOT
	if ! "$SAKIP_BIN" --db "$db" evaluasi impor "$DATA/$name.json" >"$TMP/out" 2>&1; then
		bad "$name: impor: $(cat "$TMP/out")"; continue
	fi
	tahun=$(printf '%s' "$name" | sed 's/.*-\([0-9]\{4\}\)-.*/\1/')
	"$SAKIP_BIN" --db "$db" evaluasi nilai --instansi "$inst" --tahun "$tahun" \
		--tahap "$tahap" --format json >"$TMP/$name.json" 2>&1
	if cmp -s "$DATA/$name.expected.json" "$TMP/$name.json"; then
		ok "$name: $(grep -E '"(total|predikat|metode)"' "$TMP/$name.json" | tr -d ' \n')"
	else
		bad "$name: nilai differs"
		diff "$DATA/$name.expected.json" "$TMP/$name.json" | head -20
	fi
	# export → import into a fresh db → export: byte-identical
	rt=$TMP/rt-$name.db
	"$SAKIP_BIN" --db "$rt" import "$DATA/pemda.json" >/dev/null &&
	"$SAKIP_BIN" --db "$db" evaluasi ekspor --instansi "$inst" --tahun "$tahun" \
		--tahap "$tahap" -o "$TMP/$name.e1.json" &&
	"$SAKIP_BIN" --db "$rt" evaluasi impor "$TMP/$name.e1.json" >/dev/null &&
	"$SAKIP_BIN" --db "$rt" evaluasi ekspor --instansi "$inst" --tahun "$tahun" \
		--tahap "$tahap" -o "$TMP/$name.e2.json"
	if [ $? -eq 0 ] && cmp -s "$TMP/$name.e1.json" "$TMP/$name.e2.json"; then
		ok "$name: export round trip byte-identical"
	else
		bad "$name: export round trip"
	fi
done

# Without --tahap the penetapan is scored; text output states the method.
"$SAKIP_BIN" --db "$db" evaluasi nilai --instansi dinas-contoh --tahun 2024 >"$TMP/text" 2>&1
if grep -q '^total (metode R): 90,00, predikat A$' "$TMP/text"; then
	ok "text: penetapan by default, method beside the total"
else
	bad "text output: $(cat "$TMP/text")"
fi

# Usulan beside penetapan, the differences marked.
"$SAKIP_BIN" --db "$db" evaluasi banding --instansi dinas-contoh --tahun 2024 >"$TMP/banding" 2>&1
if grep -q '^evaluasi dinas-contoh 2024: usulan 78,15 (metode R, BB), penetapan 90,00 (metode R, A)$' "$TMP/banding" &&
   grep -q '^1.b     Kualitas  *8,10  *8,10$' "$TMP/banding" &&
   grep -q '^1.c     Pemanfaatan  *12,00  *13,50  \*$' "$TMP/banding" &&
   grep -q '^  1.a     AA -> A  kriteria terpenuhi dengan upaya tambahan$' "$TMP/banding" &&
   [ "$(grep -c '^  [0-9].* -> ' "$TMP/banding")" -eq 9 ]; then
	ok "banding: usulan beside penetapan"
else
	bad "banding: $(cat "$TMP/banding")"
fi

# Bad answer files: exit 1, the key named, nothing written.
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1
sum_before=$(cksum <"$db")
head='"format": "sakip-lke/1", "instansi": "kec-contoh", "tahun": 2024, "tahap": "penetapan"'
# name | text the message must contain | file content
check() {
	printf '%s\n' "$3" >"$TMP/$1.json"
	refused "$1" "$2" "$db" "$sum_before" \
		"$SAKIP_BIN" --db "$db" evaluasi impor "$TMP/$1.json"
}
check unknown-code "unknown-code.json: jawaban.1.b.12: no kriterion" \
	"{$head, \"template\": \"lke-88-2021\", \"jawaban\": {\"1.b.1\": {\"nilai\": \"Y\"}, \"1.b.12\": {\"nilai\": \"A\"}}}"
check y-on-ae "jawaban.1.b.3: kriterion 1.b.3 is an A-E kriterion: 'Y' is not allowed" \
	"{$head, \"template\": \"lke-88-2021\", \"jawaban\": {\"1.b.3\": {\"nilai\": \"Y\"}}}"
check mixed "jawaban.2.c: answers a sub-komponen (method R), but the sheet uses method P" \
	"{$head, \"template\": \"lke-88-2021\", \"jawaban\": {\"1.a.1\": {\"nilai\": \"Y\"}, \"2.c\": {\"nilai\": \"BB\"}}}"
check old-template "template: no LKE template 'lke-88-2019'" \
	"{$head, \"template\": \"lke-88-2019\", \"jawaban\": {\"1.a\": {\"nilai\": \"A\"}}}"
check template-versi "template_versi: template lke-88-2021 has no version 7" \
	"{$head, \"template\": \"lke-88-2021\", \"template_versi\": 7, \"jawaban\": {\"1.a\": {\"nilai\": \"A\"}}}"
check renja-tanpa-renstra "jawaban.1.a.4: renja-tanpa-renstra: 1.a.4 is Y but 1.a.3 is T" \
	"{$head, \"template\": \"lke-88-2021\", \"jawaban\": {\"1.a.3\": {\"nilai\": \"T\"}, \"1.a.4\": {\"nilai\": \"Y\"}}}"
check pemanfaatan "jawaban.1.c: pemanfaatan-melebihi-kualitas: 1.c is AA, above 1.b B" \
	"{$head, \"template\": \"lke-88-2021\", \"jawaban\": {\"1.b\": {\"nilai\": \"B\"}, \"1.c\": {\"nilai\": \"AA\"}}}"
check unknown-instansi "instansi 'kec-lain' is not in the database" \
	"{\"format\": \"sakip-lke/1\", \"instansi\": \"kec-lain\", \"tahun\": 2024, \"tahap\": \"usulan\", \"template\": \"lke-88-2021\", \"jawaban\": {\"1.a\": {\"nilai\": \"A\"}}}"

# A template in use is frozen: an evaluation stored under another
# fingerprint of lke-88-2021 v1 is neither scored nor overwritten.
sqlite3 "$db" "UPDATE lke_evaluasi SET template_hash = '00000000000000ff'
	WHERE tahap = 'usulan'" || bad "sqlite3 update"
out=$("$SAKIP_BIN" --db "$db" evaluasi nilai --instansi dinas-contoh --tahun 2024 --tahap usulan 2>&1)
rc=$?
if [ $rc -eq 1 ] && printf '%s' "$out" | grep -q "changed since the worksheet was stored (fingerprint 00000000000000ff"; then
	ok "frozen: nilai refuses a changed template"
else
	bad "frozen nilai: exit $rc: $out"
fi
out=$("$SAKIP_BIN" --db "$db" evaluasi impor "$DATA/dinas-contoh-2024-usulan.json" 2>&1)
rc=$?
if [ $rc -eq 1 ] && printf '%s' "$out" | grep -q "template: the usulan evaluation of instansi 'dinas-contoh' for 2024 is bound to template lke-88-2021 version 1 (00000000000000ff)"; then
	ok "frozen: impor refuses to rebind the evaluation"
else
	bad "frozen impor: exit $rc: $out"
fi

# A pemda's own template (a variant of 88/2021: no 1.a.2, komponen 4 in
# four parts 5/7.5/5/7.5 with 4.d Capaian): stored as version 1, used by
# an evaluation, frozen while a version 2 is loaded.
#  dinas-contoh 2025 penetapan, method R, 13 sub-komponen:
#   AA A BB | BB B B | A BB B | A BB B CC
#   → 26.10 + 21.60 + 11.55 + (4.5 + 6 + 3.5 + 4.5 = 18.50) = 77.75 BB
T="$SAKIP_BIN --db $db evaluasi template"
out=$($T impor "$DATA/template-opd-contoh.json")
[ "$out" = "$DATA/template-opd-contoh.json: template lke-opd-contoh versi 1 stored (81 kriteria)" ] &&
	ok "template impor: a variant stored as version 1" || bad "template impor: $out"
out=$($T impor "$DATA/template-opd-contoh.json")
printf '%s' "$out" | grep -q "versi 1 already stored" && ok "template impor: same content, no new version" ||
	bad "template impor again: $out"
"$SAKIP_BIN" --db "$db" evaluasi impor "$DATA/dinas-contoh-2025-penetapan.json" >/dev/null &&
"$SAKIP_BIN" --db "$db" evaluasi nilai --instansi dinas-contoh --tahun 2025 --format json >"$TMP/v.json"
cmp -s "$DATA/dinas-contoh-2025-penetapan.expected.json" "$TMP/v.json" &&
	ok "variant template: $(grep -E '"(template_versi|total|predikat)"' "$TMP/v.json" | tr -d ' \n')" ||
	{ bad "variant template nilai"; diff "$DATA/dinas-contoh-2025-penetapan.expected.json" "$TMP/v.json" | head; }
python3 - "$DATA/template-opd-contoh.json" "$TMP/tpl-bad.json" "$TMP/tpl-v2.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
t["komponen"][3]["sub"][3]["bobot"] = 8
json.dump(t, open(sys.argv[2], "w"))
t["komponen"][3]["sub"][3]["bobot"] = 7.5
t["komponen"][3]["sub"][3]["kriteria"][1]["jenis"] = "YT"
json.dump(t, open(sys.argv[3], "w"))
PY
out=$($T impor "$TMP/tpl-bad.json" 2>&1)
if [ $? -eq 1 ] && printf '%s' "$out" | grep -q "tpl-bad.json: template lke-opd-contoh: komponen 4: the sub-komponen bobot add up to 25.5, not 25" &&
   ! $T ekspor --kode lke-opd-contoh --versi 2 >/dev/null 2>&1; then
	ok "template impor: weights not adding up refused, nothing written"
else
	bad "bad template: $out"
fi
out=$($T impor "$TMP/tpl-v2.json") && printf '%s' "$out" | grep -q "versi 2 stored" &&
"$SAKIP_BIN" --db "$db" evaluasi nilai --instansi dinas-contoh --tahun 2025 --format json | cmp -s - "$DATA/dinas-contoh-2025-penetapan.expected.json" &&
	ok "template versi 2 stored; the evaluation stays on versi 1" || bad "template v2: $out"
out=$($T ekspor -o "$TMP/base.json" && $T impor "$TMP/base.json" 2>&1)
printf '%s' "$out" | grep -q "kode: lke-88-2021 is the template sakip ships" &&
	ok "template impor: the shipped kode is not replaced" || bad "shipped kode: $out"

# Recommendations of the 2023 LHE followed up, verified, listed; the
# 2024 LHE reports them beside the total and grade of both years.
export SAKIP_NOW=2025-04-01
E="$SAKIP_BIN --db $db evaluasi"
# Until the 2023 LHE is published its recommendations are the
# evaluator's draft: not followed up, not counted, not in the 2024 LHE.
out=$($E tindak-lanjut --instansi kec-contoh --tahun 2023 --nomor 1 --uraian x 2>&1)
st=$?
$E lhe --instansi kec-contoh --tahun 2024 --format html -o "$TMP/lhe-draf.html" >/dev/null
if [ $st -eq 1 ] && printf '%s' "$out" | grep -q "is not published" &&
   ! $E saran --instansi kec-contoh --tahun 2024 | grep -q "^4.c.1" &&
   grep -q "68,64 (metode P)" "$TMP/lhe-draf.html" &&
   grep -q "Tidak ada rekomendasi hasil evaluasi tahun 2023" "$TMP/lhe-draf.html" &&
   ! grep -q "Tahun 2023: \|rekomendasi telah selesai" "$TMP/lhe-draf.html"; then
	ok "a draft LHE's recommendations: no follow-up, not in saran nor the next LHE"
else
	bad "draft LHE 2023 leaks: $out"
fi
$E terbit --instansi kec-contoh --tahun 2023 >/dev/null || bad "terbit 2023"
$E tindak-lanjut --instansi kec-contoh --tahun 2023 --nomor 1 --tanggal 2024-05-20 \
	--uraian "IKU ditetapkan dengan Keputusan Camat" --bukti kep-camat.pdf >/dev/null &&
$E verifikasi --instansi kec-contoh --tahun 2023 --nomor 1 --status selesai \
	--tanggal 2024-06-02 --catatan sesuai >/dev/null &&
$E tindak-lanjut --instansi kec-contoh --tahun 2023 --nomor 2 --tanggal 2024-10-01 \
	--uraian "formula dilengkapi sebagian" >/dev/null &&
$E verifikasi --instansi kec-contoh --tahun 2023 --nomor 4 --status ditolak >/dev/null ||
	bad "follow-up commands"
out=$($E verifikasi --instansi kec-contoh --tahun 2023 --nomor 3 --status selesai 2>&1)
if [ $? -eq 1 ] && printf '%s' "$out" | grep -q "no follow-up waiting for verification"; then
	ok "verifikasi: selesai needs a follow-up"
else
	bad "verifikasi without follow-up: $out"
fi
out=$($E tindak-lanjut --instansi kec-contoh --tahun 2023 --nomor 1 --uraian x 2>&1)
printf '%s' "$out" | grep -q "is selesai already" && ok "tindak-lanjut: a done one is closed" ||
	bad "tindak-lanjut after selesai: $out"
got=$($E rekomendasi --instansi kec-contoh --tahun 2023 --format json |
	grep -o '"nomor": [0-9], [^}]*"status": "[a-z]*", "terlambat": [a-z]*' |
	sed 's/"teks": "[^"]*", //' | tr '\n' ' ')
want='"nomor": 1, "status": "selesai", "terlambat": false "nomor": 2, "status": "proses", "terlambat": true "nomor": 3, "status": "belum", "terlambat": true "nomor": 4, "status": "ditolak", "terlambat": false '
[ "$got" = "$want" ] && ok "rekomendasi: status and overdue on 2025-04-01" ||
	bad "rekomendasi: got '$got'"
late=$($E rekomendasi --terlambat --per 2025-07-01 | grep -v '^ ' | cut -d' ' -f1-4 | tr '\n' ' ')
[ "$late" = "kec-contoh 2023 #2 [proses] kec-contoh 2023 #3 [belum] kec-contoh 2024 #1 [belum] " ] &&
	ok "rekomendasi --terlambat: overdue across years" || bad "terlambat: '$late'"
$E saran --instansi kec-contoh --tahun 2024 | grep -qF "4.c.1   D  1 dari 4 rekomendasi LHE 2023 selesai ditindaklanjuti." &&
	ok "saran 4.c.1 from last year's follow-up" || bad "saran 4.c.1"
$E lhe --instansi kec-contoh --tahun 2024 --format html -o "$TMP/lhe.html" >/dev/null &&
	grep -q "68,64 (metode P) dengan predikat B" "$TMP/lhe.html" &&
	grep -q "Tahun 2023: 60,80 (metode R), predikat B; perubahan +7,84." "$TMP/lhe.html" &&
	grep -q "1 dari 4 rekomendasi telah selesai ditindaklanjuti." "$TMP/lhe.html" &&
	ok "lhe html: total, grade, last year, follow-up" || bad "lhe html"
out=$($E lhe --instansi dinas-contoh --tahun 2023 --format html -o "$TMP/x.html" 2>&1)
if [ $? -eq 1 ] && printf '%s' "$out" | grep -q "has no penetapan evaluation for 2023" && [ ! -e "$TMP/x.html" ]; then
	ok "lhe: none without a penetapan"
else
	bad "lhe without penetapan: $out"
fi
$E lhe --instansi kec-contoh --tahun 2024 --format docx -o "$TMP/lhe.docx" >/dev/null || bad "lhe docx"
if command -v soffice >/dev/null 2>&1; then
	mkdir -p "$TMP/lo"
	timeout 180 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
		--convert-to txt:Text --outdir "$TMP/lo" "$TMP/lhe.docx" >/dev/null 2>&1
	if grep -q "adalah 68,64 (metode P) dengan predikat B (Baik)." "$TMP/lo/lhe.txt" 2>/dev/null &&
	   grep -q "^Nilai akhir (metode P)$" "$TMP/lo/lhe.txt" &&
	   grep -q "^68,64 (B)$" "$TMP/lo/lhe.txt"; then
		ok "lhe docx through LibreOffice: total and grade"
	else
		bad "lhe docx through LibreOffice: $(head -30 "$TMP/lo/lhe.txt" 2>&1)"
	fi
else
	echo "SKIP: LibreOffice (soffice) not installed: LHE DOCX not converted"
fi

# `laporan lhe` is where the LHE belongs; `evaluasi lhe` is its alias:
# the same bytes, to a file or to standard output.
L="$SAKIP_BIN --db $db laporan lhe --instansi kec-contoh --tahun 2024"
$L --format html -o "$TMP/lap-lhe.html" >/dev/null && $L --format html >"$TMP/lap-lhe-stdout.html" &&
	cmp -s "$TMP/lap-lhe.html" "$TMP/lhe.html" && cmp -s "$TMP/lap-lhe-stdout.html" "$TMP/lhe.html" &&
	ok "laporan lhe html: the same bytes as evaluasi lhe" || bad "laporan lhe html differs from evaluasi lhe"
out=$($L --format xlsx -o "$TMP/x.xlsx" 2>&1)
[ $? -eq 2 ] && printf '%s' "$out" | grep -q "format must be docx or html" &&
	ok "laporan lhe: xlsx refused" || bad "laporan lhe --format xlsx: $out"
$L --format docx -o "$TMP/lap-lhe.docx" >/dev/null || bad "laporan lhe docx"
if command -v soffice >/dev/null 2>&1; then
	mkdir -p "$TMP/lo2"
	timeout 180 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
		--convert-to txt:Text --outdir "$TMP/lo2" "$TMP/lap-lhe.docx" >/dev/null 2>&1
	if grep -q "adalah 68,64 (metode P) dengan predikat B (Baik)." "$TMP/lo2/lap-lhe.txt" 2>/dev/null &&
	   grep -q "^Nilai akhir (metode P)$" "$TMP/lo2/lap-lhe.txt" &&
	   grep -q "^68,64 (B)$" "$TMP/lo2/lap-lhe.txt"; then
		ok "laporan lhe docx through LibreOffice: total and grade"
	else
		bad "laporan lhe docx through LibreOffice: $(head -30 "$TMP/lo2/lap-lhe.txt" 2>&1)"
	fi
fi
unset SAKIP_NOW

# $SAKIP_NOW is read by one function (cli_today): a value that is not a
# date is a usage error naming it, for laporan as for evaluasi.
for cmd in "laporan pk --instansi kec-contoh --tahun 2024 --format html -o $TMP/now.html" \
	   "evaluasi rekomendasi --terlambat"; do
	out=$(SAKIP_NOW=2025-02-30 "$SAKIP_BIN" --db "$db" $cmd 2>&1)
	rc=$?
	if [ $rc -eq 2 ] && [ "$out" = "sakip: SAKIP_NOW '2025-02-30': not a date YYYY-MM-DD" ] &&
	   [ ! -e "$TMP/now.html" ]; then
		ok "bad SAKIP_NOW: ${cmd%% --*} exits 2 naming it"
	else
		bad "bad SAKIP_NOW: $cmd: exit $rc: $out"
	fi
done

# Suggestions from the data, for fixture 000 (skipped without fixtures):
# each suggested answer with its evidence; then confirmed or overridden
# in an answer file, and the worksheet records which.
if [ -f "$FIXTURES/000.json" ]; then
	fx=$TMP/fx.db
	"$SAKIP_BIN" --db "$fx" import "$FIXTURES/000.json" >/dev/null || bad "000: import"
	"$SAKIP_BIN" --db "$fx" evaluasi saran --instansi kec-teluk-segara \
		--tahun 2024 >"$TMP/saran.txt" 2>&1 || bad "000: saran: $(cat "$TMP/saran.txt")"
	sed 1d "$TMP/saran.txt"
	got=$(sed 1d "$TMP/saran.txt" | awk '$1 != "3.b.1" { printf "%s %s ", $1, $2 }')
	want="1.a.3 Y 1.a.4 Y 1.a.6 Y 2.a.2 T 2.b.4 T 2.b.6 Y 2.b.7 Y 3.a.1 Y 3.b.2 A 3.b.3 A 3.b.4 C 3.b.5 C 3.b.6 E 3.b.7 E 3.b.8 A "
	if [ "$got" = "$want" ]; then
		ok "000: suggested answers"
	else
		bad "000: suggested answers: got '$got'"
	fi
	for ev in "1.a.3   Y  Renstra 2024-2026 (acuan: RPD Kota Bengkulu" \
		  "1.a.4   Y  PK 2024 ditandatangani di Bengkulu tanggal 2024-01-02" \
		  "2.a.2   T  5 dari 6 indikator kinerja punya formula dan sumber data; belum: IK-S2-1." \
		  "3.b.1   " "Reviu sakip atas angka 2024: " \
		  "3.b.4   C  4 dari 6 indikator kinerja dapat dibandingkan dengan target akhir Renstra; belum: IK-S2-1, IK-S3-1." \
		  "3.b.8   A  4 dari 4 program punya pagu dan realisasi 2024"; do
		grep -qF -- "$ev" "$TMP/saran.txt" || bad "000: evidence lacks '$ev'"
	done
	"$SAKIP_BIN" --db "$fx" evaluasi saran --instansi kec-teluk-segara \
		--tahun 2024 --format lke -o "$TMP/saran.json" || bad "000: saran --format lke"
	sed -i 's/"3.b.7": {"nilai": "E"/"3.b.7": {"nilai": "D"/' "$TMP/saran.json"
	if "$SAKIP_BIN" --db "$fx" evaluasi impor "$TMP/saran.json" >/dev/null &&
	   "$SAKIP_BIN" --db "$fx" evaluasi nilai --instansi kec-teluk-segara \
		--tahun 2024 --format json >"$TMP/saran-nilai.json" &&
	   grep -q '"saran": {"dikonfirmasi": 15, "diubah": 1}' "$TMP/saran-nilai.json" &&
	   "$SAKIP_BIN" --db "$fx" evaluasi ekspor --instansi kec-teluk-segara \
		--tahun 2024 | grep -q '"3.b.7": {"nilai": "D", "saran": {"nilai": "E", "bukti": "0 dari 6'; then
		ok "000: suggestions confirmed or overridden, recorded in the worksheet"
	else
		bad "000: confirm/override: $(cat "$TMP/saran-nilai.json" | head -12)"
	fi
else
	echo "SKIP: suggestions for fixture 000 ($FIXTURES not found)"
fi
# Audit: every write of `sakip evaluasi` adds exactly one audit_log row
# in its transaction, with no web user and the OS user in the text
# ("(by cli:USER)"), named as the web names the same write; a refused
# write and a --dry-run add none.
adb=$TMP/audit.db
A="$SAKIP_BIN --db $adb evaluasi"
"$SAKIP_BIN" --db "$adb" import "$DATA/pemda.json" >/dev/null || bad "audit: pemda.json"
# audit_rows: the count; audit_last: the newest row, fields joined by '|'
audit_rows() {
	python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM audit_log").fetchone()[0])' "$adb"
}
audit_last() {
	python3 -c 'import sqlite3, sys
r = sqlite3.connect(sys.argv[1]).execute("SELECT action, entity, entity_id,"
    " user_id IS NULL, coalesce(old_value, \"-\"), new_value FROM audit_log"
    " ORDER BY id DESC LIMIT 1").fetchone()
print("|".join(str(x) for x in r))' "$adb"
}
# name | command (run with exit status want) | want exit | rows added | newest row (glob)
audited() {
	n0=$(audit_rows)
	out=$(eval "$2" 2>&1)
	rc=$?
	n1=$(audit_rows)
	last=$(audit_last)
	if [ "$rc" -ne "$3" ]; then
		bad "audit: $1: exit $rc, want $3: $out"
	elif [ $((n1 - n0)) -ne "$4" ]; then
		bad "audit: $1: $((n1 - n0)) audit rows added, want $4 (newest: $last)"
	elif [ "$4" -gt 0 ]; then
		case $last in
		$5) ok "audit: $1: $last" ;;
		*) bad "audit: $1: newest row '$last' is not '$5'" ;;
		esac
	else
		ok "audit: $1: no row ($(printf '%s' "$out" | head -1 | sed "s|$TMP/||"))"
	fi
}
cp "$DATA/dinas-contoh-2024-usulan.json" "$TMP/ad-usulan.json"
audited "impor --dry-run" "$A impor --dry-run $TMP/ad-usulan.json" 0 0
audited "impor, new" "$A impor $TMP/ad-usulan.json" 0 1 \
	"lke.impor|lke_evaluasi|dinas-contoh/2024/usulan|1|-|metode R, 12 jawaban (by cli:?*)"
sed -i '/"4.c"/,/}/s/"CC"/"C"/' "$TMP/ad-usulan.json"
audited "impor, an answer changed" "$A impor $TMP/ad-usulan.json" 0 1 \
	"lke.impor|lke_evaluasi|dinas-contoh/2024/usulan|1|metode R, 12 jawaban: 4.c CC|metode R, 12 jawaban: 4.c C (by cli:?*)"
audited "impor, a penetapan with its LHE" "$A impor $DATA/kec-contoh-2023-penetapan.json" 0 1 \
	"lke.impor|lke_evaluasi|kec-contoh/2023/penetapan|1|-|metode R, 12 jawaban; 4 rekomendasi (by cli:?*)"
printf '{"format": "sakip-lke/1", "instansi": "dinas-contoh", "tahun": 2024, "tahap": "usulan", "template": "lke-88-2021", "jawaban": {"1.b.12": {"nilai": "A"}}}\n' >"$TMP/ad-bad.json"
audited "impor of a bad file refused" "$A impor $TMP/ad-bad.json" 1 0
audited "terbit" "$A terbit --instansi kec-contoh --tahun 2023" 0 1 \
	"lke.terbit|lke_evaluasi|kec-contoh/2023/penetapan|1|draf|terbit (by cli:?*)"
audited "tindak-lanjut --dry-run refused" "$A tindak-lanjut --dry-run --instansi kec-contoh --tahun 2023 --nomor 1 --uraian x --tanggal 2024-05-20" 2 0
audited "tindak-lanjut" "$A tindak-lanjut --instansi kec-contoh --tahun 2023 --nomor 1 --tanggal 2024-05-20 --uraian 'IKU ditetapkan' --bukti kep.pdf" 0 1 \
	"rekomendasi.tindaklanjut|lke_rekomendasi|[0-9]*|1|belum|proses: 2024-05-20 IKU ditetapkan — bukti kep.pdf (by cli:?*)"
audited "verifikasi" "$A verifikasi --instansi kec-contoh --tahun 2023 --nomor 1 --status selesai --tanggal 2024-06-02 --catatan sesuai" 0 1 \
	"rekomendasi.verifikasi|lke_rekomendasi|[0-9]*|1|proses|selesai: 2024-06-02 sesuai (by cli:?*)"
audited "tindak-lanjut on a selesai one refused" "$A tindak-lanjut --instansi kec-contoh --tahun 2023 --nomor 1 --uraian x --tanggal 2024-07-01" 1 0
audited "verifikasi selesai without a follow-up refused" "$A verifikasi --instansi kec-contoh --tahun 2023 --nomor 3 --status selesai --tanggal 2024-07-01" 1 0
audited "template impor --dry-run" "$A template impor --dry-run $DATA/template-opd-contoh.json" 0 0
$A template ekspor --kode lke-opd-contoh >/dev/null 2>&1 &&
	bad "audit: template impor --dry-run stored the template"
audited "template impor" "$A template impor $DATA/template-opd-contoh.json" 0 1 \
	"lke.template|lke_template|lke-opd-contoh/1|1|-|versi 1, hash ?* (by cli:?*)"
audited "template impor of the same content" "$A template impor $DATA/template-opd-contoh.json" 0 0
audited "impor of a published penetapan refused" "$A impor $DATA/kec-contoh-2023-penetapan.json" 1 0
out=$($A rekomendasi --instansi kec-contoh --tahun 2023 --format json | grep -c '"status": "selesai"')
[ "$out" = 1 ] && ok "audit: the audited writes took effect" || bad "audit: writes: $out selesai"
# Two pemda holding the same agency kodes (a province database: a
# "kec-contoh" in every kabupaten). Pemda 9902 is pemda.json renamed; its
# kec-contoh 2024 penetapan is the method R sheet of 2023 (60,80 B, named
# by the file's "pemda" key), 9901's the method P one (68,64 B, named by
# --pemda). Without the pemda every command is refused, naming the pemda.
pdb=$TMP/dua-pemda.db
P="$SAKIP_BIN --db $pdb"
python3 - "$DATA" "$TMP" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/pemda.json"))
d["pemda"]["kode"], d["pemda"]["nama"] = "9902", "Kabupaten Lain"
json.dump(d, open(sys.argv[2] + "/pemda-lain.json", "w"))
w = json.load(open(sys.argv[1] + "/kec-contoh-2023-penetapan.json"))
w["tahun"], w["pemda"] = 2024, "9902"
json.dump(w, open(sys.argv[2] + "/lain-2024.json", "w"))
PY
if $P import "$DATA/pemda.json" >/dev/null && $P import "$TMP/pemda-lain.json" >/dev/null; then
	ok "two pemda: both imported, the same agency kodes"
else
	bad "two pemda: import"
fi
$P evaluasi impor "$DATA/kec-contoh-2024-penetapan.json" >"$TMP/p0" 2>&1
if [ $? -eq 1 ] && grep -q "instansi 'kec-contoh' is in 2 pemda: name the pemda" "$TMP/p0" &&
   grep -q "nothing was written" "$TMP/p0"; then
	ok "two pemda: impor without the pemda refused, naming the pemda"
else
	bad "two pemda: impor without the pemda: $(cat "$TMP/p0")"
fi
$P evaluasi impor --pemda 9901 "$DATA/kec-contoh-2024-penetapan.json" >"$TMP/p1" 2>&1 &&
$P evaluasi impor "$TMP/lain-2024.json" >>"$TMP/p1" 2>&1 ||
	bad "two pemda: impor with the pemda: $(cat "$TMP/p1")"
$P evaluasi impor --pemda 9901 "$TMP/lain-2024.json" >"$TMP/p2" 2>&1
if [ $? -eq 1 ] && grep -q "lain-2024.json: pemda: the file names pemda '9902', --pemda '9901'" "$TMP/p2"; then
	ok "two pemda: a file's pemda and --pemda that differ refused"
else
	bad "two pemda: file pemda vs --pemda: $(cat "$TMP/p2")"
fi
$P evaluasi nilai --instansi kec-contoh --tahun 2024 >"$TMP/p3" 2>&1
if [ $? -eq 1 ] && grep -q "is in 2 pemda: name the pemda" "$TMP/p3"; then
	ok "two pemda: nilai without --pemda refused: $(cat "$TMP/p3")"
else
	bad "two pemda: nilai without --pemda: $(cat "$TMP/p3")"
fi
t1=$($P evaluasi nilai --pemda 9901 --instansi kec-contoh --tahun 2024 2>&1 | grep '^total')
t2=$($P evaluasi nilai --pemda 9902 --instansi kec-contoh --tahun 2024 2>&1 | grep '^total')
if [ "$t1" = "total (metode P): 68,64, predikat B" ] &&
   [ "$t2" = "total (metode R): 60,80, predikat B" ]; then
	ok "two pemda: nilai --pemda gives each its own total"
else
	bad "two pemda: nilai --pemda: '$t1' / '$t2'"
fi
$P evaluasi nilai --pemda 9903 --instansi kec-contoh --tahun 2024 >"$TMP/p4" 2>&1
if [ $? -eq 1 ] && grep -q "instansi 'kec-contoh' is not in pemda '9903'" "$TMP/p4"; then
	ok "two pemda: an unknown --pemda refused"
else
	bad "two pemda: unknown --pemda: $(cat "$TMP/p4")"
fi
$P laporan lhe --instansi kec-contoh --tahun 2024 --format html -o "$TMP/lhe0.html" >"$TMP/p5" 2>&1
r0=$?
$P laporan lhe --pemda 9902 --instansi kec-contoh --tahun 2024 --format html -o "$TMP/lhe2.html" >"$TMP/p6" 2>&1
r2=$?
$P evaluasi lhe --pemda 9901 --instansi kec-contoh --tahun 2024 --format html -o "$TMP/lhe1.html" >"$TMP/p7" 2>&1
if [ "$r0" -ne 0 ] && grep -q "name the pemda" "$TMP/p5" && [ ! -e "$TMP/lhe0.html" ] &&
   [ "$r2" -eq 0 ] && grep -q "LHE kec-contoh 2024, 60,80 (metode R), predikat B" "$TMP/p6" &&
   grep -q "Kabupaten Lain" "$TMP/lhe2.html" &&
   grep -q "LHE kec-contoh 2024, 68,64 (metode P), predikat B" "$TMP/p7" &&
   grep -q "Kabupaten Contoh" "$TMP/lhe1.html"; then
	ok "two pemda: laporan lhe --pemda builds each pemda's LHE, refused without"
else
	bad "two pemda: laporan lhe: $(cat "$TMP/p5" "$TMP/p6" "$TMP/p7")"
fi
n1=$($P evaluasi rekomendasi --pemda 9902 --instansi kec-contoh --tahun 2024 2>&1 | grep -c '^kec-contoh 2024 #')
n0=$($P evaluasi rekomendasi --instansi kec-contoh --tahun 2024 2>&1 | grep -c 'name the pemda')
if [ "$n1" = 4 ] && [ "$n0" = 1 ]; then
	ok "two pemda: rekomendasi of 9902's kec-contoh (4), refused without --pemda"
else
	bad "two pemda: rekomendasi: $n1 listed, refused $n0"
fi
$P evaluasi ekspor --pemda 9902 --instansi kec-contoh --tahun 2024 -o "$TMP/lain-e1.json" &&
$P evaluasi impor "$TMP/lain-e1.json" >/dev/null &&
$P evaluasi ekspor --pemda 9902 --instansi kec-contoh --tahun 2024 -o "$TMP/lain-e2.json"
if [ $? -eq 0 ] && grep -q '^  "pemda": "9902",$' "$TMP/lain-e1.json" &&
   cmp -s "$TMP/lain-e1.json" "$TMP/lain-e2.json" &&
   ! grep -q '"pemda"' "$TMP/kec-contoh-2024-penetapan.e1.json"; then
	ok "two pemda: ekspor --pemda writes the pemda key and round-trips (one pemda: none)"
else
	bad "two pemda: ekspor --pemda"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
