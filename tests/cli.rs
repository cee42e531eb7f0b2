//! The real binary on real files: the committed ledger, thread-count
//! determinism, exit codes, per-file errors on stderr, encodings, symlink
//! loops, the atomic write and formula-safe cells.
//!
//! Exit codes (see `claimscan --help`): 0 every input processed; 1 the
//! ledger was written but some inputs failed; 2 usage or fatal error.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

const HEADER: &str = "claim_id,file,line,sentence_index,start,end,text,kind,value,value_max,\
unit,norm_value,norm_unit,qualifier,trend,subject,sentence\n";

/// Runs `claimscan extract ARGS` in `dir`, quietly, with no stdin.
fn extract_in(dir: &Path, args: &[&str]) -> Output {
    cargo_bin_cmd!("claimscan")
        .current_dir(dir)
        .arg("extract")
        .arg("--quiet")
        .args(args)
        .write_stdin("")
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited with a code, not a signal")
}

fn read(path: impl AsRef<Path>) -> String {
    fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The ledger's records, header excluded, read with the csv crate.
fn records(ledger: &str) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_reader(ledger.as_bytes());
    let header = reader.headers().expect("ledger has a header").clone();
    assert_eq!(header.len(), 17, "header: {header:?}");
    reader
        .records()
        .map(|r| r.expect("ledger row is valid CSV"))
        .collect()
}

/// The `file` column of every row.
fn files_of(ledger: &str) -> Vec<String> {
    records(ledger).iter().map(|r| r[1].to_string()).collect()
}

fn temp() -> TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Temp files the ledger writer left behind in `dir`.
fn leftover_temp_files(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .expect("dir is readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(".claimscan-"))
        })
        .collect()
}

/// Report-like text that yields claims, varied by `seed`.
fn report(seed: usize) -> String {
    let mut text = format!("Annual report {seed}\n\n");
    for i in 0..(5 + seed % 7) {
        let n = seed * 31 + i * 7;
        text.push_str(&format!(
            "Forest coverage rose to {}.{}%, and {} new parks were built.\n\
             Spending reached {} million yuan, up {} percentage points.\n",
            20 + n % 70,
            n % 10,
            n + 3,
            n * 13 + 1,
            1 + n % 5,
        ));
    }
    text
}

#[test]
fn committed_ledger_is_reproduced_byte_for_byte() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = temp();
    let ledger = out_dir.path().join("claims.csv");
    let ledger_arg = ledger.to_str().expect("UTF-8 temp path");
    let out = extract_in(root, &["input", "-o", ledger_arg]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let expected = read(root.join("output/claims.csv"));
    let actual = read(&ledger);
    assert!(
        expected == actual,
        "output/claims.csv is stale or the run differs; regenerate it with \
         `cargo run -- extract input -o output/claims.csv` after checking the diff"
    );
}

#[test]
fn thread_count_never_changes_the_bytes() {
    let dir = temp();
    // More files than one window of 4 threads (32), in nested folders.
    for i in 0..45 {
        let sub = dir.path().join(format!("in/part{}", i % 3));
        fs::create_dir_all(&sub).expect("mkdir");
        fs::write(sub.join(format!("r{i:02}.txt")), report(i)).expect("write");
    }
    let one = extract_in(dir.path(), &["in", "-j", "1", "-o", "one.csv"]);
    let four = extract_in(dir.path(), &["in", "-j", "4", "-o", "four.csv"]);
    assert_eq!(code(&one), 0, "stderr: {}", stderr(&one));
    assert_eq!(code(&four), 0, "stderr: {}", stderr(&four));
    let one = read(dir.path().join("one.csv"));
    let four = read(dir.path().join("four.csv"));
    assert!(records(&one).len() > 45 * 10, "expected many rows");
    assert!(one == four, "-j 1 and -j 4 ledgers differ");
    // Sorted by file (walk order), then start.
    let rows = records(&one);
    let keys: Vec<(String, usize)> = rows
        .iter()
        .map(|r| (r[1].to_string(), r[4].parse().expect("start is a number")))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "rows are sorted by file, then start");
}

#[test]
fn all_good_exits_zero() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "out.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stderr(&out), "", "--quiet prints nothing on success");
    assert_eq!(files_of(&read(dir.path().join("out.csv"))), ["a.txt"]);
}

