//! A tiny on-demand lexer: the token just before or just after a byte
//! offset, skipping white space. Context rules (qualifier, trend, subject,
//! non-claim tests) read the words around a number through it, so no stage
//! needs a tokenized copy of the whole document.
//!
//! A token is a word (letters, with inner apostrophes), a run of ASCII
//! digits, or a single other character. Tokens always lie on char
//! boundaries. ASCII tokens are decided on bytes through one class table
//! ([`Byte`]); only a token that touches a non-ASCII character or an
//! apostrophe is read char by char.

use super::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Digits,
    Symbol(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub kind: TokenKind,
    pub text: &'a str,
}

// (These three are asked of every token a rule walks past; `#[inline]`
// keeps them inlined in every codegen unit, whatever unit the compiler
// puts their callers in.)
impl Token<'_> {
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    #[inline]
    pub fn is_symbol(&self, c: char) -> bool {
        self.kind == TokenKind::Symbol(c)
    }

    /// Case-insensitive comparison with an ASCII word.
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

/// The lower-cased form of an ASCII word of up to 24 bytes, on the stack.
pub struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    pub fn of(word: &str) -> Lower {
        let mut buf = [0u8; 24];
        let len = if word.len() <= buf.len() && word.is_ascii() {
            for (b, w) in buf.iter_mut().zip(word.bytes()) {
                *b = w.to_ascii_lowercase();
            }
            word.len()
        } else {
            0
        };
        Lower { buf, len }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// A static word list for case-insensitive lookups: built once into a
/// hash table of the lower-cased words, searched by hashing the word as it
/// is lower-cased (no allocation).
pub struct WordTable<T> {
    /// The words (lower case) with their values, sorted.
    sorted: Vec<(Box<[u8]>, T)>,
    /// Open addressing over `sorted`: the index of a word at its hash or
    /// after it (`EMPTY` ends a probe); twice as many slots as words.
    slots: Vec<u32>,
    /// Which (length, first letter, last letter) signatures occur: most
    /// words are rejected by this one lookup.
    signatures: Vec<bool>,
}

const EMPTY: u32 = u32::MAX;

/// The longest word a table is searched for (longer words are in none).
const LONGEST_WORD: usize = 24;

/// Index of a word's (length, first byte, last byte) signature.
fn signature(word: &[u8]) -> Option<usize> {
    let first = word.first()?.to_ascii_lowercase();
    let last = word.last()?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
        return None;
    }
    let len = word.len().min(31);
    Some((len * 26 + usize::from(first - b'a')) * 26 + usize::from(last - b'a'))
}

