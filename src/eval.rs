//! Scoring: a port of the reference scorer `shared/tools/score.py`.
//!
//! `guanxi eval` reports figures that must agree *exactly* with `score.py` on the same
//! files, because the project's targets and the annotators' numbers are stated in
//! `score.py`'s terms. So this module mirrors the Python line by line rather than
//! redesigning it:
//!
//! - documents are keyed by `"id"` (or `"doc_id"`), several lines with one id are merged,
//!   and prediction documents that are not in gold are ignored;
//! - each document is reduced to *sets* per measure (duplicates collapse), and the
//!   counts are summed over the gold documents;
//! - text is compared after [`norm_text`] (full-width ASCII folded, whitespace removed),
//!   dates after [`norm_date`] (month-day only);
//! - a measure appears in the report only if some gold or prediction item fed it, in
//!   `score.py`'s [`ORDER`] first, then the rest sorted by name.
//!
//! Python equality is kept where it matters: `1`, `1.0` and `true` are one key (as in a
//! Python set), `"1"` is another. Where `score.py` would raise (a number where text is
//! expected, an entity that is not an object, ...) this port skips the item or reads it
//! as empty instead of failing; on such input there is no Python figure to agree with.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value, json};

/// The measures in the order `score.py` prints them; others (entity types outside the
/// four annotated ones) follow, sorted by name.
pub const ORDER: [&str; 18] = [
    "entity:person",
    "entity:title",
    "entity:org",
    "entity:place",
    "entities (all types)",
    "mention:person",
    "mention:title",
    "mention:org",
    "mention:place",
    "mentions (all types)",
    "org kind",
    "holds (person,title)",
    "affiliation (person,org)",
    "attendance (person,type,date)",
    "attendance (person,date)",
    "roles (person,type,date,role)",
    "signing parties (org,date)",
    "reporters",
];

/// Short names accepted by [`parse_floor`] (and [`Report::get`]) for the measures people
/// gate on most, so that `--min-f1 person=0.9` need not spell `entity:person`.
const ALIASES: [(&str, &str); 13] = [
    ("person", "entity:person"),
    ("title", "entity:title"),
    ("org", "entity:org"),
    ("place", "entity:place"),
    ("entities", "entities (all types)"),
    ("mentions", "mentions (all types)"),
    ("kind", "org kind"),
    ("holds", "holds (person,title)"),
    ("affiliation", "affiliation (person,org)"),
    ("attendance", "attendance (person,type,date)"),
    ("roles", "roles (person,type,date,role)"),
    ("signing", "signing parties (org,date)"),
    ("reporters", "reporters"),
];

