//! `time`: a time of day.
//!
//! What: a number before a clock word (`at 10 am`, `2 p.m.`, `9 o'clock`,
//! `12 noon`), or hours and minutes after an ISO date (`2017-09-13 9.30`).
//! Why: a time of day is no quantity of the contract.
//! Example: `The session opens at 10 am.`

use crate::extract::model::{Measure, Reading};
use crate::extract::token;

use super::rule::{NonClaim, Rule};

/// Rejects a time of day.
pub const RULE: Rule = Rule {
    id: "time",
    what: "a time of day or clock-like pair is no quantity",
    example: "The session opens at 10 am.",
    gives: &[NonClaim::Time],
    check: time,
};

/// Clock words after a small number that make it a time of day, not a
/// count (`at 10 am`, `2 p.m.`, `9 o'clock`, `at 12 noon`).
const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "o'clock", "hrs", "h", "noon", "midnight",
];

fn time(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) {
        return None;
    }
    if clock_after_date(text, r) {
        return Some(NonClaim::Time);
    }
    let after = token::next(text, r.end)?;
    let word = after.text.to_ascii_lowercase();
    let dotted = if text[after.span.end..].starts_with(".m") {
        format!("{word}.m")
    } else {
        word.clone()
    };
    (after.is_word()
        && (CLOCK_WORDS.contains(&word.as_str()) || CLOCK_WORDS.contains(&dotted.as_str())))
    .then_some(NonClaim::Time)
}

/// `Statistics Sweden 2017-09-13 9.30`: hours and minutes (`9.30`,
/// `14:05`) right after an ISO date, a release's time stamp.
fn clock_after_date(text: &str, r: &Reading) -> bool {
    let Some((hours, minutes)) = text
        .get(r.start..r.end)
        .and_then(|s| s.split_once(['.', ':']))
    else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let clock = digits(hours, 1..=2)
        && digits(minutes, 2..=2)
        && hours.parse::<u8>().is_ok_and(|h| h < 24)
        && minutes.parse::<u8>().is_ok_and(|m| m < 60);
    let date = text[..r.start]
        .strip_suffix(' ')
        .and_then(|head| head.get(head.len().saturating_sub(10)..))
        .is_some_and(|d| {
            let b = d.as_bytes();
            b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && [0, 1, 2, 3, 5, 6, 8, 9]
                    .iter()
                    .all(|&i| b[i].is_ascii_digit())
        });
    clock && date
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn a_number_before_a_clock_word() {
        assert_eq!(
            fired("The session opens at 10 am."),
            [("10".to_string(), "time")]
        );
        assert_eq!(fired("until 2 p.m. today"), [("2".to_string(), "time")]);
        assert_eq!(kept("It took 10 hours."), ["10 hours"]);
    }

    #[test]
    fn a_time_stamp_after_an_iso_date() {
        assert_eq!(
            fired("Statistical news from Statistics Sweden 2017-09-13 9.30"),
            [
                ("2017".to_string(), "glued"),
                ("09-13".to_string(), "glued"),
                ("9.30".to_string(), "time")
            ]
        );
        assert_eq!(
            kept("In 2017-09-13 9.75 tonnes were sold."),
            ["9.75 tonnes"]
        );
    }
}
