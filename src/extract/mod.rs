//! The pure extraction pipeline: text in, claims out. Nothing here touches
//! files, threads, the clock or the terminal.
//!
//! Stages: `sentence` splits the text; a scan finds candidate starts
//! (digits, number words); `claim` reads number, scale, range and unit
//! there (`number`, `units`) and `nonclaim` rejects dates, identifiers and
//! the like; `context` attaches qualifier, trend and subject.
//!
//! Layers, lowest first: a module imports only from the modules named
//! before it in this list, in the order named (`tests/layers.rs` reads
//! the list and checks every `use`, so no cycle can come back):
//!
//! 1. `span`: byte spans and line numbers.
//! 2. `token`: the lexer, the only code that classifies bytes into words.
//! 3. `units`, `sentence`, `number`: the unit, scale and currency tables,
//!    sentence bounds, numbers in digits and words.
//! 4. `model`: the data passed between stages (`Claim`, `Qualifier`,
//!    `Trend`, `Measure`, `Reading`), types only.
//! 5. `lang`: the language packs (English tables, the Chinese reader).
//! 6. `context`: qualifier, trend and subject read from the words around a
//!    span; the filters and the range reader ask it too.
//! 7. `nonclaim`: the rules that reject a reading, one file each, tried in
//!    the order of its `registry`; each rejection keeps its reason.
//! 8. `claim`: reads a candidate into claims (number, scale, range, unit)
//!    and asks `nonclaim` about each.
//! 9. `columns`, `table`, `conventions`, `language`, `cell_lines`, `cells`, `part`:
//!    document-wide passes over the claims (a table's column and caption
//!    units, table notes, number conventions, Chinese passages,
//!    tab-separated table cells), and where a large document may be cut
//!    into parts.
//! 10. this module: the order of the passes, and the context pass.
//!
//! Inside `src/extract/` an item is imported from the module that defines
//! it, not through this module's re-exports.
//!
//! Invariant: claims come out sorted by start, non-overlapping, with spans
//! on char boundaries.

pub mod cell_lines;
pub mod cells;
pub mod claim;
pub mod columns;
pub mod context;
pub mod conventions;
pub mod lang;
pub mod language;
pub mod model;
pub mod nonclaim;
pub mod number;
pub mod part;
pub mod sentence;
pub mod span;
pub mod table;
pub mod token;
pub mod units;

use lang::en::calendar::is_month_lower;
use lang::en::pairs::{
    CARRYING_VERBS, CHANGE_PARTICIPLES, CHANGE_SPAN_WORDS, COMPARISON_WORDS, ITEM_PREPOSITIONS,
    LEVEL_FRAMES, OUTDOING_WORDS, PAIR_TERMS, PLAN_WORDS, RECORD_ADJECTIVES, RECORD_DETERMINERS,
    RECORD_EXTREMES, SUBJECT_OPENERS, WHOLE_DETERMINERS,
};
use lang::en::qualifier::is_bound_word;
use lang::en::trend::{BRING_FORMS, CHANGE_FROM_NOUNS, CHANGE_OF_NOUNS, CHANGE_STATED};
use token::Text;

pub use model::{Claim, Qualifier, Trend};
pub use nonclaim::{NonClaim, Rejection};
pub use part::{Part, Whole};
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
    /// The part of the document read, when it was read in parts
    /// ([`extract_part`]); `None` for the whole text.
    pub part: Option<Part>,
}

/// Extracts every claim of `text`.
pub fn extract(text: &str) -> Extraction {
    // Numbers are read in the document's own conventions, and Chinese in
    // simplified characters: the text is rewritten (same length, same
    // offsets) into the form the readers know.
    // The currency evidence is counted before the script fold: the
    // characters of simplified script are evidence of the renminbi.
    let conventions = conventions::Conventions::of(text);
    let numbers = conventions.normalize(text);
    let currency = DocumentCurrency::of(&numbers);
    let read = lang::zh::script::simplified(numbers);
    let layout = cells::layout_text(text);
    let mut extraction = extract_normalized(&read, &layout, &conventions, currency);
    extraction.conventions = conventions;
    extraction
}

/// Extracts the claims of `part` of `text`, a document decided as
/// `whole` ([`Whole::of`]) and cut by [`part::parts`]: spans are offsets
/// into the whole text, sentence indices count from the part's first
/// sentence. The parts of a document, read this way and put together,
/// are its extraction.
pub fn extract_part(text: &str, whole: &Whole, part: Span) -> Extraction {
    read_part(whole.read(text), whole.layout(text), whole, part, 0)
}

/// Extracts the claims of `part` of `window`, a stretch of whole lines
/// that starts at byte `base` of a document decided as `whole` (counted
/// by a [`part::Survey`]) and cut by a [`part::Cutter`]: the claims of
/// that part of the whole document, as long as no stage reads further
/// around the part than the window reaches. Spans are offsets into
/// `window`; the extraction's [`Part::base`] is `base`.
pub fn extract_window(window: &str, base: usize, whole: &Whole, part: Span) -> Extraction {
    let read = lang::zh::script::simplified(whole.conventions.normalize_at(window, base));
    if let Some(pairs) = &whole.model_pairs {
        nonclaim::know_document(&read, std::sync::Arc::clone(pairs));
    }
    let layout = whole.laid_out.then(|| cells::layout_text(window));
    read_part(&read, layout.as_deref(), whole, part, base)
}

/// The extraction of `part` of `read` (the text normalized, `layout` its
/// table layout), a document decided as `whole`, whose text starts at
/// byte `base` of the document.
fn read_part(
    read: &str,
    layout: Option<&str>,
    whole: &Whole,
    part: Span,
    base: usize,
) -> Extraction {
    let mut extraction = extract_range(
        read,
        layout,
        &whole.conventions,
        whole.currency,
        part,
        Some(whole.body_width),
    );
    extraction.part = Some(Part {
        span: part,
        lines_before: 0,
        sentences_before: 0,
        base,
    });
    extraction
}

/// `layout` is the text as written (same length, `cells::layout_text`):
/// where its tabs are is the table layout, while `text` may hold tabs the
/// conventions stage put between cells.
fn extract_normalized(
    text: &str,
    layout: &str,
    conventions: &conventions::Conventions,
    currency: DocumentCurrency,
) -> Extraction {
    nonclaim::forget_document();
    extract_range(
        text,
        cells::layout_of(text, layout),
        conventions,
        currency,
        Span::new(0, text.len()),
        None,
    )
}

