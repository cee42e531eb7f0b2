//! Numbers as written: digits with thousands separators (Western `1,065`,
//! Indian `11,11,111`, no-break or thin spaces) and decimals; number words
//! (`six`, `twenty-five`, `three hundred and sixty`, `a thousand`,
//! `a dozen`, `half a million`); and the scale words that follow either
//! (`2.39 billion`, `1.52 lakh crore`).
//!
//! Values are exact decimals (`rust_decimal`), so `2.39 billion` is
//! `2390000000`, never `2389999999.9999998`.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::span::Span;
use super::token::{self, Token, WordTable};
use super::units;

/// Vulgar fractions that may follow digits, with their value.
const VULGAR_FRACTIONS: &[(char, (u32, u32))] = &[
    ('¼', (1, 4)),
    ('½', (1, 2)),
    ('¾', (3, 4)),
    ('⅓', (1, 3)),
    ('⅔', (2, 3)),
    ('⅛', (1, 8)),
];

/// Fraction words after a hyphenated number word (`one-half`,
/// `three-quarters`), with their denominator.
pub const FRACTION_WORDS: &[(&str, u32)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("eighth", 8),
    ("eighths", 8),
    ("tenth", 10),
    ("tenths", 10),
];

/// Largest denominator of a slash fraction (`15/16`); larger ones are
/// scores, ratios or dates rather than parts of a unit.
const MAX_DENOMINATOR: u32 = 64;

/// How a number was written; non-claim rules look at this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Digits {
        /// Digits before the decimal point.
        integer_digits: usize,
        /// Thousands separators present (`1,065`).
        grouped: bool,
        /// A decimal part present (`97.3`).
        fraction: bool,
        /// A second `.digits` follows (`3.5.1`): a version or section number.
        dotted: bool,
    },
    Words {
        /// The first word is capitalized (`Two Sessions`, `Sixth`).
        capitalized: bool,
        /// Written as a lone `one`, `a` or `an` with no scale (`one of`).
        lone_one: bool,
        /// Number of words.
        words: usize,
    },
}

/// A number with its scale words: `2.39 billion`, `a thousand`, `1,065`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub span: Span,
    /// End of the numeral itself, before any scale word.
    pub numeral_end: usize,
    pub value: Decimal,
    pub written: Written,
    /// The multiplier of the scale words read (1 when none).
    pub scale: Decimal,
}

impl Number {
    pub fn scaled(&self) -> bool {
        self.scale != Decimal::ONE
    }

    pub fn is_digits(&self) -> bool {
        matches!(self.written, Written::Digits { .. })
    }

    /// A plain four-digit number that reads as a year (1800 to 2100).
    pub fn is_year_like(&self) -> bool {
        self.plain_integer() == Some(4)
            && (Decimal::from(1800)..=Decimal::from(2100)).contains(&self.value)
    }

    /// A plain integer written with digits only (`2023`, `10`).
    pub fn plain_integer(&self) -> Option<usize> {
        match self.written {
            Written::Digits {
                integer_digits,
                grouped: false,
                fraction: false,
                dotted: false,
            } if !self.scaled() => Some(integer_digits),
            _ => None,
        }
    }
}

/// Number words below twenty (public for the grammar fuzzer,
/// `tests/grammar`).
pub const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words.
pub const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

static SMALL_INDEX: LazyLock<WordTable<u32>> =
    LazyLock::new(|| WordTable::new(SMALL.iter().copied()));
static TENS_INDEX: LazyLock<WordTable<u32>> =
    LazyLock::new(|| WordTable::new(TENS.iter().copied()));

fn small_or_tens(word: &str) -> Option<u32> {
    SMALL_INDEX.get(word).or_else(|| TENS_INDEX.get(word))
}

/// Words that open a number in words besides the number words themselves
/// (`a thousand`, `half a million`, `a quarter million`).
const OPENING_WORDS: &[&str] = &["a", "an", "half", "quarter"];

