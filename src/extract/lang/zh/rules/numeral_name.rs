//! `numeral_name`: a numeral inside a name of the names table
//! (`九年一贯制学校`, `学前三年毛入园率`, `三轮汽车`, `十种有色金属`).
//! The name may be broken by a wrapped line (`十⏎⏎种有色金属`): white space
//! is left out of the comparison.
//!
//! Example: `九年一贯制学校12所` (the number at char 0).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::NUMERAL_NAMES;

use super::rule::Rule;

/// `numeral-name`: a numeral inside a name of the names table is part of the name.
pub const RULE: Rule = Rule {
    id: "numeral-name",
    what: "a numeral inside a name of the names table is part of the name",
    example: "九年一贯制学校12所",
    check: numeral_name,
};

/// `numeral_name`: a numeral inside a name of the names table
/// (`九年一贯制学校`, `学前三年毛入园率`, `三轮汽车`, `十种有色金属`).
/// The name may be broken by a wrapped line (`十⏎⏎种有色金属`): white space
/// is left out of the comparison.
fn numeral_name(p: &Passage, item: &Item) -> bool {
    // Every name of the table is written in Chinese numerals.
    if !item.number.chinese {
        return false;
    }
    let solid = |range: std::ops::Range<usize>| -> Vec<char> {
        range
            .filter_map(|j| p.char(j))
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let before = solid(item.start.saturating_sub(12)..item.start);
    let window: Vec<char> = before
        .iter()
        .copied()
        .chain(solid(item.start..item.start + 24))
        .collect();
    let at = before.len();
    NUMERAL_NAMES.iter().any(|name| {
        let name: Vec<char> = name.chars().collect();
        (at.saturating_sub(name.len() - 1)..=at)
            .any(|s| window.get(s..s + name.len()) == Some(&name[..]))
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "九年一贯制学校12所", 0));
        assert!(!fires(&RULE, "九所学校", 0));
    }
}
