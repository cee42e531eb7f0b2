//! What must hold for `extract` and the ledger on any text, shared by the
//! property tests (`tests/properties.rs`) and the fuzz target
//! (`tests/fuzz_extract.rs`):
//!
//! - no panic; claim, subject and sentence spans lie inside the text, on
//!   char boundaries; sentences are sorted and disjoint;
//! - claims are non-empty, sorted by start, non-overlapping, and each
//!   starts inside the sentence its `sentence` index names;
//! - the rendered ledger parses back as CSV with one 17-column row per
//!   claim, unique claim ids, plain numbers (no exponent) in numeric cells
//!   and no live formula in text cells, even when a spreadsheet splits the
//!   lines at `;`, tab, `|` or space instead of `,`;
//! - a sentence's rows together repeat at most about 16 KiB of it plus a
//!   narrow window a claim, however many claims it holds.
//!
//! Inputs that once broke one of these are kept in [`ONCE_BROKEN`] and
//! checked on every run.

#![allow(dead_code)] // each test binary uses a part

use std::cell::RefCell;
use std::collections::HashSet;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use claimscan::extract::{self, Extraction};
use claimscan::ledger;

/// Inputs that once broke an invariant (found by the property tests and
/// the adversarial benchmark; fixed in `src/extract`).
pub const ONCE_BROKEN: &[&str] = &[
    // A no-break or thin space before a number: char-boundary panic.
    "\u{a0}0",
    "rose\u{2009}5%",
    "total\u{202f}12 parks",
    // Decimal overflow on stacked scales and huge numbers.
    "99999999999 trillion trillion",
    "79228162514264337593543950335 and a half",
    // Overflow in the change-or-range test of `by X to Y` (found by the
    // fuzzer after the first overflow fixes).
    "no less than 3333333333333333333333333333330l to 5.333333333333333333333333333333336 per cent.",
    "by 79228162514264337593543950335 to 5 per cent",
    "79228162514264337593543950335¾ per cent",
    // Formulas behind controls, separators and full-width forms (issue 19).
    "\u{1}=HYPERLINK(\"http://x\") rose 5%;=1+1 and 3%|@SUM(1) +/- 2%.",
    "＝1+1 rose 5% ＋cmd and\u{7f}-2+3 fell 4%.",
    // Values out of range once panicked or saturated.
    "Output was 45 and 50 trillion trillion bcm.",
    // A claim across a line break: the line ends there for a spreadsheet
    // splitting at `;` (found by the lexicon-drawn property test).
    " RM\n-1,000",
    "ninety-nine hundred -0;=HYPERLINK(\"x\")",
    // A currency sign between two numbers, taken by both: overlapping claims.
    "0$0",
    "0$3.14159265358979323846261.",
    "exports 5 $10 million",
];

thread_local! {
    /// Where the last panic on this thread happened, and its message.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Records each panic's site and message for [`check`], then passes it
/// on to the hook installed before.
fn install_panic_recorder() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let site = info
                .location()
                .map_or_else(String::new, |l| format!("{}:{}", l.file(), l.line()));
            let payload = info.payload();
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            LAST_PANIC.with(|last| *last.borrow_mut() = Some(format!("{site}: {message}")));
            previous(info);
        }));
    });
}

/// Extracts `text` (catching a panic) and checks every invariant; `Err`
/// says what broke.
pub fn check(text: &str) -> Result<(), String> {
    install_panic_recorder();
    let extraction =
        panic::catch_unwind(AssertUnwindSafe(|| extract::extract(text))).map_err(|_| {
            let what = LAST_PANIC.with(|last| last.borrow_mut().take());
            format!("extract panicked at {}", what.unwrap_or_default())
        })?;
    check_extraction(text, &extraction)?;
    check_ledger(text, &extraction)
}

