#!/usr/bin/env bash
# Benchmarks (not tests): option math, the engine, a full 36-year site build and an incremental
# build after appending one trading day. Prints wall time and peak memory; nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/condorpress
work=.build/bench
rm -rf "$work" && mkdir -p "$work"
timed() { /usr/bin/time -f "    %e s wall, %U s user, %M KB peak" "$@"; }

echo "== data: 36 years of synthetic sessions (seed 11)"
"$bin" sample-data --seed 11 --from 1990-01-02 --to 2025-12-31 --out "$work/full" >/dev/null
mkdir -p "$work/before"
for f in "$work"/full/*.csv; do
  name=$(basename "$f")
  if [ "$name" = events.csv ]; then cp "$f" "$work/before/$name"; else head -n -1 "$f" > "$work/before/$name"; fi
done
echo "    $(($(wc -l < "$work/full/spx.csv") - 1)) sessions; the 'before' copy lacks the last one"

echo "== option math (release)"
"$bin" bench-option-math | sed 's/^/    /'

echo "== engine: all three profiles"
"$bin" bench-engine --data "$work/full" | sed 's/^/    /'

echo "== full build of the 36-year site"
timed "$bin" build --data "$work/full" --output "$work/site-full" --full 2>&1 | sed 's/^/    /'

echo "== incremental build: the previous site lacks the last day (5 runs, best and median)"
"$bin" build --data "$work/before" --output "$work/site-before" --full >/dev/null
times=()
for run in 1 2 3 4 5; do
  # A fresh copy of the previous site for every run: hard links for the pages (an update replaces
  # files by renaming, never writes into them), real copies of the archive exports, which an
  # update extends in place.
  rm -rf "$work/site-inc" && cp -al "$work/site-before" "$work/site-inc"
  for f in outcomes.csv outcomes.json outcomes.sqlite; do
    rm "$work/site-inc/archive/$f" && cp "$work/site-before/archive/$f" "$work/site-inc/archive/$f"
  done
  sync
  start=$(date +%s.%N)
  "$bin" build --data "$work/full" --output "$work/site-inc" --timings > "$work/inc-$run.txt" 2>&1
  end=$(date +%s.%N)
  times+=("$(awk "BEGIN { printf \"%.3f\", $end - $start }")")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
printf '    runs: %s s\n' "${times[*]}"
printf '    best %.3f s, median %.3f s (whole process, wall clock)\n' "${sorted[0]}" "${sorted[2]}"
sed 's/^/    /' "$work/inc-5.txt"
if diff -r "$work/site-full" "$work/site-inc" >/dev/null; then
  echo "    incremental result is byte-identical to the full build"
else
  echo "    WARNING: incremental result differs from the full build"; exit 1
fi

echo "== hostile data files (scripts/bench-readers.sh)"
scripts/bench-readers.sh | sed 's/^/    /'