/// Every word that can start a number written in words.
pub fn start_words() -> impl Iterator<Item = &'static str> {
    SMALL
        .iter()
        .chain(TENS)
        .map(|&(w, _)| w)
        .chain(OPENING_WORDS.iter().copied())
}

/// Can a number written in words start with this word?
pub fn starts_word_number(word: &str) -> bool {
    word.len() <= 9
        && (small_or_tens(word).is_some()
            || OPENING_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Is `pos` inside a number written with digits (so not a new start)?
pub fn continues_digits(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
}

/// The number written at `pos` (digits or words), with scale words.
/// `after_currency` lets `m`/`k`/`b` act as scale words (`€40m`).
pub fn read(text: &str, pos: usize, after_currency: bool) -> Option<Number> {
    let first = text[pos..].chars().next()?;
    let mut number = if first.is_ascii_digit() {
        read_digits(text, pos)?
    } else {
        read_words(text, pos)?
    };
    if let Some(end) = and_a_half(text, number.span.end) {
        number.value = number.value.saturating_add(Decimal::new(5, 1));
        number.span.end = end;
        number.numeral_end = end;
    }
    let (factor, end) = scales_after(text, number.span.end, after_currency);
    if factor != Decimal::ONE {
        number.value = number.value.saturating_mul(factor);
        number.span.end = end;
        number.scale = factor;
    }
    let last_word = text[number.span.start..number.span.end]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    if units::scale_at(last_word, after_currency)
        .is_some_and(|(scale, len)| scale == LAKH && len == last_word.len())
    {
        add_thousands_of_lakhs(text, &mut number, after_currency);
    }
    Some(number)
}

/// A lakh: a hundred thousand.
const LAKH: u64 = 100_000;

/// `seven lakh 97 thousand crores`, `Tk 2 lakh 65 thousand crore`: lakhs
/// and then thousands (fewer than a hundred) are one number, as South
/// Asian usage writes it, and a scale after the thousands (`crore`)
/// multiplies the whole: (7 lakh + 97 thousand) crore.
fn add_thousands_of_lakhs(text: &str, number: &mut Number, after_currency: bool) {
    let rest = &text[number.span.end..];
    let gap = rest.len() - rest.trim_start_matches(token::is_space).len();
    let at = number.span.end + gap;
    if gap == 0 || rest[..gap].contains('\n') {
        return;
    }
    let thousands = match text[at..].chars().next() {
        Some(c) if c.is_ascii_digit() => read_digits(text, at),
        Some(_) => read_words(text, at),
        None => None,
    };
    let Some(thousands) = thousands.filter(|t| t.value < Decimal::from(100) && !t.scaled()) else {
        return;
    };
    let rest = &text[thousands.span.end..];
    let gap = rest.len() - rest.trim_start_matches(token::is_space).len();
    let Some((1000, len)) = units::scale_at(&rest[gap..], after_currency) else {
        return;
    };
    let thousand_end = thousands.span.end + gap + len;
    let (outer, end) = scales_after(text, thousand_end, after_currency);
    let sum = number
        .value
        .saturating_add(thousands.value.saturating_mul(Decimal::from(1000)));
    number.value = sum.saturating_mul(outer);
    number.scale = number.scale.saturating_mul(outer);
    number.span.end = end;
}

/// A fraction at `pos` as written before a unit: `1/4`, `10 1/2`, `½`,
/// `one-half`, `three-quarters`. A fraction is a claim only with a unit
/// after it (`24/7`, `1/4` alone, `two-thirds of` are not), so the caller
/// checks the unit; this reads the numeral. Slash fractions must be proper
/// (`1/4`, never `4/1`) and not run on into a date (`1/4/2024`).
pub fn read_fraction(text: &str, pos: usize) -> Option<Number> {
    let rest = &text[pos..];
    let first = rest.chars().next()?;
    if let Some(value) = vulgar_value(first) {
        return Some(fraction_number(pos, pos + first.len_utf8(), 0, value));
    }
    if first.is_ascii_digit() {
        let bytes = text.as_bytes();
        let lead = digit_run(bytes, pos);
        let end = pos + lead;
        if let Some((value, end)) = slash_fraction(text, end, lead) {
            return Some(fraction_number(pos, end, 0, value));
        }
        // `10 1/2 miles`: a whole number, one space, a proper fraction.
        if lead > 3 {
            return None;
        }
        let whole: Decimal = text[pos..end].parse().ok()?;
        // `4-1/4 percent`, `1‑1/2`: a whole number and a fraction joined by
        // a hyphen (US style), also a non-breaking one.
        if lead <= 2
            && let Some(hyphen) = text[end..]
                .chars()
                .next()
                .filter(|&c| c == '-' || c == '\u{2011}')
        {
            let at = end + hyphen.len_utf8();
            if let Some((value, end)) =
                slash_fraction(text, at + digit_run(bytes, at), digit_run(bytes, at))
            {
                return Some(fraction_number(pos, end, lead, whole + value));
            }
        }
        let space = text[end..]
            .chars()
            .next()
            .filter(|&c| c == ' ' || c == '\u{a0}')?;
        let at = end + space.len_utf8();
        let (value, end) = slash_fraction(text, at + digit_run(bytes, at), digit_run(bytes, at))?;
        return Some(fraction_number(pos, end, lead, whole + value));
    }
    // `one-half`, `three-quarters`
    let word = token::next(text, pos).filter(|t| t.span.start == pos && t.is_word())?;
    let numerator = SMALL_INDEX.get(word.text).filter(|&n| n > 0)?;
    let hyphen = text[word.span.end..].strip_prefix('-')?;
    let part = token::next(hyphen, 0).filter(|t| t.span.start == 0 && t.is_word())?;
    let &(_, denominator) = FRACTION_WORDS.iter().find(|(w, _)| part.is(w))?;
    let end = word.span.end + 1 + part.span.end;
    let mut number = fraction_number(
        pos,
        end,
        0,
        Decimal::from(numerator) / Decimal::from(denominator),
    );
    number.written = Written::Words {
        capitalized: word.text.starts_with(char::is_uppercase),
        lone_one: false,
        words: 2,
    };
    Some(number)
}

/// Does `rest` start with a vulgar fraction character (`½`)?
pub fn starts_with_vulgar_fraction(rest: &str) -> bool {
    rest.chars().next().and_then(vulgar_value).is_some()
}

/// The value of a vulgar fraction character (`½`).
fn vulgar_value(c: char) -> Option<Decimal> {
    VULGAR_FRACTIONS
        .iter()
        .find(|(f, _)| *f == c)
        .map(|&(_, (n, d))| Decimal::from(n) / Decimal::from(d))
}

/// `/4` after a numerator of `numerator_digits` digits ending at `end`:
/// the proper fraction's value and where it ends.
fn slash_fraction(text: &str, end: usize, numerator_digits: usize) -> Option<(Decimal, usize)> {
    let bytes = text.as_bytes();
    if numerator_digits == 0 || numerator_digits > 2 || bytes.get(end) != Some(&b'/') {
        return None;
    }
    let denominator_digits = digit_run(bytes, end + 1);
    let after = end + 1 + denominator_digits;
    let runs_on = matches!(bytes.get(after), Some(b'/' | b'.' | b','))
        && bytes.get(after + 1).is_some_and(u8::is_ascii_digit);
    if !(1..=2).contains(&denominator_digits) || runs_on {
        return None;
    }
    let numerator: u32 = text[end - numerator_digits..end].parse().ok()?;
    let denominator: u32 = text[end + 1..after].parse().ok()?;
    let proper = numerator > 0 && numerator < denominator && denominator <= MAX_DENOMINATOR;
    proper.then(|| (Decimal::from(numerator) / Decimal::from(denominator), after))
}

fn fraction_number(start: usize, end: usize, integer_digits: usize, value: Decimal) -> Number {
    Number {
        span: Span::new(start, end),
        numeral_end: end,
        value,
        written: Written::Digits {
            integer_digits,
            grouped: false,
            fraction: true,
            dotted: false,
        },
        scale: Decimal::ONE,
    }
}

/// `two and a half`: where `and a half` after `pos` ends.
fn and_a_half(text: &str, pos: usize) -> Option<usize> {
    let rest = text[pos..].trim_start_matches(token::is_space);
    if !rest.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("and")) {
        return None;
    }
    let mut words = token::after(text, pos, 3);
    let matches = ["and", "a", "half"]
        .iter()
        .all(|w| words.next().is_some_and(|t| t.is(w)));
    let end = token::after(text, pos, 3).last()?.span.end;
    (matches && !text[pos..end].contains('\n')).then_some(end)
}

/// Scale words after `pos`, multiplied (`lakh crore` = 1e12), and where
/// they end. A scale glued to digits is allowed (`3bn`, `€40m`).
fn scales_after(text: &str, pos: usize, after_currency: bool) -> (Decimal, usize) {
    let mut factor = Decimal::ONE;
    let mut end = pos;
    loop {
        let rest = &text[end..];
        let mut skipped = rest.len() - rest.trim_start_matches(token::is_space).len();
        if skipped > 0 && rest[..skipped].contains("\n\n") {
            break;
        }
        // `a ₹1,000-crore fund`: a hyphen may join the first scale word.
        if skipped == 0 && factor == Decimal::ONE && rest.starts_with('-') {
            skipped = 1;
        }
        // (`17.3m were`, `2.5m tonnes`: a glued `m` that is a million.)
        let glued = skipped == 0 && factor == Decimal::ONE && !after_currency;
        let Some((scale, len)) = units::scale_at(&rest[skipped..], after_currency).or_else(|| {
            glued
                .then(|| units::glued_million_at(&text[..end], rest))
                .flatten()
        }) else {
            break;
        };
        // A one-letter scale is glued to the digits (`€40m`, `$2.174T`),
        // never spaced (`$5 T-shirts`).
        if len == 1 && skipped > 0 {
            break;
        }
        let Some(next) = factor.checked_mul(Decimal::from(scale)) else {
            break;
        };
        factor = next;
        end += skipped + len;
    }
    (factor, end)
}

/// Separators allowed between digit groups: comma, and (only before three
/// digits) a space, no-break space, thin space or narrow no-break space, as
/// in `100 000`.
fn group_separator(rest: &str) -> Option<(usize, bool)> {
    let c = rest.chars().next()?;
    match c {
        ',' => Some((1, true)),
        c if is_group_space(c) => Some((c.len_utf8(), false)),
        _ => None,
    }
}

/// A space that may part thousands (`100 000`): a space, no-break space,
/// thin space or narrow no-break space.
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}')
}

