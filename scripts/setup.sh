#!/usr/bin/env bash
# Installs the Debian packages kg needs when they are missing, then configures
# and builds. Usage: scripts/setup.sh [BUILD_DIR [CMAKE_ARGS...]]
# Default BUILD_DIR: build (Release). KG_TARGETS (space-separated) builds only
# those targets instead of all.
# KG_PGO=1: a profile-guided build of the ingestion libraries (CMakeLists.txt,
# KG_PGO), trained once: an instrumented kg is built in BUILD_DIR-pgo-train,
# extracts 4 MiB of text recombined from the held-out test articles, ingests
# those articles and the samples, and its profile (BUILD_DIR/pgo-profile)
# guides BUILD_DIR's build. Removing that
# folder retrains on the next run. The output is the same.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache
  librocksdb-dev libboost-graph-dev nlohmann-json3-dev libfmt-dev doctest-dev
  libicu-dev libcpp-httplib-dev libedit-dev libgumbo-dev libpugixml-dev
  unicode-cldr-core iso-codes libgeonames-common libgeonames-dev
  libjemalloc-dev libssl-dev
  python3
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

BUILD_DIR=${1:-build}
shift || true
if [ "${KG_PGO:-0}" = 1 ]; then
  profile=$(realpath -m "$BUILD_DIR")/pgo-profile
  if [ ! -d "$profile" ] || ! grep -q '^KG_PGO:STRING=USE$' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null; then
    train=$BUILD_DIR-pgo-train
    echo "setup: profile-guided build: training an instrumented kg in $train" >&2
    cmake -S . -B "$train" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_PGO=GENERATE -DKG_PGO_DIR="$profile" "$@" >&2
    cmake --build "$train" -j "$(nproc)" --target kg >&2
    rm -rf "$profile"
    # Training text: the held-out articles recombined into 4 MiB (bench/gen_corpus.py;
    # not the test articles the benchmark corpus is made from), then the originals.
    python3 bench/gen_corpus.py --out "$train/corpus" --mb 4 --articles tests/data/heldout >&2
    "$train/kg" extract --format jsonl "$train/corpus" tests/data/heldout/*.md samples > /dev/null
    "$train/kg" ingest --db "$train/train.kgdb" tests/data/heldout/*.md samples > /dev/null
    "$train/kg" query --db "$train/train.kgdb" --read-only \
      "MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.name, count(s) ORDER BY p.name" > /dev/null
    rm -rf "$train"
    # The new profile is no input ninja knows of: the guided objects are rebuilt.
    rm -rf "$BUILD_DIR"/CMakeFiles/kg_{common,storage,graph,ingest}.dir
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_PGO=USE -DKG_PGO_DIR="$profile" "$@" >&2
  fi
fi
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" ${KG_TARGETS:+--target $KG_TARGETS} >&2
