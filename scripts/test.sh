#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite:
#   1. Release build: unit tests, end-to-end tests, conformance and quality floors;
#   2. ASan+UBSan build: unit and end-to-end tests.
# Usage: scripts/test.sh [--fast | --tsan]
#   --fast: Release build only.
#   --tsan: only the ThreadSanitizer build (build-tsan): the graph and query
#           unit tests, then the concurrency load test (tests/query/
#           concurrency_test.cpp) KG_TSAN_REPEAT times (default 10), each
#           running its writer KG_CONCURRENCY_SECONDS (default 2). Opt-in: not
#           part of the default run.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}

if [ "$mode" = "--tsan" ]; then
  KG_TARGETS="kg_graph_tests kg_query_tests" \
    scripts/setup.sh build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_TSAN=ON
  export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
  (cd build-tsan && ctest --output-on-failure -R '^unit_(graph|query)$')
  export KG_CONCURRENCY_SECONDS=${KG_CONCURRENCY_SECONDS:-2}
  repeat=${KG_TSAN_REPEAT:-10}
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  for i in $(seq 1 "$repeat"); do
    if ! build-tsan/tests/kg_query_tests -tc='*beside a writer*' -s >"$log" 2>&1; then
      cat "$log" >&2
      echo "tsan: concurrency load test failed on run $i of $repeat" >&2
      exit 1
    fi
    echo "tsan: run $i of $repeat: $(grep -o '[0-9]* reader queries.*' "$log")" >&2
  done
  exit 0
fi

scripts/setup.sh build
(cd build && ctest --output-on-failure -j 2)

if [ "$mode" != "--fast" ]; then
  scripts/setup.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=ON
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  (cd build-asan && ctest --output-on-failure -j 2 -LE slow)
fi
