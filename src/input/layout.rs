//! Turns the positioned glyphs of PDF pages into plain text in reading
//! order. Pure geometry: no PDF parsing here (that is [`super::pdf`]).
//!
//! Per page: glyphs become *fragments* (runs on one baseline without a wide
//! gap); fragments are cut recursively into blocks (XY-cut): text columns
//! first (a vertical gutter with prose on both sides; table columns and
//! chart axes are not text columns, so a table row stays one line), then
//! horizontal bands at paragraph gaps (bands that share a gutter are
//! rejoined, so two paragraphs that end at the same height in both columns
//! do not interleave the columns). Within a block, fragments on one
//! baseline form a line, set apart by a tab where the gap is wide.
//!
//! Across pages: lines near the top or bottom edge whose text repeats on
//! several pages once digits are masked (running headers and footers,
//! page numbers, printer's slugs) are dropped. Line-end hyphens are
//! repaired: `recov-`/`ery` joins to `recovery`, while a dash between digits
//! or in an identifier (`2023-`/`24`, `FAA–2020–`/`0686`) is kept and only
//! the line break goes. Raised small digits (footnote markers) are written
//! in brackets (`Requirements[2]`) so they never join a number; a raised
//! `2`/`3` after a length unit stays an exponent (`km2`).
//!
//! Invariant: the output holds no `\f`; the caller puts one between pages.

/// One glyph as placed on the page: `x` and `y` (the baseline, measured
/// down from the top edge) in points, `size` the font size in points,
/// `advance` the horizontal advance in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub advance: f64,
    pub text: String,
}

/// A page's glyphs in content-stream order and the page's height.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub height: f64,
    pub glyphs: Vec<Glyph>,
}

/// Gap, in ems, beyond which two glyphs on one baseline belong to
/// different fragments (table cells, columns).
const FRAGMENT_GAP_EM: f64 = 1.0;
/// Gap, in ems, above which a space is written between two glyphs.
const SPACE_GAP_EM: f64 = 0.15;
/// Gap, in ems, above which a space is written next to a CJK glyph
/// (justified Chinese text spreads its characters).
const CJK_SPACE_GAP_EM: f64 = 0.6;
/// Narrowest vertical gutter between text columns, in ems.
const GUTTER_EM: f64 = 0.8;
/// Median fragment width, in ems, that makes a block prose (a text column)
/// rather than table cells or axis ticks.
const PROSE_WIDTH_EM: f64 = 6.0;
/// Vertical gap between line boxes, in ems, that separates paragraphs
/// (at least; more where the usual gap between lines is wider).
const PARAGRAPH_GAP_EM: f64 = 0.8;
/// The widest gap, in ems, that loose leading can make ordinary.
const MAX_PARAGRAPH_GAP_EM: f64 = 2.5;
/// Share of the page height at the top and at the bottom where running
/// headers and footers are looked for.
const EDGE_ZONE: f64 = 0.12;
/// Deepest recursion of the XY-cut (a guard; real pages need a few).
const MAX_DEPTH: usize = 48;

/// The text of every page, in order, headers and footers dropped and
/// hyphenation repaired. Each page's text ends with a line break unless
/// it is empty.
pub fn pages_text(pages: &[Page]) -> Vec<String> {
    let laid: Vec<Vec<Line>> = pages.iter().map(lay_out_page).collect();
    let repeated = repeated_edge_lines(pages, &laid);
    let is_furniture = |l: &Line| may_be_furniture(l) && repeated.contains(&edge_key(&l.text));
    // The page numbers the furniture of each page carries (`… Proposed
    // Rules 47699`).
    let numbers: Vec<Vec<u64>> = laid
        .iter()
        .map(|lines| {
            lines
                .iter()
                .filter(|l| is_furniture(l))
                .flat_map(|l| integers(&l.text))
                .collect()
        })
        .collect();
    laid.iter()
        .enumerate()
        .map(|(i, lines)| {
            let kept: Vec<Line> = lines
                .iter()
                .filter(|l| !is_furniture(l) && !lone_page_number(l, i, &numbers))
                .cloned()
                .collect();
            join_lines(&kept)
        })
        .collect()
}

