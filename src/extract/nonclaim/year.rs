//! `year`: a calendar year or a year range.
//!
//! What: a four-digit integer from 1800 to 2100 with no unit or currency,
//! alone or as either end of a range (`2023`, `2021-2025`), and a year with a
//! two-digit end (`2024-25`).
//! A year named with its kind of year (`the 2016 calendar year`, `2019
//! fiscal year`) is a year too, not a span of 2016 years; so is a year
//! before `quarter` (`the June 2023 quarter`, Stats NZ's way).
//! Why: a year dates a claim; it is no quantity. Earlier years count only
//! after a preposition of time (`early_year`).
//! Example: `In 2023 output rose 5.2%.`

use crate::extract::lang::en::calendar::YEAR_KINDS;
use crate::extract::model::{Measure, Reading};
use crate::extract::number::Number;
use crate::extract::units::Kind;

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

/// `the 2016 calendar year`, `2019 fiscal year`: a year number, then a
/// kind of year, read as a duration in years.
fn is_year_of_a_kind(text: &str, r: &Reading) -> bool {
    let Measure::Unit(unit) = r.measure else {
        return false;
    };
    let from = r.second.as_ref().map_or(r.first.span.end, |s| s.span.end);
    let kind_word = text
        .get(from..r.end)
        .and_then(|between| between.split_whitespace().next())
        .is_some_and(|w| YEAR_KINDS.iter().any(|k| w.eq_ignore_ascii_case(k)));
    // (`the 2024-25 school year`: a fiscal year's two-digit end.)
    let end_ok = r
        .second
        .as_ref()
        .is_none_or(|s| s.plain_integer() == Some(2) || s.is_year_like());
    // (`the June 2023 quarter`, `the 2023 quarter`: the quarter of a
    // year, no span of 2023 quarters.)
    let year_kind = (unit.symbol == "year" && kind_word) || unit.symbol == "quarter";
    unit.kind == Kind::Duration
        && r.first.is_year_like()
        && end_ok
        && r.currency.is_none()
        && year_kind
}

fn year(text: &str, r: &Reading) -> Option<NonClaim> {
    if is_year(r, &r.first)
        || r.second.as_ref().is_some_and(|s| is_year(r, s))
        || is_year_of_a_kind(text, r)
    {
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

    #[test]
    fn year_before_a_kind_of_year() {
        assert_eq!(
            fired("Revenue in the 2016 calendar year rose by 5 per cent."),
            [("2016 calendar year".to_string(), "year")]
        );
        assert_eq!(
            kept("In the 2019 financial year the deficit was 3 percent."),
            ["3 percent"]
        );
        assert_eq!(
            kept("For the 2024-25 school year it is $4,200."),
            ["$4,200"]
        );
        // A span of years stays one.
        assert_eq!(kept("It took 3 calendar years."), ["3 calendar years"]);
        assert_eq!(
            fired("Prices rose 1.8 percent in the June 2023 quarter."),
            [("2023 quarter".to_string(), "year")]
        );
        assert_eq!(kept("It rose for 3 quarters."), ["3 quarters"]);
    }
}
