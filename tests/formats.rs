//! Published formats: PDF, HTML and DOCX files that the tests make
//! themselves (no file from outside `tests/`), read by content, with exact
//! expected text; malformed and hostile files that must give a per-file
//! error while the batch goes on; the `page` column.

use std::fs;
use std::io::{Cursor, Write};
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;
use claimscan::extract;
use claimscan::input::{self, Format, docx};
use proptest::prelude::*;

/// One run of text: x, y (from the bottom, PDF style), font size, text.
type Run<'a> = (f64, f64, f64, &'a str);

/// A PDF with one page per element of `pages` (A4, Helvetica, WinAnsi),
/// each run drawn with `Tj`. The cross-reference table is exact.
fn pdf(pages: &[Vec<Run>]) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    let n = pages.len();
    // 1 catalog, 2 page tree, 3 font, then page and content pairs.
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {n} >>",
        kids.join(" ")
    ));
    objects.push(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".into(),
    );
    for (i, runs) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
             /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        let mut content = String::new();
        for &(x, y, size, text) in runs {
            let escaped = text
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            content.push_str(&format!(
                "BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({escaped}) Tj ET\n"
            ));
        }
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ));
    }
    pdf_from(&objects)
}

/// A PDF of `objects` (numbered from 1, the first the catalog) with an
/// exact cross-reference table.
fn pdf_from(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).into_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").into_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .into_bytes(),
    );
    out
}

/// A three-page report: two columns, a running header, page numbers, a
/// word and a year range broken at line ends, a table row.
fn report_pdf() -> Vec<u8> {
    let page = |n: usize, body: Vec<Run<'static>>| {
        let mut runs = vec![(50.0, 800.0, 9.0, "Economic Outlook 2026")];
        runs.extend(body);
        let number: &'static str = ["- 1 -", "- 2 -", "- 3 -"][n - 1];
        runs.push((290.0, 30.0, 9.0, number));
        runs
    };
    pdf(&[
        page(
            1,
            vec![
                (50.0, 700.0, 10.0, "Growth reached 5.2 per cent in the"),
                (50.0, 688.0, 10.0, "year, and the recov-"),
                (50.0, 676.0, 10.0, "ery continued into 2023-"),
                (50.0, 664.0, 10.0, "24 across all sectors."),
                (320.0, 700.0, 10.0, "Exports rose 12 per cent to reach"),
                (320.0, 688.0, 10.0, "RM1.3 billion, the highest level"),
                (320.0, 676.0, 10.0, "recorded since the year 2019."),
            ],
        ),
        page(
            2,
            vec![
                (50.0, 700.0, 10.0, "Inflation"),
                (200.0, 700.0, 10.0, "2.1"),
                (260.0, 700.0, 10.0, "1.9"),
                (50.0, 688.0, 10.0, "Unemployment"),
                (200.0, 700.0 - 12.0, 10.0, "3.4"),
                (260.0, 688.0, 10.0, "3.3"),
            ],
        ),
        page(
            3,
            vec![(
                50.0,
                700.0,
                10.0,
                "The deficit fell to 3.8 per cent of GDP.",
            )],
        ),
    ])
}

const REPORT_TEXT: &str = "Growth reached 5.2 per cent in the\n\
year, and the recovery continued into 2023-24 across all sectors.\n\
Exports rose 12 per cent to reach\n\
RM1.3 billion, the highest level\n\
recorded since the year 2019.\n\
\u{c}Inflation\t2.1\t1.9\n\
Unemployment\t3.4\t3.3\n\
\u{c}The deficit fell to 3.8 per cent of GDP.\n";

const PAGE_HTML: &str = "<!DOCTYPE html>\n<html><head><title>Decision</title>\
<script>var x = 42; dataLayer.push({'id': 7});</script><style>p { margin: 3px }</style></head>\
<body><header><a href=\"/\">Home</a></header><nav><ul><li>2019</li><li>2020</li></ul></nav>\
<main><h1>Monetary Policy Decision</h1><p>The cash rate is 0.25&nbsp;per&nbsp;cent, \
within the 2&ndash;3&nbsp;per&nbsp;cent band.</p>\
<table><tr><th>Year</th><th>Limit</th></tr><tr><td>2025</td><td>226,000</td></tr></table>\
</main><footer>&copy; 2020 RBA</footer></body></html>";

