//! Table cells: the numbers of a tab-separated table (what the PDF, HTML
//! and DOCX readers write for a table row) take the unit of their column
//! header (`产量（万吨）`, `Growth (%)`, `% share`), of the row's unit
//! column (`单位`, `Unit`), or of the table's caption (`(annual percentage
//! changes)`, `单位：亿元`) when that says one unit and only one. A cell
//! whose unit nothing states unambiguously is left out with the reason
//! `table-cell`: read as a count it would be a wrong claim (the ECB's
//! `(EUR billions and annual growth rates)`). Chart axis ticks (runs of
//! number-only lines with a constant step) are left out as `axis`.
//!
//! (In comments, `⇥` stands for a tab.)
//!
//! This stage runs after the language stage, so Chinese tables, whose
//! bare cells the Chinese reader leaves unread, get their claims here.
//! A table flattened to one cell a line is read as rows once `cell_lines`
//! has rebuilt it in the layout; cells under a Chinese growth header
//! (`比上年增长（%）`) take the trend of their sign.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::cell_lines::{cell_number, is_year};
use super::columns::{TableUnit, give_unit};
use super::lang::zh;
use super::language;
use super::model::{Claim, Qualifier, Trend};
use super::nonclaim::Rejection;
use super::span::{Span, lines};
use super::table::parse_note;
use super::units::{DocumentCurrency, Kind, SCALE_NAMES};

/// The rule of a cell whose unit no header or caption states.
pub const TABLE_CELL: (&str, &str) = (
    "table-cell",
    "a table cell whose unit no column header, unit column or caption states unambiguously; read as a count it would be wrong",
);

/// The rule of chart axis ticks.
pub const AXIS: (&str, &str) = (
    "axis",
    "a run of number-only lines with a constant step is a chart axis, not data",
);

/// The rule of a row that numbers the columns (`1 ⇥ 2 ⇥ 3 … 13`).
pub const COLUMN_NUMBERS: (&str, &str) = (
    "numbering",
    "a row 1, 2, 3 … numbers the columns of a table",
);

/// Whether a rejection already covers part of `span` (`rejected` is
/// sorted by start).
fn already_rejected(rejected: &[Rejection], span: Span) -> bool {
    let upto = rejected.partition_point(|r| r.span.start < span.end);
    rejected[..upto]
        .iter()
        .rev()
        .take(8)
        .any(|r| r.span.end > span.start)
}

/// What a header cell says about its column.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Unit(TableUnit),
    /// `单位`, `Unit`: each row names its unit in this column.
    RowUnits,
    /// `比上年增长`, `Growth`: a change, in the unit column's unit only when
    /// that is a percent.
    Growth,
    /// Says nothing about a unit (`2023`, `Total`, `绝对数`).
    Silent,
}

/// What a caption says about the cells under it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Caption {
    One(TableUnit),
    /// Two units, an `unless otherwise indicated`, or a quantity outside
    /// the contract (`index`, `units of national currency per euro`).
    Unclear,
}

/// A tab-separated field, trimmed, as a byte range of the text.
fn fields(text: &str, start: usize, end: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = start;
    for part in text[start..end].split('\t') {
        let lead = part.len() - part.trim_start().len();
        let body = part.trim();
        let start = at + lead;
        // `13,111.7 10,870.0`: two cells the layout set a space apart, each
        // plainly whole (a separator or a decimal point in every one).
        let words: Vec<&str> = body.split(' ').collect();
        if words.len() >= 2
            && words
                .iter()
                .all(|w| cell_number(w).is_some() && w.contains([',', '.']))
        {
            let mut from = start;
            for w in words {
                out.push(Span::new(from, from + w.len()));
                from += w.len() + 1;
            }
        } else if let Some(cut) = glued_label(body).filter(|_| out.is_empty()) {
            // `July 1,313`, `Sep. (p) 2,325.8`: a row label and its first
            // cell that the layout did not set apart.
            out.push(Span::new(start, start + cut.0));
            out.push(Span::new(start + cut.1, start + body.len()));
        } else if !body.is_empty() {
            out.push(Span::new(start, start + body.len()));
        }
        at += part.len() + 1;
    }
    out
}

/// Where a first field that is a label and a number splits (`July 1,313`
/// → `July`, `1,313`): the label's end and the number's start. The number
/// must be plainly whole (a separator or a decimal point) and the label
/// must hold a letter, in at most three words (a label, not prose).
fn glued_label(field: &str) -> Option<(usize, usize)> {
    let space = field.rfind(' ')?;
    let (label, number) = (field[..space].trim_end(), &field[space + 1..]);
    (cell_number(number).is_some()
        && number.contains([',', '.'])
        && label.chars().any(char::is_alphabetic)
        && label.split_whitespace().count() <= 3)
        .then_some((label.len(), space + 1))
}

fn has_han(s: &str) -> bool {
    s.chars().any(zh::tables::is_han)
}

/// A unit note (`%`, `Billions of dollars`, `万吨`, `亿元`), in either
/// language.
fn note_unit(note: &str, currency: &DocumentCurrency) -> Option<TableUnit> {
    let note = note.trim();
    let note = note
        .strip_prefix("单位：")
        .or_else(|| note.strip_prefix("单位:"))
        .unwrap_or(note)
        .trim();
    if note.is_empty() {
        return None;
    }
    if !has_han(note) {
        return parse_note(note, currency);
    }
    // `万块`, `万台`: a piece classifier, not the colloquial yuan.
    if !note.contains('元') && !note.contains(['%', '％']) {
        let probe = format!("1{note}");
        let read = zh::read_passage(&probe, 0, probe.len(), currency);
        if read.iter().any(|c| c.kind == Kind::Money) {
            return None;
        }
    }
    // The Chinese reader is the lexicon: `万吨` is the unit of `1万吨`.
    let probe = format!("1{note}");
    let read = zh::read_passage(&probe, 0, probe.len(), currency);
    let [claim] = read.as_slice() else {
        return None;
    };
    // A note's scale is a power of ten (`吨`, `万吨`, `千公顷`); a year
    // (`2023年`, read as `12023年`) or any other number is no note.
    if claim.span != Span::new(0, probe.len()) || !is_power_of_ten(claim.value) {
        return None;
    }
    let measure = match claim.kind {
        Kind::Money | Kind::Percent | Kind::PercentagePoint | Kind::Count => None,
        _ => Some(zh::tables::unit_by_symbol(claim.unit)?),
    };
    Some(TableUnit {
        kind: claim.kind,
        unit: claim.unit,
        scale: claim.value,
        measure,
        numbered: false,
    })
}

