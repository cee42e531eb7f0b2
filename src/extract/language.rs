//! Marks the passages of a document by language and hands the Chinese
//! ones to the Chinese pack (`lang::zh`).
//!
//! A sentence is Chinese when it has at least as many Han characters as
//! Latin words; `5G`, `PM2.5` and English
//! names inside Chinese text are read by the Chinese around them. Chinese
//! sentences end also at `；` and at a line break before a numbered
//! heading (`一、`, `（一）`, `1.`) or after a line that closes a sentence
//! or is a heading itself. Inside a Chinese sentence the pack's claims
//! replace the English engine's.
//!
//! Invariant: a document without a Chinese sentence comes back untouched;
//! claims stay sorted by start and non-overlapping.

use super::lang::zh;
use super::lang::zh::tables::is_han;
use super::model::Claim;
use super::nonclaim::Rejection;
use super::span::Span;
use super::units::DocumentCurrency;

/// Is this passage Chinese: at least as many Han characters as Latin
/// words (a Han character carries about what a word does: `GDP增长5%` is
/// Chinese, `The 十四五 plan runs to 2025.` English)?
pub fn is_chinese(passage: &str) -> bool {
    let mut share = HanShare::default();
    passage.chars().for_each(|c| share.feed(c));
    share.chinese()
}

/// The Han characters and Latin words of a text read a character at a
/// time, so that a pass over a sentence that does other work also tells
/// whether its pieces are Chinese ([`is_chinese`]).
#[derive(Debug, Clone, Copy, Default)]
struct HanShare {
    han: usize,
    words: usize,
    in_word: bool,
}

impl HanShare {
    fn feed(&mut self, c: char) {
        let latin = c.is_ascii_alphabetic();
        if latin && !self.in_word {
            self.words += 1;
        }
        self.in_word = latin;
        if is_han(c) {
            self.han += 1;
        }
    }

    fn chinese(&self) -> bool {
        self.han > 0 && self.han >= self.words
    }
}

/// Can `text` hold a Han character? Every CJK ideograph is three bytes
/// in UTF-8 with a lead byte from 0xE3 to 0xE9; a text without one (most
/// English reports) skips the language stage after one fast byte scan.
pub fn may_hold_han(text: &str) -> bool {
    // (A fold over each block, with no early exit inside it, vectorizes.)
    text.as_bytes().chunks(64).any(|block| {
        block
            .iter()
            .fold(false, |any, &b| any | (b.wrapping_sub(0xE3) <= 6))
    })
}

/// The sentences of a text with a Chinese sentence: Chinese sentences cut
/// into their pieces, each marked Chinese or not.
#[derive(Debug, Clone)]
pub struct Passages {
    sentences: Vec<Span>,
    chinese: Vec<bool>,
}

impl Passages {
    /// The passages of `sentences`; `None` when none is Chinese. `body`
    /// is the document's body width ([`body_width`]), decided once on the
    /// whole text when it is read in parts; `None` measures it on `text`.
    pub fn of(text: &str, sentences: &[Span], body: Option<usize>) -> Option<Passages> {
        // (Only the text the sentences cover: a part of a large document
        // looks at its own text.)
        let (from, to) = match (sentences.first(), sentences.last()) {
            (Some(first), Some(last)) => (first.start, last.end),
            _ => (0, 0),
        };
        if !may_hold_han(&text[from..to]) || !sentences.iter().any(|s| is_chinese(s.text(text))) {
            return None;
        }
        let body = body.unwrap_or_else(|| body_width(text));
        // The line breaks of the covered text, after the one that starts
        // its first line (enough for `line_start` inside it).
        let mut newlines: Vec<usize> = text[..from].rfind('\n').into_iter().collect();
        newlines.extend(memchr::memchr_iter(b'\n', &text.as_bytes()[from..to]).map(|n| n + from));
        let sentences = join_wrapped(text, sentences.to_vec(), body, &newlines);
        let mut out_sentences = Vec::with_capacity(sentences.len());
        let mut chinese = Vec::with_capacity(sentences.len());
        for (s, zh) in sentences {
            if zh {
                for (piece, zh) in split_chinese(text, s, body, line_start(&newlines, s.start)) {
                    out_sentences.push(piece);
                    chinese.push(zh);
                }
            } else {
                out_sentences.push(s);
                chinese.push(false);
            }
        }
        Some(Passages {
            sentences: out_sentences,
            chinese,
        })
    }

