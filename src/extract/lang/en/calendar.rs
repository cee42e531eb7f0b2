//! English month names, the one table the stages read them from: the
//! date filter (`nonclaim`, `March 2024` is a date, not a count) and the
//! pair readers of `extract` (`0.7% in August and 0.2% in September`: a
//! month dates each number of a pair).

/// The months, full names as written in running text (`January`).
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The usual abbreviations of the months as written (`Jan`, `Sept`; a
/// trailing dot is the caller's to strip). `May` has none.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Is `word` a month as written, full or abbreviated, case as in the
/// tables (`January`, `Sept`; not `JANUARY`, not `jan`).
pub fn is_month_written(word: &str) -> bool {
    MONTH_NAMES.contains(&word) || MONTH_ABBREVIATIONS.contains(&word)
}

/// Is `word` a full month name in lower case (`april`, for words the
/// caller has lower-cased; not `April`, not `apr`).
pub fn is_month_lower(word: &str) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase())
        && MONTH_NAMES.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Words naming a kind of year after a year number: `the 2016 calendar
/// year`, `the 2019 fiscal year`, `2020 financial year`, `the 2024-25
/// school year` date a period; they are no span of 2016 years.
pub const YEAR_KINDS: &[&str] = &["calendar", "fiscal", "financial", "school", "academic"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_months_keep_their_case() {
        assert!(is_month_written("January"));
        assert!(is_month_written("Sept"));
        assert!(is_month_written("May"));
        assert!(!is_month_written("january"));
        assert!(!is_month_written("JAN"));
        assert!(!is_month_written("Janu"));
    }

    #[test]
    fn the_sentence_splitter_knows_every_month_abbreviation() {
        for month in MONTH_ABBREVIATIONS {
            let lower = month.to_ascii_lowercase();
            assert!(crate::extract::sentence::is_abbreviation(&lower), "{month}");
        }
    }

    #[test]
    fn lower_case_months_are_full_names_only() {
        assert!(is_month_lower("april"));
        assert!(is_month_lower("december"));
        assert!(!is_month_lower("April"));
        assert!(!is_month_lower("apr"));
        assert!(!is_month_lower("aPRIL"));
    }
}
