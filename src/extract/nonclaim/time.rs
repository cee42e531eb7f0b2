//! `time`: a time of day.
//!
//! What: a number before a clock word (`at 10 am`, `2 p.m.`, `9 o'clock`,
//! `12 noon`).
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
}
