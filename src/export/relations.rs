//! The relation tables: `positions.csv`, `events.csv`, `participants.csv` and
//! `signings.csv`, written one document at a time as the documents are analyzed, and
//! `people.csv`, written once from the corpus graph at the end.
//!
//! Rows are in the document's own order (holds, events, participants and parties as the
//! `Analysis` lists them), documents in input order, so the files are deterministic.
//! Event ids are `{doc_id}#e{n}` (`corpus::event_id`), the same in every table and in
//! `graph.dot`.

use super::CsvTable;
use crate::corpus::{CorpusGraph, doc_date, event_id, role_str};
use crate::model::Analysis;
use anyhow::Result;
use std::path::Path;

pub const POSITIONS_HEADER: [&str; 5] = ["person", "title", "org", "doc_id", "date"];
pub const EVENTS_HEADER: [&str; 9] = [
    "event_id", "doc_id", "article", "type", "trigger", "date", "date_iso", "place", "headline",
];
pub const PARTICIPANTS_HEADER: [&str; 4] = ["event_id", "person", "role", "title"];
pub const SIGNINGS_HEADER: [&str; 2] = ["event_id", "party"];
pub const PEOPLE_HEADER: [&str; 6] = [
    "name",
    "titles",
    "organizations",
    "events",
    "first_date",
    "last_date",
];

/// How multi-valued cells of `people.csv` are joined.
pub const JOIN: &str = "; ";

/// `positions.csv` rows of one document: one per `holds` row; `date` is the document's
/// date metadata, or empty.
pub fn position_rows(a: &Analysis) -> Vec<[String; 5]> {
    let date = doc_date(a).unwrap_or_default();
    a.holds
        .iter()
        .map(|h| {
            [
                h.person.clone(),
                h.title.clone(),
                h.org.clone().unwrap_or_default(),
                a.id.clone(),
                date.clone(),
            ]
        })
        .collect()
}

/// `events.csv` rows of one document: one per event, with its article's headline.
pub fn event_rows(a: &Analysis) -> Vec<[String; 9]> {
    a.events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let headline = a
                .articles
                .get(e.article)
                .and_then(|art| art.headline.clone());
            [
                event_id(&a.id, i),
                a.id.clone(),
                e.article.to_string(),
                e.etype.as_str().to_string(),
                e.trigger.clone(),
                e.date.clone().unwrap_or_default(),
                e.date_iso.clone().unwrap_or_default(),
                e.place.clone().unwrap_or_default(),
                headline.unwrap_or_default(),
            ]
        })
        .collect()
}

/// `participants.csv` rows of one document: one per participant; `title` is the first
/// title the same document's `holds` give that person, or empty.
pub fn participant_rows(a: &Analysis) -> Vec<[String; 4]> {
    let title_of = |name: &str| {
        a.holds
            .iter()
            .find(|h| h.person == name)
            .map(|h| h.title.clone())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for (i, e) in a.events.iter().enumerate() {
        for p in &e.participants {
            rows.push([
                event_id(&a.id, i),
                p.name.clone(),
                role_str(p.role).to_string(),
                title_of(&p.name),
            ]);
        }
    }
    rows
}

/// `signings.csv` rows of one document: one per party of an event.
pub fn signing_rows(a: &Analysis) -> Vec<[String; 2]> {
    let mut rows = Vec::new();
    for (i, e) in a.events.iter().enumerate() {
        for party in &e.parties {
            rows.push([event_id(&a.id, i), party.clone()]);
        }
    }
    rows
}

/// `people.csv` rows: one per resolved person, in order of first appearance.
pub fn people_rows(g: &CorpusGraph) -> Vec<[String; 6]> {
    g.persons()
        .map(|(idx, p)| {
            let titles: Vec<&str> = p.titles.iter().map(|(t, _)| t.as_str()).collect();
            let events: Vec<&str> = g
                .attended(idx)
                .into_iter()
                .map(|(e, _)| e.id.as_str())
                .collect();
            [
                p.name.clone(),
                titles.join(JOIN),
                p.orgs.join(JOIN),
                events.join(JOIN),
                p.first_date.clone().unwrap_or_default(),
                p.last_date.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

/// Write `people.csv` at `path` (under a temporary name, renamed when complete; a BOM
/// first when `bom`).
pub fn write_people(path: &Path, g: &CorpusGraph, bom: bool) -> Result<()> {
    let mut w = CsvTable::create(path, &PEOPLE_HEADER, bom)?;
    w.write_rows(&people_rows(g))?;
    w.commit()
}

/// The four per-document relation tables, open in an output folder.
pub struct RelationTables {
    positions: CsvTable,
    events: CsvTable,
    participants: CsvTable,
    signings: CsvTable,
}

impl RelationTables {
    /// Open `positions.csv`, `events.csv`, `participants.csv` and `signings.csv` in
    /// `dir` (under temporary names) and write their headers (after a BOM when `bom`).
    pub fn create(dir: &Path, bom: bool) -> Result<RelationTables> {
        let open = |name: &str, header: &[&str]| CsvTable::create(&dir.join(name), header, bom);
        Ok(RelationTables {
            positions: open("positions.csv", &POSITIONS_HEADER)?,
            events: open("events.csv", &EVENTS_HEADER)?,
            participants: open("participants.csv", &PARTICIPANTS_HEADER)?,
            signings: open("signings.csv", &SIGNINGS_HEADER)?,
        })
    }

    /// Append one document's rows.
    pub fn write(&mut self, a: &Analysis) -> Result<()> {
        self.positions.write_rows(&position_rows(a))?;
        self.events.write_rows(&event_rows(a))?;
        self.participants.write_rows(&participant_rows(a))?;
        self.signings.write_rows(&signing_rows(a))?;
        Ok(())
    }

    /// Rename the four tables into place.
    pub fn commit(self) -> Result<()> {
        for t in [
            self.positions,
            self.events,
            self.participants,
            self.signings,
        ] {
            t.commit()?;
        }
        Ok(())
    }
}
