//! The uncertainty interval written after a value (`1.09 [0.95 to 1.20]°C`):
//! where the value's unit stands past it. Read by `out_of_contract` and by
//! the unit reader of `claim`.

/// Where the unit of a value written with its uncertainty interval
/// stands: past `[0.15 to 0.25]` after the value (`0.20 [0.15 to 0.25]
/// m`, `1.09 [0.95 to 1.20]°C`), or past the `]` that closes the interval
/// itself (`[0.15 to 0.25] m`). `None` when no interval follows.
pub fn past_interval(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let spaced = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some(inside) = spaced.strip_prefix('[') {
        let close = inside.find(']').filter(|&c| c <= 40)?;
        let interval = &inside[..close];
        let numeric = interval.chars().any(|c| c.is_ascii_digit())
            && interval.chars().all(|c| {
                c.is_ascii_digit()
                    || matches!(c, ' ' | '.' | ',' | '–' | '-' | '−' | '+' | 't' | 'o')
            });
        return numeric.then(|| text.len() - inside.len() + close + 1);
    }
    // (The interval itself: its `[` right before its low end.)
    let opened = text[..start].trim_end_matches(' ').ends_with('[');
    (opened && rest.starts_with(']')).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_interval_after_the_value_or_its_own_bracket() {
        let text = "1.09 [0.95 to 1.20]°C";
        assert_eq!(past_interval(text, 0, 4), Some(19));
        assert_eq!(past_interval("[0.15 to 0.25] m", 1, 13), Some(14));
        assert_eq!(past_interval("1.09 [see note]°C", 0, 4), None);
    }
}
