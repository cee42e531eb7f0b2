//! Compares two ledgers claim by claim and returns a [`Report`]: the
//! claims added, removed and changed (with each changed field), and the
//! precision and recall of the current ledger against the expected one.
//! `claimscan check` compares a fresh extraction with a stored ledger,
//! `claimscan diff` two stored ledgers; both end here. Nothing here prints
//! or touches files: [`Report::write_text`] and [`Report::write_json`]
//! write to whatever writer the caller hands them.
//!
//! Matching, per file, each pass only over the claims still unmatched:
//! 1. same span (`start`, `end`), same `text` and same `sentence`;
//! 2. same `text` and `sentence`, the k-th such claim with the k-th: this
//!    finds claims whose offsets moved because text was inserted or removed
//!    earlier in the file;
//! 3. overlapping spans once shifted by the offset change of the nearest
//!    matched claim before (or after) them: a claim edited in place;
//! 4. same `text` in the same sentence (shifted by the sentence-index
//!    change of those nearest matched claims): a claim whose sentence was
//!    edited around it.
//!
//! What is left is added or removed. Matched claims are compared on
//! [`COMPARED_COLUMNS`] (numbers by value); `claim_id`, `line`,
//! `sentence_index`, `start` and `end` only locate claims: they change
//! whenever text moves, so they are never compared.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::{self, Write};
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use thiserror::Error;

use crate::ledger::COLUMNS;

/// The columns compared by default, in ledger order.
pub const COMPARED_COLUMNS: [&str; 11] = [
    "text",
    "kind",
    "value",
    "value_max",
    "unit",
    "norm_value",
    "norm_unit",
    "qualifier",
    "trend",
    "subject",
    "sentence",
];

/// Compared as decimals when both cells parse: `97.3` equals `97.30`.
const NUMERIC_COLUMNS: [&str; 3] = ["value", "value_max", "norm_value"];

const FILE: usize = 1;
const LINE: usize = 2;
const SENTENCE_INDEX: usize = 3;
const START: usize = 4;
const END: usize = 5;
const TEXT: usize = 6;
const KIND: usize = 7;
const VALUE: usize = 8;
const VALUE_MAX: usize = 9;
const UNIT: usize = 10;
const SENTENCE: usize = 16;

/// Why a ledger could not be read.
#[derive(Debug, Error)]
pub enum LedgerError {
    #[error("{path}: not a claimscan ledger: no column '{column}' in the header")]
    MissingColumn { path: String, column: &'static str },
    #[error("{path}: line {line}: {column} '{value}' is not a whole number")]
    BadNumber {
        path: String,
        line: u64,
        column: &'static str,
        value: String,
    },
    #[error(
        "{path}: the columns are separated by ';', not ',' (a spreadsheet with a \
         European list separator saved it)\nhint: compare the ledger claimscan wrote, \
         or save it again as CSV with ',' as the separator"
    )]
    Semicolons { path: String },
    #[error("{path}: line {line}: {message}")]
    Csv {
        path: String,
        line: u64,
        message: String,
    },
}

/// One claim of a ledger: its cells exactly as written, in
/// [`COLUMNS`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    cells: Vec<String>,
    line: usize,
    sentence_index: usize,
    start: usize,
    end: usize,
}

impl Row {
    /// The cell of `column` (one of [`COLUMNS`]), as written.
    pub fn get(&self, column: &str) -> Option<&str> {
        let i = COLUMNS.iter().position(|c| *c == column)?;
        self.cells.get(i).map(String::as_str)
    }

    /// The file name, without the `'` that made a formula-like name inert.
    pub fn file(&self) -> &str {
        plain(&self.cells[FILE])
    }

    pub fn line(&self) -> usize {
        self.line
    }

    pub fn start(&self) -> usize {
        self.start
    }

    fn cell(&self, i: usize) -> &str {
        &self.cells[i]
    }
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(COLUMNS.len()))?;
        for (column, cell) in COLUMNS.iter().zip(&self.cells) {
            map.serialize_entry(column, cell)?;
        }
        map.end()
    }
}

