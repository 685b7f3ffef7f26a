#!/bin/sh
# The demo: loads the three real fixtures (or, without ../shared, a
# synthetic pemda) into demo.db, shows what sakip computes of them, then
# creates one account per role and serves the web app on 127.0.0.1:8080.
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
if [ -d "$FIX" ]; then set -- "$FIX"/[0-9][0-9][0-9].json
else set -- build/demo-pemda.json; fi
for pemda in $(python3 -c 'import json, sys
print(" ".join(sorted({json.load(open(f))["pemda"]["kode"] for f in sys.argv[1:]})))
' "$@"); do
	for tahun in 2022 2024; do
		"$SAKIP" --db "$DB" hitung --pemda "$pemda" --tahun "$tahun"
	done
done

# AKIP evaluations of a small example pemda (test/data/lke): worksheets,
# scores and recommendations, the 2023 and 2024 LHE of kec-contoh
# published, so that /evaluasi and /rekomendasi have something to show.
LKE=test/data/lke
"$SAKIP" --db "$DB" import "$LKE/pemda.json" >/dev/null
for f in kec-contoh-2023-penetapan kec-contoh-2024-penetapan \
	 dinas-contoh-2024-usulan dinas-contoh-2024-penetapan; do
	"$SAKIP" --db "$DB" evaluasi impor "$LKE/$f.json"
done
for tahun in 2023 2024; do
	"$SAKIP" --db "$DB" evaluasi terbit --instansi kec-contoh --tahun "$tahun"
done

# The web app: one demo account per role (each password is printed only
# now; the database keeps its argon2id hash), then serve in the foreground.
set -- $(python3 -c 'import json, sys; d = json.load(open(sys.argv[1]))
print(d["pemda"]["kode"], d["instansi"][0]["kode"])' "$1")
echo "demo: accounts (passwords are shown once):"
for role in admin operator verifikator evaluator pimpinan; do
	if [ "$role" = operator ]; then
		"$SAKIP" --db "$DB" user add operator --role operator --pemda "$1" \
			--instansi "$2"
	else
		"$SAKIP" --db "$DB" user add "$role" --role "$role"
	fi
done
rm -rf build/demo-data
echo "demo: open http://${SAKIP_DEMO_LISTEN:-127.0.0.1:8080}/ (Ctrl-C stops)"
exec "$SAKIP" --db "$DB" serve --listen "${SAKIP_DEMO_LISTEN:-127.0.0.1:8080}" \
	--data build/demo-data
