//! Exports: one file per format, each written to a temporary name in the output folder
//! and renamed into place when complete, so an interrupted run leaves the previous
//! results whole and a failed write is reported, never a silently short file.
//!
//! - `jsonl`: `documents.jsonl`, one line per document in the gold format's field names;
//! - `tables`: `entities.csv` and `mentions.csv`;
//! - `relations`: `positions.csv`, `events.csv`, `participants.csv`, `signings.csv`
//!   (per document) and `people.csv` (from the corpus graph);
//! - `dot`: `graph.dot`, the corpus graph for GraphViz.

pub mod dot;
pub mod jsonl;
pub mod relations;
pub mod tables;

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file written under a temporary name and renamed into place by [`AtomicFile::commit`].
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
        let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
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
    let f = w
        .into_inner()
        .map_err(|e| anyhow::anyhow!("{}: write failed: {}", path.display(), e.error()))?;
    f.commit()
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writer().write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.writer().flush()
    }
}
