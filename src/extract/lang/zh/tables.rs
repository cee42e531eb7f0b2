//! Chinese lexicon as data: numerals and scale characters, units and
//! classifiers, currencies, qualifier words, trend words and the words
//! that frame a number without making it a claim. The reader
//! (`super::reader`) and the rules (`super::rules`, `super::context`) only
//! look things up here.

use rust_decimal::Decimal;
use std::collections::HashMap;

use crate::extract::units::{Kind, Unit};
use std::sync::LazyLock;

/// What a unit form after a number makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZhMeasure {
    /// Money in this ISO 4217 code.
    Money(&'static str),
    /// A unit of the shared unit table, by canonical symbol (`%`, `pp`,
    /// `mu`, `t`, `year`, `x` …).
    Unit(&'static str),
    /// A classifier or counted noun: the number counts things.
    Count,
    /// A unit outside the contract (temperature, voltage, bytes, age,
    /// scores): the number is no claim.
    Ignore,
}

use ZhMeasure::*;

/// Chinese digits (`两` and the financial forms included).
pub fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        // (`○`, a white circle, stands for `〇` in years: `二○○四年`.)
        '零' | '〇' | '○' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The banker's (financial) forms of the digits and of ten, written on
/// cheques and in contracts; `陆` is also a surname and place-name character.
pub fn is_bankers(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰' | '貳' | '叁' | '參' | '肆' | '伍' | '陆' | '陸' | '柒' | '捌' | '玖' | '拾'
    )
}

/// The characters for a number of tens (`廿三` 23, `百分之卅三點一`
/// 33.1%), still printed in Hong Kong, Macao and Taiwan papers and in
/// dates: their number of tens.
pub fn tens_value(c: char) -> Option<u32> {
    match c {
        '廿' => Some(2),
        '卅' => Some(3),
        '卌' => Some(4),
        _ => None,
    }
}

