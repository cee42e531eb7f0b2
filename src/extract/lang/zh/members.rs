//! Bare members of a list before a shared unit: what a list writes once
//! after its last member is shared by the members before it
//! (`分别比规模以上工业快4.6和3.1个百分点`: 4.6 points;
//! `风电、太阳能发电量分别为4665、2611亿千瓦时`: 4665亿 kWh, the scale too).
//! Bare numbers are otherwise no claim in Chinese text, so without this
//! every member but the last was lost.

use rust_decimal::Decimal;

use super::numeral;
use super::passage::Passage;
use super::reader::{self, Item};
use super::tables::ZhMeasure;

/// How many members a list may have before its unit.
const MAX_MEMBERS: usize = 16;

/// Joints between members of a list.
const JOINTS: &[&str] = &["、", "和", "及", "与"];

/// `shared_unit`: an item of Arabic digits without unit, scale or
/// currency, followed by list joints and further bare members up to a
/// member with a unit, takes that unit (and that member's scale, when it
/// has one: `4665、2611亿千瓦时`); a comma is a clause break. Durations
/// and words outside the contract are not shared (`2019、2020年` are
/// years, `1、2号线` names).
pub fn shared_unit(p: &Passage, item: Item) -> Item {
    let n = &item.number;
    let bare = item.unit.is_none()
        && item.prefix.is_none()
        && item.high.is_none()
        && !item.percent_words
        && !n.chinese
        && n.scale == 1
        && !n.inner_over;
    if !bare {
        return item;
    }
    let mut at = item.end;
    for _ in 0..MAX_MEMBERS {
        let Some(joint) = JOINTS.iter().find(|j| p.rest(at).starts_with(**j)) else {
            return item;
        };
        let mut start = at + joint.chars().count();
        if matches!(p.char(start), Some('-' | '－' | '负')) {
            start += 1;
        }
        let Some(next) = numeral::read(p, start) else {
            return item;
        };
        if next.chinese || next.inner_over {
            return item;
        }
        let Some(unit) = reader::read_unit(p, &next) else {
            at = next.end;
            continue;
        };
        let shareable = match unit.measure {
            ZhMeasure::Ignore => false,
            ZhMeasure::Unit(u) => !matches!(
                u,
                "year" | "month" | "week" | "day" | "hour" | "minute" | "x"
            ),
            ZhMeasure::Money(_) | ZhMeasure::Count => true,
        };
        if !shareable || unit.tenths || !unit.add.is_zero() || unit.over {
            return item;
        }
        let value = if next.scale > 1 {
            item.value.saturating_mul(Decimal::from(next.scale))
        } else {
            item.value
        };
        return Item {
            unit: Some(reader::UnitRead {
                start: item.end,
                end: item.end,
                ..unit
            }),
            value,
            ..item
        };
    }
    item
}

#[cfg(test)]
mod tests {
    use super::super::read_passage;
    use crate::extract::units::DocumentCurrency;

    fn rows(s: &str) -> Vec<String> {
        read_passage(s, 0, s.len(), &DocumentCurrency::default())
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    &s[c.span.start..c.span.end],
                    c.kind.as_str(),
                    c.norm_value.normalize(),
                    c.norm_unit
                )
            })
            .collect()
    }

    #[test]
    fn bare_members_take_the_unit_after_the_last() {
        assert_eq!(
            rows("增速分别比规模以上工业快4.6和3.1个百分点。"),
            vec![
                "4.6 percentage_point 4.6 pp",
                "3.1个百分点 percentage_point 3.1 pp"
            ]
        );
        assert_eq!(
            rows("浓度分别为47、55和55微克/立方米。"),
            vec![
                "47 concentration 47 ug/m3",
                "55 concentration 55 ug/m3",
                "55微克/立方米 concentration 55 ug/m3"
            ]
        );
        assert_eq!(
            rows("发电量分别为4665、2611亿千瓦时。"),
            vec![
                "4665 energy 466500000000 kWh",
                "2611亿千瓦时 energy 261100000000 kWh"
            ]
        );
    }

    #[test]
    fn years_names_and_lone_numbers_stay_out() {
        assert_eq!(rows("2019、2020年"), Vec::<String>::new());
        assert_eq!(rows("地铁1、2号线"), Vec::<String>::new());
        assert_eq!(rows("表1和附件。"), Vec::<String>::new());
    }
}
