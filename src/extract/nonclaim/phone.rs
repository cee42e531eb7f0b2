//! `phone`: a phone or fax number or a service line.
//!
//! What: a number after an international or area code (`+65 6225 5009`,
//! `(852) 2810 2370`), after a phone word (`tel`, `fax`, `dial 999`, `call`
//! before groups of digits), or naming a service line (`the 12345
//! hotline`, `the 988 line`).
//! Why: a phone number is an identifier, not a quantity.
//! Example: `For help, dial 999.`

use crate::extract::model::{Measure, Reading};
use crate::extract::token::{self, TokenKind, is_space};

use super::rule::{NonClaim, Rule};

/// Rejects phone and fax numbers and service lines.
pub const RULE: Rule = Rule {
    id: "phone",
    what: "phone, fax and service-line numbers are identifiers",
    example: "For help, dial 999.",
    gives: &[NonClaim::Phone],
    check: phone,
};

/// Words before a phone number.
const PHONE_WORDS: &[&str] = &[
    "tel",
    "telephone",
    "phone",
    "fax",
    "dial",
    "hotline",
    "helpline",
    "mobile",
];

/// Phone and fax numbers: `(852) 2810 2370`, `+65 6225 5009`, `dial 999`,
/// and service-line names such as `the 12345 government service hotline`.
fn phone(text: &str, r: &Reading) -> Option<NonClaim> {
    let digits = r.first.plain_integer()?;
    if !matches!(r.measure, Measure::Count) {
        return None;
    }
    let head = text[..r.start].trim_end_matches(is_space);
    // `(012) 310 8077 / 8151`: a second line after a slash shares the
    // first one's code.
    let alternative = head.strip_suffix('/').map(|h| {
        h.trim_end_matches(is_space)
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .trim_end_matches(is_space)
    });
    if follows_code(head) || alternative.is_some_and(follows_code) {
        return Some(NonClaim::Phone);
    }
    if digits < 3 {
        return None;
    }
    let keyword = token::before(text, r.start, 4)
        .take_while(|t| !t.is_symbol('.') && !t.is_symbol(';'))
        .any(|t| t.is_word() && PHONE_WORDS.iter().any(|w| t.is(w)));
    // `call 011-2610 6849`: `call` only before groups of digits (not
    // `calls for 5,000 more`).
    let grouped = token::prev(text, r.start).is_some_and(|t| t.kind == TokenKind::Digits);
    let call = grouped
        && token::before(text, r.start, 5)
            .take_while(|t| !t.is_symbol('.') && !t.is_symbol(';'))
            .any(|t| t.is("call"));
    let keyword = keyword || call;
    let service_line = r.first.plain_integer().is_some_and(|d| d >= 5)
        && token::after(text, r.end, 3).any(|t| t.is("hotline") || t.is("helpline"));
    // `the 988 crisis line`, `the 311 line`: a short service number.
    let the_line = token::prev(text, r.start).is_some_and(|t| t.is("the"))
        && token::after(text, r.end, 2).any(|t| t.is("line") || t.is("helpline"));
    let service_line = service_line || the_line;
    (keyword || service_line).then_some(NonClaim::Phone)
}

/// An international or area code before a number (`+65 6225`, `(852)
/// 2810 2370`, `+49 69 1344 8034`), `head` being the text before it with
/// spaces trimmed.
fn follows_code(head: &str) -> bool {
    let plus = head.ends_with('+') || head.ends_with("(+");
    let without_group = head
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(is_space);
    let area_code = |h: &str| {
        h.strip_suffix(')').is_some_and(|inner| {
            let code = inner.trim_end_matches(|c: char| c.is_ascii_digit());
            code.len() < inner.len() && (code.ends_with('(') || code.ends_with("(+"))
        })
    };
    let after_code = area_code(head) || area_code(without_group) || {
        let code = without_group.trim_end_matches(|c: char| c.is_ascii_digit());
        code.len() < without_group.len()
            && (code.ends_with('+')
                || (code.ends_with('-')
                    && code[..code.len() - 1].ends_with(|c: char| c.is_ascii_digit())))
    };
    // `+49 69 1344 8034`: any group of a number that starts with `+`.
    let group_run = head.len()
        - head
            .trim_end_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, ' ' | '\t' | '-' | '–' | '\n' | '(' | ')')
            })
            .len();
    let after_plus = group_run <= 24
        && head[..head.len() - group_run].ends_with('+')
        && head[head.len() - group_run..].starts_with(|c: char| c.is_ascii_digit());
    plus || after_code || after_plus
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn phone_numbers_and_service_lines() {
        assert_eq!(fired("For help, dial 999."), [("999".to_string(), "phone")]);
        assert!(kept("Call (852) 2810 2370 or the 12345 government service hotline.").is_empty());
        assert_eq!(kept("It calls for 5,000 more nurses."), ["5,000"]);
        assert!(kept("Enquiries: (012) 310 8077 / 8151").is_empty());
        assert_eq!(kept("up 4 / 5 times"), ["4", "5"]);
    }
}
