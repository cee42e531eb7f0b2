//! `numbering`: the number of a paragraph, a list item, a section, a
//! table row or a footnote.
//!
//! What: a number that opens its line before `.` or `)` (`2. Over`, `3)
//! Reform`), also after the address of a speech whose line breaks were lost
//! (`Mr. Speaker, 4. Let us`) or after a Chinese sentence end (`…三十三。
//! 162. 政府资源`); a section number opening a heading (`2.1
//! Annual mean`); a row number before a label and cells, or a footnote
//! number at the foot of a page (`1 Unless explicitly stated`); a bare
//! number in brackets or quotes (`(3)`, `[10]`, `“1310”`). A number that
//! closes a quoted name (`the 'Fit for 55' package`) gives `name`.
//! Why: numbering orders the text; it counts nothing.
//! Example: `Economy We Inherited Mr. Speaker, 4. Let us recall`.

use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;
use crate::extract::token::{self, is_space};

use super::around::{char_after, char_before};
use super::rule::{NonClaim, Rule};
use super::table_cell::is_cell_word;

/// Rejects paragraph, list, section, row and footnote numbers.
pub const RULE: Rule = Rule {
    id: "numbering",
    what: "paragraph, list or footnote numbering orders the text",
    example: "as shown in note (3) below",
    gives: &[NonClaim::Numbering, NonClaim::Name],
    check: numbering,
};

/// Words that close the address of a speech (`Mr. Speaker,`, `Madam
/// Chair,`, `Sir,`).
const ADDRESSEES: &[&str] = &[
    "Speaker",
    "Chairman",
    "Chairperson",
    "Chair",
    "President",
    "Sir",
    "Madam",
];

/// Does the number at `start` follow the address of a speech and its
/// comma (`Mr. Speaker, 4.`)?
fn after_address(text: &str, start: usize) -> bool {
    let mut before = token::before(text, start, 2);
    let comma = before.next().is_some_and(|t| t.is_symbol(','));
    comma && before.next().is_some_and(|t| ADDRESSEES.contains(&t.text))
}

fn numbering(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.second.is_some() {
        return None;
    }
    // Only spaces and brackets between the line start and the number (a
    // bounded look-back: long lines stay linear).
    let head = text[..r.start]
        .trim_end_matches(|c: char| (is_space(c) && c != '\n') || c == '(' || c == '[');
    // (A Chinese sentence end stands for the lost line break of a page
    // whose paragraphs were run together: `…上升百分之三十三。 162. 政府资源`.)
    let at_line_start = head.is_empty() || head.ends_with(['\n', '。', '！', '？']);
    // `2.1 Annual mean concentrations`: a section number opening a heading.
    let section = matches!(
        r.first.written,
        Written::Digits {
            fraction: true,
            grouped: false,
            ..
        }
    ) && !r.first.scaled()
        && token::next(text, r.end + usize::from(text[r.end..].starts_with(". "))).is_some_and(
            |t| {
                // (On its own line, `1.726` above `Policy` is a table cell.)
                t.is_word()
                    && t.text.starts_with(char::is_uppercase)
                    && !text[r.end..t.span.start].contains('\n')
            },
        );
    if at_line_start && section {
        return Some(NonClaim::Numbering);
    }
    if line_number(text, r) {
        return Some(NonClaim::Numbering);
    }
    r.first.plain_integer()?;
    let after = char_after(text, r.end);
    // `2. Over the past year`, `3) Reform`; also run into the address
    // of a speech whose line breaks were lost (`Mr. Speaker, 4. Let us`).
    if (at_line_start || after_address(text, r.start))
        && matches!(after, Some('.' | ')'))
        && char_after(text, r.end + 1).is_none_or(is_space)
    {
        return Some(NonClaim::Numbering);
    }
    // `the 'Fit for 55' package`: a number that closes a quoted name.
    if quoted_name_ends(text, r.end) {
        return Some(NonClaim::Name);
    }
    // `(3)`, `[10]`: a bare number in brackets; `“1310”`: a quoted one is
    // the name of a plan or programme.
    let before = char_before(text, r.start);
    if matches!(
        (before, after),
        (Some('('), Some(')'))
            | (Some('['), Some(']'))
            | (Some('“'), Some('”'))
            | (Some('"'), Some('"'))
    ) {
        return Some(NonClaim::Numbering);
    }
    None
}

/// Does a closing quote right at `end` close a quotation opened on the
/// same line a few words before (`'Fit for 55'`, `“Made in China 2025”`)?
fn quoted_name_ends(text: &str, end: usize) -> bool {
    let Some(close) = char_after(text, end) else {
        return false;
    };
    let open: &[char] = match close {
        '’' => &['‘'],
        '”' => &['“'],
        '\'' | '"' => &[close],
        _ => return false,
    };
    let window = &text[text.floor_char_boundary(end.saturating_sub(40))..end];
    let line = window.rsplit('\n').next().unwrap_or(window);
    // The opening quote starts a word: after a space or a bracket.
    line.char_indices().any(|(i, c)| {
        open.contains(&c)
            && line[..i]
                .chars()
                .next_back()
                .is_none_or(|b| b == ' ' || b == '(')
            && !line[i + c.len_utf8()..].contains(close)
    })
}

