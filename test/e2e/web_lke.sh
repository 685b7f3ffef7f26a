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
. "$(dirname "$0")/../lib/common.sh"
DATA=$ROOT/test/data/lke
db=$TMP/lke.db
files=$TMP/data
users=$TMP/users.txt
log=$TMP/serve.log
pid=

stop() {
	[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	pid=
}
trap 'stop; rm -rf "$TMP"' EXIT INT TERM

# Pages print through html_printf only: no raw printf into a page body.
if grep -n 'sbuf_add[sf]\?(&o->body\|[^_]printf(&o->body\|fprintf\|[^_a-z]printf(' \
	"$ROOT"/src/web/page_evaluasi*.c; then
	echo "FAIL: raw output in page_evaluasi*.c"
	exit 1
fi

E="$SAKIP_BIN --db $db evaluasi"
"$SAKIP_BIN" --db "$db" import "$DATA/pemda.json" >/dev/null &&
	$E template impor "$DATA/template-opd-contoh.json" >/dev/null ||
	{ echo "FAIL: pemda or template not imported"; exit 1; }
for f in kec-contoh-2023-penetapan dinas-contoh-2024-usulan \
	dinas-contoh-2024-penetapan dinas-contoh-2025-penetapan; do
	$E impor "$DATA/$f.json" >/dev/null ||
		{ echo "FAIL: evaluasi impor $f"; exit 1; }
done

: >"$users"
add_user() { # name role [instansi]
	pw="sandi-uji-$1-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
	if [ -n "${3:-}" ]; then
		printf '%s\n' "$pw" | "$SAKIP_BIN" --db "$db" user add "$1" \
			--role "$2" --pemda 9901 --instansi "$3" --password-stdin
	else
		printf '%s\n' "$pw" | "$SAKIP_BIN" --db "$db" user add "$1" \
			--role "$2" --password-stdin
	fi >/dev/null || { echo "FAIL: user add $1"; exit 1; }
	echo "$1 $2 $pw" >>"$users"
}
add_user admin admin
add_user op_a operator kec-contoh
add_user op_b operator dinas-contoh
add_user verifikator verifikator
add_user evaluator evaluator
add_user pimpinan pimpinan

"$SAKIP_BIN" --db "$db" serve --listen 127.0.0.1:0 --data "$files" \
	--threads 2 >"$log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 100); do
	port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
	[ -n "$port" ] && break
	sleep 0.1
done
if [ -z "$port" ]; then
	echo "FAIL: server did not start"; cat "$log"; exit 1
fi

python3 "$ROOT/test/e2e/web_lke_test.py" --base "http://127.0.0.1:$port" \
	--db "$db" --bin "$SAKIP_BIN" --users "$users" --data "$DATA"
rc=$?
kill -TERM "$pid"
wait "$pid"
src=$?
pid=
if [ "$src" -ne 0 ]; then
	echo "FAIL: server exit $src"; tail -5 "$log"; exit 1
fi
exit $rc
