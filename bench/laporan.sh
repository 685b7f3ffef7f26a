#!/bin/sh
# Benchmark: the LKjIP DOCX of fixture 000, beside pandoc turning the HTML
# of the same content into DOCX. Target: under 50 ms to generate.
#
# "generate" is one whole in-process run of `sakip laporan --bench N`:
# open the store, load the agency, compute the year and the Renstra years,
# build the document, render the DOCX with its charts, write the file
# atomically. The same command run as N separate processes is printed too,
# with the start-up of an empty `sakip --help` for reference (dynamic
# linking of every library of the binary). The ratio compares whole
# processes: sakip's against pandoc's. N=…, M=… set the runs.
cd "$(dirname "$0")/.." || exit 1
BIN=${SAKIP_BIN:-build/plain/sakip}
FIX=${SAKIP_FIXTURES:-../shared/fixtures}
N=${N:-50}
M=${M:-5}
if [ ! -f "$FIX/000.json" ]; then
	echo "laporan: SKIP, $FIX/000.json not found"
	exit 0
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sakip-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export SAKIP_NOW=2025-03-27
K=kec-teluk-segara
set -- --db "$TMP/b.db" laporan lkjip --instansi $K --tahun 2024
"$BIN" --db "$TMP/b.db" import "$FIX/000.json" >/dev/null || exit 1
"$BIN" "$@" --format html -o "$TMP/lkjip.html" || exit 1

ms_since() { # START_NS RUNS: milliseconds a run
	awk -v a="$1" -v b="$(date +%s%N)" -v n="$2" \
		'BEGIN { printf "%.2f", (b - a) / 1e6 / n }'
}
loop() { # RUNS COMMAND…: time a run of COMMAND, in ms
	n=$1
	shift
	i=0
	t0=$(date +%s%N)
	while [ $i -lt "$n" ]; do
		"$@" >/dev/null 2>&1 || return 1
		i=$((i + 1))
	done
	ms_since "$t0" "$n"
}

inproc=$("$BIN" "$@" --format docx -o "$TMP/lkjip.docx" --bench "$N" 2>&1 |
	sed -n 's/.*runs, \([0-9.]*\) ms\/run.*/\1/p')
[ -n "$inproc" ] || { echo "laporan: sakip laporan --bench failed"; exit 1; }
bytes=$(wc -c <"$TMP/lkjip.docx")
proc=$(loop "$N" "$BIN" "$@" --format docx -o "$TMP/lkjip.docx") || exit 1
start=$(loop "$N" "$BIN" --help) || exit 1
verdict=$(awk -v t="$inproc" 'BEGIN { print (t < 50 ? "under" : "OVER") }')
echo "laporan: lkjip docx of fixture 000 ($bytes bytes): $inproc ms to generate ($verdict the 50 ms target; $N runs)"
echo "laporan: as a process: $proc ms a run, of which start-up $start ms (sakip --help)"
if ! command -v pandoc >/dev/null 2>&1; then
	echo "laporan: pandoc not installed, no comparison"
	exit 0
fi
pd=$(loop "$M" pandoc -f html -t docx -o "$TMP/pandoc.docx" "$TMP/lkjip.html") || exit 1
awk -v s="$proc" -v g="$inproc" -v p="$pd" -v m="$M" 'BEGIN {
	printf "laporan: pandoc html->docx of the same content: %.2f ms a run (%d runs); pandoc/sakip = %.1fx (processes), %.1fx (generation)\n", p, m, p / s, p / g }'
