//! Numbers that are not claims: years and year ranges, dates, times,
//! ordinals, identifiers with digits (`PM2.5`, `COVID-19`, `G20`,
//! `Article 370`), footnote markers, list numbering, set phrases written
//! with capitalized number words, and a lone `one`.
//!
//! Each rule looks only at the text around a [`Reading`] and says why it
//! rejects it; the first rule that fires wins.

use std::sync::{Arc, LazyLock};

use rust_decimal::Decimal;

use super::lang::en::calendar;
use super::model::{Measure, Reading};
use super::number::Written;
use super::sentence::is_sentence_start;
use super::span::Span;
use super::token::{self, Token, TokenKind, WordTable, is_space};
use super::units::Kind;

/// Why a number is not a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonClaim {
    /// Digits glued to letters or to a code: `PM2.5`, `principle10`, `5G`,
    /// `14th`, `COVID-19`, `1990s`.
    Identifier,
    /// A calendar year or a year range: `2023`, `2021-2025`, `2024-25`.
    Year,
    /// A day of a month: `April 18`, `18 April`.
    Date,
    /// A time of day or a clock-like pair: `10:30`, `3 pm`.
    Time,
    /// A phone or fax number or a service line: `(852) 2810 2370`, `dial
    /// 999`, `the 12345 hotline`.
    Phone,
    /// Paragraph, list or footnote numbering: `2. Over`, `(3)`, `[10]`.
    Numbering,
    /// A reference number: `Article 370`, `No. 1`, `page 5`, `Industry 4.0`.
    Reference,
    /// Number words capitalized inside a sentence (`the Two Sessions`), a
    /// number before capitalized words (`the 90% Guarantee Product`), or a
    /// small number word pointing back (`the two nations`).
    Name,
    /// A hyphenated compound that is not a unit: `one-stop`, `5-star`,
    /// `two-thirds`, and numbers in slashes: `24/7`, `1/3`.
    Compound,
    /// The denominator of `one in ten`, the base of a rate (`per 1,000`),
    /// a fraction in words without its hyphen (`two thirds of`).
    Ratio,
    /// A length per unit of time: `200 kilometres per hour`, `188 miles an
    /// hour`, `50 km/ms`. Speed is not a kind of the contract, and the
    /// number is no length.
    Speed,
    /// `one`, or zero in words or digits, with no unit: `one of`, `no one`,
    /// `in district 0`.
    LoneOne,
    /// The number of a numbered table note: `(Unit: 10,000 tons)`.
    TableNote,
    /// A quantity of no kind of the contract: a temperature (`0.9°C`, `1
    /// degree Celsius`) or a file size (`130.5 Kb Excel sheet`). Read as a
    /// count it would be wrong, so it is left out, like a speed.
    OutOfContract,
    /// The uncertainty of the value before it: `59 ± 6.6 GtCO2-eq`,
    /// `2400 ± 240 GtCO2`. It bounds that claim, it is none of its own.
    Uncertainty,
    /// A value beyond what the ledger writes exactly: a magnitude of
    /// [`LARGEST_VALUE`] or more, in the unit as written or in the base
    /// unit (`45 and 50 trillion trillion bcm`, a chain of number words
    /// past 10^19). No report states such a quantity; the exact decimals
    /// would otherwise saturate and write a wrong number.
    OutOfRange,
    /// A street number or a postal code of an address: `2200 South 216th
    /// St.`, `Missouri 64106`, `WA 98198`.
    Address,
}

/// Values must stay below 10^24 in magnitude (a septillion, far beyond any
/// quantity a report states, and far enough below the 7.9 × 10^28 of the
/// exact decimals that unit conversions cannot overflow unnoticed).
pub const LARGEST_VALUE: Decimal = Decimal::from_parts(0xa100_0000, 0x1bce_cced, 0xd3c2, false, 0);

/// Whether a value (in the unit written or the base unit) is within
/// [`LARGEST_VALUE`].
pub fn in_range(value: Decimal) -> bool {
    value.abs() < LARGEST_VALUE
}

fn out_of_range(r: &Reading) -> Option<NonClaim> {
    let fits = |value: Decimal| {
        in_range(value)
            && match r.measure {
                Measure::Unit(unit) => value
                    .checked_mul(unit.factor)
                    .and_then(|v| v.checked_div(unit.divisor))
                    .is_some_and(in_range),
                _ => true,
            }
    };
    let all_fit = fits(r.first.value) && r.second.is_none_or(|s| fits(s.value));
    (!all_fit).then_some(NonClaim::OutOfRange)
}

/// Words that make the number after them a reference, not a quantity.
#[rustfmt::skip]
const REFERENCE_WORDS: &[&str] = &[
    "article", "articles", "section", "sections", "chapter", "chapters", "part", "rule", "rules", "clause",
    "clauses", "paragraph", "paragraphs", "para", "paras", "schedule", "item", "items", "annex", "annexure",
    "appendix", "table", "figure", "fig", "page", "pages", "vol", "volume", "issue", "phase", "level",
    "grade", "class", "tier", "category", "stage", "line", "route", "room", "box", "no", "nos", "number",
    "version", "model", "type", "track", "gate", "terminal", "platform", "pillar", "act", "resolution",
    "regulation", "order", "decree", "bill", "budget", "vision", "agenda", "goal", "sdg", "point", "step",
    "report", "plan", "program", "programme", "session", "week", "day", "year", "fy", "top", "priority", "p", "pp",
    "target", "targets", "indicator", "indicators",
    "priorities", "tranche", "chart", "charts", "recommendation", "recommendations", "exhibit", "map",
    "footnote", "footnotes", "exit", "exits", "diagram", "diagrams",
    "routes", "lines", "figures", "tables", "title", "titles", "note", "notes", "revision", "amendment",
    "code", "heading", "headings", "subheading", "subheadings",
];

static REFERENCE_INDEX: LazyLock<WordTable<()>> =
    LazyLock::new(|| WordTable::new(REFERENCE_WORDS.iter().map(|&w| (w, ()))));

/// Words after a number that make it part of a name.
const NAME_FOLLOWERS: &[&str] = &["hotline"];

/// Clock words after a small number that make it a time of day, not a
/// count (`at 10 am`, `2 p.m.`, `9 o'clock`, `at 12 noon`).
const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "o'clock", "hrs", "h", "noon", "midnight",
];

/// Is a hyphen-like character (ASCII, non-breaking, figure or en dash).
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '–')
}

/// One non-claim rule as a user meets it in `claimscan explain`: a stable
/// id, what it rejects and why, and an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDoc {
    pub id: &'static str,
    pub what: &'static str,
    pub example: &'static str,
}

/// The registry of non-claim rules, in the order [`rejects`] tries them
/// (the fast path [`plainly_not_a_claim`] answers `numbering` and
/// `identifier` early; `table-note` is decided by the table stage;
/// `out-of-range` is tried first but listed last, as it was declared last).
pub const RULES: &[(NonClaim, RuleDoc)] = &[
    (
        NonClaim::Identifier,
        RuleDoc {
            id: "identifier",
            what: "digits glued to letters or a code are part of a name, not a quantity",
            example: "PM2.5, 5G, 14th, COVID-19, 1990s",
        },
    ),
    (
        NonClaim::Year,
        RuleDoc {
            id: "year",
            what: "a calendar year or year range dates a claim, it is not one",
            example: "2023, 2021-2025, 2024-25",
        },
    ),
    (
        NonClaim::Date,
        RuleDoc {
            id: "date",
            what: "a day of a month is a date",
            example: "April 18, 18 April",
        },
    ),
    (
        NonClaim::Time,
        RuleDoc {
            id: "time",
            what: "a time of day or clock-like pair is no quantity",
            example: "10:30, 3 pm",
        },
    ),
    (
        NonClaim::Phone,
        RuleDoc {
            id: "phone",
            what: "phone, fax and service-line numbers are identifiers",
            example: "(852) 2810 2370, dial 999, the 12345 hotline",
        },
    ),
    (
        NonClaim::Numbering,
        RuleDoc {
            id: "numbering",
            what: "paragraph, list or footnote numbering orders the text",
            example: "2. Over, (3), [10]",
        },
    ),
    (
        NonClaim::Reference,
        RuleDoc {
            id: "reference",
            what: "a number after a reference word names a thing",
            example: "Article 370, No. 1, page 5, Industry 4.0, 14 CFR 39.13, 5 U.S.C. 552",
        },
    ),
    (
        NonClaim::Name,
        RuleDoc {
            id: "name",
            what: "a number inside a capitalized name or pointing back to named things",
            example: "the Two Sessions, the 90% Guarantee Product, the two nations",
        },
    ),
    (
        NonClaim::Compound,
        RuleDoc {
            id: "compound",
            what: "a hyphenated compound or a slash pair that is not a unit",
            example: "one-stop, 5-star, 24/7",
        },
    ),
    (
        NonClaim::Ratio,
        RuleDoc {
            id: "ratio",
            what: "the denominator of a ratio, the base of a rate, a fraction in words, or the quarters of a year framing a period",
            example: "one in ten, per 1,000, two thirds of, the first three quarters",
        },
    ),
    (
        NonClaim::Speed,
        RuleDoc {
            id: "speed",
            what: "a length per unit of time is a speed, not a kind of the contract",
            example: "200 kilometres per hour",
        },
    ),
    (
        NonClaim::LoneOne,
        RuleDoc {
            id: "lone-one",
            what: "one or zero with no unit is a pronoun or an index",
            example: "one of, no one, in district 0",
        },
    ),
    (
        NonClaim::TableNote,
        RuleDoc {
            id: "table-note",
            what: "the number of a table's unit note scales its rows and is no claim",
            example: "(Unit: 10,000 tons)",
        },
    ),
    (
        NonClaim::OutOfContract,
        RuleDoc {
            id: "out-of-contract",
            what: "a temperature or a file size is no kind of the contract; read as a count it would be wrong",
            example: "0.9°C, 1 degree Celsius, 130.5 Kb",
        },
    ),
    (
        NonClaim::Uncertainty,
        RuleDoc {
            id: "uncertainty",
            what: "the ± margin of the value before it bounds that value, it is no claim of its own",
            example: "59 ± 6.6 GtCO2-eq, 2400 ± 240 GtCO2",
        },
    ),
    (
        NonClaim::OutOfRange,
        RuleDoc {
            id: "out-of-range",
            what: "a value of 10^24 or more (as written or in the base unit) is beyond what the ledger writes exactly; no report states one",
            example: "45 and 50 trillion trillion bcm",
        },
    ),
    (
        NonClaim::Address,
        RuleDoc {
            id: "address",
            what: "a street number or postal code locates a place, it is no quantity",
            example: "2200 South 216th St., Des Moines, WA 98198; 901 Locust, Kansas City, Missouri 64106",
        },
    ),
];

