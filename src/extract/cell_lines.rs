//! Tables flattened to one cell a line: what a PDF or DOCX reader (or a
//! web page's text) writes for a statistical communiqué's table when it
//! puts every cell on a line of its own, with or without a bar after it
//! or a bar line between cells:
//!
//! ```text
//! 指 标        项 目 |
//! |            单 位 |
//! 绝对数       2014年 |
//! |            2015年 |
//! 比上年增长%  2015年比
//! |            2014增长% |
//! 生产总值     一、旅游业收入 |
//! |            亿元 |
//! 295.4        210.23 |
//! |            227.44 |
//! 7.7          8.2 |
//! ```
//!
//! The layout repeats: N header cells, then rows of L label cells (the row
//! label, a unit cell) and V value cells, N = L + V. This stage finds that
//! repetition and rewrites the layout `cells` reads (same length, same
//! offsets: a line break or a bar becomes a tab) so that each header and
//! each row is one tab-separated line, read by the rules of tab-separated
//! tables (column header, unit column, caption). A cell line is short, has
//! no clause mark and no tab; V comes from the first run of value cells,
//! L from the label cells between the first and the second run, and the
//! N cells before the first row are the header, which must have a Han
//! character and a column that says something (a unit, `单位`, a growth).
//! At least two whole rows follow it; the table ends at the first row of
//! another shape. A header cell wrapped over two lines, where the cells
//! end in a bar (`2015年比` / `2014增长% |`), is one cell.

use std::ops::Range;

use rust_decimal::Decimal;

use super::lang::zh;

/// The longest cell line, in characters.
const CELL_CHARS: usize = 30;

/// One cell: where its text starts and ends in the whole text, the line
/// breaks inside it (a header wrapped over two lines), and whether it is
/// a value.
#[derive(Debug, Clone)]
struct Cell {
    start: usize,
    end: usize,
    wraps: Vec<usize>,
    value: bool,
    /// Names a unit column, a unit or a growth (for the header).
    says: bool,
    han: bool,
}

/// A bare number cell (`1,953.2`, `-0.5`, `−3`), with its value; no unit,
/// range, bracket or letter.
pub fn cell_number(cell: &str) -> Option<Decimal> {
    let (negative, digits) = match cell.strip_prefix(['-', '−', '–']) {
        Some(rest) => (true, rest),
        None => (false, cell),
    };
    let first = digits.chars().next()?;
    if !first.is_ascii_digit()
        || !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        || digits.bytes().filter(|&b| b == b'.').count() > 1
        || digits.ends_with([',', '.'])
    {
        return None;
    }
    let value: Decimal = digits.replace(',', "").parse().ok()?;
    Some(if negative { -value } else { value })
}

