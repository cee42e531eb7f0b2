//! Runs extraction over many documents: in parallel on a local rayon pool,
//! with at most a few documents per thread in flight so memory stays
//! bounded, not by the batch. Each worker renders the rows of the document
//! it read into a buffer (text and claims are dropped there); the calling
//! thread only writes finished buffers, each as soon as every document
//! before it is written (a small reorder buffer): output bytes never
//! depend on the thread count, and the rows in memory are those of a few
//! documents of at most [`PART_BYTES`] each.
//!
//! A document larger than [`Options::part_bytes`] is read in parts (cut
//! where nothing crosses, see `extract::part`) on the same pool, its
//! conventions decided once on the whole text first; its rows are written
//! part by part in order, the ledger byte for byte the one of the whole
//! document read at once. A part's rows number lines and sentences from
//! the start of the document, which is known only once every part before
//! it is read: the calling thread hands each part read, in order, its
//! counts and a task on the pool that renders its rows. One large file
//! then uses every thread, and the claims and rows in memory are those of
//! a few parts, not of the file. A large plain-text file is not even held
//! whole: it is read in pieces ([`input::large`]), surveyed first, then
//! cut and handed out a part at a time with the text around it, at most a
//! few parts per thread ahead of the writer.
//!
//! One document that cannot be read, or that makes the extractor or the
//! renderer panic, becomes an [`Event::Failed`] and contributes no rows
//! (a large one: no rows after the part that failed); the batch goes on.

use std::any::Any;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::panic;
use std::sync::{Arc, mpsc};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::{FatalError, InputError};
use crate::extract::{self, Kind, Span, Whole};
use crate::input::large::{self, Window, Windows};
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
    /// Of the failed, those written into the output as error rows (a
    /// stream's JSON Lines output): the data carries them.
    pub error_rows: usize,
}

/// A document read, extracted and rendered, waiting for its turn to be
/// written: its rows (its text and claims are gone), or what it takes to
/// read it in parts.
struct Processed {
    name: String,
    warnings: Vec<String>,
    /// The rows of a document read whole.
    rows: Vec<u8>,
    /// The claims in `rows`.
    claims: usize,
    /// The `page` cells of a document read in parts.
    pages: Arc<ledger::Pages>,
    /// A document read in parts when its turn comes (its text has moved
    /// here, `extraction` is empty).
    large: Option<Arc<Large>>,
    /// A large file surveyed, to be read in pieces when its turn comes
    /// (`doc.text` and `extraction` are empty).
    streamed: Option<Arc<Streamed>>,
}

/// A large file read in pieces: where it is, what was decided on all of
/// it, and how it is cut.
struct Streamed {
    path: std::path::PathBuf,
    len: usize,
    whole: Whole,
    kinds: Vec<Kind>,
    part_bytes: usize,
    piece_bytes: usize,
}

/// The parts of a large document still to be read, in order.
enum Parts {
    Held {
        large: Arc<Large>,
        next: usize,
    },
    Streamed {
        file: Arc<Streamed>,
        windows: Box<Windows>,
    },
}

/// One part of a large document to read on the pool.
enum PartJob {
    Held(Arc<Large>, usize),
    Window(Arc<Streamed>, Window),
}

impl Iterator for Parts {
    type Item = Result<PartJob, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Parts::Held { large, next } => {
                let index = *next;
                *next += 1;
                (index < large.parts.len()).then(|| Ok(PartJob::Held(Arc::clone(large), index)))
            }
            Parts::Streamed { file, windows } => Some(
                windows
                    .next()?
                    .map(|window| PartJob::Window(Arc::clone(file), window)),
            ),
        }
    }
}

/// The text a part's rows are rendered from.
enum PartText {
    Held(Arc<Large>),
    Window(String),
}

impl PartText {
    fn as_str(&self) -> &str {
        match self {
            PartText::Held(large) => &large.text,
            PartText::Window(text) => text,
        }
    }
}

/// A large document: its text, what was decided on all of it, its parts,
/// and the kinds of claims kept.
struct Large {
    text: String,
    whole: Whole,
    parts: Vec<Span>,
    kinds: Vec<Kind>,
}

/// One part of a large document, read.
struct PartRead {
    extraction: extract::Extraction,
    /// Claims found, before `--kind` kept some.
    found: usize,
    /// Newlines in the part.
    lines: usize,
    /// Characters other than white space in a part without a claim (0
    /// with one): a document without any is told ([`silent`]).
    visible: usize,
    text: PartText,
}