    /// The passages the Chinese pack reads, in order: there its claims
    /// replace the English engine's, which need not read them.
    pub fn chinese(&self) -> impl Iterator<Item = Span> + '_ {
        self.sentences
            .iter()
            .zip(&self.chinese)
            .filter(|&(_, &zh)| zh)
            .map(|(&s, _)| s)
    }
}

/// Replaces the claims of Chinese sentences with the Chinese pack's and
/// splits those sentences further (`passages`, from [`Passages::of`]); a
/// document without Chinese (`None`) comes back as it was.
pub fn apply(
    text: &str,
    sentences: Vec<Span>,
    passages: Option<Passages>,
    claims: Vec<Claim>,
    currency: &DocumentCurrency,
) -> (Vec<Span>, Vec<Claim>) {
    let Some(Passages {
        sentences: out_sentences,
        chinese,
    }) = passages
    else {
        return (sentences, claims);
    };
    let mut merged = Vec::with_capacity(claims.len());
    let mut english = claims.into_iter().peekable();
    for (i, s) in out_sentences.iter().enumerate() {
        // English claims before this sentence (in gaps) or inside it.
        while let Some(c) = english.next_if(|c| c.span.start < s.end) {
            if !(chinese[i] && c.span.start >= s.start) {
                merged.push(c);
            }
        }
        if chinese[i] {
            merged.extend(zh::read_passage(text, s.start, s.end, currency));
        }
    }
    merged.extend(english);
    merged.sort_by_key(|c| c.span.start);
    // Drop overlaps (an English claim running into a Chinese sentence).
    let mut kept: Vec<Claim> = Vec::with_capacity(merged.len());
    for c in merged {
        if kept.last().is_none_or(|l| l.span.end <= c.span.start) {
            kept.push(c);
        }
    }
    let mut sentence = 0;
    for c in kept.iter_mut() {
        while sentence + 1 < out_sentences.len() && out_sentences[sentence].end <= c.span.start {
            sentence += 1;
        }
        c.sentence = sentence;
    }
    (out_sentences, kept)
}

/// Splits a Chinese sentence at `；` and at line breaks that end a line
/// of its own (a heading, or a line closed by sentence punctuation) or
/// start a numbered heading. A line is judged whole, from its start in
/// the text: `全州有医院病床29552⏎张` after `。` on the same line is no heading.
/// Each piece comes with whether it is Chinese ([`is_chinese`]), counted
/// in the same pass.
fn split_chinese(text: &str, s: Span, body: usize, first_line: usize) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    let mut start = s.start;
    let mut line_start = first_line;
    // (A piece ends at `；` or a line break, neither a Latin letter nor
    // Han: the count of a piece starts afresh after it.)
    let mut share = HanShare::default();
    for (i, c) in s.text(text).char_indices() {
        share.feed(c);
        let at = s.start + i;
        let end = match c {
            '；' | ';' => Some(at + c.len_utf8()),
            '\n' => {
                let line = text[line_start..at].trim();
                line_start = at + 1;
                let next = text[at + 1..s.end].trim_start();
                let closed = line.ends_with(CLOSING);
                let ends =
                    !line.is_empty() && (closed || heading(line, body) || starts_heading(next));
                ends.then_some(at)
            }
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start, end, share.chinese(), &mut out);
            start = end;
            share = HanShare::default();
        }
    }
    push_trimmed(text, start, s.end, share.chinese(), &mut out);
    out
}

/// The byte offset where the line holding `at` starts, from the sorted
/// offsets of the text's line breaks.
fn line_start(newlines: &[usize], at: usize) -> usize {
    let i = newlines.partition_point(|&n| n < at);
    i.checked_sub(1).map_or(0, |j| newlines[j] + 1)
}

/// Punctuation that closes a Chinese sentence or clause at a line end.
const CLOSING: [char; 5] = ['。', '；', '！', '？', '：'];

/// `heading`: a line without `，`/`。` that is short: under 32 columns
/// (16 Han characters) or under three quarters of the document's body
/// lines: `三、工业和建筑业`, a table row.
/// A full-width line without them (`体企业增加值比上年增长4.4倍；股份制企业增加值比上年增`)
/// is a wrapped line of a printed page.
fn heading(line: &str, body: usize) -> bool {
    // (The commas first, each found with memchr: a line of prose has
    // one, and its width need not be measured char by char.)
    !line.contains('，') && !line.contains('。') && {
        let width = display_width(line);
        width < 32 || width * 4 < body * 3
    }
}

