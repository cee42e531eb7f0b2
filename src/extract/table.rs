//! Flattened tables: a row of bare numbers after a label takes the unit
//! stated in the label (`GDP growth (%)   0.4   0.9`) or in a caption line
//! above the rows (`Budget Projections (Billions of dollars)`), up to the
//! next blank line.
//!
//! Only counts (numbers with no unit of their own) on lines that hold two
//! or more claims and do not end a sentence are changed.

use rust_decimal::Decimal;

use super::model::Claim;
use super::units::{self, DocumentCurrency, Kind, Unit};

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

/// Reads `(%)`, `(per cent)`, `(percent of GDP unless otherwise
/// indicated)`, `(Billions of dollars)`, `(US$ million)`, `(RMB billion)`,
/// and the numbered notes of statistical tables, `(Unit: 10,000 tons)`,
/// `(100 million yuan)`.
pub(super) fn parse_note(note: &str, currency: &DocumentCurrency) -> Option<TableUnit> {
    let note = note.trim();
    // `Dollars in Millions`: the currency first, then its scale.
    if let Some((money, scale)) = note.split_once(" in ")
        && !money.contains(' ')
        && !scale.trim().contains(' ')
        && units::currency_suffix_at(money).is_some()
    {
        return parse_note(&format!("{scale} of {money}"), currency);
    }
    let note = note.strip_prefix("in ").unwrap_or(note).trim_start();
    let note = match note.get(..5) {
        Some(head) if head.eq_ignore_ascii_case("unit:") => note[5..].trim_start(),
        _ => note,
    };
    if note.starts_with(|c: char| c.is_ascii_digit()) {
        return numbered_note(note, currency);
    }
    let percent = ["%", "percent", "per cent"];
    let is_percent = |p: &&str| {
        note.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && (note.len() == p.len() || note[p.len()..].starts_with(' '))
    };
    if percent.iter().any(is_percent) {
        return Some(TableUnit {
            kind: Kind::Percent,
            unit: "%",
            scale: Decimal::ONE,
            measure: None,
            numbered: false,
        });
    }
    // A currency code or symbol first (`US$ million`), else after the scale
    // word (`Billions of dollars`).
    let (prefix, rest) = match note.split_once(' ') {
        Some((code, rest)) => match units::currency_prefix_before(code) {
            Some((found, 0)) => (Some(found), rest),
            _ => (None, note),
        },
        None => (None, note),
    };
    let (scale_word, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let singular = scale_word.strip_suffix(['s', 'S']).unwrap_or(scale_word);
    let (scale, len) = units::scale_at(singular, false)?;
    if len != singular.len() {
        return None;
    }
    let after = after.strip_prefix("of ").unwrap_or(after);
    let found = prefix.or_else(|| {
        units::currency_suffix_at(after)
            .filter(|&(_, minor, _)| !minor)
            .map(|(c, ..)| c)
    })?;
    Some(TableUnit {
        kind: Kind::Money,
        unit: currency.resolve(found),
        scale: Decimal::from(scale),
        measure: None,
        numbered: false,
    })
}

/// `10,000 tons`, `100 million yuan`: a number (with an optional scale
/// word) and a unit or currency that make up the whole note.
fn numbered_note(note: &str, currency: &DocumentCurrency) -> Option<TableUnit> {
    let digits = note
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',')
        .count();
    let number: Decimal = note[..digits].replace(',', "").parse().ok()?;
    let rest = note[digits..].trim_start();
    let (scale, rest) = match units::scale_at(rest, false) {
        Some((scale, len)) => (Decimal::from(scale), rest[len..].trim_start()),
        None => (Decimal::ONE, rest),
    };
    // A note's number is a power of ten (`10,000 tons`, `100 million
    // yuan`); a bracketed `(85%)` in prose is a value, not a note.
    if !is_power_of_ten(number) {
        return None;
    }
    let scale = number.checked_mul(scale)?;
    if let Some((found, false, len)) = units::currency_suffix_at(rest)
        && len == rest.len()
    {
        return Some(TableUnit {
            kind: Kind::Money,
            unit: currency.resolve(found),
            scale,
            measure: None,
            numbered: true,
        });
    }
    let (unit, len) = units::unit_at(rest)?;
    (len == rest.len()).then_some(TableUnit {
        kind: unit.kind,
        unit: unit.symbol,
        scale,
        measure: Some(unit),
        numbered: true,
    })
}