/// Parts of a large document in flight per thread.
const PARTS_IN_FLIGHT_PER_THREAD: usize = 4;

/// The size of the parts a large document is read in: documents longer
/// than this are cut (about 1 MiB; a part costs a task and a channel
/// message, and a few parts per thread are in memory).
pub const PART_BYTES: usize = 1 << 20;

/// Documents per thread in flight (read, extracted or waiting to be
/// written) at any time.
const IN_FLIGHT_PER_THREAD: usize = 8;

/// A text with at least this many characters other than white space
/// that yields no claim gets a warning: a report in a language claimscan
/// does not read yet, or text it cannot see numbers in, should not pass
/// in silence.
pub const SILENT_TEXT_CHARS: usize = 500;

/// How each document is read and which of its claims are kept.
#[derive(Debug, Clone)]
pub struct Options {
    /// Keep only claims of these kinds; empty keeps all.
    pub kinds: Vec<Kind>,
    /// Decode every input as this encoding (`--encoding`) instead of
    /// detecting it.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Skip (and name) files larger than this (`--max-file-size`).
    pub max_file_bytes: u64,
    /// Read a document longer than this in parts of about this size
    /// ([`PART_BYTES`]; a hidden `--part-bytes` sets it for tests: the
    /// ledger does not depend on it). A plain-text file longer than this
    /// is read in pieces ([`input::large`]).
    pub part_bytes: usize,
    /// The size of the pieces a large file is read in
    /// ([`large::PIECE_BYTES`]; a hidden `--piece-bytes` sets it for
    /// tests: the ledger does not depend on it).
    pub piece_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kinds: Vec::new(),
            encoding: None,
            max_file_bytes: input::DEFAULT_MAX_FILE_BYTES,
            part_bytes: PART_BYTES,
            piece_bytes: large::PIECE_BYTES,
        }
    }
}

/// How rows are written: the format, and whether the ledger has the
/// `page` column.
#[derive(Debug, Clone, Copy)]
struct Layout {
    format: ledger::Format,
    page_column: bool,
}

fn process(source: &Source, options: &Options, layout: Layout) -> Result<Processed, InputError> {
    let (encoding, max_bytes) = (options.encoding, options.max_file_bytes);
    if let Some(path) = large::streamable(source, encoding, options.part_bytes, max_bytes) {
        let name = source.name();
        let piece = options.piece_bytes;
        let surveyed = panic::catch_unwind(|| large::survey(path, &name, piece, max_bytes))
            .map_err(|payload| InputError::Internal {
                path: name.clone(),
                message: panic_message(payload.as_ref()),
            })??;
        // (A file that is not UTF-8 is read whole and decoded.)
        if let Some(surveyed) = surveyed {
            return Ok(Processed {
                name,
                warnings: Vec::new(),
                rows: Vec::new(),
                claims: 0,
                pages: Arc::new(ledger::Pages::of("", false, layout.page_column)),
                large: None,
                streamed: Some(Arc::new(Streamed {
                    path: path.to_path_buf(),
                    len: surveyed.len,
                    whole: surveyed.whole,
                    kinds: options.kinds.clone(),
                    part_bytes: options.part_bytes,
                    piece_bytes: piece,
                })),
            });
        }
    }
    let doc = input::read_as(source, encoding, max_bytes)?;
    process_document(doc, options, layout)
}

/// The rows of a document already read (a file, or a record of a stream).
fn process_document(
    mut doc: Document,
    options: &Options,
    layout: Layout,
) -> Result<Processed, InputError> {
    if doc.text.len() > options.part_bytes {
        let parts = extract::part::parts(&doc.text, options.part_bytes);
        if parts.len() > 1 {
            return prepare_large(doc, parts, options, layout.page_column);
        }
    }
    let kinds = &options.kinds;
    // A bug in the extractor must cost one file, not the batch: a panic
    // becomes this file's error and the other files' rows are written.
    let (extraction, found) = panic::catch_unwind(|| {
        let mut extraction = extract::extract(&doc.text);
        let found = extraction.claims.len();
        if !kinds.is_empty() {
            extraction.claims.retain(|c| kinds.contains(&c.kind));
        }
        (extraction, found)
    })
    .map_err(|payload| InputError::Internal {
        path: doc.name.clone(),
        message: panic_message(payload.as_ref()),
    })?;
    if found == 0
        && let Some(warning) = silent(&doc.name, visible(&doc.text))
    {
        doc.warnings.push(warning);
    }
    let pages = ledger::Pages::of(&doc.text, doc.paged, layout.page_column);
    let rows = render(layout.format, &doc.name, &doc.text, &extraction, &pages)?;
    Ok(Processed {
        name: doc.name,
        warnings: doc.warnings,
        rows,
        claims: extraction.claims.len(),
        pages: Arc::new(pages),
        large: None,
        streamed: None,
    })
}

