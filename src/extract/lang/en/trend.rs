//! English trend words: the rise and fall verbs as lemmas (their forms are
//! generated, see [`forms`]), the nouns and adverbs that carry a trend,
//! the change nouns (`a 5% increase`, `an increase of`), and the phrases
//! that state a trend right after a number or after a comma. One table
//! per concept; `context` and the pair rules of `extract` run the rules
//! over them.

use crate::extract::model::Trend;

/// How the forms of a trend lemma are made.
#[derive(Debug, Clone, Copy)]
pub enum Forms {
    /// A regular verb: `ease`, `eases`, `eased`, `easing`.
    Regular,
    /// A regular verb that doubles its last consonant: `drop`, `dropped`,
    /// `dropping`.
    Doubling,
    /// An irregular verb: its past and participle (`rise`, `rose`,
    /// `risen`); the `-s` and `-ing` forms are regular.
    Irregular(&'static str, &'static str),
    /// Only these words (nouns, adverbs, or a verb whose other forms mean
    /// something else: `cuts` is mostly a noun, `contract` is one).
    Only(&'static [&'static str]),
}

/// Words that say the quantity rose or fell, as lemmas.
#[rustfmt::skip]
pub const TREND_LEMMAS: &[(&str, Trend, Forms)] = &[
    // Rises.
    ("rise", Trend::Up, Forms::Irregular("rose", "risen")),
    ("grow", Trend::Up, Forms::Irregular("grew", "grown")),
    ("increase", Trend::Up, Forms::Regular),
    ("climb", Trend::Up, Forms::Regular),
    ("surge", Trend::Up, Forms::Regular),
    ("jump", Trend::Up, Forms::Regular),
    ("soar", Trend::Up, Forms::Regular),
    ("expand", Trend::Up, Forms::Regular),
    ("raise", Trend::Up, Forms::Regular),
    ("boost", Trend::Up, Forms::Regular),
    ("hike", Trend::Up, Forms::Regular),
    ("rebound", Trend::Up, Forms::Regular),
    // `widen` only before `to`/`by` (see `context::governs`), not a
    // project's scope (`widen 14.5 miles of Route 22`).
    ("widen", Trend::Up, Forms::Only(&["widen", "widened", "widening", "widens"])),
    ("recover", Trend::Up, Forms::Regular),
    ("accelerate", Trend::Up, Forms::Regular),
    // `strengthening to 3% in 2024`, `strengthened vis-à-vis the Swiss
    // franc by 1.0%`
    ("strengthen", Trend::Up, Forms::Regular),
    ("lift", Trend::Up, Forms::Regular),
    ("appreciate", Trend::Up, Forms::Regular),
    // `we added 5,200 hospital beds`, `adding 42,000 school places`.
    ("add", Trend::Up, Forms::Regular),
    // `exceeds the target of 308 000 units by about 30%` (only after `by`:
    // see `context::trend_before`).
    ("exceed", Trend::Up, Forms::Regular),
    ("gain", Trend::Up, Forms::Only(&["gained", "gaining"])),
    // `projections were revised upwards by Sh35 billion`: only before
    // `to`/`by` (see `context::governs`), not `upwards of 500 people`.
    ("upward", Trend::Up, Forms::Only(&["upward", "upwards"])),
    ("downward", Trend::Down, Forms::Only(&["downward", "downwards"])),
    // `Exports advanced 16.6 percent`: only right before the number or
    // `by` (see `context::governs`), not `advanced economies` or the noun
    // `advances` (loans).
    ("advance", Trend::Up, Forms::Only(&["advanced", "advancing"])),
    // `Shares rallied to 4,200`, `rallied by 4.5%`: only before `to`/`by`
    // (see `context::governs`), not `rallied 10 million volunteers`.
    ("rally", Trend::Up, Forms::Only(&["rallied", "rallying"])),
    ("leap", Trend::Up, Forms::Only(&["leapt", "leaped", "leaping"])),
    ("skyrocket", Trend::Up, Forms::Regular),
    ("spike", Trend::Up, Forms::Only(&["spiked", "spiking"])),
    ("swell", Trend::Up, Forms::Only(&["swelled"])),
    ("balloon", Trend::Up, Forms::Only(&["ballooned", "ballooning"])),
    ("firm", Trend::Up, Forms::Only(&["firmed"])),
    // `debts mounted to $5 billion`: only before `to`/`by` (see
    // `context::governs`), not `roof-mounted solar capacity`.
    ("mount", Trend::Up, Forms::Only(&["mounted"])),
    // Like `widen`, only before `to`/`by`: `the deficit deepened to 5%`.
    ("deepen", Trend::Up, Forms::Only(&["deepened", "deepening", "deepens"])),
    ("surpass", Trend::Up, Forms::Only(&["surpassed"])),
    ("enhance", Trend::Up, Forms::Only(&["enhance", "enhanced"])),
    // `double` as a verb only (`to double the loan limit to ₹4 lakh`, see
    // `context::governs`), not `double taxation`.
    ("double", Trend::Up, Forms::Only(&["double", "doubled", "doubles", "doubling"])),
    ("triple", Trend::Up, Forms::Only(&["tripled", "triples", "tripling"])),
    ("quadruple", Trend::Up, Forms::Only(&["quadrupled"])),
    ("quintuple", Trend::Up, Forms::Only(&["quintupled"])),
    // `We have beefed up the budget for the Electoral Commission to around
    // $565,000`: the verb forms only (`beef exports` is a noun).
    ("beef", Trend::Up, Forms::Only(&["beefed", "beefing"])),
    // `bring total disbursements to SDR 243.5 million`: only with `to`
    // before the number (see `context::governs`).
    ("bring", Trend::Up, Forms::Irregular("brought", "brought")),
    // `peaked at 10.1%`, `debt peaking at 28.7 per cent of GDP`: only
    // before `at` (see `context::governs`).
    ("peak", Trend::Up, Forms::Only(&["peaked", "peaking", "peaks"])),
    ("growth", Trend::Up, Forms::Only(&["growth", "increment", "uplift", "augmentation", "appreciation"])),
    ("up", Trend::Up, Forms::Only(&["up", "upward", "higher"])),
    // Falls.
    ("fall", Trend::Down, Forms::Irregular("fell", "fallen")),
    ("shrink", Trend::Down, Forms::Irregular("shrank", "shrunk")),
    ("lose", Trend::Down, Forms::Irregular("lost", "lost")),
    ("ease", Trend::Down, Forms::Regular),
    ("slow", Trend::Down, Forms::Regular),
    ("moderate", Trend::Down, Forms::Regular),
    ("soften", Trend::Down, Forms::Regular),
    // `weakened by 1.4%`, `after decelerating in June 2022 to record 13.2
    // percent`
    ("weaken", Trend::Down, Forms::Regular),
    ("decelerate", Trend::Down, Forms::Regular),
    ("decline", Trend::Down, Forms::Regular),
    ("decrease", Trend::Down, Forms::Regular),
    ("drop", Trend::Down, Forms::Doubling),
    ("reduce", Trend::Down, Forms::Regular),
    ("lower", Trend::Down, Forms::Regular),
    ("slash", Trend::Down, Forms::Regular),
    ("dip", Trend::Down, Forms::Doubling),
    ("plunge", Trend::Down, Forms::Regular),
    ("plummet", Trend::Down, Forms::Regular),
    ("tumble", Trend::Down, Forms::Regular),
    ("narrow", Trend::Down, Forms::Regular),
    ("trim", Trend::Down, Forms::Doubling),
    ("halve", Trend::Down, Forms::Regular),
    ("eliminate", Trend::Down, Forms::Regular),
    // Right before the number only (see `context::governs`): `removing
    // 1,000 MW`.
    ("remove", Trend::Down, Forms::Regular),
    ("depreciate", Trend::Down, Forms::Regular),
    ("shorten", Trend::Down, Forms::Regular),
    // `cuts` mostly a noun (`tax cuts worth £900`): the verb only with
    // `by` (see `context::governs`).
    ("cut", Trend::Down, Forms::Only(&["cut", "cutting", "cuts"])),
    // `contract` only right before its number or `by` (`economies to
    // contract 2.5%`, see `context::governs`): a noun first (`a contract
    // of $5 million`).
    ("contract", Trend::Down, Forms::Only(&["contract", "contracted", "contracting", "contraction"])),
    // `downgraded its growth forecast for this year to 2.7%`
    ("downgrade", Trend::Down, Forms::Only(&["downgraded", "downgrading"])),
    ("sink", Trend::Down, Forms::Only(&["sank"])),
    // `sliding further compared to the 4.4 percent`: the past and the
    // progressive; not `slides` (a presentation's).
    ("slide", Trend::Down, Forms::Only(&["slid", "sliding"])),
    ("slip", Trend::Down, Forms::Only(&["slipped", "slipping"])),
    ("retreat", Trend::Down, Forms::Only(&["retreated", "retreating"])),
    ("slump", Trend::Down, Forms::Regular),
    ("collapse", Trend::Down, Forms::Only(&["collapsed"])),
    ("crash", Trend::Down, Forms::Only(&["crashed"])),
    ("sag", Trend::Down, Forms::Only(&["sagged", "sagging"])),
    ("dwindle", Trend::Down, Forms::Regular),
    ("recede", Trend::Down, Forms::Only(&["receded", "receding"])),
    ("subside", Trend::Down, Forms::Only(&["subsided"])),
    // `inflation cooled to 3.1%`: only before `to`/`by` (see
    // `context::governs`).
    ("cool", Trend::Down, Forms::Only(&["cooled"])),
    // `shedding 20,000 jobs`: right before the number only (see
    // `context::governs`); not `shed`, a noun as often (`cattle shed`).
    ("shed", Trend::Down, Forms::Only(&["shedding"])),
    // `a net loss of almost 100 million hectares`
    ("loss", Trend::Down, Forms::Only(&["loss", "reduction", "reductions", "depreciation", "deflation"])),
    ("down", Trend::Down, Forms::Only(&["down", "downward"])),
];

