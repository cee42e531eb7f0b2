//! A large plain-text UTF-8 file read in pieces, never held whole.
//!
//! Such a file (larger than the part size, named and written as text, no
//! byte order mark, see [`streamable`]) is read three times, a piece of
//! fixed size at a time: [`survey`] counts what is decided once on the
//! whole text (`extract::part::Survey`: first the conventions on the text
//! as written, then the currency, Han, line widths and model pairs on the
//! text normalized; each time the stretches of whole lines are counted in
//! parallel on the pool and their counts merged in order), and
//! [`Windows`] then finds the cuts between parts
//! (`extract::part::Cutter`) and hands out each part with the text around
//! it, [`CONTEXT_BYTES`] each side rounded out to whole lines, for
//! `extract::extract_window`. What is held at any time is the piece being
//! read, a stretch per thread, the part being cut and its context, not
//! the file.
//!
//! Every piece is checked as it comes: a NUL byte makes the file binary
//! (the same message and offset as when the file is read whole), and a
//! byte that is not UTF-8 sends the file back to the whole read
//! ([`survey`] returns `None`), which decodes it as it always did. A
//! character cut by a piece boundary is carried over to the next piece.
//! The file is read again after the survey: if it has changed by then (a
//! NUL, bytes that are not UTF-8, another length), it is an error.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, Read};
use std::path::Path;

use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::error::InputError;
use crate::extract::part::{Cutter, Scan, Survey};
use crate::extract::{Span, Whole};
use crate::input::{Format, SNIFF_BYTES, Source};

/// The size of the pieces a large file is read in.
pub const PIECE_BYTES: usize = 4 << 20;

/// The text read around a part on each side (rounded out to whole lines,
/// and past blank stretches). The stages read around a number within its
/// sentence, its line or a few words (a Chinese look-back stops at 600
/// characters), and a part starts after a blank line that follows a
/// prose line: this covers all they read across a cut unless words or
/// lines run to tens of kilobytes. `tests/parts.rs` compares the ledgers
/// with the whole read's.
pub const CONTEXT_BYTES: usize = 64 << 10;

/// Text kept before the lines a survey counts: a unit defined in the
/// document reads back from its bracket (`conventions`, 96 bytes and the
/// word they end in).
const LOOK_BEHIND: usize = 4096;

/// A part of a large file and the text around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// Whole lines of the file around the part.
    pub text: String,
    /// Where `text` starts in the file.
    pub base: usize,
    /// The part, in `text`.
    pub part: Span,
}

/// The path of `source` when it is to be read in pieces: a regular file
/// of more than `above` bytes and at most `max_bytes`, decoded by its
/// content (no `--encoding`), that is text by its name and first
/// [`SNIFF_BYTES`], with no byte order mark (a BOM shifts every offset,
/// UTF-16 is decoded whole) and not a zip archive (a Word document is
/// told by its whole content). Anything else is read whole.
pub fn streamable<'a>(
    source: &'a Source,
    encoding: Option<&'static encoding_rs::Encoding>,
    above: usize,
    max_bytes: u64,
) -> Option<&'a Path> {
    let Source::File(path) = source else {
        return None;
    };
    let meta = fs::metadata(path).ok()?;
    let size = meta.len();
    if encoding.is_some() || !meta.is_file() || size <= above as u64 || size > max_bytes {
        return None;
    }
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    fs::File::open(path)
        .and_then(|f| f.take(SNIFF_BYTES as u64).read_to_end(&mut head))
        .ok()?;
    let text = Format::sniff(&source.name(), &head) == Format::Text
        && encoding_rs::Encoding::for_bom(&head).is_none()
        && !head.starts_with(b"PK\x03\x04");
    text.then_some(path.as_path())
}

/// Why a piece could not be taken.
enum Problem {
    Io(io::Error),
    /// A NUL byte at this offset of the file.
    Nul(usize),
    /// Bytes that are not UTF-8.
    NotUtf8,
}

/// The text of a file read a piece at a time, from `base` on.
struct Pieces<R> {
    reader: R,
    piece: usize,
    /// Text read and not yet forgotten.
    text: String,
    /// Where `text` starts in the file.
    base: usize,
    /// The first bytes of a character cut by the end of the last piece.
    carried: Vec<u8>,
    /// Bytes read so far.
    read: usize,
    ended: bool,
}

impl<R: Read> Pieces<R> {
    fn new(reader: R, piece: usize) -> Self {
        Pieces {
            reader,
            piece: piece.max(1),
            text: String::new(),
            base: 0,
            carried: Vec::new(),
            read: 0,
            ended: false,
        }
    }

