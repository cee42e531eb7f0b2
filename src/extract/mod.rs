//! The pure extraction pipeline: text in, claims out. Nothing here touches
//! files, threads, the clock or the terminal.
//!
//! Stages: `sentence` splits the text; a scan finds candidate starts
//! (digits, number words); `claim` reads number, scale, range and unit
//! there (`number`, `units`) and `nonclaim` rejects dates, identifiers and
//! the like; `context` attaches qualifier, trend and subject.
//!
//! Invariant: claims come out sorted by start, non-overlapping, with spans
//! on char boundaries.

pub mod claim;
pub mod context;
pub mod conventions;
pub mod lang;
pub mod language;
pub mod nonclaim;
pub mod number;
pub mod sentence;
pub mod span;
pub mod table;
pub mod token;
pub mod units;

use lang::en::qualifier::is_bound_word;

pub use claim::{Claim, Qualifier, Trend};
pub use nonclaim::{NonClaim, Rejection};
pub use span::{LineIndex, Span};
pub use units::{DocumentCurrency, Kind};

/// Everything extracted from one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub sentences: Vec<Span>,
    pub claims: Vec<Claim>,
    /// Numbers read and left out, with the rule that left each out, sorted
    /// by start.
    pub rejected: Vec<Rejection>,
    /// The document-level evidence the stages used.
    pub currency: DocumentCurrency,
    /// The number conventions decided for the document.
    pub conventions: conventions::Conventions,
}

/// Extracts every claim of `text`.
pub fn extract(text: &str) -> Extraction {
    // Numbers are read in the document's own conventions: the text is
    // rewritten (same length, same offsets) into the form the readers know.
    let conventions = conventions::Conventions::of(text);
    let read = conventions.normalize(text);
    let mut extraction = extract_normalized(&read, &conventions);
    extraction.conventions = conventions;
    extraction
}

fn extract_normalized(text: &str, conventions: &conventions::Conventions) -> Extraction {
    nonclaim::forget_document();
    let sentences = sentence::split(text);
    let currency = DocumentCurrency::of(text);
    let mut claims = Vec::new();
    let mut rejected = Vec::new();
    let mut pos = 0;
    while let Some(start) = next_candidate(text, pos) {
        let read = claim::read_at(text, start, pos, &currency);
        claims.extend(read.claims);
        rejected.extend(read.rejected);
        pos = read.resume.max(start + 1);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
    let before_tables = claims.len();
    let spans: Vec<Span> = claims.iter().map(|c| c.span).collect();
    table::apply(text, &mut claims, &currency);
    if claims.len() < before_tables {
        rejected.extend(dropped(&spans, &claims, NonClaim::TableNote));
        rejected.sort_by_key(|r| r.span.start);
    }
    conventions.apply_defined_units(text, &mut claims);
    attach_context(text, &sentences, &mut claims);
    let (sentences, claims) = language::apply(text, sentences, claims, currency.dollar);
    let rejected = language::outside_chinese(text, &sentences, rejected);
    Extraction {
        sentences,
        claims,
        rejected,
        currency,
        conventions: conventions::Conventions::default(),
    }
}

/// The spans of `before` that a stage dropped: those that no claim of
/// `after` overlaps (both sorted by start), as rejections by `rule`.
fn dropped(before: &[Span], after: &[Claim], rule: NonClaim) -> Vec<Rejection> {
    let mut kept = after.iter().map(|c| c.span).peekable();
    before
        .iter()
        .filter(|&&span| {
            while kept.next_if(|k| k.end <= span.start).is_some() {}
            kept.peek().is_none_or(|k| k.start >= span.end)
        })
        .map(|&span| Rejection::new(span, rule))
        .collect()
}

/// The next offset at or after `pos` where a claim may start: an ASCII
/// digit not inside a digit run, or a word that starts a number in words.
/// How the candidate scan treats a byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Other,
    Digit,
    /// A letter that may start a number or multiple word (`six`, `a`,
    /// `half`, `doubled`).
    CandidateLetter,
    Letter,
    /// The first byte of a two- or three-byte character that may be a
    /// vulgar fraction (`½ teaspoon`, `⅓ cup`).
    FractionLead,
}

static BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Other; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b.is_ascii_digit() {
            ByteClass::Digit
        } else if matches!(
            b.to_ascii_lowercase(),
            b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'z' | b'a' | b'h' | b'd' | b'q'
        ) {
            ByteClass::CandidateLetter
        } else if b.is_ascii_alphabetic() {
            ByteClass::Letter
        } else if b == 0xC2 || b == 0xE2 {
            ByteClass::FractionLead
        } else {
            ByteClass::Other
        };
        i += 1;
    }
    table
};

