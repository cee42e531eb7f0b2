//! The workflows behind each subcommand: `extract`, `check`, `diff`,
//! `explain`, `view`, `stats` and `verify`. Each takes its validated config, a sink for per-file events
//! (warnings and failures, which the binary prints) and the writer that
//! carries data on standard output, and returns an [`Outcome`] that the
//! binary maps to an exit code. Nothing here prints.

use std::fs;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::batch::{self, Event, Summary};
use crate::check::{self, Options, Report, Row};
use crate::cli::{
    CheckConfig, CompareConfig, Config, DiffConfig, ExplainConfig, InputFormat, Output,
    ReportFormat, StatsFormat, TextArgs, VerifyConfig, ViewConfig,
};
use crate::error::FatalError;
use crate::explain;
use crate::input::{self, Source};
use crate::ledger::checks::{self as checks_ledger, CheckRow, Checked};
use crate::ledger::{LedgerFile, Sink};
use crate::stats::Stats;
use crate::verify;
use crate::view;

/// How a workflow ended; the binary turns it into an exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every input was processed; for `check`/`diff`, no differences.
    Clean,
    /// `extract`: the ledger was written, but some inputs failed.
    SomeInputsFailed,
    /// `check`/`diff`: some claims were added, removed or changed.
    Different,
    /// `check`: an input could not be read, so the comparison is not whole.
    CheckIncomplete,
    /// `check --update`: the expected ledger was rewritten with the
    /// extraction.
    Updated,
}

/// Usage or fatal error; for `check`, also an input that failed.
pub const EXIT_FATAL: u8 = 2;

impl Outcome {
    /// The process exit code (see `claimscan --help`).
    pub fn exit_code(&self) -> u8 {
        match self {
            Outcome::Clean | Outcome::Updated => 0,
            // `extract`: ledger written, some inputs failed; `check`/`diff`:
            // differences found.
            Outcome::SomeInputsFailed | Outcome::Different => 1,
            Outcome::CheckIncomplete => EXIT_FATAL,
        }
    }
}

/// What `extract` did, for the one-line summary on stderr.
#[derive(Debug, Clone)]
pub struct ExtractRun {
    pub summary: Summary,
    /// Inputs that failed, discovery included.
    pub failed: usize,
    pub elapsed: Duration,
    /// Where the ledger went (`stdout` or the path).
    pub target: String,
    /// Standard output was closed by its reader (`| head`): the run ended
    /// quietly.
    pub pipe_closed: bool,
}

impl ExtractRun {
    /// The one-line summary for stderr: `N files read, F failed, C claims,
    /// T s -> target`.
    pub fn summary_line(&self) -> String {
        let read = self.summary.files - self.summary.failed;
        let plural =
            |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        format!(
            "{read} {} read, {} failed, {} {}, {:.2}s -> {}",
            plural(read, "file", "files"),
            self.failed,
            self.summary.claims,
            plural(self.summary.claims, "claim", "claims"),
            self.elapsed.as_secs_f64(),
            self.target
        )
    }

    pub fn outcome(&self) -> Outcome {
        // A failure written as an error row is data, not an exit code (a
        // Spark task must not fail on one bad record).
        if self.failed > self.summary.error_rows && !self.pipe_closed {
            Outcome::SomeInputsFailed
        } else {
            Outcome::Clean
        }
    }
}

/// The sources of a run (this shard only), with the number of inputs that
/// could not be used (each already reported through `on_event`).
fn sources(
    config: &Config,
    on_event: &mut impl FnMut(Event),
) -> Result<(Vec<Source>, usize), FatalError> {
    let ledger = match &config.output {
        Output::File(path) => Some(path.as_path()),
        Output::Stdout => None,
    };
    if let Some(input) = ledger.and_then(|path| input::replaced_input(path, &config.inputs)) {
        return Err(FatalError::OutputIsInput(input));
    }
    let (mut sources, errors) =
        input::discover(&config.inputs, &config.stdin_name, &config.walk, ledger);
    let failures = errors.len();
    errors.into_iter().for_each(|e| on_event(Event::Failed(e)));
    if sources.is_empty() {
        let shown: Vec<_> = config.inputs.iter().map(|p| input::path_name(p)).collect();
        return Err(FatalError::no_inputs(shown.join(", ")));
    }
    // An empty shard is fine: its ledger has a header and no rows.
    if let Some(shard) = config.shard {
        sources.retain(|s| shard.contains(&s.name()));
    }
    Ok((sources, failures))
}