/// 1, 10, 100 …
fn is_power_of_ten(value: Decimal) -> bool {
    let mut v = value.normalize();
    let ten = Decimal::TEN;
    while v > Decimal::ONE && (v % ten).is_zero() {
        v /= ten;
    }
    v == Decimal::ONE
}

/// The bracketed note of a header cell (`产量（万吨）`, `Growth (%)`), or
/// the whole cell when it is a note (`% share`, `亿元`).
fn header_column(cell: &str, currency: &DocumentCurrency) -> Column {
    let plain = cell.trim();
    // (`单 位`: a Chinese header spaced out to the column's width.)
    let unspaced: String = plain.split_whitespace().collect();
    if ["单位", "计量单位", "unit", "units"]
        .iter()
        .any(|w| plain.eq_ignore_ascii_case(w) || unspaced == *w)
    {
        return Column::RowUnits;
    }
    let open = plain.rfind(['(', '（']);
    let inner = open.and_then(|open| {
        let rest = &plain[open..];
        let skip = rest.chars().next().map_or(1, char::len_utf8);
        let close = rest.find([')', '）'])?;
        rest.get(skip..close)
    });
    let unit = match inner {
        Some(inner) => note_unit(inner, currency),
        // `增长%`: a header that ends in the percent sign.
        None if plain.ends_with(['%', '％']) => note_unit("%", currency),
        None if plain.chars().count() <= 16 => note_unit(plain, currency),
        None => None,
    };
    let lower = plain.to_lowercase();
    match unit {
        Some(unit) => Column::Unit(unit),
        None if ["增长", "增速", "涨跌", "growth", "change"]
            .iter()
            .any(|w| lower.contains(w)) =>
        {
            Column::Growth
        }
        None => Column::Silent,
    }
}

/// Reads a caption line (`(annual percentage changes)`, `(EUR billions;
/// percentage changes)`, `单位：亿元`); `None` when the line is no caption.
fn caption(line: &str, currency: &DocumentCurrency) -> Option<Caption> {
    let body = line.trim();
    let inner = if let Some(rest) = body
        .strip_prefix("单位：")
        .or_else(|| body.strip_prefix("单位:"))
    {
        rest
    } else {
        let open = body.strip_prefix(['(', '（'])?;
        open.strip_suffix([')', '）'])?
    };
    if inner.contains('\t') || inner.contains(['(', '（']) {
        return None;
    }
    let lower = inner.to_lowercase();
    // A chart's scales and panels describe its axes, whose ticks are no
    // data.
    if lower.contains("unless otherwise")
        || lower.contains("axis")
        || lower.contains("scale")
        || lower.contains("panel")
        || lower.contains("index")
        || lower.contains("per euro")
        || lower.contains("ratio")
    {
        return Some(Caption::Unclear);
    }
    let mut found: Option<TableUnit> = None;
    for part in inner.split([';', ',', '；', '，']) {
        let Some(units) = part_units(part, currency) else {
            return Some(Caption::Unclear);
        };
        for unit in units {
            match found {
                Some(seen) if seen != unit => return Some(Caption::Unclear),
                _ => found = Some(unit),
            }
        }
    }
    found.map(Caption::One)
}

/// The units a caption part names: a note (`EUR billions`, `亿元`), or
/// words of percent (`annual percentage changes`, `percentages per
/// annum`, `growth rates`) and of percentage points; `None` when a part
/// speaks of money or a scale in words no note reads (`12-month flows in
/// EUR billions`).
fn part_units(part: &str, currency: &DocumentCurrency) -> Option<Vec<TableUnit>> {
    let part = part.trim();
    let mut units = Vec::new();
    let lower = part.to_lowercase();
    let pieces: Vec<&str> = lower.split(" and ").collect();
    for piece in pieces {
        let piece = piece.trim();
        let percent = TableUnit {
            kind: Kind::Percent,
            unit: "%",
            scale: Decimal::ONE,
            measure: None,
            numbered: false,
        };
        if piece.contains("percentage point") {
            units.push(TableUnit {
                kind: Kind::PercentagePoint,
                unit: "pp",
                ..percent
            });
        } else if piece.contains("percentage")
            || piece.contains("percent")
            || piece.contains("per cent")
            || piece.contains("growth rate")
            || piece == "%"
        {
            units.push(percent);
        } else if let Some(unit) = note_unit(piece, currency) {
            units.push(unit);
        } else if let Some(unit) = original_case(part, piece).and_then(|p| note_unit(p, currency)) {
            units.push(unit);
        } else if names_money_or_scale(piece) {
            return None;
        }
    }
    Some(units)
}

/// Currency words that mark a caption part as speaking of money (`EUR
/// billions`, `US dollar`), matched inside the lower-cased part.
const CAPTION_MONEY_WORDS: &[&str] = &["eur", "usd", "dollar", "euro"];

/// Does a lower-cased caption part name money or a scale of a thousand or
/// more (`billion`, `crore`, `亿`), which a note would have to read?
fn names_money_or_scale(piece: &str) -> bool {
    let scale = SCALE_NAMES
        .iter()
        .any(|&(w, m)| m >= 1_000 && piece.contains(w));
    let han_scale = piece
        .chars()
        .any(|c| zh::tables::multiplier(c).is_some_and(|m| m >= 10_000));
    scale || han_scale || CAPTION_MONEY_WORDS.iter().any(|w| piece.contains(w))
}