/// Scale characters: `十` 10 … `亿` 1e8 (`万亿` is read as 万 then 亿).
pub fn multiplier(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// A Han character (CJK unified ideographs and extension A).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// An ASCII or full-width digit's value.
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Unit forms after a number, longest first at lookup. `方` (cubic
/// metre) and `度` (kWh) have conditions checked by the reader.
#[rustfmt::skip]
pub const UNIT_FORMS: &[(&str, ZhMeasure)] = &[
    // percent and percentage points
    ("%", Unit("%")), ("％", Unit("%")), ("个百分点", Unit("pp")), ("個百分點", Unit("pp")),
    ("百分点", Unit("pp")), ("‰", Ignore),
    // money
    ("元", Money("CNY")), ("圆", Money("CNY")), ("人民币", Money("CNY")), ("人民幣", Money("CNY")),
    ("块钱", Money("CNY")), ("块", Money("CNY")), ("塊", Money("CNY")),
    ("美元", Money("USD")), ("美圆", Money("USD")), ("美金", Money("USD")),
    ("港元", Money("HKD")), ("港币", Money("HKD")), ("港幣", Money("HKD")), ("蚊", Money("HKD")),
    ("欧元", Money("EUR")), ("歐元", Money("EUR")), ("日元", Money("JPY")), ("日圆", Money("JPY")),
    ("英镑", Money("GBP")), ("英鎊", Money("GBP")), ("韩元", Money("KRW")), ("韓元", Money("KRW")),
    ("新台币", Money("TWD")), ("台币", Money("TWD")), ("新台幣", Money("TWD")), ("台幣", Money("TWD")),
    ("卢布", Money("RUB")), ("瑞士法郎", Money("CHF")), ("奈拉", Money("NGN")), ("澳元", Money("AUD")),
    ("加元", Money("CAD")), ("新加坡元", Money("SGD")), ("澳门元", Money("MOP")), ("澳门币", Money("MOP")),
    ("澳門元", Money("MOP")), ("澳門幣", Money("MOP")),
    ("卢比", Money("INR")), ("比特币", Money("BTC")),
    // area
    ("亩", Unit("mu")), ("畝", Unit("mu")), ("公顷", Unit("ha")), ("公頃", Unit("ha")),
    ("平方公里", Unit("km2")), ("平方千米", Unit("km2")), ("平方米", Unit("m2")), ("平米", Unit("m2")),
    // mass
    ("吨", Unit("t")), ("噸", Unit("t")), ("公斤", Unit("kg")), ("千克", Unit("kg")), ("克", Unit("g")),
    ("毫克", Unit("mg")), ("微克", Unit("ug")), ("斤", Unit("jin")),
    // length
    ("公里", Unit("km")), ("千米", Unit("km")), ("米", Unit("m")), ("厘米", Unit("cm")), ("公分", Unit("cm")),
    ("毫米", Unit("mm")), ("微米", Unit("um")), ("纳米", Unit("nm")), ("英寸", Unit("in")),
    ("公尺", Unit("m")), ("公裏", Unit("km")), ("英里", Unit("mi")), ("英裏", Unit("mi")),
    ("英尺", Unit("ft")), ("呎", Unit("ft")), ("英吋", Unit("in")), ("吋", Unit("in")),
    // volume
    ("立方米", Unit("m3")), ("方", Unit("m3")), ("升", Unit("L")), ("毫升", Unit("mL")),
    // energy
    ("千瓦时", Unit("kWh")), ("千瓦·时", Unit("kWh")), ("吉瓦时", Unit("GWh")), ("度", Unit("kWh")), ("兆瓦时", Unit("MWh")),
    ("吨标准煤", Unit("tce")), ("吨标煤", Unit("tce")),
    // power
    ("瓦", Unit("W")), ("千瓦", Unit("kW")), ("兆瓦", Unit("MW")), ("吉瓦", Unit("GW")),
    // concentration
    ("微克/立方米", Unit("ug/m3")), ("微克每立方米", Unit("ug/m3")), ("毫克/升", Unit("mg/L")),
    ("毫克每升", Unit("mg/L")), ("毫克/立方米", Unit("mg/m3")), ("毫克每立方米", Unit("mg/m3")),
    // duration
    ("年", Unit("year")), ("连丰", Unit("year")), ("个月", Unit("month")), ("個月", Unit("month")), ("周", Unit("week")),
    ("个星期", Unit("week")), ("星期", Unit("week")), ("天", Unit("day")), ("个工作日", Unit("day")),
    ("工作日", Unit("day")), ("小时", Unit("hour")), ("个小时", Unit("hour")), ("小時", Unit("hour")),
    ("分钟", Unit("minute")),
    // multiple
    ("倍", Unit("x")),
    // counts: classifiers and counted nouns
    ("个", Count), ("個", Count), ("项", Count), ("項", Count), ("家", Count), ("所", Count), ("座", Count),
    ("条", Count), ("户", Count), ("人", Count), ("名", Count), ("件", Count), ("台", Count), ("辆", Count),
    ("位", Count), ("只", Count), ("头", Count), ("张", Count), ("套", Count), ("间", Count), ("处", Count),
    ("批", Count), ("次", Count), ("场", Count), ("起", Count), ("宗", Count), ("笔", Count), ("份", Count),
    ("架", Count), ("艘", Count), ("列", Count), ("部", Count), ("支", Count), ("种", Count), ("类", Count),
    ("门", Count), ("棵", Count), ("株", Count), ("栋", Count), ("幢", Count), ("片", Count), ("层", Count),
    ("款", Count), ("例", Count), ("篇", Count), ("册", Count), ("轮", Count), ("趟", Count), ("班", Count),
    ("颗", Count), ("枚", Count), ("匹", Count), ("根", Count), ("对", Count), ("金", Count), ("银", Count), ("铜", Count), ("孔", Count), ("眼", Count), ("户次", Count),
    ("天次", Count), ("人次", Count), ("场次", Count), ("批次", Count), ("家次", Count), ("架次", Count), ("辆次", Count), ("标准箱", Count), ("标箱", Count), ("万标箱", Count), ("所学校", Count),
    ("省", Count), ("城", Count), ("市", Count), ("卷", Count),
    // counties, townships and towns (`原本的10市、4鎮、15鄉`, `辖8镇6乡`),
    // and Taiwan's projects or cases (`提報26案計畫`)
    ("县", Count), ("乡", Count), ("镇", Count), ("案", Count),
    // poultry in statistical communiqués: `家禽存栏51313百羽`, `出栏1200万羽`
    ("羽", Count),
    // `3大产业`, `10大类`: the big ones, after digits only (`rules::congress_or_set_phrase`)
    ("大", Count), ("大类", Count),
    // `七地（市）`: prefectures and cities of a region
    ("地（市）", Count), ("地(市)", Count), ("地市", Count), ("地州市", Count),
    // freight and passenger turnover: counted in tonne- and person-kilometres
    ("吨公里", Count), ("人公里", Count), ("吨千米", Count), ("人千米", Count),
    // outside the contract
    ("摄氏度", Ignore), ("℃", Ignore), ("千伏", Ignore), ("伏", Ignore), ("千伏安", Ignore),
    ("赫兹", Ignore), ("兆赫", Ignore), ("兆字节", Ignore), ("字节", Ignore), ("比特", Ignore),
    ("千卡", Unit("kcal")), ("两", Unit("liang")), ("兩", Unit("liang")), ("岁", Ignore), ("周岁", Ignore), ("週歲", Ignore), ("歲", Ignore), ("分", Ignore), ("级", Ignore), ("号", Ignore),
    ("期", Ignore), ("届", Ignore), ("秒", Ignore), ("帕", Ignore), ("千帕", Ignore), ("兆帕", Ignore),
    ("次会议", Ignore), ("位数", Ignore), ("人转", Ignore), ("次产业", Ignore), ("次全会", Ignore), ("次全体会议", Ignore), ("点", Ignore), ("时", Ignore), ("季度", Ignore), ("代", Ignore), ("周年", Ignore), ("成", Unit("%")), ("年代", Ignore),
    ("年级", Ignore), ("年规划", Ignore), ("年计划", Ignore), ("年度", Ignore), ("月", Ignore), ("日", Ignore), ("线", Ignore),
];

/// Unit forms by their first character, longest first.
static UNIT_INDEX: LazyLock<HashMap<char, Vec<(&'static str, ZhMeasure)>>> = LazyLock::new(|| {
    let mut index: HashMap<char, Vec<(&'static str, ZhMeasure)>> = HashMap::new();
    for &(form, measure) in UNIT_FORMS {
        if let Some(first) = form.chars().next() {
            index.entry(first).or_default().push((form, measure));
        }
    }
    for forms in index.values_mut() {
        forms.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    }
    index
});

/// The longest unit form at the start of `rest`: its measure and length
/// in bytes.
pub fn unit_form_at(rest: &str) -> Option<(&'static str, ZhMeasure)> {
    let first = rest.chars().next()?;
    UNIT_INDEX
        .get(&first)?
        .iter()
        .find(|(form, _)| rest.starts_with(form))
        .copied()
}

/// Units of Chinese text that the shared unit table lacks: the `两`
/// (liang, 50 g) and the kilocalorie (`千卡`, 0.001163 kWh).
pub static LOCAL_UNITS: [Unit; 2] = [
    Unit {
        kind: Kind::Mass,
        symbol: "liang",
        base: "kg",
        factor: Decimal::from_parts(5, 0, 0, false, 2),
        divisor: Decimal::ONE,
    },
    Unit {
        kind: Kind::Energy,
        symbol: "kcal",
        base: "kWh",
        factor: Decimal::from_parts(1163, 0, 0, false, 6),
        divisor: Decimal::ONE,
    },
];

/// A unit by canonical symbol: the local ones first, then the shared table.
pub fn unit_by_symbol(symbol: &str) -> Option<&'static Unit> {
    LOCAL_UNITS
        .iter()
        .find(|u| u.symbol == symbol)
        .or_else(|| crate::extract::units::unit_by_symbol(symbol))
}

/// Currencies written before the amount (`人民币 50元`, `港幣3.14`, `$20`).
#[rustfmt::skip]
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"), ("人民幣", "CNY"), ("港幣", "HKD"), ("港币", "HKD"), ("港元", "HKD"),
    ("新台币", "TWD"), ("新台幣", "TWD"), ("台币", "TWD"), ("台幣", "TWD"), ("澳门元", "MOP"),
    ("澳門元", "MOP"), ("澳门币", "MOP"), ("澳門幣", "MOP"), ("美元", "USD"),
    ("US$", "USD"), ("HK$", "HKD"), ("NT$", "TWD"), ("MOP$", "MOP"), ("￥", "CNY"), ("¥", "CNY"),
    ("€", "EUR"), ("£", "GBP"), ("$", "$"),
];

