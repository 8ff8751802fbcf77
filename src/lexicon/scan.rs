//! The dictionary scan: every dictionary word in a text, overlapping matches included,
//! in one pass of one Aho-Corasick automaton.
//!
//! **Why the words are re-encoded.** Run over UTF-8, the automaton takes three steps for
//! every Han character, each a lookup into an automaton of 40,000 words (mostly place
//! names) that does not fit in the cache. Only the few thousand characters that occur in some
//! dictionary word matter, so each of them gets a code of its own, two bytes long
//! (three beyond the first [`TWO_BYTE_CODES`]), and the automaton is built over the
//! encoded words: two steps per character, a smaller automaton, and no UTF-8 copy of
//! the text. A character that is in no word gets no code: no match can span it, so
//! the scan just goes back to the start state there (what a reserved byte that no
//! word holds would do, without the step).
//!
//! **Why no match can start or end inside a character.** A code is a lead byte
//! (`0x80..=0xFF`) followed by one or two trail bytes (`0x00..=0x7F`), and the lead
//! byte says how many. Every word starts with a lead byte, and in the encoded text a
//! lead byte is always the first byte of a character's code, so a match starts at a
//! character; the lead byte then fixes the length of each code, so the word's codes
//! line up with the text's, one character for one. Matches are read only after a
//! character's last byte, so they end at a character too.
//!
//! The automaton is the crate's contiguous NFA used through its `Automaton` trait
//! (not the `AhoCorasick` wrapper, whose iterator returns to the caller once per
//! match and reports byte offsets): the loop below steps it itself and turns each
//! match into a char span with the word's length in chars. The DFA was tried: over
//! ten times the memory (150 MB), a build of 200 ms, and a slower scan.

use super::Hit;
use super::chartable::CharTable;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use anyhow::{Context, Result, bail};

/// Characters with a two-byte code: lead bytes `0x80..0xB0`, 128 trail bytes each.
/// The dictionaries use about 3,300 characters.
const TWO_BYTE_CODES: usize = 48 * 128;

/// The first lead byte of a three-byte code: `0xB0..=0xFF` then two trail bytes,
/// 80 × 128 × 128 codes, more than there are characters.
const THREE_BYTE_LEAD: u8 = 0xB0;

/// The code of the character of rank `rank` (0 = the one the words use most), its
/// bytes packed little end first into a `u32`, so 0 stands for "no code".
fn code(rank: usize) -> Option<u32> {
    let (lead, trail) = if rank < TWO_BYTE_CODES {
        (0x80 + (rank >> 7), rank & 0x7F)
    } else {
        let r = rank - TWO_BYTE_CODES;
        let lead = usize::from(THREE_BYTE_LEAD) + (r >> 14);
        (lead, (r >> 7 & 0x7F) | (r & 0x7F) << 8)
    };
    let lead = u32::try_from(lead).ok().filter(|&l| l <= 0xFF)?;
    Some(lead | (trail as u32) << 8)
}

/// The bytes of a packed code.
fn bytes(code: u32) -> impl Iterator<Item = u8> {
    let len = if (code as u8) < THREE_BYTE_LEAD { 2 } else { 3 };
    (0..len).map(move |k| (code >> (8 * k)) as u8)
}

/// The automaton over the encoded words, and what it takes to use it.
pub(super) struct Scanner {
    /// The code of each dictionary character; 0 for the others.
    codes: CharTable<u32>,
    nfa: NFA,
    start: StateID,
    /// The length in chars of each word, by pattern id.
    lens: Vec<u32>,
}

