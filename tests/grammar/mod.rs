//! A grammar of report text for the fuzzer (`tests/fuzz_grammar.rs`) and
//! the property tests: documents of English and Chinese sentences whose
//! clauses put a qualifier, a trend word, a currency, a number (digits,
//! full-width digits, number words, Chinese numerals), a scale and a unit
//! in the orders reports use, plus ranges, table blocks, table notes and
//! noise (formula starts, control characters, cut tokens, any char).
//!
//! Every word class is drawn from the extractor's own tables (units,
//! scaled units, scale words, currencies, English number, trend and
//! qualifier words, the Chinese numerals, unit and classifier forms,
//! qualifier, trend, comparison and subject words), so the grammar grows
//! as the tables grow. Only the nouns that subjects are made of and the
//! punctuation are written here.

#![allow(dead_code)] // each test binary uses a part

use std::sync::LazyLock;

use proptest::prelude::*;

use claimscan::extract::lang::en::{qualifier as en_qualifier, trend as en_trend};
use claimscan::extract::lang::zh::tables as zh;
use claimscan::extract::{number, units};

/// A word list drawn from a table, shared by every strategy.
type Words = Vec<String>;

fn owned<'a>(words: impl Iterator<Item = &'a str>) -> Words {
    let mut all: Words = words
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    all.sort();
    all.dedup();
    all
}

/// Every English unit, scaled unit, scale word and currency form.
static EN_FORMS: LazyLock<Words> = LazyLock::new(|| owned(units::written_forms()));
static EN_SCALES: LazyLock<Words> = LazyLock::new(|| owned(units::scale_words().map(|w| w.0)));
static EN_CURRENCY_PREFIXES: LazyLock<Words> =
    LazyLock::new(|| owned(units::CURRENCY_PREFIXES.iter().map(|w| w.0)));
static EN_SMALL: LazyLock<Words> = LazyLock::new(|| owned(number::SMALL.iter().map(|w| w.0)));
static EN_TENS: LazyLock<Words> = LazyLock::new(|| owned(number::TENS.iter().map(|w| w.0)));
static EN_FRACTIONS: LazyLock<Words> =
    LazyLock::new(|| owned(number::FRACTION_WORDS.iter().map(|w| w.0)));
static EN_TRENDS: LazyLock<Words> = LazyLock::new(|| {
    let words: Vec<String> = en_trend::trend_words().map(|(w, _)| w).collect();
    owned(words.iter().map(String::as_str))
});
static EN_QUALIFIERS_BEFORE: LazyLock<Words> = LazyLock::new(|| {
    let phrases: Vec<String> = en_qualifier::QUALIFIERS_BEFORE
        .iter()
        .map(|(words, _)| words.join(" "))
        .chain(en_qualifier::BOUND_WORDS.iter().map(|w| w.to_string()))
        .collect();
    owned(phrases.iter().map(String::as_str))
});
static EN_QUALIFIERS_AFTER: LazyLock<Words> = LazyLock::new(|| {
    let phrases: Vec<String> = en_qualifier::QUALIFIERS_AFTER
        .iter()
        .map(|(words, _)| words.join(" "))
        .collect();
    owned(phrases.iter().map(String::as_str))
});
static EN_DURATION_MODIFIERS: LazyLock<Words> =
    LazyLock::new(|| owned(units::DURATION_MODIFIERS.iter().copied()));

/// The Chinese digits and scale characters, found by asking the reader's
/// own lookups over the CJK block (so a character added there is drawn).
static ZH_DIGITS: LazyLock<Vec<char>> = LazyLock::new(|| cjk_where(zh::digit_value));
static ZH_MULTIPLIERS: LazyLock<Vec<char>> = LazyLock::new(|| cjk_where(zh::multiplier));
static ZH_UNITS: LazyLock<Words> = LazyLock::new(|| owned(zh::UNIT_FORMS.iter().map(|w| w.0)));
static ZH_CURRENCY_PREFIXES: LazyLock<Words> =
    LazyLock::new(|| owned(zh::CURRENCY_PREFIXES.iter().map(|w| w.0)));
static ZH_QUALIFIERS_BEFORE: LazyLock<Words> =
    LazyLock::new(|| owned(zh::QUALIFIERS_BEFORE.iter().map(|w| w.0)));