/// True-positive, false-positive and false-negative counts of one measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    /// Precision, 0.0 when nothing was predicted (as `score.py`).
    pub fn p(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall, 0.0 when there is nothing to find (as `score.py`).
    pub fn r(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1 computed with the same floating-point operations in the same order as
    /// `score.py` (`2 * p * r / (p + r)`), so the printed figures match to the last digit.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    fn add(&mut self, other: Prf) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// `a / b` as Python's true division of two ints (correctly rounded), 0.0 for `b == 0`.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One missed or spurious item: (document id, `"missed"` or `"spurious"`, the item as
/// `score.py --show-errors` prints it).
pub type ErrorItem = (String, &'static str, String);

/// The outcome of [`score`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Distinct gold documents.
    pub docs: usize,
    /// Gold documents with no prediction line at all (an empty prediction line counts as
    /// output, as in `score.py`).
    pub docs_without_output: usize,
    /// Totals over gold documents, in `score.py`'s [`ORDER`], then the rest sorted.
    pub measures: Vec<(String, Prf)>,
    /// Per gold document (in first-seen order): counts for `entities (all types)`.
    pub per_doc: Vec<(String, Prf)>,
    /// Per measure, the missed and spurious items, gold document order, missed before
    /// spurious, items sorted. Measures without errors are absent.
    pub errors: BTreeMap<String, Vec<ErrorItem>>,
}

impl Report {
    /// The totals of one measure, by its full name or a short alias (`person`, `holds`, ...).
    pub fn get(&self, measure: &str) -> Option<&Prf> {
        let name = canonical_measure(measure);
        self.measures
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, prf)| prf)
    }

    /// The table `score.py` prints without `--json`, byte for byte (without the error
    /// listing; see [`Report::errors_text`]).
    pub fn to_table(&self) -> String {
        let mut out = format!(
            "docs {}, without output {}\n",
            self.docs, self.docs_without_output
        );
        let _ = writeln!(
            out,
            "{:34} {:>6} {:>6} {:>6}   tp/fp/fn",
            "measure", "P", "R", "F1"
        );
        for (k, v) in &self.measures {
            let _ = writeln!(
                out,
                "{:34} {:6.3} {:6.3} {:6.3}   {}/{}/{}",
                k,
                v.p(),
                v.r(),
                v.f1(),
                v.tp,
                v.fp,
                v.fn_
            );
        }
        out
    }

    /// The error listing of `score.py --show-errors LIMIT`: per measure, at most `limit`
    /// lines `   DOC missed|spurious ITEM`. Measures come sorted by name (Python's order
    /// there is first-seen, and its items come in hash order, so no exact match is
    /// possible or needed).
    pub fn errors_text(&self, limit: usize) -> String {
        let mut out = String::new();
        for (k, errs) in &self.errors {
            let _ = write!(out, "\n--- {k}\n");
            for (doc, kind, item) in errs.iter().take(limit) {
                let _ = writeln!(out, "   {doc} {kind} {item}");
            }
        }
        out
    }

    /// The object `score.py --json` prints: `docs`, `docs_without_output`, and `scores`
    /// mapping each measure to `p`, `r`, `f1`, `tp`, `fp`, `fn`.
    pub fn to_json(&self) -> Value {
        let mut scores = Map::new();
        for (k, v) in &self.measures {
            scores.insert(
                k.clone(),
                json!({"p": v.p(), "r": v.r(), "f1": v.f1(), "tp": v.tp, "fp": v.fp, "fn": v.fn_}),
            );
        }
        json!({
            "docs": self.docs,
            "docs_without_output": self.docs_without_output,
            "scores": scores,
        })
    }

    /// One row per gold document with its entity (type, text) scores, to find the
    /// documents that drag the totals down.
    pub fn per_doc_table(&self) -> String {
        let width = self
            .per_doc
            .iter()
            .map(|(id, _)| id.chars().count())
            .chain([3])
            .max()
            .unwrap_or(3);
        let mut out = format!(
            "{:width$} {:>6} {:>6} {:>6}   tp/fp/fn\n",
            "doc", "P", "R", "F1"
        );
        for (id, v) in &self.per_doc {
            let _ = writeln!(
                out,
                "{:width$} {:6.3} {:6.3} {:6.3}   {}/{}/{}",
                id,
                v.p(),
                v.r(),
                v.f1(),
                v.tp,
                v.fp,
                v.fn_
            );
        }
        out
    }
}

/// Reads a JSON Lines file as `score.py` does: blank lines skipped, every other line one
/// JSON object. Lines end at `\n`, `\r\n` or `\r` (Python's universal newlines), so the
/// line numbers in errors are the ones an editor shows.
pub fn load_jsonl(path: &Path) -> Result<Vec<Value>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| anyhow::anyhow!("{}: not UTF-8: {e}", path.display()))?;
    let mut docs = Vec::new();
    for (i, line) in universal_lines(&text).enumerate() {
        if line.chars().all(py_isspace) {
            continue;
        }
        let at = || format!("{}:{}", path.display(), i + 1);
        if line.starts_with('\u{feff}') {
            // score.py opens with "utf-8", not "utf-8-sig", and json.loads rejects the BOM.
            bail!("{}: starts with a UTF-8 byte-order mark", at());
        }
        let value: Value = serde_json::from_str(line).with_context(at)?;
        if !value.is_object() {
            bail!("{}: expected a JSON object", at());
        }
        docs.push(value);
    }
    Ok(docs)
}

/// Splits at `\n`, `\r\n` and `\r`, like iterating over a file Python opened in text mode.
fn universal_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.find(['\n', '\r']) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                Some(line)
            }
            None => {
                let line = rest;
                rest = "";
                Some(line)
            }
        }
    })
}

