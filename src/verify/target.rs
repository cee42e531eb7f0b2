//! Check `target`, across years: the reports of one issuer over several
//! years (`--series`), their claims about the same indicator linked into
//! a timeline, and each target of year N set against the outcome the
//! report of year N+1 gives (`国内生产总值增长5%左右` in 2023, `增长5.2%`
//! in the 2024 report).
//!
//! A claim joins the timeline when its clause names exactly one indicator
//! of its kind ([`indicators::INDICATORS`]; for a growth rate, the claim's
//! subject may name it: `国内生产总值超过126万亿元，增长5.2%`). Its role
//! comes from its sentence: a sentence with a target word (`预期目标`,
//! `拟按`, `target`, `projected`) holds targets of the report's year;
//! any other sentence holds outcomes of the year before. Sentences about
//! several years (`年均`, `respectively`, a five-year review or plan) and
//! forecasts (`预计`, `expected`) are left out
//! ([`indicators::MULTI_YEAR_MARKERS`], [`indicators::FORECAST_MARKERS`]):
//! only clear cases.
//!
//! A target is a condition on the outcome: `over X` and `at most X` are
//! bounds; `around X` or a bare `X` is read by the indicator's sense, a
//! floor (met at or above X less its rounding) or a ceiling (met at or
//! below X plus its rounding). The outcome is an interval: its rounding
//! ([`precision`]), or a half-line for a bound (`more than 3 percent`).
//! All of it meets the target: `consistent` (met); none of it: `inconsistent`
//! (missed); a bound that does not decide, or no outcome stated in the
//! next year's report: `unverifiable`. A rounded outcome that partly
//! meets the target counts as met, as elsewhere in `verify`: a verdict is
//! `inconsistent` only when no reading of the figures agrees.
//!
//! [`precision`]: super::precision

use rust_decimal::Decimal;

use crate::extract::{Claim, Qualifier, Span, Trend};

use super::indicators::{
    FORECAST_MARKERS, INDICATORS, Indicator, LIST_GOES_ON, MULTI_YEAR_MARKERS, MULTI_YEAR_OPENERS,
    NOT_INDICATORS, ONE_YEAR_OPENERS, OPENER_REACH, Reading, Sense, TARGET_MARKERS,
};
use super::precision::{Figure, show};
use super::{Check, CheckKind, Involved, Verdict};

/// One report of a series: its year, text, sentences and claims.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub year: i32,
    pub text: &'a str,
    pub sentences: &'a [Span],
    pub claims: &'a [Claim],
}

/// Whether a timeline point is a target or an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Target,
    Outcome,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Target => "target",
            Role::Outcome => "outcome",
        }
    }
}

/// One claim on an indicator's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub indicator: &'static Indicator,
    /// The year the figure is about: the report's year for a target, the
    /// year before for an outcome.
    pub year: i32,
    pub role: Role,
    /// Index of the report in the series.
    pub report: usize,
    /// Index of the claim in its report.
    pub claim: usize,
    /// The value read for the indicator (a stated fall of a growth rate
    /// is negative).
    pub value: Decimal,
}

/// A `target` check with the reports it involves: the target's, and the
/// outcome's when one was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCheck {
    pub target_report: usize,
    pub outcome_report: Option<usize>,
    pub check: Check,
}

/// The year in a file name: the first run of exactly four digits from
/// 1900 to 2099 (`02-china-gwr-2024-zh.txt`: 2024).
pub fn year_in_name(name: &str) -> Option<i32> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let bytes = file.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 4 {
            let year: i32 = file[i..i + 4].parse().ok()?;
            if (1900..=2099).contains(&year) {
                return Some(year);
            }
        }
        i += run;
    }
    None
}

