//! Check `change`: a level moving `from X to Y` with the change stated
//! beside it (`rose by 0.79 points from 67.22% to 68.01%`, `an 11.1%
//! increase ... from 8.7 to 9.6 Mtoe`, `由X%提高到Y%`).
//!
//! The pair is two neighbouring claims of one kind and unit, the first
//! after `from` (`从`, `由`), joined by `to` (or a Chinese verb ending in
//! `到`/`至`). The stated change is the nearest other claim of the
//! sentence within [`REACH`] bytes that is a percentage point or a
//! percent. Points must equal Y−X; a percent must equal Y/X−1 (for levels
//! in percent too: a percent change of a percent level is relative).
//! Figures are intervals ([`precision`]), so `8.7 to 9.6` allows 9.1% to
//! 11.6%. A stated direction (`up`/`down`) that contradicts Y−X is
//! `inconsistent` whatever the size.
//!
//! [`precision`]: super::precision

use rust_decimal::Decimal;

use crate::extract::{Claim, Kind, Trend};

use super::precision::{Figure, show};
use super::{Check, CheckKind, Involved, Verdict, between, sentences};

/// Words right before the first level (lower case, trimmed).
pub const FROM: &[&str] = &["from", "从", "由"];

/// How far (in bytes) from the levels a stated change may be.
pub const REACH: usize = 80;

/// Every level change with a stated change among `claims` of `text`.
pub fn checks(text: &str, claims: &[Claim]) -> Vec<Check> {
    let mut found = Vec::new();
    for sentence in sentences(claims) {
        for (i, pair) in sentence.windows(2).enumerate() {
            let [from, to] = pair else { continue };
            if !is_level_pair(text, from, to) {
                continue;
            }
            let Some(change) = stated_change(sentence, i, from, to) else {
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
    if from.value_max.is_some() || to.value_max.is_some() {
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

/// The claim of `sentence` stating the change of the pair at `i`, `i+1`.
fn stated_change<'a>(
    sentence: &'a [Claim],
    i: usize,
    from: &Claim,
    to: &Claim,
) -> Option<&'a Claim> {
    sentence
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i && *j != i + 1)
        .map(|(_, c)| c)
        .filter(|c| {
            c.value_max.is_none()
                && match c.kind {
                    Kind::PercentagePoint => from.kind == Kind::Percent,
                    Kind::Percent => true,
                    _ => false,
                }
        })
        .map(|c| {
            let distance = if c.span.end <= from.span.start {
                from.span.start - c.span.end
            } else {
                c.span.start.saturating_sub(to.span.end)
            };
            (distance, c)
        })
        .filter(|(distance, _)| *distance <= REACH)
        .min_by_key(|(distance, c)| (*distance, c.span.start))
        .map(|(_, c)| c)
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
        show(change.value),
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
    fn no_stated_change_no_check() {
        assert!(
            run("CPI inflation has declined from 8.1% to 6.9%, primarily due to gasoline.")
                .is_empty()
        );
    }
}
