//! Context attached to a claim from the words around it: the qualifier
//! (`over`, `nearly`, `about`, `at least`, `up to`, `or more`), the trend
//! (`climbed to`, `fell by`, `cutting ... by`, `an increase of`), and a
//! best-effort subject (`parks`, `forest coverage`).
//!
//! All word lists are data below; the rules only walk tokens inside the
//! claim's sentence.

use std::collections::HashMap;
use std::iter::Peekable;
use std::ops::ControlFlow;
use std::sync::LazyLock;

use super::lang::en::calendar::is_month_lower;
use super::lang::en::qualifier::{
    BOUND_WORDS, LEVEL_COPULAS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, TOLERANCE_PHRASES,
    is_bound_word,
};
use super::lang::en::trend::{
    self, ACCOUNTING_VERBS, BRING_FORMS, CHANGE_NOUNS, CONTRIBUTING_VERBS, COUNTED_COMPARATIVES,
    COUNTED_NOT_NOUNS, DEGREE_ADVERBS, GROWTH_MARKS, LEVEL_SET_OBJECTS, PERIOD_ADJECTIVES,
    SHARE_NOUNS, TARGET_NOUNS, TREND_AFTER, TREND_AFTER_COMMA,
};
use super::model::{Qualifier, Trend};
use super::span::Span;
use super::token::{Lower, Text, Token, TokenKind, Window, WordTable};
use super::units::{Kind, SCALE_NAMES};

/// `QUALIFIERS_BEFORE` keyed by the phrase's last word (the one next to
/// the number).
type QualifierPhrase = (&'static [&'static str], Qualifier);
static QUALIFIERS_BY_LAST_WORD: LazyLock<HashMap<&'static str, Vec<QualifierPhrase>>> =
    LazyLock::new(|| {
        let mut index: HashMap<&'static str, Vec<QualifierPhrase>> = HashMap::new();
        for &(phrase, q) in QUALIFIERS_BEFORE {
            if let Some(&last) = phrase.last() {
                index.entry(last).or_default().push((phrase, q));
            }
        }
        index
    });

/// Function words that end a subject phrase. The bound words (`about`,
/// `nearly`) and the scale names (`million`) end one too; the index reads
/// them from their own tables.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "was", "were",
    "is", "are", "be", "been", "has", "have", "had", "will", "would", "that", "which", "who", "this", "these",
    "those", "its", "their", "our", "his", "her", "than", "as", "into", "under",
    "more", "less", "up", "down", "reached", "reaching", "stood", "totaled",
    "totalled", "totaling", "amounted", "we", "it", "they", "there", "all", "each", "per", "while", "after",
    "before", "since", "during", "within", "among", "between", "across", "through", "also", "only", "just",
    "another", "further", "additional", "new", "other", "such", "including", "compared", "against", "last",
    "year", "years", "month", "months",
    "total", "both", "when", "where", "then", "so", "but", "not", "no", "via", "met", "got", "made",
    "covers", "cover", "holds", "hold", "stands", "stand", "came", "come", "comes", "cost", "costs", "built",
    "saw", "hit", "provides", "provide", "receives", "receive", "received", "allocated", "approved", "handled",
    "saved", "brought", "issued", "totals", "amounts", "accounts", "reach", "reaches", "now", "each", "worth",
    "can", "could", "may", "should", "must",
];

const CLAUSE_BREAKS: &[char] = &[',', ';', ':', '(', ')', '—', '–', '"', '“', '”'];

/// Does the word list match the tokens before a point (`before` nearest
/// first, so the phrase is read backwards)?
fn phrase_before(before: &[Token], phrase: &[&str]) -> bool {
    phrase.len() <= before.len() && phrase.iter().rev().zip(before).all(|(w, t)| t.is(w))
}

/// Does the word list match the tokens after a point (nearest first)?
fn phrase_after(after: &[Token], phrase: &[&str]) -> bool {
    phrase.len() <= after.len() && phrase.iter().zip(after).all(|(w, t)| t.is(w))
}

/// The qualifier written around the claim `span`. An article may stand
/// between (`at least a 50 per cent margin`); of two stacked qualifiers
/// the outer one wins (`up to about 100 000` is at most).
pub fn qualifier(text: Text<'_>, span: Span) -> Qualifier {
    qualifier_words_before(text, span)
        .or_else(|| qualifier_sign(text, span))
        .unwrap_or_else(|| qualifier_words_after(text, span))
}

/// Words before a number that turn a comparison around when they precede
/// it (`the` frames a period after anything else: `over the 12 years`).
const COMPARISONS_BEFORE_ARTICLE: &[&str] = &["below", "above", "beyond"];

/// The last words of comparisons that a negation turns around (`not more
/// than`, `not below`); an estimate is not turned (`not nearly`).
const NEGATABLE_COMPARISONS: &[&str] = &["than", "over", "above", "below", "under", "exceeding"];

/// The qualifier phrase before the number (`more than`, `nearly`, `at
/// least a`), the outer of two stacked, turned around by a negation.
fn qualifier_words_before(text: Text<'_>, span: Span) -> Option<Qualifier> {
    // The longest phrase is three words, after an article, under one more
    // stacked qualifier.
    let before: Window<7> = text.before(span.start, 7).collect();
    // A phrase that ends in an article (`passed the`) first, else past the
    // article (`below the 2 per cent target`).
    let mut at = 0;
    // (`the` only after a comparison: `over the 12 years` frames a period.)
    let comparison = before
        .get(1)
        .is_some_and(|t| COMPARISONS_BEFORE_ARTICLE.iter().any(|w| t.is(w)));
    let article = before
        .first()
        .is_some_and(|t| t.is("a") || t.is("an") || (t.is("the") && comparison));
    if article && qualifier_ending_at(&before).is_none() {
        at = 1;
    }
    // `6.3 per cent was above the 5.1 per cent at October`: a number is
    // compared with another, named after the article; the comparison
    // bounds the first, the second is that level's exact value.
    let between_numbers = comparison
        && at == 1
        && before
            .get(2)
            .is_some_and(|t| LEVEL_COPULAS.iter().any(|w| t.is(w)))
        && before[3..].iter().any(|t| t.kind == TokenKind::Digits);
    if between_numbers {
        return None;
    }
    // A focus word may stand between a qualifier and its number (`to
    // around only $50 million`, `about just 3%`).
    let focus = before
        .get(at)
        .is_some_and(|t| t.is("only") || t.is("just") || t.is("merely"));
    if focus
        && qualifier_ending_at(&before[at..]).is_none()
        && qualifier_ending_at(&before[at + 1..]).is_some()
    {
        at += 1;
    }
    let mut found = None;
    while let Some((q, words)) = qualifier_ending_at(&before[at..]) {
        found = Some((q, before[at]));
        at += words;
    }
    let (q, nearest) = found?;
    // Only a comparison turns around (`not more than`, `not below`),
    // not an estimate (`not nearly`).
    let comparison = NEGATABLE_COMPARISONS.iter().any(|w| nearest.is(w));
    Some(match q {
        Qualifier::Over if comparison && negated(&before[at..]) => Qualifier::AtMost,
        Qualifier::Under if comparison && negated(&before[at..]) => Qualifier::AtLeast,
        _ => q,
    })
}

/// Comparison signs right before a number (`(>50%)`, `≥ 2 hours`, `<1%`,
/// `>=2 adults` and `<=` written in ASCII; `~ 48 years` is about), the
/// longer first.
const QUALIFIER_SIGNS: &[(&str, Qualifier)] = &[
    (">=", Qualifier::AtLeast),
    ("<=", Qualifier::AtMost),
    ("~", Qualifier::Approx),
    (">", Qualifier::Over),
    ("≥", Qualifier::AtLeast),
    ("<", Qualifier::Under),
    ("≤", Qualifier::AtMost),
];

/// A comparison sign before the number, or a `+` right after it (`10+`).
fn qualifier_sign(text: Text<'_>, span: Span) -> Option<Qualifier> {
    let signed = text[..span.start].trim_end_matches(' ');
    if let Some(&(_, q)) = QUALIFIER_SIGNS.iter().find(|(s, _)| signed.ends_with(s)) {
        return Some(q);
    }
    // `10+`
    text[span.end..]
        .starts_with('+')
        .then_some(Qualifier::AtLeast)
}

/// The qualifier phrase after the number: `10 or more`, also after a short
/// noun: `10 local employees or more`.
fn qualifier_words_after(text: Text<'_>, span: Span) -> Qualifier {
    // (On the same line: `Plus:` opening the next row of a table is no
    // bound.)
    // (Each token's gap is read, not the rest of the line: that was
    // quadratic on a long line.)
    let mut from = span.end;
    let after: Window<4> = text
        .after(span.end, 4)
        .take_while(|t| {
            let same_line = !text[from..t.span.start].contains('\n');
            from = t.span.end;
            same_line
        })
        .collect();
    let nouns = after
        .iter()
        .take(2)
        .take_while(|t| {
            t.is_word() && t.text.chars().all(char::is_lowercase) && !t.is("or") && !t.is("and")
        })
        .count();
    // (`awarded 10% plus 160,000 shares`: `plus` before another number
    // adds to it, it does not bound it. `$97.5 million or over $93
    // million`: a bound before another number is that number's own.)
    // (A table's next cell is not the bound's: `5 workers⇥and below⇥2025`.)
    let adds = |skip: usize, phrase: &[&str]| {
        let next = skip + phrase.len();
        let same_cell = match (after.get(next - 1), after.get(next)) {
            (Some(a), Some(b)) => !text[a.span.end..b.span.start].contains(['\t', '\n']),
            _ => false,
        };
        let digits = |i: usize| after.get(i).is_some_and(|t| t.kind == TokenKind::Digits);
        let signed = after
            .get(next)
            .is_some_and(|t| matches!(t.kind, TokenKind::Symbol('$' | '£' | '€' | '¥' | '₹')));
        same_cell && (digits(next) || (signed && digits(next + 1)))
    };
    // `its target of 4.5% plus minus 1%`: a tolerance, no bound.
    if TOLERANCE_PHRASES
        .iter()
        .any(|phrase| phrase_after(&after[..], phrase))
    {
        return Qualifier::Exact;
    }
    (0..=nouns)
        .find_map(|skip| {
            QUALIFIERS_AFTER.iter().find(|(phrase, _)| {
                phrase[0] != "+" && phrase_after(&after[skip..], phrase) && !adds(skip, phrase)
            })
        })
        .map_or(Qualifier::Exact, |&(_, q)| q)
}

/// Adjusts the qualifier of a claim of `kind`: `over a 5-year period` and
/// `under a 10-year plan` frame a span of time (prepositions before an
/// article), they do not bound it.
pub fn qualifier_of_kind(text: Text<'_>, span: Span, kind: Kind) -> Qualifier {
    let q = qualifier(text, span);
    // `near 6%`, `near $100 billion` estimate a measure; `in or near 100
    // cities` places things, it does not round their count.
    if kind == Kind::Count && text.prev(span.start).is_some_and(|t| t.is("near")) {
        return Qualifier::Exact;
    }
    if kind == Kind::Duration && matches!(q, Qualifier::Over | Qualifier::Under) {
        let mut before = text.before(span.start, 2);
        let article = before.next().is_some_and(|t| t.is("a") || t.is("an"));
        let preposition = before.next().is_some_and(|t| t.is("over") || t.is("under"));
        if article && preposition {
            return Qualifier::Exact;
        }
    }
    q
}

/// A negation just before a comparative qualifier turns it around:
/// `should not pay more than 7%` is at most 7%, `not fewer than 20` at
/// least 20. `before` starts at the word before the qualifier phrase; the
/// negation may stand up to three words back (`shouldn't have to pay`),
/// within the clause.
fn negated(before: &[Token]) -> bool {
    let words: Vec<&Token> = before.iter().take_while(|t| t.is_word()).take(5).collect();
    // `no one waits longer than 52 weeks`, `No one country can receive
    // more than seven percent`: `no`/`nobody` as the subject of a finite
    // verb between it and the bound denies the bound.
    let finite = |w: &&Token| {
        [
            "can", "will", "may", "shall", "should", "must", "would", "could",
        ]
        .iter()
        .any(|m| w.is(m))
            || (w.text.len() > 3 && w.text.ends_with('s') && !w.text.ends_with("ss"))
    };
    let denied_subject = words
        .iter()
        .enumerate()
        .any(|(i, t)| (t.is("no") || t.is("nobody")) && words[..i].iter().any(finite));
    if denied_subject {
        return true;
    }
    words.iter().take(4).enumerate().any(|(i, t)| {
        // (Not `no`/`nobody`: `nobody earning less than $400,000` bounds
        // the earnings, it does not deny the bound.)
        let negation = ["not", "never", "cannot"].iter().any(|w| t.is(w))
            || t.text.ends_with("n't")
            || t.text.ends_with("n’t");
        // `not only more than`, `not just over`: no negation of the bound.
        let focus = i > 0 && (words[i - 1].is("only") || words[i - 1].is("just"));
        negation && !focus
    })
}

/// The longest qualifier phrase ending right before the tokens `before`
/// (nearest first), with its length in words.
fn qualifier_ending_at(before: &[Token]) -> Option<(Qualifier, usize)> {
    let nearest = Lower::of(before.first()?.text);
    let (phrase, q) = QUALIFIERS_BY_LAST_WORD
        .get(nearest.as_str())?
        .iter()
        .filter(|(phrase, _)| phrase_before(before, phrase))
        .max_by_key(|(phrase, _)| phrase.len())?;
    // `accounted for as much as 38 per cent`: stating a level, `as much
    // as` stresses its size; it bounds only a change (`by as much as`,
    // `to as much as`) or a possibility (`could reach as many as`).
    if phrase.len() == 3 && phrase[0] == "as" && phrase[2] == "as" {
        let bounding = ["by", "to", "could", "may", "might", "can", "would", "will"];
        let before_phrase = before.get(3);
        let bounds = before_phrase.is_some_and(|t| bounding.iter().any(|w| t.is(w)))
            || before.get(4).is_some_and(|t| {
                ["could", "may", "might", "can", "would", "will"]
                    .iter()
                    .any(|w| t.is(w))
            });
        if !bounds {
            return None;
        }
    }
    // `in or near 100 cities`: `near` after `or` is a place, not a bound.
    if phrase == &["near"] && before.get(1).is_some_and(|t| t.is("or")) {
        return None;
    }
    // `growth will pick up to 0.9%`, `went up to 5%`: a rise to a level,
    // not a bound.
    // (`bringing annual inflation up to 31.4%`: a particle verb with its
    // object between.)
    let moved_up = phrase == &["up", "to"]
        && (before
            .get(2)
            .is_some_and(|t| MOVE_VERBS.iter().any(|v| t.is(v)))
            || before.iter().skip(2).take(4).any(|t| {
                [
                    "bring", "brings", "brought", "bringing", "push", "pushes", "pushing",
                ]
                .iter()
                .any(|v| t.is(v))
            }));
    if moved_up {
        return None;
    }
    Some((*q, phrase.len()))
}

/// The trend of the claim at `span` of the given kind, within `sentence`.
pub fn trend(text: Text<'_>, span: Span, kind: Kind, sentence: Span) -> Trend {
    // `rising for eight consecutive years`: how long, not what rose; but
    // `cut the crossing by 40 minutes` changes a duration.
    // (`extended visa-free stays to 240 hours` is the new length; `fell to
    // a 12-year low` is not.)
    let articles = ["a", "an", "the"];
    let by = text
        .before(span.start, 3)
        .find(|t| !is_qualifier_word(t.text) || articles.iter().any(|a| t.is(a)));
    // (`down 158.2 million hours on the previous quarter`: millions of
    // hours worked are an amount of work, not a span of time.)
    let worked = kind == Kind::Duration && is_scaled(text, span);
    if kind == Kind::Duration && !worked && !by.is_some_and(|t| t.is("by") || t.is("to")) {
        return Trend::None;
    }
    // `extended visa-free stays to 240 hours`, `extend the levy by one
    // year`: a span of time made longer. (Coverage `extended to 93% of
    // villages` is where a service reached, no rise.)
    if kind == Kind::Duration
        && text
            .before(span.start, 8)
            .take_while(|t| t.span.start >= sentence.start)
            .any(|t| {
                ["extend", "extended", "extends", "extending"]
                    .iter()
                    .any(|w| t.is(w))
            })
    {
        return Trend::Up;
    }
    // `rates were lowered two times`: how often, not what fell.
    let occurrences = kind == Kind::Count && text.next(span.end).is_some_and(|t| t.is("times"));
    let share = is_accounted_share(text, span);
    if occurrences
        || share
        || (kind == Kind::Count && is_place_of_change(text, span))
        || is_equivalent_share(text, span)
        || is_share_of_level(text, span)
        || is_held_level(text, span)
        || is_whole_of_part(text, span)
        || is_comparison_base(text, span)
        || is_part_of_whole(text, span)
    {
        return Trend::None;
    }
    // `a one percentage point rise in interest rates`: a change noun right
    // after the number names this number's change, whatever verb stands
    // further back (`a 10 per cent fall in equity prices or ...`).
    if let Some(trend) = change_noun_after(text, span.end) {
        return trend;
    }
    if is_attributive(text, span, sentence) {
        return Trend::None;
    }
    if let Some(trend) = record_level(text, span.start) {
        return trend;
    }
    let framed = Span::new(past_level_frame(text, span.start), span.end);
    let before = trend_before(text, framed, sentence);
    if before != Trend::None {
        return before;
    }
    if let Some(trend) = change_from_zero(text, span) {
        return trend;
    }
    trend_after(text, span, sentence)
}

