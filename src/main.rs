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
use claimscan::cli::{self, Cli, Command};

/// Usage or fatal error; for `check`, also an input that failed.
const EXIT_FATAL: u8 = 2;

fn exit_code(outcome: &Outcome) -> u8 {
    match outcome {
        Outcome::Clean | Outcome::Updated => 0,
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
            let config = args.into_config().unwrap_or_else(|e| e.exit());
            app::extract(&config, &mut out, report).map(|run| {
                if !config.quiet && !run.pipe_closed {
                    print_summary(&run);
                }
                run.outcome()
            })
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
        Command::Explain(args) => app::explain(&args.into_config(), &mut out, report),
        Command::Stats(args) => app::stats(&args.ledger, args.format, &mut out, report),
        Command::Completions(args) => print_data(&mut out, &cli::completions(args.shell)),
        Command::Man(args) => print_data(&mut out, &cli::man_page(args.subcommand.as_deref())),
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

/// Writes generated text (completions, a manual page) to stdout; a
/// closed pipe ends it quietly.
fn print_data(out: &mut impl Write, data: &[u8]) -> anyhow::Result<Outcome> {
    match out.write_all(data).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("-: cannot write to standard output: {e}"))
        }
        _ => Ok(Outcome::Clean),
    }
}

fn report(event: Event) {
    match event {
        Event::Warning(w) => eprintln!("claimscan: warning: {w}"),
        Event::Failed(e) => eprintln!("claimscan: {e}"),
    }
}

fn print_summary(run: &ExtractRun) {
    let read = run.summary.files - run.summary.failed;
    let plural = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    let _ = writeln!(
        io::stderr().lock(),
        "claimscan: {read} {} read, {} failed, {} {}, {:.2}s -> {}",
        plural(read, "file", "files"),
        run.failed,
        run.summary.claims,
        plural(run.summary.claims, "claim", "claims"),
        run.elapsed.as_secs_f64(),
        run.target
    );
}
