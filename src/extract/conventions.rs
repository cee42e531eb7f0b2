//! Document-level number conventions, decided from the document's own
//! evidence before any number is read: the decimal mark (`4.3 per cent`
//! or `4,3 per cent`), where a document switches from one to the other,
//! and whether a space groups thousands (`1 720`, `100 000 households`) or
//! separates the cells of a flattened table row (`7,899,674,509 82 100`).
//!
//! Evidence is what can be read only one way: `4,82` and `1.234,5` can
//! only have a decimal comma (a thousands group has three digits),
//! `97.3`, `1,234.5` and `1,234,567` only a decimal point. A number that
//! could be either (`4,300`, `4.896`) is read in the convention of its
//! paragraph (the side with more evidence there), else of the last
//! paragraph that had evidence, else of the document. A decimal comma
//! needs at least [`MIN_COMMA_EVIDENCE`] numbers in the document, so a
//! stray `5,6` list in an English report stays two numbers.
//!
//! The decision is applied by [`Conventions::normalize`], which rewrites
//! the text into the point-decimal form the readers know without changing
//! any byte offset (`,` and `.` swap inside a decimal-comma number; a
//! space that separates table cells becomes a tab), so claim spans index
//! the original text unchanged.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::lang::zh::tables::is_han;
use super::model::Claim;
use super::units::{self, Kind};

/// Fewest unambiguous decimal-comma numbers that make a document read
/// decimal commas at all.
pub const MIN_COMMA_EVIDENCE: usize = 2;

/// Which mark separates the decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecimalMark {
    #[default]
    Point,
    Comma,
}

impl DecimalMark {
    pub fn as_str(self) -> &'static str {
        match self {
            DecimalMark::Point => "decimal point",
            DecimalMark::Comma => "decimal comma",
        }
    }
}

/// A stretch of the document read with one decimal mark, from `start`
/// to the next region's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start: usize,
    pub mark: DecimalMark,
}

/// The conventions decided for one document, with the evidence counted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Conventions {
    /// The document's decimal mark (more evidence wins; a tie is a point).
    pub decimal_mark: DecimalMark,
    /// Numbers that can only have a decimal point (`97.3`, `1,234.5`,
    /// `1,234,567`).
    pub point_evidence: usize,
    /// Numbers that can only have a decimal comma (`4,82`, `1.234,5`,
    /// `1.234.567`).
    pub comma_evidence: usize,
    /// Where the decimal mark changes (the first region starts at 0).
    pub regions: Vec<Region>,
    /// A space groups thousands in the rows and labelled lines of this
    /// document (a lone `1 720` on its line or `100 000 households` in
    /// prose always does).
    pub space_groups_thousands: bool,
    /// Space-grouped numbers standing alone on their line or in prose.
    pub space_group_evidence: usize,
    /// Digit groups after a space next to other number cells (`...
    /// 743,934,584 82 100`).
    pub space_cell_evidence: usize,
    /// Unit abbreviations the document defines for itself: `2,406 million
    /// tonnes (mt)` makes a later `811 mt` 811 million tonnes.
    pub defined_units: Vec<DefinedUnit>,
}

/// A unit abbreviation defined in the document: `million tonnes (mt)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinedUnit {
    pub abbreviation: String,
    /// Canonical symbol of the unit (`t`).
    pub symbol: &'static str,
    /// The scale word's multiplier (1 without one).
    pub scale: u64,
}

/// `million tonnes (mt)`: an optional scale word, a unit written in words,
/// and a short abbreviation in brackets, ending the searched window.
/// The scale word is one of the short-scale names of `units` (`thousand`
/// to `trillion`, the powers of a thousand): `hundred`, `lakh` and `crore`
/// define no unit in the reports read, and each alternative costs the
/// lazy DFA on every window.
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    let scales: Vec<&str> = units::SCALE_NAMES
        .iter()
        .filter(|&&(_, m)| m >= 1_000 && m.ilog10() % 3 == 0)
        .map(|&(w, _)| w)
        .collect();
    let pattern = format!(
        r"(?i)(?-u:\b)(?:({})\s+)?([a-z][a-z ]{{2,40}}?)\s*\(([A-Za-z]{{1,6}})\)$",
        scales.join("|")
    );
    Regex::new(&pattern).unwrap_or_else(|_| unreachable!("the definition pattern is a valid regex"))
});

/// How far before a bracketed abbreviation its definition may start: a
/// scale word, a phrase of up to 41 letters and the spaces between.
const DEFINITION_REACH: usize = 96;