/// `piece` (lower-cased) as written in `part`, for notes whose case
/// matters (currency codes).
fn original_case<'a>(part: &'a str, piece: &str) -> Option<&'a str> {
    let lower = part.to_lowercase();
    let at = lower.find(piece)?;
    (lower.len() == part.len()).then(|| part.get(at..at + piece.len()))?
}

/// What a title line starts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Title {
    Table,
    Chart,
}

/// A line that starts a new table or chart (`Table 3`, `Chart 2`, `表3`,
/// `图1`, `FIGURE 1.1.2.`).
///
/// The words are compared without case, byte for byte: no character
/// outside ASCII lower-cases into one of these words, so the line need not
/// be lower-cased first (that cost a copy of every line).
fn title(body: &str) -> Option<Title> {
    let body = body.trim_start();
    [
        ("table ", Title::Table),
        ("box ", Title::Table),
        ("表", Title::Table),
        ("chart ", Title::Chart),
        ("figure ", Title::Chart),
        ("图", Title::Chart),
    ]
    .iter()
    .find(|(t, _)| {
        body.get(..t.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(t))
            && body[t.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    })
    .map(|&(_, kind)| kind)
}

/// Whether `line` holds a tab (memchr: every line of a document is asked).
fn has_tab(line: &str) -> bool {
    memchr::memchr(b'\t', line.as_bytes()).is_some()
}

/// Prose: a line with no tab that ends a sentence or runs long.
fn is_prose(body: &str) -> bool {
    if has_tab(body) {
        return false;
    }
    let trimmed = body.trim_end();
    trimmed.ends_with(['.', '。', ';', '；', '!', '?', ':', '：'])
        || trimmed.split_whitespace().count() >= 12
        || trimmed.chars().filter(|&c| zh::tables::is_han(c)).count() >= 30
}

/// What the stage decided for one cell.
enum Verdict {
    /// The unit, the row's label (the subject of a new claim), and
    /// whether the cell is a growth whose sign is its trend.
    Unit(TableUnit, Option<Span>, bool),
    Out(&'static str, &'static str),
}

/// The text as written, as `apply` reads its layout (same length, same
/// offsets): Chinese in simplified characters, as every stage reads it
/// (`单位：万吨` in either script); the bars of a text table's rows as tabs
/// (`地区生产总值 | 617.50 | 5.2 |`, `| 绝对数 (亿元) | 比上年增长 (%) |`:
/// Markdown and HTML-to-text tables); and the spaces that set apart the
/// cells of a Chinese row aligned by spaces (`年末总人口(万人)   324.85
/// 333.65`), so that their cells are cells.
pub fn layout_text(text: &str) -> Cow<'_, str> {
    let folded = zh::script::simplified(Cow::Borrowed(text));
    let bars = folded.contains('|');
    let spaced = language::may_hold_han(&folded);
    if !bars && !spaced {
        return folded;
    }
    let mut bytes: Option<Vec<u8>> = None;
    // A table flattened to one cell a line (`cell_lines`): each header and
    // row one tab-separated line.
    if spaced {
        for (i, b) in super::cell_lines::rebuild(&folded) {
            bytes.get_or_insert_with(|| folded.as_bytes().to_vec())[i] = b;
        }
    }
    let mut start = 0;
    for line in folded.split_inclusive('\n') {
        let cuts = if bars && is_bar_row(line) {
            line.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'|')
                .map(|(i, _)| i)
                .collect()
        } else if bars && is_bar_cell(line) {
            // `210.23⇥|`: the walk knows a cell of its own line by it.
            line.rfind(" |").into_iter().collect()
        } else if spaced {
            spaced_cells(line)
        } else {
            Vec::new()
        };
        for i in cuts {
            bytes.get_or_insert_with(|| folded.as_bytes().to_vec())[start + i] = b'\t';
        }
        start += line.len();
    }
    // Only ASCII bytes were exchanged for ASCII bytes.
    match bytes.map(String::from_utf8) {
        Some(Ok(layout)) => Cow::Owned(layout),
        _ => folded,
    }
}

/// The spaces (offsets in `line`) before each cell of a Chinese table row
/// aligned by spaces: a label with a Han character and no sentence end,
/// then two bare number cells or more that end the line, a space or more
/// apart (`年末总人口(万人)        324.85 333.65 341.48`); none for any other
/// line.
fn spaced_cells(line: &str) -> Vec<usize> {
    let body = line.trim_end();
    if memchr::memchr2(b'\t', b'|', body.as_bytes()).is_some() {
        return Vec::new();
    }
    let mut cuts = Vec::new();
    let mut rest = body;
    while let Some(space) = rest.rfind(' ')
        && cell_number(&rest[space + 1..]).is_some()
    {
        cuts.push(space);
        rest = rest[..space].trim_end_matches(' ');
    }
    // (The cuts first: most lines have none, and their label need not be
    // read char by char.)
    if cuts.len() < 2 {
        return Vec::new();
    }
    let label = rest.trim();
    let han = label.chars().filter(|&c| zh::tables::is_han(c)).count();
    if han == 0 || han >= 30 || label.ends_with(['。', '；', '，', '：', '、']) {
        return Vec::new();
    }
    cuts
}

/// A table flattened to one cell a line (`210.23 |`): a bare number and
/// its bar. As a one-cell row it takes a caption's unit or is left out
/// (`table-cell`), never read as a count of nothing.
fn is_bar_cell(line: &str) -> bool {
    line.trim_end()
        .strip_suffix('|')
        .and_then(|cell| cell.strip_suffix(' '))
        .is_some_and(|cell| cell_number(cell.trim()).is_some())
}

