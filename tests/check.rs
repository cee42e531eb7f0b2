//! `claimscan check` and `claimscan diff` on temp dirs: an unchanged
//! ledger passes, edits are reported as the claims they touch (and only
//! those), `--ignore-columns` and `--format json` work, exit codes follow
//! `claimscan check --help`.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;

const REPORT: &str = "\
Annual report on the environment

The city's sewage disposal rate climbed to 97.3%, and surface water met national standards.

Forest coverage reached 44.9% this year. The city now has 1,065 parks.

Farmers restored 58,000 mu of wetland, and the budget grew to 2.39 billion yuan.

Growth is expected to be 5 to 6 percent next year.
";

fn claimscan(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimscan"));
    cmd.current_dir(dir);
    cmd
}

/// A temp dir with `reports/report.txt` and its ledger `expected.csv`.
fn setup() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("reports")).expect("mkdir");
    fs::write(dir.path().join("reports/report.txt"), REPORT).expect("write report");
    claimscan(dir.path())
        .args(["extract", "reports", "-q", "-o", "expected.csv"])
        .assert()
        .success();
    dir
}

fn edit_report(dir: &TempDir, edit: impl Fn(&str) -> String) {
    let path = dir.path().join("reports/report.txt");
    let text = fs::read_to_string(&path).expect("read report");
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit must change the report");
    fs::write(path, edited).expect("write report");
}

/// Runs `check` and returns (exit code, stdout, stderr).
fn check(dir: &TempDir, extra: &[&str]) -> (i32, String, String) {
    let out = claimscan(dir.path())
        .args(["check", "--expected", "expected.csv", "reports"])
        .args(extra)
        .output()
        .expect("run claimscan");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn summary_line(stdout: &str) -> &str {
    stdout
        .lines()
        .find(|l| l.starts_with("summary: "))
        .unwrap_or_else(|| panic!("no summary line in:\n{stdout}"))
}

#[test]
fn unchanged_ledger_passes() {
    let dir = setup();
    let (code, stdout, stderr) = check(&dir, &[]);
    assert_eq!(code, 0, "stdout:\n{stdout}\nstderr:\n{stderr}");
    let summary = summary_line(&stdout);
    assert!(
        summary.starts_with("summary: 0 added, 0 removed, 0 changed, 6 unchanged;"),
        "{summary}"
    );
    assert!(
        summary.contains("precision 1.0000 (6/6), recall 1.0000 (6/6)"),
        "{summary}"
    );
    assert_eq!(stdout.lines().count(), 1, "only the summary:\n{stdout}");
}

#[test]
fn changed_claim_fails_and_is_named() {
    let dir = setup();
    edit_report(&dir, |t| t.replace("97.3%", "98.1%"));
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("changed reports/report.txt:3: \"98.1%\" (percent 98.1 %)"),
        "{stdout}"
    );
    assert!(stdout.contains("    value: 97.3 -> 98.1\n"), "{stdout}");
    assert!(stdout.contains("    text: 97.3% -> 98.1%\n"), "{stdout}");
    assert!(
        stdout.contains("    | The city's sewage disposal rate climbed to [-97.3%,-]{+98.1%,+} and surface water met national standards.\n"),
        "{stdout}"
    );
    let summary = summary_line(&stdout);
    assert!(
        summary.starts_with("summary: 0 added, 0 removed, 1 changed, 5 unchanged;"),
        "{summary}"
    );
    assert!(
        summary.contains("precision 0.8333 (5/6), recall 0.8333 (5/6)"),
        "{summary}"
    );
}

#[test]
fn text_inserted_early_moves_no_claim() {
    let dir = setup();
    edit_report(&dir, |t| {
        format!("Preface\n\nThis report was prepared by the statistics office.\n\n{t}")
    });
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 0, "offsets moved, claims did not:\n{stdout}");
}

#[test]
fn claim_inserted_early_is_the_only_difference() {
    let dir = setup();
    edit_report(&dir, |t| {
        t.replacen(
            "\n\n",
            "\n\nThe air quality index improved by 12% in the spring.\n\n",
            1,
        )
    });
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.starts_with("added   reports/report.txt:3: \"12%\" (percent 12 %)\n"),
        "{stdout}"
    );
    assert!(
        summary_line(&stdout).starts_with("summary: 1 added, 0 removed, 0 changed, 6 unchanged;"),
        "{stdout}"
    );
}

