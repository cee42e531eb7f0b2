//! Language packs: per-language tables (and the few rules only one
//! language needs) over the language-free claim types of `extract`.
//! `language` decides which passages each pack reads.

pub mod en;
pub mod zh;