/// The integers written in a line.
fn integers(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty() && w.len() <= 9)
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// A page number alone at the edge of a page whose layout differs from the
/// rest (the first page of a Federal Register notice: `47698` alone, then
/// `… Proposed Rules 47699` on the next page): it is the number before
/// the next page's, or after the previous page's.
fn lone_page_number(line: &Line, page: usize, numbers: &[Vec<u64>]) -> bool {
    let body = line.text.trim();
    if !line.at_edge
        || body.is_empty()
        || body.len() > 9
        || !body.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let Ok(n) = body.parse::<u64>() else {
        return false;
    };
    let next = numbers
        .get(page + 1)
        .is_some_and(|ns| ns.contains(&(n + 1)));
    let prev = page > 0 && n > 0 && numbers[page - 1].contains(&(n - 1));
    next || prev
}

/// A glyph inside a fragment, with what the text writer needs.
#[derive(Debug, Clone)]
struct Placed {
    x: f64,
    y: f64,
    size: f64,
    end: f64,
    text: String,
    /// A space glyph or a gap came before it.
    space_before: bool,
}

#[derive(Debug, Clone)]
struct Fragment {
    x0: f64,
    x1: f64,
    /// Baseline of the fragment's largest glyph.
    y: f64,
    size: f64,
    glyphs: Vec<Placed>,
}

impl Fragment {
    fn top(&self) -> f64 {
        self.y - 0.8 * self.size
    }
    fn bottom(&self) -> f64 {
        self.y + 0.25 * self.size
    }
    fn width(&self) -> f64 {
        self.x1 - self.x0
    }
}

/// A line of a laid-out page.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// In the top or bottom zone of the page.
    at_edge: bool,
    /// A paragraph gap (or another block) comes before it.
    blank_before: bool,
}

fn is_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF)
    })
}

fn fragments(page: &Page) -> Vec<Fragment> {
    let mut out: Vec<Fragment> = Vec::new();
    let mut current: Option<Fragment> = None;
    let mut pending_space = false;
    for g in &page.glyphs {
        let usable = g.x.is_finite()
            && g.y.is_finite()
            && g.size.is_finite()
            && g.advance.is_finite()
            && g.size > 0.0;
        if !usable {
            continue;
        }
        if g.text.chars().all(char::is_whitespace) {
            pending_space = true;
            continue;
        }
        let end = g.x + g.advance.max(0.0);
        if let Some(f) = current.as_mut() {
            let em = f.size.max(g.size);
            let last = f.glyphs.last();
            let gap = last.map_or(0.0, |p| g.x - p.end);
            let same_line = (g.y - f.y).abs() <= 0.6 * em;
            // A glyph printed twice a hair apart (fake bold) is one glyph.
            let doubled = last.is_some_and(|p| {
                p.text == g.text && (p.x - g.x).abs() < 0.15 * em && (p.y - g.y).abs() < 0.15 * em
            });
            if same_line && doubled {
                pending_space = false;
                continue;
            }
            if same_line && gap > -0.6 * em && gap <= FRAGMENT_GAP_EM * em {
                let cjk = last.is_some_and(|p| is_cjk(&p.text)) || is_cjk(&g.text);
                let threshold = if cjk { CJK_SPACE_GAP_EM } else { SPACE_GAP_EM };
                let space_before = (pending_space && !cjk) || gap > threshold * em;
                if g.size > f.size {
                    f.size = g.size;
                    f.y = g.y;
                }
                f.x1 = f.x1.max(end);
                f.glyphs.push(Placed {
                    x: g.x,
                    y: g.y,
                    size: g.size,
                    end,
                    text: g.text.clone(),
                    space_before,
                });
                pending_space = false;
                continue;
            }
        }
        if let Some(f) = current.take() {
            out.push(f);
        }
        current = Some(Fragment {
            x0: g.x,
            x1: end,
            y: g.y,
            size: g.size,
            glyphs: vec![Placed {
                x: g.x,
                y: g.y,
                size: g.size,
                end,
                text: g.text.clone(),
                space_before: false,
            }],
        });
        pending_space = false;
    }
    out.extend(current);
    out
}

fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Gaps in the union of `intervals` at least `min` wide, as (start, end).
fn gaps(mut intervals: Vec<(f64, f64)>, min: f64) -> Vec<(f64, f64)> {
    intervals.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for (start, end) in intervals {
        if reach.is_finite() && start - reach >= min {
            out.push((reach, start));
        }
        reach = reach.max(end);
    }
    out
}

/// Is this set of fragments prose (long runs of text), not table cells?
fn is_prose(frags: &[&Fragment], em: f64) -> bool {
    !frags.is_empty() && median(frags.iter().map(|f| f.width()).collect()) >= PROSE_WIDTH_EM * em
}

/// The widest gutter between text columns, as its x range.
fn column_cut(frags: &[&Fragment], em: f64) -> Option<(f64, f64)> {
    let candidates = gaps(frags.iter().map(|f| (f.x0, f.x1)).collect(), GUTTER_EM * em);
    candidates
        .into_iter()
        .filter(|&(a, b)| {
            let mid = (a + b) / 2.0;
            let (left, right): (Vec<&Fragment>, Vec<&Fragment>) =
                frags.iter().partition(|f| f.x1 <= mid);
            is_prose(&left, em) && is_prose(&right, em)
        })
        .max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
}

/// The usual gap between the boxes of consecutive lines: the median
/// distance between neighbouring baselines less a line box's height.
fn usual_gap(frags: &[&Fragment], em: f64) -> f64 {
    let mut baselines: Vec<f64> = frags.iter().map(|f| f.y).collect();
    baselines.sort_by(f64::total_cmp);
    baselines.dedup_by(|b, a| (*b - *a).abs() < 0.3 * em);
    let pitches: Vec<f64> = baselines.windows(2).map(|w| w[1] - w[0]).collect();
    median(pitches) - 1.05 * em
}

/// How two neighbouring blocks are joined.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Join {
    /// Next column: a line break only.
    Column,
    /// Next band (a paragraph gap): a blank line.
    Band,
}

fn xy_cut<'a>(
    frags: Vec<&'a Fragment>,
    em: f64,
    depth: usize,
    out: &mut Vec<(Join, Vec<&'a Fragment>)>,
    join: Join,
) {
    if frags.len() < 2 || depth >= MAX_DEPTH {
        out.push((join, frags));
        return;
    }
    if let Some((a, b)) = column_cut(&frags, em) {
        let mid = (a + b) / 2.0;
        let (left, right): (Vec<&Fragment>, Vec<&Fragment>) =
            frags.into_iter().partition(|f| f.x1 <= mid);
        xy_cut(left, em, depth + 1, out, join);
        xy_cut(right, em, depth + 1, out, Join::Column);
        return;
    }
    let boxes: Vec<(f64, f64)> = frags.iter().map(|f| (f.top(), f.bottom())).collect();
    // Loose leading (Chinese documents set 16 pt type 29 pt apart) is not a
    // paragraph gap: a gap counts only if it is wider than the usual one.
    // Capped: with few lines far apart the median pitch is no leading.
    let wide = (usual_gap(&frags, em) + 0.6 * em).min(MAX_PARAGRAPH_GAP_EM * em);
    let cuts = gaps(boxes, (PARAGRAPH_GAP_EM * em).max(wide));
    if cuts.is_empty() {
        out.push((join, frags));
        return;
    }
    let mut bands: Vec<Vec<&Fragment>> = vec![Vec::new(); cuts.len() + 1];
    for f in frags {
        let band = cuts.iter().take_while(|&&(a, _)| f.top() >= a).count();
        bands[band].push(f);
    }
    // Rejoin neighbouring bands that are columns with the same gutter: two
    // paragraphs that happen to end at one height must not interleave.
    let mut merged: Vec<Vec<&Fragment>> = Vec::new();
    for band in bands.into_iter().filter(|b| !b.is_empty()) {
        if let Some(last) = merged.last_mut() {
            let shared = match (column_cut(last, em), column_cut(&band, em)) {
                (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
                _ => false,
            };
            if shared {
                let mut union = last.clone();
                union.extend(band.iter().copied());
                if column_cut(&union, em).is_some() {
                    *last = union;
                    continue;
                }
            }
        }
        merged.push(band);
    }
    if merged.len() == 1 {
        let only = merged.pop().unwrap_or_default();
        out.push((join, only));
        return;
    }
    for (i, band) in merged.into_iter().enumerate() {
        let j = if i == 0 { join } else { Join::Band };
        xy_cut(band, em, depth + 1, out, j);
    }
}

fn lay_out_page(page: &Page) -> Vec<Line> {
    let frags = fragments(page);
    if frags.is_empty() {
        return Vec::new();
    }
    let em = median(frags.iter().map(|f| f.size).collect()).max(1.0);
    let mut blocks = Vec::new();
    xy_cut(frags.iter().collect(), em, 0, &mut blocks, Join::Column);
    let height = if page.height.is_finite() && page.height > 0.0 {
        page.height
    } else {
        frags.iter().map(|f| f.bottom()).fold(0.0, f64::max)
    };
    let mut lines = Vec::new();
    for (join, block) in blocks {
        let mut first = true;
        for (y, text) in block_lines(block) {
            let at_edge = y < EDGE_ZONE * height || y > (1.0 - EDGE_ZONE) * height;
            lines.push(Line {
                text,
                at_edge,
                blank_before: first && join == Join::Band,
            });
            first = false;
        }
    }
    lines
}

/// The lines of one block, top to bottom: fragments on one baseline,
/// left to right, a tab between them.
fn block_lines(mut block: Vec<&Fragment>) -> Vec<(f64, String)> {
    block.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut rows: Vec<Vec<&Fragment>> = Vec::new();
    for f in block {
        match rows.last_mut() {
            Some(row)
                if row
                    .iter()
                    .any(|r| (r.y - f.y).abs() <= 0.5 * r.size.max(f.size)) =>
            {
                row.push(f)
            }
            _ => rows.push(vec![f]),
        }
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            let y = row.iter().map(|f| f.y).fold(f64::NEG_INFINITY, f64::max);
            let size = row.iter().map(|f| f.size).fold(0.0, f64::max);
            let base = row
                .iter()
                .filter(|f| f.size >= size)
                .map(|f| f.y)
                .fold(y, f64::min);
            let mut text = String::new();
            for (i, f) in row.iter().enumerate() {
                if i > 0 {
                    text.push('\t');
                }
                write_fragment(&mut text, f, base, size);
            }
            (y, text)
        })
        .collect()
}

