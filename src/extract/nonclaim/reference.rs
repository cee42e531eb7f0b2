//! `reference`: a bare number that names or numbers a thing rather than
//! counting it.
//!
//! What: a number after a reference word (`Article 370`, `No. 1`, `page
//! 5`, `Table 3`), listed after one (`routes 4, 19 and 92`), after a
//! capitalized word inside a sentence (`Industry 4.0`, `Line 16`), before a
//! name word (`the 12345 hotline`); a customs tariff code (`6802 99 00`,
//! `heading 2933 59`); a US bill or law number (`H.R. 3935`, `Pub. L.
//! 105-139`); a legal citation (`14 CFR 91.213`, `5 U.S.C. 552`); a model
//! written again and again with its capitals (`the 737 MAX`).
//! Why: such numbers are names; a count is never written that way. An
//! amount after a reference word (`Appropriation Bill 71,834,409`) ends a
//! row label and stays a claim, and so does a table cell.
//! Example: `Article 370 was repealed.`

use std::sync::LazyLock;

use crate::extract::model::{Measure, Reading};
use crate::extract::sentence::is_sentence_start;
use crate::extract::token::{self, Token, TokenKind, WordTable, is_space};

use super::around::is_month;
use super::model_pairs;
use super::rule::{NonClaim, Rule};
use super::table_cell::is_table_cell;

/// Rejects a number that names a thing: articles, tables, codes, bills, citations, models.
pub const RULE: Rule = Rule {
    id: "reference",
    what: "a number after a reference word names a thing",
    example: "Article 370 was repealed.",
    gives: &[NonClaim::Reference],
    check: reference,
};

/// Words that make the number after them a reference, not a quantity.
#[rustfmt::skip]
const REFERENCE_WORDS: &[&str] = &[
    "article", "articles", "section", "sections", "chapter", "chapters", "part", "rule", "rules", "clause",
    "clauses", "paragraph", "paragraphs", "para", "paras", "schedule", "item", "items", "annex", "annexure",
    "appendix", "table", "figure", "fig", "page", "pages", "vol", "volume", "issue", "phase", "level",
    "grade", "class", "tier", "category", "stage", "line", "route", "room", "box", "no", "nos", "number",
    "version", "model", "type", "track", "gate", "terminal", "platform", "pillar", "act", "resolution",
    "regulation", "order", "decree", "bill", "budget", "vision", "agenda", "goal", "sdg", "point", "step",
    "report", "plan", "program", "programme", "session", "week", "day", "year", "fy", "top", "priority", "p", "pp",
    "target", "targets", "indicator", "indicators",
    "priorities", "tranche", "chart", "charts", "recommendation", "recommendations", "exhibit", "map",
    "footnote", "footnotes", "exit", "exits", "diagram", "diagrams",
    "routes", "lines", "figures", "tables", "title", "titles", "note", "notes", "revision", "amendment",
    "code", "heading", "headings", "subheading", "subheadings",
];

static REFERENCE_INDEX: LazyLock<WordTable<()>> =
    LazyLock::new(|| WordTable::new(REFERENCE_WORDS.iter().map(|&w| (w, ()))));

/// Words after a number that make it part of a name.
const NAME_FOLLOWERS: &[&str] = &["hotline"];

/// `reference`: a bare count that names or numbers something rather than
/// counting it: a reference word before it (`Table 3`, `No. 1`), a name
/// (`Industry 4.0`, `Windows 10`), a tariff or model code, a bill, a
/// citation of a code of law.
fn reference(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count)
        || r.currency.is_some()
        || !r.first.is_digits()
        || r.first.scaled()
    {
        return None;
    }
    if continues_reference_list(text, r.start)
        || is_tariff_code(text, r.start, r.end)
        || is_bill_number(text, r.start)
        || cites_a_code(text, r.start, r.end)
        || is_model_designation(text, r.start, r.end)
    {
        return Some(NonClaim::Reference);
    }
    let (word, colon) = word_before_number(text, r.start)?;
    // `tariff heading ⇥ 25 ⇥ 20`: a tab puts the number in the next
    // column; the word before it ends a label, it does not name the
    // number.
    let column_apart = text[word.span.end..r.start].contains('\t');
    if !column_apart
        && !is_amount_written(text, r.start, r.end)
        && (is_reference_word(text, &word) || (colon && REFERENCE_INDEX.contains(word.text)))
    {
        return Some(NonClaim::Reference);
    }
    if let Some(next) = token::next(text, r.end)
        && NAME_FOLLOWERS.iter().any(|w| next.is(w))
    {
        return Some(NonClaim::Reference);
    }
    names_the_number(text, r, &word).then_some(NonClaim::Reference)
}

