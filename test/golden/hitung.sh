#!/bin/sh
# Golden test: every fixture imported, `hitung --format json` compared with
# its .expected.json; then the export round trip must be byte-identical.
. "$(dirname "$0")/../lib/common.sh"
need_fixtures
pass=0 fail=0
for pkg in "$FIXTURES"/[0-9]*.json; do
	case $pkg in *.expected.json) continue ;; esac
	name=$(basename "$pkg" .json)
	exp=$FIXTURES/$name.expected.json
	db=$TMP/$name.db
	tahun=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tahun"])' "$exp")
	if ! "$SAKIP_BIN" --db "$db" import "$pkg" >/dev/null; then
		echo "FAIL $name: import"; fail=$((fail + 1)); continue
	fi
	if ! "$SAKIP_BIN" --db "$db" hitung --tahun "$tahun" --format json >"$TMP/$name.out.json"; then
		echo "FAIL $name: hitung"; fail=$((fail + 1)); continue
	fi
	if python3 "$ROOT/test/golden/compare_hitung.py" "$name" "$exp" "$TMP/$name.out.json"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
	# round trip: import -> export -> import -> export, bytes identical
	"$SAKIP_BIN" --db "$db" export -o "$TMP/$name.e1.json" &&
	"$SAKIP_BIN" --db "$TMP/$name.rt.db" import "$TMP/$name.e1.json" >/dev/null &&
	"$SAKIP_BIN" --db "$TMP/$name.rt.db" export -o "$TMP/$name.e2.json"
	if [ $? -eq 0 ] && cmp -s "$TMP/$name.e1.json" "$TMP/$name.e2.json"; then
		echo "$name: round trip byte-identical ($(wc -c <"$TMP/$name.e1.json") bytes)"
		pass=$((pass + 1))
	else
		echo "FAIL $name: export round trip differs"
		diff "$TMP/$name.e1.json" "$TMP/$name.e2.json" | head -20
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
