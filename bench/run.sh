#!/bin/sh
# All benchmarks; each prints its own figures.
set -e
cd "$(dirname "$0")/.."
python3 bench/bench.py
for b in bench/*.sh; do
	[ "$b" = bench/run.sh ] && continue
	sh "$b"
done
