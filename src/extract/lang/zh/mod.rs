//! The Chinese language pack: reads numeric claims in Chinese passages
//! (`126万亿元`, `增长5.2%`, `0.3个百分点`, `6600多万纳税人`).
//!
//! Layers, lowest first: each module imports only the modules listed
//! before it (tests/layers.rs checks this, as for `src/extract`).
//!
//! 1. `tables`: the lexicon as data (numerals, scales, units, classifiers,
//!    currencies, qualifier, trend and subject words, `is_han`);
//! 2. `script`: traditional characters folded to simplified before any
//!    of the others reads the text (same offsets);
//! 3. `pinyin`: pinyin readings in brackets (`增長(zhǎng)`) taken out of a
//!    passage, with the map of its offsets back to the text as written;
//! 4. `passage`: the passage as chars with byte offsets;
//! 5. `context`: qualifier, trend and subject from the clause;
//! 6. `numeral`: one number in digits, Chinese numerals or both;
//! 7. `reader`: number, unit, range and rate at a candidate start;
//! 8. `rules`: the non-claims only Chinese needs (`第N`, years, `一批`,
//!    quoted names, codes), one file each, in the order of its registry;
//! 9. `members`: bare members of a list before the unit they share;
//! 10. `link`: a level and the change its sentence states for it further on.
//!
//! Invariant: claims of a passage come out sorted by start,
//! non-overlapping, inside the passage, on char boundaries.

pub mod context;
pub mod link;
pub mod members;
pub mod numeral;
pub mod passage;
pub mod pinyin;
pub mod reader;
pub mod rules;
pub mod script;
pub mod tables;

use rust_decimal::Decimal;

use crate::extract::model::{Claim, Qualifier, Trend};
use crate::extract::span::Span;
use crate::extract::units::{DocumentCurrency, Kind};
use context::{Measured, TrendFound};
use passage::Passage;
use tables::ZhMeasure;
use tables::unit_by_symbol;

/// The claims of the passage `start..end` of `text`; a bare `$` is the
/// document's dollar, a bare `元` its yuan (`currency`). A passage with
/// pinyin readings in it (`增長(zhǎng)12%`) is read without them, its
/// spans mapped back to the text as written (`pinyin`).
pub fn read_passage(
    text: &str,
    start: usize,
    end: usize,
    currency: &DocumentCurrency,
) -> Vec<Claim> {
    let Some(cleaned) = pinyin::without_readings(text, start, end) else {
        return read_clean_passage(text, start, end, currency);
    };
    let mut claims = read_clean_passage(&cleaned.text, 0, cleaned.text.len(), currency);
    let back = |s: Span| {
        let start = cleaned.start(s.start);
        Span::new(start, cleaned.end(s.end).max(start))
    };
    for claim in &mut claims {
        claim.span = back(claim.span);
        claim.subject = claim.subject.map(back);
    }
    claims
}

/// The claims of the passage `start..end` of `text`, which holds no
/// pinyin reading.
fn read_clean_passage(
    text: &str,
    start: usize,
    end: usize,
    currency: &DocumentCurrency,
) -> Vec<Claim> {
    let p = Passage::new(text, start, end).in_document(currency.family("元"));
    let mut claims = Vec::new();
    let mut found: Vec<TrendFound> = Vec::new();
    // Whether each claim's qualifier is a word before it (`超98.5%`).
    let mut qualified_before: Vec<bool> = Vec::new();
    let mut k = 0;
    let mut floor = 0;
    while k < p.chars.len() {
        if let Some((factor, len)) = doubling_at(&p, k) {
            claims.push(doubling(&p, k, len, factor, floor));
            found.push(TrendFound::Word(Trend::Up));
            qualified_before.push(false);
            k += len;
            floor = k;
            continue;
        }
        if !reader::may_start(&p, k) {
            k += 1;
            continue;
        }
        let Some(item) = reader::read_item(&p, k) else {
            k += 1;
            continue;
        };
        let item = members::shared_unit(&p, item);
        let qualified = context::qualifier_before(&p, item.start).is_some();
        if let Some((claim, t)) = item_claim(&p, &item, qualified, currency, floor) {
            claims.push(claim);
            found.push(t);
            qualified_before.push(qualified);
            floor = item.end;
        }
        k = item.end.max(k + 1);
    }
    across_claims(&p, &mut claims, &found, &qualified_before);
    claims
}

/// The claim of a doubling (`翻番`, `翻两番`, `倍增`: `len` chars at `k`),
/// the multiple `factor` with trend up.
fn doubling(p: &Passage, k: usize, len: usize, factor: u32, floor: usize) -> Claim {
    Claim {
        span: Span::new(p.byte(k), p.byte(k + len)),
        kind: Kind::Multiple,
        value: Decimal::from(factor),
        value_max: None,
        unit: "x",
        norm_value: Decimal::from(factor),
        norm_unit: "x",
        qualifier: context::qualifier_before(p, k).map_or(Qualifier::Exact, |(q, _)| q),
        trend: Trend::Up,
        subject: context::subject(p, k, floor).map(|(s, e)| Span::new(s, e)),
        sentence: 0,
    }
}

/// The claim of a read item that the rules keep, with its qualifier,
/// trend and subject (the subject read back no further than `floor`), and
/// what the trend search found.
fn item_claim(
    p: &Passage,
    item: &Item,
    qualified: bool,
    currency: &DocumentCurrency,
    floor: usize,
) -> Option<(Claim, TrendFound)> {
    let measure = rules::judge(p, item, qualified)?;
    let mut claim = build(p, item, measure, currency)?;
    let duration = claim.kind == Kind::Duration;
    // Life expectancy (`提高到80岁`) changes; other durations frame.
    // So does a time cut or stretched to a level (`压缩至6个工作日`).
    // So does a count of days that rises or falls (`优良天数增加7.8天`).
    let life = item.unit.is_some_and(|u| matches!(u.form, "岁" | "歲"))
        || reached(p, item.start)
        || counted_days(p, item);
    let inner_over = item.number.inner_over || item.unit.is_some_and(|u| u.over);
    claim.qualifier = context::qualifier(p, item.start, item.end, inner_over, duration);
    let what = match claim.kind {
        Kind::Percent | Kind::PercentagePoint | Kind::Multiple => Measured::Rate,
        Kind::Money => Measured::Money,
        Kind::Count => Measured::Count,
        _ => Measured::Amount,
    };
    let t = context::trend(p, item.start, what);
    if let TrendFound::Word(trend) = t {
        claim.trend = trend;
    }
    // A duration frames a period (`三年行动`, `连续8年`): no trend; a
    // count of times is no level (`两次下调政策利率`).
    let times = item.unit.is_some_and(|u| u.form == "次");
    if claim.value.is_sign_negative() || duration && !life || times {
        claim.trend = Trend::None;
    }
    let signed = signed_rate(p, item.start);
    if claim.value.is_sign_negative() && signed {
        claim.trend = Trend::Down;
    } else if signed && !duration && claim.trend == Trend::None {
        // (`[3]+2%`: a plus sign after a marker is a rise.)
        claim.trend = Trend::Up;
    }
    if what == Measured::Rate && t == TrendFound::Nothing && named_change(p, item.start) {
        claim.trend = if claim.value.is_sign_negative() {
            Trend::Down
        } else {
            Trend::Up
        };
    }
    // (A signed rate's subject is read before its sign: `库存同比-437万吨`;
    // a `+` the rules kept before a number is a sign too: `同比+11.4%`.)
    let plus = item.start > 0 && p.char(item.start - 1) == Some('+');
    let head = if signed || plus || claim.value.is_sign_negative() && item.start > 0 {
        item.start - 1
    } else {
        item.start
    };
    claim.subject = context::subject(p, head, floor).map(|(s, e)| Span::new(s, e));
    Some((claim, t))
}

