//! The non-claim rules only Chinese needs. Each rule is a named function
//! that says whether an item read by `reader` is no claim; `judge` applies
//! them in order and gives the measure the item keeps.

use rust_decimal::Decimal;

use super::passage::Passage;
use super::reader::Item;
use super::tables::{
    DURATION_LEADS, MINGUO_LEADS, MINGUO_SPAN_AFTER, MINGUO_YEAR_PARTS, NUMERAL_NAMES,
    RATE_BASE_BEFORE, SPECIFICATION_NOUNS, ZhMeasure, is_han,
};

/// The measure an item keeps, or `None` when a rule rejects it.
pub fn judge(p: &Passage, item: &Item, qualified: bool) -> Option<ZhMeasure> {
    if glued_to_code(p, item)
        || ordinal(p, item)
        || speed(p, item)
        || base_of_rate(p, item)
        || calendar_year(p, item)
        || minguo_year(p, item)
        || quoted_name(p, item)
        || numeral_name(p, item)
        || specification(p, item)
        || class_of(p, item)
        || step_of_a_ladder(p, item)
        || bankers_numeral_alone(item)
        || congress_or_set_phrase(p, item)
        || item.number.digit_string
    {
        return None;
    }
    let measure = match item.unit {
        Some(u) => u.measure,
        None => match item.prefix {
            Some(code) => ZhMeasure::Money(code),
            None => bare_count(p, item)?,
        },
    };
    if measure == ZhMeasure::Ignore || article_one(p, item, measure, qualified) {
        return None;
    }
    Some(pieces_counted(item, measure))
}

/// `congress_or_set_phrase`: `N大` counts the big ones only after Arabic
/// digits and before a noun (`3大产业`, `10大类`); after a Chinese numeral
/// it is a party congress (`二十大`) or a set phrase (`三大攻坚战`, optional
/// in CLAIMS.md), and `大于`, `大关` compare.
fn congress_or_set_phrase(p: &Passage, item: &Item) -> bool {
    let Some(u) = item.unit.filter(|u| u.form.starts_with('大')) else {
        return false;
    };
    let noun = u.form != "大"
        || p.char(u.end)
            .is_some_and(|c| is_han(c) && !matches!(c, '于' | '關' | '关'));
    item.number.chinese || item.number.scale > 1 || !noun
}

/// `pieces_counted`: `块` after `万`/`亿` counts pieces (`集成电路23787.46万块`),
/// not yuan; colloquial money is small (`五块六`, `7块`).
fn pieces_counted(item: &Item, measure: ZhMeasure) -> ZhMeasure {
    let pieces = item
        .unit
        .is_some_and(|u| matches!(u.form, "块" | "塊") && item.number.scale >= 10_000);
    if pieces { ZhMeasure::Count } else { measure }
}

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

/// `class_of`: a unit or currency followed by `级` names a class
/// (`2000吨级`, `万吨级码头`, `百亿元级`), not an amount.
fn class_of(p: &Passage, item: &Item) -> bool {
    let measured = item
        .unit
        .is_some_and(|u| matches!(u.measure, ZhMeasure::Unit(_) | ZhMeasure::Money(_)));
    measured && p.char(item.end) == Some('级')
}

/// `step_of_a_ladder`: a bare scale after a count of steps sizes each
/// step (`跨过两个万亿元大关`, `跨越3个千亿元台阶`): the count is the claim.
fn step_of_a_ladder(p: &Passage, item: &Item) -> bool {
    let scale_led = matches!(p.char(item.start), Some('百' | '千' | '万' | '亿'));
    let after_count = p.head(item.start).ends_with(['个', '個']);
    let step = ["大关", "台阶", "关口"]
        .iter()
        .any(|w| p.rest(item.end).starts_with(w));
    scale_led && after_count && step
}

/// `bankers_numeral_alone`: a lone banker's numeral (`陆`, `伍`) is a
/// number only in money and with scales (`陆万元`); before anything else
/// it is a character of a name (`陆家嘴`).
fn bankers_numeral_alone(item: &Item) -> bool {
    let n = &item.number;
    let money = item
        .unit
        .is_some_and(|u| matches!(u.measure, ZhMeasure::Money(_)))
        || item.prefix.is_some();
    n.end == n.start + 1 && n.bankers && !money
}

