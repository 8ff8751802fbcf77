//! The benchmark: guanxi's whole pipeline against jieba-rs segmenting the same texts,
//! in one run, on one thread.
//!
//! cargo run --release --example bench -- ../shared/data/corpus/xwlb_2022_2024.jsonl
//! (scripts/bench.sh runs it and adds peak memory and the command's start-up time.)
//!
//! Prints MB/s (UTF-8 bytes of the texts per second) for `jieba.cut(text, true)` alone
//! and for `Pipeline::analyze`, and their ratio (guanxi / jieba: 1.0 means extraction
//! keeps pace with segmentation).

use guanxi::{Document, Pipeline};
use jieba_rs::Jieba;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: bench CORPUS.jsonl [ROUNDS]"))?;
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let docs: Vec<Document> = std::fs::read_to_string(&path)?
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            Some(Document {
                id: v.get("id")?.as_str()?.to_string(),
                text: v.get("text")?.as_str()?.to_string(),
                ..Default::default()
            })
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;

    let t = Instant::now();
    let pipe = Pipeline::load(None)?;
    let startup = t.elapsed().as_secs_f64();
    let jieba = Jieba::new();

    let mut best_jieba = f64::MAX;
    let mut best_guanxi = f64::MAX;
    let mut best_tag = f64::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        for d in &docs {
            for line in d.text.lines() {
                std::hint::black_box(jieba.tag(line, true));
            }
        }
        best_tag = best_tag.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(jieba.cut(&d.text, true));
        }
        best_jieba = best_jieba.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(pipe.analyze(d));
        }
        best_guanxi = best_guanxi.min(t.elapsed().as_secs_f64());
    }
    println!("corpus: {path}: {} documents, {mb:.1} MB", docs.len());
    println!(
        "start-up (all dictionaries, jieba): {:.0} ms",
        startup * 1e3
    );
    println!(
        "jieba-rs cut(text, true): {:.2} s, {:.2} MB/s (best of {rounds})",
        best_jieba,
        mb / best_jieba
    );
    println!(
        "jieba-rs tag(line, true): {:.2} s, {:.2} MB/s (what guanxi runs, for reference)",
        best_tag,
        mb / best_tag
    );
    println!(
        "guanxi pipeline:          {:.2} s, {:.2} MB/s (best of {rounds})",
        best_guanxi,
        mb / best_guanxi
    );
    println!("ratio guanxi/jieba: {:.2}", best_jieba / best_guanxi);
    Ok(())
}
