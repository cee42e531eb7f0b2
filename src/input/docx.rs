//! Reads the text of a Word document (`.docx`): the zip archive's
//! `word/document.xml`, read with `zip` and `quick-xml`.
//!
//! Paragraphs and tables in document order: each paragraph is a line and
//! paragraphs stand apart with a blank line (a heading never runs into the
//! next sentence); a table row is one line with its cells set apart by
//! tabs (several paragraphs in one cell are joined by a space). Tabs and
//! breaks inside a run are kept; deleted text (tracked changes) and field
//! codes are left out.
//!
//! A hostile archive cannot exhaust memory: the document part is inflated
//! up to [`MAX_DOCUMENT_BYTES`] and no further, whatever size the archive
//! claims.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::error::InputError;

/// Largest `word/document.xml` read, inflated.
pub const MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

const DOCUMENT_PART: &str = "word/document.xml";

fn bad(name: &str, problem: impl Into<String>) -> InputError {
    InputError::Unreadable {
        path: name.to_string(),
        format: "DOCX",
        problem: problem.into(),
    }
}

/// Does this zip archive hold a Word document?
pub fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|z| z.index_for_name(DOCUMENT_PART).is_some())
}

/// The text of the `.docx` archive `bytes` named `name`.
pub fn read(name: &str, bytes: &[u8]) -> Result<String, InputError> {
    read_capped(name, bytes, MAX_DOCUMENT_BYTES)
}

/// [`read`] with the inflated document part capped at `cap` bytes.
pub fn read_capped(name: &str, bytes: &[u8], cap: u64) -> Result<String, InputError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| bad(name, format!("not a zip archive ({e})")))?;
    let mut part = archive.by_name(DOCUMENT_PART).map_err(|_| {
        bad(
            name,
            format!("a zip archive without {DOCUMENT_PART}; not a Word document"),
        )
    })?;
    if part.size() > cap {
        return Err(bad(
            name,
            format!(
                "{DOCUMENT_PART} inflates to {} bytes, over the limit of {cap}",
                part.size()
            ),
        ));
    }
    let mut xml = Vec::new();
    (&mut part)
        .take(cap + 1)
        .read_to_end(&mut xml)
        .map_err(|e| bad(name, format!("{DOCUMENT_PART} cannot be inflated ({e})")))?;
    if xml.len() as u64 > cap {
        return Err(bad(
            name,
            format!("{DOCUMENT_PART} inflates to over the limit of {cap} bytes"),
        ));
    }
    document_text(&xml).map_err(|e| bad(name, format!("{DOCUMENT_PART}: {e}")))
}

/// The text of a WordprocessingML body (see the module doc).
pub fn document_text(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    // Open tables: in a cell, paragraph ends are spaces.
    let mut table_depth = 0usize;
    let mut in_text = false;
    let mut cell_has_text = false;
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tbl" => {
                    table_depth += 1;
                    end_block(&mut out);
                }
                b"tc" => cell_has_text = false,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => out.push('\t'),
                b"br" | b"cr" => out.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" if table_depth == 0 => end_block(&mut out),
                // In a cell, paragraphs are joined by a space.
                b"p" if cell_has_text && !out.ends_with(['\t', '\n', ' ']) => out.push(' '),
                b"tc" => {
                    trim_end_spaces(&mut out);
                    out.push('\t');
                }
                b"tr" => {
                    trim_end_spaces(&mut out);
                    while out.ends_with('\t') {
                        out.pop();
                    }
                    out.push('\n');
                }
                b"tbl" => {
                    table_depth = table_depth.saturating_sub(1);
                    end_block(&mut out);
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let decoded = t.decode().map_err(quick_xml::Error::from)?;
                out.push_str(&decoded);
                cell_has_text = true;
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = r.resolve_char_ref().ok().flatten() {
                    out.push(c);
                } else {
                    let entity = r.decode().map_err(quick_xml::Error::from)?;
                    let resolved = quick_xml::escape::resolve_predefined_entity(&entity);
                    out.push_str(resolved.unwrap_or_default());
                }
                cell_has_text = true;
            }
            _ => {}
        }
        buf.clear();
    }
    let mut text = String::with_capacity(out.len());
    for line in out.trim().split('\n') {
        text.push_str(line.trim_end_matches(' '));
        text.push('\n');
    }
    if text == "\n" {
        text.clear();
    }
    Ok(text)
}

fn trim_end_spaces(out: &mut String) {
    out.truncate(out.trim_end_matches(' ').len());
}

/// Ends a paragraph or table: a blank line after it.
fn end_block(out: &mut String) {
    trim_end_spaces(out);
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(inner: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{inner}</w:body></w:document>"#
        )
    }

    #[test]
    fn paragraphs_and_table_rows_in_order() {
        let xml = body(
            "<w:p><w:r><w:t>GDP grew 5.2%.</w:t></w:r></w:p>\
             <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Item</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>Value</w:t></w:r></w:p></w:tc></w:tr>\
             <w:tr><w:tc><w:p><w:r><w:t>Grain</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>1,200</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
             <w:p><w:r><w:t xml:space=\"preserve\">Up </w:t></w:r><w:r><w:t>3 &amp; 4</w:t></w:r></w:p>",
        );
        assert_eq!(
            document_text(xml.as_bytes()).ok().as_deref(),
            Some("GDP grew 5.2%.\n\nItem\tValue\nGrain\t1,200\n\nUp 3 & 4\n")
        );
    }

    #[test]
    fn deleted_text_is_left_out() {
        let xml = body(
            "<w:p><w:del><w:r><w:delText>9%</w:delText></w:r></w:del><w:r><w:t>5%</w:t></w:r></w:p>",
        );
        assert_eq!(document_text(xml.as_bytes()).ok().as_deref(), Some("5%\n"));
    }
}
