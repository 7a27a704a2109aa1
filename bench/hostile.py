#!/usr/bin/env python3
"""Issue 9's reproducers against a running API, and a cheap query's latency alone and while they run, side by side.

    python3 bench/hostile.py http://127.0.0.1:5000/graphql [seconds]

Each reproducer is sent once and timed; then a cheap query ({ __typename }) is timed for `seconds` alone, and again
for `seconds` while three threads send the reproducers in a loop. Only loopback addresses are accepted.
"""
import json, statistics, sys, threading, time, urllib.error, urllib.request
from urllib.parse import urlparse

URL = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000/graphql"
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 10
if urlparse(URL).hostname not in ("127.0.0.1", "localhost", "::1"):
    sys.exit("bench/hostile.py only targets loopback")

def fanout(depth, typename=False):
    if typename:
        q = "{ ...L0 } " + "".join(f"fragment L{i} on Query {{ a: __typename ...L{i+1} b: __typename ...L{i+1} }} " for i in range(depth))
        return q + f"fragment L{depth} on Query {{ __typename }}"
    q = "{ entries(first: 1) { nodes { ...L0 } } } " + "".join(f"fragment L{i} on Entry {{ a: id ...L{i+1} b: title ...L{i+1} }} " for i in range(depth))
    return q + f"fragment L{depth} on Entry {{ id }}"

def chain(n):
    q = "{ entries(first: 1) { nodes { ...F0 } } } " + "".join(f"fragment F{i} on Entry {{ id ...F{i+1} }} " for i in range(n))
    return q + f"fragment F{n} on Entry {{ id }}"

CASES = {
    "fragment fan-out, depth 30": json.dumps({"query": fanout(30)}).encode(),
    "fan-out on __typename, depth 30": json.dumps({"query": fanout(30, True)}).encode(),
    "syntax error after 200,000 spaces": ('{"query": "{ __typename' + " " * 200000 + '! }"}').encode(),
    "20,000 @skip(if: false)": json.dumps({"query": "{ __typename" + " @skip(if: false)" * 20000 + " }"}).encode(),
    "chain of 2,000 fragments": json.dumps({"query": chain(2000)}).encode(),
    "lone surrogate in the JSON": b'{"query": "{ __typename }", "variables": {"x": "\\ud800"}}',
    "JSON nested 300 deep": ('{"query": "{ __typename }", "variables": {"x": ' + "[" * 300 + "]" * 300 + "}}").encode(),
    "GraphQL and: nested 300 deep": json.dumps({"query": "{ entries(where: " + "{ and: " * 300 + "{}" + " }" * 300 + ") { totalCount } }"}).encode(),
    "two query keys": b'{"query": "{ __typename }", "query": "{ entries { totalCount } }"}',
}
CHEAP = json.dumps({"query": "{ __typename }"}).encode()

def post(body, timeout=60):
    request = urllib.request.Request(URL, data=body, headers={"Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    elapsed = time.perf_counter() - start
    try:
        code = (json.loads(text).get("errors") or [{}])[0].get("extensions", {}).get("code", "")
    except (ValueError, AttributeError):
        code = "(not JSON)"
    return status, code, elapsed

def cheap_latencies(seconds):
    times, end = [], time.perf_counter() + seconds
    while time.perf_counter() < end:
        times.append(post(CHEAP)[2] * 1000)
    times.sort()
    return len(times), statistics.median(times), times[int(len(times) * 0.9)], times[-1]

print(f"{'reproducer':<36} {'status':>6} {'code':<30} {'seconds':>8}")
for name, body in CASES.items():
    status, code, elapsed = post(body)
    print(f"{name:<36} {status:>6} {code:<30} {elapsed:>8.3f}")

alone = cheap_latencies(SECONDS)
stop = threading.Event()
def hammer():
    while not stop.is_set():
        for body in CASES.values():
            if stop.is_set():
                break
            post(body)
threads = [threading.Thread(target=hammer, daemon=True) for _ in range(3)]
for t in threads:
    t.start()
under = cheap_latencies(SECONDS)
stop.set()
for t in threads:
    t.join(timeout=30)

print()
print(f"{'{ __typename }':<36} {'requests':>9} {'p50 ms':>8} {'p90 ms':>8} {'max ms':>8}")
print(f"{'alone':<36} {alone[0]:>9} {alone[1]:>8.2f} {alone[2]:>8.2f} {alone[3]:>8.2f}")
print(f"{'while 3 threads send reproducers':<36} {under[0]:>9} {under[1]:>8.2f} {under[2]:>8.2f} {under[3]:>8.2f}")
