//! `place_numeral`: a number of counties, townships or towns (`县`, `乡`,
//! `镇`) counts them only in Arabic digits (`原本的10市、4鎮、15鄉`);
//! in a Chinese numeral it names a place or a group of places (`北三县`,
//! the three counties north of Beijing; `三乡镇`; `位居六区两县第一`).
//!
//! Example: `推进通州区与北三县一体化` (the number at char 7).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;

/// `place-numeral`: counties, townships or towns numbered in a Chinese numeral name places, they do not count them.
pub const RULE: Rule = Rule {
    id: "place-numeral",
    what: "counties, townships or towns numbered in a Chinese numeral name places (`北三县`), they do not count them",
    example: "推进通州区与北三县一体化",
    check: place_numeral,
};

/// The place classifiers: county, township, town.
const PLACE_CLASSIFIERS: &[&str] = &["县", "乡", "镇"];

/// `place_numeral`: a number of counties, townships or towns counts them
/// only in Arabic digits; in a Chinese numeral it names places.
fn place_numeral(_p: &Passage, item: &Item) -> bool {
    item.number.chinese
        && item
            .unit
            .is_some_and(|u| PLACE_CLASSIFIERS.contains(&u.form))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "推进通州区与北三县一体化", 7));
        assert!(!fires(&RULE, "原本的10市、4镇、15乡", 7));
    }
}
