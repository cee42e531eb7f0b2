//! The English language pack: the words and phrases the English stages
//! read, as tables. One concept, one table; the rules that use them live
//! in the stages.
//!
//! Layers, lowest first (each imports only those before it):
//!
//! 1. `calendar`: the month names and their abbreviations;
//! 2. `function_words`: modal verbs and relative pronouns;
//! 3. `qualifier`: the words that bound or approximate a number;
//! 4. `trend`: the rise and fall lemmas and the words that carry a trend;
//! 5. `pairs`: the words between two numbers that relate them;
//! 6. `vote`: the members a vote counts and the words of a tally.

pub mod calendar;
pub mod function_words;
pub mod pairs;
pub mod qualifier;
pub mod trend;
pub mod vote;
