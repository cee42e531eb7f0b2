//! `uncertainty`: the ± margin of the value before it.
//!
//! What: a number after `±` (or `+/-`) that follows another number (`59 ±
//! 6.6 GtCO2-eq`, `2400 ± 240 GtCO2`).
//! Why: the margin bounds the claim before it; it states nothing of its
//! own. A `±` with no number before it (`(±2 percentage points)`) is a claim.
//! Example: `Emissions were 59 ± 6.6 GtCO2-eq in 2019.`

use crate::extract::model::Reading;
use crate::extract::token::is_space;

use super::rule::{NonClaim, Rule};

/// Rejects the ± margin written after a value.
pub const RULE: Rule = Rule {
    id: "uncertainty",
    what: "the ± margin of the value before it is no claim of its own",
    example: "Emissions were 59 ± 6.6 GtCO2-eq in 2019.",
    gives: &[NonClaim::Uncertainty],
    check: uncertainty,
};

/// `59 ± 6.6 GtCO2-eq`: a number after `±` (or `+/-`) that follows
/// another number is that number's margin.
fn uncertainty(text: &str, r: &Reading) -> Option<NonClaim> {
    let head = text[..r.start].trim_end_matches(is_space);
    let head = head
        .strip_suffix('±')
        .or_else(|| head.strip_suffix("+/-"))
        .or_else(|| head.strip_suffix("+/−"))?;
    head.trim_end_matches(is_space)
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '%')
        .trim_end_matches(is_space)
        .ends_with(|c: char| c.is_ascii_digit())
        .then_some(NonClaim::Uncertainty)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn the_margin_after_a_value_is_no_claim() {
        assert_eq!(kept("Emissions were 59 ± 6.6 GtCO2-eq in 2019."), ["59"]);
        assert_eq!(
            kept("The target is 7 percent (±2 percentage points) on average."),
            ["7 percent", "2 percentage points"]
        );
    }

    #[test]
    fn the_rule_that_fires_on_a_margin() {
        assert!(
            fired("Emissions were 59 ± 6.6 GtCO2-eq in 2019.")
                .contains(&("6.6 GtCO2-eq".to_string(), "uncertainty"))
        );
    }
}