/// The timeline of every indicator over `reports`, sorted by indicator
/// (table order), year, role, report and claim.
pub fn timeline(reports: &[Report]) -> Vec<Point> {
    let mut points: Vec<Point> = reports
        .iter()
        .enumerate()
        .flat_map(|(r, report)| points_of(r, report))
        .collect();
    points.sort_by_key(|p| {
        (
            indicator_rank(p.indicator),
            p.year,
            p.role,
            p.report,
            p.claim,
        )
    });
    points
}

/// Every target of `points` set against the outcomes of the next year.
pub fn checks(reports: &[Report], points: &[Point]) -> Vec<YearCheck> {
    let mut found = Vec::new();
    let mut seen: Vec<(usize, &str, Decimal, Qualifier)> = Vec::new();
    for target in points.iter().filter(|p| p.role == Role::Target) {
        // A target restated in its report (`经济增长预期目标为5%左右`
        // after the list) is checked once.
        let qualifier = reports
            .get(target.report)
            .and_then(|r| r.claims.get(target.claim))
            .map_or(Qualifier::Exact, |c| c.qualifier);
        let key = (target.report, target.indicator.id, target.value, qualifier);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let next_year = target.year + 1;
        if !reports.iter().any(|r| r.year == next_year) {
            continue;
        }
        let outcomes: Vec<&Point> = points
            .iter()
            .filter(|p| {
                p.role == Role::Outcome
                    && p.indicator == target.indicator
                    && p.year == target.year
                    && reports.get(p.report).is_some_and(|r| r.year == next_year)
            })
            .collect();
        if outcomes.is_empty() {
            found.push(no_outcome(reports, target, next_year));
        }
        for outcome in outcomes {
            found.push(against(reports, target, outcome));
        }
    }
    found
}

fn indicator_rank(indicator: &Indicator) -> usize {
    INDICATORS
        .iter()
        .position(|i| i.id == indicator.id)
        .unwrap_or(usize::MAX)
}

/// The points of one report: its claims that name one indicator, outside
/// passages about several years.
fn points_of(r: usize, report: &Report) -> Vec<Point> {
    let scope = one_year_sentences(report.text, report.sentences);
    let mut points = Vec::new();
    for (c, claim) in report.claims.iter().enumerate() {
        let Some(&Some(role)) = scope.get(claim.sentence) else {
            continue;
        };
        let Some(sentence) = report.sentences.get(claim.sentence) else {
            continue;
        };
        let Some(indicator) = indicator_of(report.text, *sentence, claim) else {
            continue;
        };
        if role == Role::Outcome && claim.value_max.is_some() {
            continue;
        }
        points.push(Point {
            indicator,
            year: match role {
                Role::Target => report.year,
                Role::Outcome => report.year - 1,
            },
            role,
            report: r,
            claim: c,
            value: signed(indicator, claim, claim.norm_value),
        });
    }
    points
}

/// The role of each sentence's figures: `None` for a sentence about
/// several years (by its own words or the passage it is in).
fn one_year_sentences(text: &str, sentences: &[Span]) -> Vec<Option<Role>> {
    let mut several_years = false;
    let mut target_list = false;
    sentences
        .iter()
        .map(|s| {
            let lower = s.text(text).trim().to_ascii_lowercase();
            let head = head(&lower, OPENER_REACH);
            if ONE_YEAR_OPENERS.iter().any(|w| head.contains(w)) {
                several_years = false;
            } else if MULTI_YEAR_OPENERS.iter().any(|w| head.contains(w)) {
                several_years = true;
            }
            let neither = several_years
                || MULTI_YEAR_MARKERS
                    .iter()
                    .chain(FORECAST_MARKERS)
                    .any(|w| has_word(&lower, w));
            let role = if neither {
                None
            } else if target_list || TARGET_MARKERS.iter().any(|w| has_word(&lower, w)) {
                Some(Role::Target)
            } else {
                Some(Role::Outcome)
            };
            target_list = (target_list || role == Some(Role::Target))
                && !several_years
                && lower.ends_with(LIST_GOES_ON);
            role
        })
        .collect()
}

