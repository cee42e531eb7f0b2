//! The checks ledger of `claimscan verify`: one row per check, in CSV or
//! JSON Lines, under the claims ledger's conventions.
//!
//! - Columns: [`CHECK_COLUMNS`]. `claim_ids` lists the ids of the claims
//!   involved, space-separated, as the claims ledger of the same files
//!   writes them; `file`, `line` and `sentence` locate the first claim;
//!   `other_file`, `other_line` and `other_sentence` locate the
//!   translation's claim of a translation check (empty otherwise).
//! - `check_id` is `k` and 16 hex digits of FNV-1a over the check kind
//!   and its claim ids: stable across runs, machines and thread counts,
//!   never read as a number by a spreadsheet.
//! - Rows are sorted by file, the first claim's offset, kind, then other
//!   file; text cells pass through [`inert`] in CSV; JSONL writes them as
//!   they are, `line` as a number (`null` when empty).

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::{Extraction, LineIndex, Span};
use crate::verify::{Check, Side};

use super::{MAX_SENTENCE_BYTES, claim_id, fold_space, inert, window_around};

pub const CHECK_COLUMNS: [&str; 11] = [
    "check_id",
    "check",
    "verdict",
    "claim_ids",
    "arithmetic",
    "file",
    "line",
    "sentence",
    "other_file",
    "other_line",
    "other_sentence",
];

/// What every check id starts with.
pub const CHECK_ID_PREFIX: char = 'k';

/// A document the checks refer to: its name, text and extraction.
#[derive(Debug, Clone, Copy)]
pub struct Checked<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub extraction: &'a Extraction,
}

/// One row of the checks ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckRow {
    pub check_id: String,
    pub check: &'static str,
    pub verdict: &'static str,
    pub claim_ids: String,
    pub arithmetic: String,
    pub file: String,
    pub line: Option<usize>,
    pub sentence: String,
    pub other_file: String,
    pub other_line: Option<usize>,
    pub other_sentence: String,
    #[serde(skip)]
    order: (usize, usize),
}

/// The rows of `checks`, whose claims lie in `first` (and, for a
/// translation pair, `second`).
pub fn rows(first: Checked, second: Option<Checked>, checks: &[Check]) -> Vec<CheckRow> {
    let lines = (
        LineIndex::new(first.text),
        second.map(|d| LineIndex::new(d.text)),
    );
    checks
        .iter()
        .map(|check| {
            let doc = |side| match (side, second) {
                (Side::Second, Some(other)) => other,
                _ => first,
            };
            let ids: Vec<String> = check
                .claims
                .iter()
                .map(|c| claim_id(doc(c.side).file, c.span))
                .collect();
            let kind = check.kind.as_str();
            let locate = |side: Side| {
                check.claims.iter().find(|c| c.side == side).map(|c| {
                    let d = doc(side);
                    let index = match (side, &lines.1) {
                        (Side::Second, Some(index)) => index,
                        _ => &lines.0,
                    };
                    (
                        d.file.to_string(),
                        index.line(c.span.start),
                        sentence_cell(d, c.sentence, c.span),
                        c.span.start,
                    )
                })
            };
            let (file, line, sentence, start) = locate(Side::First)
                .or_else(|| locate(Side::Second))
                .map_or((String::new(), None, String::new(), 0), |(f, l, s, st)| {
                    (f, Some(l), s, st)
                });
            let (other_file, other_line, other_sentence) = match locate(Side::Second) {
                Some((f, l, s, _)) if check.claims.iter().any(|c| c.side == Side::First) => {
                    (f, Some(l), s)
                }
                _ => (String::new(), None, String::new()),
            };
            let mut key = vec![kind.to_string()];
            key.extend(ids.iter().cloned());
            CheckRow {
                check_id: check_id(&key),
                check: kind,
                verdict: check.verdict.as_str(),
                claim_ids: ids.join(" "),
                arithmetic: check.arithmetic.clone(),
                file: if file.is_empty() {
                    first.file.to_string()
                } else {
                    file
                },
                line,
                sentence,
                other_file,
                other_line,
                other_sentence,
                order: (start, check.kind as usize),
            }
        })
        .collect()
}

/// Sorts rows into ledger order (see the module doc).
pub fn sort(rows: &mut [CheckRow]) {
    rows.sort_by(|a, b| {
        (&a.file, a.order, &a.other_file, &a.check_id).cmp(&(
            &b.file,
            b.order,
            &b.other_file,
            &b.check_id,
        ))
    });
}

