//! A level and the change the sentence states for it further on, past
//! clauses about the same quantity ("a total stated with its increase is
//! up"): budget and statistics reports put a share of the plan, a
//! difference, a milestone or a framing clause between a total and its
//! growth (`一般公共预算收入累计完成24627万元，完成年初预算数60999万元的
//! 40.4%，比上年减收1070万元，下降4.2%`: the total is down).
//!
//! `share_across` (in `mod.rs`) links a level to the claim right after it;
//! this reads on to the end of the sentence, clause by clause, and stops
//! at the first clause that is neither the growth clause nor one of the
//! attendant clauses below.

use super::context::{self, TrendFound};
use super::passage::Passage;
use super::tables::{
    BENCHMARK_HEADS, BENCHMARKS, ESTIMATE_GAP_DIRECTIONS, FRAMING_CLAUSE_HEADS, MILESTONE_HEADS,
    MONEY_CHANGE_WORDS,
};
use crate::extract::model::{Claim, Trend};
use crate::extract::units::Kind;

/// How far after a level its change is looked for, in bytes: a sentence
/// of a budget report up to its growth clause; a constant, so linear.
const REACH_BYTES: usize = 400;

/// `later_change`: a level without a trend takes the trend of the growth
/// clause later in its sentence when every clause between is an
/// attendant clause ([`attendant`]); a parenthesis right after the level
/// (`5600亿元(预计数,下同)`) is skipped. A share of a plan is no level
/// ([`measured_against_plan`]).
pub fn later_change(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    for j in 0..claims.len() {
        let level = &claims[j];
        if level.trend != Trend::None
            || matches!(found[j], TrendFound::Word(_))
            || level.kind == Kind::Duration
            || measured_against_plan(p, level)
        {
            continue;
        }
        if let Some(trend) = change_after(p, claims, j) {
            claims[j].trend = trend;
        }
    }
}

/// The trend of the growth clause that states claim `j`'s change, if the
/// clauses between are attendant.
fn change_after(p: &Passage, claims: &[Claim], j: usize) -> Option<Trend> {
    let from = claims[j].span.end;
    let limit = p.text.ceil_char_boundary((from + REACH_BYTES).min(p.end));
    let sentence = &p.text[from..limit];
    let sentence = &sentence[..sentence
        .find(['。', '；', ';', '！', '？', '：', ':'])
        .unwrap_or(sentence.len())];
    let after = skip_parenthesis(sentence);
    let mut at = from + (sentence.len() - after.len());
    let mut rest = after;
    let mut next = j + 1;
    loop {
        // Each clause starts after a separator.
        let sep = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '，' | ',' | '、'))?;
        let body_start = at + sep.len_utf8();
        let body = &rest[sep.len_utf8()..];
        let len = body.find(['，', ',', '、']).unwrap_or(body.len());
        let clause = &body[..len];
        let clause_end = body_start + len;
        while next < claims.len() && claims[next].span.start < body_start {
            next += 1;
        }
        let inner = (next < claims.len() && claims[next].span.start < clause_end).then_some(next);
        if let Some(i) = inner {
            let mut lead = format!(
                "，{}",
                without_restated_noun(p, &claims[j], &p.text[body_start..claims[i].span.start])
            );
            // `，较上年28899万元增长9.9%`: the earlier year's level between
            // the comparison and the growth is its base; the growth after it
            // states the change.
            let i = match base_of_comparison(p, claims, i, clause_end) {
                Some(growth) => {
                    lead.push_str(&p.text[claims[i].span.end..claims[growth].span.start]);
                    growth
                }
                None => i,
            };
            if claims[i].trend != Trend::None
                && changes_the_level(&claims[j], &claims[i])
                && context::growth_follows(&lead)
            {
                return Some(claims[i].trend);
            }
        }
        if !attendant(clause.trim(), inner.is_some()) {
            return None;
        }
        rest = &body[len..];
        at = clause_end;
    }
}

