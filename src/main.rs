//! The claimscan binary: parses arguments, runs the library, prints
//! messages as `claimscan: PATH: problem` on stderr, and maps the outcome
//! to the exit code (see `claimscan --help`).

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

use claimscan::batch::{self, Event, Summary};
use claimscan::cli::{Cli, Command, Config, Output};
use claimscan::error::FatalError;
use claimscan::input;
use claimscan::ledger::LedgerFile;

const EXIT_OK: u8 = 0;
const EXIT_SOME_FAILED: u8 = 1;
const EXIT_FATAL: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract(&args.into_config()),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("claimscan: {e}");
            ExitCode::from(EXIT_FATAL)
        }
    }
}

fn report(event: Event) {
    match event {
        Event::Warning(w) => eprintln!("claimscan: warning: {w}"),
        Event::Failed(e) => eprintln!("claimscan: {e}"),
    }
}

fn extract(config: &Config) -> Result<u8, FatalError> {
    let started = Instant::now();
    let (sources, errors) = input::discover(&config.inputs, &config.stdin_name);
    let discovery_failures = errors.len();
    errors.into_iter().for_each(|e| report(Event::Failed(e)));
    if sources.is_empty() {
        let shown: Vec<_> = config.inputs.iter().map(|p| p.to_string_lossy()).collect();
        return Err(FatalError::NoInputs(shown.join(", ")));
    }
    let (summary, target) = match &config.output {
        Output::Stdout => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            let written = batch::run(&sources, config.threads, config.progress, &mut out, report)?;
            match written {
                Ok(summary) => (summary, "stdout".to_string()),
                // A closed pipe (`| head`) ends the run quietly.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(EXIT_OK),
                Err(source) => {
                    return Err(FatalError::Ledger {
                        path: "-".into(),
                        source,
                    });
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
            let summary = batch::run(
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