fn digit_run(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

fn read_digits(text: &str, pos: usize) -> Option<Number> {
    let bytes = text.as_bytes();
    let lead = digit_run(bytes, pos);
    let mut end = pos + lead;
    let mut integer_digits = lead;
    let mut grouped = false;
    if lead <= 3 {
        // Groups: any 2-digit (Indian) groups, then 3-digit groups; keep the
        // longest prefix that ends on a 3-digit group.
        let mut at = end;
        let mut digits = lead;
        let mut seen_three = false;
        // One kind of separator per number: `1,249,998,988 916,985,624` is
        // two table cells, not one number.
        let mut first_comma: Option<bool> = None;
        while let Some((sep_len, comma)) = group_separator(&text[at..]) {
            if first_comma.is_some_and(|c| c != comma) {
                break;
            }
            first_comma = Some(comma);
            let run = digit_run(bytes, at + sep_len);
            let fits = run == 3 || (run == 2 && comma && !seen_three);
            if !fits {
                break;
            }
            at += sep_len + run;
            digits += run;
            if run == 3 {
                seen_three = true;
                end = at;
                integer_digits = digits;
                grouped = true;
            }
        }
    }
    let mut fraction = false;
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1 + digit_run(bytes, end + 1);
        fraction = true;
    }
    // `2¾ per cent`, `4½`: a vulgar fraction glued to the digits.
    let mut vulgar = Decimal::ZERO;
    if !fraction
        && let Some((c, value)) = text[end..]
            .chars()
            .next()
            .and_then(|c| VULGAR_FRACTIONS.iter().find(|(f, _)| *f == c))
            .map(|&(c, v)| (c, v))
    {
        vulgar = Decimal::from(value.0) / Decimal::from(value.1);
        end += c.len_utf8();
    }
    let dotted = matches!(bytes.get(end), Some(b'.' | b','))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        && fraction;
    let written = text[pos..end].trim_end_matches(|c: char| !c.is_ascii_digit() && c != '.');
    let value: Decimal = if grouped {
        let clean: String = written
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        clean.parse().ok()?
    } else {
        written.parse().ok()?
    };
    let value = value.saturating_add(vulgar);
    Some(Number {
        span: Span::new(pos, end),
        numeral_end: end,
        value,
        written: Written::Digits {
            integer_digits,
            grouped,
            fraction,
            dotted,
        },
        scale: Decimal::ONE,
    })
}

