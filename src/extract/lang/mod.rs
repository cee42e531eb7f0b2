//! Language packs: per-language tables (and the few rules only one
//! language needs) over the language-free stages.

pub mod en;