/// Spans, order and sentence indices of one extraction of `text`.
pub fn check_extraction(text: &str, extraction: &Extraction) -> Result<(), String> {
    let on_boundary = |pos: usize| pos <= text.len() && text.is_char_boundary(pos);
    let sentences = &extraction.sentences;
    for (i, s) in sentences.iter().enumerate() {
        if s.start > s.end || !on_boundary(s.start) || !on_boundary(s.end) {
            return Err(format!(
                "sentence {i} {s:?} is reversed or off char boundaries"
            ));
        }
        if i > 0 && sentences[i - 1].end > s.start {
            return Err(format!("sentences {} and {i} overlap", i - 1));
        }
    }
    let claims = &extraction.claims;
    for (i, claim) in claims.iter().enumerate() {
        let span = claim.span;
        if span.start >= span.end {
            return Err(format!("claim {i} {span:?} is empty or reversed"));
        }
        if !on_boundary(span.start) || !on_boundary(span.end) {
            return Err(format!("claim {i} {span:?} is not on char boundaries"));
        }
        if i > 0 && claims[i - 1].span.end > span.start {
            let before = claims[i - 1].span;
            return Err(format!(
                "claims {before:?} and {span:?} are unsorted or overlap"
            ));
        }
        match sentences.get(claim.sentence) {
            None => {
                return Err(format!(
                    "claim {i} names sentence {} of {}",
                    claim.sentence,
                    sentences.len()
                ));
            }
            Some(s) if !(s.start <= span.start && span.start < s.end) => {
                return Err(format!(
                    "claim {i} {span:?} starts outside its sentence {s:?}"
                ));
            }
            Some(_) => {}
        }
        if let Some(subject) = claim.subject
            && (subject.start > subject.end
                || !on_boundary(subject.start)
                || !on_boundary(subject.end))
        {
            return Err(format!(
                "claim {i} subject {subject:?} is off char boundaries"
            ));
        }
    }
    Ok(())
}

/// The ledger of `text` parses back: one 17-column row per claim, unique
/// ids, plain numbers, inert text cells.
pub fn check_ledger(text: &str, extraction: &Extraction) -> Result<(), String> {
    let mut bytes = ledger::header();
    bytes.extend(ledger::render("doc.txt", text, extraction));
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut ids = HashSet::new();
    let mut rows = 0;
    // Bytes of sentence cells and rows, per sentence index.
    let mut per_sentence: std::collections::HashMap<String, (usize, usize)> =
        std::collections::HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("ledger is not valid CSV: {e}"))?;
        if record.len() == 17 {
            let entry = per_sentence.entry(record[3].to_string()).or_default();
            entry.0 += record[16].len();
            entry.1 += 1;
        }
        if record.len() != 17 {
            return Err(format!("row has {} columns: {record:?}", record.len()));
        }
        if !ids.insert(record[0].to_string()) {
            return Err(format!("duplicate claim id {}", &record[0]));
        }
        // line, sentence_index, start, end, value, norm_value
        for i in [2, 3, 4, 5, 8, 11] {
            let cell = &record[i];
            if cell.parse::<f64>().is_err() || cell.contains(['e', 'E']) {
                return Err(format!("cell {i} is not a plain number: {record:?}"));
            }
        }
        rows += 1;
    }
    if rows != extraction.claims.len() {
        return Err(format!(
            "{rows} rows for {} claims",
            extraction.claims.len()
        ));
    }
    // However often a sentence would be repeated, its rows together hold
    // at most 16 KiB of it plus a narrow window a claim (and the guard's
    // marks: a `'` a separator, U+FFFD for a control byte, at most 3×).
    for (sentence, (bytes, claims)) in &per_sentence {
        if *bytes > 3 * (16 * 1024 + 90 * claims) {
            return Err(format!(
                "sentence {sentence}: {claims} rows repeat {bytes} bytes of it"
            ));
        }
    }
    no_live_formula(&bytes)
}

/// What starts a formula in a spreadsheet cell (OWASP's list, with the
/// full-width and small forms).
const FORMULA_STARTS: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣',
];

/// A spreadsheet reads it as a number: sign, digits, commas, decimals, `%`.
fn plain_number(cell: &str) -> bool {
    let body = cell.trim_start_matches(['-', '+']).trim_end_matches('%');
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && !body.ends_with('.')
}

/// The ledger opened as a spreadsheet would, split at `,` and at every
/// other separator one may use (`;` in European locales, tab, `|`,
/// space): no piece may start a formula (after invisible characters a
/// spreadsheet may drop), nor hold a control character it may drop. A
/// plain number, and a lone `-` (stdin's name, or a dash between spaces),
/// cannot call anything.
pub fn no_live_formula(ledger: &[u8]) -> Result<(), String> {
    for delimiter in [b',', b';', b'\t', b'|', b' '] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(ledger);
        for record in reader.records() {
            let Ok(record) = record else { continue };
            for field in &record {
                if field.contains(|c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
                    return Err(format!("a control character in {field:?}"));
                }
                let visible = field.trim_start_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
                });
                let lone = visible.chars().count() == 1;
                if visible.starts_with(FORMULA_STARTS)
                    && !plain_number(field)
                    && !(lone && (delimiter == b' ' || field == "-"))
                {
                    return Err(format!(
                        "split at {:?}, the piece {field:?} is a live formula",
                        delimiter as char
                    ));
                }
            }
        }
    }
    Ok(())
}