impl NonClaim {
    /// The rule's entry in [`RULES`] (which lists the variants in
    /// declaration order; a test holds it to that).
    pub fn doc(self) -> &'static RuleDoc {
        &RULES[self as usize].1
    }
}

/// A number the extractor read and left out, with the rule that did it:
/// what `claimscan explain` and the view show. Language packs give their
/// own rule ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejection {
    pub span: Span,
    /// The rule's stable id (`year`, `reference`).
    pub rule: &'static str,
    /// What the rule rejects and why, in one line.
    pub reason: &'static str,
}

impl Rejection {
    pub fn new(span: Span, rule: NonClaim) -> Self {
        let doc = rule.doc();
        Rejection {
            span,
            rule: doc.id,
            reason: doc.what,
        }
    }
}

/// The first reason this reading is not a claim, if any.
/// The two commonest non-claims, told from the bytes at a candidate
/// before any reading (the full path rejects them too, `numbering` and
/// `glued`): list numbering at the start of a line (`12. `, `3) `) and
/// ordinals (`14th`, `21st`). Returns the end of the digits and the rule.
pub fn plainly_not_a_claim(text: &str, pos: usize) -> Option<(usize, NonClaim)> {
    let bytes = text.as_bytes();
    let digits = bytes[pos..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = pos + digits;
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = &bytes[end..];
    let ordinal = rest.len() >= 2
        && matches!(
            [rest[0].to_ascii_lowercase(), rest[1].to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        )
        && !rest
            .get(2)
            .is_some_and(|b| b.is_ascii_alphanumeric() || !b.is_ascii());
    let numbered = digits <= 3
        && matches!(rest.first(), Some(b'.' | b')'))
        && rest
            .get(1)
            .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        && {
            let head = text[..pos].trim_end_matches([' ', '\t', '(', '[']);
            head.is_empty() || head.ends_with('\n')
        };
    if ordinal {
        Some((end, NonClaim::Identifier))
    } else {
        numbered.then_some((end, NonClaim::Numbering))
    }
}

pub fn rejects(text: &str, r: &Reading) -> Option<NonClaim> {
    out_of_range(r)
        .or_else(|| glued(text, r))
        .or_else(|| uncertainty(text, r))
        .or_else(|| year(r))
        .or_else(|| early_year(text, r))
        .or_else(|| year_label_tail(text, r))
        .or_else(|| date(text, r))
        .or_else(|| time(text, r))
        .or_else(|| phone(text, r))
        .or_else(|| address(text, r))
        .or_else(|| numbering(text, r))
        .or_else(|| reference(text, r))
        .or_else(|| name(text, r))
        .or_else(|| ratio(text, r))
        .or_else(|| one_day(text, r))
        .or_else(|| maturity(text, r))
        .or_else(|| speed(text, r))
        .or_else(|| out_of_contract(text, r))
        .or_else(|| lone_one(text, r))
}

/// US states by postal code and by name: a five-digit number after one is
/// a ZIP code.
#[rustfmt::skip]
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
    "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "Hampshire", "Jersey", "Mexico", "York", "Carolina",
    "Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Island", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming",
];

/// Words that end a street name: the number before is a street number.
#[rustfmt::skip]
const STREET_SUFFIXES: &[&str] = &[
    "St.", "Street", "Ave.", "Avenue", "Blvd.", "Boulevard", "Road", "Rd.", "Drive", "Dr.", "Lane",
    "Way", "Parkway", "Place", "Pl.", "Plaza", "Square",
];

/// `WA 98198`, `CA 90740–5600`, `Missouri 64106`: a US postal code after its state.
fn follows_state(head: &str) -> bool {
    let head = head.trim_end_matches([' ', '\n', '\u{a0}']);
    // (The word is ASCII letters, so its start is a char boundary.)
    let word_start = head.len()
        - head
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
    let word = &head[word_start..];
    word_start < head.len()
        && US_STATES.contains(&word)
        && head[..word_start].ends_with([' ', ',', '\n'])
}

/// A street number (`2200 South 216th St.`, `901 Locust, Kansas City,
/// Missouri 64106`) or a ZIP code (`WA 98198`).
fn address(text: &str, r: &Reading) -> Option<NonClaim> {
    let digits = r.first.plain_integer()?;
    if !matches!(r.measure, Measure::Count) || r.currency.is_some() {
        return None;
    }
    let written = &text[r.start..r.end];
    let plain = written.bytes().all(|b| b.is_ascii_digit());
    if digits == 5 && plain && follows_state(&text[..r.start]) {
        return Some(NonClaim::Address);
    }
    if !plain || digits > 5 {
        return None;
    }
    // The words after the number, up to the end of its clause.
    let mut end = (r.end + 80).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[r.end..end];
    let clause = &rest[..rest.find([';', '\t']).unwrap_or(rest.len())];
    let words: Vec<&str> = clause.split_whitespace().take(4).collect();
    // A capitalized word right after the number: a street name.
    if !words
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return None;
    }
    let street = words.iter().skip(1).take(3).any(|w| {
        STREET_SUFFIXES
            .iter()
            .any(|s| w.trim_end_matches(',') == *s)
    });
    // Or a town and a state with its ZIP code later in the clause.
    let zip = clause.char_indices().any(|(i, c)| {
        c.is_ascii_digit()
            && !clause[..i].ends_with(|c: char| c.is_ascii_digit())
            && clause[i..].bytes().take_while(u8::is_ascii_digit).count() == 5
            && follows_state(&clause[..i])
    });
    (street || zip).then_some(NonClaim::Address)
}

/// Words after which a four-digit number is a customs tariff heading.
const TARIFF_WORDS: &[&str] = &[
    "heading",
    "headings",
    "subheading",
    "subheadings",
    "item",
    "items",
];

/// A customs tariff code (HS): eight digits in groups `6802 99 00`, or a
/// heading and its subheading `heading 2933 59` (any group of either).
fn is_tariff_code(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // The digit groups joined by single spaces around the number.
    let mut from = start;
    while from >= 2 && bytes[from - 1] == b' ' && bytes[from - 2].is_ascii_digit() {
        let mut s = from - 1;
        while s > 0 && bytes[s - 1].is_ascii_digit() {
            s -= 1;
        }
        from = s;
    }
    let mut to = end;
    while to + 1 < bytes.len() && bytes[to] == b' ' && bytes[to + 1].is_ascii_digit() {
        let mut e = to + 1;
        while e < bytes.len() && bytes[e].is_ascii_digit() {
            e += 1;
        }
        to = e;
    }
    // No letter, decimal point or separator glued to either end.
    let before_ok = from == 0
        || !(bytes[from - 1].is_ascii_alphanumeric() || matches!(bytes[from - 1], b'.' | b','));
    let decimal_after = bytes.get(to + 1).is_some_and(u8::is_ascii_digit);
    let after_ok = to == bytes.len()
        || !(bytes[to].is_ascii_alphanumeric() || (bytes[to] == b'.' && decimal_after));
    if !before_ok || !after_ok {
        return false;
    }
    let groups: Vec<usize> = text[from..to].split(' ').map(str::len).collect();
    match groups.as_slice() {
        [4, 2, 2] => true,
        [4, 2] => token::before(text, from, 1)
            .next()
            .is_some_and(|t| TARIFF_WORDS.iter().any(|w| t.is(w))),
        _ => false,
    }
}

/// `59 ± 6.6 GtCO2-eq`: a number after `±` (or `+/-`) that follows
/// another number is that number's margin.
fn uncertainty(text: &str, r: &Reading) -> Option<NonClaim> {
    let head = text[..r.start].trim_end_matches(is_space);
    let head = head
        .strip_suffix('±')
        .or_else(|| head.strip_suffix("+/-"))
        .or_else(|| head.strip_suffix("+/−"))?;
    head.trim_end_matches(is_space)
        .trim_end_matches(|c: char| c.is_alphabetic() || c == '%')
        .trim_end_matches(is_space)
        .ends_with(|c: char| c.is_ascii_digit())
        .then_some(NonClaim::Uncertainty)
}

/// Units after a number that measure no kind of the contract: degrees
/// (temperature), knots (speed) and kilo- and megabytes (file sizes; not
/// `TB`, which is also tuberculosis). Form and whether its case must
/// match.
const OUT_OF_CONTRACT_UNITS: &[(&str, bool)] = &[
    ("°", true),
    ("º", true),
    ("degrees", false),
    ("degree", false),
    ("Kb", true),
    ("KB", true),
    ("kB", true),
    ("Mb", true),
    ("MB", true),
    // A speed at sea or in the air (`disagree by more than 5 knots`).
    ("knots", false),
];

