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
//!
//! Reading: only regular files (a FIFO or device is refused before it is
//! opened), at most a size limit ([`DEFAULT_MAX_FILE_BYTES`] unless raised),
//! and the first 8 KiB are checked for a NUL before the rest is read. A
//! large plain-text UTF-8 file is instead read in pieces and never held
//! whole ([`large`]), with the same checks and messages.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::InputError;

pub mod docx;
mod encoding;
pub mod html;
pub mod large;
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
            Source::File(path) => path_name(path),
            Source::Stdin { name } => name.clone(),
        }
    }
}

/// A path as written in the ledger and in messages. A UTF-8 path is
/// written as it is. In a path that is not UTF-8 (possible on Unix), each
/// byte that is not part of valid UTF-8 is written `\xNN` and each `\` as
/// `\\`, so that two different names never share a `file` value (and so
/// claim ids), as the lossy U+FFFD form did.
pub fn path_name(path: &Path) -> String {
    if let Some(name) = path.to_str() {
        return name.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut name = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            name.push_str(&chunk.valid().replace('\\', "\\\\"));
            for byte in chunk.invalid() {
                name.push_str(&format!("\\x{byte:02X}"));
            }
        }
        name
    }
    #[cfg(not(unix))]
    path.to_string_lossy().into_owned()
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
/// each regular file (opening a FIFO would wait for a writer forever);
/// standard input is not looked at. A file that cannot be read here fails
/// later, when it is read.
pub fn any_paged(sources: &[Source]) -> bool {
    sources.iter().any(|source| match source {
        Source::File(path) if fs::metadata(path).is_ok_and(|m| m.is_file()) => {
            let mut head = Vec::with_capacity(PDF_HEADER_WINDOW);
            let read = fs::File::open(path)
                .and_then(|f| f.take(PDF_HEADER_WINDOW as u64).read_to_end(&mut head));
            read.is_ok() && Format::sniff(&source.name(), &head) == Format::Pdf
        }
        Source::File(_) | Source::Stdin { .. } => false,
    })
}

/// Largest input read by default, in bytes (`--max-file-size` raises it).
/// What one document may cost is bounded by its size: about 5 MB plus 17
/// bytes of memory per byte of text for the densest text measured (a table
/// note and a claim on every 19-byte line), so 64 MiB of text needs at
/// most about 1.1 GB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Bytes read first and checked for a NUL before the rest is read: a
/// binary file is rejected after one small read, whatever its size.
pub(crate) const SNIFF_BYTES: usize = 8192;

/// Reads and decodes one source, with the default size limit.
pub fn read(source: &Source) -> Result<Document, InputError> {
    read_as(source, None, DEFAULT_MAX_FILE_BYTES)
}

/// Reads and decodes one source of at most `max_bytes` bytes.
pub fn read_limited(source: &Source, max_bytes: u64) -> Result<Document, InputError> {
    read_as(source, None, max_bytes)
}

/// Reads one source of at most `max_bytes` bytes and decodes it as
/// `encoding` when one is given (`--encoding`); else see the module doc.
/// A file must be a regular file (a FIFO would block the batch forever,
/// `/dev/zero` never ends); its size is checked before reading and its
/// first bytes are checked for binary content before the rest is read.
pub fn read_as(
    source: &Source,
    encoding: Option<&'static encoding_rs::Encoding>,
    max_bytes: u64,
) -> Result<Document, InputError> {
    let name = source.name();
    let too_large = |size: u64| InputError::TooLarge {
        path: name.clone(),
        size,
        limit: max_bytes,
    };
    let bytes = match source {
        Source::File(path) => {
            // `metadata` follows links and never opens the file: a FIFO is
            // refused before an `open` that would wait for a writer.
            let meta = fs::metadata(path).map_err(|e| InputError::io(&name, e))?;
            if !meta.is_file() {
                return Err(InputError::NotRegular {
                    path: name.clone(),
                    kind: file_kind(&meta.file_type()),
                });
            }
            if meta.len() > max_bytes {
                return Err(too_large(meta.len()));
            }
            let file = fs::File::open(path).map_err(|e| InputError::io(&name, e))?;
            read_sniffed(&name, file, max_bytes, encoding)?
        }
        Source::Stdin { .. } => read_sniffed(&name, io::stdin().lock(), max_bytes, encoding)?,
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

/// Reads at most `max_bytes` (one more tells that there was more),
/// refusing binary content after the first [`SNIFF_BYTES`] when they are
/// to be text (a PDF or a Word document holds NUL bytes; so does text
/// decoded as UTF-16 by `--encoding`): [`decode_as`] checks the rest.
fn read_sniffed(
    name: &str,
    reader: impl Read,
    max_bytes: u64,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Vec<u8>, InputError> {
    let mut limited = reader.take(max_bytes.saturating_add(1));
    let mut bytes = Vec::new();
    (&mut limited)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(name, e))?;
    let wide = forced.is_some_and(|e| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE);
    let text =
        !wide && !bytes.starts_with(b"PK\x03\x04") && Format::sniff(name, &bytes) == Format::Text;
    if text
        && encoding_rs::Encoding::for_bom(&bytes).is_none()
        && let Some(offset) = memchr::memchr(0, &bytes)
    {
        return Err(InputError::Binary {
            path: name.to_string(),
            offset,
        });
    }
    limited
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(name, e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge {
            path: name.to_string(),
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, for the message.
fn file_kind(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else {
        "not a regular file"
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
        // A NUL in UTF-16 text is binary too (and a spreadsheet would
        // drop it before a formula).
        if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
            return Err(InputError::Binary {
                path: name.to_string(),
                offset,
            });
        }
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
