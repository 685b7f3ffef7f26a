#!/bin/sh
# Runs every test of one build directory (build/plain or build/asan):
# the cmocka unit tests, then the golden and end-to-end scripts.
set -u
O=$1
export SAKIP_BIN="$O/sakip"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fail=0
echo "== unit tests ($O)"
for t in "$O"/test/t_*; do
	[ -x "$t" ] || continue
	"$t" || fail=1
done
for t in test/golden/*.sh test/e2e/*.sh; do
	[ -f "$t" ] || continue
	echo "== $t ($O)"
	sh "$t" || fail=1
done
exit $fail