/// A row of a text table: two bars or more, each standing apart (a space,
/// another bar or the line's start or end on either side), and no tab.
fn is_bar_row(line: &str) -> bool {
    let line = line.trim_end_matches(['\n', '\r']);
    let bytes = line.as_bytes();
    let apart = |at: Option<&u8>| at.is_none_or(|&b| b == b' ' || b == b'|');
    !line.contains('\t')
        && bytes.iter().filter(|&&b| b == b'|').count() >= 2
        && bytes.iter().enumerate().all(|(i, &b)| {
            b != b'|'
                || (apart(i.checked_sub(1).and_then(|j| bytes.get(j))) && apart(bytes.get(i + 1)))
        })
}

/// The layout `apply` reads, when the text as written (`layout`) may
/// hold a table or a chart at all: tabs or blank lines, the same length as
/// the text read. Decided once per document, not once per part.
pub fn layout_of<'a>(text: &str, layout: &'a str) -> Option<&'a str> {
    (layout.len() == text.len() && (layout.contains('\t') || layout.contains("\n\n")))
        .then_some(layout)
}

/// Gives table cells their column's or caption's unit, and leaves out
/// those whose unit is unclear and chart axis ticks.
///
/// Only the lines of `part` are read (the whole text when it is not read
/// in parts): a part starts after a prose line, which ends every table and
/// chart, so a part's lines decide what they decide in the whole text.
pub fn apply(
    text: &str,
    layout: Option<&str>,
    part: Span,
    sentences: &[Span],
    claims: &mut Vec<Claim>,
    rejected: &mut Vec<Rejection>,
    currency: &DocumentCurrency,
) {
    let Some(layout) = layout else {
        return;
    };
    let mut verdicts: Vec<(Span, Verdict)> = Vec::new();
    axis_ticks(text, layout, part, &mut verdicts);
    let mut axis: Vec<usize> = verdicts.iter().map(|(s, _)| s.start).collect();
    axis.sort_unstable();
    let mut walk = CellWalk {
        text,
        layout,
        currency,
        axis,
        header: None,
        growth: Vec::new(),
        table_caption: None,
        in_chart: false,
        after_header: false,
        verdicts,
    };
    for (start, body) in filled_lines(layout, part) {
        walk.line(start, body);
    }
    settle(text, sentences, claims, rejected, walk.verdicts);
}

/// The lines of `part` of `layout` that are not blank, each with the
/// byte where it starts, trimmed at the end.
fn filled_lines(layout: &str, part: Span) -> impl Iterator<Item = (usize, &str)> {
    let mut line_start = part.start;
    lines(&layout[part.start..part.end]).filter_map(move |line| {
        let start = line_start;
        line_start += line.len();
        let body = line.trim_end();
        (!body.trim().is_empty()).then_some((start, body))
    })
}

/// The walk of `apply` down the lines of a part: the header, caption and
/// chart the lines above put each row under, and the verdicts so far.
struct CellWalk<'t> {
    text: &'t str,
    layout: &'t str,
    currency: &'t DocumentCurrency,
    /// The starts of the axis ticks, sorted.
    axis: Vec<usize>,
    header: Option<Vec<Column>>,
    /// Which header cells name a growth (`比上年增长（%）`): their cells'
    /// signs are their trends.
    growth: Vec<bool>,
    table_caption: Option<Caption>,
    in_chart: bool,
    /// The line before was a header row.
    after_header: bool,
    verdicts: Vec<(Span, Verdict)>,
}

