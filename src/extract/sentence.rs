//! Splits a text into sentences with their byte spans.
//!
//! A sentence ends at `.`, `!`, `?` (or the CJK `。！？`) followed by white
//! space and a plausible sentence start, and at every blank line (headings
//! and paragraphs never run together). Not ends: abbreviations (`No.`,
//! `Mr.`, `e.g.`, `U.S.`), single-letter initials, decimals (`97.3`), and
//! the dot after list numbering at the start of a line (`2. Over the ...`).
//! Single line breaks inside a paragraph are white space.
//!
//! Invariant: spans are trimmed, non-empty, in order and non-overlapping.

use super::span::Span;
use std::sync::LazyLock;

use super::token::{WordTable, is_space};
use super::units::SCALE_ABBREVIATIONS;

/// Abbreviations whose full stop ends no sentence (`Mr.`, `e.g.`, `No.`),
/// lower case, without the final dot. The scale abbreviations (`bn.`) are
/// read from their table in `units`. The months' abbreviations (`Jan.`)
/// are the language pack's (`lang::en::calendar`), a higher layer this
/// stage may not import: they are repeated here, and a test in
/// `calendar` keeps the two in step.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
    "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "co", "ltd", "jr", "sr", "gov", "govt", "hon", "art", "sec", "fig", "approx", "rs", "dept",
    "para", "paras", "vol", "cf", "est", "viz", "ch", "op", "al", "p", "pp",
];

static ABBREVIATION_INDEX: LazyLock<WordTable<()>> = LazyLock::new(|| {
    let scales = SCALE_ABBREVIATIONS.iter().map(|&(w, _)| w);
    WordTable::new(ABBREVIATIONS.iter().copied().chain(scales).map(|a| (a, ())))
});

/// Does a sentence start at `pos` (after a full stop, a blank line, or at
/// the start of the text)?
pub fn is_sentence_start(text: &str, pos: usize) -> bool {
    let head = text[..pos].trim_end_matches(|c: char| is_space(c) || "\"'“‘([".contains(c));
    let gap = &text[head.len()..pos];
    head.is_empty() || gap.contains("\n\n") || head.ends_with(['.', '!', '?', ':', ';', '。'])
}

/// Is `word` an abbreviation whose full stop ends no sentence (`Rs`, `No`)?
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATION_INDEX.contains(word)
}

/// Sentence spans of `text`, in order.
pub fn split(text: &str) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Only these bytes can end a sentence: `\n . ! ?` and the first byte
    // of `。` (E3) or of `！？` (EF). Two vectorized searches, the common
    // bytes and the rare ones, merged in order.
    let mut common = memchr::memchr3_iter(b'.', b'\n', b'?', bytes).peekable();
    let mut rare = memchr::memchr3_iter(b'!', 0xE3, 0xEF, bytes).peekable();
    loop {
        i = match (first_from(&mut common, i), first_from(&mut rare, i)) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => break,
        };
        let c = text[i..].chars().next().unwrap_or('\0');
        let boundary_end = match c {
            '\n' => {
                // A blank line: the paragraph ends at this newline.
                let rest = &text[i + 1..];
                let gap = rest.len()
                    - rest
                        .trim_start_matches(|c: char| c != '\n' && is_space(c))
                        .len();
                let blank = bytes.get(i + 1 + gap) == Some(&b'\n');
                (blank || starts_numbered_paragraph(&rest[gap..])).then_some(i)
            }
            '.' | '!' | '?' => {
                ends_sentence(text, i).then_some(i + 1 + closing_len(&text[i + 1..]))
            }
            '。' | '！' | '？' => {
                Some(i + c.len_utf8() + closing_len(&text[i + c.len_utf8()..]))
            }
            _ => None,
        };
        match boundary_end {
            Some(end) => {
                push_trimmed(text, start, end, &mut sentences);
                start = end;
                i = end.max(i + 1);
            }
            None => i += c.len_utf8(),
        }
    }
    push_trimmed(text, start, text.len(), &mut sentences);
    sentences
}

/// The first offset at or after `i` that `offsets` (ascending) still
/// holds; earlier ones are dropped.
fn first_from(
    offsets: &mut std::iter::Peekable<impl Iterator<Item = usize>>,
    i: usize,
) -> Option<usize> {
    while let Some(&at) = offsets.peek() {
        if at >= i {
            return Some(at);
        }
        offsets.next();
    }
    None
}

/// `19. Our government ...`: a line that starts with paragraph numbering
/// starts a new sentence even without a blank line before it.
fn starts_numbered_paragraph(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && line[digits..].starts_with(". ")
        && line[digits + 2..].starts_with(|c: char| c.is_uppercase())
}

