//! `minguo_year`: Taiwan counts its years from 1912 (`民国105年`,
//! `较104年增加0.10个百分点`, `114年第4季`, `113年岁入`): a year of that
//! calendar is a date, not a duration. Three readings, any document first:
//!
//! - right after `民国` any whole number of years is one, in Chinese
//!   numerals too (`中华民国八十六年`);
//! - a whole number from 38 to 199 in Arabic digits with `年` after a
//!   comparison or time word (`较`, `比`, `于`, `至`, `展望` …) or at the
//!   head of a clause, or before a part of the year (`第4季`, `11月`,
//!   `底`, `全年`), unless a span follows (`100年来`, `100年间`);
//! - in a Taiwan document (its bare `元` is the New Taiwan dollar,
//!   [`Passage::yuan`]), a whole number from 60 to 150 before `年`, a
//!   range of two such too (`112至114年平均`), in Chinese numerals before a
//!   month or a part of the year (`八十六年七月一日`), unless a qualifier, a
//!   duration or period word or `来` makes it a span (`连续65年`, `近80年`,
//!   `过去100年`, `60多年`, `80年来`).
//!
//! Mainland durations that long are led by `连续`, `历时`, `成立` … and
//! stay; a mainland document never takes the third reading.
//!
//! Example: `民国105年` (the number at char 2).

use rust_decimal::Decimal;

use crate::extract::lang::zh::context::qualifier_before;
use crate::extract::lang::zh::numeral::Numeral;
use crate::extract::lang::zh::passage::Passage;
use crate::extract::lang::zh::reader::Item;
use crate::extract::lang::zh::tables::{
    DURATION_LEADS, MINGUO_LEADS, MINGUO_SPAN_AFTER, MINGUO_YEAR_PARTS, PERIOD_LEADS, digit_value,
};

use super::rule::Rule;

/// `minguo-year`: a year of Taiwan's calendar (`民国105年`) is a date, not a duration.
pub const RULE: Rule = Rule {
    id: "minguo-year",
    what: "a year of Taiwan's Minguo calendar (`民国105年`, `较104年`, `113年` in a Taiwan document) is a date, not a duration",
    example: "民国105年",
    check: minguo_year,
};

fn minguo_year(p: &Passage, item: &Item) -> bool {
    let n = &item.number;
    let Some(u) = item.unit.filter(|u| u.form == "年" && !u.over) else {
        return false;
    };
    if !n.value.fract().is_zero() {
        return false;
    }
    if p.near_head(n.start, 4).trim_end().ends_with("民国") {
        return true;
    }
    let rest = p.rest(u.end);
    by_context(p, item, rest) || p.yuan == "TWD" && in_a_taiwan_document(p, item, rest)
}

/// The second reading: a year by the words around it, in any document.
fn by_context(p: &Passage, item: &Item, rest: &str) -> bool {
    let n = &item.number;
    if n.chinese
        || item.high.is_some()
        || !(Decimal::from(38)..=Decimal::from(199)).contains(&n.value)
        || !matches!(n.plain_digits, Some(2 | 3))
        || MINGUO_SPAN_AFTER.iter().any(|w| rest.starts_with(w))
    {
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

/// The third reading: a year of the Minguo range in a Taiwan document.
fn in_a_taiwan_document(p: &Passage, item: &Item, rest: &str) -> bool {
    // Chinese numerals only before a month or a part of the year
    // (`八十六年七月一日`): `六十年` alone is as often a span.
    let dated = MINGUO_YEAR_PARTS.iter().any(|w| rest.starts_with(w))
        || rest
            .trim_start_matches(|c: char| digit_value(c).is_some())
            .starts_with('月')
            && rest.starts_with(|c: char| digit_value(c).is_some());
    let in_range = |n: &Numeral| {
        (matches!(n.plain_digits, Some(2 | 3)) || n.chinese && dated)
            && (Decimal::from(60)..=Decimal::from(150)).contains(&n.value)
    };
    if !in_range(&item.number) || !item.high.as_ref().is_none_or(in_range) {
        return false;
    }
    let head = p.near_head(item.start, 4).trim_end();
    let span_word = DURATION_LEADS
        .iter()
        .chain(PERIOD_LEADS)
        .any(|w| head.ends_with(w));
    let span_after = rest.starts_with('来') || rest.starts_with("之久");
    let over = item.number.inner_over || item.unit.is_some_and(|u| u.over);
    !span_word && !span_after && !over && qualifier_before(p, item.start).is_none()
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::extract::lang::zh::passage::Passage;
    use crate::extract::lang::zh::reader::read_item;
    use crate::extract::lang::zh::rules::fires;

    /// Whether the rule fires at char `at` of `s` in a Taiwan document.
    fn fires_in_taiwan(s: &str, at: usize) -> bool {
        let p = Passage::new(s, 0, s.len()).in_document("TWD");
        read_item(&p, at).is_some_and(|item| (RULE.check)(&p, &item))
    }

    #[test]
    fn fires_on_years_of_the_minguo_calendar_only() {
        assert!(fires(&RULE, "民国105年", 2));
        assert!(fires(&RULE, "中华民国八十六年七月", 4));
        assert!(fires(&RULE, "较104年增加0.10个百分点", 1));
        assert!(fires(&RULE, "，114年第4季", 1));
        assert!(fires(&RULE, "展望106年", 2));
        // A long span stays a duration.
        assert!(!fires(&RULE, "，100年来", 1));
        assert!(!fires(&RULE, "连续105年", 2));
        // Mid-clause, a number of years is a span outside Taiwan.
        assert!(!fires(&RULE, "经济113年成长", 2));
    }

    #[test]
    fn a_taiwan_document_reads_the_minguo_range_as_years() {
        assert!(fires_in_taiwan("经济113年成长", 2));
        assert!(fires_in_taiwan("预测112至114年平均成长", 2));
        assert!(fires_in_taiwan(
            "度(八十六年七月一日至八十七年六月三十日)",
            2
        ));
        assert!(!fires_in_taiwan("经济八十年成长", 2));
        // Durations stay: a period or duration word, `来`, `多`, a
        // qualifier, small numbers.
        assert!(!fires_in_taiwan("已连续3年成长", 3));
        assert!(!fires_in_taiwan("过去100年", 2));
        assert!(!fires_in_taiwan("经济连续65年", 4));
        assert!(!fires_in_taiwan("经济80年来首见", 2));
        assert!(!fires_in_taiwan("经济60多年", 2));
        assert!(!fires_in_taiwan("经济约80年", 3));
    }
}
