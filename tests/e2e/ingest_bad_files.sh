#!/usr/bin/env bash
# Bad files (empty, binary, invalid UTF-8, malformed JSON, a missing path) are
# reported with their path and reason, skipped, and never stop the run; the
# exit code is then 1. An article in another language is stored without facts
# and with a warning. Misuse of the command line exits 2.
source "$(dirname "$0")/ingest_common.inc"
IN="$WORK/in"
mkdir -p "$IN"
: >"$IN/empty.txt"
printf 'PK\003\004\000\000binary\000data\377' >"$IN/binary.txt"
printf 'Le ministre a d\xe9clar\xe9 que tout allait bien.\n' >"$IN/latin1.txt"   # ISO-8859-1, not UTF-8
printf '{"text": "unterminated' >"$IN/broken.json"
printf '%s\n' '{"id": "ok-line", "lang": "en", "date": "2026-03-01", "text": "Steve Witkoff met Rustem Umerov in Geneva on Monday, officials said."}' \
  'not json at all' >"$IN/mixed.jsonl"
# Another language: stored as an Article, with a warning and no facts.
printf '%s\n' 'Die Bundesregierung hat am Dienstag in Berlin neue Gespräche mit der Ukraine angekündigt. Die Verhandlungen sollen nächste Woche beginnen, sagte ein Sprecher.' >"$IN/de.txt"
cat >"$IN/good.md" <<'MD'
---
title: Une dépêche correcte
date: 2026-03-02
---
Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi que « rien n'est décidé ».
MD

set +e
"$KG" ingest --db "$WORK/db" --format json "$IN" "$WORK/does-not-exist.txt" >"$WORK/out.json" 2>"$WORK/err.txt"
code=$?
set -e
cat "$WORK/err.txt" >&2
expect_eq "exit code with bad files" "$code" 1
for f in empty.txt binary.txt latin1.txt broken.json mixed.jsonl does-not-exist.txt; do
  grep -q "^error: .*$f" "$WORK/err.txt" || fail "no error line naming $f"
done
grep -q "latin1.txt.*byte" "$WORK/err.txt" || fail "invalid UTF-8 not reported with its byte offset"
grep -q "^warning: de.txt: " "$WORK/err.txt" || fail "no warning for the article in another language"
expect_eq "added" "$(json_field "$WORK/out.json" added)" 3
expect_eq "failed" "$(json_field "$WORK/out.json" failed)" 6
"$KG" stats --db "$WORK/db" --format json >"$WORK/stats.json"
expect_eq "Article nodes" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["labels"]["Article"])' "$WORK/stats.json")" 3

# Command-line misuse: exit 2 with one error line.
set +e
"$KG" ingest "$IN" >/dev/null 2>"$WORK/usage.txt"; c1=$?
"$KG" ingest --db "$WORK/db" >/dev/null 2>>"$WORK/usage.txt"; c2=$?
"$KG" ingest --db "$WORK/db" --jobs zero "$IN" >/dev/null 2>>"$WORK/usage.txt"; c3=$?
"$KG" ingest --db "$WORK/db" --date 12/03/2026 "$IN" >/dev/null 2>>"$WORK/usage.txt"; c4=$?
"$KG" ingest --db "$WORK/db" --lang de "$IN" >/dev/null 2>>"$WORK/usage.txt"; c5=$?
set -e
for c in "$c1" "$c2" "$c3" "$c4" "$c5"; do expect_eq "usage exit code" "$c" 2; done
[ "$(grep -c '^error: UsageError: ' "$WORK/usage.txt")" -eq 5 ] || { cat "$WORK/usage.txt" >&2; fail "usage errors not reported as 'error: UsageError: ...'"; }

# A folder that is not a database is refused.
mkdir -p "$WORK/notadb" && echo hello >"$WORK/notadb/file.txt"
set +e
"$KG" ingest --db "$WORK/notadb" "$IN/good.md" >/dev/null 2>"$WORK/notadb.txt"; c=$?
set -e
expect_eq "exit code on a folder that is not a database" "$c" 1
echo "ok: bad files reported and skipped"
