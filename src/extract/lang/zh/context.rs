//! Qualifier, trend and subject of a Chinese claim, read from its clause.
//! A clause runs back to the nearest `，；：。！？` (a `、` list stays one
//! clause, so `分别增长5.2%、4.6%` shares its trend). A line break inside
//! a passage is a wrapped line (PDF text), not a clause break: the
//! sentence splitter already ends passages at real line breaks.

use super::passage::Passage;
use super::tables::arabic_digit;
use super::tables::{
    BENCHMARK_NOUNS, BENCHMARKS, CHANGE_NOUNS_AFTER, COMPARED_DIRECTIONS, COMPARISON_WORDS,
    CUT_WORDS, ESTIMATE_GAP_DIRECTIONS, ESTIMATE_GAP_WORDS, ESTIMATES, FRAMING_PHRASES,
    GROWTH_MODIFIERS, GROWTH_NOUNS_AFTER, IMPROVED_BY_FALLING, INNER_WORD_STARTS,
    MONEY_CHANGE_WORDS, QUALIFIER_WORD_LEADS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RUN_IN_LABELS,
    SIGNED_RATE_LEADS, SLOGANS, SUBJECT_HEAD_WORDS, SUBJECT_TAIL_WORDS, TEMPORAL_COMPARISONS,
    TREND_WORDS,
};
use crate::extract::model::{Qualifier, Trend};
use std::sync::LazyLock;

/// Characters that end a clause.
pub fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | '；' | '：' | '。' | '！' | '？' | ',' | ';' | ':' | '（' | '）' | '(' | ')'
    )
}

fn qualifier_of(name: &str) -> Qualifier {
    match name {
        "over" => Qualifier::Over,
        "under" => Qualifier::Under,
        "approx" => Qualifier::Approx,
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        _ => Qualifier::Exact,
    }
}

/// The qualifier word right before char `start`, with its length in chars.
/// A one-character qualifier that is the end of another word (`签约`,
/// `节约`, `最近`, `附近`, `赶超`) qualifies nothing.
pub fn qualifier_before(p: &Passage, start: usize) -> Option<(Qualifier, usize)> {
    // (`减少约 2.6%`: a space may stand between the word and the number;
    // the length returned counts it.)
    let spaced = p.head(start);
    let head = spaced.trim_end_matches(' ');
    let spaces = spaced.len() - head.len();
    let (form, q) = QUALIFIERS_BEFORE
        .iter()
        .filter(|(form, _)| head.ends_with(form))
        .max_by_key(|(form, _)| form.len())?;
    let lead = head[..head.len() - form.len()].chars().next_back();
    let in_word = QUALIFIER_WORD_LEADS
        .iter()
        .any(|(f, leads)| f == form && lead.is_some_and(|c| leads.contains(c)));
    (!in_word).then(|| (qualifier_of(q), form.chars().count() + spaces))
}

/// `qualifier`: a word before the number (`超过`, `近`, `不低于`) wins over
/// `多`/`余` inside it, which win over a word after it (`以上`, `左右`).
/// `近` before a duration frames a period (`近五年`): no qualifier.
/// Example: `超过126万亿元` is `over`, `5%左右` is `approx`.
pub fn qualifier(
    p: &Passage,
    start: usize,
    end: usize,
    inner_over: bool,
    duration: bool,
) -> Qualifier {
    if let Some((q, len)) = qualifier_before(p, start) {
        let framing = duration && p.head(start).ends_with('近') && len == 1;
        if !framing && !overshoot_of_plan(p, start) && !benchmark_value(p, start, end) {
            return q;
        }
    }
    // `上千万家庭`: `上` before a number that starts with its scale.
    let scale_led = matches!(p.char(start), Some('百' | '千' | '万' | '亿'));
    if inner_over || scale_led && p.head(start).ends_with('上') {
        return Qualifier::Over;
    }
    let rest = p.rest(end);
    // `50米内换乘` is at most 50 m; `21个内设机构` is a word.
    let inner_word = rest.starts_with('内')
        && rest
            .chars()
            .nth(1)
            .is_some_and(|c| INNER_WORD_STARTS.contains(c));
    // `较预测数1723亿美元多出158亿美元`, `同比多增`: `多` that starts a
    // change word after the number is no `over`.
    let change_word = rest.starts_with('多')
        && (rest.starts_with("多出")
            || TREND_WORDS
                .iter()
                .any(|(w, _)| w.starts_with('多') && rest.starts_with(w)));
    QUALIFIERS_AFTER
        .iter()
        .filter(|_| !inner_word && !change_word)
        .find(|(form, _)| rest.starts_with(form))
        .map_or(Qualifier::Exact, |&(_, q)| qualifier_of(q))
}

/// `比“十五”计划目标3000亿元超过1070亿元`: after a comparison with a plan
/// (a benchmark of [`BENCHMARKS`] between `比`/`较` and the word), `超过`
/// says by how much the plan was beaten, so the number is the exact
/// overshoot, not a bound (`比上年增长超过5%` stays over: no benchmark).
fn overshoot_of_plan(p: &Passage, start: usize) -> bool {
    let head = p.head(start).trim_end_matches(' ');
    let Some(before) = ["超过", "超出", "超"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
    else {
        return false;
    };
    let clause = before
        .rsplit(['，', ',', '；', ';', '。', '：', ':'])
        .next()
        .unwrap_or(before);
    clause.rfind(['比', '较']).is_some_and(|i| {
        let compared = &clause[i..];
        BENCHMARKS.iter().any(|b| compared.contains(b))
            && !TREND_WORDS
                .iter()
                .any(|(w, dir)| dir.is_some() && compared.contains(w))
    })
}

/// `benchmark_value`: after `低于`/`高于` a number followed by `的` and a
/// benchmark (`明显低于3.5%左右的预期目标`, `高于6%的目标`) is the
/// benchmark's own value, compared with, not bounded: no qualifier from
/// the comparison (`左右` after it still counts).
fn benchmark_value(p: &Passage, start: usize, end: usize) -> bool {
    let head = p.head(start).trim_end_matches(' ');
    if !head.ends_with("低于") && !head.ends_with("高于") {
        return false;
    }
    let rest = p.rest(end);
    let rest = QUALIFIERS_AFTER
        .iter()
        .find_map(|(form, _)| rest.strip_prefix(form))
        .unwrap_or(rest);
    let Some(after) = rest.strip_prefix('的') else {
        return false;
    };
    let noun: String = after
        .chars()
        .take_while(|&c| !ends_clause(c))
        .take(8)
        .collect();
    BENCHMARK_NOUNS.iter().any(|b| noun.contains(b))
}

/// Verbs that change a rate (`提高2个百分点`) but upgrade things
/// (`提升改造老旧小区100个`): a trend for an amount only right before it.
const UPGRADE_VERBS: &[&str] = &["提升", "提高", "扩大"];

/// What a number measures, as far as trend words care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measured {
    /// A percent, points or a multiple.
    Rate,
    Money,
    /// A physical amount (area, mass, length, duration …).
    Amount,
    /// A count of things.
    Count,
}

/// How a backwards trend search ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendFound {
    /// A trend word: up or down.
    Word(Trend),
    /// A word that carries none (`新增`, `增加值`).
    Neutral,
    Nothing,
}

