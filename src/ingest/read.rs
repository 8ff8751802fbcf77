//! Reading inputs: files, folders, JSON Lines and stdin, into [`Document`]s.
//!
//! Documents are handed to a callback one at a time as they are read, so a corpus of
//! any size is processed in constant memory (apart from the single largest document).
//! Problems that concern one file or line and leave the rest usable (a PNG in the corpus
//! folder, a damaged byte) are warnings; problems the user must fix (a path that does
//! not exist, a broken JSON line without `skip_bad`) stop the run with an error naming
//! the path and line.

use super::decode::{DecodeError, decode};
use crate::model::Document;
use anyhow::{Context, Result, bail};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// How JSON Lines are mapped to documents and how bad lines are handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// The JSON field holding a document's id (default `"id"`).
    pub id_field: String,
    /// The JSON field holding a document's text (default `"text"`).
    pub text_field: String,
    /// Skip bad JSON lines with a warning instead of stopping at the first one: for
    /// scraped corpora where a few broken lines should not lose the rest.
    pub skip_bad: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            id_field: "id".to_owned(),
            text_field: "text".to_owned(),
            skip_bad: false,
        }
    }
}

/// One input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a folder (walked recursively).
    Path(PathBuf),
    /// Standard input, read as one document with id `-`.
    Stdin,
}

/// Counts of what was read, for the summary line.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub struct ReadStats {
    /// Documents whose id an earlier document already had (each is kept, and warned
    /// about once: ids are the user's, and dropping a document would lose text).
    pub duplicate_ids: usize,
    /// The origin of the first document with each id, to name it in the warning.
    seen_ids: HashMap<String, String>,
    /// Files (and stdin) read as text or JSON Lines; skipped files are not included.
    pub files: usize,
    /// Documents handed to the callback.
    pub documents: usize,
    /// Files skipped because they are not text.
    pub skipped_files: usize,
    /// JSON lines skipped under `skip_bad`.
    pub bad_lines: usize,
    /// Warnings passed to `warn`.
    pub warnings: usize,
}

/// Pass a warning on and count it, so the summary's count always matches what was shown.
fn emit(warn: &mut dyn FnMut(String), stats: &mut ReadStats, msg: String) {
    stats.warnings += 1;
    warn(msg);
}

/// One thing to read: a file named on the command line or found in a folder, or stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input, read as one document with id `-`.
    Stdin,
    /// A file: JSON Lines when its name ends in `.jsonl`, otherwise one document.
    File(PathBuf),
}

impl Source {
    /// The file's size in bytes (0 for stdin, whose size is not known up front, or for
    /// a file that can no longer be read: reading it will say so).
    pub fn size(&self) -> u64 {
        match self {
            Source::Stdin => 0,
            Source::File(p) => fs::metadata(p).map_or(0, |m| m.len()),
        }
    }

    /// True for a JSON Lines file (many documents).
    pub fn is_jsonl(&self) -> bool {
        match self {
            Source::Stdin => false,
            Source::File(p) => is_jsonl(p),
        }
    }
}

/// Hand one document on, counting it and warning when its id was seen before.
///
/// Both documents are kept: the id is the user's (a JSON field, or a path given twice),
/// and dropping either would lose text silently. The warning names both origins so
/// the user can fix the ids.
fn deliver(
    doc: Document,
    warn: &mut dyn FnMut(String),
    f: &mut dyn FnMut(Document) -> Result<()>,
    stats: &mut ReadStats,
) -> Result<()> {
    stats.documents += 1;
    match stats.seen_ids.get(&doc.id) {
        Some(first) => {
            let msg = format!(
                "{}: duplicate id {:?} (first at {first}); both documents are kept",
                doc.origin, doc.id
            );
            stats.duplicate_ids += 1;
            emit(warn, stats, msg);
        }
        None => {
            stats.seen_ids.insert(doc.id.clone(), doc.origin.clone());
        }
    }
    f(doc)
}

/// Reads every input, calling `f` with each document as soon as it is read (streaming:
/// never hold the whole corpus in memory).
///
/// The inputs are read in byte order of their paths as given (`-`, stdin, sorts as
/// that name), not in the order they were named, so `guanxi extract b.txt a.txt` and
/// `guanxi extract a.txt b.txt` write byte-identical outputs. Folders are walked recursively in byte order of the file names, taking `.txt` and
/// `.jsonl` files (any case) and skipping hidden entries and symbolic links to folders
/// (which could loop). A file named explicitly is read whatever its extension: `.jsonl`
/// as JSON Lines, anything else as one document. An error from `f` stops the run and is
/// returned as is.
///
/// This is [`list_sources`] followed by [`read_sources`]: every folder is walked (and a
/// missing path reported) before the first document is read.
pub fn read_inputs(
    inputs: &[Input],
    opts: &ReadOptions,
    warn: &mut dyn FnMut(String),
    f: &mut dyn FnMut(Document) -> Result<()>,
) -> Result<ReadStats> {
    let mut stats = ReadStats::default();
    let sources = list_sources(inputs, warn, &mut stats)?;
    read_sources(&sources, opts, warn, f, &mut stats)?;
    Ok(stats)
}

