//! The fuzzer's dictionary (`fuzz/extract.dict`) holds every written form
//! of the lexicon (`units::written_forms`: units, scaled units, scale
//! words, currencies), so it grows as the tables grow: a form added to a
//! table fails this test until `CLAIMSCAN_BLESS=1 cargo test --test
//! fuzz_dict` rewrites the generated part of the dictionary.

use std::collections::BTreeSet;

use claimscan::extract::units;

const DICT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/extract.dict");
const MARK: &str = "# Generated from the lexicon";

/// A token in libFuzzer's dictionary syntax: `"..."` with `\\`, `\"` and
/// every byte outside printable ASCII as `\xNN`.
fn token(form: &str) -> String {
    let mut out = String::from("\"");
    for byte in form.bytes() {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02X}")),
        }
    }
    out.push('"');
    out
}

/// The lexicon's forms, each alone and after a space (as they follow a
/// number).
fn wanted() -> BTreeSet<String> {
    units::written_forms()
        .flat_map(|form| [token(form), token(&format!(" {form}"))])
        .collect()
}

#[test]
fn fuzz_dictionary_holds_every_lexicon_form() {
    let dict = std::fs::read_to_string(DICT).unwrap_or_default();
    let have: BTreeSet<&str> = dict.lines().map(str::trim).collect();
    let missing: Vec<String> = wanted()
        .into_iter()
        .filter(|t| !have.contains(t.as_str()))
        .collect();
    if missing.is_empty() {
        return;
    }
    if std::env::var_os("CLAIMSCAN_BLESS").is_some() {
        let hand_written = dict.split(MARK).next().unwrap_or_default().trim_end();
        let generated: Vec<String> = wanted().into_iter().collect();
        let text = format!(
            "{hand_written}\n\n{MARK} tables (units::written_forms) by \
             `CLAIMSCAN_BLESS=1 cargo test --test fuzz_dict`.\n{}\n",
            generated.join("\n")
        );
        assert!(std::fs::write(DICT, text).is_ok(), "cannot write {DICT}");
        return;
    }
    panic!(
        "{} lexicon forms are missing from fuzz/extract.dict, e.g. {:?}; \
         run CLAIMSCAN_BLESS=1 cargo test --test fuzz_dict",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
}
