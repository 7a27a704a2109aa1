#!/usr/bin/env bash
# A new user's first visit to /explore: start the app as the README's `dotnet run` does (Debug build, bundled seed, an
# empty data directory), wait until it answers, then send the two GraphQL requests the explorer sends to draw the network
# (js/api.js: NetworkQuery, then one aliased cooperation(of:) per actor) and the page with its largest script, and time
# each; then the same again, warm. Usage: bench/first-visit.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-5196}"
URL="http://127.0.0.1:${PORT}"
OUT="bench/out"
mkdir -p "$OUT"

dotnet build src/AseanCyber.Api --nologo -v quiet >/dev/null
DATA_DIR="$(mktemp -d)"
start=$(date +%s.%N)
(cd src/AseanCyber.Api && ASPNETCORE_URLS="$URL" Graph__DataDirectory="$DATA_DIR" exec dotnet bin/Debug/net10.0/AseanCyber.Api.dll) >"$OUT/first-visit-app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT
until curl -fs -o /dev/null "$URL/health/live"; do sleep 0.05; done
bound=$(date +%s.%N)

python3 - "$URL" "$start" "$bound" <<'PY'
import json, re, sys, time, urllib.request
url, start, bound = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
api = open("src/AseanCyber.Api/Explore/wwwroot/js/api.js", encoding="utf-8").read()

def template(name):  # a `...` constant of api.js, with its ${Fragment} references filled in
    body = re.search(r"(?:export )?const " + name + r" = `(.*?)`;", api, re.S).group(1)
    return re.sub(r"\$\{(\w+)\}", lambda m: template(m.group(1)), body)

def get(path):
    t = time.time(); urllib.request.urlopen(url + path).read(); return (time.time() - t) * 1000

def post(query, variables):
    t = time.time()
    request = urllib.request.Request(url + "/graphql", json.dumps({"query": query, "variables": variables}).encode(), {"Content-Type": "application/json"})
    answer = json.load(urllib.request.urlopen(request))
    if answer.get("errors"):
        sys.exit(f"errors: {answer['errors']}")
    return (time.time() - t) * 1000, answer["data"]

def visit():
    page = get("/explore/") + get("/explore/vendor/cytoscape.esm.min.mjs")
    network_ms, data = post(template("NetworkQuery"), {"where": None})
    ids = [n["value"] for k in ("profiles", "countries", "bodies", "organizations") for n in data["actors"][k]]
    fields = " ".join(f"a{i}: cooperation(of: $id{i}, where: $where, first: 100) {{ partner {{ id }} count strength firstYear lastYear }}" for i in range(len(ids)))
    params = ", ".join(f"$id{i}: ID!" for i in range(len(ids)))
    links_ms, _ = post(f"query ExplorerLinks($where: EntryFilterInput, {params}) {{ {fields} }}", dict({"where": None}, **{f"id{i}": x for i, x in enumerate(ids)}))
    return page, network_ms, links_ms, len(ids)

print(f"process start to first answer: {bound - start:.2f} s")
for name in ("first visit", "second visit"):
    page, network, links, actors = visit()
    print(f"{name}: page + cytoscape {page:.0f} ms, network query {network:.0f} ms ({actors} actors), links query {links:.0f} ms; total {page + network + links:.0f} ms")
PY
