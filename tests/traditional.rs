//! A Chinese report reads the same in traditional characters: every
//! Chinese fixture, rewritten character by character into traditional
//! script (the inverse of `lang::zh::script`'s table), gives the same
//! claims (spans, kinds, values, units, qualifiers, trends, subjects) and
//! the same left-out numbers as the fixture, and the ledger writes the
//! traditional text as it stands.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use claimscan::extract::lang::zh::script::{KEPT, pairs};
use claimscan::{extract, ledger};

/// Simplified character → one traditional form (the first by code point;
/// any folds back). Kept characters are never produced.
fn traditional_forms() -> HashMap<char, char> {
    let mut forms = HashMap::new();
    for (traditional, simplified) in pairs() {
        if !KEPT.contains(&traditional) {
            forms.entry(simplified).or_insert(traditional);
        }
    }
    forms
}

fn to_traditional(text: &str, forms: &HashMap<char, char>) -> String {
    text.chars().map(|c| *forms.get(&c).unwrap_or(&c)).collect()
}

/// Names of the yuan of Hong Kong, Macau and Taiwan.
const OTHER_YUAN: &[&str] = &[
    "港元",
    "港币",
    "港幣",
    "澳门元",
    "澳門元",
    "澳门币",
    "澳門幣",
    "新台币",
    "台币",
    "新台幣",
    "台幣",
];

fn chinese_fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts: Vec<(String, String)> = fs::read_dir(dir)
        .expect("tests/fixtures is readable")
        .map(|entry| entry.expect("fixture entry is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let text = fs::read_to_string(&path).expect("fixture is UTF-8");
            (path.display().to_string(), text)
        })
        .filter(|(_, text)| {
            text.chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .count()
                > 50
        })
        // A text naming the Hong Kong, Macau or New Taiwan dollar is read
        // differently in traditional script by design: the script is
        // evidence of where the document is from, and so of what its
        // bare `元` is (README, Chinese currency).
        .filter(|(_, text)| !OTHER_YUAN.iter().any(|name| text.contains(name)))
        .collect();
    texts.sort();
    texts
}

#[test]
fn chinese_fixtures_read_the_same_in_traditional_script() {
    let forms = traditional_forms();
    let fixtures = chinese_fixtures();
    assert!(fixtures.len() >= 20, "{} Chinese fixtures", fixtures.len());
    let mut claims = 0;
    for (name, text) in fixtures {
        let traditional = to_traditional(&text, &forms);
        assert_eq!(traditional.len(), text.len(), "{name}");
        assert_ne!(traditional, text, "{name} has no character to rewrite");
        let want = extract::extract(&text);
        let got = extract::extract(&traditional);
        claims += want.claims.len();
        assert_eq!(got.sentences, want.sentences, "{name}");
        for (g, w) in got.claims.iter().zip(&want.claims) {
            assert_eq!(g, w, "{name}: {}", &traditional[g.span.start..g.span.end]);
        }
        assert_eq!(got.claims.len(), want.claims.len(), "{name}");
        let spans = |x: &extract::Extraction| x.rejected.iter().map(|r| r.span).collect::<Vec<_>>();
        assert_eq!(spans(&got), spans(&want), "{name}");
    }
    assert!(claims > 1000, "{claims} claims");
}

#[test]
fn the_ledger_writes_the_text_as_written() {
    let text = "全國居民人均可支配收入35128元，比上年名義增長9.1%，約5億元用於25條道路。";
    let rows = String::from_utf8(ledger::render("t.txt", text, &extract::extract(text)))
        .expect("the ledger is UTF-8");
    let fields: Vec<Vec<&str>> = rows.lines().map(|row| row.split(',').collect()).collect();
    // text, kind, value, unit, qualifier, trend
    let got: Vec<[&str; 6]> = fields
        .iter()
        .map(|f| [f[6], f[7], f[8], f[10], f[13], f[14]])
        .collect();
    assert_eq!(
        got,
        [
            ["35128元", "money", "35128", "CNY", "", "up"],
            ["9.1%", "percent", "9.1", "%", "", "up"],
            ["5億元", "money", "500000000", "CNY", "approx", ""],
            ["25條", "count", "25", "", "", ""],
        ]
    );
    assert!(
        rows.lines().all(|row| row.ends_with("用於25條道路。")),
        "{rows}"
    );
}