/// Closing quotes and brackets, and a reference marker (`.[10]`), that
/// belong to the sentence before them.
fn closing_len(rest: &str) -> usize {
    let closed = rest.trim_start_matches(['"', '\'', ')', ']', '”', '’', '」', '』', '）']);
    let marker = closed
        .strip_prefix('[')
        .map(|m| m.trim_start_matches(|c: char| c.is_ascii_digit()))
        .filter(|m| m.len() + 1 < closed.len())
        .and_then(|m| m.strip_prefix(']'));
    rest.len() - marker.unwrap_or(closed).len()
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Does the `.`/`!`/`?` at `i` end a sentence?
fn ends_sentence(text: &str, i: usize) -> bool {
    let after = &text[i + 1..];
    let after = &after[closing_len(after)..];
    // Must be followed by white space (or the end), then a sentence start.
    let Some(first) = after.chars().next() else {
        return true;
    };
    if !is_space(first) {
        return false;
    }
    let rest = after.trim_start_matches(is_space);
    let next = rest.chars().next();
    // A full stop at the end of a line ends the sentence whatever comes on
    // the next line (`-3.5% was ...`, `+cmd`).
    let line_end = after[..after.len() - rest.len()].contains('\n');
    let starts = line_end
        || next.is_none_or(|c| {
            c.is_uppercase() || c.is_ascii_digit() || !c.is_ascii() || "\"'([“‘".contains(c)
        });
    if !starts || text.as_bytes()[i] != b'.' {
        return starts;
    }
    let head = &text[..i];
    let word_start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &head[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // an initial: `J. Smith`
    }
    let abbreviation = ABBREVIATION_INDEX.contains(word);
    if abbreviation && !(word.eq_ignore_ascii_case("etc") && sentence_like_after(after)) {
        return false;
    }
    // `2. Over the past year`: list numbering at the start of a line.
    let is_number = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let line_start = head[..word_start]
        .trim_end_matches([' ', '\t', '('])
        .ends_with('\n')
        || word_start == 0;
    !(is_number && line_start)
}

/// After `etc.`, a new sentence usually starts with a capital after a
/// line break or with `The`/`We`-like words; keep it simple: any capital.
fn sentence_like_after(after: &str) -> bool {
    after
        .trim_start_matches(is_space)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn splits_on_full_stop_and_capital() {
        assert_eq!(
            sentences("It rose 5.2%. Jobs grew."),
            ["It rose 5.2%.", "Jobs grew."]
        );
    }

    #[test]
    fn keeps_decimals() {
        assert_eq!(
            sentences("Coverage reached 44.9% in 2023."),
            ["Coverage reached 44.9% in 2023."]
        );
    }

    #[test]
    fn keeps_abbreviations() {
        assert_eq!(
            sentences("See No. 5 and Mr. Li. Next one."),
            ["See No. 5 and Mr. Li.", "Next one."]
        );
        assert_eq!(
            sentences("the U.S. Congress met."),
            ["the U.S. Congress met."]
        );
    }

    #[test]
    fn blank_line_ends_a_heading() {
        assert_eq!(
            sentences("Introduction\n\nWe grew"),
            ["Introduction", "We grew"]
        );
    }

    #[test]
    fn single_newline_is_space() {
        assert_eq!(sentences("We grew\nfast. Then"), ["We grew\nfast.", "Then"]);
    }

    #[test]
    fn list_number_at_line_start() {
        assert_eq!(
            sentences("\n2. Over the past year, we grew."),
            ["2. Over the past year, we grew."]
        );
    }

    #[test]
    fn year_at_sentence_end_still_splits() {
        assert_eq!(sentences("fell in 2019. We"), ["fell in 2019.", "We"]);
    }

    #[test]
    fn numbered_paragraph_after_heading_line() {
        assert_eq!(
            sentences("Release of new varieties\n11. New 109 varieties"),
            ["Release of new varieties", "11. New 109 varieties"]
        );
    }

    #[test]
    fn footnote_marker_stays_with_its_sentence() {
        assert_eq!(
            sentences("the charter.[10]\nCOVID-19 spending"),
            ["the charter.[10]", "COVID-19 spending"]
        );
    }

    #[test]
    fn full_stop_at_line_end_ends_the_sentence() {
        assert_eq!(
            sentences("rose 5%.\n-3.5% was the change."),
            ["rose 5%.", "-3.5% was the change."]
        );
    }

    #[test]
    fn chinese_full_stop() {
        assert_eq!(
            sentences("增长5.2%。就业稳定。"),
            ["增长5.2%。", "就业稳定。"]
        );
    }

    #[test]
    fn closing_quote_stays() {
        assert_eq!(
            sentences("the \"three musts.\" Then"),
            ["the \"three musts.\"", "Then"]
        );
    }
}