/// Every document of `inputs` in one vector, warnings dropped: for the benchmarks and
/// tools that hold a whole corpus in memory (the command streams documents instead).
pub fn read_all(inputs: &[Input], opts: &ReadOptions) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    read_inputs(inputs, opts, &mut |_| {}, &mut |d| {
        docs.push(d);
        Ok(())
    })?;
    Ok(docs)
}

/// Every document of one file or folder, read with the default options (`read_all`).
pub fn read_path(path: impl Into<PathBuf>) -> Result<Vec<Document>> {
    read_all(&[Input::Path(path.into())], &ReadOptions::default())
}

/// The files to read, in order: files named on the command line as they are, folders
/// walked (see [`read_inputs`]). A path that does not exist or a folder that cannot be
/// listed is an error naming it; links that lead nowhere are warnings.
pub fn list_sources(
    inputs: &[Input],
    warn: &mut dyn FnMut(String),
    stats: &mut ReadStats,
) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    let mut sorted: Vec<&Input> = inputs.iter().collect();
    sorted.sort_by(|a, b| input_key(a).cmp(input_key(b)));
    for input in sorted {
        match input {
            Input::Stdin => out.push(Source::Stdin),
            Input::Path(path) => {
                let meta = match fs::metadata(path) {
                    Ok(meta) => meta,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        bail!("{}: cannot read: no such file or folder", path.display())
                    }
                    Err(e) => {
                        return Err(e).with_context(|| format!("{}: cannot read", path.display()));
                    }
                };
                if meta.is_dir() {
                    walk_dir(path, warn, stats, &mut out)?;
                } else {
                    out.push(Source::File(path.clone()));
                }
            }
        }
    }
    Ok(out)
}

/// Read the sources in order, calling `f` with each document (see [`read_inputs`]).
pub fn read_sources(
    sources: &[Source],
    opts: &ReadOptions,
    warn: &mut dyn FnMut(String),
    f: &mut dyn FnMut(Document) -> Result<()>,
    stats: &mut ReadStats,
) -> Result<()> {
    for source in sources {
        match source {
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .context("-: cannot read")?;
                read_text_bytes(&bytes, "-", warn, f, stats)?;
            }
            Source::File(path) => read_file(path, opts, warn, f, stats)?,
        }
    }
    Ok(())
}

/// The sort key of an input: its path's bytes as given.
fn input_key(input: &Input) -> &[u8] {
    match input {
        Input::Stdin => b"-",
        Input::Path(p) => p.as_os_str().as_encoded_bytes(),
    }
}

/// Walk a folder in sorted order, listing the `.txt` and `.jsonl` files in it.
///
/// Sorting by the bytes of each name makes the output order the same on every file
/// system. Symbolic links to folders are not followed, which is what keeps a link loop
/// from hanging; symbolic links to files are read like files.
fn walk_dir(
    dir: &Path,
    warn: &mut dyn FnMut(String),
    stats: &mut ReadStats,
    out: &mut Vec<Source>,
) -> Result<()> {
    let cannot_read = || format!("{}: cannot read", dir.display());
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).with_context(cannot_read)? {
        entries.push(entry.with_context(cannot_read)?);
    }
    entries.sort_by(|a, b| {
        a.file_name()
            .as_encoded_bytes()
            .cmp(b.file_name().as_encoded_bytes())
    });
    for entry in entries {
        let name = entry.file_name();
        let name = name.as_encoded_bytes();
        if name.starts_with(b".") {
            continue;
        }
        let path = entry.path();
        let file_type = entry
            .file_type()
            .with_context(|| format!("{}: cannot read", path.display()))?;
        if file_type.is_dir() {
            walk_dir(&path, warn, stats, out)?;
            continue;
        }
        if !has_text_extension(name) {
            continue;
        }
        if file_type.is_symlink() {
            match fs::metadata(&path) {
                Ok(target) if target.is_file() => {}
                Ok(_) => {
                    emit(
                        warn,
                        stats,
                        format!("{}: skipped: not a regular file", path.display()),
                    );
                    continue;
                }
                Err(_) => {
                    emit(
                        warn,
                        stats,
                        format!("{}: skipped: broken symbolic link", path.display()),
                    );
                    continue;
                }
            }
        } else if !file_type.is_file() {
            // Sockets, FIFOs and devices named *.txt are not corpus files; reading a
            // FIFO could block forever.
            continue;
        }
        out.push(Source::File(path));
    }
    Ok(())
}

fn is_jsonl(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| ends_with_ignore_case(n.as_encoded_bytes(), b".jsonl"))
}

/// True when a file name ends in `.txt` or `.jsonl`, in any case.
fn has_text_extension(name: &[u8]) -> bool {
    ends_with_ignore_case(name, b".txt") || ends_with_ignore_case(name, b".jsonl")
}