impl CellWalk<'_> {
    /// A line (not blank) that starts at byte `start`, trimmed to `body`.
    fn line(&mut self, start: usize, body: &str) {
        let text = self.text;
        let was_header = std::mem::take(&mut self.after_header);
        if self.frames(body, was_header) || !has_tab(body) {
            return;
        }
        if let Some(cell) = body.strip_suffix("\t|") {
            self.lone_cell(start, cell);
            return;
        }
        let cells = fields(self.layout, start, start + body.len());
        let numbers: Vec<(usize, Decimal)> = cells
            .iter()
            .enumerate()
            .filter_map(|(i, s)| cell_number(s.text(text)).map(|v| (i, v)))
            .collect();
        let all_years = numbers.iter().all(|&(i, _)| is_year(cells[i].text(text)));
        if numbers.is_empty() || all_years {
            // A header row (`指标名称 ⇥ 产量（万吨） ⇥ 比上年增长（%）`, `% share ⇥ % share`).
            if cells.len() >= 2 {
                let columns: Vec<Column> = cells
                    .iter()
                    .map(|s| header_column(s.text(text), self.currency))
                    .collect();
                if columns.iter().any(|c| *c != Column::Silent) {
                    self.growth = cells.iter().map(|s| names_growth(s.text(text))).collect();
                    self.header = Some(columns);
                    self.after_header = true;
                }
            }
            return;
        }
        self.row(&cells, &numbers);
    }

    /// A cell alone on its line (`210.23 |`, a table flattened to one cell
    /// a line, starting at byte `start`): no header reaches it, so it
    /// takes the table's one caption or is left out.
    fn lone_cell(&mut self, start: usize, cell: &str) {
        let lead = cell.len() - cell.trim_start().len();
        let span = Span::new(start + lead, start + cell.trim_end().len());
        if span.start >= span.end || self.axis.binary_search(&span.start).is_ok() {
            return;
        }
        let verdict = match self.table_caption {
            Some(Caption::One(unit)) if !self.in_chart => Verdict::Unit(unit, None, false),
            _ => Verdict::Out(TABLE_CELL.0, TABLE_CELL.1),
        };
        self.verdicts.push((span, verdict));
    }

    /// Reads a line that frames the rows below it, and says whether it
    /// was one: a table's or chart's title, the wrapped last cell of a
    /// header, a caption, or prose (which ends the table).
    fn frames(&mut self, body: &str, was_header: bool) -> bool {
        if let Some(kind) = title(body) {
            self.header = None;
            self.table_caption = None;
            self.in_chart = kind == Title::Chart;
            return true;
        }
        // `比上年增长（%）` alone under `指标名称 ⇥ 绝对数（亿元）`: the header's
        // last cell, wrapped.
        if was_header
            && !body.contains('\t')
            && let Some(columns) = self.header.as_mut()
            && let column @ (Column::Unit(_) | Column::Growth) = header_column(body, self.currency)
        {
            columns.push(column);
            self.growth.push(names_growth(body));
            self.after_header = true;
            return true;
        }
        if let Some(found) = caption(body, self.currency) {
            self.table_caption = match self.table_caption {
                Some(seen) if seen != found => Some(Caption::Unclear),
                _ => Some(found),
            };
            return true;
        }
        if is_prose(body) {
            self.header = None;
            self.table_caption = None;
            self.in_chart = false;
            return true;
        }
        false
    }

    /// The verdicts on the number cells of a row (`cells`, the `numbers`
    /// with their cell's index): the column's or caption's unit, or left
    /// out; years, axis ticks and words of justified prose are passed by.
    fn row(&mut self, cells: &[Span], numbers: &[(usize, Decimal)]) {
        let text = self.text;
        // `1 ⇥ 2 ⇥ 3 … 13` under a header: the columns' numbers.
        let numbering = numbers.len() == cells.len()
            && numbers.len() >= 3
            && numbers
                .iter()
                .enumerate()
                .all(|(k, &(_, v))| v == Decimal::from(k + 1));
        let label = cells
            .first()
            .filter(|s| cell_number(s.text(text)).is_none())
            .copied();
        for &(i, _) in numbers {
            let span = cells[i];
            let written = span.text(text);
            // `Addition ⇥ of ⇥ 35 ⇥ capital`: words of a justified line that
            // the layout set apart, not cells.
            let prose_follows = cells
                .get(i + 1)
                .is_some_and(|next| next.text(text).starts_with(|c: char| c.is_lowercase()));
            if (i == 0 && is_year(written))
                || prose_follows
                || self.axis.binary_search(&span.start).is_ok()
            {
                continue;
            }
            if numbering {
                self.verdicts
                    .push((span, Verdict::Out(COLUMN_NUMBERS.0, COLUMN_NUMBERS.1)));
                continue;
            }
            let verdict = match self.unit_of(cells, i, label) {
                Some((unit, growth)) => Verdict::Unit(unit, label, growth),
                None => Verdict::Out(TABLE_CELL.0, TABLE_CELL.1),
            };
            self.verdicts.push((span, verdict));
        }
    }

    /// The unit of cell `i` of a row: its column's, else its row label's
    /// note, else the table's one caption (a chart's caption names its
    /// axes, not its cells).
    /// Whether the cell is a growth (its column's header names one) comes
    /// with the unit.
    fn unit_of(&self, cells: &[Span], i: usize, label: Option<Span>) -> Option<(TableUnit, bool)> {
        let header = self.header.as_deref();
        column_unit(self.text, cells, i, header, self.currency)
            .map(|(unit, column)| (unit, self.growth.get(column).copied().unwrap_or(false)))
            .or_else(|| {
                label_unit(self.text, label, header, cells, i, self.currency)
                    .or(match self.table_caption {
                        // A chart's caption names its axes.
                        Some(Caption::One(unit)) if !self.in_chart => Some(unit),
                        _ => None,
                    })
                    .map(|unit| (unit, false))
            })
    }
}

/// The unit of cell `i` from the header, with the header cell it comes
/// under: its column's note, or the row's unit column; `None` when the
/// header says nothing of it or its columns cannot be matched to the
/// row's.
fn column_unit(
    text: &str,
    cells: &[Span],
    i: usize,
    header: Option<&[Column]>,
    currency: &DocumentCurrency,
) -> Option<(TableUnit, usize)> {
    let header = header?;
    // Every column in the same unit (`% share ⇥ % share`): every cell.
    if let Some(Column::Unit(first)) = header.first().copied()
        && header.iter().all(|c| *c == Column::Unit(first))
    {
        return Some((first, i.min(header.len() - 1)));
    }
    // A row is matched to the header cell by cell; a label broken by a
    // tab (`林 ⇥ 业 ⇥ 86.95 ⇥ 4.2`) counts as one cell, and a row may lack
    // its last cells (`全市常住人口 ⇥ 866.60`); any other row is not guessed
    // at.
    let is_label = |s: &Span| cell_number(s.text(text)).is_none();
    // A Chinese header with no label column (`| 绝对数 (亿元) | 比上年增长
    // (%) |` over `地区生产总值 | 617.50 | 5.2 |`) starts with a unit. (Not
    // guessed in other tables: the ECB's currency columns over rows of
    // exchange rates are no amounts.)
    let labelled = !(matches!(header.first(), Some(Column::Unit(_) | Column::Growth))
        && cells.first().is_some_and(|s| has_han(s.text(text))));
    let shift = if cells.len() > header.len() {
        let extra = cells.len() - header.len();
        if !cells[..extra + usize::from(labelled)].iter().all(is_label) {
            return None;
        }
        extra
    } else if cells.len() < header.len() && !cells.first().is_some_and(is_label) {
        return None;
    } else {
        0
    };
    let row_unit = || {
        let at = header.iter().position(|c| *c == Column::RowUnits)?;
        note_unit(cells.get(at + shift)?.text(text), currency)
    };
    let column = i.checked_sub(shift)?;
    let unit = match header.get(column)? {
        Column::Unit(unit) => Some(*unit),
        Column::RowUnits => None,
        Column::Silent => row_unit(),
        Column::Growth => row_unit().filter(|u| u.kind == Kind::Percent),
    };
    unit.map(|unit| (unit, column))
}