/// Hundredths of a currency written after its main unit (`两美元又三美分`,
/// `10日元5日本銭`).
pub const CENT_FORMS: &[(&str, &[&str])] = &[
    ("USD", &["美分"]),
    ("JPY", &["日本銭", "日本钱", "銭", "钱"]),
    ("EUR", &["欧分", "歐分"]),
    ("GBP", &["便士"]),
];

/// Minor money units after a main one: `角`/`毛`/`毫` tenths, `分`
/// hundredths, `美分` US cents.
pub fn minor_unit(c: char) -> Option<u32> {
    match c {
        '角' | '毛' | '毫' => Some(10),
        '分' => Some(100),
        _ => None,
    }
}

/// Qualifier words before the number, with the qualifier they give.
#[rustfmt::skip]
pub const QUALIFIERS_BEFORE: &[(&str, &str)] = &[
    ("超过", "over"), ("超出", "over"), ("逾", "over"), ("突破", "over"), ("首破", "over"),
    ("首度破", "over"), ("首次破", "over"), ("再破", "over"), ("跌破", "under"),
    ("破", "over"), ("逼近", "under"), ("超", "over"), ("多达", "over"), ("过", "over"),
    ("将近", "under"), ("接近", "under"), ("近", "under"), ("不到", "under"), ("不足", "under"),
    ("少于", "under"),
    // (`全港約有75 000個安老宿位`: about, with `有` before the number.)
    ("大约有", "approx"), ("约有", "approx"),
    ("大约", "approx"), ("约为", "approx"), ("约合", "approx"), ("约", "approx"), ("大概", "approx"), ("左右", "approx"),
    ("不低于", "at_least"), ("至少", "at_least"), ("不少于", "at_least"), ("起碼", "at_least"),
    ("起码", "at_least"), ("最少", "at_least"),
    ("不超过", "at_most"), ("不超過", "at_most"), ("最多", "at_most"), ("不高于", "at_most"),
    ("不大于", "at_most"),
    // right before the number, a bound like English `below`/`above`
    // (`失业率低于5.5%`); before a benchmark they compare (`高于全国`).
    ("低于", "under"), ("高于", "over"),
];

