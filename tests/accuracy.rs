//! Accuracy against hand-checked gold claims: every `tests/gold/NAME.gold.csv`
//! annotates `tests/fixtures/NAME.txt` (written in the shared gold format:
//! `doc,start,end,text,kind,value,unit,norm_value,norm_unit,qualifier,trend,
//! subject,optional`). Claims are matched by overlapping byte spans, largest
//! overlap first; a match is right when kind, value, unit and normalization
//! agree (the scorer's "strict"). Claims marked `optional` count neither way.
//!
//! The fixture ledgers pin the exact output; this test says how much of it
//! is right, so a change that trades correct rows for wrong ones fails here
//! even after the fixtures are re-blessed.

use std::fs;
use std::path::Path;

use claimscan::extract::{self, Claim};
use claimscan::ledger::format_number;

/// Strict F1 the corpus must keep (measured 0.997 over 38 texts).
const MIN_STRICT_F1: f64 = 0.99;
/// Trend accuracy over matched claims (measured 0.950).
const MIN_TREND_ACCURACY: f64 = 0.94;

#[derive(Debug)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    /// Empty for some optional (gray-zone) claims.
    value: Option<f64>,
    unit: String,
    norm_value: Option<f64>,
    norm_unit: String,
    trend: String,
    optional: bool,
}

fn load_gold(path: &Path) -> Vec<Gold> {
    let mut reader = csv::Reader::from_path(path).expect("gold file is readable CSV");
    reader
        .records()
        .map(|row| {
            let row = row.expect("gold row");
            let field = |i: usize| row.get(i).unwrap_or("").to_string();
            Gold {
                start: field(1).parse().expect("gold start"),
                end: field(2).parse().expect("gold end"),
                text: field(3),
                kind: field(4),
                value: field(5).parse().ok(),
                unit: field(6),
                norm_value: field(7).parse().ok(),
                norm_unit: field(8),
                trend: field(10),
                optional: !field(12).is_empty(),
            }
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-3 * a.abs().max(b.abs()) + 1e-9
}

fn number(value: rust_decimal::Decimal) -> f64 {
    format_number(value).parse().unwrap_or(f64::NAN)
}

fn strictly_right(gold: &Gold, claim: &Claim) -> bool {
    let norm_right = gold
        .norm_value
        .is_none_or(|n| close(n, number(claim.norm_value)) && gold.norm_unit == claim.norm_unit);
    gold.kind == claim.kind.as_str()
        && gold.value.is_some_and(|v| close(v, number(claim.value)))
        && gold.unit == claim.unit
        && norm_right
}

#[test]
fn fixture_corpus_meets_the_accuracy_floor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut golds: Vec<_> = fs::read_dir(root.join("gold"))
        .expect("tests/gold exists")
        .map(|e| e.expect("gold entry").path())
        .collect();
    golds.sort();
    let (mut right, mut predicted, mut expected) = (0usize, 0usize, 0usize);
    let (mut trend_right, mut matched) = (0usize, 0usize);
    let mut errors = Vec::new();
    for gold_path in golds {
        let name = gold_path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let text_name = name.replace(".gold.csv", ".txt");
        let text =
            fs::read_to_string(root.join("fixtures").join(&text_name)).expect("fixture text");
        let gold = load_gold(&gold_path);
        let claims = extract::extract(&text).claims;
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            for (ci, c) in claims.iter().enumerate() {
                let overlap = g
                    .end
                    .min(c.span.end)
                    .saturating_sub(g.start.max(c.span.start));
                if overlap > 0 {
                    pairs.push((overlap, gi, ci));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let (mut gold_used, mut claim_used) = (vec![false; gold.len()], vec![false; claims.len()]);
        for (_, gi, ci) in pairs {
            if gold_used[gi] || claim_used[ci] {
                continue;
            }
            gold_used[gi] = true;
            claim_used[ci] = true;
            let (g, c) = (&gold[gi], &claims[ci]);
            if g.optional {
                continue;
            }
            predicted += 1;
            expected += 1;
            matched += 1;
            trend_right += usize::from(g.trend == c.trend.as_str());
            if strictly_right(g, c) {
                right += 1;
            } else {
                errors.push(format!(
                    "WRONG {text_name}@{} {:?}: gold {} {:?} {:?}",
                    g.start, g.text, g.kind, g.value, g.unit
                ));
            }
        }
        for (g, used) in gold.iter().zip(&gold_used) {
            if !used && !g.optional {
                expected += 1;
                errors.push(format!("MISS  {text_name}@{} {:?}", g.start, g.text));
            }
        }
        for (c, used) in claims.iter().zip(&claim_used) {
            let in_optional = gold
                .iter()
                .any(|g| g.optional && g.start < c.span.end && c.span.start < g.end);
            if !used && !in_optional {
                predicted += 1;
                errors.push(format!(
                    "EXTRA {text_name}@{} {:?}",
                    c.span.start,
                    c.span.text(&text)
                ));
            }
        }
    }
    let precision = right as f64 / predicted.max(1) as f64;
    let recall = right as f64 / expected.max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::MIN_POSITIVE);
    let trend_accuracy = trend_right as f64 / matched.max(1) as f64;
    assert!(expected > 1300, "the gold corpus lost claims: {expected}");
    assert!(
        f1 >= MIN_STRICT_F1 && trend_accuracy >= MIN_TREND_ACCURACY,
        "strict F1 {f1:.4} (floor {MIN_STRICT_F1}), trend accuracy {trend_accuracy:.4} (floor {MIN_TREND_ACCURACY})\n{}",
        errors.join("\n")
    );
}
