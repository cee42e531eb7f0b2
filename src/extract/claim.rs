//! Reading a claim: a number together with its unit or currency, its range
//! and its sign, before context (qualifier, trend, subject) is attached.
//! The types it produces are in `model`.
//!
//! `read_at` is the assembly step of the pipeline: from a candidate offset
//! it reads `[currency] [-] number [scale] [to|-|and number [scale]] [unit]`,
//! asks `nonclaim` whether the result is a date, an identifier or another
//! non-claim, and returns the claims found with the offset to resume at.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::context;
use super::lang::en::function_words::{MODAL_VERBS, RELATIVE_PRONOUNS};
use super::lang::en::pairs::range_dash_at;
use super::lang::en::qualifier::is_bound_word;
use super::model::{Claim, Measure, Qualifier, Reading, Trend};
use super::nonclaim::{self, NonClaim, Rejection, past_interval};
use super::number::{self, Number};
use super::span::Span;
use super::token::{self, WordTable, is_space};
use super::units::{self, Currency, DocumentCurrency, Kind, Unit};

/// Words that state a multiple on their own.
#[rustfmt::skip]
const MULTIPLE_WORDS: &[(&str, Decimal, Trend)] = &[
    ("doubled", Decimal::TWO, Trend::Up),
    ("tripled", Decimal::from_parts(3, 0, 0, false, 0), Trend::Up),
    ("trebled", Decimal::from_parts(3, 0, 0, false, 0), Trend::Up),
    ("quadrupled", Decimal::from_parts(4, 0, 0, false, 0), Trend::Up),
    ("quintupled", Decimal::from_parts(5, 0, 0, false, 0), Trend::Up),
    ("halved", Decimal::from_parts(5, 0, 0, false, 1), Trend::Down),
    ("twofold", Decimal::TWO, Trend::None),
    ("threefold", Decimal::from_parts(3, 0, 0, false, 0), Trend::None),
    ("fourfold", Decimal::from_parts(4, 0, 0, false, 0), Trend::None),
    ("fivefold", Decimal::from_parts(5, 0, 0, false, 0), Trend::None),
    ("sixfold", Decimal::from_parts(6, 0, 0, false, 0), Trend::None),
    ("sevenfold", Decimal::from_parts(7, 0, 0, false, 0), Trend::None),
    ("eightfold", Decimal::from_parts(8, 0, 0, false, 0), Trend::None),
    ("ninefold", Decimal::from_parts(9, 0, 0, false, 0), Trend::None),
    ("tenfold", Decimal::TEN, Trend::None),
];

/// Verb forms that state a multiple only when an object or target follows
/// (`double the number`, `doubling China's GDP`, `doubling to 13%`), not
/// as adjectives (`double taxation`, `double-digit`).
const MULTIPLE_VERBS: &[(&str, Decimal)] = &[
    ("twice", Decimal::TWO),
    ("double", Decimal::TWO),
    ("doubles", Decimal::TWO),
    ("doubling", Decimal::TWO),
    ("triple", Decimal::from_parts(3, 0, 0, false, 0)),
    ("triples", Decimal::from_parts(3, 0, 0, false, 0)),
    ("tripling", Decimal::from_parts(3, 0, 0, false, 0)),
    ("halve", Decimal::from_parts(5, 0, 0, false, 1)),
    ("halving", Decimal::from_parts(5, 0, 0, false, 1)),
];

/// Words after `double`/`doubling` that make it a verb with an object.
const MULTIPLE_VERB_OBJECTS: &[&str] = &[
    "the", "its", "their", "our", "that", "this", "to", "in", "from", "his", "her", "your",
];

/// Is this word a candidate start of a claim written in words?
pub fn starts_claim_word(word: &str) -> bool {
    CLAIM_START_WORDS.contains(word)
}

/// Every word that may start a claim: number words, `a`/`an`/`half`, and
/// the multiple words and verbs.
static CLAIM_START_WORDS: LazyLock<WordTable<()>> = LazyLock::new(|| {
    let multiples = MULTIPLE_WORDS.iter().map(|&(w, ..)| w);
    let verbs = MULTIPLE_VERBS.iter().map(|&(w, _)| w);
    let numbers = number::start_words();
    WordTable::new(multiples.chain(verbs).chain(numbers).map(|w| (w, ())))
});

/// What one read at a candidate gave: claims, or the number it rejected
/// and why, and the offset to resume scanning at.
#[derive(Debug, Default)]
pub struct Read {
    pub claims: Vec<Claim>,
    pub rejected: Option<Rejection>,
    pub resume: usize,
}

impl Read {
    fn claims(claims: Vec<Claim>, resume: usize) -> Self {
        Read {
            claims,
            rejected: None,
            resume,
        }
    }

    fn rejected(span: Span, rule: NonClaim, resume: usize) -> Self {
        Read {
            claims: Vec::new(),
            rejected: Some(Rejection::new(span, rule)),
            resume,
        }
    }
}

/// Claims read at `pos` and the offset to resume scanning at; `floor` is
/// where the previous read ended, so claims never overlap.
pub fn read_at(text: &str, pos: usize, floor: usize, currency: &DocumentCurrency) -> Read {
    if let Some(claim) = multiple_word(text, pos) {
        let end = claim.span.end;
        return Read::claims(vec![claim], end);
    }
    if let Some((end, rule)) = nonclaim::plainly_not_a_claim(text, pos) {
        return Read::rejected(Span::new(pos, end), rule, end);
    }
    let (start, negative, prefix, prefix_scale) = read_prefix(text, pos, floor, currency);
    if let Some(reading) = fraction_with_unit(text, start, pos, prefix, negative) {
        let resume = reading.end;
        if let Some(rule) = nonclaim::rejects(text, &reading) {
            return Read::rejected(Span::new(reading.start, reading.end), rule, resume);
        }
        return Read::claims(build(text, &reading, currency), resume);
    }
    let Some(mut first) = number::read(text, pos, prefix.is_some()) else {
        return Read::claims(Vec::new(), skip_candidate(text, pos));
    };
    if prefix_scale != Decimal::ONE {
        first.value = first.value.saturating_mul(prefix_scale);
        first.scale = first.scale.saturating_mul(prefix_scale);
    }
    let reading = read_rest(text, start, first, prefix, negative);
    let resume = reading.end.max(first.span.end);
    if let Some(rule) = nonclaim::rejects(text, &reading) {
        let resume = reread_after_to(text, &reading, rule, pos).unwrap_or(resume);
        // A label given back after its `to` is rejected alone.
        let end = if resume < reading.end {
            first.span.end
        } else {
            reading.end
        };
        return Read::rejected(Span::new(reading.start.min(pos), end), rule, resume);
    }
    Read::claims(build(text, &reading, currency), resume)
}

/// `1/4 mile`, `10 1/2 miles`, `½ teaspoon`, `one-half miles`: a fraction
/// or mixed number is a claim of the unit after it. Without a unit it is
/// not read as a fraction at all (`24/7`, `1/4` of a date, `two-thirds of`
/// stay what the other rules make of them).
fn fraction_with_unit(
    text: &str,
    start: usize,
    pos: usize,
    prefix: Option<Currency>,
    negative: bool,
) -> Option<Reading> {
    if prefix.is_some() {
        return None;
    }
    let mut first = number::read_fraction(text, pos)?;
    let (mut measure, mut end, unit_scale) = measure_after(text, first.span.end, None, false);
    // `1/4 to 1/2 percent`, `4-1/4 to 4-1/2 percent`: a range of fractions
    // takes the unit after its high end.
    let mut second = None;
    if measure == Measure::Count
        && let Some(high_at) = text[first.span.end..]
            .strip_prefix(" to ")
            .map(|_| first.span.end + 4)
        && let Some(high) = number::read_fraction(text, high_at)
            .or_else(|| number::read(text, high_at, false).filter(|n| n.plain_integer().is_some()))
        && high.value > first.value
    {
        let (high_measure, high_end, _) = measure_after(text, high.span.end, None, false);
        if let Measure::Unit(unit) = high_measure
            && unit.kind == Kind::Percent
        {
            measure = high_measure;
            end = high_end;
            second = Some(high);
        }
    }
    let Measure::Unit(unit) = measure else {
        return None;
    };
    if unit.kind == Kind::Multiple {
        return None;
    }
    first.value = first.value.saturating_mul(unit_scale);
    Some(Reading {
        start,
        first,
        second,
        currency: None,
        measure,
        end,
        negative,
    })
}

