#!/bin/sh
# Bad input never half-writes: each broken package gives a clear message,
# exit 1 (data) or 2 (usage/IO), and leaves an existing DB byte-identical.
. "$(dirname "$0")/../lib/common.sh"
pass=0 fail=0
db=$TMP/base.db
good='{"format":"sakip/1","pemda":{"kode":"1","nama":"P"},"kebijakan":{},"instansi":[{"kode":"a","nama":"A","tujuan":[{"kode":"T1","uraian":"t","sasaran":[{"kode":"S1","uraian":"s","program":[{"kode":"P1","uraian":"p","anggaran":{"2024":{"pagu":100,"realisasi":90}}}]}]}]}]}'
printf '%s' "$good" >"$TMP/good.json"
"$SAKIP_BIN" --db "$db" import "$TMP/good.json" >/dev/null || { echo "FAIL: good package not imported"; exit 1; }
sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1
sum_before=$(cksum <"$db")

# name | expected exit | text the message must contain | file content
check() {
	name=$1 want=$2 text=$3 file=$4
	out=$("$SAKIP_BIN" --db "$db" import "$file" 2>&1)
	rc=$?
	sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1
	sum_after=$(cksum <"$db")
	if [ "$rc" -ne "$want" ]; then
		echo "FAIL $name: exit $rc, want $want: $out"; fail=$((fail + 1))
	elif ! printf '%s' "$out" | grep -q -- "$text"; then
		echo "FAIL $name: message lacks '$text': $out"; fail=$((fail + 1))
	elif [ "$sum_before" != "$sum_after" ]; then
		echo "FAIL $name: database changed"; fail=$((fail + 1))
	else
		echo "ok   $name (exit $rc): $(printf '%s' "$out" | head -1 | cut -c1-110)"
		pass=$((pass + 1))
	fi
}

printf '%s' "$good" | head -c 120 >"$TMP/trunc.json"
check "truncated JSON" 1 "1:1[0-9][0-9]" "$TMP/trunc.json"
printf '%s' "$good" | sed 's/"nama":"A"/"nama":"A","warna":"biru"/' >"$TMP/unknown.json"
check "unknown key" 1 "instansi\[0\].*warna" "$TMP/unknown.json"
printf '%s' "$good" | sed 's/"nama":"A"/"nama":42/' >"$TMP/type.json"
check "wrong type" 1 "instansi\[0\].nama" "$TMP/type.json"
printf '%s' "$good" | sed 's/"pagu":100/"pagu":"Rp 1.500.000,50"/' >"$TMP/frac.json"
check "money with a fraction" 1 "pagu" "$TMP/frac.json"
python3 -c 'import sys; sys.stdout.write("[" * (50 * 1024 * 1024) + "]" * (50 * 1024 * 1024))' >"$TMP/deep.json"
check "100 MB of nested arrays" 1 "deep" "$TMP/deep.json"
check "missing file" 2 "No such file" "$TMP/none.json"
printf '\377\376garbage' >"$TMP/bin.json"
check "not JSON at all" 1 "bin.json" "$TMP/bin.json"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
