//! English qualifier words: the phrases before and after a number that
//! bound or approximate it (`more than`, `nearly`, `or more`), and the
//! single bound words that other rules step over (`to about 6%`). One
//! table per concept; `context` runs the qualifier rules over them.

use crate::extract::model::Qualifier;

/// Single words that bound or approximate the number right after them:
/// the words rules step over to reach a number (`to about 6%`, `from
/// nearly 40`, `5 to roughly 6 million`).
pub const BOUND_WORDS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
];

/// Is `word` one of [`BOUND_WORDS`] (any case)?
pub fn is_bound_word(word: &str) -> bool {
    BOUND_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Qualifier phrases written before a number, as lower-case word lists.
#[rustfmt::skip]
pub const QUALIFIERS_BEFORE: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::Over), (&["over"], Qualifier::Over), (&["above"], Qualifier::Over),
    (&["exceeding"], Qualifier::Over), (&["in", "excess", "of"], Qualifier::Over),
    (&["upwards", "of"], Qualifier::Over), (&["upward", "of"], Qualifier::Over),
    (&["greater", "than"], Qualifier::Over), (&["larger", "than"], Qualifier::Over),
    (&["bigger", "than"], Qualifier::Over),
    // `for longer than 10 years`, `shorter than three months`
    (&["longer", "than"], Qualifier::Over), (&["shorter", "than"], Qualifier::Under), (&["beyond"], Qualifier::Over), (&["well", "over"], Qualifier::Over),
    (&["almost"], Qualifier::Under), (&["nearly"], Qualifier::Under), (&["less", "than"], Qualifier::Under),
    (&["fewer", "than"], Qualifier::Under), (&["below"], Qualifier::Under), (&["under"], Qualifier::Under),
    (&["close", "to"], Qualifier::Under), (&["just", "under"], Qualifier::Under), (&["short", "of"], Qualifier::Under),
    (&["not", "fewer", "than"], Qualifier::AtLeast), (&["not", "under"], Qualifier::AtLeast),
    (&["surpassed"], Qualifier::Over), (&["exceeded"], Qualifier::Over), (&["exceed"], Qualifier::Over),
    (&["exceeds"], Qualifier::Over), (&["topped"], Qualifier::Over), (&["passed", "the"], Qualifier::Over),
    // `surpassing one trillion yuan`, `exceeding the two trillion yuan mark`
    (&["surpassing"], Qualifier::Over), (&["surpassing", "the"], Qualifier::Over),
    (&["exceeding", "the"], Qualifier::Over),
    // `inflation breached the 30 percent level`, `crossed the 1 million
    // mark`: a threshold gone past (no trend: only that it lies beyond).
    (&["breached"], Qualifier::Over), (&["breached", "the"], Qualifier::Over),
    (&["crossed"], Qualifier::Over), (&["crossed", "the"], Qualifier::Over),
    // `as much as`, `as many as`, `as high as` bound a change or a
    // possibility (`could fall by as much as 100 Mt`); stating a level they
    // only stress its size (`accounted for as much as 38 per cent`), see
    // `context::qualifier_ending_at`.
    (&["upto"], Qualifier::AtMost), (&["as", "much", "as"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost), (&["as", "high", "as"], Qualifier::AtMost),
    (&["about"], Qualifier::Approx), (&["around"], Qualifier::Approx), (&["approximately"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx), (&["some"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx), (&["circa"], Qualifier::Approx),
    // `consumer inflation near 6%`: either side, unlike `nearly`.
    (&["near"], Qualifier::Approx),
    (&["or", "so"], Qualifier::Approx),
    (&["at", "least"], Qualifier::AtLeast), (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast), (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast), (&["minimum", "of"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::AtMost), (&["at", "most"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost), (&["not", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost), (&["maximum", "of"], Qualifier::AtMost),
    (&["not", "exceeding"], Qualifier::AtMost), (&["capped", "at"], Qualifier::AtMost),
];

/// Qualifier phrases written after a number (`10 or more`).
#[rustfmt::skip]
pub const QUALIFIERS_AFTER: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::AtLeast), (&["or", "above"], Qualifier::AtLeast),
    (&["and", "above"], Qualifier::AtLeast), (&["or", "over"], Qualifier::AtLeast),
    (&["plus"], Qualifier::AtLeast), (&["+"], Qualifier::AtLeast), (&["-", "plus"], Qualifier::AtLeast),
    (&["or", "less"], Qualifier::AtMost), (&["or", "fewer"], Qualifier::AtMost),
    (&["and", "below"], Qualifier::AtMost), (&["or", "below"], Qualifier::AtMost),
];

/// Phrases after a number that give its tolerance, not a bound (`4.5%
/// plus minus 1%`, `3% plus or minus 1 percentage point`).
pub const TOLERANCE_PHRASES: &[&[&str]] = &[&["plus", "minus"], &["plus", "or", "minus"]];

/// Verbs between a number and a comparison with another (`6.3 per cent
/// was above the 5.1 per cent`): the comparison bounds the first, not
/// the second.
pub const LEVEL_COPULAS: &[&str] = &[
    "was", "is", "were", "are", "remained", "remains", "stayed", "stays", "stood", "stands",
];
