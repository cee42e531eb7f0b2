//! The claimscan binary: parses arguments, runs a workflow of the library
//! (`claimscan::app`), prints per-file messages as `claimscan: PATH:
//! problem` on stderr, and maps the outcome to the exit code (see
//! `claimscan --help`). Standard output carries data only: the ledger with
//! `-o -` (the page of `view`), the reports of `check`, `diff`, `explain`
//! `stats` and `text`.

use std::io;
use std::process::ExitCode;

use clap::Parser;

use claimscan::app::{self, ExtractRun, Outcome};
use claimscan::batch::Event;
use claimscan::cli::{self, Cli, Command};

fn main() -> ExitCode {
    app::catch_panics(run).unwrap_or_else(|first| {
        eprintln!("claimscan: internal error ({first}); please report");
        ExitCode::from(app::EXIT_FATAL)
    })
}

fn run() -> ExitCode {
    let cli = Cli::parse();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let outcome = match cli.command {
        Command::Extract(args) => {
            let config = args.into_config().unwrap_or_else(|e| e.exit());
            app::extract(&config, &mut out, report).map(|run| summarize(&run, config.quiet))
        }
        Command::Check(args) => {
            let config = args.into_config().unwrap_or_else(|e| e.exit());
            app::check(&config, &mut out, report).inspect(|outcome| {
                if *outcome == Outcome::Updated {
                    eprintln!("claimscan: {}: updated", config.expected.display());
                }
            })
        }
        Command::Diff(args) => app::diff(
            &args.into_config().unwrap_or_else(|e| e.exit()),
            &mut out,
            report,
        ),
        Command::Text(args) => app::text(&args, &mut out, report),
        Command::Verify(args) => app::verify(&args.into_config(), &mut out, report),
        Command::Explain(args) => app::explain(&args.into_config(), &mut out, report),
        Command::Stats(args) => app::stats(&args.ledger, args.format, &mut out, report),
        Command::Completions(args) => app::write_generated(&mut out, &cli::completions(args.shell)),
        Command::Man(args) => {
            app::write_generated(&mut out, &cli::man_page(args.subcommand.as_deref()))
        }
        Command::View(args) => {
            let config = args.into_config();
            app::view(&config, &mut out, report).map(|run| summarize(&run, config.quiet))
        }
    };
    match outcome {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) => {
            eprintln!("claimscan: {}", app::one_line(&e.to_string()));
            ExitCode::from(app::EXIT_FATAL)
        }
    }
}

fn report(event: Event) {
    match event {
        Event::Warning(w) => eprintln!("claimscan: warning: {}", app::one_line(&w)),
        Event::Failed(e) => eprintln!("claimscan: {}", app::one_line(&e.to_string())),
    }
}

/// Prints the summary line of a run that wrote something, unless quiet.
fn summarize(run: &ExtractRun, quiet: bool) -> Outcome {
    if !quiet && !run.pipe_closed {
        eprintln!("claimscan: {}", run.summary_line());
    }
    run.outcome()
}