    /// Reads the next piece onto the text; `false` at the end of the file.
    fn fill(&mut self) -> Result<bool, Problem> {
        if self.ended {
            return Ok(false);
        }
        let mut bytes = std::mem::take(&mut self.carried);
        let old = bytes.len();
        bytes.resize(old + self.piece, 0);
        let n = loop {
            match self.reader.read(&mut bytes[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Problem::Io(e)),
            }
        };
        bytes.truncate(old + n);
        if let Some(at) = memchr::memchr(0, &bytes[old..]) {
            return Err(Problem::Nul(self.read + at));
        }
        self.read += n;
        self.ended = n == 0;
        match std::str::from_utf8(&bytes) {
            Ok(text) => self.text.push_str(text),
            // A character cut by the end of the piece: its first bytes
            // wait for the next piece.
            Err(e) if e.error_len().is_none() && !self.ended => {
                let valid = e.valid_up_to();
                self.carried = bytes.split_off(valid);
                let text = std::str::from_utf8(&bytes).map_err(|_| Problem::NotUtf8)?;
                self.text.push_str(text);
            }
            Err(_) => return Err(Problem::NotUtf8),
        }
        Ok(!self.ended)
    }

    /// Forgets the text before byte `at` of the file (a char boundary).
    fn forget_before(&mut self, at: usize) {
        if at > self.base {
            self.text.drain(..at - self.base);
            self.base = at;
        }
    }
}

/// Opens `path` for reading, an error naming the file `name`.
fn open(path: &Path, name: &str) -> Result<fs::File, InputError> {
    fs::File::open(path).map_err(|e| InputError::io(name, e))
}

/// A stretch of whole lines of a file: `text[from..]` are the lines,
/// starting at byte `base` of the file, `text[..from]` up to
/// [`LOOK_BEHIND`] bytes before them.
struct Stretch {
    text: String,
    from: usize,
    base: usize,
}

impl Stretch {
    /// The lines of the stretch.
    fn lines(&self) -> &str {
        &self.text[self.from..]
    }

    /// Where the lines end in the file.
    fn end(&self) -> usize {
        self.base + self.text.len() - self.from
    }
}

/// Why a file stopped being read in stretches.
enum Stop {
    /// Bytes that are not UTF-8: the file is to be read whole.
    NotUtf8,
    Error(InputError),
}

/// The stretches of whole lines of a file, in order, a piece at a time
/// (each as long as the lines that end in a piece, a line longer than a
/// piece read whole); after an error, none.
struct Stretches {
    pieces: Pieces<io::Take<fs::File>>,
    name: String,
    max_bytes: u64,
    /// Where the lines not yet handed out start, in the text held.
    from: usize,
    done: bool,
}

impl Stretches {
    fn open(path: &Path, name: &str, piece: usize, max_bytes: u64) -> Result<Self, InputError> {
        let file = open(path, name)?;
        Ok(Stretches {
            pieces: Pieces::new(file.take(max_bytes.saturating_add(1)), piece),
            name: name.to_string(),
            max_bytes,
            from: 0,
            done: false,
        })
    }

    /// Reads the next piece; `false` at the end of the file.
    fn fill(&mut self) -> Result<bool, Stop> {
        let name = &self.name;
        let more = match self.pieces.fill() {
            Ok(more) => more,
            Err(Problem::Io(e)) => return Err(Stop::Error(InputError::io(name, e))),
            Err(Problem::Nul(offset)) => {
                return Err(Stop::Error(InputError::Binary {
                    path: name.to_string(),
                    offset,
                }));
            }
            Err(Problem::NotUtf8) => return Err(Stop::NotUtf8),
        };
        if self.pieces.read as u64 > self.max_bytes {
            return Err(Stop::Error(InputError::TooLarge {
                path: name.to_string(),
                size: self.pieces.read as u64,
                limit: self.max_bytes,
            }));
        }
        Ok(more)
    }
}

impl Iterator for Stretches {
    type Item = Result<Stretch, Stop>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let more = match self.fill() {
                Ok(more) => more,
                Err(stop) => {
                    self.done = true;
                    return Some(Err(stop));
                }
            };
            self.done = !more;
            let (text, from) = (&self.pieces.text, self.from);
            let end = if more {
                text[from..].rfind('\n').map_or(from, |n| from + n + 1)
            } else {
                text.len()
            };
            if end == from {
                continue;
            }
            let mut keep = from.saturating_sub(LOOK_BEHIND);
            while !text.is_char_boundary(keep) {
                keep -= 1;
            }
            let stretch = Stretch {
                text: text[keep..end].to_string(),
                from: from - keep,
                base: self.pieces.base + from,
            };
            // What is kept: the look-behind of the next lines.
            let mut next_keep = end.saturating_sub(LOOK_BEHIND);
            while !text.is_char_boundary(next_keep) {
                next_keep -= 1;
            }
            let base = self.pieces.base;
            self.pieces.forget_before(base + next_keep);
            self.from = end - next_keep;
            return Some(Ok(stretch));
        }
        None
    }
}