fn out_of_contract(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.currency.is_some() {
        return None;
    }
    // (`1.09 [0.95 to 1.20]°C`: past the uncertainty interval, and past
    // the `]` of the interval itself.)
    let end = past_interval(text, r.start, r.end).unwrap_or(r.end);
    let rest = text[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    OUT_OF_CONTRACT_UNITS
        .iter()
        .any(|&(form, exact)| {
            super::units::starts_with_form(rest, form, exact)
                || (form.starts_with(['°', 'º']) && rest.starts_with(form))
        })
        .then_some(NonClaim::OutOfContract)
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn char_after(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

fn two_before(text: &str, pos: usize) -> (Option<char>, Option<char>) {
    let mut chars = text[..pos].chars().rev();
    (chars.next(), chars.next())
}

fn glued(text: &str, r: &Reading) -> Option<NonClaim> {
    if in_address(text, r.start) {
        return Some(NonClaim::Identifier);
    }
    glued_before(text, r)
        .or_else(|| coded_numeral(text, r))
        .or_else(|| glued_after(text, r))
}

/// Inside a URL, a path or an e-mail address.
fn in_address(text: &str, start: usize) -> bool {
    // (Looking back at most 256 bytes keeps long runs without white space
    // linear.)
    let from = text.floor_char_boundary(start.saturating_sub(256));
    let chunk_start = text[from..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let chunk = &text[chunk_start..start];
    chunk.contains("://") || chunk.contains("www.") || chunk.contains('@')
}

/// Prepositions a number follows, which a PDF extraction may glue to it.
const GLUED_PREPOSITIONS: &[&str] = &["to", "of", "by", "at", "from"];

/// `equivalent to15.6 per cent of GDP`: a preposition glued to a
/// percentage, where a PDF extraction lost the space (a code glues
/// capitals or digits: `G20`, `ISO14001`; a lower-case word before a
/// percentage is no code).
fn after_lost_space(text: &str, r: &Reading) -> bool {
    let percent = matches!(r.measure, Measure::Unit(unit) if unit.kind == Kind::Percent);
    let word = token::prev(text, r.start).filter(|t| t.span.end == r.start && t.is_word());
    percent
        && word.is_some_and(|w| {
            GLUED_PREPOSITIONS.contains(&w.text)
                && token::prev(text, w.span.start).is_some_and(|t| t.span.end < w.span.start)
        })
}

/// Glued to what stands before it: a letter or `#` (`G20`), a footnote
/// marker after punctuation or a quote, a cross-reference in braces, an
/// escape of a URL, a code after a hyphen, a compound after `/` or `:`.
fn glued_before(text: &str, r: &Reading) -> Option<NonClaim> {
    let start = r.start;
    let (b1, b2) = two_before(text, start);
    if b1.is_some_and(|c| c.is_alphabetic() || c == '#' || c == '_') && !after_lost_space(text, r) {
        return Some(NonClaim::Identifier);
    }
    // `for the pre-2030 period;5`, `Climate Change,2 based on`, `22%10
    // from agriculture`: a small number glued after punctuation that
    // follows a word or a percentage is a footnote marker (`5,6` after a
    // digit is a list, see below).
    // (After `;` also following a digit: `by 2050;6`, `decision
    // -/CMA.5;15`; a semicolon never separates the parts of a number.)
    if matches!(b1, Some(';' | ',' | '.' | '%'))
        && (b1 == Some('%')
            || b1 == Some(';')
            || b2.is_some_and(|c| c.is_alphabetic() || c == ')' || c == '”' || c == '’'))
        && matches!(r.measure, Measure::Count)
        && r.currency.is_none()
        && r.second.is_none()
        && r.first.plain_integer().is_some_and(|d| d <= 2)
    {
        return Some(NonClaim::Identifier);
    }
    // `{2.1, Figure 2.1, Figure 2.2}`: cross-references in braces.
    let line_head = &text[text.floor_char_boundary(start.saturating_sub(120))..start];
    if let Some(open) = line_head.rfind('{')
        && !line_head[open..].contains('}')
        && matches!(r.measure, Measure::Count)
    {
        return Some(NonClaim::Reference);
    }
    // `the ‘household’4 sector`, `a ‘residency’ basis)1, which`: a small
    // number glued after a closing quote or bracket that closes a word is
    // a footnote marker.
    if matches!(b1, Some('’' | '”' | ')' | '\'' | '"'))
        && b2.is_some_and(|c| c.is_alphabetic() || (b1 == Some(')') && c.is_ascii_digit()))
        && matches!(r.measure, Measure::Count)
        && r.currency.is_none()
        && r.second.is_none()
        && r.first.plain_integer().is_some_and(|d| d <= 2)
    {
        return Some(NonClaim::Identifier);
    }
    // `report/2018%20-%20035%20Final.pdf`: a percent sign glued to two hex
    // digits, or glued before the number, escapes a character of a URL
    // (also one broken across lines, which the URL rule cannot see whole).
    let escaped_after = text[..r.end].ends_with('%')
        && b1.is_some_and(|c| !is_space(c) && c != '(')
        && text[r.end..].len() >= 2
        && text.as_bytes()[r.end..r.end + 2]
            .iter()
            .all(u8::is_ascii_hexdigit);
    if escaped_after || b1 == Some('%') {
        return Some(NonClaim::Identifier);
    }
    // `COVID-19`, `F-1`; `2021-22` where the year was read before.
    if b1.is_some_and(is_hyphen) && b2.is_some_and(|c| c.is_alphanumeric()) && !r.negative {
        return Some(NonClaim::Identifier);
    }
    // `2024/25`, `9/11`, `10:30`, `3.5.1`'s tail, `5,6` lists.
    if b1.is_some_and(|c| matches!(c, '/' | ':' | '.' | ',' | '\\' | '∶' | '·'))
        && b2.is_some_and(|c| c.is_ascii_digit())
    {
        return Some(NonClaim::Compound);
    }
    // `Table B.3`, `Annex F.1`: a capital letter, a dot, a number.
    if b1 == Some('.') && b2.is_some_and(|c| c.is_ascii_uppercase()) {
        return Some(NonClaim::Identifier);
    }
    None
}

/// A numeral written as a code: dotted (`3.5.1`), zero-padded (`007`),
/// or a version after a name (`Industry 4.0`).
fn coded_numeral(text: &str, r: &Reading) -> Option<NonClaim> {
    let first = &r.first;
    if let Written::Digits { dotted: true, .. } = first.written {
        return Some(NonClaim::Identifier);
    }
    // `BEPS 2.0`, `Industry 4.0`: a bare `N.0` after a name is a version.
    let numeral = &text[first.span.start..first.numeral_end];
    let after_name = token::prev(text, r.start).is_some_and(|t| {
        (t.is_word() && t.text.starts_with(char::is_uppercase)) || t.is_symbol(')')
    });
    // `010-6519 2233`, `007`: a zero-padded integer is a code.
    if numeral.len() >= 3 && numeral.starts_with('0') && first.plain_integer().is_some() {
        return Some(NonClaim::Identifier);
    }
    if matches!(r.measure, Measure::Count)
        && !first.scaled()
        && numeral.ends_with(".0")
        && after_name
        && !is_table_cell(text, r.start, r.end)
    {
        return Some(NonClaim::Identifier);
    }
    None
}

/// Glued to what follows it: letters (`5G`, `14th`), a hyphenated or
/// slashed compound (`one-stop`, `24/7`), a code after a unit (`L-202`),
/// or letters after the unit (`3bnx`).
fn glued_after(text: &str, r: &Reading) -> Option<NonClaim> {
    let first = &r.first;
    let last = r.second.as_ref().unwrap_or(first);
    let unit_read = r.end > last.span.end || last.scaled();
    let after_numeral = last.numeral_end;
    if !unit_read || last.span.end == after_numeral {
        let tail = &text[last.span.end..];
        let mut chars = tail.chars();
        let c1 = chars.next();
        let c2 = chars.next();
        // `5G`, `14th`, `1990s`, `80C`; not `5km` (read as a unit).
        if r.end == last.span.end && c1.is_some_and(char::is_alphabetic) {
            return Some(NonClaim::Identifier);
        }
        // `one-stop`, `5-star`, `two-thirds`, `2024-02-05`, `24/7`, `1:3`.
        // (`$82/bbl`, `EUR 95/MWh`: a price per unit is money.)
        let price = r.currency.is_some() && c1 == Some('/') && c2.is_some_and(char::is_alphabetic);
        // `1- and 2-room flats`: the first of two hyphenated adjectives
        // joined by `and` (a range joined by `to`/`or` is read as one).
        let suspended = c1.is_some_and(is_hyphen)
            && c2 == Some(' ')
            && tail[c1.map_or(0, char::len_utf8)..]
                .trim_start()
                .strip_prefix("and ")
                .is_some_and(|rest| {
                    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                    digits > 0 && rest[digits..].starts_with('-')
                });
        if r.end == last.span.end && suspended {
            return Some(NonClaim::Compound);
        }
        // (`4,800-plus employees` is a bound, see the qualifiers.)
        let plus =
            c1.is_some_and(is_hyphen) && tail[c1.map_or(0, char::len_utf8)..].starts_with("plus");
        if r.end == last.span.end
            && !price
            && !plus
            && c1.is_some_and(|c| is_hyphen(c) || matches!(c, '/' | ':' | '∶' | '·' | '+'))
            && c2.is_some_and(|c| c.is_alphanumeric())
        {
            return Some(NonClaim::Compound);
        }
    }
    // `24703 L-202`: a unit letter that runs on into `-digits` is a code.
    let mut after_unit = text[r.end..].chars();
    if r.end > last.span.end
        && after_unit.next().is_some_and(is_hyphen)
        && after_unit.next().is_some_and(|c| c.is_ascii_digit())
    {
        return Some(NonClaim::Identifier);
    }
    // Digits glued to letters after a unit-less scale: handled by unit
    // boundaries; after the whole expression, a digit or letter means we
    // read into something else (`3bnx`).
    if char_after(text, r.end).is_some_and(|c| c.is_alphanumeric()) && r.end > last.span.end {
        let unit_text = &text[last.span.end..r.end];
        if unit_text.ends_with(|c: char| c.is_alphanumeric()) {
            return Some(NonClaim::Identifier);
        }
    }
    None
}

/// A four-digit integer between 1800 and 2100 with no unit or currency.
fn is_year(r: &Reading, n: &super::number::Number) -> bool {
    n.is_year_like() && r.currency.is_none() && matches!(r.measure, Measure::Count)
}

fn year(r: &Reading) -> Option<NonClaim> {
    if is_year(r, &r.first) || r.second.as_ref().is_some_and(|s| is_year(r, s)) {
        return Some(NonClaim::Year);
    }
    // `2024-25`: a year and a two-digit end.
    let year_like = r.first.is_year_like() && r.currency.is_none();
    let short_end = r
        .second
        .as_ref()
        .is_some_and(|s| s.plain_integer() == Some(2));
    (year_like && short_end && !matches!(r.measure, Measure::Unit(_))).then_some(NonClaim::Year)
}

/// `since around 1750`, `from 1850 to 2019`: a four-digit integer from
/// 1000 to 1799 after a preposition of time is a year too (years from
/// 1800 on are years wherever they stand, see [`year`]).
fn early_year(text: &str, r: &Reading) -> Option<NonClaim> {
    let early = r.first.plain_integer() == Some(4)
        && r.first.value >= Decimal::from(1000)
        && r.first.value < Decimal::from(1800)
        && r.currency.is_none()
        && matches!(r.measure, Measure::Count);
    let after_time_word = token::before(text, r.start, 3)
        .find(|t| !super::lang::en::qualifier::is_bound_word(t.text))
        .is_some_and(|t| {
            [
                "since", "in", "from", "until", "till", "before", "after", "between", "by",
            ]
            .iter()
            .any(|w| t.is(w))
        });
    (early && after_time_word).then_some(NonClaim::Year)
}

/// `for 2020-\n21`: the end of a fiscal-year label broken after its
/// hyphen.
fn year_label_tail(text: &str, r: &Reading) -> Option<NonClaim> {
    let short = matches!(r.first.plain_integer(), Some(2 | 4));
    let head = text[..r.start].trim_end_matches(is_space);
    let gap = head.len() < r.start;
    let label = head.strip_suffix('-').is_some_and(|h| {
        let digits = h.len() - h.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        digits == 4
            && h[h.len() - 4..]
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    });
    (short && gap && label && matches!(r.measure, Measure::Count)).then_some(NonClaim::Year)
}

fn is_month(word: &str) -> bool {
    calendar::is_month_written(word.trim_end_matches('.'))
}

fn date(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.first.plain_integer().is_none_or(|d| d > 2) {
        return None;
    }
    // `Jan. 8`: skip the dot of an abbreviated month.
    let before = match token::prev(text, r.start) {
        Some(t) if t.is_symbol('.') => token::prev(text, t.span.start),
        other => other,
    };
    let after = token::next(text, r.end);
    let month_before = before.is_some_and(|t| t.is_word() && is_month(t.text));
    let month_after = after.is_some_and(|t| t.is_word() && is_month(t.text));
    // `18 and 19 January 2023`, `25-26 October`: the first day of a pair.
    let mut next = token::after(text, r.end, 3);
    let paired_day = after.is_some_and(|t| t.is("and") || t.is("to") || t.is_symbol('–'))
        && {
            next.next();
            next.next()
                .is_some_and(|t| t.kind == TokenKind::Digits && t.text.len() <= 2)
        }
        && next.next().is_some_and(|t| t.is_word() && is_month(t.text));
    let range_day = r
        .second
        .as_ref()
        .is_some_and(|s| s.plain_integer().is_some_and(|d| d <= 2))
        && month_after;
    // `the 18th of April` is an ordinal already; `18 of April` is rare.
    (month_before || month_after || paired_day || range_day).then_some(NonClaim::Date)
}

/// Words before a phone number.
const PHONE_WORDS: &[&str] = &[
    "tel",
    "telephone",
    "phone",
    "fax",
    "dial",
    "hotline",
    "helpline",
    "mobile",
];

/// Phone and fax numbers: `(852) 2810 2370`, `+65 6225 5009`, `dial 999`,
/// and service-line names such as `the 12345 government service hotline`.
fn phone(text: &str, r: &Reading) -> Option<NonClaim> {
    let digits = r.first.plain_integer()?;
    if !matches!(r.measure, Measure::Count) {
        return None;
    }
    // An international or area code before: `+65 6225`, `(852) 2810 2370`.
    let head = text[..r.start].trim_end_matches(is_space);
    let plus = head.ends_with('+') || head.ends_with("(+");
    let without_group = head
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(is_space);
    let area_code = |h: &str| {
        h.strip_suffix(')').is_some_and(|inner| {
            let code = inner.trim_end_matches(|c: char| c.is_ascii_digit());
            code.len() < inner.len() && (code.ends_with('(') || code.ends_with("(+"))
        })
    };
    let after_code = area_code(head) || area_code(without_group) || {
        let code = without_group.trim_end_matches(|c: char| c.is_ascii_digit());
        code.len() < without_group.len()
            && (code.ends_with('+')
                || (code.ends_with('-')
                    && code[..code.len() - 1].ends_with(|c: char| c.is_ascii_digit())))
    };
    // `+49 69 1344 8034`: any group of a number that starts with `+`.
    let group_run = head.len()
        - head
            .trim_end_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, ' ' | '\t' | '-' | '–' | '\n' | '(' | ')')
            })
            .len();
    let after_plus = group_run <= 24
        && head[..head.len() - group_run].ends_with('+')
        && head[head.len() - group_run..].starts_with(|c: char| c.is_ascii_digit());
    if plus || after_code || after_plus {
        return Some(NonClaim::Phone);
    }
    if digits < 3 {
        return None;
    }
    let keyword = token::before(text, r.start, 4)
        .take_while(|t| !t.is_symbol('.') && !t.is_symbol(';'))
        .any(|t| t.is_word() && PHONE_WORDS.iter().any(|w| t.is(w)));
    // `call 011-2610 6849`: `call` only before groups of digits (not
    // `calls for 5,000 more`).
    let grouped = token::prev(text, r.start).is_some_and(|t| t.kind == TokenKind::Digits);
    let call = grouped
        && token::before(text, r.start, 5)
            .take_while(|t| !t.is_symbol('.') && !t.is_symbol(';'))
            .any(|t| t.is("call"));
    let keyword = keyword || call;
    let service_line = r.first.plain_integer().is_some_and(|d| d >= 5)
        && token::after(text, r.end, 3).any(|t| t.is("hotline") || t.is("helpline"));
    // `the 988 crisis line`, `the 311 line`: a short service number.
    let the_line = token::prev(text, r.start).is_some_and(|t| t.is("the"))
        && token::after(text, r.end, 2).any(|t| t.is("line") || t.is("helpline"));
    let service_line = service_line || the_line;
    (keyword || service_line).then_some(NonClaim::Phone)
}

fn time(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) {
        return None;
    }
    let after = token::next(text, r.end)?;
    let word = after.text.to_ascii_lowercase();
    let dotted = if text[after.span.end..].starts_with(".m") {
        format!("{word}.m")
    } else {
        word.clone()
    };
    (after.is_word()
        && (CLOCK_WORDS.contains(&word.as_str()) || CLOCK_WORDS.contains(&dotted.as_str())))
    .then_some(NonClaim::Time)
}

