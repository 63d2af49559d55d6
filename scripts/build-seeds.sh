#!/usr/bin/env bash
# The main job: installs what is needed, builds dyad (release) and builds the
# relationship graph of the articles in seeds/ into out/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDYAD_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target dyad >/dev/null
mkdir -p out
build/dyad build seeds -o out/seeds.graphml -o out/seeds.gexf -o out/seeds.json
