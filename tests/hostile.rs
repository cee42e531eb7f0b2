//! Hostile input (issue 19): one file must not cost the batch, run
//! something on a user's machine, or take memory, disk or time out of
//! proportion to its size. Each test runs the real binary on a crafted
//! input.

use std::fs;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

fn temp() -> TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn extract_in(dir: &Path, args: &[&str]) -> Output {
    cargo_bin_cmd!("claimscan")
        .current_dir(dir)
        .arg("extract")
        .args(args)
        .output()
        .expect("run claimscan")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn records(ledger: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(ledger.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("ledger parses")
}

/// The repro: number-dense text without a full stop. Its rows once
/// repeated the text 29 times over (and 451 times before the window).
#[test]
fn a_number_dense_file_costs_a_ledger_proportional_to_it() {
    let dir = temp();
    let unit = "12.5% of 3 billion yuan rose by 2 percentage points, ";
    let text = unit.repeat(200_000 / unit.len());
    fs::write(dir.path().join("dense.txt"), &text).expect("write");
    fs::write(dir.path().join("z.txt"), "Imports fell 3%.\n").expect("write");
    let out = extract_in(dir.path(), &["dense.txt", "z.txt", "-o", "out.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger");
    let rows = records(&ledger);
    assert_eq!(rows.len(), 3 * (200_000 / unit.len()) + 1);
    // 3 claims every 52 bytes: at most 12 ledger bytes per input byte.
    assert!(
        ledger.len() < 12 * text.len(),
        "{} bytes of ledger for {} of text",
        ledger.len(),
        text.len()
    );
    assert!(rows.iter().all(|r| r[16].len() <= 400 + 8));
}

#[test]
fn an_overflowing_value_costs_no_claims_of_its_file() {
    let dir = temp();
    fs::write(
        dir.path().join("a.txt"),
        "Output was 45 and 50 trillion trillion bcm. Exports rose 5%.",
    )
    .expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "out.csv", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger");
    let texts: Vec<String> = records(&ledger).iter().map(|r| r[6].to_string()).collect();
    assert_eq!(texts, ["5%"]);
    assert_eq!(stderr(&out), "");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_is_refused_without_reading_it() {
    let dir = temp();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    let started = Instant::now();
    let out = extract_in(
        dir.path(),
        &["pipe.txt", "/dev/zero", "a.txt", "-o", "out.csv"],
    );
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines: Vec<String> = stderr(&out).lines().map(str::to_string).collect();
    assert_eq!(
        lines[..2],
        [
            "claimscan: pipe.txt: is a FIFO, not a regular file; skipped",
            "claimscan: /dev/zero: is a character device, not a regular file; skipped"
        ]
    );
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger");
    assert_eq!(records(&ledger).len(), 1);
}

#[test]
fn a_file_over_the_size_limit_is_refused_and_the_limit_can_be_raised() {
    let dir = temp();
    fs::write(dir.path().join("big.txt"), "Exports rose 5%. ".repeat(100)).expect("write");
    let out = extract_in(
        dir.path(),
        &["big.txt", "--max-file-size", "1000", "-o", "out.csv"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).lines().next(),
        Some(
            "claimscan: big.txt: is 1700 bytes, over the limit of 1000 bytes; skipped \
             (raise it with --max-file-size)"
        )
    );
    let out = extract_in(
        dir.path(),
        &["big.txt", "--max-file-size", "2000", "-o", "out.csv"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn binary_content_is_refused_from_its_first_bytes() {
    let dir = temp();
    let mut bytes = vec![0u8; 16];
    bytes.extend(b"Exports rose 5%. ".repeat(1000));
    fs::write(dir.path().join("a.bin"), &bytes).expect("write");
    // UTF-16 with a NUL before a formula: once imported as a live formula.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "\0=HYPERLINK(\"http://x\") rose 5%".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    fs::write(dir.path().join("u16.txt"), &utf16).expect("write");
    let out = extract_in(dir.path(), &["a.bin", "u16.txt", "-o", "out.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).lines().take(2).collect::<Vec<_>>(),
        [
            "claimscan: a.bin: looks like a binary file (NUL byte at offset 0); skipped",
            "claimscan: u16.txt: looks like a binary file (NUL byte at offset 0); skipped",
        ]
    );
}

#[test]
fn control_characters_never_uncover_a_formula() {
    let dir = temp();
    fs::write(
        dir.path().join("a.txt"),
        "\u{1}=HYPERLINK(\"http://x\") rose 5%;=1+1 and 3%.\n",
    )
    .expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "out.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger");
    let rows = records(&ledger);
    assert!(!rows.is_empty());
    for row in &rows {
        assert!(row[16].starts_with('\u{FFFD}'), "{row:?}");
    }
    // A `'` before the `=` after `;`: a `;` import gets no formula there.
    assert_eq!(
        &rows[0][16],
        "\u{FFFD}=HYPERLINK(\"http://x\") rose 5%;'=1+1 and 3%."
    );
}

#[test]
fn a_folder_as_ledger_is_refused_before_any_work() {
    let dir = temp();
    fs::create_dir(dir.path().join("out")).expect("mkdir");
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "out", "-q"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "claimscan: out: cannot write the ledger: is a folder; name the ledger file (such as claims.csv) inside it\n"
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_ledger_keeps_its_link() {
    let dir = temp();
    fs::create_dir(dir.path().join("real")).expect("mkdir");
    fs::write(dir.path().join("real/claims.csv"), "old").expect("write");
    std::os::unix::fs::symlink("real/claims.csv", dir.path().join("link.csv")).expect("link");
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "link.csv", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let meta = fs::symlink_metadata(dir.path().join("link.csv")).expect("meta");
    assert!(meta.file_type().is_symlink());
    let ledger = fs::read_to_string(dir.path().join("real/claims.csv")).expect("ledger");
    assert_eq!(records(&ledger).len(), 1);
}

#[test]
fn threads_are_capped() {
    let dir = temp();
    let out = extract_in(dir.path(), &["-j", "65535", "-o", "out.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("65535"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn file_names_stay_distinct_and_on_one_line() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = temp();
    for name in [&b"a\xFF.txt"[..], b"a\xFE.txt", b"b\nclaimscan: fake.txt"] {
        fs::write(
            dir.path().join(OsStr::from_bytes(name)),
            "Exports rose 5%.\n",
        )
        .expect("write");
    }
    fs::write(dir.path().join("bad\nname.txt"), [0u8, 1]).expect("write");
    let out = extract_in(dir.path(), &[".", "bad\nname.txt", "-o", "out.csv", "-q"]);
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger");
    let rows = records(&ledger);
    let files: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    assert!(
        files.contains(&"./a\\xFF.txt") && files.contains(&"./a\\xFE.txt"),
        "{files:?}"
    );
    let ids: std::collections::HashSet<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(ids.len(), rows.len());
    // Found in the folder and named: read once (a file reached twice is
    // read once), its one line escaped.
    assert_eq!(
        stderr(&out),
        "claimscan: ./bad\\nname.txt: looks like a binary file (NUL byte at offset 0); skipped\n"
    );
}

#[test]
fn a_newline_in_a_name_fakes_no_line_in_a_check_report() {
    let dir = temp();
    fs::write(dir.path().join("a\nb.txt"), "Exports rose 5%.\n").expect("write");
    let expected = "claim_id,file,line,sentence_index,start,end,text,kind,value,value_max,\
                    unit,norm_value,norm_unit,qualifier,trend,subject,sentence\n";
    fs::write(dir.path().join("expected.csv"), expected).expect("write");
    let out = cargo_bin_cmd!("claimscan")
        .current_dir(dir.path())
        .args(["check", "--expected", "expected.csv", "a\nb.txt", "-q"])
        .output()
        .expect("run claimscan");
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        report.lines().next(),
        Some("added   a\\nb.txt:1: \"5%\" (percent 5 %)"),
        "{report}"
    );
}

/// A ledger written by the old guard (`'-1.2%`, no inner marks) checks
/// clean against the new one: `check` compares text cells without the
/// guard's marks.
#[test]
fn a_ledger_of_the_old_guard_checks_clean() {
    let dir = temp();
    fs::write(
        dir.path().join("a.txt"),
        "The gap was -1.2% within a band of +/- 2 per cent.\n",
    )
    .expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "new.csv", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let new = fs::read_to_string(dir.path().join("new.csv")).expect("ledger");
    assert!(
        new.contains(",-1.2%,") && new.contains("band of '+/- 2"),
        "{new}"
    );
    let old = new.replace(",-1.2%,", ",'-1.2%,").replace("'+/-", "+/-");
    fs::write(dir.path().join("old.csv"), old).expect("write");
    let out = cargo_bin_cmd!("claimscan")
        .current_dir(dir.path())
        .args(["check", "--expected", "old.csv", "a.txt", "-q"])
        .output()
        .expect("run claimscan");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
