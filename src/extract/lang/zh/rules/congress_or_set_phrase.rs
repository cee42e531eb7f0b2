//! `congress_or_set_phrase`: `N大` counts the big ones only after Arabic
//! digits and before a noun (`3大产业`, `10大类`); after a Chinese numeral
//! it is a party congress (`二十大`) or a set phrase (`三大攻坚战`, optional
//! in CLAIMS.md), and `大于`, `大关` compare.
//!
//! Example: `党的二十大精神` (the number at char 2).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::is_han;

use super::rule::Rule;

/// `congress-or-set-phrase`: `N大` after a Chinese numeral is a party congress or a set phrase, and `大于` compares.
pub const RULE: Rule = Rule {
    id: "congress-or-set-phrase",
    what: "`N大` after a Chinese numeral is a party congress or a set phrase, and `大于` compares",
    example: "党的二十大精神",
    check: congress_or_set_phrase,
};

/// `congress_or_set_phrase`: `N大` counts the big ones only after Arabic
/// digits and before a noun (`3大产业`, `10大类`); after a Chinese numeral
/// it is a party congress (`二十大`) or a set phrase (`三大攻坚战`, optional
/// in CLAIMS.md), and `大于`, `大关` compare.
fn congress_or_set_phrase(p: &Passage, item: &Item) -> bool {
    let Some(u) = item.unit.filter(|u| u.form.starts_with('大')) else {
        return false;
    };
    let noun = u.form != "大"
        || p.char(u.end)
            .is_some_and(|c| is_han(c) && !matches!(c, '于' | '關' | '关'));
    item.number.chinese || item.number.scale > 1 || !noun
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "党的二十大精神", 2));
        assert!(!fires(&RULE, "10大类52项民生实事", 0));
    }
}
