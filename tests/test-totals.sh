#!/usr/bin/env bash
# Prints "N passed, N failed, N skipped" from the TRX reports the last `dotnet test` run wrote
# (tests/<project>/bin/TestResults/<project>.trx, see tests/Directory.Build.targets).
set -euo pipefail
cd "$(dirname "$0")"
passed=0; failed=0; skipped=0
for trx in */bin/TestResults/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  # The TRX logger leaves notExecuted at 0 for skipped tests; they are the ones counted in total but not executed.
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
