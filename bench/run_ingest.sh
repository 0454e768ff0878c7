#!/usr/bin/env bash
# Ingestion speed: `kg extract` (extraction only) and `kg ingest` (extraction
# plus durable writes) over a generated corpus of at least 50 MB made from the
# project's test articles (bench/gen_corpus.py). Reports MB/s, articles/s and
# peak memory; prints tables and writes bench/out/ingest_*.json (see
# docs/benchmarks.md).
#
# Usage: bench/run_ingest.sh [--build DIR] [--work DIR] [--mb N] [--runs N] [--ingest-runs N]
#          [--jobs "1 2"]
#   --build DIR  kg's (Release) build folder; kg is built there. Default: build
#                (profile-guided when scripts/run.sh made it: kg_pgo in the output)
#   --work DIR   the corpus (kept between runs) and databases (wiped).
#                Default: ${TMPDIR:-/tmp}/kg-bench-ingest
#   --mb N       corpus size in MiB (default 60)
#   --runs N     runs of `kg extract` (default 3)
#   --ingest-runs N  runs of `kg ingest` per --jobs value, each into a new
#                database (default 1: at 60 MiB one run takes minutes)
#   --jobs LIST  `kg ingest --jobs` values to measure (default "1 2")
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BUILD=$ROOT/build
WORK=${TMPDIR:-/tmp}/kg-bench-ingest
MB=60 RUNS=3 INGEST_RUNS=1 JOBS="1 2"
while [ $# -gt 0 ]; do
  case $1 in
    --build) BUILD=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --mb) MB=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --ingest-runs) INGEST_RUNS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    *) echo "error: UsageError: unknown argument '$1' (see the head of $0)" >&2; exit 2 ;;
  esac
done
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || { echo "error: InputError: no build folder (--build)" >&2; exit 1; }
OUT=$BENCH/out
mkdir -p "$OUT" "$WORK"
echo "== building kg in $BUILD" >&2
cmake --build "$BUILD" --target kg >&2

CORPUS=$WORK/corpus-${MB}mb
if [ ! -d "$CORPUS" ]; then
  python3 "$BENCH/gen_corpus.py" --out "$CORPUS.tmp" --mb "$MB"
  mv "$CORPUS.tmp" "$CORPUS"
fi
BYTES=$(find "$CORPUS" -type f -name '*.md' -printf '%s\n' | awk '{s+=$1} END{print s}')
ARTICLES=$(find "$CORPUS" -type f -name '*.md' | wc -l)
{
  echo "{\"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\", \"cpus\": $(nproc),"
  echo " \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
  echo " \"kg_commit\": \"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)\","
  echo " \"kg_pgo\": \"$(sed -n 's/^KG_PGO:STRING=//p' "$BUILD/CMakeCache.txt")\","
  echo " \"corpus_bytes\": $BYTES, \"articles\": $ARTICLES}"
} > "$OUT/ingest_machine.json"

: > "$OUT/ingest.jsonl"
echo "== kg extract: $RUNS runs over $ARTICLES articles, $BYTES bytes" >&2
for i in $(seq 1 "$RUNS"); do
  python3 "$BENCH/measure.py" --field step=extract --field run="$i" -- \
    "$BUILD/kg" extract --format jsonl "$CORPUS" | tee -a "$OUT/ingest.jsonl" >&2 || true
done
for jobs in $JOBS; do
  echo "== kg ingest --jobs $jobs: $INGEST_RUNS runs, each into a new database" >&2
  for i in $(seq 1 "$INGEST_RUNS"); do
    rm -rf "$WORK/ingest.kgdb"
    summary=$OUT/ingest_summary_j${jobs}_$i.json
    python3 "$BENCH/measure.py" --stdout "$summary" --field step=ingest --field jobs="$jobs" \
      --field run="$i" --field summary_file="$summary" -- \
      "$BUILD/kg" ingest --db "$WORK/ingest.kgdb" --jobs "$jobs" --format json "$CORPUS" \
      | tee -a "$OUT/ingest.jsonl" >&2 || true
  done
done
rm -rf "$WORK/ingest.kgdb"

python3 "$BENCH/report.py" ingest --out "$OUT"