impl Scanner {
    /// Build the scanner of `words` (pattern id = index; none empty).
    pub(super) fn new(words: &[String]) -> Result<Scanner> {
        // Rank the characters by how often the words use them, so that the two-byte
        // codes go to the common ones.
        // (A char table, not a hash map: 120,000 chars are counted at every start.)
        let mut count: CharTable<u32> = CharTable::default();
        let mut seen: Vec<char> = Vec::new();
        for w in words {
            for c in w.chars() {
                let n = count.get(c);
                if n == 0 {
                    seen.push(c);
                }
                count.insert(c, n + 1);
            }
        }
        let mut chars: Vec<(char, u32)> = seen.into_iter().map(|c| (c, count.get(c))).collect();
        chars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut codes = CharTable::default();
        for (rank, &(c, _)) in chars.iter().enumerate() {
            let Some(code) = code(rank) else {
                bail!("more distinct characters in the dictionaries than codes");
            };
            codes.insert(c, code);
        }
        let encoded: Vec<Vec<u8>> = words
            .iter()
            .map(|w| w.chars().flat_map(|c| bytes(codes.get(c))).collect())
            .collect();
        let nfa = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            // Dense transitions for the start state only. Dense states after a lead
            // byte too (depth 2) scan 3% faster on their own but take 4.3 MB instead
            // of 2.7, and no faster in the whole pipeline, where the cache is shared
            // with jieba; depth 3 is slower and triples the memory.
            .dense_depth(1)
            .build(&encoded)
            .context("building the dictionary automaton")?;
        let start = nfa
            .start_state(Anchored::No)
            .context("the dictionary automaton has no start state")?;
        Ok(Scanner {
            codes,
            nfa,
            start,
            lens: words.iter().map(|w| w.chars().count() as u32).collect(),
        })
    }

