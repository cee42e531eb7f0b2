//! Command-line arguments (clap derive) and their validation into the
//! configs of the subcommands ([`Config`], [`CheckConfig`],
//! [`DiffConfig`], [`ViewConfig`]). The only module that knows about clap.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::builder::PossibleValuesParser;
use clap::error::ErrorKind;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::batch;
use crate::check::COMPARED_COLUMNS;
use crate::extract::Kind;
use crate::extract::units::ALL_KINDS;
use crate::input::{EXTENSIONS, WalkOptions, encoding_from_label};
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
    /// Show every number of each file with what became of it: the claim it
    /// became, or the rule that left it out and why.
    #[command(after_help = EXPLAIN_EXIT_CODES)]
    Explain(ExplainArgs),
    /// Write one HTML page showing each report with its claims marked.
    #[command(after_help = VIEW_HELP)]
    View(ViewArgs),
    /// Count a ledger's claims per file and kind.
    Stats(StatsArgs),
    /// Print a shell completion script (e.g. `claimscan completions bash
    /// > /etc/bash_completion.d/claimscan`).
    Completions(CompletionsArgs),
    /// Print a manual page in roff (`claimscan man > claimscan.1`,
    /// `claimscan man extract > claimscan-extract.1`).
    Man(ManArgs),
    /// Print the text that claim offsets refer to (what the extractor
    /// sees): a PDF's pages are marked by a line `--- page N ---` (in the
    /// text itself, a form feed); offsets count the form feed, not the mark.
    Text(TextArgs),
    /// Check claims against each other: restatements in another unit,
    /// changes between levels, totals and parts, translations (--pair),
    /// targets against the next year's outcomes (--series).
    #[command(after_help = VERIFY_HELP)]
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The subcommand whose page to print (default: the overview).
    #[arg(value_parser = [
        "extract", "check", "diff", "explain", "view", "stats", "text", "verify", "completions",
    ])]
    pub subcommand: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The ledger (.csv or .jsonl; `-` reads stdin).
    pub ledger: PathBuf,
    /// text: an aligned table with a total row; csv: one row per file.
    #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Text,
    Csv,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// The completion script of `shell`, generated from the clap definition
/// so it never falls behind the options.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut command = <Cli as clap::CommandFactory>::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "claimscan", &mut script);
    script
}

/// A manual page (roff), generated from the clap definition: the
/// overview, or the page of one subcommand (`claimscan-extract(1)`).
pub fn man_page(subcommand: Option<&str>) -> Vec<u8> {
    let mut command = <Cli as clap::CommandFactory>::command();
    command.build();
    let page = match subcommand.and_then(|name| command.find_subcommand(name)) {
        Some(sub) => {
            let name = format!("claimscan-{}", sub.get_name());
            let bin_name = format!("claimscan {}", sub.get_name());
            sub.clone().display_name(name).bin_name(bin_name)
        }
        None => command,
    };
    let mut out = Vec::new();
    // Rendering into a Vec cannot fail.
    let _ = clap_mangen::Man::new(page).render(&mut out);
    out
}

pub const EXPLAIN_EXIT_CODES: &str = "\
Exit codes:
  0  every file was explained
  1  some files could not be read (each is named on stderr)
  2  usage error or fatal error";

/// Arguments of `explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Text files to explain; `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// What `explain` reads.
#[derive(Debug, Clone)]
pub struct ExplainConfig {
    pub inputs: Vec<PathBuf>,
}

impl ExplainArgs {
    pub fn into_config(self) -> ExplainConfig {
        ExplainConfig { inputs: self.paths }
    }
}

pub const VIEW_HELP: &str = "\
The page is self-contained (inline style and script, nothing fetched) and
opens from disk. Several reports make one page with a report picker.

