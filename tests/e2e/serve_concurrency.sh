#!/usr/bin/env bash
# kg serve under concurrent load: reader threads POST /query while one
# client runs updating statements (some failing half-way) and another
# ingests the sample articles through POST /ingest, all against one graph.
# Every reader query checks an invariant the writes keep in each committed
# state (sum(v) = 10 * count(:A); triangles and pairs whole; :Meta's count of
# :Hot), so a reader seeing half a transaction fails; the server must answer
# every request and stop cleanly. KG_SERVE_SECONDS sets the load's length
# (default 3). Run against a ThreadSanitizer build (-DKG_TSAN=ON), a data race
# makes the server exit with an error, which fails the test.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
: "${KG_SOURCE_DIR:?KG_SOURCE_DIR must name the source tree}"
tmp=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$KG" serve --db "$tmp/db" --port "$port" 2>"$tmp/server.log" &
server_pid=$!

python3 - "$port" "$KG_SOURCE_DIR/samples" "${KG_SERVE_SECONDS:-3}" <<'PY'
import json, os, random, sys, threading, time, urllib.error, urllib.request

base = f"http://127.0.0.1:{sys.argv[1]}"
samples, seconds = sys.argv[2], float(sys.argv[3])

def call(path, body=None, timeout=120):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method="POST" if data is not None else "GET")
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except OSError as e:  # no answer: the server died or hung
        return 0, str(e)

for _ in range(300):  # the server is up when /health answers
    if call("/health", timeout=1)[0] == 200:
        break
    time.sleep(0.1)
else:
    print("FAIL: the server did not start"); sys.exit(1)

failures = []
lock = threading.Lock()
def fail(what):
    with lock:
        failures.append(what)

def q(text, params=None):
    s, b = call("/query", {"query": text, "parameters": params or {}})
    return s, b

setup = [
    "UNWIND range(0, 99) AS i CREATE (:A {v: 10, name: 'a' + toString(i % 20), grp: i % 7})",
    "MATCH (a:A) WHERE a.grp = 0 SET a:Hot",
    "MATCH (h:Hot) WITH count(h) AS c CREATE (:Meta {hot: c})",
    "UNWIND range(0, 19) AS t CREATE (a:V {tri: t})-[:K]->(b:V {tri: t})-[:K]->(c:V {tri: t})-[:K]->(a)",
    "UNWIND range(0, 19) AS k CREATE (:P {pair: k, side: 0})-[:LINK]->(:P {pair: k, side: 1})",
]
for text in setup:
    s, b = q(text)
    if s != 200:
        print("FAIL: setup:", text, s, b); sys.exit(1)

# Each returns one row holding true in every committed state.
checks = [
    "MATCH (a:A) RETURN sum(a.v) = 10 * count(a)",
    "MATCH (h:Hot) WITH count(h) AS c MATCH (m:Meta) RETURN c = m.hot",
    "MATCH (a:V) WITH count(a) AS n MATCH (x:V)-[:K]->(y)-[:K]->(z)-[:K]->(x) WITH n, count(*) AS c RETURN c = n",
    "MATCH (a:V) WITH count(a) AS n MATCH (x:V)-[:K*3]->(x) WITH n, count(*) AS c RETURN c = n",
    "MATCH (p:P) WITH count(p) AS n MATCH (:P {side: 0})-[:LINK]->(:P {side: 1}) WITH n, count(*) AS c RETURN 2 * c = n",
    "MATCH (a:A) WHERE a:Hot WITH count(*) AS c MATCH (m:Meta) RETURN c = m.hot",
]
writes = [
    ("CREATE (a:V {tri: $t})-[:K]->(b:V {tri: $t})-[:K]->(c:V {tri: $t})-[:K]->(a)", True),
    ("MATCH (a:V) WITH count(a) AS n MATCH (b:V {tri: $old}) WHERE n > 30 DETACH DELETE b", True),
    ("CREATE (:P {pair: $t, side: 0})-[:LINK]->(:P {pair: $t, side: 1})", True),
    ("MATCH (a:A) WITH a ORDER BY a.v DESC LIMIT 1 MATCH (b:A) WHERE b <> a "
     "WITH a, b ORDER BY b.v LIMIT 1 SET a.v = a.v - 1, b.v = b.v + 1", True),
    ("CREATE (:A {v: 10, name: 'new', grp: $g})", True),
    ("MATCH (a:A) WHERE a.grp = $g SET a.grp = $h", True),
    ("MATCH (a:A) WHERE a.grp = $g AND NOT a:Hot WITH a LIMIT 2 SET a:Hot "
     "WITH count(a) AS c MATCH (m:Meta) SET m.hot = m.hot + c", True),
    ("CREATE (:P {pair: $t, side: 0}) WITH 1 AS one RETURN one / $zero", False),
    ("MATCH (a:A) WITH a LIMIT 1 SET a.v = a.v + 5, a:Hot WITH a RETURN a.v / $zero", False),
]