/// The claims that start inside `part` of `text` (normalized), read with
/// the whole text in view; `layout` is the text as written when it may
/// hold tables (`cells::layout_of`).
fn extract_range(
    text: &str,
    layout: Option<&str>,
    conventions: &conventions::Conventions,
    currency: DocumentCurrency,
    part: Span,
    body_width: Option<usize>,
) -> Extraction {
    let mut sentences = sentence::split(&text[part.start..part.end]);
    if part.start > 0 {
        for s in &mut sentences {
            *s = Span::new(s.start + part.start, s.end + part.start);
        }
    }
    let mut claims = Vec::new();
    let mut rejected = Vec::new();
    // Inside a Chinese piece the Chinese pack's claims replace the
    // English engine's (`language`): no need to read there.
    let passages = language::Passages::of(text, &sentences, body_width);
    let chinese: Vec<Span> = passages.iter().flat_map(|p| p.chinese()).collect();
    let mut next_piece = 0;
    let mut pos = part.start;
    while pos < part.end {
        while chinese.get(next_piece).is_some_and(|p| p.end <= pos) {
            next_piece += 1;
        }
        // The scan stops at the next Chinese piece and goes on past it.
        let piece = chinese.get(next_piece).filter(|p| p.start < part.end);
        let limit = piece.map_or(part.end, |p| p.start);
        let Some(start) = next_candidate(text, pos, limit) else {
            match piece {
                Some(piece) => pos = piece.end,
                None => break,
            }
            continue;
        };
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
    tables_of_part(text, part, &mut claims, &currency);
    if claims.len() < before_tables {
        rejected.extend(dropped(&spans, &claims, NonClaim::TableNote));
        rejected.sort_by_key(|r| r.span.start);
    }
    conventions.apply_defined_units(text, &mut claims);
    restate_in_currency(text, &mut claims);
    attach_context(text, &sentences, &mut claims);
    let (sentences, claims) = language::apply(text, sentences, passages, claims, &currency);
    let mut rejected = language::outside_chinese(text, &sentences, rejected);
    let mut claims = claims;
    cells::apply(
        text,
        layout,
        part,
        &sentences,
        &mut claims,
        &mut rejected,
        &currency,
    );
    Extraction {
        sentences,
        claims,
        rejected,
        currency,
        conventions: conventions::Conventions::default(),
        part: None,
    }
}

/// The table pass over the lines of `part` alone (a table never reaches
/// past the place where a part starts, see `part`).
fn tables_of_part(text: &str, part: Span, claims: &mut Vec<Claim>, currency: &DocumentCurrency) {
    if part.start == 0 && part.end == text.len() {
        table::apply(text, claims, currency);
        return;
    }
    let shift = |claims: &mut Vec<Claim>, by: isize| {
        for c in claims.iter_mut() {
            c.span = Span::new(
                c.span.start.wrapping_add_signed(by),
                c.span.end.wrapping_add_signed(by),
            );
        }
    };
    let by = part.start as isize;
    shift(claims, -by);
    table::apply(&text[part.start..part.end], claims, currency);
    shift(claims, by);
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

/// The next offset from `pos` up to `limit` where a claim may start: an
/// ASCII digit not inside a digit run, a vulgar fraction, or a word that
/// starts a number in words. (Words and runs are read whole, past
/// `limit` too.)
fn next_candidate(text: &str, mut pos: usize, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // One step a run: a word, a digit run, a run of other bytes, or a
    // byte that may start a vulgar fraction.
    while let Some(&b) = bytes.get(pos).filter(|_| pos < limit) {
        match BYTE_CLASS[usize::from(b)] {
            ByteClass::Other => {
                pos = bytes[pos..]
                    .iter()
                    .position(|&b| BYTE_CLASS[usize::from(b)] != ByteClass::Other)
                    .map_or(bytes.len(), |len| pos + len);
            }
            ByteClass::Letter => pos = letters_end(bytes, pos),
            // Every number word and multiple word starts with a
            // `CandidateLetter`.
            ByteClass::CandidateLetter => {
                let end = letters_end(bytes, pos);
                if starts_claim_at(text, pos, end) {
                    return Some(pos);
                }
                pos = end;
            }
            // (Past its first digit a run continues digits.)
            ByteClass::Digit if number::continues_digits(text, pos) => {
                pos = digits_end(bytes, pos);
            }
            ByteClass::Digit => return Some(pos),
            // A fraction glued to digits (`4½`) is read with them.
            ByteClass::FractionLead
                if number::starts_with_vulgar_fraction(&text[pos..])
                    && !number::continues_digits(text, pos) =>
            {
                return Some(pos);
            }
            ByteClass::FractionLead => pos += 1,
        }
    }
    None
}

/// The end of the run of ASCII digits from `pos` on.
fn digits_end(bytes: &[u8], pos: usize) -> usize {
    bytes[pos..]
        .iter()
        .position(|b| !b.is_ascii_digit())
        .map_or(bytes.len(), |len| pos + len)
}

/// The end of the run of ASCII letters from `pos` on, tested eight bytes
/// at a time: most words end within the first eight.
fn letters_end(bytes: &[u8], pos: usize) -> usize {
    let mut end = pos;
    for chunk in bytes[pos..].chunks_exact(8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let not_letters = non_letters(u64::from_le_bytes(eight));
        if not_letters != 0 {
            // (The lowest byte is the first: little-endian.)
            return end + not_letters.trailing_zeros() as usize / 8;
        }
        end += 8;
    }
    end + bytes[end..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// The high bit of each byte of `eight` that is no ASCII letter.
fn non_letters(eight: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bytes folded to lower case (bit 5 set), their high bit cleared so
    // that the sums below never carry into the next byte.
    let folded = (eight | (0x20 * ONES)) & !HIGH;
    let from_a = folded + (0x80 - u64::from(b'a')) * ONES;
    let past_z = folded + (0x80 - u64::from(b'z') - 1) * ONES;
    (!from_a | past_z | eight) & HIGH
}

/// Does the ASCII word at `start..end` start a claim: a number or multiple
/// word of its own (not part of a longer token, not a bare article)?
fn starts_claim_at(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    word.len() <= 10
        && claim::starts_claim_word(word)
        && !glued_to_letters(text, start, end)
        && !bare_article(text, end, word)
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

fn attach_context(plain: &str, sentences: &[Span], claims: &mut [Claim]) {
    let mut sentence = 0;
    // The tokens of the claim's sentence, lexed once for all its claims
    // and rules (which read past it through the lexer).
    let mut tokens = Vec::new();
    let mut lexed: Option<usize> = None;
    // The old value of a `from X to Y` change, with its sentence.
    let mut origin: Option<(Span, rust_decimal::Decimal, usize)> = None;
    // The claim before, if it was such an old value: its span, kind and
    // unit.
    let mut last_origin: Option<(Span, Kind, &'static str)> = None;
    for claim in claims.iter_mut() {
        while sentence + 1 < sentences.len() && sentences[sentence].end <= claim.span.start {
            sentence += 1;
        }
        claim.sentence = sentence;
        let within = sentences
            .get(sentence)
            .copied()
            .unwrap_or(Span::new(0, plain.len()));
        if lexed != Some(sentence) {
            tokens = token::lex(plain, within.start, within.end);
            lexed = Some(sentence);
        }
        let text = Text::lexed(plain, &tokens);
        claim.qualifier = context::qualifier_of_kind(text, claim.span, claim.kind);
        let change = origin
            .filter(|&(.., in_sentence)| in_sentence == sentence)
            .and_then(|(span, value, _)| {
                context::change_trend(text, span, claim.span, value, comparable(claim), within)
            });
        let second_origin = last_origin.is_some_and(|(span, kind, unit)| {
            kind == claim.kind
                && unit == claim.unit
                && text
                    .get(span.end..claim.span.start)
                    .is_some_and(is_dated_and)
        });
        if context::is_change_origin(text, claim.span) {
            origin = Some((claim.span, comparable(claim), sentence));
            // (`up from a 0.8 per cent rise in the June quarter`: an old
            // value named a change keeps that change.)
            claim.trend = context::own_change(text, claim.span);
            last_origin = Some((claim.span, claim.kind, claim.unit));
        } else if origin.is_some() && context::is_listed_origin(text, claim.span) {
            // (The change runs from the list's first item.)
            claim.trend = Trend::None;
        } else if second_origin {
            // `down from 0.6% in August and 1.7% in September 2018`: a
            // second old value coordinated with the first.
            claim.trend = context::own_change(text, claim.span);
            last_origin = Some((claim.span, claim.kind, claim.unit));
        } else {
            last_origin = None;
            origin = None;
            claim.trend = trend_of_claim(text, claim, change, within);
        }
        claim.subject = context::subject(text, claim.span, claim.kind, within);
    }
    let own: Vec<Trend> = claims.iter().map(|c| c.trend).collect();
    let text = Text::plain(plain);
    share_trends(text, claims);
    share_backwards(text, claims, &own);
    settle_trends(text, sentences, claims);
}

/// A claim's own trend (not an old value): the change it reached in a
/// `from X to Y` change, else the words around it, else its sign in
/// brackets (`(+6.6%)`, `(-6.9%)`).
fn trend_of_claim(text: Text<'_>, claim: &Claim, change: Option<Trend>, within: Span) -> Trend {
    let mut trend = claim.trend;
    if let Some(changed) = change {
        trend = changed;
    } else if trend == Trend::None {
        trend = context::trend(text, claim.span, claim.kind, within);
    }
    if trend == Trend::None && !claim.value.is_zero() && context::is_plus_signed(text, claim.span) {
        trend = Trend::Up;
    }
    if trend == Trend::None && context::is_bracketed_minus(text, claim.span) {
        trend = Trend::Down;
    }
    trend
}

/// After sharing: the claims that take no trend whatever their neighbours
/// say, and a negative value that is no rise.
fn settle_trends(text: Text<'_>, sentences: &[Span], claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        // `or about 60 per cent of the pre-pandemic level`, `remained at
        // 12.4%, up 2.4 percentage points`: a ratio or a level held shares
        // no neighbour's trend either.
        if context::is_share_of_level(text, claim.span)
            || context::is_held_level(text, claim.span)
            || (context::is_attributive(text, claim.span, within_sentence(&text, sentences, claim))
                && context::own_change(text, claim.span) == Trend::None)
        {
            claim.trend = Trend::None;
        }
        // `growth was minus 0.4 percent`, `-0,3% q/q`: a rise by a
        // negative amount is a fall (but `inflation increased to -0.4%`
        // reached a higher level).
        // (A rise word elsewhere, such as a heading's `Lifting Up` over a
        // row of negative cells, says nothing of a negative number.)
        if claim.value.is_sign_negative()
            && claim.trend == Trend::Up
            && !context::is_level_reached(text, claim.span)
        {
            claim.trend = if context::is_growth_rate(text, claim.span) {
                Trend::Down
            } else {
                Trend::None
            };
        }
    }
}

/// `Tk 5 trillion (500,000 crore)`, `$2.1 billion (2,100 million)`: an
/// amount restated in brackets with a scale word and no currency of its
/// own is in the currency of the amount before it.
fn restate_in_currency(text: &str, claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (head, tail) = claims.split_at_mut(i);
        let (money, claim) = (&head[i - 1], &mut tail[0]);
        if money.kind != Kind::Money || claim.kind != Kind::Count {
            continue;
        }
        let bracketed = text
            .get(money.span.end..claim.span.start)
            .is_some_and(|gap| gap.trim() == "(")
            && text
                .get(claim.span.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(')'));
        let scaled = claim
            .span
            .text(text)
            .split_whitespace()
            .last()
            .is_some_and(|w| {
                [
                    "thousand", "million", "billion", "trillion", "lakh", "crore",
                ]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
            });
        if bracketed && scaled {
            claim.kind = Kind::Money;
            claim.unit = money.unit;
            claim.norm_unit = money.norm_unit;
            claim.norm_value = claim.value;
        }
    }
}

/// The span of the claim's sentence (the whole text if it has none).
fn within_sentence(text: &str, sentences: &[Span], claim: &Claim) -> Span {
    sentences
        .get(claim.sentence)
        .copied()
        .unwrap_or(Span::new(0, text.len()))
}

/// `in August and`, `and`: the words between two coordinated old values
/// of a change (a date of the first, then `and`), with no `to` between.
fn is_dated_and(between: &str) -> bool {
    let words: Vec<String> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    match words.as_slice() {
        [date @ .., "and"] => {
            date.len() <= 4
                && date.iter().all(|w| {
                    DATING_WORDS.contains(w)
                        || is_month_lower(w)
                        || w.bytes().all(|b| b.is_ascii_digit())
                })
                && !date.contains(&"to")
        }
        _ => false,
    }
}

/// The value of a claim in a unit it can be compared with another of its
/// kind by: the normalized value, and durations in days (`from 6 months
/// to one year` is a rise: 180 days to 365).
fn comparable(claim: &Claim) -> rust_decimal::Decimal {
    let days = match claim.norm_unit {
        "year" => 365,
        "month" => 30,
        "week" => 7,
        _ => 1,
    };
    if claim.kind == Kind::Duration {
        claim
            .norm_value
            .saturating_mul(rust_decimal::Decimal::from(days))
    } else {
        claim.norm_value
    }
}

/// Trends shared between neighbouring claims of one sentence:
/// `fell by 4.8% and 1.8%` and `by 5.1 per cent or $29 billion` (the
/// second gets the first's trend); `3.9 trillion yuan ... will be issued,
/// an increase of 100 billion yuan` (the total gets its increase's trend);
/// `grew by 5 percent, reaching 140.19 trillion yuan` (the level reached
/// gets the growth's trend).
fn share_trends(text: Text<'_>, claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let Some(j) = previous_sharer(claims, i) else {
            continue;
        };
        let (head, tail) = claims.split_at_mut(i);
        let (prev, claim) = (&mut head[j], &mut tail[0]);
        let durations = prev.kind == Kind::Duration || claim.kind == Kind::Duration;
        if prev.sentence != claim.sentence || durations {
            continue;
        }
        let Some(between) = text.get(prev.span.end..claim.span.start) else {
            continue;
        };
        // (Lower-cased whole, then split: one string, not one a word.)
        let lower = between.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        if share_opens_clause(text, between, prev, claim) {
            continue;
        }
        let restated = is_restated(between, &words);
        let coordinated = restated
            || is_coordinated(text, between, &words, prev, claim)
            || is_repeated_base(text, &words, prev, claim);
        let reaching = reaches_level(between, &words, prev, claim);
        let receives = receives_trend(text, claim) || brought_down(between, prev, claim);
        if receives && prev.trend != Trend::None && (coordinated || reaching) {
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
        } else if receives
            && prev.trend != Trend::None
            && base_of_a_change(text, prev, claim, between)
        {
            // `grew by 5.7 percent in 2024, compared with 2.9 percent in
            // 2023`: the base of a growth rate is a growth rate too.
            claim.trend = prev.trend;
        } else if prev.trend == Trend::None
            && compared_with_earlier(&words)
            && prev.kind == claim.kind
            && !context::is_whole_of_part(text, prev.span)
        {
            compare_with_old_value(text, head, j, claim);
        } else if prev.trend == Trend::None
            && claim.trend != Trend::None
            // (`was £193.3 billion (an increase of £1.9 billion)`: or
            // in brackets.)
            && (between.contains(',') || between.trim_start().starts_with('('))
            && is_difference_after_comma(text, prev, claim, between)
            && !context::is_comparison_base(text, prev.span)
            // (`down from over 4 billion cubic feet per day in 2015, a 25%
            // drop`: the old value of a change is no level it reached.)
            && !context::is_change_origin(text, prev.span)
        {
            share_difference(text, head, j, claim);
        } else if receives
            && prev.trend != Trend::None
            && is_later_member(text, prev, claim, &words, between)
        {
            claim.trend = prev.trend;
        }
    }
}

/// May `claim` take a neighbour's trend? Not if it has its own, nor a
/// share contributed (`expanded by 2.98 percent, 6.12 percent,
/// contributing 6.09 percent`), nor the old value of a bracketed pair
/// (`decreases in Spain (24.0% to 21.6%) and Portugal (13.9% to 12.4%)`).
fn receives_trend(text: Text<'_>, claim: &Claim) -> bool {
    claim.trend == Trend::None
        && !context::is_accounted_share(text, claim.span)
        && !context::is_bracketed_pair_origin(text, claim.span)
}

/// `decreased by 0.2%, bringing the industry to 1.5% below its level`:
/// `bring … to` reads as a rise, but after a comma it carries the fall
/// before it to the level reached, which shares that fall.
fn brought_down(between: &str, prev: &Claim, claim: &Claim) -> bool {
    let tail = last_clause_words(between);
    let tail: Vec<&str> = tail.iter().map(String::as_str).collect();
    prev.trend == Trend::Down
        && claim.trend == Trend::Up
        && between.contains(',')
        && tail.first().is_some_and(|w| BRING_FORMS.contains(w))
        && carries_to_level(&tail)
}

/// A later member of a list, of the kind and unit of the one before, with
/// no verb of its own: gapped, parallel or of a `by` list (each below).
fn is_later_member(
    text: Text<'_>,
    prev: &Claim,
    claim: &Claim,
    words: &[&str],
    between: &str,
) -> bool {
    prev.kind == claim.kind
        && prev.unit == claim.unit
        && (is_gapped_conjunct(text, prev, claim, words, between)
            || is_parallel_conjunct(text, prev, claim, between)
            || is_basis_conjunct(text, prev, claim, words)
            || is_by_list_member(text, prev, between))
}

/// `fell 3 percent,5 percent of firms closed`, `fell 3 percent, 5 percent
/// of firms closed`: a share opening a clause after a bare comma (spaced
/// or not, as PDF copies join them) is no member of a list, unless the
/// first number was a share too.
fn share_opens_clause(text: Text<'_>, between: &str, prev: &Claim, claim: &Claim) -> bool {
    between.trim() == ","
        && is_followed_by_of(text, claim.span)
        && !is_followed_by_of(text, prev.span)
}

/// Is the number at `span` followed by `of` (`5 per cent of households`)?
fn is_followed_by_of(text: Text<'_>, span: Span) -> bool {
    text.after(span.end, 1).next().is_some_and(|t| t.is("of"))
}

/// `widened to 5.1 per cent of GDP and 4.8 per cent of GDP`: a pair whose
/// members each name the same base (`of GDP`); the verb before the first
/// governs both.
fn is_repeated_base(text: Text<'_>, words: &[&str], prev: &Claim, claim: &Claim) -> bool {
    let [base @ .., "and" | "or"] = words else {
        return false;
    };
    if base.first() != Some(&"of") || base.len() > 4 {
        return false;
    }
    let after: Vec<String> = text
        .after(claim.span.end, base.len())
        .map(|t| t.text.to_ascii_lowercase())
        .collect();
    prev.kind == claim.kind
        && prev.unit == claim.unit
        && after.len() == base.len()
        && after.iter().zip(base).all(|(a, b)| a == b)
}

/// `reached 66.2 percent from 65.2 percent`, `6.3 percent of GDP, up
/// from 5.4 percent`: the level `head[j]` compared with where it was
/// (`claim`). (`2.81 trillion shillings ($27.40 billion) …, up from a
/// revised 2.47 trillion shillings`: the level in the old value's unit is
/// the one before its bracketed restatement; both take the trend.)
fn compare_with_old_value(text: Text<'_>, head: &mut [Claim], j: usize, claim: &Claim) {
    let level = if head[j].unit == claim.unit {
        Some(j)
    } else {
        j.checked_sub(1).filter(|&k| {
            head[k].unit == claim.unit
                && head[k].sentence == claim.sentence
                && text
                    .get(head[k].span.end..head[j].span.start)
                    .is_some_and(|gap| gap.trim() == "(")
        })
    };
    if let Some(k) = level {
        let trend = match head[k].value.cmp(&claim.value) {
            std::cmp::Ordering::Greater => Trend::Up,
            std::cmp::Ordering::Less => Trend::Down,
            std::cmp::Ordering::Equal => Trend::None,
        };
        head[k].trend = trend;
        head[j].trend = trend;
    }
}

/// The difference `claim` stated after a comma gives its trend to the
/// level `head[j]` before it; but `151.13 billion yuan, accounting for
/// 18.3 percent of the province's GDP, up by 6.7 percent`: the change is
/// the level's, not that of the share between (a share's own change is in
/// points: `accounted for 1.6 percent, up 0.5 percentage points` stays
/// the share's).
fn share_difference(text: Text<'_>, head: &mut [Claim], j: usize, claim: &Claim) {
    let prev = &head[j];
    let share = claim.kind != Kind::PercentagePoint
        && prev.kind == Kind::Percent
        && (context::is_accounted_share(text, prev.span) || is_share_of(text, prev.span));
    if !share {
        head[j].trend = claim.trend;
        return;
    }
    let share_start = prev.span.start;
    let Some(level) = j.checked_sub(1).and_then(|k| head.get_mut(k)) else {
        return;
    };
    if level.sentence == claim.sentence
        && level.trend == Trend::None
        && level.kind != Kind::Duration
        && text
            .get(level.span.end..share_start)
            .is_some_and(opens_share)
    {
        level.trend = claim.trend;
    }
}

/// `18.3 percent of the province's GDP`, `over 90 per cent of the 2015-16
/// operating expenditure`: a share of a named whole.
fn is_share_of(text: Text<'_>, span: Span) -> bool {
    let mut after = text.after(span.end, 2);
    after.next().is_some_and(|t| t.is("of"))
        && after
            .next()
            .is_some_and(|t| WHOLE_DETERMINERS.iter().any(|w| t.is(w)))
}

/// `, accounting for`, `, or over`, `, or`: the words that open a share
/// restating a level.
fn opens_share(between: &str) -> bool {
    let words: Vec<String> = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !is_pair_qualifier(w))
        .collect();
    between.trim_start().starts_with(',')
        && matches!(
            words.as_slice(),
            ["or"] | ["accounting", "for"] | ["which", "accounts" | "accounted", "for"] | []
        )
}

/// `increased by 8.1 percent; that in the central area by 8.9 percent`,
/// `has risen 6.1 percent over the last year and the food index 4.4
/// percent`, `Exports rose 6 percent; imports 4 percent`: a conjunct
/// without a verb of its own (gapping) repeats the change of the one
/// before. The conjunct starts after the last `;` or `and`; none of its
/// words may be a verb, nor the word after the number.
fn is_gapped_conjunct(
    text: Text<'_>,
    prev: &Claim,
    claim: &Claim,
    words: &[&str],
    between: &str,
) -> bool {
    // `Manufacturing output rose 3.4 percent, mining 2.1 percent and
    // utilities 1.5 percent`: a list of gapped conjuncts, the first after
    // a comma, the last after a bare `and`.
    if is_comma_conjunct(between) {
        return true;
    }
    let listed = text
        .get(..prev.span.start)
        .and_then(|head| head.rfind(',').map(|i| &head[i..]))
        .is_some_and(is_comma_conjunct);
    if listed
        && let Some(rest) = between.strip_prefix(" and ")
        && is_comma_conjunct(&format!(", {rest}"))
    {
        return true;
    }
    let Some(open) = between
        .rfind(';')
        .max(between.rfind(" and ").map(|i| i + 4))
    else {
        return false;
    };
    let conjunct: Vec<String> = between[open..]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let verbal = |w: &str| {
        context::trend_of(w).is_some()
            || VERBAL_WORDS.contains(&w)
            || (w.len() > 4 && w.ends_with("ed"))
    };
    let next_is_verb = text
        .after(claim.span.end, 1)
        .next()
        .is_some_and(|t| t.is_word() && verbal(&t.text.to_ascii_lowercase()));
    // (The conjunct names its subject: `that in X`, `the food index`,
    // `imports`; a bare `and` is plain coordination, read elsewhere.)
    // (The conjunct opens with its subject: `that in X`, `the food
    // index`, or after `;` a bare noun, `imports`; not `and average`,
    // `and draws`, `; a further`.)
    let subject = conjunct.first().is_some_and(|w| {
        SUBJECT_OPENERS.contains(&w.as_str())
            || (conjunct.len() == 1 && between[open..].starts_with(';'))
    });
    // (Nor does it end in a preposition or a bound other than `by`: `;
    // together with`, `; an urban unemployment rate below`.)
    let open_end = conjunct
        .last()
        .is_some_and(|w| w != "by" && (OPEN_ENDS.contains(&w.as_str()) || is_pair_qualifier(w)));
    let next_is_of = text
        .after(claim.span.end, 1)
        .next()
        .is_some_and(|t| t.is("of"));
    subject
        && !open_end
        && !next_is_of
        && conjunct.len() <= 7
        && words.len() <= 14
        && !conjunct
            .iter()
            .any(|w| verbal(w) || w.chars().any(|c| c.is_ascii_digit()))
        && !conjunct
            .iter()
            .any(|w| ["of", "than", "from", "to", "or"].contains(&w.as_str()))
        && !next_is_verb
        && !between[..open].contains(['(', ')'])
        && !between[open..].contains(',')
}

/// `, mining `: a comma, then one to three words naming the subject of a
/// gapped conjunct (no verb, preposition, article, bound or number).
fn is_comma_conjunct(between: &str) -> bool {
    let Some(rest) = between.strip_prefix(',') else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let plain = |w: &&str| {
        let lower = w.to_ascii_lowercase();
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !VERBAL_WORDS.contains(&lower.as_str())
            && !OPEN_ENDS.contains(&lower.as_str())
            && !GAP_STOPS.contains(&lower.as_str())
            && !is_pair_qualifier(&lower)
            && context::trend_of(&lower).is_none()
            && !PARTICIPLES.contains(&lower.as_str())
            && !(lower.len() > 4 && lower.ends_with("ed"))
    };
    (1..=3).contains(&words.len()) && words.iter().all(plain)
}

/// Participles that open a clause after a comma (a gerund noun such as
/// `mining` or `housing` may name a conjunct).
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "reaching", "registering", "recording", "representing", "including", "excluding",
    "accounting", "amounting", "making", "taking", "totaling", "totalling", "bringing", "leaving",
    "giving", "showing", "marking", "being", "having", "following", "according", "compared",
];

