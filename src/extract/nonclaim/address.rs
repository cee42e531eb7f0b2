//! `address`: a street number or a postal code.
//!
//! What: a number before a capitalized street name (`2200 South 216th
//! St.`), before a town and a state with its ZIP code (`901 Locust, Kansas
//! City, Missouri 64106`), and a five-digit ZIP code after its state (`WA
//! 98198`).
//! Why: an address locates a place; its numbers are no quantities.
//! Example: `Des Moines, WA 98198`.

use crate::extract::model::{Measure, Reading};

use super::rule::{NonClaim, Rule};

/// Rejects street numbers and US postal codes.
pub const RULE: Rule = Rule {
    id: "address",
    what: "a street number or postal code locates a place, it is no quantity",
    example: "Write to FAA, Des Moines, WA 98198.",
    gives: &[NonClaim::Address],
    check: address,
};

/// US states by postal code and by name: a five-digit number after one is
/// a ZIP code.
#[rustfmt::skip]
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
    "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "Hampshire", "Jersey", "Mexico", "York", "Carolina",
    "Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Island", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming",
];

/// Words that end a street name: the number before is a street number.
#[rustfmt::skip]
const STREET_SUFFIXES: &[&str] = &[
    "St.", "Street", "Ave.", "Avenue", "Blvd.", "Boulevard", "Road", "Rd.", "Drive", "Dr.", "Lane",
    "Way", "Parkway", "Place", "Pl.", "Plaza", "Square",
];

/// `WA 98198`, `CA 90740–5600`, `Missouri 64106`: a US postal code after its state.
fn follows_state(head: &str) -> bool {
    let head = head.trim_end_matches([' ', '\n', '\u{a0}']);
    // (The word is ASCII letters, so its start is a char boundary.)
    let word_start = head.len()
        - head
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
    let word = &head[word_start..];
    word_start < head.len()
        && US_STATES.contains(&word)
        && head[..word_start].ends_with([' ', ',', '\n'])
}

/// A street number (`2200 South 216th St.`, `901 Locust, Kansas City,
/// Missouri 64106`) or a ZIP code (`WA 98198`).
fn address(text: &str, r: &Reading) -> Option<NonClaim> {
    let digits = r.first.plain_integer()?;
    if !matches!(r.measure, Measure::Count) || r.currency.is_some() {
        return None;
    }
    let written = &text[r.start..r.end];
    let plain = written.bytes().all(|b| b.is_ascii_digit());
    if digits == 5 && plain && follows_state(&text[..r.start]) {
        return Some(NonClaim::Address);
    }
    if !plain || digits > 5 {
        return None;
    }
    // The words after the number, up to the end of its clause.
    let mut end = (r.end + 80).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[r.end..end];
    let clause = &rest[..rest.find([';', '\t']).unwrap_or(rest.len())];
    let words: Vec<&str> = clause.split_whitespace().take(4).collect();
    // A capitalized word right after the number: a street name.
    if !words
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return None;
    }
    let street = words.iter().skip(1).take(3).any(|w| {
        STREET_SUFFIXES
            .iter()
            .any(|s| w.trim_end_matches(',') == *s)
    });
    // Or a town and a state with its ZIP code later in the clause.
    let zip = clause.char_indices().any(|(i, c)| {
        c.is_ascii_digit()
            && !clause[..i].ends_with(|c: char| c.is_ascii_digit())
            && clause[i..].bytes().take_while(u8::is_ascii_digit).count() == 5
            && follows_state(&clause[..i])
    });
    (street || zip).then_some(NonClaim::Address)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn addresses_are_no_quantities() {
        // 04-usa-federal-register-faa-proposed-rule-2020-en.pdf, page 1.
        assert!(
            kept("Seattle ACO Branch, FAA, 2200 South 216th St., Des Moines,\nWA 98198; phone")
                .is_empty()
        );
        assert_eq!(
            kept("It bought 40 Boeing airplanes and 3 Main units."),
            ["40", "3"]
        );
    }

    #[test]
    fn a_zip_code_after_its_state() {
        assert_eq!(
            fired("Write to FAA, Des Moines, WA 98198."),
            [("98198".to_string(), "address")]
        );
    }
}
