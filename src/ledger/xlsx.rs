//! The ledger as an Excel workbook (`.xlsx`, written with
//! `rust_xlsxwriter`): one sheet, `claims`, with the CSV's columns in the
//! CSV's order, a bold frozen header row and an autofilter over every
//! column.
//!
//! - Numeric columns (`line`, `sentence_index`, `start`, `end`, `value`,
//!   `value_max`, `norm_value`) are number cells; an empty `value_max` is
//!   an empty cell. A number cell is an IEEE double: 15 significant digits
//!   (the CSV and JSONL keep every digit).
//! - Every other column is a text cell holding the text as written, so a
//!   spreadsheet never reads an id, a unit or a sentence as a number, a
//!   date or a formula: no `'` guard is needed or added (as in JSONL).
//! - One sheet holds at most [`MAX_ROWS`] claims; a larger ledger is
//!   refused with a message pointing to CSV or JSONL.
//!
//! Rows arrive as the JSON Lines rows of [`super::render_jsonl`] (typed,
//! in column order) and are written to the sheet as they come; the sheet
//! is kept in a temporary file, not in memory, until [`XlsxLedger::finish`]
//! writes the workbook to the target.

use std::io::{self, Write};

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use serde_json::Value;

use super::COLUMNS;

/// Claims one sheet can hold: Excel's 1,048,576 rows, less the header.
pub const MAX_ROWS: u32 = 1_048_575;

/// Columns written as number cells.
const NUMERIC: [&str; 7] = [
    "line",
    "sentence_index",
    "start",
    "end",
    "value",
    "value_max",
    "norm_value",
];

/// Column widths in characters, for a readable first view.
const WIDTHS: [(&str, f64); 6] = [
    ("claim_id", 19.0),
    ("file", 30.0),
    ("text", 18.0),
    ("kind", 16.0),
    ("subject", 28.0),
    ("sentence", 90.0),
];

/// The name of the one sheet.
pub const SHEET: &str = "claims";

/// A workbook being filled row by row; [`XlsxLedger::finish`] writes it
/// to `inner`.
pub struct XlsxLedger<W: Write> {
    inner: W,
    workbook: Workbook,
    /// Bytes of a row not yet ended by its newline.
    pending: Vec<u8>,
    /// Claims written so far.
    rows: u32,
}

fn xlsx_error(e: XlsxError) -> io::Error {
    match e {
        XlsxError::RowColumnLimitError => io::Error::other(format!(
            "an xlsx sheet holds at most {MAX_ROWS} claims; write CSV or JSONL instead"
        )),
        XlsxError::IoError(io) => io,
        other => io::Error::other(format!("cannot build the xlsx workbook: {other}")),
    }
}

impl<W: Write> XlsxLedger<W> {
    /// A workbook with its header row written.
    pub fn new(inner: W) -> io::Result<Self> {
        let mut workbook = Workbook::new();
        let sheet = workbook
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?;
        sheet.set_name(SHEET).map_err(xlsx_error)?;
        let bold = Format::new().set_bold();
        for (col, name) in (0u16..).zip(COLUMNS) {
            if let Some((_, width)) = WIDTHS.iter().find(|(c, _)| *c == name) {
                sheet.set_column_width(col, *width).map_err(xlsx_error)?;
            }
        }
        for (col, name) in (0u16..).zip(COLUMNS) {
            sheet
                .write_string_with_format(0, col, name, &bold)
                .map_err(xlsx_error)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        Ok(XlsxLedger {
            inner,
            workbook,
            pending: Vec::new(),
            rows: 0,
        })
    }

    /// Writes one JSON Lines row as the next sheet row.
    fn row(&mut self, line: &[u8]) -> io::Result<()> {
        let object: serde_json::Map<String, Value> = serde_json::from_slice(line)
            .map_err(|e| io::Error::other(format!("xlsx: not a ledger row: {e}")))?;
        if self.rows >= MAX_ROWS {
            return Err(xlsx_error(XlsxError::RowColumnLimitError));
        }
        self.rows += 1;
        let row = self.rows;
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for (col, name) in (0u16..).zip(COLUMNS) {
            match object.get(name) {
                Some(Value::Number(n)) if NUMERIC.contains(&name) => {
                    let number = n.as_f64().unwrap_or_default();
                    sheet.write_number(row, col, number).map_err(xlsx_error)?;
                }
                Some(Value::String(s)) if !s.is_empty() => {
                    sheet.write_string(row, col, s).map_err(xlsx_error)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Sets the autofilter over every row and writes the workbook to the
    /// target; returns the target.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_rows()?;
        if !self.pending.is_empty() {
            let line = std::mem::take(&mut self.pending);
            self.row(&line)?;
        }
        let last_col = (COLUMNS.len() - 1) as u16;
        let sheet = self.workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        sheet
            .autofilter(0, 0, self.rows, last_col)
            .map_err(xlsx_error)?;
        let bytes = self.workbook.save_to_buffer().map_err(xlsx_error)?;
        self.inner.write_all(&bytes)?;
        self.inner.flush()?;
        Ok(self.inner)
    }

    /// Writes every complete row held in `pending`.
    fn flush_rows(&mut self) -> io::Result<()> {
        let Some(last_newline) = memchr::memrchr(b'\n', &self.pending) else {
            return Ok(());
        };
        let rest = self.pending.split_off(last_newline + 1);
        let complete = std::mem::replace(&mut self.pending, rest);
        for line in complete.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            self.row(line)?;
        }
        Ok(())
    }
}

impl<W: Write> Write for XlsxLedger<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.flush_rows()?;
        Ok(buf.len())
    }

    /// Rows are written to the sheet as they complete; the workbook itself
    /// is written by [`XlsxLedger::finish`] only.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