/// Words that never open the subject of a gapped conjunct after a comma.
#[rustfmt::skip]
const GAP_STOPS: &[&str] = &[
    "the", "and", "or", "in", "by", "than", "up", "down", "respectively", "compared", "versus",
    "against", "relative", "then", "each", "both", "which", "that", "this", "these", "those", "its",
    "their", "our", "his", "her", "per", "year", "years", "month", "months", "quarter", "week",
    "weeks", "day", "days", "about", "some", "almost", "nearly", "around", "only", "just",
    "equivalent", "representing", "including", "excluding", "plus", "minus", "namely",
    "after", "before", "since", "until", "when", "where", "while", "as", "because", "if", "though",
    "although", "whereas", "but", "yet", "so", "with", "without", "from", "of", "for", "to", "at",
];

/// Words that make a clause finite (a conjunct with one is no gap).
#[rustfmt::skip]
const VERBAL_WORDS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "should", "must", "shall", "did", "does", "do", "remained", "stood",
    "reached", "made", "saw", "stayed", "fell", "rose", "grew", "came", "went", "which", "who",
    "while", "whereas", "but", "compared", "accounting", "accounts",
];

/// Words that leave a phrase open: a number after them is their object,
/// not a gapped conjunct's.
#[rustfmt::skip]
const OPEN_ENDS: &[&str] = &[
    "for", "at", "of", "to", "with", "from", "on", "as", "into", "below", "above", "over", "a", "an",
    "another", "further",
];

