//! Columns of flattened tables (one row per line, the cells at the end of
//! the line after its label): where a row's cells start, which column
//! head's unit a cell takes when the heads name different units
//! (`Annual Budget Allocation (in Kshs)`, `Actual Receipts (in Kshs.)`,
//! `Absorption (%)`), and the currency of a column that its first or total
//! row writes (`$0  -$21,000` … `Total -$31,053,833 -$164,015,213`: the
//! bare cells between are dollars too).
//!
//! A cell takes a column's unit only when the mapping from cells to
//! heads is unambiguous; otherwise it stays what it is.

use rust_decimal::Decimal;

use super::model::Claim;
use super::span::lines;
use super::units::{Kind, Unit};

/// A cell that holds no number: `..` (not available), `-`, `–`, `—`, `…`,
/// `n/a`, `n.a.`.
pub(super) fn is_placeholder(token: &str) -> bool {
    matches!(
        token,
        ".." | "..." | "-" | "–" | "—" | "…" | "n/a" | "N/A" | "n.a." | "n.a"
    )
}

/// A token that is a number cell: `1,234`, `-5.0`, `$1,297,377`,
/// `-$222,287`, `(3.4)`, `12.5%`.
fn is_number_cell(token: &str) -> bool {
    let core = token
        .trim_start_matches(['-', '$', '(', '−'])
        .trim_end_matches([')', '%']);
    core.starts_with(|c: char| c.is_ascii_digit())
        && core
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Whether `c` may end a cell: the last char of a number cell
/// ([`is_number_cell`]: a digit, `,` `.` `)` `%`), of a placeholder
/// ([`is_placeholder`]) or a `|`.
fn may_end_a_cell(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            ',' | '.' | ')' | '%' | '-' | '–' | '—' | '…' | 'a' | 'A' | '|'
        )
}

/// The whitespace-separated tokens of `body` with their byte ranges.
fn tokens(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, body.len()));
    }
    out
}

/// The last tokens of `body` (as [`tokens`] gives them): from the last
/// one that is neither a number cell, a placeholder nor a `|` to the end;
/// all of them when there is none.
fn last_tokens(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end = None;
    for (i, c) in body.char_indices().rev() {
        match (c.is_whitespace(), end) {
            (true, Some(e)) => {
                let start = i + c.len_utf8();
                out.push((start, e));
                end = None;
                let t = &body[start..e];
                if !(is_number_cell(t) || is_placeholder(t) || t == "|") {
                    break;
                }
            }
            (false, None) => end = Some(i + c.len_utf8()),
            _ => {}
        }
    }
    if let Some(e) = end {
        out.push((0, e));
    }
    out.reverse();
    out
}

/// The cells that end a row, left to right, as byte ranges of `body`: the
/// run of number and placeholder tokens after the label. A line with tabs
/// has its label before the first tab (`Budget 2024⇥1.1⇥0.7`: the `2024`
/// is the label's).
pub(super) fn row_cells(body: &str) -> Vec<(usize, usize)> {
    // Without a tab the cells are the run of cell tokens at the end, so
    // only the tokens from the last other one on are read: a line of prose
    // is not cut into words (it is asked about three or four times).
    let tabs = memchr::memchr(b'\t', body.as_bytes()).is_some();
    // A line that ends in no cell has none (without a tab its last token
    // would be the label's): most lines of prose end so, and a line of
    // Chinese, without a space to stop at, need not be read back.
    if !tabs && !body.ends_with(may_end_a_cell) {
        return Vec::new();
    }
    let all = if tabs {
        tokens(body)
    } else {
        last_tokens(body)
    };
    // (The conventions stage may put a tab between two cells, `250,000⇥0`:
    // only a tab after a word ends a label.)
    let label_end = memchr::memchr_iter(b'\t', body.as_bytes())
        .find(|&at| {
            all.iter()
                .rev()
                .find(|&&(_, e)| e <= at)
                .is_some_and(|&(s, e)| !is_number_cell(&body[s..e]) && !is_placeholder(&body[s..e]))
        })
        .unwrap_or(0);
    let first = all
        .iter()
        .rposition(|&(s, e)| {
            s < label_end || {
                let t = &body[s..e];
                !(is_number_cell(t) || is_placeholder(t) || t == "|")
            }
        })
        .map_or(0, |i| i + 1);
    // (A `|` between cells is a rule, no cell: `2023 0.1 | 2024 0.8`.)
    let cells: Vec<(usize, usize)> = all[first..]
        .iter()
        .copied()
        .filter(|&(s, e)| &body[s..e] != "|")
        .collect();
    // A run of placeholders alone (`Other Revenues - -`) is a row only if
    // it holds a number.
    if cells.iter().any(|&(s, e)| is_number_cell(&body[s..e])) {
        cells
    } else {
        Vec::new()
    }
}

