//! `step_of_a_ladder`: a bare scale after a count of steps sizes each
//! step (`跨过两个万亿元大关`, `跨越3个千亿元台阶`): the count is the claim.
//!
//! Example: `跨过两个万亿元大关` (the number at char 4).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;

/// `step-of-a-ladder`: a bare scale after a count of steps sizes each step; the count is the claim.
pub const RULE: Rule = Rule {
    id: "step-of-a-ladder",
    what: "a bare scale after a count of steps sizes each step; the count is the claim",
    example: "跨过两个万亿元大关",
    check: step_of_a_ladder,
};

/// `step_of_a_ladder`: a bare scale after a count of steps sizes each
/// step (`跨过两个万亿元大关`, `跨越3个千亿元台阶`): the count is the claim.
fn step_of_a_ladder(p: &Passage, item: &Item) -> bool {
    let scale_led = matches!(p.char(item.start), Some('百' | '千' | '万' | '亿'));
    let after_count = p.head(item.start).ends_with(['个', '個']);
    let step = ["大关", "台阶", "关口"]
        .iter()
        .any(|w| p.rest(item.end).starts_with(w));
    scale_led && after_count && step
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "跨过两个万亿元大关", 4));
        assert!(!fires(&RULE, "跨过两个万亿元大关", 2));
    }
}