/// One-character qualifiers and the characters before them that make
/// them the end of another word (`签约`, `节约`, `最近`, `附近`, `赶超`).
pub const QUALIFIER_WORD_LEADS: &[(&str, &str)] = &[
    ("约", "节签制预履合集条公违特缔"),
    ("近", "最附靠邻临贴亲逼"),
    ("超", "赶高"),
    ("过", "通经不度越跨错路难超"),
    ("破", "打突跌击攻冲爆识看说点揭侦"),
];

/// Qualifier words after the number and its unit.
#[rustfmt::skip]
pub const QUALIFIERS_AFTER: &[(&str, &str)] = &[
    ("及以上", "at_least"), ("以上", "over"), ("多", "over"), ("有余", "over"),
    ("左右", "approx"), ("上下", "approx"),
    ("以内", "at_most"), ("以下", "at_most"), ("之内", "at_most"), ("内", "at_most"),
    // `控制在4.2%的目标范围之内`: within the range (of the target) it sets.
    ("的目标范围之内", "at_most"), ("的目标范围内", "at_most"), ("的范围之内", "at_most"),
    ("的范围内", "at_most"),
];

/// Trend words, read backwards from the number within its clause; the
/// nearest wins, and a `None` word (`新增`, `增加值`) stops the search.
#[rustfmt::skip]
pub const TREND_WORDS: &[(&str, Option<bool>)] = &[
    ("增长", Some(true)), ("增加", Some(true)), ("提高", Some(true)), ("上升", Some(true)),
    ("扩大", Some(true)), ("提升", Some(true)), ("净增", Some(true)), ("上涨", Some(true)),
    ("攀升", Some(true)), ("回升", Some(true)), ("增至", Some(true)), ("升至", Some(true)),
    ("增幅", Some(true)), ("涨幅", Some(true)), ("同比增", Some(true)), ("同比涨", Some(true)),
    ("多增", Some(true)), ("增速", Some(true)), ("增量", Some(true)), ("增产", Some(true)), ("升到", Some(true)), ("增到", Some(true)), ("增", Some(true)), ("翻番", Some(true)), ("倍增", Some(true)),
    ("下降", Some(false)), ("减少", Some(false)), ("降低", Some(false)), ("缩小", Some(false)),
    ("压减", Some(false)), ("下跌", Some(false)), ("回落", Some(false)), ("降至", Some(false)),
    ("减至", Some(false)), ("收窄", Some(false)), ("下调", Some(false)), ("降幅", Some(false)),
    ("压降", Some(false)), ("削减", Some(false)), ("负增长", Some(false)), ("下滑", Some(false)),
    ("降", Some(false)), ("减", Some(false)), ("降到", Some(false)), ("减产", Some(false)),
    ("减到", Some(false)), ("压缩到", Some(false)), ("压缩至", Some(false)), ("缩短到", Some(false)),
    ("缩短至", Some(false)), ("放缓", Some(false)), ("减量", Some(false)),
    ("减税降费", Some(false)), ("减税", Some(false)), ("降费", Some(false)), ("减负", Some(false)),
    ("减免", Some(false)), ("减费", Some(false)),
    ("新增", None), ("新增产", None), ("新设", None), ("新建", None), ("增加值", None), ("增值税", None), ("贡献率", None),
    ("新开工", None), ("增发", None), ("降息", Some(false)), ("增值", None), ("增强", None), ("增进", None), ("降准", Some(false)),
    ("高于", None), ("低于", None), ("占", None), ("改善", None),
    // shares named for a growth: the share of industries that grew
    ("增长面", None), ("亏损面", None), ("覆盖面", None),
    // a change against last year's change (PBOC releases): `同比少增297亿美元`
    // is a smaller increase, so down; `少减` a smaller fall, so up
    ("少增", Some(false)), ("多减", Some(false)), ("少减", Some(true)),
    // a plan adjusted (`调增建设用地25.72平方公里`) or grown to a level
    ("调增", Some(true)), ("调减", Some(false)), ("发展到", Some(true)), ("发展至", Some(true)),
    // Taiwan and Hong Kong: `成长` is growth (`经济成长3.5%`, `负成长` a
    // fall; not `成长型企业`), `衰退` a fall, a forecast revised up or
    // down (`上修至7.37%`, `下修0.78个百分点`), rates moved up or down
    // (`调升`, `调降`), markets that climb or sag (`走扬`, `走低`,
    // `弹升`), a currency that gains or loses (`升值`, `贬值`), and the
    // year-on-year rate (`年增率`, `月增率`)
    ("成长", Some(true)), ("负成长", Some(false)), ("成长型", None), ("成长性", None),
    ("成长期", None), ("衰退", Some(false)), ("上修", Some(true)), ("下修", Some(false)),
    ("上调", Some(true)), ("调升", Some(true)), ("调高", Some(true)), ("调降", Some(false)),
    ("调低", Some(false)), ("走升", Some(true)), ("走扬", Some(true)), ("走高", Some(true)),
    ("走低", Some(false)), ("弹升", Some(true)), ("升值", Some(true)), ("贬值", Some(false)),
    ("年增率", Some(true)), ("月增率", Some(true)), ("年增", Some(true)), ("年减", Some(false)),
    ("月增", Some(true)), ("月减", Some(false)), ("收缩", Some(false)), ("倒退", Some(false)),
    // change nouns (`升幅为3%`, `跌幅达2.1%`) and the one-character verbs
    // of Hong Kong and Taiwan releases (`按年升15.7%`, `较上月涨1.31%`,
    // `跌0.02%`), right before the number only; `每升`, `公升` are litres
    ("升幅", Some(true)), ("跌幅", Some(false)), ("减幅", Some(false)), ("升", Some(true)),
    ("涨", Some(true)), ("跌", Some(false)), ("每升", None), ("公升", None),
    // budget execution: revenue or spending up or down by an amount
    // (`增收1284万元`, `减支9240万元`), or over or short of the budget
    // (`多收12亿元`, `短收20亿元`); see `MONEY_CHANGE_WORDS`
    ("增收", Some(true)), ("增支", Some(true)), ("减收", Some(false)), ("减支", Some(false)),
    ("多收", Some(true)), ("超收", Some(true)), ("少收", Some(false)), ("短收", Some(false)),
    // (`税收收入增收额占…的比重为91.6%`: the amount of an increase named as a noun)
    ("增收额", None), ("增支额", None),
    // (`加上调入资金`: plus the funds transferred in, no `上调`)
    ("加上调", None),
    // staff taken on or shed (`用工备案减员980人`)
    ("增员", Some(true)), ("减员", Some(false)),
    // a level recovered to (`基本恢复到去年同期3万亿元规模`)
    ("恢复到", Some(true)), ("恢复至", Some(true)),
];