fn next_candidate(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        // Skip quickly to the next digit or letter.
        match bytes[pos..]
            .iter()
            .position(|&b| BYTE_CLASS[usize::from(b)] != ByteClass::Other)
        {
            Some(offset) => pos += offset,
            None => return None,
        }
        let b = bytes[pos];
        if BYTE_CLASS[usize::from(b)] == ByteClass::Letter {
            pos += bytes[pos..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            continue;
        }
        if BYTE_CLASS[usize::from(b)] == ByteClass::FractionLead {
            // A fraction glued to digits (`4½`) is read with them.
            if number::starts_with_vulgar_fraction(&text[pos..])
                && !number::continues_digits(text, pos)
            {
                return Some(pos);
            }
            pos += 1;
            continue;
        }
        if b.is_ascii_digit() {
            if !number::continues_digits(text, pos) {
                return Some(pos);
            }
            pos += 1;
        } else if b.is_ascii_alphabetic() {
            let word_len = bytes[pos..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            // Every number word and multiple word starts with a
            // `CandidateLetter`.
            if BYTE_CLASS[usize::from(b)] != ByteClass::CandidateLetter || word_len > 10 {
                pos += word_len;
                continue;
            }
            let word = &text[pos..pos + word_len];
            if claim::starts_claim_word(word)
                && !glued_to_letters(text, pos, pos + word_len)
                && !bare_article(text, pos + word_len, word)
            {
                return Some(pos);
            }
            pos += word_len;
        } else {
            pos += 1;
        }
    }
    None
}

/// Is the word at `start..end` glued to a letter or digit on either side
/// (`2two`, `sixé`), so that it is part of a longer token?
fn glued_to_letters(text: &str, start: usize, end: usize) -> bool {
    let glued = text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    glued
        || text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// `a`/`an` start a number only before a scale word or `dozen` (`a
/// thousand`); checked here because articles are the commonest candidates.
fn bare_article(text: &str, end: usize, word: &str) -> bool {
    if !(word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an")) {
        return false;
    }
    !number::opens_after_article(text, end)
}

fn attach_context(text: &str, sentences: &[Span], claims: &mut [Claim]) {
    let mut sentence = 0;
    // The old value of a `from X to Y` change, with its sentence.
    let mut origin: Option<(Span, rust_decimal::Decimal, usize)> = None;
    for claim in claims.iter_mut() {
        while sentence + 1 < sentences.len() && sentences[sentence].end <= claim.span.start {
            sentence += 1;
        }
        claim.sentence = sentence;
        let within = sentences
            .get(sentence)
            .copied()
            .unwrap_or(Span::new(0, text.len()));
        claim.qualifier = context::qualifier_of_kind(text, claim.span, claim.kind);
        let change = origin
            .filter(|&(.., in_sentence)| in_sentence == sentence)
            .and_then(|(span, value, _)| {
                context::change_trend(text, span, claim.span, value, claim.value, within)
            });
        if context::is_change_origin(text, claim.span) {
            origin = Some((claim.span, claim.value, sentence));
            claim.trend = Trend::None;
        } else {
            origin = None;
            if let Some(trend) = change {
                claim.trend = trend;
            } else if claim.trend == Trend::None {
                claim.trend = context::trend(text, claim.span, claim.kind, within);
            }
            if claim.trend == Trend::None
                && !claim.value.is_zero()
                && context::is_plus_signed(text, claim.span)
            {
                claim.trend = Trend::Up;
            }
        }
        claim.subject = context::subject(text, claim.span, claim.kind, within);
    }
    share_trends(text, claims);
    for claim in claims.iter_mut() {
        // `growth was minus 0.4 percent`: the sign says it, not `growth`
        // (but `inflation increased to -0.4%` reached a higher level).
        if claim.value.is_sign_negative()
            && claim.trend == Trend::Up
            && !context::is_level_reached(text, claim.span)
        {
            claim.trend = Trend::None;
        }
    }
}

/// Trends shared between neighbouring claims of one sentence:
/// `fell by 4.8% and 1.8%` and `by 5.1 per cent or $29 billion` (the
/// second gets the first's trend); `3.9 trillion yuan ... will be issued,
/// an increase of 100 billion yuan` (the total gets its increase's trend);
/// `grew by 5 percent, reaching 140.19 trillion yuan` (the level reached
/// gets the growth's trend).
fn share_trends(text: &str, claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (head, tail) = claims.split_at_mut(i);
        let (prev, claim) = (&mut head[i - 1], &mut tail[0]);
        let durations = prev.kind == Kind::Duration || claim.kind == Kind::Duration;
        if prev.sentence != claim.sentence || durations {
            continue;
        }
        let Some(between) = text.get(prev.span.end..claim.span.start) else {
            continue;
        };
        let words: Vec<String> = between
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let after_comma = between.trim_start().starts_with(',');
        let listed = words.is_empty() && between.trim() == ",";
        // `0.8 per cent this year and 1.9 per cent next year`,
        // `7.0 per cent in FY23 and 9.7 per cent in FY22`
        // (`0.7% in August and 0.2% in September`; `26 per cent in number
        // and 31 per cent in value`, placed, of one kind and unit.)
        let dated_pair = matches!(words.last(), Some(&"and" | &"or"))
            && (words[..words.len() - 1].iter().all(|w| {
                TIME_WORDS.contains(w)
                    || MONTHS.contains(w)
                    || w.chars().any(|c| c.is_ascii_digit())
            }) || (words.len() <= 4
                && ["in", "for", "on"].contains(&words[0])
                && prev.kind == claim.kind
                && prev.unit == claim.unit));
        // `fell by 3%, or about $2 billion`: a restatement after `or` may
        // carry a qualifier; `rose 1.4% (CAD 5.0 billion)` is one in
        // brackets.
        let unqualified = words
            .iter()
            .rposition(|w| !is_pair_qualifier(w))
            .map_or(&words[..0], |last| &words[..=last]);
        // (`grew 0.7 per cent on the quarter, or 2.9 per cent at an
        // annualized rate`: the `or` after the last comma.)
        let after_last_comma: Vec<&str> = between
            .rsplit(',')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .filter(|w| !is_pair_qualifier(w))
            .collect();
        // (`grew by 2.1 per cent (around 297,000 people)`)
        let bracketed = between
            .trim()
            .strip_prefix('(')
            .is_some_and(|inside| inside.split_whitespace().all(is_pair_qualifier));
        // (`grew 0.6 per cent in January (7.4 per cent annualized)`.)
        let dated_bracket = between.trim_end().ends_with('(')
            && !between.contains(')')
            && !words.is_empty()
            && words.iter().all(|w| {
                TIME_WORDS.contains(w)
                    || MONTHS.contains(w)
                    || w.chars().all(|c| c.is_ascii_digit())
            });
        let restated = matches!(unqualified, ["or"])
            || bracketed
            || dated_bracket
            || (between.contains(',') && matches!(after_last_comma.as_slice(), ["or"]));
        // `grow by 3½% in 2022, 1¾% in 2023, and 2½% in 2024`, `increased
        // by 118.9% in credit cards, 77.2% in vehicle loans, and ...`: an
        // item of a list of like values, dated or placed, before a comma.
        let item_words = match words.as_slice() {
            [head @ .., "and" | "or"] => head,
            all => all,
        };
        let list_item = between
            .trim_end()
            .trim_end_matches(['a', 'n', 'd', 'o', 'r'])
            .trim_end()
            .ends_with(',')
            && !item_words.is_empty()
            && item_words.len() <= 5
            && prev.kind == claim.kind
            && prev.unit == claim.unit
            && !item_words.iter().any(|w| {
                [
                    "compared",
                    "than",
                    "from",
                    "versus",
                    "against",
                    "respectively",
                ]
                .contains(w)
            })
            && (item_words.iter().all(|w| {
                TIME_WORDS.contains(w)
                    || MONTHS.contains(w)
                    || w.chars().any(|c| c.is_ascii_digit())
            }) || ["in", "for", "on", "among", "at"].contains(&item_words[0]));
        let coordinated = listed
            || dated_pair
            || restated
            || list_item
            || matches!(words.as_slice(), ["and"] | ["or"]);
        // `declined by 43,000 to 916,000`, `grew 0.3%, to 216.5 million`
        // `grown by three percentage points of GDP, to around 18%`
        let tail: Vec<String> = between
            .rsplit(',')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        let to_level = between.contains(',')
            && tail.first().is_some_and(|w| w == "to")
            && tail[1..].iter().all(|w| is_bound_word(w));
        // `grew by 3.4 GW during the year to reach 21.7 GW`: a time phrase
        // may stand before the words that introduce the level.
        // (`fell by 26,000 on the quarter to 898,000`, `increased by 8,900
        // in April 2024 to 1.593 million`)
        let undated = words
            .iter()
            .position(|w| {
                !(TIME_WORDS.contains(w)
                    || ["during", "over", "on", "respectively"].contains(w)
                    || MONTHS.contains(w)
                    || w.bytes().all(|b| b.is_ascii_digit()))
            })
            .map_or(&words[..0], |first| &words[first..]);
        // `added 35 docking stations, for a total of 311`
        let tail_words: Vec<&str> = tail.iter().map(String::as_str).collect();
        // `increased by 39,700 people to 14,405,400`: the counted noun
        // may stand before `to`.
        let counted_to = prev.kind == Kind::Count
            && claim.kind == Kind::Count
            && matches!(undated, [noun, "to"] if noun.chars().all(|c| c.is_ascii_lowercase()));
        let reaching = to_level
            || counted_to
            // (`grew by 4.8% and 6.1% respectively, reaching 58,710 yuan`:
            // the comma after `respectively` counts.)
            || ((after_comma
                || (between.contains(',') && undated.first() == Some(&"reaching"))
                || matches!(
                    undated,
                    ["to"] | ["to", "reach"] | ["to", "a", "total", "of"] | ["to", "a", "record"]
                ))
                && LEVEL_REACHED.contains(&undated))
            || (between.contains(',') && TOTAL_REACHED.contains(&tail_words.as_slice()));
        if claim.trend == Trend::None && prev.trend != Trend::None && (coordinated || reaching) {
            claim.trend = prev.trend;
        } else if prev.trend == Trend::None
            && claim.trend != Trend::None
            && (restated || matches!(words.as_slice(), ["and"] | ["or"]))
            && prev.kind != Kind::Duration
            && context::trend_stated_after(text, claim.span) == claim.trend
        {
            // `13.5% and 14.0% lower than in 2011`, `a 2.9% and 1.2%
            // increase`, `a £1.0 billion, or 5.4% increase`, `19.1 Mtoe
            // (9.0%) lower than in 1990`: the trend word after the second
            // of two coordinated numbers governs both.
            prev.trend = claim.trend;
        } else if prev.trend == Trend::None
            && compared_with_earlier(&words)
            && prev.kind == claim.kind
            && !context::is_whole_of_part(text, prev.span)
        {
            // `reached 66.2 percent from 65.2 percent`, `6.3 percent of GDP,
            // up from 5.4 percent`: the level compared with where it was.
            prev.trend = match prev.value.cmp(&claim.value) {
                std::cmp::Ordering::Greater => Trend::Up,
                std::cmp::Ordering::Less => Trend::Down,
                std::cmp::Ordering::Equal => Trend::None,
            };
        } else if prev.trend == Trend::None && claim.trend != Trend::None && between.contains(',') {
            let tail = between
                .rsplit(',')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            // `1.3 trillion yuan, 300 billion yuan more than last year`
            // `214 million passengers, a 12% increase`
            let article = matches!(tail.as_str(), "a" | "an");
            // `480 billion yuan were issued, 35 billion yuan more than
            // planned`: a difference against a plan keeps its trend.
            // (`12.2 per cent (or $89.3 billion) higher than the original
            // estimate`: read past the restatement.)
            let sentence = Span::new(claim.span.start, text.len());
            let after = context::past_restatement(text, claim.span.end, sentence);
            let against_plan = token::after(text, after, 5).any(|t| {
                [
                    "planned",
                    "expected",
                    "estimated",
                    "budgeted",
                    "forecast",
                    "projected",
                    "targeted",
                    "estimate",
                    "original",
                ]
                .iter()
                .any(|w| t.is(w))
            });
            if (tail.is_empty() || article || states_change_of(&tail)) && !against_plan {
                prev.trend = claim.trend;
            }
        }
    }
}

/// Words that may open the second number of a pair, beside the bound
/// words (`or less than`, `or close to`).
const PAIR_QUALIFIERS: &[&str] = &["more", "less", "than", "close", "to", "just", "under", "up"];

fn is_pair_qualifier(word: &str) -> bool {
    is_bound_word(word) || PAIR_QUALIFIERS.iter().any(|q| word.eq_ignore_ascii_case(q))
}
/// Words that date a number in a coordinated pair.
const TIME_WORDS: &[&str] = &[
    "this", "next", "last", "year", "years", "month", "quarter", "in", "the", "first", "second",
    "half", "per", "annum", "annually", "a", "by", "for",
];

/// `66.2 percent from 65.2 percent`, `6.3 percent of GDP, up from 5.4
/// percent`: the words between a level and the earlier level.
fn compared_with_earlier(words: &[&str]) -> bool {
    matches!(words, ["from"] | [.., "up" | "down", "from"])
}

/// `grew by 5 percent, reaching 140.19 trillion yuan`: words after a
/// comma that introduce the level a change reached.
const LEVEL_REACHED: &[&[&str]] = &[
    &["to"],
    &["to", "a", "total", "of"],
    &["reaching"],
    &["to", "reach"],
    &["bringing", "it", "to"],
    &["reaching", "a", "total", "of"],
    &["to", "a", "record"],
    // `, registering 13.1 percent`, `, recording 24.4 percent`
    &["registering"],
    &["recording"],
    &["and", "reached"],
    &["standing", "at"],
    &["to", "stand", "at"],
];

/// Month names, lower-cased, that may date a change (`in April 2024`).
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `added 35 docking stations, for a total of 311`: words after a comma
/// that introduce the total a change brought.
const TOTAL_REACHED: &[&[&str]] = &[
    &["for", "a", "total", "of"],
    &["bringing", "the", "total", "to"],
    &["taking", "the", "total", "to"],
    &["bringing", "it", "to"],
];

/// `a real increase of`, `an annual rise of`: an article, at most one
/// adjective, a change noun and `of`/`by`.
fn states_change_of(tail: &str) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    let nouns = [
        "increase",
        "rise",
        "growth",
        "decrease",
        "decline",
        "drop",
        "reduction",
        "fall",
    ];
    match words.as_slice() {
        [.., noun, "of" | "by"] if words.len() <= 4 && nouns.contains(noun) => {
            words.len() < 3 || matches!(words[0], "a" | "an")
        }
        _ => CHANGE_STATED.contains(&tail),
    }
}

