//! Command-line arguments (clap derive) and their validation into the
//! configs of the subcommands ([`Config`], [`CheckConfig`],
//! [`DiffConfig`]). The only module that knows about clap.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::error::ErrorKind;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::check::COMPARED_COLUMNS;
use crate::ledger::Format;
use crate::shard::Shard;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  every input was processed
  1  the ledger was written, but some inputs failed (each is named on stderr)
  2  usage error or fatal error (no inputs, unwritable ledger)";

pub const CHECK_EXIT_CODES: &str = "\
Compared columns: text, kind, value, value_max, unit, norm_value, norm_unit,
qualifier, trend, subject, sentence (numbers by value: 97.3 = 97.30).
claim_id, line, sentence_index, start and end change whenever text moves:
they only locate claims and are never compared. Claims are matched by file,
then by span, then by text and sentence where offsets moved.

Exit codes:
  0  no differences
  1  some claims were added, removed or changed (the report says which)
  2  usage error or fatal error (unreadable ledger, an input that failed)";

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
    /// Extract claims and compare them with an expected ledger.
    #[command(after_help = CHECK_EXIT_CODES)]
    Check(CheckArgs),
    /// Compare two ledgers (no extraction).
    #[command(after_help = CHECK_EXIT_CODES)]
    Diff(DiffArgs),
}

/// What to read and how: shared by `extract` and `check`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders (walked for .txt and .md files); `-` reads stdin.
    /// Default: input/
    pub paths: Vec<PathBuf>,
    /// Worker threads, 1 to 256 (default: all cores). The output never
    /// depends on it.
    #[arg(short = 'j', long = "threads", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub threads: Option<u16>,
    /// The name written in the `file` column for stdin.
    #[arg(long, default_value = "-")]
    pub stdin_name: String,
    /// Process only shard K of N: the files whose path (as written in the
    /// `file` column) hashes to K-1 modulo N (FNV-1a). Shards 1/N..N/N
    /// together hold every file exactly once.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
    /// Skip (and name) input files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_size: u64,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Where to write the ledger; `-` writes to stdout.
    /// Default: output/claims.csv (output/claims.jsonl with --format jsonl)
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// csv: the ledger contract; jsonl: one JSON object per claim, same
    /// fields, numbers as JSON numbers, empty value_max as null.
    #[arg(long, value_enum, default_value_t = LedgerFormat::Csv)]
    pub format: LedgerFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LedgerFormat {
    Csv,
    Jsonl,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The ledger the extraction should reproduce (`-` reads stdin).
    #[arg(long, value_name = "LEDGER.csv")]
    pub expected: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub compare: CompareArgs,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old ledger (`-` reads stdin).
    pub old: PathBuf,
    /// The new ledger (`-` reads stdin).
    pub new: PathBuf,
    #[command(flatten)]
    pub compare: CompareArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Columns not to compare, comma-separated (e.g. subject,sentence).
    #[arg(
        long,
        value_name = "COLUMNS",
        value_delimiter = ',',
        value_parser = PossibleValuesParser::new(COMPARED_COLUMNS)
    )]
    pub ignore_columns: Vec<String>,
    /// text: a report for people; json: one JSON document.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

/// Where the ledger goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    File(PathBuf),
    Stdout,
}

/// A validated `extract` run (and the extraction half of `check`).
#[derive(Debug, Clone)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub output: Output,
    pub format: Format,
    pub threads: usize,
    pub quiet: bool,
    pub progress: bool,
    pub stdin_name: String,
    pub shard: Option<Shard>,
    pub max_file_size: u64,
}

/// A validated `check` run.
#[derive(Debug, Clone)]
pub struct CheckConfig {
    pub expected: PathBuf,
    pub extract: Config,
    pub compare: CompareConfig,
}

/// A validated `diff` run.
#[derive(Debug, Clone)]
pub struct DiffConfig {
    pub old: PathBuf,
    pub new: PathBuf,
    pub compare: CompareConfig,
}

#[derive(Debug, Clone)]
pub struct CompareConfig {
    pub ignore_columns: Vec<String>,
    pub format: ReportFormat,
}

fn is_stdin(path: &std::path::Path) -> bool {
    path.as_os_str() == "-"
}

fn stdin_twice() -> clap::Error {
    clap::Error::raw(
        ErrorKind::ArgumentConflict,
        "standard input (`-`) can be read only once per run\n",
    )
}

impl InputArgs {
    fn into_config(self, output: Output, format: Format) -> Config {
        let inputs = if self.paths.is_empty() {
            vec![PathBuf::from("input")]
        } else {
            self.paths
        };
        let threads = self.threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        );
        Config {
            inputs,
            output,
            format,
            threads,
            quiet: self.quiet,
            progress: !self.quiet && std::io::stderr().is_terminal(),
            stdin_name: self.stdin_name,
            shard: self.shard,
            max_file_size: self.max_file_size,
        }
    }
}

impl ExtractArgs {
    pub fn into_config(self) -> Config {
        let format = match self.format {
            LedgerFormat::Csv => Format::Csv,
            LedgerFormat::Jsonl => Format::Jsonl,
        };
        let output = match self.output {
            Some(path) if is_stdin(&path) => Output::Stdout,
            Some(path) => Output::File(path),
            None => Output::File(PathBuf::from(match format {
                Format::Csv => "output/claims.csv",
                Format::Jsonl => "output/claims.jsonl",
            })),
        };
        self.input.into_config(output, format)
    }
}

impl CompareArgs {
    fn into_config(self) -> CompareConfig {
        CompareConfig {
            ignore_columns: self.ignore_columns,
            format: self.format,
        }
    }
}

impl CheckArgs {
    pub fn into_config(self) -> Result<CheckConfig, clap::Error> {
        if is_stdin(&self.expected) && self.input.paths.iter().any(|p| is_stdin(p)) {
            return Err(stdin_twice());
        }
        Ok(CheckConfig {
            expected: self.expected,
            // The extraction is compared in memory; it is never written.
            extract: self.input.into_config(Output::Stdout, Format::Csv),
            compare: self.compare.into_config(),
        })
    }
}

impl DiffArgs {
    pub fn into_config(self) -> Result<DiffConfig, clap::Error> {
        if is_stdin(&self.old) && is_stdin(&self.new) {
            return Err(stdin_twice());
        }
        Ok(DiffConfig {
            old: self.old,
            new: self.new,
            compare: self.compare.into_config(),
        })
    }
}