/// `trend`: the nearest trend word before the number in its clause
/// (`同比增长5%` up, `下降4.8%` down, `比上年增加` up); a word that
/// carries none (`新增`, `新建`, `增加值`) stops the search.
/// A cut word (`减税降费`, `减负`) makes money or a rate after it the size
/// of a cut (down) and names a policy before anything else (no trend).
/// An upgrade verb (`提升`) before a count gives a trend only with `到`/`至`
/// (`提升26.4万户` upgrades houses; `提升至5000家` is a rise).
/// Example: `城镇新增就业1244万人` has no trend.
pub fn trend(p: &Passage, start: usize, what: Measured) -> TrendFound {
    // `从10%降至2.5%`: the start of a change is its base, with no trend.
    if p.head(start).ends_with(['从', '由']) {
        return TrendFound::Neutral;
    }
    if let Some(trend) = compared_change(p, start) {
        return TrendFound::Word(trend);
    }
    if let Some(trend) = estimate_gap(p, start) {
        return TrendFound::Word(trend);
    }
    if what == Measured::Rate && growth_lead_before(p, start) {
        return TrendFound::Word(Trend::Up);
    }
    let found = trend_word(p, start, what);
    if found == TrendFound::Nothing && what == Measured::Rate && growth_target(p, start) {
        return TrendFound::Word(Trend::Up);
    }
    found
}

/// `growth_lead_before`: a rate written right after a comparison with an
/// earlier time and no verb (`人均地区生产总值36935元,同比11.4%`,
/// `环比0.5%`) is the growth, up; with a minus sign it is a fall
/// (`同比-10.7%`, `mod.rs`'s `signed_rate`): the comparisons of one table,
/// [`SIGNED_RATE_LEADS`], say both. (Its growth nouns are trend words
/// already, and after `高于` a gap: `高于全国增速2.5个百分点`.)
fn growth_lead_before(p: &Passage, start: usize) -> bool {
    // (`同比+11.4%`: with its plus sign.)
    let head = p.near_head(start, 3).trim_end_matches('+');
    SIGNED_RATE_LEADS
        .iter()
        .any(|w| TEMPORAL_COMPARISONS.contains(w) && head.ends_with(w))
}

/// `compared_change`: a comparison with an earlier time and `高`/`低`
/// (`快`/`慢`, `多`/`少`) right before the number say how the quantity
/// changed (`同比高0.2个百分点` up, `增速比上月末低0.6个百分点` down),
/// whatever trend word stands further back.
fn compared_change(p: &Passage, start: usize) -> Option<Trend> {
    let len = qualifier_before(p, start).map_or(0, |(_, len)| len);
    let head = p.near_head(start.saturating_sub(len), 24).trim_end();
    let head = earlier_members_skipped(head.trim_end_matches('了'));
    COMPARED_DIRECTIONS.iter().find_map(|&(word, up)| {
        let before = head.strip_suffix(word)?;
        let temporal = ends_with_temporal_comparison(before);
        temporal.then_some(if up { Trend::Up } else { Trend::Down })
    })
}

/// `estimate_gap`: a difference against a plan or an estimate carries the
/// trend of the difference (`CLAIMS.md`): `高于预期目标0.5个百分点`,
/// `快于序时进度3.4个百分点` up, `低于年度目标1个百分点` down (a word of
/// [`ESTIMATE_GAP_DIRECTIONS`], a benchmark between it and the number);
/// also after a comparison with a plan (`比计划多12亿元`, `比“十五”计划
/// 目标3000亿元超过1070亿元`). Against another place or sector it is a gap
/// with no trend (`高于全国2.5个百分点`), and a number right after the
/// word is the benchmark's own value (`高于6%的目标`): `None`.
fn estimate_gap(p: &Passage, start: usize) -> Option<Trend> {
    let planned = |s: &str| BENCHMARKS.iter().chain(ESTIMATES).any(|b| s.contains(b));
    // (Most numbers have no plan before them: one look at the clause.)
    let near = p.near_head(start, 30);
    if !planned(near.rsplit(ends_clause).next().unwrap_or(near)) {
        return None;
    }
    let len = qualifier_before(p, start).map_or(0, |(_, len)| len);
    let head = p.near_head(start.saturating_sub(len), 24).trim_end();
    let head = earlier_members_skipped(head.trim_end_matches('了'));
    let clause = head.rsplit(ends_clause).next().unwrap_or(head);
    let no_number = |s: &str| !s.chars().any(|c| arabic_digit(c).is_some());
    // `高于预期目标0.5个百分点`: the word, then the benchmark.
    let gap = ESTIMATE_GAP_DIRECTIONS.iter().find_map(|&(word, up)| {
        let at = clause.rfind(word)?;
        let benchmark = &clause[at + word.len()..];
        (!benchmark.is_empty() && planned(benchmark) && no_number(benchmark)).then_some(up)
    });
    // (`优于原预测6.20%`: a rate after the benchmark is its own value; a
    // gap is written in points or an amount.)
    if let Some(up) = gap.filter(|_| !percent_at(p, start)) {
        return Some(if up { Trend::Up } else { Trend::Down });
    }
    // `比计划多12亿元`, `比计划目标3000亿元超过1070亿元`: the comparison, then
    // the word right before the number (`超过` there is no qualifier).
    let head = p.near_head(start, 24).trim_end();
    let clause = head.rsplit(ends_clause).next().unwrap_or(head);
    let words = COMPARED_DIRECTIONS
        .iter()
        .chain(ESTIMATE_GAP_DIRECTIONS.iter())
        .filter_map(|&(word, up)| clause.strip_suffix(word).map(|before| (before, up)));
    for (before, up) in words {
        let compared = before.rfind(['比', '较']).map(|i| &before[i..]);
        let trend_between = compared.is_some_and(|c| {
            TREND_WORDS
                .iter()
                .any(|(w, dir)| dir.is_some() && c.contains(w))
        });
        if compared.is_some_and(planned) && !trend_between {
            return Some(if up { Trend::Up } else { Trend::Down });
        }
    }
    None
}

/// Whether the number at char `start` is a percentage (`6.20%`,
/// `百分之六`).
fn percent_at(p: &Passage, start: usize) -> bool {
    let rest = p.rest(start);
    rest.starts_with("百分之")
        || rest
            .trim_start_matches(|c: char| {
                arabic_digit(c).is_some()
                    || matches!(c, '.' | ',')
                    || super::tables::digit_value(c).is_some()
            })
            .starts_with(['%', '％'])
}

/// `分别比上月末和上年同期低0.6个和1.3个百分点`: the members of a list
/// before a number (`0.6个和`, `0.5%、`) are dropped from the end of its
/// head, so every member reads the comparison and direction before the
/// first.
pub fn earlier_members_skipped(head: &str) -> &str {
    let mut head = head;
    for _ in 0..8 {
        let Some(member) = head.strip_suffix(['和', '、', '及']) else {
            break;
        };
        let member = member
            .strip_suffix(['个', '個', '%', '％'])
            .unwrap_or(member);
        let before = member.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if before.len() == member.len() {
            break;
        }
        head = before;
    }
    head
}

