#!/usr/bin/env bash
# An updated article (same id, new content) replaces its facts; kg forget
# removes an article and what only it supports; unknown ids are errors.
source "$(dirname "$0")/ingest_common.inc"
IN="$WORK/in"
mkdir -p "$IN"
cat >"$IN/a.md" <<'MD'
---
title: Première version
date: 2026-03-02
---
Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi à Moscou que « rien n'est encore décidé ».
MD
cat >"$IN/b.md" <<'MD'
---
title: Un autre article
date: 2026-03-03
---
Dmitri Peskov a estimé mardi que les discussions de Genève « ne changent rien ».
MD
"$KG" ingest --db "$WORK/db" --format json "$IN" >"$WORK/1.json" 2>/dev/null || fail "first ingest failed"
expect_eq "added" "$(json_field "$WORK/1.json" added)" 2
"$KG" stats --db "$WORK/db" --format json >"$WORK/s1.json"

# New content under the same id.
sed -i 's/rien n.est encore décidé/tout reste ouvert/' "$IN/a.md"
"$KG" ingest --db "$WORK/db" --format json "$IN" >"$WORK/2.json" 2>/dev/null || fail "second ingest failed"
expect_eq "replaced" "$(json_field "$WORK/2.json" replaced)" 1
expect_eq "skipped" "$(json_field "$WORK/2.json" skipped)" 1
"$KG" stats --db "$WORK/db" --format json >"$WORK/s2.json"
python3 - "$WORK/s1.json" "$WORK/s2.json" <<'PY' || fail "replacing an article changed the number of articles"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert a["labels"]["Article"] == b["labels"]["Article"] == 2, (a["labels"], b["labels"])
PY

# Forget one article: one Article less, the other article's facts stay.
"$KG" forget --db "$WORK/db" a.md >"$WORK/forget.txt" || fail "forget failed"
grep -q "^forgot a.md" "$WORK/forget.txt" || fail "forget printed no summary"
"$KG" stats --db "$WORK/db" --format json >"$WORK/s3.json"
python3 - "$WORK/s3.json" <<'PY' || fail "forget left the wrong articles"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["labels"].get("Article") == 1, s["labels"]
PY
# Forget the last one: the database is empty again.
"$KG" forget --db "$WORK/db" --format json b.md >"$WORK/forget2.json" || fail "second forget failed"
"$KG" stats --db "$WORK/db" --format json >"$WORK/s4.json"
expect_eq "nodes after forgetting everything" "$(json_field "$WORK/s4.json" nodes)" 0
expect_eq "relationships after forgetting everything" "$(json_field "$WORK/s4.json" relationships)" 0

set +e
"$KG" forget --db "$WORK/db" no-such-article >/dev/null 2>"$WORK/err.txt"; c=$?
"$KG" forget --db "$WORK/missing-db" a.md >/dev/null 2>>"$WORK/err.txt"; c2=$?
"$KG" forget --db "$WORK/db" >/dev/null 2>>"$WORK/err.txt"; c3=$?
set -e
expect_eq "exit code for an unknown article" "$c" 1
grep -q "^error: EntityNotFound: .*no-such-article" "$WORK/err.txt" || { cat "$WORK/err.txt" >&2; fail "unknown id not reported"; }
expect_eq "exit code for a missing database" "$c2" 1
expect_eq "exit code without an id" "$c3" 2
echo "ok: replace and forget"
