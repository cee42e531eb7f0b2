//! Finds the input files (sorted, folders walked recursively for `.txt`
//! and `.md`), reads them and decodes them to UTF-8 text.
//!
//! Decoding: a UTF-8 BOM is dropped; UTF-16 LE/BE with a BOM is decoded
//! (claim offsets are then into the decoded UTF-8 text); text with a NUL
//! byte is taken for binary and skipped; invalid UTF-8 is decoded with
//! U+FFFD replacement characters and a warning naming the first bad byte.
//!
//! Reading: only regular files (a FIFO or device is refused before it is
//! opened), at most a size limit ([`DEFAULT_MAX_FILE_BYTES`] unless raised),
//! and the first 8 KiB are checked for a NUL before the rest is read.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::InputError;

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
}

const EXTENSIONS: &[&str] = &["txt", "md"];

/// The sources named by `paths`: files as given, folders walked for
/// `.txt`/`.md` files in sorted order, `-` for standard input. Paths that
/// cannot be used are returned as errors, in order, beside the sources.
pub fn discover(paths: &[PathBuf], stdin_name: &str) -> (Vec<Source>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let shown = path_name(path);
        if shown == "-" {
            sources.push(Source::Stdin {
                name: stdin_name.to_string(),
            });
            continue;
        }
        match fs::metadata(path) {
            Err(e) => errors.push(InputError::io(&shown, e)),
            Ok(meta) if meta.is_dir() => walk(path, &mut sources, &mut errors),
            Ok(_) => sources.push(Source::File(path.clone())),
        }
    }
    (sources, errors)
}

fn walk(root: &Path, sources: &mut Vec<Source>, errors: &mut Vec<InputError>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let wanted = entry.file_type().is_file()
                    && entry
                        .path()
                        .extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)));
                if wanted {
                    sources.push(Source::File(entry.into_path()));
                }
            }
            Err(e) => {
                let path = path_name(e.path().unwrap_or(root));
                let message = if e.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_string()
                } else {
                    e.io_error()
                        .map_or_else(|| e.to_string(), |io| io.to_string())
                };
                errors.push(InputError::Walk { path, message });
            }
        }
    }
}

/// Largest input read by default, in bytes (`--max-file-size` raises it).
/// What one document may cost is bounded by its size: about 5 MB plus 17
/// bytes of memory per byte of text for the densest text measured (a table
/// note and a claim on every 19-byte line), so 64 MiB of text needs at
/// most about 1.1 GB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Bytes read first and checked for a NUL before the rest is read: a
/// binary file is rejected after one small read, whatever its size.
const SNIFF_BYTES: usize = 8192;

/// Reads and decodes one source, with the default size limit.
pub fn read(source: &Source) -> Result<Document, InputError> {
    read_limited(source, DEFAULT_MAX_FILE_BYTES)
}

/// Reads and decodes one source of at most `max_bytes` bytes. A file must
/// be a regular file (a FIFO would block the batch forever, `/dev/zero`
/// never ends); its size is checked before reading and its first bytes
/// are checked for binary content before the rest is read.
pub fn read_limited(source: &Source, max_bytes: u64) -> Result<Document, InputError> {
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
            read_sniffed(&name, file, max_bytes)?
        }
        Source::Stdin { .. } => read_sniffed(&name, io::stdin().lock(), max_bytes)?,
    };
    decode(&name, bytes)
}

/// Reads at most `max_bytes` (one more tells that there was more),
/// refusing binary content after the first [`SNIFF_BYTES`].
fn read_sniffed(name: &str, reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, InputError> {
    let mut limited = reader.take(max_bytes.saturating_add(1));
    let mut bytes = Vec::new();
    (&mut limited)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(name, e))?;
    if encoding_rs::Encoding::for_bom(&bytes).is_none()
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
        });
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary {
            path: name.to_string(),
            offset,
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            warnings.push(format!(
                "{name}: invalid UTF-8 at byte {}; decoded with U+FFFD replacement characters",
                e.utf8_error().valid_up_to()
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Ok(Document {
        name: name.to_string(),
        text,
        warnings,
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
        let doc = decode("a.txt", b"5% \xFF rise".to_vec()).ok();
        let doc = doc.as_ref();
        assert_eq!(doc.map(|d| d.text.as_str()), Some("5% \u{FFFD} rise"));
        assert_eq!(
            doc.map(|d| d.warnings.clone()),
            Some(vec![
                "a.txt: invalid UTF-8 at byte 3; decoded with U+FFFD replacement characters"
                    .to_string()
            ])
        );
    }
}