Exit codes:
  0  every input was processed
  1  the page was written, but some inputs failed (each is named on stderr)
  2  usage error or fatal error (no inputs, unwritable page)";

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Files or folders (walked for .txt, .md, .pdf, .html, .htm and .docx
    /// files); `-` reads stdin.
    /// Default: input/
    pub paths: Vec<PathBuf>,
    /// Where to write the page; `-` writes to stdout.
    #[arg(short = 'o', long, default_value = "output/claims.html")]
    pub output: PathBuf,
    /// The name shown for stdin.
    #[arg(long, default_value = "-")]
    pub stdin_name: String,
    /// No summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

/// A validated `view` run.
#[derive(Debug, Clone)]
pub struct ViewConfig {
    pub inputs: Vec<PathBuf>,
    pub output: Output,
    pub stdin_name: String,
    pub quiet: bool,
}

impl ViewArgs {
    pub fn into_config(self) -> ViewConfig {
        let inputs = if self.paths.is_empty() {
            vec![PathBuf::from("input")]
        } else {
            self.paths
        };
        let output = if is_stdin(&self.output) {
            Output::Stdout
        } else {
            Output::File(self.output)
        };
        ViewConfig {
            inputs,
            output,
            stdin_name: self.stdin_name,
            quiet: self.quiet,
        }
    }
}

/// The file whose extracted text `text` prints.
#[derive(Debug, Args)]
pub struct TextArgs {
    /// A .txt, .md, .pdf, .html or .docx file; `-` reads stdin.
    pub path: PathBuf,
    /// Print the text exactly, form feeds and all, without page marks.
    #[arg(long)]
    pub raw: bool,
}

/// What to read and how: shared by `extract` and `check`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders (walked for .txt, .md, .pdf, .html, .htm and .docx
    /// files, skipping hidden and .gitignored paths); `-` reads stdin.
    /// Default: input/
    pub paths: Vec<PathBuf>,
    /// Worker threads, up to 256; 0 or none: all cores. The output never
    /// depends on it.
    #[arg(short = 'j', long = "threads", value_parser = clap::value_parser!(u16).range(0..=256))]
    pub threads: Option<u16>,
    /// Walk hidden files and folders too (names starting with `.`).
    #[arg(long)]
    pub hidden: bool,
    /// Read paths that .gitignore, .ignore or .claimscanignore files
    /// ignore too.
    #[arg(long)]
    pub no_ignore: bool,
    /// Read only walked files matching GLOB (relative to the folder given);
    /// `!GLOB` skips what matches. Repeatable.
    #[arg(short = 'g', long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// Read only walked files of these types (extensions), comma-separated.
    #[arg(
        short = 't',
        long = "type",
        value_name = "TYPES",
        value_delimiter = ',',
        value_parser = PossibleValuesParser::new(EXTENSIONS)
    )]
    pub types: Vec<String>,
    /// Keep only claims of these kinds, comma-separated (e.g. percent,money).
    #[arg(
        long,
        value_name = "KINDS",
        value_delimiter = ',',
        value_parser = PossibleValuesParser::new(ALL_KINDS.map(Kind::as_str))
    )]
    pub kinds: Vec<String>,
    /// Decode every input as ENCODING (utf-8, gbk, gb18030, big5,
    /// shift_jis, windows-1252 …) instead of detecting it.
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,
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
    /// Test knob: read a document longer than BYTES in parts of about
    /// BYTES, in parallel (the ledger is the same whatever the size).
    #[arg(long, value_name = "BYTES", default_value_t = crate::batch::PART_BYTES, hide = true)]
    pub part_bytes: usize,
    /// Test knob: read a large plain-text file in pieces of BYTES (the
    /// ledger is the same whatever the size).
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::large::PIECE_BYTES, hide = true)]
    pub piece_bytes: usize,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Where to write the ledger; `-` writes to stdout. The extension
    /// (.csv, .jsonl, .xlsx) picks the format.
    /// Default: output/claims.csv (.jsonl, .xlsx with --format)
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// csv: the ledger contract; jsonl: one JSON object per claim, same
    /// fields, numbers as JSON numbers, empty value_max as null; xlsx: an
    /// Excel workbook with number cells, a frozen header and a filter.
    /// Default: from the extension of -o, else csv.
    #[arg(long, value_enum)]
    pub format: Option<LedgerFormat>,
    /// Start a CSV ledger with a UTF-8 byte order mark, so that Excel on
    /// Windows reads its non-ASCII text right.
    #[arg(long)]
    pub bom: bool,
    /// files: PATHS are reports (default); jsonl: the one PATH (`-` for
    /// stdin) is a stream of {"file": ..., "text": ...} records, one per
    /// line, whose rows are written in stream order as they come.
    #[arg(long, value_enum, default_value_t = InputFormat::Files)]
    pub input_format: InputFormat,
}

/// What the `PATHS` of `extract` are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum InputFormat {
    /// Reports, and folders of reports.
    #[default]
    Files,
    /// One JSON Lines stream of `{"file", "text"}` records.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LedgerFormat {
    Csv,
    Jsonl,
    Xlsx,
}