/// A rejected range that starts with a year, or with the tail of a year
/// label (`/25`, `-24`), is read again after its `to`: in `in 2024/25 to
/// 3.3 per cent` and `in RE 2023-24 to ₹34,465 crore` the label is no
/// claim, the amount after `to` is. Only after a written `to` (`2020-21`
/// stays one label) and not for other rejections (`June 5 to 7` stays a
/// date, `pages 10 to 20` references). Returns where to read on.
fn reread_after_to(text: &str, reading: &Reading, reason: NonClaim, pos: usize) -> Option<usize> {
    let year_label =
        reading.first.is_year_like() || matches!(reason, NonClaim::Compound | NonClaim::Identifier);
    let second = reading.second?.span.start;
    let from = reading.first.span.end.min(second);
    // (The second number's currency may stand after `to`: `to ₹34,465`,
    // `to US$ 50.2 billion`.)
    let mut between = text[from..second].trim_end_matches(token::is_space);
    if let Some((_, at)) = units::currency_prefix_before(between) {
        between = &between[..at];
    }
    let mut between = between.trim_end_matches(|c: char| !c.is_alphanumeric());
    // A bound word may stand after `to` (`in 2017-18 to over $510 billion`).
    if let Some(word) = between.rsplit(' ').next().filter(|w| is_bound_word(w)) {
        between = between[..between.len() - word.len()].trim_end();
    }
    let to = between
        .get(between.len().saturating_sub(3)..)
        .is_some_and(|tail| tail.eq_ignore_ascii_case(" to"));
    let after_to = from + between.len();
    (year_label && to && after_to > pos).then_some(after_to)
}

/// Past a candidate that turned out not to be a number.
fn skip_candidate(text: &str, pos: usize) -> usize {
    token::next(text, pos).map_or(text.len(), |t| t.span.end.max(pos + 1))
}

fn multiple_word(text: &str, pos: usize) -> Option<Claim> {
    let t = token::next(text, pos).filter(|t| t.span.start == pos && t.is_word())?;
    // Capitalized inside a sentence, it is a name (`the Doubled Ad Valorem
    // Stamp Duty`).
    if t.text.starts_with(char::is_uppercase) && !super::sentence::is_sentence_start(text, pos) {
        return None;
    }
    let (value, trend) = match MULTIPLE_WORDS.iter().find(|(w, ..)| t.is(w)) {
        Some(&(_, value, trend)) => (value, trend),
        None => {
            let &(_, value) = MULTIPLE_VERBS.iter().find(|(w, _)| t.is(w))?;
            let next = token::next(text, t.span.end)?;
            // `Tripling global renewable capacity`: an -ing form takes any
            // object.
            let gerund = t.text.to_ascii_lowercase().ends_with("ing") && next.is_word();
            let object = next.span.start > t.span.end
                && (gerund
                    || MULTIPLE_VERB_OBJECTS.iter().any(|w| next.is(w))
                    || next.text.ends_with("'s")
                    || next.text.ends_with("’s"));
            if !object {
                return None;
            }
            let trend = if value < Decimal::ONE {
                Trend::Down
            } else if compares_sizes(text, t) {
                Trend::None
            } else {
                Trend::Up
            };
            (value, trend)
        }
    };
    let unit = units::unit_by_symbol("x")?;
    Some(Claim {
        span: t.span,
        kind: Kind::Multiple,
        value,
        value_max: None,
        unit: unit.symbol,
        norm_value: value,
        norm_unit: unit.base,
        qualifier: Qualifier::Exact,
        trend,
        subject: None,
        sentence: 0,
    })
}

/// `almost twice the WHO guideline`, `nearly double the euro area
/// average`: `twice`, and `double`/`triple` where no verb governs them, compare
/// two sizes; nothing rose. `double` after `to` or a modal is the verb
/// (`to double its investment`, `should more than double to 600 GW`), a
/// rise; so is `double` opening its sentence (`Double the fleet`).
fn compares_sizes(text: &str, word: token::Token) -> bool {
    if word.is("twice") {
        return true;
    }
    if !MULTIPLYING_VERBS.iter().any(|w| word.is(w)) {
        return false;
    }
    // (`CO2 emissions that roughly double from current levels`: a verb
    // takes `from`, `by`, `to`, `over`, `in`.)
    let verb_after =
        token::next(text, word.span.end).is_some_and(|n| VERB_PREPOSITIONS.iter().any(|w| n.is(w)));
    // (`nearly triple the 71 electric buses in service in 2019`, `more
    // than double that next month`: against another time it is a rise.)
    let dated = token::after(text, word.span.end, 10)
        .take_while(|t| !t.is_symbol('.') && !t.is_symbol(';') && !t.is_symbol(','))
        .any(|t| {
            OTHER_TIME_WORDS.iter().any(|w| t.is(w))
                || (t.kind == token::TokenKind::Digits
                    && t.text.len() == 4
                    && t.text.starts_with(['1', '2']))
        });
    if dated {
        return false;
    }
    // (`rose 4.8 percent last year, nearly double the pace of wages`: an
    // apposition after a comma compares; `Double the fleet` opening a
    // sentence is the verb.)
    let governing = token::before(text, word.span.start, 6).find(|t| {
        !(t.is_word() && (is_bound_word(t.text) || STRESS_WORDS.iter().any(|w| t.is(w))))
    });
    !verb_after
        && governing.is_some_and(|t| {
            if !t.is_word() {
                return [',', '(', '—', '–'].iter().any(|&c| t.is_symbol(c));
            }
            let verb_before = MODAL_VERBS.iter().chain(RELATIVE_PRONOUNS);
            !(t.is("to") || verb_before.into_iter().any(|w| t.is(w)))
        })
}

/// `double` and `triple`: verbs of a rise, or a comparison of two sizes
/// where no verb governs them (see [`compares_sizes`]).
const MULTIPLYING_VERBS: &[&str] = &["double", "triple"];

/// Prepositions a verb `double` takes (`roughly double from current
/// levels`, `double by 2030`).
const VERB_PREPOSITIONS: &[&str] = &["from", "by", "to", "over", "in", "between"];

/// Words that set a size against another time (`nearly triple the 71
/// buses in service in 2019`, `more than double that next month`).
const OTHER_TIME_WORDS: &[&str] = &["ago", "last", "next", "previous", "earlier"];

/// Words that stress a multiple and stand between it and what governs it
/// (`more than double`, `still twice`, `well over double`).
const STRESS_WORDS: &[&str] = &["more", "than", "still", "well"];

fn is_minus(c: char) -> bool {
    matches!(c, '-' | '−')
}

/// `ef 75 -300mm`: a minus one space after a number and glued to the
/// next is a dash written loosely, not a sign. (Table columns, where `2.1
/// -0.4` would be a sign, are set apart by tabs or runs of spaces.)
fn loose_dash(text: &str, sign_start: usize) -> bool {
    let after_number = text[..sign_start]
        .strip_suffix(' ')
        .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()));
    // (`Tax expenditure adjustment -0.5 5.4`, `0.0 -1.0`: a row of cells
    // to the line's end keeps its signs.)
    let digits = text[sign_start..]
        .char_indices()
        .find(|&(_, c)| !is_minus(c))
        .map_or(sign_start, |(i, _)| sign_start + i);
    let number_end = digits
        + text[digits..]
            .bytes()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
            .count();
    after_number
        && !super::nonclaim::is_table_cell(text, sign_start, number_end)
        && !signed_after_year_label(text, sign_start, digits, number_end)
}

/// `Inflation 2016 -0,3% and 2017 1,5%`, `in 2017 -1.2%`: a year label
/// (a year, or a fiscal year `2016-17`, `2016/17`) one space before a
/// signed decimal or percentage labels the value, which keeps its sign.
/// (`2015 -20`, a year range written loosely, has neither a decimal nor
/// a `%`.)
fn signed_after_year_label(
    text: &str,
    sign_start: usize,
    digits: usize,
    number_end: usize,
) -> bool {
    let number = &text[digits..number_end];
    let value = number.contains(['.', ',']) || text[number_end..].starts_with('%');
    let head = &text[..sign_start - 1];
    let label = head
        .rsplit(|c: char| is_space(c) || c == '(')
        .next()
        .unwrap_or_default();
    let year = label.get(..4).is_some_and(|y| {
        y.bytes().all(|b| b.is_ascii_digit())
            && y.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
    });
    let tail = label.get(4..).unwrap_or_default();
    let fiscal = tail.is_empty()
        || (tail.len() == 3
            && tail.starts_with(['-', '/'])
            && tail[1..].bytes().all(|b| b.is_ascii_digit()));
    value && year && fiscal
}