/// Does `word` make a number after it a reference (`Article 370`)?
/// Lower-case `year`, `day`, `week`, `plan` before a number are usually
/// quantities of something else (`day 3` is rare in reports).
fn is_reference_word(text: &str, word: &Token) -> bool {
    // `will stage 253 events`: after a modal the word is a verb (not after
    // `to`: `refer to paragraphs 48 to 52`).
    let after_modal = token::prev(text, word.span.start).is_some_and(|t| {
        [
            "will", "would", "can", "could", "shall", "may", "might", "must",
        ]
        .iter()
        .any(|m| t.is(m))
    });
    if after_modal && word.text.starts_with(char::is_lowercase) {
        return false;
    }
    const WEAK: &[&str] = &[
        "year",
        "day",
        "week",
        "plan",
        "program",
        "programme",
        "budget",
        "report",
        "session",
        "top",
        "number",
        "point",
        "step",
        "goal",
    ];
    let lower = word.text.chars().next().is_some_and(char::is_lowercase);
    word.is_word()
        && REFERENCE_INDEX.contains(word.text)
        && !(lower && WEAK.iter().any(|w| word.is(w)))
}

/// The word right before a number, past a `.` or `:` glued to it (`No.
/// 1`; `Catalogue number: 6202.0`, a label whatever its case), and whether
/// that was a colon; `None` when no word stands there.
fn word_before_number(text: &str, start: usize) -> Option<(Token<'_>, bool)> {
    let mut before = token::before(text, start, 2);
    let prev = before.next()?;
    let colon = prev.is_symbol(':');
    let word = if prev.is_symbol('.') || colon {
        before.next().filter(|t| t.span.end == prev.span.start)?
    } else {
        prev
    };
    (word.kind == TokenKind::Word).then_some((word, colon))
}