stop = threading.Event()
counts = {"reads": 0, "writes": 0, "ingested": 0}

def reader(seed):
    rng = random.Random(seed)
    n = 0
    while not stop.is_set():
        text = rng.choice(checks)
        s, b = q(text)
        n += 1
        if s != 200 or b["rows"] != [[True]]:
            fail(f"{text}: {s} {b}")
    with lock:
        counts["reads"] += n

def writer():
    rng = random.Random(7)
    t = 1000
    while not stop.is_set():
        text, ok = rng.choice(writes)
        t += 1
        s, b = q(text, {"t": t, "old": rng.randrange(t), "g": rng.randrange(7), "h": rng.randrange(7), "zero": 0})
        if ok and s != 200:
            fail(f"{text}: {s} {b}")
        if not ok and s == 200:
            fail(f"{text}: succeeded, expected a division by zero")
        with lock:
            counts["writes"] += 1

files = sorted(f for f in os.listdir(samples) if f.endswith((".txt", ".md")))
outcomes = {"added": 0, "skipped": 0, "replaced": 0}

def ingester(order):
    # Two of these post the same plain-text and Markdown samples at once, in
    # opposite orders: each article is added once and skipped once.
    for f in (files if order == 0 else files[::-1]):
        lang = "fr" if ".fr." in f else "en"
        with open(os.path.join(samples, f), encoding="utf-8") as fh:
            text = fh.read()
        s, b = call("/ingest", {"id": f, "text": text, "lang": lang, "date": "2026-03-02"})
        if s != 200:
            fail(f"ingest {f}: {s} {b}")
            continue
        with lock:
            counts["ingested"] += 1
            for k in outcomes:
                outcomes[k] += b.get(k, 0)

threads = [threading.Thread(target=reader, args=(i,)) for i in range(6)]
threads += [threading.Thread(target=writer)]
threads += [threading.Thread(target=ingester, args=(i,)) for i in range(2)]
start = time.time()
for th in threads:
    th.start()
time.sleep(seconds)
stop.set()
for th in threads:
    th.join()
elapsed = time.time() - start

if outcomes != {"added": len(files), "skipped": len(files), "replaced": 0}:
    fail(f"two concurrent posts of each of {len(files)} articles: {outcomes}")
s, b = q("MATCH (a:Article) RETURN count(a), count(DISTINCT a.id)")
if s != 200 or b["rows"] != [[len(files), len(files)]]:
    fail(f"{len(files)} articles posted, Article nodes: {s} {b}")
s, b = q("MATCH (s:Statement) RETURN count(s) > 0")
if s != 200 or b["rows"] != [[True]]:
    fail(f"the ingested articles left no statement: {s} {b}")
for text in checks:
    s, b = q(text)
    if s != 200 or b["rows"] != [[True]]:
        fail(f"after the load: {text}: {s} {b}")
for f in failures[:10]:
    print("FAIL:", f)
print(f"serve under load: {counts['reads']} reader queries ({counts['reads'] / elapsed:.0f}/s), "
      f"{counts['writes']} writes, {counts['ingested']} article posts in {elapsed:.1f} s")
sys.exit(1 if failures else 0)
PY

kill -TERM "$server_pid"
rc=0
wait "$server_pid" || rc=$?
server_pid=""
if [ "$rc" -ne 0 ]; then
  echo "server exited with $rc on SIGTERM:"
  tail -50 "$tmp/server.log"
  exit 1
fi
if grep -q 'ThreadSanitizer' "$tmp/server.log"; then
  echo "ThreadSanitizer reports:"
  cat "$tmp/server.log"
  exit 1
fi
echo "ok"