/// Sign and currency written before the number at `pos`: the start of the
/// whole expression, whether it is negative, and the currency. Accepted:
/// `-3.5%`, `$-99.99`, `-$5`, `minus five percent`, `RMB 500`. Nothing
/// before `floor` (the end of what was read before) is taken: in
/// `10 $ 30 $` the first `$` belongs to `10`.
fn read_prefix(
    text: &str,
    pos: usize,
    floor: usize,
    document: &DocumentCurrency,
) -> (usize, bool, Option<Currency>, Decimal) {
    let mut start = pos;
    let mut negative = false;
    // A sign glued to the number.
    if let Some(sign) = text[..pos].chars().next_back().filter(|&c| is_minus(c)) {
        let sign_start = pos - sign.len_utf8();
        let before = text[..sign_start].chars().next_back();
        let after_currency = units::currency_prefix_before(&text[..sign_start]).is_some();
        let free = before.is_none_or(|c| is_space(c) || "([".contains(c));
        if sign_start >= floor && (after_currency || free) && !loose_dash(text, sign_start) {
            negative = true;
            start = sign_start;
        }
    }
    let mut currency = None;
    let mut scale = Decimal::ONE;
    let head = text[..start].trim_end_matches(is_space);
    // `MAUD 60`: millions of Australian dollars.
    let million = || {
        units::million_code_before(head).map(|(found, at)| {
            scale = Decimal::from(1_000_000);
            (found, at)
        })
    };
    // A capital-letter sign (`R`, `P`, `K`, `MK`, `E`, `N`) is money only
    // in a document that names one of its countries, glued to the number
    // (`MK` may stand apart), and for most only before an amount that is
    // plainly money (`K952 billion`, not `K12`); its currency is the
    // country's named most (elsewhere `R21` is a road, `N95` a mask).
    let glued = head.len() == start;
    let letter = |(found, at): (Currency, usize)| -> Option<(Currency, usize)> {
        let Some(sign) = units::letter_sign_at(&head[at..]) else {
            return Some((found, at));
        };
        let code = document.letter_sign(sign.sign)?;
        let placed = glued || sign.sign.len() > 1;
        let money = !sign.plainly_money || units::glued_code_amount(&text[start..]);
        (placed && money).then_some((Currency::Code(code), at))
    };
    let glued_code =
        |&(_, at): &(Currency, usize)| head.len() == start && units::needs_space(&head[at..]);
    let prefix = units::currency_prefix_before(head)
        .and_then(letter)
        .filter(|found| !glued_code(found) || units::glued_code_amount(&text[start..]))
        .or_else(million);
    if let Some((found, at)) = prefix {
        // A space is fine after a code (`RMB 500`), not a blank line.
        if at >= floor && !text[at..start].contains("\n\n") {
            currency = Some(found);
            start = at;
            // `-$5`
            if let Some(sign) = text[..start].chars().next_back().filter(|&c| is_minus(c)) {
                let before = text[..start - sign.len_utf8()].chars().next_back();
                let free = before.is_none_or(|c| is_space(c) || "([".contains(c));
                if !negative && free && start - sign.len_utf8() >= floor {
                    negative = true;
                    start -= sign.len_utf8();
                }
            }
        }
    }
    let minus = token::prev(text, start)
        .filter(|t| (t.is("minus") || t.is("negative")) && t.span.start >= floor)
        .filter(|t| !is_tolerance(text, t.span.start));
    if !negative && let Some(word) = minus {
        negative = true;
        start = word.span.start;
    }
    (start, negative, currency, scale)
}

/// Whether the `minus` at `pos` closes `plus or minus` / `plus/minus` /
/// `plus minus`: a tolerance around a target (`within a band of plus or
/// minus 2 per cent`, `4.5% plus minus 1%`), whose number is the band's
/// width, not a negative value.
fn is_tolerance(text: &str, pos: usize) -> bool {
    let Some(joint) = token::prev(text, pos) else {
        return false;
    };
    if joint.is("plus") {
        return true;
    }
    (joint.is("or") || joint.is_symbol('/'))
        && token::prev(text, joint.span.start).is_some_and(|t| t.is("plus"))
}

/// Range, unit and currency after the first number.
fn read_rest(
    text: &str,
    start: usize,
    first: Number,
    prefix: Option<Currency>,
    negative: bool,
) -> Reading {
    let first = thousands_before_unit(text, first, prefix);
    let (first_measure, first_end, unit_scale) =
        measure_after(text, first.span.end, prefix, first.scaled());
    let mut first = first;
    first.value = first.value.saturating_mul(unit_scale);
    let mut reading = Reading {
        start,
        first,
        second: None,
        currency: prefix,
        measure: first_measure,
        end: first_end,
        negative,
    };
    if let Some((second, second_prefix)) = range_end(text, &reading) {
        let currency = prefix.or(second_prefix);
        take_range_end(text, &mut reading, (first, first_measure), second, currency);
    }
    if let Some((part, end)) = compound_part(text, &reading) {
        reading.first.value = reading.first.value.saturating_add(part);
        reading.end = end;
    }
    measure_of_bare(text, &mut reading);
    // (`[0.15 to 0.25] m`: an interval takes the unit after its `]`.)
    if reading.second.is_some()
        && reading.measure == Measure::Count
        && reading.currency.is_none()
        && let Some((measure, scale)) = measure_after_interval(text, &reading)
        && scale == Decimal::ONE
    {
        reading.measure = measure;
    }
    if counts_occurrences(text, &reading) {
        reading.measure = Measure::Count;
        reading.end = reading.second.unwrap_or(reading.first).span.end;
    }
    reading
}

/// Takes the high end `second` of a range into `reading`, with its unit,
/// when that unit agrees with the first number's (`first` as read, with
/// `first_measure`); `currency` is the range's.
fn take_range_end(
    text: &str,
    reading: &mut Reading,
    (first, first_measure): (Number, Measure),
    second: Number,
    currency: Option<Currency>,
) {
    let (measure, end, unit_scale) =
        measure_after(text, second.span.end, currency, second.scaled());
    let mut second = second;
    second.value = second.value.saturating_mul(unit_scale);
    if unit_scale != Decimal::ONE && first_measure == Measure::Count {
        reading.first.value = reading.first.value.saturating_mul(unit_scale);
    }
    let compatible = match (first_measure, measure) {
        (Measure::Count, _) => true,
        (a, b) => a == b,
    };
    if compatible {
        reading.second = Some(second);
        reading.currency = currency;
        reading.measure = measure;
        reading.end = end;
        // `between 3 and 4 million`: the scale of the high end applies
        // to an unscaled low end.
        if second.scaled()
            && !first.scaled()
            && first.value.saturating_mul(second.scale) < second.value
        {
            reading.first.value = reading.first.value.saturating_mul(second.scale);
            reading.first.scale = second.scale;
        }
    }
}

/// A bare number (no range, no unit) takes a measure from around it: one
/// borrowed from a neighbour, one after a margin or an interval, the
/// currency of the change it starts from, or a unit named before it.
fn measure_of_bare(text: &str, reading: &mut Reading) {
    let bare = reading.second.is_none() && reading.measure == Measure::Count;
    if bare
        && !reading.first.scaled()
        && !reading.first.is_year_like()
        && let Some((measure, scale)) = borrowed_measure(text, reading)
    {
        reading.measure = measure;
        reading.first.value = reading.first.value.saturating_mul(scale);
        reading.first.scale = scale;
    } else if bare
        && !reading.first.scaled()
        && let Some((measure, scale)) = measure_after_margin(text, reading)
    {
        reading.measure = measure;
        reading.first.value = reading.first.value.saturating_mul(scale);
        reading.first.scale = scale;
    } else if bare
        && !reading.first.scaled()
        && let Some((measure, scale)) = measure_after_interval(text, reading)
    {
        reading.measure = measure;
        reading.first.value = reading.first.value.saturating_mul(scale);
        reading.first.scale = scale;
    } else if bare
        && !reading.first.is_year_like()
        && let Some(measure) = measure_of_number_before(text, reading)
    {
        reading.measure = measure;
    } else if bare && let Some(currency) = currency_of_change_origin(text, reading) {
        reading.measure = Measure::Money(code_placeholder(currency));
    } else if bare
        && !reading.first.scaled()
        && let Some(currency) = currency_of_list_head(text, reading)
    {
        reading.measure = Measure::Money(code_placeholder(currency));
    } else if bare
        && !reading.first.value.fract().is_zero()
        && let Some(unit) = unit_named_before(text, reading.start)
    {
        reading.measure = Measure::Unit(unit);
    } else if bare
        && !reading.first.scaled()
        && !reading.first.value.fract().is_zero()
        && reading.first.value < Decimal::ONE_HUNDRED
        && let Some(percent) = percent_rate_named_before(text, reading.start)
    {
        reading.measure = Measure::Unit(percent);
    }
}

