#!/usr/bin/env bash
# Whole-command benchmark: builds a batch of N files of about 250 KB under
# target/bench-batch/ from the reports in benches/data/, then times
# `claimscan extract` on it with 1 and 2 threads and reports MB/s and peak
# memory (GNU time's maximum resident set size).
#
#   bash benches/batch.sh [N]        # default N = 400
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-400}
dir=target/bench-batch
bin=target/release/claimscan
cargo build --release --quiet
if [ ! -f "$dir/.complete-$files" ]; then
  rm -rf "$dir" && mkdir -p "$dir/in"
  # One ~250 KB document: the English reports concatenated (about 226 KB)
  # plus a second copy of the first one.
  cat benches/data/*.txt benches/data/01-*.txt > "$dir/doc.txt"
  for i in $(seq -w 1 "$files"); do cp "$dir/doc.txt" "$dir/in/report-$i.txt"; done
  touch "$dir/.complete-$files"
fi
bytes=$(cat "$dir"/in/*.txt | wc -c)
echo "batch: $files files, $bytes bytes"
for threads in 1 2; do
  best=""
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" extract -q -j "$threads" "$dir/in" -o "$dir/claims.csv"
    read -r secs kb < "$dir/time"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; best_kb=$kb; fi
  done
  mbs=$(awk "BEGIN{printf \"%.0f\", $bytes / 1000000 / $best}")
  echo "threads=$threads best of 3: ${best}s, ${mbs} MB/s, peak RSS ${best_kb} KB, $(($(wc -l < "$dir/claims.csv") - 1)) rows"
done
