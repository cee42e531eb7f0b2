//! The ledger's CSV contract: columns, claim ids, number formatting,
//! formula-safe text cells, and the atomic write of the ledger file.
//!
//! - Numbers are exact decimals written plainly: at most six decimals,
//!   no trailing zeros, never an exponent (`2390000000`, `3866.666667`).
//! - A text cell that a spreadsheet would read as a formula (first char
//!   `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`; a
//!   cell that is exactly `-` (standard input's name) is left alone.
//!   Numeric cells are never changed.
//! - `claim_id` is `c` and 16 hex digits of FNV-1a over file, start and
//!   end: the same for the same input on any machine and any thread
//!   count. The letter keeps spreadsheets from reading an id that happens
//!   to be all digits (`2684150727760712`) or exponent-like
//!   (`58e0918267824534`, `26841507277607e2`) as a number.
//! - The `sentence` cell holds the claim's sentence, white space folded;
//!   a sentence longer than [`MAX_SENTENCE_BYTES`] is cut to a window of
//!   [`SENTENCE_WINDOW_BYTES`] around the claim, marked `…`, so output
//!   stays linear in input size.
//! - [`Format::Jsonl`] writes the same fields, one JSON object per claim
//!   and no header: numbers as JSON numbers with the very digits the CSV
//!   uses, an empty `value_max` as `null`, text cells as written (JSON is
//!   not opened by spreadsheets, so no `'` is added).
//! - [`Format::Xlsx`] writes an Excel workbook ([`xlsx`]): typed number
//!   cells, text cells as written, a frozen header and an autofilter.
//!   [`Sink`] puts the rows of any format into their target.
//! - A last column, `page`, is written only when some input of the run has
//!   pages (a PDF): the 1-based page of the claim's start, empty for inputs
//!   without pages. A run over text files writes the 17 columns as before.

use std::borrow::Cow;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use rust_decimal::Decimal;

use crate::extract::{Claim, Extraction, LineIndex, Span};

pub mod checks;
pub mod xlsx;

/// What a column holds: the one schema of the ledger, shared by CSV,
/// JSON Lines, the workbook and the Python package (which maps each type
/// to a Python, pandas and Arrow type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// A string (CSV: a formula-safe cell; JSON: a string).
    Text,
    /// A non-negative integer (JSON: a number).
    Integer,
    /// An exact decimal, at most six places, written plainly (JSON: a
    /// number with the CSV's very digits; Python: `decimal.Decimal`;
    /// Arrow and Spark: `DECIMAL(38,6)`).
    Decimal,
    /// A [`ColumnType::Decimal`] or nothing (CSV: empty; JSON: `null`).
    OptionalDecimal,
    /// An [`ColumnType::Integer`] or nothing (CSV: empty; JSON: `null`).
    OptionalInteger,
}

impl ColumnType {
    /// The type's name in [`SCHEMA`] as published (`text`, `integer`,
    /// `decimal`, `decimal?`, `integer?`).
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Integer => "integer",
            ColumnType::Decimal => "decimal",
            ColumnType::OptionalDecimal => "decimal?",
            ColumnType::OptionalInteger => "integer?",
        }
    }
}

/// One column of the ledger: its name and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub ty: ColumnType,
}

const fn column(name: &'static str, ty: ColumnType) -> Column {
    Column { name, ty }
}

/// The ledger's columns, in order, with their types: written down once
/// here; [`COLUMNS`], the CSV and JSONL writers, the workbook's cell
/// types and the Python package all follow it.
pub const SCHEMA: [Column; 17] = {
    use ColumnType::*;
    [
        column("claim_id", Text),
        column("file", Text),
        column("line", Integer),
        column("sentence_index", Integer),
        column("start", Integer),
        column("end", Integer),
        column("text", Text),
        column("kind", Text),
        column("value", Decimal),
        column("value_max", OptionalDecimal),
        column("unit", Text),
        column("norm_value", Decimal),
        column("norm_unit", Text),
        column("qualifier", Text),
        column("trend", Text),
        column("subject", Text),
        column("sentence", Text),
    ]
};

