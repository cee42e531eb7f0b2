//! `ratio`: the base of a rate or of a ratio, or a fraction in words.
//!
//! What: the number after `per` (`32 deaths per 1,000 live births`), the
//! denominator of `one in ten`, a number word before `thirds`, `fifths`…
//! without its hyphen (`two thirds of`), and `three quarters of` a whole
//! (`three quarters of the population`; quarters of a year are durations:
//! `grew for three quarters`, `the first three quarters of 2023`).
//! Why: none is a quantity of its own: the base scales a rate, the ratio
//! and the fraction have no unit.
//! Example: `one in ten Americans`.

use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;
use crate::extract::token;

use super::rule::{NonClaim, Rule};

/// Rejects the base of a rate, the denominator of a ratio and a fraction in words.
pub const RULE: Rule = Rule {
    id: "ratio",
    what: "the denominator of a ratio, the base of a rate, or a fraction in words",
    example: "It reached one in ten Americans.",
    gives: &[NonClaim::Ratio],
    check: ratio,
};

/// `one in ten Americans`, `1 in 5`: the denominator of a ratio (a gray
/// zone, left out).
fn ratio(text: &str, r: &Reading) -> Option<NonClaim> {
    // `32 deaths per 1,000 live births`, `$76 per 1,000 kilometres`,
    // `energy use per 10,000 yuan of GDP`: the base of a rate (a price
    // `per $100` is money of its own, unless `of` follows).
    let per = token::prev(text, r.start).is_some_and(|t| t.is("per"));
    let measure = matches!(r.measure, Measure::Count | Measure::Unit(_));
    let base_of = token::next(text, r.end).is_some_and(|t| t.is("of"));
    if per && ((measure && r.currency.is_none()) || base_of) {
        return Some(NonClaim::Ratio);
    }
    let mut before = token::before(text, r.start, 2);
    let is_in = before.next().is_some_and(|t| t.is("in"));
    let one = before.next().is_some_and(|t| t.is("one") || t.text == "1");
    // `About two thirds of developed economies`, `about four fifths of
    // the total carbon budget`: a fraction in words without its hyphen,
    // as `two-thirds` (no unit: no claim).
    let fraction = matches!(r.first.written, Written::Words { .. })
        && token::next(text, r.end).is_some_and(|t| {
            // (Not `quarters`: `the first three quarters of 2023` are
            // periods.)
            [
                "thirds", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths",
            ]
            .iter()
            .any(|w| t.is(w))
        });
    if quarters_of_a_whole(text, r) {
        return Some(NonClaim::Ratio);
    }
    ((is_in && one) || fraction)
        .then_some(NonClaim::Ratio)
        .filter(|_| matches!(r.measure, Measure::Count))
}

/// `three quarters of the population`, `one quarter of households`: a
/// fraction in words, read as quarters of a year by the unit table; not
/// `the first three quarters of 2023`, `two quarters of this year`, `of
/// the fiscal year` (periods).
fn quarters_of_a_whole(text: &str, r: &Reading) -> bool {
    let Measure::Unit(unit) = r.measure else {
        return false;
    };
    if unit.symbol != "quarter" {
        return false;
    }
    let written = text.get(r.first.span.end..r.end).unwrap_or_default();
    let quarters = written
        .trim_start_matches([' ', '-'])
        .to_ascii_lowercase()
        .starts_with("quarter");
    // `three-quarters` is always a fraction.
    if quarters && written.starts_with('-') {
        return true;
    }
    let mut after = token::after(text, r.end, 3);
    let of = after.next().is_some_and(|t| t.is("of"));
    let period = after.take(2).any(|t| {
        t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit())
            || PERIOD_WORDS.iter().any(|w| t.is(w))
    });
    quarters && of && !period
}

/// Words after `quarters of` that name a period of time.
const PERIOD_WORDS: &[&str] = &[
    "this",
    "last",
    "next",
    "year",
    "fiscal",
    "financial",
    "calendar",
    "FY",
];

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn quarters_of_a_year_are_durations_quarters_of_a_whole_fractions() {
        assert_eq!(
            kept("GDP grew 9.9% in the first three quarters; it fell in the last 2 quarters."),
            ["9.9%", "three quarters", "2 quarters"]
        );
        assert_eq!(
            kept("a rates concession for four quarters of 2021-22"),
            ["four quarters"]
        );
        assert_eq!(
            fired("Three quarters of the population voted."),
            [("Three quarters".to_string(), "ratio")]
        );
        assert_eq!(
            kept("It fell in two quarters of this year."),
            ["two quarters"]
        );
    }

    #[test]
    fn bases_of_rates_and_denominators() {
        assert_eq!(
            fired("It reached one in ten Americans."),
            [
                ("one".to_string(), "lone-one"),
                ("ten".to_string(), "ratio")
            ]
        );
        assert_eq!(kept("32 deaths per 1,000 live births"), ["32"]);
    }
}