/// A calendar year written alone (a row label or a column of years).
pub fn is_year(cell: &str) -> bool {
    cell.len() == 4
        && cell
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Whether a line (trimmed, bar removed) may be a cell: short, no tab,
/// no clause or sentence mark.
fn is_cell_text(body: &str) -> bool {
    !body.is_empty()
        && body.chars().count() <= CELL_CHARS
        && !body.contains(['\t', '。', '；', '，', ';', '！', '？'])
        && !body.ends_with([':', '：', ','])
}

/// A value cell: a bare number, or a placeholder (`-`, `—`, `…`).
fn is_value(body: &str) -> bool {
    (cell_number(body).is_some() && !is_year(body))
        || ["-", "—", "--", "…", "...", "/"].contains(&body)
}

/// Whether a header cell says something of its column: the rows' unit
/// column (`单 位`), a unit in brackets or a percent sign
/// (`绝对数（亿元）`, `比上年增长%`), or a growth.
fn says_something(body: &str) -> bool {
    let plain: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    plain == "单位"
        || plain.ends_with(['%', '％', ')', '）'])
        || zh::tables::GROWTH_HEADS.iter().any(|w| plain.contains(w))
}

/// The bytes of `text` to rewrite, each with its new byte: a tab between
/// the cells of a rebuilt row (for the line breaks, bar lines and bars
/// between them, and the bar after its last cell), a space inside a
/// wrapped header cell.
pub(super) fn rebuild(text: &str) -> Vec<(usize, u8)> {
    let mut out = Vec::new();
    let mut run: Vec<Cell> = Vec::new();
    // The run's cells end in a bar (`210.23 |`).
    let mut bars_end = false;
    // A header cell that wrapped (`2015年比`): where it starts.
    let mut pending: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        if trimmed == "|" {
            // A bar line between two cells.
            continue;
        }
        let (body, bar) = match trimmed.strip_suffix('|') {
            Some(rest) => (rest.trim_end(), true),
            None => (trimmed, false),
        };
        if !is_cell_text(body) {
            settle(text, &mut run, &mut out);
            bars_end = false;
            pending = None;
            continue;
        }
        let body_start = start + (content.len() - content.trim_start().len());
        let body_end = body_start + body.len();
        if bar {
            bars_end = true;
        } else if bars_end && pending.is_none() && !is_value(body) {
            // Where cells end in a bar, a line without one wraps on to
            // the next (`2015年比` / `2014增长% |`).
            pending = Some(body_start);
            continue;
        }
        let cell_start = pending.take().unwrap_or(body_start);
        let wraps = (cell_start..body_start)
            .filter(|&i| matches!(text.as_bytes()[i], b'\n' | b'\r'))
            .collect();
        let whole = &text[cell_start..body_end];
        run.push(Cell {
            start: cell_start,
            end: body_end,
            wraps,
            value: is_value(body),
            says: says_something(whole),
            han: whole.chars().any(zh::tables::is_han),
        });
    }
    settle(text, &mut run, &mut out);
    out
}

/// Rebuilds the tables of a run of cell lines and starts a new run.
fn settle(text: &str, run: &mut Vec<Cell>, out: &mut Vec<(usize, u8)>) {
    let cells = std::mem::take(run);
    let mut from = 0;
    while let Some((rows, end)) = find_table(&cells, from) {
        for row in rows {
            let row = &cells[row];
            for (j, cell) in row.iter().enumerate() {
                out.extend(cell.wraps.iter().map(|&i| (i, b' ')));
                // Up to the next cell of the row, or to the line's end.
                let upto = match row.get(j + 1) {
                    Some(next) => next.start,
                    None => text[cell.end..]
                        .find('\n')
                        .map_or(text.len(), |n| cell.end + n),
                };
                for i in cell.end..upto {
                    if matches!(text.as_bytes()[i], b'|' | b'\n' | b'\r') {
                        out.push((i, b'\t'));
                    }
                }
            }
        }
        from = end;
    }
}

/// The header and rows (ranges of `cells`) of the first table at or after
/// `from`, and the index after its last row.
fn find_table(cells: &[Cell], from: usize) -> Option<(Vec<Range<usize>>, usize)> {
    let mut first = from;
    loop {
        first += cells.get(first..)?.iter().position(|c| c.value)?;
        let values = cells[first..].iter().take_while(|c| c.value).count();
        let labels = cells[first + values..]
            .iter()
            .take_while(|c| !c.value)
            .count();
        let width = labels + values;
        let next = first + values;
        if labels == 0 || next + labels >= cells.len() || first < from + width + labels {
            first = next;
            continue;
        }
        let header = first - labels - width..first - labels;
        let head = &cells[header.clone()];
        if !(head.iter().any(|c| c.han) && head.iter().any(|c| c.says)) {
            first = next;
            continue;
        }
        let mut rows = vec![header];
        let mut at = first - labels;
        while at + width <= cells.len()
            && cells[at..at + labels].iter().all(|c| !c.value)
            && cells[at + labels..at + width].iter().all(|c| c.value)
        {
            rows.push(at..at + width);
            at += width;
        }
        if rows.len() >= 3 {
            return Some((rows, at));
        }
        first = next;
    }
}

#[cfg(test)]
mod tests {
    use super::rebuild;

