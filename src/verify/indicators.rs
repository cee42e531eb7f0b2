//! The indicators that reports of one issuer state year after year (the
//! annual targets of a government work report and the outcomes the next
//! report gives), and the words that tell a target from an outcome: the
//! tables behind the `target` check ([`super::target`]).
//!
//! Everything here is data: adding an indicator is a row of
//! [`INDICATORS`] and a test line. Names are matched in lower case (ASCII
//! only, so byte offsets stay put), English names on word boundaries; the
//! longest name found wins, so `单位国内生产总值能耗` is energy intensity,
//! not GDP, and a phrase of [`NOT_INDICATORS`] (`占国内生产总值的比重`,
//! `percent of GDP`) names no indicator at all.

use crate::extract::Kind;

/// How a figure of an indicator reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A level (`城镇调查失业率5.5%`, `1244万人`): its trend word does not
    /// change its sign (`降到5.5%` is the level 5.5%).
    Level,
    /// A growth rate (`增长5.2%`): a stated fall is negative.
    Growth,
    /// A reduction (`能耗降低2.5%`): a stated rise is negative.
    Reduction,
}

/// Which side of an `around X` (or a bare `X`) target meets it: the
/// reports treat some indicators as floors and others as limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// Met at or above the target (growth, jobs, grain, a reduction).
    Floor,
    /// Met at or below the target (unemployment, inflation, a deficit):
    /// the reports write these as limits themselves (`城镇调查失业率全年
    /// 控制在5.5%以内`, 2022; `赤字率拟按…安排`).
    Ceiling,
}

/// One indicator: what a figure about it is, and the names it goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indicator {
    /// The `indicator` column of the timeline.
    pub id: &'static str,
    pub kind: Kind,
    pub reading: Reading,
    pub sense: Sense,
    /// Names, Chinese and English, lower case.
    pub names: &'static [&'static str],
}

/// The indicators followed across years, in timeline order.
pub const INDICATORS: &[Indicator] = &[
    Indicator {
        id: "gdp_growth",
        kind: Kind::Percent,
        reading: Reading::Growth,
        sense: Sense::Floor,
        names: &[
            "国内生产总值",
            "地区生产总值",
            "生产总值",
            "经济增速",
            "经济增长",
            "gross domestic product",
            "gdp growth",
            "growth rate",
            "economic growth",
        ],
    },
    Indicator {
        id: "urban_jobs",
        kind: Kind::Count,
        reading: Reading::Level,
        sense: Sense::Floor,
        names: &["城镇新增就业", "new urban jobs", "urban jobs"],
    },
    Indicator {
        id: "urban_unemployment_rate",
        kind: Kind::Percent,
        reading: Reading::Level,
        sense: Sense::Ceiling,
        names: &["城镇调查失业率", "surveyed urban unemployment rate"],
    },
    Indicator {
        id: "cpi",
        kind: Kind::Percent,
        reading: Reading::Growth,
        sense: Sense::Ceiling,
        names: &["居民消费价格", "cpi", "consumer price index"],
    },
    Indicator {
        id: "energy_intensity",
        kind: Kind::Percent,
        reading: Reading::Reduction,
        sense: Sense::Floor,
        names: &["单位国内生产总值能耗", "energy consumption per unit of gdp"],
    },
    Indicator {
        id: "grain_output",
        kind: Kind::Mass,
        reading: Reading::Level,
        sense: Sense::Floor,
        names: &["粮食产量", "grain output"],
    },
    Indicator {
        id: "deficit_ratio",
        kind: Kind::Percent,
        reading: Reading::Level,
        sense: Sense::Ceiling,
        names: &["赤字率", "deficit-to-gdp ratio", "deficit ratio"],
    },
];

/// Phrases that hold an indicator's name but name another quantity (a
/// share of GDP, a figure per unit of GDP, per head, a contribution to
/// growth). English `GDP` alone is no name (`1.3% of our GDP`, `debt-to-GDP
/// ratio`, `real GDP … below`): `GDP growth` and `gross domestic product`
/// are.
pub const NOT_INDICATORS: &[&str] = &[
    "占国内生产总值",
    "国内生产总值的比重",
    "国内生产总值比重",
    "国内生产总值的比例",
    "国内生产总值比例",
    "单位国内生产总值",
    "人均国内生产总值",
    "占地区生产总值",
    "地区生产总值的比重",
    "地区生产总值比重",
    "地区生产总值的比例",
    "地区生产总值比例",
    "单位地区生产总值",
    "人均地区生产总值",
    "占生产总值",
    "生产总值的比重",
    "生产总值比重",
    "生产总值的比例",
    "生产总值比例",
    "单位生产总值",
    "人均生产总值",
    "经济增长贡献",
    "经济增长的贡献",
    "of gross domestic product",
    "of gdp",
    "gdp per capita",
    "per capita gdp",
    "粮食综合生产能力",
    "grain production capacity",
];

/// Words that make a sentence's figures the year's targets.
pub const TARGET_MARKERS: &[&str] = &[
    "预期目标",
    "拟按",
    "target",
    "projected",
    "we have set",
    "in setting",
];

/// What ends a sentence of a list that goes on in the next sentence: the
/// items after a target sentence ending so are targets too
/// (`今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业…；`).
pub const LIST_GOES_ON: &[char] = &['；', ';'];

/// Words that make a sentence speak of several years at once (an average,
/// a run of years, figures given `respectively`): its figures are neither
/// one year's target nor one year's outcome.
pub const MULTI_YEAR_MARKERS: &[&str] = &[
    "年均",
    "连年",
    "每年",
    "各年度",
    "分别",
    "average annual",
    "annual average",
    "on average",
    "respectively",
    "years running",
    "every year",
    "each year",
    "future years",
    "medium term",
    "medium-term",
];

/// Words that make a sentence's figures a forecast or an assumption:
/// neither a target set nor an outcome reported (`预计今年财政收入…`,
/// `economists expect CPI inflation to ease to about 2 per cent`).
pub const FORECAST_MARKERS: &[&str] = &[
    "预计",
    "预测",
    "forecast",
    "forecasts",
    "expect",
    "expects",
    "expected",
    "assume",
    "assumed",
    "assumption",
];

/// Words that, opening a sentence, start a passage about several years
/// (the review of a five-year term, a five-year plan): its figures are
/// skipped until a sentence opens with a word of [`ONE_YEAR_OPENERS`].
pub const MULTI_YEAR_OPENERS: &[&str] = &[
    "过去五年",
    "五年来",
    "十年来",
    "“十四五”",
    "“十五五”",
    "十四五",
    "十五五",
    "the past five years",
    "over the past five years",
    "five-year plan",
    "the draft outline",
];

/// Words that, opening a sentence, bring the text back to one year.
pub const ONE_YEAR_OPENERS: &[&str] = &[
    "过去一年",
    "去年",
    "今年",
    "over the past year",
    "the past year",
    "last year",
    "this year",
];

/// How far into a sentence (in bytes) an opener may stand.
pub const OPENER_REACH: usize = 64;
