//! The ledger's CSV contract: columns, claim ids, number formatting,
//! formula-safe text cells, and the atomic write of the ledger file.
//!
//! - Numbers are exact decimals written plainly: at most six decimals,
//!   no trailing zeros, never an exponent (`2390000000`, `3866.666667`).
//! - Text cells are made inert for spreadsheets ([`inert`]): control
//!   characters become U+FFFD, and a formula start (`=`, `+`, `-`, `@`,
//!   tab, CR, LF, full-width forms) that opens the cell, or that follows a
//!   separator a spreadsheet may split at instead of `,` (`;`, tab, `|`,
//!   space), gets a `'` before it; plain signed numbers (`-1.2%`) and a
//!   cell that is exactly `-` are left alone. Numeric cells are never
//!   changed.
//! - Rows are written a chunk at a time ([`write_rows`]), never a whole
//!   document's rows at once; a sentence repeated by many claims is cut to
//!   windows ([`SENTENCE_BUDGET_BYTES`]).
//! - `claim_id` is `c` and 16 hex digits of FNV-1a over file, start and
//!   end: the same for the same input on any machine and any thread
//!   count. The letter keeps spreadsheets from reading an id that happens
//!   to be all digits (`2684150727760712`) or exponent-like
//!   (`58e0918267824534`, `26841507277607e2`) as a number.
//! - The `sentence` cell holds the claim's sentence, white space folded;
//!   a sentence longer than [`MAX_SENTENCE_BYTES`] is cut to a window of
//!   [`SENTENCE_WINDOW_BYTES`] around the claim, marked `…`, and one whose
//!   rows would repeat more than [`SENTENCE_BUDGET_BYTES`] of it to
//!   narrower windows, so output stays linear in input size.
//! - [`Format::Jsonl`] writes the same fields, one JSON object per claim
//!   and no header: numbers as JSON numbers with the very digits the CSV
//!   uses, an empty `value_max` as `null`, text cells as written (JSON is
//!   not opened by spreadsheets, so no `'` is added).
//! - [`json_schema`] and [`spark_ddl`] publish the schema of a row (a
//!   claim row, or a stream's error row, [`write_error_row`]).
//! - [`Format::Xlsx`] writes an Excel workbook ([`xlsx`]): typed number
//!   cells, text cells as written, a frozen header and an autofilter.
//!   [`Sink`] puts the rows of any format into their target.
//! - A last column, `page`, is written only when some input of the run has
//!   pages (a PDF): the 1-based page of the claim's start, empty for inputs
//!   without pages. A run over text files writes the 17 columns as before.

use std::borrow::Cow;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::extract::{Claim, Extraction, LineIndex, Span};

pub mod checks;
pub mod timeline;
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

impl ColumnType {
    /// The column's type in Spark SQL DDL (and Arrow): decimals as
    /// `DECIMAL(38,6)`, which holds every value exactly (at most six
    /// places; values of 10^24 or more are no claim), integers as `BIGINT`.
    pub fn spark(self) -> &'static str {
        match self {
            ColumnType::Text => "STRING",
            ColumnType::Integer | ColumnType::OptionalInteger => "BIGINT",
            ColumnType::Decimal | ColumnType::OptionalDecimal => "DECIMAL(38,6)",
        }
    }

    /// The column's JSON Schema (2020-12) in JSON Lines output.
    fn json_schema(self) -> serde_json::Value {
        const EXACT: &str = "an exact decimal written with the CSV's very digits (at most \
                             six places, never an exponent): read it as DECIMAL(38,6) or \
                             a decimal type, not as a double";
        match self {
            ColumnType::Text => serde_json::json!({"type": "string"}),
            ColumnType::Integer => serde_json::json!({"type": "integer", "minimum": 0}),
            ColumnType::OptionalInteger => {
                serde_json::json!({"type": ["integer", "null"], "minimum": 0})
            }
            ColumnType::Decimal => serde_json::json!({"type": "number", "description": EXACT}),
            ColumnType::OptionalDecimal => {
                serde_json::json!({"type": ["number", "null"], "description": EXACT})
            }
        }
    }
}

/// The ledger's columns as Spark SQL DDL (`claim_id STRING, …`), with the
/// `page` column when `page`, and the `error` column of a stream's error
/// rows when `error` (see [`write_error_row`]). `spark.read.schema(DDL)
/// .json(PATH)` then reads a JSONL ledger with exact decimals.
pub fn spark_ddl(page: bool, error: bool) -> String {
    let mut columns: Vec<String> = SCHEMA
        .iter()
        .chain(page.then_some(&PAGE))
        .map(|c| format!("`{}` {}", c.name, c.ty.spark()))
        .collect();
    if error {
        columns.push("`error` STRING".to_string());
        columns.push("`record` BIGINT".to_string());
    }
    columns.join(", ")
}

/// The JSON Schema (2020-12) of a row of a JSON Lines ledger, built from
/// [`SCHEMA`]: a claim row, or the error row of a document stream. It is
/// published as `docs/ledger.schema.json` (a test keeps the file equal to
/// this).
pub fn json_schema() -> serde_json::Value {
    let mut properties = serde_json::Map::new();
    for column in SCHEMA.iter().chain([&PAGE]) {
        properties.insert(column.name.to_string(), column.ty.json_schema());
    }
    let required: Vec<&str> = COLUMNS.to_vec();
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimscan ledger row (JSON Lines)",
        "description": "One line of `claimscan extract --format jsonl`: a claim row with the \
                        CSV's columns in order (`page` only when some input has pages), or, \
                        in the output of a document stream (`--input-format jsonl`), the \
                        error row of a record or document that could not be used.",
        "oneOf": [{"$ref": "#/$defs/claim"}, {"$ref": "#/$defs/error"}],
        "$defs": {
            "claim": {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": false,
            },
            "error": {
                "type": "object",
                "properties": {
                    "file": {
                        "type": ["string", "null"],
                        "description": "the record's file, null when it has none",
                    },
                    "error": {"type": "string", "description": "the problem"},
                    "record": {
                        "type": ["integer", "null"],
                        "minimum": 1,
                        "description": "the record's line in the stream; null when the \
                                        record was read but its document failed",
                    },
                },
                "required": ERROR_ROW_KEYS,
                "additionalProperties": false,
            },
        },
    })
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
    ClaimIds::new(file).of(span)
}

