# Shared by the test scripts: where things are, and how to skip.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SAKIP_BIN=${SAKIP_BIN:-$ROOT/build/plain/sakip}
case $SAKIP_BIN in /*) ;; *) SAKIP_BIN=$ROOT/$SAKIP_BIN ;; esac
FIXTURES=${SAKIP_FIXTURES:-$ROOT/../shared/fixtures}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sakip-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Counting checks: ok NAME, bad NAME-AND-WHY; the script prints
# "$pass passed, $fail failed" at its end.
pass=0 fail=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }

# refused NAME WANT DB SUM COMMAND...: COMMAND (a write to database DB)
# must be refused: exit 1, a message holding WANT and "nothing was
# written", and DB still of checksum SUM (take it with
# `sqlite3 DB 'PRAGMA wal_checkpoint(TRUNCATE);'; cksum <DB`).
refused() {
	r_name=$1 r_want=$2 r_db=$3 r_sum=$4
	shift 4
	out=$("$@" 2>&1)
	rc=$?
	sqlite3 "$r_db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1
	if [ "$rc" -ne 1 ]; then
		bad "$r_name: exit $rc, want 1: $out"
	elif ! printf '%s' "$out" | grep -qF -- "$r_want"; then
		bad "$r_name: message lacks '$r_want': $out"
	elif ! printf '%s' "$out" | grep -q "nothing was written"; then
		bad "$r_name: does not say nothing was written: $out"
	elif [ "$r_sum" != "$(cksum <"$r_db")" ]; then
		bad "$r_name: database changed"
	else
		ok "$r_name: $(printf '%s' "$out" | head -1 | sed "s|$TMP/||")"
	fi
}

need_fixtures() {
	if [ ! -d "$FIXTURES" ]; then
		echo "SKIP: $FIXTURES not found (the shared fixtures sit beside the repository)"
		echo "0 passed, 0 failed, 1 skipped"
		exit 0
	fi
}
