//! Everyday use of the real binary on temp dirs: which files a folder
//! gives (hidden, ignored, globs, types, a file named twice), the output
//! target (an input as `-o`, a folder as `-o`, the format from the
//! extension, file modes, an interrupted run), the xlsx ledger read back
//! with calamine, `--kinds`, `-j 0`, `--bom`, and the wording of messages
//! and of the summary line.

use std::fs;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin_cmd;
use calamine::{Data, Reader, Xlsx, open_workbook};
use tempfile::TempDir;

/// Runs `claimscan ARGS` in `dir` with no stdin.
fn run(dir: &Path, args: &[&str]) -> Output {
    cargo_bin_cmd!("claimscan")
        .current_dir(dir)
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

/// A temp dir holding `files` (parents created).
fn tree(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
    dir
}

/// The `file` column of every row of a CSV ledger, in order.
fn files_of(ledger: &str) -> Vec<String> {
    csv::Reader::from_reader(ledger.as_bytes())
        .records()
        .map(|r| r.expect("a CSV row")[1].to_string())
        .collect()
}

/// The distinct `file` values, in order of first appearance.
fn distinct_files(ledger: &str) -> Vec<String> {
    let mut files = files_of(ledger);
    files.dedup();
    files
}

const RISE: &str = "Exports rose 5% and imports fell 3%.\n";

/// A folder as a corpus holds it: reports, a notes file, hidden and
/// ignored folders.
fn corpus() -> TempDir {
    tree(&[
        ("reports/.gitignore", "drafts/\n*.bak.txt\n"),
        ("reports/2023.txt", RISE),
        ("reports/2024.md", RISE),
        (
            "reports/SOURCES.md",
            "Sources: page 12, 40 items, 3 sites.\n",
        ),
        ("reports/old.bak.txt", RISE),
        ("reports/drafts/d.txt", RISE),
        ("reports/node_modules/pkg/README.md", RISE),
        ("reports/.git/info.txt", RISE),
        ("reports/.cache/c.txt", RISE),
        ("reports/zh/b.txt", RISE),
    ])
}

#[test]
fn folders_skip_hidden_and_ignored_paths_in_sorted_order() {
    let dir = corpus();
    let d = dir.path();
    fs::write(
        d.join("reports/.gitignore"),
        "drafts/\n*.bak.txt\nnode_modules/\n",
    )
    .expect("write");
    let out = run(d, &["extract", "-q", "reports", "-o", "out.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        distinct_files(&read(d.join("out.csv"))),
        [
            "reports/2023.txt",
            "reports/2024.md",
            "reports/SOURCES.md",
            "reports/zh/b.txt"
        ]
    );

    let out = run(
        d,
        &[
            "extract",
            "-q",
            "reports",
            "--hidden",
            "--no-ignore",
            "-o",
            "all.csv",
        ],
    );
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        distinct_files(&read(d.join("all.csv"))),
        [
            "reports/.cache/c.txt",
            "reports/.git/info.txt",
            "reports/2023.txt",
            "reports/2024.md",
            "reports/SOURCES.md",
            "reports/drafts/d.txt",
            "reports/node_modules/pkg/README.md",
            "reports/old.bak.txt",
            "reports/zh/b.txt"
        ]
    );
}

#[test]
fn globs_types_and_claimscanignore_select_files() {
    let dir = corpus();
    let d = dir.path();
    let files = |args: &[&str]| {
        let mut all = vec!["extract", "-q", "reports", "-o", "-"];
        all.extend(args);
        let out = run(d, &all);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        distinct_files(&String::from_utf8_lossy(&out.stdout))
    };
    assert_eq!(
        files(&["-g", "!SOURCES.md", "-g", "!node_modules/"]),
        ["reports/2023.txt", "reports/2024.md", "reports/zh/b.txt"]
    );
    assert_eq!(files(&["--glob", "zh/**"]), ["reports/zh/b.txt"]);
    assert_eq!(
        files(&["-t", "md"]),
        [
            "reports/2024.md",
            "reports/SOURCES.md",
            "reports/node_modules/pkg/README.md"
        ]
    );
    fs::write(
        d.join("reports/.claimscanignore"),
        "SOURCES.md\nnode_modules/\n",
    )
    .expect("write");
    assert_eq!(
        files(&[]),
        ["reports/2023.txt", "reports/2024.md", "reports/zh/b.txt"]
    );
    // A file named on the command line is read whatever the rules say.
    let out = run(d, &["extract", "-q", "reports/SOURCES.md", "-o", "-"]);
    assert_eq!(
        distinct_files(&String::from_utf8_lossy(&out.stdout)),
        ["reports/SOURCES.md"]
    );
    let out = run(d, &["extract", "-q", "reports", "-g", "a{", "-o", "-"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("invalid glob 'a{'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_file_named_twice_is_read_once() {
    let dir = tree(&[("a.txt", RISE), ("r/b.txt", RISE)]);
    let d = dir.path();
    let out = run(
        d,
        &[
            "extract", "-q", "a.txt", "./a.txt", "r", "r/b.txt", "-o", "out.csv",
        ],
    );
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let ledger = read(d.join("out.csv"));
    assert_eq!(files_of(&ledger), ["a.txt", "a.txt", "r/b.txt", "r/b.txt"]);
    let ids: Vec<String> = csv::Reader::from_reader(ledger.as_bytes())
        .records()
        .map(|r| r.expect("row")[0].to_string())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique: {ids:?}");
}

#[test]
fn output_onto_an_input_is_refused_and_the_report_kept() {
    let dir = tree(&[("a.txt", RISE), ("r/b.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "a.txt", "r", "-o", "./a.txt"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "claimscan: a.txt: is an input of this run; -o would replace it with the ledger\n"
    );
    assert_eq!(read(d.join("a.txt")), RISE);
}

#[test]
fn output_onto_a_report_inside_an_input_folder_is_refused() {
    let dir = tree(&[("r/a.txt", RISE), ("r/b.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "r", "-o", "r/b.txt"]);
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "claimscan: r/b.txt: is an input of this run; -o would replace it with the ledger\n"
    );
    assert_eq!(read(d.join("r/b.txt")), RISE);
}

#[test]
fn a_ledger_inside_an_input_folder_is_not_read_back() {
    let dir = tree(&[("r/a.txt", RISE)]);
    let d = dir.path();
    // A ledger with a readable extension, inside the walked folder.
    for _ in 0..2 {
        let out = run(
            d,
            &[
                "extract",
                "-q",
                "r",
                "-o",
                "r/claims.txt",
                "--format",
                "csv",
            ],
        );
        assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
        assert_eq!(distinct_files(&read(d.join("r/claims.txt"))), ["r/a.txt"]);
    }
}

#[test]
fn a_folder_as_output_is_named_before_any_work() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    fs::create_dir(d.join("out")).expect("mkdir");
    for target in ["out/", "out"] {
        let out = run(d, &["extract", "-q", "a.txt", "-o", target]);
        assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "claimscan: {target}: cannot write the ledger: is a folder; \
                 name the ledger file (such as claims.csv) inside it\n"
            )
        );
    }
    assert_eq!(fs::read_dir(d.join("out")).expect("read dir").count(), 0);
}

#[test]
fn the_extension_picks_the_format_and_a_conflict_is_refused() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "a.txt", "-o", "out.jsonl"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let jsonl = read(d.join("out.jsonl"));
    assert_eq!(jsonl.lines().count(), 2);
    assert!(jsonl.starts_with("{\"claim_id\":\"c"), "{jsonl}");

    let out = run(
        d,
        &["extract", "-q", "a.txt", "-o", "x.jsonl", "--format", "csv"],
    );
    assert_eq!(code(&out), 2, "stderr: {}", stderr(&out));
    assert!(
        stderr(&out).contains("--format csv conflicts with the extension of -o x.jsonl"),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("x.jsonl").exists());

    let out = run(d, &["extract", "-q", "a.txt", "--format", "jsonl"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(read(d.join("output/claims.jsonl")), jsonl);
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

/// Runs `claimscan ARGS` under `umask MASK` through the shell.
fn run_with_umask(dir: &Path, mask: &str, args: &str) -> Output {
    let bin = assert_cmd::cargo::cargo_bin!("claimscan");
    Command::new("sh")
        .current_dir(dir)
        .arg("-c")
        .arg(format!("umask {mask} && exec '{}' {args}", bin.display()))
        .stdin(Stdio::null())
        .output()
        .expect("sh runs")
}

#[test]
fn ledger_modes_follow_the_umask_or_the_file_replaced() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    let out = run_with_umask(d, "022", "extract -q a.txt -o new.csv");
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(mode(&d.join("new.csv")), 0o644);
    let out = run_with_umask(d, "077", "extract -q a.txt -o private.xlsx");
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(mode(&d.join("private.xlsx")), 0o600);
    // An existing ledger keeps its mode, whatever the umask.
    fs::set_permissions(d.join("new.csv"), fs::Permissions::from_mode(0o664)).expect("chmod");
    let out = run_with_umask(d, "077", "extract -q a.txt -o new.csv");
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(mode(&d.join("new.csv")), 0o664);
}

/// Files whose name starts with `.claimscan-` under `dir`.
fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".claimscan-"))
        .collect()
}

/// Polls `ready` every 10 ms for up to 20 seconds; whether it came true.
fn poll(mut ready: impl FnMut() -> bool) -> bool {
    let started = Instant::now();
    while !ready() {
        if started.elapsed() > Duration::from_secs(20) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

/// Whether process `pid` catches signal `number`: its bit in the `SigCgt`
/// mask of `/proc/PID/status` (`None` without a readable one).
fn catches_signal(pid: u32, number: u32) -> Option<bool> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let mask = status.lines().find_map(|l| l.strip_prefix("SigCgt:"))?;
    let mask = u64::from_str_radix(mask.trim(), 16).ok()?;
    Some((mask >> (number - 1)) & 1 == 1)
}

/// Whether every thread of process `pid` sleeps (state `S` in
/// `/proc/PID/task/*/stat`, read after the `)` that ends the thread's
/// name): the process waits, for input or for work (`None` without
/// `/proc`).
fn all_threads_sleep(pid: u32) -> Option<bool> {
    let tasks = fs::read_dir(format!("/proc/{pid}/task")).ok()?;
    let mut any = false;
    for task in tasks.flatten() {
        let stat = fs::read_to_string(task.path().join("stat")).ok()?;
        let state = stat.rsplit_once(')')?.1.split_whitespace().next()?;
        if state != "S" {
            return Some(false);
        }
        any = true;
    }
    Some(any)
}

#[test]
fn sigterm_and_ctrl_c_remove_the_temporary_ledger() {
    for (signal, number) in [("TERM", 15), ("INT", 2)] {
        let dir = tree(&[]);
        let d = dir.path();
        fs::write(d.join("previous.csv"), "old ledger").expect("write");
        let bin = assert_cmd::cargo::cargo_bin!("claimscan");
        // Reading stdin that never ends keeps the run inside the batch,
        // with its temporary ledger open.
        let mut child = Command::new(bin)
            .current_dir(d)
            .args(["extract", "-q", "-", "-o", "previous.csv"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let pid = child.id();
        assert!(
            poll(|| !temp_files(d).is_empty()),
            "the run writes a temporary ledger"
        );
        assert_eq!(temp_files(d).len(), 1);
        // The handler is installed before the temporary file is created,
        // and the file registered for removal right after: wait until the
        // process catches the signal and then sleeps, waiting for input
        // (past the registration). Without /proc, a pause instead.
        if Path::new("/proc/self/status").exists() {
            assert!(
                poll(|| catches_signal(pid, number) == Some(true)),
                "SIG{signal}: the run installs a handler"
            );
            assert!(
                poll(|| all_threads_sleep(pid) == Some(true)),
                "SIG{signal}: the run waits for input"
            );
        } else {
            std::thread::sleep(Duration::from_millis(100));
        }
        let killed = Command::new("kill")
            .args([format!("-{signal}"), pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(killed.success());
        // Stdin stays open until the run has ended: `Child::wait` would
        // close it first, and at the end of its input the run finishes on
        // its own, racing the handler (exit 0 and the old ledger replaced,
        // seen under heavy load).
        let mut status = None;
        let ended = poll(|| {
            status = child.try_wait().expect("try_wait");
            status.is_some()
        });
        if !ended {
            let _ = child.kill();
            let _ = child.wait();
        }
        let mut err = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            let _ = pipe.read_to_string(&mut err);
        }
        drop(child.stdin.take());
        assert!(ended, "SIG{signal}: the run did not end: {err}");
        assert_eq!(
            status.and_then(|s| s.code()),
            Some(130),
            "SIG{signal}: {err}"
        );
        assert_eq!(temp_files(d), Vec::<String>::new(), "SIG{signal}");
        assert_eq!(read(d.join("previous.csv")), "old ledger");
    }
}

/// The xlsx's cells, header included, as calamine reads them.
fn sheet(path: &Path) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> = open_workbook(path).expect("an xlsx workbook");
    assert_eq!(workbook.sheet_names(), ["claims"]);
    let range = workbook
        .worksheet_range("claims")
        .expect("the claims sheet");
    range.rows().map(|row| row.to_vec()).collect()
}

/// The XML of the first worksheet inside the xlsx.
fn sheet_xml(path: &Path) -> String {
    let file = fs::File::open(path).expect("open");
    let mut archive = zip::ZipArchive::new(file).expect("a zip archive");
    let mut xml = String::new();
    archive
        .by_name("xl/worksheets/sheet1.xml")
        .expect("sheet1")
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    xml
}

#[test]
fn xlsx_ledger_reads_back_typed_with_frozen_header_and_filter() {
    let text = "The =HYPERLINK(\"x\") fund fell by -1.2% to ¥3.5 billion yuan.\n\
                北京市 GDP grew 5 to 6 percent, reaching 126 trillion yuan.\n";
    let dir = tree(&[("r/report.txt", text)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "r", "-o", "claims.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let out = run(d, &["extract", "-q", "r", "-o", "claims.xlsx"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let out = run(d, &["extract", "-q", "r", "--format", "xlsx", "-o", "-"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(&out.stdout[..2], b"PK", "an xlsx on stdout");

    let rows = sheet(&d.join("claims.xlsx"));
    let csv_text = read(d.join("claims.csv"));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(records.len() >= 4, "{csv_text}");
    assert_eq!(rows.len(), records.len() + 1);
    assert_eq!(
        rows[0],
        header
            .iter()
            .map(|h| Data::String(h.clone()))
            .collect::<Vec<_>>()
    );
    let numeric = [
        "line",
        "sentence_index",
        "start",
        "end",
        "value",
        "value_max",
        "norm_value",
    ];
    for (row, record) in rows[1..].iter().zip(&records) {
        for ((cell, column), csv_cell) in row.iter().zip(&header).zip(record.iter()) {
            if numeric.contains(&column.as_str()) {
                if csv_cell.is_empty() {
                    assert_eq!(cell, &Data::Empty, "{column}");
                } else {
                    let want: f64 = csv_cell.parse().expect("a CSV number");
                    assert_eq!(cell, &Data::Float(want), "{column}");
                }
            } else {
                // Text as written: the CSV's formula guard (a `'` at the
                // head or after a separator) is not needed.
                let want = claimscan::ledger::unguard(csv_cell);
                let got = match cell {
                    Data::String(s) => s.as_str(),
                    Data::Empty => "",
                    other => panic!("{column}: not text: {other:?}"),
                };
                assert_eq!(got, want.as_ref(), "{column}");
            }
        }
    }
    // Ids are text cells starting with a letter; Chinese text arrives whole.
    assert!(
        rows[1..]
            .iter()
            .all(|r| matches!(&r[0], Data::String(id) if id.starts_with('c')))
    );
    assert!(
        rows[1..]
            .iter()
            .any(|r| matches!(&r[16], Data::String(s) if s.starts_with("北京市 GDP grew"))),
        "{rows:?}"
    );
    assert!(
        rows[1..]
            .iter()
            .any(|r| r[6] == Data::String("-1.2%".into())),
        "{rows:?}"
    );

    let xml = sheet_xml(&d.join("claims.xlsx"));
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{xml}"
    );
    assert!(
        xml.contains(&format!(r#"<autoFilter ref="A1:Q{}"/>"#, rows.len())),
        "{xml}"
    );
}

#[test]
fn bom_starts_a_csv_ledger_and_check_still_reads_it() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "a.txt", "--bom", "-o", "bom.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let bytes = fs::read(d.join("bom.csv")).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFclaim_id,file,"));
    let out = run(d, &["check", "--expected", "bom.csv", "a.txt"]);
    assert_eq!(
        code(&out),
        0,
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn kinds_keep_only_the_kinds_asked_for() {
    let text = "Exports rose 5% to $3 billion over 12 months, with 40 new firms.\n";
    let dir = tree(&[("a.txt", text)]);
    let d = dir.path();
    let out = run(
        d,
        &[
            "extract",
            "-q",
            "a.txt",
            "--kinds",
            "percent,money",
            "-o",
            "-",
        ],
    );
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let kinds: Vec<String> = csv::Reader::from_reader(out.stdout.as_slice())
        .records()
        .map(|r| r.expect("row")[7].to_string())
        .collect();
    assert_eq!(kinds, ["percent", "money"]);
    // check compares the same kinds on both sides.
    let out = run(d, &["extract", "-q", "a.txt", "-o", "all.csv"]);
    assert_eq!(code(&out), 0);
    let out = run(
        d,
        &[
            "check",
            "-q",
            "--expected",
            "all.csv",
            "a.txt",
            "--kinds",
            "money",
        ],
    );
    assert_eq!(
        code(&out),
        0,
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = run(d, &["extract", "-q", "a.txt", "--kinds", "speed"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn zero_threads_means_all_cores() {
    let dir = tree(&[("a.txt", RISE), ("b.txt", RISE)]);
    let d = dir.path();
    let one = run(
        d,
        &["extract", "-q", "a.txt", "b.txt", "-j", "1", "-o", "-"],
    );
    let all = run(
        d,
        &["extract", "-q", "a.txt", "b.txt", "-j", "0", "-o", "-"],
    );
    assert_eq!(code(&all), 0, "stderr: {}", stderr(&all));
    assert_eq!(all.stdout, one.stdout);
    assert_eq!(files_of(&String::from_utf8_lossy(&all.stdout)).len(), 4);
}

#[test]
fn summary_line_counts_files_read_and_failed() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "a.txt", "-o", "out.csv"]);
    let err = stderr(&out);
    assert!(
        err.starts_with("claimscan: 1 file read, 0 failed, 2 claims, ")
            && err.ends_with("s -> out.csv\n"),
        "{err}"
    );
    let out = run(d, &["extract", "a.txt", "gone.txt", "-o", "out.csv"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.starts_with(
            "claimscan: gone.txt: no such file or directory\n\
                         claimscan: 1 file read, 1 failed, 2 claims, "
        ),
        "{err}"
    );
}

#[test]
fn missing_files_and_broken_links_are_worded_alike_named_or_walked() {
    let dir = tree(&[("r/a.txt", RISE)]);
    let d = dir.path();
    std::os::unix::fs::symlink("gone.txt", d.join("r/link.txt")).expect("symlink");
    std::os::unix::fs::symlink("gone.txt", d.join("link.txt")).expect("symlink");
    let out = run(
        d,
        &[
            "extract", "-q", "r", "link.txt", "none.txt", "-o", "out.csv",
        ],
    );
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "claimscan: r/link.txt: broken symbolic link (its target does not exist)\n\
         claimscan: link.txt: broken symbolic link (its target does not exist)\n\
         claimscan: none.txt: no such file or directory\n"
    );
}

#[test]
fn a_long_text_without_claims_is_named() {
    let chinese = "我们坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。".repeat(20);
    let short = "No numbers here.\n";
    let dir = tree(&[("zh.txt", chinese.as_str()), ("short.txt", short)]);
    let d = dir.path();
    let out = run(
        d,
        &["extract", "-q", "zh.txt", "short.txt", "-o", "out.csv"],
    );
    assert_eq!(code(&out), 0, "warnings do not change the exit code");
    let chars = chinese.chars().filter(|c| !c.is_whitespace()).count();
    assert_eq!(
        stderr(&out),
        format!(
            "claimscan: warning: zh.txt: no claim found in {chars} characters of text \
             (claimscan reads numbers in English and Chinese text)\n"
        )
    );
}

#[test]
fn check_quiet_prints_differences_only() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "a.txt", "-o", "expected.csv"]);
    assert_eq!(code(&out), 0);
    let out = run(d, &["check", "-q", "--expected", "expected.csv", "a.txt"]);
    assert_eq!(code(&out), 0);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    fs::write(d.join("a.txt"), "Exports rose 6% and imports fell 3%.\n").expect("write");
    let out = run(d, &["check", "-q", "--expected", "expected.csv", "a.txt"]);
    assert_eq!(code(&out), 1);
    let report = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(report.starts_with("changed a.txt:1: \"6%\""), "{report}");
    assert!(!report.contains("summary:"), "{report}");
}

#[test]
fn completions_and_man_pages_come_from_the_clap_definition() {
    let dir = tree(&[]);
    let d = dir.path();
    let out = run(d, &["completions", "bash"]);
    assert_eq!(code(&out), 0);
    let script = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(script.starts_with("_claimscan() {"), "{script}");
    for flag in [
        "--no-ignore",
        "--hidden",
        "--glob",
        "--kinds",
        "--encoding",
        "--bom",
    ] {
        assert!(script.contains(flag), "bash completion lacks {flag}");
    }
    let out = run(d, &["completions", "fish"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("complete -c claimscan"));

    let out = run(d, &["man"]);
    assert_eq!(code(&out), 0);
    let page = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(page.contains(".TH claimscan 1"), "{page}");
    let out = run(d, &["man", "extract"]);
    let page = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(page.contains(".TH claimscan-extract 1"), "{page}");
    assert!(page.contains("\\-\\-no\\-ignore"), "{page}");
    assert_eq!(code(&run(d, &["man", "nope"])), 2);
}

#[test]
fn stats_count_claims_per_file_and_kind() {
    let dir = tree(&[
        (
            "r/a.txt",
            "Exports rose 5% to $3 billion, and 40 firms opened.\n",
        ),
        ("r/b.txt", "Imports fell 3%.\n"),
    ]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "r", "-o", "claims.jsonl"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let out = run(d, &["stats", "claims.jsonl"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "file             claims  percent  money  count\n\
         r/a.txt               3        1      1      1\n\
         r/b.txt               1        1      0      0\n\
         total (2 files)       4        2      1      1\n"
    );
    let out = run(d, &["stats", "claims.jsonl", "--format", "csv"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "file,claims,percent,money,count\nr/a.txt,3,1,1,1\nr/b.txt,1,1,0,0\n"
    );
}

#[test]
fn a_folder_named_inside_an_ignored_folder_is_walked() {
    // Naming a folder is asking for it, as in ripgrep: the rules of the
    // folders above apply below it, but do not hide the folder itself.
    let dir = tree(&[
        (".gitignore", "build/\n"),
        ("build/reports/a.txt", RISE),
        ("reports/b.txt", RISE),
    ]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "build/reports", ".", "-o", "out.csv"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    assert_eq!(
        distinct_files(&read(d.join("out.csv"))),
        ["build/reports/a.txt", "./reports/b.txt"]
    );
}

#[test]
fn an_xlsx_ledger_is_not_compared_and_says_why() {
    let dir = tree(&[("a.txt", RISE)]);
    let d = dir.path();
    let out = run(d, &["extract", "-q", "a.txt", "-o", "claims.xlsx"]);
    assert_eq!(code(&out), 0, "stderr: {}", stderr(&out));
    let out = run(d, &["check", "--expected", "claims.xlsx", "a.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "claimscan: claims.xlsx: an xlsx ledger is for spreadsheets; check, diff and stats \
         read the CSV or JSONL ledger (write one with -o claims.csv)\n"
    );
}
