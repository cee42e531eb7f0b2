//! Checks that claims make of each other: the engine behind `claimscan
//! verify`. Pure over [`Extraction`]s: no files, threads or clock.
//!
//! Each check is a named unit in its own module, with its doc and tests:
//! - [`equivalent`]: a quantity restated in another unit in brackets or
//!   after `or` (`58,000 mu (3,867 hectares)`);
//! - [`change`]: `from X to Y` with a stated change (`up 0.4 points`);
//! - [`total`]: a total and its parts (`a total of X, of which A and B`);
//! - [`translation`]: the claims of an original against its translation;
//! - [`target`]: across years, a target of year N against the outcome the
//!   report of year N+1 gives (its tables in [`indicators`]).
//!
//! Every check compares figures as intervals: a written number stands for
//! everything that rounds to it ([`precision`]), so a verdict is
//! `inconsistent` only when no reading of the stated figures agrees.
//!
//! Invariant: [`document`] returns checks sorted by the start of their
//! first claim, then by kind; the same input gives the same checks.

pub mod change;
pub mod equivalent;
pub mod indicators;
pub mod precision;
pub mod target;
pub mod total;
pub mod translation;

use crate::extract::{Claim, Extraction, Span};

/// The kind of a check: the `check` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CheckKind {
    Equivalent,
    Change,
    Total,
    Translation,
    Target,
}

impl CheckKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Equivalent => "equivalent",
            CheckKind::Change => "change",
            CheckKind::Total => "total",
            CheckKind::Translation => "translation",
            CheckKind::Target => "target",
        }
    }
}

/// What a check found: the `verdict` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Consistent,
    Inconsistent,
    /// The claims belong together but cannot be compared (no fixed
    /// exchange rate, parts that need not be the whole, no counterpart).
    Unverifiable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

/// Which document of a check a claim is in: the first (the only one for
/// checks inside a report, the original of a translation pair) or the
/// second (the translation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    First,
    Second,
}

/// One claim a check involves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Involved {
    pub side: Side,
    /// The claim's span in its document (its id is made of it).
    pub span: Span,
    /// The claim's sentence index in its document.
    pub sentence: usize,
}

impl Involved {
    pub fn first(claim: &Claim) -> Involved {
        Involved {
            side: Side::First,
            span: claim.span,
            sentence: claim.sentence,
        }
    }

    pub fn second(claim: &Claim) -> Involved {
        Involved {
            side: Side::Second,
            span: claim.span,
            sentence: claim.sentence,
        }
    }
}

/// One check: a row of the checks ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub kind: CheckKind,
    pub verdict: Verdict,
    /// The claims involved, in the order the arithmetic names them; never
    /// empty.
    pub claims: Vec<Involved>,
    /// The arithmetic shown, or why there is none.
    pub arithmetic: String,
}

impl Check {
    /// Sort key: the first claim's side and start, then the kind.
    fn order(&self) -> (Side, usize, CheckKind, usize) {
        let first = self.claims.first();
        (
            first.map_or(Side::First, |c| c.side),
            first.map_or(0, |c| c.span.start),
            self.kind,
            self.claims.len(),
        )
    }
}

/// Sorts checks into ledger order.
pub fn sort(checks: &mut [Check]) {
    checks.sort_by(|a, b| {
        a.order()
            .cmp(&b.order())
            .then_with(|| a.arithmetic.cmp(&b.arithmetic))
    });
}

/// Every check inside one report: equivalents, changes, totals.
pub fn document(text: &str, extraction: &Extraction) -> Vec<Check> {
    let mut checks = equivalent::checks(text, &extraction.claims);
    checks.extend(change::checks(text, &extraction.claims));
    checks.extend(total::checks(text, &extraction.claims));
    sort(&mut checks);
    checks
}

/// The claims of each sentence, as slices (claims are sorted by start, so
/// a sentence's claims are contiguous).
pub(crate) fn sentences(claims: &[Claim]) -> impl Iterator<Item = &[Claim]> {
    claims.chunk_by(|a, b| a.sentence == b.sentence)
}

/// The text between two claims of one sentence, trimmed of white space.
pub(crate) fn between<'a>(text: &'a str, left: &Claim, right: &Claim) -> &'a str {
    text.get(left.span.end..right.span.start)
        .unwrap_or("")
        .trim()
}