/// The rows of `extraction` of the document `name`; a panic while
/// rendering costs this document, like one in the extractor.
fn render(
    format: ledger::Format,
    name: &str,
    text: &str,
    extraction: &extract::Extraction,
    pages: &ledger::Pages,
) -> Result<Vec<u8>, InputError> {
    panic::catch_unwind(|| format.render_with(name, text, extraction, pages)).map_err(|payload| {
        InputError::Internal {
            path: name.to_string(),
            message: panic_message(payload.as_ref()),
        }
    })
}

/// The characters of `text` other than white space.
fn visible(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// The warning for a text with `chars` characters other than white space,
/// [`SILENT_TEXT_CHARS`] or more, that yields no claim, if it is one.
fn silent(name: &str, chars: usize) -> Option<String> {
    (chars >= SILENT_TEXT_CHARS).then(|| {
        format!(
            "{name}: no claim found in {chars} characters of text \
             (claimscan reads numbers in English and Chinese text)"
        )
    })
}

/// A large document made ready to be read in `parts`: the conventions and
/// currency decided on the whole text, once.
fn prepare_large(
    mut doc: Document,
    parts: Vec<Span>,
    options: &Options,
    page_column: bool,
) -> Result<Processed, InputError> {
    let whole =
        panic::catch_unwind(|| Whole::of(&doc.text)).map_err(|payload| InputError::Internal {
            path: doc.name.clone(),
            message: panic_message(payload.as_ref()),
        })?;
    let pages = ledger::Pages::of(&doc.text, doc.paged, page_column);
    let text = std::mem::take(&mut doc.text);
    Ok(Processed {
        name: doc.name,
        warnings: doc.warnings,
        rows: Vec::new(),
        claims: 0,
        pages: Arc::new(pages),
        large: Some(Arc::new(Large {
            text,
            whole,
            parts,
            kinds: options.kinds.clone(),
        })),
        streamed: None,
    })
}

/// Reads one part of a large document; a panic becomes its message.
fn read_part(job: PartJob) -> Result<PartRead, String> {
    panic::catch_unwind(panic::AssertUnwindSafe(|| {
        let (mut extraction, text, kinds) = match job {
            PartJob::Held(large, index) => {
                let extraction =
                    extract::extract_part(&large.text, &large.whole, large.parts[index]);
                (
                    extraction,
                    PartText::Held(Arc::clone(&large)),
                    large.kinds.clone(),
                )
            }
            PartJob::Window(file, window) => {
                let extraction =
                    extract::extract_window(&window.text, window.base, &file.whole, window.part);
                (
                    extraction,
                    PartText::Window(window.text),
                    file.kinds.clone(),
                )
            }
        };
        let found = extraction.claims.len();
        if !kinds.is_empty() {
            extraction.claims.retain(|c| kinds.contains(&c.kind));
        }
        let span = extraction.part.map_or(Span::new(0, 0), |p| p.span);
        let part = &text.as_str()[span.start..span.end];
        PartRead {
            extraction,
            found,
            lines: memchr::memchr_iter(b'\n', part.as_bytes()).count(),
            visible: if found == 0 { visible(part) } else { 0 },
            text,
        }
    }))
    .map_err(|payload| panic_message(payload.as_ref()))
}

/// What a task on the pool tells the writer of a large document: a part
/// read, or a part's rows rendered (or why the document ends there).
enum PartDone {
    Read(usize, Result<Box<PartRead>, String>),
    Rendered(usize, Result<Vec<u8>, InputError>),
}

/// The parts of one large document between the pool and the output:
/// parts read wait to be handed, in order, their line and sentence counts
/// and a render task; rendered parts wait to be written, in order.
struct PartFlow<'a> {
    format: ledger::Format,
    name: &'a Arc<str>,
    pages: &'a Arc<ledger::Pages>,
    read: BTreeMap<usize, Result<Box<PartRead>, String>>,
    rendered: BTreeMap<usize, Result<Vec<u8>, InputError>>,
    /// The next part to hand its counts and render task.
    next_render: usize,
    lines_before: usize,
    sentences_before: usize,
    /// Claims written, claims found, characters other than white space of
    /// the parts without claims, over the parts handed on.
    totals: (usize, usize, usize),
    /// A part failed: cut no more.
    failed: bool,
}