/// The unit the row's label states in its bracketed note (`科技活动人员
/// (万人)`, `发表科技论文 (篇)`), for a cell under no header or under a
/// column that states nothing (`2005`): not under a growth column, and not
/// where a header of another shape cannot be matched to the row.
fn label_unit(
    text: &str,
    label: Option<Span>,
    header: Option<&[Column]>,
    cells: &[Span],
    i: usize,
    currency: &DocumentCurrency,
) -> Option<TableUnit> {
    let note = label?.text(text).trim_end();
    if !note.ends_with([')', '）']) {
        return None;
    }
    let Column::Unit(unit) = header_column(note, currency) else {
        return None;
    };
    match header {
        None => Some(unit),
        Some(header) => {
            let silent = |c: &Column| *c == Column::Silent;
            (header.iter().all(silent)
                || (cells.len() == header.len() && header.get(i).is_some_and(silent)))
            .then_some(unit)
        }
    }
}

/// Number-only lines (one to three cells, blank lines between allowed)
/// whose columns step evenly (`2.5 ⇥ 58`, `2.0 ⇥ 56`, `1.5 ⇥ 54` …): axis
/// ticks. At least four lines, or three with two columns.
fn axis_ticks(text: &str, layout: &str, part: Span, verdicts: &mut Vec<(Span, Verdict)>) {
    let mut run: Vec<Vec<(Span, Decimal)>> = Vec::new();
    let flush = |run: &mut Vec<Vec<(Span, Decimal)>>, verdicts: &mut Vec<(Span, Verdict)>| {
        if is_axis(run) {
            for line in run.iter() {
                for &(span, _) in line {
                    verdicts.push((span, Verdict::Out(AXIS.0, AXIS.1)));
                }
            }
        }
        run.clear();
    };
    for (start, body) in filled_lines(layout, part) {
        // A letter is in some cell, and a cell with a letter is no tick:
        // the line ends the run (a line of prose is not cut into fields).
        if body.bytes().any(|b| b.is_ascii_alphabetic()) {
            flush(&mut run, verdicts);
            continue;
        }
        let cells = fields(layout, start, start + body.len());
        let numbers: Option<Vec<(Span, Decimal)>> = cells
            .iter()
            .map(|s| {
                let t = s.text(text);
                // (A tick may carry its unit: `70%`, `60%` … `0%`.)
                let bare = t.strip_suffix('%').unwrap_or(t);
                if is_year(t) {
                    None
                } else {
                    cell_number(bare).map(|v| (*s, v))
                }
            })
            .collect();
        match numbers {
            // `-15 ⇥ -10 ⇥ -5 ⇥ 0 ⇥ 5 … 50`: a horizontal axis on one line.
            Some(numbers)
                if numbers.len() >= 4
                    && is_axis(&numbers.iter().map(|&n| vec![n]).collect::<Vec<_>>()) =>
            {
                flush(&mut run, verdicts);
                for (span, _) in numbers {
                    verdicts.push((span, Verdict::Out(AXIS.0, AXIS.1)));
                }
            }
            Some(numbers)
                if (1..=3).contains(&numbers.len())
                    && run.last().is_none_or(|l| l.len() == numbers.len()) =>
            {
                run.push(numbers);
            }
            Some(numbers) if (1..=3).contains(&numbers.len()) => {
                flush(&mut run, verdicts);
                run.push(numbers);
            }
            _ => flush(&mut run, verdicts),
        }
    }
    flush(&mut run, verdicts);
}

fn is_axis(run: &[Vec<(Span, Decimal)>]) -> bool {
    let Some(width) = run.first().map(Vec::len) else {
        return false;
    };
    if run.len() < 4 && !(run.len() == 3 && width >= 2) {
        return false;
    }
    (0..width).all(|col| {
        let values: Vec<Decimal> = run.iter().map(|line| line[col].1).collect();
        let step = values[1] - values[0];
        !step.is_zero() && values.windows(2).all(|w| w[1] - w[0] == step)
    })
}

/// Applies the verdicts (sorted by span here): a count claim takes the
/// unit or is left out; a cell the readers left unread becomes a claim
/// when its unit is known; a claim with a unit of its own is kept.
fn settle(
    text: &str,
    sentences: &[Span],
    claims: &mut Vec<Claim>,
    rejected: &mut Vec<Rejection>,
    mut verdicts: Vec<(Span, Verdict)>,
) {
    if verdicts.is_empty() {
        return;
    }
    verdicts.sort_by_key(|(s, _)| s.start);
    verdicts.dedup_by_key(|(s, _)| s.start);
    let mut drop = vec![false; claims.len()];
    let mut added = Vec::new();
    let mut out = Vec::new();
    for (span, verdict) in verdicts {
        let first = claims.partition_point(|c| c.span.end <= span.start);
        let inside: Vec<usize> = (first..claims.len())
            .take_while(|&k| claims[k].span.start < span.end)
            .collect();
        // A cell with a unit of its own keeps it; an axis tick does not
        // become data by carrying one.
        let own_unit = inside.iter().any(|&k| claims[k].kind != Kind::Count);
        let tick = matches!(verdict, Verdict::Out(rule, _) if rule == AXIS.0);
        if own_unit && !tick {
            continue;
        }
        match verdict {
            Verdict::Unit(unit, label, growth) => {
                if let [k] = inside.as_slice() {
                    if claims[*k].span == span {
                        give_unit(text, &mut claims[*k], unit);
                        // (A cell alone on its line names nothing: the
                        // row's label is its subject.)
                        if claims[*k].subject.is_none() {
                            claims[*k].subject = label;
                        }
                        if growth {
                            claims[*k].trend = trend_of_sign(claims[*k].value);
                        }
                    }
                } else if inside.is_empty()
                    && let Some(mut claim) =
                        unread_cell(text, sentences, rejected, span, unit, label)
                {
                    if growth {
                        claim.trend = trend_of_sign(claim.value);
                    }
                    added.push(claim);
                }
            }
            Verdict::Out(rule, reason) => {
                for &k in &inside {
                    drop[k] = true;
                }
                if !inside.is_empty() || !already_rejected(rejected, span) {
                    out.push(Rejection { span, rule, reason });
                }
            }
        }
    }
    let mut k = 0;
    claims.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    if !added.is_empty() {
        claims.extend(added);
        claims.sort_by_key(|c| c.span.start);
    }
    if !out.is_empty() {
        rejected.extend(out);
        rejected.sort_by_key(|r| r.span.start);
    }
}

