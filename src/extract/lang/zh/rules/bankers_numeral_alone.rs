//! `bankers_numeral_alone`: a lone banker's numeral (`陆`, `伍`) is a
//! number only in money and with scales (`陆万元`); before anything else
//! it is a character of a name (`陆家嘴`).
//!
//! Example: `陆家嘴` (the number at char 0).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::ZhMeasure;

use super::rule::Rule;

/// `bankers-numeral-alone`: a lone banker's numeral outside money is a character of a name.
pub const RULE: Rule = Rule {
    id: "bankers-numeral-alone",
    what: "a lone banker's numeral outside money is a character of a name",
    example: "陆家嘴",
    check: bankers_numeral_alone,
};

/// `bankers_numeral_alone`: a lone banker's numeral (`陆`, `伍`) is a
/// number only in money and with scales (`陆万元`); before anything else
/// it is a character of a name (`陆家嘴`).
fn bankers_numeral_alone(_: &Passage, item: &Item) -> bool {
    let n = &item.number;
    let money = item
        .unit
        .is_some_and(|u| matches!(u.measure, ZhMeasure::Money(_)))
        || item.prefix.is_some();
    n.end == n.start + 1 && n.bankers && !money
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "陆家嘴", 0));
        assert!(!fires(&RULE, "陆万元", 0));
    }
}
