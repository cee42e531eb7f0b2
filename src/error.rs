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
    /// A PDF, Word document or web page that cannot be read.
    #[error("{path}: cannot read {format}: {problem}; skipped")]
    Unreadable {
        path: String,
        format: &'static str,
        problem: String,
    },
    /// A record of a document stream (`--input-format jsonl`) that cannot
    /// be used: named by the stream, its line and its `file` if it has one.
    #[error(
        "{stream}:{line}:{} {problem}; skipped",
        .file.as_ref().map_or_else(String::new, |f| format!(" {f}:"))
    )]
    Record {
        stream: String,
        line: usize,
        file: Option<String>,
        problem: String,
    },
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
    /// The document the error is about: its path or the record's `file`
    /// (`None` for a record without one).
    pub fn file(&self) -> Option<&str> {
        match self {
            InputError::NotFound { path }
            | InputError::Io { path, .. }
            | InputError::Binary { path, .. }
            | InputError::Walk { path, .. }
            | InputError::Unreadable { path, .. }
            | InputError::NotRegular { path, .. }
            | InputError::TooLarge { path, .. }
            | InputError::Internal { path, .. } => Some(path),
            InputError::Record { file, .. } => file.as_deref(),
        }
    }

    /// The line of the stream that held the record, for a stream record.
    pub fn record_line(&self) -> Option<usize> {
        match self {
            InputError::Record { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// The problem alone: the message without the stream, line or path
    /// that lead it, nor the trailing `; skipped`.
    pub fn problem(&self) -> String {
        if let InputError::Record { problem, .. } = self {
            return problem.clone();
        }
        let message = self.to_string();
        let problem = match self.file() {
            Some(path) => message
                .strip_prefix(path)
                .and_then(|m| m.strip_prefix(": "))
                .unwrap_or(&message),
            None => &message,
        };
        problem
            .strip_suffix("; skipped")
            .unwrap_or(problem)
            .to_string()
    }

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
    #[error(
        "{paths}: no input files found (folders are walked for {extensions} files, \
         skipping hidden and ignored paths: see --hidden, --no-ignore)"
    )]
    NoInputs { paths: String, extensions: String },
    #[error("{0}: is an input of this run; -o would replace it with the ledger")]
    OutputIsInput(String),
    #[error("{path}: cannot write the ledger: {source}")]
    Ledger { path: String, source: io::Error },
    #[error("{path}: cannot write the view: {source}")]
    View { path: String, source: io::Error },
    #[error("{path}: cannot read the stream: {source}")]
    Stream { path: String, source: io::Error },
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

impl FatalError {
    /// Nothing to read under `paths` (shown as given, comma-separated).
    pub fn no_inputs(paths: String) -> Self {
        let extensions: Vec<String> = crate::input::EXTENSIONS
            .iter()
            .map(|e| format!(".{e}"))
            .collect();
        // `.txt, .md and .pdf`
        let extensions = match extensions.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        FatalError::NoInputs { paths, extensions }
    }
}
