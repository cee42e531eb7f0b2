//! English words of the pair rules: the words between two numbers of one
//! sentence that say how the second relates to the first (the level a
//! change reached, an item of a list of like values, a difference against
//! a plan, the base of a comparison). The rules are in `extract`'s pair
//! readers; the words are here, one table per concept.

/// Prepositions that open a dated or placed item of a list (`1¾% in
/// 2023`, `77.2% for vehicle loans`, `at end-March`), most general first:
/// a dated pair (`in 2022 and`) reads the first three, a leading label
/// (`, in 2023 at`) the first four, a list item all five.
pub const ITEM_PREPOSITIONS: &[&str] = &["in", "for", "on", "at", "among"];

/// Words that make the words between two numbers a comparison, not an item
/// of a list (`4% compared with 3%`, `5% versus 6%`, `3% and 4%
/// respectively`).
pub const COMPARISON_WORDS: &[&str] = &[
    "compared",
    "than",
    "from",
    "versus",
    "against",
    "respectively",
];

/// Words of the measure, not the date, that a dated pair may carry (`in
/// real terms and`).
pub const PAIR_TERMS: &[&str] = &["real", "nominal", "terms"];

/// Words of time or manner that may stand between a change and the level
/// it reached (`grew by 3.4 GW during the year to reach 21.7 GW`, `fell by
/// 26,000 on the quarter to 898,000`).
pub const CHANGE_SPAN_WORDS: &[&str] = &["during", "over", "on", "respectively"];

/// Participles after a comma that state the change of the level before
/// them (`, showing a growth rate of`, `, marking a 3 per cent decrease`).
pub const CHANGE_PARTICIPLES: &[&str] = &[
    "showing",
    "marking",
    "reflecting",
    "representing",
    "indicating",
];

/// Verbs by which a change outdoes a peer's, whose rate follows in
/// brackets (`a GDP growth rate of 5.5%, beating Indonesia (5.0%)`).
pub const OUTDOING_WORDS: &[&str] = &[
    "beating",
    "outpacing",
    "outperforming",
    "surpassing",
    "ahead",
];

/// Words after the second number that make a difference one against a
/// plan or an estimate (`35 billion yuan more than planned`, `higher than
/// the original estimate`): such a difference keeps its own trend.
pub const PLAN_WORDS: &[&str] = &[
    "planned",
    "expected",
    "estimated",
    "budgeted",
    "forecast",
    "projected",
    "targeted",
    "estimate",
    "estimates",
    "original",
];

/// Verbs that carry a total to a level after a comma (`, taking the total
/// to 5,000`, `, bringing it to a record high of`).
pub const CARRYING_VERBS: &[&str] = &["taking", "bringing", "lifting", "pushing", "putting"];

/// Phrases after `to` that frame the level a change reached (`, to a range
/// of`, `, to between`, `, to a deficit of 4½ percent of GDP`).
#[rustfmt::skip]
pub const LEVEL_FRAMES: &[&[&str]] = &[
    &["between"], &["a", "range", "of"], &["the", "range", "of"], &["a", "total", "of"],
    &["a", "deficit", "of"], &["a", "surplus", "of"], &["a", "level", "of"],
];

/// A record level after `to` (`to a new low of`, `to its all-time high
/// of`): the determiner, up to two of the adjectives, the extreme, `of`.
pub const RECORD_DETERMINERS: &[&str] = &["a", "an", "its", "their"];

/// See [`RECORD_DETERMINERS`].
pub const RECORD_ADJECTIVES: &[&str] = &["new", "record", "historic", "all-time", "multi-year"];

/// See [`RECORD_DETERMINERS`].
pub const RECORD_EXTREMES: &[&str] = &["high", "low", "peak"];

/// Words that open a conjunct with its own subject (`and that in X`, `;
/// the food index`).
pub const SUBJECT_OPENERS: &[&str] = &["the", "that", "those", "its", "their"];

/// Words after `of` that make a percent a share of a whole (`40% of the
/// total`, `12% of all households`).
pub const WHOLE_DETERMINERS: &[&str] = &["the", "its", "their", "total", "all"];

/// The dashes that join the two ends of a range (`5–6 per cent`,
/// `2016—17`), as written and as scraped reports garble them: an en or
/// em dash in UTF-8 read as Windows-1252 (`3 â€“ 6 percent`), as Latin-1
/// (its second and third bytes C1 controls), as the DOS code page 850
/// (`2ÔÇô4 per cent`) or 437 (`2ΓÇô4`). (The ASCII hyphen is read apart:
/// it is also a minus and a compound's joint.)
pub const RANGE_DASHES: &[&str] = &[
    "–",
    "—",
    "â€“",
    "â€”",
    "â\u{80}\u{93}",
    "â\u{80}\u{94}",
    "ÔÇô",
    "ÔÇö",
    "ΓÇô",
    "ΓÇö",
];

/// The length of the range dash ([`RANGE_DASHES`]) that starts `rest`, if
/// one does.
pub fn range_dash_at(rest: &str) -> Option<usize> {
    RANGE_DASHES
        .iter()
        .filter(|dash| rest.starts_with(*dash))
        .map(|dash| dash.len())
        .max()
}

/// The length of the range dash ([`RANGE_DASHES`]) that ends `head`, if
/// one does.
pub fn range_dash_before(head: &str) -> Option<usize> {
    RANGE_DASHES
        .iter()
        .filter(|dash| head.ends_with(*dash))
        .map(|dash| dash.len())
        .max()
}