/// A text cell without the `'` the ledger puts before formula-like text.
fn plain(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// The text cells that the CSV writes formula-safe (see
/// [`crate::ledger::inert`]).
const GUARDED: [usize; 4] = [FILE, TEXT, 15, SENTENCE];

/// Reads a ledger: JSON Lines (the first non-blank character is `{`, or
/// no text at all) or CSV. Columns are found by their names, so extra columns and another
/// order are fine; a missing column is an error. JSONL cells are made to
/// look as the CSV writes them (numbers as their digits, `null` empty,
/// formula-like text guarded), so either format compares with the other.
pub fn parse(path: &str, text: &str) -> Result<Vec<Row>, LedgerError> {
    // JSON Lines has no header: an empty file is a ledger of no claims.
    if text.trim().is_empty() || text.trim_start().starts_with('{') {
        parse_jsonl(path, text)
    } else {
        parse_csv(path, text)
    }
}

fn parse_jsonl(path: &str, text: &str) -> Result<Vec<Row>, LedgerError> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index as u64 + 1;
        if line.trim().is_empty() {
            continue;
        }
        let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line)
            .map_err(|e| LedgerError::Csv {
                path: path.to_string(),
                line: line_number,
                message: format!("not a JSON ledger row: {e}"),
            })?;
        let mut cells = Vec::with_capacity(COLUMNS.len());
        for (i, column) in COLUMNS.iter().enumerate() {
            let cell = match object.get(*column) {
                None => {
                    return Err(LedgerError::MissingColumn {
                        path: path.to_string(),
                        column,
                    });
                }
                Some(serde_json::Value::Null) => String::new(),
                Some(serde_json::Value::String(s)) if GUARDED.contains(&i) => {
                    crate::ledger::inert(s).into_owned()
                }
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            };
            cells.push(cell);
        }
        rows.push(row_of(path, line_number, cells)?);
    }
    Ok(rows)
}

/// A row from its cells in [`COLUMNS`] order, its positions parsed.
fn row_of(path: &str, line: u64, cells: Vec<String>) -> Result<Row, LedgerError> {
    let number = |i: usize| {
        cells[i]
            .trim()
            .parse::<usize>()
            .map_err(|_| LedgerError::BadNumber {
                path: path.to_string(),
                line,
                column: COLUMNS[i],
                value: cells[i].clone(),
            })
    };
    Ok(Row {
        line: number(LINE)?,
        sentence_index: number(SENTENCE_INDEX)?,
        start: number(START)?,
        end: number(END)?,
        cells,
    })
}

fn parse_csv(path: &str, csv_text: &str) -> Result<Vec<Row>, LedgerError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(csv_text.as_bytes());
    let csv_error = |e: csv::Error| LedgerError::Csv {
        path: path.to_string(),
        line: e.position().map_or(1, csv::Position::line),
        message: match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("{len} fields where the header has {expected_len}"),
            _ => e.to_string(),
        },
    };
    let header = reader.headers().map_err(csv_error)?.clone();
    let semicolons = header.len() == 1
        && header
            .get(0)
            .is_some_and(|h| h.split(';').any(|c| c.trim() == COLUMNS[0]));
    if semicolons {
        return Err(LedgerError::Semicolons {
            path: path.to_string(),
        });
    }
    let mut positions = Vec::with_capacity(COLUMNS.len());
    for column in COLUMNS {
        let found = header.iter().position(|h| h.trim() == column);
        positions.push(found.ok_or_else(|| LedgerError::MissingColumn {
            path: path.to_string(),
            column,
        })?);
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, csv::Position::line);
        // Text cells without the formula guard's marks: a ledger written
        // by another version of the guard compares equal.
        let cells: Vec<String> = positions
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let cell = record.get(p).unwrap_or_default();
                if matches!(i, TEXT | SENTENCE) || COLUMNS[i] == "subject" {
                    crate::ledger::unguard(cell).into_owned()
                } else {
                    cell.to_string()
                }
            })
            .collect();
        rows.push(row_of(path, line, cells)?);
    }
    Ok(rows)
}