/// A number written as an amount: grouped in thousands (`71,834,409`,
/// `1,188.6`) or signed (`-403.7`). A reference word before it ends a row
/// label (`Legislative Appropriation Bill 71,834,409`, `Various Line Items
/// 1,188.6`, `Not Subject to Statutory Restriction -403.7`); it does not
/// name it as `Bill 7` or `Table 3.337` do.
fn is_amount_written(text: &str, start: usize, end: usize) -> bool {
    let written = &text[start..end];
    // A minus after a space (`Restriction -403.7`), not a hyphen (`24-1430`).
    let signed = (written.starts_with(['-', '−']) && text[..start].ends_with(' '))
        || text[..start].ends_with(" -")
        || text[..start].ends_with(" −");
    let grouped = written.char_indices().any(|(i, c)| {
        c == ','
            && written[i + 1..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count()
                == 3
    });
    grouped || signed
}

/// Capitalized words before a number that qualify or frame it (`Over 200`,
/// `Total 4,918`), not name it.
const QUALIFIER_LIKE_CAPITALS: &[&str] = &[
    "Over",
    "About",
    "Around",
    "Nearly",
    "Almost",
    "Some",
    "Only",
    "Another",
    "Additional",
    "Total",
    "All",
];

/// A capitalized word glued before a bare number inside a sentence is a
/// name: `Industry 4.0`, `Line 16`, `Windows 10`. A capitalized word at
/// the start of a line labels a table row (`Revenues 4,918 5,000`), it
/// does not name the number.
fn names_the_number(text: &str, r: &Reading, word: &Token) -> bool {
    let line_label = text[..word.span.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n');
    // (`Increase in the Deficit    45    797`: a label set apart by a
    // column gap does not name the number either.)
    let column_gap =
        text[word.span.end..r.start].contains("  ") || text[word.span.end..r.start].contains('\t');
    let capitalized = word.text.starts_with(|c: char| c.is_uppercase())
        && !line_label
        && !column_gap
        && !is_table_cell(text, r.start, r.end);
    capitalized
        && !is_sentence_start(text, word.span.start)
        && !is_month(word.text)
        && word.text.len() > 1
        && !QUALIFIER_LIKE_CAPITALS.contains(&word.text)
}

/// `routes 4, 19 and 92`, `Articles 14 and 21`: a number listed after
/// another that follows a reference word.
fn continues_reference_list(text: &str, start: usize) -> bool {
    let mut tokens = token::before(text, start, 12);
    let mut separated = false;
    loop {
        let Some(separator) = tokens.next() else {
            return false;
        };
        let is_separator = separator.is_symbol(',')
            || separator.is_symbol('&')
            || separator.is("and")
            || separator.is("or");
        if !is_separator {
            // The reference word before the first number of the list.
            // (A capitalized head inside a sentence names its numbers too:
            // `Liddell Units 1 and 2`.)
            // (Not a currency: `Rs 150, 250, 500` lists amounts.)
            let currency = matches!(
                crate::extract::units::currency_prefix_before(separator.text),
                Some((_, 0))
            );
            let capitalized_head = separator.is_word()
                && separator.text.len() > 1
                && separator.text.starts_with(char::is_uppercase)
                && !is_sentence_start(text, separator.span.start)
                && !is_month(separator.text)
                && !currency;
            return separated && (is_reference_word(text, &separator) || capitalized_head);
        }
        // `4, and 19`
        let Some(mut number) = tokens.next() else {
            return false;
        };
        if number.is("and") || number.is("or") {
            match tokens.next() {
                Some(t) => number = t,
                None => return false,
            }
        }
        if number.kind != TokenKind::Digits {
            return false;
        }
        separated = true;
    }
}

/// Words after which a four-digit number is a customs tariff heading.
const TARIFF_WORDS: &[&str] = &[
    "heading",
    "headings",
    "subheading",
    "subheadings",
    "item",
    "items",
];

/// A customs tariff code (HS): eight digits in groups `6802 99 00`, or a
/// heading and its subheading `heading 2933 59` (any group of either).
fn is_tariff_code(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // The digit groups joined by single spaces around the number.
    let mut from = start;
    while from >= 2 && bytes[from - 1] == b' ' && bytes[from - 2].is_ascii_digit() {
        let mut s = from - 1;
        while s > 0 && bytes[s - 1].is_ascii_digit() {
            s -= 1;
        }
        from = s;
    }
    let mut to = end;
    while to + 1 < bytes.len() && bytes[to] == b' ' && bytes[to + 1].is_ascii_digit() {
        let mut e = to + 1;
        while e < bytes.len() && bytes[e].is_ascii_digit() {
            e += 1;
        }
        to = e;
    }
    // No letter, decimal point or separator glued to either end.
    let before_ok = from == 0
        || !(bytes[from - 1].is_ascii_alphanumeric() || matches!(bytes[from - 1], b'.' | b','));
    let decimal_after = bytes.get(to + 1).is_some_and(u8::is_ascii_digit);
    let after_ok = to == bytes.len()
        || !(bytes[to].is_ascii_alphanumeric() || (bytes[to] == b'.' && decimal_after));
    if !before_ok || !after_ok {
        return false;
    }
    // (The lengths of the first groups, and whether more follow.)
    let mut groups = text[from..to].split(' ').map(str::len);
    match [groups.next(), groups.next(), groups.next(), groups.next()] {
        [Some(4), Some(2), Some(2), None] => true,
        [Some(4), Some(2), None, _] => token::before(text, from, 1)
            .next()
            .is_some_and(|t| TARIFF_WORDS.iter().any(|w| t.is(w))),
        _ => false,
    }
}

/// `H.R. 3935`, `S. 1234`, `P.L. 117-58`: a US bill or law number.
fn is_bill_number(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(is_space);
    let lone_s = head
        .strip_suffix("S.")
        .is_some_and(|h| h.is_empty() || h.ends_with(is_space));
    lone_s
        || [
            "H.R.", "P.L.", "Pub. L.", "Pub.L.", "H.Res.", "S.Res.", "H.J.Res.", "H.B.", "S.B.",
            "HB", "SB", "HJR", "SJR",
        ]
        .iter()
        .any(|b| head.ends_with(b))
}

/// Codes of law and of official gazettes in a legal citation: the number
/// before one is a title or volume (`14 CFR`, `49 U.S.C.`, `83 FR`), the
/// numbers after one, and those listed after them, are sections or pages
/// (`14 CFR 91.213, 121.628, and 129.14`, `5 U.S.C. 552`, `§ 39.13`).
#[rustfmt::skip]
const CITED_CODES: &[&str] = &[
    "CFR", "C.F.R.", "U.S.C.", "USC", "FR", "Fed. Reg.", "Stat.", "§§", "§",
];

/// Is the number at `start..end` part of a legal citation (see
/// [`CITED_CODES`])?
fn cites_a_code(text: &str, start: usize, end: usize) -> bool {
    let code_at = |rest: &str| {
        CITED_CODES.iter().any(|code| {
            rest.strip_prefix(code).is_some_and(|after| {
                code.starts_with('§') || !after.starts_with(|c: char| c.is_alphanumeric())
            })
        })
    };
    // `14 CFR`, `49 U.S.C.` (the title, on the same line or the next).
    if code_at(text[end..].trim_start_matches(is_space)) {
        return true;
    }
    // `CFR 25.1585`, `§ 39.13`, and the rest of a list after one:
    // `CFR 91.213, 121.628, and 129.14`, `21.197 and 21.199`.
    let mut head = text[..start].trim_end_matches(is_space);
    for _ in 0..8 {
        if CITED_CODES.iter().any(|code| {
            head.strip_suffix(code).is_some_and(|before| {
                code.starts_with('§') || !before.ends_with(|c: char| c.is_alphanumeric())
            })
        }) {
            return true;
        }
        let word = ["and", "or", "through"].iter().find_map(|w| {
            head.strip_suffix(w)
                .filter(|before| before.ends_with(is_space))
        });
        let Some(rest) = head.strip_suffix(',').or(word) else {
            return false;
        };
        let rest = rest.trim_end_matches([',', ' ', '\n']);
        // The section before the separator: digits, dots and a bracketed
        // paragraph (`106(g)`).
        let section = rest.trim_end_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | '(' | ')' | 'a'..='z')
        });
        if !rest[section.len()..].starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        head = section.trim_end_matches(is_space);
    }
    false
}

