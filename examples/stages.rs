//! What the stages before recognition cost: times `normalize::clean`,
//! `articles::layout` and `Lexicon::scan` over a JSON Lines corpus, each on its own
//! (best of ROUNDS, one thread), and the dictionary load. For A/B runs of changes to
//! one stage without the noise of the whole pipeline.
//!
//! cargo run --release --example stages -- ../shared/data/corpus/xwlb_2022_2024.jsonl 5

use guanxi::ingest::{articles, normalize};
use guanxi::lexicon::Lexicon;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: stages CORPUS.jsonl [ROUNDS]"))?;
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let texts: Vec<String> = std::fs::read_to_string(&path)?
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let t = Instant::now();
    let lex = Lexicon::embedded()?;
    let load = t.elapsed().as_secs_f64();
    let cleans: Vec<_> = texts
        .iter()
        .map(|t| normalize::clean(t, &lex.fold))
        .collect();
    let time = |f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        let mut out = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            out = f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, out)
    };
    let (clean, chars) = time(&|| {
        texts
            .iter()
            .map(|t| std::hint::black_box(normalize::clean(t, &lex.fold)).len())
            .sum()
    });
    let (layout, articles) = time(&|| {
        cleans
            .iter()
            .map(|c| {
                std::hint::black_box(articles::layout(c, &lex))
                    .articles
                    .len()
            })
            .sum()
    });
    let (scan, hits) = time(&|| {
        cleans
            .iter()
            .map(|c| std::hint::black_box(lex.scan(&c.norm)).len())
            .sum()
    });
    println!("lexicon load: {:.1} ms, {} words", load * 1e3, lex.len());
    println!("clean:  {clean:.3} s ({chars} chars)");
    println!("layout: {layout:.3} s ({articles} articles)");
    println!("scan:   {scan:.3} s ({hits} hits)");
    Ok(())
}
