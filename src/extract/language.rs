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
use super::lang::zh::reader::is_han;
use super::model::Claim;
use super::nonclaim::Rejection;
use super::span::Span;

/// Is this passage Chinese: at least as many Han characters as Latin
/// words (a Han character carries about what a word does: `GDP增长5%` is
/// Chinese, `The 十四五 plan runs to 2025.` English)?
pub fn is_chinese(passage: &str) -> bool {
    let (mut han, mut words) = (0usize, 0usize);
    let mut in_word = false;
    for c in passage.chars() {
        let latin = c.is_ascii_alphabetic();
        if latin && !in_word {
            words += 1;
        }
        in_word = latin;
        if is_han(c) {
            han += 1;
        }
    }
    han > 0 && han >= words
}

/// Can `text` hold a Han character? Every CJK ideograph is three bytes
/// in UTF-8 with a lead byte from 0xE3 to 0xE9; a text without one (most
/// English reports) skips the language stage after one fast byte scan.
fn may_hold_han(text: &str) -> bool {
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
    /// The passages of `sentences`; `None` when none is Chinese.
    pub fn of(text: &str, sentences: &[Span]) -> Option<Passages> {
        // (Only the text the sentences cover: a part of a large document
        // looks at its own text.)
        let covered = match (sentences.first(), sentences.last()) {
            (Some(first), Some(last)) => &text[first.start..last.end],
            _ => "",
        };
        if !may_hold_han(covered) || !sentences.iter().any(|s| is_chinese(s.text(text))) {
            return None;
        }
        let mut out_sentences = Vec::with_capacity(sentences.len());
        let mut chinese = Vec::with_capacity(sentences.len());
        for &s in sentences {
            if is_chinese(s.text(text)) {
                for piece in split_chinese(text, s) {
                    let zh = is_chinese(piece.text(text));
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
    dollar: &'static str,
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
            merged.extend(zh::read_passage(text, s.start, s.end, dollar));
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
/// start a numbered heading.
fn split_chinese(text: &str, s: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = s.start;
    let body = s.text(text);
    for (i, c) in body.char_indices() {
        let at = s.start + i;
        let end = match c {
            '；' | ';' => Some(at + c.len_utf8()),
            '\n' => {
                let line = text[start..at].trim();
                let next = text[at + 1..s.end].trim_start();
                let closed = line.ends_with(['。', '；', '！', '？', '：']);
                let heading = !line.contains(['，', '。']) || starts_heading(next);
                (closed || heading).then_some(at)
            }
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start, s.end, &mut out);
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

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// The rejections of the English rules that lie outside Chinese
/// sentences: inside one, the Chinese pack decides what a number is.
pub fn outside_chinese(text: &str, sentences: &[Span], rejected: Vec<Rejection>) -> Vec<Rejection> {
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
        let pieces: Vec<&str> = split_chinese(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.text(text))
            .collect();
        assert_eq!(pieces, vec!["一、工作回顾", "增长5%；", "下降3%。"]);
    }

    #[test]
    fn english_documents_are_untouched() {
        let text = "Growth was 5%. Prices rose 2%.";
        let sentences = vec![Span::new(0, 14), Span::new(15, 30)];
        let passages = Passages::of(text, &sentences);
        assert!(passages.is_none());
        let (s, c) = apply(text, sentences.clone(), passages, Vec::new(), "USD");
        assert_eq!(s, sentences);
        assert!(c.is_empty());
    }
}