/// `from Rs 150, 250, 500 to Rs 1,000`: a bare amount listed after one
/// written with its currency takes that currency (items joined by `, `
/// or `and`, each a plain number; `1,000` stays one number, as its comma
/// has no space after it).
fn currency_of_list_head(text: &str, reading: &Reading) -> Option<Currency> {
    // (An item before a noun counts something else: `Rs 150, 250 schools`.)
    let ends_item = token::next(text, reading.end)
        .is_none_or(|t| !t.is_word() || t.is("and") || t.is("or") || t.is("to"));
    if !ends_item {
        return None;
    }
    let mut at = reading.start;
    for _ in 0..6 {
        let separator = token::prev(text, at)?;
        let spaced = text[separator.span.end..at].starts_with(is_space);
        if !(separator.is("and") || (separator.is_symbol(',') && spaced)) {
            return None;
        }
        let mut item = token::prev(text, separator.span.start)?;
        if separator.is("and") && item.is_symbol(',') {
            item = token::prev(text, item.span.start)?;
        }
        if item.kind != token::TokenKind::Digits || text[item.span.end..at].contains('\n') {
            return None;
        }
        // (The first item may have decimals or groups: `Rs 1,250.5`.)
        let item_start = text[..item.span.start]
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            .len();
        let head = text[..item_start].trim_end_matches(is_space);
        if let Some((currency, _)) = units::currency_prefix_before(head) {
            return Some(currency);
        }
        at = item_start;
    }
    None
}

/// `0.5k miles`, `10k km`: a `k` glued to digits is a thousand when a
/// unit follows it; elsewhere (`5k run`, `10kph`) the number is glued to a
/// name.
fn thousands_before_unit(text: &str, first: Number, prefix: Option<Currency>) -> Number {
    let at = first.span.end;
    let glued_k = units::starts_with_form(&text[at..], "k", false);
    if prefix.is_some() || first.scaled() || !first.is_digits() || !glued_k {
        return first;
    }
    let spaced = text[at + 1..].starts_with(is_space);
    let (measure, ..) = measure_after(text, at + 1, None, true);
    match measure {
        Measure::Unit(unit) if spaced && unit.kind != Kind::Multiple => Number {
            span: Span::new(first.span.start, at + 1),
            value: first.value.saturating_mul(Decimal::from(1_000)),
            scale: Decimal::from(1_000),
            ..first
        },
        _ => first,
    }
}

/// `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `5 feet
/// 2 inches`, `5 ft 2 in`: a whole and its part are one claim in the
/// whole's unit. A bare part after money counts only where the clause ends
/// (`15 dollars and 50.`), never before a noun (`15 dollars and 20
/// people` is two things). Returns the part in the whole's unit and where
/// it ends.
fn compound_part(text: &str, reading: &Reading) -> Option<(Decimal, usize)> {
    if reading.second.is_some() || reading.first.scaled() || reading.currency.is_some() {
        return None;
    }
    let (per_whole, part_symbol) = match reading.measure {
        Measure::Money(_) => (100, None),
        Measure::Unit(unit) => {
            let &(_, part, per_whole) = units::COMPOUND_UNITS
                .iter()
                .find(|(whole, ..)| *whole == unit.symbol)?;
            (per_whole, Some(part))
        }
        _ => return None,
    };
    let mut next = token::next(text, reading.end)?;
    if next.is("and") {
        next = token::next(text, next.span.end)?;
    }
    let numeric = next.kind == token::TokenKind::Digits || number::starts_word_number(next.text);
    if !numeric || text[reading.end..next.span.start].contains("\n\n") {
        return None;
    }
    let part = number::read(text, next.span.start, false)?;
    let per_whole = Decimal::from(per_whole);
    if part.scaled() || part.value >= per_whole {
        return None;
    }
    let (measure, end, _) = measure_after(text, part.span.end, None, false);
    let rest = text[part.span.end..].trim_start_matches(is_space);
    let written_part = |symbol: &str| {
        units::starts_with_form(rest, symbol, true).then(|| text.len() - rest.len() + symbol.len())
    };
    let end = match (reading.measure, measure) {
        (Measure::Money(whole), Measure::MoneyMinor(minor)) => (whole == minor).then_some(end),
        (Measure::Money(_), Measure::Count) => (part.value.fract().is_zero()
            && token::clause_ends(&text[part.span.end..]))
        .then_some(part.span.end),
        (Measure::Unit(_), Measure::Unit(unit)) => {
            (Some(unit.symbol) == part_symbol).then_some(end)
        }
        // `5 ft 2 in more or less`: the part's symbol after a whole.
        (Measure::Unit(_), Measure::Count) => part_symbol.and_then(written_part),
        _ => None,
    }?;
    Some((part.value / per_whole, end))
}

/// `raising the average years of schooling among the working-age
/// population to 11.7`: a bare number with a fraction (no count of
/// things) after `to` takes the unit named as `<unit> of` earlier in its
/// clause.
fn unit_named_before(text: &str, start: usize) -> Option<&'static Unit> {
    let mut tokens = token::before(text, start, 12);
    if !tokens.next().is_some_and(|t| t.is("to")) {
        return None;
    }
    let mut after: Option<token::Token> = None;
    for t in tokens {
        if !t.is_word() {
            if t.is_symbol('-') {
                continue;
            }
            return None;
        }
        if after.is_some_and(|a| a.is("of"))
            && let Some((unit, len)) = units::unit_at(t.text)
            && len == t.text.len()
            && t.text.len() > 3
        {
            return Some(unit);
        }
        after = Some(t);
    }
    None
}

/// `retained the policy rate at 8.50`, `raised the CBR to 9.50`: a bare
/// number with a fraction right after `at`/`to`, in a clause that names a
/// rate in percent a few words before ([`units::PERCENT_RATE_NAMES`],
/// [`units::PERCENT_RATE_ACRONYMS`]), is that rate in percent.
fn percent_rate_named_before(text: &str, start: usize) -> Option<&'static Unit> {
    let mut tokens = token::before(text, start, 8);
    if !tokens.next().is_some_and(|t| t.is("at") || t.is("to")) {
        return None;
    }
    let mut after: Option<token::Token> = None;
    for t in tokens.take_while(|t| t.is_word()) {
        let named = units::PERCENT_RATE_ACRONYMS.contains(&t.text)
            || (after.is_some_and(|a| a.is("rate"))
                && units::PERCENT_RATE_NAMES.iter().any(|w| t.is(w)));
        if named {
            return units::unit_at("%").map(|(unit, _)| unit);
        }
        after = Some(t);
    }
    None
}

/// `Global mean sea level increased by 0.20 [0.15 to 0.25] m`: the unit
/// written after an uncertainty interval is the unit of the value before
/// it and of the interval (`past_interval`).
fn measure_after_interval(text: &str, reading: &Reading) -> Option<(Measure, Decimal)> {
    let end = reading.second.unwrap_or(reading.first).span.end;
    let at = past_interval(text, reading.start, end)?;
    if text[end..at].contains('\n') {
        return None;
    }
    let (measure, _, unit_scale) = measure_after(text, at, None, false);
    (measure != Measure::Count).then_some((measure, unit_scale))
}

fn measure_after_margin(text: &str, reading: &Reading) -> Option<(Measure, Decimal)> {
    let rest = text[reading.end..].trim_start_matches(is_space);
    let rest = rest
        .strip_prefix('±')
        .or_else(|| rest.strip_prefix("+/-"))?;
    let at = text.len() - rest.trim_start_matches(is_space).len();
    if text[reading.end..at].contains('\n') {
        return None;
    }
    let margin = number::read(text, at, false)?;
    let (measure, _, unit_scale) = measure_after(text, margin.span.end, None, margin.scaled());
    (measure != Measure::Count && !margin.scaled()).then_some((measure, unit_scale))
}

