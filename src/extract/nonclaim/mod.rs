//! Numbers that are not claims: years and year ranges, dates, times,
//! ordinals, identifiers with digits (`PM2.5`, `COVID-19`, `G20`,
//! `Article 370`), footnote markers, list numbering, set phrases written
//! with capitalized number words, and a lone `one`.
//!
//! Each rule is one file of this folder: its id, what it rejects and why,
//! an example, the test itself and its unit tests. `registry` lists the
//! rules in the order [`rejects`] tries them; the first that fires gives
//! the reason (a [`NonClaim`]) that `claimscan explain` shows. Adding a
//! rule is one file and one line in `registry` (README, "Adding a rule").
//!
//! Layers, lowest first: each module imports only the modules listed
//! before it (tests/layers.rs checks this, as for `src/extract`, and fails
//! on a rule file that `registry` does not list):
//!
//! 1. `rule`: the `Rule` type, the reasons (`NonClaim`) with their docs,
//!    and `Rejection`.
//! 2. `around`, `table_cell`, `interval`, `model_pairs`: what the rules
//!    share (the characters next to a number, table cells, uncertainty
//!    intervals, the count of model names such as `737 MAX`).
//! 3. `rules`: the rules, one per file: the modules that `registry`
//!    lists (tests/layers.rs reads them from there).
//! 4. `registry`: the rules in the order the walk tries them.
//! 5. this module: the walk, the fast path before it, and the names the
//!    rest of the pipeline uses.

mod around;
mod interval;
mod model_pairs;
mod table_cell;

mod address;
mod clipped_year;
mod date;
mod early_year;
mod glued;
mod index_base;
mod lone_one;
mod maturity;
mod name;
mod numbering;
mod one_day;
mod out_of_contract;
mod out_of_range;
mod page_number;
mod phone;
mod ratio;
mod reference;
mod speed;
mod time;
mod uncertainty;
mod year;
mod year_label_tail;

pub mod registry;
pub mod rule;

use super::model::Reading;

pub use interval::past_interval;
pub use model_pairs::{ModelPairCount, ModelPairs, forget_document, know_document};
pub use out_of_range::{LARGEST_VALUE, in_range};
pub use registry::RULES;
pub use rule::{NonClaim, REASONS, Rejection, Rule, RuleDoc};
pub use table_cell::is_table_cell;

/// Why `r`, read in `text`, is no claim: the reason given by the first
/// rule of [`RULES`] that fires, or `None` when none does.
pub fn rejects(text: &str, r: &Reading) -> Option<NonClaim> {
    RULES.iter().find_map(|rule| {
        let reason = (rule.check)(text, r)?;
        #[cfg(test)]
        trace::fires(text, r.start..r.end, rule, reason);
        Some(reason)
    })
}

/// `glued`): list numbering at the start of a line (`12. `, `3) `) and
/// ordinals (`14th`, `21st`). Returns the end of the digits and the rule.
pub fn plainly_not_a_claim(text: &str, pos: usize) -> Option<(usize, NonClaim)> {
    let bytes = text.as_bytes();
    let digits = bytes[pos..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = pos + digits;
    if digits == 0 || digits > 4 {
        return None;
    }
    let rest = &bytes[end..];
    let ordinal = rest.len() >= 2
        && matches!(
            [rest[0].to_ascii_lowercase(), rest[1].to_ascii_lowercase()],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        )
        && !rest
            .get(2)
            .is_some_and(|b| b.is_ascii_alphanumeric() || !b.is_ascii());
    let numbered = digits <= 3
        && matches!(rest.first(), Some(b'.' | b')'))
        && rest
            .get(1)
            .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        && {
            let head = text[..pos].trim_end_matches([' ', '\t', '(', '[']);
            head.is_empty() || head.ends_with('\n')
        };
    let found = if ordinal {
        Some((end, NonClaim::Identifier))
    } else {
        numbered.then_some((end, NonClaim::Numbering))
    };
    #[cfg(test)]
    if found.is_some() {
        trace::FIRED.with_borrow_mut(|f| f.push((text[pos..end].to_string(), "fast-path")));
    }
    found
}

/// Which rule rejected which reading, recorded in tests only: a rule's
/// tests show that it is that rule that fires on its example, not an
/// earlier one.
#[cfg(test)]
pub mod trace {
    use std::cell::RefCell;
    use std::ops::Range;

    use super::{NonClaim, Rule};

    thread_local! {
        /// The text of each reading rejected and the id of the rule.
        pub static FIRED: RefCell<Vec<(String, &'static str)>> =
            const { RefCell::new(Vec::new()) };
    }

    /// Records that `rule` rejected the reading at `span` for `reason`,
    /// one of the reasons the rule says it gives.
    pub fn fires(text: &str, span: Range<usize>, rule: &Rule, reason: NonClaim) {
        assert!(rule.gives.contains(&reason), "{} gave {reason:?}", rule.id);
        FIRED.with_borrow_mut(|f| f.push((text[span].to_string(), rule.id)));
    }

    /// The text and rule of every rejection made while extracting `text`,
    /// in order (`fast-path` for `plainly_not_a_claim`).
    pub fn fired(text: &str) -> Vec<(String, &'static str)> {
        FIRED.with_borrow_mut(Vec::clear);
        crate::extract::extract(text);
        FIRED.with_borrow_mut(std::mem::take)
    }

    /// The text of every claim extracted from `text`.
    pub fn kept(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| c.span.text(text).to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_names_its_rule() {
        assert_eq!(
            plainly_not_a_claim("12. Next", 0),
            Some((2, NonClaim::Numbering))
        );
        assert_eq!(
            plainly_not_a_claim("the 14th plan", 4),
            Some((6, NonClaim::Identifier))
        );
        assert_eq!(plainly_not_a_claim("12 people", 0), None);
    }
}
