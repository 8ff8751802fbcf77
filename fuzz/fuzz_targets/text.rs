//! `Pipeline::analyze` on arbitrary UTF-8: no panic, and every entity keeps the offset
//! contract (inside the document; the original slice without white space equals its
//! text without white space, or differs only by a removed pinyin annotation).
#![no_main]

use guanxi::ingest::normalize;
use guanxi::lexicon::Lexicon;
use guanxi::{Document, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded lexicon")))
}

fuzz_target!(|text: &str| {
    let pipe = pipeline();
    let doc = Document {
        id: "fuzz".into(),
        text: text.to_owned(),
        ..Default::default()
    };
    let a = pipe.analyze(&doc);
    let chars: Vec<char> = text.chars().collect();
    // What normalize keeps of the document, by original offset: the text of an entity
    // is exactly those kept characters of its slice, minus white space.
    let clean = normalize::clean(text, &pipe.lexicon.fold);
    for e in &a.entities {
        assert!(
            e.start < e.end && e.end <= chars.len(),
            "{e:?} outside 0..{}",
            chars.len()
        );
        assert!(!e.text.is_empty());
        let kept: String = clean
            .orig
            .iter()
            .zip(&clean.shown)
            .filter(|(o, c)| (e.start..e.end).contains(*o) && !c.is_whitespace())
            .map(|(_, c)| *c)
            .collect();
        assert_eq!(kept, e.text, "{e:?}");
    }
    for art in &a.articles {
        assert!(art.start <= art.end && art.end <= chars.len(), "{art:?}");
    }
    guanxi::export::jsonl::to_line(&a).expect("serializes");
});
