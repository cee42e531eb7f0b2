//! The grammar fuzzer: documents built from the lexicon tables by
//! `tests/grammar` (English and Chinese clauses, numerals, scales, units,
//! qualifiers, trend words, punctuation, full-width digits, tables and
//! noise), and on each case:
//!
//! - every invariant of `tests/invariants` (no panic, spans on char
//!   boundaries, sorted claims, a parseable ledger, no live formula, the
//!   sentence budget) on each document;
//! - the same batch bytes at 1 and 2 threads (CSV, and JSONL on every
//!   other case);
//! - on one case in eight, time per byte stays flat: the first document
//!   repeated to 16 KiB and to 128 KiB (8×) may take at most 20× as long
//!   (CPU time of the thread, best of three, measured again before a
//!   failure is reported, so a busy machine does not fail it).
//!
//! Under `cargo test` it runs a few cases. A long run, reproducible by its
//! seed (each round of 256 cases has the seed `SEED + round`):
//!
//! ```text
//! CLAIMSCAN_FUZZ_SECONDS=1800 CLAIMSCAN_FUZZ_SEED=1 \
//!     cargo test --release --test fuzz_grammar -- --nocapture
//! ```
//!
//! A failure is shrunk by proptest and printed with its round and seed.

mod cputime;
mod grammar;
mod invariants;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

use claimscan::batch::{self, Options};
use claimscan::extract;
use claimscan::input::Document;
use claimscan::ledger::{self, Format};

/// What a run went through, for its summary line.
#[derive(Default)]
struct Tally {
    cases: AtomicU64,
    documents: AtomicU64,
    bytes: AtomicU64,
    claims: AtomicU64,
    chinese_documents: AtomicU64,
    timed: AtomicU64,
    /// The worst ratio of 128 KiB to 16 KiB time seen, in hundredths.
    worst_ratio: AtomicU64,
    /// The slowest time per MB of a 128 KiB repetition, in milliseconds.
    worst_ms_per_mb: AtomicU64,
}

/// The ledger bytes of a batch of `docs` at `threads` threads.
fn batch_bytes(docs: &[String], threads: usize, format: Format) -> Result<Vec<u8>, String> {
    let documents = docs.iter().enumerate().map(|(i, text)| {
        Ok(Document {
            name: format!("d{i:02}.txt"),
            text: text.clone(),
            warnings: Vec::new(),
            paged: false,
        })
    });
    let mut out = Vec::new();
    match batch::run_stream(
        format,
        &Options::default(),
        documents,
        threads,
        &mut out,
        |_| {},
    ) {
        Ok(Ok(_)) => Ok(out),
        Ok(Err(e)) => Err(format!("batch write failed: {e}")),
        Err(e) => Err(format!("batch failed: {e:?}")),
    }
}

/// Seconds to extract and render `text`, best of `tries` (CPU time of
/// this thread, see `tests/cputime`).
fn seconds(text: &str, tries: usize) -> f64 {
    cputime::best_of(tries, || {
        let extraction = extract::extract(text);
        std::hint::black_box(ledger::render("t.txt", text, &extraction));
    })
}

/// The 16 KiB and 128 KiB repetitions of `unit`: their times and ratio.
fn growth(unit: &str, tries: usize) -> (f64, f64, f64) {
    let small = unit.repeat((16 * 1024usize).div_ceil(unit.len()));
    let large = unit.repeat((128 * 1024usize).div_ceil(unit.len()));
    let (t_small, t_large) = (seconds(&small, tries), seconds(&large, tries));
    (t_small, t_large, t_large / t_small.max(1e-4))
}

