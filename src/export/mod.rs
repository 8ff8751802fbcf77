//! Exports: one file per format, each written to a temporary name in the output folder
//! and renamed into place when complete, so an interrupted run leaves the previous
//! results whole and a failed write is reported, never a silently short file.
//!
//! - `jsonl`: `documents.jsonl`, one line per document in the gold format's field names;
//! - `tables`: `entities.csv` and `mentions.csv`;
//! - `relations`: `positions.csv`, `events.csv`, `participants.csv`, `signings.csv`
//!   (per document) and `people.csv` (from the corpus graph);
//! - `dot`: `graph.dot`, the corpus graph for GraphViz.
//!
//! A run killed outright (SIGKILL, power loss) cannot remove its temporary files
//! (`.documents.jsonl.tmp-PID`); the next run that writes the same file in that folder
//! removes those whose process is gone (on Linux, where that can be told from `/proc`).

pub mod dot;
pub mod jsonl;
pub mod relations;
pub mod tables;

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file written under a temporary name and renamed into place by [`AtomicFile::commit`].
///
/// Every write error names the file (`out/documents.jsonl: write failed: ...`), and a
/// file that is dropped without `commit` (a failed run) is removed, so the previous
/// file of that name stays whole.
pub struct AtomicFile {
    tmp: PathBuf,
    path: PathBuf,
    out: Option<BufWriter<File>>,
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
        let f = File::create(&tmp).with_context(|| format!("{}: cannot create", tmp.display()))?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
            out: Some(BufWriter::new(f)),
        })
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
        std::fs::rename(&self.tmp, &self.path)
            .with_context(|| format!("{}: cannot rename into place", self.path.display()))?;
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

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.is_some() {
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
fn remove_stale(dir: Option<&Path>, prefix: &str) {
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
            let _ = std::fs::remove_file(entry.path());
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