fn ends_with_ignore_case(name: &[u8], suffix: &[u8]) -> bool {
    name.len() >= suffix.len() && name[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Read one file: JSON Lines when it ends in `.jsonl`, otherwise one document.
fn read_file(
    path: &Path,
    opts: &ReadOptions,
    warn: &mut dyn FnMut(String),
    f: &mut dyn FnMut(Document) -> Result<()>,
    stats: &mut ReadStats,
) -> Result<()> {
    let name = path.display().to_string();
    if is_jsonl(path) {
        let file = fs::File::open(path).with_context(|| format!("{name}: cannot read"))?;
        read_jsonl(BufReader::new(file), &name, opts, warn, f, stats)
    } else {
        let bytes = fs::read(path).with_context(|| format!("{name}: cannot read"))?;
        read_text_bytes(&bytes, &name, warn, f, stats)
    }
}

/// Turn the bytes of a whole text file (or stdin) into one document named `name`.
fn read_text_bytes(
    bytes: &[u8],
    name: &str,
    warn: &mut dyn FnMut(String),
    f: &mut dyn FnMut(Document) -> Result<()>,
    stats: &mut ReadStats,
) -> Result<()> {
    let decoded = match decode(bytes) {
        Ok(decoded) => decoded,
        Err(DecodeError::NotText) => {
            stats.skipped_files += 1;
            emit(warn, stats, format!("{name}: skipped: not a text file"));
            return Ok(());
        }
    };
    stats.files += 1;
    if decoded.had_errors {
        emit(
            warn,
            stats,
            format!(
                "{name}: invalid bytes replaced with U+FFFD (decoded as {})",
                decoded.encoding
            ),
        );
    }
    let doc = Document {
        id: name.to_owned(),
        text: decoded.text,
        meta: BTreeMap::new(),
        origin: name.to_owned(),
        source_bytes: bytes.len() as u64,
    };
    deliver(doc, warn, f, stats)
}

/// JSON Lines from any reader (stdin for --stream): one document a line.
///
/// `name` is used in ids of lines without an id (`{name}:{line}`), in each document's
/// origin and in messages. Lines are read as bytes, so a line of any length works and
/// invalid UTF-8 costs a warning (the bytes become U+FFFD) rather than the file. A BOM
/// on the first line is dropped, CRLF line ends are accepted and blank lines skipped.
/// The id field may be a string or a number; every field other than the id and text
/// goes into `meta` unchanged.
///
/// A line that is not a JSON object, lacks the text field or has a text or id of the
/// wrong type is an error `"{name}:{line}: ..."`, or with `opts.skip_bad` a warning
/// counted in `stats.bad_lines`.
pub fn read_jsonl<R: BufRead>(
    mut reader: R,
    name: &str,
    opts: &ReadOptions,
    warn: &mut dyn FnMut(String),
    f: &mut dyn FnMut(Document) -> Result<()>,
    stats: &mut ReadStats,
) -> Result<()> {
    stats.files += 1;
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .with_context(|| format!("{name}: cannot read"))?;
        if n == 0 {
            return Ok(());
        }
        line_no += 1;
        let mut line: &[u8] = &buf;
        if line_no == 1 {
            line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
        }
        let line = line.trim_ascii();
        if line.is_empty() {
            continue;
        }
        let text = match std::str::from_utf8(line) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => {
                emit(
                    warn,
                    stats,
                    format!("{name}:{line_no}: invalid UTF-8 replaced with U+FFFD"),
                );
                String::from_utf8_lossy(line)
            }
        };
        match parse_line(&text, name, line_no, opts) {
            Ok(mut doc) => {
                doc.source_bytes = n as u64;
                deliver(doc, warn, f, stats)?;
            }
            Err(e) if opts.skip_bad => {
                stats.bad_lines += 1;
                emit(warn, stats, format!("{e:#}; line skipped"));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Turn one JSON line into a document; errors start with `{name}:{line}:`.
fn parse_line(text: &str, name: &str, line_no: usize, opts: &ReadOptions) -> Result<Document> {
    let at = || format!("{name}:{line_no}");
    let value: serde_json::Value =
        serde_json::from_str(text).with_context(|| format!("{}: invalid JSON", at()))?;
    let serde_json::Value::Object(mut object) = value else {
        bail!("{}: expected a JSON object", at());
    };
    let text = match object.remove(&opts.text_field) {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => bail!("{}: field \"{}\" is not a string", at(), opts.text_field),
        None => bail!("{}: missing text field \"{}\"", at(), opts.text_field),
    };
    let id = match object.remove(&opts.id_field) {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        // `null` is how many exporters write "no id", so it counts as missing.
        Some(serde_json::Value::Null) | None => at(),
        Some(_) => bail!(
            "{}: field \"{}\" is not a string or number",
            at(),
            opts.id_field
        ),
    };
    Ok(Document {
        id,
        text,
        meta: object.into_iter().collect(),
        origin: at(),
        source_bytes: 0,
    })
}
