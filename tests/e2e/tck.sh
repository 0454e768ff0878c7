#!/usr/bin/env bash
# The openCypher TCK (../shared/tck) against `kg query`, with error kinds
# required (--strict-errors). Fails when fewer scenarios pass than FLOOR, set
# just under the figure reached (docs/cypher.md records it per folder), so
# conformance can only go up. Skipped (77) when the TCK is absent.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
FLOOR=${KG_TCK_FLOOR:-2760}
TCK="${KG_SHARED:-}/tck"
if [[ -z "${KG_SHARED:-}" || ! -f "$TCK/run_tck.py" ]]; then
  echo "tck: no TCK at '$TCK'; skipped"
  exit 77
fi
OUT="$(mktemp /tmp/kg-tck-XXXXXX.txt)"
trap 'rm -f "$OUT"' EXIT
python3 "$TCK/run_tck.py" --kg "$KG" --strict-errors --jobs "${KG_TCK_JOBS:-2}" >"$OUT" 2>&1 || true
grep -A200 "=== per folder ===" "$OUT" | sed -n '1,40p'
line=$(grep '^tck: ' "$OUT" | tail -1)
[[ -n "$line" ]] || { cat "$OUT"; echo "tck: the runner did not finish"; exit 1; }
passed=$(sed -E 's/^tck: ([0-9]+) passed.*/\1/' <<<"$line")
echo "$line (floor $FLOOR)"
if (( passed < FLOOR )); then
  echo "tck: $passed passed, below the floor of $FLOOR"
  exit 1
fi