static ZH_QUALIFIERS_AFTER: LazyLock<Words> =
    LazyLock::new(|| owned(zh::QUALIFIERS_AFTER.iter().map(|w| w.0)));
static ZH_TRENDS: LazyLock<Words> = LazyLock::new(|| owned(zh::TREND_WORDS.iter().map(|w| w.0)));
static ZH_LEADS: LazyLock<Words> = LazyLock::new(|| {
    owned(
        zh::COMPARISON_WORDS
            .iter()
            .chain(zh::SUBJECT_HEAD_WORDS)
            .chain(zh::SUBJECT_TAIL_WORDS)
            .chain(zh::CUT_WORDS)
            .chain(zh::SESSION_COUNT_LEADS)
            .chain(zh::RATE_BASE_BEFORE)
            .chain(zh::DURATION_LEADS)
            .copied(),
    )
});

fn cjk_where<T>(lookup: impl Fn(char) -> Option<T>) -> Vec<char> {
    ('\u{3000}'..='\u{9fff}')
        .chain('\u{f900}'..='\u{faff}')
        .filter(|&c| lookup(c).is_some())
        .collect()
}

/// Nouns that subjects are made of (not in any table: the extractor reads
/// subjects from the words around a number, whatever they are).
const EN_NOUNS: &[&str] = &[
    "GDP",
    "revenue",
    "the budget",
    "grain output",
    "exports",
    "emissions",
    "forest cover",
    "the share of renewables",
    "new jobs",
    "Province",
    "the programme",
];
const ZH_NOUNS: &[&str] = &[
    "地区生产总值",
    "粮食产量",
    "城镇居民人均可支配收入",
    "一般公共预算收入",
    "固定资产投资",
    "进出口总额",
    "高标准农田",
    "造林面积",
    "新能源汽车",
    "单位GDP能耗",
    "PM2.5平均浓度",
    "全省",
    "我市",
];

const EN_JOINS: &[&str] = &[
    ", ",
    " and ",
    "; ",
    " to ",
    " from ",
    " by ",
    " of ",
    " in ",
    " or ",
    ": ",
    " (",
    ") ",
    " - ",
    " – ",
    "—",
    " / ",
    ", while ",
    ", up from ",
    " compared with ",
];
const EN_ENDS: &[&str] = &[". ", ".\n", "!\n", "? ", ".\n\n", "\n", "; ", ""];
const ZH_JOINS: &[&str] = &[
    "，", "、", "；", "：", "（", "）", "“", "”", "《", "》", "——", "至", "到", "～", "-", "和",
    "与", "及", "其中", "比", "为", "达", "\u{3000}",
];
const ZH_ENDS: &[&str] = &["。", "。\n", "；\n", "！", "？", "\n", "。\n\n", ""];

/// Pieces of hostile text: formula starts after separators, controls,
/// full-width formula signs, byte-order marks, replacement characters,
/// table notes (issue 19).
const NOISE: &[&str] = &[
    "=HYPERLINK(\"http://x\")",
    ";=1+1",
    "|-2+3",
    " +cmd",
    "@SUM(1)",
    "\t=1",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{1b}[31m",
    "＝",
    "＋",
    "－",
    "＠",
    "\u{feff}",
    "\u{fffd}",
    "\u{200b}",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "\r\n",
    "\r",
    "\u{2028}",
    "\u{301}",
    "(10,000 tons)",
    "(Unit: 10,000 tons)",
    "(100 million yuan)",
    "(%)",
    "（单位：万吨）",
    "（亿元）",
    "[10]",
    "Table 3",
    "表3",
    "2021-2025",
    "（2021—2025年）",
    "十四五",
    "第十三届",
    "PM2.5",
    "5G",
    "COVID-19",
];

fn pick(words: &'static LazyLock<Words>) -> BoxedStrategy<String> {
    prop::sample::select(words.as_slice())
        .prop_map(|w| w.clone())
        .boxed()
}

fn pick_str(words: &'static [&'static str]) -> BoxedStrategy<String> {
    prop::sample::select(words).prop_map(str::to_string).boxed()
}

/// ASCII digits made full-width (`１２３`), all or some.
fn full_width(digits: &str, mask: u64) -> String {
    digits
        .chars()
        .enumerate()
        .map(|(i, c)| match c {
            '0'..='9' if mask >> (i % 64) & 1 == 1 => {
                char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)
            }
            '.' if mask >> (i % 64) & 1 == 1 => '．',
            ',' if mask >> (i % 64) & 1 == 1 => '，',
            _ => c,
        })
        .collect()
}

