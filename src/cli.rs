//! Command-line arguments (clap derive) and their validation into a
//! [`Config`]. The only module that knows about clap.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub const EXIT_CODES: &str = "\
Exit codes:
  0  every input was processed
  1  the ledger was written, but some inputs failed (each is named on stderr)
  2  usage error or fatal error (no inputs, unwritable ledger)";

/// Extracts every numeric claim from policy reports into a CSV ledger.
#[derive(Debug, Parser)]
#[command(name = "claimscan", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims from files and folders into a ledger.
    #[command(after_help = EXIT_CODES)]
    Extract(ExtractArgs),
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders (walked for .txt and .md files); `-` reads stdin.
    /// Default: input/
    pub paths: Vec<PathBuf>,
    /// Where to write the ledger; `-` writes to stdout.
    #[arg(short = 'o', long, default_value = "output/claims.csv")]
    pub output: PathBuf,
    /// Worker threads (default: all cores). The output never depends on it.
    #[arg(short = 'j', long = "threads", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// The name written in the `file` column for stdin.
    #[arg(long, default_value = "-")]
    pub stdin_name: String,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Where the ledger goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    File(PathBuf),
    Stdout,
}

/// A validated `extract` run.
#[derive(Debug, Clone)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub output: Output,
    pub threads: usize,
    pub quiet: bool,
    pub progress: bool,
    pub stdin_name: String,
}

impl ExtractArgs {
    pub fn into_config(self) -> Config {
        let inputs = if self.paths.is_empty() {
            vec![PathBuf::from("input")]
        } else {
            self.paths
        };
        let output = if self.output.as_os_str() == "-" {
            Output::Stdout
        } else {
            Output::File(self.output)
        };
        let threads = self.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        );
        Config {
            inputs,
            output,
            threads,
            quiet: self.quiet,
            progress: !self.quiet && std::io::stderr().is_terminal(),
            stdin_name: self.stdin_name,
        }
    }
}
