//! Reads one Chinese-text number: Arabic digits (ASCII or full-width, with
//! `,` thousands groups and a decimal point), Chinese numerals (`三`,
//! `十二`, `两千`, `一百零五`, `三点五`), and both mixed with scale
//! characters (`3万`, `1.39万亿`, `6600多万`).
//!
//! Rule: a scale character multiplies everything before it in its
//! section: `万` what stands below 万, `亿` all that was read
//! (`1.39万亿` is 1.39 × 10^4 × 10^8). `多`/`余` between a number and its
//! scale (`6600多万`) stay inside the number and mark it `over`.

use rust_decimal::Decimal;

use super::passage::Passage;
use super::tables::{arabic_digit, digit_value, multiplier, tens_value, unit_form_at};
use crate::extract::number::is_group_space;

/// A number as read, in char indices of the passage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: Decimal,
    /// The last scale character applied (1 when none): `3至5万` gives the
    /// low end the high end's scale.
    pub scale: u64,
    /// Written with Chinese numeral characters (`三`, `两千`).
    pub chinese: bool,
    /// Digits only, no scale: its digit count when an integer (years,
    /// codes).
    pub plain_digits: Option<usize>,
    /// `多`/`余` inside the number (`6600多万`).
    pub inner_over: bool,
    /// Chinese digits side by side (`二〇二四`, `三四`): a year or an
    /// estimate, never a claim by itself.
    pub digit_string: bool,
    /// Starts with a banker's numeral (`壹`, `陆`, `拾`).
    pub bankers: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Arabic,
    ChineseDigit,
    Scale,
}

/// What `read` has seen so far, in the sections of Chinese writing: `兆`
/// (1e12, the traditional trillion) sections, `亿` sections, `万`
/// sections and what stands below `万`.
struct Sections {
    top: Decimal,
    high: Decimal,
    mid: Decimal,
    low: Decimal,
    cur: Option<Decimal>,
    last: Last,
    scale: u64,
    chinese: bool,
    arabic_digits: Option<usize>,
    inner_over: bool,
    digit_string: bool,
    /// Chinese digits read side by side so far (`一八八一` is 4).
    row: usize,
}

/// Reads the number starting at char `i`, or `None` when nothing there
/// starts a number (`零售`, `万物`, `千方百计`).
pub fn read(p: &Passage, i: usize) -> Option<Numeral> {
    let first = p.char(i)?;
    let starts = arabic_digit(first).is_some()
        || (digit_value(first).is_some_and(|d| d != 0))
        || matches!(first, '十' | '拾')
        || tens_value(first).is_some()
        || (matches!(first, '百' | '千' | '万' | '亿') && scale_led(p, i))
        || (matches!(first, '零' | '〇' | '○') && matches!(p.char(i + 1), Some('点' | '點')));
    if !starts {
        return None;
    }
    let mut r = Sections {
        top: Decimal::ZERO,
        high: Decimal::ZERO,
        mid: Decimal::ZERO,
        low: Decimal::ZERO,
        cur: None,
        last: Last::Nothing,
        scale: 1,
        chinese: false,
        arabic_digits: None,
        inner_over: false,
        digit_string: false,
        row: 0,
    };
    let mut k = i;
    while let Some(c) = p.char(k) {
        let next = if r.typed_zero(p, k) {
            r.chinese_digit(p, k, '〇', 0)
        } else if arabic_digit(c).is_some() {
            r.arabic(p, k)
        } else if let Some(d) = digit_value(c) {
            r.chinese_digit(p, k, c, d)
        } else if (matches!(c, '点' | '點')
            || matches!(c, '‧' | '·') && p.char(k + 1).and_then(digit_value).is_some())
            && r.chinese
            && !r.digit_string
        {
            r.chinese_decimals(p, k)
        } else if let Some(tens) = tens_value(c) {
            r.tens(k, tens)
        } else if let Some(m) = multiplier(c) {
            r.scale_char(p, k, c, m)
        } else if c == '兆' {
            r.trillion(p, k)
        } else if matches!(c, '多' | '余') && r.last != Last::Nothing {
            // `6600多万`, `十多万`: inside the number before a scale.
            (p.char(k + 1).and_then(multiplier).is_some() && !r.inner_over).then(|| {
                r.inner_over = true;
                k + 1
            })
        } else {
            r.spaced_scale(p, k)
        };
        match next {
            Some(n) => k = n,
            None => break,
        }
    }
    r.finish(i, k).map(|n| Numeral {
        bankers: super::tables::is_bankers(first),
        ..n
    })
}