/// The hash of an ASCII word, lower-cased; `None` for a word with a
/// non-ASCII byte.
fn hash_lower(word: &[u8]) -> Option<usize> {
    let mut hash: u64 = 0;
    for &b in word {
        if !b.is_ascii() {
            return None;
        }
        hash = (hash.rotate_left(5) ^ u64::from(b.to_ascii_lowercase()))
            .wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    // (The high bits are the best mixed.)
    Some((hash >> 32) as usize)
}

impl<T: Copy> WordTable<T> {
    /// A table of `words` (lower case; static or generated). Of repeated
    /// words, the one a binary search of the sorted list finds counts.
    pub fn new<W: AsRef<str>>(words: impl IntoIterator<Item = (W, T)>) -> Self {
        let mut sorted: Vec<(Box<[u8]>, T)> = words
            .into_iter()
            .map(|(w, t)| (Box::from(w.as_ref().as_bytes()), t))
            .collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let mut signatures = vec![false; 32 * 26 * 26];
        for (word, _) in &sorted {
            if let Some(s) = signature(word) {
                signatures[s] = true;
            }
        }
        let mut slots = vec![EMPTY; (2 * sorted.len()).next_power_of_two()];
        let mask = slots.len() - 1;
        for (i, (word, _)) in sorted.iter().enumerate() {
            let found = sorted.binary_search_by(|(w, _)| w.cmp(word));
            let Some(hash) = hash_lower(word).filter(|_| found == Ok(i)) else {
                continue;
            };
            let mut at = hash & mask;
            while slots[at] != EMPTY {
                at = (at + 1) & mask;
            }
            slots[at] = u32::try_from(i).unwrap_or(EMPTY);
        }
        WordTable {
            sorted,
            slots,
            signatures,
        }
    }

    pub fn get(&self, word: &str) -> Option<T> {
        let word = word.as_bytes();
        if !signature(word).is_some_and(|s| self.signatures[s]) || word.len() > LONGEST_WORD {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = hash_lower(word)? & mask;
        loop {
            let (entry, value) = self.sorted.get(usize::try_from(self.slots[at]).ok()?)?;
            let same = entry.len() == word.len()
                && entry
                    .iter()
                    .zip(word)
                    .all(|(e, w)| *e == w.to_ascii_lowercase());
            if same {
                return Some(*value);
            }
            at = (at + 1) & mask;
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// Space characters that may separate tokens: ASCII white space, no-break
/// space, thin and narrow no-break spaces, the ideographic space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{3000}')
}

/// Does a clause end at the start of `rest`: the end of the text, a blank
/// line, or clause punctuation after any spaces?
pub fn clause_ends(rest: &str) -> bool {
    let after = rest.trim_start_matches(is_space);
    after.is_empty()
        || rest[..rest.len() - after.len()].contains("\n\n")
        || after.starts_with(['.', ',', ';', ':', ')', '!', '?'])
}

/// A letter that may appear inside a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// How the lexer's fast paths treat a byte: ASCII white space, letters
/// and digits, the apostrophe (which may join a word), any other ASCII
/// byte (a symbol of its own), and the bytes of non-ASCII characters
/// (decoded on the general path).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    Space,
    Letter,
    Digit,
    Apostrophe,
    Symbol,
    NonAscii,
}

static BYTES: [Byte; 256] = {
    let mut table = [Byte::NonAscii; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        table[i] = if b.is_ascii_whitespace() || b == 0x0b {
            Byte::Space
        } else if b.is_ascii_alphabetic() {
            Byte::Letter
        } else if b.is_ascii_digit() {
            Byte::Digit
        } else if b == b'\'' {
            Byte::Apostrophe
        } else {
            Byte::Symbol
        };
        i += 1;
    }
    table
};

fn class(b: u8) -> Byte {
    BYTES[usize::from(b)]
}

/// The token starting at or after `pos` (white space skipped).
pub fn next(text: &str, pos: usize) -> Option<Token<'_>> {
    let rest = text.get(pos..)?;
    let bytes = rest.as_bytes();
    // ASCII white space is skipped byte by byte; anything else is decoded.
    let mut at = run(bytes, Byte::Space);
    let first = *bytes.get(at)?;
    if first >= 0x80 {
        at += rest[at..].find(|c: char| !is_space(c))?;
    }
    let start = pos + at;
    let bytes = &bytes[at..];
    // The common tokens, decided on bytes.
    let (len, kind) = match class(bytes[0]) {
        Byte::Digit => (run(bytes, Byte::Digit), TokenKind::Digits),
        Byte::Letter => {
            let letters = run(bytes, Byte::Letter);
            // A word ends at an ASCII byte that is no apostrophe; anything
            // else takes the general path.
            match bytes.get(letters).map(|&b| class(b)) {
                None | Some(Byte::Space | Byte::Digit | Byte::Symbol) => (letters, TokenKind::Word),
                _ => return Some(make(text, start, start + token_len(&text[start..]))),
            }
        }
        // (`Space` cannot start a token: spaces were skipped.)
        Byte::Symbol | Byte::Apostrophe | Byte::Space => {
            (1, TokenKind::Symbol(char::from(bytes[0])))
        }
        Byte::NonAscii => return Some(make(text, start, start + token_len(&text[start..]))),
    };
    Some(Token {
        span: Span::new(start, start + len),
        kind,
        text: &text[start..start + len],
    })
}

/// The length of the run of bytes of class `of` that starts `bytes`.
fn run(bytes: &[u8], of: Byte) -> usize {
    bytes.iter().take_while(|&&b| class(b) == of).count()
}

/// The length of the run of bytes of class `of` that ends `bytes`.
fn run_back(bytes: &[u8], of: Byte) -> usize {
    bytes.iter().rev().take_while(|&&b| class(b) == of).count()
}

/// The token ending at or before `pos` (white space skipped).
pub fn prev(text: &str, pos: usize) -> Option<Token<'_>> {
    let head = text.get(..pos)?;
    let mut end = pos - run_back(head.as_bytes(), Byte::Space);
    let last = *head.as_bytes()[..end].last()?;
    if last >= 0x80 {
        end = head[..end].trim_end_matches(is_space).len();
    }
    let bytes = &head.as_bytes()[..end];
    // The common tokens, decided on bytes.
    let (start, kind) = match bytes.last().map(|&b| class(b)) {
        Some(Byte::Digit) => (end - run_back(bytes, Byte::Digit), TokenKind::Digits),
        Some(Byte::Letter) => {
            let start = end - run_back(bytes, Byte::Letter);
            // Letters after a non-ASCII byte or an apostrophe take the
            // general path.
            match start.checked_sub(1).map(|i| class(bytes[i])) {
                None | Some(Byte::Space | Byte::Digit | Byte::Symbol) => (start, TokenKind::Word),
                _ => return prev_general(text, end),
            }
        }
        Some(Byte::Symbol | Byte::Apostrophe | Byte::Space) => {
            (end - 1, TokenKind::Symbol(char::from(bytes[end - 1])))
        }
        _ => return prev_general(text, end),
    };
    Some(Token {
        span: Span::new(start, end),
        kind,
        text: &text[start..end],
    })
}

/// The token ending exactly at `end` (a non-space character ends there),
/// read char by char.
fn prev_general(text: &str, end: usize) -> Option<Token<'_>> {
    let head = &text[..end];
    let last = head.chars().next_back()?;
    let start = if last.is_ascii_digit() {
        head.trim_end_matches(|c: char| c.is_ascii_digit()).len()
    } else if is_word_char(last) {
        let mut start = end;
        let mut chars = head.char_indices().rev().peekable();
        while let Some((i, c)) = chars.next() {
            let inner_apostrophe = is_apostrophe(c)
                && start < end
                && chars.peek().is_some_and(|&(_, p)| is_word_char(p));
            if is_word_char(c) || inner_apostrophe {
                start = i;
            } else {
                break;
            }
        }
        start
    } else {
        end - last.len_utf8()
    };
    Some(make(text, start, end))
}

