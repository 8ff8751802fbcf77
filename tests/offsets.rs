//! Offsets are always right (property tests): for any text, every entity's
//! `start..end` lies inside the document and the original slice, cleaned, is its
//! `text`. Cleaning removes only white space (layout line breaks, indentation) and
//! pinyin annotations after a Han character; full-width forms, emoji and combining
//! marks stay as written.
//!
//! The texts mix fragments of the example page with those insertions at random
//! places. Each property runs 128 cases by default (`PROPTEST_CASES=5000` for a
//! longer hunt); a failure is shrunk to a small text and saved under
//! `proptest-regressions/`.

use guanxi::lexicon::Lexicon;
use guanxi::{Analysis, Document, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

const PAGE: &str = include_str!("../examples/heze-kfq.txt");

/// Pinyin annotations as re-posting sites write them; removed after a Han character.
const PINYIN: [&str; 5] = ["(fù)", "(shì)", "（zhǎng）", "(jiàn)", "(guó)"];

/// What is inserted into the page fragments.
const INSERTS: [&str; 30] = [
    // layout breaks and indentation
    "\n",
    "\n\n",
    "\r\n",
    " \n",
    "\n\u{3000}\u{3000}",
    "\n    ",
    " ",
    "\t",
    "\u{3000}",
    // full-width forms
    "（",
    "）",
    "２０２４",
    "ＡＢＣ",
    "：",
    "，",
    // emoji (with a skin tone, a flag, a ZWJ family, a variation selector)
    "👍",
    "👍🏽",
    "🇨🇳",
    "👨\u{200d}👩\u{200d}👧",
    "\u{fe0f}",
    // combining marks and invisible characters
    "\u{301}",
    "e\u{301}\u{302}",
    "\u{20e3}",
    "\u{200b}",
    "\u{feff}",
    // pinyin annotations
    PINYIN[0],
    PINYIN[1],
    PINYIN[2],
    PINYIN[3],
    PINYIN[4],
];

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded lexicon")))
}

fn page_chars() -> &'static [char] {
    static C: OnceLock<Vec<char>> = OnceLock::new();
    C.get_or_init(|| PAGE.chars().collect())
}

/// A stretch of the example page (`start`, `len` scaled to the page), with
/// `inserts` (position in the stretch, which insertion) applied.
fn fragment(start: usize, len: usize, inserts: &[(usize, usize)]) -> String {
    let chars = page_chars();
    let start = start % chars.len();
    let end = (start + len).min(chars.len());
    let mut out: Vec<String> = chars[start..end].iter().map(|c| c.to_string()).collect();
    for &(at, which) in inserts {
        let at = at % (out.len() + 1);
        out.insert(at, INSERTS[which % INSERTS.len()].to_string());
    }
    out.concat()
}

fn fragment_strategy() -> impl Strategy<Value = String> {
    (
        any::<usize>(),
        1usize..400,
        prop::collection::vec((any::<usize>(), any::<usize>()), 0..24),
    )
        .prop_map(|(start, len, inserts)| fragment(start, len, &inserts))
}

/// One to four page fragments, with insertions, joined by a paragraph break, a line
/// break or nothing.
fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment_strategy(), 0usize..3), 1..5).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, sep)| f + ["\n\n", "\n", ""][sep])
            .collect()
    })
}

/// Remove what cleaning removes: white space and the pinyin annotations.
fn cleaned(s: &str) -> String {
    let mut s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    for p in PINYIN {
        s = s.replace(p, "");
    }
    s
}

fn analyze(text: &str) -> Analysis {
    pipeline().analyze(&Document {
        id: "prop".into(),
        text: text.to_string(),
        ..Default::default()
    })
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let a = analyze(text);
    let chars: Vec<char> = text.chars().collect();
    for e in &a.entities {
        prop_assert!(
            e.start < e.end && e.end <= chars.len(),
            "{e:?} outside 0..{}",
            chars.len()
        );
        prop_assert!(!e.text.is_empty(), "{e:?}");
        prop_assert!(!e.text.contains(char::is_whitespace), "{e:?}");
        let slice: String = chars[e.start..e.end].iter().collect();
        prop_assert_eq!(cleaned(&slice), cleaned(&e.text), "{:?} in {:?}", e, slice);
        // the slice starts and ends on the entity, not on removed white space
        prop_assert!(!chars[e.start].is_whitespace() && !chars[e.end - 1].is_whitespace());
    }
    for art in &a.articles {
        prop_assert!(art.start <= art.end && art.end <= chars.len(), "{art:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128),
        ..ProptestConfig::default()
    })]

    #[test]
    fn page_fragments_with_insertions_keep_offsets(text in text_strategy()) {
        check(&text)?;
    }

    /// Any characters at all, weighted towards the page's own and the insertions.
    #[test]
    fn arbitrary_characters_keep_offsets(
        parts in prop::collection::vec(
            prop_oneof![
                3 => (0usize..7000).prop_map(|i| page_chars()[i % page_chars().len()].to_string()),
                1 => (0usize..INSERTS.len()).prop_map(|i| INSERTS[i].to_string()),
                1 => any::<char>().prop_map(|c| c.to_string()),
            ],
            0..300,
        )
    ) {
        check(&parts.concat())?;
    }
}

/// The whole example page, with every kind of insertion at fixed places.
#[test]
fn the_example_page_with_each_insertion_keeps_offsets() {
    for (which, insert) in INSERTS.iter().enumerate() {
        let inserts: Vec<(usize, usize)> = (0..40).map(|k| (k * 173 + 11, which)).collect();
        let text = fragment(0, usize::MAX / 2, &inserts);
        check(&text).unwrap_or_else(|e| panic!("insertion {insert:?}: {e}"));
        assert!(!analyze(&text).entities.is_empty(), "insertion {insert:?}");
    }
}