/// Words that name a zero origin in words (`from zero`, `from nil`).
const ZERO_ORIGINS: &[&str] = &["zero", "nil"];

/// `April (-0.1% from zero)`, `(+0.3% from nil)`: a value moved from zero
/// rose or fell by its sign (a zero in words is no claim, so no `from X
/// to Y` pair reads it).
fn change_from_zero(text: Text<'_>, span: Span) -> Option<Trend> {
    let mut after = text.after(span.end, 2);
    let from_zero = after.next().is_some_and(|t| t.is("from"))
        && after
            .next()
            .is_some_and(|t| ZERO_ORIGINS.iter().any(|w| t.is(w)));
    if !from_zero {
        return None;
    }
    let minus = |c: char| matches!(c, '-' | '−' | '–');
    let negative = text[span.start..].starts_with(minus) || text[..span.start].ends_with(minus);
    Some(if negative { Trend::Down } else { Trend::Up })
}

/// Does the claim's span hold a scale word (`158.2 million hours`)?
fn is_scaled(text: Text<'_>, span: Span) -> bool {
    text.after(span.start, 4)
        .take_while(|t| t.span.end <= span.end)
        .any(|t| {
            SCALE_NAMES
                .iter()
                .any(|&(w, scale)| scale >= 1000 && t.is(w))
        })
}

/// `a 47.4 percent year-on-year increase`, `250 basis point repo rate
/// cut`, `a 5% wage rise`: a change noun after the number, past a period
/// adverb (`year-on-year`, `annual`) and up to three words of a compound
/// noun, names this number's change.
pub fn change_noun_after(text: Text<'_>, end: usize) -> Option<Trend> {
    change_noun_at(text, end).map(|(_, trend)| trend)
}

/// Is `noun` the change noun after the number ([`change_noun_after`])?
fn change_noun_is(text: Text<'_>, end: usize, noun: &str) -> bool {
    change_noun_at(text, end).is_some_and(|(found, _)| found.eq_ignore_ascii_case(noun))
}

/// The change noun after the number ([`change_noun_after`]) and its trend.
fn change_noun_at<'a>(text: Text<'a>, end: usize) -> Option<(&'a str, Trend)> {
    let after: Window<9> = text.after(end, 9).collect();
    let mut i = 0;
    // (`year-on-year`, `month-over-month`: one adverb of five tokens.)
    if let [a, d1, on, d2, b, ..] = after.as_slice()
        && a.is_word()
        && d1.is_symbol('-')
        && (on.is("on") || on.is("over"))
        && d2.is_symbol('-')
        && b.is_word()
        && d1.span.start == a.span.end
        && b.span.start == d2.span.end
    {
        i = 5;
    }
    let mut modifiers = 0;
    while let Some(t) = after.get(i) {
        if let Some(trend) = change_noun(t.text) {
            // (`a 10 per cent fall-back`: the first half of a compound.)
            let compound = after
                .get(i + 1)
                .is_some_and(|n| n.is_symbol('-') && n.span.start == t.span.end);
            return (!compound).then_some((t.text, trend));
        }
        // (`5.82 percent [provisional] growth`: one bracketed word.)
        if (t.is_symbol('[') || t.is_symbol('('))
            && after.get(i + 1).is_some_and(|w| w.is_word())
            && after
                .get(i + 2)
                .is_some_and(|c| c.is_symbol(']') || c.is_symbol(')'))
        {
            i += 3;
            continue;
        }
        let modifier = t.is_word()
            && is_noun_modifier(t.text)
            && !is_stop(t)
            && trend_of(t.text).is_none()
            && !opens_trend_after(t.text);
        if !modifier || modifiers == 3 {
            return None;
        }
        modifiers += 1;
        i += 1;
    }
    None
}

/// A word that may stand in a compound noun between a number and its
/// change noun: `7.1 percent GDP growth`, `a 5% annualised wage rise`.
/// Not a verb (`28 reported growth`: the sectors reported it) nor a
/// capitalised word, which opens the next row of a table or the next
/// sentence's subject (`1.3 Export growth was -3.5%`).
fn is_noun_modifier(word: &str) -> bool {
    let acronym = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
    let lower = word.chars().all(|c| c.is_ascii_lowercase());
    acronym || (lower && (!is_finite(word) || PERIOD_ADJECTIVES.contains(&word)))
}

/// The change an old value is named with: `up from a 0.8 per cent rise`,
/// `down from six per cent annual growth` (a change noun or `growth`
/// after it); none for a plain level (`down from 0.6% in August`).
pub fn own_change(text: Text<'_>, span: Span) -> Trend {
    if let Some(trend) = change_noun_after(text, span.end) {
        return trend;
    }
    // `accelerating from a rise of 4.8 percent`: the change noun before.
    let mut before = text.before(span.start, 3);
    if before.next().is_some_and(|t| t.is("of"))
        && let Some(trend) = before
            .next()
            .filter(|t| t.is_word())
            .and_then(|t| change_noun(t.text))
        && before.next().is_some_and(|t| t.is("a") || t.is("an"))
    {
        return trend;
    }
    let mut after = text.after(span.end, 2).peekable();
    after.next_if(|t| PERIOD_ADJECTIVES.iter().any(|w| t.is(w)));
    if after.next().is_some_and(|t| t.is("growth")) {
        Trend::Up
    } else {
        Trend::None
    }
}

/// Nouns of a level that a number before them states (`reached the
/// 1 million mark`): the number is the level, not an attribute.
const LEVEL_NOUNS: &[&str] = &["level", "levels", "mark", "threshold", "milestone"];

/// `cut the 4.1% cash rate by 25 basis points`, `ease toward the 2%
/// target`, `the extension of the 9% reduced VAT rate`: a number between
/// a definite determiner and the noun it describes names that thing; a
/// verb governing the noun phrase changes the thing, not the number. A
/// bound before the determiner (`fall below the 2 per cent target`) still
/// reads the number as the level compared with.
pub fn is_attributive(text: Text<'_>, span: Span, sentence: Span) -> bool {
    let mut before = text.before(span.start, 2);
    let next = text.next(span.end);
    let aimed_at = || next.is_some_and(|t| TARGET_NOUNS.iter().any(|n| t.is(n)));
    let definite = before.next().is_some_and(|t| {
        ["the", "its", "their", "this"].iter().any(|d| t.is(d))
            || ((t.is("a") || t.is("an")) && aimed_at())
    });
    // (`fall back to the 2% target`: the level reached, as after a bound.)
    let bounded = before.next().is_some_and(|t| {
        is_bound_word(t.text) || ["below", "above", "beyond", "to"].iter().any(|w| t.is(w))
    });
    let described = next.is_some_and(|t| {
        t.is_word()
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
            // (A participle may describe it: `the 9% reduced VAT rate`.)
            && !STOP_INDEX.contains(t.text)
            && !LEVEL_NOUNS.iter().any(|n| t.is(n))
            && change_noun(t.text).is_none()
    });
    definite && !bounded && described && trend_after(text, span, sentence) == Trend::None
}

/// `Employment increased in four provinces`, `falls in all 13
/// sub-sectors`: a count of the places or groups where a change happened,
/// right after the change and `in`, did not rise or fall itself.
fn is_place_of_change(text: Text<'_>, span: Span) -> bool {
    let mut before = text.before(span.start, 3).peekable();
    before.next_if(|t| t.is("all"));
    before.next().is_some_and(|t| t.is("in"))
        && before
            .next()
            .is_some_and(|t| t.is_word() && trend_of(t.text).is_some())
}

/// `reached a record high of $1.17 trillion`, `hit a 16-year low of
/// 3.4%`: a level named a high (a peak) or a low after a verb of reaching
/// was reached by a rise (a fall), whatever verb stands further back.
fn record_level(text: Text<'_>, start: usize) -> Option<Trend> {
    let (article, trend) = record_frame(text, start)?;
    text.before(article, 1)
        .next()
        .is_some_and(|t| REACHING_VERBS.iter().any(|v| t.is(v)))
        .then_some(trend)
}

/// Verbs that reach a level without saying from where (`reached`, `hit`).
#[rustfmt::skip]
const REACHING_VERBS: &[&str] = &[
    "reached", "reach", "reaches", "reaching", "hit", "hits", "hitting", "touched", "touches",
    "touching", "recorded", "registered",
];

/// `a record high of`, `a new low of`, `an eight-year low of`, `its
/// all-time peak of` before `start`: the start of the article, when these
/// words stand right before the number, with the trend of reaching it
/// (a low was reached by a fall, a high or a peak by a rise).
fn record_frame(text: Text<'_>, start: usize) -> Option<(usize, Trend)> {
    let mut before = text
        .before(start, 12)
        .filter(|t| !(t.is_word() && is_bound_word(t.text)))
        .peekable();
    before.next_if(|t| t.is("of"))?;
    let extreme = before.next_if(|t| t.is("high") || t.is("low") || t.is("peak"))?;
    let trend = if extreme.is("low") {
        Trend::Down
    } else {
        Trend::Up
    };
    let record = ["new", "record", "historic", "all-time", "multi-year"];
    let periods = ["year", "month", "decade", "week", "quarter"];
    let mut adjectives = 0;
    loop {
        if before.next_if(|t| record.iter().any(|w| t.is(w))).is_some() {
            adjectives += 1;
        } else if before
            .peek()
            .is_some_and(|t| periods.iter().any(|w| t.is(w)))
        {
            // (`eight-year`, `16-year`: a number, a hyphen and a period.)
            before.next();
            before.next_if(|t| t.is_symbol('-'))?;
            before.next_if(|t| t.kind == TokenKind::Digits || t.is_word())?;
            adjectives += 1;
        } else if before.peek().is_some_and(|t| t.is("time")) {
            // (`all-time`)
            before.next();
            before.next_if(|t| t.is_symbol('-'))?;
            before.next_if(|t| t.is("all"))?;
            adjectives += 1;
        } else {
            break;
        }
        if adjectives > 2 {
            return None;
        }
    }
    let article = before.next_if(|t| ["a", "an", "its", "their"].iter().any(|w| t.is(w)))?;
    (adjectives > 0).then_some((article.span.start, trend))
}

/// `a 24.3% increase and accounting for 21.1% of total fuel use`,
/// `soared by 2.52%, thereby contributing 8.85% to overall growth`, `the
/// contribution was 5.47 percent`: a share a thing accounts for or
/// contributes is no change.
pub fn is_accounted_share(text: Text<'_>, span: Span) -> bool {
    let mut before = text
        .before(span.start, 4)
        .skip_while(|t| is_qualifier_word(t.text));
    let is_any = |t: &Token, words: &[&str]| words.iter().any(|w| t.is(w));
    match before.next() {
        Some(t) if t.is("for") => before.next().is_some_and(|t| is_any(&t, ACCOUNTING_VERBS)),
        Some(t) if is_any(&t, CONTRIBUTING_VERBS) => true,
        Some(t) if is_any(&t, &["was", "is", "were", "are"]) => {
            before.next().is_some_and(|t| is_any(&t, SHARE_NOUNS))
        }
        _ => false,
    }
}

/// `to a range of 4¼ to 4½ percent`, `to between 3.75 and 4 percent`,
/// `grow at an average annual rate of 4.5 per cent`: words that frame the
/// level or the pace of a change stand between its verb (or `to`) and the
/// number. The verb governs the number through them, so the search for it
/// starts before the frame: at `to` (which then links the number) or at
/// the `at` of a pace. Otherwise `start` itself.
fn past_level_frame(text: Text<'_>, start: usize) -> usize {
    let words: Window<8> = text
        .before(start, 8)
        .take_while(|t| t.is_word())
        .filter(|t| !is_bound_word(t.text))
        .collect();
    let is = |i: usize, w: &[&str]| words.get(i).is_some_and(|t| w.iter().any(|x| t.is(x)));
    // `to a range of`, `to the range of`, `to a level of`, `to between`
    if is(0, &["of"]) && is(1, &["range", "level"]) && is(2, &["a", "the"]) && is(3, &["to"]) {
        return words[2].span.start;
    }
    // `easing for the eleventh consecutive month to a new low of 3.2 per
    // cent`, `to a record high of`, `to an eight-year low of`
    if let Some((article, _)) = record_frame(text, start)
        && text.before(article, 1).next().is_some_and(|t| t.is("to"))
    {
        return article;
    }
    if is(0, &["between"]) && is(1, &["to"]) {
        return words[0].span.start;
    }
    // `accelerated by 23bps last month to close the year at 15.63
    // percent`, `to end the quarter at`: the level a change reached at the
    // end of a period.
    if is(0, &["at"])
        && is(1, &["year", "month", "quarter", "week", "day"])
        && is(2, &["the"])
        && is(3, &["close", "end", "finish"])
        && is(4, &["to"])
    {
        return words[3].span.start;
    }
    // `at an average annual rate of`, `at a pace of`: up to two adjectives.
    if is(0, &["of"])
        && is(1, &["rate", "pace"])
        && let Some(at) = (2..6).find(|&i| is(i, &["at"]) && is(i - 1, &["a", "an", "the"]))
    {
        return words[at].span.start;
    }
    start
}

/// `equivalent to 22.0 percent of our GDP`: a number restated as a
/// share of something else is a ratio, not the change nor the level it
/// reached (unless a change of its own is stated after it: `equivalent
/// to 96.7 percent of GDP, down from 128 percent`).
fn is_equivalent_share(text: Text<'_>, span: Span) -> bool {
    let mut before = text
        .before(span.start, 5)
        .filter(|t| !is_bound_word(t.text))
        .take_while(|t| t.is_word());
    before.next().is_some_and(|t| t.is("to")) && before.next().is_some_and(|t| t.is("equivalent"))
}

/// `or about 60 per cent of the pre-pandemic level`, `93% of the
/// pre-pandemic level`: a share of a reference level is a ratio, neither
/// the change nor the level it reached (`recovered to 93% of its level`
/// is one reached: `to` before it).
pub fn is_share_of_level(text: Text<'_>, span: Span) -> bool {
    let mut after = text.after(span.end, 8);
    after.next().is_some_and(|t| t.is("of"))
        && after
            .next()
            .is_some_and(|t| ["the", "its", "their", "a"].iter().any(|w| t.is(w)))
        && after
            .take(5)
            .take_while(|t| t.is_word() || t.is_symbol('-'))
            .any(|t| t.is("level") || t.is("levels"))
        && !is_level_reached(text, span)
}

/// `about 8.5 per cent lower than in FY23`, `some 260,000 more than a
/// year earlier`: a difference against an earlier time (the level before
/// it was reached by that change), not against a reference (`70% below
/// their August 2022 peak`, `£1.3 billion more than the funding`).
pub fn is_against_earlier_time(text: Text<'_>, span: Span) -> bool {
    let at = past_per_unit(text, span.end);
    let mut after = text
        .after(at, 6)
        .skip_while(|t| t.kind != TokenKind::Word || !t.is("than"));
    let earlier = |t: Token| {
        ["previous", "preceding", "same", "last", "prior"]
            .iter()
            .any(|w| t.is(w))
    };
    after.next().is_some_and(|t| t.is("than"))
        && after.next().is_some_and(|t| {
            t.kind == TokenKind::Digits
                || ["in", "last", "a", "at"].iter().any(|w| t.is(w))
                || (t.is("the") && after.next().is_some_and(earlier))
        })
        && text
            .after(at, 3)
            .any(|t| COMPARATIVES.iter().any(|w| t.is(w)))
}

/// Comparatives that state a difference after its number.
const COMPARATIVES: &[&str] = &[
    "higher", "lower", "more", "less", "fewer", "larger", "smaller",
];

