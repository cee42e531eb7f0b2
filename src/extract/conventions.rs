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
/// not inside a word. Found with memchr, so the regex only ever reads
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
        let mut start = open.saturating_sub(DEFINITION_REACH);
        while start > 0 && (!text.is_char_boundary(start) || bytes[start - 1].is_ascii_alphabetic())
        {
            start -= 1;
        }
        Some(&text[start..=close])
    })
}

/// Adds to `found` the units defined by the bracketed abbreviations of
/// `text` that open at or after `from` (the text before is read as the
/// words before them), each abbreviation once, first definition kept.
fn add_defined_units(text: &str, from: usize, found: &mut Vec<DefinedUnit>) {
    for caps in definition_windows(text, from).filter_map(|w| DEFINITION.captures(w)) {
        let (Some(phrase), Some(abbreviation)) = (caps.get(2), caps.get(3)) else {
            continue;
        };
        let abbreviation = abbreviation.as_str();
        // A unit the lexicon already knows needs no definition.
        if units::unit_at(abbreviation).is_some_and(|(_, len)| len == abbreviation.len())
            || units::scaled_unit_at(abbreviation).is_some()
        {
            continue;
        }
        // The phrase must end in a whole unit (`tonnes`, `cubic metres`).
        let phrase = phrase.as_str().trim();
        let unit = (0..phrase.len())
            .filter(|&i| phrase.is_char_boundary(i) && (i == 0 || phrase.as_bytes()[i - 1] == b' '))
            .find_map(|i| units::unit_at(&phrase[i..]).filter(|&(_, len)| i + len == phrase.len()));
        let Some((unit, _)) = unit else {
            continue;
        };
        if matches!(unit.kind, Kind::Duration | Kind::Multiple | Kind::Percent) {
            continue;
        }
        let scale = caps.get(1).map_or(1, |w| {
            units::scale_at(w.as_str(), false).map_or(1, |(scale, _)| scale)
        });
        if !found.iter().any(|d| d.abbreviation == abbreviation) {
            found.push(DefinedUnit {
                abbreviation: abbreviation.to_string(),
                symbol: unit.symbol,
                scale,
            });
        }
    }
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
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let glued =
            i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'.' | b','));
        let start = i;
        while i < bytes.len() {
            let separator =
                matches!(bytes[i], b'.' | b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if bytes[i].is_ascii_digit() || separator {
                i += 1;
            } else {
                break;
            }
        }
        // Not after a letter (`PM2.5`) or inside a longer run.
        if !glued {
            found.push(Token { start, end: i });
        }
    }
    found
}

fn says(written: &str) -> Says {
    let commas = written.matches(',').count();
    let points = written.matches('.').count();
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
/// a cell separator (Some(false)) or neither (None).
fn space_joints(text: &str) -> Vec<(usize, Option<bool>)> {
    let bytes = text.as_bytes();
    let mut joints = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        let lb = body.as_bytes();
        let mut i = 0;
        while i < lb.len() {
            // A plain space between a 1-3 digit run and exactly three digits.
            if lb[i] == b' '
                && i > 0
                && lb[i - 1].is_ascii_digit()
                && i + 3 < lb.len() + 1
                && lb
                    .get(i + 1..i + 4)
                    .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                && !lb.get(i + 4).is_some_and(u8::is_ascii_digit)
            {
                let lead = lb[..i]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                let before_lead = i - lead;
                let lead_glued = before_lead > 0
                    && (lb[before_lead - 1].is_ascii_alphanumeric()
                        || matches!(lb[before_lead - 1], b'.' | b','));
                if lead <= 3 && !lead_glued {
                    // The whole number: leading digits and its space groups.
                    let mut end = i + 4;
                    while lb.get(end) == Some(&b' ')
                        && lb
                            .get(end + 1..end + 4)
                            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                        && !lb.get(end + 4).is_some_and(u8::is_ascii_digit)
                    {
                        end += 4;
                    }
                    let head = body[..before_lead].trim();
                    let tail = body[end..].trim_start();
                    let numeric = |w: &str| {
                        w.trim_start_matches(['-', '(', '$', '+'])
                            .starts_with(|c: char| c.is_ascii_digit())
                    };
                    let next_cell = tail.split_whitespace().next().is_some_and(numeric);
                    let prev_cell = head.split_whitespace().next_back().is_some_and(numeric);
                    let alone = head.is_empty() && (tail.is_empty() || tail.starts_with('%'));
                    let prose = tail.starts_with(|c: char| c.is_lowercase());
                    let verdict = if alone || end - before_lead > 7 {
                        Some(true)
                    } else if next_cell || prev_cell {
                        Some(false)
                    } else if prose {
                        Some(true)
                    } else {
                        None
                    };
                    let mut at = i;
                    while at < end {
                        if lb[at] == b' ' {
                            joints.push((line_start + at, verdict));
                        }
                        at += 1;
                    }
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        line_start += line.len();
    }
    debug_assert!(joints.iter().all(|&(at, _)| bytes[at] == b' '));
    joints
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
}

impl Survey {
    /// Counts the evidence of `text[from..]`, whole lines that start at
    /// byte `base` of the document (`text[..from]` is the text just before
    /// them, read only by the definitions of units).
    pub fn feed(&mut self, text: &str, from: usize, base: usize) {
        let lines = &text[from..];
        let found = tokens(lines);
        let mut found = found.iter().peekable();
        let mut offset = 0;
        for line in lines.split_inclusive('\n') {
            let blank = line.trim().is_empty();
            if !blank && self.blank_run {
                self.end_paragraph();
                self.paragraph = (base + offset, 0, 0);
            }
            self.blank_run = blank;
            offset += line.len();
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
    fn end_paragraph(&mut self) {
        let (start, points, commas) = self.paragraph;
        let lean = match points.cmp(&commas) {
            std::cmp::Ordering::Greater => DecimalMark::Point,
            std::cmp::Ordering::Less => DecimalMark::Comma,
            std::cmp::Ordering::Equal => return,
        };
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
        let splits: Vec<usize> = space_joints(text)
            .into_iter()
            .filter(|&(_, verdict)| match verdict {
                Some(group) => !group && !self.space_groups_thousands,
                None => !self.space_groups_thousands,
            })
            .map(|(at, _)| at)
            .collect();
        if swaps.is_empty() && splits.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut bytes = text.as_bytes().to_vec();
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