/// `extract`: writes the ledger of every input to the configured output
/// (`stdout` is the writer for `-o -`).
pub fn extract(
    config: &Config,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<ExtractRun> {
    let started = Instant::now();
    let (inputs, discovery_failures) = match config.input_format {
        InputFormat::Files => {
            let (sources, failures) = sources(config, &mut on_event)?;
            (Inputs::Files(sources), failures)
        }
        InputFormat::Jsonl => (Inputs::Stream(open_stream(config)?), 0),
    };
    let (summary, target, pipe_closed) = match &config.output {
        Output::Stdout => match match Sink::new(config.format, config.bom, &mut *stdout) {
            Ok(mut sink) => run_into(config, inputs, &mut sink, &mut on_event)?
                .and_then(|summary| sink.finish().map(|_| summary)),
            Err(e) => Err(e),
        }
        .and_then(|s| stdout.flush().map(|()| s))
        {
            Ok(summary) => (summary, "stdout".to_string(), false),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                (Summary::default(), "stdout".to_string(), true)
            }
            Err(source) => {
                return Err(FatalError::Ledger {
                    path: "-".into(),
                    source,
                }
                .into());
            }
        },
        Output::File(path) => {
            let shown = path.to_string_lossy().into_owned();
            let fail = |source| FatalError::Ledger {
                path: shown.clone(),
                source,
            };
            let ledger = LedgerFile::create(path).map_err(fail)?;
            let mut sink = Sink::new(config.format, config.bom, ledger).map_err(fail)?;
            let summary = run_into(config, inputs, &mut sink, &mut on_event)?.map_err(fail)?;
            sink.finish()
                .and_then(|ledger| ledger.commit(path))
                .map_err(fail)?;
            (summary, shown, false)
        }
    };
    Ok(ExtractRun {
        failed: summary.failed + discovery_failures,
        summary,
        elapsed: started.elapsed(),
        target,
        pipe_closed,
    })
}

/// What `extract` reads: reports, or one stream of records.
enum Inputs {
    Files(Vec<Source>),
    Stream(input::stream::Records<Box<dyn BufRead>>),
}

/// The stream of `--input-format jsonl`: standard input for `-`, else
/// the file named.
fn open_stream(config: &Config) -> Result<input::stream::Records<Box<dyn BufRead>>, FatalError> {
    let path = config
        .inputs
        .first()
        .map(PathBuf::as_path)
        .unwrap_or(Path::new("-"));
    if path.as_os_str() == "-" {
        return Ok(input::stream::Records::new(
            Box::new(io::stdin().lock()),
            "stdin",
        ));
    }
    let shown = path.to_string_lossy().into_owned();
    match fs::File::open(path) {
        Ok(file) => Ok(input::stream::Records::new(
            Box::new(io::BufReader::new(file)),
            shown,
        )),
        Err(source) => Err(FatalError::Stream {
            path: shown,
            source,
        }),
    }
}

fn run_into<W: Write>(
    config: &Config,
    inputs: Inputs,
    out: &mut W,
    on_event: &mut impl FnMut(Event),
) -> Result<io::Result<Summary>, FatalError> {
    match inputs {
        Inputs::Files(sources) => batch::run_format(
            config.format,
            &config.options,
            &sources,
            config.threads,
            config.progress,
            out,
            on_event,
        ),
        Inputs::Stream(records) => batch::run_stream(
            config.format,
            &config.options,
            records,
            config.threads,
            out,
            on_event,
        ),
    }
}

