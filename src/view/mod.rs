//! `claimscan view`: one self-contained HTML page that shows each report's
//! text with its claims highlighted, a card per claim, a sortable and
//! filterable table of the claims, and the numbers a rule left out.
//!
//! The page is built on the server side: the text, its marks and the
//! table rows are HTML written here, and the inline script (`view.js`)
//! only adds behaviour (cards, sorting, filters, scrolling) to that DOM.
//! Nothing is fetched: no external script, style, font or image.
//!
//! Security boundary: every byte that comes from a report or a file name
//! goes through [`escape`], in text and in attribute values alike, and no
//! report data is ever written inside the `<script>` element (the script
//! reads it from `data-` attributes). A Content-Security-Policy allows
//! only this module's own style and script (by their SHA-256) and no
//! network at all, so that a slip in escaping still cannot run anything.
//!
//! Invariants: one `<a class="claim">` per claim whose span lies on char
//! boundaries of its text (claims are sorted and disjoint); a rejected
//! number is marked only where it overlaps no claim; the text between the
//! marks, unescaped, is the report's text byte for byte.

pub mod kinds;

use std::fmt::Write as _;
use std::io;
use std::panic;
use std::sync::LazyLock;

use sha2::{Digest, Sha256};

use crate::batch::{Event, Summary};
use crate::cli::{Output, ViewConfig};
use crate::error::{FatalError, InputError};
use crate::extract::{self, Claim, Rejection, Span};
use crate::input::{self, Source};
use crate::ledger::{self, LedgerFile};

/// One report as the view shows it.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    /// The name of the `file` column.
    pub name: &'a str,
    pub text: &'a str,
    pub claims: &'a [Claim],
    pub rejected: &'a [Rejection],
}

const SCRIPT: &str = include_str!("view.js");
const BASE_CSS: &str = include_str!("view.css");

/// The page's style: the base sheet and the kinds' rules.
static STYLE: LazyLock<String> = LazyLock::new(|| format!("{BASE_CSS}{}", kinds::css()));

/// The Content-Security-Policy of the page: nothing from the network, no
/// inline code but the page's own style and script.
static POLICY: LazyLock<String> = LazyLock::new(|| {
    format!(
        "default-src 'none'; style-src '{}'; script-src '{}'; base-uri 'none'; form-action 'none'",
        csp_hash(&STYLE),
        csp_hash(SCRIPT)
    )
});

/// A CSP hash source: `sha256-` and the base64 of the SHA-256 of `code`.
fn csp_hash(code: &str) -> String {
    format!("sha256-{}", base64(&Sha256::digest(code.as_bytes())))
}

/// Standard base64 with padding (RFC 4648, section 4).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Appends `text` to `out` escaped for HTML text and for quoted attribute
/// values: `&`, `<`, `>`, `"`, `'` become character references, and so
/// do the line and paragraph separators U+2028 and U+2029 (harmless in
/// HTML, but they end a line in older JavaScript, so they never reach a
/// page raw).
pub fn escape(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut done = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (entity, len) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA8) => {
                ("&#x2028;", 3)
            }
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA9) => {
                ("&#x2029;", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        // `i` and `i + len` are char boundaries: the matched bytes are an
        // ASCII character or a whole three-byte character.
        out.push_str(&text[done..i]);
        out.push_str(entity);
        i += len;
        done = i;
    }
    out.push_str(&text[done..]);
}

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape(text, &mut out);
    out
}