/// Change nouns that, right after a number, state its own change.
pub const CHANGE_NOUNS: &[(&str, Trend)] = &[
    ("increase", Trend::Up),
    ("rise", Trend::Up),
    ("gain", Trend::Up),
    ("decrease", Trend::Down),
    ("decline", Trend::Down),
    ("drop", Trend::Down),
    ("fall", Trend::Down),
    ("reduction", Trend::Down),
    ("loss", Trend::Down),
    // `a threefold expansion`, `a 3 per cent uplift`
    ("expansion", Trend::Up),
    // `7.1 percent GDP growth`, `-0.3% growth`
    ("growth", Trend::Up),
    ("uplift", Trend::Up),
    // `a 25 basis point rate cut`, `a 0.5 percentage point hike`
    ("cut", Trend::Down),
    ("hike", Trend::Up),
];

/// Words right after a number that state its trend (`a 5% increase`,
/// `$4 billion higher than`).
#[rustfmt::skip]
pub const TREND_AFTER: &[(&[&str], Trend)] = &[
    (&["increase"], Trend::Up), (&["rise"], Trend::Up), (&["growth"], Trend::Up), (&["higher"], Trend::Up),
    (&["more", "than"], Trend::Up), (&["up"], Trend::Up), (&["an", "increase"], Trend::Up),
    (&["a", "rise"], Trend::Up), (&["a", "growth"], Trend::Up), (&["year-on-year", "increase"], Trend::Up),
    (&["increasing"], Trend::Up), (&["rising"], Trend::Up), (&["gain"], Trend::Up), (&["a", "gain"], Trend::Up),
    (&["loss"], Trend::Down), (&["a", "loss"], Trend::Down),
    (&["smaller", "than"], Trend::Down), (&["larger", "than"], Trend::Up), (&["fewer"], Trend::Down),
    // `19 percentage points short of the 80% target`
    (&["short", "of"], Trend::Down), (&["fall"], Trend::Down),
    // `0.1 pts below its record high`, `30% above the target`
    (&["below"], Trend::Down), (&["above"], Trend::Up),
    (&["decrease"], Trend::Down), (&["decline"], Trend::Down), (&["drop"], Trend::Down), (&["lower"], Trend::Down),
    (&["fewer", "than"], Trend::Down), (&["less", "than"], Trend::Down), (&["down"], Trend::Down),
    (&["a", "decrease"], Trend::Down), (&["a", "decline"], Trend::Down), (&["a", "drop"], Trend::Down),
    (&["reduction"], Trend::Down), (&["a", "reduction"], Trend::Down), (&["cut"], Trend::Down),
    (&["decreasing"], Trend::Down), (&["falling"], Trend::Down), (&["more"], Trend::Up),
    (&["annual", "growth"], Trend::Up), (&["annual", "increase"], Trend::Up), (&["year-on-year", "growth"], Trend::Up),
];

