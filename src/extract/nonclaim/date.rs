//! `date`: a day of a month.
//!
//! What: a number of one or two digits next to a month (`April 18`, `18
//! April`, `Jan. 8`), the first day of a pair (`18 and 19 January`, `25-26
//! October`).
//! Why: a day dates a claim; it is no quantity.
//! Example: `The law passed on 18 April.`

use crate::extract::model::{Measure, Reading};
use crate::extract::token::{self, TokenKind};

use super::around::is_month;
use super::rule::{NonClaim, Rule};

/// Rejects the day of a date.
pub const RULE: Rule = Rule {
    id: "date",
    what: "a day of a month is a date",
    example: "The law passed on 18 April.",
    gives: &[NonClaim::Date],
    check: date,
};

fn date(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.first.plain_integer().is_none_or(|d| d > 2) {
        return None;
    }
    // `Jan. 8`: skip the dot of an abbreviated month.
    let before = match token::prev(text, r.start) {
        Some(t) if t.is_symbol('.') => token::prev(text, t.span.start),
        other => other,
    };
    let after = token::next(text, r.end);
    let month_before = before.is_some_and(|t| t.is_word() && is_month(t.text));
    let month_after = after.is_some_and(|t| t.is_word() && is_month(t.text));
    // `18 and 19 January 2023`, `25-26 October`: the first day of a pair.
    let mut next = token::after(text, r.end, 3);
    let paired_day = after.is_some_and(|t| t.is("and") || t.is("to") || t.is_symbol('–'))
        && {
            next.next();
            next.next()
                .is_some_and(|t| t.kind == TokenKind::Digits && t.text.len() <= 2)
        }
        && next.next().is_some_and(|t| t.is_word() && is_month(t.text));
    let range_day = r
        .second
        .as_ref()
        .is_some_and(|s| s.plain_integer().is_some_and(|d| d <= 2))
        && month_after;
    // `the 18th of April` is an ordinal already; `18 of April` is rare.
    (month_before || month_after || paired_day || range_day).then_some(NonClaim::Date)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn first_day_of_a_date_pair() {
        assert!(kept("18 and 19 January 2023 (Wednesday and Thursday); Sydney – 5 and 6 August 2024; 25-26 October").is_empty());
    }

    #[test]
    fn a_day_next_to_its_month() {
        assert_eq!(
            fired("The law passed on 18 April."),
            [("18".to_string(), "date")]
        );
        assert_eq!(fired("on Jan. 8 it met"), [("8".to_string(), "date")]);
    }
}
