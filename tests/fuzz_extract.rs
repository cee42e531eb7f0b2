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
//! input stage does, and every invariant of `tests/invariants` is checked.

mod invariants;

#[test]
fn fuzz_extract() {
    bolero::check!().for_each(|bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes);
        if let Err(what) = invariants::check(&text) {
            panic!("{what}\ninput: {text:?}");
        }
    });
}
