//! `name`: a number inside a name.
//!
//! What: number words capitalized inside a sentence (`the Two Sessions`) or
//! before a capitalized word (`Five Guarantees`); a number before two
//! capitalized words inside a sentence (`the 90% Guarantee Product`), unless
//! they qualify a counted noun (`30 000 Light Public Housing units`), are a
//! plural it counts (`27 Member States`) or a thing it sizes (`the 360 km
//! Western Renewables Link`); a number word before an ordinal (`twenty
//! first`); a small number word after a determiner pointing back to things
//! already named (`the two nations`).
//! Why: a name or a pointer back counts nothing new.
//! Example: `Delegates met at the Two Sessions.`

use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;
use crate::extract::sentence::is_sentence_start;
use crate::extract::token;
use crate::extract::units::Kind;

use super::rule::{NonClaim, Rule};
use super::table_cell::is_table_cell;

/// Rejects a number inside a name, and a small number word pointing back.
pub const RULE: Rule = Rule {
    id: "name",
    what: "a number inside a capitalized name or pointing back to named things",
    example: "Delegates met at the Two Sessions.",
    gives: &[NonClaim::Name],
    check: name,
};

/// Function words that may follow a name (`the 90% Guarantee Product and
/// the ...`), as opposed to a counted noun.
const STOP_AFTER_NAME: &[&str] = &[
    "and", "or", "of", "in", "for", "to", "with", "is", "was", "will", "has", "the", "a", "an",
    "that", "which",
];

/// Ordinal words that finish a number word into an ordinal (`the twenty
/// first century`).
const ORDINAL_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];

/// `Bank Rate maintained at 5.25%` as a headline line: a level after
/// `at`/`to`/`by` ends the line, and the capitalized words after the line
/// break open the next one, they name nothing (`Over 3 years` in a
/// table's header stays a label).
fn ends_headline(text: &str, r: &Reading) -> bool {
    token::next(text, r.end).is_some_and(|t| text[r.end..t.span.start].contains('\n'))
        && token::prev(text, r.start).is_some_and(|t| t.is("at") || t.is("to") || t.is("by"))
}

fn name(text: &str, r: &Reading) -> Option<NonClaim> {
    if matches!(r.first.written, Written::Words { .. })
        && matches!(r.measure, Measure::Count)
        && token::next(text, r.end).is_some_and(|t| ORDINAL_WORDS.iter().any(|w| t.is(w)))
    {
        return Some(NonClaim::Name);
    }
    if let Written::Words {
        capitalized: true, ..
    } = r.first.written
    {
        // `the Two Sessions` inside a sentence; `Five Guarantees` as a
        // heading.
        let title = token::next(text, r.end).is_some_and(|t| {
            t.is_word()
                && t.text.starts_with(char::is_uppercase)
                && matches!(r.measure, Measure::Count)
        });
        if (!is_sentence_start(text, r.start) || title) && !has_lowercase_scale(text, r) {
            return Some(NonClaim::Name);
        }
    }
    // `the 90% Guarantee Product`, `a Special 100% Loan Guarantee`: a number
    // followed by two capitalized words inside a sentence names something.
    let mut after = token::after(text, r.end, 2);
    let capitalized = |t: Option<token::Token>| {
        t.is_some_and(|t| t.is_word() && t.text.starts_with(char::is_uppercase) && t.text.len() > 1)
    };
    let money = r.currency.is_some() || matches!(r.measure, Measure::Money(_));
    // (The line and the table cell are asked about after the two words.)
    if !money
        && capitalized(after.next())
        && capitalized(after.next())
        && !ends_headline(text, r)
        && !is_table_cell(text, r.start, r.end)
        && !is_sentence_start(text, r.start)
        && names_a_thing(text, r)
    {
        return Some(NonClaim::Name);
    }
    // `the two nations`, `these three areas`: a small number in words after
    // a determiner points back to things already named.
    if let Written::Words { words: 1, .. } = r.first.written {
        let determiner = token::prev(text, r.start).is_some_and(|t| {
            ["the", "these", "those", "our", "both"]
                .iter()
                .any(|w| t.is(w))
        });
        if determiner
            && matches!(r.measure, Measure::Count)
            && r.first.value <= rust_decimal::Decimal::TEN
        {
            return Some(NonClaim::Name);
        }
    }
    None
}

