//! How precise a stated figure is: the interval of values that round to
//! what was written.
//!
//! `3,867 hectares` stands for 3866.5..3867.5 ha, `718.7 million tonnes`
//! for 718.65..718.75 million. The trailing zeros of a whole number of a
//! thousand or more may be rounding (`58,000 mu` may be 57,500..58,500), so
//! they are read as not significant: the lenient reading, which keeps a
//! check from calling a rounded figure inconsistent. Below a thousand
//! (`30%`, `10 billion`) every digit counts. A number written in words (`two per cent`,
//! `五千`) is read the same way from its value.

use rust_decimal::Decimal;

use crate::extract::Claim;

/// A figure as the interval of its normalized values (`norm_unit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub value: Decimal,
    /// Half the step of the last significant digit, in normalized units.
    pub half: Decimal,
}

impl Figure {
    /// The figure of `claim` (its `value`, not a range's `value_max`), its
    /// precision read from the digits written in `text`.
    pub fn of(text: &str, claim: &Claim) -> Figure {
        let written = claim.span.text(text);
        let step = written_step(written, claim.value);
        // The step scales with the claim's value to its normalized value
        // (`58,000 mu` to hectares).
        let half = if claim.value.is_zero() {
            step / Decimal::TWO
        } else {
            claim
                .norm_value
                .checked_div(claim.value)
                .and_then(|factor| step.checked_mul(factor))
                .map_or(Decimal::ZERO, |s| s / Decimal::TWO)
        };
        Figure {
            value: claim.norm_value,
            half: half.abs(),
        }
    }

    /// An exact figure (a factor or a sum that carries no rounding itself).
    pub fn exact(value: Decimal) -> Figure {
        Figure {
            value,
            half: Decimal::ZERO,
        }
    }

    pub fn low(self) -> Decimal {
        self.value - self.half
    }

    pub fn high(self) -> Decimal {
        self.value + self.half
    }

    /// Whether some reading of `self` equals some reading of `other`. A
    /// figure's interval is half-open (5.25 rounds to 5.3, not 5.2), so two
    /// intervals that only touch do not agree.
    pub fn agrees(self, other: Figure) -> bool {
        if self.half.is_zero() && other.half.is_zero() {
            return self.value == other.value;
        }
        self.low() < other.high() && other.low() < self.high()
    }

    /// The sum of two figures: their roundings add up.
    pub fn plus(self, other: Figure) -> Option<Figure> {
        Some(Figure {
            value: self.value.checked_add(other.value)?,
            half: self.half.checked_add(other.half)?,
        })
    }
}

/// The step of the last significant digit of the number written first in
/// `written`, in units of the claim's `value`: `0.1` for `718.7`, `1000`
/// for `58,000`; scaled when a scale word follows (`718.7 million`: 100000).
fn written_step(written: &str, value: Decimal) -> Decimal {
    let Some((digits, decimals)) = first_number(written) else {
        return whole_step(value.abs().trunc());
    };
    let Ok(number) = digits.parse::<Decimal>() else {
        return whole_step(value.abs().trunc());
    };
    let step = if decimals > 0 {
        Decimal::new(1, decimals)
    } else {
        whole_step(number)
    };
    if number.is_zero() {
        return step;
    }
    // `718.7 million tonnes` has the value 718700000: the written number
    // times a scale.
    value
        .checked_div(number)
        .and_then(|scale| step.checked_mul(scale.abs()))
        .unwrap_or(step)
}

/// The step of a whole number whose trailing zeros are not significant
/// from a thousand on: 1 for 3867, 1000 for 58000, 1 for 30 and for 0.
fn whole_step(number: Decimal) -> Decimal {
    let mut step = Decimal::ONE;
    if number.abs() < Decimal::ONE_THOUSAND {
        return step;
    }
    let ten = Decimal::TEN;
    let mut rest = number.trunc();
    while !rest.is_zero() && (rest % ten).is_zero() {
        rest /= ten;
        step *= ten;
    }
    step
}

/// The first run of ASCII digits (with `,` thousands separators and a `.`
/// decimal point) in `s`: the digits without separators and the count of
/// decimals.
fn first_number(s: &str) -> Option<(String, u32)> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let mut digits = String::new();
    let mut decimals = 0u32;
    let mut after_point = false;
    let mut chars = s[start..].chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(char::is_ascii_digit);
        match c {
            '0'..='9' => {
                digits.push(c);
                if after_point {
                    decimals += 1;
                }
            }
            ',' if !after_point && next_is_digit => {}
            '.' if !after_point && next_is_digit => {
                digits.push('.');
                after_point = true;
            }
            _ => break,
        }
    }
    Some((digits, decimals.min(28)))
}

/// A number for the arithmetic column: at most two decimals, or more when
/// the number is smaller than 0.01 (four significant decimals), written
/// plainly.
pub fn show(value: Decimal) -> String {
    let places = if !value.is_zero() && value.abs() < Decimal::new(1, 2) {
        6
    } else {
        2
    };
    let rounded = value.round_dp(places).normalize();
    if rounded.is_zero() {
        "0".to_string()
    } else {
        rounded.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn figure(text: &str) -> Figure {
        let extraction = extract(text);
        Figure::of(text, &extraction.claims[0])
    }

    #[test]
    fn decimals_give_the_step() {
        let f = figure("Emissions were 718.7 million tonnes.");
        assert_eq!(
            f.value,
            Decimal::new(7187, 1) * Decimal::new(1_000_000_000, 0)
        );
        // Half of 0.1 million tonnes, in kilograms.
        assert_eq!(f.half, Decimal::new(50_000_000, 0));
    }

    #[test]
    fn trailing_zeros_are_not_significant() {
        let f = figure("They restored 58,000 mu of wetland.");
        // 58,000 mu is 3866.67 ha; half of 1000 mu is 33.33 ha.
        assert_eq!(show(f.value), "3866.67");
        assert_eq!(show(f.half), "33.33");
    }

    #[test]
    fn chinese_scale_multiplies_the_step() {
        let f = figure("恢复湿地5.8万亩。");
        assert_eq!(show(f.half), "33.33");
    }

    #[test]
    fn whole_number_step() {
        assert_eq!(whole_step(Decimal::new(3867, 0)), Decimal::ONE);
        assert_eq!(whole_step(Decimal::new(58000, 0)), Decimal::new(1000, 0));
        assert_eq!(whole_step(Decimal::ZERO), Decimal::ONE);
        assert_eq!(whole_step(Decimal::new(30, 0)), Decimal::ONE);
    }

    #[test]
    fn agreement_is_interval_overlap() {
        let a = Figure {
            value: Decimal::new(3867, 0),
            half: Decimal::new(5, 1),
        };
        assert!(a.agrees(Figure::exact(Decimal::new(38667, 1))));
        assert!(!a.agrees(Figure::exact(Decimal::new(3868, 0))));
    }

    #[test]
    fn show_rounds_to_two_places() {
        assert_eq!(show(Decimal::new(3_866_666_667, 6)), "3866.67");
        assert_eq!(show(Decimal::new(40, 2)), "0.4");
        assert_eq!(show(Decimal::new(5, 4)), "0.0005");
    }
}
