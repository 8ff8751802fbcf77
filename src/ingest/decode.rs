//! Decoding bytes to text.
//!
//! Chinese news arrives in whatever encoding the site or archive used: UTF-8 (with or
//! without a BOM), UTF-16 from Windows tools, GB18030/GBK from mainland sites and Big5
//! from Taiwan and Hong Kong. Nothing labels the encoding, so it is detected per file:
//!
//! 1. A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE); the BOM is dropped.
//!    UTF-16 without a BOM (some Windows exports) is recognized when its first
//!    [`SNIFF_LEN`] bytes read, in one byte order only, as plausible text: well-formed
//!    UTF-16, no control characters, nearly all Han, CJK punctuation, full-width forms
//!    or printable ASCII ([`utf16_without_bom`]).
//! 2. Files that are clearly not text (image/archive/executable magic numbers, NUL bytes,
//!    many control characters) are refused with [`DecodeError::NotText`], so a stray
//!    PNG in a corpus folder does not become a document full of U+FFFD.
//! 3. Valid UTF-8 is UTF-8. UTF-8 with a few broken bytes (a truncated download, one
//!    bad paste) is still UTF-8: legacy Chinese text is almost never mostly-valid UTF-8
//!    by accident, so the ratio of valid to invalid sequences tells the two apart.
//! 4. Otherwise `chardetng` guesses. Its generic guess may pick e.g. EUC-KR or a
//!    single-byte code page for a short Chinese text, so when GBK or Big5 is still a
//!    plausible reading it is asked again as for a Chinese-language site (where only
//!    GBK and Big5 compete): this corpus is Chinese news, so a Chinese reading wins.
//!
//! Decoding never fails on bad bytes: they become U+FFFD and [`Decoded::had_errors`] is
//! set so the caller can warn.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{BIG5, Encoding, GB18030, GBK, UTF_8, UTF_16BE, UTF_16LE};

/// Text decoded from bytes, with how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The WHATWG name of the encoding used (`"UTF-8"`, `"UTF-16LE"`, `"GBK"`, `"Big5"`, ...).
    pub encoding: &'static str,
    /// True when some bytes were invalid in that encoding and were replaced by U+FFFD.
    pub had_errors: bool,
}

/// Why bytes could not be decoded as text.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The bytes look like a binary file (image, archive, executable, ...).
    #[error("not a text file (binary content)")]
    NotText,
}

/// How many leading bytes the binary sniffing looks at. Binary formats show their
/// nature in their headers; scanning a 100 MB text file to the end would only cost time.
const SNIFF_LEN: usize = 8 * 1024;

/// How many bytes past the first non-ASCII byte are fed to the detector. A megabyte of
/// Chinese text settles the guess; feeding all of a huge file would only cost time.
const DETECT_LEN: usize = 1024 * 1024;

/// Decode a whole file (or stdin) to text, detecting its encoding.
///
/// Empty input is empty text. Never panics; runs in time linear in the input with
/// only one full pass over the bytes besides the decoding itself.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Ok(Decoded {
            text: String::new(),
            encoding: UTF_8.name(),
            had_errors: false,
        });
    }
    if has_binary_magic(bytes) {
        return Err(DecodeError::NotText);
    }
    // A BOM is an explicit label, so it beats every heuristic. UTF-16 is checked here,
    // before the NUL test, because UTF-16 text is full of NUL bytes.
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 && looks_binary(body) {
            return Err(DecodeError::NotText);
        }
        return Ok(decode_with(encoding, body));
    }
    // Before the NUL test too: UTF-16 without a BOM has a NUL in every ASCII character.
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(decode_with(encoding, bytes));
    }
    if looks_binary(bytes) {
        return Err(DecodeError::NotText);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            had_errors: false,
        });
    }
    if mostly_utf8(bytes) {
        return Ok(decode_with(UTF_8, bytes));
    }
    Ok(decode_with(guess_legacy(bytes), bytes))
}

/// Decode `bytes` (BOM already removed) with `encoding`, replacing invalid sequences.
fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        had_errors,
    }
}