/// The [`claim_id`]s of one file's claims: FNV-1a reads the bytes in
/// order, so the file's name is hashed once, not once a row.
pub struct ClaimIds {
    /// The hash of the file's name and the `\0` after it.
    file: u64,
}

impl ClaimIds {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    pub fn new(file: &str) -> Self {
        ClaimIds {
            file: Self::hash(Self::OFFSET, [file.as_bytes(), b"\0"]),
        }
    }

    /// The id of the claim at `span`.
    pub fn of(&self, span: Span) -> String {
        let (mut start, mut end) = (itoa::Buffer::new(), itoa::Buffer::new());
        let key = [
            start.format(span.start).as_bytes(),
            b"\0",
            end.format(span.end).as_bytes(),
        ];
        let hash = Self::hash(self.file, key);
        let mut id = String::with_capacity(17);
        id.push(CLAIM_ID_PREFIX);
        for shift in (0..16).rev() {
            let digit = (hash >> (4 * shift)) & 0xF;
            id.push(char::from(b"0123456789abcdef"[digit as usize]));
        }
        id
    }

    fn hash<const N: usize>(mut hash: u64, key: [&[u8]; N]) -> u64 {
        for byte in key.into_iter().flatten() {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(Self::PRIME);
        }
        hash
    }
}

/// A decimal written plainly, rounded to six places, without trailing
/// zeros or exponent.
pub fn format_number(value: Decimal) -> String {
    let rounded = value.round_dp(6).normalize();
    if rounded.is_zero() {
        return "0".to_string();
    }
    // The digits of the mantissa with the point `scale` digits from the
    // right (as `Decimal`'s `Display` writes it, without its formatter).
    let mut buffer = itoa::Buffer::new();
    let digits = buffer.format(rounded.mantissa().unsigned_abs());
    let scale = rounded.scale() as usize;
    let mut out = String::with_capacity(digits.len() + scale + 3);
    if rounded.is_sign_negative() {
        out.push('-');
    }
    match digits.len().checked_sub(scale) {
        Some(0) | None => {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', scale - digits.len()));
            out.push_str(digits);
        }
        Some(whole) => {
            out.push_str(&digits[..whole]);
            if scale > 0 {
                out.push('.');
                out.push_str(&digits[whole..]);
            }
        }
    }
    out
}

/// Characters that make a spreadsheet read a cell as a formula when they
/// open it (OWASP's list, with their full-width and small forms, which
/// East Asian input methods and some spreadsheets fold to ASCII).
const FORMULA_STARTS: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    '\u{FE66}', '\u{FE62}', '\u{FE63}',
];

/// Characters a spreadsheet may split a CSV line at instead of the comma:
/// the semicolon of European locales (Excel's default there), tab and
/// pipe (LibreOffice's import offers each), their full-width forms, and
/// space; and a line break inside a cell, which ends the line for a
/// spreadsheet that no longer sees the cell's quotes. Quoting cannot
/// protect against them: the quote of a cell is not at the start of the
/// piece such a split makes.
const SEPARATORS: &[char] = &[
    ';', '\t', '|', ' ', '\n', '\r', '\u{FF1B}', '\u{FF5C}', '\u{3000}',
];

/// Invisible characters a spreadsheet may drop before reading the rest
/// of a cell: white space, zero-width and byte-order marks.
fn is_skipped_before_a_formula(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

/// A control character other than tab, line feed and carriage return (which
/// the CSV quoting covers): NUL, the other C0 controls, DEL and the C1
/// controls. A spreadsheet may drop them, and what follows them would
/// then start the cell.
fn is_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// A cell a spreadsheet reads as a plain number: a sign, digits with
/// optional thousands commas and decimals, an optional `%` (`-1.2%`,
/// `+6.6%`). It cannot call anything, so it needs no guard, and the guard
/// would only show as a stray `'`.
fn is_plain_number(cell: &str) -> bool {
    let body = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let body = body.strip_suffix('%').unwrap_or(body);
    let (whole, decimals) = body.split_once('.').unwrap_or((body, "0"));
    whole.starts_with(|c: char| c.is_ascii_digit())
        && whole.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && !decimals.is_empty()
        && decimals.bytes().all(|b| b.is_ascii_digit())
}

/// Makes a text cell inert for spreadsheets (OWASP's CSV-injection advice,
/// in full):
/// - control characters (NUL, the other C0 and C1 controls, DEL) become
///   U+FFFD, so nothing a spreadsheet drops can uncover a formula;
/// - a cell whose first visible character starts a formula (`=`, `+`, `-`,
///   `@`, tab, CR, LF, full-width `＝＋－＠`) gets a leading `'`, unless it is
///   a plain signed number (`-1.2%`, which a spreadsheet reads as the number)
///   or exactly `-` (standard input's name);
/// - inside the cell, a formula start right after a separator that a
///   spreadsheet may split at (`;`, tab, `|`, space) gets a `'` before it
///   too (`5%;'=HYPERLINK(...)`), unless what follows is a plain number or,
///   after a space, the sign stands alone (`4.75% - November`).
pub fn inert(cell: &str) -> Cow<'_, str> {
    if plainly_inert(cell) {
        return Cow::Borrowed(cell);
    }
    let cell = if cell.contains(is_control) {
        Cow::Owned(cell.replace(is_control, "\u{FFFD}"))
    } else {
        Cow::Borrowed(cell)
    };
    let visible = cell.trim_start_matches(is_skipped_before_a_formula);
    let opens_formula = visible.starts_with(FORMULA_STARTS) || cell.starts_with(FORMULA_STARTS);
    let lead = opens_formula && &*cell != "-" && !is_plain_number(&cell);
    let inner = inner_formula_starts(&cell);
    if !lead && inner.is_empty() {
        return cell;
    }
    let mut guarded = String::with_capacity(cell.len() + 1 + inner.len());
    if lead {
        guarded.push('\'');
    }
    let mut from = 0;
    for at in inner {
        guarded.push_str(&cell[from..at]);
        guarded.push('\'');
        from = at;
    }
    guarded.push_str(&cell[from..]);
    Cow::Owned(guarded)
}

