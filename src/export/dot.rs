//! `graph.dot`: the corpus graph for GraphViz (`dot -Tsvg graph.dot -o graph.svg`).
//!
//! Two views of the same [`CorpusGraph`]:
//!
//! - [`GraphKind::Events`] (the default): events as boxes (type, date, trigger), the
//!   persons who attended them as ellipses (name, main title), edges labelled with the
//!   role; with `orgs`, organizations as hexagons, linked to the events they signed and
//!   to the persons who hold a post in them (edge labelled with the title). Persons and
//!   organizations with no edge in the view are left out, so a large corpus does not
//!   draw thousands of lone names.
//! - [`GraphKind::CoAttendance`]: persons only, an undirected edge between two persons
//!   weighted (and labelled) by the number of events they attended together.
//!
//! Labels are escaped for DOT's quoted strings (`\` and `"`, line breaks), every
//! graph, node and edge names a CJK font so the names render, and the order of nodes
//! and edges is the graph's (order of first appearance), so the file is deterministic.

use super::AtomicFile;
use crate::corpus::{CorpusGraph, Edge, Node, role_str};
use anyhow::Result;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// The font named on the graph, its nodes and edges.
pub const FONT: &str = "Noto Sans CJK SC";

/// Which view of the corpus graph to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum GraphKind {
    /// Events, the persons who attended them (and, with orgs, organizations).
    #[default]
    Events,
    /// Persons linked by the number of events they attended together.
    CoAttendance,
}

/// What to draw.
#[derive(Debug, Clone, Copy, Default)]
pub struct DotOptions {
    pub kind: GraphKind,
    /// Draw organizations (events view only).
    pub orgs: bool,
}

/// Escape a label for a DOT quoted string: `\` and `"` are escaped, a line break
/// becomes DOT's `\n` (a centred line break), other control characters are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A label of several lines (empty lines left out), escaped.
fn label(lines: &[&str]) -> String {
    lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| escape(l))
        .collect::<Vec<_>>()
        .join("\\n")
}

fn id(i: NodeIndex) -> String {
    format!("n{}", i.index())
}

fn header(out: &mut String, keyword: &str, name: &str) {
    let _ = writeln!(out, "{keyword} {name} {{");
    let _ = writeln!(out, "  graph [fontname=\"{FONT}\", rankdir=LR];");
    let _ = writeln!(out, "  node [fontname=\"{FONT}\"];");
    let _ = writeln!(out, "  edge [fontname=\"{FONT}\"];");
}

fn person_label(g: &CorpusGraph, i: NodeIndex) -> String {
    match &g.graph[i] {
        Node::Person(p) => label(&[&p.name, p.main_title().unwrap_or("")]),
        Node::Org(name) | Node::Place(name) => label(&[name]),
        Node::Event(e) => label(&[&e.id]),
    }
}

/// The graph as DOT text.
pub fn to_dot(g: &CorpusGraph, opts: &DotOptions) -> String {
    match opts.kind {
        GraphKind::Events => events_view(g, opts.orgs),
        GraphKind::CoAttendance => co_attendance_view(g),
    }
}

fn events_view(g: &CorpusGraph, orgs: bool) -> String {
    // Which edges are drawn decides which persons and organizations are.
    let drawn = |e: &Edge| match e {
        Edge::Attended { .. } => true,
        Edge::Party | Edge::Holds { .. } => orgs,
        Edge::Located => false,
    };
    let edges: Vec<_> = g
        .graph
        .edge_references()
        .filter(|e| drawn(e.weight()))
        .collect();
    let mut shown: BTreeSet<NodeIndex> = BTreeSet::new();
    for e in &edges {
        shown.insert(e.source());
        shown.insert(e.target());
    }
    let mut out = String::new();
    header(&mut out, "digraph", "guanxi");
    for i in g.graph.node_indices() {
        let line = match &g.graph[i] {
            Node::Event(e) => {
                let date = e.date_iso.as_deref().or(e.date.as_deref()).unwrap_or("");
                format!(
                    "shape=box, label=\"{}\"",
                    label(&[e.etype.as_str(), date, &e.trigger])
                )
            }
            Node::Person(_) if shown.contains(&i) => {
                format!("shape=ellipse, label=\"{}\"", person_label(g, i))
            }
            Node::Org(name) if shown.contains(&i) => {
                format!("shape=hexagon, label=\"{}\"", label(&[name]))
            }
            _ => continue,
        };
        let _ = writeln!(out, "  {} [{line}];", id(i));
    }
    for e in &edges {
        let attrs = match e.weight() {
            Edge::Attended { role } => format!("label=\"{}\"", role_str(*role)),
            Edge::Party => "label=\"party\", style=dashed".to_string(),
            Edge::Holds { title } => format!("label=\"{}\", style=dotted", escape(title)),
            Edge::Located => continue,
        };
        let _ = writeln!(out, "  {} -> {} [{attrs}];", id(e.source()), id(e.target()));
    }
    out.push_str("}\n");
    out
}

fn co_attendance_view(g: &CorpusGraph) -> String {
    let pairs = g.co_attendance();
    let shown: BTreeSet<NodeIndex> = pairs.iter().flat_map(|(a, b, _)| [*a, *b]).collect();
    let mut out = String::new();
    header(&mut out, "graph", "guanxi_co_attendance");
    for i in &shown {
        let _ = writeln!(
            out,
            "  {} [shape=ellipse, label=\"{}\"];",
            id(*i),
            person_label(g, *i)
        );
    }
    for (a, b, n) in &pairs {
        let _ = writeln!(
            out,
            "  {} -- {} [weight={n}, label=\"{n}\", penwidth={}];",
            id(*a),
            id(*b),
            (*n).min(8)
        );
    }
    out.push_str("}\n");
    out
}

/// Write `graph.dot` at `path` (under a temporary name, renamed when complete).
pub fn write_dot(path: &Path, g: &CorpusGraph, opts: &DotOptions) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(to_dot(g, opts).as_bytes())?;
    f.commit()
}
