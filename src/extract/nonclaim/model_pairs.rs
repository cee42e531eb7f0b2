//! How often a document writes a whole number right before a word of
//! capitals (`737 MAX`), counted once per document and kept per thread:
//! the `reference` rule takes a pair written three times or more for the
//! name of a model. A large file read in parts is counted whole
//! ([`ModelPairCount`], fed by `part`), then handed to each part
//! ([`know_document`]).

use std::sync::Arc;

/// How many times `text` writes the whole number `digits` right before the
/// word `word` (counted on first use for the document, then remembered).
pub fn times_written(text: &str, digits: &str, word: &str) -> usize {
    MODEL_PAIRS.with_borrow_mut(|index| {
        let key = document_key(text);
        let index = match index {
            Some((k, pairs)) if *k == key => pairs,
            _ => &mut index.insert((key, Arc::new(ModelPairCount::of(text)))).1,
        };
        index
            .get(&(digits.to_string(), word.to_string()))
            .copied()
            .unwrap_or(0)
    })
}

/// Names a document for the pairs memo: its address, length and a hash
/// of its first and last 256 bytes. The parts of a large document share
/// one text (and one count per thread); a new document at a freed one's
/// address would also need the same length and ends to be taken for it.
fn document_key(text: &str) -> DocumentKey {
    use std::hash::{Hash, Hasher};
    let bytes = text.as_bytes();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes[..bytes.len().min(256)].hash(&mut hasher);
    bytes[bytes.len().saturating_sub(256)..].hash(&mut hasher);
    (text.as_ptr() as usize, text.len(), hasher.finish())
}

thread_local! {
    /// The digits-and-capitals pairs of the document being extracted
    /// (keyed by its address and length), counted once on first use: a
    /// search of the whole text for each number was quadratic.
    static MODEL_PAIRS: std::cell::RefCell<Option<(DocumentKey, Arc<ModelPairs>)>> =
        const { std::cell::RefCell::new(None) };
}

/// How often each (whole number, word of capitals) pair is written.
pub type ModelPairs = std::collections::HashMap<(String, String), usize>;

/// A document's address, length and the hash of its ends.
type DocumentKey = (usize, usize, u64);

/// Forgets the pairs counted for the last document (called as each
/// extraction starts, so a new text at a freed one's address is counted
/// anew).
pub fn forget_document() {
    MODEL_PAIRS.with_borrow_mut(|index| *index = None);
}

/// Takes `pairs`, counted on a whole document, as the pairs of `text`, a
/// stretch of it read alone (a part of a large file read in pieces).
pub fn know_document(text: &str, pairs: Arc<ModelPairs>) {
    MODEL_PAIRS.with_borrow_mut(|index| *index = Some((document_key(text), pairs)));
}

/// Every whole number written before a space or a line break and a whole
/// word of two or more capitals (`737 MAX`), with how often: counted a
/// stretch of whole lines at a time, so that a large file read in pieces
/// gets the count of its whole text.
#[derive(Debug, Clone, Default)]
pub struct ModelPairCount {
    pairs: ModelPairs,
    /// A whole number that ended the last stretch before its line break:
    /// its word starts the next stretch.
    pending: Option<String>,
    /// Some text was fed.
    fed: bool,
    /// The model word (`MAX`) that starts the first stretch fed: it ends
    /// the pair of a number pending in the lines before, counted apart
    /// ([`ModelPairCount::merge`]).
    lead: Option<String>,
}

impl ModelPairCount {
    /// The pairs of all of `text`.
    fn of(text: &str) -> ModelPairs {
        let mut count = ModelPairCount::default();
        count.feed(text);
        count.pairs
    }

    /// Counts the pairs of `lines`, whole lines that follow those fed
    /// before (or the end of the text).
    pub fn feed(&mut self, lines: &str) {
        if !self.fed {
            self.fed = true;
            self.lead = model_word(lines).map(str::to_string);
        }
        if let Some(digits) = self.pending.take() {
            self.count(digits, lines);
        }
        let bytes = lines.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            if !bytes[pos].is_ascii_digit() {
                pos += 1;
                continue;
            }
            let start = pos;
            while pos < bytes.len() && bytes[pos].is_ascii_digit() {
                pos += 1;
            }
            let whole =
                !lines[..start].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',');
            if !whole || !matches!(bytes.get(pos), Some(b' ' | b'\n')) {
                continue;
            }
            let digits = lines[start..pos].to_string();
            if pos + 1 == bytes.len() {
                self.pending = Some(digits);
            } else {
                self.count(digits, &lines[pos + 1..]);
            }
        }
    }

    /// Counts `digits` with the word that starts `rest`, if it is one.
    fn count(&mut self, digits: String, rest: &str) {
        if let Some(word) = model_word(rest) {
            *self.pairs.entry((digits, word.to_string())).or_default() += 1;
        }
    }

    /// Adds the count of `next`, made apart on the lines that follow
    /// those counted here: the result is the count of all of them fed in
    /// order (a number that ended these lines pairs with the word that
    /// starts `next`'s).
    pub fn merge(&mut self, next: ModelPairCount) {
        if !next.fed {
            return;
        }
        if !self.fed {
            self.fed = true;
            self.lead.clone_from(&next.lead);
        }
        if let (Some(digits), Some(word)) = (self.pending.take(), &next.lead) {
            *self.pairs.entry((digits, word.clone())).or_default() += 1;
        }
        for (pair, n) in next.pairs {
            *self.pairs.entry(pair).or_default() += n;
        }
        self.pending = next.pending;
    }

    /// The pairs counted.
    pub fn finish(self) -> Arc<ModelPairs> {
        Arc::new(self.pairs)
    }
}

/// The word of two or more capitals (`MAX`) that starts `rest`, if one
/// does.
fn model_word(rest: &str) -> Option<&str> {
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    (word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_counted_whole_and_across_stretches() {
        let text = "The 737 MAX flew. A 737 MAX landed.\n737\nMAX again, 25 BCD.";
        assert_eq!(times_written(text, "737", "MAX"), 3);
        assert_eq!(times_written(text, "25", "BCD"), 1);
        assert_eq!(times_written(text, "5", "BCD"), 0);
        let mut count = ModelPairCount::default();
        count.feed("The 737 MAX flew. A 737\n");
        count.feed("MAX landed.\n");
        let pairs = count.finish();
        assert_eq!(pairs.get(&("737".to_string(), "MAX".to_string())), Some(&2));
    }
}