/// `check`: extracts the inputs and compares them with the expected
/// ledger; the report goes to `stdout`.
pub fn check(
    config: &CheckConfig,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<Outcome> {
    let mut expected = read_ledger(&config.expected, &mut on_event)?;
    let extract = &config.extract;
    let (sources, discovery_failures) = sources(extract, &mut on_event)?;
    let mut csv = Vec::new();
    let summary = batch::run_format(
        extract.format,
        &extract.options,
        &sources,
        extract.threads,
        extract.progress,
        &mut csv,
        &mut on_event,
    )?
    .map_err(|source| FatalError::Ledger {
        path: "(memory)".into(),
        source,
    })?;
    let current = check::parse("(extraction)", &String::from_utf8_lossy(&csv))?;
    if let Some(shard) = extract.shard {
        expected.retain(|row| shard.contains(row.file()));
    }
    let kinds = &extract.options.kinds;
    if !kinds.is_empty() {
        expected.retain(|row: &Row| kinds.iter().any(|k| row.get("kind") == Some(k.as_str())));
    }
    let report = compare(&expected, &current, &config.compare, extract.quiet, stdout)?;
    if config.update && summary.failed + discovery_failures == 0 && !report.is_clean() {
        // The extraction, in the expected ledger's format, replaces it.
        let path = &config.expected;
        let fail = |source| FatalError::Ledger {
            path: path.to_string_lossy().into_owned(),
            source,
        };
        let mut ledger = LedgerFile::create(path).map_err(fail)?;
        ledger.write_all(&csv).map_err(fail)?;
        ledger.commit(path).map_err(fail)?;
        return Ok(Outcome::Updated);
    }
    Ok(if summary.failed + discovery_failures > 0 {
        Outcome::CheckIncomplete
    } else if report.is_clean() {
        Outcome::Clean
    } else {
        Outcome::Different
    })
}

/// `diff`: compares two ledgers; the report goes to `stdout`.
pub fn diff(
    config: &DiffConfig,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<Outcome> {
    let old = read_ledger(&config.old, &mut on_event)?;
    let new = read_ledger(&config.new, &mut on_event)?;
    let report = compare(&old, &new, &config.compare, false, stdout)?;
    Ok(if report.is_clean() {
        Outcome::Clean
    } else {
        Outcome::Different
    })
}

/// `explain`: for each input, every number of its text with the rule that
/// kept or rejected it, written to `stdout`. An input that cannot be read
/// is reported and the others still explained.
pub fn explain(
    config: &ExplainConfig,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<Outcome> {
    let mut failed = 0;
    for path in &config.inputs {
        let source = if path.as_os_str() == "-" {
            Source::Stdin { name: "-".into() }
        } else {
            Source::File(path.to_path_buf())
        };
        let doc = match input::read(&source) {
            Ok(doc) => doc,
            Err(e) => {
                failed += 1;
                on_event(Event::Failed(e));
                continue;
            }
        };
        doc.warnings
            .into_iter()
            .for_each(|w| on_event(Event::Warning(w)));
        let written = explain::write(&doc.name, &doc.text, stdout);
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Outcome::Clean),
            other => other.map_err(|source| FatalError::Ledger {
                path: "-".into(),
                source,
            })?,
        }
    }
    Ok(if failed > 0 {
        Outcome::SomeInputsFailed
    } else {
        Outcome::Clean
    })
}

fn read_ledger(path: &Path, on_event: &mut impl FnMut(Event)) -> anyhow::Result<Vec<Row>> {
    if crate::ledger::Format::from_extension(path) == Some(crate::ledger::Format::Xlsx) {
        anyhow::bail!(
            "{}: an xlsx ledger is for spreadsheets; check, diff and stats read the \
             CSV or JSONL ledger (write one with -o claims.csv)",
            path.display()
        );
    }
    let source = if path.as_os_str() == "-" {
        Source::Stdin { name: "-".into() }
    } else {
        Source::File(path.to_path_buf())
    };
    // A ledger may be far larger than a report: no size limit.
    let doc = input::read_limited(&source, u64::MAX)?;
    doc.warnings
        .into_iter()
        .for_each(|w| on_event(Event::Warning(w)));
    Ok(check::parse(&doc.name, &doc.text)?)
}

/// Compares and writes the report to `out`; `quiet` leaves out the text
/// report's summary line.
fn compare(
    expected: &[Row],
    current: &[Row],
    config: &CompareConfig,
    quiet: bool,
    out: &mut impl Write,
) -> anyhow::Result<Report> {
    let report = check::compare(
        expected,
        current,
        &Options::ignoring(&config.ignore_columns),
    );
    let written = match config.format {
        ReportFormat::Text if quiet => report.write_differences(out, config.color),
        ReportFormat::Text => report.write_text(out, config.color),
        ReportFormat::Json => report.write_json(out),
        ReportFormat::Github => report.write_github(out),
    }
    .and_then(|()| out.flush());
    match written {
        // A closed pipe ends the report quietly; the exit code still tells.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("-: cannot write the report: {e}"))
        }
        _ => Ok(report),
    }
}