const PAGE_TEXT: &str = "Monetary Policy Decision\n\n\
The cash rate is 0.25 per cent, within the 2\u{2013}3 per cent band.\n\n\
Year\tLimit\n2025\t226,000\n";

fn docx_with(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    }
    zip.finish().expect("zip finish").into_inner()
}

fn word_xml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    )
}

fn report_docx() -> Vec<u8> {
    let body = "<w:p><w:r><w:t>全年地区生产总值1329.65亿元，增长5.1%。</w:t></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>\
        <w:tc><w:p><w:r><w:t>绝对数</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>粮食产量</w:t></w:r></w:p></w:tc>\
        <w:tc><w:p><w:r><w:t>95.3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:t xml:space=\"preserve\">Revenue rose </w:t></w:r>\
        <w:r><w:t>8 per cent.</w:t></w:r></w:p>";
    docx_with(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", word_xml(body).as_bytes()),
    ])
}

const DOCX_TEXT: &str = "全年地区生产总值1329.65亿元，增长5.1%。\n\n\
指标\t绝对数\n粮食产量\t95.3\n\nRevenue rose 8 per cent.\n";

#[test]
fn pdf_text_is_in_reading_order_without_furniture() {
    let doc = input::read_bytes("report.pdf", report_pdf()).expect("the PDF reads");
    assert_eq!(doc.text, REPORT_TEXT);
    assert!(doc.paged);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn html_text_is_the_main_content() {
    let doc = input::read_bytes("page.html", PAGE_HTML.as_bytes().to_vec()).expect("reads");
    assert_eq!(doc.text, PAGE_TEXT);
    assert!(!doc.paged);
}

#[test]
fn html_in_its_declared_encoding_is_decoded() {
    // "增长5%" in GBK, as Chinese government sites still serve pages.
    let mut page = b"<html><head><meta charset=\"gb2312\"></head><body><p>".to_vec();
    page.extend([0xD4, 0xF6, 0xB3, 0xA4]);
    page.extend(b"5%</p></body></html>");
    let doc = input::read_bytes("gbk.html", page).expect("reads");
    assert_eq!(doc.text, "增长5%\n");
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn docx_text_has_paragraphs_and_rows_in_order() {
    let doc = input::read_bytes("report.docx", report_docx()).expect("the DOCX reads");
    assert_eq!(doc.text, DOCX_TEXT);
}

#[test]
fn format_is_told_by_content_before_name() {
    assert_eq!(Format::sniff("a.txt", &report_pdf()), Format::Pdf);
    assert_eq!(Format::sniff("a.bin", &report_docx()), Format::Docx);
    assert_eq!(
        Format::sniff("page.txt", PAGE_HTML.as_bytes()),
        Format::Html
    );
    assert_eq!(
        Format::sniff("notes.html", b"plain <b>words</b>"),
        Format::Html
    );
    assert_eq!(Format::sniff("notes.txt", b"5% <b>"), Format::Text);
    // A zip that is not a Word document is not read as one.
    let other = docx_with(&[("data.csv", b"1,2")]);
    assert_eq!(Format::sniff("data.zip", &other), Format::Text);
}

fn problem(result: Result<input::Document, claimscan::error::InputError>) -> String {
    match result {
        Ok(doc) => panic!("expected an error, read {:?}", doc.text),
        Err(e) => e.to_string(),
    }
}

#[test]
fn malformed_files_are_clear_errors() {
    let truncated = report_pdf()[..300].to_vec();
    let message = problem(input::read_bytes("cut.pdf", truncated));
    assert!(
        message.starts_with("cut.pdf: cannot read PDF: "),
        "{message}"
    );
    assert_eq!(
        problem(input::read_bytes("fake.pdf", b"hello 5%".to_vec())),
        "fake.pdf: cannot read PDF: no %PDF- header; not a PDF; skipped"
    );
    let zip = docx_with(&[("data.csv", b"1,2")]);
    assert_eq!(
        problem(input::read_bytes("data.docx", zip)),
        "data.docx: cannot read DOCX: a zip archive without word/document.xml; \
         not a Word document; skipped"
    );
    let message = problem(input::read_bytes("x.docx", b"PK\x03\x04garbage".to_vec()));
    assert!(
        message.starts_with("x.docx: cannot read DOCX: not a zip archive"),
        "{message}"
    );
    let blank = pdf(&[vec![]]);
    assert_eq!(
        problem(input::read_bytes("scan.pdf", blank)),
        "scan.pdf: cannot read PDF: no text layer (a scanned PDF?); nothing to read; skipped"
    );
}

#[test]
fn inflating_a_docx_is_capped() {
    // 4 MB of one repeated paragraph deflates to a few kilobytes.
    let body = "<w:p><w:r><w:t>5%</w:t></w:r></w:p>".repeat(120_000);
    let bomb = docx_with(&[("word/document.xml", word_xml(&body).as_bytes())]);
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    let message = match docx::read_capped("bomb.docx", &bomb, 1_000_000) {
        Ok(text) => panic!("read {} bytes past the cap", text.len()),
        Err(e) => e.to_string(),
    };
    assert_eq!(
        message,
        "bomb.docx: cannot read DOCX: word/document.xml inflates to 4200168 bytes, \
         over the limit of 1000000; skipped"
    );
}

#[test]
fn truncated_files_never_panic_and_claims_lie_on_char_boundaries() {
    let files = [("t.pdf", report_pdf()), ("t.docx", report_docx())];
    for (name, bytes) in files {
        for len in (0..bytes.len()).step_by(97).chain([bytes.len()]) {
            let Ok(doc) = input::read_bytes(name, bytes[..len].to_vec()) else {
                continue;
            };
            for claim in extract::extract(&doc.text).claims {
                assert!(
                    doc.text.is_char_boundary(claim.span.start)
                        && doc.text.is_char_boundary(claim.span.end),
                    "{name} cut at {len}: {:?}",
                    claim.span
                );
            }
        }
    }
}

fn run_extract(dir: &Path, args: &[&str]) -> Output {
    cargo_bin_cmd!("claimscan")
        .current_dir(dir)
        .arg("extract")
        .arg("--quiet")
        .args(args)
        .write_stdin("")
        .output()
        .expect("the binary runs")
}

#[test]
fn batch_reads_every_format_and_reports_bad_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs = dir.path().join("in");
    fs::create_dir(&inputs).expect("mkdir");
    fs::write(inputs.join("a-report.pdf"), report_pdf()).expect("write");
    fs::write(inputs.join("b-page.html"), PAGE_HTML).expect("write");
    fs::write(inputs.join("c-report.docx"), report_docx()).expect("write");
    fs::write(inputs.join("d-notes.txt"), "Prices rose 3 per cent.\n").expect("write");
    fs::write(inputs.join("e-cut.pdf"), &report_pdf()[..400]).expect("write");
    fs::write(inputs.join("f-data.docx"), docx_with(&[("x.csv", b"1")])).expect("write");
    fs::write(inputs.join("g-nobox.pdf"), pdf_without_media_box()).expect("write");
    let out = run_extract(dir.path(), &["in", "-o", "out.csv"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("claimscan: in/e-cut.pdf: cannot read PDF: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("claimscan: in/f-data.docx: cannot read DOCX: a zip archive without"),
        "{stderr}"
    );
    assert!(
        stderr.contains("claimscan: in/g-nobox.pdf: cannot read PDF: no page"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked"),
        "a parser panic reached stderr: {stderr}"
    );
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger written");
    let mut reader = csv::Reader::from_reader(ledger.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.len(), 18);
    assert_eq!(&header[17], "page");
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| r.expect("row"))
        .map(|r| (r[1].to_string(), r[6].to_string(), r[17].to_string()))
        .collect();
    let pdf_rows: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r.0 == "in/a-report.pdf")
        .map(|r| (r.1.as_str(), r.2.as_str()))
        .collect();
    assert_eq!(
        pdf_rows,
        vec![
            ("5.2 per cent", "1"),
            ("12 per cent", "1"),
            ("RM1.3 billion", "1"),
            // Page 2's table (`Inflation ⇥ 2.1 ⇥ 1.9`) states no unit
            // in a header or caption: its cells are left out
            // (`table-cell`), not guessed to be counts.
            ("3.8 per cent", "3"),
        ]
    );
    for file in ["in/b-page.html", "in/c-report.docx", "in/d-notes.txt"] {
        let found: Vec<&(String, String, String)> = rows.iter().filter(|r| r.0 == file).collect();
        assert!(!found.is_empty(), "no rows for {file}");
        assert!(found.iter().all(|r| r.2.is_empty()), "{file} has a page");
    }
    assert!(
        rows.iter()
            .any(|r| r.0 == "in/b-page.html" && r.1 == "0.25 per cent")
    );
    assert!(
        !rows.iter().any(|r| r.1 == "42" || r.1 == "7"),
        "script numbers read"
    );
}

#[test]
fn text_only_runs_keep_the_seventeen_columns() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("a.txt"), "Prices rose 3 per cent.\n").expect("write");
    let out = run_extract(dir.path(), &["a.txt", "-o", "out.csv"]);
    assert_eq!(out.status.code(), Some(0));
    let ledger = fs::read_to_string(dir.path().join("out.csv")).expect("ledger");
    assert!(ledger.starts_with(
        "claim_id,file,line,sentence_index,start,end,text,kind,value,value_max,unit,\
         norm_value,norm_unit,qualifier,trend,subject,sentence\n"
    ));
}