/// Length in bytes of the token that starts `rest` (which starts with a
/// non-space character), read char by char.
fn token_len(rest: &str) -> usize {
    let mut chars = rest.char_indices().peekable();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    if first.is_ascii_digit() {
        return rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
    }
    if !is_word_char(first) {
        return first.len_utf8();
    }
    let mut len = first.len_utf8();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe =
            is_apostrophe(c) && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if is_word_char(c) || inner_apostrophe {
            len = i + c.len_utf8();
        } else {
            break;
        }
    }
    len
}

fn make(text: &str, start: usize, end: usize) -> Token<'_> {
    let slice = &text[start..end];
    let first = slice.chars().next().unwrap_or(' ');
    let kind = if first.is_ascii_digit() {
        TokenKind::Digits
    } else if is_word_char(first) {
        TokenKind::Word
    } else {
        TokenKind::Symbol(first)
    };
    Token {
        span: Span::new(start, end),
        kind,
        text: slice,
    }
}

/// Up to `N` tokens, nearest first, kept on the stack: what a context rule
/// collects (`token::before(text, pos, 9).collect::<Window<9>>()`) to look
/// at the same few tokens several times without allocating. It reads as a
/// slice; tokens past the `N`-th are left out.
#[derive(Clone, Copy)]
pub struct Window<'a, const N: usize> {
    tokens: [Token<'a>; N],
    len: usize,
}

/// What fills the unused places of a [`Window`] (never read).
const FILLER: Token<'static> = Token {
    span: Span { start: 0, end: 0 },
    kind: TokenKind::Symbol(' '),
    text: "",
};

impl<'a, const N: usize> Window<'a, N> {
    pub fn as_slice(&self) -> &[Token<'a>] {
        &self.tokens[..self.len]
    }
}

