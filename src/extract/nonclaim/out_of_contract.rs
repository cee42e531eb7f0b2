//! `out-of-contract`: a quantity of no kind of the contract.
//!
//! What: a bare number before degrees (`0.9°C`, `1 degree Celsius`), knots
//! (`5 knots`) or kilo- and megabytes (`130.5 Kb`), also past an
//! uncertainty interval (`1.09 [0.95 to 1.20]°C`).
//! Why: read as a count it would be wrong. `TB` is left alone: it is also
//! tuberculosis.
//! Example: `The air was 0.9°C lower.`

use crate::extract::model::{Measure, Reading};

use super::interval::past_interval;
use super::rule::{NonClaim, Rule};

/// Rejects temperatures, speeds at sea and file sizes.
pub const RULE: Rule = Rule {
    id: "out-of-contract",
    what: "a temperature or a file size is no kind of the contract; read as a count it would be wrong",
    example: "The air was 0.9°C lower.",
    gives: &[NonClaim::OutOfContract],
    check: out_of_contract,
};

/// Units after a number that measure no kind of the contract: degrees
/// (temperature), knots (speed) and kilo- and megabytes (file sizes; not
/// `TB`, which is also tuberculosis). Form and whether its case must
/// match.
const OUT_OF_CONTRACT_UNITS: &[(&str, bool)] = &[
    ("°", true),
    ("º", true),
    ("degrees", false),
    ("degree", false),
    ("Kb", true),
    ("KB", true),
    ("kB", true),
    ("Mb", true),
    ("MB", true),
    // A speed at sea or in the air (`disagree by more than 5 knots`).
    ("knots", false),
];

fn out_of_contract(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.currency.is_some() {
        return None;
    }
    // (`1.09 [0.95 to 1.20]°C`: past the uncertainty interval, and past
    // the `]` of the interval itself.)
    let end = past_interval(text, r.start, r.end).unwrap_or(r.end);
    let rest = text[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    OUT_OF_CONTRACT_UNITS
        .iter()
        .any(|&(form, exact)| {
            crate::extract::units::starts_with_form(rest, form, exact)
                || (form.starts_with(['°', 'º']) && rest.starts_with(form))
        })
        .then_some(NonClaim::OutOfContract)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn temperatures_and_file_sizes_are_no_claims() {
        assert_eq!(
            kept(
                "The air was 0.9°C lower, 1 degree Celsius, see the data (130.5 Kb Excel sheet); 96,016 TB cases."
            ),
            ["96,016"]
        );
    }

    #[test]
    fn temperatures_and_knots() {
        assert_eq!(
            fired("The air was 0.9°C lower."),
            [("0.9".to_string(), "out-of-contract")]
        );
        assert_eq!(
            kept("The pitot tubes disagree by more than 5 knots for more than 5 seconds."),
            ["5 seconds"]
        );
    }
}
