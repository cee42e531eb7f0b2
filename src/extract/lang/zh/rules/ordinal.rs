//! `ordinal`: a number after `第` is an ordinal (`第十四届`, `第2季度`),
//! after `届` a session (`十三届七次全会`), and a place after `前`, `头` or
//! `首` a rank (`跻身全球城市前五位`, Hong Kong's `头3位`, `首3名`, the top
//! ten `全球前10大港口`).
//!
//! Example: `第十四届` (the number at char 1).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;

/// `ordinal`: a number after `第` or `届`, a rank after `前`/`头`/`首`, or a table or figure caption is an ordinal.
pub const RULE: Rule = Rule {
    id: "ordinal",
    what: "a number after `第` or `届`, a rank after `前`, `头` or `首`, or a table or figure caption is an ordinal",
    example: "第十四届",
    check: ordinal,
};

/// `ordinal`: a number after `第` is an ordinal (`第十四届`, `第2季度`),
/// after `届` a session (`十三届七次全会`), and a place after `前`, `头` or
/// `首` a rank (`跻身全球城市前五位`, `头3位`, `首3名`, `前10大`).
fn ordinal(p: &Passage, item: &Item) -> bool {
    let prev = item.start.checked_sub(1).and_then(|j| p.char(j));
    let rank = matches!(prev, Some('前' | '头' | '首'))
        && item
            .unit
            .is_some_and(|u| matches!(u.form, "位" | "名" | "大"));
    matches!(prev, Some('第' | '届')) || rank || caption(p, item)
}

/// `caption`: the number of a table or figure at the start of a line
/// (`表9金融机构信贷收支情况`, `图3`), like `第N`.
fn caption(p: &Passage, item: &Item) -> bool {
    let Some(j) = item.start.checked_sub(1) else {
        return false;
    };
    let line_start = j
        .checked_sub(1)
        .and_then(|i| p.char(i))
        .is_none_or(|c| c == '\n');
    matches!(p.char(j), Some('表' | '图')) && line_start
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "第十四届", 1));
        assert!(!fires(&RULE, "1065个公园", 0));
        assert!(fires(&RULE, "排名全球头3位", 5));
        assert!(fires(&RULE, "亚洲首3名依次为", 3));
        assert!(fires(&RULE, "全球前10大港口", 3));
        // A count of places moved is a count.
        assert!(!fires(&RULE, "排名上升3位", 4));
    }
}
