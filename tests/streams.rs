//! Output formats and streams, end to end on temp dirs: `--format jsonl`
//! carries the CSV's values, stdin and stdout carry data only, shards
//! split a collection exactly, a closed pipe ends the run quietly.

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use tempfile::TempDir;

const REPORT: &str = "\
Annual report on the environment

The city's sewage disposal rate climbed to 97.3%, and surface water met national standards.

Forest coverage reached 44.9% this year. The city now has 1,065 parks.

Farmers restored 58,000 mu of wetland, and the budget grew to 2.39 billion yuan.

- GDP grew 5.2 percent over the year.

Growth is expected to be 5 to 6 percent next year.
";

const COLUMNS: [&str; 17] = [
    "claim_id",
    "file",
    "line",
    "sentence_index",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "value_max",
    "unit",
    "norm_value",
    "norm_unit",
    "qualifier",
    "trend",
    "subject",
    "sentence",
];

const NUMBER_COLUMNS: [&str; 7] = [
    "line",
    "sentence_index",
    "start",
    "end",
    "value",
    "value_max",
    "norm_value",
];

fn claimscan(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimscan"));
    cmd.current_dir(dir);
    cmd
}

fn with_report() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("report.txt"), REPORT).expect("write report");
    dir
}

/// Header and rows of a CSV ledger.
fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("CSV row").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// A CSV text cell without the `'` that makes formula-like text inert.
fn plain(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

#[test]
fn jsonl_parses_and_matches_the_csv() {
    let dir = with_report();
    let csv = claimscan(dir.path())
        .args(["extract", "report.txt", "-q", "-o", "-"])
        .output()
        .expect("run");
    assert!(csv.status.success());
    let jsonl = claimscan(dir.path())
        .args([
            "extract",
            "report.txt",
            "-q",
            "--format",
            "jsonl",
            "-o",
            "-",
        ])
        .output()
        .expect("run");
    assert!(jsonl.status.success());
    let (header, rows) = csv_rows(&csv.stdout);
    assert_eq!(header, COLUMNS);
    let text = String::from_utf8(jsonl.stdout).expect("UTF-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), rows.len(), "one object per claim, no header");
    assert_eq!(rows.len(), 7);

    for (line, row) in lines.iter().zip(&rows) {
        let object: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(line).expect("a JSON object per line");
        assert_eq!(object.len(), COLUMNS.len(), "{line}");
        // Same keys, in the CSV's order.
        let positions: Vec<usize> = COLUMNS
            .iter()
            .map(|c| line.find(&format!("\"{c}\":")).expect("key"))
            .collect();
        assert!(positions.is_sorted(), "{line}");
        for (column, cell) in COLUMNS.iter().zip(row) {
            let value = &object[*column];
            if NUMBER_COLUMNS.contains(column) {
                if cell.is_empty() {
                    assert!(value.is_null(), "{column} in {line}");
                    assert!(line.contains(&format!("\"{column}\":null")));
                } else {
                    assert!(value.is_number(), "{column} in {line}");
                    // The very digits of the CSV, not a float's rendering.
                    assert!(
                        line.contains(&format!("\"{column}\":{cell},")),
                        "{column}={cell} in {line}"
                    );
                }
            } else {
                assert_eq!(value.as_str(), Some(plain(cell)), "{column} in {line}");
            }
        }
    }
    // Spot checks of what the comparison above covers.
    assert!(text.contains("\"value\":2390000000,"));
    assert!(text.contains("\"norm_value\":3866.666667,"));
    assert!(text.contains("\"value\":5,\"value_max\":6,"));
    assert!(text.contains("\"sentence\":\"- GDP grew 5.2 percent over the year.\""));
    assert!(
        csv_rows(&csv.stdout)
            .1
            .iter()
            .any(|r| r[16] == "'- GDP grew 5.2 percent over the year.")
    );
}

#[test]
fn jsonl_default_output_file() {
    let dir = with_report();
    claimscan(dir.path())
        .args(["extract", "report.txt", "-q", "--format", "jsonl"])
        .assert()
        .success()
        .stdout("");
    let written = fs::read_to_string(dir.path().join("output/claims.jsonl")).expect("ledger");
    assert_eq!(written.lines().count(), 7);
}

#[test]
fn stdin_to_stdout_is_the_same_ledger() {
    let dir = with_report();
    claimscan(dir.path())
        .args(["extract", "report.txt", "-q", "-o", "from-file.csv"])
        .assert()
        .success();
    let out = claimscan(dir.path())
        .args(["extract", "-", "-o", "-", "--stdin-name", "report.txt"])
        .write_stdin(REPORT)
        .output()
        .expect("run");
    assert!(out.status.success());
    let expected = fs::read(dir.path().join("from-file.csv")).expect("ledger");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&expected),
        "stdout is the ledger and nothing else"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("claimscan: 1 file read, 0 failed, 7 claims, ")
            && stderr.ends_with(" -> stdout\n"),
        "the summary goes to stderr: {stderr}"
    );
    assert!(
        !dir.path().join("output").exists(),
        "nothing written to disk"
    );
}

