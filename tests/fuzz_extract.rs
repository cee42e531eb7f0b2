//! Fuzz target for `extract` (bolero). Under `cargo test` it runs as a
//! quick test over random inputs and the saved corpus; under a fuzzing
//! engine, on the stable toolchain:
//!
//! ```text
//! cargo install cargo-bolero --no-default-features --features libfuzzer
//! cargo bolero test fuzz_extract --test fuzz_extract --sanitizer NONE \
//!     --profile release --time 600s
//! ```
//!
//! (`--sanitizer NONE` keeps it on stable: the address sanitizer needs
//! `-Zsanitizer`.) The bytes become text with U+FFFD replacement, as the
//! input stage does, and every invariant of `tests/invariants` is checked,
//! on the text and on the text repeated to 16 KiB.

mod invariants;

#[test]
fn fuzz_extract() {
    bolero::check!().for_each(|bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes);
        if let Err(what) = invariants::check(&text) {
            panic!("{what}\ninput: {text:?}");
        }
        // The same text repeated to 16 KiB: the shape of hostile input
        // (a table row on every line, number-dense text without a full
        // stop), where a ledger repeating its sentences or a quadratic
        // stage shows (the sentence budget is an invariant; libFuzzer's
        // -timeout in fuzz/run.sh reports a slow input).
        let unit: String = text.chars().take(256).collect();
        if !unit.is_empty() {
            let repeated = unit.repeat((16 * 1024usize).div_ceil(unit.len()));
            if let Err(what) = invariants::check(&repeated) {
                panic!("{what}\nrepeated input: {unit:?}");
            }
        }
    });
}
