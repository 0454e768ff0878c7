#!/usr/bin/env bash
# One writer at a time, readers beside it: while a `kg shell` holds the
# database, a second writer gets a clear IOError, and --read-only queries,
# stats, export and an online backup work and see the committed data.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
work=$(mktemp -d)
holder=""
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

printf 'id:ID,name\n1,Ann\n2,Bob\n' > p.csv
printf ':START_ID,:END_ID\n1,2\n' > k.csv
"$KG" import --db db --nodes Person=p.csv --relationships KNOWS=k.csv >/dev/null

# The holder: a shell whose input stays open for a while.
mkfifo input
"$KG" shell --db db < input > shell.out 2>&1 &
holder=$!
exec 3>input
# Wait until the holder has the database (slow under sanitizers): it answers
# a statement only once it has opened it.
echo "RETURN 'holding' AS state;" >&3
for _ in $(seq 1 600); do
  grep -q holding shell.out && break
  sleep 0.1
done
grep -q holding shell.out || { echo "the shell never took the database"; cat shell.out; exit 1; }

set +e
"$KG" import --db db --nodes Person=p.csv >/dev/null 2>err.txt; rc=$?
set -e
[ $rc -eq 1 ] || { echo "second writer: exit code $rc"; cat err.txt; exit 1; }
grep -q "^error: IOError: opening 'db': database is locked by another process" err.txt || { cat err.txt; exit 1; }

"$KG" query --db db --read-only --format csv "MATCH (a:Person)-[:KNOWS]->(b) RETURN a.name, b.name" > q.csv
grep -q "Ann,Bob" q.csv || { cat q.csv; exit 1; }
"$KG" stats --db db --format json | grep -q '"nodes":2' || exit 1
"$KG" export --db db --format jsonl all.jsonl
[ "$(wc -l < all.jsonl)" -eq 3 ] || exit 1
"$KG" backup --db db copy >/dev/null
[ ! -e copy.partial ] || { echo "partial backup left"; exit 1; }

exec 3>&-   # the shell ends
wait "$holder" || true
holder=""
# The backup opens as a database of its own, writable.
"$KG" stats --db copy --format json | grep -q '"relationships":1' || exit 1
"$KG" import --db copy --nodes Person=p.csv >/dev/null
"$KG" stats --db copy --format json | grep -q '"nodes":4' || exit 1
echo "online ok"
