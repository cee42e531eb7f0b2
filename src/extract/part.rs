//! A large document read in parts: what is decided once on the whole text
//! ([`Whole`]: number conventions, currency evidence), and where the text
//! may be cut ([`parts`]) so that each part reads as it would inside the
//! whole document.
//!
//! A cut is made only after a blank line that follows a line of prose
//! (one that ends like a sentence and has at least eight words, the line
//! that ends every table above it in `table`). There every stage starts
//! afresh: the blank line ends the sentence (`sentence`), no table caption
//! or note reaches past the prose line (`table`), a trend, qualifier or
//! restatement is shared only inside a sentence (the context pass), and no
//! claim spans a blank line. The stages still see the whole text around a
//! part, so their look-back and look-ahead do not change.
//!
//! A large file need not be held whole for this ([`Survey`], [`Cutter`]):
//! what [`Whole`] decides is counted a stretch of whole lines at a time,
//! first on the text as written, then on the text normalized, and the
//! cuts are found a line at a time, each judged on its line, the blank
//! line after it and whether its paragraph holds Han. A part is then read
//! from a window of the text around it ([`crate::extract::extract_window`]).

use std::borrow::Cow;
use std::sync::Arc;

use super::cells;
use super::conventions::{self, Conventions};
use super::lang::zh::script::simplified;
use super::language::{self, LineWidths};
use super::nonclaim::{ModelPairCount, ModelPairs};
use super::span::Span;
use super::table;
use super::units::{CurrencyEvidence, DocumentCurrency};

/// What is decided once for a whole document before its parts are read.
#[derive(Debug, Clone)]
pub struct Whole {
    pub conventions: Conventions,
    pub currency: DocumentCurrency,
    /// The width of the body lines of a text with Han characters
    /// (`language::body_width`), which judges wrapped Chinese lines.
    pub body_width: usize,
    /// Whether the text may hold a table or chart for `cells`
    /// ([`cells::layout_of`]).
    pub laid_out: bool,
    /// The text rewritten into the conventions the readers know (numbers,
    /// simplified Chinese characters), when it differs from the document's
    /// own (same length, same offsets).
    normalized: Option<String>,
    /// The numbers-and-capitals pairs of the whole text (`737 MAX`), for
    /// parts read from a window of it; `None` when the parts see the
    /// whole text, where they are counted when first needed.
    pub model_pairs: Option<Arc<ModelPairs>>,
    /// The layout, when it differs from the text as written (`None` for
    /// parts read from a window: each window's is its own).
    layout: Option<String>,
}

impl Whole {
    /// Decides the conventions and the currency evidence on all of `text`.
    pub fn of(text: &str) -> Whole {
        let conventions = Conventions::of(text);
        // The currency evidence is counted before the script fold: the
        // characters of simplified script are evidence of the renminbi.
        let numbers = conventions.normalize(text);
        let currency = DocumentCurrency::of(&numbers);
        let normalized = match simplified(numbers) {
            Cow::Borrowed(_) => None,
            Cow::Owned(read) => Some(read),
        };
        let read = normalized.as_deref().unwrap_or(text);
        let body_width = if language::may_hold_han(read) {
            language::body_width(read)
        } else {
            0
        };
        let layout = cells::layout_text(text);
        let laid_out = cells::layout_of(read, &layout).is_some();
        let layout = match layout {
            Cow::Owned(layout) if laid_out => Some(layout),
            _ => None,
        };
        Whole {
            conventions,
            currency,
            body_width,
            laid_out,
            layout,
            normalized,
            model_pairs: None,
        }
    }

    /// The layout the table stage reads (`cells::layout_text`), when the
    /// text may hold a table.
    pub fn layout<'a>(&'a self, text: &'a str) -> Option<&'a str> {
        self.laid_out
            .then(|| self.layout.as_deref().unwrap_or(text))
    }

    /// The text the readers read: `text` normalized.
    pub fn read<'a>(&'a self, text: &'a str) -> &'a str {
        self.normalized.as_deref().unwrap_or(text)
    }
}

