//! The types that flow between pipeline stages, and the only thing stages share.
//!
//! ```text
//! bytes ──ingest──▶ Document ──normalize──▶ CleanText ──articles──▶ Layout
//!       ──recognize──▶ [Mention] ──relate──▶ relations ──▶ Analysis
//! ```
//!
//! Every stage after `normalize` works on positions in the clean text (`CleanText`
//! indices). Offsets are mapped back to the document as given exactly once, when the
//! `Analysis` is assembled (`CleanText::to_original`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One input text exactly as given, with where it came from.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The document's id: a `.txt` file's path as given, or the `id` field of a JSON line.
    pub id: String,
    /// The text as given (decoded to UTF-8; offsets count its code points).
    pub text: String,
    /// Every other field of a JSON line (`date`, `title`, `url`, ...).
    pub meta: BTreeMap<String, serde_json::Value>,
    /// Where the document was read from: `path` or `path:line`.
    pub origin: String,
    /// How many bytes of input it was read from (the whole file, or the JSON line with
    /// its line end): what a progress bar counts.
    pub source_bytes: u64,
}

/// The entity types of the annotation guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Title,
    Org,
    Place,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Title => "title",
            EntityType::Org => "org",
            EntityType::Place => "place",
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    Government,
    Company,
    Institution,
}

impl OrgKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Government => "government",
            OrgKind::Company => "company",
            OrgKind::Institution => "institution",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        match s {
            "government" | "gov" => Some(OrgKind::Government),
            "company" => Some(OrgKind::Company),
            "institution" | "inst" => Some(OrgKind::Institution),
            _ => None,
        }
    }
}

/// The clean text of a document and the map back to the text as given.
///
/// Clean-up removes characters (layout line breaks inside a word, pinyin annotations)
/// but never adds or reorders any, so a clean position maps to exactly one original
/// position. `shown` is what the user sees in an entity's `text` (the original
/// characters, minus the removed ones); `norm` is what recognition matches on (full-width
/// forms folded to half-width, Traditional folded to Simplified), one char for one char.
#[derive(Debug, Clone, Default)]
pub struct CleanText {
    pub shown: Vec<char>,
    pub norm: Vec<char>,
    /// For each clean index, the code-point offset of that char in the original.
    pub orig: Vec<usize>,
    /// The length of the original text in code points.
    pub orig_len: usize,
}

impl CleanText {
    pub fn len(&self) -> usize {
        self.norm.len()
    }

    pub fn is_empty(&self) -> bool {
        self.norm.is_empty()
    }

    /// Map a clean span (end-exclusive) to the original (end-exclusive): from the first
    /// char's original offset to just after the last char's.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.orig.len() {
            let s = self.orig.get(start).copied().unwrap_or(self.orig_len);
            return (s, s);
        }
        (self.orig[start], self.orig[end - 1] + 1)
    }

    /// The piece `start..end` of the clean text, with its map to the original (so the
    /// piece's offsets are still the whole document's).
    pub fn slice(&self, start: usize, end: usize) -> CleanText {
        let end = end.min(self.norm.len());
        let start = start.min(end);
        CleanText {
            shown: self.shown[start..end].to_vec(),
            norm: self.norm[start..end].to_vec(),
            orig: self.orig[start..end].to_vec(),
            orig_len: self.orig_len,
        }
    }

    /// The text of a clean span as shown to the user.
    pub fn shown(&self, start: usize, end: usize) -> String {
        self.shown[start.min(self.shown.len())..end.min(self.shown.len())]
            .iter()
            .collect()
    }

    /// The text of a clean span as written, white space dropped: what an entity, a
    /// trigger or a byline reports as its text (one pass and one string, where
    /// squeezing `shown` took two).
    pub fn written(&self, start: usize, end: usize) -> String {
        self.shown[start.min(self.shown.len())..end.min(self.shown.len())]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    /// The normalized text of a clean span.
    pub fn norm(&self, start: usize, end: usize) -> String {
        self.norm[start.min(self.norm.len())..end.min(self.norm.len())]
            .iter()
            .collect()
    }
}