/// A cell [`inert`] leaves as it is (most cells, sentences among them):
/// no control character, and no formula start that is not right after an
/// ASCII letter or digit (`year-on-year`). The guard only ever marks a
/// formula start at the head of the cell, after invisible characters, or
/// after a separator or a quote, never one glued to a word.
fn plainly_inert(cell: &str) -> bool {
    plainly_inert_with(cell, classes(cell.as_bytes()))
}

/// [`plainly_inert`], given the [`classes`] of the cell's bytes: an ASCII
/// control, or an ASCII formula start (`=`, `+`, `-`, `@`) not after a
/// letter or digit, fails the cell. Outside ASCII only a character that
/// starts with the byte 0xC2 (the C1 controls) or 0xEF (the full-width
/// and small formula starts) may fail it; those few are decoded.
fn plainly_inert_with(cell: &str, found: u8) -> bool {
    let bytes = cell.as_bytes();
    if found & CONTROL != 0 {
        return false;
    }
    let glued = |at: usize| at > 0 && bytes[at - 1].is_ascii_alphanumeric();
    if found & FORMULA != 0
        && !(memchr::memchr3_iter(b'=', b'+', b'-', bytes).all(glued)
            && memchr::memchr_iter(b'@', bytes).all(glued))
    {
        return false;
    }
    found & SUSPECT_LEAD == 0
        || !memchr::memchr2_iter(0xC2, 0xEF, bytes).any(|i| {
            let c = cell[i..].chars().next().unwrap_or('\0');
            is_control(c) || FORMULA_STARTS.contains(&c)
        })
}

/// A byte of a text cell that is an ASCII control (C0 or DEL).
const CONTROL: u8 = 1;
/// A byte that is an ASCII formula start: `=`, `+`, `-`, `@`.
const FORMULA: u8 = 1 << 1;
/// The first byte of the only characters outside ASCII that may be a
/// control or a formula start: 0xC2 (the C1 controls) and 0xEF (the
/// full-width and small forms).
const SUSPECT_LEAD: u8 = 1 << 2;
/// A byte that makes a CSV cell quoted: `,`, `"`, LF, CR.
const QUOTED: u8 = 1 << 3;
/// A byte that is, or starts, white space other than the space: ASCII
/// controls that are white space, and the lead bytes of U+0085, U+00A0
/// (0xC2), U+1680 (0xE1), U+2000..U+205F (0xE2) and U+3000 (0xE3).
const FOLDED: u8 = 1 << 4;

/// The classes of a byte (the bits above), as one table lookup.
static BYTE_CLASSES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = class_of(b as u8);
        b += 1;
    }
    table
};

const fn class_of(b: u8) -> u8 {
    let mut class = 0;
    if b < 0x20 || b == 0x7F {
        class |= CONTROL;
    }
    if matches!(b, b'=' | b'+' | b'-' | b'@') {
        class |= FORMULA;
    }
    if matches!(b, 0xC2 | 0xEF) {
        class |= SUSPECT_LEAD;
    }
    if matches!(b, b',' | b'"' | b'\n' | b'\r') {
        class |= QUOTED;
    }
    if matches!(
        b,
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1c..=0x1f | 0xC2 | 0xE1 | 0xE2 | 0xE3
    ) {
        class |= FOLDED;
    }
    class
}

/// The classes of all the bytes of `bytes`, or-ed: one table lookup a
/// byte, eight at a time, so that a cell or sentence without anything to
/// guard, quote or fold is told in about two instructions a byte.
fn classes(bytes: &[u8]) -> u8 {
    let of = |all: u8, b: &u8| all | BYTE_CLASSES[usize::from(*b)];
    let mut chunks = bytes.chunks_exact(8);
    let found = chunks
        .by_ref()
        .fold(0, |all, chunk| all | chunk.iter().fold(0, of));
    chunks.remainder().iter().fold(found, of)
}

/// A text cell without the marks [`inert`] adds: the `'` before a formula
/// start at the head of the cell or after a separator. `check` and `diff`
/// compare cells this way, so that ledgers written before and after a
/// change of the guard (`'-1.2%` then, `-1.2%` now) compare equal.
pub fn unguard(cell: &str) -> Cow<'_, str> {
    if !cell.contains('\'') {
        return Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len());
    // At the head of the cell or of a piece a split would make.
    let mut at_head = true;
    for (at, c) in cell.char_indices() {
        let rest = &cell[at + c.len_utf8()..];
        if c == '\'' && at_head {
            let visible = rest.trim_start_matches(is_skipped_before_a_formula);
            let marks_formula = rest.starts_with(FORMULA_STARTS)
                || (at == 0 && visible.starts_with(FORMULA_STARTS));
            if marks_formula {
                at_head = false;
                continue;
            }
        }
        out.push(c);
        at_head =
            SEPARATORS.contains(&c) || (at_head && (is_skipped_before_a_formula(c) || c == '"'));
    }
    Cow::Owned(out)
}

