#!/usr/bin/env bash
# Benchmarks (not tests): option math, the engine, a full 36-year site build (and, side by side
# with Hugo on its 9,000-page reference site, three fresh and three --full-over-existing runs), an incremental
# build after appending one trading day, and full builds of the sample with 0, 1,500, 4,000 and 10,000
# generated glossary terms, and reading a 5,000,000-row chain.csv. Prints wall time and peak memory;
# nothing is asserted.
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

# One timed run: prints "<wall seconds> <peak KB>" of the command, its own output to $work/last.txt.
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/last.txt" 2>&1; cat "$work/time.txt"; }
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

echo "== side by side with Hugo: the 36-year full build, three runs each, in this one run"
# Every fresh run writes into a folder that never existed, and every timed run starts at least
# 35 s after the last large deletion: on ext4 without a journal, creating files within 30 s of
# deleting many others scans past every freed inode (fs/ext4/ialloc.c, recently_deleted), which
# costs either tool seconds of system time that a real build does not pay.
settle() { sync; sleep 35; }
python3 ../shared/bench/hugo_site.py "$work/hugo-src" >/dev/null
hugo_times=(); fresh_times=(); over_times=(); fresh_peak=0; over_peak=0
settle
# Hugo's reference site has no search index, so CondorPress builds without one here (--no-search);
# the full and incremental builds above and below include Pagefind's step.
for run in 1 2 3; do
  read -r t _ < <(measure hugo --quiet -s "$work/hugo-src" -d "$work/hugo-out-$run"); hugo_times+=("$t")
  read -r t m < <(measure "$bin" build --data "$work/full" --output "$work/site-side-$run" --full --no-search)
  fresh_times+=("$t"); [ "$m" -gt "$fresh_peak" ] && fresh_peak=$m
  sync
  # Over an existing site: the build replaces it and removes the old tree before it exits.
  read -r t m < <(measure "$bin" build --data "$work/full" --output "$work/site-side-$run" --full --no-search)
  over_times+=("$t"); [ "$m" -gt "$over_peak" ] && over_peak=$m
  settle
done
hugo_median=$(median "${hugo_times[@]}")
fresh_median=$(median "${fresh_times[@]}")
over_median=$(median "${over_times[@]}")
printf '    hugo (%s pages):          runs %s s, median %s s\n' \
  "$(find "$work/hugo-out-1" -name index.html | wc -l)" "${hugo_times[*]}" "$hugo_median"
printf '    condorpress fresh:            runs %s s, median %s s, peak %s MiB, ratio %s x Hugo\n' \
  "${fresh_times[*]}" "$fresh_median" "$((fresh_peak / 1024))" "$(awk "BEGIN { printf \"%.2f\", $fresh_median / $hugo_median }")"
printf '    condorpress --full over site: runs %s s, median %s s, peak %s MiB, ratio %s x Hugo\n' \
  "${over_times[*]}" "$over_median" "$((over_peak / 1024))" "$(awk "BEGIN { printf \"%.2f\", $over_median / $hugo_median }")"
rm -rf "$work"/hugo-out-* "$work"/site-side-*

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

echo "== full build of the sample site with a large generated glossary (bench-glossary)"
for terms in 0 1500 4000 10000; do
  "$bin" bench-glossary --terms "$terms" --out "$work/glossary-$terms" >/dev/null
  echo "  $terms generated terms (plus the sample's own):"
  timed "$bin" build --content "$work/glossary-$terms" --config "$work/glossary-$terms/condorpress.yml" \
    --data Content/data --output "$work/site-glossary-$terms" --full 2>&1 | sed 's/^/    /'
done

echo "== chain.csv: 5,000,000 generated rows (scripts/generate-chain.py, optionsDX-like), condorpress check"
"$bin" sample-data --seed 5 --from 2023-01-02 --to 2023-12-29 --out "$work/chain" >/dev/null
python3 scripts/generate-chain.py "$work/chain" 5000000 >/dev/null
/usr/bin/time -f "%e s wall, %M KB peak" "$bin" check --data "$work/chain" 2>&1 >/dev/null \
  | grep -E "chain.csv|wall" | sed 's/^/    /'
echo "  and a full build of that year priced from it (engine, briefings, stats/model-vs-market/):"
/usr/bin/time -f "%e s wall, %M KB peak" "$bin" build --data "$work/chain" --output "$work/site-chain" --full \
  2>&1 >/dev/null | grep -E "wall" | sed 's/^/    /'
rm -rf "$work/chain/chain.csv" "$work/site-chain"

echo "== hostile data files (scripts/bench-readers.sh)"
scripts/bench-readers.sh | sed 's/^/    /'
