//! The timeline of `claimscan verify --series … --timeline PATH`: one row
//! per claim about a followed indicator (the `target` check's tables),
//! CSV, under the claims ledger's conventions.
//!
//! Rows are sorted by indicator (in table order), year, role (target
//! before outcome), then report and position, so each indicator's rows
//! form its timeline. `year` is the year the figure is about: the
//! report's year for a target, the year before for an outcome. `value`
//! is the normalized value read for the indicator (a stated fall of a
//! growth rate is negative), `claim_id` the id `extract` writes for the
//! claim. Text cells pass through [`inert`].

use std::io::{self, Write};

use crate::extract::LineIndex;
use crate::verify::target::Point;

use super::checks::Checked;
use super::{MAX_SENTENCE_BYTES, claim_id, fold_space, format_number, inert, window_around};

pub const TIMELINE_COLUMNS: [&str; 11] = [
    "indicator",
    "year",
    "role",
    "value",
    "unit",
    "qualifier",
    "text",
    "file",
    "line",
    "claim_id",
    "sentence",
];

/// Writes `points` (sorted, as [`crate::verify::target::timeline`] gives
/// them) of the documents `docs` (the series, in the points' report
/// order) as CSV with its header.
pub fn write_csv(points: &[Point], docs: &[Checked], out: impl Write) -> io::Result<()> {
    let lines: Vec<LineIndex> = docs.iter().map(|d| LineIndex::new(d.text)).collect();
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(TIMELINE_COLUMNS)?;
    for point in points {
        let (Some(doc), Some(index)) = (docs.get(point.report), lines.get(point.report)) else {
            continue;
        };
        let Some(claim) = doc.extraction.claims.get(point.claim) else {
            continue;
        };
        let sentence = match doc.extraction.sentences.get(claim.sentence) {
            Some(&s) if s.end - s.start > MAX_SENTENCE_BYTES => {
                window_around(doc.text, s, claim.span, super::SENTENCE_WINDOW_BYTES)
            }
            Some(&s) => fold_space(s.text(doc.text)).into_owned(),
            None => String::new(),
        };
        writer.write_record([
            point.indicator.id,
            &point.year.to_string(),
            point.role.as_str(),
            &format_number(point.value),
            claim.norm_unit,
            claim.qualifier.as_str(),
            inert(claim.span.text(doc.text)).as_ref(),
            inert(doc.file).as_ref(),
            &index.line(claim.span.start).to_string(),
            &claim_id(doc.file, claim.span),
            inert(&sentence).as_ref(),
        ])?;
    }
    writer.flush()
}