/// The whole page for `reports`.
pub fn page(reports: &[Report<'_>]) -> String {
    let title = match reports {
        [one] => one.name.to_string(),
        _ => format!("{} reports", reports.len()),
    };
    let mut out = head(&title);
    for (index, report) in reports.iter().enumerate() {
        section(index, report, &mut out);
    }
    out.push_str(&tail());
    out
}

/// The page up to the first report: head, style, header with controls.
pub fn head(title: &str) -> String {
    let mut out = String::with_capacity(STYLE.len() + 4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escaped(&POLICY)
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"claimscan view\">\n<title>");
    escape(&format!("claimscan: {title}"), &mut out);
    out.push_str("</title>\n<style>");
    out.push_str(&STYLE);
    out.push_str("</style>\n</head>\n<body class=\"labels\">\n<header>\n");
    out.push_str("<h1>claimscan</h1>\n");
    out.push_str(
        "<label class=\"picker\" hidden>Report <select id=\"doc-picker\"></select></label>\n",
    );
    out.push_str("<div class=\"filters\" role=\"search\">\n");
    out.push_str("<label>Kind <select id=\"f-kind\"><option value=\"\">all</option>");
    for style in &kinds::KIND_STYLES {
        let name = style.kind.as_str();
        let _ = write!(out, "<option value=\"{name}\">{name}</option>");
    }
    out.push_str("</select></label>\n");
    out.push_str(
        "<label>Unit <select id=\"f-unit\"><option value=\"*\">all</option></select></label>\n\
         <label>Trend <select id=\"f-trend\"><option value=\"*\">all</option>\
         <option value=\"up\">up</option><option value=\"down\">down</option>\
         <option value=\"\">none</option></select></label>\n\
         <input id=\"f-search\" type=\"search\" placeholder=\"Search claims\" aria-label=\"Search claims\">\n\
         <span id=\"f-count\" aria-live=\"polite\"></span>\n</div>\n\
         <div class=\"toggles\"><label><input type=\"checkbox\" id=\"t-labels\" checked> kind labels</label>\
         <label><input type=\"checkbox\" id=\"t-rejected\" checked> numbers left out</label></div>\n",
    );
    out.push_str("<ul class=\"legend\" aria-label=\"Kinds\">");
    for style in &kinds::KIND_STYLES {
        let name = style.kind.as_str();
        let _ = write!(
            out,
            "<li><span class=\"swatch k-{name}\"></span>{name} <span class=\"n\" data-kind=\"{name}\"></span></li>"
        );
    }
    out.push_str(
        "<li><span class=\"rej swatch\">123</span>left out</li></ul>\n</header>\n<main>\n",
    );
    out
}

/// The page after the last report: the card and the script.
pub fn tail() -> String {
    let mut out = String::with_capacity(SCRIPT.len() + 256);
    out.push_str("</main>\n<div id=\"card\" role=\"tooltip\" hidden></div>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// A block of text is cut after a blank line once it is this long, so
/// that the browser can skip laying out the blocks out of sight
/// (`content-visibility: auto`).
const CHUNK_BYTES: usize = 4096;

/// Something marked in the text.
#[derive(Clone, Copy)]
enum Mark {
    /// Index into the report's claims.
    Claim(usize),
    /// Index into the report's rejected numbers.
    Rejected(usize),
}

/// The marks of a report in text order: every claim whose span is valid,
/// and every rejected number that overlaps no claim and no earlier mark.
fn marks(report: &Report<'_>) -> Vec<(Span, Mark)> {
    let valid =
        |span: Span| span.start < span.end && report.text.get(span.start..span.end).is_some();
    let mut claims: Vec<(Span, Mark)> = Vec::with_capacity(report.claims.len());
    for (i, claim) in report.claims.iter().enumerate() {
        let disjoint = claims
            .last()
            .is_none_or(|(last, _)| last.end <= claim.span.start);
        if valid(claim.span) && disjoint {
            claims.push((claim.span, Mark::Claim(i)));
        }
    }
    let mut rejected: Vec<(Span, usize)> = report
        .rejected
        .iter()
        .enumerate()
        .filter(|(_, r)| valid(r.span))
        .map(|(i, r)| (r.span, i))
        .collect();
    rejected.sort_by_key(|&(span, i)| (span.start, span.end, i));
    let mut marks = Vec::with_capacity(claims.len() + rejected.len());
    let mut next_claim = 0;
    let mut end = 0;
    for (span, i) in rejected {
        // Claims that end before this number are merged first.
        while let Some(&(claim, mark)) = claims.get(next_claim) {
            if claim.end > span.start {
                break;
            }
            marks.push((claim, mark));
            end = end.max(claim.end);
            next_claim += 1;
        }
        let overlaps_claim = claims
            .get(next_claim)
            .is_some_and(|(claim, _)| claim.start < span.end);
        if span.start >= end && !overlaps_claim {
            marks.push((span, Mark::Rejected(i)));
            end = span.end;
        }
    }
    marks.extend_from_slice(&claims[next_claim..]);
    marks
}

/// The language of a text, for the `lang` attribute (fonts and line
/// breaking): Chinese when Han characters outnumber Latin letters.
fn language(text: &str) -> &'static str {
    let (mut han, mut latin) = (0usize, 0usize);
    for c in text.chars().take(100_000) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c) {
            han += 1;
        }
    }
    if han > latin { "zh" } else { "en" }
}