/// `cutting the rate to 8.54 per cent from 9.13`, `7.3 trillion shillings
/// compared to 6.4 trillion`: a bare number after `from`, when the new
/// value was written first (after `to`), or after a comparison (`compared
/// to`, `against`) takes the unit or currency of the number right before
/// those words, when both carry the same scale.
fn measure_of_number_before(text: &str, reading: &Reading) -> Option<Measure> {
    let mut before = token::before(text, reading.start, 2);
    let link = before.next()?;
    let reversed = link.is("from");
    let compared_to =
        (link.is("to") || link.is("with")) && before.next().is_some_and(|t| t.is("compared"));
    let link_start = if compared_to {
        token::prev(text, link.span.start)?.span.start
    } else if reversed || link.is("against") || link.is("versus") {
        link.span.start
    } else {
        return None;
    };
    let digits = token::before(text, link_start, 5).find(|t| t.kind == token::TokenKind::Digits)?;
    let start = digits.span.end
        - text[..digits.span.end]
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
            .count();
    if text[start..reading.start].contains('\n')
        || !text[start..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let head = text[..start].trim_end_matches(is_space);
    let prefix = units::currency_prefix_before(head);
    let number = number::read(text, start, false)?;
    let (measure, end, _) =
        measure_after(text, number.span.end, prefix.map(|p| p.0), number.scaled());
    let adjacent = text
        .get(end..link_start)
        .is_some_and(|gap| gap.trim().is_empty());
    let opened_by_to = token::prev(text, prefix.map_or(start, |p| p.1)).is_some_and(|t| t.is("to"));
    let same_scale = number.scale == reading.first.scale;
    (measure != Measure::Count && adjacent && same_scale && (opened_by_to || !reversed))
        .then_some(measure)
}

/// `enhanced from ₹ 3 lakh to 5 lakh`, `raised from $5 million to 6
/// million`: a bare amount after `to` takes the currency written before
/// the amount it changed from (the scale is its own).
fn currency_of_change_origin(text: &str, reading: &Reading) -> Option<Currency> {
    let mut before = token::before(text, reading.start, 6);
    if !before.next().is_some_and(|t| t.is("to")) {
        return None;
    }
    let mut origin = before.next()?;
    if origin.is_word() && units::scale_at(origin.text, false).is_some() {
        origin = before.next()?;
    }
    if origin.kind != token::TokenKind::Digits
        || text[origin.span.end..reading.start].contains('\n')
    {
        return None;
    }
    let head = text[..origin.span.start].trim_end_matches(is_space);
    let (currency, start) = units::currency_prefix_before(head)?;
    token::prev(text, start)
        .is_some_and(|t| t.is("from"))
        .then_some(currency)
}

/// `from 40 to 35 per cent`, `from 5 to 8 million tonnes`, `rise by 1.5, 2
/// and 2.5 per cent respectively`, `given 45 and 50 mg`: a bare number
/// borrows the unit and scale of the number it is paired or listed with.
fn borrowed_measure(text: &str, reading: &Reading) -> Option<(Measure, Decimal)> {
    let from = token::prev(text, reading.start).is_some_and(|b| b.is("from"));
    let mut at = reading.first.span.end;
    for listed_before in 0..4 {
        let connector = token::next(text, at)?;
        let to = from && connector.is("to");
        let listed = connector.is_symbol(',') || connector.is("and");
        if !(to || listed) {
            return None;
        }
        let mut next = token::next(text, connector.span.end)?;
        let mut closes_list = connector.is("and");
        if connector.is_symbol(',') && next.is("and") {
            next = token::next(text, next.span.end)?;
            closes_list = true;
        }
        // `ranged between -35 and -37 basis points`: a minus glued to the
        // next number.
        if (next.is_symbol('-') || next.is_symbol('−'))
            && let Some(digits) = token::next(text, next.span.end)
            && digits.span.start == next.span.end
        {
            next = digits;
        }
        let numeric =
            next.kind == token::TokenKind::Digits || number::starts_word_number(next.text);
        if !numeric || text[at..next.span.start].contains('\n') {
            return None;
        }
        let number = number::read(text, next.span.start, false)?;
        let (measure, end, unit_scale) =
            measure_after(text, number.span.end, None, number.scaled());
        if measure != Measure::Count {
            let respectively = token::next(text, end).is_some_and(|t| t.is("respectively"));
            // `45 and 50 mg`: two numbers joined by `and`, nothing between,
            // not the tail of a list (`3, 4 and 5 per cent`).
            let in_list = token::prev(text, reading.start).is_some_and(|t| t.is_symbol(','));
            let pair = listed_before == 0 && connector.is("and") && !in_list;
            // `5, 6 and 7 per cent`, `10, 20 and 30 kilometres`: the
            // items of a list closed by `and` before its one unit.
            let list = closes_list && (listed_before > 0 || in_list);
            return (to || respectively || pair || list)
                .then_some((measure, number.scale.saturating_mul(unit_scale)));
        }
        if to || number.scaled() {
            return None;
        }
        at = number.span.end;
    }
    None
}

/// `were lowered two times`: `times` counts occurrences, unless a
/// comparison makes it a multiple (`by 5 times`, `three times the sum`,
/// `1.5 times that of`, `is 2 times`).
fn counts_occurrences(text: &str, reading: &Reading) -> bool {
    let Measure::Unit(unit) = reading.measure else {
        return false;
    };
    let written = text[..reading.end].trim_end().as_bytes();
    let times = written.len() >= 5 && written[written.len() - 5..].eq_ignore_ascii_case(b"times");
    if unit.kind != Kind::Multiple || !times {
        return false;
    }
    let before = token::prev(text, reading.start);
    let after = token::next(text, reading.end);
    let compared_before =
        before.is_some_and(|t| is_bound_word(t.text) || MULTIPLE_BEFORE.iter().any(|w| t.is(w)));
    let compared_after = after.is_some_and(|t| MULTIPLE_AFTER.iter().any(|w| t.is(w)));
    // `grew 1.1 times`: a fraction of a time is never an occurrence.
    let fractional = !reading.first.value.fract().is_zero();
    !(compared_before || compared_after || fractional)
}

/// Words before `N times` that make it a multiple, beside the bound words
/// (`about 3 times`).
#[rustfmt::skip]
const MULTIPLE_BEFORE: &[&str] = &[
    "by", "than", "to",
    "is", "was", "were", "are", "be", "been", "being", "at", "of", "grew", "grown", "increased", "rose",
    "expanded", "multiplied", "jumped",
];

/// Words after `N times` that make it a multiple.
#[rustfmt::skip]
const MULTIPLE_AFTER: &[&str] = &[
    "the", "that", "as", "more", "higher", "larger", "greater", "bigger", "of", "what", "faster", "less",
    "lower", "its", "their", "his", "her", "our", "this", "those", "these", "over",
    // `enhanced to 2.5 and 2 times respectively`: the last of a list of
    // multiples.
    "respectively",
];

/// The second number of a range (`5 to 6`, `5-6`, `between 3 and 4`), with
/// any currency written before it.
fn range_end(text: &str, reading: &Reading) -> Option<(Number, Option<Currency>)> {
    let (connector, tight) = range_connector(text, reading)?;
    let mut at = high_end_at(text, &connector, tight)?;
    // A currency may be repeated: `$3 to $4 billion`.
    let mut currency = None;
    for &(form, c) in units::CURRENCY_PREFIXES {
        // (A lone letter, `R` or `P`, only glued to the digits: `PHP 58`
        // is a code, read below.)
        let letter = form.len() == 1 && form.as_bytes()[0].is_ascii_alphabetic();
        let glued = || {
            text.get(at + form.len()..)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        };
        if text[at..].starts_with(form) && (!letter || glued()) {
            currency = Some(c);
            at += form.len();
            at += text[at..].len() - text[at..].trim_start_matches(is_space).len();
            break;
        }
    }
    // `from $150, 250 to $300`: a bare list item before an amount with its
    // own currency is the list's last item, not the low end of a range.
    let listed = token::prev(text, reading.start).is_some_and(|t| t.is_symbol(','));
    if currency.is_some() && reading.currency.is_none() && listed {
        return None;
    }
    if in_another_currency(reading.currency, currency) {
        return None;
    }
    let first_char = text[at..].chars().next()?;
    let second_is_digits = first_char.is_ascii_digit();
    if second_is_digits != reading.first.is_digits() && !second_is_digits {
        return None;
    }
    // (`3 to 3-1/4 percent`: the high end may be a mixed number.)
    let second = number::read_fraction(text, at)
        .filter(|f| f.span.end > at && !text[at..f.span.end].contains(' '))
        .or_else(|| number::read(text, at, currency.or(reading.currency).is_some()))?;
    // `grow by 3.5 to 5.5 per cent` is a range; `fell by £4.3 billion to
    // £120.7 billion` is the change and the level reached, told apart by
    // the level being far above the change, or by the high end repeating
    // the currency (`increases by $62.6 billion to $163.6 billion`; a
    // range writes `by $3-4 billion`). A change verb right before the
    // number is read like `by` when the level is an order of magnitude
    // above the change (`fell 3,500 to 249,250`; `rose 1 to 3 percent`
    // stays a range).
    let before = token::prev(text, reading.start);
    let by = before.is_some_and(|b| b.is("by"));
    let verb = before.is_some_and(|b| b.is_word() && context::trend_of(b.text).is_some());
    // (Compared in the units' scales: `by 970 kb/d to 103.5 mb/d`.)
    let (_, _, second_unit_scale) = measure_after(
        text,
        second.span.end,
        currency.or(reading.currency),
        second.scaled(),
    );
    let second_value = second.value.saturating_mul(second_unit_scale);
    // `the 2016 – 17 budget`, `2024 — 25`: a fiscal year written with a
    // spaced dash is one year label (the `year` rule leaves it out), not
    // a year and a count.
    let dash = range_dash_at(connector.text).is_some();
    if dash && is_fiscal_year(&reading.first, &second) && currency.is_none() {
        return Some((second, currency));
    }
    // A range runs upwards: `from three years to two years`, `KSh 10.4
    // trillion or 70.1 percent`, `KSh 44 billion to over 21 million
    // Kenyans` are two numbers.
    if second_value < reading.first.value {
        return None;
    }
    let level_reached = second_value >= reading.first.value.saturating_mul(Decimal::from(3));
    let far_above = second_value >= reading.first.value.saturating_mul(Decimal::from(10));
    let change_then_level = (by && (level_reached || currency.is_some()))
        || (verb && (far_above || currency.is_some()));
    if change_then_level && connector.is("to") {
        return None;
    }
    Some((second, currency))
}

/// `US $ 60 million or Rs.7.8 billion`: an amount restated in a second
/// currency is two amounts, not a range. (A bare `$` may be the first
/// currency written again: `US$3 to $4 billion`.)
fn in_another_currency(first: Option<Currency>, second: Option<Currency>) -> bool {
    matches!((first, second), (Some(a), Some(b))
        if a != b && a != Currency::Dollar && b != Currency::Dollar)
}

/// `2016` and `17`: a year and the two digits of the year after it, the
/// two ends of a fiscal year.
fn is_fiscal_year(first: &Number, second: &Number) -> bool {
    first.is_year_like()
        && second.plain_integer() == Some(2)
        && (first.value + Decimal::ONE) % Decimal::from(100) == second.value
}

/// The connector of a range after the first number (`-`, `–`, `to`, `or`,
/// `and` after `between`), and whether it is glued to the number; `None`
/// when what follows is no range.
fn range_connector<'a>(text: &'a str, reading: &Reading) -> Option<(token::Token<'a>, bool)> {
    // `(+CAD 1.58 to CAD 35.33)`: a change, then the level it reached.
    if text[..reading.start].ends_with('+') {
        return None;
    }
    let after_first = reading.end;
    let mut connector = token::next(text, after_first)?;
    // `8- to 16-meter`, `320- or 640-inch`: a suspended hyphen before the
    // connector word of a range of hyphenated adjectives.
    let suspended = connector.is_symbol('-')
        && connector.span.start == after_first
        && token::next(text, connector.span.end)
            .is_some_and(|t| t.span.start > connector.span.end && (t.is("to") || t.is("or")));
    if suspended {
        connector = token::next(text, connector.span.end)?;
    }
    // `3 â€“ 6 percent`, `2ÔÇô4 per cent`: a dash garbled by a wrong code
    // page is one dash.
    if let Some(len) = range_dash_at(&text[connector.span.start..]).filter(|&len| len > 3) {
        let span = Span::new(connector.span.start, connector.span.start + len);
        connector = token::Token {
            span,
            kind: token::TokenKind::Symbol('–'),
            text: &text[span.start..span.end],
        };
    }
    let tight = connector.span.start == after_first;
    // `within the projected range of 3% - 4%`: a hyphen with a space on
    // both sides between two numbers with a unit is a dash (not `70
    // -200mm`, a minus glued to the second number).
    let spaced_dash = !tight
        && reading.end > reading.first.span.end
        && text[connector.span.end..].starts_with(' ')
        && text[connector.span.end + 1..].starts_with(|c: char| c.is_ascii_digit())
        && text[after_first..connector.span.start] == *" ";
    let is_range = match connector.kind {
        token::TokenKind::Symbol('-') => tight || spaced_dash,
        token::TokenKind::Symbol(_) => range_dash_at(connector.text).is_some(),
        token::TokenKind::Word => is_range_word(text, reading, &connector),
        _ => false,
    };
    if !is_range || text[after_first..connector.span.start].contains('\n') {
        return None;
    }
    Some((connector, tight))
}