/// Whether `s` ends with a comparison with an earlier time: a word of
/// `TEMPORAL_COMPARISONS` (`同比`, `比上月末`), or `比`/`较` and a time
/// (`比2011年`, `较一季度`, `比1-8月`), not a place or sector
/// (`比规模以上工业`, `比全国`).
fn ends_with_temporal_comparison(s: &str) -> bool {
    if TEMPORAL_COMPARISONS.iter().any(|w| s.ends_with(w)) {
        return true;
    }
    let Some(at) = s.rfind(['比', '较']) else {
        return false;
    };
    // (`比全年计划多`: a plan, not an earlier time.)
    let target = &s[at + '比'.len_utf8()..];
    target.chars().count() <= 8
        && target.contains(['年', '月', '季'])
        && !BENCHMARKS.iter().any(|b| target.contains(b))
        // (`比常年值偏少5.9%`: a gap to the long-term mean.)
        && !["常年", "多年", "历年", "平均"].iter().any(|w| target.contains(w))
}

/// `strip_comparison`: the text after a comparison that opens a clause
/// (`比上年`, `同比`, `年均`, a named earlier time `比2011年`, `较2015年末`).
pub fn strip_comparison(rest: &str) -> Option<&str> {
    if let Some(r) = COMPARISON_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
        return Some(r);
    }
    if let Some(r) = TEMPORAL_COMPARISONS
        .iter()
        .find_map(|w| rest.strip_prefix(w))
    {
        return Some(r);
    }
    let r = rest.strip_prefix(['比', '较'])?;
    let r = named_year(r).or_else(|| named_months(r))?;
    Some(
        ["同期", "末", "底"]
            .iter()
            .find_map(|w| r.strip_prefix(w))
            .unwrap_or(r),
    )
}

/// The text after named months at the start of `r` (`1-5月`, `5月份`,
/// `1—11月`): a comparison with an earlier period of the year
/// (`比1-5月提高0.9个百分点`).
fn named_months(r: &str) -> Option<&str> {
    fn month(s: &str) -> Option<&str> {
        let n = s.chars().take_while(char::is_ascii_digit).count();
        (1..=2).contains(&n).then(|| &s[n..])
    }
    let r = month(r)?;
    let r = r
        .strip_prefix(['-', '—', '–', '至'])
        .and_then(month)
        .unwrap_or(r);
    let r = r.strip_prefix('月')?;
    Some(r.strip_prefix('份').unwrap_or(r))
}

/// The text after a named year at the start of `r`: four digits
/// (`2011年`), a Minguo year of two or three (`104年`, from 38), or a Hong
/// Kong fiscal year in Chinese numerals (`二零一八/一九年度`).
fn named_year(r: &str) -> Option<&str> {
    let digits = r.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let minguo = (2..=3).contains(&digits) && r[..digits].parse::<u32>().is_ok_and(|y| y >= 38);
        let rest = r[digits..]
            .strip_prefix('年')
            .filter(|_| digits == 4 || minguo)?;
        return Some(rest.strip_prefix('度').unwrap_or(rest));
    }
    let chinese = |c: char| "零〇一二三四五六七八九".contains(c);
    let first = r.chars().take_while(|&c| chinese(c)).count();
    let r = r[first * '零'.len_utf8()..]
        .strip_prefix(['/', '／'])
        .filter(|_| first == 4)?;
    let second = r.chars().take_while(|&c| chinese(c)).count();
    r[second * '零'.len_utf8()..]
        .strip_prefix("年度")
        .filter(|_| second == 2)
}

/// `growth_target`: a rate set as the target of a growth named earlier
/// in its sentence (`经济增速是综合性指标，今年预期目标设定为6%以上`): up, as
/// "a growth target is up".
fn growth_target(p: &Passage, start: usize) -> bool {
    // (At most SENTENCE_REACH_CHARS back: a passage without a sentence
    // end read back to its start for every rate was quadratic.)
    let head = p.near_head(start, SENTENCE_REACH_CHARS);
    let sentence = head.rsplit(['。', '；', '！', '？']).next().unwrap_or("");
    let clause = sentence.rsplit(ends_clause).next().unwrap_or("");
    let Some(at) = ["增速", "增长率"]
        .iter()
        .filter_map(|w| sentence.find(w).map(|i| i + w.len()))
        .min()
    else {
        return false;
    };
    let between = &sentence[at..];
    let other_rate = ["率", "比重", "占比", "指数", "涨幅", "价格", "%", "％"]
        .iter()
        .any(|w| between.contains(w));
    clause.contains("目标") && !other_rate && clause.len() < sentence.len()
}

/// The nearest trend word before char `start` in its clause.
fn trend_word(p: &Passage, start: usize, what: Measured) -> TrendFound {
    // Read back at most TREND_REACH_CHARS: every number of a long clause
    // (a list of thousands of rates after one `增长`) reading back to its
    // start was quadratic (16 KiB took 4.5 s).
    let floor = start.saturating_sub(TREND_REACH_CHARS);
    let qualifier_len = qualifier_before(p, start).map(|(_, len)| len);
    // Whether the text stepped over so far (chars `k..start`) holds a `的`.
    let mut modifier = false;
    let mut k = start;
    while k > floor {
        let c = p.char(k - 1).unwrap_or('。');
        if ends_clause(c) {
            break;
        }
        if c.is_whitespace() {
            k -= 1;
            continue;
        }
        // `增幅在30%以上的有7个行业`: a number inside a modifier (`…的`)
        // before this one owns the trend word before it.
        if arabic_digit(c).is_some() && modifier {
            // `增至2011年的48.6亿元`: a year before `的` dates the level,
            // no number of a modifier.
            let year_start = (floor..k)
                .rev()
                .find(|&j| p.char(j).and_then(arabic_digit).is_none());
            let digits_from = year_start.map_or(floor, |j| j + 1);
            if k - digits_from == 4 && p.rest(k).starts_with("年的") {
                k = digits_from;
                continue;
            }
            break;
        }
        // A one-character word (`增`, `降`) counts only right before the
        // number (`同比降0.2%`), not inside a word further back (`降息惠及`).
        let adjacent = || {
            p.head(start)[p.head(k).len()..]
                .trim_start_matches('了')
                .trim()
                .is_empty()
                || qualifier_len.is_some_and(|len| k + len == start)
        };
        if let Some((form, dir)) = trend_word_ending(p, k, adjacent) {
            // (`出台稳增长10项措施`: a slogan names a policy.)
            if SLOGANS.iter().any(|s| ends_at(p, k, s)) {
                return TrendFound::Neutral;
            }
            return trend_of_word(p, start, k, form, dir, what);
        }
        modifier |= c == '的';
        k -= 1;
    }
    TrendFound::Nothing
}