/// `the increase in the prices of meat and poultry by 6.6%; dairy,
/// cheese, and eggs by 3.3%; fish and seafood by 1.9%`, `increased by
/// 13.1%, general and technical secondary education by 5.3%, and
/// ready-made meals by 0.6%`, `lower the cash rate target to 4.10 per
/// cent and the interest rate paid on Exchange Settlement balances to 4
/// per cent`: after a change by or to a number, each member of the list
/// that names a subject and the same `by` or `to` again, with no verb of
/// its own, changes the same way. (The subject may itself be a list, so
/// commas and `and` inside it are allowed, unlike in
/// [`is_gapped_conjunct`].)
fn is_by_list_member(text: Text<'_>, prev: &Claim, between: &str) -> bool {
    let Some(preposition) = text
        .before(prev.span.start, 1)
        .next()
        .and_then(|t| ["by", "to"].into_iter().find(|p| t.is(p)))
    else {
        return false;
    };
    // (A member follows a `;`, a `,` or a bare `and`.)
    let opened = between
        .strip_prefix([';', ','])
        .or_else(|| between.strip_prefix(' ').filter(|m| m.starts_with("and ")));
    let Some(member) = opened.and_then(|m| m.trim_end().strip_suffix(preposition)) else {
        return false;
    };
    // (`; and transportation by 1.8%`: the last member.)
    let member = member.trim_start();
    let member = member.strip_prefix("and ").unwrap_or(member);
    let words: Vec<String> = member
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let named = |w: &String| {
        let w = w.as_str();
        w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !VERBAL_WORDS.contains(&w)
            && context::trend_of(w).is_none()
            && !(w.len() > 4 && w.ends_with("ed"))
            && !["of", "than", "from", "to", "or", "by", "respectively"].contains(&w)
    };
    !member.contains(['(', ')', ':']) && (1..=8).contains(&words.len()) && words.iter().all(named)
}

/// `expanded by 8.8 percent compared with the same period last year, and
/// 0.81 percent compared with February of this year`: a second number
/// after `, and` followed by the same words as the first (a parallel
/// conjunct) shares its change.
fn is_parallel_conjunct(text: Text<'_>, prev: &Claim, claim: &Claim, between: &str) -> bool {
    let tail: Vec<&str> = between
        .rsplit(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    if !between.contains(',') || tail != ["and"] {
        return false;
    }
    let words = |at: usize| -> Vec<String> {
        text.after(at, 2)
            .map(|t| t.text.to_ascii_lowercase())
            .collect()
    };
    let (a, b) = (words(prev.span.end), words(claim.span.end));
    a.len() == 2 && a == b && a.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// `increased by 1.08% on a quarter-on-quarter, seasonally-adjusted basis
/// (saar) and 6.56% on a year-on-year basis`: two numbers each framed `on
/// a … basis`, the second after `and`, are one change on two bases.
fn is_basis_conjunct(text: Text<'_>, prev: &Claim, claim: &Claim, words: &[&str]) -> bool {
    let on_a_basis = |at: usize| {
        let mut after = text.after(at, 2);
        after.next().is_some_and(|t| t.is("on"))
            && after.next().is_some_and(|t| t.is("a") || t.is("an"))
    };
    words.last() == Some(&"and")
        && words.contains(&"basis")
        && on_a_basis(prev.span.end)
        && on_a_basis(claim.span.end)
}

/// The words after the last comma of `between`, pair qualifiers left out
/// (`grew 0.7 per cent on the quarter, or 2.9 per cent at an annualized
/// rate`: `or`).
fn after_last_comma(between: &str) -> Vec<&str> {
    between
        .rsplit(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| !is_pair_qualifier(w))
        .collect()
}

/// Is the second number a restatement of the first: `fell by 3%, or
/// about $2 billion` (after `or`, maybe with a qualifier), `rose 1.4%
/// (CAD 5.0 billion)` (in brackets)?
fn is_restated(between: &str, words: &[&str]) -> bool {
    let unqualified = words
        .iter()
        .rposition(|w| !is_pair_qualifier(w))
        .map_or(&words[..0], |last| &words[..=last]);
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
            DATING_WORDS.contains(w) || is_month_lower(w) || w.chars().all(|c| c.is_ascii_digit())
        });
    // (`an increase of $1.5 billion ($870.5 million General Fund) or
    // 12.3 percent`: a bracketed part with its label closes, then `or`
    // restates the change.)
    let labelled_part = between.split_once(')').is_some_and(|(label, rest)| {
        !label.contains('(')
            && rest.trim() == "or"
            && label.split_whitespace().count() <= 4
            && label
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    });
    matches!(unqualified, ["or"])
        || bracketed
        || dated_bracket
        || labelled_part
        || (between.contains(',') && matches!(after_last_comma(between).as_slice(), ["or"]))
}

/// Are the two numbers coordinated (a list, a dated or placed pair, a
/// repeated `and by`), so that the second shares the first's trend?
fn is_coordinated(
    text: Text<'_>,
    between: &str,
    words: &[&str],
    prev: &Claim,
    claim: &Claim,
) -> bool {
    // (`(+43,000; +0.7%)`: a change and its rate in one bracket.)
    let listed = words.is_empty()
        && (between.trim() == ","
            || (between.trim() == ";"
                && text[..prev.span.start].trim_end().ends_with('(')
                && text[claim.span.end..].trim_start().starts_with(')')));
    // `for adult men (5.3 percent), whites (5.1 percent), and Hispanics
    // (6.9 percent)`: bracketed values of a list of labels.
    let bracketed_list = between.trim_start().starts_with(')')
        && between.trim_end().ends_with('(')
        && !words.is_empty()
        && words.len() <= 5
        && (between.contains(',') || words.first() == Some(&"and"))
        && prev.kind == claim.kind
        && prev.unit == claim.unit;
    // `increased by 8.3 percent, including 13.6 percent in tax revenue`:
    // a part's change under the same verb.
    let including = between.trim_start().starts_with(',')
        && words == ["including"]
        && prev.kind == claim.kind
        && prev.unit == claim.unit;
    // (`grows by 1.9 percent in 2025, measured from the fourth
    // quarter, and by 1.8 percent, on average`: `and by` repeats the
    // change.)
    let repeated_by = between.contains(',')
        && matches!(after_last_comma(between).as_slice(), ["and", "by"])
        && prev.kind == claim.kind
        && prev.unit == claim.unit;
    listed
        || bracketed_list
        || including
        || repeated_by
        || is_dated_pair(words, prev, claim)
        || is_list_item(between, words, prev, claim)
        || is_leading_list_item(between, words, prev, claim)
        || matches!(words, ["and"] | ["or"])
}

/// `0.8 per cent this year and 1.9 per cent next year`, `7.0 per cent in
/// FY23 and 9.7 per cent in FY22` (`0.7% in August and 0.2% in
/// September`; `26 per cent in number and 31 per cent in value`, placed,
/// of one kind and unit). (`grows 4.3 per cent in real terms this year and
/// 2.6 per cent next year`: the terms of a measure may stand with the
/// date.)
fn is_dated_pair(words: &[&str], prev: &Claim, claim: &Claim) -> bool {
    matches!(words.last(), Some(&"and" | &"or"))
        && (words[..words.len() - 1].iter().all(|w| {
            DATING_WORDS.contains(w)
                || PAIR_TERMS.contains(w)
                || is_month_lower(w)
                || w.chars().any(|c| c.is_ascii_digit())
        }) || (words.len() <= 4
            && ITEM_PREPOSITIONS[..3].contains(&words[0])
            && prev.kind == claim.kind
            && prev.unit == claim.unit))
}

/// `grow by 3½% in 2022, 1¾% in 2023, and 2½% in 2024`, `increased by
/// 118.9% in credit cards, 77.2% in vehicle loans, and ...`: an item of a
/// list of like values, dated or placed, before a comma.
fn is_list_item(between: &str, words: &[&str], prev: &Claim, claim: &Claim) -> bool {
    let item_words = match words {
        [head @ .., "and" | "or"] => head,
        all => all,
    };
    between
        .trim_end()
        .trim_end_matches(['a', 'n', 'd', 'o', 'r'])
        .trim_end()
        .ends_with(',')
        && !item_words.is_empty()
        && item_words.len() <= 5
        && prev.kind == claim.kind
        && prev.unit == claim.unit
        && !item_words.iter().any(|w| COMPARISON_WORDS.contains(w))
        && (item_words.iter().all(|w| {
            DATING_WORDS.contains(w) || is_month_lower(w) || w.chars().any(|c| c.is_ascii_digit())
        }) || ITEM_PREPOSITIONS.contains(&item_words[0]))
}