/// `view`: writes the HTML page of every input to the configured output
/// (`stdout` is the writer for `-o -`); summed up like `extract`.
pub fn view(
    config: &ViewConfig,
    stdout: &mut impl Write,
    on_event: impl FnMut(Event),
) -> anyhow::Result<ExtractRun> {
    let started = Instant::now();
    let (summary, pipe_closed) = view::run(config, stdout, on_event)?;
    Ok(ExtractRun {
        failed: summary.failed,
        summary,
        elapsed: started.elapsed(),
        target: match &config.output {
            Output::File(path) => path.to_string_lossy().into_owned(),
            Output::Stdout => "stdout".to_string(),
        },
        pipe_closed,
    })
}

/// `stats`: claims per file and kind of the ledger at `path`, written to
/// `stdout` as `format` says.
pub fn stats(
    path: &Path,
    format: StatsFormat,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<Outcome> {
    let stats = Stats::of(&read_ledger(path, &mut on_event)?);
    let written = match format {
        StatsFormat::Text => stats.write_text(stdout),
        StatsFormat::Csv => stats.write_csv(stdout),
    }
    .and_then(|()| stdout.flush());
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("-: cannot write the table: {e}"))
        }
        _ => Ok(Outcome::Clean),
    }
}

/// `completions`, `man`: writes generated text to `stdout`; a closed pipe
/// ends it quietly.
pub fn write_generated(stdout: &mut impl Write, data: &[u8]) -> anyhow::Result<Outcome> {
    match stdout.write_all(data).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("-: cannot write to standard output: {e}"))
        }
        _ => Ok(Outcome::Clean),
    }
}