fn check_case(docs: &[String], tally: &Tally) -> Result<(), TestCaseError> {
    let case = tally.cases.fetch_add(1, Ordering::Relaxed);
    for doc in docs {
        invariants::check(doc).map_err(TestCaseError::fail)?;
        tally.documents.fetch_add(1, Ordering::Relaxed);
        tally.bytes.fetch_add(doc.len() as u64, Ordering::Relaxed);
        if extract::language::is_chinese(doc) {
            tally.chinese_documents.fetch_add(1, Ordering::Relaxed);
        }
    }
    let format = if case.is_multiple_of(2) {
        Format::Csv
    } else {
        Format::Jsonl
    };
    let one = batch_bytes(docs, 1, format).map_err(TestCaseError::fail)?;
    let two = batch_bytes(docs, 2, format).map_err(TestCaseError::fail)?;
    if one != two {
        return Err(TestCaseError::fail(format!(
            "-j1 and -j2 wrote different {format:?} bytes"
        )));
    }
    let rows = one.iter().filter(|&&b| b == b'\n').count() as u64;
    let header = u64::from(format == Format::Csv);
    tally
        .claims
        .fetch_add(rows.saturating_sub(header), Ordering::Relaxed);

    let unit: String = docs
        .first()
        .map(|d| d.chars().take(512).collect())
        .unwrap_or_default();
    if case.is_multiple_of(8) && unit.len() >= 8 {
        let (mut t_small, mut t_large, mut ratio) = growth(&unit, 3);
        if ratio > 20.0 {
            // Measure again, more carefully, before calling it superlinear.
            (t_small, t_large, ratio) = growth(&unit, 7);
        }
        tally.timed.fetch_add(1, Ordering::Relaxed);
        tally
            .worst_ratio
            .fetch_max((ratio * 100.0) as u64, Ordering::Relaxed);
        let ms_per_mb = t_large * 1000.0 / (128.0 / 1024.0);
        tally
            .worst_ms_per_mb
            .fetch_max(ms_per_mb as u64, Ordering::Relaxed);
        if ratio > 20.0 {
            return Err(TestCaseError::fail(format!(
                "superlinear: {t_small:.4}s for 16 KiB, {t_large:.4}s for 128 KiB of {unit:?}"
            )));
        }
    }
    Ok(())
}

/// Runs one round of `cases` cases from `seed`.
fn round(seed: u64, cases: u32, tally: &Tally) -> Result<(), String> {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        // Shrinking a grammar case is cheap; keep it bounded all the same.
        max_shrink_time: 120_000,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    let strategy = prop::collection::vec(grammar::document(), 1..5);
    runner
        .run(&strategy, |docs| check_case(&docs, tally))
        .map_err(|e| format!("seed {seed}: {e}"))
}

fn summary(tally: &Tally, elapsed: Duration) -> String {
    let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
    format!(
        "{} cases, {} documents ({} Chinese), {:.1} MB, {} claims in {:.0} s; \
         {} growth checks, worst 128/16 KiB time ratio {:.2} (linear: 8), \
         slowest {} ms/MB",
        get(&tally.cases),
        get(&tally.documents),
        get(&tally.chinese_documents),
        get(&tally.bytes) as f64 / 1e6,
        get(&tally.claims),
        elapsed.as_secs_f64(),
        get(&tally.timed),
        get(&tally.worst_ratio) as f64 / 100.0,
        get(&tally.worst_ms_per_mb),
    )
}

/// A few cases under `cargo test`; `CLAIMSCAN_FUZZ_SECONDS` makes it a
/// long run.
#[test]
fn grammar_fuzz() {
    let seconds: u64 = std::env::var("CLAIMSCAN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let base: u64 = std::env::var("CLAIMSCAN_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x19);
    let tally = Tally::default();
    let started = Instant::now();
    if seconds == 0 {
        if let Err(e) = round(base, 24, &tally) {
            panic!("{e}");
        }
        return;
    }
    let deadline = started + Duration::from_secs(seconds);
    let mut next_report = started + Duration::from_secs(60);
    let mut r = 0u64;
    while Instant::now() < deadline {
        let seed = base.wrapping_add(r);
        if let Err(e) = round(seed, 256, &tally) {
            panic!("round {r}, {e}\n{}", summary(&tally, started.elapsed()));
        }
        r += 1;
        if Instant::now() >= next_report {
            eprintln!("round {r}: {}", summary(&tally, started.elapsed()));
            next_report += Duration::from_secs(60);
        }
    }
    eprintln!(
        "grammar fuzz, seeds {base}..{}: {}",
        base.wrapping_add(r),
        summary(&tally, started.elapsed())
    );
}

/// The grammar reaches the extractor: its documents hold claims, in both
/// languages (a grammar that drifted from the tables would produce text
/// the extractor ignores, and the fuzzer would test little).
#[test]
fn grammar_documents_hold_claims() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let (mut docs, mut with_claims, mut chinese, mut chinese_with_claims) = (0, 0, 0, 0);
    for _ in 0..200 {
        let Ok(tree) = grammar::document().new_tree(&mut runner) else {
            continue;
        };
        let doc = proptest::strategy::ValueTree::current(&tree);
        let claims = extract::extract(&doc).claims.len();
        docs += 1;
        with_claims += usize::from(claims > 0);
        if extract::language::is_chinese(&doc) {
            chinese += 1;
            chinese_with_claims += usize::from(claims > 0);
        }
    }
    assert_eq!(docs, 200);
    assert!(
        with_claims * 10 >= docs * 8,
        "{with_claims} of {docs} documents hold claims"
    );
    assert!(
        chinese * 5 >= docs,
        "{chinese} of {docs} documents are Chinese"
    );
    assert!(
        chinese_with_claims * 10 >= chinese * 7,
        "{chinese_with_claims} of {chinese} Chinese documents hold claims"
    );
}