/// Set phrases of policy that end in a trend word: a slogan, no change of
/// the numbers around it (`出台稳增长10项措施`, `保增长、促消费10項措施`):
/// the trend search stops at one as at a `None` word of [`TREND_WORDS`],
/// and a subject keeps it whole.
pub const SLOGANS: &[&str] = &["稳增长", "保增长", "促增长", "稳增收", "促增收", "保增收"];

/// Changes named without a direction (`实质变动修订为 -21.4%`): the rate
/// after one rises or falls by its sign.
pub const DIRECTIONLESS_CHANGES: &[&str] = &["变动", "变化", "变动率"];

/// Clause-internal words that come before a trend word in a growth clause
/// (`，同比增长5%`, `，比上年增加`).
pub const COMPARISON_WORDS: &[&str] = &[
    "同比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "年均",
    "分别",
    "环比",
    "比上年同期",
    "比年初",
    "较年初",
    // Hong Kong and Taiwan: year on year, quarter on quarter, fiscal
    // years (`按年增加百分之九`, `较上年度修订预算下跌`, `较本年度预算增加0.3%`,
    // `较今年成长`).
    "按年",
    "按季",
    "比上年度",
    "较上年度",
    "比本年度",
    "较本年度",
    "比今年",
    "较今年",
];

/// Comparisons with an earlier time of the same quantity: after one,
/// `高`/`低` say how it changed (`同比高0.2个百分点` is up, `比去年同期低
/// 1.6个百分点` down). A named year (`比2011年`) is one too
/// (`context::temporal_comparison`); another place or sector is not
/// (`比规模以上工业快4.6个百分点`, `高于全国`: a gap).
#[rustfmt::skip]
pub const TEMPORAL_COMPARISONS: &[&str] = &[
    "同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期",
    "比去年同期", "较去年同期", "比上月", "较上月", "比上月末", "较上月末", "比上季", "较上季",
    "比上季末", "较上季末", "比上年末", "较上年末", "比上年底", "较上年底", "比年初", "较年初",
    "比往年", "较往年", "按年", "按季", "比上年度", "较上年度", "比本年度", "较本年度",
    "比上年同月", "较上年同月", "比去年同月", "较去年同月", "比上半年", "较上半年",
    "与上年相比", "与去年相比", "与上年同期相比", "与上年", "与去年",
    "比一季度", "较一季度", "比上季度", "较上季度",
];

/// What a word right after a temporal comparison says of the change.
pub const COMPARED_DIRECTIONS: &[(&str, bool)] = &[
    ("高", true),
    ("快", true),
    ("多", true),
    ("加快", true),
    ("低", false),
    ("慢", false),
    ("少", false),
];

/// Words between a comparison (or none) and the growth word of a growth
/// clause that qualify how it is counted (`同口径增长96.1%`, `自然增幅2%`,
/// `比上年名义增长9.1%`).
pub const GROWTH_MODIFIERS: &[&str] = &[
    "同口径",
    "可比口径",
    "按可比口径",
    "自然",
    "名义",
    "实际",
    "现价",
    // Hong Kong and Macau: `按年实质增长`, `录得3.2%的实质升幅`
    "实质",
    // how much (`，大幅增加一‧二倍`, `，小幅下降`)
    "大幅",
    "小幅",
];

