//! Properties of `extract` and the ledger on any text (the list is in
//! `tests/invariants/mod.rs`: no panic, spans on char boundaries, claims
//! sorted and non-overlapping inside their sentence, a 17-column ledger
//! with unique ids, plain numbers and inert text cells), plus determinism
//! and the same batch bytes for 1 and N threads.
//!
//! Two kinds of input: arbitrary Unicode, and text glued from report-like
//! fragments (digits, separators, number and scale words, units, currency
//! signs, hyphens, newlines, no-break and thin spaces), which reaches far
//! more of the extractor. Case counts are modest so the file runs in a few
//! seconds in debug; `PROPTEST_CASES=N` raises them for a longer hunt.
//! Inputs that once broke an invariant are re-checked every run
//! (`once_broken_inputs_hold`).

mod cputime;
mod invariants;

use proptest::prelude::*;

use claimscan::batch;
use claimscan::extract;
use claimscan::input::Source;

const FRAGMENTS: &[&str] = &[
    // digits and separators
    "0",
    "1",
    "7",
    "12",
    "2024",
    "1,065",
    "3,867",
    "97.3",
    "0.5",
    "1.",
    ".5",
    ",",
    ".",
    "1,00",
    "12,345,678",
    "99999999999999999999999999999999",
    "3.1415926535897932384626",
    // number and scale words
    "one",
    "two",
    "eight",
    "twelve",
    "twenty",
    "twenty-five",
    "hundred",
    "thousand",
    "a thousand",
    "a dozen",
    "half",
    "half a million",
    "million",
    "billion",
    "trillion",
    "lakh",
    "crore",
    "lakh crore",
    "tens of",
    "and a half",
    // units and kinds
    "%",
    " percent",
    " per cent",
    " percentage points",
    " pp",
    " mu",
    " hectares",
    " ha",
    " km2",
    " km²",
    " square kilometres",
    " km",
    " tonnes",
    " kWh",
    " GW",
    " μg/m3",
    " µg/m³",
    " mg/L",
    " years",
    " consecutive years",
    " months",
    " days",
    "-fold",
    " times",
    " parks",
    " jin",
    " barrels",
    " cubic meters",
    // currencies
    "$",
    "US$",
    "HK$",
    "€",
    "£",
    "¥",
    "₹",
    "Rs ",
    "RMB ",
    " yuan",
    " dollars",
    "m",
    "bn",
    // context words
    "over ",
    "nearly ",
    "about ",
    "at least ",
    "up to ",
    "more than ",
    "rose ",
    "fell by ",
    "climbed to ",
    "an increase of ",
    "to ",
    " and ",
    "between ",
    "from ",
    "by ",
    "or more",
    // non-claims
    "April ",
    "January 21, ",
    "(2021-2025)",
    "[10]",
    "principle10",
    "PM2.5",
    "COVID-19",
    "G20",
    "5G",
    "14th",
    "Fifth,",
    "second-best",
    "2. ",
    "No. ",
    "page ",
    "9:30",
    "+86 10 6519 2233",
    // punctuation, spacing, hyphens
    " ",
    "  ",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "-",
    "–",
    "—",
    "−",
    "(",
    ")",
    ";",
    ":",
    "'",
    "\"",
    "?",
    "!",
    "...",
    "/",
    "=",
    "+",
    "@",
    // other scripts
    "é",
    "中国",
    "٣",
    "😀",
    "\u{301}",
    "\u{fffd}",
    "ß",
];

/// A piece of text from the lexicon tables themselves (every unit,
/// scaled unit, scale word and currency form), so the generated text
/// grows with the tables.
fn lexicon_piece() -> impl Strategy<Value = String> {
    let forms: Vec<&'static str> = claimscan::extract::units::written_forms().collect();
    prop_oneof![
        prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        prop::sample::select(forms).prop_map(|f| format!(" {f}")),
        prop::sample::select(TABLE_AND_FORMULA_PIECES).prop_map(str::to_string),
    ]
}