/// `the 737 MAX`: digits and a word in capitals after them that the
/// document writes together again and again (three times or more) name a
/// model, not a number of things (`two AOA sensors`, `300 ICU beds` said
/// once are counts).
fn is_model_designation(text: &str, start: usize, end: usize) -> bool {
    let digits = &text[start..end];
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(word) = token::next(text, end) else {
        return false;
    };
    let capitals = word.is_word()
        && word.text.len() >= 2
        && word.text.chars().all(|c| c.is_ascii_uppercase())
        && text[end..word.span.start]
            .chars()
            .all(|c| c == ' ' || c == '\n')
        && crate::extract::units::unit_at(word.text).is_none()
        && crate::extract::units::currency_suffix_at(word.text).is_none();
    if !capitals {
        return false;
    }
    // (Whole numbers and words only: `25 BCD` is no `5 BCD`.)
    model_pairs::times_written(text, digits, word.text) >= 3
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn amounts_after_a_reference_word_end_a_row_label() {
        // Colorado appropriations report 2025 (corpus 13), Tables 3A, 4
        // and the Agriculture pages; the numbers themselves stay names.
        assert_eq!(
            kept(
                "4 HB 24-1347 FY 2024-25 Legislative Appropriation Bill 71,834,409 0
Higher Education Various Line Items 1,188.6 1,232.9
SB 25-088 Supplemental bill -208,651 -1,267,895
"
            ),
            ["71,834,409", "1,188.6", "1,232.9", "-208,651", "-1,267,895"]
        );
        assert!(kept("See Table 3.337 and Bill 7 of Schedule 12.").is_empty());
    }

    #[test]
    fn state_bill_numbers_and_diagrams() {
        assert!(
            kept("H.B. 24-1231 and SB 25-026 were passed; see Diagram 1 for detail").is_empty()
        );
    }

    #[test]
    fn tariff_headings_and_codes_are_references() {
        // 01-india-budget-speech-2025-en.pdf, pages 36 and 40.
        assert!(
            kept("the structure classified under tariff\nsub heading 2933 59\nand articles thereof under heading\n6802 except 6802 99 00 and headings 6401 to 6405")
                .is_empty()
        );
        // Not a heading: a year and two counts.
        assert_eq!(kept("In 2024 10 firms hired 25 people."), ["10", "25"]);
    }

    #[test]
    fn a_number_after_a_reference_word() {
        assert_eq!(
            fired("Article 370 was repealed."),
            [("370".to_string(), "reference")]
        );
        assert!(kept("See routes 4, 19 and 92 on page 5.").is_empty());
    }

    #[test]
    fn legal_citations_are_references() {
        assert!(
            kept("You may send comments using the procedures found in 14 CFR 11.43 and 11.45.")
                .is_empty()
        );
        assert!(kept("(See 14 CFR 91.213, 121.628, 125.201,\nand 129.14.) Under the Act (5 U.S.C. 552), see 83 FR 62697.").is_empty());
        assert!(
            kept("As amended by Section 1(e) of Pub. L. 105-139, the numbers apply.").is_empty()
        );
    }

    #[test]
    fn a_model_is_a_number_and_capitals_written_again_and_again() {
        assert_eq!(
            kept(
                "The 737 MAX has two AOA sensors. On the 737 MAX, the alert shows. All 737 MAX airplanes were grounded."
            ),
            ["two"]
        );
        assert_eq!(
            kept("It affects 300 ICU beds in 12 hospitals."),
            ["300", "12"]
        );
    }
}