/// Phrases at the head of a growth clause that say how the growth is
/// counted, before its comparison (`，按可比口径同比增长15.6%`, `，按可比价格
/// 计算增长5.2%`): the clause still states the change of the level before it.
#[rustfmt::skip]
pub const FRAMING_PHRASES: &[&str] = &[
    "按可比价格计算", "按可比价计算", "按不变价格计算", "按不变价计算", "按现价计算",
    "按可比口径计算", "按可比口径", "按同口径", "扣除价格因素后", "扣除价格因素",
    "剔除价格因素后", "剔除价格因素",
];

/// Clauses between a level and its growth clause that frame how it is
/// counted, without a number of their own (`，按可比价格计算，`,
/// `，扣除价格因素，`): they start with one of these.
pub const FRAMING_CLAUSE_HEADS: &[&str] = &["按", "扣除", "剔除", "以", "若", "如"];

/// Benchmarks a value is compared with after `低于`/`高于` and `的`
/// (`低于3.5%左右的预期目标`, `高于6%的增长目标`): that value is the
/// benchmark's, not a bound.
pub const BENCHMARK_NOUNS: &[&str] = &[
    "目标",
    "预期",
    "计划",
    "预算",
    "水平",
    "标准",
    "警戒线",
    "控制线",
    "平均",
];

/// Clauses between a level and its growth clause that measure it against
/// a plan (`完成年初预算数60999万元的40.4%`, `为预算的99.4%`, `快于序时
/// 进度3.4个百分点`): a head word, then a benchmark followed by its
/// number or `的`. Such a share or gap is no level of the change.
pub const BENCHMARK_HEADS: &[&str] = &[
    "完成",
    "为",
    "占",
    "达到",
    "快于",
    "慢于",
    "高于",
    "低于",
    "超",
    "超过",
    "超出",
    "相当于",
];

/// The benchmarks of [`BENCHMARK_HEADS`].
pub const BENCHMARKS: &[&str] = &["预算数", "预算", "计划", "目标", "序时进度", "进度", "任务"];

/// Words that measure a quantity against an estimate or a plan, with the
/// direction of the difference (`高于预期目标0.5个百分点` up, `慢于序时进度
/// 2个百分点` down): "a difference against an estimate carries the trend
/// on the difference only". Against another place it is a gap, no change
/// (`高于全国2.5个百分点`): the benchmark must be one of [`BENCHMARKS`] or
/// [`ESTIMATES`].
#[rustfmt::skip]
pub const ESTIMATE_GAP_DIRECTIONS: &[(&str, bool)] = &[
    ("高于", true), ("快于", true), ("超过", true), ("超出", true), ("好于", true),
    ("高出", true), ("多出", true), ("优于", true),
    ("低于", false), ("慢于", false), ("差于", false), ("劣于", false),
];

/// Estimates a difference is measured against, besides the plans of
/// [`BENCHMARKS`]: an expectation or a forecast (`高于预期目标`,
/// `比原预测高出7.39个百分点`, `较预测数1723亿美元多出158亿美元`).
pub const ESTIMATES: &[&str] = &["预期", "预测", "预估"];

/// Clauses between a level and its growth clause that mark a milestone
/// it passed (`，首次突破600亿元大关，`): they start with one of these
/// (after `首次`, `再次`).
pub const MILESTONE_HEADS: &[&str] = &[
    "突破", "跨越", "跨过", "迈上", "跃上", "站上", "迈入", "跃居", "首破", "破",
];

/// Words stripped from the end of a subject (functions, verbs, trend and
/// qualifier words between the noun phrase and its number).
#[rustfmt::skip]
pub const SUBJECT_TAIL_WORDS: &[&str] = &[
    "同比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "年均", "平均", "分别", "环比",
    "达到", "达", "为", "是", "约为", "了", "共", "累计", "总计", "合计", "至", "到", "在", "由", "从", "以",
    "保持", "实现", "完成", "突破", "超过", "超", "逾", "近", "约", "将近", "接近", "逼近", "不到", "不足",
    "不低于", "至少", "不少于", "不超过", "最多", "控制", "稳定", "拟按", "按", "安排", "预计", "力争",
    "增长", "增加", "提高", "上升", "扩大", "提升", "净增", "上涨", "下降", "减少", "降低", "缩小",
    "压减", "回落", "收窄", "下调", "压缩", "缩短", "增", "降", "减", "的", "和", "、", "惠及", "拟", "带动", "吸引", "上",
    "上修", "下修", "成长", "负成长", "衰退", "收缩", "倒退", "按年", "年增", "年减", "月增", "月减",
    "增收", "减收", "增支", "减支", "短收", "多收", "少收", "低于", "高于", "削减",
    "多出", "高出", "大幅", "小幅",
];

