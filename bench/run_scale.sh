#!/usr/bin/env bash
# How kg grows: generated graphs of 1 M and 10 M edges (bench/gen_graph.py);
# for each, import time (kg import beside Kuzu's COPY FROM), then open + load
# time and memory. Prints tables and writes bench/out/scale_*.json (see
# docs/benchmarks.md).
#
# Usage: bench/run_scale.sh [--build DIR] [--work DIR] [--sizes "1000000 10000000"]
#          [--runs N] [--seed S]
#   --build DIR   kg's (Release) build folder; kg and kg_bench_load are built
#                 there. Default: build
#   --work DIR    generated data (kept between runs) and databases (wiped).
#                 Default: ${TMPDIR:-/tmp}/kg-bench-scale
#   --sizes LIST  edge counts. Default: "1000000 10000000"
#   --runs N      imports and loads per engine and size (default 3)
#   --seed S      generator seed (default 1)
# Disk: about 2.5 GB at 10 M edges (CSV and both databases).
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BUILD=$ROOT/build
WORK=${TMPDIR:-/tmp}/kg-bench-scale
SIZES="1000000 10000000"
RUNS=3 SEED=1
while [ $# -gt 0 ]; do
  case $1 in
    --build) BUILD=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    *) echo "error: UsageError: unknown argument '$1' (see the head of $0)" >&2; exit 2 ;;
  esac
done
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || { echo "error: InputError: no build folder (--build)" >&2; exit 1; }
OUT=$BENCH/out
mkdir -p "$OUT" "$WORK"

"$BENCH/setup_kuzu.sh"
echo "== building kg, kg_bench_load in $BUILD" >&2
KG_OK=1
cmake --build "$BUILD" --target kg kg_bench_load >&2 || KG_OK=0
[ $KG_OK = 1 ] || echo "warning: kg did not build; measuring Kuzu only" >&2

{
  echo "{\"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\", \"cpus\": $(nproc),"
  echo " \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
  echo " \"mem_kb\": $(grep MemTotal /proc/meminfo | awk '{print $2}'),"
  echo " \"kg_commit\": \"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)\","
  echo " \"sizes\": [$(echo $SIZES | tr ' ' ',')], \"seed\": $SEED}"
} > "$OUT/scale_machine.json"

for n in $SIZES; do
  data=$WORK/data-$n-s$SEED
  if [ ! -f "$data/manifest.tsv" ]; then
    echo "== generating $n edges in $data" >&2
    python3 "$BENCH/gen_graph.py" --edges "$n" --seed "$SEED" --out "$data.tmp"
    rm -rf "$data" && mv "$data.tmp" "$data"
  fi
  kgdb=$WORK/kg-$n.kgdb
  kuzudb=$WORK/kuzu-$n.db
  echo "== $n edges: import, $RUNS runs per engine" >&2
  : > "$OUT/scale_${n}_import.jsonl"
  for i in $(seq 1 "$RUNS"); do
    if [ $KG_OK = 1 ]; then
      rm -rf "$kgdb"
      python3 "$BENCH/bench_import.py" --engine kg --kg "$BUILD/kg" --data "$data" --db "$kgdb" \
        | tee -a "$OUT/scale_${n}_import.jsonl" >&2
    fi
    rm -rf "$kuzudb" "$kuzudb.wal"
    python3 "$BENCH/bench_import.py" --engine kuzu --data "$data" --db "$kuzudb" \
      | tee -a "$OUT/scale_${n}_import.jsonl" >&2
  done
  echo "== $n edges: open + load, $RUNS runs per engine" >&2
  : > "$OUT/scale_${n}_load.jsonl"
  for i in $(seq 1 "$RUNS"); do
    if [ $KG_OK = 1 ] && [ -d "$kgdb" ]; then
      "$BUILD/bench/kg_bench_load" --db "$kgdb" | tee -a "$OUT/scale_${n}_load.jsonl" >&2 \
        || echo "{\"engine\":\"kg\",\"error\":\"kg_bench_load failed\"}" >> "$OUT/scale_${n}_load.jsonl"
    fi
    node "$BENCH/kuzu/kuzu_open.js" --db "$kuzudb" | tee -a "$OUT/scale_${n}_load.jsonl" >&2
  done
  rm -rf "$kgdb" "$kuzudb" "$kuzudb.wal"
done

python3 "$BENCH/report.py" scale --out "$OUT"
