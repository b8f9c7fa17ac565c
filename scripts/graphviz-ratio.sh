#!/usr/bin/env bash
# Renders the benchmarks' 300-actor, 1,500-tie map with Debian's native
# Graphviz (package graphviz: dot/neato with cairo) and with the app's
# WebAssembly Graphviz (go-graphviz) plus its own PNG and PDF painters, and
# reports the time of each and the ratio app / native. DESIGN.md's target:
# no more than 3× native Graphviz on the same DOT.
#
# Usage: scripts/graphviz-ratio.sh [RUNS]     (default 5 runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v neato >/dev/null || { echo "native Graphviz is missing: apt-get install graphviz" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CGO_ENABLED=0
go test -tags ci -count=1 -run '^TestWriteBenchDOT$' ./export -args -benchdot="$tmp/map300.dot" >/dev/null

# native FORMAT: mean seconds of one native neato render (the DOT pins the
# actors and says layout=neato).
native() {
	local start end
	neato -T"$1" "$tmp/map300.dot" -o "$tmp/native.$1" # warm the file cache
	start=$(date +%s%N)
	for _ in $(seq "$runs"); do neato -T"$1" "$tmp/map300.dot" -o "$tmp/native.$1"; done
	end=$(date +%s%N)
	echo "scale=3; ($end - $start) / $runs / 1000000000" | bc
}

# app BENCHMARK: seconds per run of one Go benchmark of the export package.
go test -tags ci -count=1 -run '^$' -bench '^Benchmark(SVG300|LayoutJSON300|PNG300|PDF300)$' \
	-benchtime "${runs}x" ./export >"$tmp/bench.txt"
app() {
	awk -v name="Benchmark$1-" 'index($1, name) == 1 { printf "%.3f\n", $3 / 1e9 }' "$tmp/bench.txt"
}

echo "$(neato -V 2>&1) vs go-graphviz (Graphviz 12.1.2 in wasm); $runs runs each"
printf '%-34s %9s %9s %7s\n' "same DOT, 300 actors / 1,500 ties" native app ratio
row() { # label native-format app-benchmark
	local n a
	n=$(native "$2")
	a=$(app "$3")
	printf '%-34s %8.3fs %8.3fs %6.1f×\n' "$1" "$n" "$a" "$(echo "scale=2; $a / $n" | bc)"
}
row "SVG (Graphviz's own writer)" svg SVG300
row "json (positions + drawing ops)" json LayoutJSON300
row "PNG (native cairo / app gg 1080p)" png PNG300
row "PDF (native cairo / app fpdf A4)" pdf PDF300