/// Does the word `connector` join a range: `to`/`or` unless the first
/// number is the origin of a change or a year, `and` after `between`?
fn is_range_word(text: &str, reading: &Reading, connector: &token::Token) -> bool {
    // The word before the first number, past a bound (`from over`).
    let before = token::before(text, reading.start, 6)
        .find(|t| !is_bound_word(t.text) && !context::is_origin_filler(t));
    if connector.is("to") || connector.is("or") {
        // `fell from 4.8 to 4.7 percent` is a change, `fell by
        // £4.3 billion to £120.7 billion` a change and the level
        // reached, `17 per cent in 2019 to 78 per cent` no range.
        let change = before.is_some_and(|b| {
            b.is("from") && context::states_change(super::token::Text::plain(text), b.span.start)
        });
        // (`increases were in Greece (10.1% to 11.3%)`: a bracketed pair
        // in a change's clause is the old value and the new.)
        let pair = connector.is("to")
            && context::is_bracketed_pair_origin(
                super::token::Text::plain(text),
                Span::new(reading.start, reading.end),
            );
        !(change || pair || reading.first.is_year_like())
    } else if connector.is("and") {
        before.is_some_and(|b| b.is("between"))
    } else {
        false
    }
}

/// Where the high end of a range starts after `connector`: past white
/// space and, after `to`, its own bound (`from $8,000 to over $100,000`);
/// `None` when a glued connector is followed by a space.
fn high_end_at(text: &str, connector: &token::Token, tight: bool) -> Option<usize> {
    let mut at = connector.span.end;
    let rest = &text[at..];
    at += rest.len() - rest.trim_start_matches(is_space).len();
    if tight && text[at..].starts_with(is_space) {
        return None;
    }
    // The high end may carry its own bound: `from $8,000 to over $100,000`.
    if connector.is("to") {
        while let Some(word) =
            token::next(text, at).filter(|t| t.span.start == at && is_bound_word(t.text))
        {
            at = word.span.end + text[word.span.end..].len()
                - text[word.span.end..].trim_start_matches(is_space).len();
        }
    }
    Some(at)
}

/// The unit or currency after a number ending at `end`, and where it ends.
fn measure_after(
    text: &str,
    end: usize,
    prefix: Option<Currency>,
    scaled: bool,
) -> (Measure, usize, Decimal) {
    let rest = &text[end..];
    let at = end + rest.len() - rest.trim_start_matches(is_space).len();
    if prefix.is_none()
        && !text[end..at].contains('\n')
        && let Some((unit, scale, len)) = units::scaled_unit_at(&text[at..])
    {
        return (Measure::Unit(unit), at + len, Decimal::from(scale));
    }
    if prefix.is_none()
        && !text[end..at].contains('\n')
        && let Some((currency, len)) = units::million_code_at(&text[at..])
    {
        let money = Measure::Money(code_placeholder(currency));
        return (money, at + len, Decimal::from(1_000_000));
    }
    let (measure, end) = plain_measure_after(text, end, prefix, scaled);
    // `75 USD million`: a scale word after a currency code.
    if let Measure::Money(_) = measure
        && prefix.is_none()
        && !scaled
        && units::code_ends_at(text, end)
    {
        let rest = &text[end..];
        let at = end + rest.len() - rest.trim_start_matches(' ').len();
        if let Some((scale, len)) = units::scale_at(&text[at..], false).filter(|&(s, _)| s >= 1_000)
        {
            return (measure, at + len, Decimal::from(scale));
        }
    }
    (measure, end, Decimal::ONE)
}

/// The unit or currency after a number, without scale-bearing units.
fn plain_measure_after(
    text: &str,
    end: usize,
    prefix: Option<Currency>,
    scaled: bool,
) -> (Measure, usize) {
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start_matches(is_space).len();
    let gap_text = &rest[..gap];
    let spaced = gap > 0;
    let mut at = end + gap;
    if gap_text.contains("\n\n") {
        return (
            prefix.map_or(Measure::Count, |c| Measure::Money(code_placeholder(c))),
            end,
        );
    }
    if let Some(currency) = prefix {
        return prefixed_money(text, end, at, currency);
    }
    if let Some(found) = currency_word_after(text, at, scaled) {
        return found;
    }
    // A hyphen may join a unit word: `three-year`, `3-fold`, `10-km`; a
    // line-break hyphen leaves a space after it (`five- year`).
    let hyphen = !spaced && text[at..].starts_with(['-', '\u{2011}']);
    if hyphen {
        at += text[at..].chars().next().map_or(1, char::len_utf8);
        if text[at..].starts_with(' ') && !text[at + 1..].starts_with(is_space) {
            at += 1;
        }
        if let Some(found) = currency_adjective(text, at) {
            return found;
        }
    }
    if let Some(found) = duration_after_modifier(text, at) {
        return found;
    }
    unit_after(text, end, at, gap_text, (spaced, hyphen))
}