/// `base_of_comparison`: claim `i`, right after a comparison with an
/// earlier time (`，较上年28899万元增长9.9%`), is the earlier level, when a
/// claim with a trend follows it in the clause with only its trend word
/// between: that claim (the growth) is returned.
fn base_of_comparison(p: &Passage, claims: &[Claim], i: usize, clause_end: usize) -> Option<usize> {
    let base = &claims[i];
    let growth = claims.get(i + 1)?;
    let before = &p.text[..base.span.start];
    let head = &before[before.floor_char_boundary(before.len().saturating_sub(72))..];
    let clause = head.rsplit(context::ends_clause).next().unwrap_or(head);
    let compared = context::strip_comparison(clause.trim()).is_some_and(str::is_empty);
    let between = &p.text[base.span.end..growth.span.start];
    (base.trend == Trend::None
        && compared
        && growth.span.start < clause_end
        && growth.trend != Trend::None
        && context::growth_follows(&format!("，{between}")))
    .then_some(i + 1)
}

/// A growth clause may name its quantity again before the comparison
/// (`日均成交7.58万亿元，日均成交同比增长6.6%`, `粮食产量80.3万吨，粮食
/// 产量比上年下降2.4%`): a noun of two to eight Han characters that ends
/// the text right before the level is dropped from the clause's lead when
/// a comparison follows it. Another noun (`，其中税收同比增长`) stays.
fn without_restated_noun<'a>(p: &Passage, level: &Claim, lead: &'a str) -> &'a str {
    let before = &p.text[..level.span.start];
    for (i, _) in lead.char_indices().skip(2).take(7) {
        let (noun, rest) = lead.split_at(i);
        if noun.chars().all(super::tables::is_han)
            && before.ends_with(noun)
            && context::strip_comparison(rest).is_some()
        {
            return rest;
        }
    }
    lead
}

/// Whether `change` may be the change of `level`: a rate of change
/// (`增长5.2%`, `提高1.3个百分点`, `翻番`) changes any level, an amount
/// only a level of its own kind (`预留每年四亿三千六百万元，增加一千个学额`:
/// the places are another quantity).
pub fn changes_the_level(level: &Claim, change: &Claim) -> bool {
    matches!(
        change.kind,
        Kind::Percent | Kind::PercentagePoint | Kind::Multiple
    ) || change.kind == level.kind
}

/// `(预计数,下同)`, `（人民币，下同）` right after a level: skipped.
fn skip_parenthesis(s: &str) -> &str {
    let t = s.trim_start();
    let Some(open) = t.chars().next().filter(|c| matches!(c, '（' | '(')) else {
        return s;
    };
    let close = if open == '(' { ')' } else { '）' };
    match t.find(close) {
        Some(end) if end <= 60 => &t[end + close.len_utf8()..],
        _ => s,
    }
}

/// `attendant`: a clause between a level and its growth clause that is
/// about the same quantity: a multiple of an earlier level (`是“十一五”末
/// 的1.6倍`), a framing clause without a number
/// (`按可比价格计算`, `扣除价格因素`), a share of or gap to a plan
/// (`完成年初预算数60999万元的40.4%`, `快于序时进度3.4个百分点`), a
/// comparison with an earlier time (`比上年减收1070万元`, `比2011年增产…`),
/// a milestone (`首次突破600亿元大关`), a doubling (`五年内翻了两番`) or a
/// change or gap of revenue (`增收2798万元`, `短收80亿元`).
fn attendant(clause: &str, has_claim: bool) -> bool {
    let framing = !has_claim
        && clause.chars().count() <= 16
        && !clause.chars().any(|c| c.is_ascii_digit())
        && FRAMING_CLAUSE_HEADS.iter().any(|h| clause.starts_with(h));
    let milestone = {
        let c = ["首次", "首度", "再次", "一举", "历史性"]
            .iter()
            .find_map(|w| clause.strip_prefix(w))
            .unwrap_or(clause);
        MILESTONE_HEADS.iter().any(|h| c.starts_with(h))
    };
    let doubling = clause
        .find('翻')
        .is_some_and(|i| clause[i..].chars().take(4).any(|c| c == '番'));
    // `，增收2798万元，`, `，短收80亿元，`: the revenue's own change or gap.
    let revenue = MONEY_CHANGE_WORDS.iter().any(|w| clause.starts_with(w));
    // `，是“十一五”末的1.6倍，`: the level as a multiple of an earlier one.
    let multiple = clause.starts_with('是') && clause.ends_with('倍') && clause.contains('的');
    framing
        || milestone
        || doubling
        || multiple
        || revenue
        || benchmark(clause)
        || context::strip_comparison(clause).is_some()
            && !["分别", "年均", "均"].iter().any(|w| clause.starts_with(w))
}