/// The rules that read a passage's claims against each other (`found`:
/// what the trend search found for each; `qualified_before`: whether its
/// qualifier is a word before it): shared trends and qualifiers, the
/// direction of `从…到…`, the level after a change, and last a vague change
/// after a claim that has no trend yet.
fn across_claims(
    p: &Passage,
    claims: &mut [Claim],
    found: &[TrendFound],
    qualified_before: &[bool],
) {
    share_across(p, claims, found);
    link::later_change(p, claims, found);
    link::paren_equivalent(p, claims, found);
    link::restated_change(p, claims, found);
    link::growth_named_after(p, claims, found);
    share_in_lists(p, claims, qualified_before);
    from_to_direction(p, claims, found);
    level_after_change(p, claims, found);
    for (claim, found) in claims.iter_mut().zip(found) {
        if claim.trend == Trend::None
            && !matches!(found, TrendFound::Word(_))
            && claim.kind != Kind::Duration
            && let Some(trend) = context::vague_change_after(&p.text[claim.span.end..p.end])
        {
            claim.trend = trend;
        }
    }
}

/// `counted_days`: days counted in a `天数` (`优良天数增加7.8天`) are a level
/// that changes, not a period.
fn counted_days(p: &Passage, item: &Item) -> bool {
    let days = item
        .unit
        .is_some_and(|u| u.measure == ZhMeasure::Unit("day"));
    // (The clause within the trend search's reach: a passage without a
    // clause end read back to its start for every number was quadratic.)
    // The clause before counts too when this one compares
    // (`优良天数达272天，比上年增加29天`).
    let mut clauses = p
        .near_head(item.start, context::TREND_REACH_CHARS)
        .rsplit(context::ends_clause);
    let clause = clauses.next().unwrap_or("");
    days && (clause.contains("天数")
        || (context::strip_comparison(clause).is_some()
            && clauses.next().is_some_and(|before| before.contains("天数"))))
}

/// `from_to_direction`: `由66户整合至12户`, `从39个拓展到91个`: the end of
/// a change from a start in the same unit, with a verb outside the trend
/// lexicon, takes the direction of the difference; so does each member of
/// a list of ends, against the same member of the list of starts
/// (`由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%`).
fn from_to_direction(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    let mut i = 0;
    while i < claims.len() {
        if !opened_by_from(p, &claims[i]) {
            i += 1;
            continue;
        }
        // `由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%`:
        // the starts form a list, and so do the ends, member by member.
        let joined =
            |a: usize| context::list_joint(&p.text[claims[a].span.end..claims[a + 1].span.start]);
        let mut n = 1;
        while i + n < claims.len() && joined(i + n - 1) {
            n += 1;
        }
        let j = i + n;
        if j + n > claims.len()
            || !change_verb(&p.text[claims[j - 1].span.end..claims[j].span.start])
        {
            i += 1;
            continue;
        }
        if (j..j + n - 1).all(joined) {
            for k in 0..n {
                let (a, b) = (&claims[i + k], &claims[j + k]);
                if b.trend == Trend::None
                    && !matches!(found[j + k], TrendFound::Word(_))
                    && a.kind == b.kind
                    && a.unit == b.unit
                    && a.value != b.value
                {
                    claims[j + k].trend = if b.value > a.value {
                        Trend::Up
                    } else {
                        Trend::Down
                    };
                }
            }
        }
        i = j;
    }
}

/// Whether `从`/`由` opens the change that starts at `claim`, right before
/// it or before a short time phrase (`由上年的`).
fn opened_by_from(p: &Passage, claim: &Claim) -> bool {
    let head = &p.text[..claim.span.start];
    if head.ends_with(['从', '由']) {
        return true;
    }
    let Some(phrase) = head.strip_suffix('的') else {
        return false;
    };
    let tail: String = phrase.chars().rev().take(7).collect();
    tail.chars()
        .position(|c| matches!(c, '从' | '由'))
        .is_some_and(|at| at >= 1 && tail.chars().take(at).all(tables::is_han))
}

/// A short verb between the start and the end of a change (`到`, `至`,
/// `整合为`, `调整为`).
fn change_verb(between: &str) -> bool {
    between.chars().count() <= 4
        && between.ends_with(['到', '至', '为'])
        && between.chars().all(tables::is_han)
}

/// `level_after_change`: a level right after its change (`止跌提升3.5%、达到20.6厘米`)
/// is the level the change reached.
fn level_after_change(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    for i in 1..claims.len() {
        let between = p.text[claims[i - 1].span.end..claims[i].span.start].trim();
        // (`按年升15.7%，至338亿元`: rose by, to.)
        let reached = matches!(
            between,
            "、达到" | "，达到" | "、达" | "，达" | "，至" | ",至" | "、至"
        );
        if reached
            && claims[i].trend == Trend::None
            && !matches!(found[i], TrendFound::Word(_))
            && matches!(found[i - 1], TrendFound::Word(_))
            && claims[i - 1].trend != Trend::None
            && claims[i].kind != Kind::Duration
        {
            claims[i].trend = claims[i - 1].trend;
        }
    }
}

/// Whether the number at char `start` is the level a change reaches: `到`
/// or `至` right before it, or before its qualifier (`压缩到不超过120个工作日`).
fn reached(p: &Passage, start: usize) -> bool {
    let len = context::qualifier_before(p, start).map_or(0, |(_, len)| len);
    let head = p.head(start - len.min(start));
    head.ends_with(['到', '至']) && !head.ends_with("截至")
}

