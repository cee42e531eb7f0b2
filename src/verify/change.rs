//! Check `change`: a level moving `from X to Y` with the change stated
//! beside it (`rose by 0.79 points from 67.22% to 68.01%`, `an 11.1%
//! increase ... from 8.7 to 9.6 Mtoe`, `由X%提高到Y%`).
//!
//! The pair is two neighbouring claims of one kind and unit, the first
//! after `from` (`从`, `由`), joined by `to` (or a Chinese verb ending in
//! `到`/`至`), neither a bound (`以上`, `over`). The stated change is a
//! percentage point or a percent, exact or approximate, that is no level
//! of another pair and sits in the same clause: either just before the
//! pair (within [`REACH`] bytes, nothing but words between, no `and`, no
//! `;`), or just after it, joined by a lead of [`CHANGE_LEADS`] only
//! (`, up`, `，提高`). A change further off (`and increase the payments
//! by 20%`, `、年均增长24%`) is about something else and is not checked. Points must equal Y−X; a percent must equal Y/X−1 (for levels
//! in percent too: a percent change of a percent level is relative).
//! Figures are intervals ([`precision`]), so `8.7 to 9.6` allows 9.1% to
//! 11.6%. A stated direction (`up`/`down`) that contradicts Y−X is
//! `inconsistent` whatever the size.
//!
//! `unverifiable`, with the reason, where the arithmetic cannot decide:
//! - a percent change of percent levels that misses Y/X−1 but equals Y−X
//!   in points (`由5.5%降到5.2%，下降0.3%`): which one is meant is not
//!   stated;
//! - levels in two units with no fixed factor (`from US$1 billion to HK$9
//!   billion, up 12%`);
//! - a change that ends at a level with no base in the sentence (`rose by
//!   2.2% to 656.3 million tonnes`, `增长10.7%至20.4万亿元`). When the
//!   base follows the level (`by 0.2 points to 9.2% from 9.4%`) the pair
//!   is compared; when another figure of the level's unit might be the
//!   base, there is no check.
//!
//! [`precision`]: super::precision

use rust_decimal::Decimal;

use crate::extract::{Claim, Kind, Qualifier, Trend};

use super::precision::{Figure, show};
use super::{Check, CheckKind, Involved, Verdict, between, sentences};

/// Words right before the first level (lower case, trimmed).
pub const FROM: &[&str] = &["from", "从", "由"];

/// How far (in bytes) before the levels a stated change may be.
pub const REACH: usize = 80;

/// What may join the levels to a stated change that follows them (trimmed
/// of white space and a leading comma, lower case).
pub const CHANGE_LEADS: &[&str] = &[
    "up",
    "down",
    "up by",
    "down by",
    "or",
    "an increase of",
    "a decrease of",
    "a rise of",
    "a fall of",
    "a drop of",
    "提高",
    "增加",
    "上升",
    "下降",
    "减少",
    "降低",
    "增长",
    "提高了",
    "增加了",
    "上升了",
    "下降了",
    "减少了",
    "降低了",
    "增长了",
];

/// Words that end a clause between a stated change and the levels before
/// it.
const CLAUSE_BREAKS: &[&str] = &[
    ";", "；", "。", "、", " and ", " and,", "，", "whereas", "while",
];

/// Every level change with a stated change among `claims` of `text`.
pub fn checks(text: &str, claims: &[Claim]) -> Vec<Check> {
    let mut found = Vec::new();
    for sentence in sentences(claims) {
        let levels = level_mask(text, sentence);
        found.extend(stated_changes(text, sentence, &levels));
        found.extend(changes_without_base(text, sentence, &levels));
    }
    found
}

/// Which claims of `sentence` are a level of some `from X to Y` pair.
fn level_mask(text: &str, sentence: &[Claim]) -> Vec<bool> {
    (0..sentence.len())
        .map(|k| {
            let pair_at = |i: usize| {
                sentence
                    .get(i..i + 2)
                    .is_some_and(|p| level_pair(text, &p[0], &p[1]).is_some())
            };
            pair_at(k) || k.checked_sub(1).is_some_and(pair_at)
        })
        .collect()
}

