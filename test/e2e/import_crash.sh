#!/bin/sh
# Crash safety: `sakip import` killed with SIGKILL at random moments leaves
# a database that opens, passes integrity_check, and holds either the old
# or the new data of the agencies, never a mix.
. "$(dirname "$0")/../lib/common.sh"
ROUNDS=${CRASH_ROUNDS:-20}
db=$TMP/crash.db
python3 "$ROOT/bench/gen_pemda.py" --instansi 8 --marker lama >"$TMP/old.json"
python3 "$ROOT/bench/gen_pemda.py" --instansi 8 --marker baru --seed 2 >"$TMP/new.json"
# the two exports a consistent database can give
"$SAKIP_BIN" --db "$TMP/o.db" import "$TMP/old.json" >/dev/null &&
	"$SAKIP_BIN" --db "$TMP/o.db" export -o "$TMP/old.export" &&
	"$SAKIP_BIN" --db "$TMP/n.db" import "$TMP/new.json" >/dev/null &&
	"$SAKIP_BIN" --db "$TMP/n.db" export -o "$TMP/new.export" || {
	echo "FAIL: setup"; exit 1; }
# how long one import takes, to spread the kills over it
t0=$(date +%s%N)
"$SAKIP_BIN" --db "$TMP/t.db" import "$TMP/new.json" >/dev/null
span=$((($(date +%s%N) - t0) / 1000))
"$SAKIP_BIN" --db "$db" import "$TMP/old.json" >/dev/null
pass=0 fail=0 killed=0 old=0 new=0 i=0
while [ $i -lt "$ROUNDS" ]; do
	i=$((i + 1))
	src=$TMP/new.json
	[ $((i % 2)) -eq 0 ] && src=$TMP/old.json
	"$SAKIP_BIN" --db "$db" import "$src" >/dev/null 2>&1 &
	pid=$!
	r=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	us=$((r % span))
	sleep "$(printf '%d.%06d' $((us / 1000000)) $((us % 1000000)))"
	kill -9 $pid 2>/dev/null && killed=$((killed + 1))
	wait $pid 2>/dev/null
	ic=$(sqlite3 "$db" 'PRAGMA integrity_check;' 2>&1)
	if [ "$ic" != ok ]; then
		echo "FAIL round $i: integrity_check: $ic"; fail=$((fail + 1)); continue
	fi
	if ! "$SAKIP_BIN" --db "$db" export -o "$TMP/now.export" 2>"$TMP/err"; then
		echo "FAIL round $i: export: $(cat "$TMP/err")"; fail=$((fail + 1)); continue
	fi
	if cmp -s "$TMP/now.export" "$TMP/old.export"; then
		old=$((old + 1)); pass=$((pass + 1))
	elif cmp -s "$TMP/now.export" "$TMP/new.export"; then
		new=$((new + 1)); pass=$((pass + 1))
	else
		echo "FAIL round $i: the data is neither the old nor the new package"
		fail=$((fail + 1))
	fi
done
echo "$ROUNDS rounds over ${span}us imports, $killed killed mid-way: $old old, $new new"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
