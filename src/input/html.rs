//! Reads the main text of an HTML page with `html5ever` (through
//! `scraper`), which parses any markup the way a browser does and decodes
//! every entity. A no-break space (`&nbsp;`) is written as a plain space:
//! it only keeps a browser from breaking the line, and the extractor's
//! multi-word units need the space (`0.25&nbsp;per&nbsp;cent` is 0.25 per
//! cent).
//!
//! Left out: the `head`, scripts, styles, forms and the page's furniture
//! (`nav`, `header`, `footer`, `aside`, elements whose ARIA role says
//! navigation, banner or content info, and elements whose `class` or `id`
//! has a word such as `menu`, `breadcrumb` or `footer`, unless the main
//! content, a `main`, `article` or `h1`, is inside). Block elements end a line;
//! paragraphs, headings, lists and tables stand apart with a blank line, so
//! that a heading never runs into the next sentence; a table row is one
//! line with its cells set apart by tabs, so the numbers of adjacent cells
//! never join. Runs of white space in the markup fold to one space, as a
//! browser shows them.

use scraper::{ElementRef, Html, node::Node};

/// Elements whose content is never the page's text.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "svg", "iframe", "object", "canvas", "menu", "dialog",
];

/// ARIA roles of page furniture.
const SKIPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "search",
    "menu",
    "menubar",
];

/// Words in a `class` or `id` that mark page furniture (`side-menu`,
/// `main-footer-menu`, `breadcrumb-navigator`): sites that build their
/// navigation from `div`s say so only there.
const SKIPPED_NAME_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "footers",
    "sidebar",
    "social",
    "socialmedia",
    "share",
    "skip",
    "cookie",
    "cookies",
];

/// Does the `class` or `id` value `value` name page furniture?
fn names_furniture(value: &str) -> bool {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| {
            SKIPPED_NAME_WORDS
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        })
}

/// Does `element` hold the page's main content (a `main`, `article` or
/// `h1` inside it)? A wrapper named `page-with-nav` is not furniture.
fn holds_main_content(element: ElementRef) -> bool {
    element.descendants().filter_map(ElementRef::wrap).any(|e| {
        matches!(e.value().name(), "main" | "article" | "h1")
            || e.value()
                .attr("role")
                .is_some_and(|r| r.eq_ignore_ascii_case("main"))
    })
}

/// Elements that end a line.
const LINE_BLOCKS: &[&str] = &[
    "div",
    "li",
    "dt",
    "dd",
    "br",
    "tr",
    "caption",
    "figcaption",
    "address",
    "hr",
    "section",
    "article",
    "main",
    "figure",
    "body",
    "center",
];

/// Elements set apart by a blank line.
const PARAGRAPH_BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "pre",
];

/// Table cells: a tab after each.
const CELLS: &[&str] = &["td", "th"];

/// Bytes at the start of a page in which a `<meta charset>` is looked for
/// (browsers look in the first 1024).
const CHARSET_WINDOW: usize = 1024;

/// The encoding a page declares in a `<meta>` (`charset="gbk"`, or
/// `content="text/html; charset=windows-1252"`), if any. Chinese
/// government sites still serve GBK; a BOM, where there is one, wins.
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(CHARSET_WINDOW)].to_ascii_lowercase();
    let at = memchr::memmem::find(&head, b"charset=")? + b"charset=".len();
    let label: Vec<u8> = head[at..]
        .iter()
        .copied()
        .skip_while(|b| *b == b'"' || *b == b'\'' || *b == b' ')
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .collect();
    encoding_rs::Encoding::for_label(&label)
}

/// The text of the HTML page `source` (see the module doc).
pub fn text(source: &str) -> String {
    let document = Html::parse_document(source);
    let mut out = Writer::default();
    walk(document.root_element(), &mut out, false);
    out.finish()
}

/// Builds the text: folds white space and collapses breaks.
#[derive(Default)]
struct Writer {
    text: String,
    /// Line breaks owed before the next text (1 or 2).
    breaks: usize,
    /// A space is owed before the next text.
    space: bool,
}

impl Writer {
    fn word_text(&mut self, s: &str, preformatted: bool) {
        if preformatted {
            self.flush();
            self.text.push_str(s);
            return;
        }
        if s.starts_with(|c: char| c.is_ascii_whitespace()) {
            self.space = true;
        }
        let pieces = s
            .split(|c: char| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty());
        for (i, piece) in pieces.enumerate() {
            if i > 0 {
                self.space = true;
            }
            self.flush();
            // A no-break space only stops a browser from breaking the line;
            // to the extractor it is a space (`0.25&nbsp;per&nbsp;cent`).
            self.text
                .extend(piece.chars().map(|c| if c == '\u{a0}' { ' ' } else { c }));
        }
        if s.ends_with(|c: char| c.is_ascii_whitespace()) {
            self.space = true;
        }
    }