impl PartFlow<'_> {
    /// Hands every part read whose parts before it are all handed its
    /// counts and a render task on `scope` that answers on `tx`.
    fn render_ready<'scope>(&mut self, scope: &rayon::Scope<'scope>, tx: &mpsc::Sender<PartDone>) {
        while let Some(result) = self.read.remove(&self.next_render) {
            let index = self.next_render;
            self.next_render += 1;
            let mut part = match result {
                Ok(part) => part,
                Err(message) => {
                    let path = self.name.to_string();
                    let failed = Err(InputError::Internal { path, message });
                    self.rendered.insert(index, failed);
                    self.failed = true;
                    continue;
                }
            };
            if let Some(at) = &mut part.extraction.part {
                (at.lines_before, at.sentences_before) = (self.lines_before, self.sentences_before);
            }
            self.lines_before += part.lines;
            self.sentences_before += part.extraction.sentences.len();
            self.totals.0 += part.extraction.claims.len();
            self.totals.1 += part.found;
            self.totals.2 += part.visible;
            let (format, tx) = (self.format, tx.clone());
            let (name, pages) = (Arc::clone(self.name), Arc::clone(self.pages));
            scope.spawn(move |_| {
                let text = part.text.as_str();
                let rows = render(format, &name, text, &part.extraction, &pages);
                // The writer may have stopped at a failed part.
                let _ = tx.send(PartDone::Rendered(index, rows));
            });
        }
    }
}

/// Reads `parts` of a large document on the pool (at most `limit` in
/// flight), renders each there once every part before it is read (lines
/// and sentences are numbered from the start of the document), and writes
/// the rows of each as soon as it and every part before it are rendered.
/// Returns the claims written, the claims found and the characters other
/// than white space of the parts without claims; a part that panics or
/// cannot be read ends the document (`Ok(Err)`, the rows of the parts
/// before it written), a write error is `Err`.
fn write_parts<'scope, W: Write>(
    scope: &rayon::Scope<'scope>,
    limit: usize,
    format: ledger::Format,
    done: &Processed,
    mut parts: Parts,
    out: &mut W,
) -> io::Result<Result<(usize, usize, usize), InputError>> {
    let (tx, rx) = mpsc::channel();
    let name: Arc<str> = Arc::from(done.name.as_str());
    let mut flow = PartFlow {
        format,
        name: &name,
        pages: &done.pages,
        read: BTreeMap::new(),
        rendered: BTreeMap::new(),
        next_render: 0,
        lines_before: 0,
        sentences_before: 0,
        totals: (0, 0, 0),
        failed: false,
    };
    let (mut submitted, mut written, mut cut_all) = (0, 0, false);
    loop {
        while !cut_all && !flow.failed && submitted - written < limit {
            match next_part(&mut parts, &done.name) {
                Some(Ok(job)) => {
                    let tx = tx.clone();
                    scope.spawn(move |_| {
                        // The writer may have stopped at a failed part.
                        let _ = tx.send(PartDone::Read(submitted, read_part(job).map(Box::new)));
                    });
                }
                // The parts before it are still written.
                Some(Err(e)) => {
                    flow.rendered.insert(submitted, Err(e));
                    flow.failed = true;
                }
                None => {
                    cut_all = true;
                    break;
                }
            }
            submitted += 1;
        }
        while let Some(rows) = flow.rendered.remove(&written) {
            match rows {
                Ok(rows) => out.write_all(&rows)?,
                Err(e) => return Ok(Err(e)),
            }
            written += 1;
        }
        // Nothing in flight: cut more parts, or the document is written.
        if written == submitted {
            if cut_all || flow.failed {
                break;
            }
            continue;
        }
        // Every part submitted answers once read, and once more rendered
        // (a part read after a failed one may never be).
        let Ok(message) = rx.recv() else {
            break;
        };
        match message {
            PartDone::Read(index, result) => {
                flow.read.insert(index, result);
                flow.render_ready(scope, &tx);
            }
            PartDone::Rendered(index, rows) => {
                flow.rendered.insert(index, rows);
            }
        }
    }
    Ok(Ok(flow.totals))
}

