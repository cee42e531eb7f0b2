//! `claimscan explain`: every number of a text with what became of it. A
//! claim shows its fields; a number left out shows the rule that left it
//! out and why; digits that no stage read as a number are listed too, so a
//! reviewer sees the whole text's numbers in one pass. The document-level
//! conventions the stages used come first.

use std::io::{self, Write};

use crate::extract::{self, Claim, Extraction, LineIndex, Span};
use crate::ledger::format_number;

/// What became of one number of the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict<'a> {
    Claim(&'a Claim),
    /// Left out by `rule`, for `reason`.
    LeftOut {
        rule: &'static str,
        reason: &'static str,
    },
    /// Digits no stage read as a number: inside a word it skipped, or a
    /// bare number of Chinese text (no unit, no classifier).
    Unread,
}

/// Every number of the text in order, each with its verdict.
pub fn numbers<'a>(text: &str, extraction: &'a Extraction) -> Vec<(Span, Verdict<'a>)> {
    let mut out: Vec<(Span, Verdict)> = extraction
        .claims
        .iter()
        .map(|c| (c.span, Verdict::Claim(c)))
        .chain(extraction.rejected.iter().map(|r| {
            let verdict = Verdict::LeftOut {
                rule: r.rule,
                reason: r.reason,
            };
            (r.span, verdict)
        }))
        .collect();
    out.sort_by_key(|(span, _)| (span.start, span.end));
    let covered: Vec<Span> = out.iter().map(|(span, _)| *span).collect();
    let unread = digit_runs(text).filter(|run| !covered_by(&covered, *run));
    out.extend(unread.map(|run| (run, Verdict::Unread)).collect::<Vec<_>>());
    out.sort_by_key(|(span, _)| (span.start, span.end));
    out
}

/// Maximal runs of ASCII or full-width digits, with the decimal point
/// between two digits and the thousands commas before three (`617.50`,
/// `1,234`): an unread number is shown whole, not in pieces.
fn digit_runs(text: &str) -> impl Iterator<Item = Span> + '_ {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    std::iter::from_fn(move || {
        while chars.get(k).is_some_and(|&(_, c)| !is_digit(c)) {
            k += 1;
        }
        let &(start, _) = chars.get(k)?;
        loop {
            while chars.get(k).is_some_and(|&(_, c)| is_digit(c)) {
                k += 1;
            }
            let digit_at = |j: usize| chars.get(j).is_some_and(|&(_, c)| is_digit(c));
            let joins = match chars.get(k).map(|&(_, c)| c) {
                Some('.' | '．') => digit_at(k + 1),
                Some(',') => (1..=3).all(|d| digit_at(k + d)) && !digit_at(k + 4),
                _ => false,
            };
            if !joins {
                break;
            }
            k += 1;
        }
        let end = chars.get(k).map_or(text.len(), |&(at, _)| at);
        Some(Span::new(start, end))
    })
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Is `run` inside one of the sorted `spans`?
fn covered_by(spans: &[Span], run: Span) -> bool {
    let after = spans.partition_point(|s| s.start <= run.start);
    spans[..after]
        .iter()
        .rev()
        .take(8)
        .any(|s| s.start <= run.start && run.end <= s.end)
}

/// Writes the explanation of one document.
pub fn write(file: &str, text: &str, out: &mut impl Write) -> io::Result<()> {
    let extraction = extract::extract(text);
    let lines = LineIndex::new(text);
    let currency = &extraction.currency;
    writeln!(out, "== {file}")?;
    writeln!(
        out,
        "conventions: bare $ = {}, bare ¥ = {}, Rs = {}, glued R is rand: {}",
        currency.dollar,
        currency.yen,
        currency.rupee,
        if currency.rand() { "yes" } else { "no" }
    )?;
    for (span, verdict) in numbers(text, &extraction) {
        let shown = one_line(span.text(text));
        let at = lines.line(span.start);
        match verdict {
            Verdict::Claim(c) => writeln!(
                out,
                "{at}:{}-{} {shown:?} claim {}",
                span.start,
                span.end,
                fields(c)
            )?,
            Verdict::LeftOut { rule, reason } => writeln!(
                out,
                "{at}:{}-{} {shown:?} left out [{rule}] {reason}",
                span.start, span.end
            )?,
            Verdict::Unread => writeln!(
                out,
                "{at}:{}-{} {shown:?} unread (inside a word, or bare in Chinese text)",
                span.start, span.end
            )?,
        }
    }
    Ok(())
}

/// A claim's fields as `kind value[–max] unit = norm norm_unit
/// [qualifier] [trend]`.
fn fields(c: &Claim) -> String {
    let mut s = format!("{} {}", c.kind.as_str(), format_number(c.value));
    if let Some(max) = c.value_max {
        s.push_str(&format!("–{}", format_number(max)));
    }
    if !c.unit.is_empty() {
        s.push_str(&format!(" {}", c.unit));
    }
    if c.norm_unit != c.unit || c.norm_value != c.value {
        s.push_str(&format!(
            " = {} {}",
            format_number(c.norm_value),
            c.norm_unit
        ));
    }
    for word in [c.qualifier.as_str(), c.trend.as_str()] {
        if !word.is_empty() {
            s.push(' ');
            s.push_str(word);
        }
    }
    s
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explained(text: &str) -> String {
        let mut out = Vec::new();
        write("t.txt", text, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn claim_rejection_and_unread_digits_in_order() {
        let got = explained("In 2023 output rose 5.2% at plant B52.\n");
        assert_eq!(
            got,
            "== t.txt\n\
             conventions: bare $ = USD, bare ¥ = JPY, Rs = INR, glued R is rand: no\n\
             1:3-7 \"2023\" left out [year] a calendar year or year range dates a claim, it is not one\n\
             1:20-24 \"5.2%\" claim percent 5.2 % up\n\
             1:35-37 \"52\" left out [identifier] digits glued to letters or a code are part of a name, not a quantity\n"
        );
    }

    #[test]
    fn table_note_numbers_are_left_out_by_the_table_rule() {
        let got = explained("(Unit: 10,000 tons)\nGrain 12 15\n");
        assert!(
            got.contains("1:7-18 \"10,000 tons\" left out [table-note]"),
            "{got}"
        );
        assert!(
            got.contains("2:26-28 \"12\" claim mass 120000 t = 120000000 kg"),
            "{got}"
        );
    }

    #[test]
    fn an_unread_decimal_is_one_number() {
        let runs: Vec<Span> = digit_runs("值 | 617.50 | 1,234 | 5,67 | 3.").collect();
        let shown: Vec<&str> = runs
            .iter()
            .map(|s| s.text("值 | 617.50 | 1,234 | 5,67 | 3."))
            .collect();
        assert_eq!(shown, ["617.50", "1,234", "5", "67", "3"]);
    }

    #[test]
    fn full_width_digits_are_listed() {
        let runs: Vec<Span> = digit_runs("a１２b 34").collect();
        assert_eq!(runs, [Span::new(1, 7), Span::new(9, 11)]);
    }
}