/// The checks of every `from X to Y` pair of `sentence` with a stated
/// change.
fn stated_changes(text: &str, sentence: &[Claim], levels: &[bool]) -> Vec<Check> {
    let mut found = Vec::new();
    for pair in sentence.windows(2) {
        let [from, to] = pair else { continue };
        let Some(units) = level_pair(text, from, to) else {
            continue;
        };
        let Some(change) = stated_change(text, sentence, levels, from, to) else {
            continue;
        };
        let check = match units {
            Units::Same => compare(text, from, to, change),
            Units::Mixed => Some(mixed_units(from, to, change)),
        };
        found.extend(check);
    }
    found
}

/// Whether the levels of a pair share their unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Units {
    Same,
    /// One kind, two units with no fixed factor between them (`from
    /// US$1 billion to HK$9 billion`).
    Mixed,
}

/// Two neighbouring plain claims of one kind joined `from X to Y`.
fn level_pair(text: &str, from: &Claim, to: &Claim) -> Option<Units> {
    if from.kind != to.kind {
        return None;
    }
    if from.value_max.is_some() || to.value_max.is_some() || !is_plain(from) || !is_plain(to) {
        return None;
    }
    if !joined_from_to(text, from, to) {
        return None;
    }
    Some(if from.norm_unit == to.norm_unit {
        Units::Same
    } else {
        Units::Mixed
    })
}

/// `from` `X` `to` `Y` (`由X提高到Y`): `to` (or a short Chinese verb
/// ending in `到`/`至`) between them, a word of [`FROM`] right before X.
fn joined_from_to(text: &str, from: &Claim, to: &Claim) -> bool {
    let joined = between(text, from, to);
    let joins = joined.eq_ignore_ascii_case("to")
        || ((joined.ends_with('到') || joined.ends_with('至')) && joined.chars().count() <= 4);
    let before = text.get(..from.span.start).unwrap_or("").trim_end();
    let tail: String = before
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_lowercase();
    joins
        && FROM.iter().any(|w| {
            tail.ends_with(w)
                && (!w.is_ascii() || {
                    let cut = tail.len() - w.len();
                    tail[..cut]
                        .chars()
                        .last()
                        .is_none_or(|c| !c.is_alphanumeric())
                })
        })
}

/// Exact or approximate: not a bound (`over`, `以上`, `at most`).
fn is_plain(claim: &Claim) -> bool {
    matches!(claim.qualifier, Qualifier::Exact | Qualifier::Approx)
}

/// The claim of `sentence` stating the change of the pair `from`, `to`
/// (`levels` marks the claims that are levels of some pair).
fn stated_change<'a>(
    text: &str,
    sentence: &'a [Claim],
    levels: &[bool],
    from: &Claim,
    to: &Claim,
) -> Option<&'a Claim> {
    let is_change = |(k, c): &(usize, &Claim)| {
        !levels.get(*k).copied().unwrap_or(true)
            && c.value_max.is_none()
            && is_plain(c)
            && match c.kind {
                Kind::PercentagePoint => from.kind == Kind::Percent,
                Kind::Percent => true,
                _ => false,
            }
    };
    let before = sentence
        .iter()
        .enumerate()
        .rev()
        .find(|(_, c)| c.span.end <= from.span.start)
        .filter(|candidate| is_change(candidate))
        .map(|(_, c)| c)
        .filter(|c| {
            let gap = text.get(c.span.end..from.span.start).unwrap_or("");
            gap.len() <= REACH && !CLAUSE_BREAKS.iter().any(|b| gap.contains(b))
                || gap.len() <= REACH
                    && gap.matches([',', '，']).count() == 1
                    && gap.trim_end().ends_with("from")
                    && !gap.contains(" and ")
        });
    let after = sentence
        .iter()
        .enumerate()
        .find(|(_, c)| c.span.start >= to.span.end)
        .filter(|candidate| is_change(candidate))
        .map(|(_, c)| c)
        .filter(|c| {
            let gap = text.get(to.span.end..c.span.start).unwrap_or("").trim();
            let gap = gap.trim_start_matches([',', '，']).trim().to_lowercase();
            CHANGE_LEADS.contains(&gap.as_str())
        });
    before.or(after)
}

