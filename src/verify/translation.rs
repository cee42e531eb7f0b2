//! Check `translation`: the claims of an original against those of its
//! translation (`--pair zh.txt en.txt`).
//!
//! Alignment, in three passes over the claims of both documents in order:
//! 1. anchors: the longest common subsequence of claims with the same
//!    kind, normalized unit and normalized value (`5.8万亩` and `58,000
//!    mu`): `consistent`;
//! 2. between two neighbouring anchors, a left-over claim of each side of
//!    one kind and unit that agree within rounding ([`precision`]):
//!    `consistent`; if they are the only left-overs of that kind and unit
//!    in the gap and disagree: `inconsistent` (the values differ);
//! 3. every claim still left: `unverifiable`, no counterpart.
//!
//! Translations reorder clauses, so a claim matched out of order by pass
//! 1 would be missed: a left-over claim whose exact key is left over on
//! the other side too is matched as `consistent` (moved) before pass 3.
//!
//! [`precision`]: super::precision

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::extract::{Claim, Kind};

use super::precision::{Figure, show};
use super::{Check, CheckKind, Involved, Verdict};

/// Longest pair of documents aligned by the quadratic pass; beyond it,
/// anchors are taken greedily (never more than this many cells).
pub const MAX_LCS_CELLS: usize = 16_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    kind: Kind,
    unit: &'static str,
    value: Decimal,
}

fn key(claim: &Claim) -> Key {
    Key {
        kind: claim.kind,
        unit: claim.norm_unit,
        value: claim.norm_value.normalize(),
    }
}

/// Every check between `original` (with its text) and `translation`.
pub fn checks(original: (&str, &[Claim]), translation: (&str, &[Claim])) -> Vec<Check> {
    let (_, a) = original;
    let (_, b) = translation;
    let ka: Vec<Key> = a.iter().map(key).collect();
    let kb: Vec<Key> = b.iter().map(key).collect();
    let anchors = common_subsequence(&ka, &kb);
    let mut state = Alignment {
        used_a: vec![false; a.len()],
        used_b: vec![false; b.len()],
        found: Vec::new(),
    };
    for &(i, j) in &anchors {
        state.pair(a, b, i, j, "same value");
    }
    for gap in gaps(&anchors, a.len(), b.len()) {
        state.align_gap(original, translation, gap);
    }
    state.match_moved(a, b, &ka, &kb);
    state.leftovers(a, b)
}

/// The claims used so far on each side, and the checks found.
struct Alignment {
    used_a: Vec<bool>,
    used_b: Vec<bool>,
    found: Vec<Check>,
}

/// The claims between two neighbouring anchors: `a0..a1` of the
/// original, `b0..b1` of the translation.
#[derive(Debug, Clone, Copy)]
struct Gap {
    a0: usize,
    a1: usize,
    b0: usize,
    b1: usize,
}

/// The gaps before, between and after the anchors.
fn gaps(anchors: &[(usize, usize)], a_len: usize, b_len: usize) -> Vec<Gap> {
    let mut bounds = vec![(0, 0)];
    bounds.extend(anchors.iter().map(|&(i, j)| (i + 1, j + 1)));
    let mut ends: Vec<(usize, usize)> = anchors.to_vec();
    ends.push((a_len, b_len));
    bounds
        .iter()
        .zip(&ends)
        .map(|(&(a0, b0), &(a1, b1))| Gap {
            a0,
            a1: a1.max(a0),
            b0,
            b1: b1.max(b0),
        })
        .collect()
}

impl Alignment {
    /// Matches `a[i]` with `b[j]` as `consistent`.
    fn pair(&mut self, a: &[Claim], b: &[Claim], i: usize, j: usize, how: &str) {
        self.used_a[i] = true;
        self.used_b[j] = true;
        self.found.push(matched(&a[i], &b[j], how));
    }

    /// Pass 2 in one gap: a left-over claim of each side that agree within
    /// rounding match; the only left-overs of a kind and unit on both
    /// sides that disagree differ.
    fn align_gap(&mut self, original: (&str, &[Claim]), translation: (&str, &[Claim]), gap: Gap) {
        let (a_text, a) = original;
        let (b_text, b) = translation;
        for i in gap.a0..gap.a1 {
            if self.used_a[i] {
                continue;
            }
            let same_kind: Vec<usize> = (gap.b0..gap.b1)
                .filter(|&j| {
                    !self.used_b[j] && a[i].kind == b[j].kind && a[i].norm_unit == b[j].norm_unit
                })
                .collect();
            let fa = Figure::of(a_text, &a[i]);
            if let Some(&j) = same_kind
                .iter()
                .find(|&&j| fa.agrees(Figure::of(b_text, &b[j])))
            {
                self.pair(a, b, i, j, "within rounding");
                continue;
            }
            let rivals = (gap.a0..gap.a1)
                .filter(|&k| {
                    !self.used_a[k] && a[k].kind == a[i].kind && a[k].norm_unit == a[i].norm_unit
                })
                .count();
            if let ([j], 1) = (same_kind.as_slice(), rivals) {
                let j = *j;
                self.used_a[i] = true;
                self.used_b[j] = true;
                self.found.push(differs(&a[i], &b[j]));
            }
        }
    }

    /// Moved claims: the same key left over on both sides.
    fn match_moved(&mut self, a: &[Claim], b: &[Claim], ka: &[Key], kb: &[Key]) {
        let mut left_b: HashMap<&Key, Vec<usize>> = HashMap::new();
        for (j, k) in kb.iter().enumerate().rev() {
            if !self.used_b[j] {
                left_b.entry(k).or_default().push(j);
            }
        }
        for (i, k) in ka.iter().enumerate() {
            if self.used_a[i] {
                continue;
            }
            if let Some(j) = left_b.get_mut(k).and_then(Vec::pop) {
                self.pair(a, b, i, j, "same value, moved");
            }
        }
    }