/// Units after which a raised `2` or `3` is an exponent, not a footnote.
const EXPONENT_UNITS: &[&str] = &["m", "km", "cm", "mm", "ft", "in", "mi", "yd"];

fn write_fragment(out: &mut String, f: &Fragment, base: f64, size: f64) {
    let raised = |p: &Placed| {
        p.size <= 0.8 * size
            && base - p.y >= 0.2 * size
            && p.text.chars().all(|c| c.is_ascii_digit() || c == ',')
    };
    let mut i = 0;
    while i < f.glyphs.len() {
        let p = &f.glyphs[i];
        if p.space_before && i > 0 {
            out.push(' ');
        }
        if raised(p) {
            let mut run = String::new();
            let mut j = i;
            while j < f.glyphs.len()
                && raised(&f.glyphs[j])
                && (j == i || !f.glyphs[j].space_before)
            {
                run.push_str(&f.glyphs[j].text);
                j += 1;
            }
            let word: String = out
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let exponent = (run == "2" || run == "3")
                && !p.space_before
                && EXPONENT_UNITS.contains(&word.as_str());
            let run = run.trim_matches(',');
            if exponent || run.is_empty() {
                out.push_str(run);
            } else {
                out.push('[');
                out.push_str(run);
                out.push(']');
            }
            i = j;
            continue;
        }
        out.push_str(&p.text);
        i += 1;
    }
}

/// A line's text with digits masked, case and white space dropped: the
/// same running header on every page has one key.
fn edge_key(text: &str) -> String {
    let mut key = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() || c.is_numeric() {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else if !c.is_whitespace() {
            key.extend(c.to_lowercase());
        }
    }
    key
}

