//! `claimscan verify` end to end: the checks ledger it writes for real
//! report sentences (copied from the corpus into tests/verify/).

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn verify(dir: &Path, out: &str) -> String {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/verify");
    Command::cargo_bin("claimscan")
        .unwrap()
        .current_dir(&data)
        .args(["verify", "report-en.txt", "report-zh.txt", "--pair"])
        .args(["report-zh.txt", "report-zh.en.txt", "-o"])
        .arg(dir.join(out))
        .assert()
        .success();
    fs::read_to_string(dir.join(out)).unwrap()
}

/// The `check`, `verdict`, `arithmetic` and `file` cells of each row.
fn cells(csv: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            format!("{} {} {} | {}", &r[1], &r[2], &r[5], &r[4])
        })
        .collect()
}

#[test]
fn writes_the_checks_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let csv = verify(dir.path(), "checks.csv");
    assert!(csv.starts_with(
        "check_id,check,verdict,claim_ids,arithmetic,file,line,sentence,other_file,other_line,other_sentence\n"
    ));
    assert_eq!(
        cells(&csv),
        [
            "change consistent report-en.txt | Y−X = 67.22 → 68.01 = 0.79pp; stated up 0.79 pp; within rounding (0.78..0.8pp)",
            "change consistent report-en.txt | Y/X−1 = 718700000 → 662300000 = '-7.85%; stated down 7.8%; within rounding (-7.86..-7.83%)",
            "total consistent report-en.txt | 796970000000 + 337250000000 = 1134220000000 INR; stated total 1134220000000 INR; within rounding (±15000000)",
            "equivalent unverifiable report-en.txt | 1000000000 USD and 7800000000 HKD: no fixed rate between USD and HKD",
            "translation consistent report-zh.txt | 126000000000000 CNY = 126000000000000 CNY; same value",
            "translation consistent report-zh.txt | 5.2% = 5.2%; same value",
            "translation consistent report-zh.txt | 12440000 = 12440000; same value",
            "translation inconsistent report-zh.txt | 5.2% in the original, 5.3% in the translation: the values differ",
            "equivalent consistent report-zh.txt | 58000 mu = 3866.67 ha; stated 3867 ha; within rounding (±33.83 ha)",
            "translation unverifiable report-zh.txt | 3866.67 ha (area): no claim of this kind and value in the translation",
            "translation unverifiable report-zh.txt | 3867 ha (area): no claim of this kind and value in the translation",
        ]
    );
    // Ids: a letter and 16 hex digits, one per check.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert!(ids.iter().all(|id| id.len() == 17 && id.starts_with('k')));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    // The same inputs give the same bytes.
    assert_eq!(verify(dir.path(), "again.csv"), csv);
}

#[test]
fn jsonl_has_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let csv = verify(dir.path(), "checks.csv");
    let jsonl = verify(dir.path(), "checks.jsonl");
    let rows: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    let json_ids: Vec<String> = rows
        .iter()
        .map(|r| r["check_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(json_ids, ids);
    assert_eq!(rows[0]["line"], 1);
    assert_eq!(rows[0]["other_line"], serde_json::Value::Null);
}

#[test]
fn no_input_is_a_usage_error() {
    Command::cargo_bin("claimscan")
        .unwrap()
        .arg("verify")
        .assert()
        .code(2);
}

/// The arguments of the fixture run: every check over fixtures in
/// English and Chinese, each with a consistent, an inconsistent and an
/// unverifiable case.
const FIXTURE_ARGS: &[&str] = &[
    "verify",
    "checks-en.txt",
    "checks-zh.txt",
    "--pair",
    "pair-en.txt",
    "pair-en.zh.txt",
    "--pair",
    "report-zh.txt",
    "report-zh.en.txt",
    "--series",
    "series-2023-zh.txt",
    "series-2024-zh.txt",
    "series-2024-en.txt",
    "series-2025-en.txt",
];

/// Compares `actual` with the expected file, or rewrites it under
/// `CLAIMSCAN_BLESS=1`.
fn expect_file(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/verify")
        .join(name);
    if std::env::var_os("CLAIMSCAN_BLESS").is_some() {
        fs::write(&path, actual).unwrap();
    }
    let expected = fs::read_to_string(&path).unwrap();
    assert_eq!(
        actual, expected,
        "{name} differs (CLAIMSCAN_BLESS=1 rewrites it)"
    );
}

#[test]
fn fixtures_cover_every_check_and_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/verify");
    Command::cargo_bin("claimscan")
        .unwrap()
        .current_dir(&data)
        .args(FIXTURE_ARGS)
        .arg("--timeline")
        .arg(dir.path().join("timeline.csv"))
        .arg("-o")
        .arg(dir.path().join("checks.csv"))
        .assert()
        .success();
    let csv = fs::read_to_string(dir.path().join("checks.csv")).unwrap();
    let timeline = fs::read_to_string(dir.path().join("timeline.csv")).unwrap();
    expect_file("expected-checks.csv", &csv);
    expect_file("expected-timeline.csv", &timeline);
    // Every check has every verdict in both languages (the language of a
    // row is that of its file: the original of a translation pair).
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let seen: Vec<(String, String, &str)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let language = if r[5].contains("zh") && !r[5].ends_with(".en.txt") {
                "zh"
            } else {
                "en"
            };
            (r[1].to_string(), r[2].to_string(), language)
        })
        .collect();
    for check in ["equivalent", "change", "total", "translation", "target"] {
        for verdict in ["consistent", "inconsistent", "unverifiable"] {
            for language in ["en", "zh"] {
                assert!(
                    seen.iter()
                        .any(|(c, v, l)| c == check && v == verdict && *l == language),
                    "no {verdict} {check} check in {language}"
                );
            }
        }
    }
}

#[test]
fn a_series_report_needs_a_year_in_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/verify");
    let assert = Command::cargo_bin("claimscan")
        .unwrap()
        .current_dir(&data)
        .args([
            "verify",
            "--series",
            "series-2023-zh.txt",
            "report-zh.txt",
            "-o",
        ])
        .arg(dir.path().join("checks.csv"))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(
        stderr,
        "claimscan: report-zh.txt: no year in the file name; left out of the series\n"
    );
}