/// The next part to read of the document `name`: a panic while cutting
/// costs this document, like one in the extractor.
fn next_part(parts: &mut Parts, name: &str) -> Option<Result<PartJob, InputError>> {
    panic::catch_unwind(panic::AssertUnwindSafe(|| parts.next())).unwrap_or_else(|payload| {
        Some(Err(InputError::Internal {
            path: name.to_string(),
            message: panic_message(payload.as_ref()),
        }))
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
        (format, page_column, false),
        sources.iter(),
        |source: &Source| {
            process(
                source,
                options,
                Layout {
                    format,
                    page_column,
                },
            )
        },
        out,
        on_event,
    )
}

/// Extracts the documents of a stream (`--input-format jsonl`, see
/// [`input::stream`]) as they arrive, writing their rows in stream order;
/// a record that could not be used arrives as its error and is reported
/// through `on_event` and, in JSON Lines output, written as an error row
/// in its place ([`ledger::write_error_row`]); the stream goes on. At most a few documents per
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
        // Errors are rows only where the schema has a place for them.
        (format, false, format == ledger::Format::Jsonl),
        documents,
        |document: Result<Document, InputError>| {
            let layout = Layout {
                format,
                page_column: false,
            };
            process_document(document?, options, layout)
        },
        out,
        on_event,
    )
}

/// The loop under [`run_format`] and [`run_stream`]: `work` turns each job
/// into a processed document (its rows rendered) on the pool while the
/// calling thread takes the next jobs (never more than
/// [`IN_FLIGHT_PER_THREAD`] per thread ahead of the writer) and writes
/// finished documents in job order, the header in the given format, with
/// the `page` column or without, and a failed document as an error row
/// when `error_rows`.
fn run_jobs<W: Write, T: Send>(
    threads: usize,
    progress: ProgressBar,
    (format, page_column, error_rows): (ledger::Format, bool, bool),
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
        out.write_all(&format.header_with(page_column))?;
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
                    let result = match result {
                        Ok(done) => {
                            let parts_limit = threads.max(1) * PARTS_IN_FLIGHT_PER_THREAD;
                            write_processed(scope, parts_limit, format, done, out, &mut on_event)?
                        }
                        Err(e) => Err(e),
                    };
                    match result {
                        Ok(claims) => summary.claims += claims,
                        Err(e) => {
                            summary.failed += 1;
                            if error_rows {
                                ledger::write_error_row(out, &e)?;
                                summary.error_rows += 1;
                            }
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

/// Tells the warnings of a processed document and writes its rows (a
/// large one read in parts on `scope` now, at most `parts_limit` in
/// flight): the claims written, or why the document failed; a write
/// error is `Err`.
fn write_processed<'scope, W: Write>(
    scope: &rayon::Scope<'scope>,
    parts_limit: usize,
    format: ledger::Format,
    mut done: Processed,
    out: &mut W,
    on_event: &mut impl FnMut(Event),
) -> io::Result<Result<usize, InputError>> {
    std::mem::take(&mut done.warnings)
        .into_iter()
        .for_each(|w| on_event(Event::Warning(w)));
    let parts = if let Some(large) = done.large.take() {
        Parts::Held { large, next: 0 }
    } else if let Some(file) = done.streamed.take() {
        let (name, len) = (&done.name, file.len);
        match Windows::open(&file.path, name, len, file.part_bytes, file.piece_bytes) {
            Ok(windows) => Parts::Streamed {
                file,
                windows: Box::new(windows),
            },
            Err(e) => return Ok(Err(e)),
        }
    } else {
        out.write_all(&done.rows)?;
        return Ok(Ok(done.claims));
    };
    let written = write_parts(scope, parts_limit, format, &done, parts, out)?;
    Ok(written.map(|(claims, found, visible)| {
        if found == 0
            && let Some(w) = silent(&done.name, visible)
        {
            on_event(Event::Warning(w));
        }
        claims
    }))
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