#[test]
fn a_form_that_draws_itself_does_not_crash() {
    let font = "/Font << /F1 3 0 R >>";
    let objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
             /Resources << {font} /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>"
        ),
        stream("BT /F1 10 Tf 1 0 0 1 50 700 Tm (Costs rose 5%.) Tj ET /X1 Do"),
        {
            let body = "/X1 Do BT /F1 10 Tf 1 0 0 1 300 100 Tm (Loop) Tj ET";
            format!(
                "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] \
                 /Resources << {font} /XObject << /X1 6 0 R >> >> /Length {} >>\nstream\n{body}\nendstream",
                body.len() + 1
            )
        },
    ];
    let doc = input::read_bytes("loop.pdf", pdf_from(&objects)).expect("the PDF reads");
    assert!(doc.text.starts_with("Costs rose 5%.\n"), "{:?}", doc.text);
    assert!(doc.text.contains("Loop"), "{:?}", doc.text);
}

/// A PDF whose only page has no media box: the parser panics on it.
fn pdf_without_media_box() -> Vec<u8> {
    pdf_from(&[
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".to_string(),
        stream("BT /F1 10 Tf 1 0 0 1 50 700 Tm (Up 5%) Tj ET"),
    ])
}

#[test]
fn a_parser_panic_is_the_file_error() {
    assert_eq!(
        problem(input::read_bytes("nobox.pdf", pdf_without_media_box())),
        "nobox.pdf: cannot read PDF: no page could be read \
         (page 1: text not read (the PDF parser failed: MediaBox)); skipped"
    );
}

