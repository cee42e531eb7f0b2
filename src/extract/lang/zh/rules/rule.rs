//! What a Chinese non-claim rule is: the [`Rule`] type that `registry`
//! lists. The same shape as the English rules of `extract::nonclaim`
//! (an id, what it rejects and why, an example), over the passage and the
//! item that `reader` read instead of a `Reading`.

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

/// One Chinese non-claim rule: a named test of an item, documented in
/// its own file and listed once in `registry::RULES`.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, kebab-case: its file's name (`class-of` is
    /// `class_of.rs`).
    pub id: &'static str,
    /// What it rejects and why, in one line.
    pub what: &'static str,
    /// A text with a number this rule rejects; a test of the registry
    /// runs it.
    pub example: &'static str,
    /// Whether the item is no claim.
    pub check: fn(&Passage, &Item) -> bool,
}
