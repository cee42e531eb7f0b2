//! `claimscan view` as a user runs it: the page it writes, one mark per
//! claim of the ledger, hostile reports and file names, several inputs,
//! stdout, and the exit codes (0 all inputs shown; 1 the page was written
//! but some inputs failed; 2 no input or an unwritable page).

use std::fs;
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

fn claimscan(dir: &Path, args: &[&str]) -> Output {
    cargo_bin_cmd!("claimscan")
        .current_dir(dir)
        .args(args)
        .write_stdin("")
        .output()
        .expect("the binary runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited with a code, not a signal")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn temp() -> TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn read(path: impl AsRef<Path>) -> String {
    fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The `claim_id`s of the ledger of `args`, in ledger order.
fn ledger_ids(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut full = vec!["extract", "-q", "-o", "-"];
    full.extend_from_slice(args);
    let out = claimscan(dir, &full);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    reader
        .records()
        .map(|r| r.expect("a CSV row")[0].to_string())
        .collect()
}

/// The `data-id` of every table row of the page, in page order.
fn page_ids(page: &str) -> Vec<String> {
    page.split(" data-id=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
        .collect()
}

const REPORT: &str = "GDP grew 5.2 percent, reaching 126 trillion yuan.\n\n\
    The city planted 3,867 hectares of forest and built 1,065 parks in 2023.\n";

#[test]
fn writes_one_page_with_a_mark_and_a_row_per_claim() {
    let dir = temp();
    fs::write(dir.path().join("report.txt"), REPORT).expect("write");
    let out = claimscan(dir.path(), &["view", "report.txt", "-o", "out/report.html"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).split(", 0.").next(),
        Some("claimscan: 1 file read, 0 failed, 4 claims")
    );
    let page = read(dir.path().join("out/report.html"));
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
    );
    assert!(page.ends_with("</html>\n"));
    let ids = ledger_ids(dir.path(), &["report.txt"]);
    assert_eq!(ids.len(), 4);
    assert_eq!(page_ids(&page), ids);
    assert_eq!(page.matches("<a class=\"claim ").count(), 4);
    for (i, text) in [
        "5.2 percent",
        "126 trillion yuan",
        "3,867 hectares",
        "1,065",
    ]
    .iter()
    .enumerate()
    {
        let mark = format!("id=\"c0-{i}\" href=\"#r0-{i}\">{text}</a>");
        assert!(page.contains(&mark), "{mark}");
        assert!(page.contains(&format!("<a href=\"#c0-{i}\">{}</a>", i + 1)));
    }
    // The year is a number left out, marked with its rule.
    let year = page
        .split("<span class=\"rej\" tabindex=\"0\" data-rule=\"")
        .skip(1)
        .map(|mark| {
            let rule = mark.split('"').next().unwrap_or_default();
            let text = mark.split('>').nth(1).unwrap_or_default();
            (rule, text.trim_end_matches("</span"))
        })
        .collect::<Vec<_>>();
    assert_eq!(year, [("year", "2023")]);
    // Nothing is fetched: no src attribute, no link to another document.
    assert!(!page.contains("src=") && !page.contains("<link"));
    assert!(!page.contains("http://") && !page.contains("https://"));
}

#[test]
fn the_sample_report_gets_every_claim_of_its_ledger() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = temp();
    let html = dir.path().join("sample.html");
    let html = html.to_str().expect("a UTF-8 path");
    let out = claimscan(root, &["view", "-q", "input/", "-o", html]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stderr.is_empty());
    let page = read(html);
    let ids = ledger_ids(root, &["input/"]);
    assert_eq!(ids.len(), 42);
    assert_eq!(page_ids(&page), ids);
    assert_eq!(page.matches("<a class=\"claim ").count(), ids.len());
}

#[test]
fn a_hostile_report_and_file_name_stay_text() {
    let dir = temp();
    let name = "<img src=x onerror=alert(1)>.txt";
    let text = "Spending rose 5% <script>alert(2)</script></script><!-- ]]> </textarea> \
                \"x\" 'y' \u{2028} <svg onload=alert(3)> to $4 billion.";
    fs::write(dir.path().join(name), text).expect("write");
    let out = claimscan(dir.path(), &["view", "-q", name, "-o", "page.html"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = read(dir.path().join("page.html"));
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(page.matches("</script").count(), 1);
    for forbidden in ["<img", "<svg", "<!--", "]]>", "</textarea", "\u{2028}"] {
        assert!(!page.contains(forbidden), "{forbidden:?} is in the page");
    }
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;.txt"));
    // (The digits in `alert(2)` are numbers left out, marked apart.)
    assert!(page.contains("&lt;script&gt;alert("));
    assert!(page.contains(
        ")&lt;/script&gt;&lt;/script&gt;&lt;!-- ]]&gt; &lt;/textarea&gt; \
         &quot;x&quot; &#39;y&#39; &#x2028; &lt;svg onload=alert("
    ));
    assert_eq!(page.matches("<a class=\"claim ").count(), 2);
}

#[test]
fn several_reports_share_one_page_and_a_missing_one_is_named() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), REPORT).expect("write");
    fs::write(dir.path().join("b.txt"), "增长5.2%。Exports rose 7%.").expect("write");
    let out = claimscan(
        dir.path(),
        &["view", "a.txt", "missing.txt", "b.txt", "-o", "all.html"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("claimscan: missing.txt: no such file or directory\n"),
        "{err}"
    );
    assert!(err.contains("claimscan: 2 files read, 1 failed, "), "{err}");
    let page = read(dir.path().join("all.html"));
    assert!(page.contains("<title>claimscan: 2 reports</title>"));
    assert!(page.contains("<section class=\"doc\" id=\"d0\" data-name=\"a.txt\">"));
    assert!(page.contains("<section class=\"doc\" id=\"d1\" data-name=\"b.txt\">"));
    assert!(!page.contains("missing.txt"));
    let mut ids = ledger_ids(dir.path(), &["a.txt"]);
    ids.extend(ledger_ids(dir.path(), &["b.txt"]));
    assert_eq!(page_ids(&page), ids);
}

#[test]
fn dash_writes_the_page_to_stdout() {
    let dir = temp();
    fs::write(dir.path().join("a.txt"), REPORT).expect("write");
    let out = claimscan(dir.path(), &["view", "-q", "a.txt", "-o", "-"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    assert_eq!(page.matches("<a class=\"claim ").count(), 4);
}

#[test]
fn no_input_or_an_unwritable_page_is_fatal() {
    let dir = temp();
    let out = claimscan(dir.path(), &["view", "nothing.txt", "-o", "page.html"]);
    assert_eq!(code(&out), 2);
    assert!(!dir.path().join("page.html").exists());
    fs::write(dir.path().join("a.txt"), REPORT).expect("write");
    fs::write(dir.path().join("file"), "").expect("write");
    let out = claimscan(dir.path(), &["view", "a.txt", "-o", "file/page.html"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("claimscan: file/page.html: cannot write the view: "),
        "{}",
        stderr(&out)
    );
}
