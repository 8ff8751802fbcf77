//! The outputs of one `guanxi extract` run, chosen with `--format`, opened together
//! before the first document (so an unwritable folder fails before any work), fed one
//! [`Analysis`] at a time and finished together (the corpus graph, then the tables and
//! drawings that need it).

use super::dot::{self, DotOptions};
use super::graphml;
use super::orgs::{ORGANIZATIONS_HEADER, OrgTally};
use super::relations::{self, RelationTables, event_rows, position_rows};
use super::tables::{self, mention_rows};
use super::xlsx::{AboutInfo, Sheet, XlsxWriter};
use super::{AtomicFile, CsvTable, jsonl};
use crate::corpus::{Corpus, iso_date};
use crate::lexicon::Lexicon;
use crate::model::Analysis;
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// An output format (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Format {
    /// documents.jsonl: one JSON line per document (the gold format's fields).
    Jsonl,
    /// entities, mentions, positions, events, participants, signings, people and
    /// organizations .csv.
    Csv,
    /// guanxi.xlsx: the tables as one workbook.
    Xlsx,
    /// graph.dot: the graph for GraphViz.
    Dot,
    /// graph.graphml: the graph for Gephi and yEd.
    Graphml,
}

/// Every format: the default of `--format`.
pub const ALL_FORMATS: [Format; 5] = [
    Format::Jsonl,
    Format::Csv,
    Format::Xlsx,
    Format::Dot,
    Format::Graphml,
];

/// The CSV files, in the order they are described.
pub const CSV_FILES: [&str; 8] = [
    "entities.csv",
    "mentions.csv",
    "positions.csv",
    "events.csv",
    "participants.csv",
    "signings.csv",
    "people.csv",
    "organizations.csv",
];

impl Format {
    /// The files this format writes in the output folder.
    pub fn files(self) -> &'static [&'static str] {
        match self {
            Format::Jsonl => &["documents.jsonl"],
            Format::Csv => &CSV_FILES,
            Format::Xlsx => &["guanxi.xlsx"],
            Format::Dot => &["graph.dot"],
            Format::Graphml => &["graph.graphml"],
        }
    }
}

/// The folder a run writes its files into (`.guanxi.tmp-PID` in the output folder)
/// until all are complete. Dropped before [`Stage::finish`] (an error), it is removed
/// with what is in it; a killed run's is removed by the next run into the folder.
struct Stage {
    path: PathBuf,
    done: bool,
}

const STAGE_PREFIX: &str = ".guanxi.tmp-";

impl Stage {
    fn create(dir: &Path) -> Result<Stage> {
        // Folders left by killed runs (their process is gone).
        super::remove_stale(Some(dir), STAGE_PREFIX);
        let path = dir.join(format!("{STAGE_PREFIX}{}", std::process::id()));
        std::fs::create_dir_all(&path).with_context(|| {
            format!(
                "{}: cannot write (creating {})",
                dir.display(),
                path.display()
            )
        })?;
        Ok(Stage { path, done: false })
    }

    fn finish(mut self) {
        self.done = true;
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// What to write.
#[derive(Debug, Clone)]
pub struct OutputOptions {
    pub formats: BTreeSet<Format>,
    /// Start every CSV file with a UTF-8 BOM (for Excel).
    pub bom: bool,
    pub dot: DotOptions,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            formats: ALL_FORMATS.into_iter().collect(),
            bom: true,
            dot: DotOptions::default(),
        }
    }
}

/// Counts over the run, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: usize,
    pub entities: usize,
    pub events: usize,
}

/// What [`Outputs::finish`] wrote.
#[derive(Debug, Clone, Default)]
pub struct Finished {
    /// The files, in the output folder.
    pub files: Vec<PathBuf>,
    /// Things the user should know (cells cut to Excel's limit, ...).
    pub notes: Vec<String>,
}

struct CsvOut {
    entities: CsvTable,
    mentions: CsvTable,
    relations: RelationTables,
}

/// The open outputs of one run.
pub struct Outputs {
    dir: PathBuf,
    /// Where this run's files are written until every one is complete.
    stage: Stage,
    opts: OutputOptions,
    docs: Option<AtomicFile>,
    csv: Option<CsvOut>,
    xlsx: Option<XlsxWriter>,
    orgs: Option<OrgTally>,
    corpus: Option<Corpus>,
    pub counts: Counts,
}