fn stream(content: &str) -> String {
    format!(
        "<< /Length {} >>\nstream\n{content}\nendstream",
        content.len() + 1
    )
}

/// Words, numbers and punctuation a generated page is made of.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        "[0-9]{1,4}(\\.[0-9]{1,2})?%?",
        Just("per cent".to_string()),
        Just("-".to_string()),
        Just("2023-".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any page of runs placed anywhere reads without panicking, and every
    /// claim of the text lies on char boundaries; so does every cut of it.
    #[test]
    fn generated_pdfs_read_and_claims_lie_on_char_boundaries(
        pages in prop::collection::vec(
            prop::collection::vec(
                (0.0f64..560.0, 0.0f64..830.0, 4.0f64..30.0, prop::collection::vec(word(), 1..8)),
                0..12,
            ),
            1..4,
        ),
        cut in 0.0f64..1.0,
    ) {
        let owned: Vec<Vec<(f64, f64, f64, String)>> = pages
            .into_iter()
            .map(|runs| runs.into_iter().map(|(x, y, size, words)| (x, y, size, words.join(" "))).collect())
            .collect();
        let borrowed: Vec<Vec<Run>> = owned
            .iter()
            .map(|runs| runs.iter().map(|(x, y, size, t)| (*x, *y, *size, t.as_str())).collect())
            .collect();
        let bytes = pdf(&borrowed);
        let cut_at = (bytes.len() as f64 * cut) as usize;
        for candidate in [bytes.clone(), bytes[..cut_at].to_vec()] {
            if let Ok(doc) = input::read_bytes("gen.pdf", candidate) {
                for claim in extract::extract(&doc.text).claims {
                    prop_assert!(doc.text.is_char_boundary(claim.span.start));
                    prop_assert!(doc.text.is_char_boundary(claim.span.end));
                }
            }
        }
    }

    /// Any markup reads without panicking, and claims lie on char boundaries.
    #[test]
    fn generated_html_reads_and_claims_lie_on_char_boundaries(
        parts in prop::collection::vec(
            prop_oneof![
                word(),
                Just("<p>".to_string()), Just("</p>".to_string()),
                Just("<td>".to_string()), Just("<tr>".to_string()),
                Just("&nbsp;".to_string()), Just("&ndash;".to_string()),
                Just("<script>".to_string()), Just("<nav>".to_string()),
                Just("é".to_string()), Just("增长".to_string()),
            ],
            0..40,
        ),
    ) {
        let html = parts.join(" ");
        let doc = input::read_bytes("gen.html", html.into_bytes()).expect("HTML always reads");
        for claim in extract::extract(&doc.text).claims {
            prop_assert!(doc.text.is_char_boundary(claim.span.start));
            prop_assert!(doc.text.is_char_boundary(claim.span.end));
        }
    }
}