impl Sections {
    fn arabic(&mut self, p: &Passage, k: usize) -> Option<usize> {
        if self.cur.is_some() || self.last == Last::ChineseDigit {
            return None;
        }
        let (value, len, integer) = read_arabic(p, k);
        self.cur = Some(value);
        self.arabic_digits = integer.then_some(len);
        self.last = Last::Arabic;
        Some(k + len)
    }

    fn chinese_digit(&mut self, p: &Passage, k: usize, c: char, d: u32) -> Option<usize> {
        // `两` after a digit, or last after a scale, is the liang
        // (`二两`, `两万两`).
        let liang = matches!(c, '两' | '兩')
            && (self.last == Last::ChineseDigit
                || self.last == Last::Scale
                    && !p
                        .char(k + 1)
                        .is_some_and(|n| multiplier(n).is_some() || digit_value(n).is_some()));
        if self.last == Last::Arabic || liang {
            return None;
        }
        if let (Some(v), Last::ChineseDigit) = (self.cur, self.last) {
            self.cur = Some(
                v.saturating_mul(Decimal::TEN)
                    .saturating_add(Decimal::from(d)),
            );
            self.digit_string = true;
            self.row += 1;
        } else if d != 0 {
            self.cur = Some(Decimal::from(d));
            self.row = 1;
        }
        self.chinese = true;
        self.last = Last::ChineseDigit;
        Some(k + 1)
    }

    /// `二00四年`, `二０一０年`, `五百O七億元`, `二OO七年`: a zero typed as an
    /// Arabic digit (half or full width) or a Latin capital O after a
    /// Chinese numeral, before another digit or `年`, is `〇`, as Hong Kong
    /// and Macao papers and some copies type it.
    fn typed_zero(&self, p: &Passage, k: usize) -> bool {
        let zero = |c: char| matches!(c, '0' | '０' | 'O');
        self.chinese
            && matches!(self.last, Last::ChineseDigit | Last::Scale)
            && p.char(k).is_some_and(zero)
            && p.char(k + 1)
                .is_some_and(|n| zero(n) || digit_value(n).is_some() || n == '年')
    }

    /// `廿`, `卅`: twenty or thirty, as `二十`, `三十` (`一百廿三` 123); not
    /// after a digit (`三廿` is no number).
    fn tens(&mut self, k: usize, tens: u32) -> Option<usize> {
        if self.digit_string || matches!(self.last, Last::ChineseDigit | Last::Arabic) {
            return None;
        }
        self.chinese = true;
        self.low = self.low.saturating_add(Decimal::from(tens * 10));
        self.scale = 10;
        self.last = Last::Scale;
        Some(k + 1)
    }

    /// `三点五`: decimals in Chinese digits.
    fn chinese_decimals(&mut self, p: &Passage, k: usize) -> Option<usize> {
        let mut frac = String::new();
        let mut j = k + 1;
        while let Some(d) = p.char(j).and_then(digit_value) {
            frac.push(char::from_digit(d, 10).unwrap_or('0'));
            j += 1;
        }
        if frac.is_empty() {
            return None;
        }
        let whole = self.cur.unwrap_or(Decimal::ZERO);
        let fraction: Decimal = format!("0.{frac}").parse().unwrap_or(Decimal::ZERO);
        self.cur = Some(whole.saturating_add(fraction));
        self.last = Last::ChineseDigit;
        Some(j)
    }

    fn scale_char(&mut self, p: &Passage, k: usize, c: char, m: u64) -> Option<usize> {
        // `一八八一億美元`: three or more digits side by side before `万`
        // or `亿` are the digits of a number, as Taiwan's papers write
        // them (1881 × 10^8); two are an estimate (`三四万`).
        let positional = self.row >= 3 && self.last == Last::ChineseDigit && m >= 10_000;
        if self.digit_string && !positional {
            return None;
        }
        self.digit_string = false;
        // `12千米`, `一百千瓦`: a unit that starts with a scale
        // character, after digits or another scale.
        if matches!(c, '千' | '百')
            && self.last != Last::ChineseDigit
            && unit_form_at(p.rest(k)).is_some_and(|(form, _)| form.chars().count() > 1)
        {
            return None;
        }
        let factor = Decimal::from(m);
        if self.last == Last::Nothing {
            self.chinese = true;
        }
        let pending = self.cur.take();
        match c {
            '万' | '萬' => {
                let below = self.low.saturating_add(pending.unwrap_or(Decimal::ZERO));
                let below = if below.is_zero() { Decimal::ONE } else { below };
                self.mid = self.mid.saturating_add(below.saturating_mul(factor));
                self.low = Decimal::ZERO;
            }
            '亿' | '億' => {
                let all = self
                    .below_top()
                    .saturating_add(pending.unwrap_or(Decimal::ZERO));
                let all = if all.is_zero() { Decimal::ONE } else { all };
                self.high = all.saturating_mul(factor);
                self.mid = Decimal::ZERO;
                self.low = Decimal::ZERO;
            }
            _ => {
                self.low = self
                    .low
                    .saturating_add(pending.unwrap_or(Decimal::ONE).saturating_mul(factor))
            }
        }
        self.scale = m;
        self.last = Last::Scale;
        Some(k + 1)
    }

