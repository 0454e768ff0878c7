#!/usr/bin/env bash
# Crash safety of `kg import`: kill -9 at random moments (at least 20 times)
# and check each time that the database opens and holds either none of that
# import or all of it. Slow (about a minute): runs on the Release build only.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
command -v python3 >/dev/null || exit 77
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - <<'PY'
import random
random.seed(5)
N, M = 60000, 240000
with open("n.csv", "w") as f:
    f.write("id:ID,name,v:INT,x:DOUBLE\n")
    for i in range(N):
        f.write(f"{i},name {i},{i * 7},{i / 3}\n")
with open("e.csv", "w") as f:
    f.write(":START_ID,:END_ID,:TYPE,w:INT\n")
    for i in range(M):
        f.write(f"{random.randrange(N)},{random.randrange(N)},{random.choice(['A', 'B', 'C'])},{i}\n")
with open("seed.csv", "w") as f:
    f.write("id:ID,name\ns1,first\ns2,second\n")
PY

counts() {  # prints "NODES RELATIONSHIPS" of database $1
  "$KG" stats --db "$1" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["nodes"], d["relationships"])'
}

# The base: a database holding an earlier import.
"$KG" import --db base --nodes Seed=seed.csv >/dev/null
base=$(counts base)
[ "$base" = "2 0" ] || { echo "base: $base"; exit 1; }

# One full run gives the expected result and the time scale for the kills.
cp -a base full
start=$(date +%s.%N)
"$KG" import --db full --nodes N=n.csv --relationships e.csv >/dev/null
end=$(date +%s.%N)
full=$(counts full)
[ "$full" = "60002 240000" ] || { echo "full import: $full"; exit 1; }
duration=$(python3 -c "print(max(0.05, $end - $start))")

none=0; all=0
for i in $(seq 1 24); do
  rm -rf db
  cp -a base db
  # Half the kills anywhere in the run, half around its end (the ingestion).
  delay=$(python3 -c "import random; d = $duration; print(round(random.uniform(0, d) if $i % 2 else random.uniform(0.8 * d, 1.3 * d), 3))")
  "$KG" import --db db --nodes N=n.csv --relationships e.csv >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  got=$(counts db) || { echo "run $i (kill after ${delay}s): the database does not open"; exit 1; }
  if [ "$got" = "$base" ]; then
    none=$((none + 1))
  elif [ "$got" = "$full" ]; then
    all=$((all + 1))
  else
    echo "run $i (kill after ${delay}s): partial import: $got"; exit 1
  fi
  # The crashed database stays writable: every few runs, import again.
  if [ $((i % 6)) -eq 0 ]; then
    before=$(counts db)
    "$KG" import --db db --nodes Seed=seed.csv >/dev/null
    after=$(counts db)
    [ "${after% *}" -eq $(( ${before% *} + 2 )) ] || { echo "run $i: import after crash: $before -> $after"; exit 1; }
    [ -z "$(ls db/import-staging 2>/dev/null)" ] || { echo "run $i: staging files left"; exit 1; }
  fi
done
echo "24 kills: $none left the database as it was, $all after the import completed"
