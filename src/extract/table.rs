//! Flattened tables: a row of bare numbers after a label takes the unit
//! stated in the label (`GDP growth (%)   0.4   0.9`) or in a caption line
//! above the rows (`Budget Projections (Billions of dollars)`), up to the
//! next blank line.
//!
//! Only counts (numbers with no unit of their own) on lines that hold two
//! or more claims and do not end a sentence are changed.

use rust_decimal::Decimal;

use super::columns::{self, RowLine, TableUnit, give_unit};
use super::model::Claim;
use super::units::{self, DocumentCurrency, Kind};

/// Reads `(%)`, `(per cent)`, `(percent of GDP unless otherwise
/// indicated)`, `(Billions of dollars)`, `(US$ million)`, `(RMB billion)`,
/// and the numbered notes of statistical tables, `(Unit: 10,000 tons)`,
/// `(100 million yuan)`.
pub(super) fn parse_note(note: &str, currency: &DocumentCurrency) -> Option<TableUnit> {
    let note = note.trim();
    // `Dollars in Millions`: the currency first, then its scale.
    if let Some((money, scale)) = note.split_once(" in ")
        && !money.contains(' ')
        && !scale.trim().contains(' ')
        && units::currency_suffix_at(money).is_some()
    {
        return parse_note(&format!("{scale} of {money}"), currency);
    }
    // `Amount in Kshs.`: a word, then the note.
    if let Some((head, rest)) = note.split_once(" in ")
        && !head.contains(' ')
        && let Some(unit) = parse_note(rest, currency)
    {
        return Some(unit);
    }
    let note = note.strip_prefix("in ").unwrap_or(note).trim_start();
    let note = match note.get(..5) {
        Some(head) if head.eq_ignore_ascii_case("unit:") => note[5..].trim_start(),
        _ => note,
    };
    if note.starts_with(|c: char| c.is_ascii_digit()) {
        return numbered_note(note, currency);
    }
    let percent = ["%", "percent", "per cent"];
    let is_percent = |p: &&str| {
        note.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && (note.len() == p.len() || note[p.len()..].starts_with([' ', ',']))
    };
    if percent.iter().any(is_percent) {
        return Some(TableUnit {
            kind: Kind::Percent,
            unit: "%",
            scale: Decimal::ONE,
            measure: None,
            numbered: false,
        });
    }
    if let Some(found) = bare_currency(note) {
        return Some(TableUnit {
            kind: Kind::Money,
            unit: currency.resolve(found),
            scale: Decimal::ONE,
            measure: None,
            numbered: false,
        });
    }
    // A currency code or symbol first (`US$ million`), else after the scale
    // word (`Billions of dollars`).
    let (prefix, rest) = match note.split_once(' ') {
        Some((code, rest)) => match units::currency_prefix_before(code) {
            Some((found, 0)) => (Some(found), rest),
            _ => (None, note),
        },
        None => (None, note),
    };
    let (scale_word, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let singular = scale_word.strip_suffix(['s', 'S']).unwrap_or(scale_word);
    let (scale, len) = units::scale_at(singular, false)?;
    if len != singular.len() {
        return None;
    }
    let after = after.strip_prefix("of ").unwrap_or(after);
    let found = prefix.or_else(|| {
        units::currency_suffix_at(after)
            .filter(|&(_, minor, _)| !minor)
            .map(|(c, ..)| c)
    })?;
    Some(TableUnit {
        kind: Kind::Money,
        unit: currency.resolve(found),
        scale: Decimal::from(scale),
        measure: None,
        numbered: false,
    })
}

/// A note that is a currency and nothing else (`Kshs.`, `in Kshs`,
/// `US$`, `dollars`): amounts in units of it. Not a lone letter (`R`).
fn bare_currency(note: &str) -> Option<units::Currency> {
    if note.len() < 2 && note != "$" {
        return None;
    }
    if let Some((found, 0)) = units::currency_prefix_before(note) {
        return Some(found);
    }
    units::currency_suffix_at(note)
        .filter(|&(_, minor, len)| !minor && len == note.len())
        .map(|(found, ..)| found)
}

/// `10,000 tons`, `100 million yuan`: a number (with an optional scale
/// word) and a unit or currency that make up the whole note.
fn numbered_note(note: &str, currency: &DocumentCurrency) -> Option<TableUnit> {
    let digits = note
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    let number: Decimal = note[..digits].replace(',', "").parse().ok()?;
    let rest = note[digits..].trim_start();
    let (scale, rest) = match units::scale_at(rest, false) {
        Some((scale, len)) => (Decimal::from(scale), rest[len..].trim_start()),
        None => (Decimal::ONE, rest),
    };
    // A note's number is a power of ten (`10,000 tons`, `100 million
    // yuan`); a bracketed `(85%)` in prose is a value, not a note.
    if !is_power_of_ten(number) {
        return None;
    }
    let scale = number.checked_mul(scale)?;
    if let Some((found, false, len)) = units::currency_suffix_at(rest)
        && len == rest.len()
    {
        return Some(TableUnit {
            kind: Kind::Money,
            unit: currency.resolve(found),
            scale,
            measure: None,
            numbered: true,
        });
    }
    let (unit, len) = units::unit_at(rest)?;
    (len == rest.len()).then_some(TableUnit {
        kind: unit.kind,
        unit: unit.symbol,
        scale,
        measure: Some(unit),
        numbered: true,
    })
}

/// `Table 3A: Total General Fund Appropriations`: the title of the next
/// table.
fn starts_table_title(body: &str) -> bool {
    body.strip_prefix("Table ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
}

fn is_power_of_ten(number: Decimal) -> bool {
    let mut n = number;
    if n < Decimal::ONE || !n.fract().is_zero() {
        return false;
    }
    while n >= Decimal::TEN && (n % Decimal::TEN).is_zero() {
        n /= Decimal::TEN;
    }
    n == Decimal::ONE
}

/// The unit note of a line, with where the note starts and ends.
fn note_of(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    let bracketed = line.find('(').and_then(|open| {
        let close = open + line[open..].find(')')?;
        parse_note(&line[open + 1..close], currency).map(|unit| (unit, open, close + 1))
    });
    bracketed
        .or_else(|| header_note(line, currency))
        .or_else(|| line_note(line, currency))
}

/// `billions of dollars`, `Dollars in Millions`: a caption line that is a
/// note and nothing else.
fn line_note(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    let body = line.trim();
    if body.is_empty() || body.len() > 40 || body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let unit = parse_note(body, currency)?;
    let start = line.len() - line.trim_start().len();
    Some((unit, start, start + body.len()))
}

/// `By Fiscal Year, Millions of Dollars      2024    2024-2029`: a note
/// written as a comma-separated part of a header, before its columns.
fn header_note(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    // Only a header with columns after it.
    let bytes = line.as_bytes();
    let label_end = memchr::memmem::find(bytes, b"  ").or_else(|| memchr::memchr(b'\t', bytes))?;
    if !line[label_end..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let mut end = 0;
    for part in line[..label_end].split(',') {
        let start = end;
        end += part.len();
        if let Some(unit) = parse_note(part, currency) {
            return Some((unit, start, end));
        }
        end += 1;
    }
    None
}

/// What the lines above a row say about the units of its cells, and how
/// far that reaches: a caption or a column head holds until the table
/// ends (a blank line, a new table's title, a paragraph of prose), a
/// row-group label's note until the next label.
#[derive(Default)]
struct Reach {
    /// The table's caption: a line that is a note and nothing else (`Per
    /// cent, unless otherwise indicated`, `Dollars in Millions`).
    caption: Option<TableUnit>,
    /// Column heads: the bracketed notes of the header lines above the
    /// table's first row, left to right (`None`: a unit no note reads,
    /// `(US cents/C$)`).
    heads: Vec<Option<TableUnit>>,
    /// The note of a row-group label after rows (`Nominal GDP level
    /// (billions of dollars)`), which overrides the caption (`unless
    /// otherwise indicated`) up to the next label.
    group: Option<Option<TableUnit>>,
    group_has_rows: bool,
    rows_seen: bool,
    /// The words of the label lines under the heads, before the first row
    /// (`County Executive County Assem-⏎bly County Executive …`).
    subheads: String,
    /// Every head names the same unit.
    uniform: bool,
    /// The sub-heads repeat once per head (decided at the first row).
    spanned: bool,
}

impl Reach {
    fn end(&mut self) {
        *self = Reach::default();
    }

    /// The unit of the `i`-th of a row's `n` cells.
    fn unit(&self, n: usize, i: usize) -> Option<TableUnit> {
        if let Some(group) = self.group {
            return group;
        }
        if self.uniform {
            return self.heads.first().copied().flatten();
        }
        if !self.heads.is_empty() {
            let h = self.heads.len();
            // `Budget (Kshs.) Expenditure (Kshs) Absorption (%)` over
            // `County Executive County Assembly` three times: each head
            // spans the same sub-columns.
            if n > h && n.is_multiple_of(h) && self.spanned {
                return self.heads.get(i / (n / h)).copied().flatten();
            }
            return columns::head_unit(&self.heads, n, i).flatten();
        }
        self.caption
    }

    /// The bracketed notes of a header or label line.
    fn header(&mut self, notes: Vec<Option<TableUnit>>) {
        if !self.rows_seen {
            // (Uniformity is kept as heads are added: a file of note lines
            // costs its length, not its square.)
            let first = self.heads.first().or(notes.first()).copied();
            self.uniform =
                (self.heads.is_empty() || self.uniform) && notes.iter().all(|&u| Some(u) == first);
            self.heads.extend(notes);
            self.subheads.clear();
        } else if let [note] = notes.as_slice() {
            self.group = Some(*note);
            self.group_has_rows = false;
        } else {
            // A new header under the rows of the last: new columns.
            let first = notes.first().copied();
            self.uniform = notes.iter().all(|&u| Some(u) == first);
            self.heads = notes;
            self.group = None;
            self.rows_seen = false;
        }
    }

    /// A label line without a note ends a group that has rows; under the
    /// heads, before the first row, it names sub-columns.
    /// (`ends_group`: the label is no row label wrapped onto the next line.)
    fn label(&mut self, body: &str, ends_group: bool) {
        if !self.rows_seen && !self.heads.is_empty() {
            columns::join_wrapped(&mut self.subheads, body);
        }
        if !ends_group {
            return;
        }
        if self.group_has_rows {
            self.group = None;
            self.group_has_rows = false;
        }
    }

    fn row(&mut self) {
        if !self.rows_seen {
            self.spanned = columns::repeats(&self.subheads, self.heads.len());
        }
        self.rows_seen = true;
        if self.group.is_some() {
            self.group_has_rows = true;
        }
    }
}

/// A bracket that names a unit no note reads (`(US cents/C$)`, `($US per
/// barrel)`, `(thousands)`, a bracket of lower-case words): the caption
/// does not reach the cells under it. (Not an acronym, `(FIF)`, nor a
/// phrase that opens with a preposition or a pointer, `(by chapter)`,
/// `(see note 3)`: a unit opens with its noun.)
fn unit_like(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    !inner.contains(|c: char| c.is_ascii_digit())
        && !NOT_UNIT_OPENERS.contains(&first)
        && (inner.contains(['$', '/', '%'])
            || lower.contains(" per ")
            || inner.starts_with(char::is_lowercase)
            // (The short-scale names, powers of a thousand: `(million
            // tonnes)`.)
            || units::SCALE_NAMES
                .iter()
                .any(|&(w, f)| f >= 1_000 && f.ilog10() % 3 == 0 && lower.contains(w)))
}

/// Words that open a bracketed phrase that is no unit: prepositions,
/// conjunctions and pointers (`(by chapter)`, `(excluding transfers)`,
/// `(see below)`).
const NOT_UNIT_OPENERS: [&str; 16] = [
    "by",
    "for",
    "from",
    "to",
    "with",
    "without",
    "excluding",
    "including",
    "incl.",
    "excl.",
    "see",
    "and",
    "or",
    "as",
    "e.g.",
    "i.e.",
];

/// The notes of every bracket of a header line, left to right
/// (`Supplementary Budget 1 (Kshs.) Expenditure (Kshs) Absorption (%)`):
/// a unit, or `None` for a unit no note reads; brackets that name no unit
/// (`(FIF)`) are skipped.
fn bracketed_notes(body: &str, currency: &DocumentCurrency) -> Vec<Option<TableUnit>> {
    let mut notes = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        match parse_note(inner, currency) {
            Some(unit) => notes.push(Some(unit)),
            None if unit_like(inner) => notes.push(None),
            None => {}
        }
        rest = &rest[open + len + 1..];
    }
    notes
}

/// A line that ends like a sentence is prose, unless its last cell is a
/// placeholder (`Bank of Canada⇥1.1⇥..⇥..`).
fn ends_a_sentence(body: &str, cells: &[(usize, usize)]) -> bool {
    body.ends_with(['.', '!', '?', ':', ';'])
        && !cells
            .last()
            .is_some_and(|&(s, e)| columns::is_placeholder(&body[s..e]))
}

/// A table's end for the column rules: a blank line, a table title, or a
/// paragraph of prose (`cells`: the line's [`columns::row_cells`]).
fn ends_a_table(body: &str, cells: &[(usize, usize)]) -> bool {
    body.is_empty() || starts_table_title(body) || is_prose(body, cells)
}

/// Gives table rows the unit of their label, column head or caption; the
/// number of a numbered note (`(Unit: 10,000 tons)`) is no claim of its
/// own.
pub fn apply(text: &str, claims: &mut Vec<Claim>, currency: &DocumentCurrency) {
    // (Each line is cut into cells once, for the walk and the columns.)
    let lines = RowLine::all(text, ends_a_table);
    let mut walk = TableWalk::new(text, &lines, currency);
    let mut next = 0;
    for (k, line) in lines.iter().enumerate() {
        let first = next;
        while next < claims.len() && claims[next].span.start < line.end {
            next += 1;
        }
        walk.line(k, &mut claims[first..next]);
    }
    let numbered_notes = walk.numbered_notes;
    if !numbered_notes.is_empty() {
        claims.retain(|c| !inside_a_note(&numbered_notes, c.span.start, c.span.end));
    }
    columns::currency_columns(text, &lines, claims);
}

/// The walk of `apply` down the lines of a text: what the lines above say
/// of the units below (captions, heads, labels) and the numbered notes
/// found, whose numbers are no claims.
struct TableWalk<'t> {
    text: &'t str,
    lines: &'t [RowLine<'t>],
    currency: &'t DocumentCurrency,
    reach: Reach,
    /// A bracket opened at the end of a label line, closed on the next
    /// (`Nominal GDP level (billions of` / `dollars) 1`).
    open_bracket: Option<&'t str>,
    /// A table flattened one cell per line keeps its caption across the
    /// blank lines between cells, until prose; only while one caption
    /// stands above the cells (two, `Value (Billions of dollars)` and
    /// `Growth (%)`, name columns that a lone cell cannot tell apart).
    lone_caption: Option<TableUnit>,
    captions_above: usize,
    numbered_notes: Vec<(usize, usize)>,
}