/// What the trend word `form` (direction `dir`) ending at char `k` says
/// of the number at char `start`.
fn trend_of_word(
    p: &Passage,
    start: usize,
    k: usize,
    form: &str,
    dir: Option<bool>,
    what: Measured,
) -> TrendFound {
    let amount = matches!(what, Measured::Amount | Measured::Count);
    // `保护提升历史文化名城4个`: an upgrade verb before an amount of
    // things says what is done to them, not that the amount grew;
    // right before the number (`提高到42.2平方米`) it is a change.
    let between = p.head(start)[p.head(k).len()..].trim();
    // `经济增长的拉动贡献分别为…`: a trend word before `的` names a noun.
    if between.starts_with('的') {
        return TrendFound::Neutral;
    }
    let reaches = between.trim_start_matches(['到', '至', '了']).is_empty();
    let to = between.starts_with(['到', '至']);
    let upgrade = UPGRADE_VERBS.contains(&form);
    if upgrade && (amount && !reaches || what == Measured::Count && !to) {
        return TrendFound::Neutral;
    }
    // (`带动增收农户3000户`: revenue words name a goal before a count.)
    if (CUT_WORDS.contains(&form) || MONEY_CHANGE_WORDS.contains(&form)) && amount {
        return TrendFound::Neutral;
    }
    // `PM2.5浓度改善10.8%`: a pollutant improves by falling.
    if form == "改善" {
        let clause = p
            .near_head(k, TREND_REACH_CHARS)
            .rsplit(ends_clause)
            .next()
            .unwrap_or("");
        let bad = IMPROVED_BY_FALLING.iter().any(|w| clause.contains(w));
        return if bad {
            TrendFound::Word(Trend::Down)
        } else {
            TrendFound::Neutral
        };
    }
    // `高于规上工业增加值增速16.4个百分点`: a gap to another rate.
    // (Within the reach, not back to the passage's start: that
    // was quadratic on a passage without a clause end.)
    let floor = start.saturating_sub(TREND_REACH_CHARS);
    let reach = &p.text[p.byte(floor)..p.byte(k)];
    let clause = || reach.rsplit(ends_clause).next().unwrap_or("");
    // `增速分别比规模以上工业快4.6和3.1个百分点`: so is a comparison
    // with another sector (one with an earlier time is `compared_change`).
    if matches!(form, "增速" | "增幅")
        && (["高于", "低于", "快于", "慢于", "高出", "低出"]
            .iter()
            .any(|w| clause().contains(w) || between.contains(w))
            || form == "增速" && between.contains(['比', '较']))
    {
        return TrendFound::Neutral;
    }
    match dir {
        Some(true) => TrendFound::Word(Trend::Up),
        Some(false) => TrendFound::Word(Trend::Down),
        None => TrendFound::Neutral,
    }
}

/// The longest word of `TREND_WORDS` that ends at char `k` (its last
/// character is char `k - 1`), read over the breaks of a wrapped line
/// (`增\n长3.9%` is `增长`); a one-character word with a direction only
/// when `adjacent` says it stands right before the number.
fn trend_word_ending(
    p: &Passage,
    k: usize,
    adjacent: impl Fn() -> bool,
) -> Option<(&'static str, Option<bool>)> {
    let last = p.char(k.checked_sub(1)?)?;
    let words = TREND_INDEX.ending_in(last);
    words
        .iter()
        .map(|&i| TREND_WORDS[i])
        .filter(|&(form, dir)| {
            ends_at(p, k, form) && (dir.is_none() || form.chars().count() > 1 || adjacent())
        })
        .max_by_key(|(form, _)| form.len())
}

/// Whether `form` is the text before char `k`, whitespace (the breaks of a
/// wrapped line) skipped, within its last `TREND_NEAR_CHARS` characters.
fn ends_at(p: &Passage, k: usize, form: &str) -> bool {
    let mut before = p.chars[..k.min(p.chars.len())]
        .iter()
        .rev()
        .map(|&(_, c)| c)
        .filter(|c| !c.is_whitespace());
    form.chars().count() <= TREND_NEAR_CHARS && form.chars().rev().all(|f| before.next() == Some(f))
}

/// How many characters (whitespace aside) before a position a trend word
/// may take: more than the longest word of the lexicon.
const TREND_NEAR_CHARS: usize = 8;

/// `TREND_WORDS` indexed by last character, built once: the look-back of
/// [`trend`] steps over every character of a clause, and most end no
/// trend word, so a step costs one binary search instead of a comparison
/// with every word (it built a string of the last eight characters and
/// compared it with all eighty words at every step: about a quarter of
/// the time on Chinese reports).
struct TrendIndex {
    /// Last characters, sorted, each with the indices of the words that
    /// end in it, in table order.
    by_last: Vec<(char, Vec<usize>)>,
}

impl TrendIndex {
    fn new(words: &[(&str, Option<bool>)]) -> Self {
        let mut by_last: Vec<(char, Vec<usize>)> = Vec::new();
        for (i, (form, _)) in words.iter().enumerate() {
            let Some(last) = form.chars().next_back() else {
                continue;
            };
            match by_last.binary_search_by_key(&last, |&(c, _)| c) {
                Ok(at) => by_last[at].1.push(i),
                Err(at) => by_last.insert(at, (last, vec![i])),
            }
        }
        TrendIndex { by_last }
    }

    /// The indices of the words ending in `last`, in table order.
    fn ending_in(&self, last: char) -> &[usize] {
        self.by_last
            .binary_search_by_key(&last, |&(c, _)| c)
            .map_or(&[], |at| &self.by_last[at].1)
    }
}

static TREND_INDEX: LazyLock<TrendIndex> = LazyLock::new(|| TrendIndex::new(TREND_WORDS));

/// How far back, in chars, [`trend`] looks for a trend word: a clause
/// (up to `，`) of prose, or a `、` list of some twenty numbers after its
/// `增长`.
pub const TREND_REACH_CHARS: usize = 160;

/// How far back a sentence is read for what it names before a number
/// (`经济增速是综合性指标，…设定为6%以上`): longer than any sentence of the
/// corpus's reports up to a number, and a constant, so linear.
pub const SENTENCE_REACH_CHARS: usize = 600;

/// `growth_follows`: the text between a level and the next claim is a
/// growth clause (`，增长`, `，同比下降`, `，比上年增加`): the level gets
/// that claim's trend ("a total stated with its growth is up").
/// Example: `国内生产总值超过126万亿元，增长5.2%`.
pub fn growth_follows(between: &str) -> bool {
    // A headline parts a level and its growth by a space
    // (`实际使用外资金额886亿美元 同比增长6.22%`): taken as the comma, when
    // a comparison follows it.
    let spaced = between.starts_with(char::is_whitespace);
    let between: String = between.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(mut rest) = between
        .strip_prefix('，')
        .or_else(|| between.strip_prefix(','))
        .or_else(|| between.strip_prefix('、'))
        .or_else(|| (spaced && strip_comparison(&between).is_some()).then_some(&between[..]))
    else {
        return false;
    };
    // (`60189亿元,,同比下降1.1%`: a doubled comma of a copied page.)
    rest = rest.trim_start_matches(['，', ',']);
    // `，按可比口径同比增长15.6%`: how the growth is counted, before it.
    if let Some(r) = FRAMING_PHRASES.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    let compared = strip_comparison(rest);
    if let Some(r) = compared {
        rest = r;
    }
    // `，同口径增长96.1%`, `，比上年名义增长9.1%`.
    if let Some(r) = GROWTH_MODIFIERS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    // `，同比11.4%`, `，同比-10.7%`: the rate right after the comparison.
    if compared.is_some() && matches!(rest, "" | "+" | "-" | "－" | "−") {
        return true;
    }
    // `，同比高0.2个百分点`: the direction a comparison states.
    if compared.is_some()
        && COMPARED_DIRECTIONS.iter().any(|(w, _)| {
            rest.strip_prefix(w)
                .is_some_and(|r| r.is_empty() || QUALIFIERS_BEFORE.iter().any(|(q, _)| r == *q))
        })
    {
        return true;
    }
    // After a comparison a short noun may stand before the verb
    // (`，比上年年初预算增加`).
    let skip = if compared.is_some() { 6 } else { 0 };
    rest.char_indices().take(skip + 1).any(|(i, _)| {
        let rest = &rest[i..];
        let Some((form, _)) = TREND_WORDS
            .iter()
            .filter(|(form, dir)| dir.is_some() && rest.starts_with(form))
            .max_by_key(|(form, _)| form.len())
        else {
            return false;
        };
        // `，短收80亿元`: a gap to the budget is no change of the total.
        if compared.is_none() && ESTIMATE_GAP_WORDS.contains(form) {
            return false;
        }
        let mut rest = rest[form.len()..].trim_start_matches('了');
        // `，增速为10.1%`: a growth noun and its copula.
        if GROWTH_NOUNS_AFTER.contains(form)
            && let Some(r) = ["为", "是", "达到", "达"]
                .iter()
                .find_map(|c| rest.strip_prefix(c))
        {
            rest = r;
        }
        rest.is_empty() || QUALIFIERS_BEFORE.iter().any(|(q, _)| rest == *q)
    })
}

