//! `maturity`: a duration that names a bond or a rate.
//!
//! What: a hyphenated duration before a bond word (`the 10-year US Treasury
//! yield`, `2-year gilts`), and a duration written as an adjective before a
//! rate word (`ten-year interest rates`, `average 4 week growth rates`).
//! Why: the duration names the kind of bond or the horizon of the rate; it
//! is no span of time the report states.
//! Example: `the 10-year US Treasury yield`.

use crate::extract::model::{Measure, Reading};
use crate::extract::token;
use crate::extract::units::Kind;

use super::rule::{NonClaim, Rule};

/// Rejects a duration that names a bond or a rate.
pub const RULE: Rule = Rule {
    id: "maturity",
    what: "a duration naming a bond or the horizon of a rate is part of a name",
    example: "The 10-year US Treasury yield fell.",
    gives: &[NonClaim::Identifier],
    check: maturity,
};

/// `the 10-year US Treasury yield`, `2-year gilts`: the maturity that
/// names a kind of bond, not a span of time.
fn maturity(text: &str, r: &Reading) -> Option<NonClaim> {
    let Measure::Unit(unit) = r.measure else {
        return None;
    };
    if unit.kind == Kind::Duration && names_a_rate(text, r) {
        return Some(NonClaim::Identifier);
    }
    if unit.kind != Kind::Duration || !text[r.first.span.end..].starts_with('-') {
        return None;
    }
    const BONDS: &[&str] = &[
        "bond",
        "bonds",
        "treasury",
        "treasuries",
        "gilt",
        "gilts",
        "note",
        "notes",
        "yield",
        "yields",
        "bund",
        "bunds",
    ];
    const ISSUERS: &[&str] = &[
        "us",
        "u",
        ".",
        "s",
        "government",
        "benchmark",
        "sovereign",
        "treasury",
    ];
    // (`3-year Australian Government bonds`, `ten-year Italian sovereign
    // bonds`: a capitalized issuer too.)
    let issuer = |t: &token::Token| {
        ISSUERS.iter().any(|w| t.is(w)) || t.text.starts_with(char::is_uppercase)
    };
    token::after(text, r.end, 5)
        .find(|t| !issuer(t) || BONDS.iter().any(|w| t.is(w)))
        .filter(|t| BONDS.iter().any(|w| t.is(w)))
        .map(|_| NonClaim::Identifier)
}

/// Nouns of a rate or measure that a duration before them names the
/// horizon or window of.
const RATE_NOUNS: &[&str] = &[
    "rate",
    "rates",
    "growth",
    "average",
    "averages",
    "ahead",
    "moving",
    "repo",
    "swap",
    "swaps",
    "expectation",
    "expectations",
    "variation",
    "variations",
    "volatility",
    "volatilities",
    "yield",
    "yields",
    "inflation",
    "cds",
    "premium",
    "premia",
    "horizon",
    "change",
    "changes",
    // `3-month measures of core inflation`, `accumulated 12-month flows`,
    // `one-month and three-month repo operations`, `ten-year overnight
    // index swap`, `the ten-year term premia`.
    "measure",
    "measures",
    "flow",
    "flows",
    "operation",
    "operations",
    "overnight",
    "term",
];

/// `ten-year interest rates`, `the one-week repo auction rate`, `average
/// 4 week growth rates`, `12-month-ahead inflation expectation`: a
/// duration written as an adjective (singular unit word, or hyphenated)
/// before a rate names the rate, it is no span of time.
fn names_a_rate(text: &str, r: &Reading) -> bool {
    let unit_text = &text[r.first.span.end..r.end];
    let hyphenated = unit_text.starts_with(['-', '\u{2011}']);
    let singular = !unit_text.trim().is_empty() && !unit_text.trim_end().ends_with('s');
    if !(hyphenated || (singular && r.first.value != rust_decimal::Decimal::ONE)) {
        return false;
    }
    token::after(text, r.end, 3)
        .filter(|t| t.is_word())
        .take(2)
        .any(|t| RATE_NOUNS.iter().any(|w| t.is(w)))
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn durations_naming_a_rate() {
        assert_eq!(
            kept(
                "ten-year interest rates fell; the average 4 week growth rates were 2.37%; the 50-year interest-free loan"
            ),
            ["2.37%", "50-year"]
        );
    }

    #[test]
    fn the_maturity_of_a_bond() {
        assert_eq!(
            fired("The 10-year US Treasury yield fell."),
            [("10-year".to_string(), "maturity")]
        );
    }
}