#[test]
fn text_command_prints_what_offsets_refer_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("r.pdf"), report_pdf()).expect("write");
    let run = |args: &[&str]| {
        cargo_bin_cmd!("claimscan")
            .current_dir(dir.path())
            .arg("text")
            .args(args)
            .output()
            .expect("the binary runs")
    };
    let raw = run(&["r.pdf", "--raw"]);
    assert_eq!(raw.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&raw.stdout), REPORT_TEXT);
    let marked = run(&["r.pdf"]);
    let shown = String::from_utf8_lossy(&marked.stdout).into_owned();
    assert!(
        shown.starts_with("--- page 1 ---\nGrowth reached"),
        "{shown}"
    );
    assert!(shown.contains("sectors.\nExports"), "{shown}");
    assert!(
        shown.contains("2019.\n--- page 2 ---\nInflation\t2.1\t1.9\n"),
        "{shown}"
    );
    assert!(shown.contains("--- page 3 ---\nThe deficit"), "{shown}");
    let missing = run(&["nope.pdf"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn a_slow_pdf_is_given_up_after_the_time_limit() {
    // 1,500 pages take far longer than a millisecond to read, even alone
    // on a fast machine.
    let page: Vec<Run> = (0..40)
        .map(|i| {
            (
                50.0,
                800.0 - 18.0 * f64::from(i),
                10.0,
                "Exports rose 12 per cent to RM1.3 billion.",
            )
        })
        .collect();
    let bytes = pdf(&vec![page; 1500]);
    let message =
        match input::pdf::read_within("slow.pdf", bytes, std::time::Duration::from_millis(1)) {
            Ok(_) => panic!("read within a millisecond"),
            Err(e) => e.to_string(),
        };
    assert_eq!(
        message,
        "slow.pdf: cannot read PDF: reading took longer than 1ms (a malformed or hostile file?); skipped"
    );
}
