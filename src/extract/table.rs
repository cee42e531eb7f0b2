//! Flattened tables: a row of bare numbers after a label takes the unit
//! stated in the label (`GDP growth (%)   0.4   0.9`) or in a caption line
//! above the rows (`Budget Projections (Billions of dollars)`), up to the
//! next blank line.
//!
//! Only counts (numbers with no unit of their own) on lines that hold two
//! or more claims and do not end a sentence are changed.

use rust_decimal::Decimal;

use super::claim::Claim;
use super::units::{self, DocumentCurrency, Kind, Unit};

/// The unit a parenthesized table note states.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TableUnit {
    kind: Kind,
    unit: &'static str,
    scale: Decimal,
    /// A physical unit, converted to its base (`Unit: 10,000 tons`); money
    /// and percent stay as they are.
    measure: Option<&'static Unit>,
    /// The note is written with a number (`100 million yuan`): that number
    /// is no claim.
    numbered: bool,
}

/// Reads `(%)`, `(per cent)`, `(percent of GDP unless otherwise
/// indicated)`, `(Billions of dollars)`, `(US$ million)`, `(RMB billion)`,
/// and the numbered notes of statistical tables, `(Unit: 10,000 tons)`,
/// `(100 million yuan)`.
fn parse_note(note: &str, currency: &DocumentCurrency) -> Option<TableUnit> {
    let note = note.trim();
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

/// The unit note of a line, with where the note starts and ends.
fn note_of(line: &str, currency: &DocumentCurrency) -> Option<(TableUnit, usize, usize)> {
    let bracketed = line.find('(').and_then(|open| {
        let close = open + line[open..].find(')')?;
        parse_note(&line[open + 1..close], currency).map(|unit| (unit, open, close + 1))
    });
    bracketed.or_else(|| header_note(line, currency))
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
    let mut numbered_notes: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let body = line.trim_end();
        if body.is_empty() {
            caption = None;
        }
        let first = next;
        while next < claims.len() && claims[next].span.start < line_end {
            next += 1;
        }
        // A line that ends like a sentence is prose: neither a row nor a
        // caption.
        if body.ends_with(['.', '!', '?', ':', ';']) {
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
        if on_line.len() >= 2 {
            let (unit, from) = match note {
                Some((unit, _, end)) => (Some(unit), line_start + end),
                None => (caption, line_start),
            };
            if let Some(unit) = unit {
                for claim in on_line.iter_mut().filter(|c| c.span.start >= from) {
                    give_unit(claim, unit);
                }
            }
        } else if let Some((unit, ..)) = note {
            caption = Some(unit);
        }
        line_start = line_end;
    }
    if !numbered_notes.is_empty() {
        claims.retain(|c| !inside_a_note(&numbered_notes, c.span.start, c.span.end));
    }
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

fn give_unit(claim: &mut Claim, unit: TableUnit) {
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
}