/// Digits as reports write them: plain, grouped, decimal, a year, huge,
/// with a vulgar fraction, some digits full-width.
fn digits() -> BoxedStrategy<String> {
    let plain = prop_oneof![
        4 => "[0-9]{1,4}",
        3 => "[1-9][0-9]{0,2}(,[0-9]{3}){1,4}",
        3 => "[0-9]{1,5}\\.[0-9]{1,4}",
        1 => "(19|20)[0-9]{2}",
        1 => "[1-9][0-9]{18,40}(\\.[0-9]{1,30})?",
        1 => "[1-9][0-9]{0,2}( [0-9]{3}){1,3}",
        1 => "[0-9]{1,3}[¼½¾⅓⅔⅛]",
        1 => "0\\.[0-9]{1,8}",
    ];
    (
        plain,
        prop_oneof![6 => Just(0u64), 1 => Just(u64::MAX), 1 => any::<u64>()],
    )
        .prop_map(|(d, mask)| if mask == 0 { d } else { full_width(&d, mask) })
        .boxed()
}

/// English number words: `twenty-five`, `three hundred and twelve`,
/// `one-half`, `a dozen`, `half a million`.
fn number_words() -> BoxedStrategy<String> {
    let small = pick(&EN_SMALL);
    let tens = pick(&EN_TENS);
    prop_oneof![
        small.clone(),
        (tens.clone(), small.clone()).prop_map(|(t, s)| format!("{t}-{s}")),
        (small.clone(), pick(&EN_SCALES), small.clone())
            .prop_map(|(a, s, b)| format!("{a} {s} and {b}")),
        (small.clone(), pick(&EN_FRACTIONS)).prop_map(|(a, f)| format!("{a}-{f}")),
        pick_str(&[
            "a dozen",
            "half a million",
            "a quarter million",
            "tens of",
            "a thousand"
        ]),
        (tens, pick(&EN_SCALES), pick(&EN_SCALES)).prop_map(|(t, a, b)| format!("{t} {a} {b}")),
    ]
    .boxed()
}

/// One English quantity: `about US$3.5 billion`, `12.5%`, `twenty-five
/// consecutive years`, `between 3 and 5 per cent`.
fn en_quantity() -> BoxedStrategy<String> {
    let number = prop_oneof![3 => digits(), 1 => number_words()];
    let unit = prop_oneof![
        3 => pick(&EN_FORMS).prop_map(|f| format!(" {f}")),
        2 => pick(&EN_FORMS),
        1 => pick(&EN_FORMS).prop_map(|f| format!("-{}", f.replace(' ', "-"))),
        1 => (pick(&EN_DURATION_MODIFIERS), pick_str(&["years", "months", "days"]))
            .prop_map(|(m, u)| format!(" {m} {u}")),
        2 => Just(String::new()),
    ];
    let one = (
        prop::option::weighted(0.4, pick(&EN_QUALIFIERS_BEFORE)),
        prop::option::weighted(0.3, pick(&EN_CURRENCY_PREFIXES)),
        number.clone(),
        prop::option::weighted(0.4, pick(&EN_SCALES)),
        unit,
        prop::option::weighted(0.15, pick(&EN_QUALIFIERS_AFTER)),
    )
        .prop_map(|(q, c, n, s, u, after)| {
            let mut out = String::new();
            if let Some(q) = q {
                out.push_str(&q);
                out.push(' ');
            }
            out.extend(c);
            out.push_str(&n);
            if let Some(s) = s {
                out.push(' ');
                out.push_str(&s);
            }
            out.push_str(&u);
            if let Some(after) = after {
                out.push(' ');
                out.push_str(&after);
            }
            out
        })
        .boxed();
    prop_oneof![
        5 => one.clone(),
        1 => (one.clone(), number.clone()).prop_map(|(a, b)| format!("between {b} and {a}")),
        1 => (number.clone(), one.clone()).prop_map(|(a, b)| format!("from {a} to {b}")),
        1 => (number, one).prop_map(|(a, b)| format!("{a}-{b}")),
    ]
    .boxed()
}

