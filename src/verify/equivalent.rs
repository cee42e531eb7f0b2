//! Check `equivalent`: a quantity restated in another unit in the same
//! sentence, in brackets or after `or` (`58,000 mu (3,867 hectares)`,
//! `5.8万亩（3867公顷）`).
//!
//! Two neighbouring claims of one kind and different units, joined only by
//! a bridge of [`BRIDGES`], state one quantity twice. When both units
//! convert to the same base unit by a fixed factor (mu and hectares,
//! miles and kilometres) the check converts the first into the second's
//! unit and compares within the rounding of both figures ([`precision`]).
//! Two currencies have no fixed factor: the pair is `unverifiable`.
//!
//! [`precision`]: super::precision

use crate::extract::{Claim, Kind};

use super::precision::{Figure, show};
use super::{Check, CheckKind, Involved, Verdict, between, sentences};

/// What may stand between a quantity and its restatement (trimmed, lower
/// case): an opening bracket, `or`, or a Chinese `相当于` (equals).
pub const BRIDGES: &[&str] = &[
    "(",
    "（",
    "or",
    ", or",
    "or about",
    "or around",
    "or some",
    "or roughly",
    "equivalent to",
    "相当于",
    "，相当于",
    "折合",
];

/// Every equivalent restatement among `claims` of `text`.
pub fn checks(text: &str, claims: &[Claim]) -> Vec<Check> {
    let mut found = Vec::new();
    for sentence in sentences(claims) {
        for pair in sentence.windows(2) {
            let [first, second] = pair else { continue };
            if let Some(check) = restatement(text, first, second) {
                found.push(check);
            }
        }
    }
    found
}

fn restatement(text: &str, first: &Claim, second: &Claim) -> Option<Check> {
    if first.kind != second.kind || first.unit == second.unit || first.unit.is_empty() {
        return None;
    }
    if first.value_max.is_some() || second.value_max.is_some() {
        return None;
    }
    let bridge = between(text, first, second).to_lowercase();
    if !BRIDGES.contains(&bridge.as_str()) {
        return None;
    }
    let claims = vec![Involved::first(first), Involved::first(second)];
    if first.norm_unit != second.norm_unit || second.value.is_zero() {
        let why = if first.kind == Kind::Money {
            "no fixed rate"
        } else {
            "no fixed factor"
        };
        return Some(Check {
            kind: CheckKind::Equivalent,
            verdict: Verdict::Unverifiable,
            claims,
            arithmetic: format!(
                "{} {} and {} {}: {why} between {} and {}",
                show(first.value),
                first.unit,
                show(second.value),
                second.unit,
                first.unit,
                second.unit
            ),
        });
    }
    // The second claim's unit per normalized unit: converts the first.
    let factor = second.norm_value.checked_div(second.value)?;
    let a = Figure::of(text, first);
    let b = Figure::of(text, second);
    let converted = a.value.checked_div(factor)?;
    let tolerance = a.half.checked_add(b.half)?.checked_div(factor)?.abs();
    let stated = format!(
        "{} {} = {} {}; stated {} {}",
        show(first.value),
        first.unit,
        show(converted),
        second.unit,
        show(second.value),
        second.unit
    );
    let (verdict, arithmetic) = if a.agrees(b) {
        (
            Verdict::Consistent,
            format!(
                "{stated}; within rounding (±{} {})",
                show(tolerance),
                second.unit
            ),
        )
    } else {
        (
            Verdict::Inconsistent,
            format!(
                "{stated}; differs by {} {}, beyond rounding (±{} {})",
                show((converted - second.value).abs()),
                second.unit,
                show(tolerance),
                second.unit
            ),
        )
    };
    Some(Check {
        kind: CheckKind::Equivalent,
        verdict,
        claims,
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
    fn mu_in_hectares_within_rounding() {
        assert_eq!(
            run("We restored 58,000 mu (3,867 hectares) of wetland."),
            [(
                Verdict::Consistent,
                "58000 mu = 3866.67 ha; stated 3867 ha; within rounding (±33.83 ha)".to_string()
            )]
        );
    }

    #[test]
    fn chinese_brackets() {
        assert_eq!(
            run("恢复湿地5.8万亩（3867公顷）。"),
            [(
                Verdict::Consistent,
                "58000 mu = 3866.67 ha; stated 3867 ha; within rounding (±33.83 ha)".to_string()
            )]
        );
    }

    #[test]
    fn wrong_conversion_is_inconsistent() {
        assert_eq!(
            run("恢复湿地5.8万亩（4867公顷）。"),
            [(
                Verdict::Inconsistent,
                "58000 mu = 3866.67 ha; stated 4867 ha; differs by 1000.33 ha, beyond rounding (±33.83 ha)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn english_wrong_conversion_is_inconsistent() {
        assert_eq!(
            run("We restored 58,000 mu (4,867 hectares) of wetland."),
            [(
                Verdict::Inconsistent,
                "58000 mu = 3866.67 ha; stated 4867 ha; differs by 1000.33 ha, beyond rounding (±33.83 ha)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn two_currencies_are_unverifiable() {
        assert_eq!(
            run("The fund holds US$1 billion (HK$7.8 billion) in bonds."),
            [(
                Verdict::Unverifiable,
                "1000000000 USD and 7800000000 HKD: no fixed rate between USD and HKD".to_string()
            )]
        );
    }

    #[test]
    fn a_share_in_brackets_is_no_restatement() {
        assert!(run("Kshs.218.99 billion (36 per cent) was for recurrent expenditure.").is_empty());
    }
}
