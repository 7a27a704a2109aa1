#!/usr/bin/env bash
# Benchmark: the canonical GraphQL query ("meetings involving Japan, with bodies and themes") against the app's own
# static ~200-byte endpoint ("/"), side by side on the Release build, with wrk on loopback.
# Prints requests/s, p50 and p99 for both and their ratio. Targets: query >= 0.35x the static requests/s, query p99 <= 5 ms.
# Usage: bench/run.sh [connections=32] [duration=20s] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/app.sh

CONNECTIONS="${1:-32}"
DURATION="${2:-20s}"
THREADS="${3:-2}"
PORT="${BENCH_PORT:-5199}"
URL="http://127.0.0.1:${PORT}"
OUT="bench/out"
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

start_app app

# The answer must be the two Japan meetings, or the figures mean nothing.
ANSWER=$(curl -fsS -H 'Content-Type: application/json' --data @bench/canonical-query.json "$URL/graphql")
echo "$ANSWER" | grep -q '"totalCount":2' || { echo "unexpected answer: $ANSWER" >&2; exit 1; }

run() { # name, then wrk arguments
  local name="$1"; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" >/dev/null   # warm-up: JIT, tiered compilation, caches
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$OUT/$name.txt"
}
run static "$URL/"
BODY=bench/canonical-query.json run query -s bench/post.lua "$URL/graphql"

rps() { awk '/^Requests\/sec:/ { print $2 }' "$OUT/$1.txt"; }
pct() { awk -v p="$2" '$1 == p { print $2 }' "$OUT/$1.txt"; }
errors() { awk '/Non-2xx|Socket errors/ { print }' "$OUT/$1.txt"; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0; else printf "%.3f", v * 1000 }'; }

S_RPS=$(rps static); Q_RPS=$(rps query)
S50=$(to_ms "$(pct static 50%)"); S99=$(to_ms "$(pct static 99%)")
Q50=$(to_ms "$(pct query 50%)"); Q99=$(to_ms "$(pct query 99%)")
RATIO=$(awk -v q="$Q_RPS" -v s="$S_RPS" 'BEGIN { printf "%.2f", q / s }')

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, Release build, embedded graph"
printf '%-28s %12s %10s %10s\n' endpoint 'requests/s' 'p50 ms' 'p99 ms'
printf '%-28s %12s %10s %10s\n' 'GET / (static, 196 B)' "$S_RPS" "$S50" "$S99"
printf '%-28s %12s %10s %10s\n' 'POST /graphql (canonical)' "$Q_RPS" "$Q50" "$Q99"
echo "ratio query/static requests/s: $RATIO (target >= 0.35); query p99: $Q99 ms (target <= 5)"
errors static; errors query
