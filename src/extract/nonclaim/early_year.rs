//! `early-year`: a year before 1800 after a preposition of time.
//!
//! What: a four-digit integer from 1000 to 1799 after `since`, `in`,
//! `from`, `until`, `before`, `between`… (a bound word such as `around` may
//! stand between).
//! Why: years from 1800 on are years wherever they stand (`year`); an
//! earlier four-digit number is a year only where time is spoken of, and
//! elsewhere may be a count (`1500 schools`).
//! Example: `Temperatures have risen since around 1750.`

use rust_decimal::Decimal;

use crate::extract::model::{Measure, Reading};
use crate::extract::token;

use super::rule::{NonClaim, Rule};

/// Rejects a year before 1800 after a preposition of time.
pub const RULE: Rule = Rule {
    id: "early-year",
    what: "a year before 1800 after a preposition of time (since, from, until…) is a date",
    example: "Temperatures have risen since around 1750.",
    gives: &[NonClaim::Year],
    check: early_year,
};

/// `since around 1750`, `from 1850 to 2019`: a four-digit integer from
/// 1000 to 1799 after a preposition of time is a year too (years from
/// 1800 on are years wherever they stand, see the `year` rule).
fn early_year(text: &str, r: &Reading) -> Option<NonClaim> {
    let early = r.first.plain_integer() == Some(4)
        && r.first.value >= Decimal::from(1000)
        && r.first.value < Decimal::from(1800)
        && r.currency.is_none()
        && matches!(r.measure, Measure::Count);
    let after_time_word = token::before(text, r.start, 3)
        .find(|t| !crate::extract::lang::en::qualifier::is_bound_word(t.text))
        .is_some_and(|t| {
            [
                "since", "in", "from", "until", "till", "before", "after", "between", "by",
            ]
            .iter()
            .any(|w| t.is(w))
        });
    (early && after_time_word).then_some(NonClaim::Year)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn early_years_only_after_a_preposition_of_time() {
        assert_eq!(
            fired("Temperatures have risen since around 1750."),
            [("1750".to_string(), "early-year")]
        );
        assert_eq!(kept("It built 1500 schools."), ["1500"]);
    }
}
