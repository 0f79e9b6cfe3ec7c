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

echo "== incremental build: previous site lacks the last day"
"$bin" build --data "$work/before" --output "$work/site-inc" --full >/dev/null
timed "$bin" build --data "$work/full" --output "$work/site-inc" 2>&1 | sed 's/^/    /'
if diff -rq "$work/site-full" "$work/site-inc" >/dev/null; then
  echo "    incremental result is byte-identical to the full build"
else
  echo "    WARNING: incremental result differs from the full build"; exit 1
fi
