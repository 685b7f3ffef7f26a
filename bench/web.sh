#!/bin/sh
# Load test of the web app: wrk at 64 connections against the published
# pemda dashboard (40 synthetic agencies) served by `sakip serve`, and in
# the same run nginx serving the same HTML saved as a static file from a
# temporary config on another loopback port. Prints requests/s and p99
# latency of both, their ratio, and the server's memory; then the same
# dashboard signed in (session cookie, per-request session lookup).
#   BENCH_SECONDS=10 sh bench/web.sh      (make bench-web)
# Targets: sakip >= 50 % of nginx, p99 < 10 ms, RSS < 30 MB.
set -eu
cd "$(dirname "$0")/.."
SAKIP=${SAKIP_BIN:-build/sakip}
SECS=${BENCH_SECONDS:-10}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for t in wrk "$NGINX" python3; do
	if ! command -v "$t" >/dev/null 2>&1; then
		echo "bench-web: SKIP: $t not installed (scripts/deps.sh test)"
		exit 0
	fi
done
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sakip-bench-web.XXXXXX")
spid= npid=
cleanup() {
	[ -n "$spid" ] && kill -TERM "$spid" 2>/dev/null && wait "$spid" 2>/dev/null
	[ -n "$npid" ] && kill "$npid" 2>/dev/null && wait "$npid" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

db=$TMP/bench.db
python3 bench/gen_pemda.py --instansi 40 >"$TMP/pemda.json"
"$SAKIP" --db "$db" import "$TMP/pemda.json" >/dev/null
pw=bench-sandi-$$-rahasia
printf '%s\n' "$pw" | "$SAKIP" --db "$db" user add admin --role admin \
	--password-stdin >/dev/null

"$SAKIP" --db "$db" serve --listen 127.0.0.1:0 --data "$TMP/data" \
	>"$TMP/serve.log" 2>&1 &
spid=$!
port=
for _ in $(seq 1 100); do
	port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' \
		"$TMP/serve.log")
	[ -n "$port" ] && break
	sleep 0.1
done
[ -n "$port" ] || { cat "$TMP/serve.log"; exit 1; }

# Sign in, publish 2024, save the public page and the session cookie.
mkdir -p "$TMP/html"
python3 - "$port" "$pw" "$TMP/html/index.html" >"$TMP/cookie" <<'EOF'
import http.client, re, sys, urllib.parse
port, pw, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
jar = {}
def req(method, path, fields=None):
    c = http.client.HTTPConnection("127.0.0.1", port)
    h = {"Cookie": "; ".join(f"{k}={v}" for k, v in jar.items())}
    body = None
    if fields is not None:
        body = urllib.parse.urlencode(fields)
        h["Content-Type"] = "application/x-www-form-urlencoded"
    c.request(method, path, body, h)
    r = c.getresponse()
    data = r.read()
    for k, v in r.getheaders():
        if k.lower() == "set-cookie":
            n, _, rest = v.partition("=")
            jar[n] = rest.split(";")[0]
    return r.status, data
def tok(path):
    return re.search(rb'name="csrf" value="([^"]*)"', req("GET", path)[1]).group(1).decode()
assert req("POST", "/masuk", {"csrf": tok("/masuk"), "pengguna": "admin", "sandi": pw})[0] == 302
assert req("POST", "/admin/periode", {"csrf": tok("/admin/periode"), "pemda": "9999",
                                      "tahun": "2024", "aksi": "terbit"})[0] == 302
status, page = req("GET", "/publik/9999/2024")
assert status == 200
open(out, "wb").write(page)
print("sakip_sid=" + jar["sakip_sid"])
EOF

cat >"$TMP/nginx.conf" <<EOF
worker_processes auto;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
	access_log off;
	types { text/html html; }
	server { listen 127.0.0.1:$((port + 1)); root $TMP/html; }
}
EOF
"$NGINX" -c "$TMP/nginx.conf" -p "$TMP" 2>>"$TMP/nginx-error.log" &
npid=$!
sleep 0.5

# wrk's "Requests/sec" and the 99% line, latency in ms.
run() { # url [header]
	if [ -n "${2:-}" ]; then
		wrk -t2 -c64 -d"${SECS}s" --latency -H "$2" "$1"
	else
		wrk -t2 -c64 -d"${SECS}s" --latency "$1"
	fi | awk '
		/Requests\/sec/ { rps = $2 }
		/^ +99%/ { v = $2; u = v; sub(/[a-z]+$/, "", v); sub(/^[0-9.]+/, "", u)
			p99 = u == "us" ? v / 1000 : u == "s" ? v * 1000 : v }
		END { printf "%.0f %.2f\n", rps, p99 }'
}

SAKIP_URL=http://127.0.0.1:$port/publik/9999/2024
NGINX_URL=http://127.0.0.1:$((port + 1))/index.html
LOGIN_URL="http://127.0.0.1:$port/dasbor?pemda=9999&tahun=2024"
COOKIE="Cookie: $(cat "$TMP/cookie")"
# warm-up: the first request of a page renders and caches it
wrk -t2 -c64 -d2s "$SAKIP_URL" >/dev/null
wrk -t2 -c64 -d2s -H "$COOKIE" "$LOGIN_URL" >/dev/null
wrk -t2 -c64 -d2s "$NGINX_URL" >/dev/null
set -- $(run "$SAKIP_URL")
s_rps=$1 s_p99=$2
set -- $(run "$NGINX_URL")
n_rps=$1 n_p99=$2
set -- $(run "$LOGIN_URL" "$COOKIE")
l_rps=$1 l_p99=$2
rss=$(awk '/VmRSS/ { print $2 }' /proc/$spid/status)
hwm=$(awk '/VmHWM/ { print $2 }' /proc/$spid/status)
sleep 11   # the server hands freed memory back every 10 s
idle=$(awk '/VmRSS/ { print $2 }' /proc/$spid/status)
size=$(wc -c <"$TMP/html/index.html")

echo "bench-web: dashboard of 40 agencies, $size bytes, ${SECS}s per run," \
	"64 connections, $(nproc) CPUs"
printf '  %-34s %10s %10s\n' "" "req/s" "p99 ms"
printf '  %-34s %10s %10s\n' "sakip, public dashboard" "$s_rps" "$s_p99"
printf '  %-34s %10s %10s\n' "nginx, same HTML as a static file" "$n_rps" "$n_p99"
printf '  %-34s %10s %10s\n' "sakip, signed-in dashboard" "$l_rps" "$l_p99"
awk -v s="$s_rps" -v n="$n_rps" -v p="$s_p99" -v r="$rss" -v h="$hwm" \
	-v i="$idle" 'BEGIN {
	ratio = n > 0 ? 100 * s / n : 0
	printf "  ratio sakip/nginx: %.0f %% (target >= 50 %%): %s\n", ratio,
		(ratio >= 50) ? "met" : "MISSED"
	printf "  sakip p99: %.2f ms (target < 10 ms): %s\n", p,
		(p < 10) ? "met" : "MISSED"
	printf "  sakip RSS after the runs: %.1f MB, peak %.1f MB (target < 30 MB): %s\n",
		r / 1024, h / 1024, (r < 30 * 1024) ? "met" : "MISSED"
	printf "  sakip RSS 11 s later, idle: %.1f MB\n", i / 1024
}'
echo "  load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
