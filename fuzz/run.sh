#!/usr/bin/env bash
# Builds dyad's libFuzzer targets with clang and fuzzes one of them.
#
#   fuzz/run.sh TARGET [SECONDS]   fuzz TARGET (default 600 s); new inputs go to
#                                  build-fuzz/corpus/TARGET, findings to
#                                  build-fuzz/artifacts/TARGET/
#   fuzz/run.sh TARGET merge       add the new inputs that reach new code to
#                                  fuzz/corpus/TARGET (what the repository keeps)
#   fuzz/run.sh build              only build every target
#
# TARGET: rules text_reader html_reader jsonl_reader extractor graph_json.
# BUILD_DIR (default build-fuzz) and JOBS (default 2) change the build.
set -euo pipefail
cd "$(dirname "$0")/.."

targets="rules text_reader html_reader jsonl_reader extractor graph_json"
build=${BUILD_DIR:-build-fuzz}
usage() {
  sed -n '4,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
[ $# -ge 1 ] || usage

configure_and_build() {
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DDYAD_FUZZ=ON -DDYAD_BUILD_TESTS=OFF \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
  fi
  cmake --build "$build" -j"${JOBS:-2}" --target "$@"
}

if [ "$1" = build ]; then
  configure_and_build $(for t in $targets; do echo "fuzz_$t"; done)
  exit 0
fi
target=$1
case " $targets " in *" $target "*) ;; *) echo "unknown target '$target'" >&2; usage ;; esac
configure_and_build "fuzz_$target"

binary="$build/fuzz/fuzz_$target"
work="$build/corpus/$target"
mkdir -p "$work" "$build/artifacts/$target"
dict=()
[ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")

if [ "${2:-}" = merge ]; then
  exec "$binary" -merge=1 "${dict[@]}" "fuzz/corpus/$target" "$work"
fi
# -timeout: an input taking 10 s is a hang worth reporting; -max_len: long
# enough for a whole rule file or article.
exec "$binary" -max_total_time="${2:-600}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$build/artifacts/$target/" "${dict[@]}" \
  "$work" "fuzz/corpus/$target"