/// Money in the currency written before the number (number ending at
/// `end`, next word at `at`): `RMB 500 million yuan` swallows a repeated
/// currency word; another code is the next amount's (`rmb 10 usd 20`).
fn prefixed_money(text: &str, end: usize, at: usize, currency: Currency) -> (Measure, usize) {
    let repeated = units::currency_suffix_at(&text[at..]).filter(|&(found, minor, len)| {
        let other = matches!((currency, found), (Currency::Code(a), Currency::Code(b)) if a != b);
        !minor && !other && text[at..at + len].chars().all(char::is_alphabetic)
    });
    let end = repeated.map_or(end, |(.., len)| at + len);
    (Measure::Money(code_placeholder(currency)), end)
}

/// A currency written after the number, at `at`: `5 billion pounds`, but
/// not `25 pounds` (a weight) nor a sign that opens the next number.
fn currency_word_after(text: &str, at: usize, scaled: bool) -> Option<(Measure, usize)> {
    // `5 billion reais`: words that are also English count after a scale.
    let suffix = if scaled {
        units::currency_suffix_after_scale_at(&text[at..])
    } else {
        units::currency_suffix_at(&text[at..])
    };
    // `25 pounds` weighs; `5 billion pounds` is money.
    let weighs =
        |len: usize| !scaled && text[at..at + len].to_ascii_lowercase().starts_with("pound");
    // `$ 20,000.00 $ 37,305.97`: a currency sign before a number belongs
    // to that number, not to the one before it.
    let sign_before_number = |len: usize| {
        let form = &text[at..at + len];
        !form.chars().any(char::is_alphabetic)
            && text[at + len..]
                .trim_start_matches(is_space)
                .starts_with(|c: char| c.is_ascii_digit())
    };
    let suffix = suffix.filter(|&(_, _, len)| !weighs(len) && !sign_before_number(len));
    suffix.map(|(currency, minor, len)| (money_measure(currency, minor), at + len))
}

/// `a 12-cent dividend`, `a one-yen bid`: a currency word after a hyphen;
/// never `a 5-pound bag`.
fn currency_adjective(text: &str, at: usize) -> Option<(Measure, usize)> {
    let adjective = units::currency_suffix_at(&text[at..]).filter(|&(_, _, len)| {
        let word = &text[at..at + len];
        word.chars().all(char::is_alphabetic) && !word.to_ascii_lowercase().starts_with("pound")
    });
    adjective.map(|(currency, minor, len)| (money_measure(currency, minor), at + len))
}

/// `eight consecutive years`: a duration unit after a modifier.
fn duration_after_modifier(text: &str, at: usize) -> Option<(Measure, usize)> {
    let word = token::next(text, at).filter(|t| t.span.start == at && t.is_word())?;
    if !units::DURATION_MODIFIERS.iter().any(|m| word.is(m)) {
        return None;
    }
    let after = word.span.end;
    let next = &text[after..];
    let modified_at = after + next.len() - next.trim_start_matches(is_space).len();
    let (unit, len) =
        units::unit_at(&text[modified_at..]).filter(|(u, _)| u.kind == Kind::Duration)?;
    Some((Measure::Unit(unit), modified_at + len))
}

/// The unit at `at` after a number ending at `end` (after `gap_text`;
/// `spaced` when there is a gap, `hyphen` when a hyphen joined it), or a
/// count.
fn unit_after(
    text: &str,
    end: usize,
    at: usize,
    gap_text: &str,
    (spaced, hyphen): (bool, bool),
) -> (Measure, usize) {
    // `18,544.0` at the end of a table row, `Year-end Reserve` opening the
    // next: a capitalized word after a line break starts a label.
    let label_below = gap_text.contains('\n') && text[at..].starts_with(|c: char| c.is_uppercase());
    let unit = units::unit_at(&text[at..])
        .filter(|_| !label_below)
        .filter(|&(_, len)| unit_may_follow(&text[at..at + len], spaced, hyphen))
        .or_else(|| units::clause_final_unit_at(&text[at..]).filter(|_| !hyphen));
    match unit {
        Some((unit, len)) => (Measure::Unit(unit), at + len),
        _ if !hyphen && spaced => adjective_then_unit(text, at)
            .or_else(|| electricity_units(text, at))
            .or_else(|| points_of_a_rate(text, at))
            .map_or((Measure::Count, end), |(unit, end)| {
                (Measure::Unit(unit), end)
            }),
        _ => electricity_units(text, at).map_or((Measure::Count, end), |(unit, end)| {
            (Measure::Unit(unit), end)
        }),
    }
}

/// `1,000 empty acres`: one lower-case adjective between a number and an
/// area, length, mass or volume unit written as a word, or a kind of day
/// (`30 working days`).
fn adjective_then_unit(text: &str, at: usize) -> Option<(&'static Unit, usize)> {
    let adjective = token::next(text, at).filter(|t| t.span.start == at && t.is_word())?;
    let lower_case = adjective.text.chars().all(|c| c.is_lowercase());
    if !lower_case || adjective.text.len() < 3 || units::unit_at(adjective.text).is_some() {
        return None;
    }
    let rest = &text[adjective.span.end..];
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    let unit_at = adjective.span.end + gap;
    if gap != 1 {
        return None;
    }
    let (unit, len) = units::unit_at(&text[unit_at..])?;
    // `30 working days`, `5 business days`: days of a kind.
    let days_of_a_kind = unit.kind == Kind::Duration
        && ["working", "business", "calendar", "school"]
            .iter()
            .any(|w| adjective.is(w));
    let measured = days_of_a_kind
        || matches!(
            unit.kind,
            Kind::Area | Kind::Length | Kind::Mass | Kind::Volume
        );
    let word = text[unit_at..unit_at + len]
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ');
    (measured && word && len > 2).then_some((unit, unit_at + len))
}

/// `300 units` in a sentence about electricity are kilowatt-hours (the
/// Indian usage): `units` followed or preceded nearby by `electricity`
/// or `power`.
fn electricity_units(text: &str, at: usize) -> Option<(&'static Unit, usize)> {
    let word = token::next(text, at).filter(|t| t.span.start == at && t.is("units"))?;
    let window_start = text.floor_char_boundary(at.saturating_sub(80));
    let window_end = text.ceil_char_boundary(word.span.end + 40);
    // Only this sentence: from the last full stop before to the next one.
    let before = &text[window_start..at];
    let before = before.rfind(". ").map_or(before, |i| &before[i + 2..]);
    let after = &text[at..window_end];
    let after = after.find(". ").map_or(after, |i| &after[..i]);
    let nearby = format!("{before}{after}").to_ascii_lowercase();
    let about_power = nearby.contains("electricity") || nearby.contains("power");
    about_power.then(|| units::unit_by_symbol("kWh").map(|u| (u, word.span.end)))?
}

/// `rose 0.1 pts to 9.4 per cent`, `at 51.1%, up 2.2 points`: points
/// are percentage points where a percentage stands in the same clause or
/// a rate is named before them (`participation rate decreased 0.2 pts`;
/// index points elsewhere: `the index rose 2.2 points`, a count).
fn points_of_a_rate(text: &str, at: usize) -> Option<(&'static Unit, usize)> {
    let word = token::next(text, at).filter(|t| {
        t.span.start == at && ["points", "point", "pts", "pt"].iter().any(|w| t.is(w))
    })?;
    // Up to 200 bytes back within the sentence (`stand at 51.1%, up 2.2
    // points`, `employment increased by 0.3% quarter-on-quarter, while the
    // labor force participation rate decreased by 0.1 points`), and on to
    // the end of the clause after (past `, respectively`).
    let window_start = text.floor_char_boundary(at.saturating_sub(200));
    let before = &text[window_start..at];
    // (A full stop is `. `, not a decimal point.)
    let before = [". ", ";", "\n"]
        .iter()
        .filter_map(|stop| before.rfind(stop).map(|i| i + stop.len()))
        .max()
        .map_or(before, |i| &before[i..]);
    // (A stop is looked for in the bytes that count, not in the rest of
    // the text: that was quadratic on a long text of points.)
    let window = &text[word.span.end..text.ceil_char_boundary(word.span.end + 76)];
    let rest = window.strip_prefix(", respectively").unwrap_or(window);
    let rest_start = word.span.end + (window.len() - rest.len());
    let clause_end = [", ", ". ", ";", "\n"]
        .iter()
        .filter_map(|stop| rest.find(stop))
        .min()
        .unwrap_or(rest.len())
        .min(60);
    let clause_end = rest_start + clause_end;
    let after = &text[word.span.end..text.floor_char_boundary(clause_end)];
    let percent = |s: &str| {
        let lower = s.to_ascii_lowercase();
        lower.contains('%') || lower.contains("per cent") || lower.contains("percent")
    };
    // `an increase of 0.2 point or 0.2 per cent`, `up 2.2 points (1.5%)`:
    // a change in points restated as a percentage is in the index's own
    // points (a rate's change in points is never restated in percent).
    let restated = {
        let rest = after.trim_start_matches([',', ' ']);
        let rest = rest
            .strip_prefix("or ")
            .or_else(|| rest.strip_prefix('('))
            .unwrap_or("");
        let digits = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
            .count();
        let unit = rest[digits..].trim_start_matches(' ');
        digits > 0 && percent(unit.get(..8).unwrap_or(unit)) && unit.starts_with(['%', 'p', 'P'])
    };
    // (`Participation rate decreased 0.2 pts, but remained at 64.7%`: a
    // rate named as the subject of the clause, its percentage further on.)
    let rate_named = before
        .split(|c: char| !c.is_alphabetic())
        .any(|w| units::RATE_NOUNS.iter().any(|r| w.eq_ignore_ascii_case(r)));
    ((percent(before) || percent(after) || rate_named) && !restated)
        .then(|| units::unit_by_symbol("pp").map(|u| (u, word.span.end)))?
}

