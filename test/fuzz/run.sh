#!/bin/sh
# Builds every libFuzzer target test/fuzz/fuzz_*.c with
# clang -fsanitize=fuzzer,address,undefined against src/core and src/util,
# and runs each for SECONDS seconds (default 60):
#
#   sh test/fuzz/run.sh [SECONDS] [TARGET...]   (make fuzz, FUZZ_SECONDS=60)
#
# TARGET (fuzz_lke, …) runs only those; all by default.
#
# Seeds come from test/fuzz/corpus/<target>/, tokens from
# test/fuzz/<target>.dict; what the fuzzer finds goes to
# build/fuzz/corpus/<target>/, crashes to build/fuzz/crash-<target>-*.
# A target's comment may also name a command making more seeds into the
# directory it is given (" * fuzz-seeds: sh test/fuzz/seeds_lke.sh",
# run with build/fuzz/seeds/<target>, so that no binary workbook need
# be committed) and a larger input size (" * fuzz-max-len: 24576",
# default 4096).
# Exits non-zero when a target does not build or finds a crash.
set -u
secs=${1:-60}
case $secs in
'' | *[!0-9]*) echo "usage: sh test/fuzz/run.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac
[ $# -gt 0 ] && shift
only=" $* "
CC=${FUZZ_CC:-clang}
O=build/fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
CFLAGS="-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -Isrc $SAN"

command -v "$CC" >/dev/null 2>&1 || {
	echo "fuzz: $CC not found (scripts/deps.sh test installs it)" >&2
	exit 2
}
mkdir -p "$O/obj" "$O/corpus"

# The library: each file built for fuzzing, in an archive so a target
# links only what it uses.
objs=""
for src in src/util/*.c src/core/*.c; do
	obj="$O/obj/$(echo "$src" | tr / _ | sed 's/\.c$/.o/')"
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] ||
	   [ -n "$(find src/util src/core -name '*.h' -newer "$obj")" ]; then
		$CC $CFLAGS -fsanitize=fuzzer-no-link -c "$src" -o "$obj" || {
			echo "fuzz: $src does not build" >&2
			exit 1
		}
	fi
	objs="$objs $obj"
done
rm -f "$O/libsakip_fuzz.a"
# shellcheck disable=SC2086
ar rcs "$O/libsakip_fuzz.a" $objs || exit 1

fail=0
for t in test/fuzz/fuzz_*.c; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .c)
	[ "$only" = "  " ] || case $only in *" $name "*) ;; *) continue ;; esac
	bin="$O/$name"
	echo "== $name: building"
	# a target may name more sources and pkg-config packages in its
	# comment: " * fuzz-src: src/io/x.c", " * fuzz-pkgs: libzip"
	xsrc=$(sed -n 's/^ \* fuzz-src: //p' "$t")
	xpkg=$(sed -n 's/^ \* fuzz-pkgs: //p' "$t")
	xflags=${xpkg:+$(pkg-config --cflags --libs $xpkg)}
	xseeds=$(sed -n 's/^ \* fuzz-seeds: //p' "$t")
	maxlen=$(sed -n 's/^ \* fuzz-max-len: //p' "$t")
	# shellcheck disable=SC2086
	$CC $CFLAGS -Wall -Wextra -Werror -fsanitize=fuzzer "$t" $xsrc \
		"$O/libsakip_fuzz.a" -lm $xflags -o "$bin" || {
		echo "fuzz: $t does not build" >&2
		fail=1
		continue
	}
	mkdir -p "$O/corpus/$name"
	set -- "$O/corpus/$name"
	[ -d "test/fuzz/corpus/$name" ] && set -- "$@" "test/fuzz/corpus/$name"
	if [ -n "$xseeds" ]; then
		rm -rf "$O/seeds/$name"
		mkdir -p "$O/seeds/$name"
		# shellcheck disable=SC2086
		if $xseeds "$O/seeds/$name"; then
			echo "== $name: $(ls "$O/seeds/$name" | wc -l) seeds made"
		else
			echo "fuzz: $name: '$xseeds' failed; the committed" \
				"seeds only" >&2
		fi
		set -- "$@" "$O/seeds/$name"
	fi
	dict=""
	[ -f "test/fuzz/$name.dict" ] && dict="-dict=test/fuzz/$name.dict"
	echo "== $name: running for $secs s"
	start=$(date +%s)
	# shellcheck disable=SC2086
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-max_len="${maxlen:-4096}" -print_final_stats=1 \
		-artifact_prefix="$O/crash-$name-" $dict "$@" \
		>"$O/$name.log" 2>&1
	rc=$?
	end=$(date +%s)
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$O/$name.log")
	if [ $rc -ne 0 ]; then
		tail -n 40 "$O/$name.log" >&2
		echo "== $name: FAILED after $((end - start)) s (exit $rc);" \
			"log $O/$name.log" >&2
		fail=1
	else
		echo "== $name: ok, $((end - start)) s, ${runs:-?} runs," \
			"corpus $(ls "$O/corpus/$name" | wc -l) files"
	fi
done
exit $fail
