#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite:
#   1. Release build: unit tests, end-to-end tests, conformance and quality floors;
#   2. ASan+UBSan build: unit and end-to-end tests.
# Usage: scripts/test.sh [--fast]   (--fast: Release build only)
set -euo pipefail
cd "$(dirname "$0")/.."
fast=0
[ "${1:-}" = "--fast" ] && fast=1

scripts/setup.sh build
(cd build && ctest --output-on-failure -j 2)

if [ $fast -eq 0 ]; then
  scripts/setup.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=ON
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  (cd build-asan && ctest --output-on-failure -j 2 -LE slow)
fi
