//! `documents.jsonl`: one JSON object per input document, keyed by its `id`, with the
//! gold format's field names (`entities`, `holds`, `events`, `reporters`), so that one
//! scorer reads gold and output alike.

use crate::model::Analysis;
use anyhow::Result;
use std::io::Write;

/// One document as one JSON line (no trailing newline).
pub fn to_line(a: &Analysis) -> Result<String> {
    Ok(serde_json::to_string(a)?)
}

/// One document as one JSON line, serialized straight into `w`: a document with
/// millions of entities is never held as one string besides its `Analysis`.
pub fn write_line<W: Write>(w: &mut W, a: &Analysis) -> Result<()> {
    serde_json::to_writer(&mut *w, a).map_err(|e| match e.io_error_kind() {
        // keep the writer's own message (it names the file)
        Some(_) => anyhow::Error::from(std::io::Error::from(e)),
        None => anyhow::Error::from(e),
    })?;
    w.write_all(b"\n")?;
    Ok(())
}
