//! `one-day`: `one day` as an adverb.
//!
//! What: `one day` with no preposition or bound before it (`deployment one
//! day in the future`).
//! Why: it means someday; with `within`, `for`, `after`… it is a length
//! (`within one day`) and stays a claim.
//! Example: `deployment one day in the future`.

use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;
use crate::extract::token;

use super::rule::{NonClaim, Rule};

/// Rejects `one day` meaning someday.
pub const RULE: Rule = Rule {
    id: "one-day",
    what: "one day with no preposition before it means someday, not a length",
    example: "They hope for deployment one day in the future.",
    gives: &[NonClaim::Name],
    check: one_day,
};

/// `deployment one day in the future`: `one day` as an adverb (someday)
/// unless a preposition or bound makes it a length (`within one day`).
fn one_day(text: &str, r: &Reading) -> Option<NonClaim> {
    let Measure::Unit(unit) = r.measure else {
        return None;
    };
    let lone_one = matches!(r.first.written, Written::Words { lone_one: true, .. });
    let day = unit.symbol == "day"
        && text[r.first.span.end..r.end]
            .trim()
            .eq_ignore_ascii_case("day");
    if !(lone_one && day) {
        return None;
    }
    let measured = token::prev(text, r.start).is_some_and(|t| {
        [
            "for", "in", "within", "over", "after", "per", "every", "each", "a", "than", "only",
            "just", "least", "most", "to", "by", "of", "first", "last", "single", "the", "about",
            "nearly", "under",
        ]
        .iter()
        .any(|w| t.is(w))
    });
    (!measured).then_some(NonClaim::Name)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn someday_is_no_length() {
        assert_eq!(
            fired("They hope for deployment one day in the future."),
            [("one day".to_string(), "one-day")]
        );
        assert_eq!(kept("It is paid within one day."), ["one day"]);
    }
}