/// Scores predictions against gold. Both are read alike (gold format); lines sharing an id
/// are merged; prediction documents without a gold counterpart are ignored.
pub fn score(gold: &[Value], pred: &[Value]) -> Report {
    let gold = merge(gold);
    let pred = merge(pred);
    let pred_index: HashMap<&Atom, &MergedDoc> = pred.iter().map(|(k, _, d)| (k, d)).collect();

    let mut totals: BTreeMap<String, Prf> = BTreeMap::new();
    let mut errors: BTreeMap<String, Vec<ErrorItem>> = BTreeMap::new();
    let mut per_doc = Vec::with_capacity(gold.len());
    let mut docs_without_output = 0;
    let empty = MergedDoc::default();

    for (key, id, g) in &gold {
        let doc_id = py_str(id);
        let p = match pred_index.get(key) {
            Some(p) => p,
            None => {
                docs_without_output += 1;
                &empty
            }
        };
        let gs = sets(g);
        let ps = sets(p);
        let none = BTreeSet::new();
        let names: BTreeSet<&String> = gs.keys().chain(ps.keys()).collect();
        let mut entities = Prf::default();
        for name in names {
            let a = gs.get(name).unwrap_or(&none);
            let b = ps.get(name).unwrap_or(&none);
            let missed: Vec<&Item> = a.difference(b).collect();
            let spurious: Vec<&Item> = b.difference(a).collect();
            let counts = Prf {
                tp: a.intersection(b).count(),
                fp: spurious.len(),
                fn_: missed.len(),
            };
            totals.entry(name.clone()).or_default().add(counts);
            if name == "entities (all types)" {
                entities = counts;
            }
            if !missed.is_empty() || !spurious.is_empty() {
                let list = errors.entry(name.clone()).or_default();
                list.extend(
                    missed
                        .iter()
                        .map(|x| (doc_id.clone(), "missed", render_item(x))),
                );
                list.extend(
                    spurious
                        .iter()
                        .map(|x| (doc_id.clone(), "spurious", render_item(x))),
                );
            }
        }
        per_doc.push((doc_id, entities));
    }

    let mut measures: Vec<(String, Prf)> = ORDER
        .iter()
        .filter_map(|k| totals.get(*k).map(|v| (k.to_string(), *v)))
        .collect();
    measures.extend(
        totals
            .iter()
            .filter(|(k, _)| !ORDER.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), *v)),
    );

    Report {
        docs: gold.len(),
        docs_without_output,
        measures,
        per_doc,
        errors,
    }
}

/// Parses a `--min-f1` floor `MEASURE=F1`, e.g. `holds=0.6` or `entity:org=0.8`.
/// Aliases are resolved to the full measure name; whether the name is known is checked
/// by [`check_floors`], so that all problems are reported together.
pub fn parse_floor(s: &str) -> Result<(String, f64)> {
    let Some((name, value)) = s.rsplit_once('=') else {
        bail!("floor {s:?}: expected MEASURE=F1, e.g. holds=0.6");
    };
    let name = name.trim();
    if name.is_empty() {
        bail!("floor {s:?}: no measure name before '='");
    }
    let floor: f64 = value
        .trim()
        .parse()
        .with_context(|| format!("floor {s:?}: {value:?} is not a number"))?;
    if !(0.0..=1.0).contains(&floor) {
        bail!("floor {s:?}: F1 floor must be between 0 and 1");
    }
    Ok((canonical_measure(name), floor))
}

/// One message per floor that is not met: F1 below the floor, a measure name that
/// `score.py` never produces, or a known measure with nothing scored (neither gold nor
/// prediction had such items, so a floor on it says nothing and is likely a mistake).
/// An empty result means every floor holds. F1 is compared unrounded.
pub fn check_floors(report: &Report, floors: &[(String, f64)]) -> Vec<String> {
    let mut failures = Vec::new();
    for (name, floor) in floors {
        let name = canonical_measure(name);
        match report.get(&name) {
            Some(v) if v.f1() < *floor => failures.push(format!(
                "{name}: F1 {:.4} below floor {floor} (tp/fp/fn {}/{}/{})",
                v.f1(),
                v.tp,
                v.fp,
                v.fn_
            )),
            Some(_) => {}
            None if is_known_measure(&name) => failures.push(format!(
                "{name}: not scored (no gold or predicted items), floor {floor} cannot be checked"
            )),
            None => failures.push(format!(
                "{name}: unknown measure (known: {}; aliases: {})",
                ORDER.join(", "),
                ALIASES.map(|(a, _)| a).join(", ")
            )),
        }
    }
    failures
}

/// Full measure name for an alias; other names unchanged.
fn canonical_measure(name: &str) -> String {
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, full)| full)
        .to_string()
}

