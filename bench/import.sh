#!/usr/bin/env bash
# Benchmark: importing many profile pages into the embedded store (issue 10, item 8). Generates PAGES pages of ENTRIES
# entries in the seed's layout (bench/ImportBench/Pages.cs), parses them once, and times the store alone, each scenario in
# its own process so that its peak working set is its own:
#   batch          all pages in one ImportProfilesAsync (one snapshot)       goal: under 4 s for 200 x 100
#   singles        the same pages, one ImportProfileAsync after another
#   one-into-full  one new page into the other PAGES-1 (and the median re-import of a page)
# Texts are written to a temporary data directory, forced to disk like the app does (TMPDIR=/dev/shm leaves the disk out).
# BASELINE=<git revision> runs the same benchmark on that revision's store too (e.g. BASELINE=main), for a before/after.
# Usage: bench/import.sh [pages=200] [entries=100]
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES="${1:-200}"
ENTRIES="${2:-100}"

run() { # <label> <project dir>
  dotnet build "$2" -c Release --nologo -v quiet >/dev/null
  local dll="$2/bin/Release/net10.0/ImportBench.dll"
  echo "== $1: $PAGES pages x $ENTRIES entries"
  printf '%-14s %10s %12s %12s %8s  %s\n' scenario time "peak memory" allocated entries notes
  for scenario in batch singles one-into-full; do
    dotnet "$dll" "$scenario" "$PAGES" "$ENTRIES"
  done
}

run "this checkout ($(git rev-parse --short HEAD))" bench/ImportBench

if [[ -n "${BASELINE:-}" ]]; then
  BASE_DIR="$(mktemp -d)"
  trap 'rm -rf "$BASE_DIR"' EXIT
  git archive "$BASELINE" src cypher Directory.Build.props Directory.Packages.props global.json .editorconfig | tar -x -C "$BASE_DIR"
  mkdir -p "$BASE_DIR/bench" && cp -r bench/ImportBench "$BASE_DIR/bench/" && rm -rf "$BASE_DIR/bench/ImportBench/bin" "$BASE_DIR/bench/ImportBench/obj"
  run "baseline $BASELINE ($(git rev-parse --short "$BASELINE"))" "$BASE_DIR/bench/ImportBench"
fi
