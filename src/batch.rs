//! Runs extraction over many documents: in parallel on a local rayon pool,
//! in windows of a few documents per thread so memory stays bounded by the
//! window, not the batch; each window is collected in input order and its
//! rows written before the next starts. Output bytes never depend on the
//! thread count.
//!
//! One document that cannot be read, or that makes the extractor panic,
//! becomes an [`Event::Failed`] and contributes no rows; the batch goes on.

use std::any::Any;
use std::io::{self, Write};
use std::panic;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::error::{FatalError, InputError};
use crate::extract;
use crate::input::{self, Source};
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

/// Documents per thread in one window.
const WINDOW_PER_THREAD: usize = 8;

fn process(source: &Source, format: ledger::Format) -> Result<Processed, InputError> {
    let doc = input::read(source)?;
    // A bug in the extractor must cost one file, not the batch: a panic
    // becomes this file's error and the other files' rows are written.
    let (rows, claims) = panic::catch_unwind(|| {
        let extraction = extract::extract(&doc.text);
        let rows = format.render(&doc.name, &doc.text, &extraction);
        (rows, extraction.claims.len())
    })
    .map_err(|payload| InputError::Internal {
        path: doc.name.clone(),
        message: panic_message(payload.as_ref()),
    })?;
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
        sources,
        threads,
        show_progress,
        out,
        on_event,
    )
}

/// [`run`], writing the rows in `format`.
pub fn run_format<W: Write>(
    format: ledger::Format,
    sources: &[Source],
    threads: usize,
    show_progress: bool,
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
    let progress = progress_bar(sources.len() as u64, show_progress);
    let mut summary = Summary::default();
    let result = (|| {
        out.write_all(&format.header())?;
        for window in sources.chunks(threads.max(1) * WINDOW_PER_THREAD) {
            let results: Vec<_> =
                pool.install(|| window.par_iter().map(|s| process(s, format)).collect());
            for result in results {
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
            }
        }
        out.flush()?;
        Ok(summary)
    })();
    progress.finish_and_clear();
    Ok(result)
}

fn progress_bar(len: u64, show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos}/{len} files {wide_bar} {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}