/// The change between two levels as the stated change reads it: Y−X in
/// points or Y/X−1 in percent, its value and the interval over the
/// readings of X and Y.
struct Computed {
    value: Decimal,
    low: Decimal,
    high: Decimal,
    unit: &'static str,
    formula: &'static str,
}

impl Computed {
    /// Y−X (`points`) or Y/X−1; none for a relative change from a level
    /// that may be zero or below.
    fn of(x: Figure, y: Figure, points: bool) -> Option<Computed> {
        if points {
            return Some(Computed {
                value: y.value - x.value,
                low: y.low() - x.high(),
                high: y.high() - x.low(),
                unit: "pp",
                formula: "Y−X",
            });
        }
        if x.low() <= Decimal::ZERO || y.low() < Decimal::ZERO {
            return None;
        }
        let ratio = |a: Decimal, b: Decimal| {
            a.checked_div(b)
                .and_then(|r| (r - Decimal::ONE).checked_mul(Decimal::ONE_HUNDRED))
        };
        Some(Computed {
            value: ratio(y.value, x.value)?,
            low: ratio(y.low(), x.high())?,
            high: ratio(y.high(), x.low())?,
            unit: "%",
            formula: "Y/X−1",
        })
    }

    /// Whether the stated size agrees with the interval of |Y−X| (or
    /// |Y/X−1|).
    fn agrees_in_size(&self, stated: Figure) -> bool {
        let (lo, hi) = if self.low >= Decimal::ZERO {
            (self.low, self.high)
        } else if self.high <= Decimal::ZERO {
            (-self.high, -self.low)
        } else {
            (Decimal::ZERO, self.high.max(-self.low))
        };
        let magnitude = stated.value.abs();
        magnitude - stated.half <= hi && lo <= magnitude + stated.half
    }

    /// Whether a stated direction contradicts every reading.
    fn contradicts(&self, trend: Trend) -> bool {
        match trend {
            Trend::Up => self.high < Decimal::ZERO,
            Trend::Down => self.low > Decimal::ZERO,
            Trend::None => false,
        }
    }

    fn interval(&self) -> String {
        format!("({}..{}{})", show(self.low), show(self.high), self.unit)
    }
}

fn compare(text: &str, from: &Claim, to: &Claim, change: &Claim) -> Option<Check> {
    let x = Figure::of(text, from);
    let y = Figure::of(text, to);
    let stated = Figure::of(text, change);
    let points = change.kind == Kind::PercentagePoint;
    let computed = Computed::of(x, y, points)?;
    let shown = format!(
        "{} = {} → {} = {}{}; stated {}{}{}",
        computed.formula,
        show(from.value),
        show(to.value),
        show(computed.value),
        computed.unit,
        trend_word(change.trend),
        show(stated.value),
        if points { " pp" } else { "%" },
    );
    // A percent between percent levels may be meant as points (`由5.5%
    // 降到5.2%，下降0.3%`).
    let as_points = (!points && from.kind == Kind::Percent)
        .then(|| Computed::of(x, y, true))
        .flatten()
        .filter(|p| p.agrees_in_size(stated) && !p.contradicts(change.trend));
    let (verdict, arithmetic) = if computed.contradicts(change.trend) {
        (
            Verdict::Inconsistent,
            format!("{shown}; the direction contradicts the levels"),
        )
    } else if computed.agrees_in_size(stated) {
        (
            Verdict::Consistent,
            format!("{shown}; within rounding {}", computed.interval()),
        )
    } else if let Some(p) = as_points {
        (
            Verdict::Unverifiable,
            format!(
                "{shown}; beyond rounding {}, but Y−X = {}pp agrees: a percent change of percent levels may mean points",
                computed.interval(),
                show(p.value)
            ),
        )
    } else {
        (
            Verdict::Inconsistent,
            format!("{shown}; beyond rounding {}", computed.interval()),
        )
    };
    Some(Check {
        kind: CheckKind::Change,
        verdict,
        claims: vec![
            Involved::first(from),
            Involved::first(to),
            Involved::first(change),
        ],
        arithmetic,
    })
}