/// Whether `score.py` can produce a measure of this name (per-type measures exist for
/// any entity type).
fn is_known_measure(name: &str) -> bool {
    ORDER.contains(&name)
        || ["entity:", "mention:"]
            .iter()
            .any(|p| name.strip_prefix(p).is_some_and(|t| !t.is_empty()))
}

// ---------------------------------------------------------------------------------------
// Reducing documents to sets

/// A hashable JSON scalar compared as Python compares it: `true == 1 == 1.0`, `"1"` apart.
/// `Other` holds lists and objects (unhashable in Python, where score.py would raise).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Atom {
    None,
    Int(i128),
    /// A non-integral float, by its bits.
    Float(u64),
    Str(String),
    Other(String),
}

impl Atom {
    fn of(v: Option<&Value>) -> Atom {
        match v {
            None | Some(Value::Null) => Atom::None,
            Some(Value::Bool(b)) => Atom::Int(i128::from(*b)),
            Some(Value::Number(n)) => {
                if let Some(i) = n.as_i64() {
                    Atom::Int(i128::from(i))
                } else if let Some(u) = n.as_u64() {
                    Atom::Int(i128::from(u))
                } else {
                    let f = n.as_f64().unwrap_or(f64::NAN);
                    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38 {
                        Atom::Int(f as i128)
                    } else {
                        Atom::Float(f.to_bits())
                    }
                }
            }
            Some(Value::String(s)) => Atom::Str(s.clone()),
            Some(other) => Atom::Other(other.to_string()),
        }
    }

    /// Python's `repr()`.
    fn repr(&self) -> String {
        match self {
            Atom::None => "None".to_string(),
            Atom::Int(i) => i.to_string(),
            Atom::Float(bits) => py_float_repr(f64::from_bits(*bits)),
            Atom::Str(s) => py_repr_str(s),
            Atom::Other(s) => s.clone(),
        }
    }
}

/// A set element: one atom (entity text, reporter) or a tuple of them.
type Item = Vec<Atom>;

