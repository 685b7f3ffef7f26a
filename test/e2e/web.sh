#!/bin/sh
# The web app end to end: starts `sakip serve` on a free loopback port
# with a temporary database (the fixtures, or a synthetic pemda without
# them), drives it over HTTP with test/e2e/web_test.py (login, CSRF,
# fixation, the authorisation matrix, XSS, SQL metacharacters, uploads,
# verification, locks, timeouts, throttling), then stops it with SIGTERM
# and checks it shut down cleanly.
. "$(dirname "$0")/../lib/common.sh"
. "$ROOT/test/lib/web.sh"
pass=0 fail=0
db=$TMP/web.db
data=$TMP/data
log=$TMP/serve.log

# Pages print through html_printf only: no raw printf into a page body.
if web_raw_output "$ROOT"/src/web/page_*.c; then
	echo "FAIL: raw output in a page (use html_printf / html_trusted)"
	fail=$((fail + 1))
fi

if web_import_pemda 000 001 002; then
	pemda=1771 a=kec-teluk-segara b=setda-kota-bengkulu
else
	pemda=9999 a=opd-001 b=opd-002
fi

web_add_users "$a" "$b"
out=$("$SAKIP_BIN" --db "$db" user add op_x --role operator 2>&1)
if [ $? -eq 1 ] && printf '%s' "$out" | grep -q "needs an instansi"; then
	pass=$((pass + 1)); echo "ok   user add: an operator needs an agency"
else
	fail=$((fail + 1)); echo "FAIL user add without agency: $out"
fi
out=$("$SAKIP_BIN" --db "$db" user add op_y --role operator --pemda 0000 \
	--instansi "$a" 2>&1)
if [ $? -eq 1 ] && printf '%s' "$out" | grep -q "'$a' is not in pemda '0000'"; then
	pass=$((pass + 1)); echo "ok   user add: an agency of another pemda is named as such"
else
	fail=$((fail + 1)); echo "FAIL user add, agency in another pemda: $out"
fi

web_start "$db" "$data" "$log" "" --max-upload 64K --threads 4 || exit 1
port=$web_port

python3 "$ROOT/test/e2e/web_test.py" --base "http://127.0.0.1:$port" \
	--db "$db" --data "$data" --bin "$SAKIP_BIN" --users "$WEB_USERS" \
	--pemda "$pemda"
rc=$?

# Graceful stop: a request whose body is still arriving when SIGTERM
# comes is answered, then the process exits 0.
python3 - "$port" "$TMP/ready" >"$TMP/inflight.out" 2>&1 <<'EOF' &
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=30)
body = b"pengguna=admin&sandi=" + b"x" * 2000
s.sendall(b"POST /masuk HTTP/1.1\r\nHost: t\r\nConnection: close\r\n"
          b"Content-Type: application/x-www-form-urlencoded\r\n"
          b"Content-Length: %d\r\n\r\n" % len(body) + body[:100])
time.sleep(0.5)
open(sys.argv[2], "w").write("ready")
time.sleep(1.5)
s.sendall(body[100:])
reply = s.recv(100).decode("latin-1")
print(reply.split("\r\n")[0])
sys.exit(0 if reply.startswith("HTTP/1.1 ") else 1)
EOF
client=$!
for _ in $(seq 1 50); do [ -f "$TMP/ready" ] && break; sleep 0.1; done
web_stop
src=$?
wait "$client"
crc=$?
if [ "$src" -eq 0 ] && [ "$crc" -eq 0 ] && grep -q "sakip serve: stopped" "$log"
then
	pass=$((pass + 1))
	echo "ok   SIGTERM: the request in flight was answered" \
		"($(cat "$TMP/inflight.out")), then the server stopped (exit 0)"
else
	fail=$((fail + 1))
	echo "FAIL SIGTERM: server exit $src, client exit $crc:" \
		"$(cat "$TMP/inflight.out")"
	tail -5 "$log"
fi

# --listen takes an IPv6 address in brackets (skipped without IPv6 loopback).
if python3 -c 'import socket; socket.socket(socket.AF_INET6).bind(("::1", 0))' 2>/dev/null; then
	web_start "$db" "$data" "$TMP/v6.log" '[::1]:0' >/dev/null
	port=$web_port
	got=$(python3 -c 'import http.client, sys
c = http.client.HTTPConnection("::1", int(sys.argv[1]), timeout=10)
c.request("GET", "/masuk")
print(c.getresponse().status)' "${port:-0}" 2>&1)
	web_stop
	if [ -n "$port" ] && [ "$got" = 200 ]; then
		pass=$((pass + 1)); echo "ok   --listen [::1]:0: served over IPv6 (port $port)"
	else
		fail=$((fail + 1)); echo "FAIL --listen [::1]:0: port '$port', GET: $got: $(cat "$TMP/v6.log")"
	fi
else
	echo "SKIP: no IPv6 loopback: --listen [::1] not checked"
fi
echo "$pass passed, $fail failed (shell checks)"
[ "$rc" -eq 0 ] && [ "$fail" -eq 0 ]