/// The count of a stretch and where its lines end, or why the file
/// stopped being read there.
type StretchCount<T> = Result<(T, usize), Stop>;

/// Reads `path` in stretches of whole lines and counts each with `count`
/// on the pool, in parallel: the counts in the order of the stretches,
/// and the bytes read; `None` when the file is not UTF-8. What is held
/// besides the counts is a stretch per thread and the piece being read.
fn count_stretches<T: Send>(
    path: &Path,
    name: &str,
    piece: usize,
    max_bytes: u64,
    count: impl Fn(&Stretch) -> T + Sync,
) -> Result<Option<(Vec<T>, usize)>, InputError> {
    let stretches = Stretches::open(path, name, piece, max_bytes)?;
    let mut counted: Vec<(usize, StretchCount<T>)> = stretches
        .enumerate()
        .par_bridge()
        .map(|(i, stretch)| (i, stretch.map(|s| (count(&s), s.end()))))
        .collect();
    counted.sort_unstable_by_key(|&(i, _)| i);
    let (mut counts, mut len) = (Vec::with_capacity(counted.len()), 0);
    for (_, result) in counted {
        match result {
            Ok((one, end)) => {
                counts.push(one);
                len = end;
            }
            Err(Stop::NotUtf8) => return Ok(None),
            Err(Stop::Error(e)) => return Err(e),
        }
    }
    Ok(Some((counts, len)))
}

/// What was decided on the whole of a large file, and its length.
#[derive(Debug, Clone)]
pub struct Surveyed {
    pub whole: Whole,
    pub len: usize,
}

/// Counts what is decided on the whole of the file at `path` (named
/// `name`), reading it twice a piece of `piece` bytes at a time, each
/// time counting the stretches of whole lines in parallel on the pool
/// and merging the counts in order (`extract::part::Survey`). `None` when
/// the file is not UTF-8 (it is then to be read whole and decoded).
pub fn survey(
    path: &Path,
    name: &str,
    piece: usize,
    max_bytes: u64,
) -> Result<Option<Surveyed>, InputError> {
    let first = count_stretches(path, name, piece, max_bytes, |s| {
        let mut range = Survey::continuing();
        range.feed(&s.text, s.from, s.base);
        range
    })?;
    let Some((ranges, len)) = first else {
        return Ok(None);
    };
    let mut survey = Survey::default();
    ranges.into_iter().for_each(|range| survey.merge(range));
    let mut normalized = survey.normalized();
    let again = count_stretches(path, name, piece, max_bytes, |s| {
        normalized.count(s.lines(), s.base)
    })?;
    let Some((counts, _)) = again.filter(|&(_, again)| again == len) else {
        return Err(changed(name));
    };
    counts
        .into_iter()
        .for_each(|counted| normalized.merge(counted));
    Ok(Some(Surveyed {
        whole: normalized.whole(),
        len,
    }))
}

/// The error of a file that changed while it was read.
fn changed(name: &str) -> InputError {
    InputError::io(name, io::Error::other("changed while being read"))
}

/// The parts of a large file, in order, each with the text around it:
/// the file read a third time, a piece at a time, cut where
/// `extract::part::parts` would cut its whole text.
pub struct Windows {
    pieces: Pieces<io::Take<fs::File>>,
    name: String,
    cutter: Cutter,
    /// The length the survey read.
    len: usize,
    /// Where the cutter goes on (a line start in the file).
    scanned: usize,
    /// Where the part being cut starts.
    part_start: usize,
    /// Parts cut, waiting for the text after them.
    cut: VecDeque<Span>,
    /// The last part is cut.
    done: bool,
}

impl Windows {
    /// Opens the file at `path` (named `name`, of `len` bytes when
    /// surveyed) to cut it into parts of about `part_bytes`, reading
    /// pieces of `piece` bytes.
    pub fn open(
        path: &Path,
        name: &str,
        len: usize,
        part_bytes: usize,
        piece: usize,
    ) -> Result<Windows, InputError> {
        let file = open(path, name)?;
        Ok(Windows {
            pieces: Pieces::new(file.take(len as u64 + 1), piece),
            name: name.to_string(),
            cutter: Cutter::new(part_bytes),
            len,
            scanned: 0,
            part_start: 0,
            cut: VecDeque::new(),
            done: false,
        })
    }

