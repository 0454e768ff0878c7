#!/usr/bin/env bash
# A format-2 database (storage_format2.tgz: samples/ ingested by the kg of
# format 2, with that kg's `kg export --format jsonl`; relationship
# properties under their own keys) still works: a read-only open reads it as
# it is and changes no file; a writable open migrates it to format 3
# (docs/storage.md: the properties move into the edge records) with the same
# graph; setting and forgetting then work on the migrated records.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
: "${KG_SOURCE_DIR:?KG_SOURCE_DIR must name the source tree}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
tar xzf "$KG_SOURCE_DIR/tests/e2e/storage_format2.tgz"
db=format2/db
grep -qx "kg database format 2" "$db/KG_FORMAT" || { echo "the fixture is not of format 2"; exit 1; }

# Read-only: the same graph, no file touched.
before=$(cd "$db" && find . -type f -exec md5sum {} + | sort | md5sum)
"$KG" query --db "$db" --read-only --format csv "MATCH ()-[r]->() WHERE size(keys(r)) > 0 RETURN count(r) AS n" \
  | tr -d '\r' > ro.csv
"$KG" export --db "$db" --format jsonl read-only.jsonl
cmp read-only.jsonl format2/export.jsonl || { echo "format 2 read as it is differs from its export"; exit 1; }
grep -qx 295 ro.csv || { echo "relationships with properties, read-only:"; cat ro.csv; exit 1; }
after=$(cd "$db" && find . -type f -exec md5sum {} + | sort | md5sum)
[ "$before" = "$after" ] || { echo "a read-only open changed the format-2 database"; exit 1; }

# Writable: migrated, the same export as the format-2 kg's.
"$KG" query --db "$db" "RETURN 1" >/dev/null
grep -qx "kg database format 3" "$db/KG_FORMAT" || { echo "not migrated:"; cat "$db/KG_FORMAT"; exit 1; }
"$KG" export --db "$db" --format jsonl migrated.jsonl
cmp migrated.jsonl format2/export.jsonl || { echo "the migrated graph differs from the format-2 export"; exit 1; }
"$KG" query --db "$db" "RETURN 1" >/dev/null
"$KG" export --db "$db" --format jsonl again.jsonl
cmp again.jsonl format2/export.jsonl

# A relationship property set after the migration is read back.
"$KG" query --db "$db" "MATCH ()-[r:MENTIONS]->() WITH r ORDER BY id(r) LIMIT 1 SET r.checked = 42" >/dev/null
"$KG" query --db "$db" --format csv "MATCH ()-[r:MENTIONS]->() WHERE r.checked = 42 RETURN count(r) AS n, min(r.count) >= 1 AS kept" \
  | tr -d '\r' > set.csv
grep -qx "1,true" set.csv || { echo "after SET:"; cat set.csv; exit 1; }

# Forget every article: nothing left.
"$KG" query --db "$db" --format csv "MATCH (a:Article) RETURN a.id AS id ORDER BY id" | tail -n +2 | tr -d '"\r' > ids.txt
[ "$(wc -l < ids.txt)" -ge 7 ] || { echo "articles:"; cat ids.txt; exit 1; }
while read -r id; do "$KG" forget --db "$db" "$id" >/dev/null; done < ids.txt
"$KG" query --db "$db" --format csv "MATCH (n) RETURN count(n) AS n" | tr -d '\r' > left.csv
grep -qx 0 left.csv || { echo "nodes left after forgetting every article:"; cat left.csv; exit 1; }
echo "format 2 ok"
