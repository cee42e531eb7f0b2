//! Runs extraction over many documents: in parallel on a local rayon pool,
//! with at most a few documents per thread in flight so memory stays
//! bounded, not by the batch. The calling thread writes each document's
//! rows as soon as every document before it is written (a small reorder
//! buffer), while the workers go on: output bytes never depend on the
//! thread count, and writing never stalls the workers.
//!
//! One document that cannot be read, or that makes the extractor panic,
//! becomes an [`Event::Failed`] and contributes no rows; the batch goes on.

use std::any::Any;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::panic;
use std::sync::mpsc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::{FatalError, InputError};
use crate::extract::{self, Kind};
use crate::input::{self, Document, Source};
use crate::ledger;

/// Something the caller should tell the user about.
#[derive(Debug)]
pub enum Event {
    Warning(String),
    Failed(InputError),
}

/// Totals of a batch, summed after the parallel step.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub claims: usize,
    pub failed: usize,
}

struct Processed {
    rows: Vec<u8>,
    claims: usize,
    warnings: Vec<String>,
}

/// Documents per thread in flight (read, extracted or waiting to be
/// written) at any time.
const IN_FLIGHT_PER_THREAD: usize = 8;

/// A text with at least this many characters other than white space
/// that yields no claim gets a warning: a report in a language claimscan
/// does not read yet, or text it cannot see numbers in, should not pass
/// in silence.
pub const SILENT_TEXT_CHARS: usize = 500;

/// How each document is read and which of its claims are kept.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep only claims of these kinds; empty keeps all.
    pub kinds: Vec<Kind>,
    /// Decode every input as this encoding (`--encoding`) instead of
    /// detecting it.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

fn process(
    source: &Source,
    format: ledger::Format,
    options: &Options,
    page_column: bool,
) -> Result<Processed, InputError> {
    let doc = input::read_as(source, options.encoding)?;
    process_document(doc, format, options, page_column)
}

/// The rows of a document already read (a file, or a record of a stream).
fn process_document(
    mut doc: Document,
    format: ledger::Format,
    options: &Options,
    page_column: bool,
) -> Result<Processed, InputError> {
    let kinds = &options.kinds;
    // A bug in the extractor must cost one file, not the batch: a panic
    // becomes this file's error and the other files' rows are written.
    let (rows, found, claims) = panic::catch_unwind(|| {
        let mut extraction = extract::extract(&doc.text);
        let found = extraction.claims.len();
        if !kinds.is_empty() {
            extraction.claims.retain(|c| kinds.contains(&c.kind));
        }
        let pages = ledger::Pages::of(&doc.text, doc.paged, page_column);
        let rows = format.render_with(&doc.name, &doc.text, &extraction, &pages);
        (rows, found, extraction.claims.len())
    })
    .map_err(|payload| InputError::Internal {
        path: doc.name.clone(),
        message: panic_message(payload.as_ref()),
    })?;
    if found == 0 {
        let chars = doc.text.chars().filter(|c| !c.is_whitespace()).count();
        if chars >= SILENT_TEXT_CHARS {
            doc.warnings.push(format!(
                "{}: no claim found in {chars} characters of text \
                 (claimscan reads numbers in English and Chinese text)",
                doc.name
            ));
        }
    }
    Ok(Processed {
        rows,
        claims,
        warnings: doc.warnings,
    })
}

/// The first line of a panic's message, cut short: it may quote the text.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("unknown panic");
    let first_line = message.lines().next().unwrap_or_default();
    let mut short: String = first_line.chars().take(120).collect();
    if short.len() < message.len() {
        short.push_str("...");
    }
    short
}

/// Extracts `sources` and writes the header and every row to `out`.
/// A write error ends the batch (`Err`); input errors are reported through
/// `on_event` and counted.
pub fn run<W: Write>(
    sources: &[Source],
    threads: usize,
    show_progress: bool,
    out: &mut W,
    on_event: impl FnMut(Event),
) -> Result<io::Result<Summary>, FatalError> {
    run_format(
        ledger::Format::Csv,
        &Options::default(),
        sources,
        threads,
        show_progress,
        out,
        on_event,
    )
}