/// Words that close the address of a speech (`Mr. Speaker,`, `Madam
/// Chair,`, `Sir,`).
const ADDRESSEES: &[&str] = &[
    "Speaker",
    "Chairman",
    "Chairperson",
    "Chair",
    "President",
    "Sir",
    "Madam",
];

/// Does the number at `start` follow the address of a speech and its
/// comma (`Mr. Speaker, 4.`)?
fn after_address(text: &str, start: usize) -> bool {
    let mut before = token::before(text, start, 2);
    let comma = before.next().is_some_and(|t| t.is_symbol(','));
    comma && before.next().is_some_and(|t| ADDRESSEES.contains(&t.text))
}

fn numbering(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.second.is_some() {
        return None;
    }
    // Only spaces and brackets between the line start and the number (a
    // bounded look-back: long lines stay linear).
    let head = text[..r.start]
        .trim_end_matches(|c: char| (is_space(c) && c != '\n') || c == '(' || c == '[');
    let at_line_start = head.is_empty() || head.ends_with('\n');
    // `2.1 Annual mean concentrations`: a section number opening a heading.
    let section = matches!(
        r.first.written,
        Written::Digits {
            fraction: true,
            grouped: false,
            ..
        }
    ) && !r.first.scaled()
        && token::next(text, r.end + usize::from(text[r.end..].starts_with(". "))).is_some_and(
            |t| {
                // (On its own line, `1.726` above `Policy` is a table cell.)
                t.is_word()
                    && t.text.starts_with(char::is_uppercase)
                    && !text[r.end..t.span.start].contains('\n')
            },
        );
    if at_line_start && section {
        return Some(NonClaim::Numbering);
    }
    if line_number(text, r) {
        return Some(NonClaim::Numbering);
    }
    r.first.plain_integer()?;
    let after = char_after(text, r.end);
    // `2. Over the past year`, `3) Reform`; also run into the address
    // of a speech whose line breaks were lost (`Mr. Speaker, 4. Let us`).
    if (at_line_start || after_address(text, r.start))
        && matches!(after, Some('.' | ')'))
        && char_after(text, r.end + 1).is_none_or(is_space)
    {
        return Some(NonClaim::Numbering);
    }
    // `the 'Fit for 55' package`: a number that closes a quoted name.
    if quoted_name_ends(text, r.end) {
        return Some(NonClaim::Name);
    }
    // `(3)`, `[10]`: a bare number in brackets; `“1310”`: a quoted one is
    // the name of a plan or programme.
    let before = char_before(text, r.start);
    if matches!(
        (before, after),
        (Some('('), Some(')'))
            | (Some('['), Some(']'))
            | (Some('“'), Some('”'))
            | (Some('"'), Some('"'))
    ) {
        return Some(NonClaim::Numbering);
    }
    None
}

/// A number written as an amount: grouped in thousands (`71,834,409`,
/// `1,188.6`) or signed (`-403.7`). A reference word before it ends a row
/// label (`Legislative Appropriation Bill 71,834,409`, `Various Line Items
/// 1,188.6`, `Not Subject to Statutory Restriction -403.7`); it does not
/// name it as `Bill 7` or `Table 3.337` do.
fn is_amount_written(text: &str, start: usize, end: usize) -> bool {
    let written = &text[start..end];
    // A minus after a space (`Restriction -403.7`), not a hyphen (`24-1430`).
    let signed = (written.starts_with(['-', '−']) && text[..start].ends_with(' '))
        || text[..start].ends_with(" -")
        || text[..start].ends_with(" −");
    let grouped = written.char_indices().any(|(i, c)| {
        c == ','
            && written[i + 1..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count()
                == 3
    });
    grouped || signed
}

/// `reference`: a bare count that names or numbers something rather than
/// counting it: a reference word before it (`Table 3`, `No. 1`), a name
/// (`Industry 4.0`, `Windows 10`), a tariff or model code, a bill, a
/// citation of a code of law.
fn reference(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count)
        || r.currency.is_some()
        || !r.first.is_digits()
        || r.first.scaled()
    {
        return None;
    }
    if continues_reference_list(text, r.start)
        || is_tariff_code(text, r.start, r.end)
        || is_bill_number(text, r.start)
        || cites_a_code(text, r.start, r.end)
        || is_model_designation(text, r.start, r.end)
    {
        return Some(NonClaim::Reference);
    }
    let (word, colon) = word_before_number(text, r.start)?;
    // `tariff heading ⇥ 25 ⇥ 20`: a tab puts the number in the next
    // column; the word before it ends a label, it does not name the
    // number.
    let column_apart = text[word.span.end..r.start].contains('\t');
    if !column_apart
        && !is_amount_written(text, r.start, r.end)
        && (is_reference_word(text, &word) || (colon && REFERENCE_INDEX.contains(word.text)))
    {
        return Some(NonClaim::Reference);
    }
    if let Some(next) = token::next(text, r.end)
        && NAME_FOLLOWERS.iter().any(|w| next.is(w))
    {
        return Some(NonClaim::Reference);
    }
    names_the_number(text, r, &word).then_some(NonClaim::Reference)
}

/// The word right before a number, past a `.` or `:` glued to it (`No.
/// 1`; `Catalogue number: 6202.0`, a label whatever its case), and whether
/// that was a colon; `None` when no word stands there.
fn word_before_number(text: &str, start: usize) -> Option<(Token<'_>, bool)> {
    let mut before = token::before(text, start, 2);
    let prev = before.next()?;
    let colon = prev.is_symbol(':');
    let word = if prev.is_symbol('.') || colon {
        before.next().filter(|t| t.span.end == prev.span.start)?
    } else {
        prev
    };
    (word.kind == TokenKind::Word).then_some((word, colon))
}

