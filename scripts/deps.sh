#!/bin/sh
# Install what sakip needs on Debian 12, only what is missing.
#   scripts/deps.sh build   libraries and tools to build and run sakip
#   scripts/deps.sh test    the above, plus what the test suite uses
set -eu
want=${1:-build}

BUILD="pkg-config libsqlite3-dev sqlite3 libjansson-dev libmicrohttpd-dev
 libxlsxwriter-dev libzip-dev libxml2-dev libsodium-dev libcsv-dev libpq-dev"
TEST="libcmocka-dev clang libclang-rt-14-dev libreoffice-writer-nogui
 libreoffice-calc-nogui poppler-utils unzip chromium wrk nginx-light
 pandoc python3 curl ca-certificates fonts-dejavu-core"

pkgs=$BUILD
[ "$want" = test ] && pkgs="$BUILD $TEST"

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
# Node.js may come from elsewhere with npm bundled; Debian's npm would conflict.
if [ "$want" = test ] && ! command -v npm >/dev/null 2>&1; then
	missing="$missing nodejs npm"
fi
[ -z "$missing" ] && exit 0

echo "deps: installing$missing" >&2
if [ "$(id -u)" != 0 ]; then
	SUDO=sudo
else
	SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