/// Can this line be a running header, footer or slug? It must be near an
/// edge, and a row of numbers (a table row at the top of every page of an
/// annex: three or more numbers and hardly a letter) never is, though its
/// digit-masked key repeats.
fn may_be_furniture(line: &Line) -> bool {
    if !line.at_edge {
        return false;
    }
    let mut numbers = 0;
    let mut in_number = false;
    for c in line.text.chars() {
        let digit = c.is_ascii_digit();
        if digit && !in_number {
            numbers += 1;
        }
        in_number = digit || (in_number && matches!(c, '.' | ','));
    }
    let letters = line.text.chars().filter(|c| c.is_alphabetic()).count();
    numbers <= 2 || letters >= 2
}

/// Keys of edge lines that occur on enough pages to be furniture.
fn repeated_edge_lines(pages: &[Page], laid: &[Vec<Line>]) -> std::collections::HashSet<String> {
    use std::collections::{HashMap, HashSet};
    let threshold = pages.len().clamp(2, 3);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for lines in laid {
        let keys: HashSet<String> = lines
            .iter()
            .filter(|l| may_be_furniture(l))
            .map(|l| edge_key(&l.text))
            .filter(|k| !k.is_empty())
            .collect();
        for key in keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= threshold && pages.len() >= 2)
        .map(|(k, _)| k)
        .collect()
}

const HYPHENS: &[char] = &['-', '\u{00AD}', '\u{2010}', '\u{2011}'];
const DASHES: &[char] = &['-', '\u{2010}', '\u{2011}', '\u{2013}'];

/// How a line break between two lines is written.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Break {
    /// `recov-` + `ery`: a word broken at the line end; hyphen and break go.
    Word,
    /// `2023-` + `24`, `FAA–2020–` + `0686`: the dash stays, the break goes.
    Dash,
    /// An ordinary line break.
    Line,
}

fn line_break(prev: &str, next: &str) -> Break {
    let mut back = prev.chars().rev();
    let (Some(dash), Some(before)) = (back.next(), back.next()) else {
        return Break::Line;
    };
    let Some(after) = next.chars().next() else {
        return Break::Line;
    };
    if HYPHENS.contains(&dash) && before.is_lowercase() && after.is_lowercase() {
        return Break::Word;
    }
    if DASHES.contains(&dash) && before.is_alphanumeric() && after.is_alphanumeric() {
        return Break::Dash;
    }
    Break::Line
}

