//! The corpus: what many documents say together, as one graph.
//!
//! Up to here every document is analyzed on its own (which is what makes `--stream` and
//! sharding possible). The corpus is the one place that looks across documents: it
//! decides which mentions of a name are the same person, and links persons,
//! organizations, places and events into a [`petgraph`] graph that the exports
//! (`people.csv`, `graph.dot`) read.
//!
//! ## Memory
//!
//! [`Corpus::add`] keeps only a small summary of each [`Analysis`]: the document's id and
//! date, its person names, its `holds` rows and its events (with their headline). The
//! text, offsets and mentions are dropped, so memory grows with the number of entities
//! and relations, not with the size of the text. People are resolved once, in
//! [`Corpus::finish`], when every document is known, so the result does not depend on
//! which namesake happened to come first.
//!
//! ## Nodes and edges
//!
//! - persons (resolved across documents, see below), organizations (from `holds` and
//!   signing parties), places (from an event's place) and events (id `{doc_id}#e{n}`,
//!   `n` the 1-based index in the document's `events`);
//! - `holds` person → organization (with the title), `attended` person → event (with
//!   the role), `party` organization → event, `located` event → place.
//!
//! ## How people are told apart
//!
//! Names, titles and organizations are compared on a *fold* ([`fold`]): white space
//! removed, full-width forms made half-width and Traditional characters made Simplified
//! with the lexicon's table (`Lexicon::t2s`), so `習近平` and `习近平`, `副市長` and
//! `副市长` are the same key. Within one document a name is one person. Across documents
//! organizations tell people apart and titles link them (see [`resolve`] for the
//! details):
//!
//! - the same name with a shared organization, or a shared title and no conflicting
//!   organization, is one person (`张伟 副市长` in two documents);
//! - the same name with organizations that conflict (both known, none shared) is two
//!   people (`张伟` of `市开发区` and `张伟` of `县教育局`);
//! - a name with titles only joins the namesake sharing the most titles with it, when
//!   one does best;
//! - anything else (a bare name, a title no namesake holds) joins the name's person
//!   when there is exactly one candidate; otherwise such mentions of the name are one
//!   node together (nothing tells them apart, or no namesake is guessed).
//!
//! Organizations and places are one node per folded name.
//!
//! ## Determinism
//!
//! Nodes are created in order of first appearance (documents in input order, which the
//! reader makes stable), maps are `BTreeMap`s, and no hash-map order reaches the output.

pub mod resolve;

use crate::ingest::normalize::fold_width;
use crate::model::{Analysis, EntityType, EventType, Hold, Participant, Role};
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use resolve::Profile;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The comparison key of a name, title or organization: white space removed, full-width
/// forms folded to half-width and Traditional characters to Simplified with `t2s`
/// (`Lexicon::t2s`). `fold("習 近平", t2s) == fold("习近平", t2s)`.
pub fn fold(s: &str, t2s: &HashMap<char, char>) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            let w = fold_width(c);
            t2s.get(&w).copied().unwrap_or(w)
        })
        .collect()
}

/// The id of the `index`-th (0-based) event of document `doc_id`: `{doc_id}#e{index+1}`.
pub fn event_id(doc_id: &str, index: usize) -> String {
    format!("{doc_id}#e{}", index + 1)
}

