//! `quoted_name`: a number inside a short quotation or a title (`“十四五”`,
//! `“两个维护”`, `《2024年…》`) is part of a name.
//!
//! Example: `“十四五”规划` (the number at char 1).

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;

use super::rule::Rule;

/// `quoted-name`: a number inside a short quotation or a title is part of a name.
pub const RULE: Rule = Rule {
    id: "quoted-name",
    what: "a number inside a short quotation or a title is part of a name",
    example: "“十四五”规划",
    check: quoted_name,
};

/// `quoted_name`: a number inside a short quotation or a title (`“十四五”`,
/// `“两个维护”`, `《2024年…》`) is part of a name.
fn quoted_name(p: &Passage, item: &Item) -> bool {
    const REACH: usize = 12;
    let pairs = [('“', '”'), ('《', '》'), ('「', '」'), ('"', '"')];
    pairs.iter().any(|&(open, close)| {
        let opened = (item.start.saturating_sub(REACH)..item.start)
            .rev()
            .map_while(|j| p.char(j).filter(|&c| c != close && c != '。'))
            .any(|c| c == open);
        let closed = (item.end..(item.end + REACH).min(p.chars.len()))
            .map_while(|j| p.char(j).filter(|&c| c != open && c != '。'))
            .any(|c| c == close);
        opened && closed && (open == '《' || open == '「' || short_quote(p, item, open, close))
    })
}

/// A quotation that is a name: no clause break inside it.
fn short_quote(p: &Passage, item: &Item, open: char, close: char) -> bool {
    let mut j = item.start;
    while j > 0 && p.char(j - 1) != Some(open) {
        j -= 1;
    }
    let mut e = item.end;
    while e < p.chars.len() && p.char(e) != Some(close) {
        e += 1;
    }
    !(j..e).any(|x| matches!(p.char(x), Some('，' | '；' | '：')))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_its_example_only() {
        assert!(fires(&RULE, "“十四五”规划", 1));
        assert!(!fires(&RULE, "十四五规划", 0));
    }
}
