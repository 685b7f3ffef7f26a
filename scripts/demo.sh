#!/bin/sh
# The demo: loads the three real fixtures (or, without ../shared, a
# synthetic pemda) into demo.db and shows what sakip computes of them.
set -e
cd "$(dirname "$0")/.."
SAKIP=${SAKIP_BIN:-build/sakip}
DB=${SAKIP_DEMO_DB:-demo.db}
FIX=../shared/fixtures
rm -f "$DB" "$DB-wal" "$DB-shm"
if [ -d "$FIX" ]; then
	for f in "$FIX"/[0-9][0-9][0-9].json; do
		"$SAKIP" --db "$DB" import "$f"
	done
else
	echo "demo: $FIX not found; using a synthetic pemda" >&2
	python3 bench/gen_pemda.py --instansi 3 >build/demo-pemda.json
	"$SAKIP" --db "$DB" import build/demo-pemda.json
fi
for tahun in 2022 2024; do
	"$SAKIP" --db "$DB" hitung --tahun "$tahun"
done