/// `doubling_at`: `翻番`/`翻一番` double (2), `翻两番` quadruples (4),
/// `翻N番` is 2^N (also `翻了一番`, `翻了两番`), and
/// `倍增` doubles except as the name of a plan (`倍增计划`): a multiple
/// with trend up. Example: `经济总量实现翻番`.
fn doubling_at(p: &Passage, k: usize) -> Option<(u32, usize)> {
    let rest = p.rest(k);
    // `翻三番`: doubled N times; `翻了两番` in the perfect.
    if p.char(k) == Some('翻') {
        let perfect = usize::from(p.char(k + 1) == Some('了'));
        if let Some(n) = p.char(k + 1 + perfect).and_then(tables::digit_value)
            && (1..=10).contains(&n)
            && p.char(k + 2 + perfect) == Some('番')
        {
            return Some((1 << n, 3 + perfect));
        }
    }
    // `成倍增长` is manyfold, not a doubling.
    let manyfold = k > 0 && p.char(k - 1) == Some('成');
    for (form, factor) in [("翻番", 2), ("倍增", 2)] {
        if rest.starts_with(form) && !manyfold {
            let len = form.chars().count();
            let after = p.rest(k + len);
            let named = ["计划", "行动", "工程", "效应", "式", "器"]
                .iter()
                .any(|w| after.starts_with(w));
            if !named {
                return Some((factor, len));
            }
        }
    }
    None
}

/// `minus_sign`: a `-` right before the number is its sign where a
/// number starts, after a list joint, a copula or a clause mark
/// (`拉动贡献分别为0.15、-5.64、1.34个百分点`) or a growth word
/// (`同比-2.1%`, [`tables::SIGNED_RATE_LEADS`]); elsewhere it is a dash
/// (`5%-6%`, `6%-5%`, codes).
fn minus_sign(p: &Passage, start: usize) -> bool {
    let Some(sign_at) = start.checked_sub(1) else {
        return false;
    };
    if !matches!(p.char(sign_at), Some('-' | '－' | '−')) {
        return false;
    }
    if signed_rate(p, start) {
        return true;
    }
    // (`实质变动修订为 -21.4%`: a space may part the copula and the sign.)
    let mut before = sign_at;
    while before > 0 && p.char(before - 1) == Some(' ') {
        before -= 1;
    }
    before
        .checked_sub(1)
        .and_then(|j| p.char(j))
        .is_none_or(|c| {
            matches!(
                c,
                '、' | '为' | '是' | '，' | ',' | '：' | ':' | '（' | '(' | '和' | '及'
            )
        })
}

/// `signed_rate`: the number at `start` is a rate written with its sign
/// after a growth word (`同比-2.1%`, `增长-3.2%`, `同比+11.4%`): negative
/// growth is a fall, a plus sign a rise.
///
/// An indicator's footnote marker stands for its growth word in the
/// listings of a plan's results (`单位地区生产总值综合能耗[3]-3.3%`,
/// `[3]+2%`): the marker closes the label, the signed figure after it is
/// the change ([`context::rate_sign_lead`]).
fn signed_rate(p: &Passage, start: usize) -> bool {
    let Some(sign_at) = start.checked_sub(1) else {
        return false;
    };
    matches!(p.char(sign_at), Some('-' | '－' | '−' | '+' | '＋'))
        && context::rate_sign_lead(p, sign_at)
}