impl LedgerFormat {
    fn format(self) -> Format {
        match self {
            LedgerFormat::Csv => Format::Csv,
            LedgerFormat::Jsonl => Format::Jsonl,
            LedgerFormat::Xlsx => Format::Xlsx,
        }
    }
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
    /// Accept the extraction: rewrite the expected ledger with it (in its
    /// format, .csv or .jsonl) after reporting the differences; exit 0.
    #[arg(long)]
    pub update: bool,
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
    /// text: a report for people; json: one JSON document; github:
    /// annotations for GitHub Actions (`::error file=…,line=…::…`).
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
    Github,
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
    /// A UTF-8 byte order mark before a CSV ledger.
    pub bom: bool,
    /// How folders are walked.
    pub walk: WalkOptions,
    /// The kinds of claims kept and the encoding forced, if any.
    pub options: batch::Options,
    pub threads: usize,
    pub quiet: bool,
    pub progress: bool,
    pub stdin_name: String,
    pub shard: Option<Shard>,
    /// The inputs are reports, or one stream of records.
    pub input_format: InputFormat,
}

/// A validated `check` run.
#[derive(Debug, Clone)]
pub struct CheckConfig {
    pub expected: PathBuf,
    /// Rewrite the expected ledger with the extraction.
    pub update: bool,
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
    /// Mark sentence edits in colour: stdout is a terminal and NO_COLOR
    /// is not set (no-color.org).
    pub color: bool,
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
    fn into_config(self, output: Output, format: Format) -> Result<Config, clap::Error> {
        let inputs = if self.paths.is_empty() {
            vec![PathBuf::from("input")]
        } else {
            self.paths
        };
        let threads = match self.threads {
            None | Some(0) => std::thread::available_parallelism().map_or(1, |n| n.get()),
            Some(n) => usize::from(n),
        };
        let walk = WalkOptions {
            hidden: self.hidden,
            no_ignore: self.no_ignore,
            globs: self.globs,
            types: self.types,
        };
        walk.validate()
            .map_err(|message| clap::Error::raw(ErrorKind::ValueValidation, message + "\n"))?;
        let kinds = self.kinds.iter().filter_map(|k| Kind::parse(k)).collect();
        let encoding = match self.encoding.as_deref().map(encoding_from_label) {
            Some(Err(message)) => {
                return Err(clap::Error::raw(ErrorKind::ValueValidation, message + "\n"));
            }
            Some(Ok(encoding)) => Some(encoding),
            None => None,
        };
        Ok(Config {
            inputs,
            output,
            format,
            bom: false,
            walk,
            options: batch::Options {
                kinds,
                encoding,
                max_file_bytes: self.max_file_size,
                part_bytes: self.part_bytes.max(1),
                piece_bytes: self.piece_bytes.max(1),
            },
            threads,
            quiet: self.quiet,
            progress: !self.quiet && std::io::stderr().is_terminal(),
            stdin_name: self.stdin_name,
            shard: self.shard,
            input_format: InputFormat::Files,
        })
    }
}

impl ExtractArgs {
    pub fn into_config(self) -> Result<Config, clap::Error> {
        let named = self.output.as_deref().and_then(Format::from_extension);
        let format = match (self.format.map(LedgerFormat::format), named) {
            (Some(asked), Some(named)) if asked != named => {
                return Err(clap::Error::raw(
                    ErrorKind::ArgumentConflict,
                    format!(
                        "--format {} conflicts with the extension of -o {} (a {} ledger); \
                         change one of them\n",
                        asked.as_str(),
                        self.output
                            .as_deref()
                            .map(Path::display)
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                        named.as_str()
                    ),
                ));
            }
            (Some(format), _) | (None, Some(format)) => format,
            (None, None) => Format::Csv,
        };
        let output = match self.output {
            Some(path) if is_stdin(&path) => Output::Stdout,
            Some(path) => Output::File(path),
            None => Output::File(PathBuf::from(format!("output/claims.{}", format.as_str()))),
        };
        if self.input_format == InputFormat::Jsonl
            && (self.input.paths.len() != 1 || self.input.shard.is_some())
        {
            return Err(clap::Error::raw(
                ErrorKind::ArgumentConflict,
                "--input-format jsonl reads one stream: give exactly one PATH \
                 (`-` for standard input), and no --shard\n",
            ));
        }
        let mut config = self.input.into_config(output, format)?;
        config.bom = self.bom;
        config.input_format = self.input_format;
        Ok(config)
    }
}