#[test]
fn missing_and_binary_inputs_exit_one_and_keep_the_rest() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    fs::write(dir.path().join("bin.txt"), b"PK\x03\x04\x00\x00rose 5%").expect("write");
    fs::write(dir.path().join("z.txt"), "Imports fell 3%.\n").expect("write");
    let out = extract_in(
        dir.path(),
        &["a.txt", "missing.txt", "bin.txt", "z.txt", "-o", "out.csv"],
    );
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l == "claimscan: missing.txt: no such file or directory"),
        "stderr: {err}"
    );
    assert!(
        err.lines().any(|l| l.starts_with("claimscan: bin.txt: ")
            && l.contains("binary")
            && l.contains("offset 4")),
        "stderr: {err}"
    );
    assert_eq!(
        files_of(&read(dir.path().join("out.csv"))),
        ["a.txt", "z.txt"]
    );
}

#[test]
fn unreadable_entries_in_a_walked_folder_are_named() {
    let dir = temp();
    let walked = dir.path().join("reports");
    fs::create_dir(&walked).expect("mkdir");
    fs::write(walked.join("a.txt"), "Exports rose 5%.\n").expect("write");
    std::os::unix::fs::symlink("nowhere.txt", walked.join("dangling.txt")).expect("symlink");
    let locked = walked.join("locked.txt");
    fs::write(&locked, "Imports fell 3%.\n").expect("write");
    let mut perms = fs::metadata(&locked).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o000);
    fs::set_permissions(&locked, perms).expect("chmod");
    // Root reads anything; then `locked.txt` is an ordinary input.
    let locked_is_readable = fs::read(&locked).is_ok();

    let out = extract_in(dir.path(), &["reports", "-o", "out.csv"]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.starts_with("claimscan: reports/dangling.txt: ")),
        "stderr: {err}"
    );
    let expected: &[&str] = if locked_is_readable {
        &["reports/a.txt", "reports/locked.txt"]
    } else {
        assert!(
            err.lines()
                .any(|l| l.starts_with("claimscan: reports/locked.txt: ")
                    && l.contains("ermission denied")),
            "stderr: {err}"
        );
        &["reports/a.txt"]
    };
    assert_eq!(files_of(&read(dir.path().join("out.csv"))), expected);
}

#[test]
fn no_inputs_found_exits_two() {
    let dir = temp();
    fs::create_dir(dir.path().join("empty")).expect("mkdir");
    fs::write(dir.path().join("empty/notes.xlsx"), "not walked").expect("write");
    let out = extract_in(dir.path(), &["empty", "-o", "out.csv"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "claimscan: empty: no input files found (folders are walked for .txt, .md, .pdf, \
             .html, .htm and .docx files, \
             skipping hidden and ignored paths: see --hidden, --no-ignore)\n"
        ),
        "stderr: {}",
        stderr(&out)
    );
    assert!(!dir.path().join("out.csv").exists(), "no ledger written");

    let out = extract_in(dir.path(), &["gone", "-o", "out.csv"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("claimscan: gone: no such file or directory"),
        "stderr: {}",
        stderr(&out)
    );
}

#[test]
fn unwritable_output_exits_two() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    fs::write(dir.path().join("plain"), "a regular file").expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "plain/claims.csv"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out)
            == "claimscan: plain/claims.csv: cannot write the ledger: plain is not a directory\n",
        "stderr: {}",
        stderr(&out)
    );
    assert_eq!(read(dir.path().join("plain")), "a regular file");
}