/// `3.9 trillion yuan ..., an increase of 100 billion yuan`: words after a
/// comma that state the change of the total before them.
const CHANGE_STATED: &[&str] = &[
    "an increase of",
    "a decrease of",
    "a rise of",
    "a drop of",
    "a decline of",
    "up",
    "down",
    "increasing by",
    "decreasing by",
    "up by",
    "down by",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `text kind value unit` of every claim.
    fn claims(text: &str) -> Vec<String> {
        extract(text)
            .claims
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    c.span.text(text),
                    c.kind.as_str(),
                    c.value.normalize(),
                    c.unit
                )
            })
            .collect()
    }

    #[test]
    fn doubling_with_object_is_a_multiple() {
        assert_eq!(
            claims("We aim at doubling China's GDP."),
            ["doubling multiple 2 x"]
        );
        assert_eq!(
            claims("It is nearly doubling to 13%."),
            ["doubling multiple 2 x", "13% percent 13 %"]
        );
        assert_eq!(claims("avoid double taxation"), Vec::<String>::new());
    }

    #[test]
    fn currency_between_two_numbers_is_taken_once() {
        // A sign before a number belongs to it; a code after one, to that.
        assert_eq!(
            claims("$ 20,000.00 $ 37,305.97"),
            [
                "$ 20,000.00 money 20000 USD",
                "$ 37,305.97 money 37305.97 USD"
            ]
        );
        assert_eq!(
            claims("10 rmb 20 usd"),
            ["10 rmb money 10 CNY", "20 usd money 20 USD"]
        );
    }

    #[test]
    fn one_day_as_an_adverb_is_not_a_duration() {
        assert_eq!(
            claims("We may build a plant one day in the future."),
            Vec::<String>::new()
        );
        assert_eq!(
            claims("Permits are issued within one day."),
            ["one day duration 1 day"]
        );
    }

    #[test]
    fn fraction_before_a_unit_is_a_claim_of_that_unit() {
        assert_eq!(
            claims("a 3/4 mile spur and a 10 1/2 km ring road"),
            ["3/4 mile length 0.75 mi", "10 1/2 km length 10.5 km"]
        );
        assert_eq!(
            claims("add ½ teaspoon of salt and ⅓ cup of oil"),
            [
                "½ teaspoon volume 0.5 tsp",
                "⅓ cup volume 0.3333333333333333333333333333 cup"
            ]
        );
        assert_eq!(
            claims("walls raised by one-half metre"),
            ["one-half metre length 0.5 m"]
        );
    }

    #[test]
    fn fraction_without_a_unit_is_not_a_claim() {
        assert_eq!(
            claims("open 24/7, due on 1/4/2024, 1/3 of homes, two-thirds of the budget, ½ of it"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn in_is_an_inch_only_where_the_clause_ends() {
        assert_eq!(
            claims("The boards are 2 in thick, up from 1 in."),
            ["2 in length 2 in", "1 in length 1 in"]
        );
        assert_eq!(
            claims("It rose 5 in the west and 3 in 2023."),
            ["5 count 5 ", "3 count 3 "]
        );
    }

    #[test]
    fn whole_and_part_are_one_claim() {
        assert_eq!(
            claims("a fare of 2 dollars 75 cents, a meal of three dollars and twenty-five cents"),
            [
                "2 dollars 75 cents money 2.75 USD",
                "three dollars and twenty-five cents money 3.25 USD"
            ]
        );
        assert_eq!(
            claims("The wall is 12 feet and 6 inches high; the door 6 ft 8 in wide."),
            [
                "12 feet and 6 inches length 12.5 ft",
                "6 ft 8 in length 6.6666666666666666666666666667 ft"
            ]
        );
        assert_eq!(claims("weighed 7 lb 8 oz"), ["7 lb 8 oz mass 7.5 lb"]);
    }

    #[test]
    fn bare_part_after_money_only_where_the_clause_ends() {
        assert_eq!(
            claims("The duty rose to 9 dollars and 40."),
            ["9 dollars and 40 money 9.4 USD"]
        );
        assert_eq!(
            claims("The council paid 40 dollars and 12 volunteers came."),
            ["40 dollars money 40 USD", "12 count 12 "]
        );
        assert_eq!(
            claims("It cost 5 billion dollars and 20."),
            ["5 billion dollars money 5000000000 USD", "20 count 20 "]
        );
    }

    #[test]
    fn million_codes_and_codes_before_scale_words() {
        assert_eq!(
            claims("sales of 120 MEUR and MAUD 60, losses of 75 USD million"),
            [
                "120 MEUR money 120000000 EUR",
                "MAUD 60 money 60000000 AUD",
                "75 USD million money 75000000 USD"
            ]
        );
        // Not a code: `MSCI`, `M2`.
        assert_eq!(
            claims("the MSCI 40 index and the M2 line"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn letter_scales_glued_after_a_currency_or_before_a_unit() {
        assert_eq!(
            claims("GDP of $2.174T and a 0.5k miles relay"),
            [
                "$2.174T money 2174000000000 USD",
                "0.5k miles length 500 mi"
            ]
        );
        assert_eq!(claims("gave $5 T-shirts"), ["$5 money 5 USD"]);
        assert_eq!(claims("a 10k run"), Vec::<String>::new());
    }

    #[test]
    fn each_code_before_its_own_amount() {
        assert_eq!(
            claims("rmb 10 usd 20"),
            ["rmb 10 money 10 CNY", "usd 20 money 20 USD"]
        );
        assert_eq!(
            claims("RMB 500 million yuan"),
            ["RMB 500 million yuan money 500000000 CNY"]
        );
    }

    #[test]
    fn hyphenated_money_adjectives() {
        assert_eq!(
            claims("a 12-cent dividend, a one-yen bid and a 5-pound bag"),
            [
                "12-cent money 0.12 USD",
                "one-yen money 1 JPY",
                "5-pound mass 5 lb"
            ]
        );
    }

    #[test]
    fn range_of_hyphenated_adjectives() {
        assert_eq!(
            claims("8- to 16-metre walls, 5- or 10-hectare plots"),
            ["8- to 16-metre length 8 m", "5- or 10-hectare area 5 ha"]
        );
        let range = extract("2- to 3-kilometre zones").claims;
        assert_eq!(range[0].value_max, Some(rust_decimal::Decimal::from(3)));
    }

    #[test]
    fn minus_one_space_after_a_number_is_a_dash() {
        assert_eq!(
            claims("a 70 -200mm lens"),
            ["70 count 70 ", "200mm length 200 mm"]
        );
        assert_eq!(
            claims("Growth (%)\t2.1\t-0.4 and fell to -3.5%"),
            [
                "2.1 percent 2.1 %",
                "-0.4 percent -0.4 %",
                "-3.5% percent -3.5 %"
            ]
        );
    }

    #[test]
    fn number_and_number_with_unit_share_the_unit() {
        assert_eq!(
            claims("doses of 45 and 50 mg, farms of 300 and 450 MW"),
            [
                "45 mass 45 mg",
                "50 mg mass 50 mg",
                "300 power 300 MW",
                "450 MW power 450 MW"
            ]
        );
        // A noun between, a comma list or no unit after: nothing to share.
        assert_eq!(
            claims(
                "in 12 provinces and 30 per cent of cities; 3, 4 and 5 per cent; 15 and 20 people"
            ),
            [
                "12 count 12 ",
                "30 per cent percent 30 %",
                "3 count 3 ",
                "4 count 4 ",
                "5 per cent percent 5 %",
                "15 count 15 ",
                "20 count 20 "
            ]
        );
    }

    #[test]
    fn a_glued_r_is_the_rand_only_in_a_south_african_document() {
        assert_eq!(
            claims("South Africa will spend R56.1 billion and R21 a month; R 5 is loose."),
            [
                "R56.1 billion money 56100000000 ZAR",
                "R21 money 21 ZAR",
                "5 count 5 "
            ]
        );
        assert_eq!(claims("Take the R21 road for 5 km."), ["5 km length 5 km"]);
    }

    #[test]
    fn bases_labels_and_lists_are_not_counts() {
        assert_eq!(
            claims("Mortality fell to 32 deaths per 1,000 live births."),
            ["32 count 32 "]
        );
        assert_eq!(
            claims("Service on routes 4, 19 and 92 improved, see Chart 1 and Recommendation 1.4."),
            Vec::<String>::new()
        );
        assert_eq!(
            claims("Intro.\n\n1.1. The recovery has been strong\n\nIt grew 2%."),
            ["2% percent 2 %"]
        );
        assert_eq!(
            claims(
                "The 10-year US Treasury yield rose, and 2-year gilts fell; loans run 10 years."
            ),
            ["10 years duration 10 year"]
        );
    }

    #[test]
    fn capitalized_words_after_a_number() {
        // A name (`the 90% Guarantee Product`) against a count of named
        // things and the size of a named thing.
        assert_eq!(
            claims("Tuition is free in 116 State Universities and Colleges."),
            ["116 count 116 "]
        );
        assert_eq!(
            claims("They built the 33.1-kilometer Metro Manila Subway."),
            ["33.1-kilometer length 33.1 km"]
        );
        assert_eq!(
            claims("They launched the 10-Year Development Plan."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_signed_change_then_its_level_is_no_range() {
        assert_eq!(
            claims("Wages rose 4.7% (+CAD 1.58 to CAD 35.33)."),
            [
                "4.7% percent 4.7 %",
                "CAD 1.58 money 1.58 CAD",
                "CAD 35.33 money 35.33 CAD"
            ]
        );
    }

    #[test]
    fn a_year_label_before_to_gives_back_the_number_after_it() {
        assert_eq!(
            claims("It will narrow from 4.9 per cent in 2024/25 to 3.3 per cent."),
            ["4.9 per cent percent 4.9 %", "3.3 per cent percent 3.3 %"]
        );
        assert_eq!(
            claims("The meeting runs from June 5 to 7, 2024, and 2020-21 was hard."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn round_five_families() {
        // A New Zealand document's bare dollar; the ringgit; oil volumes.
        assert_eq!(
            claims("New Zealand will spend $3.7 billion; New Zealand households get $25."),
            ["$3.7 billion money 3700000000 NZD", "$25 money 25 NZD"]
        );
        assert_eq!(
            claims("It cost RM1.3 billion and RM 450 million."),
            [
                "RM1.3 billion money 1300000000 MYR",
                "RM 450 million money 450000000 MYR"
            ]
        );
        assert_eq!(
            claims("Demand will rise by 970 kb/d to 103.5 mb/d; the file is 100 mb."),
            [
                "970 kb/d volume 970000 bbl",
                "103.5 mb/d volume 103500000 bbl",
                "100 count 100 "
            ]
        );
        // Prices per unit, rate bases with a unit, bill numbers.
        assert_eq!(
            claims("Brent averaged $82/bbl; charges are $76 per 1,000 kilometres under H.R. 3935."),
            ["$82 money 82 USD", "$76 money 76 USD"]
        );
        assert_eq!(
            claims("Disputes cost 56,000 working days."),
            ["56,000 working days duration 56000 day"]
        );
    }

    #[test]
    fn speeds_and_unit_codes_are_not_lengths_or_volumes() {
        assert_eq!(
            claims(
                "Trains run at 350 km per hour, cars at 60 miles an hour, over 1,318 km of track."
            ),
            ["1,318 km length 1318 km"]
        );
        assert_eq!(claims("Form 24703 L-202 is due."), Vec::<String>::new());
        assert_eq!(
            claims("Emissions were 5 Mt per year."),
            ["5 Mt mass 5000000 t"]
        );
    }

    #[test]
    fn round_six_families() {
        // Points are percentage points next to a percentage.
        assert_eq!(
            claims("The rate rose 0.1 pts to 9.4 per cent; the index rose 2.2 points."),
            [
                "0.1 pts percentage_point 0.1 pp",
                "9.4 per cent percent 9.4 %",
                "2.2 count 2.2 "
            ]
        );
        // A range runs upwards; otherwise the two numbers are two claims.
        assert_eq!(
            claims("The period is shortened from three years to two years."),
            ["three years duration 3 year", "two years duration 2 year"]
        );
        assert_eq!(
            claims("Debt stood at KSh 10.4 trillion or 70.1 percent of GDP."),
            [
                "KSh 10.4 trillion money 10400000000000 KES",
                "70.1 percent percent 70.1 %"
            ]
        );
        assert_eq!(
            claims("We quintupled the credit, from 6% to 30% of the federal one."),
            [
                "quintupled multiple 5 x",
                "6% percent 6 %",
                "30% percent 30 %"
            ]
        );
        // Labels, phone groups and broken fiscal-year labels.
        assert_eq!(
            claims("Catalogue number: 6202.0; tel.: +49 69 1344 8034; the deficit for 2020-\n21."),
            Vec::<String>::new()
        );
        assert_eq!(
            claims("The deficit falls in RE 2023-24 to ₹34,465 crore."),
            ["₹34,465 crore money 344650000000 INR"]
        );
        assert_eq!(
            claims("About 12 000 Green Form Subsidised Home Ownership Scheme flats are due."),
            ["12 000 count 12000 "]
        );
    }

    #[test]
    fn a_fraction_after_to_takes_the_unit_named_before_it() {
        assert_eq!(
            claims("We will raise the average years of schooling of adults to 11.7."),
            ["11.7 duration 11.7 year"]
        );
        // A whole number may count things; a unit must be named as `<unit> of`.
        assert_eq!(
            claims("We raised the years of service to 12 and the share of schools to 12.5."),
            ["12 count 12 ", "12.5 count 12.5 "]
        );
    }

    #[test]
    fn round_seven_families() {
        // The document's rupee; barrels a day; one-word watt-hours.
        assert_eq!(
            claims("Sri Lanka raised Rs. 4,030 billion; India spends Rs 5 crore in Sri Lanka."),
            [
                "Rs. 4,030 billion money 4030000000000 LKR",
                "Rs 5 crore money 50000000 LKR"
            ]
        );
        assert_eq!(
            claims("India will spend Rs 5 crore."),
            ["Rs 5 crore money 50000000 INR"]
        );
        assert_eq!(
            claims("Output will average 13.2 million b/d and use 4,097 billion kilowatthours."),
            [
                "13.2 million b/d volume 13200000 bbl",
                "4,097 billion kilowatthours energy 4097000000000 kWh"
            ]
        );
        // The base `per 10,000 yuan of GDP`, `12 noon`, a quoted name.
        assert_eq!(
            claims(
                "Energy use per 10,000 yuan of GDP fell; results at 12 noon; the 'Fit for 55' package."
            ),
            Vec::<String>::new()
        );
        // `to US$ 50.2 billion` after a rejected label; a change across an
        // abbreviation's full stop.
        assert_eq!(
            claims("Exports doubled from US$ 25 billion in FY15 to US$ 50.2 billion in FY23."),
            [
                "doubled multiple 2 x",
                "US$ 25 billion money 25000000000 USD",
                "US$ 50.2 billion money 50200000000 USD"
            ]
        );
        assert_eq!(
            claims("Pay rises by Rs. 15,750, from Rs. 24,250 to Rs. 40,000."),
            [
                "Rs. 15,750 money 15750 INR",
                "Rs. 24,250 money 24250 INR",
                "Rs. 40,000 money 40000 INR"
            ]
        );
    }

    #[test]
    fn more_currencies_by_code_and_sign() {
        assert_eq!(
            claims(
                "They spent AED 5 billion, GH¢ 300 million, Rp 3,325.1 trillion and USh 72 trillion."
            ),
            [
                "AED 5 billion money 5000000000 AED",
                "GH¢ 300 million money 300000000 GHS",
                "Rp 3,325.1 trillion money 3325100000000000 IDR",
                "USh 72 trillion money 72000000000000 UGX"
            ]
        );
        // Codes that need their space, and capitals only.
        assert_eq!(
            claims("At COP28 they agreed; sar 5 is no code."),
            ["5 count 5 "]
        );
    }

    #[test]
    fn round_eight_families() {
        assert_eq!(
            claims("The IMF disbursed SDR 138.8 million; the Games will stage 253 events."),
            ["SDR 138.8 million money 138800000 XDR", "253 count 253 "]
        );
        let text = "We thank the 4,800-plus employees of stage 3.";
        let claims: Vec<_> = extract(text).claims;
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].span.text(text), "4,800");
        assert_eq!(claims[0].qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn round_nine_families() {
        assert_eq!(
            claims("The yield improved from 2.93 to 3.27 tonnes per hectare."),
            ["2.93 mass 2.93 t", "3.27 tonnes mass 3.27 t"]
        );
        assert_eq!(
            claims(
                "It runs the 360 km Western Renewables Link; Liddell Units 1 and 2 closed; Footnote 3: see annex."
            ),
            ["360 km length 360 km"]
        );
        assert_eq!(
            claims("Withdrawals totalled 65.2 million acre-feet. For queries, call 011-2610 6849."),
            ["65.2 million acre-feet volume 65200000 acre-ft"]
        );
        assert_eq!(
            claims("The allowance doubles to £10,500; groups call for 5,000 more."),
            [
                "doubles multiple 2 x",
                "£10,500 money 10500 GBP",
                "5,000 count 5000 "
            ]
        );
    }

    #[test]
    fn round_ten_families() {
        assert_eq!(
            claims(
                "Widen 14.5 miles between exits 5 and 9, fund the 988 crisis line, and build 1- and 2-room flats."
            ),
            ["14.5 miles length 14.5 mi"]
        );
        assert_eq!(
            claims(
                "We will raise the income cap from $1,900 to $2,300 per household, and the per-capita cap from $650 to $800."
            ),
            [
                "$1,900 money 1900 USD",
                "$2,300 money 2300 USD",
                "$650 money 650 USD",
                "$800 money 800 USD"
            ]
        );
    }

    #[test]
    fn a_numbered_table_note_gives_rows_its_unit_and_is_no_claim() {
        let text = "Table 2 Output (Unit: 10,000 tons)\n\
                    Pork        5,706       5,794\n\
                    \n\
                    Table 5 Spending (100 million yuan)\n\
                    Education   42,086      41,242\n";
        assert_eq!(
            claims(text),
            [
                "5,706 mass 57060000 t",
                "5,794 mass 57940000 t",
                "42,086 money 4208600000000 CNY",
                "41,242 money 4124200000000 CNY"
            ]
        );
        // Tonnes are normalized to kilograms like any mass.
        let first = &extract(text).claims[0];
        assert_eq!(first.norm_value.normalize().to_string(), "57060000000");
        assert_eq!(first.norm_unit, "kg");
    }

    #[test]
    fn a_header_note_gives_table_rows_their_unit() {
        let text = "By Fiscal Year, Millions of Dollars      2024    2024-2029\n\
                    Direct Spending (Outlays)          45        1,212\n\
                    Increase in the Deficit            45          797\n";
        assert_eq!(
            claims(text),
            [
                "45 money 45000000 USD",
                "1,212 money 1212000000 USD",
                "45 money 45000000 USD",
                "797 money 797000000 USD"
            ]
        );
    }

    #[test]
    fn no_break_space_before_a_number() {
        assert_eq!(claims("\u{a0}0 and rose\u{a0}5%"), ["5% percent 5 %"]);
    }

    #[test]
    fn values_out_of_range_are_no_claims() {
        // Each once panicked, wrapped or saturated to a wrong number.
        for text in [
            "Output was 45 and 50 trillion trillion bcm.",
            "99999999999 trillion trillion",
            "79228162514264337593543950335 and a half",
            "It weighs 900000000000000000000 Gt.",
            &"ninety-nine hundred ".repeat(12),
            &"nine hundred ninety-nine trillion ".repeat(20_000),
        ] {
            assert_eq!(claims(text), Vec::<String>::new(), "{:.60}", text);
        }
        // Below 10^24 values are read as ever.
        assert_eq!(
            claims("Output was 45 and 50 billion bcm."),
            [
                "45 volume 45000000000000000000 m3",
                "50 billion bcm volume 50000000000000000000 m3"
            ]
        );
        assert_eq!(
            claims("ninety-nine hundred people"),
            ["ninety-nine hundred count 9900 "]
        );
    }

    #[test]
    fn names_after_numbers_are_not_claims() {
        assert_eq!(
            claims("the rollout of the 90% Guarantee Product and more"),
            Vec::<String>::new()
        );
        assert_eq!(
            claims("conflicts between the two nations remain"),
            Vec::<String>::new()
        );
    }
}
