//! English words of a vote: the members a vote counts (`with one member
//! opposing`) and the words that make a pair of small numbers joined by a
//! hyphen a tally (`voted 7-2`, `a 6-3 majority`). A tally counts members
//! (the contract's counts), so its numbers are claims, not a compound.

/// Nouns after `one` that make it a count of voters, not a pronoun (`with
/// one member opposing`, `one dissenting vote`, `one abstention`).
pub const VOTER_NOUNS: &[&str] = &[
    "member",
    "governor",
    "director",
    "councillor",
    "councilor",
    "dissent",
    "dissenter",
    "dissenting",
    "abstention",
    "vote",
];

/// Words up to three before a tally that make it one (`voted 7-2`, `by a
/// majority of 6-3`).
pub const TALLY_WORDS_BEFORE: &[&str] = &["voted", "votes", "majority"];

/// Words right after a tally that make it one (`a 7-2 vote`, `a 5-4
/// decision`, `a 6-3 split`).
pub const TALLY_WORDS_AFTER: &[&str] = &[
    "vote", "votes", "majority", "decision", "split", "verdict", "ruling",
];

/// Is the number at `start..end` one side of a vote tally (`7-2` after
/// `voted` or before `vote`): two integers of at most two digits joined
/// by a hyphen or a dash, the first not smaller?
pub fn in_vote_tally(text: &str, start: usize, end: usize) -> bool {
    let digits_before =
        |head: &str| head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let digits_after =
        |tail: &str| tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let dash_len = |s: &str| {
        s.chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '\u{2011}'))
            .map_or(0, char::len_utf8)
    };
    // The tally's span: this number and the one across the dash.
    let (from, to) = {
        let after = &text[end..];
        let dash = dash_len(after);
        if dash > 0 && digits_after(&after[dash..]) > 0 {
            (start, end + dash + digits_after(&after[dash..]))
        } else {
            let head = &text[..start];
            let Some(dash_char) = head.chars().next_back() else {
                return false;
            };
            if !matches!(dash_char, '-' | '–' | '\u{2011}') {
                return false;
            }
            let head = &head[..head.len() - dash_char.len_utf8()];
            let n = digits_before(head);
            if n == 0 {
                return false;
            }
            (start - dash_char.len_utf8() - n, end)
        }
    };
    let tally = &text[from..to];
    let mut sides = tally.split(['-', '–', '\u{2011}']);
    let (Some(a), Some(b), None) = (sides.next(), sides.next(), sides.next()) else {
        return false;
    };
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let (Ok(x), Ok(y)) = (a.parse::<u8>(), b.parse::<u8>()) else {
        return false;
    };
    if !(small(a) && small(b) && x >= y) {
        return false;
    }
    let is = |w: &str, table: &[&str]| table.iter().any(|t| w.eq_ignore_ascii_case(t));
    let word_after = text[to..]
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty());
    let before_ok = text[text.floor_char_boundary(from.saturating_sub(40))..from]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| is(w, TALLY_WORDS_BEFORE));
    // (The word right after, past white space only: `7-2 vote`.)
    let after_ok =
        text[to..].starts_with(' ') && word_after.is_some_and(|w| is(w, TALLY_WORDS_AFTER));
    before_ok || after_ok
}

#[cfg(test)]
mod tests {
    use super::in_vote_tally;

    #[test]
    fn a_tally_after_voted_or_before_vote() {
        let text = "The Committee voted 7-2 to hold; a 6–3 vote; by a majority of 5-4.";
        for n in ["7", "2"] {
            let at = text.find(n).unwrap_or(0);
            assert!(in_vote_tally(text, at, at + 1), "{n}");
        }
        let at = text.find("6–3").unwrap_or(0);
        assert!(in_vote_tally(text, at, at + 1));
        assert!(in_vote_tally(text, at + 4, at + 5));
        let at = text.find("5-4").unwrap_or(0);
        assert!(in_vote_tally(text, at, at + 1));
    }

    #[test]
    fn no_tally_without_a_vote_word_or_rising() {
        let text = "a 5-4 ratio; voted 2-7 times; voted 120-4.";
        for (n, len) in [("5-4", 1), ("2-7", 1), ("120-4", 3)] {
            let at = text.find(n).unwrap_or(0);
            assert!(!in_vote_tally(text, at, at + len), "{n}");
        }
    }
}