/// The optional last column, only when some input has pages (see the
/// module doc).
pub const PAGE: Column = column("page", ColumnType::OptionalInteger);

const fn names<const N: usize>(schema: [Column; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = schema[i].name;
        i += 1;
    }
    out
}

/// The names of [`SCHEMA`], in order.
pub const COLUMNS: [&str; 17] = names(SCHEMA);

/// The optional last column (see the module doc).
pub const PAGE_COLUMN: &str = PAGE.name;

/// The `page` cells of one document's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pages {
    /// The ledger has no `page` column.
    NoColumn,
    /// The ledger has the column; this document has no pages (empty cells).
    Unpaged,
    /// The byte offsets of the form feeds between this document's pages.
    Breaks(Vec<usize>),
}

impl Pages {
    /// The page cells of `text`: `paged` says its form feeds are page
    /// breaks, `column` that the ledger has the column.
    pub fn of(text: &str, paged: bool, column: bool) -> Pages {
        match (column, paged) {
            (false, _) => Pages::NoColumn,
            (true, false) => Pages::Unpaged,
            (true, true) => Pages::Breaks(memchr::memchr_iter(b'\x0c', text.as_bytes()).collect()),
        }
    }

    /// The 1-based page of byte `offset`, if the document has pages.
    pub fn page(&self, offset: usize) -> Option<usize> {
        match self {
            Pages::Breaks(breaks) => Some(1 + breaks.partition_point(|&b| b < offset)),
            _ => None,
        }
    }
}

/// What every claim id starts with: a letter, so that no spreadsheet
/// reads an id as a number.
pub const CLAIM_ID_PREFIX: char = 'c';

/// Stable id of a claim: [`CLAIM_ID_PREFIX`] and the 16 hex digits of
/// FNV-1a 64 of `file`, `start`, `end`.
pub fn claim_id(file: &str, span: Span) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let (mut start, mut end) = (itoa::Buffer::new(), itoa::Buffer::new());
    let key = [
        file.as_bytes(),
        b"\0",
        start.format(span.start).as_bytes(),
        b"\0",
        end.format(span.end).as_bytes(),
    ];
    for byte in key.into_iter().flatten() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(PRIME);
    }
    format!("{CLAIM_ID_PREFIX}{hash:016x}")
}

/// A decimal written plainly, rounded to six places, without trailing
/// zeros or exponent.
pub fn format_number(value: Decimal) -> String {
    let rounded = value.round_dp(6).normalize();
    if rounded.is_zero() {
        "0".to_string()
    } else {
        rounded.to_string()
    }
}

/// Makes a text cell inert for spreadsheets (OWASP CSV injection rule).
pub fn inert(cell: &str) -> Cow<'_, str> {
    // A lone `-` (standard input's name) cannot start a formula.
    if cell != "-" && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Longest sentence, in bytes of the text, written whole in the `sentence`
/// cell. A longer one (a table or a page without punctuation) is cut to a
/// window of [`SENTENCE_WINDOW_BYTES`] around the claim, each cut end
/// marked `…`, so that the ledger stays linear in the size of the input
/// instead of repeating a huge sentence in every row.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// Bytes of an over-long sentence kept around the claim: enough context
/// to read, small enough that text dense with numbers (a claim every few
/// bytes) does not multiply the ledger's size by thousands.
pub const SENTENCE_WINDOW_BYTES: usize = 400;

/// The `sentence` cell of each claim, folding each sentence that is short
/// enough to be written whole only once.
struct SentenceCells<'a> {
    text: &'a str,
    sentences: &'a [Span],
    /// The last sentence written whole: its index and folded text.
    last_whole: Option<(usize, Cow<'a, str>)>,
}

impl<'a> SentenceCells<'a> {
    fn new(text: &'a str, extraction: &'a Extraction) -> Self {
        SentenceCells {
            text,
            sentences: &extraction.sentences,
            last_whole: None,
        }
    }

