#!/bin/sh
# Fuzzes `extract` with libFuzzer through bolero, on the stable toolchain,
# for $1 seconds (default 600). Seeds: the fixtures and input/; tokens:
# fuzz/extract.dict (hand-written tokens and every lexicon form, kept in
# step by tests/fuzz_dict.rs). An input slower than 10 s (the harness also
# runs it repeated to 16 KiB) or above 2 GB of memory is a failure. The
# corpus and any crashes stay under target/.
#
#   cargo install cargo-bolero --no-default-features --features libfuzzer
#   sh fuzz/run.sh 600
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
corpus=target/fuzz-corpus/extract
crashes=target/fuzz-crashes/extract
mkdir -p "$corpus" "$crashes"
cp tests/fixtures/*.txt input/*.txt "$corpus"/
exec cargo bolero test fuzz_extract --manifest-path fuzz/Cargo.toml \
    --sanitizer NONE --corpus-dir "$corpus" --crashes-dir "$crashes" \
    -T "${seconds}s" \
    --engine-args="-dict=fuzz/extract.dict -timeout=10 -rss_limit_mb=2048"