/// Capitalized words before a number that qualify or frame it (`Over 200`,
/// `Total 4,918`), not name it.
const QUALIFIER_LIKE_CAPITALS: &[&str] = &[
    "Over",
    "About",
    "Around",
    "Nearly",
    "Almost",
    "Some",
    "Only",
    "Another",
    "Additional",
    "Total",
    "All",
];

/// A capitalized word glued before a bare number inside a sentence is a
/// name: `Industry 4.0`, `Line 16`, `Windows 10`. A capitalized word at
/// the start of a line labels a table row (`Revenues 4,918 5,000`), it
/// does not name the number.
fn names_the_number(text: &str, r: &Reading, word: &Token) -> bool {
    let line_label = text[..word.span.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n');
    // (`Increase in the Deficit    45    797`: a label set apart by a
    // column gap does not name the number either.)
    let column_gap =
        text[word.span.end..r.start].contains("  ") || text[word.span.end..r.start].contains('\t');
    let capitalized = word.text.starts_with(|c: char| c.is_uppercase())
        && !line_label
        && !column_gap
        && !is_table_cell(text, r.start, r.end);
    capitalized
        && !is_sentence_start(text, word.span.start)
        && !is_month(word.text)
        && word.text.len() > 1
        && !QUALIFIER_LIKE_CAPITALS.contains(&word.text)
}

/// Codes of law and of official gazettes in a legal citation: the number
/// before one is a title or volume (`14 CFR`, `49 U.S.C.`, `83 FR`), the
/// numbers after one, and those listed after them, are sections or pages
/// (`14 CFR 91.213, 121.628, and 129.14`, `5 U.S.C. 552`, `§ 39.13`).
#[rustfmt::skip]
const CITED_CODES: &[&str] = &[
    "CFR", "C.F.R.", "U.S.C.", "USC", "FR", "Fed. Reg.", "Stat.", "§§", "§",
];

/// Is the number at `start..end` part of a legal citation (see
/// [`CITED_CODES`])?
fn cites_a_code(text: &str, start: usize, end: usize) -> bool {
    let code_at = |rest: &str| {
        CITED_CODES.iter().any(|code| {
            rest.strip_prefix(code).is_some_and(|after| {
                code.starts_with('§') || !after.starts_with(|c: char| c.is_alphanumeric())
            })
        })
    };
    // `14 CFR`, `49 U.S.C.` (the title, on the same line or the next).
    if code_at(text[end..].trim_start_matches(is_space)) {
        return true;
    }
    // `CFR 25.1585`, `§ 39.13`, and the rest of a list after one:
    // `CFR 91.213, 121.628, and 129.14`, `21.197 and 21.199`.
    let mut head = text[..start].trim_end_matches(is_space);
    for _ in 0..8 {
        if CITED_CODES.iter().any(|code| {
            head.strip_suffix(code).is_some_and(|before| {
                code.starts_with('§') || !before.ends_with(|c: char| c.is_alphanumeric())
            })
        }) {
            return true;
        }
        let word = ["and", "or", "through"].iter().find_map(|w| {
            head.strip_suffix(w)
                .filter(|before| before.ends_with(is_space))
        });
        let Some(rest) = head.strip_suffix(',').or(word) else {
            return false;
        };
        let rest = rest.trim_end_matches([',', ' ', '\n']);
        // The section before the separator: digits, dots and a bracketed
        // paragraph (`106(g)`).
        let section = rest.trim_end_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | '(' | ')' | 'a'..='z')
        });
        if !rest[section.len()..].starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        head = section.trim_end_matches(is_space);
    }
    false
}

/// `the 737 MAX`: digits and a word in capitals after them that the
/// document writes together again and again (three times or more) name a
/// model, not a number of things (`two AOA sensors`, `300 ICU beds` said
/// once are counts).
fn is_model_designation(text: &str, start: usize, end: usize) -> bool {
    let digits = &text[start..end];
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(word) = token::next(text, end) else {
        return false;
    };
    let capitals = word.is_word()
        && word.text.len() >= 2
        && word.text.chars().all(|c| c.is_ascii_uppercase())
        && text[end..word.span.start]
            .chars()
            .all(|c| c == ' ' || c == '\n')
        && super::units::unit_at(word.text).is_none()
        && super::units::currency_suffix_at(word.text).is_none();
    if !capitals {
        return false;
    }
    // (Whole numbers and words only: `25 BCD` is no `5 BCD`.)
    MODEL_PAIRS.with_borrow_mut(|index| {
        let key = document_key(text);
        let index = match index {
            Some((k, pairs)) if *k == key => pairs,
            _ => &mut index.insert((key, Arc::new(ModelPairCount::of(text)))).1,
        };
        index
            .get(&(digits.to_string(), word.text.to_string()))
            .is_some_and(|&n| n >= 3)
    })
}

/// Names a document for the pairs memo: its address, length and a hash
/// of its first and last 256 bytes. The parts of a large document share
/// one text (and one count per thread); a new document at a freed one's
/// address would also need the same length and ends to be taken for it.
fn document_key(text: &str) -> DocumentKey {
    use std::hash::{Hash, Hasher};
    let bytes = text.as_bytes();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes[..bytes.len().min(256)].hash(&mut hasher);
    bytes[bytes.len().saturating_sub(256)..].hash(&mut hasher);
    (text.as_ptr() as usize, text.len(), hasher.finish())
}

thread_local! {
    /// The digits-and-capitals pairs of the document being extracted
    /// (keyed by its address and length), counted once on first use: a
    /// search of the whole text for each number was quadratic.
    static MODEL_PAIRS: std::cell::RefCell<Option<(DocumentKey, Arc<ModelPairs>)>> =
        const { std::cell::RefCell::new(None) };
}

/// How often each (whole number, word of capitals) pair is written.
pub type ModelPairs = std::collections::HashMap<(String, String), usize>;

/// A document's address, length and the hash of its ends.
type DocumentKey = (usize, usize, u64);

/// Forgets the pairs counted for the last document (called as each
/// extraction starts, so a new text at a freed one's address is counted
/// anew).
pub fn forget_document() {
    MODEL_PAIRS.with_borrow_mut(|index| *index = None);
}

/// Takes `pairs`, counted on a whole document, as the pairs of `text`, a
/// stretch of it read alone (a part of a large file read in pieces).
pub fn know_document(text: &str, pairs: Arc<ModelPairs>) {
    MODEL_PAIRS.with_borrow_mut(|index| *index = Some((document_key(text), pairs)));
}

/// Every whole number written before a space or a line break and a whole
/// word of two or more capitals (`737 MAX`), with how often: counted a
/// stretch of whole lines at a time, so that a large file read in pieces
/// gets the count of its whole text.
#[derive(Debug, Clone, Default)]
pub struct ModelPairCount {
    pairs: ModelPairs,
    /// A whole number that ended the last stretch before its line break:
    /// its word starts the next stretch.
    pending: Option<String>,
    /// Some text was fed.
    fed: bool,
    /// The model word (`MAX`) that starts the first stretch fed: it ends
    /// the pair of a number pending in the lines before, counted apart
    /// ([`ModelPairCount::merge`]).
    lead: Option<String>,
}

impl ModelPairCount {
    /// The pairs of all of `text`.
    fn of(text: &str) -> ModelPairs {
        let mut count = ModelPairCount::default();
        count.feed(text);
        count.pairs
    }

    /// Counts the pairs of `lines`, whole lines that follow those fed
    /// before (or the end of the text).
    pub fn feed(&mut self, lines: &str) {
        if !self.fed {
            self.fed = true;
            self.lead = model_word(lines).map(str::to_string);
        }
        if let Some(digits) = self.pending.take() {
            self.count(digits, lines);
        }
        let bytes = lines.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            if !bytes[pos].is_ascii_digit() {
                pos += 1;
                continue;
            }
            let start = pos;
            while pos < bytes.len() && bytes[pos].is_ascii_digit() {
                pos += 1;
            }
            let whole =
                !lines[..start].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',');
            if !whole || !matches!(bytes.get(pos), Some(b' ' | b'\n')) {
                continue;
            }
            let digits = lines[start..pos].to_string();
            if pos + 1 == bytes.len() {
                self.pending = Some(digits);
            } else {
                self.count(digits, &lines[pos + 1..]);
            }
        }
    }

    /// Counts `digits` with the word that starts `rest`, if it is one.
    fn count(&mut self, digits: String, rest: &str) {
        if let Some(word) = model_word(rest) {
            *self.pairs.entry((digits, word.to_string())).or_default() += 1;
        }
    }

    /// Adds the count of `next`, made apart on the lines that follow
    /// those counted here: the result is the count of all of them fed in
    /// order (a number that ended these lines pairs with the word that
    /// starts `next`'s).
    pub fn merge(&mut self, next: ModelPairCount) {
        if !next.fed {
            return;
        }
        if !self.fed {
            self.fed = true;
            self.lead.clone_from(&next.lead);
        }
        if let (Some(digits), Some(word)) = (self.pending.take(), &next.lead) {
            *self.pairs.entry((digits, word.clone())).or_default() += 1;
        }
        for (pair, n) in next.pairs {
            *self.pairs.entry(pair).or_default() += n;
        }
        self.pending = next.pending;
    }

    /// The pairs counted.
    pub fn finish(self) -> Arc<ModelPairs> {
        Arc::new(self.pairs)
    }
}

/// The word of two or more capitals (`MAX`) that starts `rest`, if one
/// does.
fn model_word(rest: &str) -> Option<&str> {
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    (word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())).then_some(word)
}

/// `H.R. 3935`, `S. 1234`, `P.L. 117-58`: a US bill or law number.
fn is_bill_number(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(is_space);
    let lone_s = head
        .strip_suffix("S.")
        .is_some_and(|h| h.is_empty() || h.ends_with(is_space));
    lone_s
        || [
            "H.R.", "P.L.", "Pub. L.", "Pub.L.", "H.Res.", "S.Res.", "H.J.Res.", "H.B.", "S.B.",
            "HB", "SB", "HJR", "SJR",
        ]
        .iter()
        .any(|b| head.ends_with(b))
}

