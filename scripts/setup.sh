#!/usr/bin/env bash
# Installs the Debian packages kg needs when they are missing, then configures
# and builds. Usage: scripts/setup.sh [BUILD_DIR [CMAKE_ARGS...]]
# Default BUILD_DIR: build (Release). KG_TARGETS (space-separated) builds only
# those targets instead of all.
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
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >&2
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" ${KG_TARGETS:+--target $KG_TARGETS} >&2