/// Multipliers that may continue a number written in words.
fn word_scale(word: &str) -> Option<u64> {
    units::SCALE_NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, factor)| factor)
}

/// The next word token right after `pos`, if the gap is only spaces
/// within one paragraph.
/// Does a number in words go on after an article ending at `pos` (`a
/// thousand`, `a dozen`)? The same test `read_words` makes.
pub fn opens_after_article(text: &str, pos: usize) -> bool {
    next_word(text, pos).is_some_and(|next| word_scale(next.text).is_some() || next.is("dozen"))
}

fn next_word(text: &str, pos: usize) -> Option<Token<'_>> {
    let t = token::next(text, pos)?;
    (t.is_word() && !text[pos..t.span.start].contains("\n\n")).then_some(t)
}

/// What the previous word of a number in words was, for the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Start,
    Article,
    Units,
    Teens,
    Tens,
    Hundred,
    Scale,
    And,
    /// The digits after a spoken `point` (`one point six`): only a scale
    /// of a thousand or more may follow (`one point six trillion`).
    Decimals,
}

fn read_words(text: &str, pos: usize) -> Option<Number> {
    let first = token::next(text, pos).filter(|t| t.span.start == pos && t.is_word())?;
    let capitalized = first.text.starts_with(|c: char| c.is_uppercase());
    if first.is("half") || first.is("quarter") {
        return fraction_of_scale(text, pos, first, capitalized);
    }
    let mut chain = WordChain::new(pos);
    while let Some(t) = next_word(text, chain.cursor) {
        if !chain.step(text, t)? {
            break;
        }
    }
    chain.finish(pos, capitalized)
}

