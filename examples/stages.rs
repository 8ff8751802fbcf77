//! What the stages before recognition cost: times `normalize::clean`,
//! `articles::layout` and `Lexicon::scan` over a JSON Lines corpus (one thread, best
//! of ROUNDS), and the dictionary load. For A/B runs of changes to one stage without
//! the noise of the whole pipeline.
//!
//! The stages run one document at a time, as in the pipeline, so a document's text is
//! in the cache for the next stage (stage by stage over the whole corpus, each would
//! stream 100 MB of chars from memory and look slower than it is).
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
    let texts: Vec<String> = guanxi::ingest::read::read_path(&path)?
        .into_iter()
        .map(|d| d.text)
        .collect();
    let t = Instant::now();
    let lex = Lexicon::embedded()?;
    let load = t.elapsed().as_secs_f64();
    let mut best = [f64::MAX; 3];
    let mut counts = [0usize; 3];
    for _ in 0..rounds {
        let mut spent = [0.0f64; 3];
        counts = [0; 3];
        for text in texts.iter() {
            let t0 = Instant::now();
            let clean = std::hint::black_box(normalize::clean(text, &lex.fold));
            let t1 = Instant::now();
            let layout = std::hint::black_box(articles::layout(&clean, &lex));
            let t2 = Instant::now();
            let hits = std::hint::black_box(lex.scan(&clean.norm));
            let t3 = Instant::now();
            spent[0] += (t1 - t0).as_secs_f64();
            spent[1] += (t2 - t1).as_secs_f64();
            spent[2] += (t3 - t2).as_secs_f64();
            counts[0] += clean.len();
            counts[1] += layout.articles.len();
            counts[2] += hits.len();
        }
        for k in 0..3 {
            best[k] = best[k].min(spent[k]);
        }
    }
    println!("lexicon load: {:.1} ms, {} words", load * 1e3, lex.len());
    println!("clean:  {:.3} s ({} chars)", best[0], counts[0]);
    println!("layout: {:.3} s ({} articles)", best[1], counts[1]);
    println!("scan:   {:.3} s ({} hits)", best[2], counts[2]);
    Ok(())
}
