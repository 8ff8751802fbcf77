//! The `guanxi` command: a thin layer over the library. It parses the command line,
//! calls the pipeline and the exports, shows progress, and maps errors to exit codes.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use guanxi::export::dot::{DotOptions, GraphKind};
use guanxi::export::outputs::{Counts, Format, OutputOptions, Outputs};
use guanxi::export::render::{self, RenderFormat};
use guanxi::export::{AtomicFile, jsonl};
use guanxi::ingest::read::{self, Input, ReadOptions, ReadStats, Source};
use guanxi::lexicon::Lexicon;
use guanxi::{Document, Pipeline, eval, parallel};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Exit codes (documented in `--help` and the README).
const EXIT_ERROR: i32 = 1;
const EXIT_USAGE: i32 = 2;
const EXIT_BELOW_FLOOR: i32 = 3;
const EXIT_OUTPUT: i32 = 4;
const EXIT_RENDER: i32 = 5;

const EXIT_CODES: &str = "Exit codes:
  0  success
  1  an input cannot be read: a missing or unreadable file or folder, a broken JSON
     line, a malformed --dict list (the message names the file, and the line)
  2  bad command line (unknown flag, bad value, no input)
  3  eval: a measure below its --min-f1 floor
  4  an output cannot be written: the output folder cannot be created or written to,
     or the disk is full (the message names the path; earlier results stay whole)
  5  --render: GraphViz's dot is missing or failed (the other outputs are written)";

#[derive(Parser)]
#[command(
    name = "guanxi",
    version,
    about = "Who was there: officials, titles, organizations and places in Chinese government news",
    after_help = format!("Examples:\n  \
        guanxi extract examples/ -o output/          # every output: JSON Lines, CSV, workbook, graphs\n  \
        guanxi extract pages/ --format xlsx,dot --render svg\n  \
        cat pages.jsonl | guanxi extract --stream > results.jsonl\n  \
        guanxi eval --gold gold.jsonl --min-f1 person=0.93\n  \
        guanxi explain '副市长曹升灵出席签约仪式'\n\n{EXIT_CODES}")
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find persons, titles, organizations, places, holds and events in files or
    /// folders; write them as JSON Lines, CSV tables, an Excel workbook and graphs.
    #[command(
        long_about = "Find persons, titles, organizations, places, holds and events in \
            files or folders, and write (by default, all of them; see --format) into the \
            output folder:\n  \
            documents.jsonl     one JSON line per document (jsonl)\n  \
            *.csv               entities, mentions, positions, events, participants, \
            signings, people, organizations (csv; UTF-8 with BOM)\n  \
            guanxi.xlsx         the same tables as one workbook, an About sheet first (xlsx)\n  \
            graph.dot           events and who attended them, for GraphViz (dot)\n  \
            graph.graphml       the whole graph with attributes, for Gephi and yEd (graphml)\n\
            Every file is written under a temporary name and renamed when complete, so an \
            interrupted run leaves the previous results whole.",
        after_help = format!("Examples:\n  \
            guanxi extract examples/ -o output/\n  \
            guanxi extract pages/ archive.jsonl -o results/ --format xlsx,csv\n  \
            guanxi extract pages/ --format dot --render svg --graph-orgs\n  \
            guanxi extract pages/ --no-bom -q                # CSV for tools that dislike a BOM\n  \
            guanxi extract page.txt --dict my-lists/\n  \
            guanxi extract - < page.txt\n  \
            cat corpus.jsonl | guanxi extract --stream > out.jsonl\n\n{EXIT_CODES}")
    )]
    Extract(ExtractArgs),
    /// Score the extractor against a gold file (../shared/ANNOTATION.md, "What is scored").
    #[command(after_help = format!("Examples:\n  guanxi eval --gold dev.gold.jsonl\n  \
        guanxi eval --gold dev.gold.jsonl --per-doc --show-errors 20\n  \
        guanxi eval --gold dev.gold.jsonl --pred output/documents.jsonl --json\n  \
        guanxi eval --gold dev.gold.jsonl --min-f1 person=0.93 --min-f1 org=0.85\n\n{EXIT_CODES}"))]
    Eval(EvalArgs),
    /// Combine the `documents.jsonl` results of several runs (the shards of a cluster
    /// job, `extract --stream` outputs) into one set of tables, workbook and graphs, as
    /// if one run had read every document.
    #[command(after_help = format!("Examples:\n  \
        guanxi merge shards/part-00000 shards/part-00001 -o corpus/\n  \
        guanxi merge shards/ -o corpus/ --format csv,dot\n\n\
        A folder is read in sorted file-name order (files named part-* or *.jsonl); \
        give shards in input order to keep the documents in it.\n\n{EXIT_CODES}"))]
    Merge(MergeArgs),
    /// Show how a text is read: jieba's tokens and each mention with the rule that
    /// found it.
    #[command(
        after_help = "Examples:\n  guanxi explain '副市长曹升灵出席签约仪式'\n  \
        echo '县委书记刘志强主持会议' | guanxi explain -"
    )]
    Explain {
        /// The text (or `-` for stdin).
        text: String,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Args)]
