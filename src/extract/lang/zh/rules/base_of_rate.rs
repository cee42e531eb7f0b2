//! `base_of_rate`: the number after `每` is the base of a rate (`每万人
//! 口拥有`, `每10万人`), not a claim.
//!
//! Example: `每10万人` (the number at char 1).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::RATE_BASE_BEFORE;

use super::rule::Rule;

/// `base-of-rate`: the number after `每` is the base of a rate.
pub const RULE: Rule = Rule {
    id: "base-of-rate",
    what: "the number after `每` is the base of a rate",
    example: "每10万人",
    check: base_of_rate,
};

/// `base_of_rate`: the number after `每` is the base of a rate (`每万人
/// 口拥有`, `每10万人`), not a claim.
fn base_of_rate(p: &Passage, item: &Item) -> bool {
    let head = p.head(item.start);
    RATE_BASE_BEFORE.iter().any(|w| head.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "每10万人", 1));
        assert!(!fires(&RULE, "10万人", 0));
    }
}