/// `wrapped`: a line of a printed page that breaks a sentence: as wide as
/// the body lines (three quarters of them, 32 columns at least), left
/// open (no closing punctuation) and no numbered heading.
fn wrapped(line: &str, body: usize) -> bool {
    // (The cheap test of its end first: a closed line is not measured.)
    !line.ends_with(CLOSING)
        && {
            let width = display_width(line);
            width >= 32 && width * 4 >= body * 3
        }
        && !starts_heading(line)
}

/// The width of a document's body lines: the 90th percentile of the
/// display widths of its non-blank lines (a Han or full-width character
/// is two columns). Reports with a paragraph per line have a wide body;
/// printed pages (PDF text) the width of their justified lines.
pub fn body_width(text: &str) -> usize {
    let mut widths = LineWidths::default();
    widths.feed(text);
    widths.body_width()
}

/// How many lines of each display width a text has (its lines that are
/// not blank), counted a stretch of whole lines at a time: a large file
/// read in pieces gets the [`body_width`] of its whole text.
#[derive(Debug, Clone, Default)]
pub struct LineWidths {
    lines: std::collections::BTreeMap<usize, usize>,
}

impl LineWidths {
    /// Counts the lines of `lines` (whole lines, or the end of the text).
    pub fn feed(&mut self, lines: &str) {
        for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
            *self.lines.entry(display_width(line)).or_default() += 1;
        }
    }

    /// Adds the lines counted in `other` (other lines of the same text).
    pub fn merge(&mut self, other: &LineWidths) {
        for (&width, &count) in &other.lines {
            *self.lines.entry(width).or_default() += count;
        }
    }

    /// The width of the line at nine tenths of the lines sorted by width.
    pub fn body_width(&self) -> usize {
        let total: usize = self.lines.values().sum();
        let mut below = total * 9 / 10;
        for (&width, &count) in &self.lines {
            if below < count {
                return width;
            }
            below -= count;
        }
        0
    }
}

