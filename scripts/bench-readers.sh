#!/usr/bin/env bash
# Benchmark (not a test): `condorpress check --data` on three hostile inputs, each beside a valid
# vix.csv: a 200 MB spx.csv whose every row is an error, a 5,000,000-row spx.csv of valid-looking
# rows whose dates run past the calendar, and a 200 MB spx.csv with no line break after its header. Prints peak memory (RSS) and wall time from
# /usr/bin/time -v, and how many lines reached standard error. Nothing is asserted; the goal is a
# peak under 256 MiB and an output of a few dozen lines.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CONDORPRESS:-.build/release/condorpress}
work=.build/bench/readers
rm -rf "$work" && mkdir -p "$work/big" "$work/rows" "$work/oneline"

vix='Date,vix\n2024-01-02,13.20\n2024-01-03,14.04\n'
printf "$vix" > "$work/big/vix.csv"
printf "$vix" > "$work/rows/vix.csv"
printf "$vix" > "$work/oneline/vix.csv"

# 200 MB: Yahoo rows with a close that is not a number, about 60 bytes each.
awk 'BEGIN { print "Date,Open,High,Low,Close,Adj Close,Volume";
  row = "2024-01-02,4745.20,4754.33,4722.67,abc,4742.83,3743050000";
  n = int(200 * 1000 * 1000 / (length(row) + 1)); for (i = 0; i < n; i++) print row }' > "$work/big/spx.csv"
# 5,000,000 rows: one per calendar day from 1990-01-01, so they leave 1990–2050 after 22,280 rows.
awk 'BEGIN { print "Date,Close"; split("31 28 31 30 31 30 31 31 30 31 30 31", dim, " ");
  y = 1990; m = 1; d = 1;
  for (i = 0; i < 5000000; i++) {
    printf "%04d-%02d-%02d,4700.5\n", y, m, d;
    leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    last = dim[m] + (m == 2 && leap ? 1 : 0);
    if (++d > last) { d = 1; if (++m > 12) { m = 1; y++ } }
  } }' > "$work/rows/spx.csv"

# 200 MB without a line break after the first row: one field that never ends.
{ printf 'Date,Close\n2024-01-02,'; head -c 200000000 /dev/zero | tr '\0' '7'; } > "$work/oneline/spx.csv"

for case in big rows oneline; do
  size=$(du -m "$work/$case/spx.csv" | cut -f1)
  lines=$(($(wc -l < "$work/$case/spx.csv") - 1))
  echo "== check --data on spx.csv of $size MB, $lines rows"
  set +e
  /usr/bin/time -v "$bin" check --data "$work/$case" > "$work/$case.out" 2> "$work/$case.err"
  status=$?
  set -e
  peak=$(grep 'Maximum resident set size' "$work/$case.err" | awk '{ print $NF }')
  wall=$(grep 'Elapsed (wall clock)' "$work/$case.err" | awk '{ print $NF }')
  report=$(grep -v -P '^\t' "$work/$case.err" | grep -v -c '^Command' || true)
  echo "    exit $status, peak $((peak / 1024)) MiB, wall $wall, $report lines on standard error:"
  grep -v -P '^\t' "$work/$case.err" | grep -v '^Command' > "$work/$case.report"
  { head -n 2 "$work/$case.report"; echo "..."; tail -n 2 "$work/$case.report"; } | cut -c1-160 | sed 's/^/      /'
done