#[test]
fn edit_in_one_paragraph_touches_only_its_claim() {
    let dir = setup();
    // Words added before the claim shift every later offset in the file.
    edit_report(&dir, |t| {
        t.replace(
            "Forest coverage reached 44.9%",
            "After years of planting, forest coverage in the city reached 44.9%",
        )
    });
    let (code, stdout, _) = check(&dir, &["--ignore-columns", "subject"]);
    assert_eq!(code, 1, "{stdout}");
    let blocks: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with("summary"))
        .collect();
    assert_eq!(
        blocks,
        ["changed reports/report.txt:5: \"44.9%\" (percent 44.9 %)"],
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "    | [-Forest-]{+After years of planting, forest+} coverage {+in the city +}reached 44.9% this year.\n"
        ),
        "the sentence once, its edits marked: {stdout}"
    );
    assert!(
        summary_line(&stdout).starts_with("summary: 0 added, 0 removed, 1 changed, 5 unchanged;"),
        "{stdout}"
    );
}

#[test]
fn combined_edits_are_each_reported_once() {
    let dir = setup();
    edit_report(&dir, |t| {
        t.replacen(
            "\n\n",
            "\n\nThe air quality index improved by 12% in the spring.\n\n",
            1,
        )
        .replace("97.3%", "98.1%")
        .replace(" The city now has 1,065 parks.", "")
    });
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    let blocks: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with("summary"))
        .collect();
    assert_eq!(
        blocks,
        [
            "added   reports/report.txt:3: \"12%\" (percent 12 %)",
            "changed reports/report.txt:5: \"98.1%\" (percent 98.1 %)",
            "removed reports/report.txt:5: \"1,065\" (count 1065)",
        ],
        "{stdout}"
    );
    assert!(
        summary_line(&stdout).starts_with("summary: 1 added, 1 removed, 1 changed, 4 unchanged;"),
        "{stdout}"
    );
}

#[test]
fn removed_claim_is_named_with_its_sentence() {
    let dir = setup();
    edit_report(&dir, |t| t.replace(" The city now has 1,065 parks.", ""));
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.starts_with(
            "removed reports/report.txt:5: \"1,065\" (count 1065)\n    | The city now has 1,065 parks.\n"
        ),
        "{stdout}"
    );
    assert!(
        summary_line(&stdout).contains("precision 1.0000 (5/5), recall 0.8333 (5/6)"),
        "{stdout}"
    );
}

/// Replaces one cell of the row whose `text` is `text`.
fn edit_ledger(path: &Path, text: &str, column: &str, value: &str) {
    let mut reader = csv::Reader::from_path(path).expect("read ledger");
    let header = reader.headers().expect("header").clone();
    let col = header.iter().position(|h| h == column).expect("column");
    let text_col = header.iter().position(|h| h == "text").expect("text");
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).expect("write");
    let mut edited = false;
    for record in reader.records() {
        let record = record.expect("record");
        let mut cells: Vec<String> = record.iter().map(str::to_string).collect();
        if cells[text_col] == text {
            cells[col] = value.to_string();
            edited = true;
        }
        writer.write_record(&cells).expect("write");
    }
    assert!(edited, "no row with text {text}");
    fs::write(path, writer.into_inner().expect("csv bytes")).expect("write ledger");
}

