//! Language packs: the tables and the few rules one language needs, over
//! the language-free claim types of `extract`. `language` decides which
//! passages each pack reads.

pub mod zh;
