//! Pinyin readings flattened into the text: copies of pages with ruby
//! annotations put the reading of a character in brackets right after it
//! (`生產(chǎn)總值11950億元,增長(zhǎng)12%`, `7個(gè)百分點(diǎn)`). Such a bracket
//! is not text: it splits the trend word (`增長`) and the unit (`個百分點`).
//!
//! The pack reads a passage that holds readings without them: this module
//! finds the readings, gives the passage without them, and maps each byte
//! offset of that cleaned passage back to the text as written, so that a
//! claim's span and subject (and the ledger's `text` and `sentence`) still
//! point into the original bytes. A passage without a reading is read as
//! it stands (no copy).
//!
//! A reading is a bracket (`(…)` or `（…）`) right after a Han character
//! that holds only pinyin syllables ([`PINYIN_INITIALS`] and
//! [`PINYIN_FINALS`], with tone marks or tone digits, parted by spaces or
//! apostrophes). A passage's readings count only when one of them shows a
//! tone, so that a lone `(a)` or `(an)` after a character stays text.

use super::tables::{PINYIN_FINALS, PINYIN_INITIALS, PINYIN_TONE_MARKS, is_han};

/// Longest content of a reading, in chars (`(zhōng huá rén mín)`).
const MAX_READING_CHARS: usize = 40;

/// A passage without its readings, and the way back to the text as
/// written.
pub struct Cleaned {
    /// The passage without its readings.
    pub text: String,
    /// Byte offset of the passage in the text as written.
    base: usize,
    /// For each reading taken out: its offset in `text` and the bytes
    /// taken out up to and including it.
    cuts: Vec<(usize, usize)>,
}

impl Cleaned {
    /// The offset in the text as written of a span that starts at `at` of
    /// the cleaned passage: past a reading taken out there (`增長(zhǎng)12%`:
    /// the span starts at `12`).
    pub fn start(&self, at: usize) -> usize {
        self.base + at + self.removed_before(at, true)
    }

    /// The offset in the text as written of a span that ends at `at` of
    /// the cleaned passage: before a reading taken out there (`百分點(diǎn)`:
    /// the span ends at `點`).
    pub fn end(&self, at: usize) -> usize {
        self.base + at + self.removed_before(at, false)
    }

    fn removed_before(&self, at: usize, inclusive: bool) -> usize {
        let n = self
            .cuts
            .partition_point(|&(cut, _)| cut < at || inclusive && cut == at);
        n.checked_sub(1).map_or(0, |i| self.cuts[i].1)
    }
}

/// The passage `text[start..end]` without its pinyin readings, or `None`
/// when it holds none.
pub fn without_readings(text: &str, start: usize, end: usize) -> Option<Cleaned> {
    let passage = &text[start..end];
    let mut readings = Vec::new();
    let mut toned = false;
    // Only the brackets are visited (`(`, and `（` by its lead byte), found
    // with memchr: most passages hold none.
    for i in memchr::memchr2_iter(b'(', 0xEF, passage.as_bytes()) {
        let bracket = passage[i..].starts_with(['(', '（']);
        if bracket
            && passage[..i].chars().next_back().is_some_and(is_han)
            && let Some((len, tone)) = reading_at(&passage[i..])
        {
            readings.push(i..i + len);
            toned |= tone;
        }
    }
    if !toned {
        return None;
    }
    let mut clean = String::with_capacity(passage.len());
    let mut cuts = Vec::with_capacity(readings.len());
    let mut from = 0;
    let mut removed = 0;
    for r in readings {
        clean.push_str(&passage[from..r.start]);
        removed += r.len();
        cuts.push((clean.len(), removed));
        from = r.end;
    }
    clean.push_str(&passage[from..]);
    Some(Cleaned {
        text: clean,
        base: start,
        cuts,
    })
}

/// The length in bytes of the reading that opens `s` (a bracket of pinyin
/// syllables), and whether it shows a tone.
fn reading_at(s: &str) -> Option<(usize, bool)> {
    let open = s.chars().next()?;
    let close = if open == '(' { ')' } else { '）' };
    let body_start = open.len_utf8();
    let body_len = s[body_start..]
        .char_indices()
        .take(MAX_READING_CHARS + 1)
        .find(|&(_, c)| c == close)
        .map(|(i, _)| i)?;
    let body = &s[body_start..body_start + body_len];
    let tone = syllables(body)?;
    Some((body_start + body_len + close.len_utf8(), tone))
}