/// Does `word` make a number after it a reference (`Article 370`)?
/// Lower-case `year`, `day`, `week`, `plan` before a number are usually
/// quantities of something else (`day 3` is rare in reports).
fn is_reference_word(text: &str, word: &token::Token) -> bool {
    // `will stage 253 events`: after a modal the word is a verb (not after
    // `to`: `refer to paragraphs 48 to 52`).
    let after_modal = token::prev(text, word.span.start).is_some_and(|t| {
        [
            "will", "would", "can", "could", "shall", "may", "might", "must",
        ]
        .iter()
        .any(|m| t.is(m))
    });
    if after_modal && word.text.starts_with(char::is_lowercase) {
        return false;
    }
    const WEAK: &[&str] = &[
        "year",
        "day",
        "week",
        "plan",
        "program",
        "programme",
        "budget",
        "report",
        "session",
        "top",
        "number",
        "point",
        "step",
        "goal",
    ];
    let lower = word.text.chars().next().is_some_and(char::is_lowercase);
    word.is_word()
        && REFERENCE_INDEX.contains(word.text)
        && !(lower && WEAK.iter().any(|w| word.is(w)))
}

/// Does a closing quote right at `end` close a quotation opened on the
/// same line a few words before (`'Fit for 55'`, `“Made in China 2025”`)?
fn quoted_name_ends(text: &str, end: usize) -> bool {
    let Some(close) = char_after(text, end) else {
        return false;
    };
    let open: &[char] = match close {
        '’' => &['‘'],
        '”' => &['“'],
        '\'' | '"' => &[close],
        _ => return false,
    };
    let window = &text[text.floor_char_boundary(end.saturating_sub(40))..end];
    let line = window.rsplit('\n').next().unwrap_or(window);
    // The opening quote starts a word: after a space or a bracket.
    line.char_indices().any(|(i, c)| {
        open.contains(&c)
            && line[..i]
                .chars()
                .next_back()
                .is_none_or(|b| b == ' ' || b == '(')
            && !line[i + c.len_utf8()..].contains(close)
    })
}

/// `routes 4, 19 and 92`, `Articles 14 and 21`: a number listed after
/// another that follows a reference word.
fn continues_reference_list(text: &str, start: usize) -> bool {
    let mut tokens = token::before(text, start, 12);
    let mut separated = false;
    loop {
        let Some(separator) = tokens.next() else {
            return false;
        };
        let is_separator = separator.is_symbol(',')
            || separator.is_symbol('&')
            || separator.is("and")
            || separator.is("or");
        if !is_separator {
            // The reference word before the first number of the list.
            // (A capitalized head inside a sentence names its numbers too:
            // `Liddell Units 1 and 2`.)
            // (Not a currency: `Rs 150, 250, 500` lists amounts.)
            let currency = matches!(
                super::units::currency_prefix_before(separator.text),
                Some((_, 0))
            );
            let capitalized_head = separator.is_word()
                && separator.text.len() > 1
                && separator.text.starts_with(char::is_uppercase)
                && !is_sentence_start(text, separator.span.start)
                && !is_month(separator.text)
                && !currency;
            return separated && (is_reference_word(text, &separator) || capitalized_head);
        }
        // `4, and 19`
        let Some(mut number) = tokens.next() else {
            return false;
        };
        if number.is("and") || number.is("or") {
            match tokens.next() {
                Some(t) => number = t,
                None => return false,
            }
        }
        if number.kind != TokenKind::Digits {
            return false;
        }
        separated = true;
    }
}

/// Is a whitespace-separated word a table cell: a number with an optional
/// sign, bracket, currency sign or percent (`-40.0`, `$2,378.6`, `15.0%`,
/// `(1.2)`, `..` for not available)?
fn is_cell_word(word: &str) -> bool {
    let core = word
        .trim_start_matches(['-', '+', '(', '$', '£', '€', '–', '−'])
        .trim_end_matches([')', '%', '*']);
    word == ".."
        || word == "-"
        || (!core.is_empty()
            && core.starts_with(|c: char| c.is_ascii_digit())
            && core
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
}

/// Is the number at `start..end` a cell of a flattened table: alone on
/// its line, or followed on its line by nothing but other cells (`Year-end
/// Reserve Above Requirement 20.1 9.6`)? Such a number is never part of a
/// name or a version (`Requirement 20.1`, `(FES 2023) -40.0`).
///
/// Linear over a document: it reads back only to the word before the
/// number and forward only while words are cells, at most
/// [`CELL_LOOKAHEAD`] of them (a line of prose stops at its first word; a
/// line of more cells than that is a table row whatever follows). Finding
/// the whole line for every number was quadratic on a long line (1 MB of
/// `rose 5% ` took 45 s).
pub fn is_table_cell(text: &str, start: usize, end: usize) -> bool {
    let is_gap = |c: char| c.is_whitespace() || c == '-';
    // The head: back over spaces and dashes to the line's start or a word.
    let before = &text[..start];
    let head_end = before
        .trim_end_matches(|c: char| c != '\n' && is_gap(c))
        .len();
    let head_empty = head_end == 0 || before[..head_end].ends_with('\n');
    if head_empty {
        let mut next = line_words(&text[end..]);
        return matches!((next.next(), next.next()), (None, _) | (Some("%"), None));
    }
    let mut next = line_words(&text[end..]);
    let Some(first) = next.next() else {
        // The last cell of a row: a cell before it (its last word, cut at
        // the line's start, dashes trimmed there as at the end).
        let head = &before[..head_end];
        let word_start = head.rfind(char::is_whitespace).map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &head[word_start..];
        let word = if word_start == 0 || head[..word_start].ends_with('\n') {
            word.trim_start_matches(is_gap)
        } else {
            word
        };
        return !word.is_empty() && is_cell_word(word);
    };
    if !is_cell_word(first) {
        return false;
    }
    let mut seen = 1;
    for word in next {
        if !is_cell_word(word) {
            return false;
        }
        seen += 1;
        if seen >= CELL_LOOKAHEAD {
            return true;
        }
    }
    true
}

/// Cells after a number that make its line a table row without reading
/// further (see [`is_table_cell`]).
const CELL_LOOKAHEAD: usize = 64;

/// The longest word [`line_words`] reads whole; a longer one is no cell.
const CELL_WORD_BYTES: usize = 64;

/// The words of `rest` up to its first line break, read lazily: each
/// step reads one word and the spaces before it, and a word longer than
/// [`CELL_WORD_BYTES`] comes back as `""` (no cell), last, without
/// being read to its end.
fn line_words(rest: &str) -> impl Iterator<Item = &str> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let tail = &rest[pos..];
        let word = tail.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        if word.is_empty() || word.starts_with('\n') {
            return None;
        }
        pos += tail.len() - word.len();
        let mut window = CELL_WORD_BYTES.min(word.len());
        while !word.is_char_boundary(window) {
            window -= 1;
        }
        match word[..window].find(char::is_whitespace) {
            Some(len) => {
                pos += len;
                Some(&word[..len])
            }
            None if window == word.len() => {
                pos += window;
                Some(word)
            }
            None => {
                // No cell, and no reason to read on: the iteration ends.
                pos = rest.len();
                Some("")
            }
        }
    })
}

/// A number opening a line before a capitalized word, that numbers the
/// line rather than counting: a table row number (`5 HB 25-1021 Tax
/// incentives 0.0 -1.0`: the line ends in cells) or a footnote at the foot
/// of a page (`1 Unless explicitly stated otherwise, ...` after a blank
/// line or a finished sentence; `4` alone on its line before the note).
fn line_number(text: &str, r: &Reading) -> bool {
    if r.first.plain_integer().is_none_or(|d| d > 3)
        || !matches!(r.measure, Measure::Count)
        || r.currency.is_some()
        || r.second.is_some()
    {
        return false;
    }
    // Only a number that opens its line (read back over spaces alone, not
    // to the line's start: linear on a long line).
    let head = text[..r.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    if !(head.is_empty() || head.ends_with('\n')) {
        return false;
    }
    let line_start = head.len();
    let line_end = text[r.end..].find('\n').map_or(text.len(), |i| r.end + i);
    let rest = &text[r.end..line_end];
    let spaces = rest.len() - rest.trim_start().len();
    // (`4 2025 Legislation Impacting ...`: a year may open the label.)
    let label = rest.trim_start();
    let label = match label.split_once(' ') {
        Some((year, after)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => after,
        _ => label,
    };
    let capitalized = label.starts_with(|c: char| c.is_uppercase());
    // The line before: blank, or a finished sentence.
    let before = text[..line_start].trim_end_matches(['\n', '\r', ' ', '\t']);
    let blank_before = text[before.len()..line_start].matches('\n').count() >= 2;
    // (`(high confidence) {2.1.2}`: a cross-reference closes a sentence.)
    let finished = blank_before || before.is_empty() || before.ends_with(['.', ':', ';', ')', '}']);
    if capitalized && (1..=3).contains(&spaces) {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let cells = words.iter().rev().take_while(|w| is_cell_word(w)).count();
        let row = cells >= 2 && cells < words.len();
        // (`17 Nobel laureates in economics say`: capitalized words before
        // a counted plural noun count it.)
        let counted = words
            .iter()
            .find(|w| !w.starts_with(|c: char| c.is_uppercase()))
            .is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase())
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("ly")
            });
        let footnote = finished && !counted && r.first.plain_integer().is_some_and(|d| d <= 2);
        return row || footnote;
    }
    // `4` alone, the note on the next line; also set between two lines
    // of a paragraph the note interrupts (`supported by the` / `24` / `At
    // least 1.8 GtCO2-eq yr–1 can be accounted for`), which no table
    // cell is.
    let interrupts = interrupted_prose(before);
    if rest.trim().is_empty()
        && (finished || interrupts)
        && r.first.plain_integer().is_some_and(|d| d <= 2)
    {
        let next = text[line_end..].trim_start_matches(['\n', '\r']);
        let next_line = next.split('\n').next().unwrap_or("");
        let words = if finished { 5 } else { 4 };
        return next_line.starts_with(|c: char| c.is_uppercase())
            && next_line.split_whitespace().count() >= words;
    }
    false
}

/// Is `before` (the text up to the end of the line before a number alone
/// on its line) a line of prose broken off mid-sentence: six words or
/// more, ending in a word (`... are generally supported by the`), not in
/// a number or a cell?
fn interrupted_prose(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    line.split_whitespace().count() >= 6
        && line.ends_with(|c: char| c.is_alphabetic() || c == ',')
        && !line.contains('\t')
}

/// Function words that may follow a name (`the 90% Guarantee Product and
/// the ...`), as opposed to a counted noun.
const STOP_AFTER_NAME: &[&str] = &[
    "and", "or", "of", "in", "for", "to", "with", "is", "was", "will", "has", "the", "a", "an",
    "that", "which",
];

/// Ordinal words that finish a number word into an ordinal (`the twenty
/// first century`).
const ORDINAL_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];