struct MergeArgs {
    /// Result files (JSON Lines written by `guanxi extract`, `--stream` or a
    /// `documents.jsonl`) or folders of them.
    #[arg(value_name = "PATH", required = true)]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    out: OutputFlags,
    /// No warnings or summary on stderr.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    common: Common,
}

/// Where results go and in which formats: the same for `extract` and `merge`.
#[derive(Args)]
struct OutputFlags {
    /// Output folder (created if missing).
    #[arg(short, long, default_value = "output", value_name = "DIR")]
    output: PathBuf,
    /// Which outputs to write: jsonl, csv, xlsx, dot, graphml; a comma-separated list
    /// or the flag repeated.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "FORMATS",
        default_value = "jsonl,csv,xlsx,dot,graphml"
    )]
    format: Vec<Format>,
    /// Write the CSV files without the UTF-8 byte order mark (Excel needs it to read
    /// Chinese; some tools show it as a stray character).
    #[arg(long)]
    no_bom: bool,
    /// What graph.dot draws: events with the persons who attended them, or persons
    /// linked by the number of events they shared.
    #[arg(long, value_enum, default_value = "events", value_name = "VIEW")]
    graph: GraphKind,
    /// Also draw organizations in graph.dot (signing parties, and where persons hold
    /// posts).
    #[arg(long)]
    graph_orgs: bool,
}

impl OutputFlags {
    /// The export options; `dot` adds the dot format (`--render` needs it).
    fn options(&self, dot: bool) -> OutputOptions {
        let mut formats: std::collections::BTreeSet<Format> = self.format.iter().copied().collect();
        if dot {
            formats.insert(Format::Dot);
        }
        OutputOptions {
            formats,
            bom: !self.no_bom,
            dot: DotOptions {
                kind: self.graph,
                orgs: self.graph_orgs,
            },
        }
    }
}

#[derive(Args)]
struct Common {
    /// A folder of your own dictionary lists (same file names as dictionaries/),
    /// added on top of the built-in ones.
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
}

#[derive(Args)]
struct ExtractArgs {
    /// Files or folders (.txt, .jsonl; folders are walked recursively in sorted
    /// order); `-` reads one document from stdin.
    #[arg(value_name = "PATH")]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    out: OutputFlags,
    /// Also draw graph.dot as graph.svg or graph.png with GraphViz's `dot` (implies
    /// the dot format; comma-separated for both).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "svg|png")]
    render: Vec<RenderFormat>,
    /// Write one JSON line per document on stdout as soon as it is done, and nothing
    /// else on stdout (no files): JSON Lines from stdin, or the PATHs given.
    #[arg(long, conflicts_with_all = ["output", "format", "render", "no_bom"])]
    stream: bool,
    /// The JSON Lines field holding the document id.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    id_field: String,
    /// The JSON Lines field holding the text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    text_field: String,
    /// Skip broken JSON lines (counted and warned about) instead of stopping.
    #[arg(long)]
    skip_bad: bool,
    /// No progress bar, warnings or summary on stderr (errors are still shown).
    #[arg(short, long)]
    quiet: bool,
    /// The year of event dates written without one (`10月12日`), when neither the
    /// document's `date` field nor a full date on the page gives it.
    #[arg(long, value_name = "YYYY")]
    year: Option<i32>,
    /// Analyze documents on N threads (default: every core). The output is the same,
    /// byte for byte, whatever N.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    #[command(flatten)]
    common: Common,
}

