//! claimscan reads policy reports and writes a ledger of every numeric
//! claim in them.
//!
//! The pipeline: [`input`] finds and decodes the files; [`batch`] runs
//! [`extract`] over them in parallel, keeping input order; [`extract`]
//! turns a text into sentences and claims (pure, no I/O); [`ledger`]
//! renders claims as CSV rows and writes the ledger atomically. [`cli`]
//! turns arguments into a [`cli::Config`]; [`error`] holds the error types.
//! Around the pipeline: [`shard`] picks one of N deterministic shards of
//! the inputs; [`check`] compares two ledgers claim by claim; [`stats`]
//! counts a ledger's claims per file and kind; [`explain`] shows what
//! became of every number of a text; [`view`] writes one HTML page showing
//! each report with its claims marked; [`app`] holds the workflow of each
//! subcommand, which the binary only wires.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod app;
pub mod batch;
pub mod check;
pub mod cli;
pub mod error;
pub mod explain;
pub mod extract;
pub mod input;
pub mod ledger;
pub mod shard;
pub mod stats;
pub mod verify;
pub mod view;
