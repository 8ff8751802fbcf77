//! The whole pipeline on arbitrary bytes, as `guanxi extract FILE` reads a file:
//! decode (encoding detection, binary sniffing) → normalize → analyze, then the
//! offset contract on the result and the JSON Lines export.
#![no_main]

use guanxi::ingest::decode::decode;
use guanxi::lexicon::Lexicon;
use guanxi::{Document, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded lexicon")))
}

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(data) else { return };
    let doc = Document {
        id: "fuzz".into(),
        text: decoded.text,
        ..Default::default()
    };
    let a = pipeline().analyze(&doc);
    let n = doc.text.chars().count();
    for e in &a.entities {
        assert!(e.start < e.end && e.end <= n, "{e:?} outside 0..{n}");
    }
    guanxi::export::jsonl::to_line(&a).expect("serializes");
});