/// `Table 3A: Total General Fund Appropriations`: the title of the next
/// table.
fn starts_table_title(body: &str) -> bool {
    body.strip_prefix("Table ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
}

/// How many cells end the line (`... 0.0 -1.0`: two; `0.0` is a cell
/// even though zero is no claim).
fn trailing_cells(body: &str) -> usize {
    body.split_whitespace()
        .rev()
        .take_while(|w| {
            let core = w
                .trim_start_matches(['-', '$', '('])
                .trim_end_matches([')', '%']);
            !core.is_empty()
                && core
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        })
        .count()
}

fn is_power_of_ten(number: Decimal) -> bool {
    let mut n = number;
    if n < Decimal::ONE || !n.fract().is_zero() {
        return false;
    }
    while n >= Decimal::TEN && (n % Decimal::TEN).is_zero() {
        n /= Decimal::TEN;
    }
    n == Decimal::ONE
}

/// The unit note of a line, with where the note starts and ends.
fn note_of(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    let bracketed = line.find('(').and_then(|open| {
        let close = open + line[open..].find(')')?;
        parse_note(&line[open + 1..close], currency).map(|unit| (unit, open, close + 1))
    });
    bracketed
        .or_else(|| header_note(line, currency))
        .or_else(|| line_note(line, currency))
}

/// `billions of dollars`, `Dollars in Millions`: a caption line that is a
/// note and nothing else.
fn line_note(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    let body = line.trim();
    if body.is_empty() || body.len() > 40 || body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let unit = parse_note(body, currency)?;
    let start = line.len() - line.trim_start().len();
    Some((unit, start, start + body.len()))
}

/// `By Fiscal Year, Millions of Dollars      2024    2024-2029`: a note
/// written as a comma-separated part of a header, before its columns.
fn header_note(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    // Only a header with columns after it.
    let label_end = line.find("  ").or_else(|| line.find('\t'))?;
    if !line[label_end..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let mut end = 0;
    for part in line[..label_end].split(',') {
        let start = end;
        end += part.len();
        if let Some(unit) = parse_note(part, currency) {
            return Some((unit, start, end));
        }
        end += 1;
    }
    None
}

/// Gives table rows the unit of their label or caption; the number of a
/// numbered note (`(Unit: 10,000 tons)`) is no claim of its own.
pub fn apply(text: &str, claims: &mut Vec<Claim>, currency: &DocumentCurrency) {
    let mut caption: Option<TableUnit> = None;
    // A table flattened one cell per line keeps its caption across the
    // blank lines between cells, until prose; only while one caption
    // stands above the cells (two, `Value (Billions of dollars)` and
    // `Growth (%)`, name columns that a lone cell cannot tell apart).
    let mut lone_caption: Option<TableUnit> = None;
    let mut captions_above = 0;
    let mut numbered_notes: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let body = line.trim_end();
        // A blank line or a new table's title ends the caption's reach.
        if body.is_empty() || starts_table_title(body) {
            caption = None;
        }
        let first = next;
        while next < claims.len() && claims[next].span.start < line_end {
            next += 1;
        }
        // A line that ends like a sentence is prose: neither a row nor a
        // caption.
        if body.ends_with(['.', '!', '?', ':', ';']) {
            if ends_tables(body) {
                lone_caption = None;
                captions_above = 0;
            }
            line_start = line_end;
            continue;
        }
        let note = note_of(body, currency);
        if let Some((unit, start, end)) = note
            && unit.numbered
        {
            numbered_notes.push((line_start + start, line_start + end));
        }
        let on_line = &mut claims[first..next];
        // `4.896` on a line of its own under `(in trillions of dollars)`.
        let lone_cell = on_line.len() == 1
            && text.get(on_line[0].span.start..on_line[0].span.end) == Some(body.trim_start())
            && note.is_none();
        if lone_cell {
            // (Only a money caption: a bare `(%)` above one-cell lines is
            // the header of one column among others.)
            if let Some(unit) =
                lone_caption.filter(|u| captions_above == 1 && u.kind == Kind::Money)
            {
                give_unit(text, &mut on_line[0], unit);
            }
        } else if on_line.len() >= 2 || (on_line.len() == 1 && trailing_cells(body) >= 2) {
            let (unit, from) = match note {
                Some((unit, _, end)) => (Some(unit), line_start + end),
                None => (caption, line_start),
            };
            if let Some(unit) = unit {
                // `Agriculture $78,293,462 ... $4,719,310 332.1`: in a row
                // written in units (cells of a million or more), a small
                // decimal cell is another column (staff, FTE), not money.
                let million = Decimal::from(1_000_000);
                let in_units =
                    unit.scale >= million && on_line.iter().any(|c| c.value.abs() >= million);
                for claim in on_line.iter_mut().filter(|c| c.span.start >= from) {
                    let other_column = in_units
                        && claim.value.abs() < million
                        && text
                            .get(claim.span.start..claim.span.end)
                            .is_some_and(|t| t.contains('.'));
                    if !other_column {
                        give_unit(text, claim, unit);
                    }
                }
            }
        } else if let Some((unit, ..)) = note {
            caption = Some(unit);
            if lone_caption != Some(unit) {
                captions_above += 1;
            }
            lone_caption = Some(unit);
        }
        line_start = line_end;
    }
    if !numbered_notes.is_empty() {
        claims.retain(|c| !inside_a_note(&numbered_notes, c.span.start, c.span.end));
    }
}

/// A line of prose: it ends like a sentence and has eight words or more.
/// It ends every table above it (no caption reaches past it); `part`
/// cuts a large document only after such a line.
pub fn ends_tables(body: &str) -> bool {
    body.ends_with(['.', '!', '?', ':', ';']) && body.split_whitespace().count() >= 8
}

/// Whether `start..end` lies inside one of `notes`, which are sorted and
/// disjoint (at most one per line, in line order): a binary search, so
/// that checking every claim costs O(n log m), not O(n m) (a file of
/// 160,000 noted lines once took 34 s).
fn inside_a_note(notes: &[(usize, usize)], start: usize, end: usize) -> bool {
    // The last note that starts at or before `start`.
    let after = notes.partition_point(|&(note_start, _)| note_start <= start);
    after > 0 && notes[after - 1].1 >= end
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
    fn kinds(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| format!("{} {} {}", c.kind.as_str(), c.value.normalize(), c.unit))
            .collect()
    }

    #[test]
    fn row_label_gives_the_unit() {
        assert_eq!(
            kinds("GDP growth (%)   0.4   0.9\n"),
            ["percent 0.4 %", "percent 0.9 %"]
        );
    }

    #[test]
    fn caption_gives_the_unit_until_a_blank_line() {
        let text = "Projections (Billions of dollars)\nOutlays 6,865 7,019\n\nThey hired 5 and 6 people.\n";
        assert_eq!(
            kinds(text),
            [
                "money 6865000000000 USD",
                "money 7019000000000 USD",
                "count 5 ",
                "count 6 "
            ]
        );
    }

    #[test]
    fn claims_inside_numbered_notes_are_found_by_position() {
        let notes = [(0, 13), (19, 32), (40, 45)];
        for (start, end, inside) in [
            (1, 7, true),
            (14, 18, false),
            (19, 32, true),
            (30, 34, false),
            (41, 44, true),
            (46, 50, false),
        ] {
            assert_eq!(
                super::inside_a_note(&notes, start, end),
                inside,
                "{start}..{end}"
            );
        }
        assert!(!super::inside_a_note(&[], 0, 1));
    }

    #[test]
    fn numbered_notes_on_every_line_drop_only_their_own_number() {
        let text = "(10,000 tons) 5 kg\n".repeat(3);
        assert_eq!(kinds(&text), ["mass 5 kg", "mass 5 kg", "mass 5 kg"]);
    }

    #[test]
    fn sentences_are_not_rows() {
        assert_eq!(
            kinds("Growth (%) was 2 in 2023 and 3 in 2024.\n"),
            ["count 2 ", "count 3 "]
        );
    }

    #[test]
    fn a_caption_line_scales_rows_and_money_cells() {
        let text = "Dollars in Millions\nTotal Available $20,877.4 $20,493.1\nObligations 18,498.8 18,544.0\n";
        assert_eq!(
            kinds(text),
            [
                "money 20877400000 USD",
                "money 20493100000 USD",
                "money 18498800000 USD",
                "money 18544000000 USD"
            ]
        );
        assert_eq!(
            kinds("billions of dollars\nBalance \t-40.0 \t-38.4\n"),
            ["money -40000000000 USD", "money -38400000000 USD"]
        );
    }

    #[test]
    fn one_cell_per_line_under_one_money_caption() {
        let text = "Table 1. Receipts (in trillions of dollars)\n\nReceipts\n\nFY 2022 Actual\n4.896\n\n6.272\n\n19.3%\n\nReceipts totaled $4.4 trillion in FY 2023, less than the projections made in the Budget.\n\nThey hired 5 and 6 people.\n";
        assert_eq!(
            kinds(text),
            [
                "money 4896000000000 USD",
                "money 6272000000000 USD",
                "percent 19.3 %",
                "money 4400000000000 USD",
                "count 5 ",
                "count 6 "
            ]
        );
    }

    #[test]
    fn a_bare_percent_header_is_one_column_among_others() {
        let text = "Growth,\n(%)\nWorld\n 15 514\n-23\n";
        assert_eq!(kinds(text), ["count 15514 ", "count -23 "]);
    }

    #[test]
    fn a_bracketed_percentage_in_prose_is_no_caption() {
        let text = "Costs of solar energy (85%), wind energy\nlimit warming to 2 degrees (>67%) assuming 3 and 4 steps\n";
        assert_eq!(
            kinds(text),
            ["percent 85 %", "percent 67 %", "count 3 ", "count 4 "]
        );
    }

    #[test]
    fn a_row_keeps_the_signs_of_its_cells() {
        assert_eq!(
            kinds("Dollars in Millions\n5 HB 25-1021 Tax incentives 0.0 -1.0\n"),
            ["money -1000000 USD"]
        );
    }

    #[test]
    fn a_row_written_in_units_keeps_its_other_columns() {
        let text = "Dollars in Millions\nAgriculture $78,293,462 $20,564,403 332.1\nCorrections 1,190,256,447 3,341,003 6,391.0\n";
        assert_eq!(
            kinds(text),
            [
                "money 78293462 USD",
                "money 20564403 USD",
                "count 332.1 ",
                "money 1190256447 USD",
                "money 3341003 USD",
                "count 6391 "
            ]
        );
    }
}
