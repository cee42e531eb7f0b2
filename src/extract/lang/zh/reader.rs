//! Reads the claims of one Chinese passage in one pass: each candidate
//! start (a digit, a Chinese numeral, `百分之`, a currency before an
//! amount) is read as number, unit, range and rate; `rules` rejects the
//! non-claims, `context` attaches qualifier, trend and subject.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::numeral::{self, Numeral};
use super::passage::Passage;
use super::tables::{self, ZhMeasure, arabic_digit, digit_value, is_han, minor_unit, unit_form_at};
use crate::extract::units;

/// A unit read after a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitRead {
    pub measure: ZhMeasure,
    /// The form as written (`亿元` reads `元`; ASCII units `km`).
    pub form: &'static str,
    pub start: usize,
    pub end: usize,
    /// Added by a minor unit or a half (`五元三毛`, `三斤半`).
    pub add: Decimal,
    /// `多`/`余` between the number and its unit (`5000余户`, `300多个`).
    pub over: bool,
    /// The value is in tenths (`五成` is 50%).
    pub tenths: bool,
}

/// One number read with its unit, before the rules judge it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub number: Numeral,
    pub high: Option<Numeral>,
    pub unit: Option<UnitRead>,
    /// A currency written before the amount (`人民币 50元`, `$20`).
    pub prefix: Option<&'static str>,
    /// `百分之五`.
    pub percent_words: bool,
    /// The number's value with scale, minor units and halves applied.
    pub value: Decimal,
    pub value_max: Option<Decimal>,
}

/// Range separators between two numbers (`5%—6%`, `3至5年`, `4.5-5%`).
const RANGE_SEPARATORS: &[char] = &['至', '到', '-', '—', '–', '～', '~', '－', '〜'];

/// Reads the item at char `k`, or `None` when no number starts there.
pub fn read_item(p: &Passage, k: usize) -> Option<Item> {
    let (prefix, number_at) = currency_prefix(p, k);
    let percent_words = prefix.is_none() && p.rest(k).starts_with("百分之");
    let number_at = if percent_words { k + 3 } else { number_at };
    let number = numeral::read(p, number_at)?;
    let unit = item_unit(p, &number, prefix, percent_words);
    let mut value = number
        .value
        .saturating_add(unit.map_or(Decimal::ZERO, |u| u.add));
    if unit.is_some_and(|u| u.tenths) {
        value = value.saturating_mul(Decimal::TEN);
    }
    let item = Item {
        start: k,
        end: unit.map_or(number.end, |u| u.end),
        number,
        high: None,
        unit,
        prefix,
        percent_words,
        value,
        value_max: None,
    };
    if percent_words {
        return Some(item);
    }
    Some(range_from(p, &item).unwrap_or(item))
}

/// The unit of an item's number: `百分之` is a percent; after a currency
/// written before the amount, `個` is its main unit (the Cantonese dollar)
/// with the minor units after it (`港幣三個一毫四`).
fn item_unit(
    p: &Passage,
    number: &Numeral,
    prefix: Option<&'static str>,
    percent_words: bool,
) -> Option<UnitRead> {
    if percent_words {
        return Some(UnitRead {
            measure: ZhMeasure::Unit("%"),
            form: "百分之",
            start: number.end,
            end: number.end,
            add: Decimal::ZERO,
            over: false,
            tenths: false,
        });
    }
    let mut unit = read_unit(p, number);
    if let (Some(code), Some(u)) = (prefix, unit.as_mut())
        && matches!(u.form, "个" | "個")
        && u.measure == ZhMeasure::Count
    {
        let (extra, after) = minor_money(p, u.end, code);
        u.measure = ZhMeasure::Money(code);
        u.add = extra;
        u.end = after;
    }
    // `新台币5亿元`, `港元3000万元`: a currency named before the number
    // gives its code to the `元` after it.
    if let (Some(code), Some(u)) = (prefix, unit.as_mut())
        && matches!(u.form, "元" | "圆")
    {
        u.measure = ZhMeasure::Money(code);
    }
    unit
}