#[test]
fn usage_errors_exit_two() {
    let dir = temp();
    let out = extract_in(dir.path(), &["-j", "x"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    let out = extract_in(dir.path(), &["--shard", "1/0"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("'1/0': N, the number of shards, must be at least 1"),
        "stderr: {}",
        stderr(&out)
    );
    let out = extract_in(dir.path(), &["--no-such-flag"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
}

#[test]
fn empty_file_gives_zero_rows() {
    let dir = temp();
    fs::write(dir.path().join("empty.txt"), "").expect("write");
    let out = extract_in(dir.path(), &["empty.txt", "-o", "out.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(read(dir.path().join("out.csv")), HEADER);
}

/// Rows without the `claim_id` and `file` columns, which name the file.
fn rows_without_file(ledger: &str) -> Vec<Vec<String>> {
    records(ledger)
        .iter()
        .map(|r| r.iter().skip(2).map(str::to_string).collect())
        .collect()
}

#[test]
fn bom_and_utf16_decode_to_the_same_claims() {
    let text = "Coverage rose to 44.9%, across 58,000\u{a0}mu and 32 μg/m3.\n";
    let dir = temp();
    fs::write(dir.path().join("plain.txt"), text).expect("write");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(text.as_bytes());
    fs::write(dir.path().join("bom.txt"), bom).expect("write");
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        le.extend(unit.to_le_bytes());
        be.extend(unit.to_be_bytes());
    }
    fs::write(dir.path().join("le.txt"), le).expect("write");
    fs::write(dir.path().join("be.txt"), be).expect("write");

    let mut ledgers = Vec::new();
    for name in ["plain.txt", "bom.txt", "le.txt", "be.txt"] {
        let out = extract_in(dir.path(), &[name, "-o", "-"]);
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{name}: no warning for a valid encoding");
        ledgers.push((name, String::from_utf8(out.stdout).expect("UTF-8 ledger")));
    }
    let plain = rows_without_file(&ledgers[0].1);
    assert_eq!(plain.len(), 3, "ledger: {}", ledgers[0].1);
    // Offsets are into the decoded UTF-8 text, BOM excluded.
    assert_eq!(plain[0][2..5], ["17", "22", "44.9%"]);
    for (name, ledger) in &ledgers[1..] {
        assert_eq!(rows_without_file(ledger), plain, "{name}");
    }
}

#[test]
fn invalid_utf8_warns_with_the_byte_offset() {
    let dir = temp();
    // UTF-8 text with two stray bytes: UTF-8 with damage, not a legacy
    // encoding (its valid multi-byte characters far outnumber them).
    let head = "Exports to 北京市、上海市、广州市 rose 5%. ";
    let mut bytes = head.as_bytes().to_vec();
    bytes.extend(b"\xFF\xFE then 7%.\n");
    fs::write(dir.path().join("bad.txt"), bytes).expect("write");
    let out = extract_in(dir.path(), &["bad.txt", "-o", "out.csv"]);
    assert_eq!(
        code(&out),
        0,
        "a warning is not a failure: {}",
        stderr(&out)
    );
    assert_eq!(
        stderr(&out),
        format!(
            "claimscan: warning: bad.txt: invalid UTF-8 at byte {}; \
             decoded with U+FFFD replacement characters\n",
            head.len()
        )
    );
    let rows = records(&read(dir.path().join("out.csv")));
    let texts: Vec<&str> = rows.iter().map(|r| &r[6]).collect();
    assert_eq!(texts, ["5%", "7%"]);
    // Offsets are into the decoded text: two U+FFFD of 3 bytes each.
    let seven = head.len() + 6 + " then ".len();
    assert_eq!(rows[1][4], seven.to_string());
}

#[test]
fn legacy_encodings_are_detected_or_chosen() {
    let dir = temp();
    // windows-1252: the euro sign is byte 0x80.
    fs::write(
        dir.path().join("eu.txt"),
        b"The fund grew to \x8040m, up 5% on the year.\n",
    )
    .expect("write");
    let out = extract_in(dir.path(), &["eu.txt", "-o", "eu.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "claimscan: warning: eu.txt: not UTF-8; decoded as windows-1252 \
         (detected; choose with --encoding)\n"
    );
    let rows = records(&read(dir.path().join("eu.csv")));
    let money: Vec<(&str, &str, &str)> = rows.iter().map(|r| (&r[6], &r[7], &r[10])).collect();
    assert_eq!(money, [("€40m", "money", "EUR"), ("5%", "percent", "%")]);
    assert_eq!(&rows[0][8], "40000000");

    // Forced: the same bytes read as Latin-1 by name, without a warning.
    let out = extract_in(dir.path(), &["eu.txt", "--encoding", "cp1252", "-o", "-"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let out = extract_in(dir.path(), &["eu.txt", "--encoding", "martian", "-o", "-"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("unknown encoding 'martian'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn symlink_loop_is_reported_and_the_rest_processed() {
    let dir = temp();
    let walked = dir.path().join("reports");
    fs::create_dir_all(walked.join("sub")).expect("mkdir");
    fs::write(walked.join("a.txt"), "Exports rose 5%.\n").expect("write");
    fs::write(walked.join("sub/b.txt"), "Imports fell 3%.\n").expect("write");
    std::os::unix::fs::symlink("..", walked.join("sub/loop")).expect("symlink");
    let out = extract_in(dir.path(), &["reports", "-o", "out.csv"]);
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out)
            .lines()
            .any(|l| l.starts_with("claimscan: reports/sub/loop: ") && l.contains("loop")),
        "stderr: {}",
        stderr(&out)
    );
    assert_eq!(
        files_of(&read(dir.path().join("out.csv"))),
        ["reports/a.txt", "reports/sub/b.txt"]
    );
}

#[test]
fn stdin_is_named_by_stdin_name() {
    let dir = temp();
    let out = cargo_bin_cmd!("claimscan")
        .current_dir(dir.path())
        .args([
            "extract",
            "-q",
            "-",
            "--stdin-name",
            "pasted.txt",
            "-o",
            "-",
        ])
        .write_stdin("Exports rose 5%.\n")
        .output()
        .expect("the binary runs");
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let ledger = String::from_utf8(out.stdout).expect("UTF-8 ledger");
    assert_eq!(files_of(&ledger), ["pasted.txt"]);
}

#[test]
fn failed_run_leaves_the_previous_ledger_untouched() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    fs::create_dir(dir.path().join("out")).expect("mkdir");
    let previous = "previous ledger\n";
    fs::write(dir.path().join("out/claims.csv"), previous).expect("write");

    // Fatal before writing: no inputs.
    fs::create_dir(dir.path().join("none")).expect("mkdir");
    let out = extract_in(dir.path(), &["none", "-o", "out/claims.csv"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert_eq!(read(dir.path().join("out/claims.csv")), previous);

    // Fatal after the rows were written: the rename onto a non-empty
    // folder fails, and the temp file must go with it.
    fs::create_dir(dir.path().join("out/taken")).expect("mkdir");
    fs::write(dir.path().join("out/taken/keep"), "x").expect("write");
    let out = extract_in(dir.path(), &["a.txt", "-o", "out/taken"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).starts_with("claimscan: out/taken: cannot write the ledger: "),
        "stderr: {}",
        stderr(&out)
    );
    assert_eq!(read(dir.path().join("out/taken/keep")), "x");
    assert_eq!(read(dir.path().join("out/claims.csv")), previous);
    assert_eq!(
        leftover_temp_files(&dir.path().join("out")),
        Vec::<PathBuf>::new()
    );

    // A run with a failed input still replaces the ledger, whole.
    let out = extract_in(
        dir.path(),
        &["a.txt", "missing.txt", "-o", "out/claims.csv"],
    );
    assert_eq!(code(&out), 1, "stderr: {}", stderr(&out));
    let ledger = read(dir.path().join("out/claims.csv"));
    assert!(ledger.starts_with(HEADER), "ledger: {ledger}");
    assert_eq!(files_of(&ledger), ["a.txt"]);
    assert_eq!(
        leftover_temp_files(&dir.path().join("out")),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn formula_like_cells_are_made_inert_and_numbers_stay_numbers() {
    let dir = temp();
    // Paragraphs, so that each line is a sentence of its own.
    let text = "=HYPERLINK(\"http://x\") says exports rose 5%.\n\n\
                +cmd| lists 12 new parks.\n\n\
                @SUM(A1) notes 300 million yuan.\n\n\
                -3.5% was the change in output.\n";
    fs::write(dir.path().join("=evil.txt"), text).expect("write");
    let out = extract_in(dir.path(), &["=evil.txt", "-o", "out.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let rows = records(&read(dir.path().join("out.csv")));
    assert_eq!(rows.len(), 4, "rows: {rows:?}");
    let text_cells = [1, 6, 15, 16]; // file, text, subject, sentence
    let numeric_cells = [2, 3, 4, 5, 8, 11]; // line .. end, value, norm_value
    for row in &rows {
        for i in text_cells {
            // A plain signed number (`-3.5%`) is read as a number: no guard.
            let number = row[i].trim_end_matches('%').parse::<f64>().is_ok();
            assert!(
                number || !row[i].starts_with(['=', '+', '-', '@', '\t', '\r']),
                "cell {i} is a live formula: {row:?}"
            );
        }
        for i in numeric_cells {
            assert!(
                row[i].parse::<f64>().is_ok() && !row[i].contains(['e', 'E', '\'']),
                "cell {i} is not a plain number: {row:?}"
            );
        }
    }
    assert_eq!(&rows[0][1], "'=evil.txt");
    let sentences: Vec<&str> = rows.iter().map(|r| &r[16]).collect();
    assert_eq!(
        sentences,
        [
            "'=HYPERLINK(\"http://x\") says exports rose 5%.",
            "'+cmd| lists 12 new parks.",
            "'@SUM(A1) notes 300 million yuan.",
            "'-3.5% was the change in output.",
        ]
    );
    // A negative claim: a plain signed number needs no guard (issue 15).
    assert_eq!((&rows[3][6], &rows[3][8]), ("-3.5%", "-3.5"));
}

#[test]
fn output_to_a_fifo_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;

    let dir = temp();
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    let fifo = dir.path().join("pipe.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    // A second name for the pipe, to unblock the reader whatever happens.
    let link = dir.path().join("pipe-link");
    fs::hard_link(&fifo, &link).expect("hard link to the FIFO");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo))
    };
    let out = extract_in(dir.path(), &["a.txt", "-o", "pipe.csv"]);
    // Opening read-write never blocks; closing it ends the reader's read.
    drop(fs::OpenOptions::new().read(true).write(true).open(&link));
    let received = reader.join().expect("reader thread").expect("FIFO read");
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert!(received.starts_with(HEADER), "received: {received:?}");
    assert_eq!(files_of(&received), ["a.txt"]);
    let kind = fs::symlink_metadata(&fifo).expect("meta").file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced by a {kind:?}");
    assert_eq!(leftover_temp_files(dir.path()), Vec::<PathBuf>::new());
}

/// Inputs that once made the extractor panic (see tests/properties.rs).
const ONCE_PANICKED: &str = "Exports rose\u{a0}5% this year.\n\n\
                             Output reached 99999999999 trillion trillion yuan.\n\n\
                             It was 79228162514264337593543950335 and a half.\n";

#[test]
fn an_extractor_panic_costs_only_that_file() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), "Exports rose 5%.\n").expect("write");
    fs::write(dir.path().join("crash.txt"), ONCE_PANICKED).expect("write");
    fs::write(dir.path().join("z.txt"), "Imports fell 3%.\n").expect("write");
    let out = extract_in(
        dir.path(),
        &["a.txt", "crash.txt", "z.txt", "-o", "out.csv"],
    );
    let ledger = read(dir.path().join("out.csv"));
    let files = files_of(&ledger);
    match code(&out) {
        // The extractor handles the text: its rows are in the ledger.
        0 => assert!(files.iter().any(|f| f == "crash.txt"), "ledger: {ledger}"),
        // It still panics: only that file is lost, and it is named.
        1 => {
            assert!(
                stderr(&out)
                    .lines()
                    .any(|l| l.starts_with("claimscan: crash.txt: internal error")),
                "stderr: {}",
                stderr(&out)
            );
            assert_eq!(files, ["a.txt", "z.txt"]);
        }
        other => panic!("exit {other}; stderr: {}", stderr(&out)),
    }
    assert!(files.iter().any(|f| f == "a.txt") && files.iter().any(|f| f == "z.txt"));
}

#[test]
fn explain_lists_every_number_and_names_a_missing_file() {
    let dir = temp();
    fs::write(
        dir.path().join("a.txt"),
        "Article 5 says sales rose 5% in 2024.\n",
    )
    .expect("write");
    let out = cargo_bin_cmd!("claimscan")
        .current_dir(dir.path())
        .args(["explain", "a.txt", "missing.txt"])
        .output()
        .expect("the binary runs");
    assert_eq!(
        code(&out),
        1,
        "a missing file is reported, the rest explained"
    );
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    let shown = String::from_utf8_lossy(&out.stdout);
    let verdicts: Vec<&str> = shown.lines().skip(2).collect();
    assert_eq!(
        verdicts,
        [
            "1:8-9 \"5\" left out [reference] a number after a reference word names a thing",
            "1:26-28 \"5%\" claim percent 5 % up",
            "1:32-36 \"2024\" left out [year] a calendar year or year range dates a claim, it is not one",
        ]
    );
}
