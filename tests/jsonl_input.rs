//! `extract --input-format jsonl`: a stream of `{"file", "text"}` records
//! on stdin (or in a file) gives, in stream order, the very rows that
//! extracting each document as a file gives; a bad record is named by its
//! line and file on stderr and the stream goes on (exit 1); in JSON Lines
//! output it is also an error row in its place (exit 0).

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;

const DOCS: [(&str, &str); 4] = [
    (
        "z/last.txt",
        "Forest coverage reached 44.9% this year.\nThe city now has 1,065 parks.\n",
    ),
    (
        "a.txt",
        "Farmers restored 58,000 mu of wetland, and the budget grew to 2.39 billion yuan.\n",
    ),
    ("empty.txt", "No numbers here at all.\n"),
    (
        "m/中文.txt",
        "全市地区生产总值增长5.2%，新建学校12所。\n\"Quoted\" and\ttabbed: up 3 percentage points.\n",
    ),
];

fn claimscan(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimscan").unwrap_or_else(|e| panic!("{e}"));
    cmd.current_dir(dir);
    cmd
}

fn record(file: &str, text: &str) -> String {
    let value = serde_json::json!({ "file": file, "text": text });
    format!("{value}\n")
}

/// The documents written as files under `dir`.
fn write_docs(dir: &Path) {
    for (name, text) in DOCS {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap_or(dir)).unwrap_or_else(|e| panic!("{e}"));
        fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// The ledger of one file extracted by name, without its header for CSV.
fn file_ledger(dir: &Path, name: &str, format: &str) -> String {
    let out = claimscan(dir)
        .args(["extract", "-q", "--format", format, "-o", "-", name])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{name}");
    let text = String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"));
    match format {
        "csv" => text
            .split_once('\n')
            .map(|(_, rows)| rows.to_string())
            .unwrap_or_default(),
        _ => text,
    }
}

#[test]
fn stream_rows_are_the_files_rows_in_stream_order() {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    write_docs(dir.path());
    let stream: String = DOCS.iter().map(|(f, t)| record(f, t)).collect();
    for format in ["csv", "jsonl"] {
        let expected: String = DOCS
            .iter()
            .map(|(name, _)| file_ledger(dir.path(), name, format))
            .collect();
        assert!(expected.lines().count() >= 6, "{expected}");
        for threads in ["1", "3"] {
            let out = claimscan(dir.path())
                .args([
                    "extract",
                    "-q",
                    "--input-format",
                    "jsonl",
                    "--format",
                    format,
                ])
                .args(["-j", threads, "-o", "-", "-"])
                .write_stdin(stream.clone())
                .output()
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(out.status.success());
            assert!(
                out.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let got = String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"));
            let got = match format {
                "csv" => {
                    let (header, rows) = got.split_once('\n').unwrap_or_default();
                    assert!(header.starts_with("claim_id,file,line,"));
                    rows.to_string()
                }
                _ => got,
            };
            assert_eq!(got, expected, "{format} -j {threads}");
        }
    }
}

#[test]
fn a_long_stream_keeps_its_order() {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let stream: String = (0..400)
        .map(|i| {
            let text = format!(
                "Report {i}. Output rose {}.5% and {} schools opened.",
                i % 9,
                i
            );
            record(&format!("r{i:03}.txt"), &text)
        })
        .collect();
    let out = claimscan(dir.path())
        .args(["extract", "-q", "--input-format", "jsonl", "-j", "2"])
        .args(["--format", "jsonl", "-o", "-", "-"])
        .write_stdin(stream)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<String> = stdout
        .lines()
        .map(|line| {
            let row: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}"));
            row["file"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    // Each report's rows together, the reports in stream order.
    let mut order = files.clone();
    order.dedup();
    let expected: Vec<String> = (0..400).map(|i| format!("r{i:03}.txt")).collect();
    assert_eq!(order, expected);
    assert!(files.len() >= 790, "{} rows", files.len());
}

#[test]
fn bad_records_are_named_by_line_and_file_and_the_stream_goes_on() {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let stream = format!(
        "{}not json at all\n{{\"file\":\"b.txt\",\"text\":7}}\n\n{{\"text\":\"up 4%\"}}\n{}",
        record("a.txt", "Output rose 5.2% in the year."),
        record("c.txt", "The city built 12 schools."),
    );
    let out = claimscan(dir.path())
        .args(["extract", "--input-format", "jsonl", "-o", "-", "-"])
        .write_stdin(stream)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<&str> = stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap_or_default())
        .collect();
    assert_eq!(files, ["a.txt", "c.txt"]);
    let stderr = String::from_utf8(out.stderr).unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with("claimscan: stdin:2: not a JSON object"),
        "{stderr}"
    );
    // A record whose "text" is not a string is named with its file.
    assert_eq!(
        lines[1],
        "claimscan: stdin:3: b.txt: the record has no \"text\" string; skipped"
    );
    assert_eq!(
        lines[2],
        "claimscan: stdin:5: the record has no \"file\" string; skipped"
    );
    assert!(
        lines[3].starts_with("claimscan: 2 files read, 3 failed, 2 claims"),
        "{stderr}"
    );
}

#[test]
fn bad_records_are_error_rows_in_jsonl_output() {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    let stream = format!(
        "{}not json at all\n{{\"file\":\"b.txt\",\"text\":7}}\n\n{{\"text\":\"up 4%\"}}\n{}",
        record("a.txt", "Output rose 5.2% in the year."),
        record("c.txt", "The city built 12 schools."),
    );
    let out = claimscan(dir.path())
        .args(["extract", "--input-format", "jsonl", "--format", "jsonl"])
        .args(["-o", "-", "-"])
        .write_stdin(stream)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    // The errors are in the data: a Spark task piping the stream goes on.
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let shape: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            let file = r["file"].as_str().unwrap_or("<null>").to_string();
            let what = match (&r["error"], &r["kind"]) {
                (serde_json::Value::String(e), _) => format!("error@{}: {e}", r["record"]),
                (_, serde_json::Value::String(k)) => k.clone(),
                _ => "?".into(),
            };
            (file, what)
        })
        .collect();
    let not_json = shape[1].1.clone();
    assert!(
        not_json.starts_with("error@2: not a JSON object ("),
        "{not_json}"
    );
    assert_eq!(
        shape,
        [
            ("a.txt".into(), "percent".into()),
            ("<null>".into(), not_json.clone()),
            (
                "b.txt".into(),
                "error@3: the record has no \"text\" string".into()
            ),
            (
                "<null>".into(),
                "error@5: the record has no \"file\" string".into()
            ),
            ("c.txt".into(), "count".into()),
        ]
    );
    // An error row holds exactly its three keys, in order.
    assert!(
        stdout.contains("\n{\"file\":\"b.txt\",\"error\":\"the record has no \\\"text\\\" string\",\"record\":3}\n"),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        stderr.contains("claimscan: stdin:3: b.txt: the record has no \"text\" string; skipped"),
        "{stderr}"
    );
}

#[test]
fn a_stream_file_is_read_and_one_path_is_required() {
    let dir = TempDir::new().unwrap_or_else(|e| panic!("{e}"));
    fs::write(
        dir.path().join("docs.jsonl"),
        record("a.txt", "Output rose 5.2% in the year."),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = claimscan(dir.path())
        .args([
            "extract",
            "-q",
            "--input-format",
            "jsonl",
            "-o",
            "-",
            "docs.jsonl",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stdout.lines().count(), 2);
    assert!(
        stdout
            .lines()
            .nth(1)
            .unwrap_or_default()
            .contains(",a.txt,1,1,12,16,5.2%,percent,5.2,")
    );

    let two = claimscan(dir.path())
        .args([
            "extract",
            "--input-format",
            "jsonl",
            "-o",
            "-",
            "docs.jsonl",
            "-",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(two.status.code(), Some(2));
    let missing = claimscan(dir.path())
        .args([
            "extract",
            "--input-format",
            "jsonl",
            "-o",
            "-",
            "nope.jsonl",
        ])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("nope.jsonl: cannot read the stream")
    );
}