#[test]
fn ignore_columns_skips_those_fields() {
    let dir = setup();
    let ledger = dir.path().join("expected.csv");
    edit_ledger(&ledger, "1,065", "subject", "public parks");
    edit_ledger(&ledger, "44.9%", "sentence", "An older wording.");
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("    subject: public parks -> parks\n"),
        "{stdout}"
    );
    assert!(
        stdout
            .contains("    | [-An older wording.-]{+Forest coverage reached 44.9% this year.+}\n"),
        "{stdout}"
    );

    let (code, stdout, _) = check(&dir, &["--ignore-columns", "subject"]);
    assert_eq!(code, 1, "sentence still compared:\n{stdout}");
    assert!(!stdout.contains("subject:"), "{stdout}");

    let (code, stdout, _) = check(&dir, &["--ignore-columns", "subject,sentence"]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn numbers_compare_by_value_not_spelling() {
    let dir = setup();
    edit_ledger(&dir.path().join("expected.csv"), "97.3%", "value", "97.30");
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn unknown_ignore_column_is_a_usage_error() {
    let dir = setup();
    let (code, _, stderr) = check(&dir, &["--ignore-columns", "colour"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'colour'"), "{stderr}");
    assert!(stderr.contains("possible values: text, kind"), "{stderr}");
}

#[test]
fn unreadable_ledger_is_fatal() {
    let dir = setup();
    let out = claimscan(dir.path())
        .args(["check", "--expected", "missing.csv", "reports"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "claimscan: missing.csv: no such file or directory\n"
    );

    fs::write(dir.path().join("notes.csv"), "a,b\n1,2\n").expect("write");
    let out = claimscan(dir.path())
        .args(["diff", "notes.csv", "expected.csv"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "claimscan: notes.csv: not a claimscan ledger: no column 'claim_id' in the header\n"
    );
}

#[test]
fn input_that_fails_makes_check_fatal() {
    let dir = setup();
    let out = claimscan(dir.path())
        .args(["check", "--expected", "expected.csv", "reports", "gone.txt"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("claimscan: gone.txt: no such file or directory"),
    );
}

#[test]
fn check_json_report_parses() {
    let dir = setup();
    edit_report(&dir, |t| t.replace("97.3%", "98.1%"));
    let (code, stdout, _) = check(&dir, &["--format", "json"]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(report["summary"]["changed"], 1);
    assert_eq!(report["summary"]["unchanged"], 5);
    assert_eq!(report["summary"]["recall"], 5.0 / 6.0);
    let d = &report["differences"][0];
    assert_eq!(d["change"], "changed");
    assert_eq!(d["file"], "reports/report.txt");
    assert_eq!(d["line"], 3);
    assert_eq!(d["fields"][0]["column"], "text");
    assert_eq!(d["fields"][1]["column"], "value");
    assert_eq!(d["fields"][1]["expected"], "97.3");
    assert_eq!(d["fields"][1]["current"], "98.1");
    assert_eq!(d["expected"]["text"], "97.3%");
    assert_eq!(d["current"]["text"], "98.1%");
    assert!(
        report["compared_columns"]
            .as_array()
            .is_some_and(|c| c.len() == 11 && !c.contains(&"start".into()))
    );
}

#[test]
fn check_of_one_shard_compares_that_shard_only() {
    let dir = setup();
    for name in ["b", "c", "d", "e"] {
        fs::write(
            dir.path().join(format!("reports/{name}.txt")),
            format!("Report {name}: sales rose 7% in the year.\n"),
        )
        .expect("write");
    }
    claimscan(dir.path())
        .args(["extract", "reports", "-q", "-o", "expected.csv"])
        .assert()
        .success();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let (code, stdout, _) = check(&dir, &["--shard", &shard]);
        assert_eq!(code, 0, "shard {shard}:\n{stdout}");
    }
}

#[test]
fn diff_compares_two_ledgers() {
    let dir = setup();
    fs::copy(dir.path().join("expected.csv"), dir.path().join("old.csv")).expect("copy");
    edit_report(&dir, |t| {
        format!(
            "Prices rose 3% in the year.\n\n{}",
            t.replace("44.9%", "45.2%")
        )
    });
    claimscan(dir.path())
        .args(["extract", "reports", "-q", "-o", "new.csv"])
        .assert()
        .success();

    claimscan(dir.path())
        .args(["diff", "old.csv", "old.csv"])
        .assert()
        .code(0);

    let out = claimscan(dir.path())
        .args(["diff", "old.csv", "new.csv"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("added   reports/report.txt:1: \"3%\" (percent 3 %)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("changed reports/report.txt:7: \"45.2%\" (percent 45.2 %)\n    text: 44.9% -> 45.2%\n    value: 44.9 -> 45.2\n"),
        "{stdout}"
    );
    assert!(
        summary_line(&stdout).starts_with("summary: 1 added, 0 removed, 1 changed, 5 unchanged;"),
        "{stdout}"
    );

    // The same comparison from stdin, as JSON.
    let new = fs::read(dir.path().join("new.csv")).expect("read");
    let out = claimscan(dir.path())
        .args(["diff", "old.csv", "-", "--format", "json"])
        .write_stdin(new)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["summary"]["added"], 1);
    assert_eq!(report["summary"]["changed"], 1);
    assert_eq!(report["differences"][0]["change"], "added");
    assert_eq!(
        report["differences"][0]["expected"],
        serde_json::Value::Null
    );
}

#[test]
fn stdin_only_once() {
    let dir = setup();
    let out = claimscan(dir.path())
        .args(["diff", "-", "-"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("standard input (`-`) can be read only once")
    );
}

#[test]
fn neighbours_in_an_edited_sentence_are_not_changed() {
    let dir = setup();
    // Two claims share a sentence; only the second number changes.
    edit_report(&dir, |t| t.replace("2.39 billion yuan", "2.5 billion yuan"));
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    let blocks: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with("summary"))
        .collect();
    assert_eq!(
        blocks,
        ["changed reports/report.txt:7: \"2.5 billion yuan\" (money 2500000000 CNY)"],
        "58,000 mu shares the sentence but did not change:\n{stdout}"
    );
    assert_eq!(stdout.matches("Farmers restored").count(), 1, "{stdout}");
    assert!(
        stdout.contains("budget grew to [-2.39-]{+2.5+} billion yuan."),
        "{stdout}"
    );
    assert!(
        summary_line(&stdout).starts_with("summary: 0 added, 0 removed, 1 changed, 5 unchanged;"),
        "{stdout}"
    );
}

#[test]
fn a_reworded_sentence_without_a_changed_claim_still_fails() {
    let dir = setup();
    edit_report(&dir, |t| {
        t.replace("Farmers restored", "Villagers restored")
    });
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("[-Farmers-]{+Villagers+} restored"),
        "{stdout}"
    );
}

#[test]
fn update_rewrites_the_expected_ledger_and_then_it_passes() {
    let dir = setup();
    edit_report(&dir, |t| t.replace("97.3%", "98.1%"));
    let (code, stdout, stderr) = check(&dir, &["--update"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("changed reports/report.txt:3"), "{stdout}");
    assert_eq!(stderr, "claimscan: expected.csv: updated\n");
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, 0, "{stdout}");
    let fresh = claimscan(dir.path())
        .args(["extract", "reports", "-q", "-o", "-"])
        .output()
        .expect("run");
    assert_eq!(
        fs::read(dir.path().join("expected.csv")).expect("read"),
        fresh.stdout
    );
    let (code, _, stderr) = check(&dir, &["--update", "--shard", "1/2"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn github_format_annotates_each_difference() {
    let dir = setup();
    edit_report(&dir, |t| t.replace("97.3%", "98.1%"));
    let (code, stdout, _) = check(&dir, &["--format", "github"]);
    assert_eq!(code, 1, "{stdout}");
    // `%` is escaped as `%25` and line breaks as `%0A`, as GitHub's
    // workflow commands require.
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "::error file=reports/report.txt,line=3,title=claimscan check: changed claim::\
             changed claim \"98.1%25\" (percent 98.1 %25)%0Atext: 97.3%25 -> 98.1%25%0A\
             value: 97.3 -> 98.1%0Anorm_value: 97.3 -> 98.1",
            "::notice title=claimscan check::summary: 0 added, 0 removed, 1 changed, \
             5 unchanged; precision 0.8333 (5/6), recall 0.8333 (5/6)"
        ],
        "{stdout}"
    );
}

#[test]
fn jsonl_and_csv_ledgers_compare_and_paths_are_normalized() {
    let dir = setup();
    let out = claimscan(dir.path())
        .args(["extract", "./reports", "-q", "-o", "expected.jsonl"])
        .output()
        .expect("run");
    assert!(out.status.success());
    // A JSONL ledger made from ./reports against a CSV one from reports.
    let out = claimscan(dir.path())
        .args(["diff", "expected.csv", "expected.jsonl"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.starts_with("summary: 0 added, 0 removed, 0 changed, 6 unchanged;"),
        "{stdout}"
    );
    let out = claimscan(dir.path())
        .args(["check", "--expected", "expected.jsonl", "./reports/"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_semicolon_ledger_is_named_as_such() {
    let dir = setup();
    let csv = fs::read_to_string(dir.path().join("expected.csv")).expect("read");
    let header = csv.lines().next().expect("header").replace(',', ";");
    fs::write(dir.path().join("excel.csv"), format!("{header}\n")).expect("write");
    let out = claimscan(dir.path())
        .args(["check", "--expected", "excel.csv", "reports"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "claimscan: excel.csv: the columns are separated by ';', not ',' (a spreadsheet \
         with a European list separator saved it)\nhint: compare the ledger claimscan \
         wrote, or save it again as CSV with ',' as the separator\n"
    );
}