/// `grew by 5.7 percent`, `real GDP grew 1.7%`, `growing by 6.8%`: the
/// number is the size of a change, governed by `by` or by a rise or fall
/// verb right before it (past the bound words), not a level; or named a
/// change by a noun and `of` (`growth of 1 per cent`, `a growth rate of
/// 5.5%`, `an increase of 3%`).
pub fn is_change_size(text: Text<'_>, span: Span) -> bool {
    // (`peaking at 12.6 percent`: a level, not the size of a change.)
    if text
        .before(span.start, 4)
        .find(|t| !is_bound_word(t.text))
        .is_some_and(|t| t.is("at"))
    {
        return false;
    }
    let mut before = text
        .before(span.start, 6)
        .filter(|t| !is_qualifier_word(t.text));
    let Some(first) = before.next() else {
        return false;
    };
    if first.is("by") || (first.is_word() && trend_of(first.text).is_some()) {
        return true;
    }
    let mut before = before.peekable();
    before.next_if(|t| t.is("rate"));
    first.is("of")
        && before
            .next()
            .is_some_and(|t| t.is("growth") || change_noun(t.text).is_some())
}

/// `the unemployment rate remained at 12.4%, up 2.4 percentage points`:
/// a level the clause says stayed where it was takes no trend of its own,
/// whatever change is stated beside it (`remains 0.6 percentage points
/// higher than` is a difference, not a level held: it keeps its trend).
pub fn is_held_level(text: Text<'_>, span: Span) -> bool {
    let mut before = text
        .before(span.start, 4)
        .filter(|t| !is_bound_word(t.text));
    let at = before.next().is_some_and(|t| t.is("at"));
    at && before.next().is_some_and(|t| {
        [
            "remained",
            "remains",
            "remain",
            "stayed",
            "stays",
            "stay",
            "held",
            "holds",
            "steady",
            "unchanged",
        ]
        .iter()
        .any(|w| t.is(w))
    })
}

/// `(-6.9%)`, `(−12.0%)`: a minus sign written inside brackets right
/// before a number marks a fall, as a plus sign there marks a rise
/// (`exports to the USA (-6.9%) and Japan (-12.0%) decreased`).
pub fn is_bracketed_minus(text: Text<'_>, span: Span) -> bool {
    let signed = text[span.start..].starts_with(['-', '−']);
    let opened = text[..span.start].ends_with('(');
    let closed = text[span.end..].starts_with(')');
    signed && opened && closed
}

static TREND_INDEX: LazyLock<WordTable<Trend>> =
    LazyLock::new(|| WordTable::new(trend::trend_words()));

/// The trend a word states by itself (`rose`, `cuts`, `growth`), if any.
pub fn trend_of(word: &str) -> Option<Trend> {
    TREND_INDEX.get(word)
}

static CHANGE_NOUN_INDEX: LazyLock<WordTable<Trend>> =
    LazyLock::new(|| WordTable::new(CHANGE_NOUNS.iter().copied()));

/// The trend of a change noun ([`CHANGE_NOUNS`]: `increase`, `cut`), in
/// any case.
fn change_noun(word: &str) -> Option<Trend> {
    CHANGE_NOUN_INDEX.get(word)
}

static TREND_AFTER_FIRST_WORDS: LazyLock<WordTable<()>> =
    LazyLock::new(|| WordTable::new(TREND_AFTER.iter().map(|(phrase, _)| (phrase[0], ()))));

/// Does a phrase of [`TREND_AFTER`] open with `word` (any case)?
fn opens_trend_after(word: &str) -> bool {
    TREND_AFTER_FIRST_WORDS.contains(word)
}

/// Look back through the clause for a rise or fall word. After `by` or
/// `to` (`cutting expenditures by 2.39 billion`, `increased ... to 1,065`)
/// the verb may be further away, across commas.
fn trend_before(text: Text<'_>, span: Span, sentence: Span) -> Trend {
    let mut tokens = text
        .before(span.start, 60)
        .take_while(|t| t.span.start >= sentence.start)
        .peekable();
    let mut walk = TrendWalk::new();
    while let Some(t) = tokens.next() {
        let step = match t.kind {
            TokenKind::Word => walk.word(text, t, &mut tokens),
            // Past the usual reach of `by`, a number crossed on the way
            // means another clause (`with women (69.2 years) continuing to
            // outlive men (63.1 years) by about six years`).
            TokenKind::Digits => {
                walk.crossed_clause = true;
                ControlFlow::Continue(())
            }
            TokenKind::Symbol(c) => walk.symbol(text, t, c, &mut tokens),
        };
        if let ControlFlow::Break(trend) = step {
            if let Some(growth) = walk.found_growth
                && let Some(other) = past_growth_noun(text, growth, span, sentence)
            {
                return other;
            }
            return trend;
        }
    }
    Trend::None
}

/// The walk of `trend_before` back from a number through its clause: what
/// links the number to a verb before it, and how far the walk still reaches.
/// Each step breaks with the trend found, or with `Trend::None` where the
/// verb's reach ends.
struct TrendWalk<'a> {
    /// Words passed that state no trend.
    words_seen: usize,
    /// Saw `by` / `to` right before the number (or a word that links as
    /// they do: a participle of the level reached, `to record`).
    linked: bool,
    /// The link is `by`, which reaches across a list's commas.
    across_commas: bool,
    /// No content word passed yet: the next one stands at the number.
    first_word: bool,
    /// The word passed last (the next one in the text).
    previous_word: Option<Token<'a>>,
    /// A number passed on the way: another clause.
    crossed_clause: bool,
    /// `of` right before the number (`a decrease in the deficit of £16.4
    /// billion`).
    of_linked: bool,
    /// The one comma a `to` may reach back past.
    crossed_comma: bool,
    /// How many words the walk may pass after that comma.
    comma_budget: usize,
    /// A copula or `will` passed: a noun further back is its subject.
    crossed_copula: bool,
    /// Words seen other than the bound and qualifier words (`to around`).
    content_words: usize,
    /// `at`/`of` right before the number (`, at around 2½ per cent`): past
    /// one comma only the noun `growth` heading the clause governs.
    framed_after_comma: bool,
    /// Past that comma: only `growth` may govern.
    only_growth: bool,
    /// `back` passed (`bring inflation back to 2%`): a return, from either
    /// side, links no new level.
    returned: bool,
    /// The noun `growth` found as the trend word: a verb before it or the
    /// number's own difference may still decide (`past_growth_noun`).
    found_growth: Option<Token<'a>>,
    /// A finite verb passed: an `after` further back opens its clause.
    passed_finite: bool,
    /// An average or a target passed (`bring the average to`): `bring`
    /// further back sets its level, no rise.
    passed_level_set: bool,
    /// `below`/`under` right before the number: `bring` further back
    /// brings the quantity down under that level (`bring the fiscal
    /// deficit below 4.5 per cent of GDP`).
    linked_below: bool,
}

impl<'a> TrendWalk<'a> {
    fn new() -> Self {
        TrendWalk {
            words_seen: 0,
            linked: false,
            across_commas: false,
            first_word: true,
            previous_word: None,
            crossed_clause: false,
            of_linked: false,
            crossed_comma: false,
            comma_budget: usize::MAX,
            crossed_copula: false,
            content_words: 0,
            framed_after_comma: false,
            only_growth: false,
            returned: false,
            found_growth: None,
            passed_finite: false,
            passed_level_set: false,
            linked_below: false,
        }
    }

    /// One word of the walk: a link at the number, the end of the verb's
    /// reach, or the trend word that governs the number.
    fn word<I: Iterator<Item = Token<'a>>>(
        &mut self,
        text: Text<'_>,
        t: Token<'a>,
        tokens: &mut Peekable<I>,
    ) -> ControlFlow<Trend> {
        let lower = Lower::of(t.text);
        let w = lower.as_str();
        if self.first_word {
            self.link_at_number(w, tokens.peek());
        }
        // `increase the policy rate further if needed to return
        // inflation to the 2% target`: a subordinate clause's
        // conjunction ends the reach of the verb before it.
        if self.words_seen > 0 && SUBORDINATORS.contains(&w) {
            return ControlFlow::Break(Trend::None);
        }
        if self.passed_finite && CLAUSE_SUBORDINATORS.contains(&w) {
            return ControlFlow::Break(Trend::None);
        }
        // `was increased by 29.6% and it was the 58% of inflation`: the
        // subject of the verb passed opens its own clause.
        if self.passed_finite && SUBJECT_PRONOUNS.contains(&w) {
            return ControlFlow::Break(Trend::None);
        }
        self.passed_finite |= is_finite(w);
        let at_number = self.first_word;
        if !is_qualifier_word(w) {
            self.first_word = false;
            self.content_words += 1;
        }
        let linked = (
            self.linked && !self.across_commas && !self.returned,
            self.linked && self.across_commas,
        );
        let sets_level = self.passed_level_set && BRING_FORMS.contains(&w);
        let found = trend_of(w).filter(|_| {
            !sets_level
                && self.may_govern(text, t, w, tokens.peek())
                && governs(w, at_number, linked, self.previous_word, tokens.peek())
        });
        if self.words_seen >= 16 && self.crossed_clause {
            return ControlFlow::Break(Trend::None);
        }
        if found.is_none() && self.linked_below && !sets_level && BRING_FORMS.contains(&w) {
            return ControlFlow::Break(Trend::Down);
        }

        if let Some(mut trend) = found {
            if tokens.peek().is_some_and(|p| p.is("negative")) {
                trend = Trend::Down;
            } else if w == "growth" {
                self.found_growth = Some(t);
            }
            return ControlFlow::Break(trend);
        }
        self.count_word(w)?;
        self.previous_word = Some(t);
        ControlFlow::Continue(())
    }

    /// The word right before the number (past the bound words) that links
    /// it to a verb further back: `by`, `to`, a participle of the level
    /// reached; `of` after a change noun.
    fn link_at_number(&mut self, w: &str, ahead: Option<&Token>) {
        self.linked_below |= matches!(w, "below" | "under");
        if w == "of" {
            self.of_linked = true;
        }
        if w == "of" || w == "at" {
            self.framed_after_comma = true;
        }
        if matches!(w, "by" | "to") {
            self.linked = true;
            // Only `by` reaches across a list's commas (`reducing
            // spending on visits, vehicles, and hospitality by 5%`).
            self.across_commas = w == "by";
        }
        // `the unemployment rate declined in 2022 Q1, registering
        // 7.2 percent`: a participle that introduces the level
        // reached links it to the change before its comma, as `to`.
        if is_level_participle(w) {
            self.linked = true;
        }
        // (`after decelerating in June 2022 to record 13.2 percent`:
        // `to record` as `to`.)
        if w == "record" && ahead.is_some_and(|p| p.is("to")) {
            self.linked = true;
        }
    }

    /// May the trend word `w` at this point of the walk be the number's
    /// verb? Not inside a name or a compound noun, and far from the number
    /// only as a noun heading the clause; grammar (`governs`) is asked apart.
    fn may_govern(&self, text: Text<'_>, t: Token, w: &str, before: Option<&Token>) -> bool {
        // A capitalized trend word inside a sentence is part of a
        // name (`the Inflation Reduction Act`).
        let named = t.text.starts_with(char::is_uppercase)
            && !super::sentence::is_sentence_start(&text, t.span.start);
        // `drop-out rates`, `cut-off`: the first half of a compound
        // noun is no verb.
        let compound = text
            .next(t.span.end)
            .is_some_and(|n| n.is_symbol('-') && n.span.start == t.span.end);
        // `exceeds the target by about 30%`: only the difference
        // after `by` (the target and `exceeded 2 trillion` are not).
        let exceeds = matches!(w, "exceeds" | "exceeded" | "exceed" | "exceeding");
        let linked_by = self.linked && self.across_commas;
        // Past the usual reach only the noun `growth` heading the
        // clause still counts (`the growth of recurrent government
        // expenditure ranges between 3.5 and 4.7 per cent`).
        let far = !self.linked && self.words_seen >= 6;
        // Past ten words `growth` still heads the clause only as
        // the subject of a verb crossed on the way (`growth in the
        // first quarter of 2024 is on track for around 3.5 per
        // cent`, not `revenue growth and the phasing out of
        // measures worth about 2 percentage points`).
        let beyond_reach = !self.linked && self.words_seen >= 10 && !self.crossed_copula;
        // (`a decrease in the current budget deficit of £16.4
        // billion`, `reductions in global greenhouse gas emissions
        // of 43 per cent`: a change noun heading `in ... of N`
        // reaches as far.)
        let noun_of = self.of_linked
            && self.words_seen < 10
            && CHANGE_NOUNS
                .iter()
                .any(|(noun, _)| w == *noun || w.strip_suffix('s') == Some(noun))
            && self.previous_word.is_some_and(|p| p.is("in"));
        // (`to support economic growth and keep inflation close to the
        // middle of the 1% to 3% range`: `growth` followed by `and` is an
        // object, it heads no clause.)
        let growth_heads = w == "growth"
            && !self
                .previous_word
                .is_some_and(|p| p.is("and") || p.is("or"));
        let subject = heads_subject(w, self.previous_word, before, self.crossed_copula);
        !named
            && !compound
            && (!exceeds || linked_by)
            && (!self.only_growth || w == "growth")
            && (!far || growth_heads || noun_of || subject)
            && !beyond_reach
    }

    /// Counts a word that states no trend, and ends the walk where the
    /// reach of a verb before it ends (a comma's budget, the word limit).
    fn count_word(&mut self, w: &str) -> ControlFlow<Trend> {
        self.words_seen += 1;
        self.returned |= w == "back";
        self.passed_level_set |= LEVEL_SET_OBJECTS.contains(&w);
        self.crossed_copula |= matches!(w, "is" | "was" | "are" | "were" | "will" | "be" | "been");
        if self.words_seen > self.comma_budget {
            return ControlFlow::Break(Trend::None);
        }
        // (`raise the overnight deposit rate, the overnight lending
        // rate and the rate of the main operation by 100 basis
        // points`: a long coordinated object before `by`.)
        let limit = match (self.linked, self.across_commas) {
            (true, true) => 24,
            (true, false) => 16,
            // (Past six words only `growth` heading the clause
            // counts: `growth in the first quarter of 2024 is on
            // track for around 3.5 per cent`.)
            _ => 12,
        };
        if self.words_seen >= limit {
            return ControlFlow::Break(Trend::None);
        }
        ControlFlow::Continue(())
    }

    /// A symbol on the walk: a clause break ends it, except the commas of
    /// a list before `by`, one comma after a `to`, and a bracketed aside.
    fn symbol(
        &mut self,
        text: Text<'_>,
        t: Token,
        c: char,
        tokens: &mut impl Iterator<Item = Token<'a>>,
    ) -> ControlFlow<Trend> {
        match c {
            ';' => ControlFlow::Break(Trend::None),
            // `had also dropped sharply in September, to 4.5%`: a `to`
            // right after a comma reaches back past it to the verb, over a
            // few words (an adverb, a time phrase).
            ',' if self.linked
                && !self.across_commas
                && !self.crossed_comma
                && self.content_words == 1 =>
            {
                self.crossed_comma = true;
                self.comma_budget = self.words_seen + 5;
                ControlFlow::Continue(())
            }
            // `GSP growth has been relatively strong in 2011-12, at around
            // 2½ per cent`
            ',' if self.framed_after_comma && !self.crossed_comma && self.content_words <= 1 => {
                self.crossed_comma = true;
                self.only_growth = true;
                self.comma_budget = self.words_seen + 8;
                ControlFlow::Continue(())
            }
            // `unemployment rates declined for adult men (5.3 percent)`, `a
            // further decline in the number of census jobs (27,000)`: a
            // number opening a bracket after its label is read through the
            // label, as after `of`.
            '(' if self.words_seen == 0 && !self.of_linked && opens_after_label(text, t) => {
                self.of_linked = true;
                ControlFlow::Continue(())
            }
            // `Annual growth in employees' average regular earnings
            // (excluding bonuses) in Great Britain was 6.0%`: a bracketed
            // aside without a number is read past.
            ')' if !self.across_commas && self.words_seen > 0 => {
                if skip_aside(tokens) {
                    ControlFlow::Continue(())
                } else {
                    ControlFlow::Break(Trend::None)
                }
            }
            // `The following components increased: vegetables (4,0%)`: a
            // change verb before a colon governs the labelled values of
            // the list it opens.
            ':' if self.of_linked && self.content_words <= 3 => {
                ControlFlow::Break(verb_opening_list(text, t).unwrap_or(Trend::None))
            }
            c if CLAUSE_BREAKS.contains(&c) && !self.across_commas => {
                ControlFlow::Break(Trend::None)
            }
            _ => ControlFlow::Continue(()),
        }
    }
}

/// The trend of the change verb right before the colon `colon`
/// (`increased:`, `decreased:`).
fn verb_opening_list(text: Text<'_>, colon: Token) -> Option<Trend> {
    let verb = text.before(colon.span.start, 1).next()?;
    if verb.is_word() {
        trend_of(verb.text)
    } else {
        None
    }
}