fn trend_word(trend: Trend) -> &'static str {
    match trend {
        Trend::Up => "up ",
        Trend::Down => "down ",
        Trend::None => "",
    }
}

/// A stated change between levels in two units with no fixed factor.
fn mixed_units(from: &Claim, to: &Claim, change: &Claim) -> Check {
    Check {
        kind: CheckKind::Change,
        verdict: Verdict::Unverifiable,
        claims: vec![
            Involved::first(from),
            Involved::first(to),
            Involved::first(change),
        ],
        arithmetic: format!(
            "{} {} → {} {}; stated {}{}; no fixed rate between {} and {}",
            show(from.norm_value),
            from.norm_unit,
            show(to.norm_value),
            to.norm_unit,
            trend_word(change.trend),
            stated_change_amount(change),
            from.norm_unit,
            to.norm_unit
        ),
    }
}

/// What joins a stated change to the level it ends at when the level it
/// starts from is not stated (`rose by 8.1% to 114 trillion yuan`).
pub const BASELESS_JOINS: &[&str] = &["to", "至", "到"];

/// Every stated change of `sentence` that ends at a level (`rose by 8.1%
/// to 114 trillion yuan`). With the level it starts from right after
/// (`decreased by 0.2 points to 9.2% from 9.4%`) it is compared; with no
/// other figure of the level's kind and unit in the sentence, its base is
/// not stated and it cannot be checked. Any other figure of that kind
/// might be the base (`increased 10.2% to 238 bcm, an increase from 216
/// bcm`): not a clear case, no check.
fn changes_without_base(text: &str, sentence: &[Claim], levels: &[bool]) -> Vec<Check> {
    let mut found = Vec::new();
    for (k, pair) in sentence.windows(2).enumerate() {
        let [change, level] = pair else { continue };
        let is_level = |i: usize| levels.get(i).copied().unwrap_or(true);
        if is_level(k) || is_level(k + 1) || !ends_at_level(text, sentence, k) {
            continue;
        }
        let base = sentence.get(k + 2).filter(|from| {
            between(text, level, from).eq_ignore_ascii_case("from")
                && level_pair_units(from, level) == Some(Units::Same)
                && is_plain(from)
                && from.value_max.is_none()
        });
        if let Some(from) = base {
            found.extend(compare(text, from, level, change));
            continue;
        }
        let rivals = sentence.iter().filter(|c| {
            c.span != level.span && c.kind == level.kind && c.norm_unit == level.norm_unit
        });
        if rivals.count() == 0 {
            found.push(without_base(change, level));
        }
    }
    found
}

/// Whether `sentence[k]` is a stated change joined by `to` to the level
/// after it, and no level itself (`by 0.5 point to 1-1/4 percent to 1-1/2
/// percent`: the second `to` joins two levels).
fn ends_at_level(text: &str, sentence: &[Claim], k: usize) -> bool {
    let (Some(change), Some(level)) = (sentence.get(k), sentence.get(k + 1)) else {
        return false;
    };
    let joins = |a: &Claim, b: &Claim| {
        BASELESS_JOINS.contains(&between(text, a, b).to_lowercase().as_str())
    };
    let is_change = matches!(change.kind, Kind::Percent | Kind::PercentagePoint)
        && change.trend != Trend::None
        && change.value_max.is_none()
        && is_plain(change);
    let after_a_join = k
        .checked_sub(1)
        .and_then(|i| sentence.get(i))
        .is_some_and(|before| joins(before, change));
    is_change
        && !after_a_join
        && level.value_max.is_none()
        && is_plain(level)
        && joins(change, level)
}

/// The kind of unit two levels share, whatever joins them.
fn level_pair_units(from: &Claim, to: &Claim) -> Option<Units> {
    (from.kind == to.kind).then_some(if from.norm_unit == to.norm_unit {
        Units::Same
    } else {
        Units::Mixed
    })
}

