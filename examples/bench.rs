//! The benchmark: guanxi against jieba-rs segmenting the same texts, in one run.
//!
//! cargo build --profile release-lto && cargo run --profile release-lto --example bench -- CORPUS.jsonl [ROUNDS]
//! (scripts/bench.sh does both and adds peak memory and the command's start-up time.)
//!
//! Everything is timed over the same texts, best of ROUNDS (default 3), and reported in
//! MB/s of the texts' UTF-8 bytes:
//! - `jieba-rs cut(text, true)` alone, on one thread: the yardstick;
//! - `guanxi extract --stream -j 1`, the command itself on one thread, reading the JSON
//!   Lines file and writing its results (to /dev/null): what a user runs;
//! - `Pipeline::analyze` in this process, the same work without the JSON in and out;
//! - `guanxi extract --stream -j 2`, for the two-thread speed-up;
//! - the command's start-up on an empty document (median of 21 runs).
//!
//! The ratio is guanxi's MB/s over jieba's: 1.0 means extraction keeps pace with
//! segmentation.

use guanxi::{Document, Pipeline};

/// The allocator the command uses (src/main.rs), so in-process numbers compare.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use jieba_rs::Jieba;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Runs of the command on an empty document for the start-up time.
const STARTUP_RUNS: usize = 21;

/// Best wall time of `rounds` runs of `f`, in seconds.
fn best(rounds: usize, mut f: impl FnMut() -> anyhow::Result<()>) -> anyhow::Result<f64> {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let t = Instant::now();
        f()?;
        best = best.min(t.elapsed().as_secs_f64());
    }
    Ok(best)
}

/// One run of the command over the corpus, output thrown away.
fn run_command(bin: &Path, corpus: &str, threads: usize) -> anyhow::Result<()> {
    let status = Command::new(bin)
        .args(["extract", "--stream", "-q", "-j", &threads.to_string()])
        .stdin(std::fs::File::open(corpus)?)
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "{} failed: {status}", bin.display());
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: bench CORPUS.jsonl [ROUNDS]"))?;
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    // The command sits next to this example's folder: target/<profile>/guanxi.
    let bin: PathBuf = std::env::current_exe()?
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("guanxi"))
        .ok_or_else(|| anyhow::anyhow!("cannot locate the guanxi binary"))?;
    anyhow::ensure!(
        bin.exists(),
        "{}: build it first (cargo build --profile release-lto, as scripts/bench.sh does)",
        bin.display()
    );
    let docs: Vec<Document> = guanxi::ingest::read::read_path(&path)?;
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;

    let t = Instant::now();
    let pipe = Pipeline::load(None)?;
    let startup = t.elapsed().as_secs_f64();
    let jieba = Jieba::new();

    let jieba_s = best(rounds, || {
        for d in &docs {
            std::hint::black_box(jieba.cut(&d.text, true));
        }
        Ok(())
    })?;
    let one = best(rounds, || run_command(&bin, &path, 1))?;
    let in_process = best(rounds, || {
        for d in &docs {
            std::hint::black_box(pipe.analyze(d));
        }
        Ok(())
    })?;
    let two = best(rounds, || run_command(&bin, &path, 2))?;
    // Start-up: one empty document through the command, every dictionary loaded.
    let empty = std::env::temp_dir().join(format!("guanxi-bench-{}.jsonl", std::process::id()));
    std::fs::write(&empty, "{\"id\":\"x\",\"text\":\"\"}\n")?;
    let empty_path = empty.to_string_lossy().into_owned();
    let mut starts = Vec::new();
    for _ in 0..STARTUP_RUNS {
        let t = Instant::now();
        run_command(&bin, &empty_path, 1)?;
        starts.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let _ = std::fs::remove_file(&empty);
    starts.sort_by(f64::total_cmp);

    println!(
        "corpus: {path}: {} documents, {mb:.1} MB of text",
        docs.len()
    );
    println!("machine: {} cores", guanxi::parallel::default_threads());
    println!(
        "dictionaries and jieba loaded in-process: {:.0} ms",
        startup * 1e3
    );
    let line = |what: &str, s: f64| println!("{what:44} {s:6.2} s {:7.2} MB/s", mb / s);
    line("jieba-rs cut(text, true), 1 thread", jieba_s);
    line("guanxi extract --stream -j 1", one);
    line("guanxi Pipeline::analyze in-process, 1 thread", in_process);
    line("guanxi extract --stream -j 2", two);
    println!(
        "ratio guanxi/jieba (command, 1 thread): {:.2}",
        jieba_s / one
    );
    println!(
        "ratio guanxi/jieba (in-process, 1 thread): {:.2}",
        jieba_s / in_process
    );
    println!("speed-up 2 threads / 1 thread: {:.2}x", one / two);
    println!(
        "start-up of the command (empty document, all dictionaries): median {:.0} ms, \
         fastest {:.0} ms, slowest {:.0} ms over {STARTUP_RUNS} runs",
        starts[STARTUP_RUNS / 2],
        starts[0],
        starts[STARTUP_RUNS - 1]
    );
    println!("(best of {rounds} rounds each)");
    Ok(())
}
