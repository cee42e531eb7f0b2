//! `clipped-year`: a year written with its century clipped to an
//! apostrophe.
//!
//! What: two digits right after an apostrophe (`'94`, `’08`) that follows
//! a space, a bracket or the start of the text, with no unit, currency or
//! further digit, and no quotation closing within a few words.
//! Why: `Budget '94`, `the class of ’08`, `since '99` name a year; the
//! apostrophe stands for its first two digits. A quoted number closes its
//! quote (`'94'`) and is read as written.
//! Example: `With Budget '94 Alberta has turned the corner.`

use crate::extract::model::{Measure, Reading};

use super::rule::{NonClaim, Rule};

/// The apostrophes that clip a year (the typewriter one, the right and the
/// left single quotation marks).
const APOSTROPHES: &[char] = &['\'', '\u{2019}', '\u{2018}'];

/// Rejects two digits after an apostrophe that stands for a century.
pub const RULE: Rule = Rule {
    id: "clipped-year",
    what: "two digits after an apostrophe ('94, ’08) are a year with its century clipped",
    example: "With Budget '94 Alberta has turned the corner.",
    gives: &[NonClaim::Year],
    check: clipped_year,
};

fn clipped_year(text: &str, r: &Reading) -> Option<NonClaim> {
    let two_digits = r.first.plain_integer() == Some(2)
        && r.second.is_none()
        && r.currency.is_none()
        && matches!(r.measure, Measure::Count);
    if !two_digits {
        return None;
    }
    let mut before = text.get(..r.start)?.chars().rev();
    let apostrophe = before.next().is_some_and(|c| APOSTROPHES.contains(&c));
    let opens = before
        .next()
        .is_none_or(|c| c.is_whitespace() || c == '(' || c == '[');
    let rest = text.get(r.end..)?;
    let glued = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '%');
    (apostrophe && opens && !glued && !closes_quote(rest)).then_some(NonClaim::Year)
}

/// Does a quotation close within a few words on the line (`'12'`, `'45 of
/// them' left`)? A closing mark follows a non-space and precedes no
/// letter or digit (unlike `Alberta's`).
fn closes_quote(rest: &str) -> bool {
    let near: Vec<char> = rest.chars().take_while(|&c| c != '\n').take(25).collect();
    (0..near.len()).any(|i| {
        APOSTROPHES.contains(&near[i])
            && (i == 0 || !near[i - 1].is_whitespace())
            && near.get(i + 1).is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn clipped_years_are_years() {
        assert_eq!(
            fired("With Budget '94 Alberta has turned the corner."),
            [("94".to_string(), "clipped-year")]
        );
        assert_eq!(
            fired("Graduates of the class of ’08 earn more."),
            [("08".to_string(), "clipped-year")]
        );
    }

    #[test]
    fn quoted_and_glued_numbers_stay() {
        // A quoted number closes its quote; a unit makes it a measure; an
        // apostrophe inside a word clips no year.
        assert_eq!(
            kept("She said '45 of them' left for 3 cities."),
            ["45", "3"]
        );
        assert_eq!(
            kept("Prices rose '12 per cent' in the survey."),
            ["12 per cent"]
        );
        assert_eq!(kept("Budget '94 set aside 25 clinics."), ["25"]);
    }
}
