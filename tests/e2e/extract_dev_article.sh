#!/usr/bin/env bash
# End to end: `kg extract` on the development article, scored against its
# gold with shared/tools/score_extraction.py; fails below the floors.
# Skipped (exit 77) when the shared corpus is not available.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
SHARED=${KG_SHARED:-}
CORPUS="$SHARED/corpus"
SCORER="$SHARED/tools/score_extraction.py"
if [ -z "$SHARED" ] || [ ! -f "$CORPUS/miami-talks.fr.txt" ] || [ ! -f "$SCORER" ]; then
  echo "skipped: no shared corpus" >&2
  exit 77
fi
ENTITY_FLOOR=${ENTITY_FLOOR:-0.95}
RELATION_FLOOR=${RELATION_FLOOR:-0.90}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Run from another folder: the binary must find its data wherever it runs.
(cd "$tmp" && "$KG" extract --format jsonl --date 2025-12-23 --lang fr "$CORPUS/miami-talks.fr.txt" > out.jsonl)
python3 "$SCORER" --gold "$CORPUS/miami-talks.fr.gold.json" --system "$tmp/out.jsonl" --quiet > "$tmp/score.txt"
tail -n 1 "$tmp/score.txt"
python3 - "$tmp/score.txt" "$ENTITY_FLOOR" "$RELATION_FLOOR" <<'PY'
import re, sys
last = open(sys.argv[1]).read().strip().splitlines()[-1]
m = re.match(r"entity_f1=([0-9.]+) relation_f1=([0-9.]+)", last)
if not m:
    sys.exit(f"unexpected scorer output: {last}")
e, r = float(m.group(1)), float(m.group(2))
if e < float(sys.argv[2]) or r < float(sys.argv[3]):
    sys.exit(f"below the floor: entity {e} (floor {sys.argv[2]}), relation {r} (floor {sys.argv[3]})")
PY
# The JSON array format holds the same objects.
"$KG" extract --format json --date 2025-12-23 --lang fr "$CORPUS/miami-talks.fr.txt" > "$tmp/out.json"
python3 - "$tmp/out.json" "$tmp/out.jsonl" <<'PY'
import json, sys
arr = json.load(open(sys.argv[1]))
lines = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
assert isinstance(arr, list) and arr == lines, "json and jsonl outputs differ"
a = arr[0]["article"]
assert a["id"] == "miami-talks.fr.txt" and a["date"] == "2025-12-23" and a["lang"] == "fr" and len(a["sha256"]) == 64
PY
echo "ok"