/// The range that `low` starts: the separator after the low end (and its
/// unit), then a number with the same unit or a unit the low end lacks,
/// written the same way (Chinese or Arabic) and not below the low end.
fn range_from(p: &Passage, low: &Item) -> Option<Item> {
    let sep = p.char(low.end).filter(|c| RANGE_SEPARATORS.contains(c))?;
    let h = numeral::read(p, low.end + 1)?;
    let h_unit = read_unit(p, &h);
    let same = match (low.unit, h_unit) {
        (Some(a), Some(b)) => a.measure == b.measure,
        (None, Some(_)) => true,
        _ => false,
    };
    let dash_run = sep == '—' && p.char(low.end + 1) == Some('—');
    if !same || dash_run || h.chinese != low.number.chinese {
        return None;
    }
    let value = low_end(&low.number, &h, low.unit.is_none());
    let high_value = h
        .value
        .saturating_add(h_unit.map_or(Decimal::ZERO, |u| u.add));
    (value <= high_value).then(|| Item {
        end: h_unit.map_or(h.end, |u| u.end),
        high: Some(h),
        unit: low.unit.or(h_unit),
        value,
        value_max: Some(high_value),
        ..*low
    })
}

/// The low end of a range: an unscaled low end takes the high end's scale
/// (`3至5万元` is 30000 to 50000 yuan).
fn low_end(low: &Numeral, high: &Numeral, low_has_no_unit: bool) -> Decimal {
    if low_has_no_unit && low.scale == 1 && high.scale > 1 {
        low.value.saturating_mul(Decimal::from(high.scale))
    } else {
        low.value
    }
}

/// A currency written before the amount at `k`: the code and where the
/// number starts (after spaces).
fn currency_prefix(p: &Passage, k: usize) -> (Option<&'static str>, usize) {
    let rest = p.rest(k);
    for &(form, code) in tables::CURRENCY_PREFIXES {
        if rest.starts_with(form) {
            let mut j = k + form.chars().count();
            while p.char(j).is_some_and(|c| c == ' ' || c == '\u{3000}') {
                j += 1;
            }
            if p.char(j)
                .is_some_and(|c| arabic_digit(c).is_some() || digit_value(c).is_some())
            {
                return (Some(code), j);
            }
        }
    }
    (None, k)
}

/// The unit after a number, with what it takes along: `人民币` after
/// `元`, minor units (`五元三毛`), a half (`三斤半`), `两` after `斤`,
/// and a rate's denominator (`万吨/日`, `元/人`).
pub fn read_unit(p: &Passage, number: &Numeral) -> Option<UnitRead> {
    let c = p.char(number.end)?;
    if c.is_ascii_alphabetic() || c == 'μ' || c == 'µ' {
        return ascii_unit(p, number.end);
    }
    let mut k = unit_start(p, number.end)?;
    // `5000余户`, `300多个`: over, inside the span.
    let mut over = false;
    if matches!(p.char(k), Some('多' | '余'))
        && unit_form_at(p.rest(k + 1)).is_some_and(|(_, m)| m != ZhMeasure::Ignore)
    {
        over = true;
        k += 1;
    }
    let (form, measure, end) = unit_form_after(p, number, k)?;
    let (add, end) = unit_additions(p, number, measure, end);
    let (measure, end) = rate_denominator(p, measure, end);
    Some(UnitRead {
        measure,
        form,
        start: k,
        end,
        add,
        over,
        tenths: form == "成",
    })
}

/// Where a Chinese unit after a number may start: past spaces (`100
/// 美元`) and a PDF line wrapped inside the claim (`473.94\n万人`), when a
/// Han character or a percent sign follows them (`0.8 %` in Word
/// documents).
fn unit_start(p: &Passage, at: usize) -> Option<usize> {
    let spaces = |c: char| matches!(c, ' ' | '\n' | '\r' | '\u{c}');
    if !p.char(at).is_some_and(spaces) {
        return Some(at);
    }
    let mut k = at;
    while p.char(k).is_some_and(spaces) {
        k += 1;
    }
    p.char(k)
        .is_some_and(|c| is_han(c) || matches!(c, '%' | '％'))
        .then_some(k)
}

/// The unit form at char `k` after `number`, what it measures there, and
/// where it ends: a classifier before a currency counts money
/// (`20个比特币`), a bare `个` borrows the points of its pair
/// (`12.7个和5.9个百分点`), and a few forms are a unit only in some places.
fn unit_form_after(
    p: &Passage,
    number: &Numeral,
    k: usize,
) -> Option<(&'static str, ZhMeasure, usize)> {
    let (mut form, mut measure, mut end) = spaced_unit_form(p, k)?;
    // `20个比特币`: a classifier before a currency counts money.
    if matches!(form, "个" | "個")
        && let Some((money, ZhMeasure::Money(code))) = unit_form_at(p.rest(end))
    {
        form = money;
        measure = ZhMeasure::Money(code);
        end += money.chars().count();
    }
    let mut measure = form_in_place(p, number, form, measure, k, end)?;
    // `12.7个和5.9个百分点`: a bare `个` borrows the points of its pair,
    // through a longer list of bare `个` (`回升7.4个、7.6个和5.5个百分点`).
    if matches!(form, "个" | "個") && points_close_the_list(p, end) {
        measure = ZhMeasure::Unit("pp");
    }
    Some((form, measure, end))
}

