//! Walks every `tests/fixtures/NAME.txt` with its `NAME.expected.csv` and
//! checks that the library's ledger for it (header included, file name
//! `NAME.txt`) matches byte for byte. Adding a case adds files, not code.
//!
//! `CLAIMSCAN_BLESS=1 cargo test --test fixtures` (re)writes the expected
//! files from the current output; read the diff before committing it.

use std::fs;
use std::path::{Path, PathBuf};

use claimscan::{extract, ledger};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The `.txt` fixtures, sorted by name.
fn fixture_texts() -> Vec<PathBuf> {
    let mut texts: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .expect("tests/fixtures is readable")
        .map(|entry| entry.expect("fixture entry is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    texts
}

/// The ledger the library writes for one fixture text.
fn ledger_for(name: &str, text: &str) -> Vec<u8> {
    let mut out = ledger::header();
    out.extend(ledger::render(name, text, &extract::extract(text)));
    out
}

/// A row-by-row diff: rows only in the expected file (`-`) or only in the
/// actual output (`+`), keyed by line so reordering shows too.
fn row_diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let rows = expected.len().max(actual.len());
    for i in 0..rows {
        match (expected.get(i), actual.get(i)) {
            (Some(e), Some(a)) if e == a => {}
            (e, a) => {
                out.push_str(&format!("line {}:\n", i + 1));
                if let Some(e) = e {
                    out.push_str(&format!("  - {e}\n"));
                }
                if let Some(a) = a {
                    out.push_str(&format!("  + {a}\n"));
                }
            }
        }
    }
    if out.is_empty() {
        // Same lines, different bytes: line endings or a final newline.
        out.push_str("  (rows equal; line endings or trailing bytes differ)\n");
    }
    out
}

#[test]
fn fixtures_match_expected_ledgers() {
    let bless = std::env::var_os("CLAIMSCAN_BLESS").is_some_and(|v| v == "1");
    let texts = fixture_texts();
    assert!(!texts.is_empty(), "no fixtures in tests/fixtures");
    let mut failures = Vec::new();
    for text_path in &texts {
        let name = text_path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("fixture names are UTF-8")
            .to_string();
        let stem = name.trim_end_matches(".txt");
        let expected_path = text_path.with_file_name(format!("{stem}.expected.csv"));
        let text = fs::read_to_string(text_path).expect("fixture text is UTF-8");
        let actual = ledger_for(&name, &text);
        if bless {
            fs::write(&expected_path, &actual).expect("expected file is writable");
            continue;
        }
        let Ok(expected) = fs::read(&expected_path) else {
            failures.push(format!(
                "{name}: missing {}; run with CLAIMSCAN_BLESS=1 to create it",
                expected_path.display()
            ));
            continue;
        };
        if expected != actual {
            failures.push(format!(
                "{name}: ledger differs from {stem}.expected.csv (- expected, + actual)\n{}",
                row_diff(
                    &String::from_utf8_lossy(&expected),
                    &String::from_utf8_lossy(&actual)
                )
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n\n{}",
        failures.len(),
        texts.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expected_file_has_its_text() {
    let dir = fixtures_dir();
    for entry in fs::read_dir(&dir).expect("tests/fixtures is readable") {
        let path = entry.expect("fixture entry is readable").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(stem) = name.strip_suffix(".expected.csv") {
            assert!(
                dir.join(format!("{stem}.txt")).is_file(),
                "{name} has no {stem}.txt beside it"
            );
        }
    }
}