/// `vague_change_after`: a level followed by a change without a number
/// (`3.2%左右安排、比去年有所下调`, `5.2%左右，比上年有所下降`) is the level
/// reached by that change, as English `, lower than last year`. `rest` is
/// the passage text after the claim; the change must close its clause.
pub fn vague_change_after(rest: &str) -> Option<Trend> {
    // (Everything this reads lies in the first hundred bytes: qualifier,
    // short verb, comparison, `有所`, trend word and the character after
    // it. Looking for the clause end in the whole rest of the passage was
    // quadratic on a passage without one, found by the grammar fuzzer.)
    let rest = &rest[..rest.ceil_char_boundary(rest.len().min(200))];
    let clause_end = rest.find(['。', '；', '！', '？']).unwrap_or(rest.len());
    let rest = &rest[..clause_end];
    let rest = QUALIFIERS_AFTER
        .iter()
        .find_map(|(q, _)| rest.strip_prefix(q))
        .unwrap_or(rest);
    // A short verb may close the level's clause (`安排`).
    let cut = rest.find(['、', '，'])?;
    let (verb, rest) = rest.split_at(cut);
    if verb.chars().count() > 3 || verb.chars().any(|c| !super::tables::is_han(c)) {
        return None;
    }
    let rest = &rest[rest.chars().next()?.len_utf8()..];
    let rest = COMPARISON_WORDS.iter().find_map(|w| rest.strip_prefix(w))?;
    let rest = ["有所", "略有", "明显", "大幅"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?;
    let (form, dir) = TREND_WORDS
        .iter()
        .filter(|(form, dir)| dir.is_some() && rest.starts_with(form))
        .max_by_key(|(form, _)| form.len())?;
    let after = rest[form.len()..].chars().next();
    if after.is_some_and(|c| !ends_clause(c)) {
        return None;
    }
    dir.map(|up| if up { Trend::Up } else { Trend::Down })
}

/// `change_noun_after`: a rate followed by `的` (or `之`) and a change noun
/// that closes its clause (`录得84.4%的按年升幅`, `实现5%的增长`, `的名义跌幅`)
/// is the size of that change, as English "a 5% increase"; `rest` is the
/// passage text after the claim. With `loose`, a growth noun anywhere in
/// the first eight characters of the clause after `的` is one too
/// (`实现9.1%的GDP增长率`, `保持7.1%的增速`: up).
pub fn change_noun_after(rest: &str, loose: bool) -> Option<Trend> {
    let rest = &rest[..rest.ceil_char_boundary(rest.len().min(60))];
    let after = rest.strip_prefix(['的', '之'])?;
    let noun = strip_comparison(after).unwrap_or(after);
    let noun = GROWTH_MODIFIERS
        .iter()
        .find_map(|w| noun.strip_prefix(w))
        .unwrap_or(noun);
    let closing = CHANGE_NOUNS_AFTER
        .iter()
        .filter(|(form, _)| noun.starts_with(form))
        .max_by_key(|(form, _)| form.len())
        .filter(|(form, _)| {
            noun[form.len()..]
                .chars()
                .next()
                .is_none_or(|c| ends_clause(c) || matches!(c, '、' | '\n'))
        });
    if let Some((_, up)) = closing {
        return Some(if *up { Trend::Up } else { Trend::Down });
    }
    let clause: String = rest
        .strip_prefix('的')?
        .chars()
        .take_while(|c| !matches!(c, '，' | '。' | '；' | '、' | ',' | '：'))
        .take(8)
        .collect();
    (loose && GROWTH_NOUNS_AFTER.iter().any(|w| clause.contains(w))).then_some(Trend::Up)
}

/// `list_joint`: the text between two members of one list (`、`, `和`,
/// `及`, `与`): what is written once for the list (a qualifier, a trend,
/// a unit) is shared (`分别超98.5%和99%`).
pub fn list_joint(between: &str) -> bool {
    matches!(between.trim(), "、" | "和" | "及" | "与" | "、和")
}

/// `rate_sign_lead`: what stands before a sign at char `sign_at` makes it
/// the sign of a change (`同比-2.1%`, `同比+11.4%`): a growth word or a
/// comparison ([`SIGNED_RATE_LEADS`]), or an indicator's footnote marker,
/// which stands for its growth word in the listings of a plan's results
/// (`单位地区生产总值综合能耗[3]-3.3%`, `常住人口[3]+2%`).
pub fn rate_sign_lead(p: &Passage, sign_at: usize) -> bool {
    SIGNED_RATE_LEADS
        .iter()
        .any(|w| p.near_head(sign_at, 2).ends_with(w))
        || footnote_marker_at_end(p.near_head(sign_at, 6)).is_some()
}

/// The length in chars of a footnote marker that ends `s`: one to three
/// digits or a circled number in brackets (`[3]`, `［12］`, `[①]`), as
/// statistical releases put after an indicator's name.
pub fn footnote_marker_at_end(s: &str) -> Option<usize> {
    let inner = s.strip_suffix([']', '］'])?;
    let circled = inner
        .strip_suffix(|c: char| ('\u{2460}'..='\u{2473}').contains(&c))
        .filter(|rest| rest.ends_with(['[', '［']));
    if circled.is_some() {
        return Some(3);
    }
    let digits = inner.trim_end_matches(|c: char| c.is_ascii_digit());
    let count = inner.len() - digits.len();
    ((1..=3).contains(&count) && digits.ends_with(['[', '［'])).then_some(count + 2)
}

/// `subject`: the noun phrase of the clause before the number, without the
/// verbs, comparison, trend and qualifier words between it and the number
/// (`城镇新增就业1244万人` → `城镇新增就业`, `粮食产量1.39万亿斤` →
/// `粮食产量`), nor leading framing (`全年`, `其中`, a year). `None`
/// when nothing is left: the caller takes the previous claim's.
pub fn subject(p: &Passage, start: usize, floor: usize) -> Option<(usize, usize)> {
    // (An abbreviation in brackets after the name is no part of it, and
    // its bracket no clause end: `地区生产总值(GDP)439.19亿元`.)
    let start = start - gloss_before(p, start);
    let mut s = start;
    while s > floor && !p.char(s - 1).is_some_and(ends_clause) {
        s -= 1;
    }
    let mut e = start;
    // Strip tail words repeatedly (and the spaces before the number:
    // `减少约 2.6%`).
    while e > s && p.char(e - 1) == Some(' ') {
        e -= 1;
    }
    // (A footnote marker after the indicator's name is no part of it:
    // `综合能耗[3]`, `两年平均[①]`.)
    loop {
        if let Some(w) = longest_end(slice(p, s, e), SUBJECT_TAIL_WORDS)
            // (`出台稳增长`: a slogan's trend word is no tail word.)
            && !SLOGANS.iter().any(|form| slice(p, s, e).ends_with(form))
        {
            e -= w.chars().count();
        } else if let Some(len) = footnote_marker_at_end(slice(p, s, e)) {
            e -= len;
        } else {
            break;
        }
    }
    s = without_head(p, s, e);
    // Long clauses: keep the last 20 characters.
    s = s.max(e.saturating_sub(20));
    while s < e
        && p.char(s).is_some_and(|c| {
            c.is_whitespace() || matches!(c, '“' | '”' | '、' | '和' | '及' | '—' | '"')
        })
    {
        s += 1;
    }
    if e <= s {
        return None;
    }
    let han = (s..e)
        .filter(|&j| p.char(j).is_some_and(super::tables::is_han))
        .count();
    // A bare period names nothing (`两年平均增长5.1%`: `两年`).
    let period = p.char(e - 1) == Some('年')
        && (s..e - 1).all(|j| {
            p.char(j)
                .is_some_and(|c| c.is_ascii_digit() || super::tables::digit_value(c).is_some())
        });
    if han < 2 || period {
        return None;
    }
    Some((p.byte(s), p.byte(e)))
}

/// The start of a subject running from char `s` to `e` once framing at
/// its head is dropped: head words (`全年`, `全县`, `其中`), framing
/// phrases, a section label run into its first sentence (`人口年末常住
/// 人口`), a leading year or date.
fn without_head(p: &Passage, mut s: usize, e: usize) -> usize {
    loop {
        // (`按可比口径同比增长15.6%`: how it is counted names nothing.)
        if let Some(w) = SUBJECT_HEADS
            .longest_start(slice(p, s, e))
            .or_else(|| FRAMING_HEADS.longest_start(slice(p, s, e)))
        {
            s += w.chars().count();
            continue;
        }
        // A section label run into its first sentence (`人口年末常住人口`).
        if let Some(w) = RUN_IN_HEADS.longest_start(slice(p, s, e)) {
            let after = s + w.chars().count();
            if SUBJECT_HEADS.longest_start(slice(p, after, e)).is_some() {
                s = after;
                continue;
            }
        }
        // A leading year or date: `2025年`, `1—11月`.
        let digits = (s..e)
            .take_while(|&j| {
                p.char(j)
                    .is_some_and(|c| c.is_ascii_digit() || matches!(c, '—' | '-'))
            })
            .count();
        // (Inside the piece: `2025年均增长5%` has lost `年均` as a tail word
        // already, and its `年` is past the piece's end.)
        if digits > 0 && s + digits < e && matches!(p.char(s + digits), Some('年' | '月')) {
            s += digits + 1;
            // (`6月份`.)
            if p.char(s) == Some('份') && s + 1 < e {
                s += 1;
            }
            continue;
        }
        break;
    }
    s
}

/// The length in chars of an abbreviation in brackets that ends right
/// before char `k` (`(GDP)`, `（CPI）`): ASCII letters only, at most
/// eight; 0 when there is none.
fn gloss_before(p: &Passage, k: usize) -> usize {
    if !matches!(k.checked_sub(1).and_then(|j| p.char(j)), Some(')' | '）')) {
        return 0;
    }
    let letters = (0..k - 1)
        .rev()
        .take_while(|&j| p.char(j).is_some_and(|c| c.is_ascii_alphabetic()))
        .count();
    let open = (k - 1).checked_sub(letters + 1);
    match open.and_then(|j| p.char(j)) {
        Some('(' | '（') if (1..=8).contains(&letters) => letters + 2,
        _ => 0,
    }
}

fn slice<'a>(p: &Passage<'a>, s: usize, e: usize) -> &'a str {
    &p.text[p.byte(s)..p.byte(e)]
}