/// Where an extraction of one part sits in its document: the part, and
/// the lines and sentences of the document before it (set by whoever
/// reads the parts in order), so that line and sentence numbers count from
/// the start of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The part, in the text extracted.
    pub span: Span,
    pub lines_before: usize,
    pub sentences_before: usize,
    /// Where the text extracted starts in the document: 0 for the whole
    /// text, the window's start for a part read from a window of it
    /// (claim offsets in the ledger add it).
    pub base: usize,
}

/// Counts what [`Whole`] decides over a document fed a stretch of whole
/// lines at a time, in order: first the text as written ([`Survey::feed`]:
/// the conventions, and whether it may hold tables), then, once the
/// conventions are known, the text again ([`Normalized::feed`]: the
/// currency evidence, Han, line widths and model pairs of the text
/// normalized). The result is [`Whole::of`] the whole text.
///
/// Ranges of the document may also be counted apart, in parallel, each
/// from [`Survey::continuing`] (and [`Normalized::count`]), and merged in
/// order ([`Survey::merge`], [`Normalized::merge`]): what crosses from a
/// range to the next (the paragraph being counted, a blank line before
/// the range, a number whose model word starts the next range) is kept
/// apart until the merge, so the result is the same.
#[derive(Debug, Clone, Default)]
pub struct Survey {
    conventions: conventions::Survey,
    /// The text has a tab or a blank line (`cells::layout_of`).
    laid_out: bool,
    /// The last stretch fed ended with a line break.
    ended_line: bool,
    /// Whether the first stretch fed starts with a line break (a blank
    /// line, when the lines before ended with a break).
    first_break: Option<bool>,
}

impl Survey {
    /// A survey of lines that follow lines surveyed apart, to be merged
    /// after them ([`Survey::merge`]).
    pub fn continuing() -> Survey {
        Survey {
            conventions: conventions::Survey::continuing(),
            ..Survey::default()
        }
    }

    /// Counts `text[from..]`, whole lines that start at byte `base` of the
    /// document; `text[..from]` is the text just before them (at least a
    /// few hundred bytes of it, where there are: a unit defined in the
    /// document reads back from its bracket).
    pub fn feed(&mut self, text: &str, from: usize, base: usize) {
        let lines = &text[from..];
        self.conventions.feed(text, from, base);
        // Bar rows and space-aligned Chinese rows become tabs in the
        // layout (`cells::layout_text`, decided line by line).
        self.laid_out |= lines.contains('\t')
            || lines.contains("\n\n")
            || (self.ended_line && lines.starts_with('\n'))
            || cells::layout_text(lines).contains('\t');
        self.ended_line = lines.ends_with('\n');
        self.first_break.get_or_insert(lines.starts_with('\n'));
    }

    /// Adds `next`, a [`Survey::continuing`] of the lines that follow
    /// those surveyed here: the survey of all of them fed in order.
    pub fn merge(&mut self, next: Survey) {
        let Some(first_break) = next.first_break else {
            return;
        };
        self.conventions.merge(next.conventions);
        self.laid_out |= next.laid_out || (self.ended_line && first_break);
        self.ended_line = next.ended_line;
        self.first_break.get_or_insert(first_break);
    }

    /// The conventions decided, ready for the count on the text
    /// normalized.
    pub fn normalized(self) -> Normalized {
        Normalized {
            conventions: self.conventions.finish(),
            laid_out: self.laid_out,
            counted: Counted::default(),
        }
    }
}

/// The second count of a [`Survey`], on the text normalized.
#[derive(Debug, Clone)]
pub struct Normalized {
    conventions: Conventions,
    laid_out: bool,
    counted: Counted,
}

/// What [`Normalized`] counts on some lines of the text normalized.
#[derive(Debug, Clone, Default)]
pub struct Counted {
    currency: CurrencyEvidence,
    han: bool,
    widths: LineWidths,
    pairs: ModelPairCount,
}

impl Normalized {
    /// The conventions decided by the first count.
    pub fn conventions(&self) -> &Conventions {
        &self.conventions
    }