/// A span in the clean text, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(&self, o: &Span) -> bool {
        self.start < o.end && o.start < self.end
    }
    pub fn contains(&self, o: &Span) -> bool {
        self.start <= o.start && o.end <= self.end
    }

    /// Is this span inside one of `spans` (sorted by start, not overlapping each other)?
    /// A binary search, so a long document costs no scan per span.
    pub fn inside_any(&self, spans: &[Span]) -> bool {
        let k = spans.partition_point(|r| r.start <= self.start);
        k > 0 && spans[k - 1].contains(self)
    }
}

/// One article of a page, in clean positions.
#[derive(Debug, Clone, Default)]
pub struct ArticleSpan {
    pub span: Span,
    /// The headline, when the article starts with one.
    pub headline: Option<Span>,
}

/// What the article splitter found on a page.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub articles: Vec<ArticleSpan>,
    /// Bylines and photo credits: (title span such as 通讯员/记者, or none; name span).
    pub bylines: Vec<Byline>,
    /// Clean spans of paragraphs that repeat an earlier paragraph of the same page.
    pub repeats: Vec<Span>,
}

/// A name in a byline or photo credit, with the marker in front of the first name.
#[derive(Debug, Clone)]
pub struct Byline {
    pub title: Option<Span>,
    pub name: Span,
    /// An editor (责任编辑) rather than a reporter: a holds row, not a reporter.
    pub editor: bool,
}

/// A recognized entity mention in clean positions, with the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub etype: EntityType,
    pub kind: Option<OrgKind>,
    pub span: Span,
    /// Why it was recognized: the dictionary list or pattern that produced it.
    pub evidence: &'static str,
}

/// A `holds` relation: a person designated by a title, with the organization written in
/// front of the title when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hold {
    pub person: String,
    pub title: String,
    pub org: Option<String>,
}

impl Serialize for Hold {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (&self.person, &self.title, &self.org).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Hold {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (person, title, org) = <(String, String, Option<String>)>::deserialize(d)?;
        Ok(Hold { person, title, org })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    Signing,
    Meeting,
    Visit,
    Ceremony,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Signing => "signing",
            EventType::Meeting => "meeting",
            EventType::Visit => "visit",
            EventType::Ceremony => "ceremony",
        }
    }
    pub fn parse(s: &str) -> Option<EventType> {
        match s {
            "signing" => Some(EventType::Signing),
            "meeting" => Some(EventType::Meeting),
            "visit" => Some(EventType::Visit),
            "ceremony" => Some(EventType::Ceremony),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Host,
    Speaker,
    Attendee,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Host => "host",
            Role::Speaker => "speaker",
            Role::Attendee => "attendee",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "host" => Some(Role::Host),
            "speaker" => Some(Role::Speaker),
            "attendee" => Some(Role::Attendee),
            _ => None,
        }
    }
    /// How much a role says: a person with several cues keeps the strongest.
    pub fn rank(self) -> u8 {
        match self {
            Role::Host => 2,
            Role::Speaker => 1,
            Role::Attendee => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    pub role: Role,
}

/// One happening with at least one named participant or party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub etype: EventType,
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub date_iso: Option<String>,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub parties: Vec<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub article: usize,
    /// Original code-point offsets of the trigger.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
}

/// An entity in the output: original offsets, shown text, article index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub etype: EntityType,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrgKind>,
    #[serde(default)]
    pub article: usize,
    /// True when the mention sits in a paragraph that repeats an earlier one on the page;
    /// such mentions are listed but not counted in the tables.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub repeated: bool,
    /// The list or pattern that found it (borrowed from the recognizer; owned when read
    /// back from a file).
    #[serde(default)]
    pub evidence: std::borrow::Cow<'static, str>,
}

/// An article in the output, in original offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
}

/// Everything found in one document: the unit the exports and the corpus read. It
/// reads back from `documents.jsonl` (`guanxi merge`), so a shard's results combine
/// with others' without running the pipeline again.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Analysis {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub articles: Vec<Article>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub holds: Vec<Hold>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub reporters: Vec<String>,
}
