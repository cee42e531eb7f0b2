//! `page-number`: the page numbers and running heads a PDF copy leaves in
//! the text.
//!
//! What: a bare whole number alone on its line with a blank line (or a
//! page break, or the text's edge) on each side (`the\n\n1\n\n(CBB) is
//! reporting`), or set between dashes on a line of its own (`- 7 -`, `— 12
//! —`); the page count after `Page N of` (`Page 12 of 40`); a page of a
//! table of contents, after a dot leader (three dots or more, or `…`,
//! after a title: `KEY FINDINGS... 2`, `Glossary ........ 8`).
//! Why: page furniture orders the copy; it counts nothing. Copies of PDF
//! releases flatten the contents into one line of titles and pages. A number alone
//! on a line inside a paragraph (a table column's cell) is left alone.
//! Example: `the deficit remains large, and the\n\n12\n\nbank held its rate.`

use crate::extract::model::{Measure, Reading};
use crate::extract::token;

use super::rule::{NonClaim, Rule};

/// Rejects page numbers and page counts of a PDF copy.
pub const RULE: Rule = Rule {
    id: "page-number",
    what: "a page number or page count of a printed copy counts nothing",
    example: "the deficit remains large, and the\n\n12\n\nbank held its rate.",
    gives: &[NonClaim::Numbering],
    check: page_number,
};

/// Dashes that may frame a page number on its line (`- 7 -`).
const PAGE_DASHES: &[char] = &['-', '–', '—', '\u{2012}'];

fn page_number(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count)
        || r.second.is_some()
        || r.currency.is_some()
        || !r.first.is_digits()
        || r.first.plain_integer().is_none_or(|d| d > 4)
    {
        return None;
    }
    (alone_on_line(text, r.start, r.end)
        || page_count(text, r.start)
        || after_dot_leader(text, r.start) && !r.first.scaled())
    .then_some(NonClaim::Numbering)
}

/// Is `start..end` the whole of its line (past spaces), with a blank line
/// or a page break on each side, or framed by dashes? (Every look is
/// bounded: a long line without breaks costs nothing.)
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    let is_break = |c: char| c == '\n' || c == '\u{c}';
    let near_before = &text[text.floor_char_boundary(start.saturating_sub(16))..start];
    let near_after = &text[end..text.ceil_char_boundary((end + 16).min(text.len()))];
    let line_start = match near_before.rfind(is_break) {
        Some(i) => start - near_before.len() + i + 1,
        None if start == near_before.len() => 0,
        None => return false,
    };
    let line_end = match near_after.find(is_break) {
        Some(i) => end + i,
        None if end + near_after.len() == text.len() => text.len(),
        None => return false,
    };
    let head = text[line_start..start].trim_matches(token::is_space);
    let tail = text[end..line_end].trim_matches(token::is_space);
    let dashed = |s: &str| s.chars().count() == 1 && s.starts_with(PAGE_DASHES);
    if dashed(head) && dashed(tail) {
        return true;
    }
    if !(head.is_empty() && tail.is_empty()) {
        return false;
    }
    // A blank line (or a page break, or the edge) before and after.
    let blank =
        |gap: &str, edge: bool| edge || gap.contains('\u{c}') || gap.matches('\n').count() >= 2;
    let before = &text[text.floor_char_boundary(line_start.saturating_sub(32))..line_start];
    let gap_before = &before[before.trim_end_matches(char::is_whitespace).len()..];
    let edge_before = gap_before.len() == line_start;
    let after = &text[line_end..text.ceil_char_boundary((line_end + 32).min(text.len()))];
    let gap_after = &after[..after.len() - after.trim_start_matches(char::is_whitespace).len()];
    let edge_after = line_end + gap_after.len() == text.len();
    blank(gap_before, edge_before) && blank(gap_after, edge_after)
}

/// `Page 12 of 40`: the page count after `Page N of`.
fn page_count(text: &str, start: usize) -> bool {
    let mut before = token::before(text, start, 3);
    let of = before.next().is_some_and(|t| t.is("of"));
    let number = before
        .next()
        .is_some_and(|t| t.kind == token::TokenKind::Digits);
    of && number && before.next().is_some_and(|t| t.is("page"))
}

/// The fewest dots that make a leader (two are an abbreviation's end and
/// a full stop).
const LEADER_DOTS: usize = 3;

/// `KEY FINDINGS... 2`, `Notes … 14`: a dot leader after a title before
/// `start`.
fn after_dot_leader(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end();
    let title = head.trim_end_matches(['.', '…', ' ']);
    let leader = &head[title.len()..];
    let dots = leader.matches('.').count() + 3 * leader.matches('…').count();
    dots >= LEADER_DOTS && title.ends_with(|c: char| c.is_alphanumeric() || c == ')')
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn a_number_alone_between_paragraphs_or_dashes() {
        assert_eq!(
            fired(
                "the deficit remains large, and the\n\n1\n\nbank held.\n\n- 7 -\nGrowth was 3%.\n\n"
            ),
            [
                ("1".to_string(), "page-number"),
                ("7".to_string(), "page-number")
            ]
        );
        assert_eq!(
            fired("Report\u{c}Page 12 of 40\nText."),
            [
                ("12".to_string(), "reference"),
                ("40".to_string(), "page-number")
            ]
        );
    }

    #[test]
    fn pages_after_dot_leaders() {
        assert_eq!(
            fired("KEY FINDINGS... 2 Table A - Main indices........ 13 Notes … 4"),
            [
                ("2".to_string(), "page-number"),
                ("13".to_string(), "page-number"),
                ("4".to_string(), "page-number")
            ]
        );
        // Two dots are no leader; a money amount is no page.
        assert_eq!(
            kept("It rose to 5 per cent.. 14 more schools opened... $20 million was spent."),
            ["5 per cent", "14", "$20 million"]
        );
    }

    #[test]
    fn a_number_on_a_line_inside_a_paragraph_or_with_words_stays() {
        assert_eq!(kept("Schools built\n12\nHospitals built\n4\n"), ["12", "4"]);
        assert_eq!(kept("Members:\n\n12 members\n\nChairs: 3"), ["12", "3"]);
        assert_eq!(kept("We built\n\n1,200\n\nhomes."), ["1,200"]);
    }
}