    fn cell(&mut self, claim: &Claim) -> Cow<'_, str> {
        let Some(&sentence) = self.sentences.get(claim.sentence) else {
            return Cow::Borrowed("");
        };
        if sentence.end - sentence.start > MAX_SENTENCE_BYTES {
            return Cow::Owned(window_around(self.text, sentence, claim.span));
        }
        if self
            .last_whole
            .as_ref()
            .is_none_or(|(index, _)| *index != claim.sentence)
        {
            let folded = fold_space(sentence.text(self.text));
            self.last_whole = Some((claim.sentence, folded));
        }
        match &self.last_whole {
            Some((_, folded)) => Cow::Borrowed(folded),
            None => Cow::Borrowed(""),
        }
    }
}

/// About [`SENTENCE_WINDOW_BYTES`] of `sentence` centred on `claim`,
/// folded, with `…` where it was cut.
pub(crate) fn window_around(text: &str, sentence: Span, claim: Span) -> String {
    let half = SENTENCE_WINDOW_BYTES / 2;
    let mut start = claim
        .start
        .saturating_sub(half)
        .clamp(sentence.start, sentence.end);
    let mut end = claim.end.saturating_add(half).clamp(start, sentence.end);
    // `sentence.start` and `sentence.end` are boundaries: both loops stop.
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut cell = String::with_capacity(end - start + 8);
    if start > sentence.start {
        cell.push('…');
    }
    cell.push_str(&fold_space(&text[start..end]));
    if end < sentence.end {
        cell.push('…');
    }
    cell
}

/// White space runs folded to one space (borrowed when already folded:
/// single ASCII spaces between words, no other white space).
pub(crate) fn fold_space(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Bytes that are, or start, white space other than a single ` `: ASCII
    // controls, and the lead bytes of U+0085, U+00A0 (C2), U+1680 (E1),
    // U+2000..U+205F (E2) and U+3000 (E3).
    let plain = !bytes.iter().any(|&b| {
        matches!(
            b,
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1c..=0x1f | 0xC2 | 0xE1 | 0xE2 | 0xE3
        )
    }) && !text.starts_with(' ')
        && !text.ends_with(' ')
        && memchr::memmem::find(bytes, b"  ").is_none();
    if plain {
        return Cow::Borrowed(text);
    }
    let mut folded = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(word);
    }
    Cow::Owned(folded)
}

/// The header line of the ledger.
pub fn header() -> Vec<u8> {
    header_with(false)
}

/// The header line, with the `page` column when `page_column`.
pub fn header_with(page_column: bool) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let page = page_column.then_some(PAGE_COLUMN);
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(COLUMNS.iter().copied().chain(page));
    writer.into_inner().unwrap_or_default()
}

/// The subject of a claim with white space folded like the sentence's
/// (a subject may span a hard line break).
fn subject_cell<'a>(text: &'a str, claim: &Claim) -> Cow<'a, str> {
    let subject = claim.subject.map_or("", |s| s.text(text));
    if subject.contains(|c: char| c.is_whitespace() && c != ' ') {
        fold_space(subject)
    } else {
        Cow::Borrowed(subject)
    }
}

/// One typed cell of a ledger row, as [`SCHEMA`] types its column.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Text(Cow<'a, str>),
    Integer(usize),
    Decimal(Decimal),
    /// An optional column without a value.
    Null,
}

impl Cell<'_> {
    /// Does the cell fit a column of type `ty`?
    pub fn fits(&self, ty: ColumnType) -> bool {
        matches!(
            (self, ty),
            (Cell::Text(_), ColumnType::Text)
                | (
                    Cell::Integer(_),
                    ColumnType::Integer | ColumnType::OptionalInteger
                )
                | (
                    Cell::Decimal(_),
                    ColumnType::Decimal | ColumnType::OptionalDecimal
                )
                | (
                    Cell::Null,
                    ColumnType::OptionalDecimal | ColumnType::OptionalInteger
                )
        )
    }
}

