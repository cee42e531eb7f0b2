//! Text that is not UTF-8: legacy encodings (GBK/GB18030, Big5,
//! Shift_JIS, windows-1252 …) are detected with `chardetng` (Firefox's
//! detector) and decoded with `encoding_rs`, or decoded as the user says
//! with `--encoding`. The warning names the encoding used, so a wrong
//! guess is visible and can be overridden.
//!
//! A file that is UTF-8 apart from a few bad bytes (a truncated download,
//! one pasted character) stays UTF-8 with U+FFFD replacement characters:
//! when its valid multi-byte characters outnumber its invalid sequences
//! [`UTF8_MAJORITY`] times, it was written as UTF-8. Legacy bytes rarely
//! form valid UTF-8 sequences by accident, so they never pass that test.

use encoding_rs::Encoding;

/// How many valid multi-byte UTF-8 characters per invalid sequence make a
/// text UTF-8 with damage rather than a legacy encoding.
pub const UTF8_MAJORITY: usize = 4;

/// The encoding `--encoding LABEL` names (WHATWG labels: `gbk`,
/// `gb18030`, `big5`, `shift_jis`, `windows-1252`, `latin1`, `utf-8` …).
pub fn from_label(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "unknown encoding '{label}' (try utf-8, gbk, gb18030, big5, shift_jis, \
             windows-1252, iso-8859-1)"
        )
    })
}

/// Whether `bytes` (not valid UTF-8) are mostly UTF-8 all the same.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > invalid.saturating_mul(UTF8_MAJORITY)
}

/// The encoding of `bytes`, which are not valid UTF-8.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Decodes `bytes` of the document `name`, which are not valid UTF-8 (or
/// come with a `forced` encoding), and says how in the warnings.
pub fn decode(
    name: &str,
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    if let Some(encoding) = forced {
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            warnings.push(format!(
                "{name}: invalid {} sequences replaced with U+FFFD",
                encoding.name()
            ));
        }
        return (text.into_owned(), warnings);
    }
    if mostly_utf8(bytes) {
        let first_bad = std::str::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        warnings.push(format!(
            "{name}: invalid UTF-8 at byte {first_bad}; decoded with U+FFFD replacement characters"
        ));
        return (String::from_utf8_lossy(bytes).into_owned(), warnings);
    }
    let encoding = detect(bytes);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let damage = if had_errors {
        ", with U+FFFD for invalid sequences"
    } else {
        ""
    };
    warnings.push(format!(
        "{name}: not UTF-8; decoded as {} (detected{damage}; choose with --encoding)",
        encoding.name()
    ));
    (text.into_owned(), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    #[test]
    fn windows_1252_euro_amounts_survive() {
        let bytes = encoded(
            "The café budget rose to €40m, up 5% on the year’s €38m.",
            encoding_rs::WINDOWS_1252,
        );
        let (text, warnings) = decode("a.txt", &bytes, None);
        assert_eq!(
            text,
            "The café budget rose to €40m, up 5% on the year’s €38m."
        );
        assert_eq!(
            warnings,
            ["a.txt: not UTF-8; decoded as windows-1252 (detected; choose with --encoding)"]
        );
    }

    #[test]
    fn gbk_chinese_is_detected() {
        let report = "北京市全年地区生产总值增长5.2%，一般公共预算收入增长8.2%。\
                      城镇调查失业率控制在4.4%，居民人均可支配收入增长5.6%。";
        let (text, warnings) = decode("zh.txt", &encoded(report, encoding_rs::GBK), None);
        assert_eq!(text, report);
        assert_eq!(
            warnings,
            ["zh.txt: not UTF-8; decoded as GBK (detected; choose with --encoding)"]
        );
    }

    #[test]
    fn forced_encoding_wins_over_detection() {
        let bytes = encoded("Größe 5%", encoding_rs::WINDOWS_1252);
        let latin1 = from_label("latin1").ok();
        assert_eq!(latin1.map(Encoding::name), Some("windows-1252"));
        let (text, warnings) = decode("a.txt", &bytes, latin1);
        assert_eq!(text, "Größe 5%");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(from_label("klingon").is_err());
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "增长5%，下降3%，人均收入增长".as_bytes().to_vec();
        bytes.push(0xFF);
        let (text, warnings) = decode("a.txt", &bytes, None);
        assert_eq!(text, "增长5%，下降3%，人均收入增长\u{FFFD}");
        assert_eq!(
            warnings,
            ["a.txt: invalid UTF-8 at byte 40; decoded with U+FFFD replacement characters"]
        );
    }
}