/// Symbols never follow a hyphen (`5-%`); one-letter symbols that are also
/// common words or operators (`x`, `l`) must be glued.
fn unit_may_follow(written: &str, spaced: bool, hyphen: bool) -> bool {
    // `an 8.7-percent reduction`, but never `5-%`.
    if hyphen
        && !written
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == ' ')
    {
        return false;
    }
    !(spaced && matches!(written, "x" | "×" | "l"))
}

/// Money in a currency or in its hundredths (`cents`).
fn money_measure(currency: Currency, minor: bool) -> Measure {
    let code = code_placeholder(currency);
    if minor {
        Measure::MoneyMinor(code)
    } else {
        Measure::Money(code)
    }
}

/// Money measures carry the currency unresolved until `build`; the
/// placeholder keeps `Measure` `Copy` and comparable.
fn code_placeholder(currency: Currency) -> &'static str {
    match currency {
        Currency::Code(code) => code,
        Currency::Dollar => "$",
        Currency::Yen => "¥",
        Currency::Rupee => "Rs",
        Currency::Family(name) => name,
    }
}

fn build(text: &str, reading: &Reading, currency: &DocumentCurrency) -> Vec<Claim> {
    let _ = text;
    let resolve = |code: &'static str| match code {
        "$" => currency.resolve(Currency::Dollar),
        "¥" => currency.resolve(Currency::Yen),
        "Rs" => currency.resolve(Currency::Rupee),
        code => units::family_placeholder(code).map_or(code, |f| currency.resolve(f)),
    };
    let measure = match reading.measure {
        Measure::Money(code) => Measure::Money(resolve(code)),
        Measure::MoneyMinor(code) => Measure::MoneyMinor(resolve(code)),
        other => other,
    };
    let (unit, norm_unit) = measure.units();
    let sign = if reading.negative {
        -Decimal::ONE
    } else {
        Decimal::ONE
    };
    let value = measure.value_of(reading.first.value).saturating_mul(sign);
    let value_max = reading.second.map(|s| measure.value_of(s.value));
    vec![Claim {
        span: Span::new(reading.start, reading.end),
        kind: measure.kind(),
        value,
        value_max,
        unit,
        norm_value: measure.to_base(value),
        norm_unit,
        qualifier: Qualifier::Exact,
        trend: Trend::None,
        subject: None,
        sentence: 0,
    }]
}

#[cfg(test)]
mod real_report_tests {
    fn ranges(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {}..{}",
                    c.span.text(text),
                    c.value.normalize(),
                    c.value_max
                        .map(|v| v.normalize().to_string())
                        .unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn a_change_and_the_level_it_reached_are_no_range() {
        assert_eq!(
            ranges("land premium increases by $62.6 billion to $163.6 billion"),
            [
                "$62.6 billion 62600000000..",
                "$163.6 billion 163600000000.."
            ]
        );
        assert_eq!(
            ranges("The average fell 3,500 to 249,250; prices rose 1 to 3 percent."),
            ["3,500 3500..", "249,250 249250..", "1 to 3 percent 1..3"]
        );
        assert_eq!(
            ranges("output may grow by 3.5 to 5.5 per cent"),
            ["3.5 to 5.5 per cent 3.5..5.5"]
        );
    }

    #[test]
    fn plus_or_minus_is_a_tolerance_not_a_negative_value() {
        assert_eq!(
            ranges(
                "a target of 4 per cent within a band of plus or minus 2 per cent; plus/minus 1%; minus 3%"
            ),
            [
                "4 per cent 4..",
                "2 per cent 2..",
                "1% 1..",
                "minus 3% -3.."
            ]
        );
    }

    #[test]
    fn bare_items_listed_after_an_amount_take_its_currency() {
        let text = "doubled from Rs 150, 250, 500 to about Rs 300, 500 and Rs 1,000; fees rose from $150, 250 to $300; Rs 150, 250 schools";
        let claims: Vec<String> = crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| format!("{} {} {}", c.span.text(text), c.value.normalize(), c.unit))
            .collect();
        assert_eq!(
            claims,
            [
                "doubled 2 x",
                "Rs 150 150 INR",
                "250 250 INR",
                "500 500 INR",
                "Rs 300 300 INR",
                "500 500 INR",
                "Rs 1,000 1000 INR",
                "$150 150 USD",
                "250 250 USD",
                "$300 300 USD",
                "Rs 150 150 INR",
                "250 250 "
            ]
        );
    }

    #[test]
    fn a_spaced_hyphen_between_numbers_with_units_is_a_dash() {
        assert_eq!(
            ranges("growth will be within the projected range of 3% - 4%."),
            ["3% - 4% 3..4"]
        );
        // A minus glued to the second number is still a loose dash.
        assert_eq!(ranges("pipes of 70 -200mm"), ["70 70..", "200mm 200.."]);
    }

    #[test]
    fn a_capitalized_word_after_a_line_break_is_no_unit() {
        assert_eq!(
            ranges("Obligations 18,498.8 18,544.0\nYear-end Reserve\n"),
            ["18,498.8 18498.8..", "18,544.0 18544.."]
        );
    }

    #[test]
    fn fraction_ranges_take_the_unit_after_the_high_end() {
        assert_eq!(
            ranges(
                "raise the target range to 1/4 to 1/2 percent, then to 4-1/4 to 4-1/2 percent, then to 1\u{2011}1/2 to 1-3/4 percent, then to 3 to 3-1/4 percent"
            ),
            [
                "1/4 to 1/2 percent 0.25..0.5",
                "4-1/4 to 4-1/2 percent 4.25..4.5",
                "1\u{2011}1/2 to 1-3/4 percent 1.5..1.75",
                "3 to 3-1/4 percent 3..3.25"
            ]
        );
        // Without a unit a fraction stays no claim.
        assert!(ranges("open 24/7 and 1/4 to 1/2 of them").is_empty());
    }
}

#[cfg(test)]
mod borrowed_measure_tests {
    /// Each claim as `text kind unit`.
    fn measures(text: &str) -> Vec<String> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| format!("{} {} {}", c.span.text(text), c.kind.as_str(), c.unit))
            .collect()
    }

    #[test]
    fn a_bare_number_takes_the_measure_of_the_number_before_its_link() {
        assert_eq!(
            measures("cutting the rate to 8.54 per cent from 9.13 set in July"),
            ["8.54 per cent percent %", "9.13 percent %"]
        );
        assert_eq!(
            measures("7.3 trillion shillings compared to 6.4 trillion last year"),
            ["7.3 trillion shillings money KES", "6.4 trillion money KES"]
        );
        // (A year after `from` stays a year; another scale borrows nothing.)
        assert_eq!(
            measures("fell to 5 per cent from 2019 levels; $7 billion against 6 million"),
            [
                "5 per cent percent %",
                "$7 billion money USD",
                "6 million count "
            ]
        );
    }

    #[test]
    fn a_bare_fraction_set_at_a_named_rate_is_a_percentage() {
        assert_eq!(
            measures("it has retained the policy rate at 8.50 citing calm; raised the CBR to 9.50"),
            ["8.50 percent %", "9.50 percent %"]
        );
        assert_eq!(
            measures("The exchange rate stood at 7.25 and the birth rate fell to 1.3."),
            ["7.25 count ", "1.3 count "]
        );
    }
}