/// Is the second number the level the first change reached: `declined
/// by 43,000 to 916,000`, `grew 0.3%, to 216.5 million`, `grew by 5
/// percent, reaching 140.19 trillion yuan`?
fn reaches_level(between: &str, words: &[&str], prev: &Claim, claim: &Claim) -> bool {
    let after_comma = between.trim_start().starts_with(',');
    // `grown by three percentage points of GDP, to around 18%`
    let tail = last_clause_words(between);
    // (`from €80 billion to €60 billion in April 2017, and then to €30
    // billion`: `and then` continues the change.)
    let tail: Vec<String> = match tail.as_slice() {
        [and, then, rest @ ..] if and == "and" && then == "then" => rest.to_vec(),
        [then, rest @ ..] if then == "then" => rest.to_vec(),
        _ => tail,
    };
    let to_level = between.contains(',')
        && tail.first().is_some_and(|w| w == "to")
        && (tail[1..].iter().all(|w| is_bound_word(w)) || frames_level(&tail[1..]));
    // `grew by 3.4 GW during the year to reach 21.7 GW`: a time phrase
    // may stand before the words that introduce the level.
    // (`fell by 26,000 on the quarter to 898,000`, `increased by 8,900
    // in April 2024 to 1.593 million`)
    let undated = words
        .iter()
        .position(|w| {
            !(DATING_WORDS.contains(w)
                || CHANGE_SPAN_WORDS.contains(w)
                || is_month_lower(w)
                || w.bytes().all(|b| b.is_ascii_digit()))
        })
        .map_or(&words[..0], |first| &words[first..]);
    // `added 35 docking stations, for a total of 311`
    // (`totaling more than 50,000`: the bound before the number is its
    // qualifier.)
    let tail_words: Vec<&str> = tail.iter().map(String::as_str).collect();
    let unbounded = tail_words
        .iter()
        .rposition(|w| !is_pair_qualifier(w))
        .map_or(&tail_words[..0], |last| &tail_words[..=last]);
    let tail_words = if LEVEL_REACHED.contains(&unbounded) && prev.kind == claim.kind {
        unbounded.to_vec()
    } else {
        tail_words
    };
    // `increased by 39,700 people to 14,405,400`: the counted noun
    // may stand before `to`.
    let counted_to = prev.kind == Kind::Count
        && claim.kind == Kind::Count
        && matches!(undated, [noun, "to"] if noun.chars().all(|c| c.is_ascii_lowercase()));
    to_level
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
        // (`reduced by a cumulative 125 basis points to a historic low
        // of 1.75%`)
        || matches!(undated, ["to", frame @ ..] if frames_level(&owned(frame)))
        // (`will rise to $7,400 in January 2025 and reach $8,000 by
        // 2026`)
        || matches!(undated, ["and", "reach" | "reaches" | "reached"])
        || (between.contains(',') && TOTAL_REACHED.contains(&tail_words.as_slice()))
        || (between.contains(',') && carries_to_level(&tail_words))
        // (`increased by USD 5.1 billion compared to the same period of
        // the previous year, reaching USD 51.2 billion`: after the last
        // comma, whatever stood before it.)
        || (between.contains(',') && LEVEL_REACHED.contains(&tail_words.as_slice()))
}

/// After a comma, is the second number (with a trend) the difference of
/// the first from an earlier or other level: `1.3 trillion yuan, 300
/// billion yuan more than last year`, `214 million passengers, a 12%
/// increase`, but not a difference against a plan?
fn is_difference_after_comma(text: Text<'_>, prev: &Claim, claim: &Claim, between: &str) -> bool {
    let tail = between
        .rsplit(',')
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches('(')
        .trim()
        .to_ascii_lowercase();
    // (`£17.7 billion, which was £6.4 billion higher than in June 2013`,
    // `1,304.6 billion, which is an increase of`, `901.32 billion yuan,
    // which narrowed by 26.7 percent`: a relative clause states the
    // change of the level before it.)
    // (Only right after the level, past a bracketed aside: not
    // `4.9 percent in 2022, driven by a strong rebound in agriculture,
    // which expanded by 6.5 percent`.)
    // (`£49.6 billion for June 2014, which was £2.2 billion higher`: a
    // date may stand between.)
    let adjoining = between.rsplit_once(',').is_some_and(|(head, _)| {
        let head = head.trim();
        // (`90 per cent of the 2015-16 operating expenditure, which is an
        // increase of`: the whole of a share.)
        let whole = prev.kind == Kind::Percent && head.starts_with("of the ");
        let dated = head.split_whitespace().all(|w| {
            let w = w.to_ascii_lowercase();
            DATING_WORDS.contains(&w.as_str())
                || is_month_lower(&w)
                || w.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        });
        dated || whole || (head.starts_with('(') && head.ends_with(')'))
    });
    let stripped = strip_relative(&tail);
    let tail = if adjoining {
        stripped.as_str()
    } else {
        tail.as_str()
    };
    let article = matches!(tail, "a" | "an");
    // (`RMB 231.4 billion, increased by 12.3%`)
    let verb_by = adjoining
        && match tail.split_whitespace().collect::<Vec<_>>().as_slice() {
            [verb, "by"] => context::trend_of(verb) == Some(claim.trend),
            _ => false,
        };
    // `480 billion yuan were issued, 35 billion yuan more than
    // planned`: a difference against a plan keeps its trend.
    // (`12.2 per cent (or $89.3 billion) higher than the original
    // estimate`: read past the restatement.)
    let sentence = Span::new(claim.span.start, text.len());
    let after = context::past_restatement(text, claim.span.end, sentence);
    // (`R56.1 billion lower than the 2023 Budget estimate`: past a year
    // and a capitalized name.)
    let against_plan = text
        .after(after, 8)
        .take_while(|t| !t.is_symbol(',') && !t.is_symbol(';') && !t.is_symbol('.'))
        .any(|t| PLAN_WORDS.iter().any(|w| t.is(w)));
    // (`₹1.88 lakh crore, about 8.5 per cent lower than in FY23`:
    // a bound word may open a difference against an earlier time.)
    let bound_difference = !tail.is_empty()
        && tail.split_whitespace().all(is_bound_word)
        && context::is_against_earlier_time(text, claim.span);
    (tail.is_empty() || article || verb_by || bound_difference || states_change_of(tail))
        && !against_plan
}

/// `which was`, `which is`, `which has been`, `which`: a relative pronoun
/// and its copula opening a clause, left off the words after it.
fn strip_relative(tail: &str) -> String {
    let words: Vec<&str> = tail.split_whitespace().collect();
    // (`, showing a growth rate of`, `, marking a 3 per cent decrease`,
    // `, reflecting a reduction of`: a participle that states the change.)
    let words = match words.as_slice() {
        [participle, rest @ ..] if CHANGE_PARTICIPLES.contains(participle) => rest,
        all => all,
    };
    let rest = match words {
        ["which", "has" | "have" | "had", "been", rest @ ..] => rest,
        ["which", "is" | "was" | "are" | "were", rest @ ..] => rest,
        ["which", rest @ ..] => rest,
        all => all,
    };
    rest.join(" ")
}

/// Words that may open the second number of a pair, beside the bound
/// words (`or less than`, `or close to`).
const PAIR_QUALIFIERS: &[&str] = &["more", "less", "than", "close", "to", "just", "under", "up"];

fn is_pair_qualifier(word: &str) -> bool {
    is_bound_word(word) || PAIR_QUALIFIERS.iter().any(|q| word.eq_ignore_ascii_case(q))
}
/// Words that date a number in a coordinated pair, beside month names
/// and digits (`0.8 per cent this year and 1.9 per cent next year`, `in
/// the first half`): periods, their pointers and the prepositions between.
/// Not the clock words of `nonclaim` (`10 am`), which make a time of day.
const DATING_WORDS: &[&str] = &[
    "this", "next", "last", "year", "years", "month", "quarter", "in", "the", "first", "second",
    "third", "fourth", "fiscal", "half", "per", "annum", "annually", "a", "by", "for",
];

/// `66.2 percent from 65.2 percent`, `6.3 percent of GDP, up from 5.4
/// percent`: the words between a level and the earlier level.
fn compared_with_earlier(words: &[&str]) -> bool {
    // (`up from just under 40%`, `down from a peak of almost €4.95
    // trillion`, `slightly up from the 7.2 percent`.)
    let to_from = words
        .iter()
        .rposition(|w| !context::is_origin_filler_word(w))
        .map_or(words, |last| &words[..=last]);
    // (`78 per cent, a slight decline from the 80 per cent`, `RM13,000
    // annually, which is a significant increase from RM11,000`: a change
    // noun naming the move from the earlier level.)
    let noun_from = matches!(to_from, [.., noun, "from"] if CHANGE_FROM_NOUNS.contains(noun));
    // (`3.8 percent in February, sliding further compared to the 4.4
    // percent`, `falling from 4.4 percent`: a rise or fall participle
    // after the level names its move from the earlier one.)
    let moving = |w: &str| w.ends_with("ing") && context::trend_of(w).is_some();
    let participle_from = match to_from {
        [.., p, "further", "from"] | [.., p, "further", "compared", "to" | "with"] => moving(p),
        [.., p, "from"] | [.., p, "compared", "to" | "with"] => moving(p),
        _ => false,
    };
    noun_from || participle_from || matches!(to_from, ["from"] | [.., "up" | "down", "from"])
}

/// The claim before claim `i` that it may share a trend with: the one
/// right before it, past durations (`US$4.2 billion in the 12 months to
/// September 2024, up 14.6 percent`: the span of time dates the amount,
/// it is no neighbour of the change).
fn previous_sharer(claims: &[Claim], i: usize) -> Option<usize> {
    let sentence = claims.get(i)?.sentence;
    (0..i)
        .rev()
        .take_while(|&j| claims[j].sentence == sentence)
        // (A few claims back at most: a sentence of many durations stays
        // linear.)
        .take(3)
        .find(|&j| claims[j].kind != Kind::Duration)
        .or(i.checked_sub(1))
}

/// The words as owned strings (what [`frames_level`] reads).
fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// `, to a range of`, `, to between`, `, to a historic high of`, `, to a
/// new low of`: words after `to` that frame the level a change reached.
fn frames_level(words: &[String]) -> bool {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !is_bound_word(w))
        .collect();
    if LEVEL_FRAMES.contains(&words.as_slice()) {
        return true;
    }
    match words.as_slice() {
        [determiner, adjectives @ .., extreme, "of"] => {
            RECORD_DETERMINERS.contains(determiner)
                && RECORD_EXTREMES.contains(extreme)
                && adjectives.len() <= 2
                && adjectives.iter().all(|w| RECORD_ADJECTIVES.contains(w))
        }
        _ => false,
    }
}

