//! `organizations.csv` (and the workbook's Organizations sheet): one row per
//! organization across the corpus.
//!
//! Organization mentions are tallied one document at a time as the documents are
//! analyzed ([`OrgTally::add`]: a small row per distinct organization, not the
//! mentions), keyed like the corpus graph by the folded name ([`crate::corpus::fold`]),
//! so `市開發區` and `市开发区` are one row. At the end the corpus graph adds who holds a
//! post there and which events it signed ([`OrgTally::rows`]); an organization known
//! only from the graph (a signing party or a post's organization that was not itself
//! recognized as an organization mention) gets a row with empty counts.

use super::relations::JOIN;
use crate::corpus::{CorpusGraph, Edge, Node, fold};
use crate::model::{Analysis, EntityType, OrgKind};
use petgraph::Direction;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap};

pub const ORGANIZATIONS_HEADER: [&str; 8] = [
    "name",
    "kind",
    "mentions",
    "documents",
    "first_doc_id",
    "first_offset",
    "people",
    "events",
];

#[derive(Debug, Clone)]
struct Tally {
    /// As first written.
    name: String,
    kind: Option<OrgKind>,
    /// Mentions outside repeated paragraphs.
    mentions: usize,
    documents: usize,
    /// The number of the last document that mentioned it (to count documents once).
    last_doc: usize,
    first_doc: String,
    first_offset: usize,
}

/// Organization mentions tallied across documents.
pub struct OrgTally {
    t2s: HashMap<char, char>,
    index: BTreeMap<String, usize>,
    rows: Vec<Tally>,
    docs: usize,
}

impl OrgTally {
    /// An empty tally folding names with `t2s` (`Lexicon::t2s`).
    pub fn new(t2s: HashMap<char, char>) -> OrgTally {
        OrgTally {
            t2s,
            index: BTreeMap::new(),
            rows: Vec::new(),
            docs: 0,
        }
    }

    /// Count one document's organization mentions.
    pub fn add(&mut self, a: &Analysis) {
        self.docs += 1;
        for e in a.entities.iter().filter(|e| e.etype == EntityType::Org) {
            let key = fold(&e.text, &self.t2s);
            if key.is_empty() {
                continue;
            }
            let i = *self.index.entry(key).or_insert_with(|| {
                self.rows.push(Tally {
                    name: e.text.clone(),
                    kind: None,
                    mentions: 0,
                    documents: 0,
                    last_doc: 0,
                    first_doc: a.id.clone(),
                    first_offset: e.start,
                });
                self.rows.len() - 1
            });
            let Some(t) = self.rows.get_mut(i) else {
                continue;
            };
            if t.kind.is_none() {
                t.kind = e.kind;
            }
            if !e.repeated {
                t.mentions += 1;
            }
            if t.last_doc != self.docs {
                t.last_doc = self.docs;
                t.documents += 1;
            }
        }
    }

    /// The rows of `organizations.csv`: the tallied organizations in order of first
    /// mention, then those only the graph knows, in graph order. `people` lists who
    /// holds a post there (`name (title, title)`), `events` the events it signed.
    pub fn rows(&self, g: Option<&CorpusGraph>) -> Vec<[String; 8]> {
        // folded name → (people, events) from the graph, and the graph-only names.
        let mut linked: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
        let mut graph_only: Vec<String> = Vec::new();
        if let Some(g) = g {
            for i in g.graph.node_indices() {
                let Node::Org(name) = &g.graph[i] else {
                    continue;
                };
                let key = fold(name, &self.t2s);
                // person node → titles, in order of the edges.
                let mut posts: Vec<(petgraph::graph::NodeIndex, Vec<&str>)> = Vec::new();
                let mut holds: Vec<_> = g
                    .graph
                    .edges_directed(i, Direction::Incoming)
                    .filter_map(|e| match e.weight() {
                        Edge::Holds { title } => Some((e.source(), e.id(), title.as_str())),
                        _ => None,
                    })
                    .collect();
                holds.sort_by_key(|(_, id, _)| *id);
                for (p, _, title) in holds {
                    match posts.iter_mut().find(|(q, _)| *q == p) {
                        Some((_, titles)) => titles.push(title),
                        None => posts.push((p, vec![title])),
                    }
                }
                let people: Vec<String> = posts
                    .into_iter()
                    .filter_map(|(p, titles)| match &g.graph[p] {
                        Node::Person(person) => {
                            Some(format!("{} ({})", person.name, titles.join(", ")))
                        }
                        _ => None,
                    })
                    .collect();
                let mut signed: Vec<_> = g
                    .graph
                    .edges_directed(i, Direction::Outgoing)
                    .filter(|e| matches!(e.weight(), Edge::Party))
                    .map(|e| e.target())
                    .collect();
                signed.sort();
                let events: Vec<String> = signed
                    .into_iter()
                    .filter_map(|t| match &g.graph[t] {
                        Node::Event(ev) => Some(ev.id.clone()),
                        _ => None,
                    })
                    .collect();
                if !self.index.contains_key(&key) && !linked.contains_key(&key) {
                    graph_only.push(name.clone());
                }
                let entry = linked.entry(key).or_default();
                entry.0.extend(people);
                entry.1.extend(events);
            }
        }
        let none = (Vec::new(), Vec::new());
        let mut out: Vec<[String; 8]> = self
            .rows
            .iter()
            .map(|t| {
                let (people, events) = linked.get(&fold(&t.name, &self.t2s)).unwrap_or(&none);
                [
                    t.name.clone(),
                    t.kind.map_or("", OrgKind::as_str).to_string(),
                    t.mentions.to_string(),
                    t.documents.to_string(),
                    t.first_doc.clone(),
                    t.first_offset.to_string(),
                    people.join(JOIN),
                    events.join(JOIN),
                ]
            })
            .collect();
        for name in graph_only {
            let (people, events) = linked.get(&fold(&name, &self.t2s)).unwrap_or(&none);
            out.push([
                name.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                people.join(JOIN),
                events.join(JOIN),
            ]);
        }
        out
    }
}