fn name(text: &str, r: &Reading) -> Option<NonClaim> {
    if matches!(r.first.written, Written::Words { .. })
        && matches!(r.measure, Measure::Count)
        && token::next(text, r.end).is_some_and(|t| ORDINAL_WORDS.iter().any(|w| t.is(w)))
    {
        return Some(NonClaim::Name);
    }
    if let Written::Words {
        capitalized: true, ..
    } = r.first.written
    {
        // `the Two Sessions` inside a sentence; `Five Guarantees` as a
        // heading.
        let title = token::next(text, r.end).is_some_and(|t| {
            t.is_word()
                && t.text.starts_with(char::is_uppercase)
                && matches!(r.measure, Measure::Count)
        });
        if !is_sentence_start(text, r.start) || title {
            return Some(NonClaim::Name);
        }
    }
    // `the 90% Guarantee Product`, `a Special 100% Loan Guarantee`: a number
    // followed by two capitalized words inside a sentence names something.
    let mut after = token::after(text, r.end, 2);
    let capitalized = |t: Option<token::Token>| {
        t.is_some_and(|t| t.is_word() && t.text.starts_with(char::is_uppercase) && t.text.len() > 1)
    };
    let money = r.currency.is_some() || matches!(r.measure, Measure::Money(_));
    // `Bank Rate maintained at 5.25%` as a headline line: a level after
    // `at`/`to`/`by` ends the line, and the capitalized words after the
    // line break open the next one, they name nothing (`Over 3 years` in
    // a table's header stays a label).
    let ends_line =
        token::next(text, r.end).is_some_and(|t| text[r.end..t.span.start].contains('\n'));
    let level = token::prev(text, r.start).is_some_and(|t| t.is("at") || t.is("to") || t.is("by"));
    let ends_line = ends_line && level;
    if !money
        && !ends_line
        && !is_table_cell(text, r.start, r.end)
        && capitalized(after.next())
        && capitalized(after.next())
        && !is_sentence_start(text, r.start)
    {
        let next_starts_sentence =
            token::next(text, r.end).is_some_and(|t| is_sentence_start(text, t.span.start));
        // `some 30 000 Light Public Housing units`: the capitalized words
        // qualify a counted noun after them, so the number counts it.
        let counted_noun = token::after(text, r.end, 9)
            .find(|t| !(t.is_word() && t.text.starts_with(char::is_uppercase)))
            .is_some_and(|t| {
                t.is_word()
                    && t.text.chars().all(char::is_lowercase)
                    && !STOP_AFTER_NAME.iter().any(|w| t.is(w))
            });
        if !next_starts_sentence
            && !counted_noun
            && !counts_named_things(text, r)
            && !sizes_a_name(r)
        {
            return Some(NonClaim::Name);
        }
    }
    // `the two nations`, `these three areas`: a small number in words after
    // a determiner points back to things already named.
    if let Written::Words { words: 1, .. } = r.first.written {
        let determiner = token::prev(text, r.start).is_some_and(|t| {
            ["the", "these", "those", "our", "both"]
                .iter()
                .any(|w| t.is(w))
        });
        if determiner
            && matches!(r.measure, Measure::Count)
            && r.first.value <= rust_decimal::Decimal::TEN
        {
            return Some(NonClaim::Name);
        }
    }
    None
}

/// `the 10-year US Treasury yield`, `2-year gilts`: the maturity that
/// names a kind of bond, not a span of time.
fn maturity(text: &str, r: &Reading) -> Option<NonClaim> {
    let Measure::Unit(unit) = r.measure else {
        return None;
    };
    if unit.kind == Kind::Duration && names_a_rate(text, r) {
        return Some(NonClaim::Identifier);
    }
    if unit.kind != Kind::Duration || !text[r.first.span.end..].starts_with('-') {
        return None;
    }
    const BONDS: &[&str] = &[
        "bond",
        "bonds",
        "treasury",
        "treasuries",
        "gilt",
        "gilts",
        "note",
        "notes",
        "yield",
        "yields",
        "bund",
        "bunds",
    ];
    const ISSUERS: &[&str] = &[
        "us",
        "u",
        ".",
        "s",
        "government",
        "benchmark",
        "sovereign",
        "treasury",
    ];
    // (`3-year Australian Government bonds`, `ten-year Italian sovereign
    // bonds`: a capitalized issuer too.)
    let issuer = |t: &token::Token| {
        ISSUERS.iter().any(|w| t.is(w)) || t.text.starts_with(char::is_uppercase)
    };
    token::after(text, r.end, 5)
        .find(|t| !issuer(t) || BONDS.iter().any(|w| t.is(w)))
        .filter(|t| BONDS.iter().any(|w| t.is(w)))
        .map(|_| NonClaim::Identifier)
}

/// Nouns of a rate or measure that a duration before them names the
/// horizon or window of.
const RATE_NOUNS: &[&str] = &[
    "rate",
    "rates",
    "growth",
    "average",
    "averages",
    "ahead",
    "moving",
    "repo",
    "swap",
    "swaps",
    "expectation",
    "expectations",
    "variation",
    "variations",
    "volatility",
    "volatilities",
    "yield",
    "yields",
    "inflation",
    "cds",
    "premium",
    "premia",
    "horizon",
    "change",
    "changes",
    // `3-month measures of core inflation`, `accumulated 12-month flows`,
    // `one-month and three-month repo operations`, `ten-year overnight
    // index swap`, `the ten-year term premia`.
    "measure",
    "measures",
    "flow",
    "flows",
    "operation",
    "operations",
    "overnight",
    "term",
];

/// `ten-year interest rates`, `the one-week repo auction rate`, `average
/// 4 week growth rates`, `12-month-ahead inflation expectation`: a
/// duration written as an adjective (singular unit word, or hyphenated)
/// before a rate names the rate, it is no span of time.
fn names_a_rate(text: &str, r: &Reading) -> bool {
    let unit_text = &text[r.first.span.end..r.end];
    let hyphenated = unit_text.starts_with(['-', '\u{2011}']);
    let singular = !unit_text.trim().is_empty() && !unit_text.trim_end().ends_with('s');
    if !(hyphenated || (singular && r.first.value != rust_decimal::Decimal::ONE)) {
        return false;
    }
    token::after(text, r.end, 3)
        .filter(|t| t.is_word())
        .take(2)
        .any(|t| RATE_NOUNS.iter().any(|w| t.is(w)))
}

