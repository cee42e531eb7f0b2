//! The passage being read: its chars with their byte offsets, and the
//! slices around a char that every reader of `lang::zh` looks at. The
//! lowest layer of the pack after the tables, so that the number reader,
//! the rules and the context all take it from here.

/// The passage as chars with their byte offsets, and its end offset.
pub struct Passage<'a> {
    pub text: &'a str,
    pub chars: Vec<(usize, char)>,
    pub end: usize,
    /// The one fact of the whole document a rule reads: the code a bare
    /// `元` stands for (`CNY`, or `TWD`, `HKD`, `MOP` where the document's
    /// evidence says so; `units::DocumentCurrency`). A Minguo year
    /// (`113年`) and a scaled amount without `元` (`开支556亿`) depend on it.
    pub yuan: &'static str,
}

impl<'a> Passage<'a> {
    pub fn new(text: &'a str, start: usize, end: usize) -> Self {
        let chars = text[start..end]
            .char_indices()
            .map(|(i, c)| (start + i, c))
            .collect();
        Passage {
            text,
            chars,
            end,
            yuan: "CNY",
        }
    }

    /// The passage in a document whose bare `元` is `yuan`.
    pub fn in_document(mut self, yuan: &'static str) -> Self {
        self.yuan = yuan;
        self
    }

    pub fn char(&self, k: usize) -> Option<char> {
        self.chars.get(k).map(|&(_, c)| c)
    }

    /// Byte offset of char `k` (the passage end past the last char).
    pub fn byte(&self, k: usize) -> usize {
        self.chars.get(k).map_or(self.end, |&(b, _)| b)
    }

    /// The text from char `k` to the passage end.
    pub fn rest(&self, k: usize) -> &'a str {
        &self.text[self.byte(k)..self.end]
    }

    /// The text from the passage start to char `k`.
    pub fn head(&self, k: usize) -> &'a str {
        let start = self.chars.first().map_or(self.end, |&(b, _)| b);
        &self.text[start..self.byte(k)]
    }

    /// The text of the `chars` characters before char `k` (fewer at the
    /// passage start): a look-back bounded by a constant, so that reading
    /// it for every number of a passage stays linear.
    pub fn near_head(&self, k: usize, chars: usize) -> &'a str {
        &self.text[self.byte(k.saturating_sub(chars))..self.byte(k)]
    }
}