/// `half a million`, `half million`, `a quarter million`: `first` (`half`
/// or `quarter`) of a scale of a thousand or more.
fn fraction_of_scale(text: &str, pos: usize, first: Token, capitalized: bool) -> Option<Number> {
    let after = next_word(text, first.span.end)?;
    let scale = if after.is("a") || after.is("an") {
        next_word(text, after.span.end)?
    } else {
        after
    };
    // `half a percentage point`, `half a per cent`: half of the unit.
    let of_percent = ["percentage", "per", "percent"].iter().any(|w| scale.is(w));
    if first.is("half") && scale.span.start > after.span.start && of_percent {
        let span = Span::new(pos, after.span.end);
        return Some(words_number(
            span,
            Decimal::new(5, 1),
            capitalized,
            false,
            2,
        ));
    }
    let factor = word_scale(scale.text).filter(|&f| f >= 1_000)?;
    let part = if first.is("half") {
        Decimal::TWO
    } else {
        Decimal::from(4)
    };
    let value = Decimal::from(factor) / part;
    Some(words_number(
        Span::new(pos, scale.span.end),
        value,
        capitalized,
        false,
        3,
    ))
}

/// A number in words read word by word: `total` of the scales passed,
/// `current` below the last scale, the class of the last word.
struct WordChain {
    total: u64,
    current: u64,
    /// A chain of words beyond u64 (`ninety-nine hundred ninety-nine
    /// hundred ...`) is read to its end, so that it is consumed once, and
    /// then given a value out of range, which no claim may have.
    overflowed: bool,
    class: WordClass,
    end: usize,
    words: usize,
    cursor: usize,
    /// The spoken decimals not yet scaled (`.6` in `one point six`), and
    /// the decimals already multiplied by their scale.
    decimals: Decimal,
    scaled_decimals: Decimal,
}

