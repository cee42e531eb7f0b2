//! `glued`: digits glued to letters, codes or punctuation are part of a
//! name, a code or a compound, not a quantity.
//!
//! What: a number inside a URL, a path or an e-mail address; glued after a
//! letter or `#` (`G20`), after a hyphen and a letter (`COVID-19`), after `/`
//! or `:` and a digit (`2024/25`, `10:30`); a small footnote marker glued
//! after punctuation, a quote or a bracket (`Climate Change,2`, `the
//! ‘household’4 sector`); a cross-reference in braces (`{2.1, Figure 2.1}`);
//! a URL escape (`%20`); a numeral written as a code (`3.5.1`, `007`,
//! `Industry 4.0`); letters or a compound glued after it (`5G`, `1990s`,
//! `one-stop`, `24/7`, `L-202`).
//! Why: each is a name or a code that happens to hold digits; read as a
//! count it would be a wrong claim. A preposition that a PDF glued to a
//! percentage (`equivalent to15.6 per cent`) lost its space and stays a
//! claim; so is a vote tally (`voted 7-2`, see `lang::en::vote`). Gives `identifier`, `compound` for compounds and slashed pairs,
//! and `reference` for cross-references in braces.
//! Example: `Air quality in G20 cities fell after COVID-19.`

use crate::extract::lang::en::pairs::range_dash_before;
use crate::extract::lang::en::vote::in_vote_tally;
use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;
use crate::extract::token::{self, is_space};
use crate::extract::units::Kind;

use super::around::char_after;
use super::rule::{NonClaim, Rule};
use super::table_cell::is_table_cell;

/// Rejects digits glued to letters, codes or punctuation.
pub const RULE: Rule = Rule {
    id: "glued",
    what: "digits glued to letters, a code, a compound or a footnote mark are part of a name",
    example: "Air quality in G20 cities fell after COVID-19.",
    gives: &[
        NonClaim::Identifier,
        NonClaim::Compound,
        NonClaim::Reference,
    ],
    check: glued,
};

/// Is a hyphen-like character (ASCII, non-breaking, figure or en dash).
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '–')
}

fn two_before(text: &str, pos: usize) -> (Option<char>, Option<char>) {
    let mut chars = text[..pos].chars().rev();
    (chars.next(), chars.next())
}

fn glued(text: &str, r: &Reading) -> Option<NonClaim> {
    if in_address(text, r.start) {
        return Some(NonClaim::Identifier);
    }
    glued_before(text, r)
        .or_else(|| coded_numeral(text, r))
        .or_else(|| glued_after(text, r))
}