fn sentence_cell(doc: Checked, index: usize, claim: Span) -> String {
    let Some(&sentence) = doc.extraction.sentences.get(index) else {
        return String::new();
    };
    if sentence.end - sentence.start > MAX_SENTENCE_BYTES {
        window_around(doc.text, sentence, claim, super::SENTENCE_WINDOW_BYTES)
    } else {
        fold_space(sentence.text(doc.text)).into_owned()
    }
}

/// `k` and FNV-1a 64 of the parts, separated by NUL.
fn check_id(parts: &[String]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for (i, part) in parts.iter().enumerate() {
        let sep: &[u8] = if i == 0 { b"" } else { b"\0" };
        for byte in sep.iter().chain(part.as_bytes()) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{CHECK_ID_PREFIX}{hash:016x}")
}

/// Writes `rows` as a CSV ledger with its header.
pub fn write_csv(rows: &[CheckRow], out: impl Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CHECK_COLUMNS)?;
    for row in rows {
        let line = row.line.map(|l| l.to_string()).unwrap_or_default();
        let other_line = row.other_line.map(|l| l.to_string()).unwrap_or_default();
        writer.write_record([
            inert(&row.check_id).as_ref(),
            row.check,
            row.verdict,
            inert(&row.claim_ids).as_ref(),
            inert(&row.arithmetic).as_ref(),
            inert(&row.file).as_ref(),
            &line,
            inert(&row.sentence).as_ref(),
            inert(&row.other_file).as_ref(),
            &other_line,
            inert(&row.other_sentence).as_ref(),
        ])?;
    }
    writer.flush()
}

/// Writes `rows` as JSON Lines, one object per check.
pub fn write_jsonl(rows: &[CheckRow], mut out: impl Write) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut out, row)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::verify;

    #[test]
    fn csv_rows_of_a_restatement() {
        let text = "We restored 58,000 mu (3,867 hectares) of wetland.\n";
        let extraction = extract(text);
        let checks = verify::document(text, &extraction);
        let doc = Checked {
            file: "a.txt",
            text,
            extraction: &extraction,
        };
        let mut out = Vec::new();
        write_csv(&rows(doc, None, &checks), &mut out).unwrap();
        let ids: Vec<String> = extraction
            .claims
            .iter()
            .map(|c| claim_id("a.txt", c.span))
            .collect();
        let row = String::from_utf8(out).unwrap();
        let expected_id = check_id(&["equivalent".to_string(), ids[0].clone(), ids[1].clone()]);
        assert_eq!(
            row,
            format!(
                "{}\n{expected_id},equivalent,consistent,{} {},58000 mu = 3866.67 ha; stated 3867 ha; within rounding (±33.83 ha),a.txt,1,\"We restored 58,000 mu (3,867 hectares) of wetland.\",,,\n",
                CHECK_COLUMNS.join(","),
                ids[0],
                ids[1]
            )
        );
        assert!(expected_id.starts_with('k') && expected_id.len() == 17);
    }

    #[test]
    fn formula_cells_are_inert() {
        let row = CheckRow {
            check_id: "k0".into(),
            check: "change",
            verdict: "consistent",
            claim_ids: "c1".into(),
            arithmetic: "-3 = -3".into(),
            file: "=cmd.txt".into(),
            line: Some(1),
            sentence: "+1".into(),
            other_file: String::new(),
            other_line: None,
            other_sentence: String::new(),
            order: (0, 0),
        };
        let mut out = Vec::new();
        write_csv(std::slice::from_ref(&row), &mut out).unwrap();
        let csv = String::from_utf8(out).unwrap();
        // The formula guard of issue 19: a plain number (+1) stays as it is,
        // a sign after a space inside the cell is marked too.
        assert!(csv.ends_with("k0,change,consistent,c1,'-3 = '-3,'=cmd.txt,1,+1,,,\n"));
        let mut out = Vec::new();
        write_jsonl(&[row], &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"check_id\":\"k0\",\"check\":\"change\",\"verdict\":\"consistent\",\"claim_ids\":\"c1\",\"arithmetic\":\"-3 = -3\",\"file\":\"=cmd.txt\",\"line\":1,\"sentence\":\"+1\",\"other_file\":\"\",\"other_line\":null,\"other_sentence\":\"\"}\n"
        );
    }
}