/// A line of a text as the table rules read it, classified once for all
/// of them: where it starts and ends (its line break included), its body
/// (trailing space trimmed), the cells that end it ([`row_cells`]), and
/// whether it breaks a block of rows (a blank line, a table title, prose:
/// the caller decides).
pub(super) struct RowLine<'t> {
    pub start: usize,
    pub end: usize,
    pub body: &'t str,
    pub cells: Vec<(usize, usize)>,
    pub breaks: bool,
}

impl<'t> RowLine<'t> {
    /// The lines of `text`, each classified as breaking a block of rows or
    /// not by `breaks(body, cells)`.
    pub fn all(text: &'t str, breaks: impl Fn(&str, &[(usize, usize)]) -> bool) -> Vec<Self> {
        let mut start = 0;
        lines(text)
            .map(|line| {
                let body = line.trim_end();
                let cells = row_cells(body);
                let row = RowLine {
                    start,
                    end: start + line.len(),
                    body,
                    breaks: breaks(body, &cells),
                    cells,
                };
                start = row.end;
                row
            })
            .collect()
    }
}

/// The unit that the `i`-th of a row's `n` cells takes from the column
/// heads `heads` (in their order left to right): the head in the same
/// place when there are as many cells as heads; with fewer cells than
/// heads (empty cells dropped), only a unit that the cell would take
/// whether the row's cells are aligned left or right. More cells than
/// heads (`FY 2024-25 FY 2025-26 Change ($) Change (%)`: two heads without
/// a note) is not guessed at.
pub(super) fn head_unit<T: Copy + PartialEq>(heads: &[T], n: usize, i: usize) -> Option<T> {
    let h = heads.len();
    if h == 0 || i >= n {
        return None;
    }
    if n == h {
        return heads.get(i).copied();
    }
    if n < h {
        let left = heads[i];
        return (heads[i + h - n] == left).then_some(left);
    }
    None
}

/// Appends a header line's words to `words`, joining a word the line
/// before broke with a hyphen (`Assem-` / `bly`).
pub(super) fn join_wrapped(words: &mut String, line: &str) {
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.is_empty() {
        return;
    }
    if words.ends_with('-') {
        words.pop();
    } else if !words.is_empty() {
        words.push(' ');
    }
    words.push_str(&line);
}

/// Whether `words` is one run of words written `times` times over
/// (`County Executive County Assembly` three times).
pub(super) fn repeats(words: &str, times: usize) -> bool {
    let all: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
    if times < 2 || all.is_empty() || !all.len().is_multiple_of(times) {
        return false;
    }
    let part = all.len() / times;
    all.chunks(part).all(|c| c == &all[..part])
}

/// Whether a row's label is a total (`Total`, `Sub Total`, `Subtotal`,
/// `Grand Total`), after an optional row number.
fn is_total(label: &str) -> bool {
    let label = label
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim_start()
        .to_ascii_lowercase();
    ["total", "sub total", "sub-total", "subtotal", "grand total"]
        .iter()
        .any(|t| label.starts_with(t))
}

