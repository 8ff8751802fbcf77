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

pub fn write_line<W: Write>(w: &mut W, a: &Analysis) -> Result<()> {
    let line = to_line(a)?;
    w.write_all(line.as_bytes())?;
    w.write_all(b"\n")?;
    Ok(())
}