#[test]
fn stdin_is_named_dash_by_default() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = claimscan(dir.path())
        .args(["extract", "-", "-q", "--format", "jsonl", "-o", "-"])
        .write_stdin("Exports rose 8% in the year.\n")
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
    let row: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one object");
    assert_eq!(row["file"], "-");
    assert_eq!(row["text"], "8%");
}

/// Writes `count` small reports in nested folders under `dir/reports`.
fn collection(dir: &Path, count: usize) {
    for i in 0..count {
        let folder = dir.join(format!("reports/y{}", 2020 + i % 4));
        fs::create_dir_all(&folder).expect("mkdir");
        fs::write(
            folder.join(format!("city-{i:02}.txt")),
            format!(
                "City {i} report.\n\nIndustrial output rose {}.5% in the year. \
                 The city built {} new schools.\n",
                i % 9 + 1,
                i + 10
            ),
        )
        .expect("write");
    }
}

fn extract_rows(dir: &Path, extra: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let out = claimscan(dir)
        .args(["extract", "reports", "-q", "-o", "-"])
        .args(extra)
        .output()
        .expect("run");
    assert!(out.status.success(), "{extra:?}");
    csv_rows(&out.stdout)
}

fn sorted(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.sort_by_key(|r| (r[1].clone(), r[4].parse::<usize>().unwrap_or(0)));
    rows
}

fn files(rows: &[Vec<String>]) -> BTreeSet<String> {
    rows.iter().map(|r| r[1].clone()).collect()
}

#[test]
fn shards_together_equal_the_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    collection(dir.path(), 24);
    let (header, whole) = extract_rows(dir.path(), &[]);
    assert_eq!(files(&whole).len(), 24);
    for n in [1, 2, 3, 7] {
        let mut joined = Vec::new();
        let mut seen = BTreeSet::new();
        for k in 1..=n {
            let (shard_header, rows) = extract_rows(dir.path(), &["--shard", &format!("{k}/{n}")]);
            assert_eq!(shard_header, header);
            let shard_files = files(&rows);
            assert!(
                seen.is_disjoint(&shard_files),
                "a file in two shards of {n}"
            );
            seen.extend(shard_files);
            joined.extend(rows);
        }
        assert_eq!(sorted(joined), sorted(whole.clone()), "shards of {n}");
    }
}

#[test]
fn shards_are_stable_when_files_are_added() {
    let dir = tempfile::tempdir().expect("temp dir");
    collection(dir.path(), 12);
    let before: Vec<_> = (1..=4)
        .map(|k| files(&extract_rows(dir.path(), &["--shard", &format!("{k}/4")]).1))
        .collect();
    fs::create_dir_all(dir.path().join("reports/a-new")).expect("mkdir");
    for i in 0..5 {
        fs::write(
            dir.path().join(format!("reports/a-new/{i}.txt")),
            "Imports fell 2% in the year.\n",
        )
        .expect("write");
    }
    for (k, old) in (1..=4).zip(&before) {
        let now = files(&extract_rows(dir.path(), &["--shard", &format!("{k}/4")]).1);
        assert!(old.is_subset(&now), "shard {k}/4 lost files");
        assert!(
            now.difference(old).all(|f| f.starts_with("reports/a-new/")),
            "shard {k}/4 gained old files"
        );
    }
}

#[test]
fn empty_shard_writes_a_header_only() {
    let dir = with_report();
    let mut with_rows = 0;
    for k in 1..=5 {
        let out = claimscan(dir.path())
            .args(["extract", "report.txt", "-q", "-o", "-", "--shard"])
            .arg(format!("{k}/5"))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0));
        let (header, rows) = csv_rows(&out.stdout);
        assert_eq!(header, COLUMNS);
        with_rows += usize::from(!rows.is_empty());
    }
    assert_eq!(with_rows, 1, "the one file is in exactly one shard");
}

#[test]
fn bad_shard_is_a_usage_error() {
    let dir = with_report();
    let out = claimscan(dir.path())
        .args(["extract", "report.txt", "--shard", "4/3"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("invalid value '4/3' for '--shard <K/N>': '4/3': K must be between 1 and N")
    );
}

/// Runs claimscan with stdout piped, reads one line, closes the pipe and
/// returns (exit code, stderr).
fn read_one_line_then_close(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_claimscan"))
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("first line");
    assert!(!first.is_empty());
    // The reader is dropped here: the pipe's read end is closed.
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn broken_pipe_is_quiet() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Far more than a pipe buffer of ledger.
    let big: String = (0..4000)
        .map(|i| {
            format!(
                "In district {i}, coverage rose to {}.5% last year.\n",
                i % 90
            )
        })
        .collect();
    fs::write(dir.path().join("big.txt"), big).expect("write");

    for args in [
        &["extract", "big.txt", "-o", "-"][..],
        &["extract", "big.txt", "-o", "-", "--format", "jsonl"][..],
    ] {
        let (code, stderr) = read_one_line_then_close(dir.path(), args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }

    // A long report: its verdict still decides the exit code.
    claimscan(dir.path())
        .args(["extract", "big.txt", "-q", "-o", "big.csv"])
        .assert()
        .success();
    fs::write(dir.path().join("empty.csv"), COLUMNS.join(",") + "\n").expect("write");
    let (code, stderr) = read_one_line_then_close(dir.path(), &["diff", "empty.csv", "big.csv"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr, "");
}