/// Row labels that count people, not money (`Full Time Equivalent
/// Staff 327.5 332.1`), matched in lower case.
const COUNT_ROWS: &[&str] = &[
    "fte",
    "full time equivalent",
    "full-time equivalent",
    "headcount",
    "number of",
];

/// Whether a row's label says its cells count people.
pub(super) fn counts_people(label: &str) -> bool {
    let label = label.to_lowercase();
    COUNT_ROWS.iter().any(|w| {
        label.match_indices(w).any(|(at, _)| {
            let before = label[..at].chars().next_back();
            let after = label[at + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// A row of a block: its cells and the claims on its line.
struct Row {
    cells: Vec<(usize, usize)>,
    claims: std::ops::Range<usize>,
    total: bool,
}

/// A cell written with a currency symbol and nothing else (`$0`,
/// `-$21,000`, `$291,034`): not `$1.3 million`, not `12%`.
fn written_money(token: &str) -> bool {
    token.contains('$') && !token.contains('%') && is_number_cell(token)
}

/// Bare cells of a column whose first row or total row writes a currency
/// (`$`) take that currency, with no scale: `$0 -$21,000`, `0 3,750`, …,
/// `Total -$31,053,833 -$164,015,213`. Only rows with as many cells as the
/// anchor row; a block of rows ends at a line that breaks it (a blank
/// line, a table title or prose: [`RowLine::breaks`]).
pub(super) fn currency_columns(text: &str, lines: &[RowLine], claims: &mut [Claim]) {
    let mut block: Vec<Row> = Vec::new();
    let mut next = 0;
    for line in lines {
        let first = next;
        while next < claims.len() && claims[next].span.start < line.end {
            next += 1;
        }
        if line.breaks {
            money_block(text, claims, &block);
            block.clear();
        } else if line.cells.len() >= 2 && !counts_people(&line.body[..line.cells[0].0]) {
            let cells = line
                .cells
                .iter()
                .map(|&(s, e)| (line.start + s, line.start + e))
                .collect();
            block.push(Row {
                cells,
                claims: first..next,
                total: is_total(&line.body[..line.cells[0].0]),
            });
        }
    }
    money_block(text, claims, &block);
}

/// The claim inside each cell of a row, by one walk over both (sorted):
/// a row of many cells costs its length, not its square.
fn cell_claims(claims: &[Claim], row: &Row) -> Vec<Option<usize>> {
    let mut at = row.claims.start;
    row.cells
        .iter()
        .map(|&(start, end)| {
            while at < row.claims.end && claims[at].span.start < start {
                at += 1;
            }
            (at < row.claims.end && claims[at].span.end <= end).then_some(at)
        })
        .collect()
}

fn money_block(text: &str, claims: &mut [Claim], block: &[Row]) {
    let mut widths: Vec<usize> = block.iter().map(|r| r.cells.len()).collect();
    widths.sort_unstable();
    widths.dedup();
    for n in widths {
        let rows: Vec<&Row> = block.iter().filter(|r| r.cells.len() == n).collect();
        let anchors = rows
            .iter()
            .take(1)
            .chain(rows.iter().skip(1).filter(|r| r.total));
        let mut currency: Vec<Option<&'static str>> = vec![None; n];
        for row in anchors {
            let found = cell_claims(claims, row);
            for (j, &cell) in row.cells.iter().enumerate() {
                if currency[j].is_some() || !written_money(&text[cell.0..cell.1]) {
                    continue;
                }
                if let Some(i) = found[j]
                    && claims[i].kind == Kind::Money
                {
                    currency[j] = Some(claims[i].unit);
                }
            }
        }
        if currency.iter().all(Option::is_none) {
            continue;
        }
        for row in &rows {
            let found = cell_claims(claims, row);
            for (j, &cell) in row.cells.iter().enumerate() {
                let Some(unit) = currency[j] else { continue };
                let token = &text[cell.0..cell.1];
                if token.contains('%') || !is_number_cell(token) {
                    continue;
                }
                if let Some(i) = found[j]
                    && claims[i].kind == Kind::Count
                {
                    give_unit(
                        text,
                        &mut claims[i],
                        TableUnit {
                            kind: Kind::Money,
                            unit,
                            scale: rust_decimal::Decimal::ONE,
                            measure: None,
                            numbered: false,
                        },
                    );
                }
            }
        }
    }
}

/// The unit a parenthesized table note states.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct TableUnit {
    pub(super) kind: Kind,
    pub(super) unit: &'static str,
    pub(super) scale: Decimal,
    /// A physical unit, converted to its base (`Unit: 10,000 tons`); money
    /// and percent stay as they are.
    pub(super) measure: Option<&'static Unit>,
    /// The note is written with a number (`100 million yuan`): that number
    /// is no claim.
    pub(super) numbered: bool,
}

pub(super) fn give_unit(text: &str, claim: &mut Claim, unit: TableUnit) {
    // A cell of a million or more under `in millions` (or a larger scale)
    // is written in units already (`87,429,892` under `Dollars in
    // Millions`): the caption gives the kind, not the scale.
    let unit = if unit.scale >= Decimal::from(1_000_000)
        && claim.value.abs() >= Decimal::from(1_000_000)
        && !unit.numbered
    {
        TableUnit {
            scale: Decimal::ONE,
            ..unit
        }
    } else {
        unit
    };
    // `$20,877.4` under `Dollars in Millions`: money written without a
    // scale word takes the caption's scale.
    let unscaled_money = claim.kind == Kind::Money
        && unit.kind == Kind::Money
        && claim.unit == unit.unit
        && !unit.numbered
        && text
            .get(claim.span.start..claim.span.end)
            .is_some_and(|t| !t.chars().any(|c| c.is_alphabetic()));
    if unscaled_money {
        claim.value = claim.value.saturating_mul(unit.scale);
        claim.value_max = claim.value_max.map(|v| v.saturating_mul(unit.scale));
        claim.norm_value = claim.value;
        return;
    }
    if claim.kind != Kind::Count {
        return;
    }
    claim.kind = unit.kind;
    claim.unit = unit.unit;
    claim.value = claim.value.saturating_mul(unit.scale);
    claim.value_max = claim.value_max.map(|v| v.saturating_mul(unit.scale));
    match unit.measure {
        Some(measure) => {
            claim.norm_unit = measure.base;
            claim.norm_value = measure.to_base(claim.value);
        }
        None => {
            claim.norm_unit = unit.unit;
            claim.norm_value = claim.value;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::kinds;

    #[test]
    fn a_currency_column_gives_its_bare_cells_the_currency() {
        // Colorado appropriations report 2025 (corpus 13), Table 3D.
        let text = "Bill and Short Title FY 2024-25 FY 2025-26\nHB 25-1014 Increasing efficiency Division of Water Resources $0 -$21,000\nHB 25-1062 Penalty for theft of firearms 0 3,750\nSB 25-026 Adjusting certain tax expenditures 65,000 70,000\nTotal -$31,053,833 -$164,015,213\n";
        assert_eq!(
            kinds(text),
            [
                "money 0 USD",
                "money -21000 USD",
                "money 3750 USD",
                "money 65000 USD",
                "money 70000 USD",
                "money -31053833 USD",
                "money -164015213 USD"
            ]
        );
    }

    #[test]
    fn a_column_without_a_written_currency_stays_bare() {
        // The FTE column: no `$` in the first or total row.
        let text = "Item Funds Fund FTE\nHB 24-1430 Long Bill $76,675,630 $21,775,479 326.9\nSB 24-055 Ag health care 61,989 61,989 0.5\nFull Time Equivalent Staff 327.5 332.1 4.6\n";
        assert_eq!(
            kinds(text),
            [
                "money 76675630 USD",
                "money 21775479 USD",
                "count 326.9 ",
                "money 61989 USD",
                "money 61989 USD",
                "count 0.5 ",
                "count 327.5 ",
                "count 332.1 ",
                "count 4.6 "
            ]
        );
    }

    #[test]
    fn every_placeholder_ends_in_a_char_that_may_end_a_cell() {
        for cell in [
            "..",
            "...",
            "-",
            "–",
            "—",
            "…",
            "n/a",
            "N/A",
            "n.a.",
            "n.a",
            "|",
            "(3.4)",
            "12.5%",
            "1,234",
            "-$222,287",
            "7.",
        ] {
            let last = cell.chars().next_back();
            assert!(last.is_some_and(super::may_end_a_cell), "{cell}");
        }
        assert!(!super::may_end_a_cell('。'));
    }

    #[test]
    fn row_cells_end_the_line() {
        let cells = |body: &str| -> Vec<String> {
            super::row_cells(body)
                .into_iter()
                .map(|(s, e)| body[s..e].to_string())
                .collect()
        };
        assert_eq!(
            cells("Bank of Canada\t1.1\t1.5\t..\t.."),
            ["1.1", "1.5", "..", ".."]
        );
        assert_eq!(
            cells("Parliamentary Budget Officer (PBO)\t1.1\t0.8"),
            ["1.1", "0.8"]
        );
        assert_eq!(
            cells("Tax transfers 250,000\t0 250,000"),
            ["250,000", "0", "250,000"]
        );
        assert_eq!(cells("2023 0.1 | 2024 0.8"), ["2023", "0.1", "2024", "0.8"]);
        assert!(cells("4 Other Revenues   - -").is_empty());
        assert!(cells("The bill adds 1.8 FTE for the Soil").is_empty());
    }

    proptest::proptest! {
        /// `last_tokens` is the tail of `tokens` that `row_cells` reads.
        #[test]
        fn last_tokens_are_the_tail_of_tokens(body in "[a1.,|\\- \t\u{a0}\u{3000}é%$()]{0,24}") {
            let all = super::tokens(&body);
            let from = all
                .iter()
                .rposition(|&(s, e)| {
                    let t = &body[s..e];
                    !(super::is_number_cell(t) || super::is_placeholder(t) || t == "|")
                })
                .unwrap_or(0);
            proptest::prop_assert_eq!(super::last_tokens(&body), all[from..].to_vec());
        }

        /// A token that is a cell ends in a char that may end one.
        #[test]
        fn cells_end_in_a_char_that_may_end_a_cell(token in "[a-zA-Z0-9.,|/()%$\\-–—…−é]{1,8}") {
            let cell = super::is_number_cell(&token) || super::is_placeholder(&token) || token == "|";
            let last = token.chars().next_back().is_some_and(super::may_end_a_cell);
            proptest::prop_assert!(!cell || last);
        }
    }

    #[test]
    fn sub_heads_repeated_under_each_head() {
        let mut words = String::new();
        for line in [
            "County Executive County Assem-",
            "bly County Executive County Assem-",
            "bly",
            "County",
            "Executive",
            "County",
            "Assem-",
            "bly",
        ] {
            super::join_wrapped(&mut words, line);
        }
        assert!(super::repeats(&words, 3));
        assert!(!super::repeats(&words, 2));
        assert!(!super::repeats("Total General Cash Reapprop. Federal", 2));
        assert!(!super::repeats("", 2));
    }

    #[test]
    fn heads_map_to_cells_only_when_unambiguous() {
        use super::head_unit;
        let heads = ['K', 'K', '%'];
        assert_eq!(head_unit(&heads, 3, 2), Some('%'));
        assert_eq!(head_unit(&heads, 3, 0), Some('K'));
        // Two cells under three heads: the first is K either way, the
        // second could be K or %.
        assert_eq!(head_unit(&heads, 2, 0), Some('K'));
        assert_eq!(head_unit(&heads, 2, 1), None);
        // More cells than heads is not guessed at.
        assert_eq!(head_unit(&heads, 6, 4), None);
    }
}
