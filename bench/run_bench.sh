#!/usr/bin/env bash
# Measures `dyad extract` and `dyad build` on a generated corpus at -j 1 and
# -j N: wall time, MB/s of article text, documents/s, sentences/s, peak RSS,
# and the floor (one RE2::Set pass over the same text). Checks that -j 1 and
# -j N write byte-identical output. See bench/README.md.
#
#   bench/run_bench.sh [--size 200M] [--seed 1] [-j N] [--repeat 5] [--smoke] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=build-bench
size=200M
seed=1
jobs=$(nproc)
repeat=5
do_build=1

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    -j|--jobs) jobs=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --smoke) size=2M; shift ;;
    --no-build) do_build=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run_bench.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

need_packages() {
  if [ ! -x /usr/bin/time ] && [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  fi
  [ -x /usr/bin/time ] || { echo "run_bench.sh: needs GNU time: apt-get install -y time" >&2; exit 1; }
  if ! dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed"; then
    echo "run_bench.sh: needs Google Benchmark: apt-get install -y libbenchmark-dev" >&2
    exit 1
  fi
}

build() {
  scripts/deps.sh
  cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCH=ON >/dev/null
  cmake --build "$BUILD" -j2 --target dyad dyad_gen_corpus dyad_re2_floor >/dev/null
}

# The corpus is cached by seed and size; its .stats file is written last.
corpus_path() {
  local corpus="$BUILD/corpus/seed$seed-$size.jsonl"
  if [ ! -f "$corpus.stats" ]; then
    mkdir -p "$BUILD/corpus"
    "$BUILD/dyad_gen_corpus" --size "$size" --seed "$seed" -o "$corpus" >&2
  fi
  echo "$corpus"
}

stat_of() { awk -v k="$1" '$1 == k { print $2 }' "$CORPUS.stats"; }

now_ns() { date +%s%N; }

# once NAME CMD...: runs CMD once with stdout to $OUT/NAME.out and keeps, per
# NAME, the fastest wall time in BEST_WALL (s: slower runs lost time to
# noise) and the largest peak RSS in MAX_RSS (MB).
declare -A BEST_WALL MAX_RSS
once() {
  local name=$1; shift
  local start end wall rss
  # Each run writes a new file. Replacing the last round's output would add
  # the file system's work to the run: freeing 230 MB of page cache, and on
  # ext4 a rename over an existing file starts writeback of the new one
  # (auto_da_alloc), 0.14 s of wait in rename(2) for a 228 MB graph.
  rm -f "$OUT/$name.out" "$OUT/$name.json"
  sync  # no writeback of earlier outputs stealing a core from this run
  start=$(now_ns)
  /usr/bin/time -f %M -o "$OUT/$name.rss" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || {
    echo "run_bench.sh: '$*' failed:" >&2; cat "$OUT/$name.err" >&2; exit 1; }
  end=$(now_ns)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  rss=$(awk '{ v = $1 } END { printf "%.0f", v / 1024 }' "$OUT/$name.rss")
  BEST_WALL[$name]=$(awk -v a="${BEST_WALL[$name]:-}" -v b="$wall" 'BEGIN { print (a == "" || b < a) ? b : a }')
  MAX_RSS[$name]=$(( rss > ${MAX_RSS[$name]:-0} ? rss : ${MAX_RSS[$name]:-0} ))
}

# timed NAME CMD...: $repeat runs of CMD; sets WALL and RSS as once() keeps them.
timed() {
  local name=$1 i; shift
  for ((i = 0; i < repeat; i++)); do once "$name" "$@"; done
  WALL=${BEST_WALL[$name]}
  RSS=${MAX_RSS[$name]}
}

row() {  # row LABEL JOBS WALL RSS SPEEDUP
  awk -v l="$1" -v j="$2" -v w="$3" -v r="$4" -v s="$5" -v b="$TEXT_BYTES" -v d="$DOCS" -v n="$SENTENCES" \
    'BEGIN { printf "%-22s %4s %9.3f %8.1f %9.0f %10.0f %8s %8s\n", l, j, w, b / 1e6 / w, d / w, n / w, r, s }'
}

speedup() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

same() { if cmp -s "$1" "$2"; then echo identical; else echo DIFFERENT; fi; }

# The fastest of five runs of `dyad extract` on one short article: startup,
# which is almost all rule pack loading (YAML, checks, compiling).
startup_ms() {  # startup_ms JOBS
  printf '{"id":"x","lang":"en","text":"Peru met Chile in Lima."}\n' >"$OUT/tiny.jsonl"
  local saved=$repeat
  repeat=5
  timed "tiny-j$1" "$BUILD/dyad" extract "$OUT/tiny.jsonl" -j "$1"
  repeat=$saved
  awk -v w="$WALL" 'BEGIN { printf "%.0f", w * 1000 }'
}

verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "ok" : "MISSED") }'; }

