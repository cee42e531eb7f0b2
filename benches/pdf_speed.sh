#!/usr/bin/env bash
# PDF reading speed: times `claimscan text FILE` (the input stage alone:
# parse, lay out, drop furniture) and `claimscan extract -j 1 FILE` (the
# whole run) on each PDF given, best of 3 runs each, and reports MB/s and
# pages/s over the set. Pages are counted from the `--- page N ---` marks
# of `claimscan text`.
#
#   bash benches/pdf_speed.sh [PDF...]      # default: ../shared/formats/*.pdf
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/claimscan
cargo build --release --quiet
if [ $# -eq 0 ]; then set -- ../shared/formats/*.pdf; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() { # best wall time of 3 runs of "$@", in seconds
  local b=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$tmp/t" "$@" > /dev/null 2>&1 || true
    local s; s=$(tail -1 "$tmp/t")
    if [ -z "$b" ] || awk "BEGIN{exit !($s < $b)}"; then b=$s; fi
  done
  echo "$b"
}
total_bytes=0; total_pages=0; total_text=0; total_extract=0
printf '%-60s %8s %6s %8s %8s %9s %9s\n' file bytes pages text_s extract_s text_MB/s pages/s
for f in "$@"; do
  bytes=$(wc -c < "$f")
  pages=$("$bin" text "$f" | grep -c '^--- page [0-9]* ---$' || true)
  t=$(best "$bin" text "$f")
  e=$(best "$bin" extract -q -j 1 "$f" -o "$tmp/out.csv")
  printf '%-60s %8d %6d %8.2f %8.2f %9.2f %9.1f\n' "$(basename "$f")" "$bytes" "$pages" "$t" "$e" \
    "$(awk "BEGIN{print $bytes/1e6/($t>0?$t:0.01)}")" "$(awk "BEGIN{print $pages/($t>0?$t:0.01)}")"
  total_bytes=$((total_bytes + bytes)); total_pages=$((total_pages + pages))
  total_text=$(awk "BEGIN{print $total_text + $t}"); total_extract=$(awk "BEGIN{print $total_extract + $e}")
done
echo "total: $total_bytes bytes, $total_pages pages; text ${total_text}s:" \
  "$(awk "BEGIN{printf \"%.2f MB/s, %.0f pages/s\", $total_bytes/1e6/$total_text, $total_pages/$total_text}");" \
  "extract -j 1 ${total_extract}s:" \
  "$(awk "BEGIN{printf \"%.2f MB/s, %.0f pages/s\", $total_bytes/1e6/$total_extract, $total_pages/$total_extract}")"