/// Whether a Chinese header cell names a growth (`比上年增长（%）`,
/// `增速`, `增减（±）`): its cells are changes, and a change's sign says
/// whether it is a rise or a fall (CLAIMS.md: `下降4.8%` is down; a
/// growth column's `-38.0` is a fall of 38%).
fn names_growth(cell: &str) -> bool {
    zh::tables::GROWTH_HEADS.iter().any(|w| cell.contains(w))
}

/// The trend of a growth cell: its sign (zero is no change).
fn trend_of_sign(value: Decimal) -> Trend {
    if value.is_sign_negative() && !value.is_zero() {
        Trend::Down
    } else if value.is_zero() {
        Trend::None
    } else {
        Trend::Up
    }
}

/// The claim of a cell the readers left unread (`span`, under the row
/// `label`) whose unit is known: none when a rule already left it out, or
/// when it is no number, zero or a year.
fn unread_cell(
    text: &str,
    sentences: &[Span],
    rejected: &[Rejection],
    span: Span,
    unit: TableUnit,
    label: Option<Span>,
) -> Option<Claim> {
    let already = already_rejected(rejected, span);
    let written = span.text(text);
    let value = cell_number(written)?;
    if already || value.is_zero() || is_year(written) {
        return None;
    }
    let sentence = sentences
        .partition_point(|s| s.end <= span.start)
        .min(sentences.len().saturating_sub(1));
    let mut claim = Claim {
        span,
        kind: Kind::Count,
        value,
        value_max: None,
        unit: "",
        norm_value: value,
        norm_unit: "",
        qualifier: Qualifier::Exact,
        trend: Trend::None,
        subject: label,
        sentence,
    };
    give_unit(text, &mut claim, unit);
    Some(claim)
}