/// Does the bracket `open` follow a label (`adult men (`), not a number
/// with its unit (`£127.5 billion (`)?
fn opens_after_label(text: Text<'_>, open: Token) -> bool {
    let mut before = text.before(open.span.start, 2);
    let label = before.next().is_some_and(|t| t.is_word());
    let after_number = before.next().is_some_and(|t| {
        t.kind == TokenKind::Digits
            || (t.is_word() && super::number::read(&text, t.span.start, false).is_some())
    });
    label && !after_number
}

/// Conjunctions that open a subordinate clause: a rise or fall verb
/// before one governs another clause.
const SUBORDINATORS: &[&str] = &["if", "unless", "because", "although", "whereas", "while"];

/// Words that open a subordinate clause only when a verb follows them
/// (`cut interest rates by 25 basis points to reach 4.10% after the bank
/// maintained interest rates at 4.35%`: the rate held before the cut did
/// not fall), and otherwise a time phrase (`growth will average 2.8 per
/// cent after a weak 0.2 per cent`: a growth rate too).
const CLAUSE_SUBORDINATORS: &[&str] = &["after", "before", "since"];

/// Pronouns that stand as a clause's subject before its finite verb.
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we"];

/// Finite verbs and past participles: a subordinate clause has one.
fn is_finite(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || [
            "is", "was", "are", "were", "has", "had", "have", "held", "kept", "stood",
        ]
        .contains(&w)
}

/// Participles that introduce the level a change reached (`, reaching
/// 18.7 percent`, `, registering 7.2 percent`, `, recording 21.5 percent`).
fn is_level_participle(w: &str) -> bool {
    matches!(w, "reaching" | "registering" | "recording")
}

/// Past a bracketed aside, read backwards from its `)`: true when its `(`
/// was reached within a few tokens and no number stood inside.
fn skip_aside<'a>(tokens: &mut impl Iterator<Item = Token<'a>>) -> bool {
    // (A word inside: `(%)` heading a table row is its unit, no aside.)
    let mut worded = false;
    for t in tokens.take(10) {
        match t.kind {
            TokenKind::Symbol('(') => return worded,
            TokenKind::Word => worded = true,
            TokenKind::Digits | TokenKind::Symbol(')') => return false,
            _ => {}
        }
    }
    false
}

/// Does the trend word `w` (read backwards from a number) govern it?
/// `up` only as a change adverb (`up 5%`, `went up to`), never in
/// `set up`/`up to`; `higher`/`lower` only as comparatives (`lower than`),
/// never as adjectives (`the higher tier`).
///
/// `linked` says whether `to` or `by` links the number to the words
/// before it.
fn governs(
    w: &str,
    at_number: bool,
    (linked_to, linked_by): (bool, bool),
    next_in_text: Option<Token>,
    before_in_text: Option<&Token>,
) -> bool {
    // `Three members had voted for a hike and three members preferred`:
    // a change noun after an article and before `and`/`or` is coordinated
    // with what follows, it governs no number.
    let article = before_in_text.is_some_and(|b| b.is("a") || b.is("an") || b.is("the"));
    if article && next_in_text.is_some_and(|n| n.is("and") || n.is("or")) {
        return false;
    }
    // `growth will slow in 2015 to 3.7%`, `slow sharply to`: a time phrase
    // or an adverb may stand between the verb and the `to` that links the
    // number.
    if matches!(w, "slow" | "moderate" | "narrow")
        && linked_to
        && next_in_text.is_some_and(|n| n.is("in") || (n.text.len() > 3 && n.text.ends_with("ly")))
    {
        return true;
    }
    if let Some(governed) = governs_by_next_word(w, at_number, next_in_text) {
        return governed;
    }
    match w {
        "up" => {
            let up_to = next_in_text.is_some_and(|n| n.is("to"));
            let moved = before_in_text.is_some_and(|b| MOVE_VERBS.iter().any(|v| b.is(v)));
            // (`highways linked up 90 counties`: a past verb not of motion
            // takes `up` as its particle.)
            let particle = before_in_text.is_some_and(|b| {
                PARTICLE_VERBS.iter().any(|v| b.is(v))
                    || (b.text.ends_with("ed") && !MOVE_VERBS.iter().any(|v| b.is(v)))
            });
            // (`up by 5.0 percent`: the change adverb before `by`.)
            let up_by = next_in_text.is_some_and(|n| n.is("by"));
            ((at_number || up_by) && !up_to && !particle) || moved
        }
        // (`slightly lower by about 0.1 percentage points`.)
        "higher" => next_in_text.is_some_and(|n| n.is("than") || n.is("by")),
        // `lower` is also a verb where one is expected or it takes an
        // object (`decided to lower the three key ECB interest rates by 25
        // basis points`), not the adjective of `the lower tier`.
        "lower" => {
            next_in_text.is_some_and(|n| n.is("than") || n.is("by"))
                || before_in_text.is_some_and(|b| VERB_CUES.iter().any(|v| b.is(v)))
                || next_in_text.is_some_and(|n| DETERMINERS.iter().any(|d| n.is(d)))
        }
        // `to double the gold loan ... to ₹4 lakh`: the verb, linked to the
        // new level; not `double taxation`.
        "double" => linked_to && before_in_text.is_some_and(|b| VERB_CUES.iter().any(|v| b.is(v))),
        // `will bring total disbursements ... to SDR 243.5 million`: the
        // level brought to; `brought in $5 billion` collects money.
        "bring" | "brings" | "brought" => linked_to,
        // `this Budget cuts the ... deficit ... by around $450 million`:
        // `cuts` is the verb only with `by` (else the noun: `the two tax
        // cuts are worth £900`).
        "cuts" => linked_by,
        // `projected to slow to 2.5%`, not `slow growth of 2%`.
        "slow" | "moderate" | "narrow" => {
            next_in_text.is_some_and(|n| n.is("to") || n.is("by") || n.is("from"))
        }
        // Right before the number only: `we added 5,200 beds`, not `gross
        // value added of 8%` or `limits added salt to ½ teaspoon`.
        "added" | "add" | "adds" | "adding" => at_number,
        "removed" | "remove" | "removes" | "removing" => at_number,
        "shedding" => at_number,

        // `inflation peaked at 10.1%`, `debt peaking at 28.7 per cent`
        "peaked" | "peaking" | "peaks" => next_in_text.is_some_and(|n| n.is("at")),
        // `raised HK$6.5 billion` collects money; `raised to`/`by` is a rise.
        "raised" | "raise" | "raising" | "raises" => !at_number,
        _ => true,
    }
}

/// The trend words that govern by the word after them (or standing right
/// at the number); `None` for the others.
fn governs_by_next_word(w: &str, at_number: bool, next_in_text: Option<Token>) -> Option<bool> {
    let next_is = |words: &[&str]| next_in_text.is_some_and(|n| words.iter().any(|x| n.is(x)));
    Some(match w {
        w if TO_OR_BY_ONLY.contains(&w) => next_is(&["to", "by"]),
        // `revised upward by 0.2 points`, `an upward revision of about 10
        // basis points`, `its upward trend to record 11.9 percent`, `a
        // downward trajectory of 0.4%`.
        "upward" | "downward" => next_is(&[
            "to",
            "by",
            "revision",
            "revisions",
            "adjustment",
            "trend",
            "path",
            "trajectory",
            "movement",
        ]),
        // `Exports advanced 16.6 percent`, `inflation advanced at a
        // manageable 6.1 per cent` (the pace of the rise), not `advanced
        // economies grew 2%`.
        "advanced" | "advancing" | "gaining" => at_number || next_is(&["by", "at"]),
        // `economies to contract 2.5%`, `contract by 1%`, not `a contract of
        // $5 million`.
        "contract" => at_number || next_is(&["by"]),
        _ => return None,
    })
}

/// Trend words read only before `to`/`by`: `the deficit to widen to
/// about 7½ percent` (not `widen 14.5 miles`), `recovered to 34 million`
/// (not `recovered for 2.1 million workers`), `the deficit deepened to 5%`,
/// `inflation cooled to 3.1%`, `debts mounted to $5 billion` (not
/// `roof-mounted`), `rallied by 4.5%` (not `rallied 10 million
/// volunteers`).
const TO_OR_BY_ONLY: &[&str] = &[
    "upwards",
    "downwards",
    "widen",
    "recovered",
    "deepened",
    "deepening",
    "deepens",
    "cooled",
    "mounted",
    "rallied",
    "rallying",
];

/// `the increase in the recurrent expenditure in these three areas will
/// exceed 40 per cent`, `an increase of GDP in Shenzhen was around 10%`:
/// past the usual reach, a change noun still governs the number when it
/// heads the subject (`in`/`of` after it) of a verb crossed on the way.
///
/// Not a rate of change (`the year-on-year rate of increase in the CPI`):
/// that is a level, like an inflation rate.
fn heads_subject(
    w: &str,
    next_in_text: Option<Token>,
    before_in_text: Option<&Token>,
    crossed_copula: bool,
) -> bool {
    let noun = CHANGE_NOUNS
        .iter()
        .any(|(n, _)| w == *n || w.strip_suffix('s') == Some(n));
    let rate_of = before_in_text.is_some_and(|b| b.is("of"));
    noun && !rate_of && crossed_copula && next_in_text.is_some_and(|n| n.is("in") || n.is("of"))
}

/// `cut its global economic growth forecast for this year to 2.9%`, `the
/// growth rate was 0.8 percentage points down from`: the noun `growth`
/// names what changed, a verb before it in its clause (`cut`,
/// `downgraded`, `lowered`) or the number's own difference right after it
/// says how. `growth` is the token found; `span` the number.
fn past_growth_noun(text: Text<'_>, growth: Token, span: Span, sentence: Span) -> Option<Trend> {
    let after = match text.next(span.end) {
        Some(t) if t.is_symbol(',') && !is_respectively_aside(text, t) => Trend::None,
        _ => trend_after(text, span, sentence),
    };
    if after != Trend::None {
        return Some(after);
    }
    let mut previous: Option<Token> = Some(growth);
    for t in text
        .before(growth.span.start, 8)
        .take_while(|t| t.span.start >= sentence.start)
    {
        if !t.is_word() {
            return None;
        }
        let named = t.text.starts_with(char::is_uppercase)
            && !super::sentence::is_sentence_start(&text, t.span.start);
        if let Some(trend) = trend_of(t.text).filter(|_| !named && !t.is("growth")) {
            return governs(t.text, false, (false, false), previous, None).then_some(trend);
        }
        previous = Some(t);
    }
    None
}

/// Words after which a word that may be an adjective is a verb (`to
/// lower`, `will double`).
#[rustfmt::skip]
const VERB_CUES: &[&str] = &[
    "to", "will", "would", "could", "should", "may", "might", "must", "can", "did", "not", "also",
    "further",
];

/// Determiners: a word that may be an adjective is a verb when one
/// follows it (`lower the rate`, `lower its forecast`).
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "our", "his", "her", "this", "these", "those",
];

/// Verbs after which `up` is a particle, not a rise (`made up 41%`).
#[rustfmt::skip]
const PARTICLE_VERBS: &[&str] = &[
    "made", "make", "makes", "making", "set", "sets", "setting", "take", "takes", "took", "taken", "taking",
    "end", "ended", "ending", "ends", "sum", "summed", "add", "adds", "added",
];

/// Verbs after which `up` means a rise (`went up`).
const MOVE_VERBS: &[&str] = &[
    "go",
    "goes",
    "went",
    "gone",
    "going",
    "moved",
    "shot",
    "gone",
    "edged",
    "crept",
    "pick",
    "picks",
    "picked",
    "picking",
    // `is being stepped up to Rs.758 crores`, `pick back up to 2%`,
    // `scaled up to`, `revised up to 3.0 per cent`.
    "step",
    "steps",
    "stepped",
    "stepping",
    "scaled",
    "ramped",
    "revised",
    "pushed",
    "back",
    // `ticked up 0.1 points`, `inched up to 3.2%`
    "ticked",
    "inched",
    "nudged",
    "bumped",
    "jumped",
    "climbed",
    "trended",
    "ratcheted",
    "headed",
    // `speed up to 5.7 percent in 2026-27`
    "speed",
    "speeds",
    "sped",
    "speeding",
    "moved",
    "crept",
    "spiked",
    "closed",
    "finished",
    "traded",
];

/// Words that may sit between a linking `by`/`to` and the number, beside
/// the bound words (`by as much as`, `to no less than`).
const QUALIFIER_WORDS: &[&str] = &[
    "as", "much", "many", "more", "than", "at", "least", "up", "no", "less", "another", "a", "an",
    "the", "further", "just", "only", "close",
];

fn is_qualifier_word(word: &str) -> bool {
    is_bound_word(word) || QUALIFIER_WORDS.iter().any(|q| word.eq_ignore_ascii_case(q))
}

/// Is the number named a growth rate, so that its sign says rise or fall:
/// `growth was minus 0.4 percent`, `the growth rate of GDP was -1.2%`,
/// `-0.3% growth`, `-0,3% q/q`? (`growth` among the few words before it
/// in its clause, or a growth noun or change mark right after it.)
pub fn is_growth_rate(text: Text<'_>, span: Span) -> bool {
    let before = text
        .before(span.start, 6)
        .take_while(|t| !t.is_symbol(',') && !t.is_symbol(';'))
        .any(|t| t.is("growth"));
    let after: Window<3> = text.after(span.end, 3).collect();
    let marked = GROWTH_MARKS.iter().any(|mark| phrase_after(&after, mark));
    before || marked || change_noun_is(text, span.end, "growth")
}

/// Is the number the level a change reached: `to` right before it, past
/// the bound words (`increased to -0.4%`, `rose to about 3%`)?
pub fn is_level_reached(text: Text<'_>, span: Span) -> bool {
    text.before(span.start, 4)
        .find(|t| t.is_word() && !is_qualifier_word(t.text))
        .is_some_and(|t| t.is("to") && t.span.end <= span.start)
}

/// The trend stated by the words right after the number (`a 2.9%
/// increase`, `14.0% lower than`), not by a verb before it.
/// Does `, respectively,` open at the comma `comma`?
fn is_respectively_aside(text: Text<'_>, comma: Token) -> bool {
    let mut after = text.after(comma.span.end, 2);
    after.next().is_some_and(|t| t.is("respectively"))
        && after.next().is_some_and(|t| t.is_symbol(','))
}

pub fn trend_stated_after(text: Text<'_>, span: Span) -> Trend {
    if let Some(trend) = change_noun_after(text, span.end) {
        return trend;
    }
    let sentence = Span::new(span.start, text.len());
    trend_after(text, span, sentence)
}

fn trend_after(text: Text<'_>, span: Span, sentence: Span) -> Trend {
    let at = past_per_unit(text, past_restatement(text, span.end, sentence));
    let (table, at) = match text.next(at) {
        // (`4.1%, slightly higher than for April to June`: past a degree
        // adverb.)
        Some(t) if t.is_symbol(',') => match text.next(t.span.end) {
            Some(a) if DEGREE_ADVERBS.iter().any(|w| a.is(w)) => (TREND_AFTER_COMMA, a.span.end),
            // (`1.6 percentage points, respectively, lower than`: past the
            // aside, the comparative is read as right after the number.)
            Some(a) if is_respectively_aside(text, t) => (TREND_AFTER, a.span.end + 1),
            _ => (TREND_AFTER_COMMA, t.span.end),
        },
        _ => (TREND_AFTER, at),
    };
    let after: Window<4> = text
        .after(at, 4)
        .take_while(|t| t.span.end <= sentence.end)
        .collect();
    // `The trade surplus, which is about 35 billion US dollars, expanded
    // by 70.3 percent`, `the unemployment rate, 3.9 percent, declined in
    // September`: after a comma, the verb whose subject the number
    // restates.
    if std::ptr::eq(table, TREND_AFTER_COMMA)
        && let Some(trend) = comma_verb(&after)
    {
        return trend;
    }
    // `180,000 people higher than anticipated`: a counted noun may stand
    // between the number and its comparative.
    if std::ptr::eq(table, TREND_AFTER)
        && let [noun, comparative, than, ..] = after.as_slice()
        && noun.is_word()
        && noun.text.chars().all(|c| c.is_ascii_lowercase())
        && text
            .get(span.end..noun.span.start)
            .is_some_and(|gap| gap.trim().is_empty())
        && !COUNTED_NOT_NOUNS.iter().any(|w| noun.is(w))
        && than.is("than")
    {
        for (word, trend) in COUNTED_COMPARATIVES {
            if comparative.is(word) {
                return *trend;
            }
        }
    }
    if std::ptr::eq(table, TREND_AFTER) && GROWTH_MARKS.iter().any(|m| phrase_after(&after, m)) {
        return Trend::Up;
    }
    if std::ptr::eq(table, TREND_AFTER)
        && let Some(trend) = level_against_earlier(text, at)
    {
        return trend;
    }
    for (phrase, trend) in table {
        // `up to` after a number is a range end, not a rise.
        let up_to = phrase == &["up"] && phrase_after(&after, &["up", "to"]);
        // `100,000 lower-wage workers`: a compound adjective, no trend.
        let compound = after
            .get(phrase.len())
            .is_some_and(|t| t.is_symbol('-') && t.span.start == after[phrase.len() - 1].span.end);
        if phrase_after(&after, phrase) && !up_to && !compound {
            return *trend;
        }
    }
    Trend::None
}