impl<'a, const N: usize> std::ops::Deref for Window<'a, N> {
    type Target = [Token<'a>];

    fn deref(&self) -> &[Token<'a>] {
        self.as_slice()
    }
}

impl<'a, const N: usize> FromIterator<Token<'a>> for Window<'a, N> {
    // (Inlined, so that the window fills in its caller's loop.)
    #[inline]
    fn from_iter<I: IntoIterator<Item = Token<'a>>>(tokens: I) -> Self {
        let mut window = Window {
            tokens: [FILLER; N],
            len: 0,
        };
        for (place, token) in window.tokens.iter_mut().zip(tokens) {
            *place = token;
            window.len += 1;
        }
        window
    }
}

/// Up to `max` tokens before `pos`, nearest first.
pub fn before(text: &str, pos: usize, max: usize) -> Before<'_> {
    Before {
        text,
        held: &[],
        at: pos,
        left: max,
    }
}

/// Up to `max` tokens from `pos` on, nearest first.
pub fn after(text: &str, pos: usize, max: usize) -> After<'_> {
    After {
        text,
        held: &[],
        at: pos,
        left: max,
    }
}

/// The tokens before a position, nearest first ([`before`],
/// [`Text::before`]): those of a lexed array while it lasts, then the
/// lexer's.
#[derive(Clone)]
pub struct Before<'a> {
    text: &'a str,
    /// The array's tokens still to give, the nearest last.
    held: &'a [Token<'a>],
    /// Where the lexer reads on once `held` is spent: the start of the
    /// token given last.
    at: usize,
    /// How many tokens may still be given.
    left: usize,
}

impl<'a> Iterator for Before<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.left == 0 {
            return None;
        }
        let token = match self.held.split_last() {
            Some((&token, rest)) => {
                self.held = rest;
                token
            }
            None => prev(self.text, self.at)?,
        };
        self.at = token.span.start;
        self.left -= 1;
        Some(token)
    }
}

/// The tokens from a position on, nearest first ([`after`],
/// [`Text::after`]): those of a lexed array while it lasts, then the
/// lexer's.
#[derive(Clone)]
pub struct After<'a> {
    text: &'a str,
    /// The array's tokens still to give, the nearest first.
    held: &'a [Token<'a>],
    /// Where the lexer reads on once `held` is spent: the end of the
    /// token given last.
    at: usize,
    /// How many tokens may still be given.
    left: usize,
}

impl<'a> Iterator for After<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if self.left == 0 {
            return None;
        }
        let token = match self.held.split_first() {
            Some((&token, rest)) => {
                self.held = rest;
                token
            }
            None => next(self.text, self.at)?,
        };
        self.at = token.span.end;
        self.left -= 1;
        Some(token)
    }
}

/// A text with the tokens of a stretch of it lexed once (`Text::lexed`):
/// the context rules read the words around a number as moves through that
/// array instead of lexing the same bytes again for every rule. A text
/// without tokens (`Text::plain`), and any position outside the array or
/// inside one of its tokens, falls back to the on-demand lexer; either way
/// a rule sees the same tokens (`next` and `prev` read only the bytes on
/// their side of a position, and read forwards or backwards a text has the
/// same tokens).
#[derive(Clone, Copy)]
pub struct Text<'a> {
    text: &'a str,
    tokens: &'a [Token<'a>],
}

/// The tokens of `text` from `from` on, up to the first one that starts
/// at or after `to`. (A `from` that may stand inside a token moves on past
/// the next white space, so that every token of the array is one the
/// lexer reads in the whole text.)
pub fn lex(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let at_boundary = from == 0 || text.get(..from).is_some_and(|h| h.ends_with(is_space));
    let from = if at_boundary {
        from
    } else {
        let rest = text.get(from..).unwrap_or_default();
        rest.find(is_space).map_or(text.len(), |i| from + i)
    };
    // (Report prose has a token every five bytes or so, numbers and
    // punctuation more often: room for one every four saves the array's
    // regrowth in most sentences.)
    let mut tokens = Vec::with_capacity(to.saturating_sub(from) / 4);
    let bytes = text.as_bytes();
    let mut at = from;
    while at < to.min(bytes.len()) {
        match ascii_token(bytes, at) {
            Some((0, _)) => at += 1,
            Some((len, kind)) => {
                tokens.push(Token {
                    span: Span::new(at, at + len),
                    kind,
                    text: text.get(at..at + len).unwrap_or_default(),
                });
                at += len;
            }
            // Non-ASCII bytes and apostrophes: the lexer's general path.
            None => match next(text, at).filter(|t| t.span.start < to) {
                Some(token) => {
                    at = token.span.end;
                    tokens.push(token);
                }
                None => break,
            },
        }
    }
    tokens
}