/// Columns a line takes when printed: two for Han and full-width forms.
fn display_width(line: &str) -> usize {
    line.chars()
        .map(|c| {
            if is_han(c) || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}') {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `join_wrapped`: a Chinese sentence whose last line is a full-width line
/// left open (no closing punctuation, no heading) runs on into the next
/// Chinese sentence across a blank line or a page break: double-spaced
/// printed pages (`比上年下⏎⏎降0.5%`). Each sentence comes with whether
/// it is Chinese ([`is_chinese`]).
fn join_wrapped(
    text: &str,
    sentences: Vec<Span>,
    body: usize,
    newlines: &[usize],
) -> Vec<(Span, bool)> {
    let mut out: Vec<(Span, bool)> = Vec::with_capacity(sentences.len());
    for s in sentences {
        // Whether the last sentence is Chinese is decided once when it is
        // pushed: a sentence joined on has no Latin letter, so a joined
        // sentence stays Chinese (re-counting the growing sentence at
        // every join was quadratic, found by the grammar fuzzer).
        if let Some((last, true)) = out.last_mut() {
            let gap = &text[last.end..s.start];
            // The whole last line, also the part before the sentence's start
            // (`…下降4.3%。全年商品房销售面积212.58⏎⏎万平方米`).
            let tail = text[line_start(newlines, last.end)..last.end].trim();
            if gap.contains('\n')
                && gap.trim().is_empty()
                && wrapped(tail, body)
                && !s.text(text).contains(|c: char| c.is_ascii_alphabetic())
                && !starts_heading(s.text(text))
            {
                last.end = s.end;
                continue;
            }
        }
        out.push((s, is_chinese(s.text(text))));
    }
    out
}

/// `一、`, `（一）`, `1.`, `1、`, `(1)` at the start of a line.
fn starts_heading(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('（' | '(') => true,
        Some(c) if zh::tables::digit_value(c).is_some() || c == '十' => {
            let rest = line
                .trim_start_matches(|c: char| zh::tables::digit_value(c).is_some() || c == '十');
            rest.starts_with('、')
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(['.', '、', '．'])
                && !rest.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Pushes `start..end` with its surrounding white space trimmed off, and
/// `chinese`, unless nothing is left.
fn push_trimmed(text: &str, start: usize, end: usize, chinese: bool, out: &mut Vec<(Span, bool)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push((Span::new(start + lead, end - trail), chinese));
    }
}

/// The rejections of the English rules that lie outside Chinese
/// sentences: inside one, the Chinese pack decides what a number is.
pub fn outside_chinese(text: &str, sentences: &[Span], rejected: Vec<Rejection>) -> Vec<Rejection> {
    // Every Han character is three bytes with a lead byte from 0xE3 to
    // 0xEF: sentences without one are none of them Chinese (most English
    // reports), and their many rejections need no look at their sentence.
    // (A fold over each block, with no early exit inside it, vectorizes.)
    let covered = match (sentences.first(), sentences.last()) {
        (Some(first), Some(last)) => text.as_bytes().get(first.start..last.end),
        _ => Some(&[][..]),
    };
    let no_han = covered.is_some_and(|bytes| {
        !bytes.chunks(64).any(|block| {
            block
                .iter()
                .fold(false, |any, &b| any | (b.wrapping_sub(0xE3) <= 0xEF - 0xE3))
        })
    });
    if no_han {
        return rejected;
    }
    let mut chinese: Option<(usize, bool)> = None;
    rejected
        .into_iter()
        .filter(|r| {
            let at = sentences.partition_point(|s| s.end <= r.span.start);
            let Some(s) = sentences.get(at).filter(|s| s.start <= r.span.start) else {
                return true;
            };
            let zh = match chinese {
                Some((i, zh)) if i == at => zh,
                _ => is_chinese(s.text(text)),
            };
            chinese = Some((at, zh));
            !zh
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_heading_marks_do_not_split_chars() {
        assert!(starts_heading("1、项目"));
        assert!(starts_heading("2．工作"));
        assert!(!starts_heading("3.5万亿元"));
    }

    #[test]
    fn chinese_share() {
        assert!(is_chinese("建成5G基站"));
        assert!(is_chinese("PM2.5平均浓度"));
        assert!(is_chinese("GDP增长5%"));
        assert!(!is_chinese("The 十四五 plan runs to 2025."));
    }

    #[test]
    fn semicolons_and_headings_split() {
        let text = "一、工作回顾\n增长5%；下降3%。";
        let pieces: Vec<&str> = split_chinese(text, Span::new(0, text.len()), 40, 0)
            .iter()
            .map(|(s, _)| s.text(text))
            .collect();
        assert_eq!(pieces, vec!["一、工作回顾", "增长5%；", "下降3%。"]);
    }

    #[test]
    fn each_piece_is_marked_as_is_chinese_marks_its_text() {
        let text = "一、GDP增长5%；The plan runs to 2025; see Annex B\n（二）PM2.5下降3%；\nNew energy vehicles 5G\n建成基站。";
        let pieces = split_chinese(text, Span::new(0, text.len()), 40, 0);
        let marks: Vec<bool> = pieces.iter().map(|&(_, zh)| zh).collect();
        let expected: Vec<bool> = pieces
            .iter()
            .map(|(s, _)| is_chinese(s.text(text)))
            .collect();
        assert_eq!(marks, expected);
        assert_eq!(marks, vec![true, false, false, true, false, true]);
    }

    #[test]
    fn full_width_lines_of_a_page_are_wrapped_not_headings() {
        let text = "体企业增加值比上年增长4.4倍；股份制企业增加值比上年增\n长4.9%。\n三、工业\n全年增长3.5%。";
        let pieces: Vec<&str> = split_chinese(text, Span::new(0, text.len()), 56, 0)
            .iter()
            .map(|(s, _)| s.text(text))
            .collect();
        assert_eq!(
            pieces,
            vec![
                "体企业增加值比上年增长4.4倍；",
                "股份制企业增加值比上年增\n长4.9%。",
                "三、工业",
                "全年增长3.5%。"
            ]
        );
    }

    #[test]
    fn a_double_spaced_page_runs_on_across_its_blank_lines() {
        let text =
            "全年规模以上工业企业营业收入361.14亿元，比上年下\n\n降0.5%。\n\n三、工业和建筑业";
        let first = text.find("\n\n").unwrap_or(0);
        let second = text.rfind("\n\n").unwrap_or(0);
        let sentences = vec![
            Span::new(0, first),
            Span::new(first + 2, second),
            Span::new(second + 2, text.len()),
        ];
        let newlines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
        let joined = join_wrapped(text, sentences, 52, &newlines);
        assert_eq!(joined.len(), 2);
        assert_eq!(joined[0].0.text(text), &text[..second]);
        assert!(joined[0].1);
    }

    #[test]
    fn english_documents_are_untouched() {
        let text = "Growth was 5%. Prices rose 2%.";
        let sentences = vec![Span::new(0, 14), Span::new(15, 30)];
        let passages = Passages::of(text, &sentences, None);
        assert!(passages.is_none());
        let (s, c) = apply(
            text,
            sentences.clone(),
            passages,
            Vec::new(),
            &DocumentCurrency::default(),
        );
        assert_eq!(s, sentences);
        assert!(c.is_empty());
    }
}
