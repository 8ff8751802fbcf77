//! `graph.graphml`: the whole corpus graph for Gephi and yEd (File → Open).
//!
//! Unlike `graph.dot`, which draws a view, the GraphML file holds every node and edge
//! of the [`CorpusGraph`] with its attributes, so the analyst filters and lays it out
//! in the tool:
//!
//! - nodes: `type` (`person`, `org`, `place`, `event`) and `label` (the name, or for an
//!   event its type, date and trigger) on every node; for a person `title` (the main
//!   title), `titles`, `organizations`, `documents` (how many), `first_date`,
//!   `last_date`; for an event `event_id`, `event_type`, `trigger`, `date` (ISO when
//!   known, else as written), `date_as_written`, `doc_id`, `article`, `place`,
//!   `headline`;
//! - edges (directed): `type` (`holds` person → org, `attended` person → event,
//!   `party` org → event, `located` event → place), `label`, `role` (attended) and
//!   `title` (holds).
//!
//! Gephi takes `label` as the node and edge label; in yEd, Edit → Properties Mapper
//! maps `label` to the label text. Text is escaped for XML (`& < > " '`), and
//! characters XML 1.0 does not allow (control characters other than tab and line
//! breaks, U+FFFE, U+FFFF) are dropped, so the file is well-formed whatever a page
//! held. Nodes and edges are in graph order, so the file is deterministic.

use super::AtomicFile;
use super::relations::JOIN;
use crate::corpus::{CorpusGraph, Edge, Node, role_str};
use anyhow::Result;
use petgraph::visit::EdgeRef;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// Escape text for XML content and attribute values; drop characters XML 1.0 forbids.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// (key id, for, attr.name, attr.type)
const KEYS: [(&str, &str, &str, &str); 21] = [
    ("n_type", "node", "type", "string"),
    ("n_label", "node", "label", "string"),
    ("n_title", "node", "title", "string"),
    ("n_titles", "node", "titles", "string"),
    ("n_orgs", "node", "organizations", "string"),
    ("n_documents", "node", "documents", "int"),
    ("n_first_date", "node", "first_date", "string"),
    ("n_last_date", "node", "last_date", "string"),
    ("n_event_id", "node", "event_id", "string"),
    ("n_event_type", "node", "event_type", "string"),
    ("n_trigger", "node", "trigger", "string"),
    ("n_date", "node", "date", "string"),
    ("n_date_written", "node", "date_as_written", "string"),
    ("n_doc_id", "node", "doc_id", "string"),
    ("n_article", "node", "article", "int"),
    ("n_place", "node", "place", "string"),
    ("n_headline", "node", "headline", "string"),
    ("e_type", "edge", "type", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_role", "edge", "role", "string"),
    ("e_title", "edge", "title", "string"),
];

fn data(out: &mut String, key: &str, value: &str) {
    if !value.is_empty() {
        let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
    }
}

/// The graph as GraphML text.
pub fn to_graphml(g: &CorpusGraph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, domain, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"guanxi\" edgedefault=\"directed\">\n");
    for i in g.graph.node_indices() {
        let _ = writeln!(out, "    <node id=\"n{}\">", i.index());
        match &g.graph[i] {
            Node::Person(p) => {
                data(&mut out, "n_type", "person");
                data(&mut out, "n_label", &p.name);
                data(&mut out, "n_title", p.main_title().unwrap_or(""));
                let titles: Vec<&str> = p.titles.iter().map(|(t, _)| t.as_str()).collect();
                data(&mut out, "n_titles", &titles.join(JOIN));
                data(&mut out, "n_orgs", &p.orgs.join(JOIN));
                data(&mut out, "n_documents", &p.docs.len().to_string());
                data(
                    &mut out,
                    "n_first_date",
                    p.first_date.as_deref().unwrap_or(""),
                );
                data(
                    &mut out,
                    "n_last_date",
                    p.last_date.as_deref().unwrap_or(""),
                );
            }
            Node::Org(name) => {
                data(&mut out, "n_type", "org");
                data(&mut out, "n_label", name);
            }
            Node::Place(name) => {
                data(&mut out, "n_type", "place");
                data(&mut out, "n_label", name);
            }
            Node::Event(e) => {
                let date = e.date_iso.as_deref().or(e.date.as_deref()).unwrap_or("");
                let label: Vec<&str> = [e.etype.as_str(), date, e.trigger.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                data(&mut out, "n_type", "event");
                data(&mut out, "n_label", &label.join(" "));
                data(&mut out, "n_event_id", &e.id);
                data(&mut out, "n_event_type", e.etype.as_str());
                data(&mut out, "n_trigger", &e.trigger);
                data(&mut out, "n_date", date);
                data(&mut out, "n_date_written", e.date.as_deref().unwrap_or(""));
                data(&mut out, "n_doc_id", &e.doc_id);
                data(&mut out, "n_article", &e.article.to_string());
                data(&mut out, "n_place", e.place.as_deref().unwrap_or(""));
                data(&mut out, "n_headline", e.headline.as_deref().unwrap_or(""));
            }
        }
        out.push_str("    </node>\n");
    }
    for e in g.graph.edge_references() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\">",
            e.id().index(),
            e.source().index(),
            e.target().index()
        );
        match e.weight() {
            Edge::Holds { title } => {
                data(&mut out, "e_type", "holds");
                data(&mut out, "e_label", title);
                data(&mut out, "e_title", title);
            }
            Edge::Attended { role } => {
                data(&mut out, "e_type", "attended");
                data(&mut out, "e_label", role_str(*role));
                data(&mut out, "e_role", role_str(*role));
            }
            Edge::Party => {
                data(&mut out, "e_type", "party");
                data(&mut out, "e_label", "party");
            }
            Edge::Located => {
                data(&mut out, "e_type", "located");
                data(&mut out, "e_label", "located");
            }
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// Write `graph.graphml` at `path` (under a temporary name, renamed when complete).
pub fn write_graphml(path: &Path, g: &CorpusGraph) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(to_graphml(g).as_bytes())?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{1}\u{FFFF}\t"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\t"
        );
        assert_eq!(escape("曹升灵"), "曹升灵");
    }
}
