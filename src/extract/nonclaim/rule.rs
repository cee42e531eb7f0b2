//! What a non-claim rule is and what it tells the user: the [`Rule`] type
//! the registry lists, the reasons ([`NonClaim`]) that `claimscan explain`
//! shows, and the [`Rejection`] that records one.
//!
//! A rule is code, one file each (`early_year.rs`); a reason is what the
//! user reads (`year`). Several rules may give one reason (`year`,
//! `early_year` and `year_label_tail` all say `year`) and one rule may give
//! several (`glued`): each rule lists the reasons it gives.

use crate::extract::model::Reading;
use crate::extract::span::Span;

/// One non-claim rule: a named test of a reading, documented in its own
/// file and listed once in `registry::RULES`, whose order the walk
/// follows (the first rule that fires gives the reason).
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, kebab-case: its file's name (`early-year` is
    /// `early_year.rs`).
    pub id: &'static str,
    /// What it rejects and why, in one line.
    pub what: &'static str,
    /// A text in which this rule (not an earlier one) rejects a number; a
    /// test of the registry runs it.
    pub example: &'static str,
    /// The reasons it gives, the first the usual one.
    pub gives: &'static [NonClaim],
    /// The test: why `r` (read in `text`) is no claim, if this rule says
    /// it is none.
    pub check: fn(&str, &Reading) -> Option<NonClaim>,
}

/// Why a number is not a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonClaim {
    /// Digits glued to letters or to a code: `PM2.5`, `principle10`, `5G`,
    /// `14th`, `COVID-19`, `1990s`.
    Identifier,
    /// A calendar year or a year range: `2023`, `2021-2025`, `2024-25`.
    Year,
    /// A day of a month: `April 18`, `18 April`.
    Date,
    /// A time of day or a clock-like pair: `10:30`, `3 pm`.
    Time,
    /// A phone or fax number or a service line: `(852) 2810 2370`, `dial
    /// 999`, `the 12345 hotline`.
    Phone,
    /// Paragraph, list or footnote numbering: `2. Over`, `(3)`, `[10]`.
    Numbering,
    /// A reference number: `Article 370`, `No. 1`, `page 5`, `Industry 4.0`.
    Reference,
    /// Number words capitalized inside a sentence (`the Two Sessions`), a
    /// number before capitalized words (`the 90% Guarantee Product`), or a
    /// small number word pointing back (`the two nations`).
    Name,
    /// A hyphenated compound that is not a unit: `one-stop`, `5-star`,
    /// `two-thirds`, and numbers in slashes: `24/7`, `1/3`.
    Compound,
    /// The denominator of `one in ten`, the base of a rate (`per 1,000`),
    /// a fraction in words without its hyphen (`two thirds of`).
    Ratio,
    /// A length per unit of time: `200 kilometres per hour`, `188 miles an
    /// hour`, `50 km/ms`. Speed is not a kind of the contract, and the
    /// number is no length.
    Speed,
    /// `one`, or zero in words or digits, with no unit: `one of`, `no one`,
    /// `in district 0`.
    LoneOne,
    /// The number of a numbered table note: `(Unit: 10,000 tons)`.
    TableNote,
    /// A quantity of no kind of the contract: a temperature (`0.9°C`, `1
    /// degree Celsius`) or a file size (`130.5 Kb Excel sheet`). Read as a
    /// count it would be wrong, so it is left out, like a speed.
    OutOfContract,
    /// The uncertainty of the value before it: `59 ± 6.6 GtCO2-eq`,
    /// `2400 ± 240 GtCO2`. It bounds that claim, it is none of its own.
    Uncertainty,
    /// A value beyond what the ledger writes exactly: a magnitude of
    /// `LARGEST_VALUE` (10^24) or more, in the unit as written or in the base
    /// unit (`45 and 50 trillion trillion bcm`, a chain of number words
    /// past 10^19). No report states such a quantity; the exact decimals
    /// would otherwise saturate and write a wrong number.
    OutOfRange,
    /// A street number or a postal code of an address: `2200 South 216th
    /// St.`, `Missouri 64106`, `WA 98198`.
    Address,
    /// The base period and base value of an index: `(2005=100)`, `2010 =
    /// 100`. They define the index's scale; its level is the claim.
    IndexBase,
}

/// One reason as a user meets it in `claimscan explain`: a stable id,
/// what it means (what is rejected and why), and an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDoc {
    pub id: &'static str,
    pub what: &'static str,
    pub example: &'static str,
}

