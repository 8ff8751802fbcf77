//! jieba's tokens, segmented only where a rule asks.
//!
//! Recognition reads jieba as one signal among several: whether a word boundary falls
//! at a position, and the part of speech of the token covering it. Most of a text is
//! never asked about (no dictionary hit, title or suffix nearby), so segmenting every
//! line up front spent most of the pipeline's time on answers nobody read.
//!
//! jieba itself cuts a text into *blocks*, maximal runs of the characters of its
//! `RE_HAN_DEFAULT` class (CJK ideographs, ASCII letters and digits, `+#&._%-`), and
//! segments each block on its own; every other character is a token by itself. So a
//! block can be segmented alone, the first time a position inside it is asked about,
//! and the tokens are exactly those of segmenting the whole line
//! (`lazy_tokens_equal_segmenting_every_line` in the tests checks this). A position
//! next to a character outside the blocks is a boundary without segmenting anything.
//!
//! A token's tag is read through `lexicon::Retag`: the tag `jieba_words.txt` gives a
//! word of jieba's own dictionary, where jieba-rs would keep its dictionary's.

use super::PosTag;
use crate::lexicon::Retag;
use jieba_rs::Jieba;
use std::cell::RefCell;
use std::collections::HashMap;

/// Is `c` in jieba's block class (`is_han_default` in jieba-rs 0.11: CJK Unified
/// Ideographs and their extensions, compatibility ideographs, ASCII alphanumerics
/// and `+#&._%-`)?
pub fn in_block(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-');
    }
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2B73F}'
        | '\u{2B740}'..='\u{2B81F}'
        | '\u{2B820}'..='\u{2CEAF}'
        | '\u{2CEB0}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
    )
}

/// A position's token, once its block is segmented: start, end, tag.
#[derive(Clone, Copy)]
struct Slot {
    start: u32,
    end: u32,
    tag: PosTag,
}

const UNSEEN: u32 = u32::MAX;

/// The tokens of one text, filled in a block at a time.
pub struct Tokens<'a> {
    text: &'a [char],
    jieba: &'a Jieba,
    retag: &'a Retag,
    slots: RefCell<Vec<Slot>>,
    /// Tags of the characters outside the blocks, looked up once each.
    single: RefCell<HashMap<char, PosTag>>,
    /// The block being segmented, as the string jieba reads.
    block: RefCell<String>,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a [char], jieba: &'a Jieba, retag: &'a Retag) -> Tokens<'a> {
        let unseen = Slot {
            start: UNSEEN,
            end: UNSEEN,
            tag: PosTag::new("x"),
        };
        Tokens {
            text,
            jieba,
            retag,
            slots: RefCell::new(vec![unseen; text.len()]),
            single: RefCell::new(HashMap::new()),
            block: RefCell::new(String::new()),
        }
    }

    /// Does a token start or end at `i`?
    pub fn bound(&self, i: usize) -> bool {
        let n = self.text.len();
        if i == 0 || i >= n || !in_block(self.text[i - 1]) || !in_block(self.text[i]) {
            return true;
        }
        self.at(i).is_some_and(|(s, _, _)| s == i)
    }

    /// The token covering `i`: (start, end, tag).
    pub fn at(&self, i: usize) -> Option<(usize, usize, PosTag)> {
        let c = *self.text.get(i)?;
        if !in_block(c) {
            return Some((i, i + 1, self.single_tag(c)));
        }
        let seen = self.slots.borrow()[i];
        let slot = if seen.start == UNSEEN {
            self.segment_block(i);
            self.slots.borrow()[i]
        } else {
            seen
        };
        Some((slot.start as usize, slot.end as usize, slot.tag))
    }

    /// Every token of the text, in order.
    pub fn all(&self) -> Vec<(usize, usize, PosTag)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(t) = self.at(i) {
            i = t.1.max(i + 1);
            out.push(t);
        }
        out
    }

    /// The tag jieba gives a character outside the blocks, a token by itself (a line
    /// break is `x` without asking).
    fn single_tag(&self, c: char) -> PosTag {
        if c == '\n' {
            return PosTag::new("x");
        }
        if let Some(t) = self.single.borrow().get(&c) {
            return *t;
        }
        let s = c.to_string();
        let tag = self
            .jieba
            .tag(&s, true)
            .first()
            .map_or(PosTag::new("x"), |t| PosTag::new(t.tag));
        self.single.borrow_mut().insert(c, tag);
        tag
    }

    /// Segment the block around `i` and fill its slots.
    fn segment_block(&self, i: usize) {
        let t = self.text;
        let mut a = i;
        while a > 0 && in_block(t[a - 1]) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < t.len() && in_block(t[b]) {
            b += 1;
        }
        // (one buffer for every block of the text: no allocation per block)
        let mut block = self.block.borrow_mut();
        block.clear();
        block.extend(&t[a..b]);
        let mut slots = self.slots.borrow_mut();
        let mut pos = a;
        for tok in self.jieba.tag(&block, true) {
            let len = tok.end - tok.start;
            let end = (pos + len).min(b);
            let slot = Slot {
                start: pos as u32,
                end: end as u32,
                tag: PosTag::new(self.retag.tag(tok.word, tok.tag)),
            };
            slots[pos..end].fill(slot);
            pos = end;
        }
        // Whatever jieba did not cover (it covers everything) stays a token per char.
        for k in pos..b {
            slots[k] = Slot {
                start: k as u32,
                end: k as u32 + 1,
                tag: PosTag::new("x"),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Segmenting every line whole, as jieba would be run on a page.
    fn eager(text: &[char], jieba: &Jieba) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, &c) in text.iter().chain(std::iter::once(&'\n')).enumerate() {
            if c != '\n' {
                continue;
            }
            let line: String = text[start..i].iter().collect();
            let mut pos = start;
            for t in jieba.tag(&line, true) {
                let len = t.word.chars().count();
                out.push((pos, pos + len, t.tag.to_string()));
                pos += len;
            }
            if i < text.len() {
                out.push((i, i + 1, "x".to_string()));
            }
            start = i + 1;
        }
        out
    }

    #[test]
    fn lazy_tokens_equal_segmenting_every_line() {
        let jieba = Jieba::new();
        let page = include_str!("../../examples/heze-kfq.txt");
        let odd = "C919大飞机、5G+工业互联网 和 R&D_2.0%-3\r\n\
                   王小明(Wang)、㐂𠀋字 ，“一带一路”\t倡议  ……\n\n末行";
        for text in [page, odd, "", "\n", "中"] {
            let chars: Vec<char> = text.chars().collect();
            let retag = Retag::default();
            let lazy = Tokens::new(&chars, &jieba, &retag);
            // Ask about positions out of order, as rules do, then read everything.
            for i in (0..chars.len()).rev().step_by(7) {
                lazy.at(i);
            }
            let got: Vec<(usize, usize, String)> = lazy
                .all()
                .into_iter()
                .map(|(s, e, t)| (s, e, t.to_string()))
                .collect();
            let want = eager(&chars, &jieba);
            assert_eq!(got, want, "{text}");
            for i in 0..=chars.len() {
                let starts = i == chars.len() || want.iter().any(|t| t.0 == i);
                assert_eq!(lazy.bound(i), starts, "bound at {i} in {text}");
            }
        }
    }
}