/// A number opening a line before a capitalized word, that numbers the
/// line rather than counting: a table row number (`5 HB 25-1021 Tax
/// incentives 0.0 -1.0`: the line ends in cells) or a footnote at the foot
/// of a page (`1 Unless explicitly stated otherwise, ...` after a blank
/// line or a finished sentence; `4` alone on its line before the note).
fn line_number(text: &str, r: &Reading) -> bool {
    if r.first.plain_integer().is_none_or(|d| d > 3)
        || !matches!(r.measure, Measure::Count)
        || r.currency.is_some()
        || r.second.is_some()
    {
        return false;
    }
    // Only a number that opens its line (read back over spaces alone, not
    // to the line's start: linear on a long line).
    let head = text[..r.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    if !(head.is_empty() || head.ends_with('\n')) {
        return false;
    }
    let line_start = head.len();
    let line_end = text[r.end..].find('\n').map_or(text.len(), |i| r.end + i);
    let rest = &text[r.end..line_end];
    let spaces = rest.len() - rest.trim_start().len();
    // (`4 2025 Legislation Impacting ...`: a year may open the label.)
    let label = rest.trim_start();
    let label = match label.split_once(' ') {
        Some((year, after)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => after,
        _ => label,
    };
    let capitalized = label.starts_with(|c: char| c.is_uppercase());
    // The line before: blank, or a finished sentence.
    let before = text[..line_start].trim_end_matches(['\n', '\r', ' ', '\t']);
    let blank_before = text[before.len()..line_start].matches('\n').count() >= 2;
    // (`(high confidence) {2.1.2}`: a cross-reference closes a sentence.)
    let finished = blank_before || before.is_empty() || before.ends_with(['.', ':', ';', ')', '}']);
    if capitalized && (1..=3).contains(&spaces) {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let cells = words.iter().rev().take_while(|w| is_cell_word(w)).count();
        let row = cells >= 2 && cells < words.len();
        // (`17 Nobel laureates in economics say`: capitalized words before
        // a counted plural noun count it.)
        let counted = words
            .iter()
            .find(|w| !w.starts_with(|c: char| c.is_uppercase()))
            .is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase())
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("ly")
            });
        let footnote = finished && !counted && r.first.plain_integer().is_some_and(|d| d <= 2);
        return row || footnote;
    }
    // `4` alone, the note on the next line; also set between two lines
    // of a paragraph the note interrupts (`supported by the` / `24` / `At
    // least 1.8 GtCO2-eq yr–1 can be accounted for`), which no table
    // cell is.
    let interrupts = interrupted_prose(before);
    if rest.trim().is_empty()
        && (finished || interrupts)
        && r.first.plain_integer().is_some_and(|d| d <= 2)
    {
        let next = text[line_end..].trim_start_matches(['\n', '\r']);
        let next_line = next.split('\n').next().unwrap_or("");
        let words = if finished { 5 } else { 4 };
        return next_line.starts_with(|c: char| c.is_uppercase())
            && next_line.split_whitespace().count() >= words;
    }
    false
}

/// Is `before` (the text up to the end of the line before a number alone
/// on its line) a line of prose broken off mid-sentence: six words or
/// more, ending in a word (`... are generally supported by the`), not in
/// a number or a cell?
fn interrupted_prose(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    line.split_whitespace().count() >= 6
        && line.ends_with(|c: char| c.is_alphabetic() || c == ',')
        && !line.contains('\t')
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn paragraph_numbers_run_into_the_address_of_a_speech() {
        assert_eq!(
            kept(
                "Economy We Inherited Mr. Speaker, 4. Let us recall the 3 facts. Sir, 12 schools opened."
            ),
            ["3", "12"]
        );
    }

    #[test]
    fn paragraph_numbers_after_a_chinese_sentence_end() {
        assert_eq!(
            fired("亦上升百分之三十三。 162. 政府资源分配由政策主导"),
            [("162".to_string(), "numbering")]
        );
        assert!(fired("增长3%。 12 schools opened.").is_empty());
    }

    #[test]
    fn row_numbers_and_page_foot_notes_open_lines() {
        let text = "Line Item FY 2024-25 FY 2025-26\n3 Transfers from Other Funds (March Forecast) 158.0 56.1\n4 2025 Legislation Impacting Available General Fund 338.5 83.7\n\n11  As footnote 7 above.\n\n1 Unless explicitly stated otherwise, this update considers changes.\n";
        assert_eq!(kept(text), ["158.0", "56.1", "338.5", "83.7"]);
    }

    #[test]
    fn a_line_opening_count_before_a_counted_noun_stays() {
        assert_eq!(
            kept("It will ease inflation.\n17 Nobel laureates in economics say so.\n"),
            ["17"]
        );
    }

    #[test]
    fn numbers_in_brackets_and_closing_a_quoted_name() {
        assert_eq!(
            fired("as shown in note (3) below"),
            [("3".to_string(), "numbering")]
        );
        assert_eq!(
            fired("the 'Fit for 55' package"),
            [("55".to_string(), "numbering")]
        );
    }
}
