//! `fiscal_year_half`: the second year of a fiscal year written with a
//! slash (`2026/27年`, `2019/20至2023/24年期间`: Hong Kong's budgets run
//! April to March) is a date, not 27 years. Only two digits right after
//! four digits and the slash: `1/27年` is no year.
//!
//! Example: `2026/27年东涌新市镇` (the number at char 5).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;

/// `fiscal-year-half`: `27年` after `2026/` is the second year of a fiscal year.
pub const RULE: Rule = Rule {
    id: "fiscal-year-half",
    what: "the second year of a fiscal year after a slash (`2026/27年`) is a date, not a duration",
    example: "2026/27年东涌新市镇",
    check: fiscal_year_half,
};

fn fiscal_year_half(p: &Passage, item: &Item) -> bool {
    if item.number.plain_digits != Some(2) || item.unit.is_none_or(|u| u.form != "年") {
        return false;
    }
    let head = p.near_head(item.start, 6);
    let Some(before) = head.strip_suffix(['/', '／']) else {
        return false;
    };
    let year_digits = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    year_digits == 4
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_after_a_four_digit_year_and_a_slash_only() {
        assert!(fires(&RULE, "2026/27年东涌新市镇", 5));
        assert!(fires(&RULE, "在2019/20至2023/24年期间", 14));
        assert!(!fires(&RULE, "比例1/27年", 4));
        assert!(!fires(&RULE, "12026/27年", 6));
        assert!(!fires(&RULE, "2026/27个", 5));
    }
}