#[derive(Args)]
struct EvalArgs {
    /// The gold file (JSON Lines in the gold format).
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Score this prediction file instead of running the extractor on the gold texts.
    #[arg(long, value_name = "FILE")]
    pred: Option<PathBuf>,
    /// Print score.py's JSON instead of the table.
    #[arg(long)]
    json: bool,
    /// Also print entity F1 per document.
    #[arg(long)]
    per_doc: bool,
    /// Print up to N missed and spurious items per measure.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show_errors: usize,
    /// Exit with code 3 when MEASURE's F1 is below X (repeatable). Measures: person,
    /// title, org, place, entities, holds, affiliation, attendance, signing, reporters,
    /// or any name the table prints.
    #[arg(long = "min-f1", value_name = "MEASURE=X")]
    min_f1: Vec<String>,
    /// Write the predictions to this file as well.
    #[arg(long, value_name = "FILE")]
    save_pred: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

/// An error with its exit code (anything else exits with [`EXIT_ERROR`]).
#[derive(Debug)]
struct Coded {
    code: i32,
    err: anyhow::Error,
}

impl std::fmt::Display for Coded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#}", self.err)
    }
}

impl std::error::Error for Coded {}

/// Give an error its exit code.
fn code(code: i32) -> impl FnOnce(anyhow::Error) -> anyhow::Error {
    move |err| anyhow::Error::new(Coded { code, err })
}

/// mimalloc instead of the system allocator: the pipeline allocates and frees many
/// small vectors per document, and start-up builds two large dictionaries; both are
/// faster with it (see the commit that added it for the measurements).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the index of the option in `mi_option_t`, the
/// same in its v2 and v3; libmimalloc-sys 0.1 names no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keep the memory freed after one document for the next, instead of handing it back
/// to the OS a second later (mimalloc v3's default delay) and faulting it in again,
/// zeroed page by page. Over the benchmark corpus that was 13,000 page faults a run, 7% of its time
/// in the kernel's page clearing; with purging off, 1,500. Peak memory is the same:
/// what is kept is what the largest document needed.
fn keep_freed_memory() {
    // SAFETY: mi_option_set stores one option value; it reads or frees no memory, and
    // is called once, before any other thread starts.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

fn main() {
    keep_freed_memory();
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("guanxi: error: {e:#}");
            e.downcast_ref::<Coded>().map_or(EXIT_ERROR, |c| c.code)
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Extract(a) => extract(a),
        Command::Eval(a) => run_eval(a),
        Command::Merge(a) => merge(a),
        Command::Explain { text, common } => {
            let text = if text == "-" {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                    .context("-: cannot read")?;
                s
            } else {
                text
            };
            let out = pipeline(&common)?.explain(&text);
            write_stdout(&out)?;
            Ok(0)
        }
    }
}

/// Write to stdout, as an error naming stdout (a full disk, a closed pipe) rather than
/// `print!`'s panic.
fn write_stdout(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())
        .and_then(|()| out.flush())
        .context("stdout: write failed")
        .map_err(code(EXIT_OUTPUT))
}

fn pipeline(common: &Common) -> Result<Pipeline> {
    Pipeline::load(common.dict.as_deref())
}

/// `1 thing` or `n things`.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The one-line summary on stderr.
fn summary(c: &Counts, warnings: usize, t0: Instant, dest: &str) -> String {
    format!(
        "guanxi: {}, {}, {}, {}, {:.2} s{dest}",
        count(c.documents, "document", "documents"),
        count(c.entities, "entity", "entities"),
        count(c.events, "event", "events"),
        count(warnings, "warning", "warnings"),
        t0.elapsed().as_secs_f64(),
    )
}