    /// `兆` after a number is the traditional trillion (1e12) when more of
    /// the number or a currency follows (`四十九兆九千五百九十二億元`,
    /// `3兆元`); before a unit it is mega (`兆瓦`, `兆帕`), and a number
    /// ending in it is left alone.
    fn trillion(&mut self, p: &Passage, k: usize) -> Option<usize> {
        let follows = p.char(k + 1).is_some_and(|n| {
            digit_value(n).is_some()
                || arabic_digit(n).is_some()
                || matches!(n, '亿' | '億' | '万' | '萬')
                || matches!(
                    unit_form_at(p.rest(k + 1)),
                    Some((_, super::tables::ZhMeasure::Money(_)))
                )
        });
        if self.last == Last::Nothing || self.digit_string || !follows {
            return None;
        }
        let all = self
            .below_top()
            .saturating_add(self.cur.take().unwrap_or(Decimal::ZERO));
        let all = if all.is_zero() { Decimal::ONE } else { all };
        self.top = self
            .top
            .saturating_add(all.saturating_mul(Decimal::from(TRILLION)));
        self.high = Decimal::ZERO;
        self.mid = Decimal::ZERO;
        self.low = Decimal::ZERO;
        self.scale = TRILLION;
        self.last = Last::Scale;
        self.chinese = true;
        Some(k + 1)
    }

    /// `393.17 万元`, `1.34⏎万吨`: digits and their scale parted by
    /// spaces or a wrapped line (PDF text).
    fn spaced_scale(&self, p: &Passage, k: usize) -> Option<usize> {
        if self.last != Last::Arabic {
            return None;
        }
        let gap = (k..k + 6)
            .take_while(|&j| p.char(j).is_some_and(|c| c.is_whitespace()))
            .count();
        let scale = p
            .char(k + gap)
            .is_some_and(|c| matches!(c, '万' | '亿' | '萬' | '億'));
        (gap > 0 && scale).then_some(k + gap)
    }

    fn below_top(&self) -> Decimal {
        self.high.saturating_add(self.mid).saturating_add(self.low)
    }

    fn finish(self, i: usize, k: usize) -> Option<Numeral> {
        if self.last == Last::Nothing {
            return None;
        }
        let value = self
            .top
            .saturating_add(self.below_top())
            .saturating_add(self.cur.unwrap_or(Decimal::ZERO));
        let scaled = self.scale > 1 || !(self.top.is_zero() && self.below_top().is_zero());
        Some(Numeral {
            start: i,
            end: k,
            value,
            scale: if scaled { self.scale } else { 1 },
            chinese: self.chinese,
            plain_digits: if scaled || self.chinese {
                None
            } else {
                self.arabic_digits
            },
            inner_over: self.inner_over,
            digit_string: self.digit_string,
            bankers: false,
        })
    }
}

/// The traditional trillion of `兆`.
const TRILLION: u64 = 1_000_000_000_000;

/// `scale_led`: a number may start with its scale when a qualifier
/// stands before it (`超千亿元`, `上千万家庭`, `上亿市场主体`) or two scale characters
/// stand before a unit (`千亿斤`, `百万亩`): the missing digit is one.
pub fn scale_led(p: &Passage, i: usize) -> bool {
    // The second scale is bigger than the first (`千亿`, `百万`), not an
    // idiom (`亿万人民`).
    let first = p.char(i).and_then(multiplier).unwrap_or(0);
    let next_is_big = p
        .char(i + 1)
        .and_then(multiplier)
        .is_some_and(|m| m >= 10_000 && m > first);
    let head = p.head(i);
    let led = super::context::qualifier_before(p, i).is_some() || head.ends_with('上');
    // `上亿市场主体`, `超万家`: one big scale after a qualifier.
    let alone_big = matches!(p.char(i), Some('万' | '亿'))
        && !p
            .char(i + 1)
            .is_some_and(|c| multiplier(c).is_some() || c == '一');
    if led && (next_is_big || alone_big) {
        return true;
    }
    // `千余家企业`, `百余项`: one scale, `余`/`多`, a unit.
    if matches!(p.char(i + 1), Some('余' | '多'))
        && unit_form_at(p.rest(i + 2)).is_some_and(|(_, m)| m != super::tables::ZhMeasure::Ignore)
    {
        return true;
    }
    if !next_is_big {
        return false;
    }
    let scales = p
        .rest(i)
        .chars()
        .take_while(|&c| multiplier(c).is_some())
        .count();
    scales >= 2
        && unit_form_at(p.rest(i + scales)).is_some_and(|(form, m)| {
            m != super::tables::ZhMeasure::Ignore
                && !p.rest(i + scales + form.chars().count()).starts_with('级')
        })
}

