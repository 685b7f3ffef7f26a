#!/bin/sh
# The web app in a real browser: test/browser/flow.js drives Debian's
# chromium headless through Playwright (npm playwright-core, installed
# into test/browser/node_modules when missing): an operator enters a
# quarter's realisation, the verifier approves it, the dashboard shows
# the new capaian. Screenshots go to build/screenshots/.
# Skips with a message when chromium, node or npm is missing, or when
# playwright-core cannot be installed (offline).
. "$(dirname "$0")/../lib/common.sh"
. "$ROOT/test/lib/web.sh"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
for t in node npm; do
	if ! command -v "$t" >/dev/null 2>&1; then
		echo "SKIP: $t not installed (scripts/deps.sh test)"; exit 0
	fi
done
if [ ! -x "$CHROMIUM" ]; then
	echo "SKIP: $CHROMIUM not installed (scripts/deps.sh test)"; exit 0
fi
B=$ROOT/test/browser
if [ ! -d "$B/node_modules/playwright-core" ]; then
	(cd "$B" && { npm ci --no-audit --no-fund >/dev/null 2>&1 ||
		npm install --no-audit --no-fund >/dev/null 2>&1; })
	if [ ! -d "$B/node_modules/playwright-core" ]; then
		echo "SKIP: playwright-core could not be installed (offline?)"
		exit 0
	fi
fi

db=$TMP/browser.db
log=$TMP/serve.log

if web_import_pemda 000 001; then
	# IK-S1-1 of kec-teluk-segara: target 82 in 2025, nothing reported;
	# 41 for a quarter (kumulatif) is 50,00 %, the agency's only capaian
	pemda=1771 a=kec-teluk-segara tahun=2025 nilai=41 expect="50,00 %"
else
	pemda=9999 a=opd-001 tahun=2025 nilai=55 expect=
fi
web_add_user op_a operator "$a"
web_add_user verifikator verifikator

web_start "$db" "$TMP/data" "$log" || exit 1

BASE=http://127.0.0.1:$web_port PEMDA=$pemda TAHUN=$tahun NILAI=$nilai \
	EXPECT=$expect USERS=$WEB_USERS SHOTS=$ROOT/build/screenshots \
	CHROMIUM=$CHROMIUM node "$B/flow.js"
rc=$?
web_stop_clean
src=$?
[ "$rc" -eq 0 ] && [ "$src" -eq 0 ] && echo "screenshots: $ROOT/build/screenshots/"
[ "$rc" -eq 0 ] && [ "$src" -eq 0 ]