    /// Where the window of a part that starts at `start` starts: the
    /// start of the line [`CONTEXT_BYTES`] before it, or of the last line
    /// with more than white space before that (a word is read across
    /// blank lines). (The text held always starts at a line start at or
    /// before it.)
    fn window_start(&self, start: usize) -> usize {
        let (bytes, base) = (self.pieces.text.as_bytes(), self.pieces.base);
        let mut at = start.saturating_sub(CONTEXT_BYTES).max(base) - base;
        while at > 0 && bytes[at - 1].is_ascii_whitespace() {
            at -= 1;
        }
        memchr::memrchr(b'\n', &bytes[..at]).map_or(base, |n| base + n + 1)
    }

    /// The window of `part` when the text after it has been read: up to
    /// the end of the line [`CONTEXT_BYTES`] after it, or of the next
    /// line with more than white space after that.
    fn window(&self, part: Span) -> Option<Window> {
        let (text, base) = (&self.pieces.text, self.pieces.base);
        let held = base + text.len();
        let mut after = part.end.saturating_add(CONTEXT_BYTES).min(held) - base;
        while text
            .as_bytes()
            .get(after)
            .is_some_and(u8::is_ascii_whitespace)
        {
            after += 1;
        }
        let after = base + after;
        let end = match memchr::memchr(b'\n', &text.as_bytes()[after - base..]) {
            Some(n) => after + n + 1,
            None if self.pieces.ended => held,
            None => return None,
        };
        let start = self.window_start(part.start);
        Some(Window {
            text: text[start - base..end - base].to_string(),
            base: start,
            part: Span::new(part.start - start, part.end - start),
        })
    }

    /// Reads the next piece; an error when the file is not what the
    /// survey read.
    fn fill(&mut self) -> Result<(), InputError> {
        match self.pieces.fill() {
            Ok(_) if self.pieces.read > self.len => Err(changed(&self.name)),
            Ok(true) => Ok(()),
            Ok(false) if self.pieces.read == self.len => Ok(()),
            Ok(false) | Err(Problem::Nul(_) | Problem::NotUtf8) => Err(changed(&self.name)),
            Err(Problem::Io(e)) => Err(InputError::io(&self.name, e)),
        }
    }
}

impl Iterator for Windows {
    type Item = Result<Window, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(window) = self.cut.front().and_then(|&part| self.window(part)) {
                self.cut.pop_front();
                let first = self.cut.front().map_or(self.part_start, |p| p.start);
                let keep = self.window_start(first);
                self.pieces.forget_before(keep);
                return Some(Ok(window));
            }
            if self.done && self.cut.is_empty() {
                return None;
            }
            if !self.done {
                let (text, base) = (&self.pieces.text, self.pieces.base);
                let ended = self.pieces.ended;
                match self.cutter.scan(text, base, self.scanned - base, ended) {
                    Scan::Cut(at) => {
                        self.cut.push_back(Span::new(self.part_start, at));
                        (self.part_start, self.scanned) = (at, at);
                        continue;
                    }
                    Scan::Upto(at) => self.scanned = at,
                }
                if ended {
                    self.cut.push_back(Span::new(self.part_start, self.len));
                    self.done = true;
                    continue;
                }
            }
            if let Err(e) = self.fill() {
                self.done = true;
                self.cut.clear();
                return Some(Err(e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::part::parts;

    /// The windows of `text` read in pieces of `piece` bytes.
    fn windows(text: &str, part_bytes: usize, piece: usize) -> Vec<Window> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, text).unwrap();
        let read = Windows::open(&path, "a.txt", text.len(), part_bytes, piece).unwrap();
        read.collect::<Result<Vec<_>, _>>().unwrap()
    }

    #[test]
    fn windows_hold_the_parts_and_whole_lines_around_them() {
        let prose = "The economy grew by 5.2 per cent in the last year, 增长 and more.";
        let unit = format!(
            "全年增长。\n\n{}\n\nLast line of prose, long enough to end it all.\n\n",
            &prose[..50]
        );
        let text = unit.repeat(40);
        for (part_bytes, piece) in [(1, 1), (1, 7), (300, 3), (5000, 64), (1, 1 << 20)] {
            let read = windows(&text, part_bytes, piece);
            let spans: Vec<Span> = read
                .iter()
                .map(|w| Span::new(w.base + w.part.start, w.base + w.part.end))
                .collect();
            assert_eq!(spans, parts(&text, part_bytes), "{part_bytes} {piece}");
            for w in &read {
                assert_eq!(w.text, text[w.base..w.base + w.text.len()]);
                assert!(w.base == 0 || text[..w.base].ends_with('\n'));
                let end = w.base + w.text.len();
                assert!(end == text.len() || text[..end].ends_with('\n'));
            }
        }
    }

    #[test]
    fn a_file_that_changed_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "Some text.\n").unwrap();
        let mut read = Windows::open(&path, "a.txt", 5, 1, 4).unwrap();
        let err = read.next().and_then(Result::err).map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("a.txt: changed while being read"));
        assert!(read.next().is_none());
    }
}