/// Adjectives of the period a growth rate runs over (`annual growth`, `a
/// 5% annualised wage rise`): they may stand between a number and its
/// growth or change noun.
pub const PERIOD_ADJECTIVES: &[&str] = &["annual", "annualised", "annualized", "yearly"];

/// Marks after a percent that name it a change on the period before
/// (`-0,3% q/q and 0.7% y/y`): a growth rate, whose sign says up or down.
pub const GROWTH_MARKS: &[&[&str]] = &[
    &["q", "/", "q"],
    &["y", "/", "y"],
    &["m", "/", "m"],
    &["yoy"],
    &["qoq"],
];

/// Words after a comma that state the trend of the total before it
/// (`126 trillion yuan, an increase of 5.2 percent`). Comparisons against
/// an estimate (`, lower than the estimate by`) are not among them: their
/// trend belongs to the difference only.
#[rustfmt::skip]
pub const TREND_AFTER_COMMA: &[(&[&str], Trend)] = &[
    (&["an", "increase"], Trend::Up), (&["up"], Trend::Up), (&["increasing"], Trend::Up),
    (&["rising"], Trend::Up), (&["a", "rise"], Trend::Up), (&["growing"], Trend::Up),
    (&["representing", "an", "increase"], Trend::Up), (&["a", "year-on-year", "increase"], Trend::Up),
    (&["a", "decrease"], Trend::Down), (&["down"], Trend::Down), (&["decreasing"], Trend::Down),
    (&["falling"], Trend::Down), (&["a", "drop"], Trend::Down), (&["a", "decline"], Trend::Down),
    (&["a", "reduction"], Trend::Down), (&["declining"], Trend::Down),
    // `£22.6 billion, higher than in the previous year`: against an earlier
    // time, the level is one reached by a rise (against an estimate or a
    // forecast it is not, see above).
    (&["higher", "than", "in"], Trend::Up), (&["higher", "than", "last"], Trend::Up),
    (&["higher", "than", "a", "year"], Trend::Up), (&["higher", "than", "the", "previous"], Trend::Up),
    (&["higher", "than", "at"], Trend::Up), (&["higher", "than", "a", "month"], Trend::Up),
    (&["lower", "than", "in"], Trend::Down), (&["lower", "than", "last"], Trend::Down),
    (&["lower", "than", "a", "year"], Trend::Down), (&["lower", "than", "the", "previous"], Trend::Down),
    (&["lower", "than", "at"], Trend::Down), (&["lower", "than", "a", "month"], Trend::Down),
    // `4.1%, slightly higher than for April to June 2018`
    (&["higher", "than", "for"], Trend::Up), (&["lower", "than", "for"], Trend::Down),
];

