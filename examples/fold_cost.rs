//! What the Traditional-to-Simplified fold costs: times the clean-up stage over a JSON
//! Lines corpus with the real fold table and with an empty one, next to the whole
//! pipeline, and prints the fold's share of the pipeline's time.
//!
//! cargo run --release --example fold_cost -- ../shared/data/corpus/xwlb_2022_2024.jsonl

use guanxi::ingest::normalize;
use guanxi::lexicon::{Fold, Lexicon};
use guanxi::{Document, Pipeline};
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: fold_cost CORPUS.jsonl"))?;
    let texts: Vec<String> = guanxi::ingest::read::read_path(&path)?
        .into_iter()
        .map(|d| d.text)
        .collect();
    let lex = Lexicon::embedded()?;
    let t2s = &lex.fold;
    let empty = Fold::default();
    let time = |f: &dyn Fn()| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64()
    };
    let mut with = f64::MAX;
    let mut without = f64::MAX;
    for _ in 0..3 {
        with = with.min(time(&|| {
            for t in &texts {
                std::hint::black_box(normalize::clean(t, t2s));
            }
        }));
        without = without.min(time(&|| {
            for t in &texts {
                std::hint::black_box(normalize::clean(t, &empty));
            }
        }));
    }
    let pipe = Pipeline::new(lex);
    let whole = time(&|| {
        for t in &texts {
            let doc = Document {
                text: t.clone(),
                ..Default::default()
            };
            std::hint::black_box(pipe.analyze(&doc));
        }
    });
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    println!("{} documents, {} chars", texts.len(), chars);
    println!("clean-up with the fold:    {with:.3} s");
    println!("clean-up without the fold: {without:.3} s");
    println!("whole pipeline:            {whole:.3} s");
    println!(
        "the fold's share of the pipeline: {:.2}%",
        100.0 * (with - without).max(0.0) / whole
    );
    Ok(())
}
