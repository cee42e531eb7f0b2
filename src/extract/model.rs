//! The data the stages pass between them: a claim and its qualifier and
//! trend, and the reading (number, range, currency, measure) that the
//! non-claim rules judge. Types only, no rules: every stage may use them,
//! and this module imports nothing above `units` and `number`.

use rust_decimal::Decimal;

use super::number::Number;
use super::span::Span;
use super::units::{Currency, Kind, Unit};

/// `over`, `under`, `approx`, `at_least`, `at_most`, or exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Qualifier {
    #[default]
    Exact,
    Over,
    Under,
    Approx,
    AtLeast,
    AtMost,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}

/// Whether the clause presents the quantity as a rise or a fall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Trend {
    #[default]
    None,
    Up,
    Down,
}

impl Trend {
    pub fn as_str(self) -> &'static str {
        match self {
            Trend::None => "",
            Trend::Up => "up",
            Trend::Down => "down",
        }
    }
}

/// One numeric claim, located in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub span: Span,
    pub kind: Kind,
    pub value: Decimal,
    pub value_max: Option<Decimal>,
    /// Canonical unit as written (`%`, `CNY`, `mu`); empty for counts.
    pub unit: &'static str,
    pub norm_value: Decimal,
    pub norm_unit: &'static str,
    pub qualifier: Qualifier,
    pub trend: Trend,
    /// What the number is about, best effort.
    pub subject: Option<Span>,
    /// 0-based index into the document's sentences.
    pub sentence: usize,
}

/// What follows a number and decides its kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measure {
    Money(&'static str),
    /// Hundredths of a currency: `50 cents`, `470 pence`.
    MoneyMinor(&'static str),
    Unit(&'static Unit),
    Count,
}

impl Measure {
    pub fn kind(self) -> Kind {
        match self {
            Measure::Money(_) | Measure::MoneyMinor(_) => Kind::Money,
            Measure::Unit(u) => u.kind,
            Measure::Count => Kind::Count,
        }
    }

    /// Canonical unit and base unit.
    pub(super) fn units(self) -> (&'static str, &'static str) {
        match self {
            Measure::Money(code) | Measure::MoneyMinor(code) => (code, code),
            Measure::Unit(u) => (u.symbol, u.base),
            Measure::Count => ("", ""),
        }
    }

    pub(super) fn to_base(self, value: Decimal) -> Decimal {
        match self {
            Measure::Unit(u) => u.to_base(value),
            Measure::Money(_) | Measure::MoneyMinor(_) | Measure::Count => value,
        }
    }

    /// The value in the measure's unit of a number written as `written`
    /// (`50 cents` is 0.5 of a dollar).
    pub(super) fn value_of(self, written: Decimal) -> Decimal {
        match self {
            Measure::MoneyMinor(_) => written / Decimal::ONE_HUNDRED,
            _ => written,
        }
    }
}

/// A number with what was read around it: the unit of analysis of the
/// non-claim rules.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    /// Start of the whole expression, including currency and sign.
    pub start: usize,
    pub first: Number,
    pub second: Option<Number>,
    pub currency: Option<Currency>,
    pub measure: Measure,
    /// End of the whole expression, including the unit.
    pub end: usize,
    pub negative: bool,
}
