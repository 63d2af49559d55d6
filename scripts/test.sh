#!/usr/bin/env bash
# Builds dyad with its tests and runs the whole suite through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_BUILD_TESTS=ON -DDYAD_WERROR=ON >/dev/null
cmake --build build-tests -j"$(nproc)"
ctest --test-dir build-tests --output-on-failure -j"$(nproc)"
