#!/usr/bin/env bash
# End-to-end: `kg shell` reading statements from a pipe (no terminal): multi-line
# statements, several per line, ';' inside strings and comments, :param/:params,
# :timing, :quit, errors that do not stop the session, and exit codes.
set -u
KG=${KG:?KG must name the kg binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if ! "$@"; then
    echo "FAIL: $what" >&2
    fails=$((fails + 1))
  fi
}
has() { grep -qF -- "$1" "$2"; }

db="$tmp/db"

# 1. A session: create, query over several lines, parameters, timing, quit.
cat >"$tmp/in1" <<'EOF'
CREATE (:Person {name: 'Ana; the first'}), (:Person {name: 'Bo'});
MATCH (p:Person)
// a comment; with a semicolon
WHERE p.name STARTS WITH 'Ana' /* and ; another */
RETURN p.name AS name;
:param who "Bo"
:params
MATCH (p:Person) WHERE p.name = $who RETURN count(*) AS bo; RETURN 40 + 2 AS answer;
:timing
RETURN 'timed' AS t;
:quit
RETURN 'after quit' AS never;
EOF
"$KG" shell --db "$db" <"$tmp/in1" >"$tmp/out1" 2>"$tmp/err1"
rc=$?
check "session exits 0 (rc=$rc, stderr: $(head -c 300 "$tmp/err1"))" test "$rc" -eq 0
check "no error output" test ! -s "$tmp/err1"
check "multi-line statement with ';' in strings and comments" has "Ana; the first" "$tmp/out1"
check "parameter listed by :params" has '$who = "Bo"' "$tmp/out1"
check "parameter used" grep -qE '^\| +1 \|$' "$tmp/out1"
check "two statements on one line" grep -qE '^\| +42 \|$' "$tmp/out1"
check "row count line" has "1 row" "$tmp/out1"
check ":timing toggles on" has "Timing is on." "$tmp/out1"
check "timing printed" grep -qE '^\([0-9]+\.[0-9] ms\)$' "$tmp/out1"
check "nothing runs after :quit" bash -c "! grep -qF 'after quit' '$tmp/out1'"
check "no prompt without a terminal" bash -c "! grep -qF 'kg>' '$tmp/out1'"

# 2. Errors are reported and the session goes on; exit code 1 at the end.
printf 'RETURN nosuchfunction(1);\nRETURN 1 +;\n:nosuchcommand\n:param bad {oops\n:param a [1]\n:params clear\n:params\nRETURN "still running" AS s;\n' |
  "$KG" shell --db "$db" >"$tmp/out2" 2>"$tmp/err2"
rc=$?
check "failed statements give exit code 1 (rc=$rc)" test "$rc" -eq 1
check "error lines have the kind" grep -qE '^error: [A-Za-z]+Error: ' "$tmp/err2"
check "syntax error reported" has "error: SyntaxError" "$tmp/err2"
check "unknown command reported" has ":nosuchcommand" "$tmp/err2"
check "bad parameter JSON reported with its byte" has "byte" "$tmp/err2"
check "later statements still run" has "still running" "$tmp/out2"
check ":params clear removes every parameter" has "No parameters." "$tmp/out2"

# 3. A last statement without ';' runs at end of input; data persisted.
printf 'MATCH (p:Person) RETURN count(p) AS people' | "$KG" shell --db "$db" >"$tmp/out3" 2>"$tmp/err3"
check "statement without ';' at end of input" grep -qE '^\| +2 +\|$' "$tmp/out3"

# 4. --read-only refuses writes but reads.
printf 'CREATE (:X);\nMATCH (n) RETURN count(n) AS n;\n' | "$KG" shell --db "$db" --read-only >"$tmp/out4" 2>"$tmp/err4"
rc=$?
check "read-only write fails (rc=$rc)" test "$rc" -eq 1
check "read-only still reads" grep -qE '^\| +2 \|$' "$tmp/out4"

# 5. Command-line misuse and a missing database.
"$KG" shell >/dev/null 2>"$tmp/err5"
check "missing --db is a usage error (exit 2)" test $? -eq 2
"$KG" shell --db "$tmp/none" --read-only </dev/null >/dev/null 2>"$tmp/err6"
check "read-only on a missing database fails (exit 1)" test $? -eq 1
check "missing database error line" grep -qE '^error: ' "$tmp/err6"

if [ "$fails" -ne 0 ]; then
  echo "$fails check(s) failed; outputs in $tmp" >&2
  trap - EXIT
  exit 1
fi
echo "shell_basic: all checks passed"
