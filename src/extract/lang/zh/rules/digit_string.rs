//! `digit_string`: Chinese digits side by side (`二〇二四`, `三四`) are a
//! year written digit by digit or an estimate (`三四个`), never a claim by
//! themselves.
//!
//! Example: `二〇二四年` (the number at char 0).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;

/// `digit-string`: Chinese digits side by side are a year or an estimate.
pub const RULE: Rule = Rule {
    id: "digit-string",
    what: "Chinese digits side by side are a year or an estimate, never a claim by themselves",
    example: "二〇二四年",
    check: digit_string,
};

/// `digit_string`: the numeral reader marks digits read side by side.
fn digit_string(_: &Passage, item: &Item) -> bool {
    item.number.digit_string
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "二〇二四年", 0));
        assert!(!fires(&RULE, "二十四年", 0));
    }
}
