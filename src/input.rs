//! Finds the input files (sorted, folders walked recursively for `.txt`,
//! `.md`, `.pdf`, `.html`/`.htm` and `.docx`, hidden and ignored paths
//! skipped: [`walk`]), reads them and decodes them to UTF-8 text.
//!
//! The format is told by content first, extension second: `%PDF-` is a
//! PDF ([`pdf`], pages joined by `\f`), a zip archive holding
//! `word/document.xml` is a Word document ([`docx`]), markup that opens
//! with `<!DOCTYPE html`, `<html` (or a file named `.html`/`.htm`) is a web
//! page ([`html`]); everything else is text. A file named `.pdf` or
//! `.docx` whose content is not one is an error, not text.
//!
//! Decoding: a UTF-8 BOM is dropped; UTF-16 LE/BE with a BOM is decoded
//! (claim offsets are then into the decoded UTF-8 text); text with a NUL
//! byte is taken for binary and skipped; invalid UTF-8 is decoded with
//! U+FFFD replacement characters and a warning naming the first bad byte.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::InputError;

pub mod docx;
mod encoding;
pub mod html;
pub mod layout;
pub mod pdf;
pub mod stream;
mod walk;
pub use encoding::from_label as encoding_from_label;
pub use walk::{IGNORE_FILE, WalkOptions, discover, replaced_input};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    /// Standard input, named in the ledger by `name`.
    Stdin {
        name: String,
    },
}

impl Source {
    /// The name written in the ledger's `file` column.
    pub fn name(&self) -> String {
        match self {
            Source::File(path) => path.to_string_lossy().into_owned(),
            Source::Stdin { name } => name.clone(),
        }
    }
}

/// A decoded document.
#[derive(Debug, Clone)]
pub struct Document {
    pub name: String,
    pub text: String,
    /// Problems that did not stop processing (replacement characters).
    pub warnings: Vec<String>,
    /// The text has pages, separated by `\f` (a PDF).
    pub paged: bool,
}

/// The extensions of the files read when a folder is walked (any case).
pub const EXTENSIONS: &[&str] = &["txt", "md", "pdf", "html", "htm", "docx"];

/// What a file holds, told by its first bytes, then its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Pdf,
    Html,
    Docx,
}

/// Bytes at the start of a file in which the PDF header is looked for
/// (readers accept a little junk before it).
const PDF_HEADER_WINDOW: usize = 1024;

impl Format {
    /// The format of `bytes`, from a file named `name`.
    pub fn sniff(name: &str, bytes: &[u8]) -> Format {
        let head = &bytes[..bytes.len().min(PDF_HEADER_WINDOW)];
        if memchr::memmem::find(head, b"%PDF-").is_some() {
            return Format::Pdf;
        }
        if bytes.starts_with(b"PK\x03\x04") && docx::is_docx(bytes) {
            return Format::Docx;
        }
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let start = &start[start.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        let opening = &start[..start.len().min(64)];
        let lower = opening.to_ascii_lowercase();
        if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
            return Format::Html;
        }
        match extension(name).as_deref() {
            Some("pdf") => Format::Pdf,
            Some("docx") => Format::Docx,
            Some("html" | "htm") => Format::Html,
            _ => Format::Text,
        }
    }
}

fn extension(name: &str) -> Option<String> {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// Does any of `sources` hold pages (a PDF)? Reads only the first bytes of
/// each file; standard input is not looked at. A file that cannot be read
/// here fails later, when it is read.
pub fn any_paged(sources: &[Source]) -> bool {
    sources.iter().any(|source| match source {
        Source::File(path) => {
            let mut head = Vec::with_capacity(PDF_HEADER_WINDOW);
            let read = fs::File::open(path)
                .and_then(|f| f.take(PDF_HEADER_WINDOW as u64).read_to_end(&mut head));
            read.is_ok() && Format::sniff(&source.name(), &head) == Format::Pdf
        }
        Source::Stdin { .. } => false,
    })
}

/// Reads and decodes one source.
pub fn read(source: &Source) -> Result<Document, InputError> {
    read_as(source, None)
}

/// Reads one source and decodes it as `encoding` when one is given
/// (`--encoding`); else see the module doc.
pub fn read_as(
    source: &Source,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Document, InputError> {
    let name = source.name();
    let bytes = match source {
        Source::File(path) => fs::read(path).map_err(|e| InputError::io(&name, e))?,
        Source::Stdin { .. } => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| InputError::io(&name, e))?;
            buf
        }
    };
    read_bytes_as(&name, bytes, encoding)
}