/// Arabic digits at `k`: value, length in chars, and whether an integer.
/// `,` groups of exactly three digits and one decimal point are read;
/// full-width digits and `．` too.
fn read_arabic(p: &Passage, k: usize) -> (Decimal, usize, bool) {
    let mut s = String::new();
    let mut j = k;
    let mut integer = true;
    // Digits since the last group mark (for a space-grouped number).
    let mut run = 0;
    while let Some(c) = p.char(j) {
        if let Some(d) = arabic_digit(c) {
            s.push(char::from_digit(d, 10).unwrap_or('0'));
            j += 1;
            run += 1;
        } else if integer
            && ((c == ',' && group_of_three(p, j + 1))
                || ((1..=3).contains(&run) && spaced_groups(p, j)))
        {
            j += 1;
            run = 0;
        } else if (matches!(c, '.' | '．') || (c == '·' && dot_is_decimal(p, j)))
            && integer
            && p.char(j + 1).and_then(arabic_digit).is_some()
        {
            s.push('.');
            integer = false;
            j += 1;
        } else {
            break;
        }
    }
    let value = s.parse().unwrap_or(Decimal::ZERO);
    (value, j - k, integer)
}

/// A middle dot between digits (at char `j`) is the decimal point when a
/// percent sign or a unit follows the digits after it (`上涨1·8%`, a
/// typeset communiqué); elsewhere it parts the month and day of an event
/// (`5·12地震`, `9·11事件`), which is no number.
fn dot_is_decimal(p: &Passage, j: usize) -> bool {
    let mut end = j + 1;
    while p.char(end).and_then(arabic_digit).is_some() {
        end += 1;
    }
    let digits = end > j + 1;
    while p.char(end).and_then(multiplier).is_some() {
        end += 1;
    }
    digits
        && unit_form_at(p.rest(end)).is_some_and(|(_, m)| {
            !matches!(
                m,
                super::tables::ZhMeasure::Ignore | super::tables::ZhMeasure::Count
            )
        })
}

/// Hong Kong's thousands groups parted by a space (`約10 000名照顧者`,
/// `6 200個宿位`, also a no-break or thin space): at char `j` a space,
/// then one or more groups of exactly three digits, each after such a
/// space, the last glued to what follows (a unit, a classifier, a mark),
/// so that numbers in table columns (`10 200 300`, a space after the
/// last) stay apart. (The conventions stage has already turned a space
/// that parts table cells into a tab.)
fn spaced_groups(p: &Passage, j: usize) -> bool {
    let mut at = j;
    while p.char(at).is_some_and(is_group_space) && group_of_three(p, at + 1) {
        at += 4;
    }
    at > j && p.char(at).is_some_and(|c| !c.is_whitespace() && c != ',')
}

