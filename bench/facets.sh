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
dotnet publish src/AseanCyber.Api -c Release -o "$OUT/app" --nologo -v quiet >/dev/null
DATA_DIR="$(mktemp -d)"
dotnet "$BENCH" write "$DATA_DIR" "$PAGES" "$ENTRIES"
Serilog__MinimumLevel__Default=Warning \
Graph__DataDirectory="$DATA_DIR" \
ASPNETCORE_URLS="$URL" \
ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$OUT/app/AseanCyber.Api.dll" >"$OUT/facets-app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

for _ in $(seq 1 600); do
  curl -fsS "$URL/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "$URL/health/ready" || { echo "app did not become ready; see $OUT/facets-app.log" >&2; exit 1; }
echo

README_QUERY='{"query":"{ all: entryFacets { totalCount kinds { value count } years { value count } themes(first: 3) { value count node { ... on Theme { name } } } bodies(first: 2) { count node { ... on Body { name } } } profiles { count node { ... on Profile { name } } } } japan: entryFacets(where: { countries: { some: { code: { eq: \"JP\" } } } }) { totalCount partners: countries(role: PARTNER) { value count } hosts: countries(role: HOST) { value count node { ... on Country { name } } } years(order: COUNT, first: 2) { value count } } }"}'
EVERY_QUERY='{"query":"{ entryFacets { totalCount kinds { value count } years { value count } statuses { value count } roles { value count } profiles { value count node { id } } countries { value count node { id } } partners: countries(role: PARTNER) { value count } hosts: countries(role: HOST) { value count } venues: countries(role: VENUE) { value count } bodies { value count node { id } } themes { value count node { id } } places { value count node { id } } organizations { value count node { id } } } }"}'

measure() { # name, body
  local name="$1" body="$2" answer
  answer=$(curl -fsS -H 'Content-Type: application/json' --data "$body" "$URL/graphql")
  echo "$answer" | grep -q '"errors"' && { echo "$name answered errors: $answer" >&2; exit 1; }
  for _ in 1 2 3; do curl -fsS -o /dev/null -H 'Content-Type: application/json' --data "$body" "$URL/graphql"; done
  for _ in $(seq 1 "$REQUESTS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' --data "$body" "$URL/graphql"
  done | sort -n | awk -v name="$name" -v total="$(echo "$answer" | grep -o '"totalCount":[0-9]*' | head -1 | cut -d: -f2)" \
    '{ t[NR] = $1 * 1000 } END { printf "%-40s %9s %9.2f %9.2f\n", name, total, t[int(NR * 0.5) + 1], t[int(NR * 0.9) + 1] }'
}
printf '%-40s %9s %9s %9s\n' "request ($REQUESTS in a row)" selected 'p50 ms' 'p90 ms'
measure "README example (2 entryFacets)" "$README_QUERY"
measure "every facet list, all entries" "$EVERY_QUERY"
