//! `lone-one`: `one` or zero with no unit.
//!
//! What: `one` in words with no unit and no bound (`one of`, `no one`), and
//! zero in words or digits (`in district 0`).
//! Why: `one` alone is a pronoun or an article, zero an index; a bound
//! makes `one` a count (`no more than one property`), and so does a voter
//! it counts (`with one member opposing`, `lang::en::vote::VOTER_NOUNS`).
//! Example: `It is one of the largest.`

use crate::extract::lang::en::vote::VOTER_NOUNS;
use crate::extract::model::{Measure, Reading};
use crate::extract::number::Written;

use super::rule::{NonClaim, Rule};

/// Rejects a lone `one` and a zero with no unit.
pub const RULE: Rule = Rule {
    id: "lone-one",
    what: "one or zero with no unit is a pronoun or an index",
    example: "It is one of the largest.",
    gives: &[NonClaim::LoneOne],
    check: lone_one,
};

fn lone_one(text: &str, r: &Reading) -> Option<NonClaim> {
    if !matches!(r.measure, Measure::Count) || r.second.is_some() {
        return None;
    }
    // `own no more than one property`: a bound makes `one` a count.
    let bounded = || {
        let span = crate::extract::span::Span::new(r.start, r.end);
        use crate::extract::model::Qualifier::{AtLeast, AtMost};
        matches!(
            crate::extract::context::qualifier(crate::extract::token::Text::plain(text), span),
            AtLeast | AtMost
        )
    };
    // `with one member opposing`: the members of a vote are counted.
    let voter = || {
        crate::extract::token::next(text, r.end)
            .is_some_and(|t| VOTER_NOUNS.iter().any(|w| t.is(w)))
    };
    match r.first.written {
        Written::Words { lone_one: true, .. } if !bounded() && !voter() => Some(NonClaim::LoneOne),
        _ if r.first.value.is_zero() => Some(NonClaim::LoneOne),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn one_alone_and_zero() {
        assert_eq!(
            fired("It is one of the largest."),
            [("one".to_string(), "lone-one")]
        );
        assert_eq!(kept("own no more than one property"), ["one"]);
        assert_eq!(
            kept(
                "Eight members voted to hold the rate, with one member opposing and one abstention."
            ),
            ["Eight", "one", "one"]
        );
        assert_eq!(
            fired("one of the members"),
            [("one".to_string(), "lone-one")]
        );
    }
}
