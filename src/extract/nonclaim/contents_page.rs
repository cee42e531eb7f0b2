//! `contents-page`: a page number in a table of contents.
//!
//! What: a whole number right after a dot leader (three or more dots, or an
//! ellipsis, after a title: `KEY FINDINGS... 2`, `Glossary ........ 8`,
//! `Notes … 14`), with no unit or currency.
//! Why: a contents line points to the page a section starts on; copies of
//! PDF releases flatten the contents into one line of titles and pages.
//! Example: `TABLE OF CONTENTS KEY FINDINGS... 2 NOTES... 2 GLOSSARY... 8`

use crate::extract::model::{Measure, Reading};

use super::rule::{NonClaim, Rule};

/// Rejects a page number after a dot leader.
pub const RULE: Rule = Rule {
    id: "contents-page",
    what: "a number after a dot leader (Notes... 2) is a page in a table of contents",
    example: "TABLE OF CONTENTS KEY FINDINGS... 2 NOTES... 2 GLOSSARY... 8",
    gives: &[NonClaim::Reference],
    check: contents_page,
};

/// The fewest dots that make a leader (two are an abbreviation's end and
/// a full stop).
const LEADER_DOTS: usize = 3;

fn contents_page(text: &str, r: &Reading) -> Option<NonClaim> {
    let page = r.first.plain_integer().is_some_and(|digits| digits <= 4)
        && !r.first.scaled()
        && r.second.is_none()
        && r.currency.is_none()
        && matches!(r.measure, Measure::Count);
    if !page {
        return None;
    }
    let head = text.get(..r.start)?.trim_end();
    let title = head.trim_end_matches(['.', '…', ' ']);
    let leader = &head[title.len()..];
    let dots = leader.matches('.').count() + 3 * leader.matches('…').count();
    let after_title = title.ends_with(|c: char| c.is_alphanumeric() || c == ')');
    (dots >= LEADER_DOTS && after_title).then_some(NonClaim::Reference)
}

#[cfg(test)]
mod tests {
    use crate::extract::nonclaim::trace::{fired, kept};

    #[test]
    fn pages_after_dot_leaders() {
        assert_eq!(
            fired("KEY FINDINGS... 2 Table A - Main indices........ 13 Notes … 4"),
            [
                ("2".to_string(), "contents-page"),
                ("13".to_string(), "contents-page"),
                ("4".to_string(), "contents-page")
            ]
        );
    }

    #[test]
    fn an_amount_after_dots_and_a_sentence_end_stay() {
        // Two dots are no leader; a money amount is no page.
        assert_eq!(
            kept("It rose to 5 per cent.. 14 more schools opened... $20 million was spent."),
            ["5 per cent", "14", "$20 million"]
        );
    }
}