/// Which columns to compare.
#[derive(Debug, Clone)]
pub struct Options {
    compared: Vec<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options::ignoring(&[] as &[&str])
    }
}

impl Options {
    /// [`COMPARED_COLUMNS`] less `ignored` (names that are not compared
    /// anyway change nothing).
    pub fn ignoring<S: AsRef<str>>(ignored: &[S]) -> Options {
        let compared = COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| COMPARED_COLUMNS.contains(c))
            .filter(|(_, c)| !ignored.iter().any(|i| i.as_ref() == **c))
            .map(|(i, _)| i)
            .collect();
        Options { compared }
    }

    pub fn compared_columns(&self) -> Vec<&'static str> {
        self.compared.iter().map(|&i| COLUMNS[i]).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// One field of a matched claim that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub column: &'static str,
    pub expected: String,
    pub current: String,
}

/// A claim added, removed or changed. `file` and `line` locate it in the
/// current text (in the expected ledger for a removed claim).
#[derive(Debug, Clone, Serialize)]
pub struct Difference {
    pub change: Change,
    pub file: String,
    pub line: usize,
    pub fields: Vec<FieldChange>,
    pub expected: Option<Row>,
    pub current: Option<Row>,
    /// Where the difference sorts within its file, in current offsets.
    #[serde(skip)]
    position: (i64, u8),
}

/// Counts of a comparison. Precision is unchanged / current claims and
/// recall unchanged / expected claims: a changed claim counts as wrong in
/// both; `None` when there is nothing to divide by.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    pub expected: usize,
    pub current: usize,
    pub unchanged: usize,
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
}

/// The outcome of comparing a current ledger with an expected one.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub compared_columns: Vec<&'static str>,
    pub summary: Summary,
    pub differences: Vec<Difference>,
}

impl Report {
    /// True when nothing was added, removed or changed.
    pub fn is_clean(&self) -> bool {
        self.differences.is_empty()
    }

    /// The report for people: one block per difference, then the summary.
    /// `color` marks sentence edits with ANSI colours instead of `[-…-]`
    /// and `{+…+}`.
    pub fn write_text<W: Write>(&self, out: &mut W, color: bool) -> io::Result<()> {
        self.write_differences(out, color)?;
        self.write_summary(out)
    }

    /// One block per difference, without the summary line (`check -q`).
    pub fn write_differences<W: Write>(&self, out: &mut W, color: bool) -> io::Result<()> {
        for d in &self.differences {
            let row = d.current.as_ref().or(d.expected.as_ref());
            let Some(row) = row else { continue };
            let label = match d.change {
                Change::Added => "added",
                Change::Removed => "removed",
                Change::Changed => "changed",
            };
            writeln!(
                out,
                "{label:<7} {}:{}: \"{}\" ({})",
                // A newline in a file name must not fake a report line.
                d.file
                    .chars()
                    .map(|c| if c.is_control() {
                        c.escape_default().to_string()
                    } else {
                        c.to_string()
                    })
                    .collect::<String>(),
                d.line,
                one_line(plain(row.cell(TEXT))),
                describe(row)
            )?;
            let mut sentence_shown = false;
            for f in &d.fields {
                if f.column == "sentence" {
                    let marked = marked_sentence(plain(&f.expected), plain(&f.current), color);
                    writeln!(out, "    | {marked}")?;
                    sentence_shown = true;
                } else {
                    writeln!(
                        out,
                        "    {}: {} -> {}",
                        f.column,
                        shown(&f.expected),
                        shown(&f.current)
                    )?;
                }
            }
            if !sentence_shown {
                writeln!(out, "    | {}", plain(row.cell(SENTENCE)))?;
            }
        }
        Ok(())
    }