/// The longest of `words` that `text` ends with (the later of two as
/// long). Only the words that end with its last character are compared
/// whole: most are ruled out by one test of a char.
fn longest_end(text: &str, words: &[&'static str]) -> Option<&'static str> {
    let last = text.chars().next_back();
    words
        .iter()
        .filter(|w| w.chars().next_back().is_none_or(|c| Some(c) == last) && text.ends_with(**w))
        .max_by_key(|w| w.len())
        .copied()
}

/// A table of words sorted by first character (a stable sort: words of one
/// first character keep their order), so that finding those a text starts
/// with compares only the words of its first character.
struct ByFirstChar(Vec<(char, &'static str)>);

impl ByFirstChar {
    fn new(words: &[&'static str]) -> Self {
        let mut index: Vec<(char, &'static str)> = words
            .iter()
            .filter_map(|&w| Some((w.chars().next()?, w)))
            .collect();
        index.sort_by_key(|&(c, _)| c);
        ByFirstChar(index)
    }

    /// The longest word that `text` starts with (the later of two as long).
    fn longest_start(&self, text: &str) -> Option<&'static str> {
        let first = text.chars().next()?;
        let from = self.0.partition_point(|&(c, _)| c < first);
        self.0[from..]
            .iter()
            .take_while(|&&(c, _)| c == first)
            .map(|&(_, w)| w)
            .filter(|w| text.starts_with(w))
            .max_by_key(|w| w.len())
    }
}

static SUBJECT_HEADS: LazyLock<ByFirstChar> =
    LazyLock::new(|| ByFirstChar::new(SUBJECT_HEAD_WORDS));
static FRAMING_HEADS: LazyLock<ByFirstChar> = LazyLock::new(|| ByFirstChar::new(FRAMING_PHRASES));
static RUN_IN_HEADS: LazyLock<ByFirstChar> = LazyLock::new(|| ByFirstChar::new(RUN_IN_LABELS));

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, needle: &str) -> (Passage<'static>, usize) {
        let text: &'static str = Box::leak(s.to_string().into_boxed_str());
        let byte = text.find(needle).unwrap_or(0);
        let p = Passage::new(text, 0, text.len());
        let k = p.chars.iter().position(|&(b, _)| b == byte).unwrap_or(0);
        (p, k)
    }

    #[test]
    fn heads_are_found_by_their_first_character() {
        let heads = ByFirstChar::new(&["全年", "全", "其中", "全年累计", "年末"]);
        assert_eq!(heads.longest_start("全年累计完成"), Some("全年累计"));
        assert_eq!(heads.longest_start("全市"), Some("全"));
        assert_eq!(heads.longest_start("年末人口"), Some("年末"));
        assert_eq!(heads.longest_start("人口"), None);
        assert_eq!(heads.longest_start(""), None);
    }

    #[test]
    fn trend_reads_back_in_the_clause() {
        let (p, k) = at("居民人均可支配收入增长6.1%", "6.1");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Word(Trend::Up));
        let (p, k) = at("城镇新增就业1244万人", "1244");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Neutral);
        let (p, k) = at("分别增长5.2%、4.6%", "4.6");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Word(Trend::Up));
        let (p, k) = at("下降了，达到4.8%", "4.8");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Nothing);
        let (p, k) = at("保护提升历史文化名城名镇4个", "4");
        assert_eq!(trend(&p, k, Measured::Amount), TrendFound::Neutral);
        let (p, k) = at("分别高于工业增加值增速16.4个百分点", "16");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Neutral);
        let (p, k) = at("用工备案减员980人", "980");
        assert_eq!(trend(&p, k, Measured::Count), TrendFound::Word(Trend::Down));
        let (p, k) = at("服务贸易年均增速5%左右", "5");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Word(Trend::Up));
        let (p, k) = at("人均住房面积提高到42.2平方米", "42");
        assert_eq!(trend(&p, k, Measured::Amount), TrendFound::Word(Trend::Up));
        let (p, k) = at("起征点提高到15万元、税负率从10%降至2.5%", "10%");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Neutral);
        let (p, k) = at("国考10市PM2.5浓度改善10.8％", "10.8");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Word(Trend::Down));
        let (p, k) = at("空气质量改善5个百分点", "5");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Neutral);
        let (p, k) = at("经济增速是综合性指标，今年预期目标设定为6%以上", "6%");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Word(Trend::Up));
        let (p, k) = at("经济增速是综合性指标，城镇调查失业率目标为5.5%左右", "5.5");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Nothing);
        let (p, k) = at("国家助学贷款提标降息惠及1100多万学生", "1100");
        assert_eq!(trend(&p, k, Measured::Count), TrendFound::Neutral);
        let (p, k) = at("有18个行业同比增长，增长面56.3%", "56.3");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Neutral);
        let (p, k) = at("其中增幅在30%以上的有7个行业", "7");
        assert_eq!(trend(&p, k, Measured::Count), TrendFound::Nothing);
        let (p, k) = at("低效建设用地减量7平方公里", "7");
        assert_eq!(
            trend(&p, k, Measured::Amount),
            TrendFound::Word(Trend::Down)
        );
    }

    /// Taiwan and Hong Kong words of change, in the folded (simplified)
    /// text every stage reads.
    #[test]
    fn taiwan_and_hong_kong_words_of_change() {
        let up = TrendFound::Word(Trend::Up);
        let down = TrendFound::Word(Trend::Down);
        for (s, n, want) in [
            ("全年经济成长3.1%", "3.1", up),
            ("出口负成长2.4%", "2.4", down),
            ("工业生产衰退6.2%", "6.2", down),
            ("出口年增率达12.5%", "12.5", up),
            ("外销订单年减8.1%", "8.1", down),
            ("今年经济成长率上修至4.1%", "4.1", up),
            ("明年预测下修0.35个百分点", "0.35", down),
            ("央行调升政策利率0.125个百分点", "0.125", up),
            ("进口升幅为3%", "3%", up),
            ("出口跌幅达2.1%", "2.1", down),
            ("出口减幅为4%", "4%", down),
            ("股价指数走扬1.8%", "1.8", up),
            ("零售业销货价值按年升6.3%", "6.3", up),
            ("燃料销货价值跌12%", "12", down),
            ("消费者物价较上月涨0.9%", "0.9", up),
            ("新台币对美元升值2.2%", "2.2", up),
            ("全年经济收缩1.6%", "1.6", down),
            ("内部需求倒退4.4%", "4.4", down),
        ] {
            let (p, k) = at(s, n);
            assert_eq!(trend(&p, k, Measured::Rate), want, "{s}");
        }
        // `每升` is a litre, `成长型` a kind of firm.
        let (p, k) = at("汽油每升30元", "30");
        assert_eq!(trend(&p, k, Measured::Money), TrendFound::Neutral);
        let (p, k) = at("培育成长型企业120家", "120");
        assert_eq!(trend(&p, k, Measured::Count), TrendFound::Neutral);
        // `加上调入资金`: plus the funds transferred in.
        let (p, k) = at("加上调入资金14772.77亿元", "14772");
        assert_eq!(trend(&p, k, Measured::Money), TrendFound::Neutral);
    }

    #[test]
    fn revenue_changes_are_trends_for_money_only() {
        let (p, k) = at("税收收入比上年增收836万元", "836");
        assert_eq!(trend(&p, k, Measured::Money), TrendFound::Word(Trend::Up));
        let (p, k) = at("非税收入减收412万元", "412");
        assert_eq!(trend(&p, k, Measured::Money), TrendFound::Word(Trend::Down));
        let (p, k) = at("土地出让收入短收15亿元", "15");
        assert_eq!(trend(&p, k, Measured::Money), TrendFound::Word(Trend::Down));
        let (p, k) = at("带动增收农户2600户", "2600");
        assert_eq!(trend(&p, k, Measured::Count), TrendFound::Neutral);
        let (p, k) = at("税收增收额占全部增收额的比重为88.2%", "88.2");
        assert_eq!(trend(&p, k, Measured::Rate), TrendFound::Neutral);
        // A gap to the budget is no change of the total before it.
        assert!(growth_follows("，增收"));
        assert!(growth_follows("，增速为"));
        assert!(growth_follows("，同比增幅达"));
        assert!(!growth_follows("，下降为"));
        // A doubled comma; a headline's space before a comparison.
        assert!(growth_follows(",,同比下降"));
        assert!(growth_follows(" 同比增长"));
        assert!(!growth_follows(" 增长"));
        assert!(growth_follows("，减支"));
        assert!(!growth_follows("，短收"));
        assert!(!growth_follows("，多收"));
        assert!(growth_follows("，比上年少收"));
        assert!(growth_follows("，按年增加"));
        assert!(growth_follows(",较今年成长"));
        // A forecast revised against the earlier one: the gap only.
        assert!(!growth_follows("、上修"));
        assert!(!growth_follows("，下修"));
    }

    #[test]
    fn a_change_noun_after_a_rate() {
        assert_eq!(change_noun_after("的按年升幅。", false), Some(Trend::Up));
        assert_eq!(change_noun_after("的跌幅，", false), Some(Trend::Down));
        assert_eq!(change_noun_after("的增长", false), Some(Trend::Up));
        assert_eq!(change_noun_after("之按年增幅，", false), Some(Trend::Up));
        assert_eq!(change_noun_after("的实质升幅，", false), Some(Trend::Up));
        assert_eq!(change_noun_after("的名义跌幅；", false), Some(Trend::Down));
        assert_eq!(change_noun_after("的增长目标", false), None);
        assert_eq!(change_noun_after("，升幅", false), None);
    }

    /// The index finds what comparing the last eight characters (whitespace
    /// aside) with every word of the lexicon finds, at every position of
    /// text built from the lexicon itself, with and without adjacency.
    #[test]
    fn the_trend_index_finds_what_a_scan_of_the_lexicon_finds() {
        let mut text = String::new();
        for (i, (form, _)) in TREND_WORDS.iter().enumerate() {
            text.push_str(form);
            text.push_str(["", "\n", "同比", "值", " 长", "了"][i % 6]);
        }
        let p = Passage::new(&text, 0, text.len());
        let mut found = 0;
        // (The look-back steps over white space before it asks.)
        let asked = (0..=p.chars.len())
            .filter(|&k| k == 0 || p.char(k - 1).is_some_and(|c| !c.is_whitespace()));
        for k in asked {
            for adjacent in [false, true] {
                let near: String = p
                    .head(k)
                    .chars()
                    .rev()
                    .filter(|c| !c.is_whitespace())
                    .take(8)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let scan = TREND_WORDS
                    .iter()
                    .filter(|(form, dir)| {
                        near.ends_with(form)
                            && (adjacent || dir.is_none() || form.chars().count() > 1)
                    })
                    .max_by_key(|(form, _)| form.len())
                    .copied();
                assert_eq!(trend_word_ending(&p, k, || adjacent), scan, "at {k}");
                found += usize::from(scan.is_some());
            }
        }
        // (Every word ends somewhere; most are found there.)
        assert!(found >= TREND_WORDS.len(), "{found}");
    }

    #[test]
    fn qualifiers_around_the_number() {
        let (p, k) = at("超过126万亿元", "126");
        assert_eq!(qualifier(&p, k, k + 6, false, false), Qualifier::Over);
        let (p, k) = at("签约50个项目", "50");
        assert_eq!(qualifier(&p, k, k + 3, false, false), Qualifier::Exact);
        let (p, k) = at("节约3亿元", "3");
        assert_eq!(qualifier(&p, k, k + 3, false, false), Qualifier::Exact);
        let (p, k) = at("5%左右", "5");
        assert_eq!(qualifier(&p, k, k + 2, false, false), Qualifier::Approx);
        let (p, k) = at("近五年", "五");
        assert_eq!(qualifier(&p, k, k + 2, false, true), Qualifier::Exact);
        let (p, k) = at("1000万人以上", "1000");
        assert_eq!(qualifier(&p, k, k + 6, false, false), Qualifier::Over);
        // `首破`, `首度破`: the first time above, like `突破`.
        let (p, k) = at("加权指数首破2万点", "2");
        assert_eq!(qualifier(&p, k, k + 2, false, false), Qualifier::Over);
        let (p, k) = at("人均GDP首度破4万美元", "4");
        assert_eq!(qualifier(&p, k, k + 4, false, false), Qualifier::Over);
        let (p, k) = at("剩余破千亿元", "千");
        assert_eq!(qualifier(&p, k, k + 3, false, false), Qualifier::Over);
        let (p, k) = at("打破3项纪录", "3");
        assert_eq!(qualifier(&p, k, k + 2, false, false), Qualifier::Exact);
        let (p, k) = at("人均GDP逼近4万美元", "4");
        assert_eq!(qualifier(&p, k, k + 4, false, false), Qualifier::Under);
    }

    #[test]
    fn every_member_reads_the_compared_direction() {
        let (p, k) = at("增速分别比上月末和上年同期低0.6个和1.3个百分点", "1.3");
        assert_eq!(compared_change(&p, k), Some(Trend::Down));
        let (p, k) = at("分别比上月和上年同期高0.5%、1.2%和3%", "3%");
        assert_eq!(compared_change(&p, k), Some(Trend::Up));
        // a list after a gap to another sector stays without a trend
        let (p, k) = at("分别比规模以上工业快4.6和3.1个百分点", "3.1");
        assert_eq!(compared_change(&p, k), None);
    }

    #[test]
    fn overshoot_of_a_plan_is_exact() {
        let (p, k) = at("比“十五”计划目标3000亿元超过1070亿元", "1070");
        assert_eq!(qualifier(&p, k, k + 6, false, false), Qualifier::Exact);
        let (p, k) = at("比预算超出5亿元", "5");
        assert_eq!(qualifier(&p, k, k + 3, false, false), Qualifier::Exact);
        // a growth compared with last year: `超过` bounds it
        let (p, k) = at("比上年增长超过5%", "5");
        assert_eq!(qualifier(&p, k, k + 2, false, false), Qualifier::Over);
        // a share, not a comparison
        let (p, k) = at("占比超过30%", "30");
        assert_eq!(qualifier(&p, k, k + 3, false, false), Qualifier::Over);
    }

    #[test]
    fn growth_clause_after_a_level() {
        assert!(growth_follows("，增长"));
        assert!(growth_follows("，同比下降"));
        assert!(growth_follows("、增长"));
        assert!(!growth_follows("，城镇调查失业率平均为"));
        assert!(growth_follows("，比上年年初预算增加"));
        assert!(growth_follows("，比年初增加"));
        assert!(growth_follows("、提高"));
        assert!(!growth_follows("，比上年年初预算安排的"));
        assert!(!growth_follows("、增加值增长"));
    }

    #[test]
    fn a_vague_change_after_a_level() {
        assert_eq!(
            vague_change_after("左右安排、比去年有所下调。"),
            Some(Trend::Down)
        );
        assert_eq!(vague_change_after("左右，比上年有所增加"), Some(Trend::Up));
        assert_eq!(vague_change_after("，比上年下降0.2个百分点"), None);
        assert_eq!(vague_change_after("左右，有所下降"), None);
        assert_eq!(vague_change_after("，比上年有所下降的地区"), None);
        // A long passage without a clause end is read only near its start.
        let long = format!("左右，比上年有所下降{}", "增长5%".repeat(10_000));
        assert_eq!(vague_change_after(&long), None);
        let long = format!("左右，比上年有所下降。{}", "增长5%".repeat(10_000));
        assert_eq!(vague_change_after(&long), Some(Trend::Down));
    }

    #[test]
    fn subject_leaves_out_footnote_markers_and_bare_periods() {
        let sub = |s: &str, at: &str| {
            let p = Passage::new(s, 0, s.len());
            let k = p.chars.iter().position(|&(b, _)| s[b..].starts_with(at))?;
            subject(&p, k, 0).map(|(a, b)| s[a..b].to_string())
        };
        assert_eq!(sub("综合能耗[3]-3.3%", "-").as_deref(), Some("综合能耗"));
        assert_eq!(sub("生产总值，两年平均[①]增长5.1%", "5"), None);
        assert_eq!(
            sub("三年行动计划投资5亿元", "5").as_deref(),
            Some("三年行动计划投资")
        );
    }

    #[test]
    fn subject_is_the_noun_phrase() {
        let (p, k) = at("城镇新增就业1244万人", "1244");
        let got = subject(&p, k, 0).map(|(s, e)| &p.text[s..e]);
        assert_eq!(got, Some("城镇新增就业"));
        let (p, k) = at("全年粮食产量达到1.39万亿斤", "1.39");
        let got = subject(&p, k, 0).map(|(s, e)| &p.text[s..e]);
        assert_eq!(got, Some("粮食产量"));
        let (p, k) = at("国内生产总值超过126万亿元，增长5.2%", "5.2");
        assert_eq!(subject(&p, k, 0), None);
    }

    #[test]
    fn a_year_cut_by_a_tail_word_is_no_subject_and_no_panic() {
        // Found by the grammar fuzzer: `年均` is stripped as a tail word,
        // leaving `2025`, whose `年` lies past the piece.
        let (p, k) = at("2025年均增长5%。", "5%");
        assert_eq!(subject(&p, k, 0), None);
    }
}
