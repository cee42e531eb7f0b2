//! `year`: a calendar year or a year range.
//!
//! What: a four-digit integer from 1800 to 2100 with no unit or currency,
//! alone or as either end of a range (`2023`, `2021-2025`), and a year with a
//! two-digit end (`2024-25`).
//! Why: a year dates a claim; it is no quantity. Earlier years count only
//! after a preposition of time (`early_year`).
//! Example: `In 2023 output rose 5.2%.`

use crate::extract::model::{Measure, Reading};
use crate::extract::number::Number;

use super::rule::{NonClaim, Rule};

/// Rejects a calendar year and a year range.
pub const RULE: Rule = Rule {
    id: "year",
    what: "a calendar year or year range dates a claim, it is not one",
    example: "In 2023 output rose 5.2%.",
    gives: &[NonClaim::Year],
    check: year,
};

/// A four-digit integer between 1800 and 2100 with no unit or currency.
fn is_year(r: &Reading, n: &Number) -> bool {
    n.is_year_like() && r.currency.is_none() && matches!(r.measure, Measure::Count)
}

fn year(_text: &str, r: &Reading) -> Option<NonClaim> {
    if is_year(r, &r.first) || r.second.as_ref().is_some_and(|s| is_year(r, s)) {
        return Some(NonClaim::Year);
    }
    // `2024-25`: a year and a two-digit end.
    let year_like = r.first.is_year_like() && r.currency.is_none();
    let short_end = r
        .second
        .as_ref()
        .is_some_and(|s| s.plain_integer() == Some(2));
    (year_like && short_end && !matches!(r.measure, Measure::Unit(_))).then_some(NonClaim::Year)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn years_and_year_ranges() {
        assert_eq!(
            fired("In 2023 output rose 5.2%."),
            [("2023".to_string(), "year")]
        );
        assert_eq!(
            kept("In 2021-2025 and 2024-25 it rose 5 tonnes."),
            ["5 tonnes"]
        );
        assert_eq!(kept("It cost $2023."), ["$2023"]);
    }
}