/// Decodes the content of a file named `name` by its format.
pub fn read_bytes(name: &str, bytes: Vec<u8>) -> Result<Document, InputError> {
    read_bytes_as(name, bytes, None)
}

/// [`read_bytes`], text decoded as `forced` when given (`--encoding`).
pub fn read_bytes_as(
    name: &str,
    bytes: Vec<u8>,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Document, InputError> {
    match Format::sniff(name, &bytes) {
        Format::Text => decode_as(name, bytes, forced),
        Format::Pdf => {
            let head = &bytes[..bytes.len().min(PDF_HEADER_WINDOW)];
            if memchr::memmem::find(head, b"%PDF-").is_none() {
                return Err(InputError::Unreadable {
                    path: name.to_string(),
                    format: "PDF",
                    problem: "no %PDF- header; not a PDF".to_string(),
                });
            }
            let read = pdf::read(name, bytes)?;
            Ok(Document {
                name: name.to_string(),
                text: read.text,
                warnings: read.warnings,
                paged: true,
            })
        }
        Format::Docx => Ok(Document {
            name: name.to_string(),
            text: docx::read(name, &bytes)?,
            warnings: Vec::new(),
            paged: false,
        }),
        Format::Html => {
            let mut doc = match html::declared_encoding(&bytes) {
                Some(encoding) if encoding_rs::Encoding::for_bom(&bytes).is_none() => {
                    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
                    let warnings = if had_errors {
                        vec![format!(
                            "{name}: invalid {} sequences replaced with U+FFFD",
                            encoding.name()
                        )]
                    } else {
                        Vec::new()
                    };
                    Document {
                        name: name.to_string(),
                        text: text.into_owned(),
                        warnings,
                        paged: false,
                    }
                }
                _ => decode_as(name, bytes, forced)?,
            };
            doc.text = html::text(&doc.text);
            Ok(doc)
        }
    }
}

/// Decodes raw bytes to text (see the module doc for the rules).
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Document, InputError> {
    decode_as(name, bytes, None)
}

/// [`decode`], as `forced` when given (a byte order mark still wins).
pub fn decode_as(
    name: &str,
    bytes: Vec<u8>,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Document, InputError> {
    let mut warnings = Vec::new();
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(&bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let text = text.into_owned();
        if had_errors {
            warnings.push(format!(
                "{name}: invalid {} sequences replaced with U+FFFD",
                encoding.name()
            ));
        }
        return Ok(Document {
            name: name.to_string(),
            text,
            warnings,
            paged: false,
        });
    }
    let wide = forced.is_some_and(|e| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE);
    if let Some(offset) = memchr::memchr(0, &bytes).filter(|_| !wide) {
        return Err(InputError::Binary {
            path: name.to_string(),
            offset,
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) if forced.is_none_or(|e| e == encoding_rs::UTF_8) => text,
        Ok(text) => {
            let (text, notes) = encoding::decode(name, text.as_bytes(), forced);
            warnings.extend(notes);
            text
        }
        Err(e) => {
            let (text, notes) = encoding::decode(name, e.as_bytes(), forced);
            warnings.extend(notes);
            text
        }
    };
    Ok(Document {
        name: name.to_string(),
        text,
        warnings,
        paged: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        let doc = decode("a.txt", b"\xEF\xBB\xBFrose 5%".to_vec()).ok();
        assert_eq!(doc.map(|d| d.text), Some("rose 5%".to_string()));
    }

    #[test]
    fn utf16_le_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "5 percent".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        assert_eq!(
            decode("a.txt", bytes).ok().map(|d| d.text),
            Some("5 percent".into())
        );
    }

    #[test]
    fn utf16_be_is_decoded() {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in "5 mu".encode_utf16() {
            bytes.extend(unit.to_be_bytes());
        }
        assert_eq!(
            decode("a.txt", bytes).ok().map(|d| d.text),
            Some("5 mu".into())
        );
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = decode("a.bin", b"PK\x03\x04\x00\x00".to_vec())
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("a.bin: looks like a binary file (NUL byte at offset 4); skipped")
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_with_warning() {
        let mut bytes = "北京市增长5% ".as_bytes().to_vec();
        bytes.extend(b"\xFF rise");
        let doc = decode("a.txt", bytes).ok();
        let doc = doc.as_ref();
        assert_eq!(
            doc.map(|d| d.text.as_str()),
            Some("北京市增长5% \u{FFFD} rise")
        );
        assert_eq!(
            doc.map(|d| d.warnings.clone()),
            Some(vec![
                "a.txt: invalid UTF-8 at byte 18; decoded with U+FFFD replacement characters"
                    .to_string()
            ])
        );
    }
}