/// Whether the list of bare `个` that goes on at char `k` (a joint, then
/// a number) ends in percentage points, within eight members.
fn points_close_the_list(p: &Passage, mut k: usize) -> bool {
    for _ in 0..8 {
        if !matches!(p.char(k), Some('和' | '、' | '或')) {
            return false;
        }
        let Some(next) = numeral::read(p, k + 1) else {
            return false;
        };
        match unit_form_at(p.rest(next.end)) {
            Some((_, ZhMeasure::Unit("pp"))) => return true,
            Some((form @ ("个" | "個"), _)) => k = next.end + form.chars().count(),
            _ => return false,
        }
    }
    false
}

/// The longest unit form at char `k` and the char where it ends, also
/// when its characters are parted by single spaces (`0.5 个 百分点`, `3 个
/// 月`: PDF text justified with spaces, as the central bank's reports
/// are); spaces count only where they make a longer form than the one
/// without them (`个 人` stays the classifier `个`).
fn spaced_unit_form(p: &Passage, k: usize) -> Option<(&'static str, ZhMeasure, usize)> {
    let direct = unit_form_at(p.rest(k)).map(|(form, m)| (form, m, k + form.chars().count()));
    let mut compact = String::new();
    let mut ends = Vec::new();
    let mut j = k;
    while ends.len() < 8 {
        match p.char(j) {
            Some(' ') if !compact.is_empty() && p.char(j + 1).is_some_and(is_han) => j += 1,
            Some(c) if is_han(c) => {
                compact.push(c);
                j += 1;
                ends.push(j);
            }
            _ => break,
        }
    }
    let spaced = unit_form_at(&compact)
        .and_then(|(form, m)| Some((form, m, *ends.get(form.chars().count().checked_sub(1)?)?)));
    match (direct, spaced) {
        (Some(d), Some(s)) if s.0.len() > d.0.len() => Some(s),
        (None, s) => s,
        (d, _) => d,
    }
}

/// Characters after `成` that make it part of a word (`一成不变`,
/// `三成为`), not tenths.
const CHENG_WORD_ENDS: &[char] = &['不', '为', '功', '果', '效', '本', '员'];

/// What the unit `form` (chars `start..end`, after `number`) measures in
/// its place, or `None` where it is no unit at all.
fn form_in_place(
    p: &Passage,
    number: &Numeral,
    form: &str,
    measure: ZhMeasure,
    start: usize,
    end: usize,
) -> Option<ZhMeasure> {
    match form {
        // `方` is a cubic metre only after a scale (`3亿方`).
        "方" if number.scale < 10_000 => None,
        // `度` is a kilowatt-hour of electricity (`度电`), else degrees.
        "度" if p.char(end) != Some('电') => Some(ZhMeasure::Ignore),
        // `五成`: tenths, not inside a word (`一成不变`, `三成为`).
        "成" if p.char(end).is_some_and(|c| CHENG_WORD_ENDS.contains(&c))
            || number.scale > 1
            || !number.chinese && number.plain_digits.is_none() =>
        {
            None
        }
        // `五倍子` (gallnuts) is a crop, not five times.
        "倍" if p.char(end) == Some('子') => None,
        // `10市` counts cities; `亿市场主体` is no unit.
        "市" if p.char(end) == Some('场') => None,
        // Life expectancy is a duration (`83.9岁`); other ages are no claim.
        "岁" | "歲" if life_span(p, start) => Some(ZhMeasure::Unit("year")),
        // `连续举办8届` counts sessions; `十三届人大` is an ordinal.
        "届" if session_count(p, number.start) => Some(ZhMeasure::Count),
        // `5万亿两个台阶`: `两` before a classifier starts the next number.
        "两" | "兩" if unit_form_at(p.rest(end)).is_some_and(|(_, m)| m == ZhMeasure::Count) => {
            None
        }
        _ => Some(measure),
    }
}

