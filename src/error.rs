//! Error types of the library. Each input error carries the path it is
//! about; nothing here prints.

use std::io;

use thiserror::Error;

/// Why one input could not be processed. The batch goes on without it.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset}); skipped")]
    Binary { path: String, offset: usize },
    #[error("{path}: {message}")]
    Walk { path: String, message: String },
    #[error("{path}: is {kind}, not a regular file; skipped")]
    NotRegular { path: String, kind: &'static str },
    #[error(
        "{path}: is {size} bytes, over the limit of {limit} bytes; skipped (raise it with --max-file-size)"
    )]
    TooLarge { path: String, size: u64, limit: u64 },
    /// The extractor panicked on this file: a bug, reported, not fatal.
    #[error("{path}: internal error while extracting ({message}); skipped, please report")]
    Internal { path: String, message: String },
}

impl InputError {
    pub fn io(path: &str, source: io::Error) -> Self {
        if source.kind() == io::ErrorKind::NotFound {
            InputError::NotFound {
                path: path.to_string(),
            }
        } else {
            InputError::Io {
                path: path.to_string(),
                source,
            }
        }
    }
}

/// Errors that stop the whole run (no ledger, or no usable one).
#[derive(Debug, Error)]
pub enum FatalError {
    #[error("no input files found in {0}")]
    NoInputs(String),
    #[error("{path}: cannot write the ledger: {source}")]
    Ledger { path: String, source: io::Error },
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}
