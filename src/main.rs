//! The claimscan binary: parses arguments, runs the library, prints
//! messages as `claimscan: PATH: problem` on stderr, and maps the outcome
//! to the exit code (see `claimscan --help` and `claimscan check --help`).
//! Standard output carries data only: the ledger with `-o -`, the report
//! of `check` and `diff`. A closed pipe ends the output quietly.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use claimscan::batch::{self, Event, Summary};
use claimscan::check::{self, Options, Report, Row};
use claimscan::cli::{
    CheckConfig, Cli, Command, CompareConfig, Config, DiffConfig, Output, ReportFormat, StatsArgs,
    StatsFormat,
};
use claimscan::error::FatalError;
use claimscan::input::{self, Source};
use claimscan::ledger::{LedgerFile, Sink};
use claimscan::stats::Stats;

/// `extract`: every input processed. `check`/`diff`: no differences.
const EXIT_OK: u8 = 0;
/// `extract`: the ledger was written but some inputs failed.
const EXIT_SOME_FAILED: u8 = 1;
/// `check`/`diff`: some claims were added, removed or changed.
const EXIT_DIFFERENT: u8 = 1;
/// Usage or fatal error; for `check`, also an input that failed.
const EXIT_FATAL: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract(&args.into_config().unwrap_or_else(|e| e.exit())),
        Command::Check(args) => check(&args.into_config().unwrap_or_else(|e| e.exit())),
        Command::Diff(args) => diff(&args.into_config().unwrap_or_else(|e| e.exit())),
        Command::Stats(args) => stats(&args),
        Command::Completions(args) => print_data(&claimscan::cli::completions(args.shell)),
        Command::Man(args) => print_data(&claimscan::cli::man_page(args.subcommand.as_deref())),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("claimscan: {e}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

/// Writes generated text to stdout; a closed pipe ends it quietly.
fn print_data(data: &[u8]) -> anyhow::Result<u8> {
    let mut out = io::stdout().lock();
    match out.write_all(data).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("-: cannot write to standard output: {e}"))
        }
        _ => Ok(EXIT_OK),
    }
}

fn report(event: Event) {
    match event {
        Event::Warning(w) => eprintln!("claimscan: warning: {w}"),
        Event::Failed(e) => eprintln!("claimscan: {e}"),
    }
}

/// The sources of a run (this shard only), with the number of inputs that
/// could not be used (each already reported).
fn sources(config: &Config) -> Result<(Vec<Source>, usize), FatalError> {
    let ledger = match &config.output {
        Output::File(path) => Some(path.as_path()),
        Output::Stdout => None,
    };
    if let Some(input) = ledger.and_then(|path| input::named_among(path, &config.inputs)) {
        return Err(FatalError::OutputIsInput(input));
    }
    let (mut sources, errors) =
        input::discover(&config.inputs, &config.stdin_name, &config.walk, ledger);
    let failures = errors.len();
    errors.into_iter().for_each(|e| report(Event::Failed(e)));
    if sources.is_empty() {
        let shown: Vec<_> = config.inputs.iter().map(|p| p.to_string_lossy()).collect();
        return Err(FatalError::no_inputs(shown.join(", ")));
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
            let out = io::BufWriter::new(io::stdout().lock());
            let mut sink =
                Sink::new(config.format, config.bom, out).map_err(|source| FatalError::Ledger {
                    path: "-".into(),
                    source,
                })?;
            let written = batch::run_format(
                config.format,
                &config.options,
                &sources,
                config.threads,
                config.progress,
                &mut sink,
                report,
            )?
            .and_then(|summary| sink.finish().map(|_| summary));
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
            let ledger = LedgerFile::create(path).map_err(fail)?;
            let mut sink = Sink::new(config.format, config.bom, ledger).map_err(fail)?;
            let summary = batch::run_format(
                config.format,
                &config.options,
                &sources,
                config.threads,
                config.progress,
                &mut sink,
                report,
            )?
            .map_err(fail)?;
            sink.finish()
                .and_then(|ledger| ledger.commit(path))
                .map_err(fail)?;
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
    let read = summary.files - summary.failed;
    let _ = writeln!(
        err,
        "claimscan: {read} {} read, {failed} failed, {} {}, {:.2}s -> {target}",
        plural(read, "file", "files"),
        summary.claims,
        plural(summary.claims, "claim", "claims"),
        started.elapsed().as_secs_f64(),
    );
}

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn check(config: &CheckConfig) -> anyhow::Result<u8> {
    let mut expected = read_ledger(&config.expected)?;
    let extract = &config.extract;
    let (sources, discovery_failures) = sources(extract)?;
    let mut csv = Vec::new();
    let summary = batch::run_format(
        extract.format,
        &extract.options,
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
    let kinds = &extract.options.kinds;
    if !kinds.is_empty() {
        expected.retain(|row: &Row| kinds.iter().any(|k| row.get("kind") == Some(k.as_str())));
    }
    let report = compare(&expected, &current, &config.compare, extract.quiet)?;
    if config.update && summary.failed + discovery_failures == 0 && !report.is_clean() {
        let path = &config.expected;
        let fail = |source| FatalError::Ledger {
            path: path.to_string_lossy().into_owned(),
            source,
        };
        let mut ledger = LedgerFile::create(path).map_err(fail)?;
        ledger.write_all(&csv).map_err(fail)?;
        ledger.commit(path).map_err(fail)?;
        eprintln!("claimscan: {}: updated", path.display());
        return Ok(EXIT_OK);
    }
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
    let report = compare(&old, &new, &config.compare, false)?;
    Ok(if report.is_clean() {
        EXIT_OK
    } else {
        EXIT_DIFFERENT
    })
}

fn stats(args: &StatsArgs) -> anyhow::Result<u8> {
    let stats = Stats::of(&read_ledger(&args.ledger)?);
    let mut out = Vec::new();
    match args.format {
        StatsFormat::Text => stats.write_text(&mut out)?,
        StatsFormat::Csv => stats.write_csv(&mut out)?,
    }
    print_data(&out)
}

fn read_ledger(path: &Path) -> anyhow::Result<Vec<Row>> {
    let source = if path.as_os_str() == "-" {
        Source::Stdin { name: "-".into() }
    } else {
        Source::File(path.to_path_buf())
    };
    let doc = input::read(&source)?;
    doc.warnings
        .into_iter()
        .for_each(|w| report(Event::Warning(w)));
    Ok(check::parse(&doc.name, &doc.text)?)
}

/// Compares and writes the report to stdout.
/// `quiet` leaves out the text report's summary line.
fn compare(
    expected: &[Row],
    current: &[Row],
    config: &CompareConfig,
    quiet: bool,
) -> anyhow::Result<Report> {
    let report = check::compare(
        expected,
        current,
        &Options::ignoring(&config.ignore_columns),
    );
    // Colour on a terminal, unless NO_COLOR is set (no-color.org).
    let color =
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = match config.format {
        ReportFormat::Text if quiet => report.write_differences(&mut out, color),
        ReportFormat::Text => report.write_text(&mut out, color),
        ReportFormat::Json => report.write_json(&mut out),
        ReportFormat::Github => report.write_github(&mut out),
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