fn join_lines(lines: &[Line]) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            if line.blank_before {
                out.push_str("\n\n");
            } else {
                match line_break(&out, &line.text) {
                    Break::Word => {
                        out.pop();
                    }
                    Break::Dash => {}
                    Break::Line => out.push('\n'),
                }
            }
        }
        out.push_str(&line.text);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `text` on a baseline, 10 pt, 5 pt advance per char.
    fn run(text: &str, x: f64, y: f64) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + 5.0 * i as f64,
                y,
                size: 10.0,
                advance: 5.0,
                text: c.to_string(),
            })
            .collect()
    }

    fn page(runs: &[(&str, f64, f64)]) -> Page {
        Page {
            height: 800.0,
            glyphs: runs.iter().flat_map(|&(t, x, y)| run(t, x, y)).collect(),
        }
    }

    #[test]
    fn two_columns_are_read_left_then_right() {
        let p = page(&[
            ("left column first line of prose", 50.0, 200.0),
            ("right column first line of prose", 300.0, 200.0),
            ("left column second line of text", 50.0, 212.0),
            ("right column second line of text", 300.0, 212.0),
        ]);
        assert_eq!(
            pages_text(&[p]),
            vec![
                "left column first line of prose\nleft column second line of text\n\
                 right column first line of prose\nright column second line of text\n"
            ]
        );
    }

    #[test]
    fn table_row_stays_one_line_with_tabs() {
        let p = page(&[
            ("GDP growth", 50.0, 200.0),
            ("3.5", 200.0, 200.0),
            ("4.2", 260.0, 200.0),
            ("Inflation", 50.0, 212.0),
            ("2.1", 200.0, 212.0),
            ("1.9", 260.0, 212.0),
        ]);
        assert_eq!(
            pages_text(&[p]),
            vec!["GDP growth\t3.5\t4.2\nInflation\t2.1\t1.9\n"]
        );
    }

    #[test]
    fn repeated_header_and_page_number_are_dropped() {
        let pages: Vec<Page> = (1..=3)
            .map(|n| {
                page(&[
                    ("Economic Outlook 2026", 50.0, 30.0),
                    (&format!("Body text of page {n} is here."), 50.0, 300.0),
                    (&format!("— {n} —"), 280.0, 780.0),
                ])
            })
            .collect();
        assert_eq!(
            pages_text(&pages),
            vec![
                "Body text of page 1 is here.\n",
                "Body text of page 2 is here.\n",
                "Body text of page 3 is here.\n"
            ]
        );
    }

    #[test]
    fn a_lone_page_number_in_sequence_with_the_next_header_is_dropped() {
        // 04-usa-federal-register-faa-proposed-rule-2020-en.pdf: page 1
        // has its page number alone; the later pages carry it in the
        // running header.
        let mut pages = vec![page(&[
            ("47698", 500.0, 30.0),
            ("It affects 73 airplanes.", 50.0, 300.0),
        ])];
        for n in 47699..=47701 {
            pages.push(page(&[
                (
                    &format!("Federal Register / Vol. 85 / Proposed Rules {n}"),
                    50.0,
                    30.0,
                ),
                ("Body text.", 50.0, 300.0),
            ]));
        }
        assert_eq!(
            pages_text(&pages),
            vec![
                "It affects 73 airplanes.\n",
                "Body text.\n",
                "Body text.\n",
                "Body text.\n"
            ]
        );
        // A number out of sequence stays.
        pages[0] = page(&[("512", 500.0, 30.0), ("Body.", 50.0, 300.0)]);
        assert_eq!(pages_text(&pages)[0], "512\n\nBody.\n");
    }

    #[test]
    fn table_rows_at_the_top_of_pages_are_kept() {
        let pages: Vec<Page> = (1..=3)
            .map(|n| {
                page(&[
                    (&format!("201{n}"), 50.0, 30.0),
                    ("1.2", 150.0, 30.0),
                    (&format!("{n}.4"), 200.0, 30.0),
                    ("0.7", 250.0, 30.0),
                    ("Annex text of a page.", 50.0, 300.0),
                ])
            })
            .collect();
        assert_eq!(
            pages_text(&pages)[1],
            "2012\t1.2\t2.4\t0.7\n\nAnnex text of a page.\n"
        );
    }

    #[test]
    fn hyphen_at_line_end_joins_a_word_but_keeps_a_range() {
        let p = page(&[
            ("the recov-", 50.0, 200.0),
            ("ery in 2023-", 50.0, 212.0),
            ("24 was slow", 50.0, 224.0),
        ]);
        assert_eq!(pages_text(&[p]), vec!["the recovery in 2023-24 was slow\n"]);
    }

    #[test]
    fn raised_small_digits_are_a_bracketed_marker() {
        let mut glyphs = run("Requirements", 50.0, 200.0);
        glyphs.push(Glyph {
            x: 110.0,
            y: 196.0,
            size: 6.0,
            advance: 3.0,
            text: "2".into(),
        });
        glyphs.extend(run(" rose 5%", 113.0, 200.0));
        let mut area = run("of 30 km", 50.0, 230.0);
        area.push(Glyph {
            x: 90.0,
            y: 226.0,
            size: 6.0,
            advance: 3.0,
            text: "2".into(),
        });
        glyphs.extend(area);
        let p = Page {
            height: 800.0,
            glyphs,
        };
        assert_eq!(
            pages_text(&[p]),
            vec!["Requirements[2] rose 5%\nof 30 km2\n"]
        );
    }

    #[test]
    fn garbage_geometry_does_not_panic() {
        let p = Page {
            height: f64::NAN,
            glyphs: vec![
                Glyph {
                    x: f64::INFINITY,
                    y: 1.0,
                    size: 1.0,
                    advance: 1.0,
                    text: "a".into(),
                },
                Glyph {
                    x: 1.0,
                    y: 1.0,
                    size: -3.0,
                    advance: f64::NAN,
                    text: "b".into(),
                },
                Glyph {
                    x: 1.0,
                    y: 1.0,
                    size: 3.0,
                    advance: 1.0,
                    text: "c".into(),
                },
            ],
        };
        assert_eq!(pages_text(&[p]), vec!["c\n"]);
    }
}
