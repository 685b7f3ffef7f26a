# Shared by the web end-to-end scripts, sourced after common.sh: the
# database they start from, the users file, `sakip serve` on a free
# loopback port and its stop (also on exit), and the check that pages
# print through html_printf only. The imports and web_add_user write into
# the database "$db" (agency users into pemda "$pemda"); the caller sets
# both.
WEB_USERS=$TMP/users.txt
web_pid=
web_port=
web_log=
: >"$WEB_USERS"
trap 'web_stop; rm -rf "$TMP"' EXIT INT TERM
# The test drivers import web_test.py: no __pycache__ left in the tree.
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE

# Adds a user with a random password, and a "name role password" line for
# it to $WEB_USERS; exits 1 when `sakip user add` fails.
web_add_user() { # name role [instansi]
	web_pw="sandi-uji-$1-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
	if [ -n "${3:-}" ]; then
		printf '%s\n' "$web_pw" | "$SAKIP_BIN" --db "${db:?}" user add "$1" \
			--role "$2" --pemda "${pemda:?}" --instansi "$3" --password-stdin
	else
		printf '%s\n' "$web_pw" | "$SAKIP_BIN" --db "${db:?}" user add "$1" \
			--role "$2" --password-stdin
	fi >/dev/null || { echo "FAIL: user add $1"; exit 1; }
	echo "$1 $2 $web_pw" >>"$WEB_USERS"
}

# The users the web tests log in as: admin, op_a (agency a), op_b (agency
# b), verifikator, evaluator and pimpinan.
web_add_users() { # a b
	web_add_user admin admin
	web_add_user op_a operator "$1"
	web_add_user op_b operator "$2"
	web_add_user verifikator verifikator
	web_add_user evaluator evaluator
	web_add_user pimpinan pimpinan
}

# Starts `sakip serve` in the background, its output in log, listening on
# listen (127.0.0.1:0 when empty, a free port) with the serve options
# given, and waits up to 10 s for the port it prints into $web_port.
# Returns 1, having said so and shown the log, when it does not come up.
web_start() { # db data log [listen [serve option...]]
	web_db=$1 web_data=$2 web_log=$3 web_listen=${4:-127.0.0.1:0}
	shift 3
	[ $# -gt 0 ] && shift
	"$SAKIP_BIN" --db "$web_db" serve --listen "$web_listen" \
		--data "$web_data" "$@" >"$web_log" 2>&1 &
	web_pid=$!
	web_port=
	for _ in $(seq 1 100); do
		web_port=$(sed -n 's|.*listening on http://[^/]*:\([0-9]*\)/.*|\1|p' \
			"$web_log")
		[ -n "$web_port" ] && return 0
		sleep 0.1
	done
	echo "FAIL: server did not start"
	cat "$web_log"
	return 1
}

# Stops the server with SIGTERM and waits for it; returns its exit status
# (0 when none runs).
web_stop() {
	[ -n "$web_pid" ] || return 0
	kill -TERM "$web_pid" 2>/dev/null
	wait "$web_pid"
	web_rc=$?
	web_pid=
	return "$web_rc"
}

# web_stop, saying so and showing the end of the log when the server did
# not exit 0 (returns 1 then).
web_stop_clean() {
	web_stop && return 0
	echo "FAIL: server exit $web_rc"
	tail -5 "$web_log"
	return 1
}

# Prints the places where a page writes into its body other than through
# html_printf / html_trusted; true when there is one.
web_raw_output() { # page source...
	grep -n 'sbuf_add[sf]\?(&o->body\|[^_]printf(&o->body\|fprintf\|[^_a-z]printf(' "$@"
}

# Imports the fixtures named (000 001 ...) into $db and returns 0; without
# the fixtures directory, a synthetic pemda of three agencies instead
# (9999: opd-001, opd-002, opd-003), returning 1. Exits 1 when an import
# fails.
web_import_pemda() { # fixture...
	if [ -d "$FIXTURES" ]; then
		for f; do
			"$SAKIP_BIN" --db "${db:?}" import "$FIXTURES/$f.json" >/dev/null ||
				exit 1
		done
		return 0
	fi
	echo "note: $FIXTURES not found; using a synthetic pemda"
	python3 "$ROOT/bench/gen_pemda.py" --instansi 3 >"$TMP/pemda.json"
	"$SAKIP_BIN" --db "${db:?}" import "$TMP/pemda.json" >/dev/null || exit 1
	return 1
}

# Imports test/data/lke's pemda (9901) and its template of opd-contoh into
# $db; exits 1 when either fails.
web_import_lke_pemda() {
	if ! "$SAKIP_BIN" --db "${db:?}" import "$ROOT/test/data/lke/pemda.json" \
		>/dev/null || ! "$SAKIP_BIN" --db "$db" evaluasi template impor \
		"$ROOT/test/data/lke/template-opd-contoh.json" >/dev/null; then
		echo "FAIL: pemda or template not imported"
		exit 1
	fi
}