/// Where, inside a cell, a formula would start a new cell if a spreadsheet
/// split the line at a separator: the byte offsets of those formula starts
/// (one pass over the cell).
fn inner_formula_starts(cell: &str) -> Vec<usize> {
    let mut found = Vec::new();
    // The separator before the current run of separators and invisible
    // characters, if any: whether it was only spaces matters.
    let mut after: Option<bool> = None;
    // A formula start before any visible character is the leading one,
    // which `inert` guards.
    let mut seen_visible = false;
    let mut chars = cell.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if SEPARATORS.contains(&c) {
            let only_spaces = after.unwrap_or(true) && c == ' ';
            after = Some(only_spaces);
            // `;` and `|` are visible: the leading guard no longer covers
            // what follows them.
            seen_visible |= !c.is_whitespace();
        } else if (is_skipped_before_a_formula(c) || c == '"') && after.is_some() {
            // A quote (doubled in the CSV) at the start of a piece is a
            // string delimiter there: what follows it counts.
            continue;
        } else {
            if let Some(only_spaces) = after
                && seen_visible
                && FORMULA_STARTS.contains(&c)
            {
                let rest = &cell[at..];
                // A plain number after spaces is harmless when a space
                // inside the cell ends it (the piece a split at spaces
                // makes); at the end of the cell the next cells or the
                // closing quote would stick to it, and after `;`, `|`,
                // tab or a line break the piece runs on to the next one.
                let word = rest.split(' ').next().unwrap_or(rest);
                let number = only_spaces && is_plain_number(word) && word.len() < rest.len();
                let lone = chars.peek().is_some_and(|&(_, n)| n == ' ');
                if !(number || only_spaces && lone) {
                    found.push(at);
                }
            }
            seen_visible = true;
            after = None;
        }
    }
    found
}

/// One CSV cell, RFC 4180: in double quotes (each `"` doubled) when it
/// holds a comma, quote or line break, else as it is.
fn write_cell(out: &mut Vec<u8>, cell: &str) {
    write_cell_with(out, cell, classes(cell.as_bytes()));
}

/// A text cell made inert ([`inert`]) and written as one CSV cell.
fn write_text_cell(out: &mut Vec<u8>, cell: &str) {
    let found = classes(cell.as_bytes());
    if plainly_inert_with(cell, found) {
        write_cell_with(out, cell, found);
    } else {
        write_cell(out, &inert(cell));
    }
}

/// [`write_cell`], given the [`classes`] of the cell's bytes.
fn write_cell_with(out: &mut Vec<u8>, cell: &str, found: u8) {
    if found & QUOTED == 0 {
        out.extend_from_slice(cell.as_bytes());
        return;
    }
    out.push(b'"');
    for (i, part) in cell.split('"').enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\"\"");
        }
        out.extend_from_slice(part.as_bytes());
    }
    out.push(b'"');
}

/// Longest sentence, in bytes of the text, written whole in the `sentence`
/// cell. A longer one (a table or a page without punctuation) is cut to a
/// window around the claim, each cut end marked `…`, so that the ledger
/// stays linear in the size of the input instead of repeating a huge
/// sentence in every row.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// Bytes of an over-long sentence kept around the claim: enough context
/// to read, small enough that text dense with numbers (a claim every few
/// bytes) does not multiply the ledger's size by thousands.
pub const SENTENCE_WINDOW_BYTES: usize = 400;

/// Bytes of one sentence that all its rows together may repeat: a
/// sentence of `L` bytes with `n` claims is written whole when `n × L` is
/// at most this (the densest sentence of the fixture corpus and the
/// benchmark reports repeats 5.4 KB); otherwise each claim gets a window
/// of this divided by `n` bytes, between [`MIN_WINDOW_BYTES`] and
/// [`SENTENCE_WINDOW_BYTES`]. So a sentence costs the ledger at most
/// 16 KiB plus [`MIN_WINDOW_BYTES`] a claim, however often it would be
/// repeated.
pub const SENTENCE_BUDGET_BYTES: usize = 16 * 1024;

/// The narrowest window: a few words on each side of the claim.
pub const MIN_WINDOW_BYTES: usize = 80;

/// The `sentence` cell of each claim, folding each sentence that is short
/// enough to be written whole only once.
struct SentenceCells<'a> {
    text: &'a str,
    sentences: &'a [Span],
    claims: &'a [Claim],
    /// The sentence of the claims seen last: its index, how many claims it
    /// holds, and its folded text when it is written whole.
    current: Option<(usize, usize, Option<Cow<'a, str>>)>,
}

impl<'a> SentenceCells<'a> {
    fn new(text: &'a str, extraction: &'a Extraction) -> Self {
        SentenceCells {
            text,
            sentences: &extraction.sentences,
            claims: &extraction.claims,
            current: None,
        }
    }

    /// The cell of the `index`-th claim; claims are asked for in order.
    fn cell(&mut self, index: usize) -> Cow<'_, str> {
        let Some(claim) = self.claims.get(index) else {
            return Cow::Borrowed("");
        };
        let Some(&sentence) = self.sentences.get(claim.sentence) else {
            return Cow::Borrowed("");
        };
        if self
            .current
            .as_ref()
            .is_none_or(|(seen, ..)| *seen != claim.sentence)
        {
            // Claims are sorted, so this is the first of its sentence's,
            // which follow it: each claim is counted once.
            let count = self.claims[index..]
                .iter()
                .take_while(|c| c.sentence == claim.sentence)
                .count();
            let length = sentence.end - sentence.start;
            let whole = length <= MAX_SENTENCE_BYTES
                && count.saturating_mul(length) <= SENTENCE_BUDGET_BYTES;
            let folded = whole.then(|| fold_space(sentence.text(self.text)));
            self.current = Some((claim.sentence, count, folded));
        }
        match &self.current {
            Some((_, _, Some(folded))) => Cow::Borrowed(folded),
            Some((_, count, None)) => {
                let width = (SENTENCE_BUDGET_BYTES / count.max(&1))
                    .clamp(MIN_WINDOW_BYTES, SENTENCE_WINDOW_BYTES);
                Cow::Owned(window_around(self.text, sentence, claim.span, width))
            }
            None => Cow::Borrowed(""),
        }
    }
}