impl<'t> TableWalk<'t> {
    fn new(text: &'t str, lines: &'t [RowLine<'t>], currency: &'t DocumentCurrency) -> Self {
        TableWalk {
            text,
            lines,
            currency,
            reach: Reach::default(),
            open_bracket: None,
            lone_caption: None,
            captions_above: 0,
            numbered_notes: Vec::new(),
        }
    }

    /// Does line `k` end in a cell? (A line that ends like a sentence is
    /// prose, whatever its last word: `percent in November 2022, its
    /// highest rate since December 2017.`)
    fn ends_in_cell(&self, k: usize) -> bool {
        self.lines
            .get(k)
            .is_some_and(|l| !l.cells.is_empty() && !ends_a_sentence(l.body, &l.cells))
    }

    /// Line `k`, holding the claims `on_line`: prose, a lone cell, a row,
    /// a label with its note, or a header, caption or label that sets the
    /// units of the rows below.
    fn line(&mut self, k: usize, on_line: &mut [Claim]) {
        let text = self.text;
        let lines = self.lines;
        let (body, line_start, cells) = (lines[k].body, lines[k].start, &lines[k].cells);
        // A blank line or a new table's title ends the caption's reach.
        let opens = body.is_empty() || starts_table_title(body);
        if opens {
            self.reach.end();
        }
        let wrapped = self.open_bracket.take();
        // A line that ends like a sentence is prose: neither a row nor a
        // caption; a paragraph of it ends the table.
        if ends_a_sentence(body, cells) {
            // (A line neither blank nor a title breaks a block of rows
            // only as prose: its `breaks` answers without a second count.)
            if lines[k].breaks && (!opens || is_prose(body, cells)) {
                self.lone_caption = None;
                self.captions_above = 0;
                self.reach.end();
            }
            return;
        }
        let note = note_of(body, self.currency);
        if let Some((unit, start, end)) = note
            && unit.numbered
        {
            self.numbered_notes
                .push((line_start + start, line_start + end));
        }
        // `4.896` on a line of its own under `(in trillions of dollars)`.
        let lone_cell = on_line.len() == 1
            && text.get(on_line[0].span.start..on_line[0].span.end) == Some(body.trim_start())
            && note.is_none();
        let cells_from = line_start + cells.first().map_or(body.len(), |c| c.0);
        let in_cells = on_line
            .iter()
            .filter(|c| c.span.start >= cells_from)
            .count();
        if lone_cell {
            // (Only a money caption: a bare `(%)` above one-cell lines is
            // the header of one column among others.)
            if let Some(unit) = self
                .lone_caption
                .filter(|u| self.captions_above == 1 && u.kind == Kind::Money)
            {
                give_unit(text, &mut on_line[0], unit);
            }
        } else if in_cells >= 2
            || (in_cells == 1 && cells.len() >= 2)
            || one_cell_row(body, on_line.len(), in_cells, cells.len(), || {
                (k > 0 && self.ends_in_cell(k - 1)) || self.ends_in_cell(k + 1)
            })
        {
            self.row(body, line_start, cells_from, cells, on_line);
        } else if let Some((unit, _, end)) = note
            && on_line.len() >= 2
            && body.find('\t').is_some_and(|tab| tab >= end)
        {
            // `Growth (%)⇥2.1⇥-0.4 and fell to -3.5%`: the label's own note
            // gives the numbers after it, though words end the line.
            for claim in on_line
                .iter_mut()
                .filter(|c| c.span.start >= line_start + end)
            {
                give_unit(text, claim, unit);
            }
        } else {
            self.heading(k, body, note.map(|(unit, ..)| unit), wrapped);
        }
    }

    /// A row: its cells take the unit of its label's own note, else the
    /// one the lines above give; a row that counts people keeps its counts.
    fn row(
        &mut self,
        body: &str,
        line_start: usize,
        cells_from: usize,
        cells: &[(usize, usize)],
        on_line: &mut [Claim],
    ) {
        self.reach.row();
        let label = &body[..cells_from - line_start];
        if columns::counts_people(label) {
            return;
        }
        let own = note_of(label, self.currency).map(|(u, ..)| u);
        let reach = &self.reach;
        row_units(self.text, on_line, line_start, cells, |n, i| {
            own.or_else(|| reach.unit(n, i))
        });
    }

    /// A line of no row (`k`, trimmed to `body`, with its `note` and the
    /// open bracket of the line before, `wrapped`): a header's notes, a
    /// caption, or a label, read into the reach of the rows below.
    fn heading(&mut self, k: usize, body: &'t str, note: Option<TableUnit>, wrapped: Option<&str>) {
        let brackets = bracketed_notes(body, self.currency);
        let joined = wrapped.and_then(|open| {
            let close = body.find(')')?;
            (!body[..close].contains('(')).then(|| format!("{open} {}", &body[..close]))
        });
        if let Some(inner) = joined {
            match parse_note(&inner, self.currency) {
                Some(unit) => self.reach.header(vec![Some(unit)]),
                None if unit_like(&inner) => self.reach.header(vec![None]),
                None => self.reach.label(body, true),
            }
        } else if !brackets.is_empty() {
            self.reach.header(brackets);
        } else if let Some(unit) = note {
            // `Dollars in Millions`: a new table's caption.
            self.reach.end();
            self.reach.caption = Some(unit);
        } else {
            let continues = continues_on_next_line(self.lines.get(k + 1).map(|l| l.body));
            if continues && self.ends_in_cell(k + 1) {
                // The first part of the next row's label.
            } else {
                self.reach.label(body, !continues);
            }
        }
        if let Some(unit) = note {
            if self.lone_caption != Some(unit) {
                self.captions_above += 1;
            }
            self.lone_caption = Some(unit);
        }
        if let Some(open) = body.rfind('(')
            && !body[open..].contains(')')
        {
            self.open_bracket = Some(&body[open + 1..]);
        }
    }
}

/// A bare cell at the end of a row whose unit the reader took from the
/// start of the next line (`3,867,650,318⏎% of Total 20`, `332.1⏎$
/// Change from prior year`) is a bare cell: that unit belongs to the next
/// row's label.
fn unglue_next_line(text: &str, claim: &mut Claim, cell_start: usize, cell_end: usize) {
    let crosses = claim.span.end > cell_end
        && text
            .get(cell_end..claim.span.end)
            .is_some_and(|gap| gap.contains('\n'));
    let bare = text.get(cell_start..cell_end).is_some_and(|cell| {
        cell.trim_start_matches('-')
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    });
    if crosses && bare && claim.kind != Kind::Count && claim.value_max.is_none() {
        claim.kind = Kind::Count;
        claim.unit = "";
        claim.norm_unit = "";
        claim.norm_value = claim.value;
        claim.span.end = cell_end;
    }
}

/// Whether the next line goes on with this line's words (`Difference
/// between FES 2023` / `and Budget 2024⇥18⇥56`): a row label wrapped over
/// two lines, not the label of a new group of rows.
fn continues_on_next_line(next: Option<&str>) -> bool {
    next.is_some_and(|l| l.trim_start().starts_with(|c: char| c.is_lowercase()))
}

/// A row of one cell (`Less: … Statutory Restriction -403.7`): a short
/// line whose last token is its only cell, written like an amount (not
/// the footnote marker of `GDP inflation 1`), with at most one other number
/// (a row number, `(5.0% of personal income)`), next to another line that
/// ends in a cell. (A line of prose that wraps after a number is longer,
/// or stands alone.)
fn one_cell_row(
    body: &str,
    claims: usize,
    in_cells: usize,
    cells: usize,
    beside_a_row: impl Fn() -> bool,
) -> bool {
    // (Asked last but one: a long line of Chinese has no space to stop
    // the search for its last token.)
    let amount_like = || {
        body.split_whitespace()
            .next_back()
            .is_some_and(|cell| cell.contains([',', '.', '$', '-']))
    };
    in_cells == 1
        && cells == 1
        && claims <= 2
        && amount_like()
        && body.split_whitespace().count() <= 15
        && beside_a_row()
}

/// Gives the cells of one row (`cells`, byte ranges of the line that
/// starts at `line_start`) the unit `unit_of(n, i)` names for the `i`-th
/// of `n` cells. A cell written with a minus (`-$222,287 -1.1%`) is
/// negative even where the reader took the minus for a dash.
fn row_units(
    text: &str,
    on_line: &mut [Claim],
    line_start: usize,
    cells: &[(usize, usize)],
    unit_of: impl Fn(usize, usize) -> Option<TableUnit>,
) {
    let million = Decimal::from(1_000_000);
    let cells_from = line_start + cells.first().map_or(0, |c| c.0);
    // `Agriculture $78,293,462 ... 5,000 ... 332.1` under `Dollars in
    // Millions`: a row with cells of a million or more is written in
    // units; none of its cells takes the scale, and a small decimal cell
    // is another column (staff, FTE), not money.
    let in_units = on_line
        .iter()
        .any(|c| c.span.start >= cells_from && c.value.abs() >= million);
    let n = cells.len();
    // (Claims and cells are both in order: one walk, not a search a claim.)
    let mut i = 0;
    for claim in on_line.iter_mut().filter(|c| c.span.start >= cells_from) {
        while i < n && claim.span.start >= line_start + cells[i].1 {
            i += 1;
        }
        if i == n {
            break;
        }
        let (cell_start, cell_end) = cells[i];
        unglue_next_line(text, claim, line_start + cell_start, line_start + cell_end);
        let signed = text[line_start + cell_start..].starts_with('-')
            && claim.span.start == line_start + cell_start + 1
            && claim.value.is_sign_positive()
            && claim.value_max.is_none();
        if signed {
            claim.value = -claim.value;
            claim.norm_value = -claim.norm_value;
        }
        let Some(unit) = unit_of(n, i) else { continue };
        let scaled = unit.scale >= million && in_units;
        if scaled
            && claim.value.abs() < million
            && text
                .get(claim.span.start..claim.span.end)
                .is_some_and(|t| t.contains('.'))
        {
            continue;
        }
        let unit = if scaled {
            TableUnit {
                scale: Decimal::ONE,
                ..unit
            }
        } else {
            unit
        };
        give_unit(text, claim, unit);
    }
}

/// A line of prose: it ends like a sentence and has eight words or more.
/// It ends every table above it (no caption reaches past it); `part`
/// cuts a large document only after such a line.
pub fn ends_tables(body: &str) -> bool {
    is_prose(body, &columns::row_cells(body))
}

/// [`ends_tables`], with the line's cells already cut.
fn is_prose(body: &str, cells: &[(usize, usize)]) -> bool {
    ends_a_sentence(body, cells) && has_words(body, 8)
}

/// Does `body` hold `n` words or more (as `split_whitespace` cuts them)?
/// Counted char by char up to the `n`-th: a paragraph is one long line.
fn has_words(body: &str, n: usize) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for c in body.chars() {
        let space = c.is_whitespace();
        if !space && !in_word {
            words += 1;
            if words >= n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// Whether `start..end` lies inside one of `notes`, which are sorted and
/// disjoint (at most one per line, in line order): a binary search, so
/// that checking every claim costs O(n log m), not O(n m) (a file of
/// 160,000 noted lines once took 34 s).
fn inside_a_note(notes: &[(usize, usize)], start: usize, end: usize) -> bool {
    // The last note that starts at or before `start`.
    let after = notes.partition_point(|&(note_start, _)| note_start <= start);
    after > 0 && notes[after - 1].1 >= end
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::kinds;

    proptest::proptest! {
        #[test]
        fn words_are_counted_as_split_whitespace_cuts_them(
            body in "[a. \t\u{a0}\u{3000}é]{0,24}",
            n in 1usize..8,
        ) {
            proptest::prop_assert_eq!(
                super::has_words(&body, n),
                body.split_whitespace().count() >= n
            );
        }
    }

    #[test]
    fn a_bracketed_phrase_that_opens_with_a_preposition_is_no_unit() {
        // 11-canada-budget-2024-en.txt, Table A1.4: `(by⏎chapter)` names
        // the row group, the caption `billions of dollars` still holds.
        assert!(!super::unit_like("by chapter"));
        assert!(!super::unit_like("see note"));
        assert!(super::unit_like("thousands"));
        assert!(super::unit_like("US cents/C$"));
    }

    #[test]
    fn row_label_gives_the_unit() {
        assert_eq!(
            kinds("GDP growth (%)   0.4   0.9\n"),
            ["percent 0.4 %", "percent 0.9 %"]
        );
    }

    #[test]
    fn caption_gives_the_unit_until_a_blank_line() {
        let text = "Projections (Billions of dollars)\nOutlays 6,865 7,019\n\nThey hired 5 and 6 people.\n";
        assert_eq!(
            kinds(text),
            [
                "money 6865000000000 USD",
                "money 7019000000000 USD",
                "count 5 ",
                "count 6 "
            ]
        );
    }

    #[test]
    fn claims_inside_numbered_notes_are_found_by_position() {
        let notes = [(0, 13), (19, 32), (40, 45)];
        for (start, end, inside) in [
            (1, 7, true),
            (14, 18, false),
            (19, 32, true),
            (30, 34, false),
            (41, 44, true),
            (46, 50, false),
        ] {
            assert_eq!(
                super::inside_a_note(&notes, start, end),
                inside,
                "{start}..{end}"
            );
        }
        assert!(!super::inside_a_note(&[], 0, 1));
    }

    #[test]
    fn numbered_notes_on_every_line_drop_only_their_own_number() {
        let text = "(10,000 tons) 5 kg\n".repeat(3);
        assert_eq!(kinds(&text), ["mass 5 kg", "mass 5 kg", "mass 5 kg"]);
    }

    #[test]
    fn sentences_are_not_rows() {
        assert_eq!(
            kinds("Growth (%) was 2 in 2023 and 3 in 2024.\n"),
            ["count 2 ", "count 3 "]
        );
    }

    #[test]
    fn a_caption_line_scales_rows_and_money_cells() {
        let text = "Dollars in Millions\nTotal Available $20,877.4 $20,493.1\nObligations 18,498.8 18,544.0\n";
        assert_eq!(
            kinds(text),
            [
                "money 20877400000 USD",
                "money 20493100000 USD",
                "money 18498800000 USD",
                "money 18544000000 USD"
            ]
        );
        assert_eq!(
            kinds("billions of dollars\nBalance \t-40.0 \t-38.4\n"),
            ["money -40000000000 USD", "money -38400000000 USD"]
        );
    }

    #[test]
    fn one_cell_per_line_under_one_money_caption() {
        let text = "Table 1. Receipts (in trillions of dollars)\n\nReceipts\n\nFY 2022 Actual\n4.896\n\n6.272\n\n19.3%\n\nReceipts totaled $4.4 trillion in FY 2023, less than the projections made in the Budget.\n\nThey hired 5 and 6 people.\n";
        assert_eq!(
            kinds(text),
            [
                "money 4896000000000 USD",
                "money 6272000000000 USD",
                "percent 19.3 %",
                "money 4400000000000 USD",
                "count 5 ",
                "count 6 "
            ]
        );
    }

    #[test]
    fn a_bare_percent_header_is_one_column_among_others() {
        let text = "Growth,\n(%)\nWorld\n 15 514\n-23\n";
        assert_eq!(kinds(text), ["count 15514 ", "count -23 "]);
    }

    #[test]
    fn a_bracketed_percentage_in_prose_is_no_caption() {
        let text = "Costs of solar energy (85%), wind energy\nlimit warming to 2 degrees (>67%) assuming 3 and 4 steps\n";
        assert_eq!(
            kinds(text),
            ["percent 85 %", "percent 67 %", "count 3 ", "count 4 "]
        );
    }

    #[test]
    fn a_row_keeps_the_signs_of_its_cells() {
        assert_eq!(
            kinds("Dollars in Millions\n5 HB 25-1021 Tax incentives 0.0 -1.0\n"),
            ["money -1000000 USD"]
        );
    }

    #[test]
    fn a_row_written_in_units_keeps_its_other_columns() {
        let text = "Dollars in Millions\nAgriculture $78,293,462 $20,564,403 332.1\nCorrections 1,190,256,447 3,341,003 6,391.0\n";
        assert_eq!(
            kinds(text),
            [
                "money 78293462 USD",
                "money 20564403 USD",
                "count 332.1 ",
                "money 1190256447 USD",
                "money 3341003 USD",
                "count 6391 "
            ]
        );
    }
}
