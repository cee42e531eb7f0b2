//! `out-of-range`: a value the ledger cannot write exactly.
//!
//! What: a magnitude of [`LARGEST_VALUE`] (10^24) or more, in the unit as
//! written or converted to the base unit (`45 and 50 trillion trillion bcm`,
//! a chain of number words past 10^19).
//! Why: no report states such a quantity, and the exact decimals would
//! saturate and write a wrong number. Tried first, before any rule reads the
//! words around the number.
//! Example: `a stock of 2,000,000,000,000,000,000,000,000 tonnes`.

use rust_decimal::Decimal;

use crate::extract::model::{Measure, Reading};

use super::rule::{NonClaim, Rule};

/// Rejects a value of 10^24 or more, as written or in the base unit.
pub const RULE: Rule = Rule {
    id: "out-of-range",
    what: "a value of 10^24 or more (as written or in the base unit) is beyond what the ledger writes exactly",
    example: "a stock of 2,000,000,000,000,000,000,000,000 tonnes",
    gives: &[NonClaim::OutOfRange],
    check: out_of_range,
};

/// Values must stay below 10^24 in magnitude (a septillion, far beyond any
/// quantity a report states, and far enough below the 7.9 × 10^28 of the
/// exact decimals that unit conversions cannot overflow unnoticed).
pub const LARGEST_VALUE: Decimal = Decimal::from_parts(0xa100_0000, 0x1bce_cced, 0xd3c2, false, 0);

/// Whether a value (in the unit written or the base unit) is within
/// [`LARGEST_VALUE`].
pub fn in_range(value: Decimal) -> bool {
    value.abs() < LARGEST_VALUE
}

fn out_of_range(_text: &str, r: &Reading) -> Option<NonClaim> {
    let fits = |value: Decimal| {
        in_range(value)
            && match r.measure {
                Measure::Unit(unit) => value
                    .checked_mul(unit.factor)
                    .and_then(|v| v.checked_div(unit.divisor))
                    .is_some_and(in_range),
                _ => true,
            }
    };
    let all_fit = fits(r.first.value) && r.second.is_none_or(|s| fits(s.value));
    (!all_fit).then_some(NonClaim::OutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::nonclaim::trace::fired;

    #[test]
    fn a_septillion_is_out_of_range() {
        assert_eq!(
            fired("a stock of 2,000,000,000,000,000,000,000,000 tonnes"),
            [(
                "2,000,000,000,000,000,000,000,000 tonnes".to_string(),
                "out-of-range"
            )]
        );
        assert!(in_range(LARGEST_VALUE - Decimal::ONE));
        assert!(!in_range(-LARGEST_VALUE));
    }
}
