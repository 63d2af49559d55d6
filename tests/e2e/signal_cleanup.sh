#!/bin/bash
# SIGINT and SIGTERM during `dyad build` remove every temporary file, and the
# outputs are each either the old file or the complete new one, in 10 trials.
# Odd trials send the signal as soon as a temporary file appears (the write
# window), even ones after a delay that varies from trial to trial.
# Usage: signal_cleanup.sh DYAD GEN_CORPUS WORK_DIR
set -u
dyad=$1 gen=$2 work=$3
rm -rf "$work" && mkdir -p "$work/out"
fail() { echo "FAIL: $*" >&2; exit 1; }
"$gen" --seed 7 --size 3M --format jsonl -o "$work/corpus.jsonl" > /dev/null || fail "gen_corpus"
outputs=(g.json g.gexf g.graphml g.csv)
args=()
for o in "${outputs[@]}"; do args+=(-o "$work/out/$o"); done
files=(g.json g.gexf g.graphml g.nodes.csv g.edges.csv)
"$dyad" build "$work/corpus.jsonl" -j 1 --quiet "${args[@]}" || fail "reference build"
for f in "${files[@]}"; do cp "$work/out/$f" "$work/new.$f"; done
echo "Peru met with Chile on Monday." > "$work/old.txt"
caught=0
for trial in 1 2 3 4 5 6 7 8 9 10; do
  "$dyad" build "$work/old.txt" --quiet "${args[@]}" || fail "old build"
  for f in "${files[@]}"; do cp "$work/out/$f" "$work/old.$f"; done
  signal=INT; [ $((trial % 4)) -ge 2 ] && signal=TERM
  "$dyad" build "$work/corpus.jsonl" -j 1 --quiet "${args[@]}" &
  pid=$!
  if [ $((trial % 2)) -eq 1 ]; then
    shopt -s nullglob dotglob
    while kill -0 "$pid" 2> /dev/null; do
      temps=("$work"/out/.*.tmp.*)
      [ ${#temps[@]} -gt 0 ] && break
    done
    shopt -u nullglob dotglob
  else
    sleep "0.$((trial * 9))"
  fi
  kill -s "$signal" "$pid" 2> /dev/null
  wait "$pid"
  code=$?
  case "$signal:$code" in
    INT:130 | TERM:143) caught=$((caught + 1)) ;;
    *:0) ;;
    *) fail "trial $trial: SIG$signal gave exit code $code" ;;
  esac
  left=$(ls -A "$work/out" | grep '\.tmp\.')
  [ -z "$left" ] || fail "trial $trial: temporary files left: $left"
  for f in "${files[@]}"; do
    cmp -s "$work/out/$f" "$work/old.$f" || cmp -s "$work/out/$f" "$work/new.$f" ||
      fail "trial $trial: $f is neither the old nor the new file"
  done
done
# Without at least a few signals that arrived in time, the test tested nothing.
[ "$caught" -ge 5 ] || fail "only $caught of 10 signals arrived before the build ended"
echo "10 trials, $caught stopped by the signal"