/// `rose by 42,000 people, taking the part-time share of employment to
/// 31.0 per cent`, `rise by £36 billion a year, taking the tax take to a
/// historic high of 38 per cent`: after a comma, a verb that carries what
/// changed to its new level; the level shares the change's trend.
fn carries_to_level(tail: &[&str]) -> bool {
    let Some((verb, rest)) = tail.split_first() else {
        return false;
    };
    if !CARRYING_VERBS.contains(verb) {
        return false;
    }
    let Some(to) = rest.iter().position(|w| *w == "to") else {
        return false;
    };
    let level: Vec<String> = rest[to + 1..].iter().map(|w| w.to_string()).collect();
    to <= 8
        && rest[..to].iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        && (level.iter().all(|w| is_bound_word(w)) || frames_level(&level))
}

/// `growth is now projected at 7.2 per cent, with Q1 at 7.3 per cent; Q2
/// at 7.2 per cent`, `forecast at 4.6 percent, and for H2 at 5 percent`:
/// after a comma or semicolon, an item of a list of like values whose
/// label (a period) stands before its value.
fn is_leading_list_item(between: &str, words: &[&str], prev: &Claim, claim: &Claim) -> bool {
    let opens = between.trim_start().starts_with([',', ';']);
    let label = match words {
        ["and" | "with" | "or", rest @ ..] => rest,
        all => all,
    };
    let dated = |w: &&str| {
        DATING_WORDS.contains(w) || is_month_lower(w) || w.chars().any(|c| c.is_ascii_digit())
    };
    opens
        && prev.kind == claim.kind
        && prev.unit == claim.unit
        && matches!(label.last(), Some(&"at" | &"in"))
        && label.len() <= 4
        && label.iter().any(|w| dated(w) && !DATING_WORDS.contains(w))
        && label
            .iter()
            .all(|w| dated(w) || ITEM_PREPOSITIONS[..4].contains(w))
}