/// Appends the section of report number `index`: its text with marks and
/// its table of claims. Ids: claim `i` is `c{index}-{i}`, its row
/// `r{index}-{i}`; each links to the other.
pub fn section(index: usize, report: &Report<'_>, out: &mut String) {
    let text = report.text;
    let marks = marks(report);
    let claimed = marks
        .iter()
        .filter(|(_, m)| matches!(m, Mark::Claim(_)))
        .count();
    let rejected = marks.len() - claimed;
    out.reserve(text.len() * 11 / 10 + report.claims.len() * 640);
    let _ = write!(out, "<section class=\"doc\" id=\"d{index}\" data-name=\"");
    escape(report.name, out);
    out.push_str("\">\n<div class=\"pane\">\n<h2>");
    escape(report.name, out);
    let _ = write!(
        out,
        " <small>{} claims, {} numbers left out</small></h2>\n<div class=\"text\" lang=\"{}\">",
        claimed,
        rejected,
        language(text)
    );
    let mut pos = 0;
    let mut chunk_start = 0;
    out.push_str("<div class=\"chunk\">");
    for (span, mark) in &marks {
        text_between(text, pos, span.start, &mut chunk_start, out);
        match *mark {
            Mark::Claim(i) => {
                let kind = report.claims[i].kind.as_str();
                let _ = write!(
                    out,
                    "<a class=\"claim k-{kind}\" id=\"c{index}-{i}\" href=\"#r{index}-{i}\">"
                );
            }
            Mark::Rejected(i) => {
                let rejection = &report.rejected[i];
                out.push_str("<span class=\"rej\" tabindex=\"0\" data-rule=\"");
                escape(rejection.rule, out);
                out.push_str("\" data-reason=\"");
                escape(rejection.reason, out);
                out.push_str("\">");
            }
        }
        escape(&text[span.start..span.end], out);
        out.push_str(match mark {
            Mark::Claim(_) => "</a>",
            Mark::Rejected(_) => "</span>",
        });
        pos = span.end;
    }
    text_between(text, pos, text.len(), &mut chunk_start, out);
    out.push_str("</div></div>\n</div>\n");
    table(index, report, &marks, out);
    out.push_str("</section>\n");
}

/// Appends `text[from..to]` (no mark in it), starting a new chunk after a
/// blank line once the current chunk is [`CHUNK_BYTES`] long.
fn text_between(text: &str, from: usize, to: usize, chunk_start: &mut usize, out: &mut String) {
    let mut pos = from;
    let piece = &text[from..to];
    for blank in memchr::memmem::find_iter(piece.as_bytes(), b"\n\n") {
        // Cut after the first `\n`: the second starts the next chunk, so
        // the blank line still shows.
        let cut = from + blank + 1;
        if cut - *chunk_start >= CHUNK_BYTES && cut > pos {
            escape(&text[pos..cut], out);
            out.push_str("</div><div class=\"chunk\">");
            pos = cut;
            *chunk_start = cut;
        }
    }
    escape(&text[pos..to], out);
}

/// The head of a report's claim table, up to `<tbody>`.
const TABLE_HEAD: &str = "<aside class=\"side\">\n<table class=\"claims\">\n<thead><tr>\
         <th data-sort=\"pos\" aria-sort=\"ascending\"><button type=\"button\">#</button></th>\
         <th data-sort=\"text\"><button type=\"button\">claim</button></th>\
         <th data-sort=\"kind\"><button type=\"button\">kind</button></th>\
         <th data-sort=\"value\" class=\"num\"><button type=\"button\">value</button></th>\
         <th data-sort=\"unit\"><button type=\"button\">unit</button></th>\
         <th data-sort=\"trend\"><button type=\"button\">trend</button></th>\
         <th data-sort=\"subject\"><button type=\"button\">subject</button></th>\
         </tr></thead>\n<tbody>\n";

