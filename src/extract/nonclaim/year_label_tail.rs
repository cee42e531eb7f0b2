//! `year-label-tail`: the end of a fiscal-year label broken after its
//! hyphen.
//!
//! What: two or four digits that open a line (or follow a space) right
//! after a year and a hyphen (`for 2020-⏎21`).
//! Why: the line break split one label (`2020-21`); its second half is part
//! of the year, not a count.
//! Example: `the budget for 2020-` and `21 grew`, on two lines.

use crate::extract::model::{Measure, Reading};
use crate::extract::token::is_space;

use super::rule::{NonClaim, Rule};

/// Rejects the second half of a year label broken after its hyphen.
pub const RULE: Rule = Rule {
    id: "year-label-tail",
    what: "the end of a fiscal-year label broken after its hyphen belongs to the year",
    example: "the budget for 2020-\n21 grew",
    gives: &[NonClaim::Year],
    check: year_label_tail,
};

/// `for 2020-\n21`: the end of a fiscal-year label broken after its
/// hyphen.
fn year_label_tail(text: &str, r: &Reading) -> Option<NonClaim> {
    let short = matches!(r.first.plain_integer(), Some(2 | 4));
    let head = text[..r.start].trim_end_matches(is_space);
    let gap = head.len() < r.start;
    let label = head.strip_suffix('-').is_some_and(|h| {
        let digits = h.len() - h.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        digits == 4
            && h[h.len() - 4..]
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    });
    (short && gap && label && matches!(r.measure, Measure::Count)).then_some(NonClaim::Year)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn a_year_label_broken_after_its_hyphen() {
        assert!(
            fired("the budget for 2020-\n21 grew").contains(&("21".to_string(), "year-label-tail"))
        );
        assert!(kept("the budget for 2020-\n21 grew").is_empty());
    }
}