/// The length and kind of the ASCII token that starts at `at` as
/// [`next`] reads it (length 0 for an ASCII space), or `None` where
/// `next`'s general path decides (a non-ASCII byte, or letters that run
/// on into one or into an apostrophe).
fn ascii_token(bytes: &[u8], at: usize) -> Option<(usize, TokenKind)> {
    let rest = bytes.get(at..)?;
    let first = *rest.first()?;
    match class(first) {
        Byte::Space => Some((0, TokenKind::Symbol(' '))),
        Byte::Digit => Some((run(rest, Byte::Digit), TokenKind::Digits)),
        Byte::Letter => {
            let letters = run(rest, Byte::Letter);
            match rest.get(letters).map(|&b| class(b)) {
                None | Some(Byte::Space | Byte::Digit | Byte::Symbol) => {
                    Some((letters, TokenKind::Word))
                }
                _ => None,
            }
        }
        Byte::Symbol | Byte::Apostrophe => Some((1, TokenKind::Symbol(char::from(first)))),
        Byte::NonAscii => None,
    }
}

impl<'a> Text<'a> {
    /// `text` read through the on-demand lexer only.
    pub fn plain(text: &'a str) -> Self {
        Text { text, tokens: &[] }
    }

    /// `text` with `tokens`, a stretch of its tokens in order ([`lex`]).
    pub fn lexed(text: &'a str, tokens: &'a [Token<'a>]) -> Self {
        Text { text, tokens }
    }

    pub fn as_str(&self) -> &'a str {
        self.text
    }

    /// Where `pos` stands in the array: the number of tokens that end at
    /// or before it, when it lies between two tokens of the array (or
    /// just after its last one).
    fn index(&self, pos: usize) -> Option<usize> {
        let (first, last) = (self.tokens.first()?, self.tokens.last()?);
        if pos < first.span.start || pos > last.span.end {
            return None;
        }
        let i = self.tokens.partition_point(|t| t.span.end <= pos);
        match self.tokens.get(i) {
            Some(t) if t.span.start < pos => None,
            _ => Some(i),
        }
    }