/// The document's date as written in its metadata (`meta["date"]`), if any.
pub fn doc_date(a: &Analysis) -> Option<String> {
    let s = match a.meta.get("date")? {
        serde_json::Value::String(s) => s.trim().to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A date written as year, month and day (`2024-03-15`, `2024/3/15`, `2024.3.15`,
/// `2024年3月15日`, or any of these followed by a time) as `YYYY-MM-DD`; otherwise `None`.
pub fn iso_date(s: &str) -> Option<String> {
    let chars: Vec<char> = s.trim().chars().map(fold_width).collect();
    let mut pos = 0;
    // A number of at most `max_digits` digits, and the separator after it if any.
    let mut number = |max_digits: usize| -> Option<u32> {
        let start = pos;
        while pos < chars.len() && pos - start < max_digits && chars[pos].is_ascii_digit() {
            pos += 1;
        }
        let value: u32 = chars[start..pos].iter().collect::<String>().parse().ok()?;
        if pos < chars.len() && matches!(chars[pos], '-' | '/' | '.' | '年' | '月' | '日') {
            pos += 1;
        }
        Some(value)
    };
    let (y, m, d) = (number(4)?, number(2)?, number(2)?);
    ((1000..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// What the corpus keeps of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventNode {
    /// `{doc_id}#e{n}`.
    pub id: String,
    pub doc_id: String,
    pub article: usize,
    pub etype: EventType,
    pub trigger: String,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub place: Option<String>,
    /// The headline of the event's article.
    pub headline: Option<String>,
}

/// A person resolved across documents.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    /// The name as first written.
    pub name: String,
    /// The folded name (see [`fold`]).
    pub key: String,
    /// Titles held (as first written) with how many `holds` rows name them, in order of
    /// first appearance.
    pub titles: Vec<(String, usize)>,
    /// Organizations of those titles (as first written), in order of first appearance.
    pub orgs: Vec<String>,
    /// The documents the person appears in, in input order.
    pub docs: Vec<String>,
    /// The earliest and latest `YYYY-MM-DD` among the person's documents' dates and
    /// attended events' dates (dates that are not full dates are left out).
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

impl Person {
    /// The title most often held, the earliest on a tie.
    pub fn main_title(&self) -> Option<&str> {
        let mut best: Option<&(String, usize)> = None;
        for t in &self.titles {
            if best.is_none_or(|b| t.1 > b.1) {
                best = Some(t);
            }
        }
        best.map(|(t, _)| t.as_str())
    }
}

/// A node of the corpus graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Person(Person),
    /// An organization (or a place named as a signing party), as first written.
    Org(String),
    Place(String),
    Event(EventNode),
}

/// An edge of the corpus graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edge {
    /// person → organization, with the title as first written.
    Holds { title: String },
    /// person → event.
    Attended { role: Role },
    /// organization → event.
    Party,
    /// event → place.
    Located,
}

/// The role's name as the gold format writes it.
pub fn role_str(r: Role) -> &'static str {
    match r {
        Role::Host => "host",
        Role::Speaker => "speaker",
        Role::Attendee => "attendee",
    }
}

/// What the corpus keeps of one document.
#[derive(Debug, Clone)]
struct DocSummary {
    id: String,
    date_iso: Option<String>,
    /// Person names as written, distinct, in order of first appearance (mentions, holds,
    /// participants).
    persons: Vec<String>,
    holds: Vec<Hold>,
    events: Vec<(EventNode, Vec<Participant>, Vec<String>)>,
}

/// Collects documents, then resolves them into a [`CorpusGraph`].
pub struct Corpus {
    t2s: HashMap<char, char>,
    /// Organizations (folded) that tell nobody apart: bare suffixes such as `委员会`.
    ignored_orgs: BTreeSet<String>,
    /// Last words (folded) of side bodies (`领导小组`, `指挥部`).
    side_bodies: Vec<String>,
    docs: Vec<DocSummary>,
}

impl Corpus {
    /// An empty corpus folding Traditional to Simplified with `t2s` (`Lexicon::t2s`).
    pub fn new(t2s: HashMap<char, char>) -> Corpus {
        Corpus {
            t2s,
            ignored_orgs: BTreeSet::new(),
            side_bodies: Vec::new(),
            docs: Vec::new(),
        }
    }

    /// Do not tell people apart by these organizations (`Lexicon::bare_org_words`): a
    /// post in a `领导小组` or a `委员会` named by nothing more says nothing about which
    /// body, so it neither links two documents nor conflicts with other posts.
    pub fn ignoring_orgs(mut self, orgs: BTreeSet<String>) -> Corpus {
        self.ignored_orgs = orgs.iter().map(|o| fold(o, &self.t2s)).collect();
        self
    }

    /// Organizations ending with these words (`Lexicon::side_body_words`) are bodies
    /// people sit on or lead alongside their own post (`长三角一体化发展领导小组`,
    /// `防汛抗旱指挥部`): shared, they link two documents; held alone, they do not set a
    /// person apart from the same name's posts elsewhere.
    pub fn with_side_bodies(mut self, words: Vec<String>) -> Corpus {
        self.side_bodies = words.iter().map(|w| fold(w, &self.t2s)).collect();
        self
    }

    /// The comparison key of a string (see [`fold`]).
    pub fn fold(&self, s: &str) -> String {
        fold(s, &self.t2s)
    }

    /// Keep what the graph needs of one document.
    pub fn add(&mut self, a: &Analysis) {
        let mut persons: Vec<String> = Vec::new();
        let mut note = |name: &str| {
            if !name.is_empty() && !persons.iter().any(|p| p == name) {
                persons.push(name.to_string());
            }
        };
        for e in a.entities.iter().filter(|e| e.etype == EntityType::Person) {
            note(&e.text);
        }
        for h in &a.holds {
            note(&h.person);
        }
        for ev in &a.events {
            for p in &ev.participants {
                note(&p.name);
            }
        }
        let events = a
            .events
            .iter()
            .enumerate()
            .map(|(i, ev)| {
                let node = EventNode {
                    id: event_id(&a.id, i),
                    doc_id: a.id.clone(),
                    article: ev.article,
                    etype: ev.etype,
                    trigger: ev.trigger.clone(),
                    date: ev.date.clone(),
                    date_iso: ev.date_iso.clone(),
                    place: ev.place.clone(),
                    headline: a
                        .articles
                        .get(ev.article)
                        .and_then(|art| art.headline.clone()),
                };
                (node, ev.participants.clone(), ev.parties.clone())
            })
            .collect();
        self.docs.push(DocSummary {
            id: a.id.clone(),
            date_iso: doc_date(a).and_then(|d| iso_date(&d)),
            persons,
            holds: a.holds.clone(),
            events,
        });
    }

    /// Resolve persons across documents and build the graph.
    pub fn finish(self) -> CorpusGraph {
        let Corpus {
            t2s,
            ignored_orgs,
            side_bodies,
            docs,
        } = self;
        let f = |s: &str| fold(s, &t2s);

        // 1. Who is who: group each name's per-document profiles into persons.
        let mut by_name: BTreeMap<String, Vec<(usize, Profile)>> = BTreeMap::new();
        for (d, doc) in docs.iter().enumerate() {
            let mut seen = BTreeSet::new();
            for name in &doc.persons {
                let key = f(name);
                if !seen.insert(key.clone()) {
                    continue;
                }
                let mut profile = Profile::default();
                for h in doc.holds.iter().filter(|h| f(&h.person) == key) {
                    profile.titles.insert(f(&h.title));
                    let Some(o) = h.org.as_deref().map(f) else {
                        continue;
                    };
                    if ignored_orgs.contains(&o) {
                        continue;
                    }
                    if side_bodies.iter().any(|w| o.ends_with(w.as_str())) {
                        profile.side.insert(o);
                    } else {
                        profile.orgs.insert(o);
                    }
                }
                by_name.entry(key).or_default().push((d, profile));
            }
        }
        // (document, folded name) → (folded name, person number within the name).
        let mut local: BTreeMap<(usize, String), usize> = BTreeMap::new();
        for (key, profiles) in &by_name {
            let plain: Vec<Profile> = profiles.iter().map(|(_, p)| p.clone()).collect();
            for ((d, _), n) in profiles.iter().zip(resolve::group(&plain)) {
                local.insert((*d, key.clone()), n);
            }
        }

        // 2. Nodes, in order of first appearance.
        let mut g = CorpusGraph::default();
        let mut person_node: BTreeMap<(String, usize), NodeIndex> = BTreeMap::new();
        let mut org_node: BTreeMap<String, NodeIndex> = BTreeMap::new();
        let mut place_node: BTreeMap<String, NodeIndex> = BTreeMap::new();
        let mut title_keys: BTreeMap<NodeIndex, Vec<String>> = BTreeMap::new();
        let mut org_keys: BTreeMap<NodeIndex, BTreeSet<String>> = BTreeMap::new();
        let mut holds_edges: BTreeSet<(NodeIndex, NodeIndex, String)> = BTreeSet::new();
        let mut dates: BTreeMap<NodeIndex, BTreeSet<String>> = BTreeMap::new();

        for (d, doc) in docs.iter().enumerate() {
            // This document's persons.
            let mut here: BTreeMap<String, NodeIndex> = BTreeMap::new();
            for name in &doc.persons {
                let key = f(name);
                if here.contains_key(&key) {
                    continue;
                }
                let n = local.get(&(d, key.clone())).copied().unwrap_or(0);
                let idx = *person_node.entry((key.clone(), n)).or_insert_with(|| {
                    g.graph.add_node(Node::Person(Person {
                        name: name.clone(),
                        key: key.clone(),
                        ..Person::default()
                    }))
                });
                if let Some(Node::Person(p)) = g.graph.node_weight_mut(idx) {
                    p.docs.push(doc.id.clone());
                }
                if let Some(date) = &doc.date_iso {
                    dates.entry(idx).or_default().insert(date.clone());
                }
                here.insert(key, idx);
            }
            // Holds: titles and organizations of persons, holds edges.
            for h in &doc.holds {
                let Some(&p) = here.get(&f(&h.person)) else {
                    continue;
                };
                let tkey = f(&h.title);
                let keys = title_keys.entry(p).or_default();
                let ti = keys.iter().position(|k| *k == tkey);
                if let Some(Node::Person(person)) = g.graph.node_weight_mut(p) {
                    match ti {
                        Some(i) => {
                            if let Some(t) = person.titles.get_mut(i) {
                                t.1 += 1;
                            }
                        }
                        None => {
                            keys.push(tkey.clone());
                            person.titles.push((h.title.clone(), 1));
                        }
                    }
                    if let Some(o) = &h.org
                        && org_keys.entry(p).or_default().insert(f(o))
                    {
                        person.orgs.push(o.clone());
                    }
                }
                if let Some(o) = &h.org {
                    let oi = *org_node
                        .entry(f(o))
                        .or_insert_with(|| g.graph.add_node(Node::Org(o.clone())));
                    if holds_edges.insert((p, oi, tkey)) {
                        g.graph.add_edge(
                            p,
                            oi,
                            Edge::Holds {
                                title: h.title.clone(),
                            },
                        );
                    }
                }
            }
            // Events with their participants, parties and place.
            for (ev, participants, parties) in &doc.events {
                let e = g.graph.add_node(Node::Event(ev.clone()));
                let mut attended = BTreeSet::new();
                for part in participants {
                    let Some(&p) = here.get(&f(&part.name)) else {
                        continue;
                    };
                    if attended.insert(p) {
                        g.graph.add_edge(p, e, Edge::Attended { role: part.role });
                        if let Some(date) = &ev.date_iso {
                            dates.entry(p).or_default().insert(date.clone());
                        }
                    }
                }
                let mut signed = BTreeSet::new();
                for party in parties {
                    let key = f(party);
                    if key.is_empty() {
                        continue;
                    }
                    let o = *org_node
                        .entry(key)
                        .or_insert_with(|| g.graph.add_node(Node::Org(party.clone())));
                    if signed.insert(o) {
                        g.graph.add_edge(o, e, Edge::Party);
                    }
                }
                if let Some(place) = &ev.place {
                    let key = f(place);
                    if !key.is_empty() {
                        let pl = *place_node
                            .entry(key)
                            .or_insert_with(|| g.graph.add_node(Node::Place(place.clone())));
                        g.graph.add_edge(e, pl, Edge::Located);
                    }
                }
            }
        }
        for (idx, ds) in dates {
            if let Some(Node::Person(p)) = g.graph.node_weight_mut(idx) {
                p.first_date = ds.first().cloned();
                p.last_date = ds.last().cloned();
            }
        }
        g
    }
}

/// Persons, organizations, places and events across a corpus, with the relations
/// between them. Node indices follow the order of first appearance.
#[derive(Debug, Clone, Default)]
pub struct CorpusGraph {
    pub graph: DiGraph<Node, Edge>,
}

impl CorpusGraph {
    /// Every resolved person, in order of first appearance.
    pub fn persons(&self) -> impl Iterator<Item = (NodeIndex, &Person)> {
        self.graph
            .node_indices()
            .filter_map(|i| match &self.graph[i] {
                Node::Person(p) => Some((i, p)),
                _ => None,
            })
    }

    /// Every event, in input order.
    pub fn events(&self) -> impl Iterator<Item = (NodeIndex, &EventNode)> {
        self.graph
            .node_indices()
            .filter_map(|i| match &self.graph[i] {
                Node::Event(e) => Some((i, e)),
                _ => None,
            })
    }

    /// The events a person attended, with the role, in input order.
    pub fn attended(&self, person: NodeIndex) -> Vec<(&EventNode, Role)> {
        let mut out: Vec<(NodeIndex, Role)> = self
            .graph
            .edges_directed(person, Direction::Outgoing)
            .filter_map(|e| match e.weight() {
                Edge::Attended { role } => Some((e.target(), *role)),
                _ => None,
            })
            .collect();
        out.sort_by_key(|(i, _)| *i);
        out.into_iter()
            .filter_map(|(i, role)| match &self.graph[i] {
                Node::Event(ev) => Some((ev, role)),
                _ => None,
            })
            .collect()
    }

    /// The person–person co-attendance graph: each pair of persons who attended at least
    /// one event together, with the number of events they shared; sorted by node index.
    pub fn co_attendance(&self) -> Vec<(NodeIndex, NodeIndex, usize)> {
        let mut pairs: BTreeMap<(NodeIndex, NodeIndex), usize> = BTreeMap::new();
        for (e, _) in self.events() {
            let mut who: Vec<NodeIndex> = self
                .graph
                .edges_directed(e, Direction::Incoming)
                .filter(|x| matches!(x.weight(), Edge::Attended { .. }))
                .map(|x| x.source())
                .collect();
            who.sort();
            who.dedup();
            for (i, a) in who.iter().enumerate() {
                for b in &who[i + 1..] {
                    *pairs.entry((*a, *b)).or_insert(0) += 1;
                }
            }
        }
        pairs.into_iter().map(|((a, b), n)| (a, b, n)).collect()
    }
}