impl WordChain {
    fn new(pos: usize) -> Self {
        WordChain {
            total: 0,
            current: 0,
            overflowed: false,
            class: WordClass::Start,
            end: pos,
            words: 0,
            cursor: pos,
            decimals: Decimal::ZERO,
            scaled_decimals: Decimal::ZERO,
        }
    }

    /// A spoken decimal point after the whole part (`one point six`,
    /// `twenty point five`): reads the single digit words after `point`
    /// (`zero` included) and returns where they end, or `None` when no
    /// digit word follows (`at one point, six members`).
    fn spoken_decimals(&mut self, text: &str, point: Token) -> Option<usize> {
        let mut end = None;
        let mut cursor = point.span.end;
        let mut place = Decimal::ONE;
        let mut decimals = Decimal::ZERO;
        while let Some(t) = next_word(text, cursor) {
            let digit = if t.is("zero") {
                0
            } else {
                match SMALL_INDEX.get(t.text) {
                    Some(n) if n < 10 => n,
                    _ => break,
                }
            };
            place /= Decimal::TEN;
            decimals += Decimal::from(digit) * place;
            end = Some(t.span.end);
            cursor = t.span.end;
            self.words += 1;
        }
        let end = end?;
        self.decimals = decimals;
        Some(end)
    }

    /// Takes word `t`: `Some(true)` to go on, `Some(false)` when the
    /// number ended before `t` (or with `dozen`), `None` when what was
    /// read is no number (`a` before no scale).
    fn step(&mut self, text: &str, t: Token) -> Option<bool> {
        use WordClass::*;
        let class = self.class;
        let open = matches!(class, Start | Hundred | Scale | And);
        if class == Decimals && word_scale(t.text).is_none_or(|scale| scale < 1_000) {
            return Some(false);
        }
        if t.is("point") && matches!(class, Units | Teens | Tens) {
            let Some(end) = self.spoken_decimals(text, t) else {
                return Some(false);
            };
            self.class = Decimals;
            self.end = end;
            self.cursor = end;
            return Some(true);
        }
        let next_class = if (t.is("a") || t.is("an")) && class == Start {
            let next = next_word(text, t.span.end)?;
            if word_scale(next.text).is_none() && !next.is("dozen") {
                return None;
            }
            self.current = 1;
            Article
        } else if let Some(n) = SMALL_INDEX.get(t.text) {
            let after_tens = class == Tens && n < 10;
            if !(open || after_tens) {
                return Some(false);
            }
            self.add(u64::from(n));
            if n < 10 { Units } else { Teens }
        } else if let Some(n) = TENS_INDEX.get(t.text) {
            if !open {
                return Some(false);
            }
            self.add(u64::from(n));
            Tens
        } else if t.is("dozen") && matches!(class, Article | Units | Teens | Tens) {
            self.current = checked(self.current.checked_mul(12), &mut self.overflowed);
            self.class = Hundred;
            self.words += 1;
            self.end = t.span.end;
            return Some(false);
        } else if let Some(scale) = word_scale(t.text) {
            if !matches!(class, Article | Units | Teens | Tens | Hundred | Decimals) {
                return Some(false);
            }
            if scale == 100 {
                if class == Hundred {
                    return Some(false);
                }
                self.current = checked(self.current.checked_mul(100), &mut self.overflowed);
                Hundred
            } else {
                let scaled = self.current.checked_mul(scale);
                let total = scaled.and_then(|v| self.total.checked_add(v));
                self.total = checked(total, &mut self.overflowed);
                self.current = 0;
                let decimals = self.decimals.checked_mul(Decimal::from(scale));
                self.scaled_decimals = decimals.unwrap_or(Decimal::ZERO);
                self.decimals = Decimal::ZERO;
                Scale
            }
        } else if t.is("and") && matches!(class, Hundred | Scale) {
            let follows =
                next_word(text, t.span.end).is_some_and(|n| small_or_tens(n.text).is_some());
            if follows {
                self.cursor = t.span.end;
                self.class = And;
            }
            return Some(follows);
        } else {
            return Some(false);
        };
        self.class = next_class;
        self.words += 1;
        self.end = t.span.end;
        self.cursor = skip_number_hyphen(text, t);
        Some(true)
    }