fn without_base(change: &Claim, level: &Claim) -> Check {
    Check {
        kind: CheckKind::Change,
        verdict: Verdict::Unverifiable,
        claims: vec![Involved::first(change), Involved::first(level)],
        arithmetic: format!(
            "stated {}{}; the level before the change to {} is not stated",
            trend_word(change.trend),
            stated_change_amount(change),
            super::target::amount(level.norm_value, level.norm_unit)
        ),
    }
}

/// A stated change as normalized: `0.25 pp` for `25 basis points`.
fn stated_change_amount(change: &Claim) -> String {
    if change.kind == Kind::PercentagePoint {
        format!("{} pp", show(change.norm_value))
    } else {
        format!("{}%", show(change.norm_value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn run(text: &str) -> Vec<(Verdict, String)> {
        checks(text, &extract(text).claims)
            .into_iter()
            .map(|c| (c.verdict, c.arithmetic))
            .collect()
    }

    #[test]
    fn points_between_percent_levels() {
        // 26-turkey-cbrt-mpc-summary-2023-en.txt
        assert_eq!(
            run(
                "Accordingly, the current year-end inflation expectation rose by 0.79 points from 67.22% to 68.01%."
            ),
            [(
                Verdict::Consistent,
                "Y−X = 67.22 → 68.01 = 0.79pp; stated up 0.79 pp; within rounding (0.78..0.8pp)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn relative_change_within_rounding() {
        // 18-uk-ons-environmental-accounts-2014-en.txt
        assert_eq!(
            run("Between 2011 and 2012, an 11.1% increase was observed, from 8.7 to 9.6 Mtoe."),
            [(
                Verdict::Consistent,
                "Y/X−1 = 8700000 → 9600000 = 10.34%; stated up 11.1%; within rounding (9.14..11.56%)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn decrease_of_emissions() {
        // 18-uk-ons-environmental-accounts-2014-en.txt
        assert_eq!(
            run("This was during the start of the economic recession in 2008, when emissions decreased by 7.8% from 718.7 to 662.3 million tonnes of CO2e."),
            [(
                Verdict::Consistent,
                "Y/X−1 = 718700000 → 662300000 = -7.85%; stated down 7.8%; within rounding (-7.86..-7.83%)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn wrong_points_are_inconsistent() {
        assert_eq!(
            run("The expectation rose by 0.97 points from 67.22% to 68.01%."),
            [(
                Verdict::Inconsistent,
                "Y−X = 67.22 → 68.01 = 0.79pp; stated up 0.97 pp; beyond rounding (0.78..0.8pp)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn chinese_levels_and_points() {
        assert_eq!(
            run("城镇化率由63.9%提高到64.7%，提高0.8个百分点。"),
            [(
                Verdict::Consistent,
                "Y−X = 63.9 → 64.7 = 0.8pp; stated up 0.8 pp; within rounding (0.7..0.9pp)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn a_change_in_another_clause_is_not_checked() {
        // 09-singapore-budget-2024-en.txt
        assert!(run("I will raise the qualifying per capita household income threshold for Silver Support from $1,800 to $2,300, and increase the quarterly payments by 20%, to keep pace with inflation.").is_empty());
        // 37-china-gwr-2023-zh.txt: an average annual growth, and a bound
        assert!(run("普惠小微贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%，贷款平均利率较五年前下降1.5个百分点。").is_empty());
        assert!(run("可再生能源装机规模由6.5亿千瓦增至12亿千瓦以上，清洁能源消费占比由20.8%上升到25%以上。").is_empty());
    }

    #[test]
    fn a_level_before_an_and_is_no_change() {
        // 29-colombia-banrep-board-minutes-2008-en.txt
        assert!(run("The team reduced its forecasts, first from an annual 5,2% to 4,7%, and, according to its latest exercise, from 4,7% to 4,3%.").is_empty());
    }

    #[test]
    fn the_level_of_another_pair_is_no_change() {
        // 26-turkey-cbrt-mpc-summary-2023-en.txt
        assert!(run("Compared to the previous Monetary Policy Committee (MPC) meeting, consumer inflation decreased from 4.27% to 3.71% in advanced economies and increased from 6.48% to 6.54% in emerging economies (1).").is_empty());
    }

    #[test]
    fn basis_points_before_the_levels() {
        // 29-colombia-banrep-board-minutes-2008-en.txt: `10%` is read to
        // the unit, so the computed change is wide.
        assert_eq!(
            run(
                "The Board decided to increase the interest rates of intervention of Banco de la República in 25 bp, from 9.75% to 10%."
            ),
            [(
                Verdict::Consistent,
                "Y−X = 9.75 → 10 = 0.25pp; stated 0.25 pp; within rounding (-0.26..0.76pp)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn chinese_wrong_points_are_inconsistent() {
        assert_eq!(
            run("城镇化率由63.9%提高到64.7%，提高1.8个百分点。"),
            [(
                Verdict::Inconsistent,
                "Y−X = 63.9 → 64.7 = 0.8pp; stated up 1.8 pp; beyond rounding (0.7..0.9pp)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn no_stated_change_no_check() {
        assert!(
            run("CPI inflation has declined from 8.1% to 6.9%, primarily due to gasoline.")
                .is_empty()
        );
    }

    #[test]
    fn a_percent_of_percent_levels_that_may_mean_points() {
        assert_eq!(
            run("Unemployment fell by 0.3% from 5.5% to 5.2%."),
            [(
                Verdict::Unverifiable,
                "Y/X−1 = 5.5 → 5.2 = -5.45%; stated down 0.3%; beyond rounding (-7.21..-3.67%), but Y−X = -0.3pp agrees: a percent change of percent levels may mean points"
                    .to_string()
            )]
        );
        assert_eq!(
            run("城镇调查失业率由5.5%降到5.2%，下降0.3%。"),
            [(
                Verdict::Unverifiable,
                "Y/X−1 = 5.5 → 5.2 = -5.45%; stated down 0.3%; beyond rounding (-7.21..-3.67%), but Y−X = -0.3pp agrees: a percent change of percent levels may mean points"
                    .to_string()
            )]
        );
    }

    #[test]
    fn a_change_whose_base_is_not_stated() {
        assert_eq!(
            run("Government revenue rose by 10.7% to 20.4 trillion yuan."),
            [(
                Verdict::Unverifiable,
                "stated up 10.7%; the level before the change to 20400000000000 CNY is not stated"
                    .to_string()
            )]
        );
        assert_eq!(
            run("全国财政收入增长10.7%至20.4万亿元。"),
            [(
                Verdict::Unverifiable,
                "stated up 10.7%; the level before the change to 20400000000000 CNY is not stated"
                    .to_string()
            )]
        );
    }

    #[test]
    fn the_base_after_the_level() {
        // 26-turkey-cbrt-mpc-summary-2023-en.txt
        assert_eq!(
            run("In August, unemployment rate decreased by 0.2 points to 9.2% from 9.4% in July."),
            [(
                Verdict::Consistent,
                "Y−X = 9.4 → 9.2 = -0.2pp; stated down 0.2 pp; within rounding (-0.3..-0.1pp)"
                    .to_string()
            )]
        );
        // 24-malaysia-bnm-monetary-policy-statements-2022-2023-en.txt
        assert_eq!(
            run(
                "The MPC decided to increase the Overnight Policy Rate (OPR) by 25 basis points to 2.00 percent."
            ),
            [(
                Verdict::Unverifiable,
                "stated up 0.25 pp; the level before the change to 2% is not stated".to_string()
            )]
        );
        // 18-uk-ons-environmental-accounts-2014-en.txt and
        // 21-us-fomc-statements-2022-en.txt: another figure of the level's
        // unit may be the base, so the base is not known to be missing.
        assert!(run("Possible gas reserves increased 10.2% to 238 bcm in 2012, an increase from 216 bcm in 2011.").is_empty());
        assert!(run("She preferred to raise the target range by 0.5 percentage point to 1-1/4 percent to 1-1/2 percent.").is_empty());
    }

    #[test]
    fn levels_in_two_currencies() {
        assert_eq!(
            run("The fund grew by 12% from US$1 billion to HK$9 billion."),
            [(
                Verdict::Unverifiable,
                "1000000000 USD → 9000000000 HKD; stated up 12%; no fixed rate between USD and HKD"
                    .to_string()
            )]
        );
    }
}
