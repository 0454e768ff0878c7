#!/usr/bin/env bash
# Ingesting the sample corpus stores every article; ingesting it again adds
# nothing; the counts survive reopening the database; --jobs does not change
# the result.
source "$(dirname "$0")/ingest_common.inc"
SAMPLES="$KG_SOURCE_DIR/samples"
n_expected=$(python3 - "$SAMPLES" <<'PY'
import os, sys
n = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        p = os.path.join(root, f)
        if f.endswith(".jsonl"):
            n += sum(1 for line in open(p, encoding="utf-8") if line.strip())
        elif f.endswith((".txt", ".md", ".html", ".htm", ".json")):
            n += 1
print(n)
PY
)

"$KG" ingest --db "$WORK/db" --jobs 2 --format json "$SAMPLES" >"$WORK/first.json" 2>"$WORK/first.err" \
  || { cat "$WORK/first.err" >&2; fail "first ingest exited $?"; }
expect_eq "articles" "$(json_field "$WORK/first.json" articles)" "$n_expected"
expect_eq "added" "$(json_field "$WORK/first.json" added)" "$n_expected"
expect_eq "failed" "$(json_field "$WORK/first.json" failed)" 0
[ "$(json_field "$WORK/first.json" nodes_added)" -gt "$n_expected" ] || fail "no facts were stored"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert set(d)=={"articles","added","replaced","skipped","failed","nodes_added","edges_added","seconds"}, d' \
  "$WORK/first.json" || fail "summary keys differ from interfaces.md"

"$KG" stats --db "$WORK/db" --format json >"$WORK/stats1.json"
expect_eq "Article nodes" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["labels"]["Article"])' "$WORK/stats1.json")" "$n_expected"

# Again: everything skipped, nothing added, same counts after reopening.
"$KG" ingest --db "$WORK/db" --format json "$SAMPLES" >"$WORK/second.json" 2>"$WORK/second.err" \
  || { cat "$WORK/second.err" >&2; fail "second ingest failed"; }
expect_eq "skipped" "$(json_field "$WORK/second.json" skipped)" "$n_expected"
expect_eq "added (again)" "$(json_field "$WORK/second.json" added)" 0
expect_eq "nodes_added (again)" "$(json_field "$WORK/second.json" nodes_added)" 0
expect_eq "edges_added (again)" "$(json_field "$WORK/second.json" edges_added)" 0
"$KG" stats --db "$WORK/db" --format json >"$WORK/stats2.json"
python3 - "$WORK/stats1.json" "$WORK/stats2.json" <<'PY' || fail "stats changed after re-ingesting"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for k in ("nodes", "relationships", "labels", "types"):
    assert a[k] == b[k], (k, a[k], b[k])
PY

# The same corpus with one extraction thread gives the same graph.
"$KG" ingest --db "$WORK/db1" --jobs 1 --format json "$SAMPLES" >/dev/null 2>&1 || fail "--jobs 1 ingest failed"
"$KG" stats --db "$WORK/db1" --format json >"$WORK/stats3.json"
python3 - "$WORK/stats1.json" "$WORK/stats3.json" <<'PY' || fail "--jobs 1 and --jobs 2 give different graphs"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for k in ("nodes", "relationships", "labels", "types"):
    assert a[k] == b[k], (k, a[k], b[k])
PY
echo "ok: $n_expected articles, re-ingest added nothing"