/// What a unit ending at char `end` takes along, and where it then ends:
/// `人民币` after `元` and minor units (`五元三毛`) after money, a half
/// (`三斤半`, not `8英寸半导体`) or `两` after `斤` (`三斤二两`) after
/// other units.
fn unit_additions(
    p: &Passage,
    number: &Numeral,
    measure: ZhMeasure,
    mut end: usize,
) -> (Decimal, usize) {
    let mut add = Decimal::ZERO;
    if let ZhMeasure::Money(code) = measure {
        if code == "CNY" && p.rest(end).starts_with("人民币") {
            end += 3;
        }
        let (extra, after) = minor_money(p, end, code);
        add = extra;
        end = after;
    }
    if let ZhMeasure::Unit(symbol) = measure {
        // `三斤半`, not `8英寸半导体`.
        let half =
            p.char(end) == Some('半') && !p.char(end + 1).is_some_and(|c| is_han(c) && c != '的');
        if half && (number.plain_digits.is_some() || number.chinese) {
            add = Decimal::new(5, 1);
            end += 1;
        } else if symbol == "jin"
            && let Some(d) = p
                .char(end)
                .and_then(|c| digit_value(c).or_else(|| arabic_digit(c)))
            && matches!(p.char(end + 1), Some('两' | '兩'))
        {
            add = Decimal::from(d) / Decimal::TEN;
            end += 2;
        }
    }
    (add, end)
}

/// A rate's denominator after the unit ending at char `end` (`万吨/日`,
/// `元/人`), taken into the unit: the measure (a speed, `公里/小时`, has
/// no kind) and where the unit then ends.
fn rate_denominator(p: &Passage, mut measure: ZhMeasure, mut end: usize) -> (ZhMeasure, usize) {
    if matches!(p.char(end), Some('/' | '／'))
        && measure != ZhMeasure::Ignore
        && let scales = p
            .rest(end + 1)
            .chars()
            .take_while(|&c| tables::multiplier(c).is_some())
            .count()
        && let Some((den, den_measure)) = unit_form_at(p.rest(end + 1 + scales))
    {
        let is_time = matches!(den, "小时" | "时" | "秒" | "分钟");
        if matches!(measure, ZhMeasure::Unit("km" | "m")) && is_time {
            measure = ZhMeasure::Ignore;
        }
        if den_measure != ZhMeasure::Ignore || matches!(den, "日" | "月" | "时") {
            end += 1 + scales + den.chars().count();
        }
    }
    (measure, end)
}

/// Whether a holding verb (`举办`, `连续`) stands right before the number
/// at char `start`: `N届` then counts sessions.
fn session_count(p: &Passage, start: usize) -> bool {
    let head = p.head(start);
    tables::SESSION_COUNT_LEADS
        .iter()
        .any(|w| head.ends_with(w))
}

/// Whether the clause before char `k` speaks of life expectancy.
fn life_span(p: &Passage, k: usize) -> bool {
    let head = p.head(k);
    let from = head.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
    head[from..].contains("寿命")
}

/// Minor money units after the main unit: `三毛`, `6角三分`, `又三美分`,
/// and the colloquial tenths `一块二`, `三块零四`.
fn minor_money(p: &Passage, mut k: usize, code: &str) -> (Decimal, usize) {
    let mut add = Decimal::ZERO;
    if let Some(&(_, forms)) = tables::CENT_FORMS.iter().find(|(c, _)| *c == code) {
        let j = if matches!(p.char(k), Some('又' | '和')) {
            k + 1
        } else {
            k
        };
        if let Some(cents) = numeral::read(p, j)
            .filter(|n| n.scale == 1 && n.value < Decimal::ONE_HUNDRED && n.value.fract().is_zero())
            && let Some(form) = forms.iter().find(|f| p.rest(cents.end).starts_with(**f))
        {
            let end = cents.end + form.chars().count();
            return (cents.value / Decimal::ONE_HUNDRED, end);
        }
        return (add, k);
    }
    let mut div = 10u32;
    for _ in 0..2 {
        let Some(d) = small_digit(p, k) else { break };
        match p.char(k + 1).and_then(minor_unit) {
            Some(unit) => {
                add += Decimal::from(d) / Decimal::from(unit);
                div = unit * 10;
                k += 2;
            }
            None => break,
        }
    }
    // Colloquial tenths or hundredths without their unit: `五块六`,
    // `三块零四`, `两毛五` (after `块`/`蚊`/a minor unit only).
    let colloquial = add > Decimal::ZERO
        || k.checked_sub(1)
            .and_then(|j| p.char(j))
            .is_some_and(|c| matches!(c, '块' | '塊' | '蚊'));
    if colloquial && div <= 100 {
        let (zero, j) = if p.char(k) == Some('零') {
            (true, k + 1)
        } else {
            (false, k)
        };
        if let Some(d) = p.char(j).and_then(digit_value).filter(|&d| d > 0)
            && !p.char(j + 1).is_some_and(|c| {
                digit_value(c).is_some()
                    || tables::multiplier(c).is_some()
                    || unit_form_at(p.rest(j + 1)).is_some()
            })
        {
            let div = if zero { 100 } else { div };
            add += Decimal::from(d) / Decimal::from(div);
            k = j + 1;
        }
    }
    (add, k)
}

