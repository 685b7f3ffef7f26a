# Shared by the test scripts: where things are, and how to skip.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SAKIP_BIN=${SAKIP_BIN:-$ROOT/build/plain/sakip}
case $SAKIP_BIN in /*) ;; *) SAKIP_BIN=$ROOT/$SAKIP_BIN ;; esac
FIXTURES=${SAKIP_FIXTURES:-$ROOT/../shared/fixtures}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sakip-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

need_fixtures() {
	if [ ! -d "$FIXTURES" ]; then
		echo "SKIP: $FIXTURES not found (the shared fixtures sit beside the repository)"
		echo "0 passed, 0 failed, 1 skipped"
		exit 0
	fi
}
