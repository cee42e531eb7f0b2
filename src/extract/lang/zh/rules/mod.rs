//! The non-claim rules only Chinese needs (`第N`, years, `一批`, quoted
//! names, codes). Each rule is one file of this folder (its id, what it
//! rejects and why, an example, the check and its test), and `registry`
//! lists them in the order [`judge`] tries them, as the English rules of
//! `extract::nonclaim`. The measure step after them (`bare_count`,
//! `article_one`, `pieces_counted`) needs the measure read, and stays here.
//!
//! Layers, lowest first: each module imports only the modules listed
//! before it (tests/layers.rs checks this, and fails on a rule file that
//! `registry` does not list):
//!
//! 1. `rule`: the `Rule` type.
//! 2. `rules`: the rules, one per file: the modules that `registry` lists.
//! 3. `registry`: the rules in the order `judge` tries them.
//! 4. this module: `judge` and the measure step.

mod bankers_numeral_alone;
mod base_of_rate;
mod calendar_year;
mod class_of;
mod congress_or_set_phrase;
mod digit_string;
mod fiscal_year_half;
mod glued_to_code;
mod minguo_year;
mod numeral_name;
mod ordinal;
mod place_numeral;
mod quoted_name;
mod specification;
mod speed;
mod step_of_a_ladder;

pub mod registry;
pub mod rule;

use rust_decimal::Decimal;

use super::context::ends_clause;
use super::passage::Passage;
use super::reader::Item;
use super::tables::{
    COMPARISON_WORDS, DURATION_LEADS, MONEY_NOUN_TAILS, MONEY_NOUNS, SUBJECT_TAIL_WORDS, ZhMeasure,
    digit_value, is_han,
};

pub use registry::RULES;
pub use rule::Rule;

/// The measure an item keeps, or `None` when a rule rejects it: the rules
/// of [`RULES`] in order, then the measure step (`scaled_money`,
/// `bare_count`, `article_one`, `pieces_counted`), which needs the measure
/// read.
pub fn judge(p: &Passage, item: &Item, qualified: bool) -> Option<ZhMeasure> {
    if RULES.iter().any(|rule| (rule.check)(p, item)) {
        return None;
    }
    let measure = match item.unit {
        Some(u) => u.measure,
        None => match item.prefix {
            Some(code) => ZhMeasure::Money(code),
            None => match scaled_money(p, item) {
                Some(money) => money,
                None => bare_count(p, item)?,
            },
        },
    };
    if measure == ZhMeasure::Ignore || article_one(p, item, measure, qualified) {
        return None;
    }
    Some(pieces_counted(item, measure))
}

/// `pieces_counted`: `块` after `万`/`亿` counts pieces (`集成电路23787.46万块`),
/// not yuan; colloquial money is small (`五块六`, `7块`).
fn pieces_counted(item: &Item, measure: ZhMeasure) -> ZhMeasure {
    let pieces = item
        .unit
        .is_some_and(|u| matches!(u.form, "块" | "塊") && item.number.scale >= 10_000);
    if pieces { ZhMeasure::Count } else { measure }
}

/// `scaled_money`: a bare number with `万`/`亿` whose clause names money
/// right before it (`开支556亿`, `经营盈余513亿`, `赤字在901亿`, `支出67亿、
/// 54亿`, `半年引资近五千亿`, `固定资产投资1200亿`) is money in the
/// document's yuan ([`Passage::yuan`]): Hong Kong, Taiwan and Macau
/// reports drop the `元`, and so do mainland headlines; a money noun never
/// counts itself. Elsewhere it stays a count of what follows
/// (`6600多万纳税人`), and a counted noun after it wins (`收入惠及300万市民`).
fn scaled_money(p: &Passage, item: &Item) -> Option<ZhMeasure> {
    if item.number.scale < 10_000 || !names_money(p, item.start) {
        return None;
    }
    // (`收入惠及300万市民`: a noun after the number names what is counted.)
    let rest = p.rest(item.end);
    let counted = rest.starts_with(|c: char| is_han(c) && !ends_clause(c))
        && !rest.starts_with(['、', '和', '及', '与', '至', '到', '的'])
        && !["以上", "以下", "左右", "多", "余"]
            .iter()
            .any(|w| rest.starts_with(w));
    (!counted).then_some(ZhMeasure::Money(p.yuan))
}