fn small_digit(p: &Passage, k: usize) -> Option<u32> {
    p.char(k)
        .and_then(|c| digit_value(c).or_else(|| arabic_digit(c)))
}

/// An ASCII unit glued to the digits (`168cm`, `2.4GW`, `1.5kg`), from the
/// shared unit table; `None` when the letters are no unit (`5G`).
fn ascii_unit(p: &Passage, k: usize) -> Option<UnitRead> {
    let rest = p.rest(k);
    let letters = rest.chars().take_while(char::is_ascii_alphabetic).count();
    let lower = rest[..letters].to_ascii_lowercase();
    // `168CM`: a unit in capitals is read as its lower-case symbol.
    let (unit, len) = units::unit_at(rest).or_else(|| {
        (letters >= 2 && rest[..letters].bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| units::unit_at(&lower))
            .flatten()
            .filter(|&(_, len)| len == letters)
    })?;
    let after = &rest[len..];
    if after.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let form: &'static str = unit.symbol;
    Some(UnitRead {
        measure: ZhMeasure::Unit(form),
        form,
        start: k,
        end: k + rest[..len].chars().count(),
        add: Decimal::ZERO,
        over: false,
        tenths: false,
    })
}

/// `continues_token`: a digit glued to Latin letters, digits or a dot
/// before it is part of a code or name (`PM2.5`, `C919`, `G20`, `3.5.1`),
/// read by nobody.
pub fn continues_token(p: &Passage, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|j| p.char(j)) else {
        return false;
    };
    if prev.is_ascii_alphanumeric() || prev == '_' {
        return true;
    }
    if matches!(prev, '.' | '．' | '-') {
        return k
            .checked_sub(2)
            .and_then(|j| p.char(j))
            .is_some_and(|c| c.is_ascii_alphanumeric());
    }
    false
}

/// The first characters of [`tables::CURRENCY_PREFIXES`] (`人`, `港`,
/// `U`, `$` …), sorted, so that the test of every character of a passage
/// is one binary search instead of a prefix test per currency form.
static CURRENCY_PREFIX_STARTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut starts: Vec<char> = tables::CURRENCY_PREFIXES
        .iter()
        .filter_map(|(form, _)| form.chars().next())
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
});

