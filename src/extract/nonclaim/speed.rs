//! `speed`: a length per unit of time.
//!
//! What: a length before `per`, `an`, `a` or `/` and a clock unit (`200
//! kilometres per hour`, `188 miles an hour`, `50 km/ms`).
//! Why: speed is no kind of the contract, and the number is no length.
//! Example: `trains at 200 kilometres per hour`.

use crate::extract::model::{Measure, Reading};
use crate::extract::token;
use crate::extract::units::Kind;

use super::rule::{NonClaim, Rule};

/// Rejects a speed.
pub const RULE: Rule = Rule {
    id: "speed",
    what: "a length per unit of time is a speed, not a kind of the contract",
    example: "Trains run at 200 kilometres per hour.",
    gives: &[NonClaim::Speed],
    check: speed,
};

fn speed(text: &str, r: &Reading) -> Option<NonClaim> {
    let Measure::Unit(unit) = r.measure else {
        return None;
    };
    if unit.kind != Kind::Length {
        return None;
    }
    const CLOCK: &[&str] = &[
        "hour",
        "hours",
        "h",
        "hr",
        "minute",
        "minutes",
        "min",
        "second",
        "seconds",
        "s",
        "sec",
        "millisecond",
        "milliseconds",
        "ms",
    ];
    let mut after = token::after(text, r.end, 2);
    let per = after.next().is_some_and(|t| {
        t.is("per") || t.is("an") || t.is("a") || (t.is_symbol('/') && t.span.start == r.end)
    });
    let clock = after.next().is_some_and(|t| CLOCK.iter().any(|w| t.is(w)));
    (per && clock).then_some(NonClaim::Speed)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn a_length_per_hour() {
        assert_eq!(
            fired("Trains run at 200 kilometres per hour."),
            [("200 kilometres".to_string(), "speed")]
        );
        assert_eq!(kept("The line is 200 kilometres long."), ["200 kilometres"]);
    }
}