    /// Counts `lines`, whole lines of the document as written that start
    /// at byte `base`, normalized.
    pub fn feed(&mut self, lines: &str, base: usize) {
        let counted = self.count(lines, base);
        self.merge(counted);
    }

    /// The count of `lines` (as [`Normalized::feed`]) made apart, to be
    /// merged in order with the counts of the other lines
    /// ([`Normalized::merge`]).
    pub fn count(&self, lines: &str, base: usize) -> Counted {
        let numbers = self.conventions.normalize_at(lines, base);
        let mut counted = Counted::default();
        counted.currency.feed(&numbers);
        let read = simplified(numbers);
        counted.han = language::may_hold_han(&read);
        counted.widths.feed(&read);
        counted.pairs.feed(&read);
        counted
    }

    /// Adds the count of the lines that follow those counted so far.
    pub fn merge(&mut self, next: Counted) {
        let counted = &mut self.counted;
        counted.currency.merge(&next.currency);
        counted.han |= next.han;
        counted.widths.merge(&next.widths);
        counted.pairs.merge(next.pairs);
    }

    /// What is decided for the whole document.
    pub fn whole(self) -> Whole {
        let counted = self.counted;
        Whole {
            conventions: self.conventions,
            currency: counted.currency.decide(),
            body_width: if counted.han {
                counted.widths.body_width()
            } else {
                0
            },
            laid_out: self.laid_out,
            normalized: None,
            model_pairs: Some(counted.pairs.finish()),
            layout: None,
        }
    }
}

/// The cuts of a document, found a line at a time: the one place where a
/// cut is decided. [`Cutter::scan`] carries from line to line the start
/// of the part and whether the paragraph so far holds Han, so that a
/// large file is cut as its pieces arrive (`input::large`); [`parts`]
/// hands it a whole text at once.
#[derive(Debug, Clone)]
pub struct Cutter {
    target: usize,
    /// Where the part being cut starts in the document.
    start: usize,
    /// The paragraph of the last line scanned holds a Han character.
    han: bool,
}

/// What a [`Cutter::scan`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scan {
    /// A cut at this byte of the document; the next scan starts there.
    Cut(usize),
    /// No cut before this byte of the document (a line start): the lines
    /// from there on are judged when more text is there.
    Upto(usize),
}

impl Cutter {
    /// Cuts into parts of about `target` bytes (see [`parts`]).
    pub fn new(target: usize) -> Cutter {
        Cutter {
            target: target.max(1),
            start: 0,
            han: false,
        }
    }

    /// Reads the lines of `text`, which starts at byte `base` of the
    /// document, from `at` (a line start) on, up to the first cut; `ended`
    /// says that the document ends with `text`. A line is judged once its
    /// line break, the blank line after it and one more byte are in
    /// `text`.
    pub fn scan(&mut self, text: &str, base: usize, mut at: usize, ended: bool) -> Scan {
        let bytes = text.as_bytes();
        while at < bytes.len() {
            let Some(newline) = memchr::memchr(b'\n', &bytes[at..]).map(|n| at + n) else {
                // The last line of the document ends no paragraph.
                return Scan::Upto(base + if ended { bytes.len() } else { at });
            };
            let line = &bytes[at..newline];
            let blank = line.iter().all(|&b| is_blank_byte(b));
            // (Every Han character's first byte is in E3..=E9.)
            let han = !blank && (self.han || line.iter().any(|b| (0xE3..=0xE9).contains(b)));
            if base + newline >= self.start.saturating_add(self.target) && !han && !blank {
                let blank_end = blank_run_end(bytes, newline);
                // A cut needs the blank line's break and a byte after it.
                if !ended && blank_end + 1 >= bytes.len() {
                    return Scan::Upto(base + at);
                }
                let cut = blank_end + 1;
                let prose = || {
                    let line = text[at..newline].trim_end();
                    table::ends_tables(line) && !line.contains('\t')
                };
                if bytes.get(blank_end) == Some(&b'\n') && cut < bytes.len() && prose() {
                    self.han = false;
                    self.start = base + cut;
                    return Scan::Cut(base + cut);
                }
            }
            self.han = han;
            at = newline + 1;
        }
        Scan::Upto(base + at)
    }
}