/// Inside a URL, a path or an e-mail address.
fn in_address(text: &str, start: usize) -> bool {
    // (Looking back at most 256 bytes keeps long runs without white space
    // linear.)
    let from = text.floor_char_boundary(start.saturating_sub(256));
    let chunk_start = text[from..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let chunk = &text[chunk_start..start];
    chunk.contains("://") || chunk.contains("www.") || chunk.contains('@')
}

/// Prepositions a number follows, which a PDF extraction may glue to it.
const GLUED_PREPOSITIONS: &[&str] = &["to", "of", "by", "at", "from"];

/// `equivalent to15.6 per cent of GDP`: a preposition glued to a
/// percentage, where a PDF extraction lost the space (a code glues
/// capitals or digits: `G20`, `ISO14001`; a lower-case word before a
/// percentage is no code).
fn after_lost_space(text: &str, r: &Reading) -> bool {
    let percent = matches!(r.measure, Measure::Unit(unit) if unit.kind == Kind::Percent);
    let word = token::prev(text, r.start).filter(|t| t.span.end == r.start && t.is_word());
    percent
        && word.is_some_and(|w| {
            GLUED_PREPOSITIONS.contains(&w.text)
                && token::prev(text, w.span.start).is_some_and(|t| t.span.end < w.span.start)
        })
}

/// Glued to what stands before it: a letter or `#` (`G20`), a footnote
/// marker after punctuation or a quote, a cross-reference in braces, an
/// escape of a URL, a code after a hyphen, a compound after `/` or `:`.
fn glued_before(text: &str, r: &Reading) -> Option<NonClaim> {
    let start = r.start;
    let (b1, b2) = two_before(text, start);
    if b1.is_some_and(|c| c.is_alphabetic() || c == '#' || c == '_') && !after_lost_space(text, r) {
        return Some(NonClaim::Identifier);
    }
    // `for the pre-2030 period;5`, `Climate Change,2 based on`, `22%10
    // from agriculture`: a small number glued after punctuation that
    // follows a word or a percentage is a footnote marker (`5,6` after a
    // digit is a list, see below).
    // (After `;` also following a digit: `by 2050;6`, `decision
    // -/CMA.5;15`; a semicolon never separates the parts of a number.)
    if matches!(b1, Some(';' | ',' | '.' | '%'))
        && (b1 == Some('%')
            || b1 == Some(';')
            || b2.is_some_and(|c| c.is_alphabetic() || c == ')' || c == '”' || c == '’'))
        && matches!(r.measure, Measure::Count)
        && r.currency.is_none()
        && r.second.is_none()
        && r.first.plain_integer().is_some_and(|d| d <= 2)
    {
        return Some(NonClaim::Identifier);
    }
    // `{2.1, Figure 2.1, Figure 2.2}`: cross-references in braces.
    let line_head = &text[text.floor_char_boundary(start.saturating_sub(120))..start];
    if matches!(r.measure, Measure::Count)
        && let Some(open) = line_head.rfind('{')
        && !line_head[open..].contains('}')
    {
        return Some(NonClaim::Reference);
    }
    // `the ‘household’4 sector`, `a ‘residency’ basis)1, which`: a small
    // number glued after a closing quote or bracket that closes a word is
    // a footnote marker.
    if matches!(b1, Some('’' | '”' | ')' | '\'' | '"'))
        && b2.is_some_and(|c| c.is_alphabetic() || (b1 == Some(')') && c.is_ascii_digit()))
        && matches!(r.measure, Measure::Count)
        && r.currency.is_none()
        && r.second.is_none()
        && r.first.plain_integer().is_some_and(|d| d <= 2)
    {
        return Some(NonClaim::Identifier);
    }
    // `report/2018%20-%20035%20Final.pdf`: a percent sign glued to two hex
    // digits, or glued before the number, escapes a character of a URL
    // (also one broken across lines, which the URL rule cannot see whole).
    let escaped_after = text[..r.end].ends_with('%')
        && b1.is_some_and(|c| !is_space(c) && c != '(')
        && text[r.end..].len() >= 2
        && text.as_bytes()[r.end..r.end + 2]
            .iter()
            .all(u8::is_ascii_hexdigit);
    if escaped_after || b1 == Some('%') {
        return Some(NonClaim::Identifier);
    }
    // `COVID-19`, `F-1`; `2021-22` where the year was read before; also
    // after a dash a wrong code page garbled (`2016â€“17`).
    let garbled = range_dash_before(&text[..start])
        .filter(|&len| len > 3)
        .is_some_and(|len| text[..start - len].ends_with(char::is_alphanumeric));
    let hyphen = b1.is_some_and(is_hyphen) && b2.is_some_and(|c| c.is_alphanumeric());
    // (`voted 7-2`: the members on each side of a tally are counted.)
    if (hyphen || garbled) && !r.negative && !in_vote_tally(text, r.start, r.end) {
        return Some(NonClaim::Identifier);
    }
    // `2024/25`, `9/11`, `10:30`, `3.5.1`'s tail, `5,6` lists.
    if b1.is_some_and(|c| matches!(c, '/' | ':' | '.' | ',' | '\\' | '∶' | '·'))
        && b2.is_some_and(|c| c.is_ascii_digit())
    {
        return Some(NonClaim::Compound);
    }
    // `Table B.3`, `Annex F.1`: a capital letter, a dot, a number.
    if b1 == Some('.') && b2.is_some_and(|c| c.is_ascii_uppercase()) {
        return Some(NonClaim::Identifier);
    }
    None
}

/// A numeral written as a code: dotted (`3.5.1`), zero-padded (`007`),
/// or a version after a name (`Industry 4.0`).
fn coded_numeral(text: &str, r: &Reading) -> Option<NonClaim> {
    let first = &r.first;
    if let Written::Digits { dotted: true, .. } = first.written {
        return Some(NonClaim::Identifier);
    }
    // `BEPS 2.0`, `Industry 4.0`: a bare `N.0` after a name is a version.
    let numeral = &text[first.span.start..first.numeral_end];
    let after_name = token::prev(text, r.start).is_some_and(|t| {
        (t.is_word() && t.text.starts_with(char::is_uppercase)) || t.is_symbol(')')
    });
    // `010-6519 2233`, `007`: a zero-padded integer is a code.
    if numeral.len() >= 3 && numeral.starts_with('0') && first.plain_integer().is_some() {
        return Some(NonClaim::Identifier);
    }
    if matches!(r.measure, Measure::Count)
        && !first.scaled()
        && numeral.ends_with(".0")
        && after_name
        && !is_table_cell(text, r.start, r.end)
    {
        return Some(NonClaim::Identifier);
    }
    None
}

/// Glued to what follows it: letters (`5G`, `14th`), a hyphenated or
/// slashed compound (`one-stop`, `24/7`), a code after a unit (`L-202`),
/// or letters after the unit (`3bnx`).
fn glued_after(text: &str, r: &Reading) -> Option<NonClaim> {
    let first = &r.first;
    let last = r.second.as_ref().unwrap_or(first);
    let unit_read = r.end > last.span.end || last.scaled();
    let after_numeral = last.numeral_end;
    if !unit_read || last.span.end == after_numeral {
        let tail = &text[last.span.end..];
        let mut chars = tail.chars();
        let c1 = chars.next();
        let c2 = chars.next();
        // `5G`, `14th`, `1990s`, `80C`; not `5km` (read as a unit).
        if r.end == last.span.end && c1.is_some_and(char::is_alphabetic) {
            return Some(NonClaim::Identifier);
        }
        // `one-stop`, `5-star`, `two-thirds`, `2024-02-05`, `24/7`, `1:3`.
        // (`$82/bbl`, `EUR 95/MWh`: a price per unit is money.)
        let price = r.currency.is_some() && c1 == Some('/') && c2.is_some_and(char::is_alphabetic);
        // `1- and 2-room flats`: the first of two hyphenated adjectives
        // joined by `and` (a range joined by `to`/`or` is read as one).
        let suspended = c1.is_some_and(is_hyphen)
            && c2 == Some(' ')
            && tail[c1.map_or(0, char::len_utf8)..]
                .trim_start()
                .strip_prefix("and ")
                .is_some_and(|rest| {
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    digits > 0 && rest[digits..].starts_with('-')
                });
        if r.end == last.span.end && suspended {
            return Some(NonClaim::Compound);
        }
        // (`4,800-plus employees` is a bound, see the qualifiers.)
        let plus =
            c1.is_some_and(is_hyphen) && tail[c1.map_or(0, char::len_utf8)..].starts_with("plus");
        if r.end == last.span.end
            && !price
            && !plus
            && c1.is_some_and(|c| is_hyphen(c) || matches!(c, '/' | ':' | '∶' | '·' | '+'))
            && c2.is_some_and(|c| c.is_alphanumeric())
            && !in_vote_tally(text, r.start, r.end)
        {
            return Some(NonClaim::Compound);
        }
    }
    // `24703 L-202`: a unit letter that runs on into `-digits` is a code.
    let mut after_unit = text[r.end..].chars();
    if r.end > last.span.end
        && after_unit.next().is_some_and(is_hyphen)
        && after_unit.next().is_some_and(|c| c.is_ascii_digit())
    {
        return Some(NonClaim::Identifier);
    }
    // Digits glued to letters after a unit-less scale: handled by unit
    // boundaries; after the whole expression, a digit or letter means we
    // read into something else (`3bnx`).
    if char_after(text, r.end).is_some_and(|c| c.is_alphanumeric()) && r.end > last.span.end {
        let unit_text = &text[last.span.end..r.end];
        if unit_text.ends_with(|c: char| c.is_alphanumeric()) {
            return Some(NonClaim::Identifier);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn footnotes_glued_after_quotes_brackets_and_punctuation() {
        assert_eq!(
            kept(
                "the ‘household’4 sector used 37.2%, on a residency basis)1, the period;5 and Climate Change,2 based on 22%10 from land (see Table 1, B.6)27."
            ),
            ["37.2%", "22%"]
        );
    }

    #[test]
    fn cross_references_in_braces() {
        assert_eq!(
            kept("Emissions rose by 12% (high confidence). {2.1, Figure 2.1, 4.4}"),
            ["12%"]
        );
    }

    #[test]
    fn a_preposition_glued_to_a_percentage_lost_its_space() {
        assert_eq!(
            kept(
                "spending will amount to Ksh2.53 trillion equivalent to15.6 per cent of GDP; auto15 and ISO14001"
            ),
            ["Ksh2.53 trillion", "15.6 per cent"]
        );
    }

    #[test]
    fn codes_glued_to_letters_and_hyphens() {
        assert_eq!(
            fired("Air quality in G20 cities fell after COVID-19."),
            [("20".to_string(), "glued"), ("19".to_string(), "glued")]
        );
    }

    #[test]
    fn escapes_of_a_url_broken_across_lines() {
        assert!(
            kept("See the report (http://knkt.dephub.go.id/baru/2018%20-\n%20035%20Final.pdf).")
                .is_empty()
        );
    }
}
