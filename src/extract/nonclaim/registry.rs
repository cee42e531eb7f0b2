//! The non-claim rules in the order the walk (`nonclaim::rejects`) tries
//! them: the first that fires gives the reason. A rule runs only if it is
//! listed here (tests/layers.rs fails on a rule file missing from this
//! list, and the compiler on a rule that nothing uses).
//!
//! The order decides between rules that could both fire: `out_of_range`
//! comes first, before any rule reads the words around a value it could
//! not write; `glued` before `year` and `reference` (`COVID-19`,
//! `Table B.3` are codes); `index_base` before `year` (the base period
//! of `(2005=100)` is named for the index); the years before `date`, `numbering` and
//! `reference`; `lone_one` last, as it asks the context for a bound.

use super::rule::Rule;
use super::{
    address, clipped_year, date, early_year, glued, index_base, lone_one, maturity, name,
    numbering, one_day, out_of_contract, out_of_range, page_number, phone, ratio, reference, speed,
    time, uncertainty, year, year_label_tail,
};

/// Every non-claim rule, in the order the walk tries them.
pub const RULES: &[Rule] = &[
    out_of_range::RULE,
    glued::RULE,
    index_base::RULE,
    uncertainty::RULE,
    year::RULE,
    early_year::RULE,
    year_label_tail::RULE,
    clipped_year::RULE,
    date::RULE,
    time::RULE,
    phone::RULE,
    address::RULE,
    numbering::RULE,
    page_number::RULE,
    reference::RULE,
    name::RULE,
    ratio::RULE,
    one_day::RULE,
    maturity::RULE,
    speed::RULE,
    out_of_contract::RULE,
    lone_one::RULE,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::nonclaim::rule::{NonClaim, REASONS};
    use crate::extract::nonclaim::trace::fired;

    #[test]
    fn rule_ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert!(
            ids.iter()
                .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn every_rule_fires_on_its_example() {
        for rule in RULES {
            let fired = fired(rule.example);
            assert!(
                fired.iter().any(|(_, id)| *id == rule.id),
                "{}: {:?} gives {fired:?}",
                rule.id,
                rule.example
            );
            assert!(
                !rule.what.is_empty() && !rule.gives.is_empty(),
                "{}",
                rule.id
            );
        }
    }

    #[test]
    fn every_reason_but_the_table_note_is_given_by_a_rule() {
        for (reason, doc) in REASONS {
            let given = RULES.iter().any(|r| r.gives.contains(reason));
            assert_eq!(given, *reason != NonClaim::TableNote, "{}", doc.id);
        }
    }
}