/// The white space a blank line may hold besides its break.
fn is_blank_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r')
}

/// Where the blank bytes after the line break at `newline` end: at the
/// next line's break when that line is blank.
fn blank_run_end(bytes: &[u8], newline: usize) -> usize {
    let after = newline + 1;
    after
        + bytes[after..]
            .iter()
            .take_while(|&&b| is_blank_byte(b))
            .count()
}

/// The parts of `text`, in order, covering it: each about `target` bytes
/// or more, cut at the first place at or after `target` bytes where a
/// cut changes nothing (see the module doc). A text without such a place
/// is one part. These are the cuts of a [`Cutter`] handed the whole text.
pub fn parts(text: &str, target: usize) -> Vec<Span> {
    let mut cutter = Cutter::new(target);
    let mut parts = Vec::new();
    let mut start = 0;
    while let Scan::Cut(cut) = cutter.scan(text, 0, start, true) {
        parts.push(Span::new(start, cut));
        start = cut;
    }
    parts.push(Span::new(start, text.len()));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "The economy grew by 5.2 per cent in the last year.";

    #[test]
    fn cuts_only_after_a_blank_line_after_prose() {
        let text = format!("{PROSE}\n\nTable (%)\n1 2\n\n{PROSE}\n \r\nEnd 3.\n");
        let second = PROSE.len() + 2;
        let third = text.find(" \r\n").unwrap() + 3;
        assert_eq!(
            parts(&text, 1),
            [
                Span::new(0, second),
                Span::new(second, third),
                Span::new(third, text.len())
            ]
        );
        // A target past the last cut: one part.
        assert_eq!(parts(&text, text.len()), [Span::new(0, text.len())]);
    }

    #[test]
    fn no_cut_after_short_lines_or_tables() {
        // `Exports (%)` and a short line end no table: no cut.
        let text = "Exports (%)\n\n1.2 3.4\n\nShort line.\n\nMore.";
        assert_eq!(parts(text, 1), [Span::new(0, text.len())]);
        // A paragraph with Chinese in it may run on (a printed page).
        let text = format!("全年增长\n{PROSE}\n\n比上年下降0.5%。");
        assert_eq!(parts(&text, 1), [Span::new(0, text.len())]);
        assert_eq!(parts("", 1), [Span::new(0, 0)]);
    }

    /// Documents whose decisions depend on text far apart: decimal
    /// commas in one paragraph, points in another, a unit defined once, a
    /// model named three times, a `$` that a later line makes Hong Kong's,
    /// Chinese lines, a table.
    const SURVEYED: &[&str] = &[
        "Rates were 4,25% and 3,5%; reserves 4,300 tonnes.\n\nRates were 4.25% and 3.5%; reserves 4,300 tonnes.\n\nGrowth of 1,5%, 2,5% and 4,300.\n",
        "Reserves were 2,406 million tonnes (mt).\nIn 2012 this was 811 mt.\n3 737 MAX\n4 737 MAX jets, 737\nMAX\nCosts $5 million.\nHong Kong\n",
        "国内生产总值增长5.2%，\n新建公园1065个。\n\n比上年下\n\n降0.5%。\r\nExpenditure 11,097,242,241 743,934,584 82 100\n\tStaff 299 299\n1 720\n",
    ];

    /// `text` fed to a [`Survey`] a stretch of `lines` whole lines at a
    /// time, twice; or, `apart`, each stretch counted apart and the counts
    /// merged in order (as ranges of a large file surveyed in parallel).
    fn surveyed(text: &str, lines: usize, apart: bool) -> Whole {
        let stretches: Vec<(usize, usize)> = {
            let starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .filter(|&i| i < text.len())
                .collect();
            let mut cuts: Vec<usize> = starts.iter().step_by(lines).copied().collect();
            cuts.push(text.len());
            cuts.windows(2).map(|w| (w[0], w[1])).collect()
        };
        let mut survey = Survey::default();
        for &(from, to) in &stretches {
            if apart {
                let mut range = Survey::continuing();
                range.feed(&text[..to], from, from);
                survey.merge(range);
            } else {
                survey.feed(&text[..to], from, from);
            }
        }
        let mut normalized = survey.normalized();
        for &(from, to) in &stretches {
            if apart {
                let counted = normalized.count(&text[from..to], from);
                normalized.merge(counted);
            } else {
                normalized.feed(&text[from..to], from);
            }
        }
        normalized.whole()
    }

    #[test]
    fn a_survey_decides_what_the_whole_text_decides() {
        for text in SURVEYED.iter().copied().chain([SURVEYED.concat().as_str()]) {
            let whole = Whole::of(text);
            let mut pairs = ModelPairCount::default();
            pairs.feed(whole.read(text));
            let pairs = pairs.finish();
            for (lines, apart) in [1, 2, 3, 1000]
                .into_iter()
                .flat_map(|n| [(n, false), (n, true)])
            {
                let survey = surveyed(text, lines, apart);
                let how = format!("{lines} lines, apart {apart}: {text}");
                assert_eq!(survey.conventions, whole.conventions, "{how}");
                assert_eq!(survey.currency, whole.currency);
                assert_eq!(survey.body_width, whole.body_width);
                assert_eq!(survey.laid_out, whole.laid_out);
                assert_eq!(survey.model_pairs.as_deref(), Some(&*pairs));
            }
        }
        // The texts decide something.
        let whole = Whole::of(&SURVEYED.concat());
        assert!(whole.conventions.regions.len() > 1);
        assert_eq!(whole.conventions.defined_units.len(), 1);
        assert_eq!(whole.currency.dollar, "HKD");
        assert!(whole.body_width > 0 && whole.laid_out);
        let mut pairs = ModelPairCount::default();
        pairs.feed(whole.read(&SURVEYED.concat()));
        let max = ("737".to_string(), "MAX".to_string());
        assert_eq!(pairs.finish().get(&max), Some(&3));
    }

    /// Lines that each count for some decision of [`Whole`]: decimal
    /// commas and points, a blank line and one of spaces (paragraph
    /// ends), a defined unit and its use, a model number whose word
    /// starts the next line, a currency, Chinese lines, a tab, space
    /// groups.
    const SURVEY_LINES: &[&str] = &[
        "Rates were 4,25% and 3,5%; 1,5 more.",
        "Rates were 4.25% and 3.5%.",
        "Growth of 1,5 and 2.75, then 7,5.",
        "",
        "  ",
        "Total 4,300 tonnes.",
        "Reserves were 2,406 million tonnes (mt).",
        "Output 811 mt.",
        "Jets: 3 737",
        "MAX jets, 737 MAX",
        "Costs $5 million in Hong Kong.",
        "国内生产总值增长5.2%，新建公园1065个。",
        "比上年下",
        "\tStaff 299 299",
        "1 720 000 households and 1 720",
    ];

    proptest::proptest! {
        /// Ranges of a document counted apart and merged in order decide
        /// what the whole text decides, wherever the ranges start.
        #[test]
        fn ranges_surveyed_apart_decide_what_the_whole_decides(
            picks in proptest::collection::vec(0..SURVEY_LINES.len(), 1..40),
            starts in proptest::collection::vec(proptest::bool::ANY, 40),
        ) {
            let lines: Vec<&str> = picks.iter().map(|&i| SURVEY_LINES[i]).collect();
            let text = lines.join("\n") + "\n";
            // A range starts at each line whose flag is set.
            let mut bounds = vec![0];
            let mut at = 0;
            for (i, line) in lines.iter().enumerate() {
                at += line.len() + 1;
                if at < text.len() && starts[i] {
                    bounds.push(at);
                }
            }
            bounds.push(text.len());
            let ranges: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
            let mut survey = Survey::default();
            for &(from, to) in &ranges {
                let mut range = Survey::continuing();
                range.feed(&text[..to], from, from);
                survey.merge(range);
            }
            let mut normalized = survey.normalized();
            let counts: Vec<Counted> = ranges
                .iter()
                .map(|&(from, to)| normalized.count(&text[from..to], from))
                .collect();
            counts.into_iter().for_each(|c| normalized.merge(c));
            let survey = normalized.whole();
            let whole = Whole::of(&text);
            let mut pairs = ModelPairCount::default();
            pairs.feed(whole.read(&text));
            proptest::prop_assert_eq!(&survey.conventions, &whole.conventions);
            proptest::prop_assert_eq!(&survey.currency, &whole.currency);
            proptest::prop_assert_eq!(survey.body_width, whole.body_width);
            proptest::prop_assert_eq!(survey.laid_out, whole.laid_out);
            proptest::prop_assert_eq!(survey.model_pairs.as_deref(), Some(&*pairs.finish()));
        }
    }

    #[test]
    fn the_survey_lines_decide_something() {
        let text = SURVEY_LINES.join("\n");
        let whole = Whole::of(&text);
        assert!(whole.conventions.comma_evidence >= 2 && whole.conventions.point_evidence > 0);
        assert!(whole.conventions.regions.len() > 1);
        assert_eq!(whole.conventions.defined_units.len(), 1);
        assert!(whole.body_width > 0 && whole.laid_out);
        let mut pairs = ModelPairCount::default();
        pairs.feed(whole.read(&text));
        let max = ("737".to_string(), "MAX".to_string());
        assert_eq!(pairs.finish().get(&max), Some(&2));
    }

    #[test]
    fn a_cutter_fed_a_few_bytes_at_a_time_cuts_where_it_cuts_a_whole_text() {
        let unit = format!("中文。\n\n{PROSE}\n\n{PROSE}\n全年增长\n\n{PROSE}\r\n \t\n");
        let text = unit.repeat(20);
        // Parts of 1 byte: a cut after the first prose paragraph of each
        // copy (not after the Chinese one, nor after a paragraph with
        // Chinese in it) and after each copy but the last.
        let first = "中文。\n\n".len() + PROSE.len() + 2;
        let want: Vec<usize> = (0..20)
            .flat_map(|i| [i * unit.len() + first, (i + 1) * unit.len()])
            .filter(|&cut| cut < text.len())
            .collect();
        let cuts: Vec<usize> = parts(&text, 1).iter().skip(1).map(|p| p.start).collect();
        assert_eq!(cuts, want);
        for target in [1, 7, 100, 1000] {
            // Text handed over a few bytes at a time, from a line start.
            for step in [1, 5, 64, text.len()] {
                let mut cutter = Cutter::new(target);
                let (mut cuts, mut at, mut held) = (Vec::new(), 0, 0);
                loop {
                    let ended = held == text.len();
                    match cutter.scan(&text[..held], 0, at, ended) {
                        Scan::Cut(cut) => {
                            cuts.push(cut);
                            at = cut;
                        }
                        Scan::Upto(upto) if ended => {
                            assert_eq!(upto, text.len());
                            break;
                        }
                        Scan::Upto(upto) => {
                            at = upto;
                            held = (held + step).min(text.len());
                            while !text.is_char_boundary(held) {
                                held += 1;
                            }
                        }
                    }
                }
                let want: Vec<usize> = parts(&text, target)
                    .iter()
                    .skip(1)
                    .map(|p| p.start)
                    .collect();
                assert_eq!(cuts, want, "target {target}, step {step}");
            }
        }
    }

    #[test]
    fn parts_cover_the_text_on_char_boundaries() {
        let unit = format!("中文。\n\n{PROSE}\n\n");
        let text = unit.repeat(50);
        for target in [1, 7, 100, 1000] {
            let parts = parts(&text, target);
            assert_eq!(parts.first().map(|p| p.start), Some(0));
            assert_eq!(parts.last().map(|p| p.end), Some(text.len()));
            assert!(parts.windows(2).all(|w| w[0].end == w[1].start));
            assert!(parts.iter().all(|p| text.is_char_boundary(p.start)));
            // The last cut is before the last copy, after its blank line.
            assert_eq!(parts.len() > 1, target + 2 <= text.len() - unit.len());
        }
    }
}
