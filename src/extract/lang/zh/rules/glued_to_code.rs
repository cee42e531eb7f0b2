//! `glued_to_code`: letters right after the digits that are no unit
//! (`5G`, `3D`), or a `+` on either side (`1+N`, `5+2`): a name.
//! Example: `5G基站` holds no claim.
//!
//! Example: `建成5G基站` (the number at char 2).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;
use crate::extract::lang::zh::context::rate_sign_lead;

/// `glued-to-code`: letters or a `+` glued to the digits make a code or a name (`5G`, `1+N`).
pub const RULE: Rule = Rule {
    id: "glued-to-code",
    what: "letters or a `+` glued to the digits make a code or a name (`5G`, `1+N`)",
    example: "建成5G基站",
    check: glued_to_code,
};

/// `glued_to_code`: letters right after the digits that are no unit
/// (`5G`, `3D`), or a `+` on either side (`1+N`, `5+2`): a name. A `+`
/// after a growth word or an indicator's footnote marker is the rate's
/// sign (`同比+11.4%`, `[3]+2%`), as a `-` there is ([`rate_sign_lead`]).
fn glued_to_code(p: &Passage, item: &Item) -> bool {
    let n = &item.number;
    let after = p.char(n.end);
    let letters = after.is_some_and(|c| c.is_ascii_alphabetic()) && item.unit.is_none();
    let sign_before = n.start.checked_sub(1).filter(|&j| p.char(j) == Some('+'));
    let plus_sign = sign_before.is_some_and(|j| rate_sign_lead(p, j));
    let plus = after == Some('+')
        || item.end < p.chars.len() && p.char(item.end) == Some('+')
        || sign_before.is_some() && !plus_sign;
    letters || plus
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "建成5G基站", 2));
        assert!(!fires(&RULE, "建成5个基站", 2));
        // A `+` after a growth word is a sign; between numbers a name.
        assert!(fires(&RULE, "构建1+5体系", 4));
        assert!(!fires(&RULE, "同比+11.4%", 3));
        assert!(!fires(&RULE, "能耗[3]+2%", 6));
    }
}