/// `measured_against_plan`: a claim whose clause measures something
/// against a plan or schedule (`为预算的99.4%`, `完成年初预算36.7%`,
/// `快于序时进度3.4个百分点`) is a share or a gap, never the level of the
/// change after it.
pub fn measured_against_plan(p: &Passage, claim: &Claim) -> bool {
    let floor = p
        .text
        .floor_char_boundary(claim.span.start.saturating_sub(90))
        .max(p.byte(0));
    let head = &p.text[floor..claim.span.start];
    let clause = head
        .rsplit(['，', ',', '、', '；', ';', '。', '：', ':'])
        .next()
        .unwrap_or("");
    benchmark(clause.trim())
}

/// A clause that starts with a word of [`BENCHMARK_HEADS`] and names a
/// plan followed by its number or `的` (`完成年初预算数…`, `为预算的…`),
/// not a total whose name holds the word (`完成一般公共预算收入3.5亿元`).
fn benchmark(clause: &str) -> bool {
    if !BENCHMARK_HEADS.iter().any(|h| clause.starts_with(h)) {
        return false;
    }
    BENCHMARKS.iter().any(|b| {
        clause.match_indices(b).any(|(i, _)| {
            let next = clause[i + b.len()..].chars().next();
            next.is_none_or(|c| c.is_ascii_digit() || matches!(c, '的' | '数' | '（' | '('))
        })
    })
}

/// `paren_equivalent`: a claim in brackets right after another of its
/// kind restates it in another unit (`增加701千公顷(1052万亩)`): it
/// takes that claim's trend.
pub fn paren_equivalent(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    for i in 1..claims.len() {
        let between = p.text[claims[i - 1].span.end..claims[i].span.start].trim();
        let closes = p.text[claims[i].span.end..p.end]
            .trim_start()
            .starts_with([')', '）']);
        if matches!(between, "(" | "（")
            && closes
            && claims[i].kind == claims[i - 1].kind
            && claims[i].trend == Trend::None
            && !matches!(found[i], TrendFound::Word(_))
        {
            claims[i].trend = claims[i - 1].trend;
        }
    }
}

/// `restated_change`: a change its own trend word states, restated right
/// after it in another unit or as a share (`减少一百三十八亿元，即百分之四点一`,
/// `增加二百二十三亿元，或百分之七点八`, `增加6万9千人（0.62%）`, `高出7.39个
/// 百分点，相当于多出91.6亿美元`): the restatement takes the change's trend.
pub fn restated_change(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    for i in 1..claims.len() {
        let between = p.text[claims[i - 1].span.end..claims[i].span.start].trim();
        // (`比原预测高出7.39个百分点，相当于多出91.6亿美元`: the same
        // difference in another unit, its direction word written again.)
        let equivalent = ["，相当于", ",相当于"]
            .iter()
            .find_map(|w| between.strip_prefix(w))
            .is_some_and(|rest| {
                rest.is_empty() || ESTIMATE_GAP_DIRECTIONS.iter().any(|(w, _)| rest == *w)
            });
        let word = equivalent
            || matches!(
                between,
                "，即" | ",即" | "，或" | ",或" | "，亦即" | "，也就是" | "即" | "或"
            );
        let share = matches!(between, "(" | "（")
            && claims[i].kind == Kind::Percent
            && p.text[claims[i].span.end..p.end]
                .trim_start()
                .starts_with([')', '）']);
        if (word || share)
            && matches!(found[i - 1], TrendFound::Word(_))
            && claims[i].trend == Trend::None
            && !matches!(found[i], TrendFound::Word(_))
        {
            claims[i].trend = claims[i - 1].trend;
        }
    }
}

