#!/usr/bin/env bash
# Benchmark: full-text search on the embedded store (issue 11, item 4) over the seed plus PAGES generated pages of
# ENTRIES entries (bench/ImportBench/Pages.cs; 200 x 100 = 20,000 entries): the first search after an import (which
# builds the index), the median and p90 of 50 runs of each query (hits of the first page of 20, highlights included),
# and the first search after re-importing one page (which re-indexes that page only).
# Usage: bench/search.sh [pages=200] [entries=100]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/SearchBench -c Release --nologo -v quiet >/dev/null
dotnet bench/SearchBench/bin/Release/net10.0/SearchBench.dll "${1:-200}" "${2:-100}"