    fn add(&mut self, n: u64) {
        self.current = checked(self.current.checked_add(n), &mut self.overflowed);
    }

    /// The number read from `pos`, if the chain holds one.
    fn finish(mut self, pos: usize, capitalized: bool) -> Option<Number> {
        if self.words == 0 || self.class == WordClass::Article {
            return None;
        }
        let value = checked(self.total.checked_add(self.current), &mut self.overflowed);
        let lone_one = value == 1 && self.words == 1;
        let value = if self.overflowed {
            Decimal::MAX
        } else {
            Decimal::from(value) + self.scaled_decimals + self.decimals
        };
        Some(words_number(
            Span::new(pos, self.end),
            value,
            capitalized,
            lone_one,
            self.words,
        ))
    }
}

/// The result of a checked step of a number in words; on overflow, notes
/// it and goes on from the largest value (the number is rejected anyway).
fn checked(step: Option<u64>, overflowed: &mut bool) -> u64 {
    step.unwrap_or_else(|| {
        *overflowed = true;
        u64::MAX
    })
}

/// After a tens word, a hyphen may join the units word (`twenty-five`).
fn skip_number_hyphen(text: &str, t: Token) -> usize {
    let end = t.span.end;
    if TENS_INDEX.get(t.text).is_some() && text[end..].starts_with('-') {
        let after = token::next(text, end + 1);
        let joins = after.is_some_and(|a| {
            a.span.start == end + 1 && SMALL_INDEX.get(a.text).is_some_and(|n| n < 10)
        });
        if joins {
            return end + 1;
        }
    }
    end
}