/// `growth_named_after`: a rate followed by `的` and a change noun
/// (`录得22.5%的按年升幅`, `的名义跌幅`, `实现9.1%的GDP增长率`, `保持7.1%的增速`)
/// is the size of that change, as "GDP growth of around 5%" is
/// ([`context::change_noun_after`]; the loose reading, a growth noun
/// anywhere in the clause, for percentages only).
pub fn growth_named_after(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    for (claim, found) in claims.iter_mut().zip(found) {
        let rate = matches!(claim.kind, Kind::Percent | Kind::PercentagePoint);
        if !rate || claim.trend != Trend::None || matches!(found, TrendFound::Word(_)) {
            continue;
        }
        let loose = claim.kind == Kind::Percent && !matches!(found, TrendFound::Neutral);
        if let Some(trend) = context::change_noun_after(&p.text[claim.span.end..p.end], loose) {
            claim.trend = trend;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::read_passage;
    use crate::extract::units::DocumentCurrency;

    fn trends(s: &str) -> Vec<String> {
        read_passage(s, 0, s.len(), &DocumentCurrency::default())
            .iter()
            .map(|c| format!("{} {}", &s[c.span.start..c.span.end], c.trend.as_str()))
            .collect()
    }

    #[test]
    fn a_change_restated_as_a_share_or_in_money_keeps_its_trend() {
        assert_eq!(
            trends("比上年度减少一百三十八亿元，即百分之四点一，主要因为缩减措施规模。"),
            vec!["一百三十八亿元 down", "百分之四点一 down"]
        );
        assert_eq!(
            trends("按年增加百分之十五点四，即六百六十九亿元。"),
            vec!["百分之十五点四 up", "六百六十九亿元 up"]
        );
        assert_eq!(
            trends("平均就业人数增加6万9千人（0.62%）。"),
            vec!["6万9千人 up", "0.62% up"]
        );
        assert_eq!(
            trends("比原预测高出7.39个百分点，相当于多出91.6亿美元。"),
            vec!["7.39个百分点 up", "91.6亿美元 up"]
        );
        // `相当于` before another quantity restates nothing.
        assert_eq!(
            trends("增长5%，相当于全国平均水平的1.2倍。"),
            vec!["5% up", "1.2倍 "]
        );
        // A level after `即` without a change before it stays as it is.
        assert_eq!(
            trends("共占百分之五十八，即三千零二十三亿元。"),
            vec!["百分之五十八 ", "三千零二十三亿元 "]
        );
    }

    #[test]
    fn a_growth_clause_naming_the_level_again_changes_it() {
        assert_eq!(
            trends("日均成交7.58万亿元，日均成交同比增长6.6%。"),
            vec!["7.58万亿元 up", "6.6% up"]
        );
        assert_eq!(
            trends("粮食产量80.3万吨，粮食产量比上年下降2.4%。"),
            vec!["80.3万吨 down", "2.4% down"]
        );
        // another quantity's growth is not the level's
        assert_eq!(
            trends("合计成交136.49万亿元，日均成交同比增长6.6%。"),
            vec!["136.49万亿元 ", "6.6% up"]
        );
    }

    #[test]
    fn a_rate_named_a_growth_after_it_is_up() {
        assert_eq!(
            trends("为2003年实现9.1%的GDP增长率发挥了重要作用。"),
            vec!["9.1% up"]
        );
        assert_eq!(trends("货物出口仍保持7.1%的增速。"), vec!["7.1% up"]);
        assert_eq!(trends("覆盖率达到95%的地区。"), vec!["95% "]);
    }

    #[test]
    fn a_level_compared_with_a_fiscal_or_minguo_year_takes_the_change() {
        assert_eq!(
            trends("经常开支为三千零七十四亿元，较二零一三/一四年度的修订预算增加二百二十三亿元。"),
            vec!["三千零七十四亿元 up", "二百二十三亿元 up"]
        );
        assert_eq!(
            trends("经营开支预计为五千零一十五亿元，按年增加百分之十五点四。"),
            vec!["五千零一十五亿元 up", "百分之十五点四 up"]
        );
        assert_eq!(
            trends("劳动力参与率58.75%，较104年增加0.10个百分点。"),
            vec!["58.75% up", "0.10个百分点 up"]
        );
        assert_eq!(
            trends("总开支223.2亿元，较本年度增加9.3亿元。"),
            vec!["223.2亿元 up", "9.3亿元 up"]
        );
    }

    #[test]
    fn a_change_of_another_quantity_is_no_change_of_the_level() {
        assert_eq!(
            trends("政府将预留每年四亿三千六百万元，增加一千个学士学位课程学额。"),
            vec!["四亿三千六百万元 ", "一千个 up"]
        );
        assert_eq!(
            trends("城镇新增就业岗位6007个，比上年减少587个。"),
            vec!["6007个 down", "587个 down"]
        );
    }

    #[test]
    fn a_level_reached_at_a_named_year_takes_the_change() {
        assert_eq!(
            trends("税收总额从2006年的19.8亿元增至2011年的48.6亿元。"),
            vec!["19.8亿元 ", "48.6亿元 up"]
        );
        assert_eq!(
            trends("优良以上天数达272天，比上年增加29天。"),
            vec!["272天 up", "29天 up"]
        );
    }

    #[test]
    fn taiwan_growth_words_are_trend_words() {
        assert_eq!(
            trends("第4季实质GDP较上季成长5.52%，较原预测上修1.26个百分点。"),
            vec!["5.52% up", "1.26个百分点 up"]
        );
    }

    #[test]
    fn a_total_takes_the_change_past_a_share_of_the_plan() {
        assert_eq!(
            trends(
                "收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。"
            ),
            vec![
                "24627万元 down",
                "60999万元 ",
                "40.4% ",
                "1070万元 down",
                "4.2% down"
            ]
        );
        assert_eq!(
            trends("全市支出1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点，下降4%。"),
            // (The gap to the schedule is a difference against a plan:
            // its own direction, `CLAIMS.md`.)
            vec!["1025.5亿元 down", "36.7% ", "3.4个百分点 up", "4% down"]
        );
        assert_eq!(
            trends("中央收入99565.82亿元，为预算的99.4%，增长4.9%。"),
            vec!["99565.82亿元 up", "99.4% ", "4.9% up"]
        );
    }

    #[test]
    fn a_total_takes_the_change_past_framing_and_milestones() {
        assert_eq!(
            trends("前三季度国内生产总值529971亿元，按可比价格计算，同比增长6.7%。"),
            vec!["529971亿元 up", "6.7% up"]
        );
        assert_eq!(
            trends("地区生产总值完成602.5亿元，首次突破600亿元大关，同比增长5.5%。"),
            vec!["602.5亿元 up", "600亿元 ", "5.5% up"]
        );
        assert_eq!(
            trends("地区生产总值达5600亿元（预计数，下同），增长14%以上。"),
            vec!["5600亿元 up", "14% up"]
        );
    }

    #[test]
    fn another_noun_or_the_sentence_end_stops_the_link() {
        assert_eq!(
            trends("收入100亿元，其中税收80亿元，增长5%。"),
            vec!["100亿元 ", "80亿元 up", "5% up"]
        );
        assert_eq!(
            trends("收入100亿元，按可比价格计算。增长5%。"),
            vec!["100亿元 ", "5% up"]
        );
        assert_eq!(
            trends("收入100亿元，完成一般公共预算收入90亿元，增长5%。"),
            vec!["100亿元 ", "90亿元 up", "5% up"]
        );
    }

    #[test]
    fn a_total_stated_with_its_revenue_change() {
        // `增收`/`增支`/`减收` after a total: the total is its change's.
        assert_eq!(
            trends("全县收入86亿元，增收4亿元，增长4.9%；支出120亿元，减支3亿元。"),
            vec![
                "86亿元 up",
                "4亿元 up",
                "4.9% up",
                "120亿元 down",
                "3亿元 down"
            ]
        );
        // A gap to the budget carries its own trend; the total takes the
        // growth clause after it, or none.
        assert_eq!(
            trends("收入1500亿元，短收60亿元，增长2%。收入900亿元，多收8亿元。"),
            vec![
                "1500亿元 up",
                "60亿元 down",
                "2% up",
                "900亿元 ",
                "8亿元 up"
            ]
        );
        assert_eq!(
            trends("收入完成3.2亿元，占调整预算102%，同比增长6%，增收1800万元。"),
            vec!["3.2亿元 up", "102% ", "6% up", "1800万元 up"]
        );
    }

    #[test]
    fn a_restatement_after_ji_takes_the_trend() {
        assert_eq!(
            trends("经常开支按年增加7.5%，即312亿元。"),
            vec!["7.5% up", "312亿元 up"]
        );
    }

    #[test]
    fn an_equivalent_in_brackets_takes_the_trend() {
        assert_eq!(
            trends("播种面积比上年增加701千公顷（1052万亩）。"),
            vec!["701千公顷 up", "1052万亩 up"]
        );
    }
}