/// `116 State Universities and Colleges`, `27 Member States`: a whole
/// number before a capitalized plural counts things of a named kind.
fn counts_named_things(text: &str, r: &Reading) -> bool {
    let plural = token::after(text, r.end, 6)
        .take_while(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
        .last()
        .is_some_and(|t| {
            t.text.ends_with('s') && !["ss", "us", "is"].iter().any(|e| t.text.ends_with(e))
        });
    let whole = r.first.value > rust_decimal::Decimal::ONE && r.first.value.fract().is_zero();
    plural && whole && matches!(r.measure, Measure::Count)
}

/// `the 33.1-kilometer Metro Manila Subway`, `the 360 km Western
/// Renewables Link`: a physical size measures the named thing (a `10-Year
/// Plan` or a `90% Guarantee` stays a name).
fn sizes_a_name(r: &Reading) -> bool {
    let Measure::Unit(unit) = r.measure else {
        return false;
    };
    matches!(
        unit.kind,
        Kind::Length | Kind::Area | Kind::Volume | Kind::Mass | Kind::Power | Kind::Energy
    )
}

fn speed(text: &str, r: &Reading) -> Option<NonClaim> {
    let Measure::Unit(unit) = r.measure else {
        return None;
    };
    if unit.kind != Kind::Length {
        return None;
    }
    const CLOCK: &[&str] = &[
        "hour",
        "hours",
        "h",
        "hr",
        "minute",
        "minutes",
        "min",
        "second",
        "seconds",
        "s",
        "sec",
        "millisecond",
        "milliseconds",
        "ms",
    ];
    let mut after = token::after(text, r.end, 2);
    let per = after.next().is_some_and(|t| {
        t.is("per") || t.is("an") || t.is("a") || (t.is_symbol('/') && t.span.start == r.end)
    });
    let clock = after.next().is_some_and(|t| CLOCK.iter().any(|w| t.is(w)));
    (per && clock).then_some(NonClaim::Speed)
}

/// `deployment one day in the future`: `one day` as an adverb (someday)
/// unless a preposition or bound makes it a length (`within one day`).
fn one_day(text: &str, r: &Reading) -> Option<NonClaim> {
    let Measure::Unit(unit) = r.measure else {
        return None;
    };
    let lone_one = matches!(r.first.written, Written::Words { lone_one: true, .. });
    let day = unit.symbol == "day"
        && text[r.first.span.end..r.end]
            .trim()
            .eq_ignore_ascii_case("day");
    if !(lone_one && day) {
        return None;
    }
    let measured = token::prev(text, r.start).is_some_and(|t| {
        [
            "for", "in", "within", "over", "after", "per", "every", "each", "a", "than", "only",
            "just", "least", "most", "to", "by", "of", "first", "last", "single", "the", "about",
            "nearly", "under",
        ]
        .iter()
        .any(|w| t.is(w))
    });
    (!measured).then_some(NonClaim::Name)
}

/// `one in ten Americans`, `1 in 5`: the denominator of a ratio (a gray
/// zone, left out).
fn ratio(text: &str, r: &Reading) -> Option<NonClaim> {
    // `32 deaths per 1,000 live births`, `$76 per 1,000 kilometres`,
    // `energy use per 10,000 yuan of GDP`: the base of a rate (a price
    // `per $100` is money of its own, unless `of` follows).
    let per = token::prev(text, r.start).is_some_and(|t| t.is("per"));
    let measure = matches!(r.measure, Measure::Count | Measure::Unit(_));
    let base_of = token::next(text, r.end).is_some_and(|t| t.is("of"));
    if per && ((measure && r.currency.is_none()) || base_of) {
        return Some(NonClaim::Ratio);
    }
    let mut before = token::before(text, r.start, 2);
    let is_in = before.next().is_some_and(|t| t.is("in"));
    let one = before.next().is_some_and(|t| t.is("one") || t.text == "1");
    // `About two thirds of developed economies`, `about four fifths of
    // the total carbon budget`: a fraction in words without its hyphen,
    // as `two-thirds` (no unit: no claim).
    let fraction = matches!(r.first.written, Written::Words { .. })
        && token::next(text, r.end).is_some_and(|t| {
            // (Not `quarters`: `the first three quarters of 2023` are
            // periods.)
            [
                "thirds", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths",
            ]
            .iter()
            .any(|w| t.is(w))
        });
    ((is_in && one) || fraction || framing_quarters(text, r))
        .then_some(NonClaim::Ratio)
        .filter(|_| matches!(r.measure, Measure::Count))
}

/// `in the first three quarters of this year`, `the last six quarters`:
/// quarters counted from a point of the year frame the period of the
/// claims around them; a count of them would be no quantity (`for four
/// quarters of 2021-22` still counts the quarters a concession runs).
fn framing_quarters(text: &str, r: &Reading) -> bool {
    let quarters = token::next(text, r.end).is_some_and(|t| t.is("quarters"));
    let from = token::prev(text, r.start).is_some_and(|t| {
        [
            "first",
            "last",
            "past",
            "next",
            "previous",
            "preceding",
            "remaining",
            "following",
        ]
        .iter()
        .any(|w| t.is(w))
    });
    quarters && from
}

fn lone_one(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.second.is_some() {
        return None;
    }
    // `own no more than one property`: a bound makes `one` a count.
    let bounded = || {
        let span = super::span::Span::new(r.start, r.end);
        use super::model::Qualifier::{AtLeast, AtMost};
        matches!(super::context::qualifier(text, span), AtLeast | AtMost)
    };
    match r.first.written {
        Written::Words { lone_one: true, .. } if !bounded() => Some(NonClaim::LoneOne),
        _ if r.first.value.is_zero() => Some(NonClaim::LoneOne),
        _ => None,
    }
}

/// Where the unit of a value written with its uncertainty interval
/// stands: past `[0.15 to 0.25]` after the value (`0.20 [0.15 to 0.25]
/// m`, `1.09 [0.95 to 1.20]°C`), or past the `]` that closes the interval
/// itself (`[0.15 to 0.25] m`). `None` when no interval follows.
pub fn past_interval(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let spaced = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some(inside) = spaced.strip_prefix('[') {
        let close = inside.find(']').filter(|&c| c <= 40)?;
        let interval = &inside[..close];
        let numeric = interval.chars().any(|c| c.is_ascii_digit())
            && interval.chars().all(|c| {
                c.is_ascii_digit()
                    || matches!(c, ' ' | '.' | ',' | '–' | '-' | '−' | '+' | 't' | 'o')
            });
        return numeric.then(|| text.len() - inside.len() + close + 1);
    }
    // (The interval itself: its `[` right before its low end.)
    let opened = text[..start].trim_end_matches(' ').ends_with('[');
    (opened && rest.starts_with(']')).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_lists_every_rule_in_declaration_order() {
        for (i, (rule, _)) in RULES.iter().enumerate() {
            assert_eq!(*rule as usize, i, "{rule:?}");
        }
        assert_eq!(NonClaim::TableNote.doc().id, "table-note");
    }

    #[test]
    fn rule_ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = RULES.iter().map(|(_, d)| d.id).collect();
        assert!(
            ids.iter()
                .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn fast_path_names_its_rule() {
        assert_eq!(
            plainly_not_a_claim("12. Next", 0),
            Some((2, NonClaim::Numbering))
        );
        assert_eq!(
            plainly_not_a_claim("the 14th plan", 4),
            Some((6, NonClaim::Identifier))
        );
        assert_eq!(plainly_not_a_claim("12 people", 0), None);
    }

    fn texts(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| c.span.text(text).to_string())
            .collect()
    }

    #[test]
    fn temperatures_and_file_sizes_are_no_claims() {
        assert_eq!(
            texts(
                "The air was 0.9°C lower, 1 degree Celsius, see the data (130.5 Kb Excel sheet); 96,016 TB cases."
            ),
            ["96,016"]
        );
    }

    #[test]
    fn footnotes_glued_after_quotes_brackets_and_punctuation() {
        assert_eq!(
            texts(
                "the ‘household’4 sector used 37.2%, on a residency basis)1, the period;5 and Climate Change,2 based on 22%10 from land (see Table 1, B.6)27."
            ),
            ["37.2%", "22%"]
        );
    }

    #[test]
    fn cross_references_in_braces() {
        assert_eq!(
            texts("Emissions rose by 12% (high confidence). {2.1, Figure 2.1, 4.4}"),
            ["12%"]
        );
    }

    #[test]
    fn quarters_counted_from_a_point_of_the_year_frame_a_period() {
        assert_eq!(
            texts("GDP grew 9.9% in the first three quarters; it fell in the last 2 quarters."),
            ["9.9%"]
        );
        assert_eq!(
            texts("a rates concession for four quarters of 2021-22"),
            ["four"]
        );
    }

    #[test]
    fn a_number_ending_a_headline_line_is_no_name() {
        assert_eq!(
            texts(
                "Bank Rate maintained at 5.25%\nThe Monetary Policy Committee voted.\nthe 90% Guarantee Product"
            ),
            ["5.25%"]
        );
    }

    #[test]
    fn a_preposition_glued_to_a_percentage_lost_its_space() {
        assert_eq!(
            texts(
                "spending will amount to Ksh2.53 trillion equivalent to15.6 per cent of GDP; auto15 and ISO14001"
            ),
            ["Ksh2.53 trillion", "15.6 per cent"]
        );
    }

    #[test]
    fn paragraph_numbers_run_into_the_address_of_a_speech() {
        assert_eq!(
            texts(
                "Economy We Inherited Mr. Speaker, 4. Let us recall the 3 facts. Sir, 12 schools opened."
            ),
            ["3", "12"]
        );
    }

    #[test]
    fn ordinal_after_a_number_word() {
        assert!(texts("before we enter the twenty first century.").is_empty());
    }

    #[test]
    fn amounts_after_a_reference_word_end_a_row_label() {
        // Colorado appropriations report 2025 (corpus 13), Tables 3A, 4
        // and the Agriculture pages; the numbers themselves stay names.
        assert_eq!(
            texts(
                "4 HB 24-1347 FY 2024-25 Legislative Appropriation Bill 71,834,409 0
Higher Education Various Line Items 1,188.6 1,232.9
SB 25-088 Supplemental bill -208,651 -1,267,895
"
            ),
            ["71,834,409", "1,188.6", "1,232.9", "-208,651", "-1,267,895"]
        );
        assert!(texts("See Table 3.337 and Bill 7 of Schedule 12.").is_empty());
    }

    #[test]
    fn state_bill_numbers_and_diagrams() {
        assert!(
            texts("H.B. 24-1231 and SB 25-026 were passed; see Diagram 1 for detail").is_empty()
        );
    }

    #[test]
    fn tariff_headings_and_codes_are_references() {
        // 01-india-budget-speech-2025-en.pdf, pages 36 and 40.
        assert!(
            texts("the structure classified under tariff\nsub heading 2933 59\nand articles thereof under heading\n6802 except 6802 99 00 and headings 6401 to 6405")
                .is_empty()
        );
        // Not a heading: a year and two counts.
        assert_eq!(texts("In 2024 10 firms hired 25 people."), ["10", "25"]);
    }

    #[test]
    fn addresses_are_no_quantities() {
        // 04-usa-federal-register-faa-proposed-rule-2020-en.pdf, page 1.
        assert!(
            texts("Seattle ACO Branch, FAA, 2200 South 216th St., Des Moines,\nWA 98198; phone")
                .is_empty()
        );
        assert_eq!(
            texts("It bought 40 Boeing airplanes and 3 Main units."),
            ["40", "3"]
        );
    }

    #[test]
    fn table_cells_are_not_names_or_versions() {
        assert_eq!(
            texts(
                "Year-end Reserve Above Requirement 20.1 9.6\nbillions of dollars\nEconomic Statement (FES 2023) \t-40.0 \t-38.4\nFY 2022 Actual\n4.896\n\nPolicy\n1.726\n      Baseline\n"
            ),
            ["20.1", "9.6", "-40.0", "-38.4", "4.896", "1.726"]
        );
    }

    #[test]
    fn row_numbers_and_page_foot_notes_open_lines() {
        let text = "Line Item FY 2024-25 FY 2025-26\n3 Transfers from Other Funds (March Forecast) 158.0 56.1\n4 2025 Legislation Impacting Available General Fund 338.5 83.7\n\n11  As footnote 7 above.\n\n1 Unless explicitly stated otherwise, this update considers changes.\n";
        assert_eq!(texts(text), ["158.0", "56.1", "338.5", "83.7"]);
    }

    #[test]
    fn a_line_opening_count_before_a_counted_noun_stays() {
        assert_eq!(
            texts("It will ease inflation.\n17 Nobel laureates in economics say so.\n"),
            ["17"]
        );
    }

    #[test]
    fn durations_naming_a_rate() {
        assert_eq!(
            texts(
                "ten-year interest rates fell; the average 4 week growth rates were 2.37%; the 50-year interest-free loan"
            ),
            ["2.37%", "50-year"]
        );
    }

    #[test]
    fn first_day_of_a_date_pair() {
        assert!(texts("18 and 19 January 2023 (Wednesday and Thursday); Sydney – 5 and 6 August 2024; 25-26 October").is_empty());
    }

    #[test]
    fn legal_citations_models_url_escapes_and_margins_are_no_claims() {
        let kept = |text: &str| -> Vec<String> {
            crate::extract::extract(text)
                .claims
                .iter()
                .map(|c| c.span.text(text).to_string())
                .collect()
        };
        assert!(
            kept("You may send comments using the procedures found in 14 CFR 11.43 and 11.45.")
                .is_empty()
        );
        assert!(kept("(See 14 CFR 91.213, 121.628, 125.201,\nand 129.14.) Under the Act (5 U.S.C. 552), see 83 FR 62697.").is_empty());
        assert!(
            kept("As amended by Section 1(e) of Pub. L. 105-139, the numbers apply.").is_empty()
        );
        assert!(
            kept("See the report (http://knkt.dephub.go.id/baru/2018%20-\n%20035%20Final.pdf).")
                .is_empty()
        );
        assert_eq!(
            kept(
                "The 737 MAX has two AOA sensors. On the 737 MAX, the alert shows. All 737 MAX airplanes were grounded."
            ),
            ["two"]
        );
        assert_eq!(
            kept("It affects 300 ICU beds in 12 hospitals."),
            ["300", "12"]
        );
        assert_eq!(
            kept("The pitot tubes disagree by more than 5 knots for more than 5 seconds."),
            ["5 seconds"]
        );
        assert_eq!(kept("Emissions were 59 ± 6.6 GtCO2-eq in 2019."), ["59"]);
        assert_eq!(
            kept("The target is 7 percent (±2 percentage points) on average."),
            ["7 percent", "2 percentage points"]
        );
    }
}