    /// GitHub Actions workflow commands: one `::error` annotation per
    /// difference (on the report's file and line; a removed claim on the
    /// line it had), then the summary as a `::notice`. GitHub shows each
    /// annotation on the line of the pull request's diff.
    pub fn write_github<W: Write>(&self, out: &mut W) -> io::Result<()> {
        for d in &self.differences {
            let Some(row) = d.current.as_ref().or(d.expected.as_ref()) else {
                continue;
            };
            let label = match d.change {
                Change::Added => "added",
                Change::Removed => "removed",
                Change::Changed => "changed",
            };
            let mut message = format!(
                "{label} claim \"{}\" ({})",
                one_line(plain(row.cell(TEXT))),
                describe(row)
            );
            for f in d.fields.iter().filter(|f| f.column != "sentence") {
                message.push_str(&format!(
                    "\n{}: {} -> {}",
                    f.column,
                    shown(&f.expected),
                    shown(&f.current)
                ));
            }
            writeln!(
                out,
                "::error file={},line={},title=claimscan check: {label} claim::{}",
                github_property(&d.file),
                d.line,
                github_data(&message)
            )?;
        }
        let mut summary = Vec::new();
        self.write_summary(&mut summary)?;
        let summary = String::from_utf8_lossy(&summary);
        writeln!(
            out,
            "::notice title=claimscan check::{}",
            github_data(summary.trim_end())
        )
    }

    /// The summary line: counts, precision and recall.
    pub fn write_summary<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let s = &self.summary;
        writeln!(
            out,
            "summary: {} added, {} removed, {} changed, {} unchanged; precision {} ({}/{}), recall {} ({}/{})",
            s.added,
            s.removed,
            s.changed,
            s.unchanged,
            ratio(s.precision),
            s.unchanged,
            s.current,
            ratio(s.recall),
            s.unchanged,
            s.expected
        )
    }

    /// The report as one pretty-printed JSON document.
    pub fn write_json<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let mut serializer = serde_json::Serializer::pretty(&mut *out);
        self.serialize(&mut serializer).map_err(io::Error::from)?;
        writeln!(out)
    }
}

fn ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "n/a".to_string(), |r| format!("{r:.4}"))
}

/// A claim's text may span a line break; the report keeps to one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A field value in a report line: line breaks escaped, so that a change
/// in white space alone still shows.
fn shown(cell: &str) -> String {
    if cell.is_empty() {
        return "(empty)".to_string();
    }
    plain(cell).replace('\r', "\\r").replace('\n', "\\n")
}

/// `percent 5..6 %`, `count 1065`: what a claim says, in a few words.
fn describe(row: &Row) -> String {
    let mut s = format!("{} {}", row.cell(KIND), row.cell(VALUE));
    if !row.cell(VALUE_MAX).is_empty() {
        s.push_str("..");
        s.push_str(row.cell(VALUE_MAX));
    }
    if !row.cell(UNIT).is_empty() {
        s.push(' ');
        s.push_str(row.cell(UNIT));
    }
    s
}

/// Compares `current` with `expected` (see the module doc for how claims
/// are matched and which fields count).
pub fn compare(expected: &[Row], current: &[Row], options: &Options) -> Report {
    let mut differences = Vec::new();
    let mut unchanged = 0;
    for (file, (mut old, mut new)) in rows_by_file(expected, current) {
        old.sort_by_key(|r| (r.start, r.end));
        new.sort_by_key(|r| (r.start, r.end));
        let (in_file, same) = compare_file(&file, &old, &new, options);
        unchanged += same;
        differences.extend(in_file);
    }
    let count = |c: Change| differences.iter().filter(|d| d.change == c).count();
    let fraction = |part: usize, whole: usize| (whole > 0).then(|| part as f64 / whole as f64);
    let summary = Summary {
        expected: expected.len(),
        current: current.len(),
        unchanged,
        added: count(Change::Added),
        removed: count(Change::Removed),
        changed: count(Change::Changed),
        precision: fraction(unchanged, current.len()),
        recall: fraction(unchanged, expected.len()),
    };
    Report {
        compared_columns: options.compared_columns(),
        summary,
        differences,
    }
}

