//! The `guanxi` command: a thin layer over the library. It parses the command line,
//! calls the pipeline and the exports, and maps errors to exit codes.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use guanxi::corpus::Corpus;
use guanxi::export::dot::{self, DotOptions, GraphKind};
use guanxi::export::relations::{self, RelationTables};
use guanxi::export::{AtomicFile, commit_csv, jsonl, tables};
use guanxi::ingest::read::{self, Input, ReadOptions, ReadStats};
use guanxi::lexicon::Lexicon;
use guanxi::{Document, Pipeline, eval};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// Exit codes.
const EXIT_ERROR: i32 = 1;
const EXIT_BELOW_FLOOR: i32 = 3;

#[derive(Parser)]
#[command(
    name = "guanxi",
    version,
    about = "Who was there: officials, titles, organizations and places in Chinese government news",
    after_help = "Exit codes: 0 success, 1 error (a message names the file and line), 2 bad \
                  command line, 3 an eval measure below its --min-f1 floor.\n\n\
                  Examples:\n  guanxi extract examples/ -o output/\n  \
                  cat pages.jsonl | guanxi extract --stream > results.jsonl\n  \
                  guanxi eval --gold gold.jsonl --min-f1 person=0.93"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find persons, titles, organizations, places, holds and events; write
    /// documents.jsonl, entities.csv, mentions.csv, positions.csv, events.csv,
    /// participants.csv, signings.csv, people.csv and graph.dot.
    #[command(after_help = "Examples:\n  guanxi extract examples/ -o output/\n  \
        guanxi extract page.txt archive.jsonl --dict my-lists/\n  \
        guanxi extract - < page.txt\n  \
        cat corpus.jsonl | guanxi extract --stream > out.jsonl")]
    Extract(ExtractArgs),
    /// Score the extractor against a gold file (../shared/ANNOTATION.md, "What is scored").
    #[command(after_help = "Examples:\n  guanxi eval --gold dev.gold.jsonl\n  \
        guanxi eval --gold dev.gold.jsonl --per-doc --show-errors 20\n  \
        guanxi eval --gold dev.gold.jsonl --pred output/documents.jsonl --json\n  \
        guanxi eval --gold dev.gold.jsonl --min-f1 person=0.93 --min-f1 org=0.85")]
    Eval(EvalArgs),
    /// Show how a text is read: jieba's tokens and each mention with the rule that
    /// found it.
    #[command(after_help = "Example:\n  guanxi explain '副市长曹升灵出席签约仪式'")]
    Explain {
        /// The text (or `-` for stdin).
        text: String,
        #[command(flatten)]
        common: Common,
    },
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
    /// Output folder.
    #[arg(short, long, default_value = "output", value_name = "DIR")]
    output: PathBuf,
    /// Read JSON Lines documents on stdin and write one result line per document on
    /// stdout as soon as it is done (nothing else goes to stdout).
    #[arg(long)]
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
    /// No warnings or summary on stderr.
    #[arg(short, long)]
    quiet: bool,
    /// The year of event dates written without one (`10月12日`), when neither the
    /// document's `date` field nor a full date on the page gives it.
    #[arg(long, value_name = "YYYY")]
    year: Option<i32>,
    /// What graph.dot draws: events with the persons who attended them, or persons
    /// linked by the number of events they shared.
    #[arg(long, value_enum, default_value = "events", value_name = "VIEW")]
    graph: GraphKind,
    /// Also draw organizations in graph.dot (signing parties, and where persons hold
    /// posts).
    #[arg(long)]
    graph_orgs: bool,
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

fn main() {
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("guanxi: error: {e:#}");
            EXIT_ERROR
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Extract(a) => extract(a),
        Command::Eval(a) => run_eval(a),
        Command::Explain { text, common } => {
            let text = if text == "-" {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
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
}

fn pipeline(common: &Common) -> Result<Pipeline> {
    let lex = Lexicon::load(common.dict.as_deref())?;
    Ok(Pipeline::new(lex))
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
    let mut warn = |msg: String| {
        if !quiet {
            eprintln!("guanxi: warning: {msg}");
        }
    };
    if a.stream {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let mut stats = ReadStats::default();
        read::read_jsonl(
            stdin.lock(),
            "<stdin>",
            &opts,
            &mut warn,
            &mut |doc: Document| {
                let an = pipe.analyze(&doc);
                jsonl::write_line(&mut out, &an)
                    .and_then(|()| Ok(out.flush()?))
                    .context("stdout: write failed")
            },
            &mut stats,
        )?;
        return Ok(0);
    }
    if a.inputs.is_empty() {
        bail!("no input: give files or folders, `-` for stdin, or --stream");
    }
    let inputs: Vec<Input> = a
        .inputs
        .iter()
        .map(|p| {
            if p.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::Path(p.clone())
            }
        })
        .collect();
    for i in &inputs {
        if let Input::Path(p) = i
            && !p.exists()
        {
            bail!("{}: no such file or folder", p.display());
        }
    }
    std::fs::create_dir_all(&a.output)
        .with_context(|| format!("{}: cannot create the output folder", a.output.display()))?;
    let mut docs_out = AtomicFile::create(&a.output.join("documents.jsonl"))?;
    let mut ent_out = csv::Writer::from_writer(AtomicFile::create(&a.output.join("entities.csv"))?);
    let mut men_out = csv::Writer::from_writer(AtomicFile::create(&a.output.join("mentions.csv"))?);
    ent_out.write_record(tables::ENTITIES_HEADER)?;
    men_out.write_record(tables::MENTIONS_HEADER)?;
    let mut rel_out = RelationTables::create(&a.output)?;
    let mut corpus = Corpus::new(pipe.lexicon.t2s.clone());
    let mut n_entities = 0usize;
    let stats = read::read_inputs(&inputs, &opts, &mut warn, &mut |doc: Document| {
        let an = pipe.analyze(&doc);
        n_entities += an.entities.len();
        jsonl::write_line(&mut docs_out, &an)?;
        tables::write_entities(&mut ent_out, &an)?;
        tables::write_mentions(&mut men_out, &an)?;
        rel_out.write(&an)?;
        corpus.add(&an);
        Ok(())
    })?;
    docs_out.commit()?;
    commit_csv(ent_out, &a.output.join("entities.csv"))?;
    commit_csv(men_out, &a.output.join("mentions.csv"))?;
    rel_out.commit()?;
    let graph = corpus.finish();
    relations::write_people(&a.output.join("people.csv"), &graph)?;
    let dot_opts = DotOptions {
        kind: a.graph,
        orgs: a.graph_orgs,
    };
    dot::write_dot(&a.output.join("graph.dot"), &graph, &dot_opts)?;
    if !a.quiet {
        eprintln!(
            "guanxi: {} documents, {} entities, {} warnings, {:.2} s -> {}",
            stats.documents,
            n_entities,
            stats.warnings,
            t0.elapsed().as_secs_f64(),
            a.output.display()
        );
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
        let mut f = AtomicFile::create(p)?;
        for v in &pred {
            writeln!(f, "{v}")?;
        }
        f.commit()?;
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
