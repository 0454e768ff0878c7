#!/usr/bin/env bash
# A format-1 database (storage_format1.tgz: samples/ ingested by the kg of
# format 1, with that kg's `kg export --format jsonl`) still works: a
# read-only open reads it as it is and changes no file (so does export); a writable open
# migrates it to the current format (docs/storage.md; through format 2) with the same graph; forgetting
# reads its per-entry support records, so forgetting every article, one
# re-ingested meanwhile with the current records, leaves an empty graph.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
: "${KG_SOURCE_DIR:?KG_SOURCE_DIR must name the source tree}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
tar xzf "$KG_SOURCE_DIR/tests/e2e/storage_format1.tgz"
db=format1/db
grep -qx "kg database format 1" "$db/KG_FORMAT" || { echo "the fixture is not of format 1"; exit 1; }

# Read-only: the same graph, no file touched.
before=$(cd "$db" && find . -type f -exec md5sum {} + | sort | md5sum)
"$KG" query --db "$db" --read-only --format csv "MATCH (n) RETURN count(n) AS n" | tr -d '\r' > ro.csv
"$KG" export --db "$db" --format jsonl read-only.jsonl
cmp read-only.jsonl format1/export.jsonl || { echo "format 1 read as it is differs from its export"; exit 1; }
grep -qx 95 ro.csv || { echo "read-only count:"; cat ro.csv; exit 1; }
after=$(cd "$db" && find . -type f -exec md5sum {} + | sort | md5sum)
[ "$before" = "$after" ] || { echo "a read-only open changed the format-1 database"; exit 1; }

# Writable (a query opens the database for writing; export reads): migrated,
# the same export as the format-1 kg's.
"$KG" query --db "$db" "RETURN 1" >/dev/null
"$KG" export --db "$db" --format jsonl migrated.jsonl
grep -qx "kg database format 3" "$db/KG_FORMAT" || { echo "not migrated:"; cat "$db/KG_FORMAT"; exit 1; }
cmp migrated.jsonl format1/export.jsonl || { echo "the migrated graph differs from the format-1 export"; exit 1; }
# A second writable open finds format 3 and changes nothing of the graph.
"$KG" query --db "$db" "RETURN 1" >/dev/null
"$KG" export --db "$db" --format jsonl again.jsonl
cmp again.jsonl format1/export.jsonl

# Forget: format-1 support entries are read.
"$KG" query --db "$db" --format csv "MATCH (a:Article) RETURN a.id AS id ORDER BY id" | tail -n +2 | tr -d '"\r' > ids.txt
[ "$(wc -l < ids.txt)" -eq 8 ] || { echo "articles:"; cat ids.txt; exit 1; }
first=$(head -1 ids.txt)
"$KG" forget --db "$db" "$first" >/dev/null
# Re-ingested: its support is now a format-2 record.
"$KG" ingest --db "$db" "$KG_SOURCE_DIR/samples/$first" >/dev/null
while read -r id; do "$KG" forget --db "$db" "$id" >/dev/null; done < ids.txt
"$KG" query --db "$db" --format csv "MATCH (n) RETURN count(n) AS n" | tr -d '\r' > left.csv
grep -qx 0 left.csv || { echo "nodes left after forgetting every article:"; cat left.csv; exit 1; }
echo "format 1 ok"