/// The progress bar: shown on a terminal, unless quiet, when there is more than one
/// file or a JSON Lines file (many documents) to read; it counts bytes read.
fn progress_bar(sources: &[Source], quiet: bool) -> ProgressBar {
    let many = sources.len() > 1 || sources.iter().any(Source::is_jsonl);
    if quiet || !many || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let total: u64 = sources.iter().map(Source::size).sum();
    let style = ProgressStyle::with_template(
        "{spinner} {msg:>14} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} {eta} left",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    let pb = ProgressBar::new(total).with_style(style);
    pb.set_message("0 documents");
    pb
}

fn extract(a: ExtractArgs) -> Result<i32> {
    let t0 = Instant::now();
    let mut pipe = pipeline(&a.common)?;
    pipe.year = a.year;
    let opts = ReadOptions {
        id_field: a.id_field.clone(),
        text_field: a.text_field.clone(),
        skip_bad: a.skip_bad,
    };
    let quiet = a.quiet;
    if a.stream {
        return stream(&a, &pipe, &opts, t0);
    }
    if a.inputs.is_empty() {
        return Err(code(EXIT_USAGE)(anyhow::anyhow!(
            "no input: give files or folders, `-` for stdin, or --stream (see guanxi extract --help)"
        )));
    }
    let inputs: Vec<Input> = a.inputs.iter().map(|p| input(p)).collect();

    // Inputs first: a missing path stops the run before anything is written.
    let mut stats = ReadStats::default();
    let pb = ProgressBar::hidden();
    let sources = {
        let mut warn = warner(quiet, &pb);
        let sources = read::list_sources(&inputs, &mut warn, &mut stats)?;
        let (sources, skipped) = outside_output(sources, &a.inputs, &a.out.output);
        if skipped > 0 {
            stats.warnings += 1;
            warn(format!(
                "{}: {} skipped: the output folder is not read as input (a previous run's results)",
                a.out.output.display(),
                count(skipped, "file", "files")
            ));
        }
        sources
    };
    let pb = progress_bar(&sources, quiet);

    let out_opts = a.out.options(!a.render.is_empty());
    let mut outputs =
        Outputs::create(&a.out.output, out_opts, &pipe.lexicon).map_err(code(EXIT_OUTPUT))?;
    {
        let warn_pb = pb.clone();
        let stats = &mut stats;
        let sources = &sources;
        let opts = &opts;
        parallel::analyze_in_order(
            &pipe,
            threads(&a),
            move |emit| {
                let mut warn = warner(quiet, &warn_pb);
                read::read_sources(sources, opts, &mut warn, &mut |doc| emit(doc), stats)
            },
            |an, bytes| {
                outputs.add(&an).map_err(code(EXIT_OUTPUT))?;
                pb.inc(bytes);
                pb.set_message(count(outputs.counts.documents, "document", "documents"));
                Ok(())
            },
        )?;
    }
    if outputs.builds_graph() {
        pb.set_message("writing");
    }
    let counts = outputs.counts;
    let finished = outputs.finish().map_err(code(EXIT_OUTPUT))?;
    pb.finish_and_clear();
    let mut warnings = stats.warnings;
    let mut warn = warner(quiet, &pb);
    for note in finished.notes {
        warnings += 1;
        warn(note);
    }
    for &fmt in &a.render {
        if fmt == RenderFormat::Png && render::cjk_font_available() == Some(false) {
            warnings += 1;
            warn(
                "--render png: no font with Chinese characters found; labels may show as \
                 boxes (Debian/Ubuntu: apt-get install fonts-noto-cjk)"
                    .to_string(),
            );
        }
        let path =
            render::render(&a.out.output.join("graph.dot"), fmt).map_err(code(EXIT_RENDER))?;
        if !quiet {
            eprintln!("guanxi: drew {}", path.display());
        }
    }
    if !quiet {
        let dest = format!(" -> {}", a.out.output.display());
        eprintln!("{}", summary(&counts, warnings, t0, &dest));
    }
    Ok(0)
}

/// The sources minus the files a folder walk found inside the output folder (an
/// output folder inside an input folder would otherwise feed the last run's
/// documents.jsonl back in); files named on the command line are kept. Also returns
/// how many were left out.
fn outside_output(sources: Vec<Source>, named: &[PathBuf], output: &Path) -> (Vec<Source>, usize) {
    let Ok(out) = output.canonicalize() else {
        return (sources, 0);
    };
    let named: Vec<PathBuf> = named.iter().filter_map(|p| p.canonicalize().ok()).collect();
    let before = sources.len();
    let kept: Vec<Source> = sources
        .into_iter()
        .filter(|s| match s {
            Source::File(p) => match p.canonicalize() {
                Ok(c) => !c.starts_with(&out) || named.contains(&c),
                Err(_) => true,
            },
            Source::Stdin => true,
        })
        .collect();
    let skipped = before - kept.len();
    (kept, skipped)
}

fn input(p: &Path) -> Input {
    if p.as_os_str() == "-" {
        Input::Stdin
    } else {
        Input::Path(p.to_path_buf())
    }
}

/// Warnings on stderr (above the progress bar), unless quiet.
fn warner(quiet: bool, pb: &ProgressBar) -> impl FnMut(String) + '_ {
    move |msg: String| {
        if !quiet {
            pb.suspend(|| eprintln!("guanxi: warning: {msg}"));
        }
    }
}