/// Calls `row` with the typed cells of each claim of one document, in
/// [`SCHEMA`] order, and a last [`PAGE`] cell unless `pages` is
/// [`Pages::NoColumn`]. Every writer (CSV, JSONL, workbook, Python) is
/// built on this one function, so they cannot disagree on a field.
pub fn for_each_row(
    file: &str,
    text: &str,
    extraction: &Extraction,
    pages: &Pages,
    mut row: impl FnMut(&[Cell<'_>]),
) {
    let lines = LineIndex::new(text);
    let mut sentences = SentenceCells::new(text, extraction);
    let width = if *pages == Pages::NoColumn {
        SCHEMA.len()
    } else {
        SCHEMA.len() + 1
    };
    for claim in &extraction.claims {
        let sentence = sentences.cell(claim);
        let cells: [Cell; 18] = [
            Cell::Text(Cow::Owned(claim_id(file, claim.span))),
            Cell::Text(Cow::Borrowed(file)),
            Cell::Integer(lines.line(claim.span.start)),
            Cell::Integer(claim.sentence + 1),
            Cell::Integer(claim.span.start),
            Cell::Integer(claim.span.end),
            Cell::Text(Cow::Borrowed(claim.span.text(text))),
            Cell::Text(Cow::Borrowed(claim.kind.as_str())),
            Cell::Decimal(claim.value),
            claim.value_max.map_or(Cell::Null, Cell::Decimal),
            Cell::Text(Cow::Borrowed(claim.unit)),
            Cell::Decimal(claim.norm_value),
            Cell::Text(Cow::Borrowed(claim.norm_unit)),
            Cell::Text(Cow::Borrowed(claim.qualifier.as_str())),
            Cell::Text(Cow::Borrowed(claim.trend.as_str())),
            Cell::Text(subject_cell(text, claim)),
            Cell::Text(sentence),
            pages
                .page(claim.span.start)
                .map_or(Cell::Null, Cell::Integer),
        ];
        row(&cells[..width]);
    }
}

/// The ledger rows of one document, as CSV bytes (no header).
pub fn render(file: &str, text: &str, extraction: &Extraction) -> Vec<u8> {
    render_with(file, text, extraction, &Pages::NoColumn)
}

/// [`render`] with the `page` cells of `pages`: text cells made
/// formula-safe ([`inert`]), numbers as [`format_number`] writes them, an
/// empty cell for nothing.
pub fn render_with(file: &str, text: &str, extraction: &Extraction, pages: &Pages) -> Vec<u8> {
    let mut writer =
        csv::WriterBuilder::new().from_writer(Vec::with_capacity(extraction.claims.len() * 256));
    let mut digits = itoa::Buffer::new();
    for_each_row(file, text, extraction, pages, |cells| {
        let record = cells.iter().map(|cell| match cell {
            Cell::Text(s) => inert(s),
            Cell::Integer(n) => Cow::Owned(digits.format(*n).to_owned()),
            Cell::Decimal(d) => Cow::Owned(format_number(*d)),
            Cell::Null => Cow::Borrowed(""),
        });
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(record.map(|c| c.into_owned()));
    });
    writer.into_inner().unwrap_or_default()
}

/// How ledger rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// RFC 4180 CSV with a header line: the ledger contract.
    #[default]
    Csv,
    /// JSON Lines: one object per claim, keys as the CSV columns.
    Jsonl,
    /// An Excel workbook, one sheet: typed cells, frozen header, filter.
    Xlsx,
}

impl Format {
    /// What goes before the first row.
    pub fn header(self) -> Vec<u8> {
        self.header_with(false)
    }

    /// What goes before the first row, with the `page` column when
    /// `page_column`.
    pub fn header_with(self, page_column: bool) -> Vec<u8> {
        match self {
            Format::Csv => header_with(page_column),
            Format::Jsonl | Format::Xlsx => Vec::new(),
        }
    }

    /// The rows of one document.
    pub fn render(self, file: &str, text: &str, extraction: &Extraction) -> Vec<u8> {
        self.render_with(file, text, extraction, &Pages::NoColumn)
    }

    /// The rows of one document with the `page` cells of `pages`.
    pub fn render_with(
        self,
        file: &str,
        text: &str,
        extraction: &Extraction,
        pages: &Pages,
    ) -> Vec<u8> {
        match self {
            Format::Csv => render_with(file, text, extraction, pages),
            // The xlsx sink builds its cells from the typed JSON rows.
            Format::Jsonl | Format::Xlsx => render_jsonl_with(file, text, extraction, pages),
        }
    }

    /// The format a ledger file name asks for by its extension (any case):
    /// `.csv`, `.jsonl`/`.ndjson`, `.xlsx`; `None` for any other name.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    /// The name of the format, as `--format` spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The UTF-8 byte order mark that `--bom` puts before a CSV ledger, for
/// spreadsheets that otherwise guess a legacy encoding (Excel on Windows).
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where the rows of a batch go: straight to the target (CSV, JSONL), or
/// into a workbook written to the target at [`Sink::finish`] (xlsx).
pub enum Sink<W: Write> {
    Plain(W),
    Xlsx(Box<xlsx::XlsxLedger<W>>),
}

impl<W: Write> Sink<W> {
    /// A sink for `format`; `bom` puts a UTF-8 byte order mark before a
    /// CSV ledger (other formats ignore it).
    pub fn new(format: Format, bom: bool, mut inner: W) -> io::Result<Self> {
        match format {
            Format::Xlsx => Ok(Sink::Xlsx(Box::new(xlsx::XlsxLedger::new(inner)?))),
            Format::Csv if bom => {
                inner.write_all(BOM)?;
                Ok(Sink::Plain(inner))
            }
            Format::Csv | Format::Jsonl => Ok(Sink::Plain(inner)),
        }
    }

    /// Ends the ledger (writes the workbook) and gives back the target.
    pub fn finish(self) -> io::Result<W> {
        match self {
            Sink::Plain(mut inner) => {
                inner.flush()?;
                Ok(inner)
            }
            Sink::Xlsx(workbook) => workbook.finish(),
        }
    }
}

impl<W: Write> Write for Sink<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Plain(inner) => inner.write(buf),
            Sink::Xlsx(workbook) => workbook.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Plain(inner) => inner.flush(),
            Sink::Xlsx(workbook) => workbook.flush(),
        }
    }
}

