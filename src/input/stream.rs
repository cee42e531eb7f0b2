//! A stream of documents as JSON Lines (`extract --input-format jsonl`):
//! one record per line, `{"file": "...", "text": "..."}`, the text already
//! decoded (JSON strings are Unicode). Other keys are ignored, blank lines
//! skipped. Records are read one line at a time, so a stream of any length
//! is read in memory bounded by its longest line.
//!
//! A record that cannot be used (not JSON, not UTF-8, no `file` or no
//! `text` string) becomes an [`InputError::Record`] naming the stream, its
//! line number and the record's file when it has one; the stream goes on.
//! A read error of the stream itself ends it after that error.

use std::io::BufRead;

use serde::Deserialize;
use serde_json::Value;

use crate::error::InputError;
use crate::input::Document;

/// The keys of a record that claimscan reads, of any JSON type, so that a
/// record whose `text` is not a string is still named by its `file`.
#[derive(Deserialize)]
struct Record {
    file: Option<Value>,
    text: Option<Value>,
}

/// The documents of a JSON Lines stream, in order.
pub struct Records<R> {
    reader: R,
    /// The stream's name in messages (`stdin`, or the path).
    name: String,
    line: usize,
    buf: Vec<u8>,
    ended: bool,
}

impl<R: BufRead> Records<R> {
    pub fn new(reader: R, name: impl Into<String>) -> Self {
        Records {
            reader,
            name: name.into(),
            line: 0,
            buf: Vec::new(),
            ended: false,
        }
    }

    fn error(&self, file: Option<String>, problem: impl Into<String>) -> InputError {
        InputError::Record {
            stream: self.name.clone(),
            line: self.line,
            file,
            problem: problem.into(),
        }
    }

    /// The document of the record in `self.buf`.
    fn parse(&self) -> Result<Document, InputError> {
        let record: Record = serde_json::from_slice(&self.buf).map_err(|e| {
            let problem = if std::str::from_utf8(&self.buf).is_err() {
                "not UTF-8".to_string()
            } else {
                format!("not a JSON object ({e})")
            };
            self.error(None, problem)
        })?;
        let Some(Value::String(file)) = record.file else {
            return Err(self.error(None, "the record has no \"file\" string"));
        };
        let Some(Value::String(text)) = record.text else {
            return Err(self.error(Some(file), "the record has no \"text\" string"));
        };
        Ok(Document {
            name: file,
            text,
            warnings: Vec::new(),
            paged: false,
        })
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.ended {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.ended = true,
                Ok(_) if self.buf.iter().all(u8::is_ascii_whitespace) => {}
                Ok(_) => return Some(self.parse()),
                Err(e) => {
                    self.ended = true;
                    return Some(Err(self.error(None, format!("cannot read: {e}"))));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(stream: &str) -> Vec<Result<(String, String), String>> {
        Records::new(stream.as_bytes(), "stdin")
            .map(|r| r.map(|d| (d.name, d.text)).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn records_in_order_blank_lines_skipped_extra_keys_ignored() {
        let got = read(
            "{\"file\":\"a.txt\",\"text\":\"Up 5%.\\nNew line.\"}\n\n  \n\
             {\"id\":7,\"text\":\"二\",\"file\":\"b/c.txt\"}",
        );
        assert_eq!(
            got,
            vec![
                Ok(("a.txt".into(), "Up 5%.\nNew line.".into())),
                Ok(("b/c.txt".into(), "二".into())),
            ]
        );
    }

    #[test]
    fn a_bad_record_is_named_by_line_and_file_and_the_stream_goes_on() {
        let got = read(
            "{\"file\":\"a.txt\",\"text\":\"x\"}\n\
             {\"file\":\"b.txt\"}\n\
             {\"file\":\"c.txt\",\"text\":\"y\n\
             {\"text\":\"z\"}\n\
             {\"file\":\"d.txt\",\"text\":\"w\"}\n",
        );
        assert_eq!(got.len(), 5);
        assert_eq!(got[0], Ok(("a.txt".into(), "x".into())));
        assert_eq!(
            got[1],
            Err("stdin:2: b.txt: the record has no \"text\" string; skipped".into())
        );
        let broken = got[2].as_ref().err().cloned().unwrap_or_default();
        assert!(broken.starts_with("stdin:3: not a JSON object"), "{broken}");
        assert_eq!(
            got[3],
            Err("stdin:4: the record has no \"file\" string; skipped".into())
        );
        assert_eq!(got[4], Ok(("d.txt".into(), "w".into())));
    }

    #[test]
    fn invalid_utf8_is_named() {
        let stream = b"{\"file\":\"a.txt\",\"text\":\"\xff\"}\n";
        let got: Vec<_> = Records::new(&stream[..], "s.jsonl")
            .map(|r| r.map_err(|e| e.to_string()).map(|d| d.name))
            .collect();
        assert_eq!(got, vec![Err("s.jsonl:1: not UTF-8; skipped".to_string())]);
    }
}
