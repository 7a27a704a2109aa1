#!/usr/bin/env bash
# Benchmark: cooperation and cooperationPaths on a generated graph (issue 11, item 1). Generates PAGES profile pages of
# ENTRIES entries (bench/FacetsBench/Pages.cs, the facets bench's generator: partners, cities, bodies shared across
# pages, INTERPOL operations) beside the bundled ASEAN page, then:
#   1. the store port and the shared CooperationNetwork on the embedded graph, each query 20 times after a warm-up:
#      p50, p90, max, and the answer; with STANDIN=1 also the Neo4j adapter's statements on the in-memory Cypher engine
#      of the tests, checked to answer exactly as the embedded graph does (its times are that interpreter's, not Neo4j's);
#   2. the whole app (Release, embedded graph loaded from a data directory holding the pages), the README's cooperation
#      examples, each sent N times in a row with curl: p50, p90.
# Usage: bench/cooperation.sh [pages=200] [entries=100] [requests=30]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/app.sh

PAGES="${1:-200}"
ENTRIES="${2:-100}"
REQUESTS="${3:-30}"
PORT="${BENCH_PORT:-5197}"
URL="http://127.0.0.1:${PORT}"
OUT="bench/out"
mkdir -p "$OUT"

dotnet build bench/CooperationBench -c Release --nologo -v quiet >/dev/null
BENCH=bench/CooperationBench/bin/Release/net10.0/CooperationBench.dll
echo "== store port"
dotnet "$BENCH" store "$PAGES" "$ENTRIES" ${STANDIN:+--standin}

echo "== through HTTP"
DATA_DIR="$(mktemp -d)"
dotnet "$BENCH" write "$DATA_DIR" "$PAGES" "$ENTRIES"
start_app cooperation-app "$DATA_DIR"

PARTNERS='{"query":"{ cooperation(of: \"country:JP\", first: 5) { partner { id ... on Profile { name } } count strength roles firstYear lastYear entries(first: 3) { totalCount nodes { title } } } }"}'
MEETINGS='{"query":"{ cooperation(of: \"country:JP\", where: { kind: { eq: MEETING }, year: { gte: 2015 } }) { partner { id } count entries { nodes { title date { start } } } } }"}'
PATHS='{"query":"{ cooperationPaths(from: \"country:KR\", to: \"organization:interpol\", first: 3) { strength actors { id } links { from { id } to { id } kind count strength evidence(first: 2) { entry { title } weight fromEvidence toEvidence } } } }"}'
PATHS4='{"query":"{ cooperationPaths(from: \"country:KR\", to: \"organization:interpol\", maxHops: 4, first: 5) { strength actors { id } links { count entries { id } } } }"}'

measure() { # name, body
  local times
  times=$(time_query "$1" "$2" "$REQUESTS")
  printf '%-46s %9s %9s %9s\n' "$1" "$(wc -c <"$OUT/answer.json")" $times
}
printf '%-46s %9s %9s %9s\n' "request ($REQUESTS in a row)" 'bytes' 'p50 ms' 'p90 ms'
measure "README: Japan's partners (5, entries)" "$PARTNERS"
measure "README: Japan's meetings since 2015" "$MEETINGS"
measure "README: Korea to INTERPOL (3 hops)" "$PATHS"
measure "Korea to INTERPOL, 4 hops" "$PATHS4"