/// About `width` bytes of `sentence` centred on `claim`, folded, with `…`
/// where it was cut.
pub(crate) fn window_around(text: &str, sentence: Span, claim: Span, width: usize) -> String {
    let half = width / 2;
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
    let plain = classes(bytes) & FOLDED == 0
        && !text.starts_with(' ')
        && !text.ends_with(' ')
        && memchr::memmem::find(bytes, b"  ").is_none();
    if plain {
        return Cow::Borrowed(text);
    }
    Cow::Owned(fold_runs(text))
}

/// The words of `text` (split at Unicode white space, as
/// `split_whitespace` does) joined by single spaces. Only a space or a
/// byte of the class [`FOLDED`] may start white space: the bytes between
/// them are copied as they are, not decoded.
fn fold_runs(text: &str) -> String {
    let bytes = text.as_bytes();
    let may_start_space = |b: &u8| *b == b' ' || BYTE_CLASSES[usize::from(*b)] & FOLDED != 0;
    let mut folded = String::with_capacity(text.len());
    let (mut at, mut word) = (0, 0);
    loop {
        let next = bytes[at..]
            .iter()
            .position(may_start_space)
            .map_or(bytes.len(), |n| at + n);
        // `next` starts a character: a space, an ASCII control or a lead byte.
        let space = text[next..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8);
        if space == 0 && next < bytes.len() {
            at = next + 1;
            continue;
        }
        if next > word {
            if !folded.is_empty() {
                folded.push(' ');
            }
            folded.push_str(&text[word..next]);
        }
        if next == bytes.len() {
            return folded;
        }
        (at, word) = (next + space, next + space);
    }
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
    // A part of a document read in parts counts its lines and sentences
    // from the start of the document.
    // (One read from a window of the document adds the window's start to
    // its offsets.)
    let (lines, sentences_before, base) = match extraction.part {
        Some(part) => (
            LineIndex::within(text, part.span, part.lines_before),
            part.sentences_before,
            part.base,
        ),
        None => (LineIndex::new(text), 0, 0),
    };
    let ids = ClaimIds::new(file);
    let mut sentences = SentenceCells::new(text, extraction);
    let width = if *pages == Pages::NoColumn {
        SCHEMA.len()
    } else {
        SCHEMA.len() + 1
    };
    for (index, claim) in extraction.claims.iter().enumerate() {
        let sentence = sentences.cell(index);
        let at = Span::new(base + claim.span.start, base + claim.span.end);
        let cells: [Cell; 18] = [
            Cell::Text(Cow::Owned(ids.of(at))),
            Cell::Text(Cow::Borrowed(file)),
            Cell::Integer(lines.line(claim.span.start)),
            Cell::Integer(sentences_before + claim.sentence + 1),
            Cell::Integer(at.start),
            Cell::Integer(at.end),
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
            pages.page(at.start).map_or(Cell::Null, Cell::Integer),
        ];
        row(&cells[..width]);
    }
}

/// Rows are rendered into a buffer of about this size and handed to the
/// writer each time it fills, so a document's rows are never all in
/// memory at once.
const ROW_CHUNK_BYTES: usize = 64 * 1024;

/// The ledger rows of one document, as CSV bytes (no header).
pub fn render(file: &str, text: &str, extraction: &Extraction) -> Vec<u8> {
    render_with(file, text, extraction, &Pages::NoColumn)
}

/// [`render`] with the `page` cells of `pages`: text cells made
/// formula-safe ([`inert`]), numbers as [`format_number`] writes them, an
/// empty cell for nothing.
pub fn render_with(file: &str, text: &str, extraction: &Extraction, pages: &Pages) -> Vec<u8> {
    Format::Csv.render_with(file, text, extraction, pages)
}

/// Writes the ledger rows of one document as CSV (no header) to `out`, a
/// chunk at a time, with the `page` cells of `pages`.
pub fn write_rows<W: Write>(
    out: &mut W,
    file: &str,
    text: &str,
    extraction: &Extraction,
    pages: &Pages,
) -> io::Result<()> {
    write_chunked(out, file, text, extraction, pages, Format::Csv)
}

/// Text cells at least this long are remembered with their CSV bytes,
/// column by column: a cell equal to the one above it (the file in every
/// row, the sentence of a sentence with several claims) is copied, not
/// guarded and quoted again.
const REMEMBERED_CELL_BYTES: usize = 16;

/// Renders rows one after the other in one format.
enum RowRenderer {
    /// CSV, with the long text cells of the row before, by column: what
    /// they were and what was written for them.
    Csv(Vec<(String, Vec<u8>)>),
    Jsonl,
}

impl RowRenderer {
    fn new(format: Format) -> Self {
        match format {
            Format::Csv => RowRenderer::Csv(vec![Default::default(); SCHEMA.len() + 1]),
            // The xlsx sink builds its cells from the typed JSON rows.
            Format::Jsonl | Format::Xlsx => RowRenderer::Jsonl,
        }
    }

