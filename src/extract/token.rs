//! A tiny on-demand lexer: the token just before or just after a byte
//! offset, skipping white space. Context rules (qualifier, trend, subject,
//! non-claim tests) read the words around a number through it, so no stage
//! needs a tokenized copy of the whole document.
//!
//! A token is a word (letters, with inner apostrophes), a run of ASCII
//! digits, or a single other character. Tokens always lie on char
//! boundaries.

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

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_symbol(&self, c: char) -> bool {
        self.kind == TokenKind::Symbol(c)
    }

    /// Case-insensitive comparison with an ASCII word.
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

/// A static word list for case-insensitive lookups: sorted once, then
/// searched by binary search on the stack-lowercased word (no hashing,
/// no allocation).
pub struct WordTable<T> {
    sorted: Vec<(Box<[u8]>, T)>,
    /// Which (length, first letter, last letter) signatures occur: most
    /// words are rejected by this one lookup.
    signatures: Vec<bool>,
}

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

impl<T: Copy> WordTable<T> {
    /// A table of `words` (lower case; static or generated).
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
        WordTable { sorted, signatures }
    }

    pub fn get(&self, word: &str) -> Option<T> {
        if !signature(word.as_bytes()).is_some_and(|s| self.signatures[s]) {
            return None;
        }
        let lower = Lower::of(word);
        if lower.len == 0 {
            return None;
        }
        let key = lower.as_bytes();
        self.sorted
            .binary_search_by(|(w, _)| (**w).cmp(key))
            .ok()
            .map(|i| self.sorted[i].1)
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

/// The token starting at or after `pos` (white space skipped).
pub fn next(text: &str, pos: usize) -> Option<Token<'_>> {
    let rest = text.get(pos..)?;
    // ASCII white space is skipped byte by byte; anything else is decoded.
    let ascii_spaces = rest
        .bytes()
        .take_while(|b| b.is_ascii_whitespace() || *b == 0x0b)
        .count();
    // (After the ASCII white space, an ASCII byte starts the token.)
    let start = pos
        + ascii_spaces
        + match rest.as_bytes().get(ascii_spaces) {
            Some(b) if b.is_ascii() => 0,
            _ => rest[ascii_spaces..].find(|c: char| !is_space(c))?,
        };
    let end = start + token_len(&text[start..]);
    Some(make(text, start, end))
}

/// The token ending at or before `pos` (white space skipped).
pub fn prev(text: &str, pos: usize) -> Option<Token<'_>> {
    let head = text.get(..pos)?;
    let ascii_spaces = head
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_whitespace() || *b == 0x0b)
        .count();
    // (Before the ASCII white space, an ASCII byte ends the token.)
    let end = match head.as_bytes()[..pos - ascii_spaces].last() {
        Some(b) if b.is_ascii() => pos - ascii_spaces,
        _ => head[..pos - ascii_spaces].trim_end_matches(is_space).len(),
    };
    let head = &text[..end];
    if let Some(start) = ascii_word_start(head.as_bytes()) {
        return Some(make(text, start, end));
    }
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
/// non-space character).
fn token_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        // Plain ASCII words end at an ASCII byte that is neither a letter
        // nor an apostrophe; anything else takes the general path below.
        if bytes
            .get(letters)
            .is_none_or(|&b| b.is_ascii() && b != b'\'')
        {
            return letters;
        }
    }
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

/// Where the token ending `head` starts, when that token is a run of
/// ASCII digits, or of ASCII letters preceded by an ASCII byte that is not
/// an apostrophe: the common case, decided on bytes. `None` sends the
/// caller to the general (char) path.
fn ascii_word_start(head: &[u8]) -> Option<usize> {
    let last = *head.last()?;
    let run = if last.is_ascii_digit() {
        head.iter().rev().take_while(|b| b.is_ascii_digit()).count()
    } else if last.is_ascii_alphabetic() {
        let run = head
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let before = head.len() - run;
        if before > 0 && (!head[before - 1].is_ascii() || head[before - 1] == b'\'') {
            return None;
        }
        run
    } else {
        return None;
    };
    Some(head.len() - run)
}

fn make(text: &str, start: usize, end: usize) -> Token<'_> {
    let slice = &text[start..end];
    let kind = match slice.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => TokenKind::Digits,
        Some(b) if b.is_ascii_alphabetic() => TokenKind::Word,
        _ => {
            let first = slice.chars().next().unwrap_or(' ');
            if first.is_ascii_digit() {
                TokenKind::Digits
            } else if is_word_char(first) {
                TokenKind::Word
            } else {
                TokenKind::Symbol(first)
            }
        }
    };
    Token {
        span: Span::new(start, end),
        kind,
        text: slice,
    }
}

/// Up to `max` tokens before `pos`, nearest first.
pub fn before(text: &str, pos: usize, max: usize) -> impl Iterator<Item = Token<'_>> {
    let mut at = pos;
    std::iter::from_fn(move || {
        let token = prev(text, at)?;
        at = token.span.start;
        Some(token)
    })
    .take(max)
}

/// Up to `max` tokens from `pos` on, nearest first.
pub fn after(text: &str, pos: usize, max: usize) -> impl Iterator<Item = Token<'_>> {
    let mut at = pos;
    std::iter::from_fn(move || {
        let token = next(text, at)?;
        at = token.span.end;
        Some(token)
    })
    .take(max)
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
