#!/usr/bin/env bash
# kg serve: health, queries, parameters, errors (400 with position), token
# (401), body limit (413), ingestion, read-only, and a clean stop on SIGTERM.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
tmp=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start() {  # start DB PORT [ARGS...]
  local db=$1 port=$2
  shift 2
  "$KG" serve --db "$db" --port "$port" --max-body 65536 "$@" 2>"$tmp/server.log" &
  server_pid=$!
  for _ in $(seq 100); do
    python3 - "$port" <<'PY' && return 0
import sys, urllib.request
try:
    urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/health", timeout=1)
except Exception:
    sys.exit(1)
PY
    sleep 0.1
  done
  echo "server did not start:"; cat "$tmp/server.log"; exit 1
}

stop() {
  kill -TERM "$server_pid"
  local rc=0
  wait "$server_pid" || rc=$?
  server_pid=""
  [ "$rc" -eq 0 ] || { echo "server exited with $rc on SIGTERM"; exit 1; }
}

port=$(free_port)
start "$tmp/db" "$port" --token sesame

python3 - "$port" <<'PY'
import json, sys, urllib.request, urllib.error
base = f"http://127.0.0.1:{sys.argv[1]}"
def call(path, body=None, token="sesame", raw=None):
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method="POST" if data is not None else "GET")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        text = e.read()
        try:
            return e.code, json.loads(text)
        except Exception:
            return e.code, text

def expect(cond, what):
    if not cond:
        print("FAIL:", what); sys.exit(1)

s, b = call("/health", token=None)
expect(s == 200, f"/health without token: {s}")
s, b = call("/query", {"query": "RETURN 1"}, token=None)
expect(s == 401, f"no token: {s}")
s, b = call("/query", {"query": "RETURN 1"}, token="wrong")
expect(s == 401, f"wrong token: {s}")

s, b = call("/query", {"query": "CREATE (:Probe {name: $n}) RETURN 1 AS one", "parameters": {"n": "Ada"}})
expect(s == 200 and b["columns"] == ["one"] and b["rows"] == [[1]], f"create: {s} {b}")
s, b = call("/query", {"query": "MATCH (p:Probe) RETURN p.name AS name, 1.0 AS f"})
expect(s == 200 and b["rows"] == [["Ada", 1.0]], f"match: {s} {b}")

s, b = call("/query", {"query": "MATCH (p:Person RETURN p"})
expect(s == 400 and b["error"]["kind"] == "SyntaxError" and b["error"]["line"] == 1, f"syntax error: {s} {b}")
s, b = call("/query", raw=b"{not json")
expect(s == 400 and b["error"]["kind"] == "InputError", f"bad json: {s} {b}")
s, b = call("/query", {"q": "RETURN 1"})
expect(s == 400, f"missing query field: {s} {b}")
s, b = call("/query", {"query": "RETURN $x"})
expect(s == 400 and b["error"]["kind"] == "ParameterMissing", f"missing parameter: {s} {b}")
s, b = call("/query", raw=b"{\"query\": \"" + b"x" * 70000 + b"\"}")
expect(s == 413, f"body over the limit: {s}")

s, b = call("/ingest", {"id": "t1", "lang": "en", "date": "2026-03-02",
                        "text": "Foreign minister Anna Berg said on Monday that the talks in Oslo were useful."})
expect(s == 200 and b["articles"] == 1 and b["added"] == 1, f"ingest: {s} {b}")
s, b = call("/ingest", {"id": "t1", "lang": "en", "date": "2026-03-02",
                        "text": "Foreign minister Anna Berg said on Monday that the talks in Oslo were useful."})
expect(s == 200 and b["skipped"] == 1, f"re-ingest: {s} {b}")
s, b = call("/ingest", {"id": "t2"})
expect(s == 400, f"article without text: {s} {b}")
s, b = call("/query", {"query": "MATCH (a:Article) RETURN count(a) AS n"})
expect(s == 200 and b["rows"] == [[1]], f"article count: {s} {b}")
print("http checks passed")
PY
stop

# Read-only: queries work, writes are refused with a 400.
port=$(free_port)
start "$tmp/db" "$port" --read-only
python3 - "$port" <<'PY'
import json, sys, urllib.request, urllib.error
base = f"http://127.0.0.1:{sys.argv[1]}"
def post(body):
    req = urllib.request.Request(base + "/query", data=json.dumps(body).encode(), method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())
s, b = post({"query": "MATCH (p:Probe) RETURN count(p) AS n"})
assert s == 200 and b["rows"] == [[1]], (s, b)
s, b = post({"query": "CREATE (:X)"})
assert s == 400, (s, b)
print("read-only checks passed")
PY
stop