/// Exactly three digits at `j`, then no digit.
fn group_of_three(p: &Passage, j: usize) -> bool {
    (j..j + 3).all(|x| p.char(x).is_some_and(|c| c.is_ascii_digit()))
        && !p.char(j + 3).is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(String, String)> {
        let p = Passage::new(s, 0, s.len());
        read(&p, 0).map(|n| {
            let text: String = s.chars().skip(n.start).take(n.end - n.start).collect();
            (n.value.normalize().to_string(), text)
        })
    }

    #[test]
    fn characters_for_tens_are_twenty_thirty_and_forty() {
        assert_eq!(
            value("廿三點六萬億元"),
            Some(("23600000000000".into(), "廿三點六萬億".into()))
        );
        assert_eq!(value("卅三點一"), Some(("33.1".into(), "卅三點一".into())));
        assert_eq!(value("一百廿三人"), Some(("123".into(), "一百廿三".into())));
        assert_eq!(value("卌"), Some(("40".into(), "卌".into())));
        // not after a digit
        assert_eq!(value("三廿"), Some(("3".into(), "三".into())));
    }

    #[test]
    fn middle_dot_before_a_unit_is_the_decimal_point() {
        assert_eq!(value("1·8%"), Some(("1.8".into(), "1·8".into())));
        assert_eq!(value("2·95万吨"), Some(("29500".into(), "2·95万".into())));
        // an event's month and day, and a count, keep the dot out
        assert_eq!(value("5·12地震"), Some(("5".into(), "5".into())));
        assert_eq!(value("3·2个"), Some(("3".into(), "3".into())));
    }

    #[test]
    fn arabic_with_scales() {
        assert_eq!(
            value("126万亿元"),
            Some(("126000000000000".into(), "126万亿".into()))
        );
        assert_eq!(
            value("1.39万亿斤"),
            Some(("1390000000000".into(), "1.39万亿".into()))
        );
        assert_eq!(
            value("1244万人"),
            Some(("12440000".into(), "1244万".into()))
        );
        assert_eq!(value("1,065个"), Some(("1065".into(), "1,065".into())));
        assert_eq!(
            value("１．０７５３美元"),
            Some(("1.0753".into(), "１．０７５３".into()))
        );
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(value("一百零五个"), Some(("105".into(), "一百零五".into())));
        assert_eq!(value("两千"), Some(("2000".into(), "两千".into())));
        assert_eq!(value("十二"), Some(("12".into(), "十二".into())));
        assert_eq!(value("三点五"), Some(("3.5".into(), "三点五".into())));
        assert_eq!(value("三點五"), Some(("3.5".into(), "三點五".into())));
        assert_eq!(
            value("一亿二千万"),
            Some(("120000000".into(), "一亿二千万".into()))
        );
        assert_eq!(value("四十九兆"), Some(("49".into(), "四十九".into())));
        assert_eq!(value("五十兆瓦"), Some(("50".into(), "五十".into())));
        assert_eq!(
            value("四十九兆九千五百九十二億元"),
            Some(("49959200000000".into(), "四十九兆九千五百九十二億".into()))
        );
    }

    #[test]
    fn a_scale_after_spaces_or_a_wrapped_line() {
        assert_eq!(
            value("393.17 万元"),
            Some(("3931700".into(), "393.17 万".into()))
        );
        assert_eq!(
            value("1.34\n万吨"),
            Some(("13400".into(), "1.34\n万".into()))
        );
        assert_eq!(value("12 个"), Some(("12".into(), "12".into())));
    }

    #[test]
    fn thousands_parted_by_spaces_as_hong_kong_writes_them() {
        assert_eq!(
            value("10 000名照顧者"),
            Some(("10000".into(), "10 000".into()))
        );
        assert_eq!(
            value("1 234 567元"),
            Some(("1234567".into(), "1 234 567".into()))
        );
        // (Table columns: the last group is not glued to what follows.)
        assert_eq!(value("10 200 300 "), Some(("10".into(), "10".into())));
        assert_eq!(value("2024 200個"), Some(("2024".into(), "2024".into())));
        assert_eq!(value("12 34個"), Some(("12".into(), "12".into())));
    }

    #[test]
    fn inner_over_stays_in_the_number() {
        let s = "6600多万纳税人";
        let p = Passage::new(s, 0, s.len());
        let n = read(&p, 0).map(|n| (n.value, n.inner_over, n.end));
        assert_eq!(n, Some((Decimal::from(66_000_000), true, 6)));
    }

    #[test]
    fn unit_starting_with_a_scale_character_is_the_unit() {
        assert_eq!(value("12千米"), Some(("12".into(), "12".into())));
        assert_eq!(value("一百千瓦"), Some(("100".into(), "一百".into())));
        assert_eq!(value("三千米"), Some(("3000".into(), "三千".into())));
    }

    #[test]
    fn words_that_are_no_numbers() {
        assert_eq!(value("零售"), None);
        assert_eq!(value("万物"), None);
        assert_eq!(value("千方百计"), None);
        assert_eq!(value("亿万人民"), None);
    }

    #[test]
    fn digit_strings_are_marked() {
        let s = "二〇二四年";
        let p = Passage::new(s, 0, s.len());
        assert_eq!(
            read(&p, 0).map(|n| (n.value, n.digit_string)),
            Some((Decimal::from(2024), true))
        );
        for s in ["二00四年", "二○○四年", "二０一０年"] {
            let p = Passage::new(s, 0, s.len());
            let year = read(&p, 0).map(|n| (n.value, n.digit_string));
            assert!(
                matches!(year, Some((v, true)) if v == Decimal::from(2004) || v == Decimal::from(2010)),
                "{s}"
            );
        }
    }
}
