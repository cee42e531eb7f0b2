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
    /// Digits no stage read as a number (inside a word it skipped).
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

/// Maximal runs of ASCII or full-width digits.
fn digit_runs(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = chars.find(|&(_, c)| is_digit(c))?;
        let mut end = start + first.len_utf8();
        while let Some(&(at, c)) = chars.peek() {
            if !is_digit(c) {
                break;
            }
            end = at + c.len_utf8();
            chars.next();
        }
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
        if currency.rand { "yes" } else { "no" }
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
                "{at}:{}-{} {shown:?} unread (inside a word)",
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
    fn full_width_digits_are_listed() {
        let runs: Vec<Span> = digit_runs("a１２b 34").collect();
        assert_eq!(runs, [Span::new(1, 7), Span::new(9, 11)]);
    }
}