/// The first `reach` bytes of `s`, cut back to a char boundary.
fn head(s: &str, reach: usize) -> &str {
    let mut end = reach.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The one indicator of the claim's kind that its clause names, or
/// failing that (for a rate of change) its subject names.
fn indicator_of(text: &str, sentence: Span, claim: &Claim) -> Option<&'static Indicator> {
    let fits = |i: &&Indicator| i.kind == claim.kind;
    let clause = clause_around(text, sentence, claim.span);
    let (named, other) = named_in(clause);
    let named: Vec<&Indicator> = named.into_iter().filter(fits).collect();
    if let [one] = named.as_slice() {
        return Some(one);
    }
    // A clause that names several indicators, or another quantity (`2.8
    // percent of GDP`), is not about one indicator.
    if !named.is_empty() || other {
        return None;
    }
    let subject = claim.subject.and_then(|s| text.get(s.start..s.end))?;
    let named: Vec<&Indicator> = named_in(subject)
        .0
        .into_iter()
        .filter(fits)
        .filter(|i| i.reading != Reading::Level)
        .collect();
    match named.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Where a clause ends: punctuation, a list comma, a blank line, a list
/// bullet (`\u{f09f}` and `\u{f0b7}` are the bullets of Word's symbol
/// fonts, as a PDF's text gives them).
const CLAUSE_BREAKS: &[&str] = &[
    "，", "；", "。", "：", "、", ";", ": ", ":\n", ", ", "\n\n", "•", "●", "▪", "\u{f09f}",
    "\u{f0b7}",
];

/// The clause of `sentence` around `span`.
fn clause_around(text: &str, sentence: Span, span: Span) -> &str {
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let after = text.get(span.end..sentence.end).unwrap_or("");
    let start = CLAUSE_BREAKS
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = CLAUSE_BREAKS
        .iter()
        .filter_map(|b| after.find(b))
        .min()
        .unwrap_or(after.len());
    text.get(sentence.start + start..span.end + end)
        .unwrap_or("")
}

/// The indicators named in `s` (every name and non-indicator phrase
/// found, those inside a longer one dropped), and whether `s` names
/// another quantity too.
fn named_in(s: &str) -> (Vec<&'static Indicator>, bool) {
    let lower = s.to_ascii_lowercase();
    let mut found: Vec<(usize, usize, Option<&'static Indicator>)> = Vec::new();
    for indicator in INDICATORS {
        for name in indicator.names {
            found.extend(word_spans(&lower, name).map(|(a, b)| (a, b, Some(indicator))));
        }
    }
    for phrase in NOT_INDICATORS {
        found.extend(word_spans(&lower, phrase).map(|(a, b)| (a, b, None)));
    }
    let mut named: Vec<&'static Indicator> = Vec::new();
    let mut other = false;
    for &(a, b, indicator) in &found {
        let inside_longer = found
            .iter()
            .any(|&(c, d, _)| c <= a && b <= d && d - c > b - a);
        match (inside_longer, indicator) {
            (true, _) => {}
            (false, None) => other = true,
            (false, Some(i)) => {
                if !named.iter().any(|n| n.id == i.id) {
                    named.push(i);
                }
            }
        }
    }
    (named, other)
}

/// The spans of `word` in `lower`; an ASCII word only on word boundaries.
fn word_spans<'a>(lower: &'a str, word: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    lower
        .match_indices(word)
        .map(|(i, _)| (i, i + word.len()))
        .filter(move |&(a, b)| !word.is_ascii() || on_boundaries(lower, a, b))
}

/// Whether `s[a..b]` stands as a word: no letter, digit or hyphen on
/// either side (`better-than-expected` holds no `expected`).
fn on_boundaries(s: &str, a: usize, b: usize) -> bool {
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    let before = s[..a].chars().next_back();
    let after = s[b..].chars().next();
    before.is_none_or(|c| !in_word(c)) && after.is_none_or(|c| !in_word(c))
}

/// Whether lower-case `s` holds `word` (an ASCII word on word boundaries).
fn has_word(s: &str, word: &str) -> bool {
    word_spans(s, word).next().is_some()
}

/// `value` read for `indicator`: a fall of a growth rate (or a rise of a
/// reduction) is negative.
fn signed(indicator: &Indicator, claim: &Claim, value: Decimal) -> Decimal {
    match (indicator.reading, claim.trend) {
        (Reading::Growth, Trend::Down) | (Reading::Reduction, Trend::Up) => -value,
        _ => value,
    }
}

/// The outcomes that meet a target: from `low`, up to `high` (either may
/// be open), and how that reads.
struct Condition {
    low: Option<Decimal>,
    high: Option<Decimal>,
    reads: String,
}

fn condition(report: &Report, point: &Point, claim: &Claim) -> Condition {
    let figure = Figure::of(report.text, claim);
    let value = point.value;
    let unit = claim.norm_unit;
    match (claim.value_max, claim.qualifier) {
        (Some(max), _) => {
            let high = signed(point.indicator, claim, max);
            let (low, high) = (value.min(high), value.max(high));
            Condition {
                low: Some(low - figure.half),
                high: Some(high + figure.half),
                reads: format!(
                    "met from {} to {}",
                    amount(low - figure.half, unit),
                    amount(high + figure.half, unit)
                ),
            }
        }
        (None, Qualifier::Over | Qualifier::AtLeast) => at_least(value, unit),
        (None, Qualifier::Under | Qualifier::AtMost) => at_most(value, unit),
        (None, Qualifier::Exact | Qualifier::Approx) => match point.indicator.sense {
            Sense::Floor => at_least(value - figure.half, unit),
            Sense::Ceiling => at_most(value + figure.half, unit),
        },
    }
}

fn at_least(low: Decimal, unit: &str) -> Condition {
    Condition {
        low: Some(low),
        high: None,
        reads: format!("met at {} or more", amount(low, unit)),
    }
}

fn at_most(high: Decimal, unit: &str) -> Condition {
    Condition {
        low: None,
        high: Some(high),
        reads: format!("met at {} or less", amount(high, unit)),
    }
}

/// The values an outcome may stand for: its rounding, or a half-line for
/// a bound; and whether it is a rounded figure (not a bound).
fn outcome_interval(
    report: &Report,
    point: &Point,
    claim: &Claim,
) -> (Option<Decimal>, Option<Decimal>, bool) {
    let figure = Figure::of(report.text, claim);
    let (low, high) = (point.value - figure.half, point.value + figure.half);
    // A bound on a fall flips with the sign.
    let flipped = point.value != claim.norm_value;
    match (claim.qualifier, flipped) {
        (Qualifier::Over | Qualifier::AtLeast, false)
        | (Qualifier::Under | Qualifier::AtMost, true) => (Some(point.value), None, false),
        (Qualifier::Under | Qualifier::AtMost, false)
        | (Qualifier::Over | Qualifier::AtLeast, true) => (None, Some(point.value), false),
        (Qualifier::Exact | Qualifier::Approx, _) => (Some(low), Some(high), true),
    }
}

/// The target `target` against the outcome `outcome`.
fn against(reports: &[Report], target: &Point, outcome: &Point) -> YearCheck {
    let (Some(tr), Some(or)) = (reports.get(target.report), reports.get(outcome.report)) else {
        return no_outcome(reports, target, target.year + 1);
    };
    let (Some(tc), Some(oc)) = (tr.claims.get(target.claim), or.claims.get(outcome.claim)) else {
        return no_outcome(reports, target, target.year + 1);
    };
    let condition = condition(tr, target, tc);
    let (low, high, rounded) = outcome_interval(or, outcome, oc);
    let unit = tc.norm_unit;
    // Some reading of the outcome meets the target; every reading does.
    let some = low.is_none_or(|l| condition.high.is_none_or(|h| l <= h))
        && high.is_none_or(|h| condition.low.is_none_or(|l| h >= l));
    let every = condition.low.is_none_or(|l| low.is_some_and(|o| o >= l))
        && condition.high.is_none_or(|h| high.is_some_and(|o| o <= h));
    let (verdict, word) = if every || (some && rounded) {
        (Verdict::Consistent, "met")
    } else if !some {
        (Verdict::Inconsistent, "missed")
    } else {
        (Verdict::Unverifiable, "the bound does not decide")
    };
    let shown_outcome = match (low, high) {
        (Some(l), Some(h)) => format!("{} ({}..{})", amount(outcome.value, unit), show(l), show(h)),
        (Some(_), None) => format!("at least {}", amount(outcome.value, unit)),
        _ => format!("at most {}", amount(outcome.value, unit)),
    };
    let arithmetic = format!(
        "{} target {} {}{} ({}); outcome in the {} report {}; {word}",
        target.year,
        target.indicator.id,
        stated(tc),
        amount(target.value, unit),
        condition.reads,
        or.year,
        shown_outcome,
    );
    YearCheck {
        target_report: target.report,
        outcome_report: Some(outcome.report),
        check: Check {
            kind: CheckKind::Target,
            verdict,
            claims: vec![Involved::first(tc), Involved::second(oc)],
            arithmetic,
        },
    }
}

/// How a target's qualifier reads before its value.
fn stated(claim: &Claim) -> &'static str {
    if claim.value_max.is_some() {
        return "";
    }
    match claim.qualifier {
        Qualifier::Exact => "",
        Qualifier::Approx => "around ",
        Qualifier::Over => "over ",
        Qualifier::AtLeast => "at least ",
        Qualifier::Under => "under ",
        Qualifier::AtMost => "at most ",
    }
}

