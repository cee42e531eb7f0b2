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
        let levels: Vec<bool> = (0..sentence.len())
            .map(|k| {
                let pair_at = |i: usize| {
                    sentence
                        .get(i..i + 2)
                        .is_some_and(|p| is_level_pair(text, &p[0], &p[1]))
                };
                pair_at(k) || k.checked_sub(1).is_some_and(pair_at)
            })
            .collect();
        for pair in sentence.windows(2) {
            let [from, to] = pair else { continue };
            if !is_level_pair(text, from, to) {
                continue;
            }
            let Some(change) = stated_change(text, sentence, &levels, from, to) else {
                continue;
            };
            if let Some(check) = compare(text, from, to, change) {
                found.push(check);
            }
        }
    }
    found
}

fn is_level_pair(text: &str, from: &Claim, to: &Claim) -> bool {
    if from.kind != to.kind || from.norm_unit != to.norm_unit {
        return false;
    }
    if from.value_max.is_some() || to.value_max.is_some() || !is_plain(from) || !is_plain(to) {
        return false;
    }
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

fn compare(text: &str, from: &Claim, to: &Claim, change: &Claim) -> Option<Check> {
    let x = Figure::of(text, from);
    let y = Figure::of(text, to);
    let stated = Figure::of(text, change);
    let hundred = Decimal::ONE_HUNDRED;
    let points = change.kind == Kind::PercentagePoint;
    // The computed change as an interval over the readings of X and Y.
    let (value, low, high, unit) = if points {
        (
            y.value - x.value,
            y.low() - x.high(),
            y.high() - x.low(),
            "pp",
        )
    } else {
        if x.low() <= Decimal::ZERO || y.low() < Decimal::ZERO {
            return None;
        }
        let ratio = |a: Decimal, b: Decimal| {
            a.checked_div(b)
                .and_then(|r| (r - Decimal::ONE).checked_mul(hundred))
        };
        (
            ratio(y.value, x.value)?,
            ratio(y.low(), x.high())?,
            ratio(y.high(), x.low())?,
            "%",
        )
    };
    let magnitude = stated.value.abs();
    // The stated size against the interval of |Y−X| (or |Y/X−1|).
    let (lo, hi) = if low >= Decimal::ZERO {
        (low, high)
    } else if high <= Decimal::ZERO {
        (-high, -low)
    } else {
        (Decimal::ZERO, high.max(-low))
    };
    let agrees_in_size = magnitude - stated.half <= hi && lo <= magnitude + stated.half;
    let contradicts = match change.trend {
        Trend::Up => high < Decimal::ZERO,
        Trend::Down => low > Decimal::ZERO,
        Trend::None => false,
    };
    let formula = if points { "Y−X" } else { "Y/X−1" };
    let shown = format!(
        "{formula} = {} → {} = {}{unit}; stated {}{}{}",
        show(from.value),
        show(to.value),
        show(value),
        match change.trend {
            Trend::Up => "up ",
            Trend::Down => "down ",
            Trend::None => "",
        },
        show(stated.value),
        if points { " pp" } else { "%" },
    );
    let (verdict, arithmetic) = if contradicts {
        (
            Verdict::Inconsistent,
            format!("{shown}; the direction contradicts the levels"),
        )
    } else if agrees_in_size {
        (
            Verdict::Consistent,
            format!(
                "{shown}; within rounding ({}..{}{unit})",
                show(low),
                show(high)
            ),
        )
    } else {
        (
            Verdict::Inconsistent,
            format!(
                "{shown}; beyond rounding ({}..{}{unit})",
                show(low),
                show(high)
            ),
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
}