/// `text`: the extracted text of one file, as the offsets of its ledger
/// count it; PDF pages marked `--- page N ---` unless `--raw`.
pub fn text(
    args: &TextArgs,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<Outcome> {
    let source = if args.path.as_os_str() == "-" {
        Source::Stdin { name: "-".into() }
    } else {
        Source::File(args.path.clone())
    };
    let doc = input::read(&source)?;
    doc.warnings
        .into_iter()
        .for_each(|w| on_event(Event::Warning(w)));
    let shown = if args.raw || !doc.paged {
        doc.text
    } else {
        let mut marked = String::with_capacity(doc.text.len() + 64);
        for (i, page) in doc.text.split('\u{c}').enumerate() {
            marked.push_str(&format!("--- page {} ---\n", i + 1));
            marked.push_str(page);
        }
        marked
    };
    write_generated(stdout, shown.as_bytes())
}

/// `verify`: checks the claims of each report against each other, the
/// claims of each `--pair` original against its translation, and the
/// targets of each `--series` year against the next year's outcomes, and
/// writes the checks ledger to the configured output (`stdout` for `-o
/// -`) and the timeline to `--timeline`.
pub fn verify(
    config: &VerifyConfig,
    stdout: &mut impl Write,
    mut on_event: impl FnMut(Event),
) -> anyhow::Result<Outcome> {
    let (sources, mut failed) = verify_sources(config, &mut on_event)?;
    let mut rows: Vec<CheckRow> = Vec::new();
    let mut timeline = None;
    {
        let mut read = |source: &Source| read_checked(source, &mut failed, &mut on_event);
        rows.extend(document_checks(&sources, &mut read));
        rows.extend(pair_checks(&config.pairs, &mut read));
        if !config.series.is_empty() {
            let (series_rows, written) = series_checks(&config.series, &mut read);
            rows.extend(series_rows);
            timeline = Some(written);
        }
    }
    failed += timeline.as_ref().map_or(0, |t: &Timeline| t.yearless.len());
    for path in timeline.iter().flat_map(|t| &t.yearless) {
        on_event(Event::Failed(crate::error::InputError::Walk {
            path: path.clone(),
            message: "no year in the file name; left out of the series".into(),
        }));
    }
    checks_ledger::sort(&mut rows);
    write_verify_output(&config.output, stdout, |out| {
        if config.jsonl {
            checks_ledger::write_jsonl(&rows, out)
        } else {
            checks_ledger::write_csv(&rows, out)
        }
    })?;
    if let (Some(path), Some(timeline)) = (&config.timeline, &timeline) {
        write_verify_output(path, stdout, |out| out.write_all(&timeline.csv))?;
    }
    Ok(if failed > 0 {
        Outcome::SomeInputsFailed
    } else {
        Outcome::Clean
    })
}

/// The reports `verify` checks inside themselves, and how many inputs
/// failed to be found; no report, pair or series at all is fatal.
fn verify_sources(
    config: &VerifyConfig,
    on_event: &mut impl FnMut(Event),
) -> anyhow::Result<(Vec<Source>, usize)> {
    let skip = match &config.output {
        Output::File(path) => Some(path.as_path()),
        Output::Stdout => None,
    };
    let (sources, errors) = if config.inputs.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        input::discover(&config.inputs, "-", &input::WalkOptions::default(), skip)
    };
    let failed = errors.len();
    errors.into_iter().for_each(|e| on_event(Event::Failed(e)));
    if sources.is_empty() && config.pairs.is_empty() && config.series.is_empty() {
        let shown: Vec<_> = config.inputs.iter().map(|p| p.to_string_lossy()).collect();
        return Err(FatalError::no_inputs(shown.join(", ")).into());
    }
    Ok((sources, failed))
}

/// Reads and extracts one input of `verify`; a failure is reported and
/// counted.
fn read_checked(
    source: &Source,
    failed: &mut usize,
    on_event: &mut impl FnMut(Event),
) -> Option<(input::Document, crate::extract::Extraction)> {
    match input::read(source) {
        Ok(doc) => {
            doc.warnings
                .iter()
                .for_each(|w| on_event(Event::Warning(w.clone())));
            let extraction = crate::extract::extract(&doc.text);
            Some((doc, extraction))
        }
        Err(e) => {
            *failed += 1;
            on_event(Event::Failed(e));
            None
        }
    }
}

type ReadChecked<'a> =
    dyn FnMut(&Source) -> Option<(input::Document, crate::extract::Extraction)> + 'a;

/// The checks inside each report: equivalents, changes, totals.
fn document_checks(sources: &[Source], read: &mut ReadChecked) -> Vec<CheckRow> {
    let mut rows = Vec::new();
    for source in sources {
        if let Some((doc, extraction)) = read(source) {
            let checked = Checked {
                file: &doc.name,
                text: &doc.text,
                extraction: &extraction,
            };
            let checks = verify::document(&doc.text, &extraction);
            rows.extend(checks_ledger::rows(checked, None, &checks));
        }
    }
    rows
}

/// The translation checks of each `--pair`.
fn pair_checks(pairs: &[(PathBuf, PathBuf)], read: &mut ReadChecked) -> Vec<CheckRow> {
    let mut rows = Vec::new();
    for (original, translation) in pairs {
        let (Some((a, ax)), Some((b, bx))) = (
            read(&Source::File(original.clone())),
            read(&Source::File(translation.clone())),
        ) else {
            continue;
        };
        let checks = verify::translation::checks((&a.text, &ax.claims), (&b.text, &bx.claims));
        let first = Checked {
            file: &a.name,
            text: &a.text,
            extraction: &ax,
        };
        let second = Checked {
            file: &b.name,
            text: &b.text,
            extraction: &bx,
        };
        rows.extend(checks_ledger::rows(first, Some(second), &checks));
    }
    rows
}