/// `glued_to_code`: letters right after the digits that are no unit
/// (`5G`, `3D`), or a `+` on either side (`1+N`, `5+2`): a name.
/// Example: `5G基站` holds no claim.
fn glued_to_code(p: &Passage, item: &Item) -> bool {
    let n = &item.number;
    let after = p.char(n.end);
    let letters = after.is_some_and(|c| c.is_ascii_alphabetic()) && item.unit.is_none();
    let plus = after == Some('+')
        || item.end < p.chars.len() && p.char(item.end) == Some('+')
        || n.start.checked_sub(1).and_then(|j| p.char(j)) == Some('+');
    letters || plus
}

/// `speed`: a length after `时速` is a speed (`时速350公里`), not a
/// length of the contract.
fn speed(p: &Passage, item: &Item) -> bool {
    p.head(item.start).ends_with("时速")
        && item
            .unit
            .is_some_and(|u| matches!(u.measure, ZhMeasure::Unit("km" | "m")))
}

/// `ordinal`: a number after `第` is an ordinal (`第十四届`, `第2季度`),
/// after `届` a session (`十三届七次全会`), and a place after `前` a rank
/// (`跻身全球城市前五位`).
fn ordinal(p: &Passage, item: &Item) -> bool {
    let prev = item.start.checked_sub(1).and_then(|j| p.char(j));
    let rank = prev == Some('前') && item.unit.is_some_and(|u| matches!(u.form, "位" | "名"));
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

/// `base_of_rate`: the number after `每` is the base of a rate (`每万人
/// 口拥有`, `每10万人`), not a claim.
fn base_of_rate(p: &Passage, item: &Item) -> bool {
    let head = p.head(item.start);
    RATE_BASE_BEFORE.iter().any(|w| head.ends_with(w))
}

/// `calendar_year`: a four-digit integer from 1800 to 2100 without a unit
/// or with `年` is a year (`2024年`, `2021—2025年`).
fn calendar_year(p: &Passage, item: &Item) -> bool {
    let _ = p;
    let year_like = |n: &super::numeral::Numeral| {
        n.plain_digits == Some(4) && (Decimal::from(1800)..=Decimal::from(2100)).contains(&n.value)
    };
    let unit_ok = item
        .unit
        .is_none_or(|u| u.form == "年" || u.measure == ZhMeasure::Ignore);
    (year_like(&item.number) || item.high.as_ref().is_some_and(year_like)) && unit_ok
}

/// `minguo_year`: Taiwan counts its years from 1912 (`民国105年`,
/// `较104年增加0.10个百分点`, `114年第4季`): a whole number from 38 to 199
/// in Arabic digits with `年` is a year, not a duration, after `民国`, a
/// comparison or time word (`较`, `比`, `于`, `至`, `展望` …) or at the
/// head of a clause, or before a part of the year (`第4季`, `11月`,
/// `底`, `全年`), unless a span follows (`100年来`, `100年间`). (Mainland
/// durations that long are led by `连续`, `历时`, `成立` … and stay.)
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

#[cfg(test)]
mod tests {
    use super::super::reader::read_item;
    use super::*;

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
        // Taiwan's Minguo years; a long span stays a duration.
        assert_eq!(judged("民国105年", 2), None);
        assert_eq!(judged("较104年增加0.10个百分点", 1), None);
        assert_eq!(judged("，114年第4季", 1), None);
        assert_eq!(judged("展望106年", 2), None);
        assert_eq!(judged("，100年来", 1), Some(ZhMeasure::Unit("year")));
        assert_eq!(judged("连续105年", 2), Some(ZhMeasure::Unit("year")));
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

    #[test]
    fn durations_and_counts_survive() {
        assert_eq!(judged("3至5年", 0), Some(ZhMeasure::Unit("year")));
        assert_eq!(judged("1065个公园", 0), Some(ZhMeasure::Count));
        assert_eq!(judged("3月5日", 0), None);
        assert_eq!(judged("第十四个五年规划", 4), None);
    }
}
