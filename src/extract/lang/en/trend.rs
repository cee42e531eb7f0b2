//! English trend words: the rise and fall verbs as lemmas (their forms are
//! generated, see [`forms`]), the nouns and adverbs that carry a trend,
//! and the phrases that state a trend right after a number or after a
//! comma. One table per concept; `context` runs the rules over them.

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
    ("slide", Trend::Down, Forms::Only(&["slid"])),
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
        ]
        .iter()
        .map(|s| crate::extract::extract(s).claims[0].trend.as_str())
        .collect();
        assert_eq!(
            trends,
            ["up", "down", "down", "up", "down", "up", "down", "down"]
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
