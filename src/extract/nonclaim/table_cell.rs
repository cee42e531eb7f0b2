//! Whether a number is a cell of a flattened table: alone on its line, or
//! followed on its line by nothing but other cells. A cell is never part
//! of a name or a version, so `glued`, `reference` and `name` ask here
//! before they reject one (the range reader in `claim` asks too).

/// Is a whitespace-separated word a table cell: a number with an optional
/// sign, bracket, currency sign or percent (`-40.0`, `$2,378.6`, `15.0%`,
/// `(1.2)`, `..` for not available)?
pub fn is_cell_word(word: &str) -> bool {
    let core = word
        .trim_start_matches(['-', '+', '(', '$', '£', '€', '–', '−'])
        .trim_end_matches([')', '%', '*']);
    word == ".."
        || word == "-"
        || (!core.is_empty()
            && core.starts_with(|c: char| c.is_ascii_digit())
            && core
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
}

/// Is the number at `start..end` a cell of a flattened table: alone on
/// its line, or followed on its line by nothing but other cells (`Year-end
/// Reserve Above Requirement 20.1 9.6`)? Such a number is never part of a
/// name or a version (`Requirement 20.1`, `(FES 2023) -40.0`).
///
/// Linear over a document: it reads back only to the word before the
/// number and forward only while words are cells, at most
/// [`CELL_LOOKAHEAD`] of them (a line of prose stops at its first word; a
/// line of more cells than that is a table row whatever follows). Finding
/// the whole line for every number was quadratic on a long line (1 MB of
/// `rose 5% ` took 45 s).
pub fn is_table_cell(text: &str, start: usize, end: usize) -> bool {
    let is_gap = |c: char| c.is_whitespace() || c == '-';
    // The head: back over spaces and dashes to the line's start or a word.
    let before = &text[..start];
    let head_end = before
        .trim_end_matches(|c: char| c != '\n' && is_gap(c))
        .len();
    let head_empty = head_end == 0 || before[..head_end].ends_with('\n');
    if head_empty {
        let mut next = line_words(&text[end..]);
        return matches!((next.next(), next.next()), (None, _) | (Some("%"), None));
    }
    let mut next = line_words(&text[end..]);
    let Some(first) = next.next() else {
        // The last cell of a row: a cell before it (its last word, cut at
        // the line's start, dashes trimmed there as at the end).
        let head = &before[..head_end];
        let word_start = head.rfind(char::is_whitespace).map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &head[word_start..];
        let word = if word_start == 0 || head[..word_start].ends_with('\n') {
            word.trim_start_matches(is_gap)
        } else {
            word
        };
        return !word.is_empty() && is_cell_word(word);
    };
    if !is_cell_word(first) {
        return false;
    }
    let mut seen = 1;
    for word in next {
        if !is_cell_word(word) {
            return false;
        }
        seen += 1;
        if seen >= CELL_LOOKAHEAD {
            return true;
        }
    }
    true
}

/// Cells after a number that make its line a table row without reading
/// further (see [`is_table_cell`]).
const CELL_LOOKAHEAD: usize = 64;

/// The longest word [`line_words`] reads whole; a longer one is no cell.
const CELL_WORD_BYTES: usize = 64;

/// The words of `rest` up to its first line break, read lazily: each
/// step reads one word and the spaces before it, and a word longer than
/// [`CELL_WORD_BYTES`] comes back as `""` (no cell), last, without
/// being read to its end.
fn line_words(rest: &str) -> impl Iterator<Item = &str> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let tail = &rest[pos..];
        let word = tail.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        if word.is_empty() || word.starts_with('\n') {
            return None;
        }
        pos += tail.len() - word.len();
        let mut window = CELL_WORD_BYTES.min(word.len());
        while !word.is_char_boundary(window) {
            window -= 1;
        }
        match word[..window].find(char::is_whitespace) {
            Some(len) => {
                pos += len;
                Some(&word[..len])
            }
            None if window == word.len() => {
                pos += window;
                Some(word)
            }
            None => {
                // No cell, and no reason to read on: the iteration ends.
                pos = rest.len();
                Some("")
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::nonclaim::trace::kept;

    #[test]
    fn cells_alone_or_before_other_cells() {
        let text = "Requirement 20.1 9.6\n4.896\nrose 5% in 2023";
        assert!(is_table_cell(text, 12, 16));
        assert!(is_table_cell(text, 17, 20));
        assert!(is_table_cell(text, 21, 26));
        assert!(!is_table_cell(text, 32, 33));
        assert!(is_cell_word("(1.2)"));
        assert!(is_cell_word("$2,378.6"));
        assert!(!is_cell_word("2023a"));
    }

    #[test]
    fn table_cells_are_not_names_or_versions() {
        assert_eq!(
            kept(
                "Year-end Reserve Above Requirement 20.1 9.6\nbillions of dollars\nEconomic Statement (FES 2023) \t-40.0 \t-38.4\nFY 2022 Actual\n4.896\n\nPolicy\n1.726\n      Baseline\n"
            ),
            ["20.1", "9.6", "-40.0", "-38.4", "4.896", "1.726"]
        );
    }
}
