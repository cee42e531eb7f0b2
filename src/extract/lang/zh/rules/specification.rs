//! `specification`: inches before a product line are its size
//! (`12英寸产线`, `8英寸半导体`), not a length.
//!
//! Example: `华润微电子12英寸产线` (the number at char 5).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::{SPECIFICATION_NOUNS, ZhMeasure};

use super::rule::Rule;

/// `specification`: inches before a product line are its size, not a length.
pub const RULE: Rule = Rule {
    id: "specification",
    what: "inches before a product line are its size, not a length",
    example: "华润微电子12英寸产线",
    check: specification,
};

/// `specification`: inches before a product line are its size
/// (`12英寸产线`, `8英寸半导体`), not a length.
fn specification(p: &Passage, item: &Item) -> bool {
    let inches = item
        .unit
        .is_some_and(|u| u.measure == ZhMeasure::Unit("in"));
    inches
        && SPECIFICATION_NOUNS
            .iter()
            .any(|w| p.rest(item.end).starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "华润微电子12英寸产线", 5));
        assert!(!fires(&RULE, "屏幕12英寸", 2));
    }
}