    /// `text kind value unit trend` of each claim.
    fn claims(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {} {}",
                    &text[c.span.start..c.span.end],
                    c.kind.as_str(),
                    c.value.normalize(),
                    c.unit,
                    c.trend.as_str()
                )
            })
            .collect()
    }

    #[test]
    fn cells_between_bar_lines_take_the_caption_and_the_growth_header() {
        // The shape of a district communiqué's web table: a title, a
        // caption, then every cell on its own line with a bar line between.
        let text = "2023年全县生产总值及其增长速度\n|\n单位:亿元\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n地区生产总值\n|\n120.5\n|\n6.1\n|\n第一产业\n|\n20.3\n|\n-1.2\n|\n第二产业\n|\n45.0\n|\n0.0\n|\n全年一般公共预算收入达到10亿元，比上年增长3%。\n";
        assert_eq!(
            claims(text),
            [
                "120.5 money 12050000000 CNY ",
                "6.1 percent 6.1 % up",
                "20.3 money 2030000000 CNY ",
                "-1.2 percent -1.2 % down",
                "45.0 money 4500000000 CNY ",
                // (Zero is a gray zone of CLAIMS.md: an unread zero stays
                // out.)
                "10亿元 money 1000000000 CNY up",
                "3% percent 3 % up"
            ]
        );
    }

    #[test]
    fn cells_ending_in_a_bar_take_the_unit_column_and_a_wrapped_header_is_one_cell() {
        // The shape of a city's tourism table: `项 目 |`, `单 位 |`, two
        // years and a growth header wrapped over two lines, then rows of
        // label, unit and three values.
        let text = "项 目 |\n单 位 |\n2022年 |\n2023年 |\n2023年比\n2022增长% |\n一、接待游客 |\n万人次 |\n310.5 |\n352.8 |\n13.6 |\n其中:入境游客 |\n人次 |\n4120 |\n3980 |\n-3.4 |\n二、旅游收入 |\n万美元 |\n1520.6 |\n1611.0 |\n5.9 |\n";
        assert_eq!(
            claims(text),
            [
                "310.5 count 3105000  ",
                "352.8 count 3528000  ",
                "13.6 percent 13.6 % up",
                "4120 count 4120  ",
                "3980 count 3980  ",
                "-3.4 percent -3.4 % down",
                "1520.6 money 15206000 USD ",
                "1611.0 money 16110000 USD ",
                "5.9 percent 5.9 % up"
            ]
        );
    }

    #[test]
    fn plain_cell_lines_with_a_unit_column_are_rows() {
        // A DOCX table read one paragraph per cell, no bars at all.
        let text = "指标\n单位\n绝对数\n比上年增长（%）\n粮食产量\n万吨\n133.77\n-2.3\n油料产量\n万吨\n21.4\n3.5\n";
        assert_eq!(
            claims(text),
            [
                "133.77 mass 1337700 t ",
                "-2.3 percent -2.3 % down",
                "21.4 mass 214000 t ",
                "3.5 percent 3.5 % up"
            ]
        );
    }

    #[test]
    fn no_table_without_a_header_that_says_something_or_without_han() {
        // Alternating lines under silent headers: nothing says a unit.
        assert!(rebuild("指标\n数值\n粮食\n100\n棉花\n200\n油料\n300\n").is_empty());
        // The shape of UNCTAD's flattened table (corpus 30): English
        // headers; English tables are left as they are.
        let unctad = "Value\n(Billions of dollars)\nEconomic grouping\n2022\n2023\nGrowth (%)\nGreenfield projects\n 687\n 631\n-8\nProject finance\n 728\n 562\n-23\nCross-border M&As\n 599\n 302\n-50\n";
        assert!(rebuild(unctad).is_empty());
        // One row only: not enough to know the shape.
        assert!(rebuild("指标\n比上年增长%\n粮食\n3.5\n").is_empty());
    }

    #[test]
    fn a_row_of_another_shape_ends_the_table() {
        let text = "指标\n增长%\n粮食\n3.5\n油料\n-1.5\n附注：\n二、农业\n7\n";
        let rewritten = rebuild(text);
        let mut bytes = text.as_bytes().to_vec();
        for (i, b) in rewritten {
            bytes[i] = b;
        }
        assert_eq!(
            String::from_utf8(bytes).unwrap_or_default(),
            "指标\t增长%\n粮食\t3.5\n油料\t-1.5\n附注：\n二、农业\n7\n"
        );
    }
}
