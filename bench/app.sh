# Sourced by the benches that go through HTTP: publish the Release app and run it on a data directory, and time a query.
# The caller sets OUT and URL; start_app sets APP_PID and DATA_DIR (a fresh one unless given) and stops both on exit.

start_app() { # log name, [data dir]
  local log="$OUT/$1.log"
  DATA_DIR="${2:-$(mktemp -d)}"
  dotnet publish src/AseanCyber.Api -c Release -o "$OUT/app" --nologo -v quiet >/dev/null
  Serilog__MinimumLevel__Default=Warning \
  Graph__DataDirectory="$DATA_DIR" \
  ASPNETCORE_URLS="$URL" \
  ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$OUT/app/AseanCyber.Api.dll" >"$log" 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT
  # A generated graph takes a while to load: up to two minutes.
  for _ in $(seq 1 600); do
    curl -fsS "$URL/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "app did not become ready; see $log" >&2
  exit 1
}

time_query() { # name, JSON body, requests: prints "p50 p90" in ms after three warm-ups; the first answer goes to $OUT/answer.json
  local name="$1" body="$2" requests="$3"
  curl -fsS -H 'Content-Type: application/json' --data "$body" "$URL/graphql" >"$OUT/answer.json"
  grep -q '"errors"' "$OUT/answer.json" && { echo "$name answered errors: $(cat "$OUT/answer.json")" >&2; exit 1; }
  for _ in 1 2 3; do curl -fsS -o /dev/null -H 'Content-Type: application/json' --data "$body" "$URL/graphql"; done
  for _ in $(seq 1 "$requests"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' --data "$body" "$URL/graphql"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.2f %.2f\n", t[int(NR * 0.5) + 1], t[int(NR * 0.9) + 1] }'
}
