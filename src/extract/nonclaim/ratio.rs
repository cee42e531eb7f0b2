//! `ratio`: the base of a rate or of a ratio, a fraction in words, or the
//! quarters that frame a period.
//!
//! What: the number after `per` (`32 deaths per 1,000 live births`), the
//! denominator of `one in ten`, a number word before `thirds`, `fifths`…
//! without its hyphen (`two thirds of`), and quarters counted from a point
//! of the year (`the first three quarters`).
//! Why: none is a quantity of its own: the base scales a rate, the ratio
//! and the fraction have no unit, the quarters date the claims around them.
//! Example: `one in ten Americans`.

use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;
use crate::extract::token;

use super::rule::{NonClaim, Rule};

/// Rejects the base of a rate, the denominator of a ratio, a fraction in words and framing quarters.
pub const RULE: Rule = Rule {
    id: "ratio",
    what: "the denominator of a ratio, the base of a rate, a fraction in words, or the quarters of a year framing a period",
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
    ((is_in && one) || fraction || framing_quarters(text, r))
        .then_some(NonClaim::Ratio)
        .filter(|_| matches!(r.measure, Measure::Count))
}

/// `in the first three quarters of this year`, `the last six quarters`:
/// quarters counted from a point of the year frame the period of the
/// claims around them; a count of them would be no quantity (`for four
/// quarters of 2021-22` still counts the quarters a concession runs).
fn framing_quarters(text: &str, r: &Reading) -> bool {
    let quarters = token::next(text, r.end).is_some_and(|t| t.is("quarters"));
    let from = token::prev(text, r.start).is_some_and(|t| {
        [
            "first",
            "last",
            "past",
            "next",
            "previous",
            "preceding",
            "remaining",
            "following",
        ]
        .iter()
        .any(|w| t.is(w))
    });
    quarters && from
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn quarters_counted_from_a_point_of_the_year_frame_a_period() {
        assert_eq!(
            kept("GDP grew 9.9% in the first three quarters; it fell in the last 2 quarters."),
            ["9.9%"]
        );
        assert_eq!(
            kept("a rates concession for four quarters of 2021-22"),
            ["four"]
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