/// The expected and the current rows of each file, by file key.
type RowsOfFile<'a> = (Vec<&'a Row>, Vec<&'a Row>);

fn rows_by_file<'a>(expected: &'a [Row], current: &'a [Row]) -> BTreeMap<String, RowsOfFile<'a>> {
    let mut files: BTreeMap<String, RowsOfFile<'a>> = BTreeMap::new();
    for row in expected {
        files.entry(file_key(row.file())).or_default().0.push(row);
    }
    for row in current {
        files.entry(file_key(row.file())).or_default().1.push(row);
    }
    files
}

/// The differences between the `old` and `new` rows of one file (both
/// sorted by span), in text order, and how many rows are unchanged.
fn compare_file(
    file: &str,
    old: &[&Row],
    new: &[&Row],
    options: &Options,
) -> (Vec<Difference>, usize) {
    let mut in_file = Vec::new();
    let mut unchanged = 0;
    let pairing = pair(old, new);
    let edited = edited_sentences(old, new, &pairing, options);
    for (i, o) in old.iter().enumerate() {
        match pairing.old_to_new[i] {
            Some(j) => {
                let n = new[j];
                let fields = differing(o, n, &options.compared);
                let only_sentence = fields.iter().all(|f| f.column == "sentence");
                if fields.is_empty() || (only_sentence && edited.contains(&n.sentence_index)) {
                    unchanged += 1;
                } else {
                    in_file.push(Difference {
                        change: Change::Changed,
                        file: file.to_string(),
                        line: n.line,
                        fields,
                        expected: Some((*o).clone()),
                        current: Some(n.clone()),
                        position: (n.start as i64, 1),
                    });
                }
            }
            None => in_file.push(Difference {
                change: Change::Removed,
                file: file.to_string(),
                line: o.line,
                fields: Vec::new(),
                expected: Some((*o).clone()),
                current: None,
                position: (o.start as i64 + pairing.shifts[i][0].0, 0),
            }),
        }
    }
    for (j, n) in new.iter().enumerate() {
        if !pairing.new_taken[j] {
            in_file.push(Difference {
                change: Change::Added,
                file: file.to_string(),
                line: n.line,
                fields: Vec::new(),
                expected: None,
                current: Some((*n).clone()),
                position: (n.start as i64, 2),
            });
        }
    }
    in_file.sort_by_key(|d| d.position);
    (in_file, unchanged)
}

/// Sentences (current index) in which a claim's own fields changed: their
/// other claims differ only by sharing the edited sentence.
fn edited_sentences(
    old: &[&Row],
    new: &[&Row],
    pairing: &Pairing,
    options: &Options,
) -> std::collections::HashSet<usize> {
    old.iter()
        .enumerate()
        .filter_map(|(i, o)| Some((o, new[pairing.old_to_new[i]?])))
        .filter(|(o, n)| {
            differing(o, n, &options.compared)
                .iter()
                .any(|f| f.column != "sentence")
        })
        .map(|(_, n)| n.sentence_index)
        .collect()
}