fn words_number(
    span: Span,
    value: Decimal,
    capitalized: bool,
    lone_one: bool,
    words: usize,
) -> Number {
    Number {
        span,
        numeral_end: span.end,
        value,
        written: Written::Words {
            capitalized,
            lone_one,
            words,
        },
        scale: Decimal::ONE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<(String, &str)> {
        read(text, 0, false).map(|n| (n.value.normalize().to_string(), n.span.text(text)))
    }

    #[test]
    fn thousands_separator() {
        assert_eq!(value("1,065 parks"), Some(("1065".into(), "1,065")));
        assert_eq!(value("2¾ per cent"), Some(("2.75".into(), "2¾")));
    }

    #[test]
    fn indian_grouping() {
        assert_eq!(
            value("11,11,111 crore"),
            Some(("11111110000000".into(), "11,11,111 crore"))
        );
    }

    #[test]
    fn comma_list_is_not_grouping() {
        assert_eq!(value("5,6 and"), Some(("5".into(), "5")));
        assert_eq!(value("1,1,1,1"), Some(("1".into(), "1")));
    }

    #[test]
    fn no_break_space_inside_number() {
        assert_eq!(
            value("10\u{a0}000 t"),
            Some(("10000".into(), "10\u{a0}000"))
        );
    }

    #[test]
    fn decimal_with_scale_billion() {
        assert_eq!(
            value("2.39 billion yuan"),
            Some(("2390000000".into(), "2.39 billion"))
        );
    }

    #[test]
    fn scale_lakh_crore() {
        assert_eq!(
            value("1.52 lakh crore"),
            Some(("1520000000000".into(), "1.52 lakh crore"))
        );
    }

    #[test]
    fn glued_scale() {
        assert_eq!(value("3bn"), Some(("3000000000".into(), "3bn")));
        assert_eq!(
            read("40m", 0, true).map(|n| n.value),
            Some(Decimal::from(40_000_000))
        );
        assert_eq!(
            read("40m", 0, false).map(|n| n.value),
            Some(Decimal::from(40))
        );
    }

    #[test]
    fn spoken_decimals() {
        assert_eq!(
            value("one point six trillion US dollars"),
            Some(("1600000000000".into(), "one point six trillion"))
        );
        assert_eq!(
            value("twenty point five percent"),
            Some(("20.5".into(), "twenty point five"))
        );
        assert_eq!(
            value("two point zero five million"),
            Some(("2050000".into(), "two point zero five million"))
        );
        // No digit word after `point`: a point of time or of an argument.
        assert_eq!(value("one point, six"), Some(("1".into(), "one")));
        assert_eq!(value("one point in time"), Some(("1".into(), "one")));
        assert_eq!(
            value("two point five zero six"),
            Some(("2.506".into(), "two point five zero six"))
        );
    }

    #[test]
    fn half_a_percentage_point() {
        assert_eq!(
            value("half a percentage point"),
            Some(("0.5".into(), "half a"))
        );
        assert_eq!(value("half a per cent"), Some(("0.5".into(), "half a")));
        assert_eq!(value("half a day"), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(value("six local"), Some(("6".into(), "six")));
        assert_eq!(
            value("twenty-five cases"),
            Some(("25".into(), "twenty-five"))
        );
        assert_eq!(
            value("three hundred and sixty days"),
            Some(("360".into(), "three hundred and sixty"))
        );
        assert_eq!(
            value("a thousand parks"),
            Some(("1000".into(), "a thousand"))
        );
        assert_eq!(value("a dozen towns"), Some(("12".into(), "a dozen")));
        assert_eq!(
            value("half a million jobs"),
            Some(("500000".into(), "half a million"))
        );
        assert_eq!(
            value("two million people"),
            Some(("2000000".into(), "two million"))
        );
        assert_eq!(
            value("two thousand three hundred"),
            Some(("2300".into(), "two thousand three hundred"))
        );
    }

    #[test]
    fn word_sequences_that_are_two_numbers() {
        assert_eq!(value("five six"), Some(("5".into(), "five")));
        assert_eq!(value("ten and five"), Some(("10".into(), "ten")));
    }

    #[test]
    fn a_without_scale_is_not_a_number() {
        assert_eq!(value("a city"), None);
        assert_eq!(value("half the"), None);
    }

    #[test]
    fn fractions_and_mixed_numbers() {
        fn fraction(text: &str) -> Option<(String, &str)> {
            read_fraction(text, 0).map(|n| {
                (
                    n.value.round_dp(4).normalize().to_string(),
                    n.span.text(text),
                )
            })
        }
        assert_eq!(fraction("1/4 mile"), Some(("0.25".into(), "1/4")));
        assert_eq!(fraction("10 1/2 miles"), Some(("10.5".into(), "10 1/2")));
        assert_eq!(fraction("½ cup"), Some(("0.5".into(), "½")));
        assert_eq!(
            fraction("three-quarters mile"),
            Some(("0.75".into(), "three-quarters"))
        );
        // Improper, dated or over-long forms are not fractions.
        assert_eq!(fraction("24/7"), None);
        assert_eq!(fraction("1/4/2024"), None);
        assert_eq!(fraction("1/365"), None);
        assert_eq!(fraction("2024 1/2"), None);
    }

    #[test]
    fn version_numbers_are_dotted() {
        let n = read("3.5.1", 0, false).map(|n| n.written);
        assert!(matches!(n, Some(Written::Digits { dotted: true, .. })));
    }

    #[test]
    fn one_kind_of_separator_per_number() {
        let text = "Fund 1,249,998,988 916,985,624 73";
        let first = read(text, 5, false).map(|n| n.value.normalize().to_string());
        assert_eq!(first.as_deref(), Some("1249998988"));
    }
}
