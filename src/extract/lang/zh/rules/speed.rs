//! `speed`: a length after `时速` is a speed (`时速350公里`), not a
//! length of the contract.
//!
//! Example: `时速350公里` (the number at char 2).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::ZhMeasure;

use super::rule::Rule;

/// `speed`: a length after `时速` is a speed, no length of the contract.
pub const RULE: Rule = Rule {
    id: "speed",
    what: "a length after `时速` is a speed, no length of the contract",
    example: "时速350公里",
    check: speed,
};

/// `speed`: a length after `时速` is a speed (`时速350公里`), not a
/// length of the contract.
fn speed(p: &Passage, item: &Item) -> bool {
    p.head(item.start).ends_with("时速")
        && item
            .unit
            .is_some_and(|u| matches!(u.measure, ZhMeasure::Unit("km" | "m")))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "时速350公里", 2));
        assert!(!fires(&RULE, "全长350公里", 2));
    }
}
