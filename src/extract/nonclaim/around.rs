//! What stands right next to a number: the character before or after it,
//! and whether a word is a month. Shared by the rules that look one step
//! around a reading (`glued`, `numbering`, `date`, `reference`).

use crate::extract::lang::en::calendar;

/// The character right before `pos`.
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The character at `pos`.
pub fn char_after(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// A month written out or abbreviated, with or without its dot (`April`,
/// `Jan.`).
pub fn is_month(word: &str) -> bool {
    calendar::is_month_written(word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_around_a_multibyte_neighbour() {
        let text = "€5 and 7½";
        assert_eq!(char_before(text, 3), Some('€'));
        assert_eq!(char_after(text, 10), Some('½'));
        assert_eq!(char_before(text, 0), None);
        assert_eq!(char_after(text, text.len()), None);
    }

    #[test]
    fn months_with_and_without_their_dot() {
        assert!(is_month("April"));
        assert!(is_month("Jan."));
        assert!(!is_month("Annex"));
    }
}