/// Words that are no counted noun before a comparative (`$3.9 billion
/// in lower than estimated outlays`, `4.2 per cent) would more than`).
#[rustfmt::skip]
pub const COUNTED_NOT_NOUNS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "would", "will", "could", "may", "might", "in", "of",
    "to", "for", "on", "at", "by", "with", "from", "and", "or", "per", "a", "an", "the", "much",
    "far", "slightly", "even", "still", "no", "any",
];

/// Comparatives after a number and its counted noun (`180,000 people
/// higher than anticipated`, `40 jobs fewer than`).
pub const COUNTED_COMPARATIVES: &[(&str, Trend)] = &[
    ("higher", Trend::Up),
    ("more", Trend::Up),
    ("lower", Trend::Down),
    ("fewer", Trend::Down),
    ("less", Trend::Down),
];

/// Adverbs of degree read past after a comma (`, slightly higher than`).
pub const DEGREE_ADVERBS: &[&str] = &[
    "slightly",
    "marginally",
    "somewhat",
    "much",
    "significantly",
    "considerably",
    "substantially",
    "well",
    "far",
];

/// `3.9 trillion yuan ..., an increase of 100 billion yuan`: words after a
/// comma that state the change of the total before them.
pub const CHANGE_STATED: &[&str] = &[
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

/// Change nouns that head a phrase stating the change of the total before
/// them (`, an increase of 100 billion yuan`, `, a growth rate of 5%`).
/// Not [`CHANGE_NOUNS`]: it adds `growth` and lacks `gain`, `loss`,
/// `cut`, `hike`, `expansion` and `uplift`, the set this rule was written
/// and checked with (widening it changes ledgers, so test that first).
pub const CHANGE_OF_NOUNS: &[&str] = &[
    "increase",
    "rise",
    "growth",
    "decrease",
    "decline",
    "drop",
    "reduction",
    "fall",
];

/// Change nouns before `from` and an earlier level.
#[rustfmt::skip]
pub const CHANGE_FROM_NOUNS: &[&str] = &[
    "increase", "rise", "decline", "decrease", "drop", "fall", "reduction", "jump", "improvement",
    "deterioration",
];

/// Words right before `from` that make `from X to Y` a range of values,
/// not a change (`wage growth ranged from 1.2 per cent for Mining to 2.7
/// per cent`): its low end is no old value, and takes the trend the range
/// has (a growth rate is a rise at either end).
#[rustfmt::skip]
pub const RANGE_WORDS: &[&str] = &[
    "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying",
];

/// Every form of a lemma: the base, `-s`, past, participle and `-ing`.
pub fn forms(lemma: &'static str, how: Forms) -> Vec<String> {
    let (past, participle) = match how {
        Forms::Only(words) => return words.iter().map(|w| w.to_string()).collect(),
        Forms::Irregular(past, participle) => (past.to_string(), participle.to_string()),
        Forms::Regular | Forms::Doubling => {
            let past = past_of(lemma, matches!(how, Forms::Doubling));
            (past.clone(), past)
        }
    };
    let ing = ing_of(lemma, matches!(how, Forms::Doubling));
    let mut all = vec![
        lemma.to_string(),
        third_person(lemma),
        past,
        participle,
        ing,
    ];
    all.dedup();
    all
}

fn third_person(lemma: &str) -> String {
    if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("ch") || lemma.ends_with("sh") {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

fn past_of(lemma: &str, doubling: bool) -> String {
    if doubling {
        let last = lemma.chars().last().map(String::from).unwrap_or_default();
        format!("{lemma}{last}ed")
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    }
}

fn ing_of(lemma: &str, doubling: bool) -> String {
    if doubling {
        let last = lemma.chars().last().map(String::from).unwrap_or_default();
        format!("{lemma}{last}ing")
    } else if let Some(stem) = lemma.strip_suffix('e').filter(|s| !s.ends_with('e')) {
        format!("{stem}ing")
    } else {
        format!("{lemma}ing")
    }
}

/// Every trend word with its trend.
pub fn trend_words() -> impl Iterator<Item = (String, Trend)> {
    TREND_LEMMAS
        .iter()
        .flat_map(|&(lemma, trend, how)| forms(lemma, how).into_iter().map(move |w| (w, trend)))
}

/// The forms of `bring`, which states a rise only with `to` before the
/// level reached (`bringing the total to 7,849`).
pub const BRING_FORMS: &[&str] = &["bring", "brings", "brought", "bringing"];

/// Objects of `bring … to` whose level states no rise: `brought the
/// year-to-date average inflation to 4.1 percent`, `bring the average to
/// 4.5 per cent`, `bring the deficit target to 3 percent`: an average or
/// a target is set at a level, from either side.
pub const LEVEL_SET_OBJECTS: &[&str] = &["average", "averages", "target", "targets"];

/// Nouns of a level aimed at or capped (`towards a 5 percent target`,
/// `under a 3% ceiling`): after `a` as after `the`, the number names the
/// goal, and a change verb before it moves something else.
pub const TARGET_NOUNS: &[&str] = &[
    "target",
    "targets",
    "goal",
    "goals",
    "objective",
    "objectives",
    "ceiling",
    "cap",
];

/// `accounting for 21.1% of total fuel use`: verbs of a share (before
/// `for`).
pub const ACCOUNTING_VERBS: &[&str] = &["accounting", "accounted", "accounts", "account"];

/// `contributing 8.85% to overall growth`: verbs of a share contributed
/// (right before the number).
pub const CONTRIBUTING_VERBS: &[&str] =
    &["contributing", "contributed", "contributes", "contribute"];

/// `the contribution was 5.47 percent`: nouns of a share, the subject of
/// a copula before the number.
pub const SHARE_NOUNS: &[&str] = &["contribution", "contributions", "share"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_forms() {
        assert_eq!(
            forms("ease", Forms::Regular),
            ["ease", "eases", "eased", "easing"]
        );
        assert_eq!(
            forms("slash", Forms::Regular),
            ["slash", "slashes", "slashed", "slashing"]
        );
        assert_eq!(
            forms("drop", Forms::Doubling),
            ["drop", "drops", "dropped", "dropping"]
        );
    }

    #[test]
    fn irregular_forms() {
        assert_eq!(
            forms("rise", Forms::Irregular("rose", "risen")),
            ["rise", "rises", "rose", "risen", "rising"]
        );
        assert_eq!(
            forms("lose", Forms::Irregular("lost", "lost")),
            ["lose", "loses", "lost", "losing"]
        );
    }

    #[test]
    fn generated_forms_give_trends_in_sentences() {
        let trends: Vec<&str> = [
            "Exports soar 12% this year.",
            "Imports plunge 8% this year.",
            "Output may dip 2% next year.",
            "Sales recover 3% this year.",
            "Profits tumble 4% this year.",
            "The euro strengthened by 1.0% against the franc.",
            "The effective exchange rate weakened by 1.4%.",
            "Inflation was decelerating to 13.2 percent.",
            "The peso kept sliding to 58.4 per dollar.",
        ]
        .iter()
        .map(|s| crate::extract::extract(s).claims[0].trend.as_str())
        .collect();
        assert_eq!(
            trends,
            [
                "up", "down", "down", "up", "down", "up", "down", "down", "down"
            ]
        );
    }

    #[test]
    fn no_word_has_two_trends() {
        let mut seen = std::collections::HashMap::new();
        for (word, trend) in trend_words() {
            if let Some(other) = seen.insert(word.clone(), trend) {
                assert_eq!(other, trend, "{word}");
            }
        }
    }
}