/// Whether `body` is one or more pinyin syllables (and whether one of
/// them shows a tone), parted by spaces, apostrophes or tone digits.
fn syllables(body: &str) -> Option<bool> {
    let mut tone = false;
    let mut plain = String::with_capacity(body.len());
    let mut words = Vec::new();
    for c in body.chars() {
        if let Some(&(_, base)) = PINYIN_TONE_MARKS.iter().find(|&&(m, _)| m == c) {
            tone = true;
            plain.push(base);
        } else if c.is_ascii_lowercase() || c == 'ü' {
            plain.push(c);
        } else if matches!(c, '1'..='5') && !plain.is_empty() {
            tone = true;
            words.push(std::mem::take(&mut plain));
        } else if matches!(c, ' ' | '\'' | '’' | '-') {
            if !plain.is_empty() {
                words.push(std::mem::take(&mut plain));
            }
        } else {
            return None;
        }
    }
    if !plain.is_empty() {
        words.push(plain);
    }
    (!words.is_empty() && words.iter().all(|w| spelled_in_syllables(w))).then_some(tone)
}

/// Whether `word` (without tone marks) is a run of pinyin syllables
/// (`zhang`, `shengchan`).
fn spelled_in_syllables(word: &str) -> bool {
    // ends[i]: `word[..i]` is a run of syllables (a word is short).
    let mut ends = vec![false; word.len() + 1];
    ends[0] = true;
    for i in 0..word.len() {
        if !ends[i] || !word.is_char_boundary(i) {
            continue;
        }
        for len in syllable_lengths(&word[i..]) {
            ends[i + len] = true;
        }
    }
    ends[word.len()]
}

/// The lengths of the syllables that open `s`.
fn syllable_lengths(s: &str) -> impl Iterator<Item = usize> + '_ {
    let initials = PINYIN_INITIALS
        .iter()
        .filter(move |i| s.starts_with(**i))
        .map(|i| i.len())
        .chain(std::iter::once(0));
    initials.flat_map(move |i| {
        PINYIN_FINALS
            .iter()
            .filter(move |f| s[i..].starts_with(**f))
            .map(move |f| i + f.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> Option<String> {
        without_readings(s, 0, s.len()).map(|c| c.text)
    }

    #[test]
    fn tone_marked_readings_are_taken_out() {
        assert_eq!(
            clean("生產(chǎn)總值11950億元,增長(zhǎng)12%").as_deref(),
            Some("生產總值11950億元,增長12%")
        );
        assert_eq!(
            clean("加快約7個(gè)百分點(diǎn)").as_deref(),
            Some("加快約7個百分點")
        );
    }

    #[test]
    fn tone_digits_and_full_width_brackets_are_readings() {
        assert_eq!(clean("增长（zeng1 zhang3）5%").as_deref(), Some("增长5%"));
        assert_eq!(clean("生产（shēng chǎn）总值").as_deref(), Some("生产总值"));
    }

    #[test]
    fn untoned_syllables_count_only_beside_a_toned_one() {
        // A lone `(a)` after a character is text; in a passage whose
        // readings show tones, `的(de)` is one too.
        assert_eq!(clean("措施(a)和措施(b)"), None);
        assert_eq!(clean("增長(zhǎng)的(de)5%").as_deref(), Some("增長的5%"));
    }

    #[test]
    fn other_brackets_stay() {
        assert_eq!(clean("地区生产总值(GDP)增长5%"), None);
        assert_eq!(clean("增长(预计数)5%"), None);
        assert_eq!(clean("5%(xyz)"), None);
        // Not after a Han character.
        assert_eq!(clean("GDP (zhǎng) 5%"), None);
    }

    #[test]
    fn offsets_map_back_to_the_text_as_written() {
        let text = "甲增長(zhǎng)12%，7個(gè)百分點(diǎn)。";
        let start = "甲".len();
        let c = without_readings(text, start, text.len()).unwrap_or_else(|| unreachable!());
        let at = |s: &str| c.text.find(s).unwrap_or(usize::MAX);
        // `12%` starts past the reading before it.
        let s = c.start(at("12%"));
        assert_eq!(&text[s..s + 3], "12%");
        // `7個百分點` ends before the reading after it.
        let (s, e) = (c.start(at("7個")), c.end(at("。")));
        assert_eq!(&text[s..e], "7個(gè)百分點");
    }
}