fn no_outcome(reports: &[Report], target: &Point, next_year: i32) -> YearCheck {
    let claims = reports
        .get(target.report)
        .and_then(|r| r.claims.get(target.claim))
        .map(|c| vec![Involved::first(c)])
        .unwrap_or_default();
    let claim = reports
        .get(target.report)
        .and_then(|r| r.claims.get(target.claim));
    let unit = claim.map_or("", |c| c.norm_unit);
    let stated = claim.map_or("", stated);
    YearCheck {
        target_report: target.report,
        outcome_report: None,
        check: Check {
            kind: CheckKind::Target,
            verdict: Verdict::Unverifiable,
            claims,
            arithmetic: format!(
                "{} target {} {}{}; no report of {next_year} states its outcome",
                target.year,
                target.indicator.id,
                stated,
                amount(target.value, unit)
            ),
        },
    }
}

/// A value with its normalized unit: `5.2%`, `12440000`, `650000000000 kg`.
pub fn amount(value: Decimal, unit: &str) -> String {
    match unit {
        "" => show(value),
        "%" => format!("{}%", show(value)),
        _ => format!("{} {unit}", show(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extraction, extract};

    /// The `(verdict, arithmetic)` of every target check over reports
    /// given as `(year, text)`.
    fn run(texts: &[(i32, &str)]) -> Vec<(Verdict, String)> {
        let extractions: Vec<Extraction> = texts.iter().map(|(_, t)| extract(t)).collect();
        let reports: Vec<Report> = texts
            .iter()
            .zip(&extractions)
            .map(|((year, text), x)| Report {
                year: *year,
                text,
                sentences: &x.sentences,
                claims: &x.claims,
            })
            .collect();
        let points = timeline(&reports);
        checks(&reports, &points)
            .into_iter()
            .map(|c| (c.check.verdict, c.check.arithmetic))
            .collect()
    }

    /// The `(indicator, year, role, value)` of every timeline point.
    fn points(year: i32, text: &str) -> Vec<(&'static str, i32, Role, String)> {
        let x = extract(text);
        let report = Report {
            year,
            text,
            sentences: &x.sentences,
            claims: &x.claims,
        };
        timeline(&[report])
            .into_iter()
            .map(|p| (p.indicator.id, p.year, p.role, p.value.to_string()))
            .collect()
    }

    #[test]
    fn year_from_the_file_name() {
        assert_eq!(year_in_name("02-china-gwr-2024-zh.txt"), Some(2024));
        assert_eq!(
            year_in_name("corpus/15-india-union-budget-1991-92-en.txt"),
            Some(1991)
        );
        assert_eq!(year_in_name("gwr2023.txt"), Some(2023));
        assert_eq!(year_in_name("report-12345-zh.txt"), None);
        assert_eq!(year_in_name("2030/report.txt"), None);
        assert_eq!(year_in_name("report-1850.txt"), None);
    }

    // 37-china-gwr-2023-zh.txt and 02-china-gwr-2024-zh.txt
    const ZH_2023: &str = "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上。";
    const ZH_2024: &str = "国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。";

    #[test]
    fn chinese_targets_met() {
        assert_eq!(
            run(&[(2023, ZH_2023), (2024, ZH_2024)]),
            [
                (
                    Verdict::Consistent,
                    "2023 target gdp_growth around 5% (met at 4.5% or more); outcome in the 2024 report 5.2% (5.15..5.25); met".to_string()
                ),
                (
                    Verdict::Consistent,
                    "2023 target urban_jobs around 12000000 (met at 11500000 or more); outcome in the 2024 report 12440000 (12435000..12445000); met".to_string()
                ),
                (
                    Verdict::Consistent,
                    "2023 target urban_unemployment_rate around 5.5% (met at 5.55% or less); outcome in the 2024 report 5.2% (5.15..5.25); met".to_string()
                ),
                (
                    Verdict::Consistent,
                    "2023 target cpi around 3% (met at 3.5% or less); outcome in the 2024 report 0.2% (0.15..0.25); met".to_string()
                ),
                (
                    Verdict::Unverifiable,
                    "2023 target grain_output over 650000000000 kg; no report of 2024 states its outcome".to_string()
                ),
            ]
        );
    }

    #[test]
    fn chinese_target_missed() {
        // 36-china-gwr-2022-zh.txt and 37-china-gwr-2023-zh.txt
        assert_eq!(
            run(&[
                (2022, "今年发展主要预期目标是：国内生产总值增长5.5%左右；"),
                (2023, "全年国内生产总值增长3%，城镇新增就业1206万人。"),
            ]),
            [(
                Verdict::Inconsistent,
                "2022 target gdp_growth around 5.5% (met at 5.45% or more); outcome in the 2023 report 3% (2.5..3.5); missed".to_string()
            )]
        );
    }

    #[test]
    fn a_bound_that_does_not_decide() {
        assert_eq!(
            run(&[
                (2023, "今年发展主要预期目标是：城镇新增就业1200万人左右。"),
                (2024, "城镇新增就业1100多万人。"),
            ]),
            [(
                Verdict::Unverifiable,
                "2023 target urban_jobs around 12000000 (met at 11500000 or more); outcome in the 2024 report at least 11000000; the bound does not decide".to_string()
            )]
        );
    }

    #[test]
    fn english_targets_met_missed_and_unstated() {
        let targets = "The main projected targets for development this year are as follows: GDP growth of around 5 percent; a surveyed urban unemployment rate of around 5.5 percent; a CPI increase of around 3 percent.";
        let outcomes = "Gross domestic product (GDP) grew by 5.2 percent. The average surveyed urban unemployment rate stood at 5.9 percent.";
        assert_eq!(
            run(&[(2024, targets), (2025, outcomes)]),
            [
                (
                    Verdict::Consistent,
                    "2024 target gdp_growth around 5% (met at 4.5% or more); outcome in the 2025 report 5.2% (5.15..5.25); met".to_string()
                ),
                (
                    Verdict::Inconsistent,
                    "2024 target urban_unemployment_rate around 5.5% (met at 5.55% or less); outcome in the 2025 report 5.9% (5.85..5.95); missed".to_string()
                ),
                (
                    Verdict::Unverifiable,
                    "2024 target cpi around 3%; no report of 2025 states its outcome".to_string()
                ),
            ]
        );
    }

    #[test]
    fn no_report_of_the_next_year_no_check() {
        assert!(run(&[(2023, ZH_2023), (2025, ZH_2024)]).is_empty());
    }

    #[test]
    fn outcomes_are_about_the_year_before() {
        assert_eq!(
            points(2024, ZH_2024),
            [
                ("gdp_growth", 2023, Role::Outcome, "5.2".to_string()),
                ("urban_jobs", 2023, Role::Outcome, "12440000".to_string()),
                (
                    "urban_unemployment_rate",
                    2023,
                    Role::Outcome,
                    "5.2".to_string()
                ),
                ("cpi", 2023, Role::Outcome, "0.2".to_string()),
            ]
        );
    }

    #[test]
    fn several_years_are_left_out() {
        // 37-china-gwr-2023-zh.txt: a five-year average
        assert!(points(2023, "国内生产总值增加到121万亿元，五年年均增长5.2%。").is_empty());
        // a five-year review passage, until a sentence opens on one year
        assert_eq!(
            points(
                2023,
                "过去五年，经济平稳。单位国内生产总值能耗下降8.1%。过去一年，全年国内生产总值增长3%。"
            ),
            [("gdp_growth", 2022, Role::Outcome, "3".to_string())]
        );
        // 34-china-gwr-2021-en.txt: figures given respectively
        assert!(points(2021, "Energy consumption per unit of GDP and carbon dioxide emissions per unit of GDP will be reduced by 13.5 percent and 18 percent, respectively.").is_empty());
    }

    #[test]
    fn a_share_of_gdp_is_no_growth_rate() {
        // 10-china-gwr-2026-en.txt
        assert!(
            points(
                2026,
                "Last year, China's R&D spending reached 2.8 percent of GDP."
            )
            .is_empty()
        );
        assert!(
            points(
                2023,
                "新产业新业态新模式增加值占国内生产总值的比重达到17%以上。"
            )
            .is_empty()
        );
    }

    #[test]
    fn regional_gdp_and_forecasts() {
        // 39-sichuan-gwr-2026-zh.txt, 38-shanghai-gwr-2026-zh.txt
        assert_eq!(
            points(
                2026,
                "今年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右；"
            ),
            [("gdp_growth", 2026, Role::Target, "5.5".to_string())]
        );
        assert!(
            points(
                2026,
                "今年主要预期目标是：全社会研发经费支出相当于全市生产总值的比例达到4.6%左右。"
            )
            .is_empty()
        );
        // 11-canada-budget-2024-en.txt, 06-hk-budget-speech-2021-en.txt
        assert!(points(2024, "Private sector economists expect CPI inflation to ease to about 2 per cent by the end of 2024.").is_empty());
        assert!(points(2021, "The measures provide an expected support effect of more than five per cent of Gross Domestic Product (GDP).").is_empty());
        assert!(points(2024, "The federal debt-to-GDP ratio will be 41.9 per cent.").is_empty());
        // 34-china-gwr-2021-en.txt: `better-than-expected` is no forecast
        assert_eq!(
            points(
                2021,
                "With gross domestic product (GDP) for the year growing by 2.3 percent, a better-than-expected recovery was achieved."
            ),
            [("gdp_growth", 2020, Role::Outcome, "2.3".to_string())]
        );
        assert!(points(2024, "Maintaining a declining deficit-to-GDP ratio in 2024-25 and keeping deficits below 1 per cent in 2026-27 and future years.").is_empty());
    }

    #[test]
    fn energy_intensity_is_not_gdp() {
        assert_eq!(
            points(
                2024,
                "今年发展主要预期目标是：单位国内生产总值能耗降低2.5%左右。"
            ),
            [("energy_intensity", 2024, Role::Target, "2.5".to_string())]
        );
    }
}