/// One English clause: subject, trend word, quantity, perhaps a second.
fn en_clause() -> BoxedStrategy<String> {
    (
        prop::option::weighted(0.6, pick_str(EN_NOUNS)),
        prop::option::weighted(0.6, pick(&EN_TRENDS)),
        prop::option::weighted(
            0.4,
            pick_str(&["by ", "to ", "of ", "at ", "an increase of "]),
        ),
        en_quantity(),
        prop::option::weighted(0.3, (pick_str(EN_JOINS), en_quantity())),
    )
        .prop_map(|(subject, trend, prep, q, more)| {
            let mut out = String::new();
            for word in [subject, trend].into_iter().flatten() {
                out.push_str(&word);
                out.push(' ');
            }
            out.extend(prep);
            out.push_str(&q);
            if let Some((join, q)) = more {
                out.push_str(&join);
                out.push_str(&q);
            }
            out
        })
        .boxed()
}

/// A Chinese numeral: digit and scale characters in order (`三千五百万`,
/// `两亿零三`), a lone scale run (`十`, `万亿`), digits with a scale
/// character (`3.5万`, `41.8万亿`), some full-width, or with `多`/`余`
/// inside (`6600多万`, `千余`).
fn zh_numeral() -> BoxedStrategy<String> {
    let digit = prop::sample::select(ZH_DIGITS.as_slice());
    let multiplier = prop::sample::select(ZH_MULTIPLIERS.as_slice());
    let spelled =
        prop::collection::vec((digit.clone(), prop::option::of(multiplier.clone())), 1..6)
            .prop_map(|pairs| {
                pairs
                    .into_iter()
                    .flat_map(|(d, m)| std::iter::once(d).chain(m))
                    .collect::<String>()
            })
            .boxed();
    let scaled = (digits(), prop::collection::vec(multiplier.clone(), 0..3))
        .prop_map(|(d, m)| format!("{d}{}", m.into_iter().collect::<String>()));
    // `6600多万`, `千余`, `3万余`: `多`/`余` inside the number (the reader
    // knows them as characters, not from a table).
    let inner = (
        prop_oneof![digits(), spelled.clone()],
        prop::sample::select(&['多', '余'][..]),
        prop::collection::vec(multiplier.clone(), 0..2),
    )
        .prop_map(|(d, q, m)| format!("{d}{q}{}", m.into_iter().collect::<String>()));
    prop_oneof![
        3 => spelled,
        4 => scaled,
        1 => inner,
        1 => prop::collection::vec(prop_oneof![digit, multiplier], 1..10)
            .prop_map(|c| c.into_iter().collect()),
    ]
    .boxed()
}

/// One Chinese quantity: `约3.5万亿元左右`, `超过一千二百万吨`,
/// `5至8个百分点`, `人民币50元`.
fn zh_quantity() -> BoxedStrategy<String> {
    let unit = prop_oneof![4 => pick(&ZH_UNITS), 1 => Just(String::new())];
    let one = (
        prop::option::weighted(0.35, pick(&ZH_QUALIFIERS_BEFORE)),
        prop::option::weighted(0.15, pick(&ZH_CURRENCY_PREFIXES)),
        zh_numeral(),
        unit,
        prop::option::weighted(0.3, pick(&ZH_QUALIFIERS_AFTER)),
    )
        .prop_map(|(q, c, n, u, after)| {
            [q, c, Some(n), Some(u), after]
                .into_iter()
                .flatten()
                .collect::<String>()
        })
        .boxed();
    prop_oneof![
        6 => one.clone(),
        1 => (zh_numeral(), pick_str(&["至", "到", "～", "-", "—", "、"]), one.clone())
            .prop_map(|(a, j, b)| format!("{a}{j}{b}")),
        1 => (pick_str(&["从", "由"]), one.clone(), pick(&ZH_TRENDS), one)
            .prop_map(|(f, a, t, b)| format!("{f}{a}{t}{b}")),
    ]
    .boxed()
}

