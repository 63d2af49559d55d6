#!/usr/bin/env bash
# Builds dyad with its tests and runs the whole suite through CTest, then
# again built with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_BUILD_TESTS=ON -DDYAD_WERROR=ON >/dev/null
cmake --build build-tests -j"$(nproc)"
ctest --test-dir build-tests --output-on-failure -j"$(nproc)"

# The same suite under ASan (leaks included) and UBSan; any finding fails it.
# Without -Werror: GCC's -Wmaybe-uninitialized misfires on Boost under ASan.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_BUILD_TESTS=ON -DDYAD_WERROR=OFF \
  -DDYAD_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
