#!/bin/sh
# The AKIP evaluation pages (docs/web.md, docs/lke.md) end to end: a
# server on a free loopback port over a temporary database holding
# test/data/lke/pemda.json and some of its worksheets (kec-contoh's 2023
# penetapan, method R with an LHE and four recommendations, as a draft;
# dinas-contoh's 2024 usulan and penetapan, method R; dinas-contoh's 2025
# penetapan on the pemda's own template), one user per role.
# test/e2e/web_lke_test.py drives it: the operator's usulan (saved, its
# scores equal to `sakip evaluasi nilai`, refused with nothing written),
# the evaluator's penetapan invisible to the agency until published,
# recommendations kept, CSRF, XSS, the CLI's `evaluasi terbit`, the
# overview, the LHE file, and the authorisation matrix, printed.
# Last, a second pemda with the same agency kodes is imported: each
# kec-contoh's pages, LHE, save and publishing stay its own.
. "$(dirname "$0")/../lib/common.sh"
. "$ROOT/test/lib/web.sh"
DATA=$ROOT/test/data/lke
db=$TMP/lke.db
files=$TMP/data
log=$TMP/serve.log
pemda=9901

# Pages print through html_printf only: no raw printf into a page body.
if web_raw_output "$ROOT"/src/web/page_evaluasi*.c; then
	echo "FAIL: raw output in page_evaluasi*.c"
	exit 1
fi

E="$SAKIP_BIN --db $db evaluasi"
web_import_lke_pemda
for f in kec-contoh-2023-penetapan dinas-contoh-2024-usulan \
	dinas-contoh-2024-penetapan dinas-contoh-2025-penetapan; do
	$E impor "$DATA/$f.json" >/dev/null ||
		{ echo "FAIL: evaluasi impor $f"; exit 1; }
done

web_add_users kec-contoh dinas-contoh

web_start "$db" "$files" "$log" "" --threads 2 || exit 1
python3 "$ROOT/test/e2e/web_lke_test.py" --base "http://127.0.0.1:$web_port" \
	--db "$db" --bin "$SAKIP_BIN" --users "$WEB_USERS" --data "$DATA"
rc=$?
web_stop_clean || exit 1
exit $rc
