//! `minguo_year`: Taiwan counts its years from 1912 (`民国105年`,
//! `较104年增加0.10个百分点`, `114年第4季`): a whole number from 38 to 199
//! in Arabic digits with `年` is a year, not a duration, after `民国`, a
//! comparison or time word (`较`, `比`, `于`, `至`, `展望` …) or at the
//! head of a clause, or before a part of the year (`第4季`, `11月`,
//! `底`, `全年`), unless a span follows (`100年来`, `100年间`). (Mainland
//! durations that long are led by `连续`, `历时`, `成立` … and stay.)
//!
//! Example: `民国105年` (the number at char 2).

use rust_decimal::Decimal;

use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::{MINGUO_LEADS, MINGUO_SPAN_AFTER, MINGUO_YEAR_PARTS};

use super::rule::Rule;

/// `minguo-year`: a year of Taiwan's calendar (`民国105年`) is a date, not a duration.
pub const RULE: Rule = Rule {
    id: "minguo-year",
    what: "a year of Taiwan's Minguo calendar (`民国105年`, `较104年`) is a date, not a duration",
    example: "民国105年",
    check: minguo_year,
};

fn minguo_year(p: &Passage, item: &Item) -> bool {
    let n = &item.number;
    let Some(u) = item.unit.filter(|u| u.form == "年" && !u.over) else {
        return false;
    };
    let whole = n.value.fract().is_zero();
    if n.chinese
        || item.high.is_some()
        || !whole
        || !(Decimal::from(38)..=Decimal::from(199)).contains(&n.value)
        || !matches!(n.plain_digits, Some(2 | 3))
    {
        return false;
    }
    let rest = p.rest(u.end);
    if MINGUO_SPAN_AFTER.iter().any(|w| rest.starts_with(w)) {
        return false;
    }
    let head = p.near_head(n.start, 4);
    let led = head.is_empty()
        || head.ends_with(|c: char| "，。；、：（(►\n ,;:".contains(c))
        || MINGUO_LEADS.iter().any(|w| head.ends_with(w));
    let part_of_year = rest.starts_with(|c: char| c.is_ascii_digit())
        || MINGUO_YEAR_PARTS.iter().any(|w| rest.starts_with(w));
    led || part_of_year
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::rules::fires;

    #[test]
    fn fires_on_years_of_the_minguo_calendar_only() {
        assert!(fires(&RULE, "民国105年", 2));
        assert!(fires(&RULE, "较104年增加0.10个百分点", 1));
        assert!(fires(&RULE, "，114年第4季", 1));
        assert!(fires(&RULE, "展望106年", 2));
        // A long span stays a duration.
        assert!(!fires(&RULE, "，100年来", 1));
        assert!(!fires(&RULE, "连续105年", 2));
    }
}
