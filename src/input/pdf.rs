//! Reads a PDF's text layer: `pdf-extract` (over `lopdf`) decodes the
//! fonts (ToUnicode CMaps, CID fonts, so Chinese text too) and reports
//! every glyph with its position; [`super::layout`] puts the glyphs in
//! reading order. Pages are joined with a form feed (`\f`), so the page of
//! any byte offset is one plus the form feeds before it. A backtick before
//! an amount is the rupee sign of the Rupee Foradian font (`₹`).
//!
//! PDF parsers panic and can loop on malformed files. Here a panic on one
//! page leaves that page empty with a warning; a panic while opening, an
//! encrypted file, a file without any text (a scan) or a read that takes
//! longer than [`TIME_LIMIT`] is an error for this file only. The read runs
//! on its own thread so that a parser stuck in a loop cannot hold up the
//! batch: the thread is abandoned and the file reported.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::layout::{self, Glyph, Page};
use crate::error::InputError;

/// Stack of the reader thread: parsers recurse into nested objects, and a
/// deep (hostile) nesting must not overflow a small default stack. Only
/// the pages touched are ever mapped.
const STACK_BYTES: usize = 64 << 20;
/// The name of every PDF reader thread starts with this: a panic there
/// is expected on malformed files and becomes the file's error (the
/// binary's silent panic hook, `app::catch_panics`, keeps it off stderr).
pub const READER_THREAD_PREFIX: &str = "pdf reader ";

/// Longest a single PDF may take to read.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);
/// Most glyphs read from one page: a content stream that draws more is
/// hostile or broken, and the rest of the page is left out.
const MAX_GLYPHS_PER_PAGE: usize = 200_000;
/// Most pages read from one file.
const MAX_PAGES: usize = 20_000;

/// The text of a PDF, pages joined by `\f`, with warnings.
#[derive(Debug)]
pub struct PdfText {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Reads the PDF `bytes` named `name` (see the module doc).
pub fn read(name: &str, bytes: Vec<u8>) -> Result<PdfText, InputError> {
    read_within(name, bytes, TIME_LIMIT)
}

/// [`read`] with a time limit of `limit`.
pub fn read_within(name: &str, bytes: Vec<u8>, limit: Duration) -> Result<PdfText, InputError> {
    let (tx, rx) = mpsc::channel();
    let owned = name.to_string();
    let spawned = thread::Builder::new()
        .name(format!("{READER_THREAD_PREFIX}{name}"))
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let result = panic::catch_unwind(AssertUnwindSafe(|| read_now(&owned, &bytes)))
                .unwrap_or_else(|payload| {
                    Err(bad(
                        &owned,
                        &format!("the PDF parser failed ({})", panic_text(payload.as_ref())),
                    ))
                });
            // The receiver may have given up (time limit): nothing to do.
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Err(bad(name, &format!("cannot start a reader thread: {e}")));
    }
    match rx.recv_timeout(limit) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(bad(
            name,
            &format!("reading took longer than {limit:?} (a malformed or hostile file?)"),
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(bad(name, "the PDF reader stopped without a result"))
        }
    }
}

fn bad(name: &str, problem: &str) -> InputError {
    InputError::Unreadable {
        path: name.to_string(),
        format: "PDF",
        problem: problem.to_string(),
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("unknown panic");
    message
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect()
}

fn read_now(name: &str, bytes: &[u8]) -> Result<PdfText, InputError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)
        .map_err(|e| bad(name, &format!("not a readable PDF ({e})")))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(bad(name, "encrypted; a password is needed"));
    }
    let numbers: Vec<u32> = doc.get_pages().keys().copied().take(MAX_PAGES).collect();
    if numbers.is_empty() {
        return Err(bad(name, "no pages"));
    }
    let mut warnings = Vec::new();
    let mut pages = Vec::with_capacity(numbers.len());
    for number in numbers {
        let mut device = Collector::default();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            pdf_extract::output_doc_page(&doc, &mut device, number)
        }));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) => warnings.push(format!("{name}: page {number}: text not read ({e})")),
            Err(payload) => warnings.push(format!(
                "{name}: page {number}: text not read (the PDF parser failed: {})",
                panic_text(payload.as_ref())
            )),
        }
        if device.truncated {
            warnings.push(format!(
                "{name}: page {number}: more than {MAX_GLYPHS_PER_PAGE} glyphs; the rest of the page is left out"
            ));
        }
        pages.push(device.page);
    }
    if pages.iter().all(|p| p.glyphs.is_empty()) {
        // Pages that failed say why; without failures, there is no text.
        let problem = match warnings.first() {
            Some(first) => format!(
                "no page could be read ({})",
                first.strip_prefix(&format!("{name}: ")).unwrap_or(first)
            ),
            None => "no text layer (a scanned PDF?); nothing to read".to_string(),
        };
        return Err(bad(name, &problem));
    }
    let text = rupee_signs(&layout::pages_text(&pages).join("\u{c}"));
    Ok(PdfText { text, warnings })
}

/// Indian government PDFs set the rupee sign in the Rupee Foradian font,
/// whose glyph sits on the backtick key and extracts as `` ` ``
/// (`` ` 12,00,000``). A typeset report has no other use for a backtick
/// before an amount, so one followed by a digit (spaces between allowed)
/// is written as `₹`.
fn rupee_signs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let before_amount = c == '`'
            && text[i + 1..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(|d: char| d.is_ascii_digit());
        out.push(if before_amount { '₹' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backtick_before_an_amount_is_the_rupee_sign() {
        assert_eq!(
            rupee_signs("above ` 12,00,000 and `code` or `5"),
            "above ₹ 12,00,000 and `code` or ₹5"
        );
    }
}

/// Collects the glyphs of one page from `pdf-extract`.
#[derive(Default)]
struct Collector {
    page: Page,
    top: f64,
    truncated: bool,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.top = media_box.ury;
        self.page.height = (media_box.ury - media_box.lly).abs();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        if self.page.glyphs.len() >= MAX_GLYPHS_PER_PAGE {
            self.truncated = true;
            return Ok(());
        }
        // Rotated text (margin notes printed sideways) is not body text.
        let upright =
            trm.m12.abs() < 1e-6 && trm.m21.abs() < 1e-6 && trm.m11 > 0.0 && trm.m22 > 0.0;
        if !upright {
            return Ok(());
        }
        let size = font_size * (trm.m11 * trm.m22).abs().sqrt();
        self.page.glyphs.push(Glyph {
            x: trm.m31,
            y: self.top - trm.m32,
            size,
            advance: width * size,
            text: char.to_string(),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