/// `named_change`: a rate right after a change named without a direction
/// (`变动`, [`tables::DIRECTIONLESS_CHANGES`]) and its copula
/// (`实质变动修订为 -21.4%`, `按年实质变动分别修订至32.3%`) rises or falls
/// by its sign.
fn named_change(p: &Passage, start: usize) -> bool {
    let head = p
        .near_head(start, 32)
        .trim_end_matches(['-', '－', '−', '+']);
    // (`分别修订至32.3%、100.9%及120.4%`: every member of the list.)
    let head = context::earlier_members_skipped(head.trim_end());
    let head = ["为", "至", "是", "达"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    let head = head.strip_suffix("修订").unwrap_or(head);
    let head = head.strip_suffix("分别").unwrap_or(head);
    tables::DIRECTIONLESS_CHANGES
        .iter()
        .any(|w| head.ends_with(w))
}

/// A claim from an accepted item.
fn build(
    p: &Passage,
    item: &Item,
    measure: ZhMeasure,
    currency: &DocumentCurrency,
) -> Option<Claim> {
    let (kind, unit, norm_unit, norm_value, norm_max) = match measure {
        ZhMeasure::Money(code) => {
            let code = match code {
                "$" => currency.dollar,
                "CNY" if bare_yuan(p, item) => currency.family("元"),
                code => code,
            };
            (Kind::Money, code, code, item.value, item.value_max)
        }
        ZhMeasure::Unit(symbol) => {
            let u = unit_by_symbol(symbol)?;
            (
                u.kind,
                u.symbol,
                u.base,
                u.to_base(item.value),
                item.value_max,
            )
        }
        ZhMeasure::Count => (Kind::Count, "", "", item.value, item.value_max),
        ZhMeasure::Ignore => return None,
    };
    let _ = norm_max;
    let negative = item
        .start
        .checked_sub(1)
        .and_then(|j| p.char(j))
        .is_some_and(|c| c == '负')
        || minus_sign(p, item.start);
    let (start, sign) = if negative {
        (item.start - 1, -Decimal::ONE)
    } else {
        (item.start, Decimal::ONE)
    };
    Some(Claim {
        span: Span::new(p.byte(start), p.byte(item.end)),
        kind,
        value: item.value.saturating_mul(sign),
        value_max: item.value_max,
        unit,
        norm_value: norm_value.saturating_mul(sign),
        norm_unit,
        qualifier: Qualifier::Exact,
        trend: Trend::None,
        subject: None,
        sentence: 0,
    })
}

use reader::Item;

/// A `元` (or `圆`) after the number with no currency named before the
/// number nor `人民币` after it: the document's own yuan, which is the
/// New Taiwan, Hong Kong or Macau dollar in a document whose money is
/// named so (see the `元` family of `units::CURRENCY_FAMILIES`).
fn bare_yuan(p: &Passage, item: &Item) -> bool {
    item.prefix.is_none()
        && item.unit.is_some_and(|u| {
            matches!(u.form, "元" | "圆")
                && !p.rest(u.start + 1).starts_with("人民币")
                && !p.rest(u.start + 1).starts_with("人民幣")
        })
}

/// Trend and subject shared with neighbours: a level followed by its
/// growth clause takes the growth's trend (`超过126万亿元，增长5.2%`), and
/// a claim whose clause names nothing takes the subject of the claim
/// before it (`增长5.2%` after `国内生产总值…`).
fn share_across(p: &Passage, claims: &mut [Claim], found: &[TrendFound]) {
    let mut shared = vec![false; claims.len()];
    for i in 1..claims.len() {
        // `比例达到66.25%，近3年提升21个百分点`: the framing period between
        // a level and its change is skipped.
        let framing = if i >= 2 {
            framing_start(p, &claims[i - 1])
        } else {
            None
        };
        let j = if framing.is_some() { i - 2 } else { i - 1 };
        let between = if let Some(period_start) = framing {
            format!(
                "{}{}",
                &p.text[claims[j].span.end..period_start],
                &p.text[claims[i - 1].span.end..claims[i].span.start]
            )
        } else {
            p.text[claims[j].span.end..claims[i].span.start].to_string()
        };
        let trend = claims[i].trend;
        let level = &claims[j];
        if !matches!(found[j], TrendFound::Word(_))
            && level.trend == Trend::None
            && trend != Trend::None
            && link::changes_the_level(level, &claims[i])
            && !link::measured_against_plan(p, level)
            && (context::growth_follows(&between) || doubling_follows(p, &claims[i], &between))
        {
            claims[j].trend = trend;
            shared[j] = true;
        }
        let (head, tail) = claims.split_at_mut(i);
        let (prev, claim) = (&mut head[i - 1], &mut tail[0]);
        let between = &p.text[prev.span.end..claim.span.start];
        if claim.subject.is_none() && !between.contains(['。', '；', '！', '？']) {
            claim.subject = prev.subject;
        }
    }
    // `分别达到1.35亿人次、453.8万吨，分别增长…`: a trend the last member
    // of a list took from its growth clause goes to every member; after
    // `分别`/`均`, also members that name their own noun (`接待国内游客
    // 4.16亿人次、入境游客936万人次，分别增长6.7%、39.6%`).
    let mut respective = vec![false; claims.len()];
    for i in 0..claims.len().saturating_sub(1) {
        let between = &p.text[claims[i].span.end..claims[i + 1].span.start];
        let clause = between.trim_start_matches(['，', '、', ',']);
        // (`，同比分别下降50%、42.9%`: after a comparison too.)
        let each = |c: &str| c.starts_with(['分', '均', '都']);
        respective[i] =
            shared[i] && (each(clause) || context::strip_comparison(clause).is_some_and(each));
    }
    for i in (1..claims.len()).rev() {
        let between = &p.text[claims[i - 1].span.end..claims[i].span.start];
        if respective[i] {
            respective[i - 1] = own_noun_member(between);
        }
        if shared[i]
            && !matches!(found[i - 1], TrendFound::Word(_))
            && claims[i - 1].trend == Trend::None
            && (context::list_joint(between) || respective[i - 1])
        {
            claims[i - 1].trend = claims[i].trend;
            shared[i - 1] = true;
        }
    }
}

/// `、入境游客`, `，进口`, `、科技型中小企业达到`: the next member of a list
/// of levels, each with its own noun (Han characters only, no trend word).
fn own_noun_member(between: &str) -> bool {
    let Some(noun) = between
        .strip_prefix('、')
        .or_else(|| between.strip_prefix('，'))
        .or_else(|| between.strip_prefix(','))
    else {
        return false;
    };
    let len = noun.chars().count();
    (1..=14).contains(&len)
        && noun.chars().all(tables::is_han)
        && !tables::TREND_WORDS.iter().any(|(w, _)| noun.contains(w))
        && !noun.contains("其中")
}

/// `近3年` or `近五年` between a level and its change, or a bare period
/// heading the change's clause (`分别达到28平方米和32平方米，五年分别增加
/// 14平方米和4.2平方米`): a framing period; where it starts (with its `近`).
fn framing_start(p: &Passage, claim: &Claim) -> Option<usize> {
    if claim.kind != Kind::Duration || claim.trend != Trend::None {
        return None;
    }
    let before = &p.text[..claim.span.start];
    if before.ends_with('近') {
        return Some(claim.span.start - '近'.len_utf8());
    }
    before.ends_with(['，', ',']).then_some(claim.span.start)
}

/// `突破350亿元、实现倍增`: a doubling right after a level is its change.
fn doubling_follows(p: &Passage, claim: &Claim, between: &str) -> bool {
    let text = &p.text[claim.span.start..claim.span.end];
    let doubling = claim.kind == Kind::Multiple && (text.starts_with('翻') || text == "倍增");
    let rest = between
        .strip_prefix('、')
        .or_else(|| between.strip_prefix('，'))
        .unwrap_or(between);
    doubling && matches!(rest, "实现" | "均实现")
}

/// What a list writes once is shared by its members (`、`, `和`): a
/// qualifier before the first (`分别超98.5%和99%`, `突破8万亿元、9万亿元`)
/// and the unit after the last (`10.6万、3.8万、3.3万平方公里`: a bare
/// scaled number takes the unit of the member after it).
fn share_in_lists(p: &Passage, claims: &mut [Claim], qualified_before: &[bool]) {
    let mut carried = vec![false; claims.len()];
    for i in 1..claims.len() {
        let between = &p.text[claims[i - 1].span.end..claims[i].span.start];
        if !context::list_joint(between) {
            continue;
        }
        let carries = qualified_before.get(i - 1).copied().unwrap_or(false) || carried[i - 1];
        if carries
            && !qualified_before.get(i).copied().unwrap_or(true)
            && claims[i].qualifier == Qualifier::Exact
            && claims[i - 1].kind == claims[i].kind
        {
            claims[i].qualifier = claims[i - 1].qualifier;
            carried[i] = true;
        }
    }
    for i in (0..claims.len().saturating_sub(1)).rev() {
        let between = &p.text[claims[i].span.end..claims[i + 1].span.start];
        let text = &p.text[claims[i].span.start..claims[i].span.end];
        let bare = claims[i].kind == Kind::Count
            && text.ends_with(['万', '亿', '千', '百'])
            && claims[i].unit.is_empty();
        if !bare || !context::list_joint(between) || claims[i + 1].kind == Kind::Count {
            continue;
        }
        let (kind, unit, norm_unit) = (
            claims[i + 1].kind,
            claims[i + 1].unit,
            claims[i + 1].norm_unit,
        );
        let norm = if kind == Kind::Money {
            Some(claims[i].value)
        } else {
            unit_by_symbol(unit).map(|u| u.to_base(claims[i].value))
        };
        if let Some(norm) = norm {
            let claim = &mut claims[i];
            claim.kind = kind;
            claim.unit = unit;
            claim.norm_unit = norm_unit;
            claim.norm_value = norm;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(s: &str) -> Vec<String> {
        read_passage(s, 0, s.len(), &DocumentCurrency::default())
            .iter()
            .map(|c| {
                format!(
                    "{}|{}|{}|{}|{}|{}|{}|{}",
                    &s[c.span.start..c.span.end],
                    c.kind.as_str(),
                    c.value.normalize(),
                    c.unit,
                    c.norm_value.normalize(),
                    c.qualifier.as_str(),
                    c.trend.as_str(),
                    c.subject.map_or("", |sp| &s[sp.start..sp.end]),
                )
            })
            .collect()
    }

    #[test]
    fn national_report_sentence() {
        assert_eq!(
            rows(
                "国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，城镇调查失业率平均为5.2%。"
            ),
            vec![
                "126万亿元|money|126000000000000|CNY|126000000000000|over|up|国内生产总值",
                "5.2%|percent|5.2|%|5.2||up|国内生产总值",
                "1244万人|count|12440000||12440000|||城镇新增就业",
                "5.2%|percent|5.2|%|5.2|||城镇调查失业率",
            ]
        );
    }

    #[test]
    fn points_mass_and_shared_trend() {
        assert_eq!(
            rows("粮食产量1.39万亿斤。下降0.3个百分点，分别增长5.2%、4.6%。"),
            vec![
                "1.39万亿斤|mass|1390000000000|jin|695000000000|||粮食产量",
                "0.3个百分点|percentage_point|0.3|pp|0.3||down|",
                "5.2%|percent|5.2|%|5.2||up|",
                "4.6%|percent|4.6|%|4.6||up|",
            ]
        );
    }

    #[test]
    fn doubling_words_are_multiples() {
        assert_eq!(
            rows("经济总量较2020年实现翻番，收入翻两番，实施倍增计划"),
            vec![
                "翻番|multiple|2|x|2||up|经济总量较2020年",
                "翻两番|multiple|4|x|4||up|收入",
            ]
        );
        assert_eq!(
            rows("财政收入翻了两番，总量翻了一番"),
            vec![
                "翻了两番|multiple|4|x|4||up|财政收入",
                "翻了一番|multiple|2|x|2||up|总量",
            ]
        );
    }

    #[test]
    fn huge_numbers_saturate_without_panic() {
        let long = "九".repeat(80) + "亿亿亿元，" + &"9".repeat(60) + "万亿元";
        let claims = read_passage(&long, 0, long.len(), &DocumentCurrency::default());
        assert!(claims.iter().all(|c| c.span.end <= long.len()));
    }

    #[test]
    fn a_scale_with_over_before_a_classifier() {
        assert_eq!(
            rows("带动上下游千余家企业"),
            vec!["千余家|count|1000||1000|over||上下游"]
        );
    }

    #[test]
    fn a_minus_sign_after_a_list_joint() {
        assert_eq!(
            rows("拉动分别为0.15、-5.64、1.34个百分点。增长5%-6%。"),
            vec![
                "0.15|percentage_point|0.15|pp|0.15|||拉动",
                "-5.64|percentage_point|-5.64|pp|-5.64|||拉动",
                "1.34个百分点|percentage_point|1.34|pp|1.34|||拉动",
                "5%-6%|percent|5|%|5||up|",
            ]
        );
    }

    #[test]
    fn a_rate_right_after_a_comparison_is_its_growth() {
        // No verb: the comparison alone says it is a change; the level
        // before it is stated with its increase.
        assert_eq!(
            rows("人均地区生产总值36935元,同比11.4%；出口环比+0.5%，增速高于全国增速2.5个百分点。"),
            vec![
                "36935元|money|36935|CNY|36935||up|人均地区生产总值",
                "11.4%|percent|11.4|%|11.4||up|人均地区生产总值",
                "0.5%|percent|0.5|%|0.5||up|出口",
                "2.5个百分点|percentage_point|2.5|pp|2.5|||增速高于全国增速",
            ]
        );
    }

    #[test]
    fn a_minus_after_a_footnote_marker_is_the_sign_of_a_change() {
        assert_eq!(
            rows("单位地区生产总值综合能耗[3]-3.3%，二氧化碳排放［12］-4.1%，用水量[②]-2%。"),
            vec![
                "-3.3%|percent|-3.3|%|-3.3||down|单位地区生产总值综合能耗",
                "-4.1%|percent|-4.1|%|-4.1||down|二氧化碳排放",
                "-2%|percent|-2|%|-2||down|用水量",
            ]
        );
        // A marker of four digits is no footnote (`[2024]-3`).
        assert!(!rows("文件[2024]-3.3%").iter().any(|r| r.starts_with('-')));
    }

    #[test]
    fn a_framing_phrase_inside_the_growth_clause_keeps_the_link() {
        assert_eq!(
            rows(
                "实际使用外资10037.6亿元人民币,按可比口径同比增长15.6%；地区生产总值5000亿元，按可比价格计算增长5.2%。"
            ),
            vec![
                "10037.6亿元人民币|money|1003760000000|CNY|1003760000000||up|实际使用外资",
                "15.6%|percent|15.6|%|15.6||up|实际使用外资",
                "5000亿元|money|500000000000|CNY|500000000000||up|地区生产总值",
                "5.2%|percent|5.2|%|5.2||up|地区生产总值",
            ]
        );
    }

    #[test]
    fn below_and_above_right_before_the_number_are_bounds() {
        assert_eq!(
            rows("城镇调查失业率低于5.5%，涨幅高于3%，增速低于全国0.4个百分点。"),
            vec![
                "5.5%|percent|5.5|%|5.5|under||城镇调查失业率",
                "3%|percent|3|%|3|over||涨幅",
                "0.4个百分点|percentage_point|0.4|pp|0.4|||增速低于全国",
            ]
        );
        // Before a benchmark the number is the benchmark's value.
        assert_eq!(
            rows("价格上涨2.5%，明显低于3.5%左右的预期目标；增长6.1%，高于6%的目标。")
                .iter()
                .map(|r| r.split('|').nth(5).unwrap_or("?").to_string())
                .collect::<Vec<_>>(),
            ["", "approx", "", ""]
        );
    }

    #[test]
    fn pinyin_readings_are_read_through_and_spans_stay_in_the_text() {
        // (The pack reads folded text: traditional script is folded to
        // simplified before it, `tests/fixtures/zh-pinyin-readings.txt`.)
        let s = "全市地区生产(chǎn)总值11950亿元,增长(zhǎng)12%,比上年加快约7个(gè)百分点(diǎn)。";
        assert_eq!(
            rows(s),
            vec![
                "11950亿元|money|1195000000000|CNY|1195000000000||up|地区生产(chǎn)总值",
                "12%|percent|12|%|12||up|地区生产(chǎn)总值",
                "7个(gè)百分点|percentage_point|7|pp|7|approx|up|加快",
            ]
        );
        // The same claims, at the same places less the readings, as the
        // text without them.
        let plain = "全市地区生产总值11950亿元,增长12%,比上年加快约7个百分点。";
        let spans = |s: &str| -> Vec<(usize, usize)> {
            read_passage(s, 0, s.len(), &DocumentCurrency::default())
                .iter()
                .map(|c| (c.span.start, c.span.end))
                .collect()
        };
        let reading = |r: &str| r.len();
        let (a, b, c) = (reading("(chǎn)"), reading("(zhǎng)"), reading("(gè)"));
        let p = spans(plain);
        assert_eq!(
            spans(s),
            vec![
                (p[0].0 + a, p[0].1 + a),
                (p[1].0 + a + b, p[1].1 + a + b),
                (p[2].0 + a + b, p[2].1 + a + b + c),
            ]
        );
    }

    #[test]
    fn a_minus_sign_after_a_growth_word_is_a_fall() {
        assert_eq!(
            rows("净利107亿元（同比-10.7%），库存同比-437万吨，环比-0.5%。"),
            vec![
                "107亿元|money|10700000000|CNY|10700000000|||净利",
                "-10.7%|percent|-10.7|%|-10.7||down|净利",
                "-437万吨|mass|-4370000|t|-4370000000||down|库存",
                "-0.5%|percent|-0.5|%|-0.5||down|库存",
            ]
        );
    }

    #[test]
    fn inner_over_and_negative() {
        assert_eq!(
            rows("惠及6600多万纳税人，负0.2千米"),
            vec![
                "6600多万|count|66000000||66000000|over||",
                "负0.2千米|length|-0.2|km|-200|||",
            ]
        );
    }

    #[test]
    fn a_level_takes_the_trend_of_its_change() {
        assert_eq!(
            rows("外贸总额7.2万亿元、增长3.1%；占比41%、提高2.5个百分点。"),
            vec![
                "7.2万亿元|money|7200000000000|CNY|7200000000000||up|外贸总额",
                "3.1%|percent|3.1|%|3.1||up|外贸总额",
                "41%|percent|41|%|41||up|占比",
                "2.5个百分点|percentage_point|2.5|pp|2.5||up|占比",
            ]
        );
        // After a comparison, a short noun may stand before the verb.
        let r = rows("支出规模12万亿元，比上年年初预算增加900亿元");
        assert!(r[0].ends_with("||up|支出规模"), "{r:?}");
        // A framing period between the level and its change is skipped.
        let r = rows("覆盖率达到71.5%，近5年提升18个百分点");
        assert!(r[0].ends_with("||up|覆盖率"), "{r:?}");
        let r = rows("人均住房面积分别达到28平方米和32平方米，五年分别增加14平方米和4.2平方米");
        assert!(r[0].ends_with("||up|人均住房面积"), "{r:?}");
        assert!(r[1].ends_with("||up|人均住房面积"), "{r:?}");
        // A level whose doubling follows is up.
        let r = rows("产值突破80亿元、实现倍增");
        assert!(r[0].ends_with("|over|up|产值"), "{r:?}");
        // Another quantity's growth is not the level's.
        let r = rows("规上企业达2.1万家、增加值增长6%");
        assert!(r[0].ends_with("|||规上企业"), "{r:?}");
    }

    #[test]
    fn a_shared_growth_clause_reaches_every_member_of_the_list() {
        let r = rows("客运量和货运量分别达到2.4亿人次、310万吨，分别增长5.1%、2.2%");
        assert!(
            r[0].contains("|count|240000000||") && r[0].ends_with("||up|客运量和货运量"),
            "{r:?}"
        );
        assert!(r[1].ends_with("||up|客运量和货运量"), "{r:?}");
    }

    #[test]
    fn cut_amounts_are_down_and_cut_policies_name_nothing() {
        assert_eq!(
            rows("全年减税降费超过8000亿元，减负政策惠及120万户"),
            vec![
                "8000亿元|money|800000000000|CNY|800000000000|over|down|减税降费",
                "120万户|count|1200000||1200000|||减负政策",
            ]
        );
    }

    #[test]
    fn growth_rates_cuts_to_a_level_and_life_expectancy() {
        assert_eq!(
            rows("出口年均增速7%左右。审批时间压缩至5个工作日以内。人均预期寿命提高到79.5岁。"),
            vec![
                "7%|percent|7|%|7|approx|up|出口年均增速",
                "5个工作日|duration|5|day|5|at_most|down|审批时间",
                "79.5岁|duration|79.5|year|79.5||up|人均预期寿命",
            ]
        );
        // A compressed-air project is no cut.
        let r = rows("压缩空气储能等12个项目落地");
        assert!(r[0].ends_with("|||压缩空气储能等"), "{r:?}");
        // An upgrade verb before a count upgrades things.
        let r = rows("改造提升老旧小区1200个，村庄风貌提升3.1万户");
        assert!(r.iter().all(|row| row.contains("|||")), "{r:?}");
    }

    #[test]
    fn what_a_list_writes_once_is_shared() {
        assert_eq!(
            rows(
                "优良率分别超92%和95%，收入、支出分别突破500亿元和2000亿元，面积分别减少4.2万、1.5万平方公里"
            ),
            vec![
                "92%|percent|92|%|92|over||优良率",
                "95%|percent|95|%|95|over||优良率",
                "500亿元|money|50000000000|CNY|50000000000|over||收入、支出",
                "2000亿元|money|200000000000|CNY|200000000000|over||收入、支出",
                "4.2万|area|42000|km2|4200000||down|面积",
                "1.5万平方公里|area|15000|km2|1500000||down|面积",
            ]
        );
    }

    #[test]
    fn doublings_scale_words_and_measure_words() {
        assert_eq!(
            rows(
                "利润翻三番，投资过万亿元。50米内换乘。连续举办6届，成功举办十五届运动会。总量迈上3万亿、4万亿两个台阶"
            ),
            vec![
                "翻三番|multiple|8|x|8||up|利润",
                "万亿元|money|1000000000000|CNY|1000000000000|over||投资过",
                "50米|length|50|m|50|at_most||",
                "6届|count|6||6|||连续举办",
                "3万亿|count|3000000000000||3000000000000|||总量迈",
                "4万亿|count|4000000000000||4000000000000|||总量迈",
                "两个|count|2||2|||总量迈",
            ]
        );
    }

    #[test]
    fn changes_from_a_start_and_levels_after_their_change() {
        let r = rows("园区由162个整合为123个，事项从39个拓展到91个，厚度提升3.5%、达到20.6厘米");
        assert!(r[0].ends_with("162|||园区"), "{r:?}");
        assert!(r[1].ends_with("||down|整合"), "{r:?}");
        assert!(r[3].ends_with("||up|拓展"), "{r:?}");
        assert!(
            r[5].starts_with("20.6厘米|length") && r[5].contains("||up|"),
            "{r:?}"
        );
        // The start of a change is its base (`从10%降至2.5%`), even after
        // another item's rise.
        let r = rows("起征点提高到15万元、税负率从10%降至2.5%");
        assert!(
            r[1].starts_with("10%") && r[1].ends_with("|||税负率"),
            "{r:?}"
        );
    }

    #[test]
    fn a_respective_change_reaches_members_with_their_own_nouns() {
        let r = rows("接待国内游客4.16亿人次、入境游客936万人次，分别增长6.7%、39.6%");
        assert!(r[0].ends_with("||up|接待国内游客"), "{r:?}");
        let r = rows("高新技术企业达到1.9万家、科技型中小企业达到2.9万家，均实现倍增");
        assert!(r[0].ends_with("||up|高新技术企业"), "{r:?}");
        let r = rows("出口2395万美元，进口221万美元，分别比上年下降48.2%、85.2%");
        assert!(r[0].contains("|down|"), "{r:?}");
    }

    #[test]
    fn qualifiers_across_a_space_and_approaching() {
        let r = rows("预计开支1006.8亿元，减少约 2.6%，结余220亿元。");
        assert_eq!(r[1], "2.6%|percent|2.6|%|2.6|approx|down|预计开支");
        let r = rows("人均GDP逼近4万美元。");
        assert_eq!(r, vec!["4万美元|money|40000|USD|40000|under||人均GDP"]);
        let r = rows("城镇登记失业率控制在4.2%的目标范围之内。");
        assert_eq!(r, vec!["4.2%|percent|4.2|%|4.2|at_most||城镇登记失业率"]);
    }

    #[test]
    fn vague_changes_times_and_counted_days() {
        let r = rows("今年赤字率拟按2.8%左右安排、比去年有所下调，有利于增强财政可持续性。");
        assert_eq!(r, vec!["2.8%|percent|2.8|%|2.8|approx|down|赤字率"]);
        let r = rows("两次降低存款准备金率、两次下调政策利率。提标降息惠及1100多万学生。");
        assert!(r.iter().all(|row| !row.contains("|down|")), "{r:?}");
        let r = rows("全省优良天数增加7.8天。社会投资成倍增加。");
        assert_eq!(r, vec!["7.8天|duration|7.8|day|7.8||up|优良天数"]);
    }

    #[test]
    fn turnover_and_balances_since_the_start_of_the_year() {
        let r = rows(
            "货物周转量59.41亿吨公里，比上年增长14.4%；存款余额4870.84亿元，比年初增加585.66亿元",
        );
        assert!(
            r[0].starts_with("59.41亿吨公里|count|5941000000||") && r[0].contains("|up|"),
            "{r:?}"
        );
        assert!(r[2].contains("|CNY|") && r[2].contains("||up|"), "{r:?}");
    }

    #[test]
    fn communique_wraps_ages_and_spaced_percents() {
        assert_eq!(
            rows(
                "第三产业增加值758.14亿元，增\n长3.9%。其中60周岁及以上745933人。面积6.32万公顷，比上年增长9.9 %;五倍子产量下降。约合3868美元"
            ),
            vec![
                "758.14亿元|money|75814000000|CNY|75814000000||up|第三产业增加值",
                "3.9%|percent|3.9|%|3.9||up|增\n长",
                "745933人|count|745933||745933|||60周岁及",
                "6.32万公顷|area|63200|ha|63200||up|面积",
                "9.9 %|percent|9.9|%|9.9||up|面积",
                "3868美元|money|3868|USD|3868|approx||约合",
            ]
        );
    }

    #[test]
    fn hong_kong_and_taiwan_releases() {
        // A level reached after its change (`，至`), a change noun after
        // the rate, and a Hong Kong total written without `元`.
        let s = "香港零售业总销货价值按年升9.2%,至301亿元。珠宝首饰录得22.5%的按年升幅。政府收入为5,980亿，支出6,410亿。";
        // (The evidence is counted in the text as written, traditional.)
        let hong_kong = DocumentCurrency::of("香港特別行政區財政司司長");
        let claims = read_passage(s, 0, s.len(), &hong_kong);
        let got: Vec<String> = claims
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    &s[c.span.start..c.span.end],
                    c.kind.as_str(),
                    c.unit,
                    c.trend.as_str()
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "9.2% percent % up",
                "301亿元 money HKD up",
                "22.5% percent % up",
                "5,980亿 money HKD ",
                "6,410亿 money HKD "
            ]
        );
    }

    #[test]
    fn a_forecast_level_before_its_revision_takes_no_trend() {
        let r = rows("预估出口值5120亿美元、上修210亿美元，经济成长率上修至4.2%。");
        assert_eq!(
            r,
            vec![
                "5120亿美元|money|512000000000|USD|512000000000|||预估出口值",
                "210亿美元|money|21000000000|USD|21000000000||up|预估出口值",
                "4.2%|percent|4.2|%|4.2||up|经济成长率",
            ]
        );
    }

    /// The money claims of `s`, read with the document's own currency.
    fn money_in_document(s: &str) -> Vec<String> {
        read_passage(s, 0, s.len(), &DocumentCurrency::of(s))
            .iter()
            .filter(|c| c.kind == Kind::Money)
            .map(|c| {
                format!(
                    "{}|{}|{}",
                    &s[c.span.start..c.span.end],
                    c.value.normalize(),
                    c.unit
                )
            })
            .collect()
    }

    #[test]
    fn a_currency_before_the_number_gives_its_code_to_the_yuan_after_it() {
        assert_eq!(
            money_in_document("外资港元3000万元，投资美元5亿元，另有澳门元20亿元。"),
            [
                "港元3000万元|30000000|HKD",
                "美元5亿元|500000000|USD",
                "澳门元20亿元|2000000000|MOP"
            ]
        );
        assert_eq!(
            money_in_document("预算新台币5亿元，收入900亿元，人民币3亿元。"),
            [
                "新台币5亿元|500000000|TWD",
                "900亿元|90000000000|CNY",
                "人民币3亿元|300000000|CNY"
            ]
        );
    }

    #[test]
    fn a_bare_yuan_is_the_money_a_traditional_document_names() {
        assert_eq!(
            money_in_document("總預算新台幣2兆元，較上年度增加1,200億元。"),
            [
                "新台幣2兆元|2000000000000|TWD",
                "1,200億元|120000000000|TWD"
            ]
        );
        assert_eq!(
            money_in_document("澳門幣100億元，其中支出30億元。"),
            ["澳門幣100億元|10000000000|MOP", "30億元|3000000000|MOP"]
        );
    }

    #[test]
    fn a_share_stated_with_its_point_change_takes_its_direction() {
        // "A total stated with its increase is up", and a share with it
        // (README: `占比34%、提高1.3个百分点`), whatever the comma.
        assert_eq!(
            rows(
                "第三产业增加值占地区生产总值的比重为52.3%,比上年提高1.2个百分点；民营经济占比23.5%，同比下降0.8个百分点。"
            ),
            vec![
                "52.3%|percent|52.3|%|52.3||up|第三产业增加值占地区生产总值的比重",
                "1.2个百分点|percentage_point|1.2|pp|1.2||up|第三产业增加值占地区生产总值的比重",
                "23.5%|percent|23.5|%|23.5||down|民营经济占比",
                "0.8个百分点|percentage_point|0.8|pp|0.8||down|民营经济占比",
            ]
        );
    }

    #[test]
    fn a_plus_after_a_footnote_marker_is_the_sign_of_a_rise() {
        assert_eq!(
            rows("常住人口[3]+2%，单位能耗［12］+1.5%。"),
            vec![
                "2%|percent|2|%|2||up|常住人口",
                "1.5%|percent|1.5|%|1.5||up|单位能耗",
            ]
        );
        // Between numbers a `+` still joins a name (`1+5`).
        assert!(rows("构建1+5体系").is_empty());
    }

    #[test]
    fn a_difference_against_a_plan_or_forecast_carries_its_direction() {
        assert_eq!(
            trends(
                "居民人均可支配收入增长6.1%，高于预期目标0.5个百分点；投资低于年度目标1.5个百分点。"
            ),
            ["6.1% up", "0.5个百分点 up", "1.5个百分点 down"]
        );
        assert_eq!(
            trends("出口比原预测高出7.39个百分点，较预测数1723亿美元多出158亿美元。"),
            ["7.39个百分点 up", "1723亿美元 ", "158亿美元 up"]
        );
        // A rate after the benchmark is its value (`优于原预测6.20%`).
        assert_eq!(
            trends("出口成长24.58%，优于原预测16.77%。"),
            ["24.58% up", "16.77% "]
        );
        // Against another place it is a gap; right after the word, the
        // benchmark's own value.
        assert_eq!(
            trends("增速高于全国2.5个百分点，高于全省平均水平0.3个百分点，高于6%的目标。"),
            ["2.5个百分点 ", "0.3个百分点 ", "6% "]
        );
    }

    #[test]
    fn a_slogan_holding_a_trend_word_gives_no_trend() {
        assert_eq!(
            rows("出台稳增长10项措施，制定保增长、促消费政策3条。"),
            vec![
                "10项|count|10||10|||出台稳增长",
                "3条|count|3||3|||制定保增长、促消费政策",
            ]
        );
    }

    #[test]
    fn county_framing_run_in_labels_and_glosses_leave_the_subject() {
        let subjects = |s: &str| {
            rows(s)
                .iter()
                .map(|r| r.rsplit('|').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            subjects(
                "人口年末常住人口94.9万人。国民经济全年实现地区生产总值(GDP)439.19亿元。年末全县户籍总户数49.4万户。"
            ),
            ["常住人口", "地区生产总值", "户籍总户数"]
        );
        // A label without framing after it is the subject's own word.
        assert_eq!(subjects("粮食产量80.3万吨。"), ["粮食产量"]);
    }

    #[test]
    fn chinese_numerals_of_hong_kong_macao_and_taiwan_papers() {
        let values = |s: &str| {
            rows(s)
                .iter()
                .map(|r| {
                    let f: Vec<&str> = r.split('|').collect();
                    format!("{}={}", f[0], f[2])
                })
                .collect::<Vec<_>>()
        };
        // `‧` is the decimal point; a Latin O and `○` are zeros; three
        // digits side by side before `亿` are a number's digits.
        assert_eq!(
            values(
                "盈餘四百七十六‧六億元，增幅三十五‧五%，稅收近五百O七億元，增加一‧二倍，出口一八八一億美元，增加○點二九個百分點。"
            ),
            [
                "四百七十六‧六億元=47660000000",
                "三十五‧五%=35.5",
                "五百O七億元=50700000000",
                "一‧二倍=1.2",
                "一八八一億美元=188100000000",
                "○點二九個百分點=0.29",
            ]
        );
        // Two digits side by side stay an estimate, a year a year.
        assert_eq!(values("三四万人，二○二五年"), Vec::<String>::new());
    }

    #[test]
    fn the_base_of_a_comparison_passes_the_growth_to_the_level() {
        assert_eq!(
            rows("收入31751万元，完成预算数31220万元的101.7%，较上年28899万元增长9.9%。"),
            vec![
                "31751万元|money|317510000|CNY|317510000||up|收入",
                "31220万元|money|312200000|CNY|312200000|||预算数",
                "101.7%|percent|101.7|%|101.7|||预算数",
                "28899万元|money|288990000|CNY|288990000|||预算数",
                "9.9%|percent|9.9|%|9.9||up|预算数",
            ]
        );
    }

    /// `text trend` of every row.
    fn trends(s: &str) -> Vec<String> {
        rows(s)
            .iter()
            .map(|r| {
                let f: Vec<&str> = r.split('|').collect();
                format!("{} {}", f[0], f[6])
            })
            .collect()
    }

    #[test]
    fn earlier_periods_gaps_of_growth_and_recoveries() {
        // A share stated with its change against an earlier period.
        assert_eq!(
            trends(
                "占社零总额比重25.2%,比1-5月提高0.9个百分点；占零售总额25.6%,较上半年提升0.3个百分点。"
            ),
            ["25.2% up", "0.9个百分点 up", "25.6% up", "0.3个百分点 up"]
        );
        // A growth's gap to another place is no change.
        assert_eq!(
            trends("增长9.0%,增幅高出绍兴平均0.5个百分点。"),
            ["9.0% up", "0.5个百分点 "]
        );
        assert_eq!(
            trends("商品零售额基本恢复到去年同期3万亿元规模。"),
            ["3万亿元 up"]
        );
    }

    #[test]
    fn lists_of_starts_and_ends_pair_member_by_member() {
        assert_eq!(
            trends("产业结构由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。"),
            [
                "22.26% ",
                "28.63% ",
                "49.11% ",
                "21.35% down",
                "27.92% down",
                "50.73% up"
            ]
        );
        // `与去年` compares with last year.
        assert_eq!(
            trends("油料产量3.78万吨,与去年增长10.9%。"),
            ["3.78万吨 up", "10.9% up"]
        );
    }

    #[test]
    fn a_change_named_without_direction_and_a_multiple_of_an_earlier_level() {
        // A rate after `变动` rises or falls by its sign, also after a
        // space before the sign.
        assert_eq!(
            trends(
                "全年本地生产总值实质变动修订为 -21.4%；按年实质变动分别修订至32.3%、100.9%及120.4%。"
            ),
            ["-21.4% down", "32.3% up", "100.9% up", "120.4% up"]
        );
        // A multiple of an earlier level stands between a level and its
        // growth.
        assert_eq!(
            trends("全区生产总值预计达到739亿元,是“十一五”末的1.6倍,年均增长10%。"),
            ["739亿元 up", "1.6倍 up", "10% up"]
        );
        // Another rate after 价格变动 keeps its own trend word.
        assert_eq!(trends("扣除价格变动后,销货数量上升9.0%。"), ["9.0% up"]);
    }
}