/// Whether the clause before char `start` ends with a money noun
/// ([`MONEY_NOUNS`]) once the verbs, comparisons and qualifiers after it
/// ([`SUBJECT_TAIL_WORDS`], [`COMPARISON_WORDS`], [`MONEY_NOUN_TAILS`])
/// and the earlier members of a list are set aside (`政府收入预计为`,
/// `分别支出67亿、`).
fn names_money(p: &Passage, start: usize) -> bool {
    let mut head = p
        .near_head(start, 40)
        .rsplit(ends_clause)
        .next()
        .unwrap_or("");
    let number_char = |c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                ',' | '.' | '万' | '亿' | '千' | '百' | '十' | '多' | '余'
            )
            || digit_value(c).is_some()
    };
    loop {
        let before = head.len();
        head = head.trim_end();
        if let Some(h) = head.strip_suffix(['、', '和', '及', '与']) {
            head = h.trim_end_matches(number_char);
            continue;
        }
        if let Some(w) = SUBJECT_TAIL_WORDS
            .iter()
            .chain(COMPARISON_WORDS)
            .chain(MONEY_NOUN_TAILS)
            .filter(|w| head.ends_with(**w))
            .max_by_key(|w| w.len())
        {
            // (`预算` is a money noun too: stripped only after another.)
            if *w != "预算"
                || MONEY_NOUNS
                    .iter()
                    .any(|m| head[..head.len() - w.len()].ends_with(m))
            {
                head = &head[..head.len() - w.len()];
            }
        }
        if head.len() == before {
            break;
        }
    }
    MONEY_NOUNS.iter().any(|m| head.ends_with(m))
}

/// `bare_count`: a number without unit is a count only when a `万`/`亿`
/// scale makes it an amount of things (`1244万`, `6600多万纳税人`);
/// other bare numbers (`12345热线`, list numbers, `二十大`) are names.
fn bare_count(p: &Passage, item: &Item) -> Option<ZhMeasure> {
    let n = &item.number;
    if n.scale < 10_000 {
        return None;
    }
    let scale_led = matches!(p.char(n.start), Some('百' | '千' | '万' | '亿'));
    if n.chinese && !scale_led {
        // `十万火急`: a scaled Chinese numeral counts only before
        // punctuation.
        let next = p.char(item.end);
        if next.is_some_and(is_han) {
            return None;
        }
    }
    Some(ZhMeasure::Count)
}

/// `article_one`: `一` before a classifier or a time word is the article
/// "a" (`一批`, `一项改革`, `过去一年`), not the count 1, unless a
/// qualifier or a duration lead (`连续`, `历时`) says it is a number.
fn article_one(p: &Passage, item: &Item, measure: ZhMeasure, qualified: bool) -> bool {
    let n = &item.number;
    let counted = matches!(
        measure,
        ZhMeasure::Count | ZhMeasure::Unit("year" | "month" | "week" | "day" | "hour" | "minute")
    );
    if !(n.chinese && n.value == Decimal::ONE && n.scale == 1 && counted && item.high.is_none()) {
        return false;
    }
    // `一个月以上`: a qualifier after it makes it a number too.
    let qualified_after = ["以上", "以下", "左右", "以内", "多"]
        .iter()
        .any(|w| p.rest(item.end).starts_with(w));
    if qualified
        || qualified_after
        || n.inner_over
        || item.unit.is_some_and(|u| u.over || !u.add.is_zero())
    {
        return false;
    }
    let head = p.head(item.start);
    !DURATION_LEADS.iter().any(|w| head.ends_with(w))
}

