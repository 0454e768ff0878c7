#!/usr/bin/env bash
# Bad input to `kg import` and the database commands: each is one clear
# error line, exit code 1, and the database is left unchanged.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf 'id:ID,name,v:INT\na,Ann,1\nb,Bob,2\n' > good.csv
"$KG" import --db db --nodes P=good.csv >/dev/null
"$KG" export --db db --format jsonl before.jsonl

# expect_error NAME PATTERN COMMAND...: exit code 1, one "error: ..." line
# on stderr matching PATTERN, and the database content unchanged.
expect_error() {
  local name=$1 pattern=$2
  shift 2
  set +e
  "$@" >out.txt 2>err.txt
  local rc=$?
  set -e
  if [ $rc -ne 1 ]; then echo "$name: exit code $rc, expected 1"; cat err.txt; exit 1; fi
  if ! grep -q "^error: .*$pattern" err.txt; then echo "$name: no error matching '$pattern':"; cat err.txt; exit 1; fi
  if [ "$(grep -c '^error: ' err.txt)" -ne 1 ]; then echo "$name: more than one error line"; cat err.txt; exit 1; fi
  "$KG" export --db db --format jsonl after.jsonl
  cmp -s before.jsonl after.jsonl || { echo "$name: the database changed"; exit 1; }
  rm -f after.jsonl
}

# Truncated CSV: a quoted field that never closes.
printf 'id:ID,name\nc,Cid\nd,"Dan' > truncated.csv
expect_error truncated 'InputError: truncated.csv:3: unterminated quoted field' \
  "$KG" import --db db --nodes P=truncated.csv
# A row with too many or too few fields.
printf 'id:ID,name\nc,Cid\nd,Dan,extra\n' > columns.csv
expect_error columns 'InputError: columns.csv:3: 3 fields where the header has 2' \
  "$KG" import --db db --nodes P=columns.csv
printf 'id:ID,name\nc,Cid\nd\n' > short.csv
expect_error short-row 'short.csv:3: 1 fields where the header has 2' "$KG" import --db db --nodes P=short.csv
# Unknown type name in the header (fatal even with --skip-bad-rows).
printf 'id:ID,born:DATETIME\nc,2020-01-01\n' > types.csv
expect_error unknown-type "types.csv:1: column 'born:DATETIME': unknown type 'DATETIME'" \
  "$KG" import --db db --skip-bad-rows --nodes P=types.csv
# A value that does not fit its type.
printf 'id:ID,v:INT\nc,12x\n' > value.csv
expect_error bad-value "value.csv:2: column 'v': '12x' is not an integer" "$KG" import --db db --nodes P=value.csv
# Invalid UTF-8.
printf 'id:ID,name\nc,Caf\xe9\n' > latin1.csv
expect_error utf8 'latin1.csv:2: invalid UTF-8' "$KG" import --db db --nodes P=latin1.csv
# A binary file.
head -c 4096 "$KG" > binary.csv
expect_error binary 'binary.csv:1: bad header' "$KG" import --db db --nodes P=binary.csv
# A relationship to an unknown node.
printf ':START_ID,:END_ID\na,zz\n' > rel.csv
printf 'id:ID\na\n' > one.csv
expect_error unknown-node "rel.csv:2: unknown end node id 'zz'" \
  "$KG" import --db db --nodes P=one.csv --relationships R=rel.csv
# A missing file.
expect_error missing-file 'nope.csv: cannot open' "$KG" import --db db --nodes P=nope.csv
# With --skip-bad-rows the good rows go in and the bad ones are reported.
printf 'id:ID,v:INT\nx1,1\nx2,oops\nx3,3\n' > mixed.csv
cp -a db db-skip
"$KG" import --db db-skip --skip-bad-rows --nodes P=mixed.csv >out.txt 2>err.txt
grep -q "warning: mixed.csv:3: column 'v': 'oops' is not an integer (row skipped)" err.txt
grep -q "imported 2 nodes" out.txt
grep -q '"nodes":4' <("$KG" stats --db db-skip --format json)

# refused PATTERN ARGS...: `kg ARGS` exits 1 with an error line matching PATTERN.
refused() {
  local pattern=$1
  shift
  set +e
  "$KG" "$@" >/dev/null 2>err.txt
  local rc=$?
  set -e
  [ $rc -eq 1 ] || { echo "'kg $*': exit code $rc"; cat err.txt; exit 1; }
  grep -q "^error: InputError: $pattern" err.txt || { echo "'kg $*':"; cat err.txt; exit 1; }
}

# A folder that is not a database: refused, and nothing in it changes.
mkdir notdb
echo "notes" > notdb/notes.txt
before=$(ls -la --time-style=full-iso notdb | md5sum)
refused "'notdb' is not a kg database" import --db notdb --nodes P=good.csv
refused "'notdb' is not a kg database" stats --db notdb
refused "'notdb' is not a kg database" export --db notdb --format jsonl x.jsonl
refused "'notdb' is not a kg database" backup --db notdb bk
refused "'notdb' is not a kg database" query --db notdb "RETURN 1"
[ "$(ls -la --time-style=full-iso notdb | md5sum)" = "$before" ] || { echo "the folder changed"; exit 1; }
# A missing database for commands that need one.
set +e
"$KG" stats --db missing >/dev/null 2>err.txt; rc=$?
set -e
[ $rc -eq 1 ] && grep -q "^error: InputError: no kg database at 'missing'" err.txt || { cat err.txt; exit 1; }
[ ! -e missing ] || { echo "stats created a folder"; exit 1; }

# A database of a newer format (made by the graph unit tests' fixture).
tests_bin="$(dirname "$KG")/tests/kg_graph_tests"
if [ -x "$tests_bin" ]; then
  KG_NEWER_FORMAT_DB="$work/newer" "$tests_bin" --no-skip -tc='fixture*' >/dev/null
  before=$(cd newer && find . -type f -exec md5sum {} + | sort | md5sum)
  # The fixture writes the format after this build's.
  n=$(sed -n 's/^kg database format //p' newer/KG_FORMAT)
  newer="'newer' holds a database of format $n, newer than this kg"
  refused "$newer" import --db newer --nodes P=good.csv
  refused "$newer" stats --db newer
  refused "$newer" query --db newer "RETURN 1"
  refused "$newer" query --db newer --read-only "RETURN 1"
  after=$(cd newer && find . -type f -exec md5sum {} + | sort | md5sum)
  [ "$before" = "$after" ] || { echo "the newer database changed"; exit 1; }
else
  echo "note: $tests_bin not built; newer-format case not run"
fi
echo "bad input ok"