    /// Every word in `text` (char positions), overlapping matches included, sorted by
    /// start then longest first.
    pub(super) fn scan(&self, text: &[char]) -> Vec<Hit> {
        let nfa = &self.nfa;
        let mut hits: Vec<Hit> = Vec::new();
        let mut sid = self.start;
        for (i, &c) in text.iter().enumerate() {
            let code = self.codes.get(c);
            if code == 0 {
                sid = self.start;
                continue;
            }
            sid = nfa.next_state(Anchored::No, sid, code as u8);
            sid = nfa.next_state(Anchored::No, sid, (code >> 8) as u8);
            if code as u8 >= THREE_BYTE_LEAD {
                sid = nfa.next_state(Anchored::No, sid, (code >> 16) as u8);
            }
            if !(nfa.is_special(sid) && nfa.is_match(sid)) {
                continue;
            }
            for k in 0..nfa.match_len(sid) {
                let word = nfa.match_pattern(sid, k);
                let len = self.lens.get(word.as_usize()).copied().unwrap_or(0) as usize;
                let hit = Hit {
                    start: (i + 1).saturating_sub(len),
                    end: i + 1,
                    word: word.as_u32(),
                };
                // Matches come by end, so every hit so far ends at or before this
                // one: it goes before those that start where it does or later (at
                // the same start, they are shorter). Only the hits inside this word
                // move, a few at most: cheaper than sorting afterwards.
                let mut at = hits.len();
                while at > 0 && hits[at - 1].start >= hit.start {
                    at -= 1;
                }
                hits.insert(at, hit);
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(words: &[&str], text: &str) -> Vec<(usize, usize, String)> {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let s = Scanner::new(&words).unwrap();
        let text: Vec<char> = text.chars().collect();
        s.scan(&text)
            .into_iter()
            .map(|h| (h.start, h.end, words[h.word as usize].clone()))
            .collect()
    }

    #[test]
    fn codes_are_prefix_free_and_cover_every_char() {
        assert_eq!(code(0), Some(0x0080));
        assert_eq!(bytes(code(TWO_BYTE_CODES - 1).unwrap()).count(), 2);
        assert_eq!(bytes(code(TWO_BYTE_CODES).unwrap()).count(), 3);
        assert!(code(TWO_BYTE_CODES + 0x110000).is_some());
        for rank in [0, 127, 128, TWO_BYTE_CODES - 1, TWO_BYTE_CODES, 1 << 20] {
            let b: Vec<u8> = bytes(code(rank).unwrap()).collect();
            assert!(b[0] >= 0x80 && b[1..].iter().all(|&t| t < 0x80), "{b:?}");
        }
    }

    #[test]
    fn overlapping_hits_by_start_then_longest() {
        let hits = scan(
            &["北京", "北京市", "京市", "市", "海淀区"],
            "在北京市海淀区。北京",
        );
        let want = [
            (1, 3, "北京"),
            (1, 4, "北京市"),
            (2, 4, "京市"),
            (3, 4, "市"),
            (4, 7, "海淀区"),
            (8, 10, "北京"),
        ];
        let mut want: Vec<(usize, usize, String)> = want
            .iter()
            .map(|&(a, b, w)| (a, b, w.to_string()))
            .collect();
        want.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        assert_eq!(hits, want);
    }

    #[test]
    fn chars_outside_the_words_and_the_bmp() {
        // Unknown chars (𠀀, private use, a nul) break no scan and match nothing.
        let hits = scan(
            &["𠮷野", "a\u{E000}"],
            "\u{0}𠀀𠮷野\u{E000}a\u{E000}\u{10FFFF}",
        );
        assert_eq!(
            hits,
            vec![(2, 4, "𠮷野".to_string()), (5, 7, "a\u{E000}".to_string())]
        );
        assert!(scan(&["市"], "").is_empty());
    }

    #[test]
    fn three_byte_codes_beyond_the_two_byte_range() {
        // More distinct characters than two-byte codes: the rare ones get three bytes.
        let mut words: Vec<String> = (0..TWO_BYTE_CODES as u32 + 300)
            .filter_map(|k| char::from_u32(0x4E00 + k))
            .map(|c| format!("{c}{c}"))
            .collect();
        words.push("一丁".to_string());
        let last = words[words.len() - 2].clone();
        let s = Scanner::new(&words).unwrap();
        let text: Vec<char> = format!("{last}一丁丁").chars().collect();
        let hits: Vec<(usize, usize, &str)> = s
            .scan(&text)
            .iter()
            .map(|h| (h.start, h.end, words[h.word as usize].as_str()))
            .collect();
        assert_eq!(
            hits,
            vec![(0, 2, last.as_str()), (2, 4, "一丁"), (3, 5, "丁丁")]
        );
    }

    /// Every substring of the text that is a word, by start then longest first.
    fn naive(words: &[String], text: &[char]) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        for a in 0..text.len() {
            for b in (a + 1..=text.len()).rev() {
                let s: String = text[a..b].iter().collect();
                if let Some(k) = words.iter().position(|w| *w == s) {
                    out.push((a, b, k as u32));
                }
            }
        }
        out
    }

    /// A few characters of every kind: Han, ASCII, outside the BMP, private use.
    const ALPHABET: [char; 10] = [
        '市',
        '县',
        '北',
        '京',
        'a',
        '1',
        '𠮷',
        '\u{E000}',
        '\u{10FFFF}',
        '。',
    ];

    proptest::proptest! {
        #[test]
        fn the_same_hits_as_every_substring_looked_up(
            words in proptest::collection::hash_set(
                proptest::collection::vec(0..ALPHABET.len(), 1..5), 1..30),
            text in proptest::collection::vec(0..ALPHABET.len(), 0..60),
        ) {
            let words: Vec<String> = words
                .iter()
                .map(|w| w.iter().map(|&k| ALPHABET[k]).collect())
                .collect();
            let text: Vec<char> = text.iter().map(|&k| ALPHABET[k]).collect();
            let got: Vec<(usize, usize, u32)> = Scanner::new(&words)
                .unwrap()
                .scan(&text)
                .iter()
                .map(|h| (h.start, h.end, h.word))
                .collect();
            proptest::prop_assert_eq!(got, naive(&words, &text));
        }
    }
}
