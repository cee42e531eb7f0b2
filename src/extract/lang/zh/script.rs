//! Traditional characters read as simplified: the text every stage reads
//! is folded character by character to the simplified script (`增長` →
//! `增长`, `約5億元` → `约5亿元`, `35周歲` → `35周岁`), so that the
//! Chinese lexicon, which holds simplified forms, is written once and
//! found in either script.
//!
//! The pairs are data (`traditional.txt`, from the crate fast2s, MIT);
//! each maps a character of the CJK Unified Ideographs block to one of
//! the same block, both three bytes in UTF-8. So the folded text has the
//! same length as the text as written and every byte offset stays where
//! it was: spans, lines and the ledger's `text` and `sentence` columns
//! come from the text as written, only the look-ups see the fold.
//!
//! A character is folded whatever stands around it (no phrase rules):
//! the lexicon needs the one form of each character, and a character
//! whose simplified form means something else to a reader is kept
//! ([`KEPT`]).

use std::borrow::Cow;
use std::sync::LazyLock;

/// The folding pairs, one `TRADITIONAL SIMPLIFIED` a line, `#` comments.
const PAIRS: &str = include_str!("traditional.txt");

/// Characters the fold leaves as written, each with its reason:
/// `參` is the banker's three (`參萬元`) as well as traditional `参`
/// (`參加`); the numeral reader knows it, and `参` is a numeral nowhere.
pub const KEPT: &[char] = &['參'];

/// The block the pairs live in: CJK Unified Ideographs.
const FIRST: u32 = 0x4E00;
const LAST: u32 = 0x9FFF;

/// For each code point of the block, its simplified form (itself when it
/// has none), as a code point of the block.
static FOLD: LazyLock<Vec<u16>> = LazyLock::new(|| {
    let mut table: Vec<u16> = (FIRST..=LAST).map(|c| c as u16).collect();
    for (traditional, simplified) in pairs() {
        if !KEPT.contains(&traditional) {
            table[(traditional as u32 - FIRST) as usize] = simplified as u32 as u16;
        }
    }
    table
});

/// The pairs of `traditional.txt` (traditional, simplified) whose two
/// characters both lie in the block (every pair; a line that is not one
/// is skipped).
pub fn pairs() -> impl Iterator<Item = (char, char)> {
    PAIRS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut chars = line.split(' ').map(|w| {
                let mut cs = w.chars();
                cs.next().filter(|_| cs.next().is_none())
            });
            let pair = (chars.next()??, chars.next()??);
            let in_block = |c: char| (FIRST..=LAST).contains(&(c as u32));
            (chars.next().is_none() && in_block(pair.0) && in_block(pair.1)).then_some(pair)
        })
}

/// The simplified form of `c` (`c` itself when it has none).
pub fn simplified_char(c: char) -> char {
    let code = c as u32;
    if !(FIRST..=LAST).contains(&code) {
        return c;
    }
    FOLD.get((code - FIRST) as usize)
        .and_then(|&s| char::from_u32(u32::from(s)))
        .unwrap_or(c)
}

