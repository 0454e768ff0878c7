#!/usr/bin/env bash
# End to end: `kg extract` on our own test articles (tests/data/articles and,
# when present, the held-out set tests/data/heldout), scored against their
# gold; fails below the floors. Also checks bad input handling of `kg
# extract`: exit codes and error lines. Skipped (exit 77) without the scorer.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
: "${KG_SOURCE_DIR:?KG_SOURCE_DIR must name the source tree}"
SCORER="${KG_SHARED:-}/tools/score_extraction.py"
if [ -z "${KG_SHARED:-}" ] || [ ! -f "$SCORER" ]; then
  echo "skipped: no scorer" >&2
  exit 77
fi
ENTITY_FLOOR=${ENTITY_FLOOR:-0.92}
RELATION_FLOOR=${RELATION_FLOOR:-0.79}
HELDOUT_ENTITY_FLOOR=${HELDOUT_ENTITY_FLOOR:-0.87}
HELDOUT_RELATION_FLOOR=${HELDOUT_RELATION_FLOOR:-0.72}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {  # folder entity_floor relation_floor
  local dir=$1 ef=$2 rf=$3 name
  name=$(basename "$dir")
  # Articles only: the gold/ folder holds JSON that is not articles.
  find "$dir" -maxdepth 1 -name '*.md' -o -maxdepth 1 -name '*.txt' | sort > "$tmp/$name.list"
  [ -s "$tmp/$name.list" ] || return 0
  xargs -d '\n' "$KG" extract --format jsonl < "$tmp/$name.list" > "$tmp/$name.jsonl"
  python3 "$SCORER" --gold "$dir/gold" --system "$tmp/$name.jsonl" --quiet > "$tmp/$name.score"
  echo "$name: $(tail -n 1 "$tmp/$name.score")"
  python3 - "$tmp/$name.score" "$ef" "$rf" <<'PY'
import re, sys
last = open(sys.argv[1]).read().strip().splitlines()[-1]
m = re.match(r"entity_f1=([0-9.]+) relation_f1=([0-9.]+)", last)
if not m:
    sys.exit(f"unexpected scorer output: {last}")
e, r = float(m.group(1)), float(m.group(2))
if e < float(sys.argv[2]) or r < float(sys.argv[3]):
    sys.exit(f"below the floor: entity {e} (floor {sys.argv[2]}), relation {r} (floor {sys.argv[3]})")
PY
}

check "$KG_SOURCE_DIR/tests/data/articles" "$ENTITY_FLOOR" "$RELATION_FLOOR"
if [ -d "$KG_SOURCE_DIR/tests/data/heldout/gold" ]; then
  check "$KG_SOURCE_DIR/tests/data/heldout" "$HELDOUT_ENTITY_FLOOR" "$HELDOUT_RELATION_FLOOR"
fi

# Bad input: reported with the path, skipped, exit code 1; good files still extracted.
printf 'caf\xe9\n' > "$tmp/latin1.txt"
: > "$tmp/empty.txt"
printf 'The talks in Geneva were useful, Anna Weber said.\n' > "$tmp/good.txt"
set +e
"$KG" extract --format jsonl "$tmp/latin1.txt" "$tmp/empty.txt" "$tmp/good.txt" "$tmp/missing.txt" > "$tmp/bad.jsonl" 2> "$tmp/bad.err"
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit code 1 for bad files, got $code" >&2; exit 1; }
grep -q "^error: InputError: $tmp/latin1.txt: invalid UTF-8 at byte offset 3" "$tmp/bad.err"
grep -q "^error: InputError: $tmp/empty.txt: empty article" "$tmp/bad.err"
grep -q "^error: IOError: $tmp/missing.txt" "$tmp/bad.err"
[ "$(wc -l < "$tmp/bad.jsonl")" -eq 1 ]
grep -q '"Anna Weber"' "$tmp/bad.jsonl"
# Misuse of the command line: exit code 2.
set +e
"$KG" extract --format xml "$tmp/good.txt" > /dev/null 2>&1
code=$?
set -e
[ "$code" -eq 2 ] || { echo "expected exit code 2 for a bad --format, got $code" >&2; exit 1; }
# Another language: a warning and no facts.
printf 'Die Minister trafen sich am Montag in Genf, um über den Waffenstillstand zu sprechen.\n' > "$tmp/de.txt"
"$KG" extract --format jsonl "$tmp/de.txt" > "$tmp/de.jsonl" 2> "$tmp/de.err"
grep -q "not supported" "$tmp/de.err"
python3 -c "import json,sys; o=json.loads(open(sys.argv[1]).readline()); assert o['nodes']==[] and o['article']['lang']=='other'" "$tmp/de.jsonl"
echo "ok"
