//! Exports: one file per format. A run writes them into its own hidden folder in the
//! output folder (`outputs::Stage`) and moves them into place together when all are
//! complete; each file is also written to a temporary name and renamed when complete
//! (`AtomicFile`), so an interrupted run leaves the previous results whole and a failed
//! write is reported, never a silently short file.
//!
//! - `jsonl`: `documents.jsonl`, one line per document in the gold format's field names;
//! - `tables`: `entities.csv` and `mentions.csv`;
//! - `relations`: `positions.csv`, `events.csv`, `participants.csv`, `signings.csv`
//!   (per document) and `people.csv` (from the corpus graph);
//! - `orgs`: `organizations.csv` (mentions tallied across documents, and the graph);
//! - `xlsx`: `guanxi.xlsx`, the same tables as one workbook for Excel and WPS;
//! - `dot`: `graph.dot`, the corpus graph for GraphViz; `render` runs `dot` on it;
//! - `graphml`: `graph.graphml`, the corpus graph for Gephi and yEd;
//! - `outputs`: which of these a run writes (`--format`), opened and finished together.
//!
//! Every CSV and XLSX cell goes through [`cell::neutralize`] (formula injection), and
//! every CSV file through [`CsvTable`] (UTF-8, with a BOM unless asked not to).
//!
//! A run killed outright (SIGKILL, power loss) cannot remove its temporary files
//! (`.documents.jsonl.tmp-PID`); the next run that writes the same file in that folder
//! removes those whose process is gone (on Linux, where that can be told from `/proc`).

pub mod cell;
pub mod dot;
pub mod graphml;
pub mod jsonl;
pub mod orgs;
pub mod outputs;
pub mod relations;
pub mod render;
pub mod tables;
pub mod xlsx;

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The UTF-8 byte order mark: it tells Excel that a CSV file is UTF-8 (without it,
/// Excel on Windows reads Chinese text as the local code page, garbled).
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// A file written under a temporary name and renamed into place by [`AtomicFile::commit`].
///
/// Every write error names the file (`out/documents.jsonl: write failed: ...`), and a
/// file that is dropped without `commit` (a failed run) is removed, so the previous
/// file of that name stays whole.
pub struct AtomicFile {
    tmp: PathBuf,
    path: PathBuf,
    out: Option<BufWriter<File>>,
    /// Renamed into place: nothing to clean up.
    done: bool,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".into());
        let prefix = format!(".{name}.tmp-");
        remove_stale(path.parent(), &prefix);
        let tmp = path.with_file_name(format!("{prefix}{}", std::process::id()));
        let f = File::create(&tmp).with_context(|| {
            format!(
                "{}: cannot write (creating {})",
                path.display(),
                tmp.display()
            )
        })?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
            out: Some(BufWriter::new(f)),
            done: false,
        })
    }

    /// Where the file goes when committed.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn writer(&mut self) -> &mut BufWriter<File> {
        // `out` is only taken by `commit`, which consumes self.
        self.out.as_mut().expect("AtomicFile used after commit")
    }

    /// Flush, sync and rename into place.
    pub fn commit(mut self) -> Result<()> {
        if let Some(w) = self.out.take() {
            let f = w
                .into_inner()
                .map_err(|e| e.into_error())
                .with_context(|| format!("{}: write failed", self.path.display()))?;
            f.sync_all()
                .with_context(|| format!("{}: write failed", self.path.display()))?;
        }
        std::fs::rename(&self.tmp, &self.path).with_context(|| {
            format!(
                "{}: cannot write (renaming {} into place)",
                self.path.display(),
                self.tmp.display()
            )
        })?;
        self.done = true;
        Ok(())
    }
}

/// Flush a CSV writer over an [`AtomicFile`] and rename the file into place; `path`
/// names the file in the error.
pub fn commit_csv(w: csv::Writer<AtomicFile>, path: &Path) -> Result<()> {
    let f = w.into_inner().map_err(|e| {
        let e = e.into_error();
        // AtomicFile's writer names the file already; say it once.
        if e.to_string().contains(&path.display().to_string()) {
            anyhow::Error::from(e)
        } else {
            anyhow::Error::from(e).context(format!("{}: write failed", path.display()))
        }
    })?;
    f.commit()
}

/// A file dropped before it was renamed into place (an error, an interrupted run)
/// leaves no temporary file behind, and the previous file at `path` untouched.
impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

impl AtomicFile {
    /// The same error, with the file's name in its message.
    fn name_error(&self, e: std::io::Error) -> std::io::Error {
        std::io::Error::new(
            e.kind(),
            format!("{}: write failed: {e}", self.path.display()),
        )
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer().write(buf).map_err(|e| self.name_error(e))
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.writer().write_all(buf).map_err(|e| self.name_error(e))
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.writer().flush().map_err(|e| self.name_error(e))
    }
}

/// Remove the temporary files `{prefix}{pid}` in `dir` left by runs that were killed
/// (their process no longer exists). Best effort: nothing here fails the run.
pub(crate) fn remove_stale(dir: Option<&Path>, prefix: &str) {
    let dir = match dir {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(prefix))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_exists(pid) {
            // a file, or a run's staging folder (outputs::Stage) with what is in it
            let path = entry.path();
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
    }
}

/// Is process `pid` running? Only Linux can tell cheaply (`/proc`); elsewhere every
/// process counts as running, so no file another run may be writing is removed.
fn process_exists(pid: u32) -> bool {
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// A CSV table being written to an [`AtomicFile`]: UTF-8, with a BOM first unless
/// `bom` is false, every cell through [`cell::neutralize`]. The one way guanxi writes
/// CSV.
pub struct CsvTable {
    w: csv::Writer<AtomicFile>,
    path: PathBuf,
}

impl CsvTable {
    /// Create `path` (under a temporary name) and write the BOM and the header.
    pub fn create(path: &Path, header: &[&str], bom: bool) -> Result<CsvTable> {
        let mut f = AtomicFile::create(path)?;
        if bom {
            f.write_all(BOM)?;
        }
        let mut t = CsvTable {
            w: csv::Writer::from_writer(f),
            path: path.to_path_buf(),
        };
        t.write_row(header)?;
        Ok(t)
    }

    /// Append one row, each cell neutralized.
    pub fn write_row<S: AsRef<str>>(&mut self, row: &[S]) -> Result<()> {
        let cells: Vec<std::borrow::Cow<'_, str>> =
            row.iter().map(|c| cell::neutralize(c.as_ref())).collect();
        self.w
            .write_record(cells.iter().map(|c| c.as_bytes()))
            .with_context(|| format!("{}: write failed", self.path.display()))
    }

    /// Append rows.
    pub fn write_rows<S: AsRef<str>, const N: usize>(&mut self, rows: &[[S; N]]) -> Result<()> {
        rows.iter().try_for_each(|r| self.write_row(r))
    }

    /// Flush and rename into place.
    pub fn commit(self) -> Result<()> {
        commit_csv(self.w, &self.path)
    }
}
