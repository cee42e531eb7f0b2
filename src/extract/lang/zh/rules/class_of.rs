//! `class_of`: a unit or currency followed by `级` names a class
//! (`2000吨级`, `万吨级码头`, `百亿元级`), not an amount.
//!
//! Example: `单船2000吨级` (the number at char 2).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::ZhMeasure;

use super::rule::Rule;

/// `class-of`: a unit or currency followed by `级` names a class, not an amount.
pub const RULE: Rule = Rule {
    id: "class-of",
    what: "a unit or currency followed by `级` names a class, not an amount",
    example: "单船2000吨级",
    check: class_of,
};

/// `class_of`: a unit or currency followed by `级` names a class
/// (`2000吨级`, `万吨级码头`, `百亿元级`), not an amount.
fn class_of(p: &Passage, item: &Item) -> bool {
    let measured = item
        .unit
        .is_some_and(|u| matches!(u.measure, ZhMeasure::Unit(_) | ZhMeasure::Money(_)));
    measured && p.char(item.end) == Some('级')
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "单船2000吨级", 2));
        assert!(!fires(&RULE, "单船2000吨", 2));
    }
}