/// What the `--series` step leaves besides its rows: the timeline CSV,
/// and the reports left out for want of a year in their name.
struct Timeline {
    csv: Vec<u8>,
    yearless: Vec<String>,
}

/// The `target` checks of a `--series`, and its timeline.
fn series_checks(paths: &[PathBuf], read: &mut ReadChecked) -> (Vec<CheckRow>, Timeline) {
    let mut docs = Vec::new();
    let mut yearless = Vec::new();
    for path in paths {
        if let Some((doc, extraction)) = read(&Source::File(path.clone())) {
            match verify::target::year_in_name(&doc.name) {
                Some(year) => docs.push((year, doc, extraction)),
                None => yearless.push(doc.name),
            }
        }
    }
    let reports: Vec<verify::target::Report> = docs
        .iter()
        .map(|(year, doc, x)| verify::target::Report {
            year: *year,
            text: &doc.text,
            sentences: &x.sentences,
            claims: &x.claims,
        })
        .collect();
    let checked: Vec<Checked> = docs
        .iter()
        .map(|(_, doc, x)| Checked {
            file: &doc.name,
            text: &doc.text,
            extraction: x,
        })
        .collect();
    let points = verify::target::timeline(&reports);
    let mut rows = Vec::new();
    for found in verify::target::checks(&reports, &points) {
        let (Some(&first), second) = (
            checked.get(found.target_report),
            found.outcome_report.and_then(|r| checked.get(r).copied()),
        ) else {
            continue;
        };
        rows.extend(checks_ledger::rows(first, second, &[found.check]));
    }
    let mut csv = Vec::new();
    // Writing into memory cannot fail.
    let _ = crate::ledger::timeline::write_csv(&points, &checked, &mut csv);
    (rows, Timeline { csv, yearless })
}

/// Writes a ledger of `verify` to `output`: stdout (a closed pipe is no
/// error) or a file, atomically.
fn write_verify_output(
    output: &Output,
    stdout: &mut impl Write,
    write: impl Fn(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    match output {
        Output::Stdout => match write(stdout) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                return Err(FatalError::Ledger {
                    path: "-".into(),
                    source: e,
                }
                .into());
            }
            _ => {}
        },
        Output::File(path) => {
            let fail = |source| FatalError::Ledger {
                path: path.to_string_lossy().into_owned(),
                source,
            };
            let mut ledger = LedgerFile::create(path).map_err(fail)?;
            write(&mut ledger).map_err(fail)?;
            ledger.commit(path).map_err(fail)?;
        }
    }
    Ok(())
}

/// A message on one line: control characters (a newline in a file name)
/// are written as escapes, so a name cannot fake more lines. A `hint:`
/// line that the message itself adds after its problem is kept as a line.
pub fn one_line(message: &str) -> String {
    const HINT: &str = "\nhint: ";
    if !message.contains(char::is_control) {
        return message.to_string();
    }
    if let Some((problem, hint)) = message.rsplit_once(HINT) {
        return format!(
            "{}{HINT}{}",
            escape_controls(problem),
            escape_controls(hint)
        );
    }
    escape_controls(message)
}

fn escape_controls(message: &str) -> String {
    message
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Runs `run` with one line per problem: the default panic handler's
/// lines are silenced (a panic in the extractor is reported by the batch
/// as that file's error, one in a PDF reader thread as that file's
/// failure), and a panic that escapes is returned as the first line of
/// its message, for the binary to print.
pub fn catch_panics<T>(run: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    std::panic::set_hook(Box::new(|_| {}));
    std::panic::catch_unwind(run).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        message.lines().next().unwrap_or_default().to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn messages_stay_on_one_line_but_keep_their_hint() {
        assert_eq!(one_line("a.txt: skipped"), "a.txt: skipped");
        assert_eq!(one_line("a\nb.txt: skipped\r"), "a\\nb.txt: skipped\\r");
        assert_eq!(
            one_line("x\ny.csv: bad\nhint: save it\tagain"),
            "x\\ny.csv: bad\nhint: save it\\tagain"
        );
    }
}