#[cfg(test)]
mod tests {
    fn claims(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    &text[c.span.start..c.span.end],
                    c.kind.as_str(),
                    c.value.normalize(),
                    c.unit
                )
            })
            .collect()
    }

    fn left_out(text: &str, rule: &str) -> Vec<String> {
        crate::extract::extract(text)
            .rejected
            .iter()
            .filter(|r| r.rule == rule)
            .map(|r| text[r.span.start..r.span.end].to_string())
            .collect()
    }

    #[test]
    fn column_headers_give_chinese_cells_their_units() {
        // 05-china-qiandongnan-statistical-communique-2023-zh.pdf, page 4.
        let text = "表3 2023年主要农产品产量\n指标名称\t产量（万吨）\t比上年增长（%）\n粮食\t133.77\t-2.3\n";
        assert_eq!(
            claims(text),
            ["133.77 mass 1337700 t", "-2.3 percent -2.3 %"]
        );
    }

    #[test]
    fn a_unit_column_gives_the_row_its_unit_and_a_piece_is_no_yuan() {
        // 06-china-zhoukou-statistical-communique-2023-zh.pdf, page 7;
        // 05-…-2023-zh.pdf, page 7 (`万块` of integrated circuits).
        let text = "表6 2023年周口市交通运输主要指标及增速\n指标\t单位\t绝对数\t增长%\n货物运输总量\t亿吨\t2.92\t6.6\n集成电路\t万块\t23787.46\t170.1\n";
        assert_eq!(
            claims(text),
            [
                "2.92 mass 292000000 t",
                "6.6 percent 6.6 %",
                // (`万块` counts pieces: 237,874,600 chips, never yuan.)
                "23787.46 count 237874600 ",
                "170.1 percent 170.1 %"
            ]
        );
        assert!(left_out(text, "table-cell").is_empty());
    }

    #[test]
    fn a_wrapped_header_cell_and_a_stray_cell() {
        // 05-…-2023-zh.pdf, page 13: the header's last cell wraps; a row
        // with one cell too many is not matched to the header.
        let text = "表12\t2023年财政收支情况\n\n指标名称\t绝对数（亿元）\n比上年增长（%）\n\n全部财税收入\t128.64\t76.9\n教育\t104.83\t4.6\t3.7\n";
        assert_eq!(
            claims(text),
            ["128.64 money 12864000000 CNY", "76.9 percent 76.9 %"]
        );
        assert_eq!(left_out(text, "table-cell"), ["104.83", "4.6", "3.7"]);
    }

    #[test]
    fn a_caption_of_one_unit_applies_and_one_of_two_units_leaves_cells_out() {
        // 03-euroarea-ecb-economic-bulletin-2018-en.pdf, pages 67 and 113.
        let one =
            "Table 1\nProjections\n(percentage changes)\nMemo: 2007\t2017\t2018\nIMF\t1.4\t1.6\n";
        assert_eq!(claims(one), ["1.4 percent 1.4 %", "1.6 percent 1.6 %"]);
        let two = "5.2 Deposits in M3\n(EUR billions and annual growth rates; seasonally adjusted)\n\n1\t2\t3\n2015\t1,953.2\t1,503.9\t323.6\n";
        assert!(claims(two).is_empty());
        // Page 99: a label glued to its first cell is split from it.
        let glued = "2.6 Debt securities\n(EUR billions; nominal values)\n\nJuly 1,313\t528\t176\n";
        assert_eq!(
            claims(glued),
            [
                "1,313 money 1313000000000 EUR",
                "528 money 528000000000 EUR",
                "176 money 176000000000 EUR"
            ]
        );
        assert_eq!(left_out(two, "table-cell"), ["1,953.2", "1,503.9", "323.6"]);
    }

    #[test]
    fn a_header_of_years_is_no_unit() {
        // The caption's unit, not `12023年` read as a duration.
        let text = "表1 主要产品产量\n单位：万吨\n产品\t2023年\t2024年\n粮食\t12.5\t13.1\n";
        assert_eq!(claims(text), ["12.5 mass 125000 t", "13.1 mass 131000 t"]);
        assert!(super::is_power_of_ten(rust_decimal::Decimal::from(10_000)));
        assert!(!super::is_power_of_ten(rust_decimal::Decimal::from(12_023)));
    }

    #[test]
    fn bar_rows_are_cells_under_a_header_without_a_label_column() {
        let text = "表1 2023年某市生产总值\n| 绝对数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 512.30 | 4.8 |\n第一产业 | 40.25 | -3.1 |\n";
        assert_eq!(
            claims(text),
            [
                "512.30 money 51230000000 CNY",
                "4.8 percent 4.8 %",
                "40.25 money 4025000000 CNY",
                "-3.1 percent -3.1 %"
            ]
        );
    }

    #[test]
    fn a_row_label_states_the_unit_of_its_cells() {
        let text = "项 目 | 2021 | 2022 |\n从业人员 (万人) | 41.5 | 40.6 |\n#其中女性 | 20.1 | 19.8 |\n发表论文 (篇) | 9182 | 9750 |\n";
        assert_eq!(
            claims(text),
            [
                "41.5 count 415000 ",
                "40.6 count 406000 ",
                "9182 count 9182 ",
                "9750 count 9750 "
            ]
        );
        assert_eq!(left_out(text, "table-cell"), ["20.1", "19.8"]);
    }

    #[test]
    fn a_traditional_caption_states_the_unit() {
        let text = "表2 主要產品產量\n單位：萬噸\n產品\t2023年\t2024年\n糧食\t12.5\t13.1\n";
        assert_eq!(claims(text), ["12.5 mass 125000 t", "13.1 mass 131000 t"]);
    }

    #[test]
    fn chinese_rows_aligned_by_spaces_are_cells() {
        let text = "表4 主要年份指标\n    1990 1995 2000\n    年末总人口(万人)      324.85 333.65 341.48\n       #非农业人口   81.40 120.48 147.81\n  地区生产总值(亿元)   94.87 369.70 600.66\n";
        assert_eq!(
            claims(text),
            [
                "324.85 count 3248500 ",
                "333.65 count 3336500 ",
                "341.48 count 3414800 ",
                "94.87 money 9487000000 CNY",
                "369.70 money 36970000000 CNY",
                "600.66 money 60066000000 CNY"
            ]
        );
        assert_eq!(left_out(text, "table-cell"), ["81.40", "120.48", "147.81"]);
        // Prose, one number, or no Han label: no row.
        assert!(super::spaced_cells("全年粮食产量达到 12.5 万吨。").is_empty());
        assert!(super::spaced_cells("人口(万人) 324.85").is_empty());
        assert!(super::spaced_cells("Population 324.85 333.65").is_empty());
        assert_eq!(super::spaced_cells("人口(万人)  324.85 333.65"), [22, 15]);
    }

    #[test]
    fn a_table_of_one_cell_a_line_gives_no_counts() {
        let text = "项 目 |\n单 位 |\n2014年 |\n2015年 |\n旅游业收入 |\n亿元 |\n210.23 |\n227.44 |\n8.2 |\n";
        assert!(claims(text).is_empty(), "{:?}", claims(text));
        assert_eq!(left_out(text, "table-cell"), ["210.23", "227.44", "8.2"]);
        assert!(super::is_bar_cell("-38.0 |\n"));
        assert!(!super::is_bar_cell("亿元 |"));
        assert!(!super::is_bar_cell("38|"));
    }

    #[test]
    fn bar_rows() {
        use super::is_bar_row;
        assert!(is_bar_row("| 绝对数 (亿元) | 比上年增长 (%) |\n"));
        assert!(is_bar_row("地区生产总值 | 617.50 | 5.2 |"));
        assert!(is_bar_row("标题 | |||||"));
        assert!(!is_bar_row("甲 | 乙"));
        assert!(!is_bar_row("a|b|c"));
        assert!(!is_bar_row("甲\t| 1 | 2 |"));
    }

    #[test]
    fn chart_axis_ticks_are_left_out() {
        // 03-…-en.pdf, pages 6 and 10.
        // Page 43: ticks with their unit.
        assert!(claims("Chart D\n\n70%\n60%\n50%\n40%\n30%\n").is_empty());
        let vertical = "Chart 2\n2.5\t58\n\n2.0\t56\n\n1.5\t54\n\n1.0\t52\n";
        assert!(claims(vertical).is_empty());
        assert_eq!(left_out(vertical, "axis").len(), 8);
        let horizontal = "Chart 4\n(percentage changes)\n-15\t-10\t-5\t0\t5\t10\t15\n";
        assert!(claims(horizontal).is_empty());
        // Uneven values are data, not an axis.
        let uneven = "Chart 9\n2.5\t58\n2.1\t56\n1.5\t55\n1.0\t52\n";
        assert!(left_out(uneven, "axis").is_empty());
        assert_eq!(left_out(uneven, "table-cell").len(), 8);
    }

    #[test]
    fn a_header_of_one_unit_in_every_column() {
        // 02-malaysia-economic-outlook-ch1-2026-en.pdf, page 24.
        let text = "Age Group\tSkills Category\n% share\t% share\n19.9\t38.1\n";
        assert_eq!(claims(text), ["19.9 percent 19.9 %", "38.1 percent 38.1 %"]);
    }

    #[test]
    fn prose_and_untabbed_tables_are_untouched() {
        let text = "Legislative Department 80,132,083 78,183,856 5,000 1,943,227 0 449.2\n";
        let before = claims(text);
        assert!(before.iter().any(|c| c.starts_with("449.2 count")));
        assert_eq!(
            claims("They hired 5 and 6 people.\n"),
            ["5 count 5 ", "6 count 6 "]
        );
    }
}