/// Section labels of a statistical communiqué run into the first sentence
/// of their section (`人口年末常住人口94.9万人`, `粮食全年农作物播种面积`,
/// `国民经济全年实现地区生产总值`, county releases): a label followed by a
/// word of [`SUBJECT_HEAD_WORDS`] is no part of the subject.
#[rustfmt::skip]
pub const RUN_IN_LABELS: &[&str] = &[
    "人口", "国民经济", "综合", "农业", "工业", "粮食", "畜牧业", "林业", "渔业", "建筑业",
    "能源", "交通", "运输", "邮电", "通信", "旅游", "商贸", "贸易", "国内贸易", "对外贸易",
    "对外经济", "开放型经济", "投资", "固定资产投资", "消费", "财政", "金融", "保险", "价格",
    "物价", "就业", "人民生活", "居民收入", "社会保障", "教育", "科技", "科学技术", "文化",
    "卫生", "体育", "环境", "生态环境", "城乡建设", "安全生产", "房地产",
];

/// Words stripped from the start of a subject.
#[rustfmt::skip]
pub const SUBJECT_HEAD_WORDS: &[&str] = &[
    "其中", "全年", "今年", "去年", "上年", "目前", "我们", "我市", "我省", "全市", "全省", "全区",
    "全县", "全州", "全旗", "全盟", "全镇", "全乡", "我县", "我区", "我州", "我镇", "年末", "年底",
    "同时", "此外", "并", "共", "民国", "中华民国", "累计", "使", "让", "比上年", "比去年", "较上年", "较去年", "拟安排", "拟", "以上", "以下", "推动", "促进", "带动", "实现", "完成", "——",
];

/// Cut words: the amount after them is the size of a cut (`减税降费超过1万亿元`
/// is down), so they give a trend to money and rates only; before a count
/// they name a policy (`减税降费惠及100万户`: no trend).
pub const CUT_WORDS: &[&str] = &[
    "减税降费",
    "减税",
    "降费",
    "减负",
    "减免",
    "减费",
    "降息",
    "降准",
];

/// Change nouns after a rate and `的` that close its clause
/// (`录得84.4%的按年升幅`, `实现5%的增长`): the rate is the size of that change.
#[rustfmt::skip]
pub const CHANGE_NOUNS_AFTER: &[(&str, bool)] = &[
    ("升幅", true), ("增幅", true), ("涨幅", true), ("增长", true), ("上升", true), ("成长", true),
    ("跌幅", false), ("降幅", false), ("减幅", false), ("下降", false), ("下跌", false),
    ("跌势", false), ("衰退", false),
];

/// Revenue and spending changes of budget reports (`比上年增收1284万元`,
/// `减支9240万元`, `比预算多收12亿元`): a trend for money and rates only,
/// as the cut words; before a count they name a goal (`带动增收农户3000户`:
/// no trend).
pub const MONEY_CHANGE_WORDS: &[&str] = &[
    "增收", "增支", "减收", "减支", "多收", "超收", "少收", "短收",
];

/// Trend words that measure a quantity against an estimate: revenue
/// against the budget (`多收`, `超收`, `少收`, `短收`) and a forecast
/// against the earlier one (`上修`, `下修`). "A difference against an
/// estimate carries the trend on the difference only", so a level before
/// one takes no trend from it (`收入1200亿元，短收80亿元`, `出口值6249亿美元、
/// 上修357亿美元`), only from a growth clause after it (`，少收3亿元，增长2%`:
/// up). After a comparison with an earlier time they are a change
/// (`比上年少收3亿元`); `上修至7.37%` is the level the revision reached.
pub const ESTIMATE_GAP_WORDS: &[&str] = &["多收", "超收", "少收", "短收", "上修", "下修"];

/// Characters after `内` that make it the start of a word (`21个内设机构`,
/// `3个内陆港`), not `以内` (`50米内换乘` is at most 50 m).
pub const INNER_WORD_STARTS: &str = "设部外容陆地需资河蒙涵在存核";

/// Words before `N届` that count sessions held: `连续举办8届` counts 8
/// (`十三届全国人大`, without them, is a session's ordinal).
pub const SESSION_COUNT_LEADS: &[&str] = &["连续举办", "已举办", "共举办", "累计举办", "连续"];

/// Words before a number that frame it as the base of a rate (`每万人`).
pub const RATE_BASE_BEFORE: &[&str] = &["每"];

/// Words before a duration that make it a span of time even when it is
/// one (`连续1年` is rare, but `历时一年` is a duration).
pub const DURATION_LEADS: &[&str] = &["连续", "历时", "用", "花", "持续"];

/// Words before a number of years that make it a span of time, not a
/// year of the Minguo calendar (`近80年`, `过去100年`, `未来100年`).
pub const PERIOD_LEADS: &[&str] = &[
    "近", "过去", "未来", "今后", "逾", "超过", "多达", "长达", "前", "后", "这", "那", "每", "满",
    "建国", "建校", "成立", "已有", "有",
];

/// Verbs and adverbs between a money noun and a bare scaled amount, set
/// aside with the subject tail and comparison words (`收入高达`, `录得`,
/// `合共`, `已经`; `预算` after another money noun: `开支预算`).
pub const MONEY_NOUN_TAILS: &[&str] = &["高达", "录得", "合共", "已经", "已", "预算"];

