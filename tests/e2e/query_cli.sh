#!/usr/bin/env bash
# `kg query` end to end: an empty existing folder is an empty database,
# every output format, parameters, -f FILE and stdin, several statements,
# EXPLAIN in JSON, and the exit codes and `error: KIND: message (line L,
# column C)` lines of bad queries and command-line misuse.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
WORK="$(mktemp -d /tmp/kg-e2e-query-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_eq() { [[ "$2" == "$3" ]] || fail "$1: expected [$3], got [$2]"; }

DB="$WORK/db"
mkdir -p "$DB"
"$KG" query --db "$DB" "CREATE (:Person {name: 'Ann', age: 30})-[:KNOWS]->(:Person {name: 'Bob, Jr.', age: 25})" >/dev/null

out=$("$KG" query --db "$DB" --format json "MATCH (p:Person) RETURN p.name, p.age ORDER BY p.age")
expect_eq "json" "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["columns"], d["rows"])' "$out")" \
  "['p.name', 'p.age'] [['Bob, Jr.', 25], ['Ann', 30]]"
out=$("$KG" query --db "$DB" --format jsonl "MATCH (p:Person) RETURN p.name AS n ORDER BY n")
expect_eq "jsonl" "$out" $'{"n": "Ann"}\n{"n": "Bob, Jr."}'
out=$("$KG" query --db "$DB" --format csv "MATCH (p:Person) RETURN p.name AS n ORDER BY n")
expect_eq "csv" "$out" $'n\r\nAnn\r\n"Bob, Jr."\r'
"$KG" query --db "$DB" "MATCH (p:Person) RETURN p.name" | grep -q "2 rows" || fail "table has no row count"

out=$("$KG" query --db "$DB" --format json --param name='"Ann"' --param n=1 "MATCH (p {name: \$name}) RETURN p.age + \$n AS a")
expect_eq "params" "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["rows"])' "$out")" "[[31]]"

echo "MATCH (p:Person) RETURN count(p) AS c" >"$WORK/q.cypher"
out=$("$KG" query --db "$DB" --format jsonl -f "$WORK/q.cypher")
expect_eq "-f FILE" "$out" '{"c": 2}'
out=$(echo "RETURN 7 AS x" | "$KG" query --db "$DB" --format jsonl)
expect_eq "stdin" "$out" '{"x": 7}'
out=$(echo "RETURN 8 AS x" | "$KG" query --db "$DB" --format jsonl -)
expect_eq "stdin with -" "$out" '{"x": 8}'
out=$("$KG" query --db "$DB" --format jsonl "CREATE (:T); CREATE (:T); MATCH (t:T) RETURN count(t) AS c")
expect_eq "several statements" "$out" '{"c": 2}'

out=$("$KG" query --db "$DB" --format json "EXPLAIN MATCH (p:Person {name: 'Ann'}) RETURN p")
python3 -c 'import json,sys; p=json.loads(sys.argv[1])["plan"]; assert "operator" in p and "children" in p, p' "$out" ||
  fail "EXPLAIN json has no plan tree"

set +e
"$KG" query --db "$DB" "MATCH (n) RETURN m" >/dev/null 2>"$WORK/err"; c=$?
set -e
expect_eq "undefined variable exit" "$c" 1
expect_eq "undefined variable line" "$(cat "$WORK/err")" \
  "error: SyntaxError: UndefinedVariable: variable 'm' is not defined (line 1, column 18)"
set +e
"$KG" query --db "$DB" $'MATCH (n)\nRETURN n +' >/dev/null 2>"$WORK/err"; c=$?
set -e
expect_eq "syntax error exit" "$c" 1
grep -q "^error: SyntaxError: expected an expression, found end of input (line 2, column 11)$" "$WORK/err" ||
  fail "bad syntax error line: $(cat "$WORK/err")"
set +e
"$KG" query --db "$DB" "RETURN 1 / 0" >/dev/null 2>"$WORK/err"; c=$?
set -e
expect_eq "runtime error exit" "$c" 1
grep -q "^error: ArgumentError: " "$WORK/err" || fail "division by zero: $(cat "$WORK/err")"
set +e
"$KG" query --db "$DB" --read-only "CREATE ()" >/dev/null 2>"$WORK/err"; c=$?
set -e
expect_eq "read-only update exit" "$c" 1
set +e
"$KG" query --db "$DB" --format xml "RETURN 1" >/dev/null 2>"$WORK/err"; c=$?
set -e
expect_eq "bad format exit" "$c" 2
set +e
"$KG" query "RETURN 1" >/dev/null 2>"$WORK/err"; c=$?
set -e
expect_eq "missing --db exit" "$c" 2
echo "query_cli: ok"