/// A workflow command's message, escaped as GitHub's runner expects.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value (`file=`), escaped.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// A file name as matched: `./reports/a.txt`, `reports//a.txt` and
/// `reports/./a.txt` are `reports/a.txt`, so a ledger made from `reports`
/// checks against a run on `./reports`. `..` is kept (it may cross a link).
pub fn file_key(file: &str) -> String {
    let absolute = file.starts_with('/');
    let parts: Vec<&str> = file
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// The sentence once, with what was deleted and inserted marked like
/// `git diff --word-diff`: `[-old-]{+new+}`, or red and green with `color`.
pub fn marked_sentence(old: &str, new: &str, color: bool) -> String {
    let (del, ins) = if color {
        (("\x1b[31;9m", "\x1b[0m"), ("\x1b[32;4m", "\x1b[0m"))
    } else {
        (("[-", "-]"), ("{+", "+}"))
    };
    let mut marked = String::with_capacity(new.len() + 16);
    // One edit: the words deleted and inserted, with the spaces between
    // them, marked as one span each (not word by word).
    let (mut deleted, mut inserted, mut spaces) = (String::new(), String::new(), String::new());
    let flush = |marked: &mut String, deleted: &mut String, inserted: &mut String| {
        for (text, (open, close)) in [(&mut *deleted, del), (&mut *inserted, ins)] {
            if !text.is_empty() {
                marked.push_str(open);
                marked.push_str(text);
                marked.push_str(close);
                text.clear();
            }
        }
    };
    let diff = similar::TextDiff::from_words(old, new);
    for change in diff.iter_all_changes() {
        let value = change.value();
        let editing = !deleted.is_empty() || !inserted.is_empty();
        match change.tag() {
            similar::ChangeTag::Equal if editing && value.trim().is_empty() => {
                spaces.push_str(value);
            }
            similar::ChangeTag::Equal => {
                flush(&mut marked, &mut deleted, &mut inserted);
                marked.push_str(&spaces);
                spaces.clear();
                marked.push_str(value);
            }
            tag => {
                for text in [&mut deleted, &mut inserted] {
                    if !text.is_empty() {
                        text.push_str(&spaces);
                    }
                }
                spaces.clear();
                match tag {
                    similar::ChangeTag::Delete => deleted.push_str(value),
                    _ => inserted.push_str(value),
                }
            }
        }
    }
    flush(&mut marked, &mut deleted, &mut inserted);
    marked.push_str(&spaces);
    marked
}

fn differing(old: &Row, new: &Row, compared: &[usize]) -> Vec<FieldChange> {
    compared
        .iter()
        .filter(|&&i| !same_cell(COLUMNS[i], old.cell(i), new.cell(i)))
        .map(|&i| FieldChange {
            column: COLUMNS[i],
            expected: old.cell(i).to_string(),
            current: new.cell(i).to_string(),
        })
        .collect()
}

fn same_cell(column: &str, a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if !NUMERIC_COLUMNS.contains(&column) {
        return false;
    }
    match (Decimal::from_str(a.trim()), Decimal::from_str(b.trim())) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// The matching of one file's claims, both sides sorted by span.
struct Pairing {
    old_to_new: Vec<Option<usize>>,
    new_taken: Vec<bool>,
    /// Per old claim: the (offset, sentence index) changes of the nearest
    /// claims before and after it matched in passes 1 and 2; no change
    /// when there are none.
    shifts: Vec<Vec<(i64, i64)>>,
}

impl Pairing {
    fn link(&mut self, i: usize, j: usize) {
        self.old_to_new[i] = Some(j);
        self.new_taken[j] = true;
    }

    fn free_old(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.old_to_new.len()).filter(|&i| self.old_to_new[i].is_none())
    }

    /// The unmatched new claims, in order, queued by `key`.
    fn free_new_by<'a, K: std::hash::Hash + Eq>(
        &self,
        new: &[&'a Row],
        key: impl Fn(&'a Row) -> K,
    ) -> HashMap<K, VecDeque<usize>> {
        let mut queues: HashMap<K, VecDeque<usize>> = HashMap::new();
        for (j, n) in new.iter().enumerate() {
            if !self.new_taken[j] {
                queues.entry(key(n)).or_default().push_back(j);
            }
        }
        queues
    }
}

fn pair(old: &[&Row], new: &[&Row]) -> Pairing {
    let mut p = Pairing {
        old_to_new: vec![None; old.len()],
        new_taken: vec![false; new.len()],
        shifts: Vec::new(),
    };
    // 1. Same span, text and sentence.
    let mut queues = p.free_new_by(new, |n| (n.start, n.end, n.cell(TEXT), n.cell(SENTENCE)));
    for (i, o) in old.iter().enumerate() {
        let key = (o.start, o.end, o.cell(TEXT), o.cell(SENTENCE));
        if let Some(j) = queues.get_mut(&key).and_then(VecDeque::pop_front) {
            p.link(i, j);
        }
    }
    // 2. Same text and sentence, in order: offsets moved.
    let mut queues = p.free_new_by(new, |n| (n.cell(TEXT), n.cell(SENTENCE)));
    for i in p.free_old().collect::<Vec<_>>() {
        let key = (old[i].cell(TEXT), old[i].cell(SENTENCE));
        if let Some(j) = queues.get_mut(&key).and_then(VecDeque::pop_front) {
            p.link(i, j);
        }
    }
    p.shifts = anchor_shifts(old, new, &p.old_to_new);
    // 3. Overlapping spans once shifted: edited in place.
    let free_new: Vec<usize> = (0..new.len()).filter(|&j| !p.new_taken[j]).collect();
    let longest = free_new
        .iter()
        .map(|&j| new[j].end.saturating_sub(new[j].start))
        .max()
        .unwrap_or(0) as i64;
    for i in p.free_old().collect::<Vec<_>>() {
        let best = p.shifts[i]
            .iter()
            .flat_map(|&(delta, _)| {
                let s = old[i].start as i64 + delta;
                let e = old[i].end as i64 + delta;
                let from = free_new.partition_point(|&j| (new[j].start as i64) < s - longest);
                free_new[from..]
                    .iter()
                    .take_while(move |&&j| (new[j].start as i64) < e)
                    .map(move |&j| {
                        let overlap = e.min(new[j].end as i64) - s.max(new[j].start as i64);
                        (overlap, std::cmp::Reverse(j))
                    })
            })
            .filter(|&(overlap, std::cmp::Reverse(j))| overlap > 0 && !p.new_taken[j])
            .max();
        if let Some((_, std::cmp::Reverse(j))) = best {
            p.link(i, j);
        }
    }
    // 4. Same text in the same (shifted) sentence: the sentence was edited.
    let mut queues = p.free_new_by(new, |n| (n.cell(TEXT), n.sentence_index as i64));
    for i in p.free_old().collect::<Vec<_>>() {
        for &(_, sentence_delta) in &p.shifts[i] {
            let key = (
                old[i].cell(TEXT),
                old[i].sentence_index as i64 + sentence_delta,
            );
            if let Some(j) = queues.get_mut(&key).and_then(VecDeque::pop_front) {
                p.link(i, j);
                break;
            }
        }
    }
    p
}

/// For each old claim, the shifts of the nearest matched claims before
/// and after it (see [`Pairing::shifts`]).
fn anchor_shifts(old: &[&Row], new: &[&Row], old_to_new: &[Option<usize>]) -> Vec<Vec<(i64, i64)>> {
    let delta = |i: usize| {
        old_to_new[i].map(|j| {
            (
                new[j].start as i64 - old[i].start as i64,
                new[j].sentence_index as i64 - old[i].sentence_index as i64,
            )
        })
    };
    let mut before = Vec::with_capacity(old.len());
    let mut last = None;
    for i in 0..old.len() {
        last = delta(i).or(last);
        before.push(last);
    }
    let mut after = vec![None; old.len()];
    let mut next = None;
    for i in (0..old.len()).rev() {
        next = delta(i).or(next);
        after[i] = next;
    }
    before
        .into_iter()
        .zip(after)
        .map(|(b, a)| {
            let mut shifts: Vec<_> = b.into_iter().chain(a).collect();
            shifts.dedup();
            if shifts.is_empty() {
                shifts.push((0, 0));
            }
            shifts
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "claim_id,file,line,sentence_index,start,end,text,kind,value,value_max,unit,norm_value,norm_unit,qualifier,trend,subject,sentence\n";

    fn row(file: &str, si: usize, start: usize, text: &str, value: &str, sentence: &str) -> String {
        format!(
            "x,{file},1,{si},{start},{},{text},percent,{value},,%,{value},%,,,,{sentence}\n",
            start + text.len()
        )
    }

    fn ledger(rows: &[String]) -> Vec<Row> {
        let text = format!("{HEADER}{}", rows.concat());
        parse("t.csv", &text).unwrap_or_default()
    }

    #[test]
    fn identical_ledgers_are_clean() {
        let a = ledger(&[row("a.txt", 1, 10, "5%", "5", "Up 5%.")]);
        let report = compare(&a, &a, &Options::default());
        assert!(report.is_clean());
        assert_eq!(report.summary.precision, Some(1.0));
    }

    #[test]
    fn moved_claims_match_by_text_and_sentence() {
        let old = ledger(&[
            row("a.txt", 1, 10, "5%", "5", "Up 5%."),
            row("a.txt", 2, 30, "7%", "7", "Down 7%."),
        ]);
        let new = ledger(&[
            row("a.txt", 1, 3, "2%", "2", "New 2%."),
            row("a.txt", 2, 20, "5%", "5", "Up 5%."),
            row("a.txt", 3, 40, "7%", "7", "Down 7%."),
        ]);
        let report = compare(&old, &new, &Options::default());
        assert_eq!(report.summary.unchanged, 2);
        assert_eq!(report.summary.added, 1);
        assert_eq!(report.differences[0].change, Change::Added);
    }

    #[test]
    fn first_claim_edited_after_an_insertion_is_changed() {
        let old = ledger(&[
            row("a.txt", 1, 10, "5%", "5", "Up 5%."),
            row("a.txt", 2, 30, "7%", "7", "Down 7%."),
        ]);
        let new = ledger(&[
            row("a.txt", 2, 60, "6%", "6", "Up 6%."),
            row("a.txt", 3, 80, "7%", "7", "Down 7%."),
        ]);
        let report = compare(&old, &new, &Options::default());
        assert_eq!(report.summary.changed, 1, "{:?}", report.differences);
        assert_eq!(report.summary.unchanged, 1);
    }

    #[test]
    fn value_edited_in_place_is_changed() {
        let old = ledger(&[row("a.txt", 1, 10, "5%", "5", "Up 5%.")]);
        let new = ledger(&[row("a.txt", 1, 10, "6%", "6", "Up 6%.")]);
        let report = compare(&old, &new, &Options::default());
        assert_eq!(report.summary.changed, 1);
        let columns: Vec<_> = report.differences[0]
            .fields
            .iter()
            .map(|f| f.column)
            .collect();
        assert_eq!(columns, ["text", "value", "norm_value", "sentence"]);
    }

    #[test]
    fn numbers_compare_by_value() {
        let old = ledger(&[row("a.txt", 1, 10, "5%", "97.3", "Up 5%.")]);
        let new = ledger(&[row("a.txt", 1, 10, "5%", "97.30", "Up 5%.")]);
        assert!(compare(&old, &new, &Options::default()).is_clean());
    }

    #[test]
    fn ignored_columns_are_not_compared() {
        let old = ledger(&[row("a.txt", 1, 10, "5%", "5", "Up 5%.")]);
        let new = ledger(&[row("a.txt", 1, 10, "5%", "5", "Up by 5%.")]);
        assert!(!compare(&old, &new, &Options::default()).is_clean());
        assert!(compare(&old, &new, &Options::ignoring(&["sentence"])).is_clean());
    }

    #[test]
    fn missing_column_is_an_error() {
        let err = parse("t.csv", "claim_id,file\n")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("t.csv: not a claimscan ledger: no column 'line' in the header")
        );
    }

    #[test]
    fn report_lines_stay_single() {
        let old = ledger(&[row("a.txt", 1, 10, "\"2.39\nbillion yuan\"", "5", "S.")]);
        let new = ledger(&[row("a.txt", 1, 10, "\"2.39 billion yuan\"", "5", "S.")]);
        let mut out = Vec::new();
        let written = compare(&old, &new, &Options::default()).write_text(&mut out, false);
        assert!(written.is_ok());
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with("changed a.txt:1: \"2.39 billion yuan\" (percent 5 %)\n"));
        assert!(text.contains("    text: 2.39\\nbillion yuan -> 2.39 billion yuan\n"));
    }

    #[test]
    fn inert_file_name_is_plain() {
        assert_eq!(plain("'-"), "-");
        assert_eq!(plain("'x"), "'x");
    }
}