/// Whether char `k` may start an item (cheap test before reading).
pub fn may_start(p: &Passage, k: usize) -> bool {
    let Some(c) = p.char(k) else { return false };
    if arabic_digit(c).is_some() {
        // Not inside a digit run or a code (`PM2.5`, `C919`, `3.5.1`).
        return !continues_token(p, k);
    }
    digit_value(c).is_some()
        || tables::tens_value(c).is_some()
        || matches!(
            c,
            '十' | '拾' | '人' | '港' | 'U' | 'H' | '￥' | '¥' | '€' | '£' | '$'
        )
        || (c == '百' && p.rest(k).starts_with("百分之"))
        || CURRENCY_PREFIX_STARTS.binary_search(&c).is_ok()
        || (matches!(c, '百' | '千' | '万' | '亿') && numeral::scale_led(p, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str) -> Option<(String, String, Option<String>)> {
        let p = Passage::new(s, 0, s.len());
        read_item(&p, 0).map(|i| {
            let text: String = s.chars().skip(i.start).take(i.end - i.start).collect();
            (
                text,
                i.value.normalize().to_string(),
                i.value_max.map(|v| v.normalize().to_string()),
            )
        })
    }

    fn measure(s: &str) -> Option<(String, ZhMeasure)> {
        let p = Passage::new(s, 0, s.len());
        let i = read_item(&p, 0)?;
        let text: String = s.chars().skip(i.start).take(i.end - i.start).collect();
        Some((text, i.unit?.measure))
    }

    #[test]
    fn poultry_counted_in_hundreds() {
        assert_eq!(
            item("51313百羽，"),
            Some(("51313百羽".into(), "5131300".into(), None))
        );
        assert_eq!(
            measure("1200万羽"),
            Some(("1200万羽".into(), ZhMeasure::Count))
        );
    }

    #[test]
    fn unit_parted_by_spaces() {
        assert_eq!(
            measure("0.5 个 百分点 ;"),
            Some(("0.5 个 百分点".into(), ZhMeasure::Unit("pp")))
        );
        assert_eq!(
            measure("3 个 月，"),
            Some(("3 个 月".into(), ZhMeasure::Unit("month")))
        );
        // no longer form across the space: the classifier alone
        assert_eq!(measure("5个 人"), Some(("5个".into(), ZhMeasure::Count)));
    }

    #[test]
    fn ranges_share_unit_and_scale() {
        assert_eq!(
            item("5%—6%，"),
            Some(("5%—6%".into(), "5".into(), Some("6".into())))
        );
        assert_eq!(
            item("4.5-5%"),
            Some(("4.5-5%".into(), "4.5".into(), Some("5".into())))
        );
        assert_eq!(
            item("3至5年"),
            Some(("3至5年".into(), "3".into(), Some("5".into())))
        );
        assert_eq!(
            item("3至5万元"),
            Some(("3至5万元".into(), "30000".into(), Some("50000".into())))
        );
        assert_eq!(
            item("5%到6%"),
            Some(("5%到6%".into(), "5".into(), Some("6".into())))
        );
    }

    #[test]
    fn downward_pair_is_no_range() {
        assert_eq!(item("6%至5%"), Some(("6%".into(), "6".into(), None)));
    }

    #[test]
    fn minor_units_and_halves() {
        assert_eq!(
            item("50元6角三分"),
            Some(("50元6角三分".into(), "50.63".into(), None))
        );
        assert_eq!(
            item("两美元又三美分"),
            Some(("两美元又三美分".into(), "2.03".into(), None))
        );
        assert_eq!(item("三斤半"), Some(("三斤半".into(), "3.5".into(), None)));
        assert_eq!(
            item("一點六至三點九公尺"),
            Some((
                "一點六至三點九公尺".into(),
                "1.6".into(),
                Some("3.9".into())
            ))
        );
        let p = Passage::new("8英尺", 0, "8英尺".len());
        let unit = read_item(&p, 0).and_then(|i| i.unit).map(|u| u.measure);
        assert_eq!(unit, Some(ZhMeasure::Unit("ft")));
        assert_eq!(item("3斤5两"), Some(("3斤5两".into(), "3.5".into(), None)));
        assert_eq!(
            item("10日元5日本銭"),
            Some(("10日元5日本銭".into(), "10.05".into(), None))
        );
        assert_eq!(
            item("港幣三個一毫四"),
            Some(("港幣三個一毫四".into(), "3.14".into(), None))
        );
    }

    #[test]
    fn rates_keep_the_numerator() {
        let s = "30万吨/日的";
        let p = Passage::new(s, 0, s.len());
        let i = read_item(&p, 0);
        assert_eq!(
            i.and_then(|i| i.unit).map(|u| (u.measure, u.end)),
            Some((ZhMeasure::Unit("t"), 6))
        );
    }

    #[test]
    fn a_bare_classifier_borrows_points() {
        let s = "高于全国12.7个和5.9个百分点";
        let p = Passage::new(s, 0, s.len());
        let unit = read_item(&p, 4).and_then(|i| i.unit).map(|u| u.measure);
        assert_eq!(unit, Some(ZhMeasure::Unit("pp")));
        // Through a longer list; a list of things stays counted.
        let s = "分别回升7.4个、7.6个和5.5个百分点";
        let p = Passage::new(s, 0, s.len());
        let unit = read_item(&p, 4).and_then(|i| i.unit).map(|u| u.measure);
        assert_eq!(unit, Some(ZhMeasure::Unit("pp")));
        let s = "建成3个、5个和7个园区";
        let p = Passage::new(s, 0, s.len());
        let unit = read_item(&p, 2).and_then(|i| i.unit).map(|u| u.measure);
        assert_eq!(unit, Some(ZhMeasure::Count));
    }

    #[test]
    fn prefix_currency() {
        assert_eq!(
            item("人民币 8千元"),
            Some(("人民币 8千元".into(), "8000".into(), None))
        );
        assert_eq!(
            item("百分之五"),
            Some(("百分之五".into(), "5".into(), None))
        );
    }
}
