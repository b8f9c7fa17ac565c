#!/usr/bin/env bash
# Opens the app under Xvfb on a generated network and prints its resident
# memory once the analysis has finished. Issue #9's target: a 10,000-actor
# workspace stays under 500 MB.
#
# Usage: scripts/gui-memory.sh [ACTORS TIES]   (default 10000 50000; needs
# `make build`, xvfb, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}; m=${2:-50000}
bin=$PWD/bin/verkostokartta
[ -x "$bin" ] || { echo "run make build first" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
python3 - "$n" "$m" > "$tmp/ties.csv" <<'PY'
import random, sys
n, m = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(7); seen = set(); print("from,to")
while len(seen) < m:
    a, b = rng.randrange(n), rng.randrange(n)
    if a != b and (min(a, b), max(a, b)) not in seen:
        seen.add((min(a, b), max(a, b))); print(f"a{a},a{b}")
PY
"$bin" convert -o "$tmp/big.verkosto" "$tmp/ties.csv" 2>/dev/null
# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$tmp/display" >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
display=:$(tr -d '[:space:]' < "$tmp/display")
HOME=$tmp XDG_CACHE_HOME=$tmp/cache DISPLAY=$display "$bin" "$tmp/big.verkosto" >/dev/null 2>&1 & app=$!
for s in 15 30 45; do
	sleep 15
	echo "$n actors, $m ties, after ${s} s: $(grep VmRSS /proc/$app/status)"
done