/// Appends the table of the claims of report number `index`.
fn table(index: usize, report: &Report<'_>, marks: &[(Span, Mark)], out: &mut String) {
    let mut marked = vec![false; report.claims.len()];
    for (_, mark) in marks {
        if let Mark::Claim(i) = *mark {
            marked[i] = true;
        }
    }
    out.push_str(TABLE_HEAD);
    for (i, claim) in report.claims.iter().enumerate() {
        table_row(index, report, i, claim, marked[i], out);
    }
    if report.claims.is_empty() {
        out.push_str("<tr class=\"none\"><td colspan=\"7\">no claims</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</aside>\n");
}

/// Appends the row of claim `i` of report number `index`; `marked` when
/// the text links to it.
fn table_row(
    index: usize,
    report: &Report<'_>,
    i: usize,
    claim: &Claim,
    marked: bool,
    out: &mut String,
) {
    let text = report.text;
    let value = ledger::format_number(claim.value);
    let value_max = claim
        .value_max
        .map(ledger::format_number)
        .unwrap_or_default();
    let subject = claim
        .subject
        .and_then(|s| text.get(s.start..s.end))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let kind = claim.kind.as_str();
    let _ = write!(
        out,
        "<tr id=\"r{index}-{i}\" data-pos=\"{i}\" data-id=\"{}\" data-kind=\"{kind}\" data-value=\"{value}\" data-max=\"{value_max}\" data-unit=\"",
        ledger::claim_id(report.name, claim.span),
    );
    escape(claim.unit, out);
    out.push_str("\" data-norm=\"");
    escape(&ledger::format_number(claim.norm_value), out);
    if !claim.norm_unit.is_empty() {
        out.push(' ');
        escape(claim.norm_unit, out);
    }
    let _ = write!(
        out,
        "\" data-qual=\"{}\" data-trend=\"{}\"><td>",
        claim.qualifier.as_str(),
        claim.trend.as_str()
    );
    if marked {
        let _ = write!(out, "<a href=\"#c{index}-{i}\">{}</a>", i + 1);
    } else {
        let _ = write!(out, "{}", i + 1);
    }
    out.push_str("</td><td>");
    escape(
        &claim
            .span
            .text(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        out,
    );
    let _ = write!(
        out,
        "</td><td class=\"k-{kind}\">{}</td><td class=\"num\">{value}",
        kind.replace('_', " ")
    );
    if !value_max.is_empty() {
        let _ = write!(out, "–{value_max}");
    }
    out.push_str("</td><td>");
    escape(claim.unit, out);
    let _ = write!(out, "</td><td>{}</td><td>", claim.trend.as_str());
    escape(&subject, out);
    out.push_str("</td></tr>\n");
}

/// The page of a `view` run, written to `config.output` report by report:
/// each input is read, extracted and appended before the next is read, so
/// memory holds one report at a time. Inputs that cannot be used are
/// reported through `on_event` and left out of the page; a page is
/// written as long as some input was found. The file is written to a
/// temporary file and renamed into place, like the ledger; `-o -` writes
/// to `stdout`.
///
/// Returns the summary (its `files` and `failed` count the inputs that
/// could not be found or read too) and whether `stdout` was closed by its
/// reader (`| head`), which ends the page quietly.
pub fn run(
    config: &ViewConfig,
    stdout: &mut impl io::Write,
    mut on_event: impl FnMut(Event),
) -> Result<(Summary, bool), FatalError> {
    let page = match &config.output {
        Output::File(path) => Some(path.as_path()),
        Output::Stdout => None,
    };
    let (sources, errors) = input::discover(
        &config.inputs,
        &config.stdin_name,
        &input::WalkOptions::default(),
        page,
    );
    let mut summary = Summary {
        files: errors.len(),
        failed: errors.len(),
        ..Summary::default()
    };
    errors.into_iter().for_each(|e| on_event(Event::Failed(e)));
    if sources.is_empty() {
        let shown: Vec<_> = config.inputs.iter().map(|p| p.to_string_lossy()).collect();
        return Err(FatalError::no_inputs(shown.join(", ")));
    }
    match &config.output {
        Output::File(path) => {
            let fail = |source| FatalError::View {
                path: path.to_string_lossy().into_owned(),
                source,
            };
            let mut file = LedgerFile::create(path).map_err(fail)?;
            write_page(&sources, &mut file, &mut summary, &mut on_event)
                .and_then(|()| file.commit(path))
                .map_err(fail)?;
            Ok((summary, false))
        }
        Output::Stdout => {
            match write_page(&sources, stdout, &mut summary, &mut on_event)
                .and_then(|()| stdout.flush())
            {
                Ok(()) => Ok((summary, false)),
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok((summary, true)),
                Err(source) => Err(FatalError::View {
                    path: "-".into(),
                    source,
                }),
            }
        }
    }
}

fn write_page(
    sources: &[Source],
    out: &mut impl io::Write,
    summary: &mut Summary,
    on_event: &mut impl FnMut(Event),
) -> io::Result<()> {
    let title = match sources {
        [one] => one.name(),
        _ => format!("{} reports", sources.len()),
    };
    out.write_all(head(&title).as_bytes())?;
    let mut index = 0;
    for source in sources {
        summary.files += 1;
        let doc = match input::read(source) {
            Ok(doc) => doc,
            Err(e) => {
                summary.failed += 1;
                on_event(Event::Failed(e));
                continue;
            }
        };
        for warning in &doc.warnings {
            on_event(Event::Warning(warning.clone()));
        }
        // A bug in the extractor costs this report, not the page.
        let rendered = panic::catch_unwind(|| {
            let extraction = extract::extract(&doc.text);
            let report = Report {
                name: &doc.name,
                text: &doc.text,
                claims: &extraction.claims,
                rejected: &extraction.rejected,
            };
            let mut html = String::new();
            section(index, &report, &mut html);
            (html, extraction.claims.len())
        });
        match rendered {
            Ok((html, claims)) => {
                out.write_all(html.as_bytes())?;
                summary.claims += claims;
                index += 1;
            }
            Err(_) => {
                summary.failed += 1;
                on_event(Event::Failed(InputError::Internal {
                    path: doc.name.clone(),
                    message: "the extractor panicked".to_string(),
                }));
            }
        }
    }
    out.write_all(tail().as_bytes())
}

#[cfg(test)]
mod tests;
