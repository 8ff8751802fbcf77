//! `entities.csv` (one row per distinct entity per document) and `mentions.csv` (every
//! mention). A mention in a paragraph the page printed twice is listed in
//! `mentions.csv` with `repeated=true` and not counted in `entities.csv`.

use crate::model::{Analysis, EntityType, OrgKind};
use anyhow::Result;
use std::collections::BTreeMap;
use std::io::Write;

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

pub fn write_entities<W: Write>(w: &mut csv::Writer<W>, a: &Analysis) -> Result<()> {
    for row in entity_rows(a) {
        w.write_record(&row)?;
    }
    Ok(())
}

pub fn write_mentions<W: Write>(w: &mut csv::Writer<W>, a: &Analysis) -> Result<()> {
    for e in &a.entities {
        w.write_record([
            a.id.as_str(),
            e.etype.as_str(),
            kind(e.kind),
            e.text.as_str(),
            &e.start.to_string(),
            &e.end.to_string(),
            &e.article.to_string(),
            if e.repeated { "true" } else { "false" },
            e.evidence.as_ref(),
        ])?;
    }
    Ok(())
}
