//! JSON Lines reading on arbitrary bytes (`guanxi extract --stream --skip-bad`): never
//! a panic; every error names the input and a line; every document is analyzed.
#![no_main]

use guanxi::Pipeline;
use guanxi::ingest::read::{ReadOptions, ReadStats, read_jsonl};
use guanxi::lexicon::Lexicon;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded lexicon")))
}

fuzz_target!(|data: &[u8]| {
    let (skip_bad, data) = match data.split_first() {
        Some((b, rest)) => (b & 1 == 1, rest),
        None => (false, data),
    };
    let opts = ReadOptions {
        skip_bad,
        ..ReadOptions::default()
    };
    let mut stats = ReadStats::default();
    let mut warnings = 0usize;
    let r = read_jsonl(
        data,
        "in.jsonl",
        &opts,
        &mut |w| {
            assert!(w.starts_with("in.jsonl:"), "{w}");
            warnings += 1;
        },
        &mut |doc| {
            let _ = pipeline().analyze(&doc);
            Ok(())
        },
        &mut stats,
    );
    match r {
        Ok(()) => assert_eq!(stats.warnings, warnings),
        Err(e) => {
            assert!(!skip_bad, "skip_bad never stops on a line: {e:#}");
            assert!(format!("{e:#}").starts_with("in.jsonl:"), "{e:#}");
        }
    }
});