/// `6.3 per cent was above the 5.1 per cent at October 2023`: a level
/// compared, after a copula, with the level at an earlier date (a month
/// or a year after the second number) rose or fell to it; against a
/// target or a peak without a date (`was above the 2 per cent target`)
/// it states no change.
fn level_against_earlier(text: Text<'_>, at: usize) -> Option<Trend> {
    let after: Window<12> = text.after(at, 12).collect();
    let [copula, comparative, rest @ ..] = after.as_slice() else {
        return None;
    };
    if !LEVEL_COPULAS.iter().any(|w| copula.is(w)) {
        return None;
    }
    let (trend, rest) = match (Lower::of(comparative.text).as_str(), rest) {
        ("above", [the, rest @ ..]) if the.is("the") => (Trend::Up, rest),
        ("below", [the, rest @ ..]) if the.is("the") => (Trend::Down, rest),
        ("higher", [than, the, rest @ ..]) if than.is("than") && the.is("the") => (Trend::Up, rest),
        ("lower", [than, the, rest @ ..]) if than.is("than") && the.is("the") => {
            (Trend::Down, rest)
        }
        _ => return None,
    };
    // The base: digits right after `the`, then `at`/`in` and a date within
    // a few tokens (its unit between).
    if !rest.first().is_some_and(|t| t.kind == TokenKind::Digits) {
        return None;
    }
    let dated = rest.windows(2).take(6).any(|pair| {
        let year = pair[1].kind == TokenKind::Digits
            && pair[1].text.len() == 4
            && pair[1].text.starts_with(['1', '2']);
        (pair[0].is("at") || pair[0].is("in"))
            && (is_month_lower(&pair[1].text.to_ascii_lowercase()) || year)
    });
    dated.then_some(trend)
}

/// A past-tense rise or fall verb opening the words after a comma, with
/// what follows a change verb (`by`, `in`, an adverb), and its trend.
fn comma_verb(after: &[Token]) -> Option<Trend> {
    let [verb, next, ..] = after else {
        return None;
    };
    let past = verb.text.ends_with("ed")
        || ["rose", "fell", "grew", "shrank", "sank", "slid"]
            .iter()
            .any(|w| verb.is(w));
    // (`raised` collects money, `added`/`removed` count only right before
    // their number.)
    let own_rule = ["raised", "added", "removed", "brought"]
        .iter()
        .any(|w| verb.is(w));
    let follows = next.is_symbol('.')
        || [
            "by",
            "in",
            "sharply",
            "slightly",
            "significantly",
            "strongly",
            "markedly",
            "further",
            "year",
        ]
        .iter()
        .any(|w| next.is(w));
    let lowercase = verb.text.starts_with(|c: char| c.is_ascii_lowercase());
    if past && !own_rule && follows && lowercase {
        trend_of(verb.text)
    } else {
        None
    }
}

/// `24 cents/gal lower than in August`, `8 cents per gallon less than`,
/// `US$78.80 a tonne`: past the unit a price or rate is given per, to
/// the words that state its trend. Otherwise `pos` itself.
fn past_per_unit(text: Text<'_>, pos: usize) -> usize {
    let mut after = text.after(pos, 2);
    match (after.next(), after.next()) {
        (Some(per), Some(unit))
            if (per.is_symbol('/') || per.is("per") || per.is("a") || per.is("an"))
                && unit.is_word()
                && trend_of(unit.text).is_none()
                && change_noun(unit.text).is_none()
                && !TREND_AFTER
                    .iter()
                    .any(|(p, _)| p.len() == 1 && unit.is(p[0])) =>
        {
            unit.span.end
        }
        _ => pos,
    }
}

/// `10.1 percent higher than the PHP 5.768 trillion budget for 2024`: the
/// base a comparison is made against; the comparative belongs to the
/// difference before it.
pub fn is_comparison_base(text: Text<'_>, span: Span) -> bool {
    let comparative = |t: &Token| {
        ["higher", "lower", "larger", "smaller", "greater", "bigger"]
            .iter()
            .any(|w| t.is(w))
    };
    let mut before = text.before(span.start, 3).peekable();
    if before.peek().is_some_and(|t| t.is("the")) {
        before.next();
    }
    if before.next().is_some_and(|t| t.is("than")) && before.next().is_some_and(|t| comparative(&t))
    {
        return true;
    }
    if is_bracketed_base(text, span) {
        return true;
    }
    // `lower than the baseline estimate of $1.73 trillion`, `compared to
    // Kshs.41.40 billion realised in FY 2023/24`: the base named after
    // `than` or `compared to/with`, up to a few words and `of` before it.
    // (`a 0.7 per cent reduction compared to a 6.3 per cent deficit`: an
    // article may stand before the base.)
    let window: Window<10> = text.before(span.start, 10).collect();
    let article = window
        .first()
        .is_some_and(|t| t.is("a") || t.is("an") || t.is("the"));
    let before = &window[usize::from(article)..];
    let words_to_of = if before.first().is_some_and(|t| t.is("of")) {
        before
            .iter()
            .skip(1)
            .take_while(|t| {
                t.is_word()
                    && !["than", "to", "with", "from", "by", "of"]
                        .iter()
                        .any(|w| t.is(w))
            })
            .count()
            + 1
    } else {
        0
    };
    let (Some(link), Some(head)) = (before.get(words_to_of), before.get(words_to_of + 1)) else {
        return false;
    };
    let compared = (link.is("to") || link.is("with"))
        && (head.is("compared") || head.is("relative") || head.is("comparison"));
    let than = link.is("than") && comparative(head);
    // (`higher than the national growth rate of 7.6 per cent`: a growth
    // rate is a rise of its own.)
    let growth = before[..words_to_of]
        .iter()
        .any(|t| trend_of(t.text).is_some());
    (words_to_of <= 6) && (compared || than) && !growth
}

/// `higher than for a year earlier (75.0%)`, `lower than a year ago
/// (4.3%)`: the base of a comparison given in brackets after the time it
/// is compared with. The comparative is the level's, before the bracket.
fn is_bracketed_base(text: Text<'_>, span: Span) -> bool {
    let mut before = text.before(span.start, 9);
    if !before.next().is_some_and(|t| t.is_symbol('(')) {
        return false;
    }
    let words: Vec<Token> = before.take_while(|t| t.is_word()).collect();
    let Some(than) = words.iter().position(|t| t.is("than")) else {
        return false;
    };
    // (A time: `than for a year earlier`, `than a year ago`, `than in
    // June`; or the figure compared with, named right before the bracket:
    // `lower than the estimated figure (5.5 percent)`, but not a growth
    // rate, a rise of its own: `higher than the growth target (5%)`.)
    let timed = words[..than].iter().any(|t| {
        ["earlier", "ago", "before", "previously", "last", "previous"]
            .iter()
            .any(|w| t.is(w))
    });
    let figure = than > 0
        && than <= 4
        && words[..than]
            .last()
            .is_some_and(|t| ["the", "its", "their"].iter().any(|w| t.is(w)))
        && !words[..than].iter().any(|t| trend_of(t.text).is_some());
    (timed || figure)
        && words.get(than + 1).is_some_and(|t| {
            [
                "higher", "lower", "larger", "smaller", "greater", "bigger", "more", "less",
                "fewer",
            ]
            .iter()
            .any(|w| t.is(w))
        })
}

/// `trucks (+6.6%)`: a plus sign written before a number marks a rise.
pub fn is_plus_signed(text: Text<'_>, span: Span) -> bool {
    text[..span.start].ends_with('+') || text[span.start..].starts_with('+')
}

/// `fell in 13 of the 18 sectors`: a part counted against a whole says
/// where the change happened, it did not rise or fall itself. Also the
/// whole after `of the`.
fn is_part_of_whole(text: Text<'_>, span: Span) -> bool {
    // (`policy rates were increased in 102 of these meetings`.)
    let mut after = text.after(span.end, 3);
    if after.next().is_some_and(|t| t.is("of"))
        && after.next().is_some_and(|t| t.is("these") || t.is("those"))
        && after.next().is_some_and(|t| t.is_word())
        && text[span.start..span.end]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',')
    {
        return true;
    }
    // (`13 of the 18`, `four of the eight states`)
    let number = |t: Token| {
        t.kind == TokenKind::Digits
            || (t.is_word() && super::number::read(&text, t.span.start, false).is_some())
    };
    let mut after = text.after(span.end, 3);
    let part = after.next().is_some_and(|t| t.is("of"))
        && after.next().is_some_and(|t| t.is("the"))
        && after.next().is_some_and(number);
    let mut before = text.before(span.start, 3);
    let whole = before.next().is_some_and(|t| t.is("the"))
        && before.next().is_some_and(|t| t.is("of"))
        && before.next().is_some_and(number);
    part || whole
}

/// `168 out of 242 clusters`: the whole a part is counted against; it
/// takes no trend of the clause.
pub fn is_whole_of_part(text: Text<'_>, span: Span) -> bool {
    let mut before = text.before(span.start, 2);
    before.next().is_some_and(|t| t.is("of")) && before.next().is_some_and(|t| t.is("out"))
}

/// Past a parenthetical restatement after a number: `12.2 per cent (or
/// $89.3 billion) higher than` reads on after the `)`, and so does the
/// `$89.3 billion` inside it. Otherwise `pos` itself.
pub fn past_restatement(text: Text<'_>, pos: usize, sentence: Span) -> usize {
    let mut tokens = text
        .after(pos, 12)
        .take_while(|t| t.span.end <= sentence.end);
    match tokens.next() {
        Some(t) if t.is_symbol(')') => t.span.end,
        Some(t) if t.is_symbol('(') => tokens
            .take_while(|t| !t.is_symbol('('))
            .find(|t| t.is_symbol(')'))
            .map_or(pos, |t| t.span.end),
        _ => pos,
    }
}

/// Is the claim at `span` a later item of a listed origin (`from Rs 150,
/// 250, 500 to Rs 300, 500 and Rs 1,000`: 250 and 500)? Walks back over
/// `, N` and `and N` items (a currency or a scale word may stand before a
/// number) to the `from` of the first.
pub fn is_listed_origin(text: Text<'_>, span: Span) -> bool {
    let mut tokens = text.before(span.start, 40).peekable();
    let mut items = 0;
    while let Some(separator) = tokens.next() {
        if !(separator.is_symbol(',') || separator.is("and")) {
            return false;
        }
        tokens.next_if(|t| separator.is_symbol(',') && t.is("and"));
        // The item: digits (with groups or decimals), a currency or scale
        // word before them.
        let mut digits = false;
        while let Some(t) = tokens.next_if(|t| {
            t.kind == TokenKind::Digits
                || (digits && (t.is_symbol('.') || t.is_symbol('$')))
                || (digits && t.is_word() && t.text.len() <= 3)
        }) {
            digits |= t.kind == TokenKind::Digits;
        }
        if !digits {
            return false;
        }
        items += 1;
        if tokens.peek().is_some_and(|t| t.is("from")) {
            return items <= 6;
        }
    }
    false
}

/// Is the claim at `span` the start of a change `from X to Y` (or the old
/// value in `to Y from X`)? Its trend is then empty: the change belongs to
/// the new value.
pub fn is_change_origin(text: Text<'_>, span: Span) -> bool {
    if is_bracketed_pair_origin(text, span) {
        return true;
    }
    let mut before = text.before(span.start, 7);
    let mut fillers = 0;
    let from = before.find(|t| {
        fillers += 1;
        !is_origin_filler(t)
    });
    if fillers <= 6 && from.is_some_and(|t| t.is("from")) {
        // `ranged from 1.2 per cent for Mining to 2.7 per cent`: the low
        // end of a range of values, no old value.
        return !before
            .next()
            .is_some_and(|t| trend::RANGE_WORDS.iter().any(|w| t.is(w)));
    }
    // `has more than halved since its peak of 7.8 per cent`, `a drop from
    // its peak of 8.1%`: the peak a change started from.
    let mut fillers = text.before(span.start, 6).peekable();
    let mut peak = false;
    while let Some(t) = fillers.next_if(|t| is_origin_filler(t) || t.is("its") || t.is("their")) {
        peak |= ["peak", "high", "record"].iter().any(|w| t.is(w));
    }
    if peak
        && fillers
            .next()
            .is_some_and(|t| t.is("since") || t.is("from"))
    {
        return true;
    }
    // `fallen from its June 2022 peak of 8.1 per cent to 2.9 per cent`,
    // `decline from an average of 4.8 per cent in 2023 to 4.5 per cent`:
    // a noun phrase ending in `of` between `from` and the old value.
    let mut before = text.before(span.start, 8);
    before.next().is_some_and(|t| t.is("of"))
        && before
            .take_while(|t| t.is_word() || t.kind == TokenKind::Digits)
            .any(|t| t.is("from"))
}

/// `the largest decreases were observed in Spain (24.0% to 21.6%)`: a
/// bracketed pair `(X to Y)` in a clause that states a change is the old
/// value and the new, as `from X to Y` is; the new takes the change's
/// sense from the values (`change_trend`).
pub fn is_bracketed_pair_origin(text: Text<'_>, span: Span) -> bool {
    // (After a name, `Spain (`; a bracket after a number restates it:
    // `rose by between $56 and $215 (2.3% to 7.2%)` is a range.)
    let mut before = text.before(span.start, 2);
    let opened = before.next().is_some_and(|t| t.is_symbol('('))
        && before.next().is_some_and(|t| t.is_word());
    // (Each value with its unit, `24.0% to 21.6%`; `women (25 to 54
    // years)` is a range of ages.)
    let unit_written = text
        .get(span.start..span.end)
        .is_some_and(|s| !s.ends_with(|c: char| c.is_ascii_digit()));
    let mut after = text.after(span.end, 8);
    let to = unit_written && after.next().is_some_and(|t| t.is("to"));
    let closed = after
        .take_while(|t| !t.is_symbol('('))
        .any(|t| t.is_symbol(')'));
    opened && to && closed && states_change(text, span.start)
}

/// Verbs that make `from X to Y` a change even though they are not rise or
/// fall words themselves (`extend the period from five years to eight`).
#[rustfmt::skip]
const CHANGE_VERBS: &[&str] = &[
    "extend", "extended", "extending", "adjust", "adjusted", "adjusting", "revise", "revised", "revising",
    "change", "changed", "changing", "move", "moved", "went", "go", "lift", "lifted", "raise", "raised",
    "improved", "improve", "improves", "improving", "worsened", "worsen", "worsens", "worsening",
];

/// May this token stand between `from` and the old value (`from the
/// current`, `from a peak of`)?
pub fn is_origin_filler(t: &Token) -> bool {
    // (`from +336,000 to +264,000`: the old value's sign.)
    t.is_symbol('+') || (t.is_word() && is_origin_filler_word(t.text))
}