/// `text` with its traditional characters folded to simplified ones,
/// the same length and offsets; borrowed as it was when it holds none.
pub fn simplified(text: Cow<'_, str>) -> Cow<'_, str> {
    match fold(&text) {
        Some(folded) => Cow::Owned(folded),
        None => text,
    }
}

/// The folded text, or `None` when no character changes. Only a lead byte
/// 0xE4–0xE9 starts a character of the block ([`next_lead`]), so the rest
/// of the text is passed over. The folded text is built of slices of
/// `text` and the simplified characters, so it is never validated again.
fn fold(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    // The bytes of `text` before this offset are in `out`.
    let mut copied = 0;
    let mut i = 0;
    while let Some(lead) = next_lead(bytes, i) {
        i = lead;
        let &[lead, second, third] = bytes.get(i..i + 3).unwrap_or_default() else {
            break;
        };
        let code = (u32::from(lead & 0x0F) << 12)
            | (u32::from(second & 0x3F) << 6)
            | u32::from(third & 0x3F);
        // (The table is built at the first character of the block, not
        // for a text without one.)
        let folded = code
            .checked_sub(FIRST)
            .and_then(|k| FOLD.get(k as usize))
            .filter(|&&s| u32::from(s) != code)
            .and_then(|&s| char::from_u32(u32::from(s)));
        if let Some(s) = folded {
            // (`i` starts a character: 0xE4–0xE9 is never a continuation
            // byte.)
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[copied..i]);
            out.push(s);
            copied = i + 3;
        }
        i += 3;
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// Bytes [`next_lead`] passes over at a time.
const BLOCK: usize = 32;

/// The offset of the first lead byte of a character of the block
/// (0xE4–0xE9) at or after `from`. A text without Han characters has
/// none: it is passed over [`BLOCK`] bytes at a time, each block with
/// one test of its largest byte (vector instructions); only a block that
/// holds a byte from 0xE4 up is read byte by byte.
fn next_lead(bytes: &[u8], from: usize) -> Option<usize> {
    let is_lead = |b: &u8| b.wrapping_sub(0xE4) <= 5;
    // In Chinese text the next character is most often one of the block.
    if bytes.get(from).is_some_and(is_lead) {
        return Some(from);
    }
    let mut at = from;
    loop {
        let rest = bytes.get(at..)?;
        let skipped = rest
            .chunks_exact(BLOCK)
            .take_while(|block| block.iter().fold(0, |max, &b| max.max(b)) < 0xE4)
            .count()
            * BLOCK;
        let block = &rest[skipped..rest.len().min(skipped + BLOCK)];
        if let Some(lead) = block.iter().position(is_lead) {
            return Some(at + skipped + lead);
        }
        if block.len() < BLOCK {
            return None;
        }
        at += skipped + BLOCK;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        simplified(Cow::Borrowed(s)).into_owned()
    }

    #[test]
    fn every_line_of_the_table_is_a_pair() {
        let lines = PAIRS.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(pairs().count(), lines);
        assert_eq!(lines, 2734);
    }

    #[test]
    fn no_pair_chains_or_maps_a_character_to_itself() {
        for (t, s) in pairs() {
            assert_ne!(t, s);
            assert_eq!(simplified_char(s), s, "{t} → {s} folds again");
        }
    }

    #[test]
    fn trend_qualifier_and_unit_words_fold() {
        assert_eq!(folded("增長8.7%"), "增长8.7%");
        assert_eq!(folded("減少、擴大、縮小、壓減"), "减少、扩大、缩小、压减");
        assert_eq!(
            folded("約5億元，超過500餘家，5%以內"),
            "约5亿元，超过500余家，5%以内"
        );
        assert_eq!(
            folded("25條、6處、115棟、8臺、5輛、20間、5張"),
            "25条、6处、115栋、8台、5辆、20间、5张"
        );
        assert_eq!(
            folded("六次會議，35周歲，千瓦時，九年義務教育"),
            "六次会议，35周岁，千瓦时，九年义务教育"
        );
        assert_eq!(
            folded("3萬公頃、2兩、4噸、5個百分點"),
            "3万公顷、2两、4吨、5个百分点"
        );
    }

    #[test]
    fn length_and_offsets_stay() {
        let text = "GDP增長5.2%，達到126萬億元。\tNext: 5.2% growth.";
        let f = folded(text);
        assert_eq!(f.len(), text.len());
        for (a, b) in text.char_indices().zip(f.char_indices()) {
            assert_eq!(a.0, b.0);
            assert_eq!(a.1.len_utf8(), b.1.len_utf8());
        }
        assert_eq!(f, "GDP增长5.2%，达到126万亿元。\tNext: 5.2% growth.");
    }

    #[test]
    fn simplified_text_is_borrowed_unchanged() {
        for text in ["增长5.2%，达到126万亿元", "GDP grew 5.2%", "", "增", "元"] {
            assert!(matches!(simplified(Cow::Borrowed(text)), Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn kept_characters_stay() {
        assert_eq!(folded("參萬元"), "參万元");
        assert_eq!(simplified_char('參'), '參');
    }

    /// Every word of the lexicon tables is found in folded text: its fold
    /// is a word of the same table (a simplified word is its own fold; a
    /// traditional one left in a table has its simplified form beside it).
    #[test]
    fn every_lexicon_word_is_found_after_the_fold() {
        use super::super::tables::*;
        let fold = |w: &str| w.chars().map(simplified_char).collect::<String>();
        let check = |name: &str, words: &[&str]| {
            for w in words {
                assert!(
                    words.contains(&fold(w).as_str()),
                    "{name}: {w} folds to {}",
                    fold(w)
                );
            }
        };
        let firsts =
            |table: &[(&'static str, &'static str)]| table.iter().map(|p| p.0).collect::<Vec<_>>();
        check(
            "UNIT_FORMS",
            &UNIT_FORMS.iter().map(|p| p.0).collect::<Vec<_>>(),
        );
        for w in UNIT_FORMS.iter().map(|p| p.0) {
            assert_eq!(
                unit_form_at(&fold(w)).map(|u| u.1),
                unit_form_at(w).map(|u| u.1),
                "{w}"
            );
        }
        check("CURRENCY_PREFIXES", &firsts(CURRENCY_PREFIXES));
        for (_, cents) in CENT_FORMS {
            check("CENT_FORMS", cents);
        }
        check("QUALIFIERS_BEFORE", &firsts(QUALIFIERS_BEFORE));
        check("QUALIFIERS_AFTER", &firsts(QUALIFIERS_AFTER));
        check(
            "TREND_WORDS",
            &TREND_WORDS.iter().map(|p| p.0).collect::<Vec<_>>(),
        );
        for (word, leads) in QUALIFIER_WORD_LEADS {
            check("QUALIFIER_WORD_LEADS", &[word, &fold(word)]);
            assert_eq!(&fold(leads), leads, "QUALIFIER_WORD_LEADS of {word}");
        }
        assert_eq!(fold(INNER_WORD_STARTS), INNER_WORD_STARTS);
        for (name, words) in [
            ("COMPARISON_WORDS", COMPARISON_WORDS),
            ("SUBJECT_TAIL_WORDS", SUBJECT_TAIL_WORDS),
            ("SUBJECT_HEAD_WORDS", SUBJECT_HEAD_WORDS),
            ("CUT_WORDS", CUT_WORDS),
            ("SESSION_COUNT_LEADS", SESSION_COUNT_LEADS),
            ("RATE_BASE_BEFORE", RATE_BASE_BEFORE),
            ("DURATION_LEADS", DURATION_LEADS),
            ("NUMERAL_NAMES", NUMERAL_NAMES),
            ("SPECIFICATION_NOUNS", SPECIFICATION_NOUNS),
            ("IMPROVED_BY_FALLING", IMPROVED_BY_FALLING),
        ] {
            check(name, words);
        }
        for code in FIRST..=LAST {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let s = simplified_char(c);
            if digit_value(c).is_some() || multiplier(c).is_some() || minor_unit(c).is_some() {
                assert_eq!(digit_value(s), digit_value(c), "{c} → {s}");
                assert_eq!(multiplier(s), multiplier(c), "{c} → {s}");
                assert_eq!(minor_unit(s), minor_unit(c), "{c} → {s}");
            }
        }
    }

    #[test]
    fn the_fold_is_the_fold_of_each_character() {
        // Han characters, other bytes from 0xE4 up (`！`, an emoji) and
        // ASCII, glued at every offset of the blocks the fold skips.
        let pieces = [
            "a", " ", "é", "—", "！", "😀", "億", "增長", "国", "參", "x9",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..seed % 90 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed >> 32) as usize % pieces.len()]);
            }
            let expected: String = text.chars().map(simplified_char).collect();
            assert_eq!(folded(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_text_ending_in_a_traditional_character_folds_it() {
        assert_eq!(folded("億"), "亿");
        assert_eq!(folded("a億"), "a亿");
    }
}