    /// Renders the row of `cells` onto `out`.
    fn row(&mut self, out: &mut Vec<u8>, cells: &[Cell<'_>]) {
        match self {
            RowRenderer::Csv(above) => csv_row(out, cells, above),
            RowRenderer::Jsonl => jsonl_row(out, cells),
        }
    }
}

/// One CSV row: text cells made inert and quoted where needed (a long one
/// copied when it is the cell above it, `above`), numbers as they are.
fn csv_row(out: &mut Vec<u8>, cells: &[Cell<'_>], above: &mut [(String, Vec<u8>)]) {
    let mut digits = itoa::Buffer::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match (cell, above.get_mut(i)) {
            (Cell::Text(s), Some((raw, written))) if s.len() >= REMEMBERED_CELL_BYTES => {
                if raw != s {
                    raw.clear();
                    written.clear();
                    raw.push_str(s);
                    write_text_cell(written, s);
                }
                out.extend_from_slice(written);
            }
            (Cell::Text(s), _) => write_text_cell(out, s),
            (Cell::Integer(n), _) => out.extend_from_slice(digits.format(*n).as_bytes()),
            // Digits, a point and a sign: nothing to quote.
            (Cell::Decimal(d), _) => out.extend_from_slice(format_number(*d).as_bytes()),
            (Cell::Null, _) => {}
        }
    }
    out.push(b'\n');
}

/// The rows of one document in `format`, rendered into one buffer.
fn render_rows(
    format: Format,
    file: &str,
    text: &str,
    extraction: &Extraction,
    pages: &Pages,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut renderer = RowRenderer::new(format);
    for_each_row(file, text, extraction, pages, |cells| {
        renderer.row(&mut out, cells);
    });
    out
}

/// Writes the rows of one document in `format` to `out` a chunk at a time
/// (about [`ROW_CHUNK_BYTES`]); the first write error ends the writing.
fn write_chunked<W: Write>(
    out: &mut W,
    file: &str,
    text: &str,
    extraction: &Extraction,
    pages: &Pages,
    format: Format,
) -> io::Result<()> {
    let mut chunk = Vec::with_capacity(ROW_CHUNK_BYTES + 4096);
    let mut result = Ok(());
    let mut renderer = RowRenderer::new(format);
    for_each_row(file, text, extraction, pages, |cells| {
        if result.is_err() {
            return;
        }
        renderer.row(&mut chunk, cells);
        if chunk.len() >= ROW_CHUNK_BYTES {
            result = out.write_all(&chunk);
            chunk.clear();
        }
    });
    result?;
    out.write_all(&chunk)
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
        render_rows(self, file, text, extraction, pages)
    }

    /// Writes the rows of one document to `out`, a chunk at a time, with
    /// the `page` cells of `pages`.
    pub fn write_rows<W: Write>(
        self,
        out: &mut W,
        file: &str,
        text: &str,
        extraction: &Extraction,
        pages: &Pages,
    ) -> io::Result<()> {
        write_chunked(out, file, text, extraction, pages, self)
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
    Format::Jsonl.render_with(file, text, extraction, pages)
}

/// Writes [`render_jsonl_with`]'s rows to `writer`, a chunk at a time.
pub fn write_jsonl_rows<W: Write>(
    writer: &mut W,
    file: &str,
    text: &str,
    extraction: &Extraction,
    pages: &Pages,
) -> io::Result<()> {
    write_chunked(writer, file, text, extraction, pages, Format::Jsonl)
}

/// One JSON Lines row: the columns' names as keys, text cells as JSON
/// strings, numbers as JSON numbers.
fn jsonl_row(out: &mut Vec<u8>, cells: &[Cell<'_>]) {
    let names = COLUMNS.iter().chain([&PAGE.name]);
    out.push(b'{');
    for (i, (column, cell)) in names.zip(cells).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Writing a string to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, column);
        out.push(b':');
        match cell {
            Cell::Text(s) => {
                let _ = serde_json::to_writer(&mut *out, s);
            }
            Cell::Integer(n) => out.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes()),
            Cell::Decimal(d) => out.extend_from_slice(format_number(*d).as_bytes()),
            Cell::Null => out.extend_from_slice(b"null"),
        }
    }
    out.extend_from_slice(b"}\n");
}

/// The keys of an error row, in order (see [`write_error_row`]).
pub const ERROR_ROW_KEYS: [&str; 3] = ["file", "error", "record"];

/// Writes the error row of a document that could not be used, for the
/// JSON Lines output of a document stream (`extract --input-format jsonl
/// --format jsonl`): `{"file": …, "error": …, "record": …}`, the `file`
/// named (`null` for a record without one), the problem, and the record's
/// line in the stream (`null` when the error is not a stream record's, as
/// an extractor failure). It has no `claim_id`: readers tell it from a
/// claim row by its `error` key.
pub fn write_error_row<W: Write>(
    writer: &mut W,
    error: &crate::error::InputError,
) -> io::Result<()> {
    let row = serde_json::json!({
        "file": error.file(),
        "error": error.problem(),
        "record": error.record_line(),
    });
    let mut out = Vec::with_capacity(128);
    out.push(b'{');
    for (i, key) in ERROR_ROW_KEYS.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Writing JSON to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut out, key);
        out.push(b':');
        let _ = serde_json::to_writer(&mut out, &row[*key]);
    }
    out.extend_from_slice(b"}\n");
    writer.write_all(&out)
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
    /// Where the ledger goes: the path given, or the file a symbolic link
    /// there points to (the link is kept, its target replaced).
    target: PathBuf,
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
        // A symbolic link is followed: its target is replaced, the link
        // kept. A folder is refused here, before any work.
        let names_a_folder = path.as_os_str().as_encoded_bytes().ends_with(b"/");
        let path = &resolve_links(path);
        let existing = fs::metadata(path).ok();
        let special = existing.as_ref().is_some_and(|meta| {
            let kind = meta.file_type();
            !kind.is_file() && !kind.is_dir()
        });
        if special {
            let file = fs::OpenOptions::new().write(true).open(path)?;
            return Ok(LedgerFile {
                writer: io::BufWriter::with_capacity(1 << 16, file),
                target: path.to_path_buf(),
                temp: None,
            });
        }
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
            target: path.to_path_buf(),
            temp: Some(temp),
        })
    }

    /// Flushes, syncs and renames the ledger into place (at the target of
    /// a symbolic link `create` was given), then syncs the folder so that
    /// the rename itself survives a crash. `path` is the path given to
    /// `create`.
    pub fn commit(mut self, path: &Path) -> io::Result<()> {
        let _ = path;
        self.writer.flush()?;
        if let Some(temp) = self.temp.take() {
            temp.as_file().sync_all()?;
            let temp_path = temp.path().to_path_buf();
            let persisted = temp
                .persist(&self.target)
                .map_err(|e| without_temp_path(e.error));
            interrupt::unregister(&temp_path);
            persisted?;
            sync_parent(&self.target)?;
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

/// The file at the end of a chain of symbolic links at `path` (relative
/// links read from the link's folder); `path` itself when it is no link.
/// At most 40 links are followed, as the kernel does.
fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let is_link = fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            break;
        }
        let Ok(target) = fs::read_link(&current) else {
            break;
        };
        current = match current.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    current
}