/// [`is_origin_filler`] for a word already split out (any case).
pub fn is_origin_filler_word(word: &str) -> bool {
    is_bound_word(word) || ORIGIN_FILLERS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Words that may stand between `from` and the old value, beside the
/// bound words (`from the current`, `from a peak of`).
const ORIGIN_FILLERS: &[&str] = &[
    "the",
    // `from the expected 5.8 per cent of GDP`
    "expected",
    "projected",
    "forecast",
    "current",
    "existing",
    "present",
    "a",
    "peak",
    "high",
    "low",
    "of",
    "record",
    "level",
    "an",
    "annual",
    "average",
    "initial",
    "estimated",
    // `up from a revised 2.47 trillion shillings`
    "revised",
    // `rising from less than €1 billion in 2008 to more than €120 billion`
    "less",
    "more",
    "fewer",
    "than",
    "under",
    "just",
];
/// Does a rise, fall or change verb come before `pos` in its clause? Then
/// `from X to Y` after it is a change (`raise the ceiling from $5 million
/// to $6 million`); without one it is a range (`bands of AV from $8,000 to
/// $100,000`).
pub fn states_change(text: Text<'_>, pos: usize) -> bool {
    // (The full stop of an abbreviation ends no clause: `increased by Rs.
    // 15,750, from Rs. 24,250 to Rs. 40,000`.)
    let abbreviated = |t: &Token| {
        text.prev(t.span.start).is_some_and(|w| {
            w.is_word() && w.span.end == t.span.start && super::sentence::is_abbreviation(w.text)
        })
    };
    // (40 tokens: a second `from X to Y` in a coordinated clause, `raise
    // the income cap from $1,900 to $2,300 per household, and the
    // per-capita cap from $650 to $800`.)
    text.before(pos, 40)
        .take_while(|t| match t.kind {
            TokenKind::Symbol(';' | '!' | '?' | ':') => false,
            // (Nor does a decimal point: `by 0.25 point, from 4.5 to 4.25`.)
            TokenKind::Symbol('.') => {
                abbreviated(t) || text[t.span.end..].starts_with(|c: char| c.is_ascii_digit())
            }
            _ => true,
        })
        .any(|t| {
            t.is_word() && (trend_of(t.text).is_some() || CHANGE_VERBS.iter().any(|v| t.is(v)))
        })
}

/// The trend of the new value in `from X to Y`, if a rise or fall word
/// governs the clause: up when Y > X, down when Y < X.
pub fn change_trend(
    text: Text<'_>,
    origin: Span,
    new: Span,
    origin_value: rust_decimal::Decimal,
    value: rust_decimal::Decimal,
    sentence: Span,
) -> Option<Trend> {
    // `eased to 4.7 percent from 5.6 percent, and slightly lower compared
    // to the 4.8 percent a year earlier`: the base of a comparison is no
    // level the change reached, though a `to` stands before it.
    if is_comparison_base(text, new) {
        return None;
    }
    // (Eight tokens, not counting a bracket: `from 6.9 million tonnes of
    // SO2 equivalent (SO2e) in 1990 to 2.0 million tonnes`.)
    let mut depth = 0usize;
    let mut comma = false;
    let linked = text
        .after(origin.end, 16)
        .filter(|t| {
            if t.is_symbol('(') {
                depth += 1;
            } else if t.is_symbol(')') {
                depth = depth.saturating_sub(1);
                return false;
            }
            depth == 0
        })
        // (Ten without a comma: `from the expected 5.8 per cent of GDP in
        // the FY 2022/23 to 3.6 per cent`.)
        .take(10)
        .enumerate()
        .any(|(i, t)| {
            comma |= t.is_symbol(',') || t.is_symbol(';');
            t.is("to") && (i < 8 || !comma)
        })
        && text
            .before(new.start, 5)
            .find(|t| {
                t.is("to")
                    // (`from +336,000 to +264,000`: a sign.)
                    || !(is_qualifier_word(t.text)
                        || t.is_symbol('+')
                        || [
                            "estimated",
                            "expected",
                            "projected",
                            // (`to just under 1% next year`)
                            "under",
                            "below",
                            "record",
                            "new",
                            "annual",
                            "average",
                        ]
                        .iter()
                        .any(|w| t.is(w)))
            })
            .is_some_and(|t| t.is("to"));
    let bracketed_fall = value < origin_value && opens_bracketed_from(text, origin);
    let changed = bracketed_fall
        || trend_before(text, origin, sentence) != Trend::None
        || states_change(text, origin.start);
    if !linked || !changed {
        return None;
    }
    Some(match value.cmp(&origin_value) {
        std::cmp::Ordering::Greater => Trend::Up,
        std::cmp::Ordering::Less => Trend::Down,
        std::cmp::Ordering::Equal => Trend::None,
    })
}

/// Does `(from` stand right before `origin`? (`The largest decreases were
/// registered in Greece (from 19.1% to 16.9% ...), Cyprus (...) and
/// Estonia (from 5.3% to 3.9%)`: a bracketed `from X to Y` that falls is
/// a change however far its verb; a range runs upwards.)
fn opens_bracketed_from(text: Text<'_>, origin: Span) -> bool {
    let mut before = text.before(origin.start, 2);
    before.next().is_some_and(|t| t.is("from")) && before.next().is_some_and(|t| t.is_symbol('('))
}

/// A short noun phrase saying what the number is about.
pub fn subject(text: Text<'_>, span: Span, kind: Kind, sentence: Span) -> Option<Span> {
    let mut after = text
        .after(span.end, 2)
        .filter(|t| t.span.end <= sentence.end);
    let next = after.next();
    // `62% of these parks`, `58,000 mu of cropland`
    if next.is_some_and(|t| t.is("of")) {
        let of_end = next.map_or(span.end, |t| t.span.end);
        if let Some(found) = phrase_forward(text, of_end, sentence, true) {
            return Some(found);
        }
    }
    if kind == Kind::Count
        && let Some(found) = phrase_forward(text, span.end, sentence, false)
    {
        return Some(found);
    }
    let found = phrase_backward(text, span.start, sentence)?;
    Some(head_of(text, found, sentence))
}

/// Prepositions whose object is not what a number is about: `Forest
/// coverage in the county climbed to 67.3%` is about forest coverage.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "for", "along", "across", "at", "on", "under", "within", "among",
];

/// The head of a noun phrase found right before a number: past a place
/// preposition to the phrase before it, and with an `of` chain (`share of
/// clean energy`).
fn head_of(text: Text<'_>, found: Span, sentence: Span) -> Span {
    let mut phrase = found;
    for _ in 0..3 {
        let before = text.before(phrase.start, 3).find(|t| {
            !["the", "its", "their", "our", "a", "an", "this", "these"]
                .iter()
                .any(|d| t.is(d))
        });
        let Some(link) = before.filter(|t| t.span.start >= sentence.start) else {
            break;
        };
        let Some(previous) = phrase_backward(text, link.span.start, sentence)
            .filter(|p| text[p.end..link.span.start].trim().is_empty())
        else {
            break;
        };
        if PLACE_PREPOSITIONS.iter().any(|p| link.is(p)) {
            phrase = previous;
        } else if link.is("of") {
            phrase = Span::new(previous.start, phrase.end);
        } else {
            break;
        }
    }
    phrase
}

static STOP_INDEX: LazyLock<WordTable<()>> = LazyLock::new(|| {
    let scales = SCALE_NAMES.iter().map(|&(w, _)| w);
    let words = STOP_WORDS.iter().chain(BOUND_WORDS).copied().chain(scales);
    WordTable::new(words.map(|w| (w, ())))
});

fn is_stop(t: &Token) -> bool {
    let noun = || NOUN_TREND_WORDS.iter().any(|w| t.is(w));
    !t.is_word() || STOP_INDEX.contains(t.text) || (TREND_INDEX.contains(t.text) && !noun())
}

/// Trend words that are mostly nouns or adjectives and stay in a subject
/// (`the two tax cuts`, `the value of technology contract transactions`,
/// `price peaks`): their verb reading needs its
/// context (`by` or the number right after, see [`governs`]).
/// (`advanced economies`, `floor-mounted solar capacity`.)
const NOUN_TREND_WORDS: &[&str] = &["cuts", "contract", "peaks", "advanced", "mounted"];

/// Up to four words after `pos`, skipping leading determiners if
/// `skip_determiners`, stopping at a function word or punctuation.
fn phrase_forward(
    text: Text<'_>,
    pos: usize,
    sentence: Span,
    skip_determiners: bool,
) -> Option<Span> {
    let mut start = None;
    let mut end = pos;
    let mut words = 0;
    for t in text.after(pos, 12) {
        if t.span.end > sentence.end {
            break;
        }
        if start.is_none()
            && skip_determiners
            && [
                "the", "these", "those", "its", "our", "their", "all", "a", "an",
            ]
            .iter()
            .any(|w| t.is(w))
        {
            continue;
        }
        // `36 new environmental permits`: adjectives open the phrase.
        if start.is_none()
            && ["new", "additional", "more", "other", "further"]
                .iter()
                .any(|w| t.is(w))
        {
            start = Some(t.span.start);
            end = t.span.end;
            continue;
        }
        // Hyphenated words stay whole: `Beijing-bound`, `low-income`.
        if t.is_symbol('-') && start.is_some() && t.span.start == end {
            end = t.span.end;
            continue;
        }
        if is_stop(&t) {
            break;
        }
        start.get_or_insert(t.span.start);
        end = t.span.end;
        words += 1;
        if words == 4 {
            break;
        }
    }
    start
        .map(|s| Span::new(s, end))
        .filter(|s| !text[s.start..s.end].ends_with('-'))
}

