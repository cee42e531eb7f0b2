//! A large document is read in parts (`extract::part`) on the pool; its
//! ledger must be byte for byte the one of the whole document read at
//! once. The hidden `--part-bytes` knob forces tiny parts, so that every
//! place where a cut is allowed is cut, on the fixtures and on generated
//! documents, and the ledgers are compared with the default run.
//!
//! A large plain-text file is also never held whole: it is read in pieces
//! (`input::large`), and the hidden `--piece-bytes` knob forces tiny
//! pieces, so that piece boundaries fall inside lines and inside
//! multi-byte characters. A document from standard input is held whole
//! and read in parts: both ledgers are compared with the whole read.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::cargo::cargo_bin_cmd;
use claimscan::extract::part::parts;

/// The ledger of `files` with `args` added, as bytes.
fn ledger(files: &[PathBuf], args: &[&str]) -> Vec<u8> {
    let out = cargo_bin_cmd!("claimscan")
        .arg("extract")
        .arg("-q")
        .args(files)
        .args(["-o", "-"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The ledger of `text` read from standard input as the file `name`,
/// with `args` added.
fn ledger_of_stdin(text: &str, name: &str, args: &[&str]) -> Vec<u8> {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("claimscan"))
        .args(["extract", "-q", "-", "--stdin-name", name, "-o", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let text = text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Panics naming the first row where `got` differs from `want`.
fn assert_same(want: &[u8], got: &[u8], how: &str) {
    if got != want {
        let (a, b) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
        let first = a.lines().zip(b.lines()).find(|(x, y)| x != y);
        panic!("{how}: ledgers differ, first: {first:?}");
    }
}

/// The files read in parts, and in tiny pieces, give the ledger of the
/// whole read.
fn assert_same_in_parts(files: &[PathBuf]) {
    // (A part larger than every file: each is read whole, at once.)
    let whole = ledger(files, &["--part-bytes", "1000000000"]);
    assert!(whole.len() > 1000);
    for (size, threads, piece) in [
        ("1", "2", "7"),
        ("300", "1", "13"),
        ("5000", "2", "4096"),
        ("1", "1", "1000000"),
    ] {
        let args = ["--part-bytes", size, "-j", threads, "--piece-bytes", piece];
        let in_parts = ledger(files, &args);
        assert_same(&whole, &in_parts, &args.join(" "));
    }
}

/// Standard input is held whole and read in parts: the same ledger as the
/// file read whole and the file read in pieces.
fn assert_same_from_stdin(file: &Path) {
    let text = fs::read_to_string(file).unwrap();
    let name = file.to_str().unwrap();
    let whole = ledger(&[file.to_path_buf()], &["--part-bytes", "1000000000"]);
    for size in ["1", "5000"] {
        let held = ledger_of_stdin(&text, name, &["--part-bytes", size, "-j", "2"]);
        assert_same(&whole, &held, &format!("stdin --part-bytes {size}"));
    }
}

fn fixture_texts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    texts
}

#[test]
fn fixtures_read_in_parts_give_the_same_ledger() {
    let mut files = fixture_texts();
    // And all of them as one document: the conventions and currency
    // evidence of one fixture then reach the parts of the others.
    let dir = tempfile::tempdir().unwrap();
    let all: String = files
        .iter()
        .map(|f| fs::read_to_string(f).unwrap() + "\n\n")
        .collect();
    // The knob is not idle: the fixtures hold many places to cut.
    assert!(parts(&all, 1).len() > 300, "{}", parts(&all, 1).len());
    // Pieces of 7 bytes end inside a line and inside a character.
    let ends = (1..all.len() / 7).map(|k| k * 7);
    assert!(ends.clone().any(|end| !all.is_char_boundary(end)));
    assert!(ends.clone().any(|end| all.as_bytes()[end - 1] != b'\n'));
    let joined = dir.path().join("all.txt");
    fs::write(&joined, &all).unwrap();
    assert_same_from_stdin(&joined);
    files.push(joined);
    assert_same_in_parts(&files);
}

/// A small deterministic generator (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

/// Paragraphs that exercise what a cut could break: sentences that share
/// a trend or a change of level, tables under a caption that spans blank
/// lines, Chinese passages, a bare `$` whose currency only the end of the
/// document tells, numbered paragraphs, and prose lines that allow a cut.
const PARAGRAPHS: &[&str] = &[
    "Exports rose by 4.8% and 1.8% in the last two years, reaching $12.5 billion.",
    "The deficit fell from 3.2 per cent of GDP to 2.9 per cent over the year to March.",
    "Budget Projections (Billions of dollars)\n\nRevenue   4,896   5,120\n\nOutlays   6,134   6,412",
    "(in trillions of dollars)\n\n4.896\n\n5.2",
    "GDP growth (%)   0.4   0.9   1.3",
    "国内生产总值增长5.2%，新建公园1065个。",
    "全年粮食产量达到6.95亿吨，比上年增加1.3%。\n\n（单位：万吨）",
    "We will invest about $3 billion, or nearly 12%, in new housing for 40,000 families.",
    "19. Our government spent 2,300 million on roads and 45 per cent more on rail.",
    "The rate was 7,5 per cent and the index stood at 1.234,5 points last year.",
    "No more than one in ten households saw an increase of 15 per cent.",
    "Unemployment was down to 3.9%.\n\nIt had been 4.1% a year before, when output grew 2%.",
    "Spending on health, which is the largest item of the budget, went up 6%.",
    "About 250 kilometres of new track opened, bringing the total to 4,600 km.",
    "The Hong Kong dollar economy grew; HK$ figures are in Hong Kong dollars throughout.",
    "Reserves were 2,406 million tonnes (mt), and 811 mt of them lie under 3 737 MAX runways.",
    "Deliveries of the 737 MAX fell by 12 per cent, to 1 720 aircraft\n737 MAX orders rose 4%.",
    "Le taux était de 4,25 % et 3,5 % ; les réserves 4 300 tonnes.",
];

fn generated(seed: u64, paragraphs: usize) -> String {
    let mut rng = Lcg(seed);
    let mut text = String::new();
    for _ in 0..paragraphs {
        text.push_str(PARAGRAPHS[rng.next(PARAGRAPHS.len())]);
        text.push_str(["\n\n", "\n", " ", "\n \n", "\r\n\r\n"][rng.next(5)]);
    }
    text
}

#[test]
fn generated_documents_read_in_parts_give_the_same_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for seed in 0..12 {
        let text = generated(seed, 400);
        assert!(parts(&text, 1).len() > 20);
        let file = dir.path().join(format!("generated-{seed:02}.txt"));
        fs::write(&file, text).unwrap();
        files.push(file);
    }
    assert_same_from_stdin(&files[0]);
    assert_same_in_parts(&files);
}

/// The ledger, messages and exit code of `file` read with `args`.
fn run(file: &Path, args: &[&str]) -> (Vec<u8>, String, Option<i32>) {
    let out = cargo_bin_cmd!("claimscan")
        .args(["extract", "-q"])
        .arg(file)
        .args(["-o", "-"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.stdout, stderr, out.status.code())
}

#[test]
fn a_file_read_in_pieces_is_checked_like_one_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    // A NUL byte past the first 8 KiB (checked before the rest is read).
    let mut nul = "Exports rose 5% in the year.\n\n".repeat(400).into_bytes();
    let offset = nul.len();
    nul.extend(b"\0 and 3%\n");
    let nul_file = dir.path().join("nul.txt");
    fs::write(&nul_file, &nul).unwrap();
    // A byte that is not UTF-8 far into the file: decoded with U+FFFD.
    let mut bad = "全年增长5%。\n\nExports rose 5% in the year.\n\n"
        .repeat(300)
        .into_bytes();
    let bad_at = bad.len();
    bad.extend(b"\xFF rise 3%\n");
    let bad_file = dir.path().join("bad.txt");
    fs::write(&bad_file, &bad).unwrap();
    for (file, message) in [
        (&nul_file, format!("NUL byte at offset {offset}")),
        (&bad_file, format!("invalid UTF-8 at byte {bad_at}")),
    ] {
        let whole = run(file, &["--part-bytes", "1000000000"]);
        assert!(whole.1.contains(&message), "{}", whole.1);
        for piece in ["7", "4096"] {
            let pieces = run(file, &["--part-bytes", "100", "--piece-bytes", piece]);
            assert_eq!(pieces, whole, "{} in pieces of {piece}", file.display());
        }
    }
}
