#!/bin/sh
# Golden test: every fixture imported, `reviu --format json` must find each
# temuan of its .expected.json (same instansi, kode, jenis and tahun; the
# printed string equal; numbers to 0.01). Findings beyond the expected ones
# are listed, not failed. Expected temuan believed wrong go in KNOWN below,
# with the reason: they are reported as skipped.
. "$(dirname "$0")/../lib/common.sh"
need_fixtures
pass=0 fail=0
for pkg in "$FIXTURES"/[0-9]*.json; do
	case $pkg in *.expected.json) continue ;; esac
	name=$(basename "$pkg" .json)
	exp=$FIXTURES/$name.expected.json
	db=$TMP/$name.db
	[ -f "$exp" ] || { echo "skip $name: no $name.expected.json"; continue; }
	tahun=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tahun"])' "$exp")
	if ! "$SAKIP_BIN" --db "$db" import "$pkg" >/dev/null; then
		echo "FAIL $name: import"; fail=$((fail + 1)); continue
	fi
	if ! "$SAKIP_BIN" --db "$db" reviu --tahun "$tahun" --format json \
		>"$TMP/$name.reviu.json"; then
		echo "FAIL $name: reviu"; fail=$((fail + 1)); continue
	fi
	if python3 - "$name" "$exp" "$TMP/$name.reviu.json" <<'EOF'
import json
import sys

# (fixture, kode, jenis, dilaporkan) -> why the expected temuan is wrong
KNOWN = {}


def number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def same(e, a):
    for k in ("instansi", "kode", "jenis"):
        if e[k] != a.get(k):
            return False
    if e.get("tahun") != a.get("tahun"):
        return False
    if "dilaporkan" in e and e["dilaporkan"] != a.get("dilaporkan"):
        return False
    if "seharusnya" in e:
        want, have = e["seharusnya"], a.get("seharusnya")
        if number(want):
            return number(have) and abs(have - want) < 0.005 + 1e-9
        return want == have
    return True


def show(t):
    s = f'{t["instansi"]}/{t["kode"]} {t["jenis"]}'
    if "tahun" in t:
        s += f' tahun {t["tahun"]}'
    if "dilaporkan" in t:
        s += f' dilaporkan {t["dilaporkan"]!r}'
    if "seharusnya" in t:
        s += f' seharusnya {t["seharusnya"]!r}'
    return s


name, exp_path, act_path = sys.argv[1:4]
exp = json.load(open(exp_path))["temuan"]
act = json.load(open(act_path))
assert act.get("format") == "sakip-expected/1", "format"
act = act["temuan"]
used = [False] * len(act)
compared = failed = skipped = 0
for e in exp:
    compared += 1
    hit = next((i for i, a in enumerate(act) if not used[i] and same(e, a)), None)
    if hit is not None:
        used[hit] = True
        continue
    why = KNOWN.get((name, e["kode"], e["jenis"], e.get("dilaporkan")))
    if why:
        skipped += 1
        print(f"  skip {name} {show(e)}: {why}")
        continue
    failed += 1
    print(f"  FAIL {name} missing {show(e)}")
    near = [a for a in act if a["kode"] == e["kode"] and a["jenis"] == e["jenis"]]
    for a in near:
        print(f"       found {show(a)}")
extra = [a for i, a in enumerate(act) if not used[i]]
for a in extra:
    print(f"  extra {name} [{a.get('tingkat')}] {show(a)}: {a.get('pesan')}")
print(f"{name}: {compared} expected temuan compared, {compared - failed - skipped} "
      f"found, {failed} missing, {skipped} skipped; {len(extra)} extra")
sys.exit(1 if failed else 0)
EOF
	then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