/// One Chinese clause: subject, comparison or lead word, trend word,
/// quantity, perhaps a second after `、` or `，`.
fn zh_clause() -> BoxedStrategy<String> {
    (
        prop::option::weighted(0.6, pick_str(ZH_NOUNS)),
        prop::option::weighted(0.5, pick(&ZH_LEADS)),
        prop::option::weighted(0.6, pick(&ZH_TRENDS)),
        zh_quantity(),
        prop::option::weighted(0.3, (pick_str(ZH_JOINS), zh_quantity())),
    )
        .prop_map(|(subject, lead, trend, q, more)| {
            let mut out: String = [subject, lead, trend].into_iter().flatten().collect();
            out.push_str(&q);
            if let Some((join, q)) = more {
                out.push_str(&join);
                out.push_str(&q);
            }
            out
        })
        .boxed()
}

/// A piece of noise: a hostile piece, a cut table word, or any char.
fn noise() -> BoxedStrategy<String> {
    let cut = |words: &'static LazyLock<Words>| {
        (pick(words), any::<prop::sample::Index>()).prop_map(|(w, i)| {
            let n = w.chars().count();
            w.chars().take(i.index(n.max(1))).collect::<String>()
        })
    };
    prop_oneof![
        4 => pick_str(NOISE),
        1 => cut(&EN_FORMS),
        1 => cut(&ZH_UNITS),
        1 => cut(&ZH_TRENDS),
        2 => any::<char>().prop_map(String::from),
        1 => "[ \t\n,.;:()%$-]{1,4}",
    ]
    .boxed()
}

/// A sentence of clauses, English, Chinese, or mixed clause by clause,
/// with noise between some of them.
fn sentence() -> BoxedStrategy<String> {
    let en = (
        prop::collection::vec(
            (
                en_clause(),
                pick_str(EN_JOINS),
                prop::option::weighted(0.1, noise()),
            ),
            1..4,
        ),
        pick_str(EN_ENDS),
    );
    let zh = (
        prop::collection::vec(
            (
                zh_clause(),
                pick_str(ZH_JOINS),
                prop::option::weighted(0.1, noise()),
            ),
            1..5,
        ),
        pick_str(ZH_ENDS),
    );
    let mixed = (
        prop::collection::vec(
            (
                prop_oneof![en_clause(), zh_clause()],
                prop_oneof![pick_str(EN_JOINS), pick_str(ZH_JOINS)],
                prop::option::weighted(0.15, noise()),
            ),
            1..5,
        ),
        prop_oneof![pick_str(EN_ENDS), pick_str(ZH_ENDS)],
    );
    prop_oneof![3 => en, 3 => zh, 1 => mixed]
        .prop_map(|(clauses, end)| {
            let last = clauses.len().saturating_sub(1);
            let mut out = String::new();
            for (i, (clause, join, noise)) in clauses.into_iter().enumerate() {
                out.push_str(&clause);
                out.extend(noise);
                if i < last {
                    out.push_str(&join);
                }
            }
            out.push_str(&end);
            out
        })
        .boxed()
}

/// A block of a flattened table: a note, then rows of a label and cells
/// separated by runs of spaces or tabs.
fn table() -> BoxedStrategy<String> {
    let cell = prop_oneof![
        digits(),
        zh_numeral(),
        Just("-".to_string()),
        Just("—".to_string())
    ];
    let row = (
        prop_oneof![pick_str(EN_NOUNS), pick_str(ZH_NOUNS)],
        prop::collection::vec((pick_str(&["  ", "\t", "   ", " "]), cell), 1..6),
    )
        .prop_map(|(label, cells)| {
            let mut out = label;
            for (gap, cell) in cells {
                out.push_str(&gap);
                out.push_str(&cell);
            }
            out.push('\n');
            out
        });
    (
        prop::option::weighted(
            0.6,
            prop_oneof![
                pick_str(&[
                    "(10,000 tons)",
                    "(Unit: 100 million yuan)",
                    "(%)",
                    "（单位：万吨）",
                    "单位：亿元"
                ]),
                (pick(&EN_FORMS), pick(&ZH_UNITS)).prop_map(|(e, z)| format!("({e}) （{z}）")),
            ],
        ),
        prop::collection::vec(row, 1..8),
    )
        .prop_map(|(note, rows)| {
            let mut out = note.map(|n| format!("{n}\n")).unwrap_or_default();
            out.extend(rows);
            out
        })
        .boxed()
}

/// A document: sentences, table blocks and noise.
pub fn document() -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![8 => sentence(), 2 => table(), 1 => noise()],
        1..10,
    )
    .prop_map(|blocks| blocks.concat())
    .boxed()
}
