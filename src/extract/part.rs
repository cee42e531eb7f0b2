//! A large document read in parts: what is decided once on the whole text
//! ([`Whole`]: number conventions, currency evidence), and where the text
//! may be cut ([`parts`]) so that each part reads as it would inside the
//! whole document.
//!
//! A cut is made only after a blank line that follows a line of prose
//! (one that ends like a sentence and has at least eight words, the line
//! that ends every table above it in `table`). There every stage starts
//! afresh: the blank line ends the sentence (`sentence`), no table caption
//! or note reaches past the prose line (`table`), a trend, qualifier or
//! restatement is shared only inside a sentence (the context pass), and no
//! claim spans a blank line. The stages still see the whole text around a
//! part, so their look-back and look-ahead do not change.

use std::borrow::Cow;

use super::cells;
use super::conventions::Conventions;
use super::lang::zh::script::simplified;
use super::language;
use super::span::Span;
use super::table;
use super::units::DocumentCurrency;

/// What is decided once for a whole document before its parts are read.
#[derive(Debug, Clone)]
pub struct Whole {
    pub conventions: Conventions,
    pub currency: DocumentCurrency,
    /// The width of the body lines of a text with Han characters
    /// (`language::body_width`), which judges wrapped Chinese lines.
    pub body_width: usize,
    /// Whether the text may hold a table or chart for `cells`
    /// ([`cells::layout_of`]).
    pub laid_out: bool,
    /// The text rewritten into the conventions the readers know (numbers,
    /// simplified Chinese characters), when it differs from the document's
    /// own (same length, same offsets).
    normalized: Option<String>,
    /// The layout, when it differs from the text as written.
    layout: Option<String>,
}

impl Whole {
    /// Decides the conventions and the currency evidence on all of `text`.
    pub fn of(text: &str) -> Whole {
        let conventions = Conventions::of(text);
        let (currency, normalized) = match simplified(conventions.normalize(text)) {
            Cow::Borrowed(read) => (DocumentCurrency::of(read), None),
            Cow::Owned(read) => (DocumentCurrency::of(&read), Some(read)),
        };
        let read = normalized.as_deref().unwrap_or(text);
        let body_width = if language::may_hold_han(read) {
            language::body_width(read)
        } else {
            0
        };
        let layout = cells::layout_text(text);
        let laid_out = cells::layout_of(read, &layout).is_some();
        let layout = match layout {
            Cow::Owned(layout) if laid_out => Some(layout),
            _ => None,
        };
        Whole {
            conventions,
            currency,
            body_width,
            laid_out,
            layout,
            normalized,
        }
    }

    /// The layout the table stage reads (`cells::layout_text`), when the
    /// text may hold a table.
    pub fn layout<'a>(&'a self, text: &'a str) -> Option<&'a str> {
        self.laid_out
            .then(|| self.layout.as_deref().unwrap_or(text))
    }

    /// The text the readers read: `text` normalized.
    pub fn read<'a>(&'a self, text: &'a str) -> &'a str {
        self.normalized.as_deref().unwrap_or(text)
    }
}

/// Where an extraction of one part sits in its document: the part, and
/// the lines and sentences of the document before it (set by whoever
/// reads the parts in order), so that line and sentence numbers count from
/// the start of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub span: Span,
    pub lines_before: usize,
    pub sentences_before: usize,
}

/// The parts of `text`, in order, covering it: each about `target` bytes
/// or more, cut at the first place at or after `target` bytes where a
/// cut changes nothing (see the module doc). A text without such a place
/// is one part.
pub fn parts(text: &str, target: usize) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut start = 0usize;
    while let Some(cut) = cut_after(text, start.saturating_add(target.max(1))) {
        parts.push(Span::new(start, cut));
        start = cut;
    }
    parts.push(Span::new(start, text.len()));
    parts
}

/// The first place at or after `from` where the text may be cut: the
/// start of the line after a blank line (spaces, tabs and `\r` only) that
/// follows a prose line. `None` when there is none before the end.
fn cut_after(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        // The next newline at or after `at` ends a line; a blank line
        // after it ends at the following newline.
        let first = at + memchr::memchr(b'\n', &bytes[at..])?;
        let blank_end = first
            + 1
            + bytes[first + 1..]
                .iter()
                .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\r'))
                .count();
        if bytes.get(blank_end) == Some(&b'\n') {
            let line_start = text[..first].rfind('\n').map_or(0, |n| n + 1);
            let cut = blank_end + 1;
            let line = text[line_start..first].trim_end();
            // (A prose line ends every table, note and chart: `table`
            // and `cells` start afresh after it.)
            if cut < bytes.len()
                && table::ends_tables(line)
                && !line.contains('\t')
                && han_free_paragraph(text, first)
            {
                return Some(cut);
            }
        }
        at = first + 1;
    }
    None
}

/// Has the paragraph that ends at `end` (up to the blank line above it)
/// no Han character? A Chinese sentence of a printed page may run on
/// across a blank line (`language` joins its lines), an English one never.
fn han_free_paragraph(text: &str, end: usize) -> bool {
    let mut line_end = end;
    loop {
        let line_start = text[..line_end].rfind('\n').map_or(0, |n| n + 1);
        let line = &text.as_bytes()[line_start..line_end];
        if line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
            return true;
        }
        // (Every Han character's first byte is in E3..=E9.)
        if line.iter().any(|b| (0xE3..=0xE9).contains(b)) {
            return false;
        }
        if line_start == 0 {
            return true;
        }
        line_end = line_start - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "The economy grew by 5.2 per cent in the last year.";

    #[test]
    fn cuts_only_after_a_blank_line_after_prose() {
        let text = format!("{PROSE}\n\nTable (%)\n1 2\n\n{PROSE}\n \r\nEnd 3.\n");
        let second = PROSE.len() + 2;
        let third = text.find(" \r\n").unwrap() + 3;
        assert_eq!(
            parts(&text, 1),
            [
                Span::new(0, second),
                Span::new(second, third),
                Span::new(third, text.len())
            ]
        );
        // A target past the last cut: one part.
        assert_eq!(parts(&text, text.len()), [Span::new(0, text.len())]);
    }

    #[test]
    fn no_cut_after_short_lines_or_tables() {
        // `Exports (%)` and a short line end no table: no cut.
        let text = "Exports (%)\n\n1.2 3.4\n\nShort line.\n\nMore.";
        assert_eq!(parts(text, 1), [Span::new(0, text.len())]);
        // A paragraph with Chinese in it may run on (a printed page).
        let text = format!("全年增长\n{PROSE}\n\n比上年下降0.5%。");
        assert_eq!(parts(&text, 1), [Span::new(0, text.len())]);
        assert_eq!(parts("", 1), [Span::new(0, 0)]);
    }

    #[test]
    fn parts_cover_the_text_on_char_boundaries() {
        let unit = format!("中文。\n\n{PROSE}\n\n");
        let text = unit.repeat(50);
        for target in [1, 7, 100, 1000] {
            let parts = parts(&text, target);
            assert_eq!(parts.first().map(|p| p.start), Some(0));
            assert_eq!(parts.last().map(|p| p.end), Some(text.len()));
            assert!(parts.windows(2).all(|w| w[0].end == w[1].start));
            assert!(parts.iter().all(|p| text.is_char_boundary(p.start)));
            // The last cut is before the last copy, after its blank line.
            assert_eq!(parts.len() > 1, target + 2 <= text.len() - unit.len());
        }
    }
}