/// How Python's `print` shows a set element: a bare string, or a tuple's repr.
fn render_item(item: &Item) -> String {
    match item.as_slice() {
        [Atom::Str(s)] => s.clone(),
        [one] => one.repr(),
        many => format!(
            "({})",
            many.iter().map(Atom::repr).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// The four lists `score.py`'s `load` keeps per document id.
#[derive(Default)]
struct MergedDoc {
    entities: Vec<Value>,
    holds: Vec<Value>,
    events: Vec<Value>,
    reporters: Vec<Value>,
}

/// Groups lines by id in first-seen order: (key, id as given, merged lists).
fn merge(lines: &[Value]) -> Vec<(Atom, Value, MergedDoc)> {
    let mut docs: Vec<(Atom, Value, MergedDoc)> = Vec::new();
    let mut index: HashMap<Atom, usize> = HashMap::new();
    for line in lines {
        let Value::Object(d) = line else { continue };
        // d.get("id", d.get("doc_id")): an explicit "id": null wins over "doc_id".
        let id = d
            .get("id")
            .or_else(|| d.get("doc_id"))
            .cloned()
            .unwrap_or(Value::Null);
        let key = Atom::of(Some(&id));
        let i = *index.entry(key.clone()).or_insert_with(|| {
            docs.push((key, id, MergedDoc::default()));
            docs.len() - 1
        });
        let doc = &mut docs[i].2;
        // d.get(k) or []: a falsy value adds nothing.
        for (field, list) in [
            ("entities", &mut doc.entities),
            ("holds", &mut doc.holds),
            ("events", &mut doc.events),
            ("reporters", &mut doc.reporters),
        ] {
            if truthy(d.get(field)) {
                list.extend(py_iter(d.get(field)));
            }
        }
    }
    docs
}

/// Elements of a value as Python iterates it: list items, a string's characters, an
/// object's keys. Other values are not iterable (Python raises); they yield nothing.
fn py_iter(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::String(s)) => s.chars().map(|c| Value::String(c.to_string())).collect(),
        Some(Value::Object(m)) => m.keys().map(|k| Value::String(k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// Python truthiness of a JSON value (absent counts as `None`).
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(m)) => !m.is_empty(),
    }
}

/// Python's `str()` of a JSON value: strings bare, everything else as `repr()`.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr()` of the value `json.loads` would build. (Object keys come in
/// `serde_json`'s order, sorted, where Python keeps file order; only dates given as
/// objects could tell, and annotation never writes them.)
fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => {
            if n.is_i64() || n.is_u64() {
                n.to_string()
            } else {
                py_float_repr(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(s) => py_repr_str(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Python's `repr()` of a string: single quotes unless it holds `'` and no `"`; common
/// escapes. (Python also escapes rarer non-printable characters; those only matter for
/// dates given as lists or objects, which annotation never uses.)
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..=0xa0).contains(&(c as u32)) => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if py_isspace(c) && c != ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a float: shortest round-trip digits, positional for exponents
/// -4..16, otherwise `d.ddde+XX`.
fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if f < 0.0 { "-" } else { "" };
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            let mut int_part = digits.chars().take(int_len).collect::<String>();
            while int_part.len() < int_len {
                int_part.push('0');
            }
            let frac: String = digits.chars().skip(int_len).collect();
            format!("{int_part}.{}", if frac.is_empty() { "0" } else { &frac })
        } else {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    format!("{sign}{body}")
}

/// Adds one item to a named set.
fn put(s: &mut BTreeMap<String, BTreeSet<Item>>, name: &str, item: Item) {
    s.entry(name.to_string()).or_default().insert(item);
}

fn text(s: String) -> Atom {
    Atom::Str(s)
}

/// `score.py`'s `sets(doc)`: every measure's set for one merged document. A measure is
/// present only once an item is added to it, which decides which rows the report has.
fn sets(doc: &MergedDoc) -> BTreeMap<String, BTreeSet<Item>> {
    let mut s = BTreeMap::new();
    for e in &doc.entities {
        let Value::Object(e) = e else { continue };
        let t = e.get("type").cloned().unwrap_or(Value::Null);
        let t_name = py_str(&t);
        let t_atom = Atom::of(Some(&t));
        let txt = norm_text(e.get("text"));
        put(&mut s, &format!("entity:{t_name}"), vec![text(txt.clone())]);
        put(
            &mut s,
            "entities (all types)",
            vec![t_atom.clone(), text(txt.clone())],
        );
        if let Some(start) = e.get("start").filter(|v| !v.is_null()) {
            let (start, end) = (Atom::of(Some(start)), Atom::of(e.get("end")));
            put(
                &mut s,
                &format!("mention:{t_name}"),
                vec![start.clone(), end.clone()],
            );
            put(&mut s, "mentions (all types)", vec![t_atom, start, end]);
        }
        if t.as_str() == Some("org") && truthy(e.get("kind")) {
            put(&mut s, "org kind", vec![text(txt), Atom::of(e.get("kind"))]);
        }
    }
    for h in &doc.holds {
        let Some([p, t, o]) = as_hold(h) else {
            continue;
        };
        let (p, t, o) = (
            norm_text(p.as_ref()),
            norm_text(t.as_ref()),
            norm_text(o.as_ref()),
        );
        if !p.is_empty() && !t.is_empty() {
            put(
                &mut s,
                "holds (person,title)",
                vec![text(p.clone()), text(t)],
            );
        }
        if !p.is_empty() && !o.is_empty() {
            put(&mut s, "affiliation (person,org)", vec![text(p), text(o)]);
        }
    }
    for ev in &doc.events {
        let Value::Object(ev) = ev else { continue };
        let typ = Atom::of(ev.get("type"));
        let date = norm_date(ev.get("date"));
        for p in py_iter(ev.get("participants")) {
            let name = match &p {
                Value::Object(m) => norm_text(m.get("name")),
                other => norm_text(Some(other)),
            };
            if name.is_empty() {
                continue;
            }
            put(
                &mut s,
                "attendance (person,type,date)",
                vec![text(name.clone()), typ.clone(), text(date.clone())],
            );
            put(
                &mut s,
                "attendance (person,date)",
                vec![text(name.clone()), text(date.clone())],
            );
            if let Value::Object(m) = &p
                && truthy(m.get("role"))
            {
                put(
                    &mut s,
                    "roles (person,type,date,role)",
                    vec![
                        text(name),
                        typ.clone(),
                        text(date.clone()),
                        Atom::of(m.get("role")),
                    ],
                );
            }
        }
        if ev.get("type").and_then(Value::as_str) == Some("signing") {
            // No emptiness check here in score.py: a null party scores as ("", date).
            for o in py_iter(ev.get("parties")) {
                put(
                    &mut s,
                    "signing parties (org,date)",
                    vec![text(norm_text(Some(&o))), text(date.clone())],
                );
            }
        }
    }
    for r in &doc.reporters {
        let name = match r {
            Value::String(_) => norm_text(Some(r)),
            Value::Object(m) => norm_text(m.get("name")),
            _ => continue,
        };
        // No emptiness check in score.py either.
        put(&mut s, "reporters", vec![text(name)]);
    }
    s
}

/// `as_hold`: `{"person","title","org"}` or a sequence padded with `None` to three.
fn as_hold(h: &Value) -> Option<[Option<Value>; 3]> {
    match h {
        Value::Object(m) => Some(["person", "title", "org"].map(|k| m.get(k).cloned())),
        Value::Array(_) | Value::String(_) => {
            let mut items = py_iter(Some(h)).into_iter();
            Some([items.next(), items.next(), items.next()])
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Normalization

/// `norm_text`: full-width ASCII forms (U+FF01..U+FF5E) folded to ASCII, then all
/// whitespace removed, so `（` = `(` and `张 三` = `张三`. Missing, null and other
/// non-string values read as empty.
pub fn norm_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => norm_str(s),
        _ => String::new(),
    }
}

/// [`norm_text`] on a string.
pub fn norm_str(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            cp @ 0xFF01..=0xFF5E => char::from_u32(cp - 0xFF01 + 0x21).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !py_isspace(*c))
        .collect()
}

/// Python's `str.isspace()` and regex `\s`: Unicode White_Space plus the separators
/// U+001C..U+001F (which Rust's `char::is_whitespace` leaves out).
fn py_isspace(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{d}'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// First code point of every run of ten Unicode decimal digits (category Nd, Unicode 14 as
/// in the Python 3.11 that runs score.py): Python's `\d` matches all of them and `int()`
/// reads them, so `norm_date` must too.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit, as Python's `\d` and `int()` see it.
fn digit(c: char) -> Option<u32> {
    let cp = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&cp))
        .map(|z| cp - z)
}

/// `norm_date`: an event date reduced to `MM-DD`, `-DD` or empty. The three patterns of
/// score.py, tried in order, each searched leftmost-first over the whole string:
/// `(\d{4})-(\d{1,2})-(\d{1,2})` → `MM-DD`; `(\d{1,2})月(\d{1,2})日` → `MM-DD`;
/// `(\d{1,2})[日号]` → `-DD`. Chinese numerals (`十五日`) give empty, as in score.py.
/// Non-string dates are read through Python's `str()`.
pub fn norm_date(v: Option<&Value>) -> String {
    if !truthy(v) {
        return String::new();
    }
    let s = v.map(py_str).unwrap_or_default();
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    // (\d{4})-(\d{1,2})-(\d{1,2})
    for i in 0..n {
        if i + 5 > n || !chars[i..i + 4].iter().all(|c| digit(*c).is_some()) || chars[i + 4] != '-'
        {
            continue;
        }
        let Some((month, j)) = short_number_then(&chars, i + 5, |c| c == '-') else {
            continue;
        };
        let run = chars[j + 1..]
            .iter()
            .take(2)
            .map_while(|c| digit(*c))
            .collect::<Vec<_>>();
        if !run.is_empty() {
            let day = run.iter().fold(0, |acc, d| acc * 10 + d);
            return format!("{month:02}-{day:02}");
        }
    }
    // (\d{1,2})月(\d{1,2})日
    for i in 0..n {
        if let Some((month, j)) = short_number_then(&chars, i, |c| c == '月')
            && let Some((day, _)) = short_number_then(&chars, j + 1, |c| c == '日')
        {
            return format!("{month:02}-{day:02}");
        }
    }
    // (\d{1,2})[日号]
    for i in 0..n {
        if let Some((day, _)) = short_number_then(&chars, i, |c| c == '日' || c == '号') {
            return format!("-{day:02}");
        }
    }
    String::new()
}

/// Matches `(\d{1,2})` followed by a terminator at `chars[i..]`: returns the number and the
/// terminator's index. Backtracking from two digits to one can never help (the second
/// digit is not a terminator), so exactly one or two digits must precede it.
fn short_number_then(chars: &[char], i: usize, end: impl Fn(char) -> bool) -> Option<(u32, usize)> {
    let mut value = 0;
    let mut j = i;
    while j < chars.len() && j < i + 2 {
        match digit(chars[j]) {
            Some(d) => value = value * 10 + d,
            None => break,
        }
        j += 1;
    }
    (j > i && j < chars.len() && end(chars[j])).then_some((value, j))
}