/// The rows of one document as JSON Lines: the CSV's columns in the same
/// order, the CSV's number strings written as raw JSON numbers.
pub fn render_jsonl(file: &str, text: &str, extraction: &Extraction) -> Vec<u8> {
    render_jsonl_with(file, text, extraction, &Pages::NoColumn)
}

/// [`render_jsonl`] with a `page` key (a number or `null`) when the ledger
/// has the column.
pub fn render_jsonl_with(
    file: &str,
    text: &str,
    extraction: &Extraction,
    pages: &Pages,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(extraction.claims.len() * 320);
    let names = COLUMNS.iter().chain([&PAGE.name]);
    for_each_row(file, text, extraction, pages, |cells| {
        out.push(b'{');
        for (i, (column, cell)) in names.clone().zip(cells).enumerate() {
            if i > 0 {
                out.push(b',');
            }
            // Writing a string to a Vec cannot fail.
            let _ = serde_json::to_writer(&mut out, column);
            out.push(b':');
            match cell {
                Cell::Text(s) => {
                    let _ = serde_json::to_writer(&mut out, s);
                }
                Cell::Integer(n) => {
                    out.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes())
                }
                Cell::Decimal(d) => out.extend_from_slice(format_number(*d).as_bytes()),
                Cell::Null => out.extend_from_slice(b"null"),
            }
        }
        out.extend_from_slice(b"}\n");
    });
    out
}

