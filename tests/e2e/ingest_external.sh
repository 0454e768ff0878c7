#!/usr/bin/env bash
# kg ingest with an external extractor (docs/extraction.md, "External
# extractors") in place of the built-in rules: its facts are stored, resolved
# across articles like the built-in ones.
source "$(dirname "$0")/ingest_common.inc"
cat >"$WORK/ext.py" <<'PY'
import json, sys
a = json.load(sys.stdin)
speaker = "Steve Witkoff" if "Witkoff" in a["text"] else "Dmitri Peskov"
print(json.dumps({
    "nodes": [
        {"id": "p", "label": "Person", "properties": {"name": speaker, "aliases": [speaker.split()[-1]]}},
        {"id": "s", "label": "Statement", "properties": {"text": a["text"][:40], "quote": False, "span": [0, 40]}},
    ],
    "edges": [
        {"type": "SAID", "from": "p", "to": "s", "properties": {"verb": "said", "sentence": 0, "span": [0, 40], "confidence": 0.5}},
        {"type": "MENTIONS", "from": "article", "to": "p", "properties": {"count": 2}},
    ],
}))
PY
IN="$WORK/in"
mkdir -p "$IN"
printf '%s\n' '{"id": "w1", "lang": "en", "text": "Steve Witkoff said the talks in Geneva were long and serious."}' \
  '{"id": "w2", "lang": "en", "text": "Witkoff later said that nothing was agreed yet in Geneva."}' \
  '{"id": "w3", "lang": "fr", "text": "Dmitri Peskov a estimé que rien n était décidé à Genève."}' >"$IN/wire.jsonl"
"$KG" ingest --db "$WORK/db" --external "python3 $WORK/ext.py" --no-builtin --format json "$IN" \
  >"$WORK/out.json" 2>"$WORK/err.txt" || { cat "$WORK/err.txt" >&2; fail "ingest with an external extractor failed"; }
expect_eq "added" "$(json_field "$WORK/out.json" added)" 3
"$KG" stats --db "$WORK/db" --format json >"$WORK/stats.json"
python3 - "$WORK/stats.json" <<'PY' || fail "the external extractor's facts were not stored as expected"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["labels"] == {"Article": 3, "Person": 2, "Statement": 3}, s["labels"]
assert s["types"] == {"MENTIONS": 6, "SAID": 3}, s["types"]
PY
set +e
"$KG" ingest --db "$WORK/db" --no-builtin "$IN" >/dev/null 2>"$WORK/usage.txt"; c=$?
set -e
expect_eq "exit code of --no-builtin without --external" "$c" 2
echo "ok: external extractor"