    /// The token starting at or after `pos` (white space skipped).
    pub fn next(&self, pos: usize) -> Option<Token<'a>> {
        match self.index(pos) {
            Some(i) if i < self.tokens.len() => Some(self.tokens[i]),
            _ => next(self.text, pos),
        }
    }

    /// The token ending at or before `pos` (white space skipped).
    pub fn prev(&self, pos: usize) -> Option<Token<'a>> {
        match self.index(pos) {
            Some(i) if i > 0 => Some(self.tokens[i - 1]),
            _ => prev(self.text, pos),
        }
    }

    /// Up to `max` tokens before `pos`, nearest first (as [`before`]).
    pub fn before(&self, pos: usize, max: usize) -> Before<'a> {
        // Past the array's first token, the lexer reads on.
        let held = self
            .index(pos)
            .map_or(&self.tokens[..0], |i| &self.tokens[..i]);
        Before {
            text: self.text,
            held,
            at: pos,
            left: max,
        }
    }

    /// Up to `max` tokens from `pos` on, nearest first (as [`after`]).
    pub fn after(&self, pos: usize, max: usize) -> After<'a> {
        // Past the array's last token, the lexer reads on.
        let held = self
            .index(pos)
            .map_or(&self.tokens[..0], |i| &self.tokens[i..]);
        After {
            text: self.text,
            held,
            at: pos,
            left: max,
        }
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(tokens: impl Iterator<Item = Token<'a>>) -> Vec<&'a str> {
        tokens.map(|t| t.text).collect()
    }

    #[test]
    fn forward_tokens() {
        let text = "rate climbed to 97.3%, Beijing's";
        assert_eq!(
            texts(after(text, 0, 20)),
            [
                "rate",
                "climbed",
                "to",
                "97",
                ".",
                "3",
                "%",
                ",",
                "Beijing's"
            ]
        );
    }

    #[test]
    fn backward_tokens() {
        let text = "the city's rate\u{a0}to 97";
        assert_eq!(
            texts(before(text, text.len(), 20)),
            ["97", "to", "rate", "city's", "the"]
        );
    }

    #[test]
    fn words_with_apostrophes_and_accents_stay_whole() {
        // The ASCII fast paths hand these to the general path.
        let text = "the café’s rates'd\u{2009}x l'été 12";
        let forward = ["the", "café’s", "rates'd", "x", "l'été", "12"];
        assert_eq!(texts(after(text, 0, 20)), forward);
        let mut backward = forward;
        backward.reverse();
        assert_eq!(texts(before(text, text.len(), 20)), backward);
    }

    proptest::proptest! {
        /// Read forwards or backwards, a text has the same tokens, whether
        /// a token takes the byte path or the char path.
        #[test]
        fn forward_and_backward_tokens_agree(text in "[aZ1 '’é\u{a0}\u{2009}.中\t\n-]{0,16}") {
            let mut forward: Vec<Token> = after(&text, 0, 64).collect();
            forward.reverse();
            let backward: Vec<Token> = before(&text, text.len(), 64).collect();
            proptest::prop_assert_eq!(forward, backward);
        }
    }

    proptest::proptest! {
        /// A lexed text gives the tokens of the on-demand lexer at every
        /// position, inside the array, inside a token, or outside the
        /// stretch lexed.
        #[test]
        fn a_lexed_text_reads_as_the_lexer_does(
            text in "[aZ1 '’é\u{a0}\u{2009}.中\t\n-]{0,24}",
            cut in 0usize..24,
        ) {
            // Lex from any position (one inside a token moves on).
            let from = (0..=cut.min(text.len()))
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let tokens = lex(&text, from, text.len().min(from + 8));
            let lexed = Text::lexed(&text, &tokens);
            for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                proptest::prop_assert_eq!(lexed.next(pos), next(&text, pos));
                proptest::prop_assert_eq!(lexed.prev(pos), prev(&text, pos));
                for max in [0, 1, 3, 64] {
                    let held: Vec<Token> = lexed.before(pos, max).collect();
                    let read: Vec<Token> = before(&text, pos, max).collect();
                    proptest::prop_assert_eq!(held, read);
                    let held: Vec<Token> = lexed.after(pos, max).collect();
                    let read: Vec<Token> = after(&text, pos, max).collect();
                    proptest::prop_assert_eq!(held, read);
                }
            }
        }
    }

    #[test]
    fn word_tables_find_words_in_any_case_and_nothing_else() {
        let words = ["rise", "rises", "fall", "a", "per", "percentage", "zz"];
        let table = WordTable::new(words.iter().enumerate().map(|(i, &w)| (w, i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(i));
            assert_eq!(table.get(&w.to_uppercase()), Some(i));
        }
        for miss in ["", "ris", "risen", "fallé", "b", "Percentages", "pér", "z"] {
            assert_eq!(table.get(miss), None, "{miss}");
        }
    }

    #[test]
    fn a_window_holds_the_first_tokens_only() {
        let text = "rose by 4.8 per cent";
        let window: Window<3> = after(text, 0, 10).collect();
        assert_eq!(texts(window.iter().copied()), ["rose", "by", "4"]);
        let window: Window<9> = before(text, 7, 9).collect();
        assert_eq!(texts(window.iter().copied()), ["by", "rose"]);
        assert_eq!(window.as_slice().len(), 2);
    }

    #[test]
    fn multibyte_symbols() {
        let text = "32 μg/m³";
        assert_eq!(texts(after(text, 0, 10)), ["32", "μg", "/", "m", "³"]);
        assert_eq!(
            texts(before(text, text.len(), 10)),
            ["³", "m", "/", "μg", "32"]
        );
    }
}
