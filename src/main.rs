//! The claimscan binary: parses arguments, runs the library, prints
//! messages as `claimscan: PATH: problem` on stderr, and maps the outcome
//! to the exit code (see `claimscan --help` and `claimscan check --help`).
//! Standard output carries data only: the ledger with `-o -`, the report
//! of `check` and `diff`. A closed pipe ends the output quietly.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use claimscan::batch::{self, Event, Summary};
use claimscan::check::{self, Options, Report, Row};
use claimscan::cli::{
    CheckConfig, Cli, Command, CompareConfig, Config, DiffConfig, Output, ReportFormat,
};
use claimscan::error::FatalError;
use claimscan::input::{self, Source};
use claimscan::ledger::LedgerFile;

/// `extract`: every input processed. `check`/`diff`: no differences.
const EXIT_OK: u8 = 0;
/// `extract`: the ledger was written but some inputs failed.
const EXIT_SOME_FAILED: u8 = 1;
/// `check`/`diff`: some claims were added, removed or changed.
const EXIT_DIFFERENT: u8 = 1;
/// Usage or fatal error; for `check`, also an input that failed.
const EXIT_FATAL: u8 = 2;

fn main() -> ExitCode {
    // One line per problem: a panic in the extractor is reported by the
    // batch as that file's error, any other as one line below, never with
    // the default handler's extra lines.
    std::panic::set_hook(Box::new(|_| {}));
    std::panic::catch_unwind(run).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let first = message.lines().next().unwrap_or_default();
        eprintln!("claimscan: internal error ({first}); please report");
        ExitCode::from(EXIT_FATAL)
    })
}

fn run() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract(&args.into_config()),
        Command::Check(args) => check(&args.into_config().unwrap_or_else(|e| e.exit())),
        Command::Diff(args) => diff(&args.into_config().unwrap_or_else(|e| e.exit())),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("claimscan: {}", one_line(&e.to_string()));
            ExitCode::from(EXIT_FATAL)
        }
    }
}

fn report(event: Event) {
    match event {
        Event::Warning(w) => eprintln!("claimscan: warning: {}", one_line(&w)),
        Event::Failed(e) => eprintln!("claimscan: {}", one_line(&e.to_string())),
    }
}

/// A message on one line: control characters (a newline in a file name)
/// are written as escapes, so a name cannot fake more lines.
fn one_line(message: &str) -> String {
    if !message.contains(char::is_control) {
        return message.to_string();
    }
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

/// The sources of a run (this shard only), with the number of inputs that
/// could not be used (each already reported).
fn sources(config: &Config) -> Result<(Vec<Source>, usize), FatalError> {
    let (mut sources, errors) = input::discover(&config.inputs, &config.stdin_name);
    let failures = errors.len();
    errors.into_iter().for_each(|e| report(Event::Failed(e)));
    if sources.is_empty() {
        let shown: Vec<_> = config.inputs.iter().map(|p| p.to_string_lossy()).collect();
        return Err(FatalError::NoInputs(shown.join(", ")));
    }
    // An empty shard is fine: its ledger has a header and no rows.
    if let Some(shard) = config.shard {
        sources.retain(|s| shard.contains(&s.name()));
    }
    Ok((sources, failures))
}

fn extract(config: &Config) -> anyhow::Result<u8> {
    let started = Instant::now();
    let (sources, discovery_failures) = sources(config)?;
    let (summary, target) = match &config.output {
        Output::Stdout => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            let written = batch::run_format(
                config.format,
                config.max_file_size,
                &sources,
                config.threads,
                config.progress,
                &mut out,
                report,
            )?;
            match written {
                Ok(summary) => (summary, "stdout".to_string()),
                // A closed pipe (`| head`) ends the run quietly.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(EXIT_OK),
                Err(source) => {
                    return Err(FatalError::Ledger {
                        path: "-".into(),
                        source,
                    }
                    .into());
                }
            }
        }
        Output::File(path) => {
            let shown = path.to_string_lossy().into_owned();
            let fail = |source| FatalError::Ledger {
                path: shown.clone(),
                source,
            };
            let mut ledger = LedgerFile::create(path).map_err(fail)?;
            let summary = batch::run_format(
                config.format,
                config.max_file_size,
                &sources,
                config.threads,
                config.progress,
                &mut ledger,
                report,
            )?
            .map_err(fail)?;
            ledger.commit(path).map_err(fail)?;
            (summary, shown)
        }
    };
    let failed = summary.failed + discovery_failures;
    if !config.quiet {
        print_summary(&summary, failed, started, &target);
    }
    Ok(if failed > 0 {
        EXIT_SOME_FAILED
    } else {
        EXIT_OK
    })
}

fn print_summary(summary: &Summary, failed: usize, started: Instant, target: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(
        err,
        "claimscan: {} files, {} claims, {} failed, {:.2}s -> {}",
        summary.files - summary.failed,
        summary.claims,
        failed,
        started.elapsed().as_secs_f64(),
        target
    );
}

fn check(config: &CheckConfig) -> anyhow::Result<u8> {
    let mut expected = read_ledger(&config.expected)?;
    let extract = &config.extract;
    let (sources, discovery_failures) = sources(extract)?;
    let mut csv = Vec::new();
    let summary = batch::run_format(
        claimscan::ledger::Format::Csv,
        extract.max_file_size,
        &sources,
        extract.threads,
        extract.progress,
        &mut csv,
        report,
    )?
    .map_err(|source| FatalError::Ledger {
        path: "(memory)".into(),
        source,
    })?;
    let current = check::parse("(extraction)", &String::from_utf8_lossy(&csv))?;
    if let Some(shard) = extract.shard {
        expected.retain(|row| shard.contains(row.file()));
    }
    let report = compare(&expected, &current, &config.compare)?;
    Ok(if summary.failed + discovery_failures > 0 {
        EXIT_FATAL
    } else if report.is_clean() {
        EXIT_OK
    } else {
        EXIT_DIFFERENT
    })
}

fn diff(config: &DiffConfig) -> anyhow::Result<u8> {
    let old = read_ledger(&config.old)?;
    let new = read_ledger(&config.new)?;
    let report = compare(&old, &new, &config.compare)?;
    Ok(if report.is_clean() {
        EXIT_OK
    } else {
        EXIT_DIFFERENT
    })
}

fn read_ledger(path: &Path) -> anyhow::Result<Vec<Row>> {
    let source = if path.as_os_str() == "-" {
        Source::Stdin { name: "-".into() }
    } else {
        Source::File(path.to_path_buf())
    };
    // A ledger may be far larger than a report: no size limit.
    let doc = input::read_limited(&source, u64::MAX)?;
    doc.warnings
        .into_iter()
        .for_each(|w| report(Event::Warning(w)));
    Ok(check::parse(&doc.name, &doc.text)?)
}

/// Compares and writes the report to stdout.
fn compare(expected: &[Row], current: &[Row], config: &CompareConfig) -> anyhow::Result<Report> {
    let report = check::compare(
        expected,
        current,
        &Options::ignoring(&config.ignore_columns),
    );
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = match config.format {
        ReportFormat::Text => report.write_text(&mut out),
        ReportFormat::Json => report.write_json(&mut out),
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