/// `--stream`: one JSON line per document on stdout, nothing else there; JSON Lines
/// from stdin, or the paths given.
/// The thread count of `--threads`, or every core.
fn threads(a: &ExtractArgs) -> usize {
    a.threads
        .filter(|&n| n > 0)
        .unwrap_or_else(parallel::default_threads)
}

/// The result files named by `guanxi merge`'s arguments: files as given, folders'
/// `part-*` and `*.jsonl` files in sorted name order.
fn merge_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot read the folder", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
                    f.is_file()
                        && name.is_some_and(|n| n.starts_with("part-") || n.ends_with(".jsonl"))
                })
                .collect();
            found.sort();
            files.extend(found);
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            anyhow::bail!("{}: no such file or folder", p.display());
        }
    }
    Ok(files)
}

fn merge(a: MergeArgs) -> Result<i32> {
    let t0 = Instant::now();
    let files = merge_files(&a.inputs)?;
    let lexicon = Lexicon::load(a.common.dict.as_deref())?;
    let mut outputs = Outputs::create(&a.out.output, a.out.options(false), &lexicon)
        .map_err(code(EXIT_OUTPUT))?;
    for f in &files {
        let file =
            std::fs::File::open(f).with_context(|| format!("{}: cannot open", f.display()))?;
        for (i, line) in std::io::BufRead::lines(std::io::BufReader::new(file)).enumerate() {
            let line = line.with_context(|| format!("{}:{}: cannot read", f.display(), i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let an: guanxi::Analysis = serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not a guanxi result line", f.display(), i + 1))?;
            outputs.add(&an).map_err(code(EXIT_OUTPUT))?;
        }
    }
    let counts = outputs.counts;
    let finished = outputs.finish().map_err(code(EXIT_OUTPUT))?;
    if !a.quiet {
        for note in &finished.notes {
            eprintln!("guanxi: warning: {note}");
        }
        let dest = format!(" -> {}", a.out.output.display());
        eprintln!("{}", summary(&counts, finished.notes.len(), t0, &dest));
    }
    Ok(0)
}

fn stream(a: &ExtractArgs, pipe: &Pipeline, opts: &ReadOptions, t0: Instant) -> Result<i32> {
    let stdout = std::io::stdout();
    let mut stats = ReadStats::default();
    let mut counts = Counts::default();
    let pb = ProgressBar::hidden();
    // The reader of stdout went away (`| head`): stop quietly, as a pipe does.
    let closed = std::cell::Cell::new(false);
    let failed = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            closed.set(true);
        }
        code(EXIT_OUTPUT)(anyhow::Error::from(e).context("stdout: write failed"))
    };
    // Each worker serializes its own result; only the writing is done in turn.
    let line = |an: guanxi::Analysis| {
        let mut buf = Vec::new();
        let r = jsonl::write_line(&mut buf, &an).map(|()| buf);
        (r, an.entities.len(), an.events.len())
    };
    // One buffer over stdout, flushed whenever no result is waiting: a burst of
    // results costs one write, and a slow input still sees each line as it is done.
    let out = std::cell::RefCell::new(std::io::BufWriter::with_capacity(1 << 16, stdout.lock()));
    let write = |(line, entities, events): (Result<Vec<u8>>, usize, usize), _bytes: u64| {
        counts.documents += 1;
        counts.entities += entities;
        counts.events += events;
        out.borrow_mut().write_all(&line?).map_err(failed)
    };
    let flush = || out.borrow_mut().flush().map_err(failed);
    let quiet = a.quiet;
    let stats_ref = &mut stats;
    let warn_pb = pb.clone();
    let read = parallel::analyze_map_in_order(
        pipe,
        threads(a),
        move |emit| {
            let mut warn = warner(quiet, &warn_pb);
            let mut emit = |doc: Document| emit(doc);
            if a.inputs.is_empty() {
                let stdin = std::io::stdin();
                read::read_jsonl(
                    stdin.lock(),
                    "<stdin>",
                    opts,
                    &mut warn,
                    &mut emit,
                    stats_ref,
                )
            } else {
                let inputs: Vec<Input> = a.inputs.iter().map(|p| input(p)).collect();
                read::list_sources(&inputs, &mut warn, stats_ref).and_then(|sources| {
                    read::read_sources(&sources, opts, &mut warn, &mut emit, stats_ref)
                })
            }
        },
        line,
        write,
        flush,
    );
    drop(out);
    if closed.get() {
        return Ok(0);
    }
    read?;
    if !a.quiet {
        eprintln!("{}", summary(&counts, stats.warnings, t0, ""));
    }
    Ok(0)
}

