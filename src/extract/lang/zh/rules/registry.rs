//! The Chinese non-claim rules in the order `judge` tries them: the first
//! that fires leaves the item out. A rule runs only if it is listed here
//! (tests/layers.rs fails on a rule file missing from this list).

use super::rule::Rule;
use super::{
    bankers_numeral_alone, base_of_rate, calendar_year, class_of, congress_or_set_phrase,
    digit_string, fiscal_year_half, glued_to_code, minguo_year, numeral_name, ordinal,
    place_numeral, quoted_name, specification, speed, step_of_a_ladder,
};

/// Every Chinese non-claim rule, in the order `judge` tries them.
pub const RULES: &[Rule] = &[
    glued_to_code::RULE,
    ordinal::RULE,
    speed::RULE,
    base_of_rate::RULE,
    calendar_year::RULE,
    minguo_year::RULE,
    fiscal_year_half::RULE,
    quoted_name::RULE,
    numeral_name::RULE,
    specification::RULE,
    class_of::RULE,
    step_of_a_ladder::RULE,
    bankers_numeral_alone::RULE,
    congress_or_set_phrase::RULE,
    place_numeral::RULE,
    digit_string::RULE,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn every_rule_fires_on_a_number_of_its_example() {
        for rule in RULES {
            let chars = rule.example.chars().count();
            assert!(
                (0..chars).any(|k| fires(rule, rule.example, k)),
                "{}: {:?}",
                rule.id,
                rule.example
            );
        }
    }

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
}
