#!/usr/bin/env bash
# Benchmark: whole-graph exports on the embedded store (issue 12, item 2) for the seed plus SIZES generated pages of
# ENTRIES entries (bench/ImportBench/Pages.cs): per format the time, the file's size and the most live managed memory the
# export held above the graph, measured after each page of 200 entries. Held memory that stays flat while the file grows
# is the streaming working.
# Usage: bench/export.sh [sizes=50,200] [entries=100]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/ExportBench -c Release --nologo -v quiet >/dev/null
dotnet bench/ExportBench/bin/Release/net10.0/ExportBench.dll "${1:-50,200}" "${2:-100}"