/// A ledger being written: to a temporary file beside the target, renamed
/// into place by [`LedgerFile::commit`]; dropped uncommitted, it vanishes
/// and the previous ledger stays as it was. A target that is a device or a
/// pipe is written directly (there is no previous ledger to keep).
///
/// The ledger gets the mode of the file it replaces, or, when new, the
/// mode the umask leaves of `rw-rw-rw-` (like `>` in a shell). Ctrl-C,
/// SIGTERM or SIGHUP while it is written remove the temporary file (see
/// [`interrupt`]) and end the run with exit code 130.
pub struct LedgerFile {
    writer: io::BufWriter<fs::File>,
    /// `None` when the target is a device or a pipe (`/dev/null`, a FIFO):
    /// it is written in place, since renaming over it would replace it.
    temp: Option<tempfile::NamedTempFile>,
}

/// An I/O error without the temporary file's name, which means nothing to
/// the user (the message names the ledger instead).
fn without_temp_path(e: io::Error) -> io::Error {
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(e.kind(), e.kind().to_string()),
    }
}

impl LedgerFile {
    pub fn create(path: &Path) -> io::Result<Self> {
        let existing = fs::metadata(path).ok();
        let special = existing.as_ref().is_some_and(|meta| {
            let kind = meta.file_type();
            !kind.is_file() && !kind.is_dir()
        });
        if special {
            let file = fs::OpenOptions::new().write(true).open(path)?;
            return Ok(LedgerFile {
                writer: io::BufWriter::with_capacity(1 << 16, file),
                temp: None,
            });
        }
        let names_a_folder = path.as_os_str().as_encoded_bytes().ends_with(b"/");
        if names_a_folder || existing.as_ref().is_some_and(fs::Metadata::is_dir) {
            return Err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a folder; name the ledger file (such as claims.csv) inside it",
            ));
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        // `create_dir_all` on a regular file says "File exists", which
        // misleads: name the file that is in the way instead.
        if fs::metadata(dir).is_ok_and(|meta| !meta.is_dir()) {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                format!("{} is not a directory", dir.display()),
            ));
        }
        fs::create_dir_all(dir)?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(".claimscan-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Masked by the umask when the file is created.
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        interrupt::install();
        let temp = builder.tempfile_in(dir).map_err(without_temp_path)?;
        interrupt::register(temp.path());
        if let Some(meta) = existing.filter(fs::Metadata::is_file) {
            temp.as_file()
                .set_permissions(meta.permissions())
                .map_err(without_temp_path)?;
        }
        let file = temp.as_file().try_clone().map_err(without_temp_path)?;
        Ok(LedgerFile {
            writer: io::BufWriter::with_capacity(1 << 16, file),
            temp: Some(temp),
        })
    }

    /// Flushes, syncs and renames the ledger into place.
    pub fn commit(mut self, path: &Path) -> io::Result<()> {
        self.writer.flush()?;
        if let Some(temp) = self.temp.take() {
            temp.as_file().sync_all()?;
            let temp_path = temp.path().to_path_buf();
            let persisted = temp.persist(path).map_err(|e| without_temp_path(e.error));
            interrupt::unregister(&temp_path);
            persisted?;
        }
        Ok(())
    }
}

impl Drop for LedgerFile {
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            interrupt::unregister(temp.path());
            // Dropping the temporary file removes it.
        }
    }
}

/// Temporary ledger files to remove when the run is interrupted: a signal
/// ends the process without running destructors, so without this a
/// half-written `.claimscan-*.tmp` (possibly many megabytes) would stay.
pub mod interrupt {
    use std::path::{Path, PathBuf};
    use std::sync::{Mutex, Once};

    /// Exit code of a run ended by Ctrl-C, SIGTERM or SIGHUP (128 + SIGINT).
    pub const EXIT_INTERRUPTED: i32 = 130;

    static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    static HANDLER: Once = Once::new();

    /// Installs the handler (once per process): before a temporary file
    /// exists, so that a signal never finds one that nobody will remove,
    /// except between its creation and [`register`].
    pub fn install() {
        HANDLER.call_once(|| {
            // Fails only when another handler is installed: then that one
            // decides, and the temporary file may stay.
            let _ = ctrlc::set_handler(|| {
                remove_pending();
                std::process::exit(EXIT_INTERRUPTED);
            });
        });
    }