/// What each reason means to a user, in the order of [`NonClaim`]'s
/// variants (a test holds it to that): the id and the line `claimscan
/// explain` shows, and an example. `table-note` is given by the table
/// stage, not by a rule of the registry.
pub const REASONS: &[(NonClaim, RuleDoc)] = &[
    (
        NonClaim::Identifier,
        RuleDoc {
            id: "identifier",
            what: "digits glued to letters or a code are part of a name, not a quantity",
            example: "PM2.5, 5G, 14th, COVID-19, 1990s",
        },
    ),
    (
        NonClaim::Year,
        RuleDoc {
            id: "year",
            what: "a calendar year or year range dates a claim, it is not one",
            example: "2023, 2021-2025, 2024-25",
        },
    ),
    (
        NonClaim::Date,
        RuleDoc {
            id: "date",
            what: "a day of a month is a date",
            example: "April 18, 18 April",
        },
    ),
    (
        NonClaim::Time,
        RuleDoc {
            id: "time",
            what: "a time of day or clock-like pair is no quantity",
            example: "10:30, 3 pm",
        },
    ),
    (
        NonClaim::Phone,
        RuleDoc {
            id: "phone",
            what: "phone, fax and service-line numbers are identifiers",
            example: "(852) 2810 2370, dial 999, the 12345 hotline",
        },
    ),
    (
        NonClaim::Numbering,
        RuleDoc {
            id: "numbering",
            what: "paragraph, list or footnote numbering orders the text",
            example: "2. Over, (3), [10]",
        },
    ),
    (
        NonClaim::Reference,
        RuleDoc {
            id: "reference",
            what: "a number after a reference word names a thing",
            example: "Article 370, No. 1, page 5, Industry 4.0, 14 CFR 39.13, 5 U.S.C. 552",
        },
    ),
    (
        NonClaim::Name,
        RuleDoc {
            id: "name",
            what: "a number inside a capitalized name or pointing back to named things",
            example: "the Two Sessions, the 90% Guarantee Product, the two nations",
        },
    ),
    (
        NonClaim::Compound,
        RuleDoc {
            id: "compound",
            what: "a hyphenated compound or a slash pair that is not a unit",
            example: "one-stop, 5-star, 24/7",
        },
    ),
    (
        NonClaim::Ratio,
        RuleDoc {
            id: "ratio",
            what: "the denominator of a ratio, the base of a rate, or a fraction in words",
            example: "one in ten, per 1,000, two thirds of, three quarters of the population",
        },
    ),
    (
        NonClaim::Speed,
        RuleDoc {
            id: "speed",
            what: "a length per unit of time is a speed, not a kind of the contract",
            example: "200 kilometres per hour",
        },
    ),
    (
        NonClaim::LoneOne,
        RuleDoc {
            id: "lone-one",
            what: "one or zero with no unit is a pronoun or an index",
            example: "one of, no one, in district 0",
        },
    ),
    (
        NonClaim::TableNote,
        RuleDoc {
            id: "table-note",
            what: "the number of a table's unit note scales its rows and is no claim",
            example: "(Unit: 10,000 tons)",
        },
    ),
    (
        NonClaim::OutOfContract,
        RuleDoc {
            id: "out-of-contract",
            what: "a temperature or a file size is no kind of the contract; read as a count it would be wrong",
            example: "0.9°C, 1 degree Celsius, 130.5 Kb",
        },
    ),
    (
        NonClaim::Uncertainty,
        RuleDoc {
            id: "uncertainty",
            what: "the ± margin of the value before it bounds that value, it is no claim of its own",
            example: "59 ± 6.6 GtCO2-eq, 2400 ± 240 GtCO2",
        },
    ),
    (
        NonClaim::OutOfRange,
        RuleDoc {
            id: "out-of-range",
            what: "a value of 10^24 or more (as written or in the base unit) is beyond what the ledger writes exactly; no report states one",
            example: "45 and 50 trillion trillion bcm",
        },
    ),
    (
        NonClaim::Address,
        RuleDoc {
            id: "address",
            what: "a street number or postal code locates a place, it is no quantity",
            example: "2200 South 216th St., Des Moines, WA 98198; 901 Locust, Kansas City, Missouri 64106",
        },
    ),
    (
        NonClaim::IndexBase,
        RuleDoc {
            id: "index-base",
            what: "the base period and base value of an index define its scale, not a quantity",
            example: "(2005=100), 2010 = 100, (2011-12=100)",
        },
    ),
];

impl NonClaim {
    /// The reason's entry in [`REASONS`] (which lists the variants in
    /// declaration order; a test holds it to that).
    pub fn doc(self) -> &'static RuleDoc {
        &REASONS[self as usize].1
    }
}

/// A number the extractor read and left out, with the reason a rule gave:
/// what `claimscan explain` and the view show. Language packs give their
/// own ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejection {
    pub span: Span,
    /// The reason's stable id (`year`, `reference`).
    pub rule: &'static str,
    /// What the reason means, in one line.
    pub reason: &'static str,
}

impl Rejection {
    pub fn new(span: Span, rule: NonClaim) -> Self {
        let doc = rule.doc();
        Rejection {
            span,
            rule: doc.id,
            reason: doc.what,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_list_every_variant_in_declaration_order() {
        for (i, (reason, _)) in REASONS.iter().enumerate() {
            assert_eq!(*reason as usize, i, "{reason:?}");
        }
        assert_eq!(NonClaim::TableNote.doc().id, "table-note");
    }

    #[test]
    fn reason_ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = REASONS.iter().map(|(_, d)| d.id).collect();
        assert!(
            ids.iter()
                .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), REASONS.len());
    }

    #[test]
    fn a_rejection_carries_its_reason() {
        let rejection = Rejection::new(Span::new(3, 7), NonClaim::Year);
        assert_eq!(rejection.rule, "year");
        assert_eq!(
            rejection.reason,
            "a calendar year or year range dates a claim, it is not one"
        );
    }
}