    /// Pass 3: every claim still left has no counterpart.
    fn leftovers(mut self, a: &[Claim], b: &[Claim]) -> Vec<Check> {
        for (claim, _) in a.iter().zip(&self.used_a).filter(|(_, used)| !**used) {
            self.found
                .push(alone(Involved::first(claim), claim, "the translation"));
        }
        for (claim, _) in b.iter().zip(&self.used_b).filter(|(_, used)| !**used) {
            self.found
                .push(alone(Involved::second(claim), claim, "the original"));
        }
        self.found
    }
}

fn differs(a: &Claim, b: &Claim) -> Check {
    Check {
        kind: CheckKind::Translation,
        verdict: Verdict::Inconsistent,
        claims: vec![Involved::first(a), Involved::second(b)],
        arithmetic: format!(
            "{} in the original, {} in the translation: the values differ",
            amount(a.norm_value, a.norm_unit),
            amount(b.norm_value, b.norm_unit)
        ),
    }
}

fn matched(a: &Claim, b: &Claim, how: &str) -> Check {
    Check {
        kind: CheckKind::Translation,
        verdict: Verdict::Consistent,
        claims: vec![Involved::first(a), Involved::second(b)],
        arithmetic: format!(
            "{} = {}; {how}",
            amount(a.norm_value, a.norm_unit),
            amount(b.norm_value, b.norm_unit)
        ),
    }
}

fn alone(involved: Involved, claim: &Claim, other: &str) -> Check {
    Check {
        kind: CheckKind::Translation,
        verdict: Verdict::Unverifiable,
        claims: vec![involved],
        arithmetic: format!(
            "{} ({}): no claim of this kind and value in {other}",
            amount(claim.norm_value, claim.norm_unit),
            claim.kind.as_str()
        ),
    }
}

/// A normalized value with its unit, if any: `126000000000000 CNY`, `5.2%`,
/// `12440000`.
fn amount(value: Decimal, unit: &str) -> String {
    match unit {
        "" => show(value),
        "%" => format!("{}%", show(value)),
        _ => format!("{} {unit}", show(value)),
    }
}

/// The index pairs of a longest common subsequence of `a` and `b`, in
/// order; greedy (first equal key ahead) when the table would be too big.
fn common_subsequence(a: &[Key], b: &[Key]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    if n.saturating_mul(m) > MAX_LCS_CELLS {
        let mut pairs = Vec::new();
        let mut j0 = 0;
        for (i, k) in a.iter().enumerate() {
            if let Some(off) = b
                .get(j0..)
                .and_then(|rest| rest.iter().position(|x| x == k))
            {
                pairs.push((i, j0 + off));
                j0 += off + 1;
            }
        }
        return pairs;
    }
    // lengths[i][j]: LCS of a[i..] and b[j..].
    let width = m + 1;
    let mut lengths = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut pairs = Vec::new();
    while i < n && j < m {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn run(zh: &str, en: &str) -> Vec<(Verdict, String)> {
        let (a, b) = (extract(zh), extract(en));
        let mut found = checks((zh, &a.claims), (en, &b.claims));
        super::super::sort(&mut found);
        found
            .into_iter()
            .map(|c| (c.verdict, c.arithmetic))
            .collect()
    }

    // 02-china-gwr-2024-zh.txt and 01-china-gwr-2024-en.txt
    const ZH: &str = "国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，城镇调查失业率平均为5.2%。";
    const EN: &str = "China's GDP surpassed 126 trillion yuan, an increase of 5.2 percent, a growth rate higher than most major economies. A total of 12.44 million urban jobs were added, and the average surveyed urban unemployment rate was 5.2 percent.";

    #[test]
    fn same_values_align() {
        assert_eq!(
            run(ZH, EN),
            [
                (
                    Verdict::Consistent,
                    "126000000000000 CNY = 126000000000000 CNY; same value".to_string()
                ),
                (Verdict::Consistent, "5.2% = 5.2%; same value".to_string()),
                (
                    Verdict::Consistent,
                    "12440000 = 12440000; same value".to_string()
                ),
                (Verdict::Consistent, "5.2% = 5.2%; same value".to_string()),
            ]
        );
    }

    #[test]
    fn a_changed_value_differs() {
        let en = EN.replace("12.44 million", "12.4 million");
        let en = en.replace("an increase of 5.2 percent", "an increase of 5.3 percent");
        assert_eq!(
            run(ZH, &en),
            [
                (
                    Verdict::Consistent,
                    "126000000000000 CNY = 126000000000000 CNY; same value".to_string()
                ),
                (
                    Verdict::Inconsistent,
                    "5.2% in the original, 5.3% in the translation: the values differ".to_string()
                ),
                (
                    Verdict::Consistent,
                    "12440000 = 12400000; within rounding".to_string()
                ),
                (Verdict::Consistent, "5.2% = 5.2%; same value".to_string()),
            ]
        );
    }

    #[test]
    fn missing_claim_has_no_counterpart() {
        let en = "China's GDP surpassed 126 trillion yuan, an increase of 5.2 percent.";
        let zh = "国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人。";
        assert_eq!(
            run(zh, en),
            [
                (
                    Verdict::Consistent,
                    "126000000000000 CNY = 126000000000000 CNY; same value".to_string()
                ),
                (Verdict::Consistent, "5.2% = 5.2%; same value".to_string()),
                (
                    Verdict::Unverifiable,
                    "12440000 (count): no claim of this kind and value in the translation"
                        .to_string()
                ),
            ]
        );
    }
}
