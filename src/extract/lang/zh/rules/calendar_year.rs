//! `calendar_year`: a four-digit integer from 1800 to 2100 without a unit
//! or with `年` is a year (`2024年`, `2021—2025年`).
//!
//! Example: `2024年` (the number at char 0).

use rust_decimal::Decimal;

use crate::extract::lang::zh::numeral::Numeral;
use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::ZhMeasure;

use super::rule::Rule;

/// `calendar-year`: a four-digit integer from 1800 to 2100, bare or before `年`, is a year.
pub const RULE: Rule = Rule {
    id: "calendar-year",
    what: "a four-digit integer from 1800 to 2100, bare or before `年`, is a year",
    example: "2024年",
    check: calendar_year,
};

/// `calendar_year`: a four-digit integer from 1800 to 2100 without a unit
/// or with `年` is a year (`2024年`, `2021—2025年`).
fn calendar_year(p: &Passage, item: &Item) -> bool {
    let _ = p;
    let year_like = |n: &Numeral| {
        n.plain_digits == Some(4) && (Decimal::from(1800)..=Decimal::from(2100)).contains(&n.value)
    };
    let unit_ok = item
        .unit
        .is_none_or(|u| u.form == "年" || u.measure == ZhMeasure::Ignore);
    (year_like(&item.number) || item.high.as_ref().is_some_and(year_like)) && unit_ok
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "2024年", 0));
        assert!(!fires(&RULE, "2024吨", 0));
    }
}