fn run_eval(a: EvalArgs) -> Result<i32> {
    let floors = a
        .min_f1
        .iter()
        .map(|s| eval::parse_floor(s))
        .collect::<Result<Vec<_>>>()?;
    let gold = eval::load_jsonl(&a.gold)?;
    let pred: Vec<serde_json::Value> = match &a.pred {
        Some(p) => eval::load_jsonl(p)?,
        None => {
            let pipe = pipeline(&a.common)?;
            let mut out = Vec::new();
            for (i, g) in gold.iter().enumerate() {
                let id = g
                    .get("id")
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("{}:{}", a.gold.display(), i + 1));
                let text = g
                    .get("text")
                    .and_then(|v| v.as_str())
                    .with_context(|| format!("{}:{}: no text field", a.gold.display(), i + 1))?;
                let doc = Document {
                    id,
                    text: text.to_string(),
                    ..Default::default()
                };
                out.push(serde_json::to_value(pipe.analyze(&doc))?);
            }
            out
        }
    };
    if let Some(p) = &a.save_pred {
        let save = || -> Result<()> {
            let mut f = AtomicFile::create(p)?;
            for v in &pred {
                writeln!(f, "{v}")?;
            }
            f.commit()
        };
        save().map_err(code(EXIT_OUTPUT))?;
    }
    let report = eval::score(&gold, &pred);
    let mut out = String::new();
    if a.json {
        out.push_str(&format!("{}\n", report.to_json()));
    } else {
        out.push_str(&report.to_table());
        if a.per_doc {
            out.push_str(&report.per_doc_table());
        }
        if a.show_errors > 0 {
            for (measure, errs) in &report.errors {
                if errs.is_empty() {
                    continue;
                }
                out.push_str(&format!("\n--- {measure}\n"));
                for (doc, what, item) in errs.iter().take(a.show_errors) {
                    out.push_str(&format!("   {doc} {what} {item}\n"));
                }
            }
        }
    }
    write_stdout(&out)?;
    let failures = eval::check_floors(&report, &floors);
    for f in &failures {
        eprintln!("guanxi: below floor: {f}");
    }
    Ok(if failures.is_empty() {
        0
    } else {
        EXIT_BELOW_FLOOR
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option index names purge_delay: its default in mimalloc v3 is 1000 (ms),
    /// and the options on either side of it (the deprecated eager_commit_delay,
    /// use_numa_nodes) default to 1 and 0. A libmimalloc-sys that reordered the
    /// options or changed the defaults fails here, before the setting goes astray.
    #[test]
    fn the_purge_option_is_purge_delay() {
        // SAFETY: mi_option_get reads one option value.
        let get = |o| unsafe { libmimalloc_sys::mi_option_get(o) };
        assert_eq!(get(MI_OPTION_PURGE_DELAY), 1000);
        assert_eq!(get(MI_OPTION_PURGE_DELAY - 1), 1);
        assert_eq!(get(MI_OPTION_PURGE_DELAY + 1), 0);
    }
}
