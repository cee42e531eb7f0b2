//! Check `total`: a total and the parts listed after it (`amounting to
//! Kshs.601.69 billion. Of this, Kshs.218.99 billion ... and Kshs.382.70
//! billion`, `进出口总额41.8万亿元，其中出口23.8万亿元，进口18万亿元`).
//!
//! Only clear cases: a marker of [`MARKERS`] right after the total (or
//! opening the next sentence, which then takes the last claim of the
//! sentence before as its total), then at least two parts of the total's
//! kind and unit in that sentence, exact (no qualifier, no range, no
//! trend: a change is no part). Claims of other kinds between the parts
//! (their shares in brackets) are skipped.
//!
//! A part cannot exceed its whole: a figure larger than the total ends the
//! list (`新增营造林148万亩、其中…43万亩，修复治理退化草原517万亩` lists
//! one part, then other work). Parts listed after `of which` need not be
//! the whole, so a sum below the
//! total is `unverifiable`; a sum equal to it within rounding is
//! `consistent`; a sum above it is `inconsistent`.

use crate::extract::{Claim, Kind, Qualifier, Trend};

use super::precision::{Figure, show};
use super::{Check, CheckKind, Involved, Verdict, sentences};

/// What introduces the parts of a total (lower case).
pub const MARKERS: &[&str] = &[
    "of which",
    "of this",
    "of this amount",
    "including",
    "comprising",
    "其中",
];

/// Every total with its parts among `claims` of `text`.
pub fn checks(text: &str, claims: &[Claim]) -> Vec<Check> {
    let mut found = Vec::new();
    let mut previous: Option<&Claim> = None;
    for sentence in sentences(claims) {
        for (i, total) in sentence.iter().enumerate() {
            let Some(first_part) = sentence.get(i + 1) else {
                continue;
            };
            let gap = text
                .get(total.span.end..first_part.span.start)
                .unwrap_or("");
            if has_marker(gap) {
                found.extend(check(text, total, &sentence[i + 1..]));
            }
        }
        // `Of this, A and B.` refers to the last claim before it.
        if let (Some(total), Some(first)) = (previous, sentence.first()) {
            let opening = text
                .get(sentence_start(text, first.span.start)..first.span.start)
                .unwrap_or("");
            if has_marker(opening) && !opening.trim().is_empty() {
                found.extend(check(text, total, sentence));
            }
        }
        previous = sentence.last();
    }
    found
}

/// Where the sentence holding `pos` begins, by the last `.`, `。`, `;` or
/// line break before it: only for reading the words that open it.
fn sentence_start(text: &str, pos: usize) -> usize {
    text.get(..pos)
        .and_then(|before| before.rfind(['.', '。', '\n', ';', '；']))
        .map_or(0, |i| {
            let mut start = i + 1;
            while !text.is_char_boundary(start) {
                start += 1;
            }
            start
        })
}

fn has_marker(gap: &str) -> bool {
    let gap = gap.trim().to_lowercase();
    // Short gaps only: a marker far from the total introduces something else.
    gap.chars().count() <= 24 && MARKERS.iter().any(|m| gap.contains(m))
}

fn is_exact(claim: &Claim) -> bool {
    claim.value_max.is_none() && claim.qualifier == Qualifier::Exact && claim.trend == Trend::None
}

fn check(text: &str, total: &Claim, after: &[Claim]) -> Option<Check> {
    // Counts are left out: `10 projects, of which 4 in 3 provinces` counts
    // different things.
    if !is_exact(total) || total.kind == Kind::Count {
        return None;
    }
    let parts: Vec<&Claim> = after
        .iter()
        .filter(|c| c.kind == total.kind && c.norm_unit == total.norm_unit)
        .take_while(|c| c.norm_value <= total.norm_value)
        .collect();
    if parts.len() < 2 || !parts.iter().all(|c| is_exact(c)) {
        return None;
    }
    let t = Figure::of(text, total);
    let mut sum = Figure::exact(rust_decimal::Decimal::ZERO);
    for part in &parts {
        sum = sum.plus(Figure::of(text, part))?;
    }
    // Shown in the total's unit as written.
    let factor = total.norm_value.checked_div(total.value)?;
    let in_unit = |v: rust_decimal::Decimal| v.checked_div(factor).map(show);
    let terms: Vec<String> = parts.iter().map(|p| show(p.value)).collect();
    let stated = format!(
        "{} = {} {unit}; stated total {} {unit}",
        terms.join(" + "),
        in_unit(sum.value)?,
        show(total.value),
        unit = total.unit,
    );
    let (verdict, arithmetic) = if sum.agrees(t) {
        (
            Verdict::Consistent,
            format!(
                "{stated}; within rounding (±{})",
                in_unit(sum.half + t.half)?
            ),
        )
    } else if sum.low() > t.high() {
        (
            Verdict::Inconsistent,
            format!("{stated}; the parts exceed the total"),
        )
    } else {
        (
            Verdict::Unverifiable,
            format!("{stated}; the parts listed need not be the whole"),
        )
    };
    let mut claims = vec![Involved::first(total)];
    claims.extend(parts.iter().map(|p| Involved::first(p)));
    Some(Check {
        kind: CheckKind::Total,
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
    fn parts_in_the_next_sentence() {
        // 14-kenya-county-budget-review-2025-en.txt
        assert_eq!(
            run("The total budget was amounting to Kshs.601.69 billion. Of this, Kshs.218.99 billion (36 per cent) was allocated to development expenditure, and Kshs.382.70 billion (64 per cent) to recurrent expenditure."),
            [(
                Verdict::Consistent,
                "218990000000 + 382700000000 = 601690000000 KES; stated total 601690000000 KES; within rounding (±15000000)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn chinese_of_which() {
        assert_eq!(
            run("货物进出口总额41.8万亿元，其中出口23.8万亿元，进口18万亿元。"),
            [(
                Verdict::Consistent,
                "23800000000000 + 18000000000000 = 41800000000000 CNY; stated total 41800000000000 CNY; within rounding (±600000000000)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn parts_above_the_total_are_inconsistent() {
        assert_eq!(
            run("货物进出口总额41.8万亿元，其中出口25.8万亿元，进口18万亿元。"),
            [(
                Verdict::Inconsistent,
                "25800000000000 + 18000000000000 = 43800000000000 CNY; stated total 41800000000000 CNY; the parts exceed the total"
                    .to_string()
            )]
        );
    }

    #[test]
    fn a_figure_above_the_total_ends_the_parts() {
        // 44-tibet-gwr-2026-zh.txt
        assert!(run("新增营造林148万亩、其中南北山绿化工程43万亩，修复治理退化草原517万亩，治理水土流失23万亩。").is_empty());
    }

    #[test]
    fn parts_below_the_total_are_unverifiable() {
        assert_eq!(
            run("Spending totalled $10 billion, of which $4 billion for schools and $3 billion for roads."),
            [(
                Verdict::Unverifiable,
                "4000000000 + 3000000000 = 7000000000 USD; stated total 10000000000 USD; the parts listed need not be the whole"
                    .to_string()
            )]
        );
    }
}