/// The windows that may hold a definition: each ends with a bracketed
/// abbreviation of one to six ASCII letters (`(mt)`) that opens at or
/// after `from`, and starts up to [`DEFINITION_REACH`] bytes before it,
/// not inside a word; only those a unit word ends in before the bracket
/// ([`may_define_unit`]). Found with memchr, so the regex only ever reads
/// these few bytes.
fn definition_windows(text: &str, from: usize) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'(', &bytes[from..]).filter_map(move |open| {
        let open = from + open;
        let letters = bytes[open + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let close = open + 1 + letters;
        if !(1..=6).contains(&letters) || bytes.get(close) != Some(&b')') {
            return None;
        }
        let start = window_start(text, open);
        may_define_unit(text, start, open).then(|| &text[start..=close])
    })
}

/// Where the window of a bracket at `open` starts: [`DEFINITION_REACH`]
/// bytes before it, moved back out of a word.
fn window_start(text: &str, open: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = open.saturating_sub(DEFINITION_REACH);
    while start > 0 && (!text.is_char_boundary(start) || bytes[start - 1].is_ascii_alphabetic()) {
        start -= 1;
    }
    start
}

/// Longest phrase of a definition, in characters (`[a-z][a-z ]{2,40}?`).
const PHRASE_CHARS: usize = 41;

/// Whether the window `text[start..open]` before a bracket may hold the
/// phrase of a definition that [`definition`] keeps: a unit the lexicon
/// knows must end where the phrase ends (at the last character before
/// the bracket that is not white space) and start at a word start inside
/// the phrase, which is made of letters and spaces only and is at most
/// [`PHRASE_CHARS`] characters long. This asks the phrase's own test of
/// every place the phrase may start, so the regex runs only where it may
/// find a definition (almost never).
fn may_define_unit(text: &str, start: usize, open: usize) -> bool {
    let bytes = text.as_bytes();
    let end = text[..open].trim_end().len().max(start);
    // Any character outside ASCII may be a letter to the regex's
    // case-insensitive `[a-z]` (`ſ`, the Kelvin sign).
    let phrase_char = |c: char| !c.is_ascii() || c.is_ascii_alphabetic() || c == ' ';
    text[start..end]
        .char_indices()
        .rev()
        .take(PHRASE_CHARS)
        .take_while(|&(_, c)| phrase_char(c))
        .any(|(at, _)| {
            let at = start + at;
            // Where the regex's ASCII `\b` or a space before may start
            // the phrase.
            let word_start = at == start || !is_word_byte(bytes[at - 1]) || !bytes[at].is_ascii();
            word_start && units::unit_at(&text[at..end]).is_some_and(|(_, len)| len == end - at)
        })
}

/// A byte of a word to the regex's ASCII `\b`.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Adds to `found` the units defined by the bracketed abbreviations of
/// `text` that open at or after `from` (the text before is read as the
/// words before them), each abbreviation once, first definition kept.
fn add_defined_units(text: &str, from: usize, found: &mut Vec<DefinedUnit>) {
    for defined in definition_windows(text, from).filter_map(definition) {
        if !found.iter().any(|d| d.abbreviation == defined.abbreviation) {
            found.push(defined);
        }
    }
}

/// The unit that `window`, a phrase and a bracketed abbreviation at its
/// end, defines (`2,406 million tonnes (mt)`), if it defines one.
fn definition(window: &str) -> Option<DefinedUnit> {
    let caps = DEFINITION.captures(window)?;
    let (phrase, abbreviation) = (caps.get(2)?, caps.get(3)?.as_str());
    // A unit the lexicon already knows needs no definition.
    if units::unit_at(abbreviation).is_some_and(|(_, len)| len == abbreviation.len())
        || units::scaled_unit_at(abbreviation).is_some()
    {
        return None;
    }
    // The phrase must end in a whole unit (`tonnes`, `cubic metres`).
    let phrase = phrase.as_str().trim();
    let (unit, _) = (0..phrase.len())
        .filter(|&i| phrase.is_char_boundary(i) && (i == 0 || phrase.as_bytes()[i - 1] == b' '))
        .find_map(|i| units::unit_at(&phrase[i..]).filter(|&(_, len)| i + len == phrase.len()))?;
    if matches!(unit.kind, Kind::Duration | Kind::Multiple | Kind::Percent) {
        return None;
    }
    let scale = caps.get(1).map_or(1, |w| {
        units::scale_at(w.as_str(), false).map_or(1, |(scale, _)| scale)
    });
    Some(DefinedUnit {
        abbreviation: abbreviation.to_string(),
        symbol: unit.symbol,
        scale,
    })
}

/// A run of digits with `.` and `,` between digits.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
}

/// What one number says about the decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Says {
    Point,
    Comma,
    /// `4,300`, `4.896`: either, by the convention around it.
    Either,
    Nothing,
}

fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(start) = next_digit(bytes, i) {
        // Not after a letter (`PM2.5`) or inside a longer run; but after
        // a capital-letter currency sign (`K167.3 billion`) the number is
        // an amount.
        let glued = start > 0 && is_glued_to(bytes[start - 1]) && !after_letter_sign(text, start);
        i = start;
        while i < bytes.len() {
            let separator =
                matches!(bytes[i], b'.' | b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if bytes[i].is_ascii_digit() || separator {
                i += 1;
            } else {
                break;
            }
        }
        if !glued {
            found.push(Token { start, end: i });
        }
    }
    found
}

/// `K5,98 trillion`, `$2,5 billion`, `K1. 5 billion`: an amount after a
/// currency sign, with one to three digits, a comma (or a point and a
/// space, as PDF copies break it) and one or two digits, before a scale
/// word. A thousands group has three digits and a list item no scale
/// word, so the comma can only be a decimal comma, whatever the document's
/// mark; the point broken by a space is a decimal point where the document
/// writes decimal points. The spans of the numbers (sign left out).
fn amount_decimals(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| {
        at + bytes.get(at..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(start) = next_digit(bytes, i) {
        let end = digits_from(start);
        i = end;
        let fresh = start == 0 || !matches!(bytes[start - 1], b'0'..=b'9' | b',' | b'.');
        let separator = match bytes.get(end..) {
            Some([b',', ..]) => 1,
            Some([b'.', b' ', ..]) => 2,
            _ => continue,
        };
        let decimals_end = digits_from(end + separator);
        let decimals = decimals_end - end - separator;
        if !fresh || end - start > 3 || !(1..=2).contains(&decimals) {
            continue;
        }
        let rest = &text[decimals_end..];
        let rest = rest
            .strip_prefix(' ')
            .or_else(|| rest.strip_prefix('\u{a0}'))
            .unwrap_or(rest);
        let scaled = units::scale_at(rest, true).is_some();
        let signed = || {
            units::currency_prefix_before(&text[..start]).is_some()
                || after_letter_sign(text, start)
        };
        if scaled && signed() {
            found.push(Token {
                start,
                end: decimals_end,
            });
        }
        i = decimals_end;
    }
    found
}

/// Do the digits at `start` follow a capital-letter currency sign (`K`,
/// `MK`, `N`: [`units::LETTER_SIGNS`]) standing apart from a word before?
fn after_letter_sign(text: &str, start: usize) -> bool {
    let head = &text.as_bytes()[..start];
    let letters = head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let sign_start = start - letters;
    let apart = head[..sign_start]
        .last()
        .is_none_or(|b| !b.is_ascii_alphanumeric());
    (1..=2).contains(&letters) && apart && units::letter_sign_at(&text[sign_start..start]).is_some()
}

/// A byte before a digit that makes it part of something else: a letter
/// or digit (`PM2.5`), or a `.` or `,` (`.5`).
fn is_glued_to(before: u8) -> bool {
    before.is_ascii_alphanumeric() || matches!(before, b'.' | b',')
}

/// Bytes [`next_digit`] passes over at a time.
const BLOCK: usize = 32;

/// The offset of the first ASCII digit at or after `from`. Prose holds
/// few digits: it is passed over [`BLOCK`] bytes at a time, each block
/// with one test (vector instructions), and only a block that holds a
/// digit is read byte by byte.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let skipped = rest
        .chunks_exact(BLOCK)
        .take_while(|block| !block.iter().fold(false, |any, b| any | b.is_ascii_digit()))
        .count()
        * BLOCK;
    rest[skipped..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|at| from + skipped + at)
}

fn says(written: &str) -> Says {
    let commas = written.bytes().filter(|&b| b == b',').count();
    let points = written.bytes().filter(|&b| b == b'.').count();
    if commas + points == 0 {
        // Most numbers (`2023`, `15`) have neither.
        return Says::Nothing;
    }
    let groups: Vec<&str> = written.split([',', '.']).collect();
    let tail_len = groups.last().map_or(0, |g| g.len());
    let inner_threes = groups.len() > 2 && groups[1..groups.len() - 1].iter().all(|g| g.len() == 3);
    match (commas, points) {
        (0, 0) => Says::Nothing,
        (0, 1) if tail_len == 3 => Says::Either,
        (0, 1) => Says::Point,
        (1, 0) if tail_len == 3 => Says::Either,
        (1, 0) if tail_len <= 2 => Says::Comma,
        // `1,234,567` (also Indian `11,11,111`); `1.234.567`.
        (_, 0) if tail_len == 3 && groups[1..].iter().all(|g| g.len() <= 3) => Says::Point,
        (0, _) if tail_len == 3 && inner_threes => Says::Comma,
        (_, _) if commas > 0 && points > 0 => {
            let last_comma = written.rfind(',').unwrap_or(0);
            let last_point = written.rfind('.').unwrap_or(0);
            if last_point > last_comma && points == 1 {
                Says::Point
            } else if last_comma > last_point && commas == 1 {
                Says::Comma
            } else {
                Says::Nothing
            }
        }
        _ => Says::Nothing,
    }
}

/// A digit group after a space that may group thousands: the byte offset
/// of the space, and whether the line shows it to be a group (Some(true)),
/// a cell separator (Some(false)) or neither (None). Only the numbers are
/// visited ([`next_digit`]), and the line around one that has such a
/// group is found from it.
fn space_joints(text: &str) -> Vec<(usize, Option<bool>)> {
    let bytes = text.as_bytes();
    let mut joints = Vec::new();
    // The line of the last group: its start, the end of its text (white
    // space cut) and the start of the next line.
    let mut line = (0, 0, 0);
    let mut i = 0;
    while let Some(start) = next_digit(bytes, i) {
        let lead_end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        i = lead_end;
        let Some(end) = space_grouped_end(bytes, start, lead_end) else {
            continue;
        };
        if start >= line.2 {
            line = line_around(text, start);
        }
        let verdict = joint_verdict(&text[line.0..start], &text[end..line.1], end - start);
        joints.extend(
            (lead_end..end)
                .filter(|&at| bytes[at] == b' ')
                .map(|at| (at, verdict)),
        );
        i = end;
    }
    joints
}

/// A space and exactly three digits at `at` (`1 720`).
fn is_space_group(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b' ')
        && bytes
            .get(at + 1..at + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
}

/// `1 720`, `100 000 000`: the end of the last space group after the
/// digits `start..lead_end`, when there are one to three of them, not
/// glued to what is before them, and a space group follows.
fn space_grouped_end(bytes: &[u8], start: usize, lead_end: usize) -> Option<usize> {
    let glued = start > 0 && is_glued_to(bytes[start - 1]);
    if lead_end - start > 3 || glued || !is_space_group(bytes, lead_end) {
        return None;
    }
    let mut end = lead_end + 4;
    while is_space_group(bytes, end) {
        end += 4;
    }
    Some(end)
}

/// The line of `text` that holds `at`: its start, the end of its text
/// (trailing white space cut) and the start of the next line.
fn line_around(text: &str, at: usize) -> (usize, usize, usize) {
    let bytes = text.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
    let next = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |p| at + p + 1);
    (start, start + text[start..next].trim_end().len(), next)
}