/// Syncs the folder holding `path`, where the platform allows it.
fn sync_parent(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
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

    proptest::proptest! {
        /// The fast test never passes a cell the guard would change.
        #[test]
        fn plainly_inert_cells_are_left_as_they_are(
            cell in "[a1 ;|\"'=+@\\-\t\n\u{85}\u{a0}\u{200b}\u{feff}\u{ff1d}\u{3000}é%]{0,12}"
        ) {
            if plainly_inert(&cell) {
                proptest::prop_assert_eq!(inert(&cell), cell.as_str());
            }
        }
    }

    proptest::proptest! {
        /// Numbers are written as `Decimal` writes itself.
        #[test]
        fn numbers_are_written_as_decimal_writes_them(
            mantissa in proptest::num::i128::ANY,
            scale in 0u32..=28,
        ) {
            let mantissa = mantissa % 79_228_162_514_264_337_593_543_950_335;
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            let rounded = value.round_dp(6).normalize();
            let expected = if rounded.is_zero() { "0".to_string() } else { rounded.to_string() };
            proptest::prop_assert_eq!(format_number(value), expected);
        }
    }

    /// What `plainly_inert` decided byte by byte, each byte with the one
    /// before it, before the class table: the reference it must agree with.
    fn plainly_inert_byte_by_byte(cell: &str) -> bool {
        let bytes = cell.as_bytes();
        let control = |b: u8| b < 0x20 || b == 0x7F;
        let formula = |b: u8| matches!(b, b'=' | b'+' | b'-' | b'@');
        let Some(&first) = bytes.first() else {
            return true;
        };
        !control(first)
            && !formula(first)
            && bytes.windows(2).all(|pair| {
                !control(pair[1]) && (!formula(pair[1]) || pair[0].is_ascii_alphanumeric())
            })
            && cell
                .chars()
                .filter(|c| !c.is_ascii())
                .all(|c| !is_control(c) && !FORMULA_STARTS.contains(&c))
    }

    proptest::proptest! {
        /// The class table decides as the byte-by-byte tests did: which
        /// cells are plainly inert, which are quoted, which are folded.
        #[test]
        fn byte_classes_decide_as_byte_by_byte_tests(
            cell in "[a1 ;|\"'=+@\\-\t\n\r,\u{1}\u{1c}\u{7f}\u{85}\u{9f}\u{a0}\u{200b}\u{2009}\u{1680}\u{feff}\u{ff1d}\u{ff5c}\u{3000}é%]{0,40}"
        ) {
            proptest::prop_assert_eq!(plainly_inert(&cell), plainly_inert_byte_by_byte(&cell));
            let guarded = inert(&cell);
            let mut ours = Vec::new();
            write_text_cell(&mut ours, &cell);
            let quoted = guarded.contains([',', '"', '\n', '\r']);
            let expected = if quoted {
                format!("\"{}\"", guarded.replace('"', "\"\""))
            } else {
                guarded.to_string()
            };
            proptest::prop_assert_eq!(String::from_utf8_lossy(&ours), expected);
            let words: Vec<&str> = cell.split_whitespace().collect();
            proptest::prop_assert_eq!(fold_space(&cell), words.join(" "));
        }
    }

    #[test]
    fn a_long_cell_equal_to_the_one_above_is_written_as_it_was() {
        let sentence = "GDP grew 5%, exports \"rose\" 3% and =imports fell 2% this year.";
        let other = "Another sentence, long enough to be remembered by its column.";
        let mut above = vec![(String::new(), Vec::new()); 2];
        let mut rows = Vec::new();
        for cell in [sentence, sentence, other, sentence] {
            let cells = [
                Cell::Text(Cow::Borrowed("a.txt")),
                Cell::Text(Cow::Borrowed(cell)),
            ];
            csv_row(&mut rows, &cells, &mut above);
        }
        let mut expected = Vec::new();
        for cell in [sentence, sentence, other, sentence] {
            expected.extend_from_slice(b"a.txt,");
            write_text_cell(&mut expected, cell);
            expected.push(b'\n');
        }
        assert_eq!(
            String::from_utf8_lossy(&rows),
            String::from_utf8_lossy(&expected)
        );
        assert!(
            String::from_utf8_lossy(&rows).starts_with("a.txt,\"GDP grew 5%, exports \"\"rose")
        );
    }

    #[test]
    fn only_two_lead_bytes_start_a_control_or_formula_outside_ascii() {
        // What `plainly_inert` decodes: every other character outside
        // ASCII is passed over by its bytes.
        let leads: Vec<u8> = ('\u{80}'..=char::MAX)
            .filter(|&c| is_control(c) || FORMULA_STARTS.contains(&c))
            .map(|c| c.to_string().as_bytes()[0])
            .collect();
        assert!(leads.iter().all(|b| matches!(b, 0xC2 | 0xEF)), "{leads:?}");
        assert_eq!(leads.len(), 32 + 7);
    }

    #[test]
    fn claim_ids_of_a_file_are_its_claim_ids() {
        let ids = ClaimIds::new("reports/a.txt");
        assert_eq!(
            ids.of(Span::new(10, 14)),
            claim_id("reports/a.txt", Span::new(10, 14))
        );
        assert_eq!(claim_id("a.txt", Span::new(1, 5)), "c47c687d8dbce11e6");
    }

    #[test]
    fn plain_cells_are_plainly_inert() {
        assert!(plainly_inert(
            "GDP grew 5.2% year-on-year, to €1,065 billion."
        ));
        assert!(!plainly_inert("-1.2%"));
        assert!(!plainly_inert("rose 5%;=HYPERLINK(\"x\")"));
        assert!(!plainly_inert("a\u{FF1D}b"));
    }

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
        assert_eq!(inert("+1+1"), "'+1+1");
        assert_eq!(inert("-cmd|' /C calc'!A0"), "'-cmd|' /C calc'!A0");
        assert_eq!(inert("@cmd"), "'@cmd");
        assert_eq!(inert("\tx"), "'\tx");
        assert_eq!(inert("\n=1"), "'\n=1");
        assert_eq!(inert("- GDP grew 5%"), "'- GDP grew 5%");
        assert_eq!(inert("parks"), "parks");
        assert_eq!(inert("-"), "-");
    }

    #[test]
    fn plain_signed_numbers_show_without_a_guard() {
        for cell in ["-1.2%", "+6.6%", "-3.5", "-1,065", "+12"] {
            assert_eq!(inert(cell), cell);
        }
        for cell in ["-1+1", "-1.2%+A1", "+1e5", "-.5", "-1.", "+%"] {
            assert_eq!(inert(cell), format!("'{cell}"), "{cell}");
        }
    }

    #[test]
    fn formulas_behind_controls_spaces_and_full_width_forms_are_inert() {
        // A NUL (from UTF-16 input) that a spreadsheet drops.
        assert_eq!(inert("\0=HYPERLINK(\"x\")"), "\u{FFFD}=HYPERLINK(\"x\")");
        assert_eq!(inert("a\u{1}b\u{7f}c\u{85}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}");
        assert_eq!(inert("  =1+1"), "'  =1+1");
        assert_eq!(inert("\u{FEFF}=1+1"), "'\u{FEFF}=1+1");
        assert_eq!(inert("\u{200B}@SUM(1)"), "'\u{200B}@SUM(1)");
        for cell in ["＝1+1", "＋1+1", "－1+1", "＠SUM(1)", "﹦1"] {
            assert_eq!(inert(cell), format!("'{cell}"), "{cell}");
        }
    }

    #[test]
    fn a_formula_after_a_separator_is_inert() {
        for (cell, guarded) in [
            (
                "rose 5%;=HYPERLINK(\"http://x\")",
                "rose 5%;'=HYPERLINK(\"http://x\")",
            ),
            ("a; =1+1", "a; '=1+1"),
            ("tab\t@SUM(1)", "tab\t'@SUM(1)"),
            ("pipe|-2+3", "pipe|'-2+3"),
            ("band of +/- 2 per cent", "band of '+/- 2 per cent"),
            ("a；＝1", "a；'＝1"),
            ("x;-", "x;'-"),
            ("RM\n-1,000", "RM\n'-1,000"),
        ] {
            assert_eq!(inert(cell), guarded, "{cell:?}");
        }
        for cell in [
            "GDP grew 5.2 percent; exports rose.",
            "rose to -3.5% from +1.2% and -0.4 next",
            "reduced to 4.75% - November 2024",
            "two-thirds of 1,065 parks",
            "e-mail x@y.org",
        ] {
            assert_eq!(inert(cell), cell, "{cell:?}");
        }
        let mut out = Vec::new();
        write_cell(&mut out, "say \"5\", ok");
        assert_eq!(out, b"\"say \"\"5\"\", ok\"");
        out.clear();
        write_cell(&mut out, "plain; text");
        assert_eq!(out, b"plain; text");
    }

    #[test]
    fn unguard_undoes_the_guard() {
        for cell in [
            "=SUM(A1)",
            "  =1+1",
            "-1.2%",
            "- GDP grew",
            "rose 5%;=HYPERLINK(\"x\") |-2+3",
            "band of +/- 2 per cent",
            "it's 5% 'quoted'",
            "'x",
        ] {
            assert_eq!(unguard(&inert(cell)), cell, "{cell:?}");
        }
        assert_eq!(unguard("'-1.2%"), "-1.2%");
    }

    #[test]
    fn rows_match_the_csv_crate_for_ordinary_cells() {
        let text = "GDP grew 5.2%, and 1,065 parks \"opened\".\nExports fell 3%.";
        let extraction = crate::extract::extract(text);
        let ours = render("dir/a, b.txt", text, &extraction);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(ours.as_slice());
        let mut theirs = csv::Writer::from_writer(Vec::new());
        for record in reader.records() {
            let _ = theirs.write_record(&record.unwrap_or_default());
        }
        assert_eq!(Some(ours), theirs.into_inner().ok());
    }

    #[test]
    fn a_sentence_repeated_by_many_claims_is_written_as_windows() {
        // 400 claims in one 2,000-byte sentence: written whole, the rows
        // would repeat it 400 times (800 KB for 2 KB of text).
        let text = "1%, ".repeat(500);
        let extraction = crate::extract::extract(&text);
        assert_eq!(extraction.claims.len(), 500);
        let rows = render("a.txt", &text, &extraction);
        assert!(rows.len() < 500 * 250, "{} bytes", rows.len());
        // An ordinary sentence is still written whole in every row.
        let text = "GDP grew 5%, exports 3% and imports 2%.";
        let rows = render("a.txt", text, &crate::extract::extract(text));
        assert_eq!(String::from_utf8_lossy(&rows).matches(text).count(), 3);
    }

    #[test]
    fn rows_are_written_in_chunks() {
        struct Writes(Vec<usize>);
        impl Write for Writes {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0.push(buf.len());
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let text = "Exports rose 5 percent this year. ".repeat(5_000);
        let extraction = crate::extract::extract(&text);
        let mut writes = Writes(Vec::new());
        assert!(write_rows(&mut writes, "a.txt", &text, &extraction, &Pages::NoColumn).is_ok());
        assert!(writes.0.len() > 5, "{} writes", writes.0.len());
        assert!(writes.0.iter().all(|&n| n < ROW_CHUNK_BYTES + 8192));
    }

    #[test]
    fn long_sentence_is_cut_around_the_claim() {
        let text = format!("{}rose 5%{}", "a ".repeat(3000), " b".repeat(3000));
        let start = text.find("5%").unwrap_or_default();
        let sentence = Span::new(0, text.len());
        let cell = window_around(
            &text,
            sentence,
            Span::new(start, start + 2),
            SENTENCE_WINDOW_BYTES,
        );
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
            let cell = window_around(&text, sentence, claim, SENTENCE_WINDOW_BYTES);
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