main() {
  [ "$do_build" -eq 1 ] && { need_packages; build; }
  CORPUS=$(corpus_path)
  OUT="$BUILD/bench-out"
  mkdir -p "$OUT"
  DOCS=$(stat_of documents); TEXT_BYTES=$(stat_of text_bytes); SENTENCES=$(stat_of sentences)
  local file_bytes cpu
  file_bytes=$(stat_of file_bytes)
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)

  echo "corpus   $CORPUS: $DOCS docs, $(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB text" \
       "($(awk -v b="$file_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB file), $SENTENCES sentences"
  echo "machine  $(nproc) cores, $cpu; $("$BUILD/dyad" --version 2>/dev/null | head -1), Release build"
  echo "MB = 10^6 bytes of article text; wall = fastest of $repeat runs; RSS = peak resident set (GNU time %M)"
  echo
  printf "%-22s %4s %9s %8s %9s %10s %8s %8s\n" run jobs "wall s" "MB/s" "docs/s" "sent/s" "RSS MB" speedup

  # Rounds of the four runs in turn, so that a slow spell of the machine
  # weighs on all of them alike rather than on one.
  local i
  for ((i = 0; i < repeat; i++)); do
    once extract-j1 "$BUILD/dyad" extract "$CORPUS" -j 1
    once extract-jN "$BUILD/dyad" extract "$CORPUS" -j "$jobs"
    once build-j1 "$BUILD/dyad" build "$CORPUS" -j 1 -o "$OUT/build-j1.json" --quiet
    once build-jN "$BUILD/dyad" build "$CORPUS" -j "$jobs" -o "$OUT/build-jN.json" --quiet
  done
  local ew1=${BEST_WALL[extract-j1]} ewn=${BEST_WALL[extract-jN]} bw1=${BEST_WALL[build-j1]} bwn=${BEST_WALL[build-jN]}
  row "dyad extract" 1 "$ew1" "${MAX_RSS[extract-j1]}" 1.00x
  row "dyad extract" "$jobs" "$ewn" "${MAX_RSS[extract-jN]}" "$(speedup "$ew1" "$ewn")"
  row "dyad build" 1 "$bw1" "${MAX_RSS[build-j1]}" 1.00x
  row "dyad build" "$jobs" "$bwn" "${MAX_RSS[build-jN]}" "$(speedup "$bw1" "$bwn")"
  timed floor "$BUILD/dyad_re2_floor" "$CORPUS"
  local scan patterns
  scan=$(awk '$1 == "scan_seconds" { print $2 }' "$OUT/floor.out")
  patterns=$(awk '$1 == "patterns" { print $2 }' "$OUT/floor.out")
  row "RE2::Set floor (scan)" 1 "$scan" "$RSS" "-"
  local start_ms start_ms_n; start_ms=$(startup_ms 1); start_ms_n=$(startup_ms "$jobs")

  echo
  echo "evidence records: $(wc -l <"$OUT/extract-j1.out") (floor: $patterns literals in one RE2::Set)"
  echo "startup (load rules + 1 tiny doc): $start_ms ms with -j 1, $start_ms_n ms with -j $jobs"
  echo "-j 1 vs -j $jobs: extract $(same "$OUT/extract-j1.out" "$OUT/extract-jN.out")," \
       "build $(same "$OUT/build-j1.json" "$OUT/build-jN.json")"
  echo
  local mbs; mbs=$(awk -v b="$TEXT_BYTES" -v w="$ew1" 'BEGIN { printf "%.1f", b / 1e6 / w }')
  echo "targets:"
  echo "  extract -j 1 >= 50 MB/s:            $mbs MB/s  $(verdict "$(awk -v m="$mbs" 'BEGIN { print (m >= 50) }')")"
  local bmbs; bmbs=$(awk -v b="$TEXT_BYTES" -v w="$bw1" 'BEGIN { printf "%.1f", b / 1e6 / w }')
  echo "  build -j 1 >= 40 MB/s (50 - 20%):   $bmbs MB/s  $(verdict "$(awk -v m="$bmbs" 'BEGIN { print (m >= 40) }')")"
  echo "  build within 20% of extract (-j 1): $(awk -v a="$bw1" -v b="$ew1" 'BEGIN { printf "%+.0f%%", (a / b - 1) * 100 }')" \
       " $(verdict "$(awk -v a="$bw1" -v b="$ew1" 'BEGIN { print (a <= 1.2 * b) }')")"
  echo "  extract -j $jobs speedup >= 1.8x:       $(speedup "$ew1" "$ewn")  $(verdict "$(awk -v a="$ew1" -v b="$ewn" 'BEGIN { print (a >= 1.8 * b) }')")"
  echo "  build -j $jobs speedup >= 1.8x:         $(speedup "$bw1" "$bwn")  $(verdict "$(awk -v a="$bw1" -v b="$bwn" 'BEGIN { print (a >= 1.8 * b) }')")"
  echo "  rule loading < 200 ms:              $start_ms ms  $(verdict "$([ "$start_ms" -lt 200 ] && echo 1 || echo 0)")"
  echo "  peak RSS < 200 MB (on a 1 GB corpus; measured here on $size): see the RSS column"
  rm -f "$OUT"/extract-j1.out "$OUT"/extract-jN.out  # large; kept only for the comparison
}

main
