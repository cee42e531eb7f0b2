//! Byte spans into a document's text and the line index that turns a byte
//! offset into a 1-based line number.
//!
//! Invariant: every `Span` produced by the extractor lies on UTF-8 char
//! boundaries of the text it was taken from, with `start <= end`.

/// A half-open range `[start, end)` of UTF-8 byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }
}

/// The lines of `text`, each with its `\n`: what
/// `text.split_inclusive('\n')` gives, with the line breaks found by the
/// memchr crate's vectorized search (the table and convention stages read
/// every line of a document several times).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = breaks.next().map_or(text.len(), |at| at + 1);
        let line = &text[start..end];
        start = end;
        Some(line)
    })
}

/// Offsets of every `\n` in a text, for byte offset -> line lookups.
#[derive(Debug, Clone)]
pub struct LineIndex {
    newlines: Vec<usize>,
    /// Lines of the text before the part indexed.
    lines_before: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        LineIndex {
            newlines: memchr::memchr_iter(b'\n', text.as_bytes()).collect(),
            lines_before: 0,
        }
    }

    /// The index of `part` of `text` alone, which `lines_before` newlines
    /// precede: line numbers of offsets inside the part, counted from the
    /// start of the text.
    pub fn within(text: &str, part: Span, lines_before: usize) -> Self {
        let bytes = &text.as_bytes()[part.start..part.end];
        LineIndex {
            newlines: memchr::memchr_iter(b'\n', bytes)
                .map(|nl| nl + part.start)
                .collect(),
            lines_before,
        }
    }

    /// 1-based line number of the byte at `pos`.
    pub fn line(&self, pos: usize) -> usize {
        self.lines_before + self.newlines.partition_point(|&nl| nl < pos) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_are_one_based() {
        let index = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(index.line(0), 1);
        assert_eq!(index.line(2), 1);
        assert_eq!(index.line(3), 2);
        assert_eq!(index.line(6), 3);
        assert_eq!(index.line(7), 4);
    }

    #[test]
    fn lines_are_split_inclusive() {
        for text in ["", "\n", "a", "a\n", "a\nb", "\n\nab\r\n\ncd", "é\nü\n\n"] {
            let expected: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn span_text_slices_bytes() {
        let text = "at 32 μg/m3.";
        assert_eq!(Span::new(3, 12).text(text), "32 μg/m3");
    }
}
