//! The claimscan binary: parses arguments, runs a workflow of the library
//! (`claimscan::app`), prints per-file messages as `claimscan: PATH:
//! problem` on stderr, and maps the outcome to the exit code (see
//! `claimscan --help`). Standard output carries data only: the ledger with
//! `-o -` (the page of `view`), the reports of `check`, `diff` and
//! `explain`.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use claimscan::app::{self, ExtractRun, Outcome};
use claimscan::batch::Event;
use claimscan::cli::{Cli, Command};

/// Usage or fatal error; for `check`, also an input that failed.
const EXIT_FATAL: u8 = 2;

fn exit_code(outcome: &Outcome) -> u8 {
    match outcome {
        Outcome::Clean => 0,
        // `extract`: ledger written, some inputs failed; `check`/`diff`:
        // differences found.
        Outcome::SomeInputsFailed | Outcome::Different => 1,
        Outcome::CheckIncomplete => EXIT_FATAL,
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let outcome = match cli.command {
        Command::Extract(args) => {
            let config = args.into_config();
            app::extract(&config, &mut out, report).map(|run| {
                if !config.quiet && !run.pipe_closed {
                    print_summary(&run);
                }
                run.outcome()
            })
        }
        Command::Check(args) => app::check(
            &args.into_config().unwrap_or_else(|e| e.exit()),
            &mut out,
            report,
        ),
        Command::Diff(args) => app::diff(
            &args.into_config().unwrap_or_else(|e| e.exit()),
            &mut out,
            report,
        ),
        Command::Explain(args) => app::explain(&args.into_config(), &mut out, report),
        Command::View(args) => {
            let config = args.into_config();
            app::view(&config, &mut out, report).map(|run| {
                if !config.quiet && !run.pipe_closed {
                    print_summary(&run);
                }
                run.outcome()
            })
        }
    };
    match outcome {
        Ok(outcome) => ExitCode::from(exit_code(&outcome)),
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

fn print_summary(run: &ExtractRun) {
    let _ = writeln!(
        io::stderr().lock(),
        "claimscan: {} files, {} claims, {} failed, {:.2}s -> {}",
        run.summary.files - run.summary.failed,
        run.summary.claims,
        run.failed,
        run.elapsed.as_secs_f64(),
        run.target
    );
}