/// Whether `rule` rejects the item read at char `at` of `s` (tests only).
#[cfg(test)]
pub fn fires(rule: &Rule, s: &str, at: usize) -> bool {
    let p = Passage::new(s, 0, s.len());
    super::reader::read_item(&p, at).is_some_and(|item| (rule.check)(&p, &item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::zh::reader::read_item;

    fn judged(s: &str, at: usize) -> Option<ZhMeasure> {
        let p = Passage::new(s, 0, s.len());
        let item = read_item(&p, at)?;
        judge(&p, &item, false)
    }

    #[test]
    fn codes_and_names_are_rejected() {
        assert_eq!(judged("建成5G基站", 2), None);
        assert_eq!(judged("第十四届", 1), None);
        assert_eq!(judged("时速350公里", 2), None);
        assert_eq!(judged("省委十三届七次、八次全会", 5), None);
        assert_eq!(judged("跻身全球城市前五位", 7), None);
        assert_eq!(judged("保持两位数增长", 2), None);
        assert_eq!(judged("2024年", 0), None);
        assert_eq!(judged("“十四五”规划", 1), None);
        assert_eq!(judged("“两个维护”", 1), None);
        assert_eq!(judged("12345热线", 0), None);
        assert_eq!(judged("九年一贯制学校12所", 0), None);
        assert_eq!(judged("全州学前三年毛入园率", 4), None);
        assert_eq!(judged("其中三轮汽车138辆", 2), None);
        assert_eq!(judged("十\n\n种有色金属18.94万吨", 0), None);
        assert_eq!(judged("华润微电子12英寸产线", 5), None);
        assert_eq!(judged("单船2000吨级", 2), None);
        assert_eq!(judged("表9金融机构", 1), None);
        assert_eq!(judged("陆家嘴", 0), None);
        assert_eq!(judged("跨过两个万亿元大关", 4), None);
        assert_eq!(judged("跨过两个万亿元大关", 2), Some(ZhMeasure::Count));
        assert_eq!(judged("迈上万亿元台阶", 2), Some(ZhMeasure::Money("CNY")));
        assert_eq!(judged("陆万元", 0), Some(ZhMeasure::Money("CNY")));
        assert_eq!(judged("每10万人", 1), None);
    }

    #[test]
    fn the_big_ones_count_after_digits_only() {
        assert_eq!(
            judged("光电子信息、汽车制造3大产业迈入万亿级", 10),
            Some(ZhMeasure::Count)
        );
        assert_eq!(judged("10大类52项民生实事", 0), Some(ZhMeasure::Count));
        assert_eq!(judged("党的二十大精神", 2), None);
        assert_eq!(judged("打好三大攻坚战", 2), None);
        assert_eq!(judged("比值5大于3", 2), None);
    }

    #[test]
    fn article_one_is_no_count() {
        assert_eq!(judged("出台一批政策", 2), None);
        assert_eq!(judged("过去一年", 2), None);
        assert_eq!(judged("连续一年", 2), Some(ZhMeasure::Unit("year")));
        assert_eq!(judged("一吨", 0), Some(ZhMeasure::Unit("t")));
        assert_eq!(
            judged("从一个月以上压缩", 1),
            Some(ZhMeasure::Unit("month"))
        );
    }

    #[test]
    fn scaled_bare_numbers_count() {
        assert_eq!(judged("1244万，", 0), Some(ZhMeasure::Count));
        assert_eq!(judged("6600多万纳税人", 0), Some(ZhMeasure::Count));
        assert_eq!(judged("增长35，", 2), None);
        assert_eq!(judged("十万火急", 0), None);
        assert_eq!(judged("上亿市场主体", 1), Some(ZhMeasure::Count));
        assert_eq!(judged("集成电路23787.46万块", 4), Some(ZhMeasure::Count));
        assert_eq!(judged("七地（市）全部", 0), Some(ZhMeasure::Count));
        assert_eq!(judged("档案1095527卷", 2), Some(ZhMeasure::Count));
    }

    /// `judged` in a document whose bare `元` is `yuan`.
    fn judged_in(yuan: &'static str, s: &str, at: usize) -> Option<ZhMeasure> {
        let p = Passage::new(s, 0, s.len()).in_document(yuan);
        let item = read_item(&p, at)?;
        judge(&p, &item, false)
    }

    #[test]
    fn scaled_amounts_after_money_nouns_are_the_local_dollar() {
        let hkd = Some(ZhMeasure::Money("HKD"));
        assert_eq!(judged_in("HKD", "政府开支612亿", 4), hkd);
        assert_eq!(judged_in("HKD", "经营盈余预计为205亿。", 7), hkd);
        assert_eq!(judged_in("HKD", "赤字在850亿至1200亿之间", 3), hkd);
        // Earlier members of a list are set aside.
        assert_eq!(judged_in("HKD", "分别支出41亿、36亿及12亿", 8), hkd);
        assert_eq!(judged_in("HKD", "分别支出41亿、36亿及12亿", 12), hkd);
        assert_eq!(
            judged_in("TWD", "岁出增加1,350亿", 4),
            Some(ZhMeasure::Money("TWD"))
        );
        // A noun that is no money, or a counted noun after the number.
        let count = Some(ZhMeasure::Count);
        assert_eq!(judged_in("HKD", "低收入住户23万", 5), count);
        assert_eq!(judged_in("HKD", "人口748万", 2), count);
        assert_eq!(judged_in("HKD", "收入惠及300万市民", 4), count);
        // A mainland document's headline drops its `元` too (`半年引资近五千亿`):
        // a money noun never counts itself.
        let cny = Some(ZhMeasure::Money("CNY"));
        assert_eq!(judged_in("CNY", "政府开支612亿", 4), cny);
        assert_eq!(judged_in("CNY", "半年引资近五千亿，", 5), cny);
        assert_eq!(judged_in("CNY", "固定资产投资1200亿，", 6), cny);
        assert_eq!(judged_in("CNY", "低收入人口23万", 5), count);
        assert_eq!(judged_in("CNY", "投资惠及300万人", 4), count);
    }

    #[test]
    fn durations_and_counts_survive() {
        assert_eq!(judged("3至5年", 0), Some(ZhMeasure::Unit("year")));
        assert_eq!(judged("1065个公园", 0), Some(ZhMeasure::Count));
        assert_eq!(judged("3月5日", 0), None);
        assert_eq!(judged("第十四个五年规划", 4), None);
    }
}
