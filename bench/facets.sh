#!/usr/bin/env bash
# Benchmark: entryFacets on a generated graph (issue 11, item 5). Generates PAGES profile pages of ENTRIES entries
# (bench/FacetsBench/Pages.cs: partners, cities, themes, twenty years of dates, statuses), then:
#   1. the store port on the embedded graph, each query 30 times after a warm-up: p50, p90, max;
#      with STANDIN=1 also the Neo4j adapter's one statement on the in-memory Cypher engine of the tests, checked to answer
#      exactly as the embedded graph does at this size (its times are that interpreter's, not Neo4j's);
#   2. the whole app (Release, embedded graph loaded from a data directory holding the pages), the README's entryFacets
#      query and one selecting every facet, each sent N times in a row with curl: p50, p90.
# Usage: bench/facets.sh [pages=200] [entries=100] [requests=30]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/app.sh

PAGES="${1:-200}"
ENTRIES="${2:-100}"
REQUESTS="${3:-30}"
PORT="${BENCH_PORT:-5198}"
URL="http://127.0.0.1:${PORT}"
OUT="bench/out"
mkdir -p "$OUT"

dotnet build bench/FacetsBench -c Release --nologo -v quiet >/dev/null
BENCH=bench/FacetsBench/bin/Release/net10.0/FacetsBench.dll
echo "== store port"
dotnet "$BENCH" store "$PAGES" "$ENTRIES" ${STANDIN:+--standin}

echo "== through HTTP"
DATA_DIR="$(mktemp -d)"
dotnet "$BENCH" write "$DATA_DIR" "$PAGES" "$ENTRIES"
start_app facets-app "$DATA_DIR"

README_QUERY='{"query":"{ all: entryFacets { totalCount kinds { value count } years { value count } themes(first: 3) { value count node { ... on Theme { name } } } bodies(first: 2) { count node { ... on Body { name } } } profiles { count node { ... on Profile { name } } } } japan: entryFacets(where: { countries: { some: { code: { eq: \"JP\" } } } }) { totalCount partners: countries(role: PARTNER) { value count } hosts: countries(role: HOST) { value count node { ... on Country { name } } } years(order: COUNT, first: 2) { value count } } }"}'
EVERY_QUERY='{"query":"{ entryFacets { totalCount kinds { value count } years { value count } statuses { value count } roles { value count } profiles { value count node { id } } countries { value count node { id } } partners: countries(role: PARTNER) { value count } hosts: countries(role: HOST) { value count } venues: countries(role: VENUE) { value count } bodies { value count node { id } } themes { value count node { id } } places { value count node { id } } organizations { value count node { id } } } }"}'

measure() { # name, body
  local times
  times=$(time_query "$1" "$2" "$REQUESTS")
  printf '%-40s %9s %9s %9s\n' "$1" "$(grep -o '"totalCount":[0-9]*' "$OUT/answer.json" | head -1 | cut -d: -f2)" $times
}
printf '%-40s %9s %9s %9s\n' "request ($REQUESTS in a row)" selected 'p50 ms' 'p90 ms'
measure "README example (2 entryFacets)" "$README_QUERY"
measure "every facet list, all entries" "$EVERY_QUERY"