/// Past two capitalized words after the number: do they name a thing
/// (`the 90% Guarantee Product`), rather than qualify a noun the number
/// counts or sizes?
fn names_a_thing(text: &str, r: &Reading) -> bool {
    let next_starts_sentence =
        token::next(text, r.end).is_some_and(|t| is_sentence_start(text, t.span.start));
    // `some 30 000 Light Public Housing units`: the capitalized words
    // qualify a counted noun after them, so the number counts it.
    let counted_noun = token::after(text, r.end, 9)
        .find(|t| !(t.is_word() && t.text.starts_with(char::is_uppercase)))
        .is_some_and(|t| {
            t.is_word()
                && t.text.chars().all(char::is_lowercase)
                && !STOP_AFTER_NAME.iter().any(|w| t.is(w))
        });
    // `2 KEY FINDINGS The headline CPI`: a heading in capitals (a
    // page's running head) qualifies no noun of the sentence after it.
    let heading = token::after(text, r.end, 2)
        .all(|t| t.is_word() && t.text.len() > 1 && !t.text.contains(char::is_lowercase));
    !next_starts_sentence
        && (!counted_noun || heading)
        && !counts_named_things(text, r)
        && !sizes_a_name(r)
}

/// `by One trillion shillings`: a capitalized number word whose further
/// words (its scale) are in lower case is an amount a writer capitalized by
/// habit; a name capitalizes them too (`the Two Million Homes Plan`).
fn has_lowercase_scale(text: &str, r: &Reading) -> bool {
    text[r.first.span.start..r.first.span.end]
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// `116 State Universities and Colleges`, `27 Member States`: a whole
/// number before a capitalized plural counts things of a named kind.
fn counts_named_things(text: &str, r: &Reading) -> bool {
    let plural = token::after(text, r.end, 6)
        .take_while(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
        .last()
        .is_some_and(|t| {
            t.text.ends_with('s') && !["ss", "us", "is"].iter().any(|e| t.text.ends_with(e))
        });
    let whole = r.first.value > rust_decimal::Decimal::ONE && r.first.value.fract().is_zero();
    plural && whole && matches!(r.measure, Measure::Count)
}

/// `the 33.1-kilometer Metro Manila Subway`, `the 360 km Western
/// Renewables Link`: a physical size measures the named thing (a `10-Year
/// Plan` or a `90% Guarantee` stays a name).
fn sizes_a_name(r: &Reading) -> bool {
    let Measure::Unit(unit) = r.measure else {
        return false;
    };
    matches!(
        unit.kind,
        Kind::Length | Kind::Area | Kind::Volume | Kind::Mass | Kind::Power | Kind::Energy
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn a_number_ending_a_headline_line_is_no_name() {
        assert_eq!(
            kept(
                "Bank Rate maintained at 5.25%\nThe Monetary Policy Committee voted.\nthe 90% Guarantee Product"
            ),
            ["5.25%"]
        );
    }

    #[test]
    fn a_capitalized_number_word_with_a_lowercase_scale_is_an_amount() {
        assert_eq!(
            kept("raising GDP by One trillion shillings; the Two Million Homes Plan"),
            ["One trillion shillings"]
        );
    }

    #[test]
    fn ordinal_after_a_number_word() {
        assert!(kept("before we enter the twenty first century.").is_empty());
    }

    #[test]
    fn numbers_in_names_and_pointing_back() {
        assert_eq!(
            fired("Delegates met at the Two Sessions."),
            [("Two".to_string(), "name")]
        );
        assert_eq!(
            kept("the 90% Guarantee Product and the two nations; 27 Member States"),
            ["27"]
        );
        assert_eq!(
            kept("2 KEY FINDINGS The headline rate was 5.8%. 30,000 Light Public Housing units"),
            ["5.8%", "30,000"]
        );
    }
}