impl CompareArgs {
    fn into_config(self) -> CompareConfig {
        CompareConfig {
            ignore_columns: self.ignore_columns,
            format: self.format,
            color: std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

impl CheckArgs {
    pub fn into_config(self) -> Result<CheckConfig, clap::Error> {
        if is_stdin(&self.expected) && self.input.paths.iter().any(|p| is_stdin(p)) {
            return Err(stdin_twice());
        }
        if self.update {
            let refuse = |why: &str| {
                clap::Error::raw(ErrorKind::ArgumentConflict, format!("--update {why}\n"))
            };
            if is_stdin(&self.expected) {
                return Err(refuse("needs a file as --expected, not `-`"));
            }
            if self.input.shard.is_some() {
                return Err(refuse(
                    "cannot be used with --shard: the ledger would keep one shard only",
                ));
            }
            if !self.input.kinds.is_empty() {
                return Err(refuse(
                    "cannot be used with --kinds: the ledger would lose the other kinds",
                ));
            }
            if Format::from_extension(&self.expected) == Some(Format::Xlsx) {
                return Err(refuse("writes .csv or .jsonl ledgers, not .xlsx"));
            }
        }
        let update = self.update;
        let format = Format::from_extension(&self.expected)
            .filter(|f| *f == Format::Jsonl)
            .unwrap_or(Format::Csv);
        Ok(CheckConfig {
            update,
            expected: self.expected,
            // The extraction is compared in memory; it is never written.
            extract: self.input.into_config(Output::Stdout, format)?,
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

pub const VERIFY_HELP: &str = "\
Each row of the checks ledger is one check: check_id, check (equivalent,
change, total, translation, target), verdict (consistent, inconsistent,
unverifiable), claim_ids (as `extract` writes them for the same files),
arithmetic, file, line, sentence, and other_file, other_line,
other_sentence for the translation's claim of a translation check (the
outcome's claim of a target check). A --series report's year is the first
four-digit year (1900-2099) in its file name.

Exit codes:
  0  every input was read (whatever the verdicts)
  1  the checks ledger was written, but some inputs failed
  2  usage error or fatal error (no inputs, unwritable ledger)";

/// What `verify` reads and where it writes.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Reports to check inside themselves (files or folders, walked as by
    /// `extract`).
    #[arg(required_unless_present_any = ["pair", "series"])]
    pub paths: Vec<PathBuf>,
    /// An original and its translation, whose claims are aligned.
    /// Repeatable.
    #[arg(long, num_args = 2, value_names = ["ORIGINAL", "TRANSLATION"])]
    pub pair: Vec<PathBuf>,
    /// Reports of one issuer over several years (the year is read from
    /// each file name): each year's targets against the next year's
    /// outcomes. Takes every report up to the next option.
    #[arg(long, num_args = 1.., value_name = "REPORT")]
    pub series: Vec<PathBuf>,
    /// Where to write the timeline of the --series indicators (CSV).
    #[arg(long, value_name = "PATH", requires = "series")]
    pub timeline: Option<PathBuf>,
    /// Where to write the checks ledger; `-` writes to stdout. A .jsonl
    /// extension writes JSON Lines. Default: output/checks.csv
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

/// The validated `verify` arguments.
#[derive(Debug, Clone)]
pub struct VerifyConfig {
    pub inputs: Vec<PathBuf>,
    pub pairs: Vec<(PathBuf, PathBuf)>,
    pub series: Vec<PathBuf>,
    pub timeline: Option<Output>,
    pub output: Output,
    pub jsonl: bool,
}

impl VerifyArgs {
    /// Clap has checked that there is something to read (paths, a pair or
    /// a series).
    pub fn into_config(self) -> VerifyConfig {
        let jsonl = self.output.as_deref().and_then(Format::from_extension) == Some(Format::Jsonl);
        let output = match self.output {
            Some(path) if is_stdin(&path) => Output::Stdout,
            Some(path) => Output::File(path),
            None => Output::File(PathBuf::from("output/checks.csv")),
        };
        let pairs = self
            .pair
            .chunks_exact(2)
            .map(|p| (p[0].clone(), p[1].clone()))
            .collect();
        let timeline = self.timeline.map(|path| {
            if is_stdin(&path) {
                Output::Stdout
            } else {
                Output::File(path)
            }
        });
        VerifyConfig {
            inputs: self.paths,
            pairs,
            series: self.series,
            timeline,
            output,
            jsonl,
        }
    }
}