/// True when the file starts with the magic number of a common binary format.
///
/// Only formats likely to sit next to news text (scraped images, PDFs, archives,
/// executables) are listed; anything else binary is caught by [`looks_binary`].
fn has_binary_magic(bytes: &[u8]) -> bool {
    const MAGICS: &[&[u8]] = &[
        b"\x89PNG\r\n\x1a\n", // PNG
        b"\xff\xd8\xff",      // JPEG
        b"GIF87a",            // GIF
        b"GIF89a",            // GIF
        b"%PDF-",             // PDF
        b"PK\x03\x04",        // ZIP (also docx, xlsx, jar, epub)
        b"PK\x05\x06",        // empty ZIP
        b"PK\x07\x08",        // spanned ZIP
        b"\x7fELF",           // ELF executable
        b"\x1f\x8b",          // gzip
    ];
    if MAGICS.iter().any(|m| bytes.starts_with(m)) {
        return true;
    }
    // "MZ" alone could start a plain text ("MZ-3 ..."), so a PE/DOS executable is only
    // recognized when its header also has the binary bytes every such header has.
    bytes.starts_with(b"MZ") && bytes[..bytes.len().min(64)].contains(&0)
}

/// True when the first [`SNIFF_LEN`] bytes look binary: any NUL byte, or more than one
/// in ten bytes being a control character that text does not use.
///
/// Tab, line feed, carriage return and form feed (page breaks in old news archives) are
/// text; so is ESC, which stateful encodings such as ISO-2022 use. Everything else
/// below 0x20, and DEL, counts as binary.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    controls * 10 > sample.len()
}

/// The byte order of UTF-16 text without a BOM, when its first [`SNIFF_LEN`] bytes
/// read as plausible text in exactly one of the two orders.
///
/// Text that is valid UTF-8 without NUL bytes is never taken for UTF-16. Otherwise the
/// sample must decode without an unpaired surrogate, hold no control character other
/// than tab, line feed, carriage return and form feed, and consist of at least 95%
/// Han, CJK punctuation, full-width forms, general punctuation, Latin letters and
/// printable ASCII. GBK or Big5 bytes read as UTF-16 land mostly in Hangul, Yi,
/// surrogates and private use, and a binary file in controls, so neither passes.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    if sample.len() < 4 {
        return None;
    }
    let plain_utf8 = !sample.contains(&0)
        && match std::str::from_utf8(sample) {
            Ok(_) => true,
            // A sample cut inside a character is still UTF-8.
            Err(e) => e.error_len().is_none(),
        };
    if plain_utf8 {
        return None;
    }
    let nul_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    // Pairs of ASCII bytes read as Han characters either way (`ab` is U+6261 or
    // U+6162), so ASCII with a stray NUL would pass as UTF-16. Without a byte above
    // 0x7F, UTF-16 is text that is mostly ASCII, and then half the bytes of one
    // parity or more are NUL (the high halves of the ASCII characters).
    if !sample.iter().any(|&b| b >= 0x80) && even.max(odd) * 4 < sample.len() {
        return None;
    }
    let le = plausible_utf16(sample, u16::from_le_bytes);
    let be = plausible_utf16(sample, u16::from_be_bytes);
    match (le, be) {
        (true, false) => Some(UTF_16LE),
        (false, true) => Some(UTF_16BE),
        // Mostly ASCII reads as text both ways (`a\0` is U+0061 or U+6100): the NUL
        // bytes are the high halves, second in little-endian, first in big-endian.
        (true, true) if odd > even => Some(UTF_16LE),
        (true, true) if even > odd => Some(UTF_16BE),
        _ => None,
    }
}

/// Does `sample` (an even number of bytes) read as text in this byte order?
fn plausible_utf16(sample: &[u8], unit: fn([u8; 2]) -> u16) -> bool {
    let units = sample.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut chars = char::decode_utf16(units).peekable();
    let mut total = 0usize;
    let mut likely = 0usize;
    while let Some(c) = chars.next() {
        let c = match c {
            Ok(c) => c,
            // A surrogate pair cut by the end of the sample is not an error.
            Err(_) if chars.peek().is_none() => break,
            Err(_) => return false,
        };
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}') {
            return false;
        }
        total += 1;
        let cp = c as u32;
        if c.is_ascii()
            || matches!(cp,
                0x00A0..=0x024F       // Latin-1 and Latin Extended (pinyin)
                | 0x2000..=0x206F     // general punctuation (“”…—)
                | 0x3000..=0x303F     // CJK punctuation
                | 0x3400..=0x4DBF     // CJK Extension A
                | 0x4E00..=0x9FFF     // CJK Unified Ideographs
                | 0xF900..=0xFAFF     // CJK Compatibility Ideographs
                | 0xFF00..=0xFFEF)
        // full-width forms
        {
            likely += 1;
        }
    }
    total > 0 && likely * 100 >= total * 95
}

/// True when invalid UTF-8 is rare next to valid multi-byte sequences: UTF-8 text with
/// a few damaged bytes rather than text in a legacy encoding.
///
/// GBK and Big5 byte pairs form a valid UTF-8 sequence only now and then, and every few
/// characters produce an invalid one, so a legacy text never reaches a ratio of eight
/// valid characters to one invalid sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        // Count non-ASCII chars without decoding: each has exactly one lead byte.
        valid_multibyte += valid.bytes().filter(|&b| b >= 0xc0).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multibyte >= invalid.saturating_mul(8)
}