/// The words after the last comma of `between`, lower-cased: the clause
/// that leads to the next number.
fn last_clause_words(between: &str) -> Vec<String> {
    between
        .rsplit(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect()
}

/// `grew by 5.7 percent in 2024, compared with 2.9 percent in 2023`,
/// `real GDP grew 1.7% in the first quarter, below the 2.8% projected`:
/// the base a change is compared with, in the change's own unit, is a
/// change of the same kind (the house rule: the base of a comparison takes
/// no trend unless it is itself a growth rate). Not the base of a level
/// (`rose to 4%, compared with 3%`) nor of a difference stated after its
/// number (`0.4% higher than the 2.6%`).
fn base_of_a_change(text: Text<'_>, prev: &Claim, claim: &Claim, between: &str) -> bool {
    let clause = last_clause_words(between);
    // (`after a weak 0.2 per cent in 2024/25`, not a clause with a verb
    // of its own: `to reach 4.10% after the bank maintained rates at
    // 4.35%`.)
    let dated_sequence = clause.first().is_some_and(|w| w == "after")
        && !clause.iter().skip(1).any(|w| {
            VERBAL_WORDS.contains(&w.as_str())
                || context::trend_of(w).is_some()
                || (w.len() > 4 && w.ends_with("ed"))
        });
    // (`GDP growth rate of 5.5%, beating Indonesia (5.0%)`: a peer's
    // rate in brackets after a verb that outdoes it.)
    let peer = clause
        .first()
        .is_some_and(|w| OUTDOING_WORDS.contains(&w.as_str()))
        && clause.last().is_some_and(|w| w == "(")
        && clause.len() <= 5;
    // (`in 2009 relative to 3 percent`: a date may open the clause.)
    let comparing =
        |w: &String| ["compared", "versus", "relative", "against"].contains(&w.as_str());
    let compares = peer
        || clause.first().is_some_and(comparing)
        || clause
            .iter()
            .position(comparing)
            .is_some_and(|at| clause.len() - at <= 3)
        || clause
            .windows(2)
            .any(|w| (w[0] == "above" || w[0] == "below") && (w[1] == "the" || w[1] == "its"));
    let rate = matches!(prev.kind, Kind::Percent | Kind::PercentagePoint);
    let growth = context::is_change_size(text, prev.span) || is_growth_level(text, prev.span);
    (dated_sequence || (compares && growth))
        && rate
        && !claim.value.is_zero()
        && prev.kind == claim.kind
        && prev.unit == claim.unit
        && !context::is_level_reached(text, prev.span)
        && context::trend_stated_after(text, prev.span) == Trend::None
}

/// `Economic growth is now projected at 3½ percent in 2009`, `growth was
/// 2.5%`: a growth rate stated as a level of `growth` (the subject, with
/// no verb of change between it and the number: not `growth slowed to
/// 2.1%`), whose base is a growth rate too.
fn is_growth_level(text: Text<'_>, span: Span) -> bool {
    let words: Vec<token::Token> = text
        .before(span.start, 8)
        .take_while(|t| t.is_word())
        .filter(|t| !is_bound_word(t.text))
        .collect();
    let linked = words.first().is_some_and(|t| {
        ["at", "of", "is", "was", "be", "been", "were", "are"]
            .iter()
            .any(|w| t.is(w))
    });
    let Some(growth) = words.iter().position(|t| t.is("growth")) else {
        return false;
    };
    linked
        && !words[..growth]
            .iter()
            .any(|t| t.is("to") || context::trend_of(t.text).is_some())
}

/// `reached 74,997 yuan and 40,311 yuan respectively, up 4.8% and 7.3%`,
/// `employed 11,372 medical officers and 60,190 nurses and midwives, up 7%
/// and 4% respectively`, `US$4.2 billion (KSh 593 billion) ..., up 14.6
/// percent`: a change stated after the second of two coordinated levels
/// (or after a restatement in brackets) is the change of both. Read from
/// the end, so that a trend given to a number by a later one reaches back
/// over its partner; `own` is each claim's trend before any sharing.
fn share_backwards(text: Text<'_>, claims: &mut [Claim], own: &[Trend]) {
    for i in (1..claims.len()).rev() {
        let (head, tail) = claims.split_at_mut(i);
        let (prev, claim) = (&mut head[i - 1], &tail[0]);
        let given_later = own.get(i) == Some(&Trend::None) && claim.trend != Trend::None;
        if prev.sentence != claim.sentence
            || prev.trend != Trend::None
            || !given_later
            || prev.kind != claim.kind
            || prev.kind == Kind::Duration
        {
            continue;
        }
        let Some(between) = text.get(prev.span.end..claim.span.start) else {
            continue;
        };
        let words: Vec<&str> = between.split_whitespace().collect();
        let coordinated = match words.as_slice() {
            ["and"] => true,
            // (`11,372 medical officers and 60,190`: the counted noun.)
            [nouns @ .., "and"] => {
                prev.kind == Kind::Count
                    && nouns.len() <= 2
                    && nouns.iter().all(|w| w.chars().all(char::is_alphabetic))
            }
            ["("] => true,
            // (`7.10 percent, 5.78 percent and 5.82 percent growth`: a
            // list's earlier members.)
            [","] => true,
            _ => false,
        };
        if coordinated && (prev.unit == claim.unit || words == ["("]) {
            prev.trend = claim.trend;
        }
    }
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
    // `increased by 9.3%, amounting to RMB 371.5 billion`, `increased by
    // 8,439, totaling more than 50,000`
    &["amounting", "to"],
    &["totaling"],
    &["totalling"],
    &["bringing", "the", "total", "to"],
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
    // (`a growth rate of`: the rate of the change.)
    let words: Vec<&str> = tail.split_whitespace().filter(|w| *w != "rate").collect();
    match words.as_slice() {
        [.., noun, "of" | "by"] if words.len() <= 4 && CHANGE_OF_NOUNS.contains(noun) => {
            words.len() < 3 || matches!(words[0], "a" | "an")
        }
        _ => CHANGE_STATED.contains(&tail),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The claims of `text` as `kind value unit` (`percent 0.4 %`), for
    /// the tests of the stages that give claims their units.
    pub(crate) fn kinds(text: &str) -> Vec<String> {
        extract(text)
            .claims
            .iter()
            .map(|c| format!("{} {} {}", c.kind.as_str(), c.value.normalize(), c.unit))
            .collect()
    }

    #[test]
    fn a_traditional_text_naming_the_taiwan_dollar_reads_its_yuan_as_twd() {
        // The evidence is counted before the script fold: folded, the
        // traditional text would look like simplified mainland text.
        // (`國`, `經`, `發`, `實` fold to characters of simplified script.)
        let taiwan = "國庫歲入新台幣2兆749億元，較預算數增加1243億元，\
                      經濟發展支出1兆9560億元，實際賸餘1189億元。";
        assert_eq!(
            kinds(taiwan),
            [
                "money 2074900000000 TWD",
                "money 124300000000 TWD",
                "money 1956000000000 TWD",
                "money 118900000000 TWD"
            ]
        );
        // The same sentence in simplified script is a mainland report's.
        let mainland = "全市一般公共预算收入1243亿元，比上年增长5.2%。";
        assert_eq!(kinds(mainland), ["money 124300000000 CNY", "percent 5.2 %"]);
    }

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

    /// `text trend` of every claim.
    fn trends(text: &str) -> Vec<String> {
        extract(text)
            .claims
            .iter()
            .map(|c| format!("{} {}", c.span.text(text), c.trend.as_str()))
            .collect()
    }

    #[test]
    fn a_change_on_two_bases_is_one_change() {
        assert_eq!(
            trends(
                "GDP increased by 1.08% on a quarter-on-quarter, seasonally-adjusted basis (saar) \
                 and 6.56% on a year-on-year basis."
            ),
            ["1.08% up", "6.56% up"]
        );
        // (A second number on no basis of its own is read as before.)
        assert_eq!(
            trends("GDP increased by 1.08% on a yearly basis and 6.56% of firms closed."),
            ["1.08% up", "6.56% "]
        );
    }

    #[test]
    fn an_amount_restated_in_a_second_currency_is_two_claims() {
        assert_eq!(
            claims("The Bank received US $ 60 million or Rs.7.8 billion from donors."),
            [
                "US $ 60 million money 60000000 USD",
                "Rs.7.8 billion money 7800000000 INR"
            ]
        );
        // One currency written twice is still a range.
        assert_eq!(
            claims("It will cost $3 to $4 billion."),
            ["$3 to $4 billion money 3000000000 USD"]
        );
    }

    #[test]
    fn lakhs_and_thousands_of_crores_are_one_number() {
        assert_eq!(
            claims("The size of the budget is seven lakh 97 thousand crores."),
            ["seven lakh 97 thousand crores count 7970000000000 "]
        );
        // Rupees in a Bangladeshi text are taka.
        assert_eq!(
            claims("In Bangladesh the programme is two lakh 65 thousand crore rupees."),
            ["two lakh 65 thousand crore rupees money 2650000000000 BDT"]
        );
        assert_eq!(
            claims("It pays 3 lakh 20 thousand people."),
            ["3 lakh 20 thousand count 320000 "]
        );
        // A list is no compound.
        assert_eq!(
            claims("Rs 2 lakh, 65 thousand and 3 crore."),
            [
                "Rs 2 lakh money 200000 INR",
                "65 thousand count 65000 ",
                "3 crore count 30000000 "
            ]
        );
    }

    #[test]
    fn a_fiscal_year_with_a_spaced_dash_is_a_year() {
        assert_eq!(
            claims("The 2016 – 17 budget raised 5 percent more; in 2024—25 it was 3 percent."),
            ["5 percent percent 5 %", "3 percent percent 3 %"]
        );
    }

    #[test]
    fn a_decimal_comma_or_broken_point_in_an_amount_before_a_scale() {
        // One decimal comma glued to a sign, in a document of points.
        assert_eq!(
            claims("Malawi spent K5,98 trillion, up 12.5 percent; tax was K1.2 billion."),
            [
                "K5,98 trillion money 5980000000000 MWK",
                "12.5 percent percent 12.5 %",
                "K1.2 billion money 1200000000 MWK"
            ]
        );
        // A point broken by a space in a PDF copy, where points are decimal.
        assert_eq!(
            claims("Zambia spent K1. 5 billion on roads and 2.5 percent of GDP on schools."),
            [
                "K1. 5 billion money 1500000000 ZMW",
                "2.5 percent percent 2.5 %"
            ]
        );
        // A thousands group has three digits.
        assert_eq!(
            claims("Zambia spent K5,000 million."),
            ["K5,000 million money 5000000000 ZMW"]
        );
    }

    #[test]
    fn a_verb_governs_both_members_that_name_the_same_base() {
        assert_eq!(
            trends(
                "The deficit widened to 5.1 per cent of GDP and 4.8 per cent of GDP in 2022 and 2023."
            ),
            ["5.1 per cent up", "4.8 per cent up"]
        );
        assert_eq!(
            trends("Exports and imports rose by 3.1% and 2.4% respectively."),
            ["3.1% up", "2.4% up"]
        );
    }

    #[test]
    fn the_old_value_of_a_change_takes_no_difference_after_a_comma() {
        assert_eq!(
            trends(
                "Gas production dropped to 3 billion cubic feet, down from over 4 billion cubic feet in 2015, a 25% drop."
            ),
            [
                "3 billion cubic feet down",
                "4 billion cubic feet ",
                "25% down"
            ]
        );
    }

    #[test]
    fn a_share_opening_a_clause_after_a_comma_takes_no_trend() {
        assert_eq!(
            trends("Prices fell 3 percent,5 percent of firms closed."),
            ["3 percent down", "5 percent "]
        );
        assert_eq!(
            trends("Prices fell 3 percent, 5 percent of firms closed."),
            ["3 percent down", "5 percent "]
        );
        // A list of like numbers keeps its verb.
        assert_eq!(
            trends("Prices fell 3 percent,5 percent and 2 percent."),
            ["3 percent down", "5 percent down", "2 percent down"]
        );
    }

    #[test]
    fn a_level_shares_the_change_stated_in_a_relative_clause() {
        assert_eq!(
            trends(
                "In May, net borrowing was £12.5 billion, which was £3.1 billion higher than in May 2013."
            ),
            ["£12.5 billion up", "£3.1 billion up"]
        );
        assert_eq!(
            trends("Spending was £81.2 billion (an increase of £2.3 billion)."),
            ["£81.2 billion up", "£2.3 billion up"]
        );
        assert_eq!(
            trends("The surplus reached 88.2 billion yuan, which narrowed by 12.4 percent."),
            ["88.2 billion yuan down", "12.4 percent down"]
        );
        // Not a relative clause about another noun.
        assert_eq!(
            trends(
                "Output grew by 5.2 percent in 2023, up from 4.1 percent in 2022, led by farming, which expanded by 3.5 percent."
            ),
            ["5.2 percent up", "4.1 percent ", "3.5 percent up"]
        );
        // A difference against an estimate keeps its trend to itself.
        assert_eq!(
            trends(
                "Revenue is now put at $2.1 trillion, which is $40.2 billion lower than the 2023 Budget estimate."
            ),
            ["$2.1 trillion ", "$40.2 billion down"]
        );
    }

    #[test]
    fn a_level_shares_a_change_after_a_comma_verb_or_participle() {
        assert_eq!(
            trends("Retail sales were RMB 120.5 billion, increased by 9.1%."),
            ["RMB 120.5 billion up", "9.1% up"]
        );
        assert_eq!(
            trends("Exports grew by 7.5%, amounting to RMB 42.3 billion."),
            ["7.5% up", "RMB 42.3 billion up"]
        );
        assert_eq!(
            trends("The number of firms increased by 1,204, totaling more than 30,000."),
            ["1,204 up", "30,000 up"]
        );
        assert_eq!(
            trends("Investment reached RMB 40.1 billion, showing a growth rate of 31.2%."),
            ["RMB 40.1 billion up", "31.2% up"]
        );
        assert_eq!(
            trends(
                "The utilisation rate was 71 per cent, a slight decline from the 74 per cent rate a year earlier."
            ),
            ["71 per cent down", "74 per cent "]
        );
    }

    #[test]
    fn a_change_after_a_share_belongs_to_the_level_before_it() {
        assert_eq!(
            trends(
                "Tourism added 80.5 billion yuan, accounting for 9.2 percent of the region's GDP, up by 5.1 percent."
            ),
            ["80.5 billion yuan up", "9.2 percent ", "5.1 percent up"]
        );
        // A change in points is the share's own.
        assert_eq!(
            trends(
                "Rural residents accounted for 35.1 percent of the total, 0.6 percentage point lower than a year earlier."
            ),
            ["35.1 percent down", "0.6 percentage point down"]
        );
    }

    #[test]
    fn gapped_and_parallel_conjuncts_repeat_the_change() {
        assert_eq!(
            trends(
                "Sales in the north increased by 4.1 percent; that in the south by 6.3 percent."
            ),
            ["4.1 percent up", "6.3 percent up"]
        );
        assert_eq!(
            trends("The rent index has risen 3.2 percent and the fuel index 1.4 percent."),
            ["3.2 percent up", "1.4 percent up"]
        );
        assert_eq!(
            trends("Exports rose 6 percent; imports 4 percent."),
            ["6 percent up", "4 percent up"]
        );
        assert_eq!(
            trends(
                "Output expanded by 5.5 percent compared with a year earlier, and 0.6 percent compared with May."
            ),
            ["5.5 percent up", "0.6 percent up"]
        );
        // A verb of its own, or an object, is no gap.
        assert_eq!(
            trends("The plan cuts fees by $2.5 million, and draws $8.1 million from reserves."),
            ["$2.5 million down", "$8.1 million "]
        );
        assert_eq!(
            trends("Demand rose by 4%; together with $5 billion from the fund, the total is set."),
            ["4% up", "$5 billion "]
        );
    }

    #[test]
    fn a_comma_list_of_gapped_conjuncts_repeats_the_change() {
        assert_eq!(
            trends("Output rose 3.4 percent, mining 2.1 percent and utilities 1.5 percent."),
            ["3.4 percent up", "2.1 percent up", "1.5 percent up"]
        );
        assert_eq!(
            trends("Prices fell 2%, food prices 3.5% and fuel 6%."),
            ["2% down", "3.5% down", "6% down"]
        );
        // A bound, a verb or a period after the comma is no gap.
        assert_eq!(
            trends("Prices fell 2%, about 3% in real terms."),
            ["2% down", "3% "]
        );
        assert_eq!(
            trends("Sales rose 4%, reaching 12% of output."),
            ["4% up", "12% up"]
        );
    }

    #[test]
    fn the_base_of_a_growth_level_is_a_growth_rate() {
        assert_eq!(
            trends(
                "Economic growth is now projected at 3½ percent in 2009 relative to 3 percent at approval."
            ),
            ["3½ percent up", "3 percent up"]
        );
        assert_eq!(
            trends("Growth is forecast at 2.5% this year, compared to 3.4% last year."),
            ["2.5% up", "3.4% up"]
        );
        // The base of a level is no growth rate.
        assert_eq!(
            trends("Inflation is forecast at 2.5% this year, compared to 3.4% last year."),
            ["2.5% ", "3.4% "]
        );
    }

    #[test]
    fn a_bracketed_base_after_a_time_compared_with_takes_no_trend() {
        assert_eq!(
            trends(
                "The rate was 4.1%, slightly higher than for April to June 2018 but lower than for a year earlier (4.3%)."
            ),
            ["4.1% up", "4.3% "]
        );
        // So is the figure compared with, named before the bracket (as
        // `than the estimate of 3.1%`; the s8 audit's gold).
        assert_eq!(
            trends("Sales were 3% higher than the estimate (3.1%)."),
            ["3% up", "3.1% "]
        );
    }

    #[test]
    fn revised_upwards_by_and_a_counted_noun_before_a_comparative() {
        assert_eq!(
            trends(
                "Revenue projections were revised upwards by $35 billion; upwards of 500 people came."
            ),
            ["$35 billion up", "500 "]
        );
        assert_eq!(
            trends("The population is now approximately 180,000 people higher than anticipated."),
            ["180,000 up"]
        );
    }

    #[test]
    fn upward_before_a_revision_or_a_trend_is_a_rise() {
        assert_eq!(
            trends(
                "Rates were revised upward by 0.2 points, an upward revision of about 10 basis points."
            ),
            ["0.2 points up", "10 basis points up"]
        );
        assert_eq!(
            trends("Outlays were $3.9 billion in lower than estimated costs."),
            ["$3.9 billion "]
        );
    }

    #[test]
    fn a_level_restated_in_brackets_compared_with_its_old_value() {
        assert_eq!(
            trends(
                "It will spend 2.81 trillion shillings ($27.40 billion) next year, up from a revised 2.47 trillion shillings."
            ),
            [
                "2.81 trillion shillings up",
                "$27.40 billion up",
                "2.47 trillion shillings "
            ]
        );
        assert_eq!(
            trends(
                "The deficit falls to 5.6 per cent, a 0.7 per cent reduction compared to a 6.3 per cent deficit."
            ),
            ["5.6 per cent down", "0.7 per cent down", "6.3 per cent "]
        );
    }

    #[test]
    fn a_scaled_restatement_in_brackets_takes_the_amounts_currency() {
        assert_eq!(
            kinds("The target is Tk 5 trillion (500,000 crore), and 12 (300 million) people."),
            [
                "money 5000000000000 BDT",
                "money 5000000000000 BDT",
                "count 12 ",
                "count 300000000 "
            ]
        );
    }

    #[test]
    fn millions_of_hours_worked_are_an_amount_that_falls() {
        assert_eq!(
            trends(
                "Hours worked were 891.0 million, down 158.2 million hours on the quarter; prices rose for eight months."
            ),
            [
                "891.0 million down",
                "158.2 million hours down",
                "eight months "
            ]
        );
    }

    #[test]
    fn a_subordinate_after_clause_ends_the_reach_of_the_change() {
        assert_eq!(
            trends(
                "The Board cut rates by 25 basis points to reach 4.10% after the bank maintained rates at 4.35% since 2023."
            ),
            ["25 basis points down", "4.10% down", "4.35% "]
        );
    }

    #[test]
    fn advanced_at_a_pace_is_a_rise_and_to_a_level_of_a_level_reached() {
        assert_eq!(
            trends(
                "Inflation advanced at a manageable 6.1 per cent, while advanced economies held at 2%."
            ),
            ["6.1 per cent up", "2% "]
        );
        assert_eq!(
            trends(
                "GDP increased 5.5 percent, or $259.0 billion, in the third quarter to a level of $19,509.0 billion."
            ),
            [
                "5.5 percent up",
                "$259.0 billion up",
                "$19,509.0 billion up"
            ]
        );
    }

    #[test]
    fn bracketed_values_of_listed_labels_share_the_change() {
        assert_eq!(
            trends(
                "Jobless rates fell for adult women (4.1 percent), teenagers (12.2 percent), and veterans (3.0 percent)."
            ),
            ["4.1 percent down", "12.2 percent down", "3.0 percent down"]
        );
        assert_eq!(
            trends("GDP growth of 6.1%, beating Chile (4.0%) and Peru (2.2%)."),
            ["6.1% up", "4.0% up", "2.2% up"]
        );
    }

    #[test]
    fn an_old_value_keeps_its_own_change_and_a_second_one_none() {
        assert_eq!(
            trends("Prices rose 1.1 per cent, up from a 0.7 per cent rise in March."),
            ["1.1 per cent up", "0.7 per cent up"]
        );
        assert_eq!(
            trends("Inflation fell to 2.1%, down from 2.6% in May and 3.9% in June 2023."),
            ["2.1% down", "2.6% ", "3.9% "]
        );
    }

    #[test]
    fn trend_is_read_through_the_clause_structure() {
        // A level before `, up from` its origin.
        assert_eq!(
            trends("Solar will cover 50% in 2026, up from just under 40% in 2023."),
            ["50% up", "40% "]
        );
        // A price per unit before its difference; the level shares it.
        assert_eq!(
            trends(
                "Gasoline averaged $3.25 per gallon in September, 24 cents/gal lower than in August."
            ),
            ["$3.25 down", "24 cents down"]
        );
        // A frame between the verb and the level.
        assert_eq!(
            trends(
                "The Fed lowered the rate by 100 basis points in 2024, to a range of 4 to 4.5 percent."
            ),
            ["100 basis points down", "4 to 4.5 percent down"]
        );
        assert_eq!(
            trends("Spending will grow at an average annual rate of 4.5 per cent."),
            ["4.5 per cent up"]
        );
        // A participle after a comma introduces the level reached.
        assert_eq!(
            trends("The unemployment rate declined in 2022 Q1, registering 7.2 percent."),
            ["7.2 percent down"]
        );
        // Coordinated levels share a change stated after the second.
        assert_eq!(
            trends("Incomes reached 74,997 yuan and 40,311 yuan respectively, up 4.8% and 7.3%."),
            ["74,997 yuan up", "40,311 yuan up", "4.8% up", "7.3% up"]
        );
        // The base of a growth rate is a growth rate.
        assert_eq!(
            trends("Real GDP grew by 5.7 percent in 2024, compared with 2.9 percent in 2023."),
            ["5.7 percent up", "2.9 percent up"]
        );
        // A minus sign in brackets is a fall, as a plus sign is a rise.
        assert_eq!(
            trends(
                "Exports to India (+32.4%) increased, while exports to Japan (-12.0%) decreased."
            ),
            ["32.4% up", "-12.0% down"]
        );
    }

    #[test]
    fn repeated_changes_and_levels_share_the_trend() {
        assert_eq!(
            trends(
                "Core inflation eased for the eleventh consecutive month to a new low of 3.2 per cent."
            ),
            ["3.2 per cent down"]
        );
        assert_eq!(
            trends("The ceiling will rise to $7,400 in January 2025 and reach $8,000 by 2026."),
            ["$7,400 up", "$8,000 up"]
        );
        assert_eq!(
            trends(
                "Spending grows 4.3 per cent in real terms this year and 2.6 per cent next year."
            ),
            ["4.3 per cent up", "2.6 per cent up"]
        );
        assert_eq!(
            trends(
                "GDP grows by 1.9 percent in 2025, measured from the fourth quarter, and by 1.8 percent, on average."
            ),
            ["1.9 percent up", "1.8 percent up"]
        );
        // A multiple against an earlier time is a rise.
        assert_eq!(
            trends(
                "The fleet has 212 electric buses, nearly triple the 71 buses in service in 2019."
            ),
            ["212 ", "triple up", "71 "]
        );
    }

    #[test]
    fn comparisons_shares_and_held_levels_take_no_trend() {
        assert_eq!(
            trends(
                "PM2.5 is still almost twice the guideline, and unemployment remains nearly double the average."
            ),
            ["twice ", "double "]
        );
        assert_eq!(
            trends("The NHS will receive £3.4 billion to double its investment."),
            ["£3.4 billion ", "double up"]
        );
        assert_eq!(
            trends(
                "Arrivals recovered to some 34 million, or about 60 per cent of the pre-pandemic level."
            ),
            ["34 million up", "60 per cent "]
        );
        assert_eq!(
            trends(
                "The youth unemployment rate remained at 12.4%, up 2.4 percentage points from a year earlier."
            ),
            ["12.4% ", "2.4 percentage points up"]
        );
        assert_eq!(
            trends("Inflation has more than halved since its peak of 7.8 per cent."),
            ["halved down", "7.8 per cent "]
        );
    }

    #[test]
    fn from_to_compares_durations_in_days() {
        assert_eq!(
            trends("The limit is being increased from 6 months to 1 year."),
            ["6 months ", "1 year up"]
        );
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
    fn index_points_restated_in_percent_are_no_percentage_points() {
        assert_eq!(
            claims(
                "The index was 105.2, an increase of 0.2 point or 0.2 per cent above September."
            ),
            [
                "105.2 count 105.2 ",
                "0.2 count 0.2 ",
                "0.2 per cent percent 0.2 %"
            ]
        );
        // A rate's change in points stays percentage points.
        assert_eq!(
            claims("Unemployment fell to 4.1%, down 0.2 points."),
            ["4.1% percent 4.1 %", "0.2 points percentage_point 0.2 pp"]
        );
    }

    #[test]
    fn a_dash_garbled_by_a_code_page_joins_a_range() {
        // UTF-8 en and em dashes read as Windows-1252, code page 850 and 437.
        let text =
            "Growth of 3 â€“ 6 percent, inflation 2ÔÇô4 per cent, 5ΓÇô6% and 2 â€” 3 per cent.";
        let ranges: Vec<String> = extract(text)
            .claims
            .iter()
            .map(|c| format!("{} {:?}", c.value, c.value_max.map(|v| v.to_string())))
            .collect();
        assert_eq!(
            ranges,
            [
                "3 Some(\"6\")",
                "2 Some(\"4\")",
                "5 Some(\"6\")",
                "2 Some(\"3\")"
            ]
        );
        // A garbled fiscal-year label stays a label.
        assert!(claims("The budget for 2016â€“17 and 2016ÔÇô17 rose.").is_empty());
    }

    #[test]
    fn minus_one_space_after_a_year_label_is_a_sign() {
        // European tables in prose: the year labels the signed value.
        assert_eq!(
            claims("Inflation 2016 -0,3% and 2017 1,5%; in 2017/18 -1.2 per cent."),
            [
                "-0,3% percent -0.3 %",
                "1,5% percent 1.5 %",
                "-1.2 per cent percent -1.2 %"
            ]
        );
        // A year range written loosely (no decimal, no `%`) takes no sign.
        let loose = claims("over the period 2015 -20 wages rose 3%");
        assert!(loose.iter().all(|c| !c.contains("-20")), "{loose:?}");
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
        // A noun between or no unit after: nothing to share; the items of a
        // list closed by `and` share its one unit.
        assert_eq!(
            claims(
                "in 12 provinces and 30 per cent of cities; 3, 4 and 5 per cent; 15 and 20 people"
            ),
            [
                "12 count 12 ",
                "30 per cent percent 30 %",
                "3 percent 3 %",
                "4 percent 4 %",
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
        // So are the points of a rate named before them.
        assert_eq!(
            claims(
                "Participation rate decreased 0.2 pts, but remained high. The index lost 3 pts."
            ),
            ["0.2 pts percentage_point 0.2 pp", "3 count 3 "]
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

    #[test]
    fn a_labelled_part_and_a_participle_relate_pairs() {
        // `($870.5 million General Fund) or 12.3 percent`: the `or` after a
        // bracketed, labelled part restates the change.
        assert_eq!(
            trends("Outlays rose by $2 billion ($900 million State Fund) or 8.4 percent."),
            ["$2 billion up", "$900 million up", "8.4 percent up"]
        );
        // A rise or fall participle before `from` or `compared to` names
        // the move from the earlier level; the values give its sense.
        assert_eq!(
            trends(
                "Core inflation was 2.9 percent in May, sliding further compared to the 3.2 percent in April."
            ),
            ["2.9 percent down", "3.2 percent "]
        );
        assert_eq!(
            trends("Exports were $5.2 billion last year, climbing from $4.8 billion."),
            ["$5.2 billion up", "$4.8 billion "]
        );
        // Without a trend word, a comparison states no change.
        assert_eq!(
            trends("Energy had the highest rate (7.5%, compared with 7.4% in March)."),
            ["7.5% ", "7.4% "]
        );
    }

    proptest::proptest! {
        /// The candidate scan's eight-at-a-time run of letters ends where
        /// a byte-by-byte walk ends, whatever the bytes (letters of either
        /// case, the bytes next to `a`-`z` and `A`-`Z`, non-ASCII).
        #[test]
        fn letters_end_as_a_byte_walk_does(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"aAzZmM@[`{09 \x80\xc1\xe1\xfa\xff".to_vec()),
                0..40,
            ),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let walked = from + bytes[from..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
            proptest::prop_assert_eq!(letters_end(&bytes, from), walked);
        }
    }
}
