#!/bin/sh
# The web pages of the LHE's recommendations and their follow-up
# (docs/web.md, docs/lke.md): a server on a free loopback port over a
# temporary database holding test/data/lke/ (pemda.json and every
# penetapan; dinas-contoh's 2024 one given a recommendation here, so that
# both agencies have some), kec-contoh's 2024 and dinas-contoh's 2024
# penetapan published, kec-contoh's 2023 one a draft, and the clock fixed
# with SAKIP_NOW. test/e2e/web_rek_test.py drives it: visibility by role
# and publication, a follow-up with a PDF, the verification, the CLI
# agreeing, refusals (409, 403, CSRF, bad uploads), XSS, the overdue
# filter, and the authorisation matrix of these routes, printed.
. "$(dirname "$0")/../lib/common.sh"
. "$ROOT/test/lib/web.sh"
DATA=$ROOT/test/data/lke
db=$TMP/rek.db
files=$TMP/data
log=$TMP/serve.log
now=2025-07-15
pemda=9901

# Pages print through html_printf only: no raw printf into a page body.
if web_raw_output "$ROOT/src/web/page_rekomendasi.c"; then
	echo "FAIL: raw output in page_rekomendasi.c"
	exit 1
fi

E="$SAKIP_BIN --db $db evaluasi"
web_import_lke_pemda
for f in "$DATA"/*-penetapan.json; do
	$E impor "$f" >/dev/null || { echo "FAIL: evaluasi impor $f"; exit 1; }
done
# dinas-contoh 2024 gets an LHE with one recommendation (target passed).
$E ekspor --instansi dinas-contoh --tahun 2024 --tahap penetapan \
	-o "$TMP/dinas.json" || exit 1
python3 - "$TMP/dinas.json" <<'EOF' || exit 1
import json, sys
d = json.load(open(sys.argv[1]))
d["lhe"] = {"nomor": "700/050/INSP/2025", "tanggal": "2025-03-20",
            "evaluator": "Inspektorat Kabupaten Contoh"}
d["rekomendasi"] = [{"nomor": 1, "teks": "Menyusun rencana aksi triwulanan.",
                     "kode": "1.a.5", "prioritas": "sedang",
                     "target": "2025-06-30"}]
json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False)
EOF
$E impor "$TMP/dinas.json" >/dev/null || { echo "FAIL: dinas LHE"; exit 1; }

# Publish: the CLI's `evaluasi terbit` when this build has it, else the
# terbit flag set directly.
publish() { # instansi tahun [--batal]
	if $E terbit --instansi "$1" --tahun "$2" ${3:-} >/dev/null 2>&1; then
		return 0
	fi
	python3 - "$db" "$1" "$2" "${3:-}" <<'EOF'
import sqlite3, sys
db, inst, tahun, batal = sys.argv[1:5]
with sqlite3.connect(db) as c:
    n = c.execute("UPDATE lke_evaluasi SET terbit = ? WHERE tahap = 'penetapan'"
                  " AND tahun = ? AND instansi_id = (SELECT id FROM instansi"
                  " WHERE kode = ?)", (0 if batal else 1, int(tahun), inst)).rowcount
sys.exit(0 if n == 1 else 1)
EOF
}
publish kec-contoh 2024 && publish dinas-contoh 2024 ||
	{ echo "FAIL: publishing"; exit 1; }

web_add_users kec-contoh dinas-contoh

# The server and the test (and the CLI it runs) on the same fixed day.
SAKIP_NOW=$now
export SAKIP_NOW
web_start "$db" "$files" "$log" "" --max-upload 64K --threads 2 || exit 1
python3 "$ROOT/test/e2e/web_rek_test.py" \
	--base "http://127.0.0.1:$web_port" --db "$db" --data "$files" \
	--bin "$SAKIP_BIN" --users "$WEB_USERS" --now "$now"
rc=$?
web_stop_clean || exit 1
exit $rc