impl Outputs {
    /// Create the output folder if needed and open every chosen output under a
    /// temporary name. The lexicon gives the Traditional → Simplified table (the
    /// corpus graph and the organization tally compare names with it) and the bare
    /// organization suffixes the corpus graph does not tell people apart by.
    pub fn create(dir: &Path, opts: OutputOptions, lexicon: &Lexicon) -> Result<Outputs> {
        let t2s = &lexicon.t2s;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create the output folder", dir.display()))?;
        if !dir.is_dir() {
            anyhow::bail!("{}: not a folder", dir.display());
        }
        let stage = Stage::create(dir)?;
        let out = stage.path.clone();
        let dir_final = dir;
        let dir = out.as_path();
        let has = |f: Format| opts.formats.contains(&f);
        let tables = has(Format::Csv) || has(Format::Xlsx);
        let graph = tables || has(Format::Dot) || has(Format::Graphml);
        let docs = if has(Format::Jsonl) {
            Some(AtomicFile::create(&dir.join("documents.jsonl"))?)
        } else {
            None
        };
        let csv = if has(Format::Csv) {
            let open =
                |name: &str, header: &[&str]| CsvTable::create(&dir.join(name), header, opts.bom);
            Some(CsvOut {
                entities: open("entities.csv", &tables::ENTITIES_HEADER)?,
                mentions: open("mentions.csv", &tables::MENTIONS_HEADER)?,
                relations: RelationTables::create(dir, opts.bom)?,
            })
        } else {
            None
        };
        let xlsx = if has(Format::Xlsx) {
            Some(XlsxWriter::create(&dir.join("guanxi.xlsx"))?)
        } else {
            None
        };
        Ok(Outputs {
            dir: dir_final.to_path_buf(),
            stage,
            docs,
            csv,
            xlsx,
            orgs: tables.then(|| OrgTally::new(t2s.clone())),
            corpus: graph.then(|| {
                Corpus::new(t2s.clone())
                    .ignoring_orgs(lexicon.bare_org_words())
                    .with_side_bodies(lexicon.side_body_words())
            }),
            counts: Counts::default(),
            opts,
        })
    }

    /// True when the corpus graph is built (for people, organizations and the graphs).
    pub fn builds_graph(&self) -> bool {
        self.corpus.is_some()
    }

    /// Write one document's rows and keep what the corpus needs of it.
    pub fn add(&mut self, a: &Analysis) -> Result<()> {
        self.counts.documents += 1;
        self.counts.entities += a.entities.len();
        self.counts.events += a.events.len();
        if let Some(f) = &mut self.docs {
            jsonl::write_line(f, a)?;
        }
        if let Some(c) = &mut self.csv {
            tables::write_entities(&mut c.entities, a)?;
            tables::write_mentions(&mut c.mentions, a)?;
            c.relations.write(a)?;
        }
        if let Some(x) = &mut self.xlsx {
            let positions: Vec<[String; 6]> = position_rows(a)
                .into_iter()
                .map(|[person, title, org, doc, date]| {
                    let iso = iso_date(&date).unwrap_or_default();
                    [person, title, org, doc, date, iso]
                })
                .collect();
            x.write_rows(Sheet::Positions, &positions)?;
            x.write_rows(Sheet::Events, &event_rows(a))?;
            x.write_rows(Sheet::Participants, &relations::participant_rows(a))?;
            x.write_rows(Sheet::Signings, &relations::signing_rows(a))?;
            x.write_rows(Sheet::Mentions, &mention_rows(a))?;
        }
        if let Some(o) = &mut self.orgs {
            o.add(a);
        }
        if let Some(c) = &mut self.corpus {
            c.add(a);
        }
        Ok(())
    }

    /// Build the corpus graph and write what needs it; rename every file into place.
    pub fn finish(self) -> Result<Finished> {
        let Outputs {
            dir,
            stage,
            opts,
            docs,
            csv,
            xlsx,
            orgs,
            corpus,
            counts,
        } = self;
        let mut done = Finished::default();
        let mut names: Vec<&str> = Vec::new();
        let mut wrote = |name: &'static str| names.push(name);
        let dir_final = dir;
        let dir = stage.path.clone();
        if let Some(f) = docs {
            f.commit()?;
            wrote("documents.jsonl");
        }
        let graph = corpus.map(Corpus::finish);
        let org_rows = orgs.map(|o| o.rows(graph.as_ref())).unwrap_or_default();
        if let Some(c) = csv {
            c.entities.commit()?;
            c.mentions.commit()?;
            c.relations.commit()?;
            if let Some(g) = &graph {
                relations::write_people(&dir.join("people.csv"), g, opts.bom)?;
            }
            let mut t = CsvTable::create(
                &dir.join("organizations.csv"),
                &ORGANIZATIONS_HEADER,
                opts.bom,
            )?;
            t.write_rows(&org_rows)?;
            t.commit()?;
            CSV_FILES.iter().for_each(|f| wrote(f));
        }
        let mut notes = Vec::new();
        if let Some(mut x) = xlsx {
            if let Some(g) = &graph {
                x.write_rows(Sheet::People, &relations::people_rows(g))?;
            }
            x.write_rows(Sheet::Organizations, &org_rows)?;
            notes = x.finish(&AboutInfo {
                documents: counts.documents,
                events: counts.events,
            })?;
            wrote("guanxi.xlsx");
        }
        if let Some(g) = &graph {
            if opts.formats.contains(&Format::Dot) {
                dot::write_dot(&dir.join("graph.dot"), g, &opts.dot)?;
                wrote("graph.dot");
            }
            if opts.formats.contains(&Format::Graphml) {
                graphml::write_graphml(&dir.join("graph.graphml"), g)?;
                wrote("graph.graphml");
            }
        }
        done.notes = notes;
        // Every file is complete: move them into place together, so that a run that
        // fails or is killed before this point leaves the previous results whole, all
        // of them from the same run.
        for name in names {
            let to = dir_final.join(name);
            std::fs::rename(dir.join(name), &to).with_context(|| {
                format!("{}: cannot write (moving it into place)", to.display())
            })?;
            done.files.push(to);
        }
        stage.finish();
        Ok(done)
    }
}