    fn flush(&mut self) {
        if self.text.is_empty() {
            self.breaks = 0;
            self.space = false;
            return;
        }
        if self.breaks > 0 {
            self.text
                .truncate(self.text.trim_end_matches([' ', '\t']).len());
            for _ in 0..self.breaks {
                self.text.push('\n');
            }
        } else if self.space && !self.text.ends_with(['\t', ' ', '\n']) {
            self.text.push(' ');
        }
        self.breaks = 0;
        self.space = false;
    }

    fn line_break(&mut self, n: usize) {
        self.breaks = self.breaks.max(n);
        self.space = false;
    }

    fn cell_end(&mut self) {
        if self.breaks == 0 && !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.truncate(self.text.trim_end_matches(' ').len());
            self.text.push('\t');
            self.space = false;
        }
    }

    fn finish(mut self) -> String {
        let trimmed = self.text.trim_end().len();
        self.text.truncate(trimmed);
        let mut out = String::with_capacity(self.text.len() + 1);
        for line in self.text.split('\n') {
            out.push_str(line.trim_end_matches([' ', '\t']));
            out.push('\n');
        }
        if out == "\n" {
            out.clear();
        }
        out
    }
}

fn walk(element: ElementRef, out: &mut Writer, preformatted: bool) {
    let el = element.value();
    let name = el.name();
    if SKIPPED.contains(&name)
        || el
            .attr("role")
            .is_some_and(|r| SKIPPED_ROLES.iter().any(|s| r.eq_ignore_ascii_case(s)))
        || ((el.attr("class").is_some_and(names_furniture)
            || el.attr("id").is_some_and(names_furniture))
            && !holds_main_content(element))
        || el.attr("hidden").is_some()
        || el.attr("aria-hidden").is_some_and(|v| v == "true")
    {
        return;
    }
    let paragraph = PARAGRAPH_BLOCKS.contains(&name);
    let line = LINE_BLOCKS.contains(&name);
    if paragraph {
        out.line_break(2);
    } else if line {
        out.line_break(1);
    }
    let preformatted = preformatted || name == "pre";
    for child in element.children() {
        match child.value() {
            Node::Text(t) => out.word_text(t, preformatted),
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    walk(child, out, preformatted);
                }
            }
            _ => {}
        }
    }
    if CELLS.contains(&name) {
        out.cell_end();
    }
    if paragraph {
        out.line_break(2);
    } else if line {
        out.line_break(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_decoded_and_scripts_dropped() {
        let html = "<html><head><title>T</title><script>var x=42;</script></head>\
                    <body><nav>Home | 2020</nav><p>Growth was 5.2&nbsp;percent.</p>\
                    <footer>&copy; 2024</footer></body></html>";
        assert_eq!(text(html), "Growth was 5.2 percent.\n");
    }

    #[test]
    fn table_cells_never_join() {
        let html = "<table><tr><th>Year</th><th>Rate</th></tr>\
                    <tr><td>2023</td><td>4.1</td><td>5</td></tr></table>";
        assert_eq!(text(html), "Year\tRate\n2023\t4.1\t5\n");
    }

    #[test]
    fn headings_and_paragraphs_stand_apart() {
        let html = "<h2>Outlook</h2><p>Inflation  is\n  2&ndash;3 per cent.</p><ul><li>one</li><li>two</li></ul>";
        assert_eq!(
            text(html),
            "Outlook\n\nInflation is 2\u{2013}3 per cent.\n\none\ntwo\n"
        );
    }

    #[test]
    fn furniture_named_by_class_is_dropped() {
        let html = "<div class=\"tsg-rwd-side-menu\">Home 2020</div>\
                    <div id=\"mobile-breadcrumb-nav\">A > B</div><div class=\"content\">Up 4%.</div>\
                    <div class=\"page-with-nav\"><h1>Rates</h1>Down 1%.</div>";
        assert_eq!(text(html), "Up 4%.\n\nRates\n\nDown 1%.\n");
    }

    #[test]
    fn declared_charset_is_found() {
        let page =
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">";
        assert_eq!(declared_encoding(page).map(|e| e.name()), Some("GBK"));
        assert_eq!(
            declared_encoding(b"<meta charset='utf-8'>").map(|e| e.name()),
            Some("UTF-8")
        );
        assert_eq!(declared_encoding(b"<p>charset</p>"), None);
    }

    #[test]
    fn inline_elements_keep_words_together() {
        assert_eq!(
            text("<p>up <b>5</b>%, to <i>$90</i> billion</p>"),
            "up 5%, to $90 billion\n"
        );
    }
}