    /// Removes `path` if the run is interrupted before [`unregister`].
    pub fn register(path: &Path) {
        install();
        if let Ok(mut pending) = PENDING.lock() {
            pending.push(path.to_path_buf());
        }
    }

    pub fn unregister(path: &Path) {
        if let Ok(mut pending) = PENDING.lock() {
            pending.retain(|p| p != path);
        }
    }

    fn remove_pending() {
        if let Ok(pending) = PENDING.lock() {
            for path in pending.iter() {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

impl Write for LedgerFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_folded_and_plain_text_borrowed() {
        assert!(matches!(fold_space("GDP grew 5%."), Cow::Borrowed(_)));
        for (raw, folded) in [
            ("GDP  grew\n5%.", "GDP grew 5%."),
            ("a\tb\r\nc", "a b c"),
            ("1\u{a0}000 km", "1 000 km"),
            ("10\u{2009}km\u{3000}x", "10 km x"),
            (" lead and trail ", "lead and trail"),
            ("增长5%。", "增长5%。"),
        ] {
            assert_eq!(fold_space(raw), folded, "{raw:?}");
        }
    }

    #[test]
    fn page_is_one_plus_the_form_feeds_before() {
        let text = "p1\u{c}p2 5%\u{c}p3";
        let pages = Pages::of(text, true, true);
        assert_eq!(
            [0, 2, 3, 7, 8, 9].map(|o| pages.page(o)),
            [Some(1), Some(1), Some(2), Some(2), Some(2), Some(3)]
        );
        assert_eq!(Pages::of(text, false, true).page(9), None);
        assert_eq!(Pages::of(text, true, false), Pages::NoColumn);
    }

    #[test]
    fn page_column_only_when_asked() {
        let text = "rose 5%\u{c}fell 3%";
        let extraction = crate::extract::extract(text);
        let paged = Pages::of(text, true, true);
        let csv =
            String::from_utf8(render_with("a.pdf", text, &extraction, &paged)).unwrap_or_default();
        let pages: Vec<&str> = csv.lines().filter_map(|l| l.rsplit(',').next()).collect();
        assert_eq!(pages, ["1", "2"]);
        let plain = String::from_utf8(render("a.pdf", text, &extraction)).unwrap_or_default();
        assert!(
            plain.lines().all(|l| l.matches(',').count() == 16),
            "{plain}"
        );
        let jsonl = String::from_utf8(render_jsonl_with(
            "a.pdf",
            text,
            &extraction,
            &Pages::Unpaged,
        ))
        .unwrap_or_default();
        assert!(
            jsonl.lines().all(|l| l.ends_with(",\"page\":null}")),
            "{jsonl}"
        );
        assert!(header_with(true).ends_with(b",sentence,page\n"));
    }

    #[test]
    fn numbers_are_plain() {
        assert_eq!(
            format_number(Decimal::new(239, 2) * Decimal::from(1_000_000_000)),
            "2390000000"
        );
        assert_eq!(
            format_number(Decimal::from(58_000) / Decimal::from(15)),
            "3866.666667"
        );
        assert_eq!(format_number(Decimal::new(9730, 2)), "97.3");
        assert_eq!(format_number(Decimal::new(-0, 0)), "0");
    }

    #[test]
    fn formula_cells_are_inert() {
        assert_eq!(inert("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(inert("+1"), "'+1");
        assert_eq!(inert("-3.5%"), "'-3.5%");
        assert_eq!(inert("@cmd"), "'@cmd");
        assert_eq!(inert("\tx"), "'\tx");
        assert_eq!(inert("parks"), "parks");
        assert_eq!(inert("-"), "-");
    }

    #[test]
    fn long_sentence_is_cut_around_the_claim() {
        let text = format!("{}rose 5%{}", "a ".repeat(3000), " b".repeat(3000));
        let start = text.find("5%").unwrap_or_default();
        let sentence = Span::new(0, text.len());
        let cell = window_around(&text, sentence, Span::new(start, start + 2));
        assert!(cell.starts_with("…a a") && cell.ends_with("b b…"), "{cell}");
        assert!(cell.contains("rose 5%"));
        assert!(cell.len() <= SENTENCE_WINDOW_BYTES + 16, "{}", cell.len());
    }

    #[test]
    fn window_stays_on_char_boundaries() {
        let text = "é".repeat(3000);
        let sentence = Span::new(0, text.len());
        for claim_start in [0, 2, 1000, 2998, 5998] {
            let claim = Span::new(claim_start, claim_start + 2);
            let cell = window_around(&text, sentence, claim);
            assert!(cell.chars().all(|c| c == 'é' || c == '…'));
        }
    }

    #[test]
    fn claim_id_is_stable() {
        assert_eq!(
            claim_id("a.txt", Span::new(1, 5)),
            claim_id("a.txt", Span::new(1, 5))
        );
        assert_ne!(
            claim_id("a.txt", Span::new(1, 5)),
            claim_id("b.txt", Span::new(1, 5))
        );
        assert_eq!(claim_id("a.txt", Span::new(1, 5)).len(), 17);
    }

    /// A cell a spreadsheet would take for a number: digits with at most
    /// one `.`, or a mantissa and an exponent (`12e5`, `1.5E-3`).
    fn reads_as_number(cell: &str) -> bool {
        let (mantissa, exponent) = match cell.to_ascii_lowercase().split_once('e') {
            Some((m, e)) => (
                m.to_string(),
                Some(e.trim_start_matches(['+', '-']).to_string()),
            ),
            None => (cell.to_string(), None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let mantissa_ok = mantissa
            .split_once('.')
            .map_or(digits(&mantissa), |(a, b)| {
                digits(a) && (b.is_empty() || digits(b))
            });
        mantissa_ok && exponent.as_deref().is_none_or(digits)
    }

    #[test]
    fn claim_ids_never_read_as_numbers() {
        // The hashes that motivated the prefix, as the old form wrote them.
        assert!(reads_as_number("26841507277607e2"));
        assert!(reads_as_number("58e0918267824534"));
        assert!(reads_as_number("2684150727760712"));
        // 0.1% of bare hashes look like numbers; over 20,000 spans none of
        // the prefixed ids does, and each is `c` and 16 lowercase hex digits.
        let mut numeric_hashes = 0;
        for start in 0..20_000 {
            let id = claim_id("reports/a.txt", Span::new(start, start + 3));
            assert!(!reads_as_number(&id), "{id}");
            let hash = id.strip_prefix(CLAIM_ID_PREFIX).unwrap_or_default();
            assert_eq!(hash.len(), 16, "{id}");
            assert!(
                hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
                "{id}"
            );
            numeric_hashes += usize::from(reads_as_number(hash));
        }
        assert!(
            numeric_hashes > 0,
            "the sample should contain number-like hashes"
        );
    }

    #[test]
    fn every_cell_fits_its_column_type() {
        let text =
            "Output rose 5.2% to 3 billion yuan, between 2 and 4 tonnes.\x0cPage two: 12 schools.";
        let extraction = crate::extract::extract(text);
        assert!(extraction.claims.len() >= 3);
        for pages in [
            Pages::NoColumn,
            Pages::of(text, true, true),
            Pages::of(text, false, true),
        ] {
            let mut rows = 0;
            for_each_row("a.txt", text, &extraction, &pages, |cells| {
                rows += 1;
                let schema = SCHEMA.iter().chain(if pages == Pages::NoColumn {
                    None
                } else {
                    Some(&PAGE)
                });
                assert_eq!(cells.len(), schema.clone().count());
                for (cell, column) in cells.iter().zip(schema) {
                    assert!(cell.fits(column.ty), "{} holds {cell:?}", column.name);
                }
            });
            assert_eq!(rows, extraction.claims.len());
        }
    }
}