/// What the line says of a space-grouped number `width` bytes long, with
/// `head` before it on its line and `tail` after it: a group (standing
/// alone, long, or in prose), a cell separator (next to another number
/// cell), or neither.
fn joint_verdict(head: &str, tail: &str, width: usize) -> Option<bool> {
    // (`約10 000名照顧者`, `6 200個宿位`: a Han character glued to the last
    // group is Chinese prose, as Hong Kong writes its thousands, whatever
    // number stood earlier in the unspaced line.)
    let glued_han = tail.starts_with(is_han);
    let head = head.trim();
    let tail = tail.trim_start();
    let numeric = |w: &str| {
        w.trim_start_matches(['-', '(', '$', '+'])
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let next_cell = tail.split_whitespace().next().is_some_and(numeric);
    let prev_cell = head.split_whitespace().next_back().is_some_and(numeric);
    let alone = head.is_empty() && (tail.is_empty() || tail.starts_with('%'));
    let prose = tail.starts_with(|c: char| c.is_lowercase());
    if alone || width > 7 || glued_han {
        Some(true)
    } else if next_cell || prev_cell {
        Some(false)
    } else if prose {
        Some(true)
    } else {
        None
    }
}

/// The evidence for [`Conventions`] counted over a document fed in order,
/// a stretch of whole lines at a time ([`Survey::feed`]): a large file is
/// read in pieces and never held whole. Every count is made inside one
/// line, the paragraph being counted is carried from stretch to stretch,
/// and a definition reads up to [`DEFINITION_REACH`] bytes before its
/// bracket (the caller keeps some text before each stretch).
/// [`Conventions::of`] is one stretch: the whole text.
#[derive(Debug, Clone, Default)]
pub struct Survey {
    point_evidence: usize,
    comma_evidence: usize,
    /// The paragraph being counted: its start, its point and comma
    /// evidence.
    paragraph: (usize, usize, usize),
    /// The last line fed was blank.
    blank_run: bool,
    /// The paragraphs that lean to one mark (more evidence for it), each
    /// with its start, only where the lean changes: all the regions need.
    leans: Vec<(usize, DecimalMark)>,
    space_group_evidence: usize,
    space_cell_evidence: usize,
    defined_units: Vec<DefinedUnit>,
    /// The lines fed may go on from lines surveyed apart
    /// ([`Survey::continuing`]): the paragraph being counted began before
    /// them until a paragraph starts.
    continued: bool,
    /// Of a [`Survey::continuing`]: the evidence of its lines before its
    /// first paragraph start, once one has started.
    head: Option<(usize, usize)>,
    /// Where the first line fed starts, and whether it is blank.
    first_line: Option<(usize, bool)>,
}

impl Survey {
    /// A survey of lines that follow lines surveyed apart (a range of a
    /// large file, surveyed in parallel with the ranges before it): its
    /// first paragraph may have begun before its first line, so the
    /// evidence of that paragraph waits for [`Survey::merge`].
    pub fn continuing() -> Survey {
        Survey {
            continued: true,
            ..Survey::default()
        }
    }

    /// Adds `next`, a [`Survey::continuing`] of the lines that follow the
    /// lines surveyed here: the result is the survey of all of them fed in
    /// order. (What crosses from one to the other: the paragraph being
    /// counted, whether the last line was blank, the lean of the last
    /// paragraph, and the units already defined.)
    pub fn merge(&mut self, next: Survey) {
        let Some((first_start, first_blank)) = next.first_line else {
            return;
        };
        self.first_line.get_or_insert((first_start, first_blank));
        // `next` read its first line as going on from the lines before.
        if self.blank_run && !first_blank {
            self.end_paragraph();
            self.paragraph = (first_start, 0, 0);
        }
        let (_, points, commas) = next.paragraph;
        match next.head {
            Some((head_points, head_commas)) => {
                self.paragraph.1 += head_points;
                self.paragraph.2 += head_commas;
                self.end_paragraph();
                for (start, lean) in next.leans {
                    self.push_lean(start, lean);
                }
                self.paragraph = next.paragraph;
            }
            None => {
                self.paragraph.1 += points;
                self.paragraph.2 += commas;
            }
        }
        self.blank_run = next.blank_run;
        self.point_evidence += next.point_evidence;
        self.comma_evidence += next.comma_evidence;
        self.space_group_evidence += next.space_group_evidence;
        self.space_cell_evidence += next.space_cell_evidence;
        for unit in next.defined_units {
            if !self
                .defined_units
                .iter()
                .any(|d| d.abbreviation == unit.abbreviation)
            {
                self.defined_units.push(unit);
            }
        }
    }

    /// Counts the evidence of `text[from..]`, whole lines that start at
    /// byte `base` of the document (`text[..from]` is the text just before
    /// them, read only by the definitions of units).
    pub fn feed(&mut self, text: &str, from: usize, base: usize) {
        let lines = &text[from..];
        let found = tokens(lines);
        let mut found = found.iter().peekable();
        let mut offset = 0;
        // The lines, each with its `\n` (found with memchr).
        let ends = memchr::memchr_iter(b'\n', lines.as_bytes()).map(|nl| nl + 1);
        let last = (!lines.ends_with('\n') && !lines.is_empty()).then_some(lines.len());
        for end in ends.chain(last) {
            let blank = lines[offset..end].trim().is_empty();
            self.first_line.get_or_insert((base + offset, blank));
            if !blank && self.blank_run {
                self.end_paragraph();
                self.paragraph = (base + offset, 0, 0);
            }
            self.blank_run = blank;
            offset = end;
            while let Some(token) = found.next_if(|t| t.start < offset) {
                match says(&lines[token.start..token.end]) {
                    Says::Point => {
                        self.point_evidence += 1;
                        self.paragraph.1 += 1;
                    }
                    Says::Comma => {
                        self.comma_evidence += 1;
                        self.paragraph.2 += 1;
                    }
                    Says::Either | Says::Nothing => {}
                }
            }
        }
        for (_, verdict) in space_joints(lines) {
            match verdict {
                Some(true) => self.space_group_evidence += 1,
                Some(false) => self.space_cell_evidence += 1,
                None => {}
            }
        }
        add_defined_units(text, from, &mut self.defined_units);
    }

    /// Notes the lean of the paragraph counted so far.
    /// (Of a survey still [`continued`](Survey::continuing), the paragraph
    /// may have begun before: its evidence is kept for the merge.)
    fn end_paragraph(&mut self) {
        let (start, points, commas) = self.paragraph;
        if self.continued {
            self.continued = false;
            self.head = Some((points, commas));
            return;
        }
        let lean = match points.cmp(&commas) {
            std::cmp::Ordering::Greater => DecimalMark::Point,
            std::cmp::Ordering::Less => DecimalMark::Comma,
            std::cmp::Ordering::Equal => return,
        };
        self.push_lean(start, lean);
    }

    /// Notes that the paragraph at `start` leans to `lean`, if the one
    /// before leant otherwise.
    fn push_lean(&mut self, start: usize, lean: DecimalMark) {
        if self.leans.last().is_none_or(|&(_, last)| last != lean) {
            self.leans.push((start, lean));
        }
    }

    /// The conventions the evidence decides.
    pub fn finish(mut self) -> Conventions {
        self.end_paragraph();
        let commas_allowed = self.comma_evidence >= MIN_COMMA_EVIDENCE;
        let decimal_mark = if commas_allowed && self.comma_evidence > self.point_evidence {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        };
        // Each paragraph is read in the mark it leans to, one that leans
        // to neither in the mark before it.
        let mut regions = vec![Region {
            start: 0,
            mark: decimal_mark,
        }];
        if commas_allowed {
            let mut current = decimal_mark;
            for &(start, lean) in &self.leans {
                if start == 0 {
                    regions[0].mark = lean;
                } else if lean != current {
                    regions.push(Region { start, mark: lean });
                }
                current = lean;
            }
        }
        Conventions {
            decimal_mark,
            point_evidence: self.point_evidence,
            comma_evidence: self.comma_evidence,
            regions,
            space_groups_thousands: self.space_group_evidence >= self.space_cell_evidence,
            space_group_evidence: self.space_group_evidence,
            space_cell_evidence: self.space_cell_evidence,
            defined_units: self.defined_units,
        }
    }
}

impl Conventions {
    /// Decides the conventions of `text`.
    pub fn of(text: &str) -> Conventions {
        let mut survey = Survey::default();
        survey.feed(text, 0, 0);
        survey.finish()
    }

    /// A count followed by an abbreviation the document defined (`811
    /// mt`) is a quantity of that unit, scale applied.
    pub fn apply_defined_units(&self, text: &str, claims: &mut [Claim]) {
        if self.defined_units.is_empty() {
            return;
        }
        for claim in claims.iter_mut().filter(|c| c.kind == Kind::Count) {
            let rest = &text[claim.span.end..];
            let Some(after) = rest.strip_prefix(' ') else {
                continue;
            };
            let Some(defined) = self.defined_units.iter().find(|d| {
                after.starts_with(d.abbreviation.as_str())
                    && !after[d.abbreviation.len()..].starts_with(|c: char| c.is_alphanumeric())
            }) else {
                continue;
            };
            let Some(unit) = units::unit_by_symbol(defined.symbol) else {
                continue;
            };
            let scale = Decimal::from(defined.scale);
            claim.kind = unit.kind;
            claim.unit = unit.symbol;
            claim.value = claim.value.saturating_mul(scale);
            claim.value_max = claim.value_max.map(|v| v.saturating_mul(scale));
            claim.norm_value = unit.to_base(claim.value);
            claim.norm_unit = unit.base;
            claim.span.end += 1 + defined.abbreviation.len();
        }
    }

    /// The decimal mark in force at `pos`.
    pub fn mark_at(&self, pos: usize) -> DecimalMark {
        self.regions
            .iter()
            .take_while(|r| r.start <= pos)
            .last()
            .map_or(self.decimal_mark, |r| r.mark)
    }

    /// `text` rewritten into the conventions the number readers know
    /// (decimal point, comma groups, a space groups only where decided),
    /// byte for byte the same length: borrowed when nothing changes.
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.normalize_at(text, 0)
    }

    /// [`Conventions::normalize`] for whole lines of the document that
    /// start at byte `base` of it: the same bytes as those lines of the
    /// whole text normalized (every rewrite is decided inside its line,
    /// by the region it falls in).
    pub fn normalize_at<'a>(&self, text: &'a str, base: usize) -> Cow<'a, str> {
        let commas_allowed = self.comma_evidence >= MIN_COMMA_EVIDENCE;
        let mut swaps: Vec<Token> = Vec::new();
        if commas_allowed {
            for token in tokens(text) {
                let swap = match says(&text[token.start..token.end]) {
                    Says::Comma => true,
                    Says::Either => self.mark_at(base + token.start) == DecimalMark::Comma,
                    Says::Point | Says::Nothing => false,
                };
                if swap {
                    swaps.push(token);
                }
            }
        }
        let amounts = amount_decimals(text);
        for &token in &amounts {
            let taken = swaps.iter().any(|t| t.start == token.start);
            let comma = text
                .as_bytes()
                .get(token.start..token.end)
                .is_some_and(|b| b.contains(&b','));
            if !taken && comma {
                swaps.push(token);
            }
        }
        swaps.sort_by_key(|t| t.start);
        let split_points: Vec<usize> = amounts
            .into_iter()
            .filter(|t| text.as_bytes()[t.start..t.end].contains(&b' '))
            .filter(|t| {
                self.mark_at(base + t.start) == DecimalMark::Point && self.point_evidence > 0
            })
            .map(|t| t.start)
            .collect();
        let splits: Vec<usize> = space_joints(text)
            .into_iter()
            .filter(|&(_, verdict)| match verdict {
                Some(group) => !group && !self.space_groups_thousands,
                None => !self.space_groups_thousands,
            })
            .map(|(at, _)| at)
            .collect();
        if swaps.is_empty() && splits.is_empty() && split_points.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut bytes = text.as_bytes().to_vec();
        // `K1. 5 billion` is read as `K1.5  billion`: the space moves
        // after the decimals, every other byte keeps its offset.
        for start in split_points {
            let Some(space) = bytes[start..].iter().position(|&b| b == b' ') else {
                continue;
            };
            let space = start + space;
            let end = space
                + 1
                + bytes[space + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
            bytes[space..end].rotate_left(1);
        }
        for token in swaps {
            for b in &mut bytes[token.start..token.end] {
                *b = match *b {
                    b',' => b'.',
                    b'.' => b',',
                    other => other,
                };
            }
        }
        for at in splits {
            bytes[at] = b'\t';
        }
        // Only ASCII bytes were exchanged for ASCII bytes.
        match String::from_utf8(bytes) {
            Ok(normalized) => Cow::Owned(normalized),
            Err(_) => Cow::Borrowed(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(text: &str) -> String {
        Conventions::of(text).normalize(text).into_owned()
    }

    #[test]
    fn point_document_is_left_alone() {
        let text = "GDP grew 5.2% to 1,065 billion; 4,300 people and 4.896 trillion.";
        let c = Conventions::of(text);
        assert_eq!(c.decimal_mark, DecimalMark::Point);
        assert_eq!((c.point_evidence, c.comma_evidence), (1, 0));
        assert_eq!(normalized(text), text);
    }

    #[test]
    fn decimal_commas_are_read_as_decimals() {
        let text = "Inflation fell from an annual 5,2% to 4,7% while exports were 4.9% higher.";
        let c = Conventions::of(text);
        assert_eq!((c.point_evidence, c.comma_evidence), (1, 2));
        assert_eq!(c.decimal_mark, DecimalMark::Comma);
        assert_eq!(
            normalized(text),
            "Inflation fell from an annual 5.2% to 4.7% while exports were 4.9% higher."
        );
    }

    #[test]
    fn one_stray_comma_pair_is_a_list() {
        let text = "See points 5,6 and the rate of 4.5%.";
        assert_eq!(normalized(text), text);
    }

    #[test]
    fn ambiguous_numbers_follow_their_paragraph() {
        // The first paragraph writes decimal commas, the second points: a
        // document that switches part-way.
        let text = "Rates were 4,25% and 3,5%; reserves 4,300 tonnes.\n\nRates were 4.25% and 3.5%; reserves 4,300 tonnes.\n";
        let c = Conventions::of(text);
        assert_eq!(c.regions.len(), 2);
        assert_eq!(c.regions[0].mark, DecimalMark::Comma);
        assert_eq!(c.regions[1].mark, DecimalMark::Point);
        assert_eq!(
            normalized(text),
            "Rates were 4.25% and 3.5%; reserves 4.300 tonnes.\n\nRates were 4.25% and 3.5%; reserves 4,300 tonnes.\n"
        );
    }

    #[test]
    fn dot_grouped_thousands_with_a_decimal_comma() {
        let text = "Exports were 1.234.567 tonnes, or 12,5% more, worth 2.345,75 million.";
        let c = Conventions::of(text);
        assert_eq!(c.comma_evidence, 3);
        assert_eq!(
            normalized(text),
            "Exports were 1,234,567 tonnes, or 12.5% more, worth 2,345.75 million."
        );
    }

    #[test]
    fn spaces_between_table_cells_are_not_thousands() {
        // Kenya: one space between cells of a flattened row.
        let text = "Expenditure 11,097,242,241 743,934,584 82 100\nStaff 299 299\n";
        let c = Conventions::of(text);
        assert!(!c.space_groups_thousands);
        assert_eq!((c.space_group_evidence, c.space_cell_evidence), (0, 1));
        assert_eq!(
            normalized(text),
            "Expenditure 11,097,242,241 743,934,584 82\t100\nStaff 299\t299\n"
        );
    }

    #[test]
    fn spaces_group_thousands_where_numbers_stand_alone() {
        // UNCTAD: one cell per line; Hong Kong: in prose.
        let text = "Value\n1 720\n15 514\nLabel 299 299\nsome 100 000 households\n";
        let c = Conventions::of(text);
        assert!(c.space_groups_thousands);
        assert_eq!(c.space_group_evidence, 3);
        assert_eq!(normalized(text), text);
    }

    #[test]
    fn a_han_character_glued_to_the_last_group_makes_it_a_group() {
        // Hong Kong's policy address: an earlier number in the unspaced
        // line does not make the groups table cells.
        let line = "惠及約10 000名照顧者。全港約有75 000個安老宿位";
        assert_eq!(
            space_joints(line)
                .iter()
                .map(|&(_, verdict)| verdict)
                .collect::<Vec<_>>(),
            [Some(true), Some(true)]
        );
        // (A number after a space is another cell, whatever follows it.)
        assert_eq!(joint_verdict("產量 12", " 300 名", 7), Some(false));
    }

    /// Texts from `pieces` glued in random order (a fixed seed).
    fn soup(pieces: &[&str], count: usize, most: u64) -> Vec<String> {
        let mut next = units::xorshift();
        (0..count)
            .map(|_| {
                let n = 1 + next() % most;
                (0..n)
                    .map(|_| pieces[(next() >> 32) as usize % pieces.len()])
                    .collect()
            })
            .collect()
    }

    /// The joints as the byte-by-byte scan of each line that
    /// [`space_joints`] replaced found them.
    fn joints_line_by_line(text: &str) -> Vec<(usize, Option<bool>)> {
        let mut joints = Vec::new();
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end();
            let lb = body.as_bytes();
            let mut i = 0;
            while i < lb.len() {
                let group = |at: usize| {
                    lb.get(at) == Some(&b' ')
                        && lb
                            .get(at + 1..at + 4)
                            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                        && !lb.get(at + 4).is_some_and(u8::is_ascii_digit)
                };
                if i > 0 && lb[i - 1].is_ascii_digit() && group(i) {
                    let lead = lb[..i]
                        .iter()
                        .rev()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                    let before = i - lead;
                    if lead <= 3 && !(before > 0 && is_glued_to(lb[before - 1])) {
                        let mut end = i + 4;
                        while group(end) {
                            end += 4;
                        }
                        let verdict = joint_verdict(&body[..before], &body[end..], end - before);
                        for at in (i..end).filter(|&at| lb[at] == b' ') {
                            joints.push((line_start + at, verdict));
                        }
                        i = end;
                        continue;
                    }
                }
                i += 1;
            }
            line_start += line.len();
        }
        joints
    }

    #[test]
    fn joints_are_the_joints_of_each_line() {
        let pieces = [
            "1",
            "12",
            "720",
            " 720",
            " 000",
            "1 234 567",
            "4,5",
            " ",
            "  ",
            "\n",
            "\r\n",
            "a",
            "x",
            ".",
            "%",
            "$",
            "(",
            "-",
            "é",
            "\u{a0}",
            "\t",
            "0000",
        ];
        let mut seen = 0;
        for text in soup(&pieces, 20_000, 24) {
            let joints = space_joints(&text);
            assert_eq!(joints, joints_line_by_line(&text), "{text:?}");
            seen += joints.len();
        }
        assert!(seen > 1000, "{seen}");
    }

    #[test]
    fn the_window_test_keeps_every_definition() {
        let pieces = [
            "million ",
            "thousand ",
            "tonnes",
            "tonne",
            "metres",
            "cubic ",
            "hectares",
            "barrels",
            "kilowatt hours",
            "gross ",
            "domestic ",
            "product",
            "of ",
            " ",
            "  ",
            "\n",
            "5",
            ",",
            "ſ",
            "\u{212a}",
            "-",
            "x",
            "(ab) ",
            "tonnes,",
            "per ",
            "cent",
        ];
        let mut definitions = 0;
        for head in soup(&pieces, 20_000, 10) {
            for abbreviation in ["mt", "ZZ"] {
                let text = format!("{head} ({abbreviation})");
                let open = head.len() + 1;
                let start = window_start(&text, open);
                if definition(&text[start..]).is_some() {
                    definitions += 1;
                    assert!(may_define_unit(&text, start, open), "{text:?}");
                }
            }
        }
        assert!(definitions > 1000, "{definitions}");
    }

    #[test]
    fn a_unit_abbreviation_defined_in_the_document() {
        let text = "Reserves were 2,406 million tonnes (mt). In 2012 this was 811 mt, up from 788 mt; GDP (GDP) grew 5%.";
        let c = Conventions::of(text);
        assert_eq!(
            c.defined_units,
            [DefinedUnit {
                abbreviation: "mt".to_string(),
                symbol: "t",
                scale: 1_000_000
            }]
        );
        let claims: Vec<String> = crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    c.span.text(text),
                    c.kind.as_str(),
                    c.value.normalize(),
                    c.unit
                )
            })
            .collect();
        assert_eq!(
            claims,
            [
                "2,406 million tonnes mass 2406000000 t",
                "811 mt mass 811000000 t",
                "788 mt mass 788000000 t",
                "5% percent 5 %"
            ]
        );
    }
}
