//! The ledger's CSV contract: columns, claim ids, number formatting,
//! formula-safe text cells, and the atomic write of the ledger file.
//!
//! - Numbers are exact decimals written plainly: at most six decimals,
//!   no trailing zeros, never an exponent (`2390000000`, `3866.666667`).
//! - A text cell that a spreadsheet would read as a formula (first char
//!   `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`.
//!   Numeric cells are never changed.
//! - `claim_id` is 16 hex digits of FNV-1a over file, start and end: the
//!   same for the same input on any machine and any thread count.

use std::borrow::Cow;
use std::fs;
use std::io::{self, Write};
use std::path::Path;

use rust_decimal::Decimal;

use crate::extract::{Extraction, LineIndex, Span};

pub const COLUMNS: [&str; 17] = [
    "claim_id",
    "file",
    "line",
    "sentence_index",
    "start",
    "end",
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

/// Stable id of a claim: FNV-1a 64 of `file`, `start`, `end`.
pub fn claim_id(file: &str, span: Span) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let key = format!("{file}\u{0}{}\u{0}{}", span.start, span.end);
    for byte in key.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(PRIME);
    }
    format!("{hash:016x}")
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
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// White space runs folded to one space.
fn fold_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header line of the ledger.
pub fn header() -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(COLUMNS);
    writer.into_inner().unwrap_or_default()
}

/// The ledger rows of one document, as CSV bytes (no header).
pub fn render(file: &str, text: &str, extraction: &Extraction) -> Vec<u8> {
    let lines = LineIndex::new(text);
    let mut writer =
        csv::WriterBuilder::new().from_writer(Vec::with_capacity(extraction.claims.len() * 256));
    let file_cell = inert(file);
    let mut folded: Option<(usize, String)> = None;
    for claim in &extraction.claims {
        let sentence_span = extraction.sentences.get(claim.sentence).copied();
        let sentence = match &folded {
            Some((index, s)) if *index == claim.sentence => s.clone(),
            _ => {
                let s = sentence_span.map_or_else(String::new, |span| fold_space(span.text(text)));
                folded = Some((claim.sentence, s.clone()));
                s
            }
        };
        let claim_text = claim.span.text(text);
        let subject = claim.subject.map_or("", |s| s.text(text));
        let record: [Cow<str>; 17] = [
            Cow::Owned(claim_id(file, claim.span)),
            file_cell.clone(),
            Cow::Owned(lines.line(claim.span.start).to_string()),
            Cow::Owned((claim.sentence + 1).to_string()),
            Cow::Owned(claim.span.start.to_string()),
            Cow::Owned(claim.span.end.to_string()),
            inert(claim_text),
            Cow::Borrowed(claim.kind.as_str()),
            Cow::Owned(format_number(claim.value)),
            Cow::Owned(claim.value_max.map(format_number).unwrap_or_default()),
            Cow::Borrowed(claim.unit),
            Cow::Owned(format_number(claim.norm_value)),
            Cow::Borrowed(claim.norm_unit),
            Cow::Borrowed(claim.qualifier.as_str()),
            Cow::Borrowed(claim.trend.as_str()),
            inert(subject),
            Cow::Owned(inert(&sentence).into_owned()),
        ];
        let _ = writer.write_record(record.iter().map(|c| c.as_bytes()));
    }
    writer.into_inner().unwrap_or_default()
}

/// A ledger being written: to a temporary file beside the target, renamed
/// into place by [`LedgerFile::commit`]; dropped uncommitted, it vanishes
/// and the previous ledger stays as it was.
pub struct LedgerFile {
    temp: tempfile::NamedTempFile,
    writer: io::BufWriter<fs::File>,
}

impl LedgerFile {
    pub fn create(path: &Path) -> io::Result<Self> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        fs::create_dir_all(dir)?;
        let temp = tempfile::Builder::new()
            .prefix(".claimscan-")
            .suffix(".csv.tmp")
            .tempfile_in(dir)?;
        let writer = io::BufWriter::with_capacity(1 << 16, temp.as_file().try_clone()?);
        Ok(LedgerFile { temp, writer })
    }

    /// Flushes, syncs and renames the ledger into place.
    pub fn commit(mut self, path: &Path) -> io::Result<()> {
        self.writer.flush()?;
        self.temp.as_file().sync_all()?;
        self.temp.persist(path).map_err(|e| e.error)?;
        Ok(())
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
        assert_eq!(claim_id("a.txt", Span::new(1, 5)).len(), 16);
    }
}
