#!/usr/bin/env bash
# kg against Kuzu on LDBC SNB SF0.1: import, open + load, and the query set of
# bench/queries/, all in one run on the same files. Prints side-by-side tables
# and writes bench/out/ldbc_*.json (see docs/benchmarks.md).
#
# Usage: bench/run_ldbc.sh [--build DIR] [--data DIR] [--work DIR]
#          [--import-runs N] [--load-runs N] [--runs N] [--warmup N] [--skip-import]
#          [--kuzu-threads N] [--out DIR] [--only NAME]
#   --build DIR     kg's (Release) build folder; kg, kg_bench_load and
#                   kg_bench_query are built there. Default: build
#   --data DIR      the data set (manifest.tsv, schema.cypher, CSV files).
#                   Default: $KG_SHARED/datasets/ldbc-sf01, KG_SHARED defaulting to ../shared
#   --work DIR      where the databases go (wiped). Default: ${TMPDIR:-/tmp}/kg-bench-ldbc
#   --import-runs N imports per engine, each into a fresh folder (default 5)
#   --load-runs N   open + load runs per engine, each a new process (default 5)
#   --runs N        timed runs per query (default 10), after --warmup N (default 1)
#   --skip-import   reuse the databases of the previous run in --work
#   --kuzu-threads N  Kuzu's threads for COPY and queries (default 0: all cores)
#   --out DIR       where the measurements and summaries go (default bench/out)
#   --only NAME     run only the query NAME of bench/queries (e.g. 09_join3);
#                   with --skip-import --load-runs 0, a quick before/after check
#                   (the Targets line then judges that query alone)
# Needs: cmake, node + npm (bench/setup_kuzu.sh installs Kuzu), python3.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BUILD=$ROOT/build
DATA=${KG_SHARED:-$ROOT/../shared}/datasets/ldbc-sf01
WORK=${TMPDIR:-/tmp}/kg-bench-ldbc
OUT=$BENCH/out
IMPORT_RUNS=5 LOAD_RUNS=5 RUNS=10 WARMUP=1 SKIP_IMPORT=0 KUZU_THREADS=0
ONLY=()
while [ $# -gt 0 ]; do
  case $1 in
    --build) BUILD=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --import-runs) IMPORT_RUNS=$2; shift 2 ;;
    --load-runs) LOAD_RUNS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --skip-import) SKIP_IMPORT=1; shift ;;
    --kuzu-threads) KUZU_THREADS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --only) ONLY=(--only "$2"); shift 2 ;;
    *) echo "error: UsageError: unknown argument '$1' (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -f "$DATA/manifest.tsv" ] || { echo "error: InputError: $DATA/manifest.tsv: no such file" >&2; exit 1; }
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || { echo "error: InputError: no build folder (--build)" >&2; exit 1; }
mkdir -p "$OUT" "$WORK"
KGDB=$WORK/kg.kgdb
KUZUDB=$WORK/kuzu.db

"$BENCH/setup_kuzu.sh"
echo "== building kg, kg_bench_load, kg_bench_query in $BUILD" >&2
KG_OK=1
cmake --build "$BUILD" --target kg kg_bench_load kg_bench_query >&2 || KG_OK=0
[ $KG_OK = 1 ] || echo "warning: kg did not build; measuring Kuzu only" >&2

{
  echo "{\"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\", \"host\": \"$(hostname)\","
  echo " \"cpus\": $(nproc), \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
  echo " \"mem_kb\": $(grep MemTotal /proc/meminfo | awk '{print $2}'),"
  echo " \"kg_commit\": \"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)\","
  echo " \"data\": \"$DATA\", \"runs\": $RUNS, \"warmup\": $WARMUP}"
} > "$OUT/ldbc_machine.json"

if [ $SKIP_IMPORT = 0 ]; then
  echo "== import: $IMPORT_RUNS runs per engine, alternating" >&2
  : > "$OUT/ldbc_import.jsonl"
  for i in $(seq 1 "$IMPORT_RUNS"); do
    if [ $KG_OK = 1 ]; then
      rm -rf "$KGDB"
      python3 "$BENCH/bench_import.py" --engine kg --kg "$BUILD/kg" --data "$DATA" --db "$KGDB" \
        | tee -a "$OUT/ldbc_import.jsonl" >&2
    fi
    rm -rf "$KUZUDB" "$KUZUDB.wal"
    python3 "$BENCH/bench_import.py" --engine kuzu --data "$DATA" --db "$KUZUDB" --threads "$KUZU_THREADS" \
      | tee -a "$OUT/ldbc_import.jsonl" >&2
  done
fi

echo "== open + load: $LOAD_RUNS runs per engine" >&2
: > "$OUT/ldbc_load.jsonl"
for i in $(seq 1 "$LOAD_RUNS"); do
  if [ $KG_OK = 1 ] && [ -d "$KGDB" ]; then
    "$BUILD/bench/kg_bench_load" --db "$KGDB" | tee -a "$OUT/ldbc_load.jsonl" >&2 \
      || echo "{\"engine\":\"kg\",\"error\":\"kg_bench_load failed\"}" >> "$OUT/ldbc_load.jsonl"
  fi
  node "$BENCH/kuzu/kuzu_open.js" --db "$KUZUDB" | tee -a "$OUT/ldbc_load.jsonl" >&2
done

echo "== queries: $WARMUP warm-up + $RUNS timed runs each, one process per engine" >&2
rm -f "$OUT/ldbc_queries_kg.json"
if [ $KG_OK = 1 ] && [ -d "$KGDB" ]; then
  "$BUILD/bench/kg_bench_query" --db "$KGDB" --queries "$BENCH/queries" --out "$OUT/ldbc_queries_kg.json" \
    --runs "$RUNS" --warmup "$WARMUP" "${ONLY[@]}" || echo "warning: kg_bench_query failed" >&2
fi
node "$BENCH/kuzu/kuzu_query.js" --db "$KUZUDB" --queries "$BENCH/queries" --out "$OUT/ldbc_queries_kuzu.json" \
  --runs "$RUNS" --warmup "$WARMUP" --threads "$KUZU_THREADS" "${ONLY[@]}"

python3 "$BENCH/report.py" ldbc --out "$OUT" --queries "$BENCH/queries"
