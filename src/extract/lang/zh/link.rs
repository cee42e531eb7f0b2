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
use super::tables::{BENCHMARK_HEADS, BENCHMARKS, FRAMING_CLAUSE_HEADS, MILESTONE_HEADS};
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
            let lead = format!("，{}", &p.text[body_start..claims[i].span.start]);
            if claims[i].trend != Trend::None && context::growth_follows(&lead) {
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
/// about the same quantity: a framing clause without a number
/// (`按可比价格计算`, `扣除价格因素`), a share of or gap to a plan
/// (`完成年初预算数60999万元的40.4%`, `快于序时进度3.4个百分点`), a
/// comparison with an earlier time (`比上年减收1070万元`, `比2011年增产…`),
/// a milestone (`首次突破600亿元大关`) or a doubling (`五年内翻了两番`).
fn attendant(clause: &str, has_claim: bool) -> bool {
    let framing = !has_claim
        && clause.chars().count() <= 16
        && !clause.chars().any(|c| c.is_ascii_digit())
        && FRAMING_CLAUSE_HEADS.iter().any(|h| clause.starts_with(h));
    let milestone = {
        let c = ["首次", "再次", "一举", "历史性"]
            .iter()
            .find_map(|w| clause.strip_prefix(w))
            .unwrap_or(clause);
        MILESTONE_HEADS.iter().any(|h| c.starts_with(h))
    };
    let doubling = clause
        .find('翻')
        .is_some_and(|i| clause[i..].chars().take(4).any(|c| c == '番'));
    framing
        || milestone
        || doubling
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
            vec!["1025.5亿元 down", "36.7% ", "3.4个百分点 ", "4% down"]
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
    fn an_equivalent_in_brackets_takes_the_trend() {
        assert_eq!(
            trends("播种面积比上年增加701千公顷（1052万亩）。"),
            vec!["701千公顷 up", "1052万亩 up"]
        );
    }
}