/// Guess the legacy encoding of bytes that are not UTF-8, preferring a Chinese reading.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let first_non_ascii = bytes.iter().position(|&b| b >= 0x80).unwrap_or(bytes.len());
    let end = first_non_ascii.saturating_add(DETECT_LEN).min(bytes.len());
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    // `last` is only true when the whole input was fed: a cut-off tail must not be
    // judged as a truncated (invalid) final character.
    detector.feed(&bytes[..end], end == bytes.len());
    let generic = detector.guess(None, Utf8Detection::Deny);
    if is_chinese(generic) {
        return generic;
    }
    // As for a site under `.sg`, where GBK and Big5 are both native: chardetng then
    // scores only those two (GBK winning a tie, as mainland news is the common case),
    // unless both are impossible, when it falls back to its generic guess.
    let chinese = detector.guess(Some(b"sg"), Utf8Detection::Deny);
    if is_chinese(chinese) {
        chinese
    } else {
        generic
    }
}

/// True for the encodings of Chinese text that this detector prefers.
fn is_chinese(encoding: &'static Encoding) -> bool {
    encoding == GBK || encoding == GB18030 || encoding == BIG5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_is_empty_text() {
        let d = decode(b"").expect("empty decodes");
        assert_eq!(d.text, "");
        assert!(!d.had_errors);
    }

    #[test]
    fn utf16be_with_bom() {
        let mut bytes = vec![0xfe, 0xff];
        for u in "市长".encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        let d = decode(&bytes).expect("utf-16be decodes");
        assert_eq!(d.text, "市长");
        assert_eq!(d.encoding, "UTF-16BE");
    }

    fn utf16(text: &str, be: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() })
            .collect()
    }

    #[test]
    fn utf16_without_bom_in_either_order() {
        for text in [
            "副市长王建国出席签约仪式。",
            "Mayor Wang, 10月12日: 副市长王建国出席(fù)签约仪式。\r\n",
            "plain ASCII text only\n",
        ] {
            for be in [false, true] {
                let d = decode(&utf16(text, be)).expect("utf-16 decodes");
                assert_eq!(d.text, text, "be={be}");
                assert_eq!(d.encoding, if be { "UTF-16BE" } else { "UTF-16LE" });
                assert!(!d.had_errors);
            }
        }
        // a truncated last unit is a replaced byte, not a binary file
        let mut bytes = utf16("副市长王建国", false);
        bytes.push(0x42);
        let d = decode(&bytes).expect("decodes");
        assert!(d.text.starts_with("副市长王建国") && d.had_errors);
    }

    #[test]
    fn gbk_and_big5_are_not_taken_for_utf16() {
        let text = "副市长王建国出席签约仪式，县委书记刘志强主持会议。";
        let (gbk, _, _) = GBK.encode(text);
        assert_eq!(decode(&gbk).expect("gbk").encoding, "GBK");
        let (big5, _, _) = BIG5.encode("哈爾濱市委副書記、市長石忠信與客人舉行會談。");
        assert_eq!(decode(&big5).expect("big5").encoding, "Big5");
    }

    #[test]
    fn nul_without_bom_is_binary() {
        assert!(matches!(decode(b"abc\0def"), Err(DecodeError::NotText)));
        assert!(matches!(
            decode(b"abcdefgh\0ijklmnop\0qrstuvw"),
            Err(DecodeError::NotText)
        ));
    }

    #[test]
    fn mz_text_is_not_an_executable() {
        let d = decode(b"MZ-3 rocket").expect("text starting with MZ");
        assert_eq!(d.text, "MZ-3 rocket");
        assert!(decode(b"MZ\x90\0\x03\0\0\0").is_err());
    }

    #[test]
    fn control_characters_are_binary() {
        let bytes: Vec<u8> = (0..1000u32).map(|i| (i % 8) as u8 + 1).collect();
        assert!(matches!(decode(&bytes), Err(DecodeError::NotText)));
        assert!(decode(b"page one\x0cpage two\r\n").is_ok());
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        // A cheap deterministic generator stands in for a fuzzer.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for len in 0..300 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    // Move control bytes up so that most inputs get past the
                    // binary check and reach the detector.
                    let b = (state >> 24) as u8;
                    if b < 0x20 { b | 0x80 } else { b }
                })
                .collect();
            let _ = decode(&bytes);
        }
    }
}
