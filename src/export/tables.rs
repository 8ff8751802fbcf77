//! `entities.csv` (one row per distinct entity per document) and `mentions.csv` (every
//! mention). A mention in a paragraph the page printed twice is listed in
//! `mentions.csv` with `repeated=true` and not counted in `entities.csv`.

use super::CsvTable;
use crate::model::{Analysis, EntityType, OrgKind};
use anyhow::Result;
use std::collections::BTreeMap;

pub const ENTITIES_HEADER: [&str; 6] =
    ["doc_id", "type", "kind", "text", "mentions", "first_offset"];
pub const MENTIONS_HEADER: [&str; 9] = [
    "doc_id", "type", "kind", "text", "start", "end", "article", "repeated", "evidence",
];

fn kind(k: Option<OrgKind>) -> &'static str {
    k.map_or("", OrgKind::as_str)
}

/// Rows of `entities.csv` for one document, in order of first mention.
/// Per distinct entity: mentions counted, first offset, kind, index of first mention.
type Tally = (usize, usize, Option<OrgKind>, usize);

pub fn entity_rows(a: &Analysis) -> Vec<[String; 6]> {
    let mut seen: BTreeMap<(EntityType, &str), Tally> = BTreeMap::new();
    for (i, e) in a.entities.iter().enumerate() {
        let r = seen
            .entry((e.etype, e.text.as_str()))
            .or_insert((0, e.start, e.kind, i));
        if !e.repeated {
            r.0 += 1;
        }
    }
    let mut rows: Vec<_> = seen.into_iter().collect();
    rows.sort_by_key(|(_, v)| v.3);
    rows.into_iter()
        .map(|((t, text), (n, first, k, _))| {
            [
                a.id.clone(),
                t.as_str().to_string(),
                kind(k).to_string(),
                text.to_string(),
                n.to_string(),
                first.to_string(),
            ]
        })
        .collect()
}

/// Rows of `mentions.csv` for one document: every mention, in order.
pub fn mention_rows(a: &Analysis) -> Vec<[String; 9]> {
    a.entities
        .iter()
        .map(|e| {
            [
                a.id.clone(),
                e.etype.as_str().to_string(),
                kind(e.kind).to_string(),
                e.text.clone(),
                e.start.to_string(),
                e.end.to_string(),
                e.article.to_string(),
                e.repeated.to_string(),
                e.evidence.to_string(),
            ]
        })
        .collect()
}

pub fn write_entities(w: &mut CsvTable, a: &Analysis) -> Result<()> {
    w.write_rows(&entity_rows(a))
}

pub fn write_mentions(w: &mut CsvTable, a: &Analysis) -> Result<()> {
    w.write_rows(&mention_rows(a))
}