/// [`run`], writing the rows in `format`, reading and keeping claims as
/// `options` say.
pub fn run_format<W: Write>(
    format: ledger::Format,
    options: &Options,
    sources: &[Source],
    threads: usize,
    show_progress: bool,
    out: &mut W,
    on_event: impl FnMut(Event),
) -> Result<io::Result<Summary>, FatalError> {
    // The `page` column only when some input has pages: a run over
    // text files writes the ledger it always wrote.
    let page_column = input::any_paged(sources);
    run_jobs(
        threads,
        progress_bar(Some(sources.len() as u64), show_progress),
        &format.header_with(page_column),
        sources.iter(),
        |source: &Source| process(source, format, options, page_column),
        out,
        on_event,
    )
}

/// Extracts the documents of a stream (`--input-format jsonl`, see
/// [`input::stream`]) as they arrive, writing their rows in stream order;
/// a record that could not be used arrives as its error and is reported
/// through `on_event`, and the stream goes on. At most a few documents per
/// thread are held at any time, however long the stream.
pub fn run_stream<W: Write>(
    format: ledger::Format,
    options: &Options,
    documents: impl Iterator<Item = Result<Document, InputError>>,
    threads: usize,
    out: &mut W,
    on_event: impl FnMut(Event),
) -> Result<io::Result<Summary>, FatalError> {
    run_jobs(
        threads,
        ProgressBar::hidden(),
        &format.header_with(false),
        documents,
        |document: Result<Document, InputError>| {
            process_document(document?, format, options, false)
        },
        out,
        on_event,
    )
}

/// The loop under [`run_format`] and [`run_stream`]: `work` turns each job
/// into rows on the pool while the calling thread takes the next jobs
/// (never more than [`IN_FLIGHT_PER_THREAD`] per thread ahead of the
/// writer) and writes finished rows in job order.
fn run_jobs<W: Write, T: Send>(
    threads: usize,
    progress: ProgressBar,
    header: &[u8],
    mut jobs: impl Iterator<Item = T>,
    work: impl Fn(T) -> Result<Processed, InputError> + Sync,
    out: &mut W,
    mut on_event: impl FnMut(Event),
) -> Result<io::Result<Summary>, FatalError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| FatalError::Threads {
            threads,
            message: e.to_string(),
        })?;
    let mut summary = Summary::default();
    let work = &work;
    let result = (|| {
        out.write_all(header)?;
        let limit = threads.max(1) * IN_FLIGHT_PER_THREAD;
        let (done_tx, done_rx) = mpsc::channel();
        pool.in_place_scope(|scope| -> io::Result<()> {
            // Finished documents waiting for the ones before them.
            let mut waiting: BTreeMap<usize, Result<Processed, InputError>> = BTreeMap::new();
            let (mut submitted, mut written, mut exhausted) = (0, 0, false);
            loop {
                while !exhausted && submitted - written < limit {
                    let Some(job) = jobs.next() else {
                        exhausted = true;
                        break;
                    };
                    let (index, done_tx) = (submitted, done_tx.clone());
                    scope.spawn(move |_| {
                        // The receiver outlives the scope: sending cannot fail.
                        let _ = done_tx.send((index, work(job)));
                    });
                    submitted += 1;
                }
                if written == submitted {
                    break;
                }
                // Every submitted document sends exactly once.
                let Ok((index, result)) = done_rx.recv() else {
                    break;
                };
                waiting.insert(index, result);
                while let Some(result) = waiting.remove(&written) {
                    summary.files += 1;
                    match result {
                        Ok(done) => {
                            done.warnings
                                .into_iter()
                                .for_each(|w| on_event(Event::Warning(w)));
                            out.write_all(&done.rows)?;
                            summary.claims += done.claims;
                        }
                        Err(e) => {
                            summary.failed += 1;
                            progress.suspend(|| on_event(Event::Failed(e)));
                        }
                    }
                    progress.inc(1);
                    written += 1;
                }
            }
            Ok(())
        })?;
        out.flush()?;
        Ok(summary)
    })();
    progress.finish_and_clear();
    Ok(result)
}

fn progress_bar(len: Option<u64>, show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(len, ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos}/{len} files {wide_bar} {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}
