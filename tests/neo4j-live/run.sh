#!/usr/bin/env bash
# Runs the tests against a real Neo4j: starts the compose file's Neo4j as a separate, throwaway compose project (its own
# container, volume and ports, so a Neo4j you use for development is never touched), waits for its healthcheck, runs
# the README's test command with NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD set (the store contract suite's Neo4j leg and
# every test that reads NEO4J_URI then run instead of skipping; an unreachable server fails them), prints the totals
# and removes the container and its volume.
#
#   tests/neo4j-live/run.sh              # all tests
#   tests/neo4j-live/run.sh --filter X   # extra arguments go to dotnet test
#
# Needs Docker with the compose plugin. NEO4J_TEST_HTTP_PORT (default 17474) and NEO4J_TEST_BOLT_PORT (17687) choose the
# loopback ports; KEEP_NEO4J=1 leaves the container running afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v docker >/dev/null || { echo "docker is not installed: this script needs a Docker engine with compose" >&2; exit 2; }
docker info >/dev/null 2>&1 || { echo "no Docker engine answers (docker info failed)" >&2; exit 2; }

project=aseancyber-tests
http_port=${NEO4J_TEST_HTTP_PORT:-17474}
bolt_port=${NEO4J_TEST_BOLT_PORT:-17687}
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
compose=(docker compose -p "$project")

cleanup() {
  if [ "${KEEP_NEO4J:-0}" = 1 ]; then
    echo "Neo4j left running: http://127.0.0.1:${http_port} (user neo4j, password ${password}); remove with: ${compose[*]} down -v"
  else
    NEO4J_PASSWORD="$password" NEO4J_HTTP_PORT="$http_port" NEO4J_BOLT_PORT="$bolt_port" "${compose[@]}" down -v >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

echo "Starting Neo4j (compose project ${project}) on 127.0.0.1:${http_port} and waiting for its healthcheck..."
NEO4J_PASSWORD="$password" NEO4J_HTTP_PORT="$http_port" NEO4J_BOLT_PORT="$bolt_port" \
  "${compose[@]}" up -d --wait --wait-timeout 180 neo4j

rm -rf tests/*/bin/TestResults
set +e
NEO4J_URI="http://127.0.0.1:${http_port}" NEO4J_USER=neo4j NEO4J_PASSWORD="$password" NEO4J_DATABASE=neo4j \
  dotnet test AseanCyber.sln "$@"
status=$?
set -e

echo "Against Neo4j $( "${compose[@]}" exec -T neo4j neo4j --version 2>/dev/null || echo '(version unknown)'):"
bash tests/test-totals.sh
exit "$status"