/// Nouns that name money, for a bare scaled amount after them
/// (`开支556亿`, `财政储备7000亿`, `引资近五千亿`, `固定资产投资1200亿`).
#[rustfmt::skip]
pub const MONEY_NOUNS: &[&str] = &[
    "收入", "开支", "支出", "预算", "赤字", "盈余", "储备", "拨款", "税收", "岁入", "岁出",
    "经费", "收益", "利润", "盈利", "亏损", "营业额", "销售额", "销货价值", "金额", "款项",
    "债务", "借款", "存款", "贷款", "市值", "结余", "剩余", "差短", "公债", "资金", "开销",
    "税款", "印花税", "薪俸税", "利得税", "地价", "补贴", "津贴", "总值", "引资", "投资",
];

/// Names that hold a numeral (`九年一贯制学校`, `学前三年毛入园率`,
/// `三轮汽车`, `十种有色金属`, `五倍籽`): no number in them is a claim.
#[rustfmt::skip]
pub const NUMERAL_NAMES: &[&str] = &[
    "九年一贯制", "九年义务教育", "九年义务", "十二年一贯制", "学前三年", "学前一年", "学前两年",
    "三轮汽车", "三轮车", "两轮车", "四轮车", "十种有色金属", "五倍籽", "五倍子",
];

/// Nouns after `N英寸` that make it the size of a product line, not a
/// length (`8英寸半导体`, `12英寸产线`).
pub const SPECIFICATION_NOUNS: &[&str] = &["半导体", "晶圆", "产线", "硅片", "芯片", "生产线"];

/// Pollutants and other bads: their `改善` is a fall (`PM2.5浓度改善10.8%`).
pub const IMPROVED_BY_FALLING: &[&str] = &["浓度", "排放", "能耗", "污染"];

/// Words of a table's column header that make its cells changes whose
/// sign is their trend (`比上年增长（%）`, `增速`, `增减（±%）`): a
/// negative growth is a fall, as `增长-3.2%` would say in prose.
pub const GROWTH_HEADS: &[&str] = &["增长", "增速", "增幅", "增减", "±"];

/// Growth words a signed rate follows in prose (`工业增加值同比-2.1%`,
/// `环比-0.5%`, `增长-3.2%`): the `-` after them is the rate's sign, not a
/// dash.
pub const SIGNED_RATE_LEADS: &[&str] = &["同比", "环比", "增长", "增速", "增幅"];

/// Words before a Minguo year (`民国105年`, `较104年`, `展望106年`).
pub const MINGUO_LEADS: &[&str] = &[
    "民国", "较", "比", "于", "至", "到", "自", "从", "在", "展望",
];
/// Parts of a year after it (`114年第4季`, `105年底`, `114年全年`).
pub const MINGUO_YEAR_PARTS: &[&str] = &["第", "底", "初", "度", "全年", "上半年", "下半年"];
/// A span after a number of years (`100年来`): a duration.
pub const MINGUO_SPAN_AFTER: &[&str] = &[
    "来",
    "以来",
    "间",
    "内",
    "之内",
    "后",
    "以后",
    "历史",
    "的历史",
];

/// Nouns of a growth after a rate and `的` (`实现9.1%的GDP增长率`, `保持7.1%
/// 的增速`, `百分之一至二的增长水平`): the rate is a growth, up.
pub const GROWTH_NOUNS_AFTER: &[&str] = &["增长率", "增速", "增幅", "增长", "成长率"];

/// Initials of a pinyin syllable, longest first (`zh` before `z`); a
/// syllable may have none (`ān`, `ér`).
pub const PINYIN_INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// Finals of a pinyin syllable, tone marks taken off (`ǎng` is `ang`;
/// `v` and `ü` both written), including the forms after `y`/`w` (`ou`,
/// `ue`) and the syllabic nasals (`ng`, `m`, `n`).
#[rustfmt::skip]
pub const PINYIN_FINALS: &[&str] = &[
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
    "i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong",
    "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue",
    "ü", "üe", "üan", "ün", "v", "ve", "ng", "m", "n",
];

/// Vowels with a tone mark and the plain vowel they mark (`ǎ` is `a`):
/// a pinyin reading (`增長(zhǎng)`) shows its tone with them.
#[rustfmt::skip]
pub const PINYIN_TONE_MARKS: &[(char, char)] = &[
    ('ā', 'a'), ('á', 'a'), ('ǎ', 'a'), ('à', 'a'),
    ('ē', 'e'), ('é', 'e'), ('ě', 'e'), ('è', 'e'),
    ('ī', 'i'), ('í', 'i'), ('ǐ', 'i'), ('ì', 'i'),
    ('ō', 'o'), ('ó', 'o'), ('ǒ', 'o'), ('ò', 'o'),
    ('ū', 'u'), ('ú', 'u'), ('ǔ', 'u'), ('ù', 'u'),
    ('ǖ', 'ü'), ('ǘ', 'ü'), ('ǚ', 'ü'), ('ǜ', 'ü'),
    ('ḿ', 'm'), ('ń', 'n'), ('ň', 'n'), ('ǹ', 'n'),
];
