//! `index-base`: the base period and the base value of an index.
//!
//! What: a year or year label and the power of ten set equal to it in an
//! index's definition (`consumer price index (2005=100)`, `2010 = 100`,
//! `(2011-12=100)`, `(December 2014 = 100)`, `2015 average = 100`,
//! `(2010Q1=1.0)`): both numbers.
//! Why: they say how the index is scaled, not what it measures; the level
//! of the index (`rose to 112.4`) is the claim. Read alone, the `100`
//! would be a count of nothing and the year of a label like `2011-12`
//! could be read as a range.
//! Example: `The consumer price index (2005=100) rose to 112.4.`

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::model::{Measure, Reading};

use super::rule::{NonClaim, Rule};

/// Rejects the base period and the base value of an index.
pub const RULE: Rule = Rule {
    id: "index-base",
    what: "the base period and base value of an index define its scale, not a quantity",
    example: "The consumer price index (2005=100) rose to 112.4.",
    gives: &[NonClaim::IndexBase],
    check: index_base,
};

/// The base period, as it ends the text before `=`: a year (1800 to 2100)
/// or a fiscal-year label (`2011-12`, `2011/12`, `FY2011`), with an
/// optional quarter or half (`2010Q1`, `2010 Q1`) and `average`.
const PERIOD: &str = r"(?:FY\s?)?(?:1[89]\d\d|20\d\d|2100)(?:[-–/](?:\d\d|\d{4}))?(?:\s?[QH][1-4])?(?:\s+(?:average|avg\.?|prices))?";

/// The base value: a power of ten (`1`, `10`, `100`, `1000`, also `100.0`),
/// not running on into more digits.
const BASE_VALUE: &str = r"(?:1|10|100|1000)(?:\.0+)?";

/// `(2005=100`: the text before a base value, ending at it.
static BEFORE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(r"(?:^|[^\d.,])(?:{PERIOD})[\s\u{{a0}}]*[=＝][\s\u{{a0}}]*$");
    Regex::new(&pattern).unwrap_or_else(|_| unreachable!("a fixed pattern"))
});

/// `2005=100)`: the text from the end of a base period on.
static AFTER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"^(?:[-–/](?:\d\d|\d{{4}}))?(?:\s?[QH][1-4])?(?:\s+(?:average|avg\.?|prices))?[\s\u{{a0}}]*[=＝][\s\u{{a0}}]*{BASE_VALUE}(?:$|[^\d.,]|[.,]\D|[.,]$)"
    );
    Regex::new(&pattern).unwrap_or_else(|_| unreachable!("a fixed pattern"))
});

/// The equals signs of a base (`2005=100`, full width `＝`).
const EQUALS: [char; 2] = ['=', '＝'];

fn index_base(text: &str, r: &Reading) -> Option<NonClaim> {
    if r.currency.is_some() || !matches!(r.measure, Measure::Count) || r.negative {
        return None;
    }
    // How far back a period and its `=` may stand (`FY2011-12 average = `).
    // (Each regex runs only where its `=` is: most numbers have none near.)
    let from = text.floor_char_boundary(r.start.saturating_sub(40));
    let before = &text[from..r.start];
    let value = r.second.is_none()
        && is_power_of_ten(r)
        && before.trim_end().ends_with(EQUALS)
        && BEFORE_VALUE.is_match(before);
    let to = text.ceil_char_boundary((r.first.numeral_end + 40).min(text.len()));
    let after = &text[r.first.numeral_end..to];
    let period = r.first.is_year_like() && after.contains(EQUALS) && AFTER_PERIOD.is_match(after);
    (value || period).then_some(NonClaim::IndexBase)
}

/// Is the number read a power of ten an index is scaled to (1 to 1000)?
fn is_power_of_ten(r: &Reading) -> bool {
    [1, 10, 100, 1000]
        .iter()
        .any(|&p| r.first.value == rust_decimal::Decimal::from(p))
        && !r.first.scaled()
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    fn by_rule(text: &str) -> Vec<String> {
        fired(text)
            .into_iter()
            .filter(|(_, rule)| *rule == "index-base")
            .map(|(number, _)| number)
            .collect()
    }

    #[test]
    fn base_period_and_value_in_brackets() {
        let text = "The consumer price index (2005=100) rose to 112.4 in March.";
        assert_eq!(by_rule(text), ["2005", "100"]);
        assert_eq!(kept(text), ["112.4"]);
    }

    #[test]
    fn spaced_and_unbracketed_bases() {
        assert_eq!(
            by_rule("Industrial production, 2010 = 100, fell 1.2 per cent."),
            ["2010", "100"]
        );
        assert_eq!(
            kept("Industrial production, 2010 = 100, fell 1.2 per cent."),
            ["1.2 per cent"]
        );
        assert_eq!(by_rule("index (December 2014 = 100)"), ["2014", "100"]);
        assert_eq!(by_rule("prices (2015 average = 100.0)"), ["2015", "100.0"]);
        assert_eq!(by_rule("volume index (2010Q1=1)"), ["1"]);
    }

    #[test]
    fn fiscal_year_bases() {
        let text = "The wholesale price index (2011-12=100) stood at 151.2.";
        assert!(by_rule(text).contains(&"100".to_string()));
        assert_eq!(kept(text), ["151.2"]);
    }

    #[test]
    fn other_equations_and_amounts_stay() {
        // Not a power of ten, not after a period, or money.
        assert_eq!(kept("In 2010 = 120 firms joined."), ["120"]);
        assert_eq!(kept("Wages (2015=100) rose by 100 points."), ["100"]);
        assert_eq!(kept("a total of 5 = 100 units"), ["5", "100"]);
    }
}