/// Table notes and rows, and formula starts after separators: the shapes
/// of issue 19's crafted inputs.
const TABLE_AND_FORMULA_PIECES: &[&str] = &[
    "(10,000 tons)",
    "(Unit: 10,000 tons)",
    "(100 million yuan)",
    "(%)",
    " 5 kg\n",
    "  4.5  6.1\n",
    ";=HYPERLINK(\"x\")",
    "|-2+3",
    " +cmd",
    "\u{0}",
    "\u{1}",
    "＝",
    "＋",
    "ninety-nine hundred ",
    "trillion trillion",
];

/// Report-like text drawn from the fragments and the lexicon.
fn lexicon_like() -> impl Strategy<Value = String> {
    prop::collection::vec(lexicon_piece(), 0..48).prop_map(|parts| parts.concat())
}

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..48).prop_map(|parts| parts.concat())
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..160).prop_map(|chars| chars.into_iter().collect())
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    invariants::check(text).map_err(TestCaseError::fail)
}

#[test]
fn once_broken_inputs_hold() {
    for input in invariants::ONCE_BROKEN {
        if let Err(what) = invariants::check(input) {
            panic!("{input:?}: {what}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode_keeps_the_invariants(text in arbitrary_text()) {
        check_all(&text)?;
    }

    #[test]
    fn arbitrary_string_keeps_the_invariants(text in any::<String>()) {
        check_all(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(768))]

    #[test]
    fn report_like_text_keeps_the_invariants(text in report_like()) {
        check_all(&text)?;
    }

    #[test]
    fn extraction_is_deterministic(text in report_like()) {
        check_all(&text)?;
        let a = extract::extract(&text);
        let b = extract::extract(&text);
        prop_assert_eq!(a.sentences, b.sentences);
        prop_assert_eq!(a.claims, b.claims);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn lexicon_like_text_keeps_the_invariants(text in lexicon_like()) {
        check_all(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// A short piece repeated many times (a page of one table row, text
    /// with no full stop): the ledger stays within the sentence budget and
    /// every invariant holds at size.
    #[test]
    fn repeated_text_keeps_the_invariants(unit in lexicon_like(), times in 50usize..200) {
        prop_assume!(!unit.is_empty());
        check_all(&unit.repeat(times))?;
    }
}

/// Seconds for extracting and rendering `text`, best of two, in CPU time
/// of this thread (wall time on a loaded machine reads as superlinear:
/// see `tests/cputime`).
fn seconds(text: &str) -> f64 {
    cputime::best_of(2, || {
        let extraction = extract::extract(text);
        let rows = claimscan::ledger::render("t.txt", text, &extraction);
        std::hint::black_box(rows);
    })
}

/// The time ratio of `large` to `small`, the best of up to three tries:
/// a linear stage passes on the first try, while a busy machine can stall
/// one measurement but not three, and a quadratic stage fails all three.
fn growth_ratio(small: &str, large: &str) -> (f64, f64, f64) {
    let mut best = (f64::INFINITY, 0.0, 0.0);
    for _ in 0..3 {
        let (t_small, t_large) = (seconds(small), seconds(large));
        let ratio = t_large / t_small.max(1e-4);
        if ratio < best.0 {
            best = (ratio, t_small, t_large);
        }
        if ratio <= 20.0 {
            break;
        }
    }
    best
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3))]

    /// Time per byte stays flat: the same piece repeated to 8 KiB and to
    /// 64 KiB (8×) may take at most 20× as long (a stage quadratic in the
    /// input, like the numbered table notes once were, takes far more once
    /// it dominates; the slack absorbs a shared machine's noise). Larger
    /// sizes: `PROPTEST_CASES=50 cargo test --release --test properties
    /// time_grows`.
    #[test]
    fn time_grows_linearly_with_repetition(unit in lexicon_like()) {
        prop_assume!(unit.len() >= 8);
        let small = unit.repeat((8 * 1024usize).div_ceil(unit.len()));
        let large = unit.repeat((64 * 1024usize).div_ceil(unit.len()));
        let (ratio, t_small, t_large) = growth_ratio(&small, &large);
        prop_assert!(
            ratio <= 20.0,
            "{:.3}s for 8 KiB, {:.3}s for 64 KiB of {:?}",
            t_small,
            t_large,
            unit
        );
    }

    /// The crafted inputs of issue 19 themselves.
    #[test]
    fn issue_19_inputs_grow_linearly(which in 0usize..3usize) {
        let unit = [
            "(10,000 tons) 5 kg\n",
            "12.5% of 3 billion yuan rose by 2 percentage points, ",
            "ninety-nine hundred ",
        ][which];
        let small = unit.repeat((16 * 1024usize).div_ceil(unit.len()));
        let large = unit.repeat((128 * 1024usize).div_ceil(unit.len()));
        let (ratio, t_small, t_large) = growth_ratio(&small, &large);
        prop_assert!(ratio <= 20.0, "{t_small:.3}s, {t_large:.3}s");
        check_all(&small)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn batch_bytes_do_not_depend_on_threads(
        docs in prop::collection::vec(report_like(), 1..40),
    ) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut sources = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            let path = dir.path().join(format!("d{i:02}.txt"));
            std::fs::write(&path, doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
            sources.push(Source::File(path));
        }
        let run = |threads| {
            let mut out = Vec::new();
            let summary = batch::run(&sources, threads, false, &mut out, |_| {});
            (summary.ok().and_then(Result::ok), out)
        };
        let (one_summary, one) = run(1);
        let (three_summary, three) = run(3);
        prop_assert!(one_summary.is_some());
        prop_assert_eq!(one_summary, three_summary);
        prop_assert!(one == three, "1 and 3 threads wrote different bytes");
    }
}

mod verify_properties {
    use claimscan::extract::extract;
    use claimscan::verify;
    use proptest::prelude::*;

    /// Pieces of real sentences with numbers, brackets and markers, so
    /// that generated text reaches every check.
    const PIECES: &[&str] = &[
        "from 67.22% to 68.01%",
        " rose by 0.79 points ",
        "58,000 mu (3,867 hectares)",
        "5.8万亩（3867公顷）",
        "由63.9%提高到64.7%，提高0.8个百分点",
        " Rs.113422 crores, of which Rs.79697 crores and Rs.33725 crores",
        "总额41.8万亿元，其中出口23.8万亿元，进口18万亿元",
        ". Of this, $4 billion and $3 billion",
        " an 11.1% increase was observed, from 8.7 to 9.6 Mtoe",
        "US$1 billion (HK$7.8 billion)",
        " or ",
        "。",
        ", ",
        "0",
        "(",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(PIECES).prop_map(str::to_string),
                "[0-9a-z %.,()（）到至从由其中]{0,12}",
            ],
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn checks_never_panic_and_are_sorted(text in text()) {
            let extraction = extract(&text);
            let checks = verify::document(&text, &extraction);
            let again = verify::document(&text, &extraction);
            prop_assert_eq!(&checks, &again);
            let mut sorted = checks.clone();
            verify::sort(&mut sorted);
            prop_assert_eq!(&checks, &sorted);
            for check in &checks {
                prop_assert!(!check.claims.is_empty());
                prop_assert!(!check.arithmetic.is_empty());
            }
        }

        #[test]
        fn translation_covers_every_claim_once(a in text(), b in text()) {
            let (ea, eb) = (extract(&a), extract(&b));
            let checks = verify::translation::checks((&a, &ea.claims), (&b, &eb.claims));
            // Each claim of either side appears in exactly one check.
            let mut seen: Vec<(verify::Side, usize)> = checks
                .iter()
                .flat_map(|c| c.claims.iter().map(|i| (i.side, i.span.start)))
                .collect();
            seen.sort();
            let before = seen.len();
            seen.dedup();
            prop_assert_eq!(before, seen.len());
            prop_assert_eq!(seen.len(), ea.claims.len() + eb.claims.len());
        }
    }
}