/// Up to four words before `pos`, skipping the verb and link words right
/// before the number (`sewage disposal rate climbed to 97.3%`).
fn phrase_backward(text: Text<'_>, pos: usize, sentence: Span) -> Option<Span> {
    let mut start = pos;
    let mut end = None;
    let mut words = 0;
    for t in text.before(pos, 12) {
        if t.span.start < sentence.start {
            break;
        }
        let stop = is_stop(&t);
        if end.is_none() {
            let skippable =
                t.is_word() && (stop || t.text.ends_with("ed") || t.text.ends_with("ing"));
            if skippable || t.kind == TokenKind::Digits || t.is_symbol('%') {
                continue;
            }
            if !t.is_word() {
                return None;
            }
        }
        if t.is_symbol('-') && end.is_some() && t.span.end == start {
            start = t.span.start;
            continue;
        }
        if stop || t.text.ends_with("'s") || t.text.ends_with("’s") {
            break;
        }
        end.get_or_insert(t.span.end);
        start = t.span.start;
        words += 1;
        if words == 4 {
            break;
        }
    }
    end.map(|e| Span::new(start, e))
        .filter(|s| !text[s.start..s.end].starts_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trends(text: &str) -> Vec<(String, Trend)> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| (c.span.text(text).to_string(), c.trend))
            .collect()
    }

    fn qualifiers(text: &str) -> Vec<(String, Qualifier)> {
        crate::extract::extract(text)
            .claims
            .iter()
            .map(|c| (c.span.text(text).to_string(), c.qualifier))
            .collect()
    }

    fn trend_words(text: &str) -> Vec<String> {
        trends(text)
            .into_iter()
            .map(|(t, trend)| format!("{t} {}", trend.as_str()))
            .collect()
    }

    #[test]
    fn slowing_past_a_time_phrase_or_an_adverb_and_speeding_up_to() {
        let t = |s: &str| trends(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
        assert_eq!(t("Growth will slow in 2015 to 3.7%."), [Trend::Down]);
        assert_eq!(t("Growth will slow sharply to 3.7%."), [Trend::Down]);
        assert_eq!(t("It is expected to speed up to 5.7 percent."), [Trend::Up]);
        assert_eq!(
            qualifiers("It is expected to speed up to 5.7 percent."),
            [("5.7 percent".to_string(), Qualifier::Exact)]
        );
    }

    #[test]
    fn a_comparative_after_respectively_between_commas() {
        assert_eq!(
            trends("The growth rates were 0.5 points and 1.6 percentage points, respectively, lower than last year.")
                .last()
                .map(|(_, t)| *t),
            Some(Trend::Down)
        );
    }

    #[test]
    fn a_growth_rate_takes_its_trend_from_its_sign() {
        assert_eq!(
            trend_words("Export growth was -3.5% in the first quarter."),
            ["-3.5% down"]
        );
        assert_eq!(
            trend_words("The growth rate of GDP was -1.2% in 2020 and 0.4% in 2021."),
            ["-1.2% down", "0.4% up"]
        );
        assert_eq!(
            trend_words("GDP: -0.3% q/q and 0.7% y/y, and 1.1% yoy in the year."),
            ["-0.3% down", "0.7% up", "1.1% up"]
        );
        // A rise word that does not name the number a growth rate says
        // nothing of a negative number.
        assert_eq!(
            trend_words("Lifting Up Every Generation -1.4 -2.0"),
            ["-1.4 ", "-2.0 "]
        );
    }

    #[test]
    fn a_signed_old_value_is_still_the_base_of_a_change() {
        assert_eq!(
            trend_words("November was revised down by 72,000, from +336,000 to +264,000."),
            ["72,000 down", "336,000 ", "264,000 down"]
        );
    }

    #[test]
    fn each_member_of_a_by_list_changes_as_the_first() {
        assert_eq!(
            trend_words(
                "Prices fell for fuel by 2.1%; fruit, nuts, and vegetables by 1.3%; \
                 and clothing by 0.5%."
            ),
            ["2.1% down", "1.3% down", "0.5% down"]
        );
        // (A member with a verb of its own is a clause of its own.)
        assert_eq!(
            trend_words("Prices fell for fuel by 2.1%; rents rose by 1.3%."),
            ["2.1% down", "1.3% up"]
        );
        // (`to` as well, a list member opened by a bare `and`.)
        assert_eq!(
            trend_words(
                "The Board decided to lower the cash rate target to 4.10 per cent and the \
                 interest rate paid on Exchange Settlement balances to 4 per cent."
            ),
            ["4.10 per cent down", "4 per cent down"]
        );
        // (Nor is a number after `by` that follows no change by a number.)
        assert_eq!(
            trend_words("The plan, 12 pages long; bread by 3%."),
            ["12 ", "3% "]
        );
    }

    #[test]
    fn direction_nouns_period_ends_and_shares_contributed() {
        assert_eq!(
            trend_words(
                "The industrial sector experienced a downward trajectory of 0.4% during the period."
            ),
            ["0.4% down"]
        );
        assert_eq!(
            trend_words(
                "Inflation accelerated by 23bps last month to close the year at 15.63 percent."
            ),
            ["23bps up", "15.63 percent up"]
        );
        // A share contributed is no change.
        assert_eq!(
            trend_words(
                "The fishery sector soared by 2.52%, thereby contributing 8.85% to overall growth."
            ),
            ["2.52% up", "8.85% "]
        );
        assert_eq!(
            trend_words(
                "Sectors expanded by 2.98 percent, 6.28 percent, 6.12 percent, contributing 6.09 percent, 41.68 percent, and 52.23 percent to growth, respectively."
            ),
            [
                "2.98 percent up",
                "6.28 percent up",
                "6.12 percent up",
                "6.09 percent ",
                "41.68 percent ",
                "52.23 percent "
            ]
        );
        assert_eq!(
            trend_words("GDP growth rose and the contribution was 5.47 percent of industry."),
            ["5.47 percent "]
        );
    }

    #[test]
    fn growth_after_the_number_names_its_change() {
        assert_eq!(
            trend_words("We achieved 7.1 percent GDP growth."),
            ["7.1 percent up"]
        );
        assert_eq!(
            trend_words("It reached 5.82 percent [provisional] growth."),
            ["5.82 percent up"]
        );
        // (Sectors that reported growth are no rise; nor is a table cell
        // before the next row's label.)
        assert_eq!(
            trend_words("Of the 40 sectors, 28 reported growth."),
            ["40 ", "28 "]
        );
        assert!(is_noun_modifier("GDP"));
        assert!(is_noun_modifier("annualised"));
        assert!(!is_noun_modifier("reported"));
        assert!(!is_noun_modifier("Export"));
    }

    #[test]
    fn beefed_up_is_a_rise_and_beef_a_noun() {
        assert_eq!(
            trend_words("We have beefed up the budget for the Commission to $565,000."),
            ["$565,000 up"]
        );
        assert_eq!(
            trend_words("Beef exports were 5,000 tonnes."),
            ["5,000 tonnes "]
        );
    }

    #[test]
    fn verbs_that_are_also_adjectives_or_nouns() {
        assert_eq!(
            trend_words("The Council decided to lower the two main rates by 50 basis points."),
            ["50 basis points down"]
        );
        assert_eq!(
            trend_words("The deficit is set to widen to about 4½ percent of GDP."),
            ["4½ percent up"]
        );
        assert_eq!(
            trend_words("Both economies may contract 1.5% this year."),
            ["1.5% down"]
        );
        assert_eq!(
            trend_words("The bank will double the loan limit for farmers to ₹3 lakh."),
            ["double up", "₹3 lakh up"]
        );
        assert_eq!(
            trend_words(
                "This Budget cuts the deficit left by the last government by around $300 million."
            ),
            ["$300 million down"]
        );
        assert_eq!(trend_words("The two tax cuts are worth £900."), ["£900 "]);
        assert_eq!(
            trend_words("Debt is peaking at 31.5 per cent of GDP."),
            ["31.5 per cent up"]
        );
        // `bring` an average or a target to a level sets it; a total
        // brought to a level rose.
        assert_eq!(
            trend_words("The measures will bring the average to 4.5 per cent."),
            ["4.5 per cent "]
        );
        assert_eq!(
            trend_words("This brought the year-to-date average inflation to 4.1 percent."),
            ["4.1 percent "]
        );
        assert_eq!(
            trend_words("The new loans will bring the total to 7,849."),
            ["7,849 up"]
        );
        // `bring ... back to` returns from either side.
        assert_eq!(
            trend_words("Policy will bring inflation back to 2% in time."),
            ["2% "]
        );
    }

    #[test]
    fn market_report_verbs_of_a_rise() {
        for verb in [
            "advanced",
            "leapt",
            "skyrocketed",
            "spiked",
            "swelled",
            "ballooned",
            "firmed",
        ] {
            assert_eq!(
                trend_words(&format!("Exports {verb} 16.6 percent in March.")),
                ["16.6 percent up"],
                "{verb}"
            );
        }
        assert_eq!(trend_words("Shares kept gaining 2.5% a week."), ["2.5% up"]);
        assert_eq!(
            trend_words("The index advanced by 0.4 percent."),
            ["0.4 percent up"]
        );
    }

    #[test]
    fn market_report_verbs_of_a_fall() {
        for verb in [
            "slumped",
            "retreated",
            "sagged",
            "dwindled",
            "receded",
            "subsided",
            "slipping",
            "collapsed",
            "crashed",
        ] {
            assert_eq!(
                trend_words(&format!("Imports {verb} 4.2 percent over the year.")),
                ["4.2 percent down"],
                "{verb}"
            );
        }
        assert_eq!(
            trend_words("The sector is shedding 12,000 jobs."),
            ["12,000 down"]
        );
    }

    #[test]
    fn change_verbs_that_name_things_need_their_link() {
        // Only before `to`/`by`.
        assert_eq!(
            trend_words("The deficit deepened to 5.2 percent of GDP."),
            ["5.2 percent up"]
        );
        assert_eq!(
            trend_words("Inflation cooled to 3.1 percent in May."),
            ["3.1 percent down"]
        );
        assert_eq!(
            trend_words("Arrears mounted to $4 billion."),
            ["$4 billion up"]
        );
        assert_eq!(
            trend_words("Roof-mounted solar capacity reached 2,000 MW."),
            ["2,000 MW "]
        );
        assert_eq!(
            trend_words("Shares rallied by 4.5% on Friday."),
            ["4.5% up"]
        );
        assert_eq!(
            trend_words("The campaign rallied 10,000 volunteers."),
            ["10,000 "]
        );
        // `advanced` only right before the number or `by`.
        assert_eq!(
            trend_words("Advanced economies received 16.6 percent of the funds."),
            ["16.6 percent "]
        );
    }

    #[test]
    fn a_change_noun_after_a_compound_or_adverb() {
        assert_eq!(
            trend_words("The pass-through of the 150 basis point policy rate cut is slow."),
            ["150 basis point down"]
        );
        assert_eq!(
            trend_words("Imports hit 2.1 trillion yuan, a 12.5 percent year-on-year increase."),
            ["2.1 trillion yuan up", "12.5 percent up"]
        );
    }

    #[test]
    fn growth_yields_to_the_verb_or_difference_that_governs_it() {
        assert_eq!(
            trend_words("The Bank has cut its global growth forecast for next year to 2.4%."),
            ["2.4% down"]
        );
        assert_eq!(
            trend_words("The Fund downgraded its growth forecast to 3.1%."),
            ["3.1% down"]
        );
        assert_eq!(
            trend_words("The growth rate was 0.4 percentage points down from a year earlier."),
            ["0.4 percentage points down"]
        );
        // `growth` as an object before `and` heads no clause.
        assert_eq!(
            trend_words(
                "It acted to support economic growth and keep inflation near the middle of the 1% to 3% range."
            ),
            ["1% to 3% "]
        );
        assert_eq!(
            trend_words("Output growth has been fairly strong this year, at around 3½ per cent."),
            ["3½ per cent up"]
        );
    }

    #[test]
    fn a_number_naming_a_thing_or_a_place_of_change_has_no_trend() {
        assert_eq!(
            trend_words("The board cut the 5.1% cash rate by 25 basis points to 4.85%."),
            ["5.1% ", "25 basis points down", "4.85% down"]
        );
        assert_eq!(
            trend_words("Inflation should ease toward the 2% target."),
            ["2% "]
        );
        // A level reached keeps it.
        assert_eq!(
            trend_words("Inflation is expected to fall back to the 2% target by 2026."),
            ["2% down"]
        );
        assert_eq!(
            trend_words("Employment increased in seven provinces."),
            ["seven "]
        );
        assert_eq!(
            trend_words("Two members voted for a hike and two members preferred a hold."),
            ["Two ", "two "]
        );
        assert_eq!(
            trend_words("New roads linked up 40 towns in the region."),
            ["40 "]
        );
    }

    #[test]
    fn records_bracketed_labels_and_subject_nouns() {
        assert_eq!(
            trend_words("Reserves reached a record high of $712 billion."),
            ["$712 billion up"]
        );
        assert_eq!(
            trend_words("The rate fell 0.3 percentage point to a nine-year low of 4.2 percent."),
            [
                "0.3 percentage point down",
                "nine-year ",
                "4.2 percent down"
            ]
        );
        assert_eq!(
            trend_words("Jobless rates declined in May for adult men (4.5 percent)."),
            ["4.5 percent down"]
        );
        assert_eq!(
            trend_words("The increase in spending in 2024-25 has been pegged at 24%."),
            ["24% up"]
        );
        // A rate of change is a level.
        assert_eq!(
            trend_words("The rate of increase in the CPI is likely to be around 2.5 per cent."),
            ["2.5 per cent "]
        );
    }

    #[test]
    fn a_preposition_before_a_period_is_no_bound() {
        assert_eq!(
            qualifiers("Staff will be retrained over a 4-year period under a 10-year plan."),
            [
                ("4-year".into(), Qualifier::Exact),
                ("10-year".into(), Qualifier::Exact)
            ]
        );
        assert_eq!(
            qualifiers("The loan runs for over 5 years."),
            [("5 years".into(), Qualifier::Over)]
        );
    }

    #[test]
    fn near_and_a_focus_word_after_a_bound() {
        assert_eq!(
            qualifiers("Inflation near 6% in 2026 and net debt to around only $50 million."),
            [
                ("6%".into(), Qualifier::Approx),
                ("$50 million".into(), Qualifier::Approx)
            ]
        );
        assert_eq!(
            qualifiers("No monthly increase larger than 0.1 percent; fees of just 3%."),
            [
                ("0.1 percent".into(), Qualifier::Over),
                ("3%".into(), Qualifier::Exact)
            ]
        );
    }

    #[test]
    fn a_negated_comparison_turns_around() {
        assert_eq!(
            qualifiers("Tenants should not have to spend more than 30% of their income on rent."),
            [("30%".into(), Qualifier::AtMost)]
        );
        assert_eq!(
            qualifiers("Classes can't have fewer than 12 pupils."),
            [("12".into(), Qualifier::AtLeast)]
        );
        // Not a bound: an estimate, or `not only`.
        assert_eq!(
            qualifiers("Output did not reach nearly 5 million tonnes."),
            [("5 million tonnes".into(), Qualifier::Under)]
        );
        assert_eq!(
            qualifiers("We not only trained more than 300 teachers but also built schools."),
            [("300".into(), Qualifier::Over)]
        );
    }

    #[test]
    fn additions_totals_and_signed_changes() {
        assert_eq!(
            trends("The scheme added 35 docking stations, for a total of 311."),
            [("35".into(), Trend::Up), ("311".into(), Trend::Up)]
        );
        assert_eq!(
            trends("Gross value added of 8% came from tourism."),
            [("8%".into(), Trend::None)]
        );
        assert_eq!(
            trends("Purchases of trucks (+6.6%) offset fuel (+0.0%)."),
            [("6.6%".into(), Trend::Up), ("0.0%".into(), Trend::None)]
        );
        assert_eq!(
            trends("Wages rose 1.4% (CAD 5.0 billion), following a 0.2% gain."),
            [
                ("1.4%".into(), Trend::Up),
                ("CAD 5.0 billion".into(), Trend::Up),
                ("0.2%".into(), Trend::Up)
            ]
        );
        assert_eq!(
            trends("Capacity grew by 3.4 GW during the year to reach 21.7 GW."),
            [("3.4 GW".into(), Trend::Up), ("21.7 GW".into(), Trend::Up)]
        );
    }

    #[test]
    fn verbs_that_need_a_preposition_and_comparison_bases() {
        assert_eq!(
            trends("Growth is projected to slow to 2.5% next year."),
            [("2.5%".into(), Trend::Down)]
        );
        assert_eq!(
            trends("A slow 2% pace is expected."),
            [("2%".into(), Trend::None)]
        );
        assert_eq!(
            trends("Inflation peaked at 10.1% in October."),
            [("10.1%".into(), Trend::Up)]
        );
        assert_eq!(
            trends(
                "The budget is 10.1 percent higher than the PHP 5.768 trillion budget for 2024."
            ),
            [
                ("10.1 percent".into(), Trend::Up),
                ("PHP 5.768 trillion".into(), Trend::None)
            ]
        );
    }

    #[test]
    fn round_five_trend_families() {
        let up = |t: &str| (t.to_string(), Trend::Up);
        let down = |t: &str| (t.to_string(), Trend::Down);
        assert_eq!(
            trends("Output grew 0.7 per cent on the quarter, or 2.9 per cent at an annual rate."),
            [up("0.7 per cent"), up("2.9 per cent")]
        );
        assert_eq!(
            trends("The yen appreciated by about 10% and depreciated by 3% later."),
            [up("10%"), down("3%")]
        );
        assert_eq!(
            trends("Supply will rise by 770 kb/d to a record 103.5 mb/d."),
            [up("770 kb/d"), up("103.5 mb/d")]
        );
        assert_eq!(
            trends("Staff will shrink by around 6,700 roles, or about 10 per cent."),
            [down("6,700"), down("10 per cent")]
        );
        assert_eq!(
            trends("The deficit was $2.1 billion smaller than forecast."),
            [down("$2.1 billion")]
        );
        assert_eq!(
            trends("Vacancies fell by 26,000 on the quarter to 898,000."),
            [down("26,000"), down("898,000")]
        );
        assert_eq!(
            trends("The count increased by 8,900 in April 2024 to 1.593 million."),
            [up("8,900"), up("1.593 million")]
        );
        assert_eq!(
            trends("Vacancies fell in 13 of the 18 sectors."),
            [
                ("13".to_string(), Trend::None),
                ("18".to_string(), Trend::None)
            ]
        );
        assert_eq!(
            trends("That is a net loss of almost 100 million hectares."),
            [down("100 million hectares")]
        );
    }

    #[test]
    fn round_six_trend_and_qualifier_families() {
        let up = |t: &str| (t.to_string(), Trend::Up);
        let down = |t: &str| (t.to_string(), Trend::Down);
        let none = |t: &str| (t.to_string(), Trend::None);
        assert_eq!(
            trends("Employment increased by 39,700 people to 14,405,400 people."),
            [up("39,700"), up("14,405,400")]
        );
        assert_eq!(
            trends(
                "Employment grew by 2.1 per cent (around 297,000 people), with 10,000 fewer people idle."
            ),
            [up("2.1 per cent"), up("297,000"), down("10,000")]
        );
        assert_eq!(
            trends("Employment rose in 4 of the 8 states and in four of the eight regions."),
            [none("4"), none("8"), none("four")]
        );
        assert_eq!(
            trends("Growth is expected to pick up to 0.9% in 2024 and 1.4% in 2025."),
            [up("0.9%"), up("1.4%")]
        );
        assert_eq!(
            qualifiers("Growth is expected to pick up to 0.9% in 2024."),
            [("0.9%".into(), Qualifier::Exact)]
        );
        assert_eq!(
            trends("Holdings totalled €4.6 trillion, down from a peak of almost €4.95 trillion."),
            [down("€4.6 trillion"), none("€4.95 trillion")]
        );
        assert_eq!(
            trends("Supply exceeds the target of 308 000 units by about 30%."),
            [none("308 000"), up("30%")]
        );
        assert_eq!(
            trends("Wards with drop-out rates above 10 per cent were found."),
            [none("10 per cent")]
        );
        assert_eq!(
            qualifiers(
                "Nobody earning less than $400,000 will pay more; an estimated 2 million moved."
            ),
            [
                ("$400,000".into(), Qualifier::Under),
                ("2 million".into(), Qualifier::Exact)
            ]
        );
    }

    #[test]
    fn round_seven_and_eight_trend_families() {
        let up = |t: &str| (t.to_string(), Trend::Up);
        let down = |t: &str| (t.to_string(), Trend::Down);
        let none = |t: &str| (t.to_string(), Trend::None);
        assert_eq!(
            trends("GDP was 134,908.4 billion yuan, up by 5.0 percent over the previous year."),
            [up("134,908.4 billion yuan"), up("5.0 percent")]
        );
        assert_eq!(
            trends("We cut the rate by 0.25 percentage point, from 4.5 percent to 4.25 percent."),
            [
                down("0.25 percentage point"),
                none("4.5 percent"),
                down("4.25 percent")
            ]
        );
        assert_eq!(
            trends("Incomes grew by 4.8% and 6.1% respectively, reaching 58,710 yuan."),
            [up("4.8%"), up("6.1%"), up("58,710 yuan")]
        );
        assert_eq!(
            trends(
                "Health gets a real-terms uplift of 3 per cent; the budget eliminates 132 posts."
            ),
            [up("3 per cent"), down("132")]
        );
        assert_eq!(
            trends("Prices recorded a deflation of 4.2 per cent."),
            [down("4.2 per cent")]
        );
    }

    #[test]
    fn a_change_noun_right_after_the_number_decides() {
        assert_eq!(
            trends(
                "A 10 per cent fall in equity prices or a one percentage point rise in rates would hurt."
            ),
            [
                ("10 per cent".into(), Trend::Down),
                ("one percentage point".into(), Trend::Up)
            ]
        );
        assert_eq!(
            trends("Coverage is 19 percentage points short of the target after removing 1,000 MW."),
            [
                ("19 percentage points".into(), Trend::Down),
                ("1,000 MW".into(), Trend::Down)
            ]
        );
    }

    #[test]
    fn growth_heading_the_clause_reaches_further() {
        assert_eq!(
            trends(
                "The growth of recurrent government expenditure ranges between 3.5 per cent and 4.7 per cent."
            ),
            [("3.5 per cent and 4.7 per cent".into(), Trend::Up)]
        );
        // Other trend words keep the short reach.
        assert_eq!(
            trends("Falling prices and the rate of unemployment in the region stood at 5%."),
            [("5%".into(), Trend::None)]
        );
    }

    #[test]
    fn a_count_of_occurrences_takes_no_trend() {
        assert_eq!(
            trends("Policy rates were lowered two times, by 0.25 percentage points in all."),
            [
                ("two".into(), Trend::None),
                ("0.25 percentage points".into(), Trend::Down)
            ]
        );
    }

    #[test]
    fn the_whole_of_a_part_takes_no_trend() {
        assert_eq!(
            trends("Coverage will expand to 310 out of 400 rural districts, up from 250."),
            [
                ("310".into(), Trend::Up),
                ("400".into(), Trend::None),
                ("250".into(), Trend::None)
            ]
        );
    }

    #[test]
    fn a_parenthetical_restatement_is_read_past() {
        assert_eq!(
            trends(
                "Outlays are now estimated at $512.3 billion, 8.1 per cent (or $38.5 billion) higher than the original estimate."
            ),
            [
                ("$512.3 billion".into(), Trend::None),
                ("8.1 per cent".into(), Trend::Up),
                ("$38.5 billion".into(), Trend::Up)
            ]
        );
    }

    #[test]
    fn third_person_verbs_and_qualified_pairs() {
        assert_eq!(
            trends("The new vaccine reduces the risk of ending up in intensive care by 70%."),
            [("70%".into(), Trend::Down)]
        );
        assert_eq!(
            trends("Spending on schools fell by 3%, or about $2 billion."),
            [
                ("3%".into(), Trend::Down),
                ("$2 billion".into(), Trend::Down)
            ]
        );
        // `cuts` is mostly a noun: no trend from it.
        assert_eq!(
            trends("The two tax cuts are worth £900 a year."),
            [("£900".into(), Trend::None)]
        );
    }

    #[test]
    fn change_from_to_puts_the_trend_on_the_new_value() {
        let text = "I will increase the annual income threshold for dependant-related reliefs from $4,000 to $8,000.";
        assert_eq!(
            trends(text),
            [("$4,000".into(), Trend::None), ("$8,000".into(), Trend::Up)]
        );
    }

    #[test]
    fn particle_up_is_no_rise() {
        assert_eq!(
            trends("Electric cars made up 41% of sales."),
            [("41%".into(), Trend::None)]
        );
    }

    #[test]
    fn capitalized_trend_word_is_a_name() {
        let text = "The Inflation Reduction Act provides roughly $370bn for clean energy.";
        assert_eq!(trends(text), [("$370bn".into(), Trend::None)]);
    }

    #[test]
    fn level_compared_with_where_it_was() {
        let text = "The urbanisation rate reached 66.2 percent from 65.2 percent a year earlier.";
        assert_eq!(
            trends(text),
            [
                ("66.2 percent".into(), Trend::Up),
                ("65.2 percent".into(), Trend::None)
            ]
        );
    }

    #[test]
    fn base_named_after_than_or_compared_takes_no_trend() {
        let text = "The deficit was $31 billion lower than the baseline estimate of $1.73 trillion. \
                    This represented a 62.6 per cent increase compared to Kshs.41.40 billion realised in FY 2023/24.";
        assert_eq!(
            trends(text),
            [
                ("$31 billion".to_string(), Trend::Down),
                ("$1.73 trillion".to_string(), Trend::None),
                ("62.6 per cent".to_string(), Trend::Up),
                ("Kshs.41.40 billion".to_string(), Trend::None),
            ]
        );
    }

    #[test]
    fn a_tolerance_and_a_level_compared_with_another_are_no_bounds() {
        let text = "Its target of 4.5% plus minus 1% holds, or 3% plus or minus 1 point. \
                    Inflation of 6.3 per cent was above the 5.1 per cent at October. \
                    Inflation remained above the 2 per cent target, with 10% plus paid.";
        assert_eq!(
            qualifiers(text),
            [
                ("4.5%".to_string(), Qualifier::Exact),
                ("1%".to_string(), Qualifier::Exact),
                ("3%".to_string(), Qualifier::Exact),
                ("1 point".to_string(), Qualifier::Exact),
                ("6.3 per cent".to_string(), Qualifier::Exact),
                ("5.1 per cent".to_string(), Qualifier::Exact),
                ("2 per cent".to_string(), Qualifier::Over),
                ("10%".to_string(), Qualifier::AtLeast),
            ]
        );
    }

    #[test]
    fn a_level_above_the_level_at_an_earlier_date_rose() {
        let text = "Inflation at November of 6.3 per cent was above the 5.1 per cent at October 2023. \
                    The rate of 4.2% is lower than the 4.5% in 2022. \
                    Inflation of 3% was above the 2 per cent target.";
        assert_eq!(
            trends(text),
            [
                ("6.3 per cent".to_string(), Trend::Up),
                ("5.1 per cent".to_string(), Trend::None),
                ("4.2%".to_string(), Trend::Down),
                ("4.5%".to_string(), Trend::None),
                ("3%".to_string(), Trend::None),
                ("2 per cent".to_string(), Trend::None),
            ]
        );
    }

    #[test]
    fn bringing_a_quantity_below_a_level_is_a_fall() {
        let text = "The government intends to bring the fiscal deficit below 4.5 per cent of GDP. \
                    It will bring the total to 7,849 and keep debt below 60 per cent.";
        assert_eq!(
            trends(text),
            [
                ("4.5 per cent".to_string(), Trend::Down),
                ("7,849".to_string(), Trend::Up),
                ("60 per cent".to_string(), Trend::None),
            ]
        );
    }

    #[test]
    fn a_bracketed_fall_far_from_its_verb_is_down() {
        let text = "The largest decreases were registered in Greece (from 19.1% to 16.9% between \
                    July 2018 and July 2019), Cyprus (from 8.0% to 6.6%) and Estonia (from 5.3% to \
                    3.9% between August 2018 and August 2019). Bands were set (from 5% to 7%).";
        assert_eq!(
            trends(text),
            [
                ("19.1%".to_string(), Trend::None),
                ("16.9%".to_string(), Trend::Down),
                ("8.0%".to_string(), Trend::None),
                ("6.6%".to_string(), Trend::Down),
                ("5.3%".to_string(), Trend::None),
                ("3.9%".to_string(), Trend::Down),
                ("5% to 7%".to_string(), Trend::None),
            ]
        );
    }

    #[test]
    fn a_signed_value_from_zero_moved_by_its_sign() {
        let text = "Changes were noted for April (-0.1% from zero) and May (+0.2% from nil).";
        assert_eq!(
            trends(text),
            [
                ("-0.1%".to_string(), Trend::Down),
                ("0.2%".to_string(), Trend::Up),
            ]
        );
    }

    #[test]
    fn a_level_brought_after_a_fall_shares_it() {
        let text = "Construction decreased by 0.2%, bringing the industry to 1.5% below its level. \
                    Exports rose by 2%, bringing the total to $7 billion.";
        assert_eq!(
            trends(text),
            [
                ("0.2%".to_string(), Trend::Down),
                ("1.5%".to_string(), Trend::Down),
                ("2%".to_string(), Trend::Up),
                ("$7 billion".to_string(), Trend::Up),
            ]
        );
    }

    #[test]
    fn a_figure_compared_with_in_brackets_takes_no_trend() {
        let text = "This figure was lower than the estimated figure (5.5 percent). \
                    Spending was $2 billion higher than the budgeted amount ($9 billion). \
                    Growth was higher than the growth target (5%).";
        assert_eq!(
            trends(text),
            [
                ("5.5 percent".to_string(), Trend::None),
                ("$2 billion".to_string(), Trend::Up),
                ("$9 billion".to_string(), Trend::None),
                ("5%".to_string(), Trend::Up),
            ]
        );
    }

    #[test]
    fn a_bracketed_pair_after_a_change_is_old_and_new() {
        let text = "The largest decreases were observed in Spain (24.0% to 21.6%) and \
                    Portugal (13.9% to 12.4%), the largest increases in Greece (10.1% to 11.3%). \
                    Wages were paid in bands (5% to 7%). Employment increased among core-aged women (25 to 54 years); bills rose by between $56 and $215 (2.3% to 7.2%).";
        assert_eq!(
            trends(text),
            [
                ("24.0%".to_string(), Trend::None),
                ("21.6%".to_string(), Trend::Down),
                ("13.9%".to_string(), Trend::None),
                ("12.4%".to_string(), Trend::Down),
                ("10.1%".to_string(), Trend::None),
                ("11.3%".to_string(), Trend::Up),
                ("5% to 7%".to_string(), Trend::None),
                ("25 to 54 years".to_string(), Trend::None),
                ("$56 and $215".to_string(), Trend::Up),
                ("2.3% to 7.2%".to_string(), Trend::Up),
            ]
        );
    }

    #[test]
    fn growth_forecasts_with_a_rise_verb_are_up() {
        let text = "The bank is predicting a growth rate of 2.0% next year. \
                    GDP is forecast to grow by 2.1% in 2025. \
                    The economy is expected to expand 3% this year, and inflation is forecast at 2.4%.";
        assert_eq!(
            trends(text),
            [
                ("2.0%".to_string(), Trend::Up),
                ("2.1%".to_string(), Trend::Up),
                ("3%".to_string(), Trend::Up),
                ("2.4%".to_string(), Trend::None),
            ]
        );
    }

    #[test]
    fn a_growth_rate_named_as_the_base_keeps_its_rise() {
        let text =
            "Growth was 8.19 per cent, higher than the national growth rate of 7.6 per cent.";
        assert_eq!(trends(text)[1], ("7.6 per cent".to_string(), Trend::Up));
    }

    #[test]
    fn origin_after_a_noun_phrase_of_takes_no_trend() {
        let text = "Inflation has fallen from its June 2022 peak of 8.1 per cent to 2.9 per cent in January.";
        assert_eq!(
            trends(text),
            [
                ("8.1 per cent".to_string(), Trend::None),
                ("2.9 per cent".to_string(), Trend::Down)
            ]
        );
    }

    #[test]
    fn stepped_up_to_is_a_rise_not_a_bound() {
        let text = "The provision is being stepped up to Rs.2600 crores this year.";
        assert_eq!(
            qualifiers(text),
            [("Rs.2600 crores".to_string(), Qualifier::Exact)]
        );
        assert_eq!(trends(text), [("Rs.2600 crores".to_string(), Trend::Up)]);
    }

    #[test]
    fn lower_by_is_a_fall() {
        let text = "GDP inflation is expected to be slightly lower by about 0.1 percentage points.";
        assert_eq!(
            trends(text),
            [("0.1 percentage points".to_string(), Trend::Down)]
        );
    }

    #[test]
    fn by_reaches_past_a_long_coordinated_object() {
        let text = "The Committee decided to raise the overnight deposit rate, the overnight lending rate and the rate of the main operation by 100 basis points.";
        assert_eq!(trends(text), [("100 basis points".to_string(), Trend::Up)]);
    }

    #[test]
    fn by_stops_where_a_number_was_crossed_far_back() {
        let text = "Life expectancy rose to 66.1 years in 2022, from 63.4 years in 2014, with women (69.2 years) continuing to outlive men (63.1 years) by about six years.";
        assert_eq!(trends(text)[4], ("six years".to_string(), Trend::None));
    }

    #[test]
    fn a_trend_word_after_the_second_of_two_numbers_governs_both() {
        assert_eq!(
            trends("Oil and gas were 13.5% and 14.0% lower than in 2011, respectively."),
            [
                ("13.5%".to_string(), Trend::Down),
                ("14.0%".to_string(), Trend::Down)
            ]
        );
        assert_eq!(
            trends("Taxes were £19.0 billion, a £1.0 billion, or 5.4% increase on June 2013.")[1..],
            [
                ("£1.0 billion".to_string(), Trend::Up),
                ("5.4%".to_string(), Trend::Up)
            ]
        );
    }

    #[test]
    fn list_items_share_the_first_trend() {
        assert_eq!(
            trends(
                "The Bank expects the economy to grow by 3½% in 2022, 1¾% in 2023, and 2½% in 2024."
            ),
            [
                ("3½%".to_string(), Trend::Up),
                ("1¾%".to_string(), Trend::Up),
                ("2½%".to_string(), Trend::Up)
            ]
        );
        // A comparison is no list item.
        assert_eq!(
            trends(
                "Economists expect growth of 1.9 per cent in 2025, compared to, respectively, 0.5 per cent."
            )[1],
            ("0.5 per cent".to_string(), Trend::None)
        );
    }

    #[test]
    fn a_share_accounted_for_takes_no_trend() {
        assert_eq!(
            trends("Coal use rose by 24.3%, accounting for 21.1% of total fuel use.")[1],
            ("21.1%".to_string(), Trend::None)
        );
    }

    #[test]
    fn comparison_signs_are_qualifiers() {
        assert_eq!(
            qualifiers("limit warming to 2°C (>67%) or (≥ 5 units) or (<1%)"),
            [
                ("67%".to_string(), Qualifier::Over),
                ("5".to_string(), Qualifier::AtLeast),
                ("1%".to_string(), Qualifier::Under)
            ]
        );
    }

    #[test]
    fn plus_before_a_number_adds() {
        assert_eq!(
            qualifiers("It awarded 10% plus 160,000 shares to employees."),
            [
                ("10%".to_string(), Qualifier::Exact),
                ("160,000".to_string(), Qualifier::Exact)
            ]
        );
    }

    #[test]
    fn a_bound_after_a_number_stays_on_its_line() {
        assert_eq!(
            qualifiers("Reserve $2,378.6 $1,949.1\nPlus: Reserve in PERA 0.0 500.0\n")[1],
            ("$1,949.1".to_string(), Qualifier::Exact)
        );
    }

    #[test]
    fn from_to_links_past_a_bracket() {
        let text = "Emissions fell by 70.5% from 6.9 million tonnes of SO2 equivalent (SO2e) in 1990 to 2.0 million tonnes of SO2e in 2012.";
        assert_eq!(
            trends(text)[2],
            ("2.0 million tonnes".to_string(), Trend::Down)
        );
    }

    #[test]
    fn a_change_noun_heading_in_of_reaches_its_number() {
        assert_eq!(
            trends(
                "- a decrease in the current budget deficit of £16.4 billion (expenditure exceeding receipts),"
            ),
            [("£16.4 billion".to_string(), Trend::Down)]
        );
        assert_eq!(
            trends(
                "sustained reductions in global greenhouse gas emissions of 43 per cent by 2030"
            ),
            [("43 per cent".to_string(), Trend::Down)]
        );
    }

    #[test]
    fn to_right_after_a_comma_reaches_back_to_the_verb() {
        assert_eq!(
            trends("Core inflation had also dropped sharply in September, to 4.5%."),
            [("4.5%".to_string(), Trend::Down)]
        );
        // Not `equivalent to`, `close to`, `up to`.
        assert_eq!(
            trends("Reserves rose to US$8.98 billion, equivalent to 4.0 months of import cover.")
                [1],
            ("4.0 months".to_string(), Trend::None)
        );
    }

    #[test]
    fn dated_and_placed_pairs_after_a_change_share_it() {
        assert_eq!(
            trends(
                "Energy inflation had dropped sharply, from 2.2% in July to 0.7% in August and 0.2% in September."
            ),
            [
                ("2.2%".to_string(), Trend::None),
                ("0.7%".to_string(), Trend::Down),
                ("0.2%".to_string(), Trend::Down)
            ]
        );
        assert_eq!(
            trends("The deals fell by 26 per\ncent in number and 31 per cent in value.")[1],
            ("31 per cent".to_string(), Trend::Down)
        );
    }

    #[test]
    fn round_two_trend_and_qualifier_families() {
        let t = |s: &str| trends(s).into_iter().map(|(_, t)| t).collect::<Vec<_>>();
        // A rise to a negative level.
        assert_eq!(
            t(
                "The rate for imported goods increased to -0.4% in July, up from its trough of -2.7% in April."
            ),
            [Trend::Up, Trend::None]
        );
        // Growth as the subject reaches past twelve words through its verb.
        assert_eq!(
            t(
                "This suggests that growth in the first quarter of 2024 is on track for around 3.5 per cent."
            ),
            [Trend::Up]
        );
        // Not across a coordination without a verb.
        assert_eq!(
            t(
                "It was helped by strong revenue growth and the phasing out of pandemic support measures worth about 2 percentage points of GDP."
            ),
            [Trend::None]
        );
        // A level against an earlier time, after a comma.
        assert_eq!(
            t("This is £22.6 billion, higher than the previous financial year."),
            [Trend::Up]
        );
        // The origin past a bound (`from less than`) is no rise.
        assert_eq!(
            t(
                "Issuance kept rising from less than €1 billion in 2008 to more than €120 billion in 2017."
            ),
            [Trend::None, Trend::Up]
        );
        let q = |s: &str| {
            qualifiers(s)
                .into_iter()
                .map(|(_, q)| q)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            q("Interest payments accounted for as much as 38 per cent of receipts."),
            [Qualifier::Exact]
        );
        assert_eq!(
            q("Coal use could fall by as much as 100 Mt in Europe."),
            [Qualifier::AtMost]
        );
    }

    #[test]
    fn round_seven_trend_and_qualifier_families() {
        let up = |t: &str| (t.to_string(), Trend::Up);
        let down = |t: &str| (t.to_string(), Trend::Down);
        let none = |t: &str| (t.to_string(), Trend::None);
        // The base named after `compared to` is no level a change reached.
        assert_eq!(
            trends(
                "Rents eased to 2.1 percent in May from 2.6 percent in April, and were higher compared to the 1.9 percent a year earlier."
            ),
            [
                down("2.1 percent"),
                none("2.6 percent"),
                none("1.9 percent")
            ]
        );
        // A range of values is no change: the low end is no old value, and
        // both ends take the range's own trend (a growth rate is a rise).
        assert_eq!(
            trends("Pay growth ranged from 0.8% in retail to 3.1% in mining."),
            [up("0.8%"), up("3.1%")]
        );
        assert_eq!(
            trends(
                "Unemployment rates varied from 4.2 per cent in Perth to 6.0 per cent in Hobart."
            ),
            [none("4.2 per cent"), none("6.0 per cent")]
        );
        // But `from X to Y` after a rise verb is still a change.
        assert_eq!(
            trends("The rate was raised from 13 percent in July to 16 percent in October."),
            [none("13 percent"), up("16 percent")]
        );
        let q = |s: &str| {
            qualifiers(s)
                .into_iter()
                .map(|(_, q)| q)
                .collect::<Vec<_>>()
        };
        // A bound after a number that opens another number is that one's.
        assert_eq!(
            q("The gap will be $40.5 million or over $12 million less than planned."),
            [Qualifier::Exact, Qualifier::Over]
        );
        assert_eq!(q("Households of 10 or more get aid."), [Qualifier::AtLeast]);
        assert_eq!(
            q("Firms of 5 workers or more pay the levy."),
            [Qualifier::AtLeast]
        );
        // A threshold gone past.
        assert_eq!(
            q("Debt breached the 60 percent mark and arrivals crossed 2 million."),
            [Qualifier::Over, Qualifier::Over]
        );
    }
}
