//! What the analyst opens: guanxi.xlsx read back with calamine, the CSV files as Excel
//! sees them (BOM, formula injection), graph.graphml, --format, --render, and the exit
//! codes of a run that cannot read or write. Inputs are the bundled example page or
//! sentences written for these tests; nothing here reads ../shared.

use calamine::{Data, Reader, Xlsx, open_workbook};
use guanxi::export::cell::is_risky;
use guanxi::export::xlsx::{Sheet, XlsxWriter};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SHEETS: [&str; 8] = [
    "About",
    "People",
    "Positions",
    "Organizations",
    "Events",
    "Participants",
    "Signings",
    "Mentions",
];

fn guanxi() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guanxi"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> Output {
    guanxi().args(args).output().expect("run guanxi")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_ok(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(o));
}

fn p(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// `guanxi extract examples/ -o TMP` plus `extra` flags.
fn extract_example(extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out");
    let mut args = vec!["extract", "examples/", "-o", p(&out)];
    args.extend_from_slice(extra);
    assert_ok(&run(&args));
    (dir, out)
}

/// Every sheet of a workbook: name → rows of cells (the header row first).
fn read_workbook(path: &Path) -> (Vec<String>, BTreeMap<String, Vec<Vec<Data>>>) {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let names = wb.sheet_names();
    let mut sheets = BTreeMap::new();
    for name in &names {
        let range = wb.worksheet_range(name).expect("sheet");
        let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
        let formulas = wb.worksheet_formula(name).expect("formulas");
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{name}: a formula in the workbook"
        );
        sheets.insert(name.clone(), rows);
    }
    (names, sheets)
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        other => format!("{other:?}"),
    }
}

/// Rows of a sheet as text, keyed by the header: one map per data row.
fn records(sheets: &BTreeMap<String, Vec<Vec<Data>>>, name: &str) -> Vec<BTreeMap<String, Data>> {
    let rows = &sheets[name];
    let header: Vec<String> = rows[0].iter().map(text).collect();
    rows[1..]
        .iter()
        .map(|r| header.iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

fn s(r: &BTreeMap<String, Data>, col: &str) -> String {
    r.get(col).map(text).unwrap_or_default()
}

/// The XML of each worksheet in the xlsx (zip) file, in order.
fn sheet_xml(path: &Path) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut out = Vec::new();
    for i in 1.. {
        let Ok(mut f) = zip.by_name(&format!("xl/worksheets/sheet{i}.xml")) else {
            break;
        };
        let mut xml = String::new();
        f.read_to_string(&mut xml).unwrap();
        out.push(xml);
    }
    out
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The bar: `guanxi extract examples/ -o TMP` writes TMP/guanxi.xlsx with the sheets,
/// 曹升灵 副市长, and the 10月12日 signing with its participants and parties.
#[test]
fn the_example_workbook_has_every_sheet_and_the_signing() {
    let (_dir, out) = extract_example(&["-q"]);
    let path = out.join("guanxi.xlsx");
    let (names, sheets) = read_workbook(&path);
    assert_eq!(names, SHEETS);

    let people = records(&sheets, "People");
    let cao = people
        .iter()
        .find(|r| s(r, "name") == "曹升灵")
        .expect("曹升灵 on People");
    assert!(s(cao, "titles").contains("副市长"), "{cao:?}");

    let positions = records(&sheets, "Positions");
    assert!(
        positions.iter().any(|r| s(r, "person") == "曹升灵"
            && s(r, "title") == "副市长"
            && s(r, "doc_id") == "examples/heze-kfq.txt"),
        "{positions:?}"
    );

    let events = records(&sheets, "Events");
    let signing = events
        .iter()
        .find(|r| s(r, "type") == "signing" && s(r, "date") == "10月12日")
        .expect("the 10月12日 signing on Events");
    let id = s(signing, "event_id");
    assert_eq!(id, "examples/heze-kfq.txt#e1");
    assert_eq!(
        signing["article"],
        Data::Float(0.0),
        "article is a number cell"
    );
    assert_eq!(
        signing["date_iso"],
        Data::Empty,
        "no year on the page, no date"
    );

    let participants = records(&sheets, "Participants");
    assert!(
        participants.iter().any(|r| s(r, "event_id") == id
            && s(r, "person") == "曹升灵"
            && s(r, "title") == "副市长"),
        "{participants:?}"
    );
    let parties: Vec<String> = records(&sheets, "Signings")
        .iter()
        .filter(|r| s(r, "event_id") == id)
        .map(|r| s(r, "party"))
        .collect();
    assert_eq!(parties, ["北京金盾麟瑞通信科技有限公司", "市开发区"]);

    let orgs = records(&sheets, "Organizations");
    let kfq = orgs
        .iter()
        .find(|r| s(r, "name") == "市开发区")
        .expect("市开发区 on Organizations");
    assert_eq!(s(kfq, "kind"), "government");
    assert!(s(kfq, "people").contains("李国珍 (党委书记)"), "{kfq:?}");
    assert!(s(kfq, "events").contains(&id), "{kfq:?}");

    // Mentions: one row per entity of documents.jsonl, offsets as numbers, repeated
    // as TRUE/FALSE.
    let doc: Value = serde_json::from_str(
        fs::read_to_string(out.join("documents.jsonl"))
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    let mentions = records(&sheets, "Mentions");
    assert_eq!(mentions.len(), doc["entities"].as_array().unwrap().len());
    let first = &doc["entities"][0];
    assert_eq!(s(&mentions[0], "text"), first["text"].as_str().unwrap());
    assert_eq!(
        mentions[0]["start"],
        Data::Float(first["start"].as_f64().unwrap())
    );
    assert!(
        mentions
            .iter()
            .all(|r| matches!(r["repeated"], Data::Bool(_)))
    );
    assert!(mentions.iter().any(|r| r["repeated"] == Data::Bool(true)));

    // About says what each sheet holds and how to find the source.
    let about: Vec<String> = sheets["About"].iter().flatten().map(text).collect();
    for sheet in &SHEETS[1..] {
        assert!(
            about.iter().any(|c| c == sheet),
            "About does not list {sheet}"
        );
    }
    let about = about.join("\n");
    for words in ["doc_id", "start and end", "event_id", "date_iso"] {
        assert!(about.contains(words), "About lacks {words:?}");
    }

    // Every data sheet: header row frozen, autofilter on, column widths set.
    let xml = sheet_xml(&path);
    assert_eq!(xml.len(), SHEETS.len());
    for (name, x) in SHEETS.iter().zip(&xml).skip(1) {
        assert!(
            x.contains("ySplit=\"1\"") && x.contains("state=\"frozen\""),
            "{name}"
        );
        assert!(x.contains("<autoFilter"), "{name}");
        assert!(x.contains("customWidth=\"1\""), "{name}");
    }
    // no temporary file is left behind
    assert!(
        file_names(&out).iter().all(|n| !n.starts_with('.')),
        "{:?}",
        file_names(&out)
    );
}

/// Excel's serial number of a date (1900 system, after February 1900).
fn serial(y: i64, m: i64, d: i64) -> f64 {
    // days from 1899-12-30 (civil-from-days arithmetic)
    let days = |y: i64, m: i64, d: i64| {
        let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
    };
    (days(y, m, d) - days(1899, 12, 30)) as f64
}

#[test]
fn iso_dates_are_date_cells_and_the_written_date_stays_text() {
    let (_dir, out) = extract_example(&["-q", "--year", "2020", "--format", "xlsx"]);
    assert_eq!(file_names(&out), ["guanxi.xlsx"]);
    let (_, sheets) = read_workbook(&out.join("guanxi.xlsx"));
    let events = records(&sheets, "Events");
    let signing = events
        .iter()
        .find(|r| s(r, "event_id") == "examples/heze-kfq.txt#e1")
        .expect("the signing");
    assert_eq!(signing["date"], Data::String("10月12日".into()));
    match &signing["date_iso"] {
        Data::DateTime(d) => {
            assert!(d.is_datetime());
            assert_eq!(d.as_f64(), serial(2020, 10, 12));
        }
        other => panic!("date_iso is not a date cell: {other:?}"),
    }

    // a document's date field: as written in `date`, a date cell in `date_iso`
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    let line =
        json!({"id": "d1", "date": "2024年3月15日", "text": "3月15日，副市长王小明出席签约仪式。"});
    fs::write(&input, format!("{line}\n")).unwrap();
    let out = dir.path().join("out");
    assert_ok(&run(&["extract", p(&input), "-o", p(&out), "-q"]));
    let (_, sheets) = read_workbook(&out.join("guanxi.xlsx"));
    let pos = &records(&sheets, "Positions")[0];
    assert_eq!(s(pos, "date"), "2024年3月15日");
    assert!(
        matches!(&pos["date_iso"], Data::DateTime(d) if d.as_f64() == serial(2024, 3, 15)),
        "{pos:?}"
    );
    let person = records(&sheets, "People")
        .into_iter()
        .find(|r| s(r, "name") == "王小明")
        .expect("王小明 on People");
    assert!(
        matches!(&person["first_date"], Data::DateTime(d) if d.as_f64() == serial(2024, 3, 15)),
        "{person:?}"
    );
}

/// The bar: a hostile page's `=HYPERLINK("x")` (and `+`, `-`, `@`, tab) comes out with
/// a `'` in front in every CSV file and in the workbook, as text, never a formula.
#[test]
fn formula_injection_is_neutralized_in_csv_and_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hostile.jsonl");
    let hostile = ["=HYPERLINK(\"x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\t=1"];
    let mut lines = String::new();
    for (i, id) in hostile.iter().enumerate() {
        let text = format!(
            "10月1{i}日，副市长=HYPERLINK(\"x\")与王建国出席签约仪式。=HYPERLINK(\"x\")公司与市开发区签约。"
        );
        lines.push_str(&json!({"id": id, "text": text, "date": "=1+1"}).to_string());
        lines.push('\n');
    }
    fs::write(&input, lines).unwrap();
    let out = dir.path().join("out");
    assert_ok(&run(&["extract", p(&input), "-o", p(&out), "-q"]));

    // documents.jsonl keeps the ids as they are
    let docs = fs::read_to_string(out.join("documents.jsonl")).unwrap();
    assert!(docs.contains(r#""id":"=HYPERLINK(\"x\")""#), "{docs}");

    // every cell of every CSV file
    let mut seen_doc_id = 0;
    for name in guanxi::export::outputs::CSV_FILES {
        let mut r = csv::Reader::from_path(out.join(name)).unwrap();
        for rec in r.records() {
            for cell in rec.unwrap().iter() {
                assert!(!is_risky(cell), "{name}: {cell:?}");
                if cell == "'=HYPERLINK(\"x\")" {
                    seen_doc_id += 1;
                }
            }
        }
    }
    assert!(seen_doc_id > 5, "the hostile doc id is in the tables");
    let mentions = fs::read_to_string(out.join("mentions.csv")).unwrap();
    assert!(
        mentions.contains("\n\"'=HYPERLINK(\"\"x\"\")\",") && mentions.contains("\n'+1+cmd,"),
        "{mentions}"
    );

    // every cell of every sheet: text, not a formula, neutralized
    let (_, sheets) = read_workbook(&out.join("guanxi.xlsx"));
    let mut quoted = BTreeMap::new();
    for (name, rows) in &sheets {
        for cell in rows.iter().flatten() {
            if let Data::String(t) = cell {
                assert!(!is_risky(t), "{name}: {t:?}");
                for h in hostile {
                    if *t == format!("'{h}") {
                        *quoted.entry(h).or_insert(0) += 1;
                    }
                }
            }
        }
    }
    for h in hostile {
        assert!(quoted.get(h).is_some_and(|n| *n >= 2), "{h:?}: {quoted:?}");
    }
    let m = records(&sheets, "Mentions");
    assert_eq!(s(&m[0], "doc_id"), "'=HYPERLINK(\"x\")");
}

#[test]
fn csv_files_start_with_a_bom_unless_no_bom() {
    let (_dir, out) = extract_example(&["-q", "--format", "csv"]);
    let names = file_names(&out);
    assert_eq!(names.len(), 8, "{names:?}");
    for name in &names {
        let bytes = fs::read(out.join(name)).unwrap();
        assert!(bytes.starts_with(b"\xef\xbb\xbf"), "{name}");
    }
    let (_dir, out) = extract_example(&["-q", "--format", "csv", "--no-bom"]);
    for name in file_names(&out) {
        let bytes = fs::read(out.join(&name)).unwrap();
        assert!(!bytes.starts_with(b"\xef\xbb\xbf"), "{name}");
        assert!(bytes.is_ascii() || std::str::from_utf8(&bytes).is_ok());
    }
}

#[test]
fn format_chooses_the_outputs() {
    let (_dir, out) = extract_example(&["-q", "--format", "jsonl,dot"]);
    assert_eq!(file_names(&out), ["documents.jsonl", "graph.dot"]);
    let (_dir, out) = extract_example(&["-q", "--format", "graphml", "--format", "xlsx"]);
    assert_eq!(file_names(&out), ["graph.graphml", "guanxi.xlsx"]);
    let o = run(&["extract", "examples/", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("pdf"), "{}", stderr(&o));
    // --stream writes no files: asking for formats with it is a usage error
    let o = run(&["extract", "--stream", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// A node's or edge's data: attribute name → value.
type Attrs = BTreeMap<String, String>;
/// GraphML nodes (id → data) and edges (source, target, data).
type Graph = (BTreeMap<String, Attrs>, Vec<(String, String, Attrs)>);

/// Parse GraphML with quick-xml (panics when it is not well-formed).
fn parse_graphml(xml: &str) -> Graph {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    let mut nodes = BTreeMap::new();
    let mut edges = Vec::new();
    let mut current: Option<(bool, String, String, Attrs)> = None;
    let mut key = String::new();
    let mut depth = 0i32;
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> String {
        e.try_get_attribute(name)
            .expect("attribute")
            .map(|a| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .expect("escaped")
                    .into_owned()
            })
            .unwrap_or_default()
    };
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed: {e}"))
        {
            Event::Start(e) | Event::Empty(e) if e.name().0 == "key" => {
                keys.insert(attr(&e, "id"), attr(&e, "attr.name"));
            }
            Event::Start(e) => {
                depth += 1;
                match e.name().0 {
                    "node" => current = Some((true, attr(&e, "id"), String::new(), Attrs::new())),
                    "edge" => {
                        current =
                            Some((false, attr(&e, "source"), attr(&e, "target"), Attrs::new()))
                    }
                    "data" => key = keys.get(&attr(&e, "key")).cloned().expect("declared key"),
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some((_, _, _, attrs)) = &mut current
                    && !key.is_empty()
                {
                    let s = t.xml10_content().into_owned();
                    attrs.entry(key.clone()).or_default().push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, _, _, attrs)) = &mut current
                    && !key.is_empty()
                {
                    let c = match r.xml10_content().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unknown entity {other}"),
                    };
                    attrs.entry(key.clone()).or_default().push_str(c);
                }
            }
            Event::End(e) => {
                depth -= 1;
                match e.name().0 {
                    "data" => key.clear(),
                    "node" | "edge" => match current.take() {
                        Some((true, id, _, attrs)) => {
                            nodes.insert(id, attrs);
                        }
                        Some((false, s, t, attrs)) => edges.push((s, t, attrs)),
                        None => {}
                    },
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "unbalanced");
    (nodes, edges)
}

#[test]
fn graphml_has_typed_nodes_and_edges() {
    let (_dir, out) = extract_example(&["-q", "--format", "graphml"]);
    let xml = fs::read_to_string(out.join("graph.graphml")).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
    let (nodes, edges) = parse_graphml(&xml);
    let cao = nodes
        .iter()
        .find(|(_, a)| a.get("label").map(String::as_str) == Some("曹升灵"))
        .map(|(id, a)| (id.clone(), a.clone()))
        .expect("a node for 曹升灵");
    assert_eq!(cao.1["type"], "person");
    assert_eq!(cao.1["title"], "副市长");
    let (_, signing) = nodes
        .iter()
        .find(|(_, a)| a.get("event_id").map(String::as_str) == Some("examples/heze-kfq.txt#e1"))
        .expect("the signing node");
    assert_eq!(signing["type"], "event");
    assert_eq!(signing["event_type"], "signing");
    assert_eq!(signing["date"], "10月12日");
    assert_eq!(signing["doc_id"], "examples/heze-kfq.txt");
    let types: std::collections::BTreeSet<&str> = nodes
        .values()
        .filter_map(|a| a.get("type"))
        .map(String::as_str)
        .collect();
    assert_eq!(types, ["event", "org", "person"].into_iter().collect());
    let attended = edges
        .iter()
        .find(|(src, _, a)| *src == cao.0 && a["type"] == "attended")
        .expect("曹升灵 attended");
    assert_eq!(attended.2["role"], "speaker");
    for t in ["holds", "party"] {
        assert!(edges.iter().any(|(_, _, a)| a["type"] == t), "no {t} edge");
    }
    for (s, t, _) in &edges {
        assert!(nodes.contains_key(s) && nodes.contains_key(t), "{s} -> {t}");
    }
}

#[test]
fn graphml_escapes_what_a_page_holds() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("odd.jsonl");
    let id = "a<b>&\"c'\u{1}]]>";
    let line = json!({"id": id, "text": "10月12日，副市长王建国出席签约仪式。"});
    fs::write(&input, format!("{line}\n")).unwrap();
    let out = dir.path().join("out");
    assert_ok(&run(&[
        "extract",
        p(&input),
        "-o",
        p(&out),
        "-q",
        "--format",
        "graphml",
    ]));
    let xml = fs::read_to_string(out.join("graph.graphml")).unwrap();
    let (nodes, _) = parse_graphml(&xml);
    let event = nodes
        .values()
        .find(|a| a.get("type").map(String::as_str) == Some("event"))
        .expect("an event node");
    assert_eq!(
        event["doc_id"], "a<b>&\"c']]>",
        "escaped, the control character dropped"
    );
}

#[test]
fn render_svg_draws_the_graph_or_says_what_to_install() {
    let dot = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if dot {
        let (_dir, out) = extract_example(&["-q", "--format", "jsonl", "--render", "svg"]);
        assert_eq!(
            file_names(&out),
            ["documents.jsonl", "graph.dot", "graph.svg"]
        );
        let svg = fs::read_to_string(out.join("graph.svg")).unwrap();
        assert!(svg.contains("<svg") && svg.contains("曹升灵"), "{svg}");
    } else {
        eprintln!("note: `dot` (GraphViz) not installed; only the missing-dot path is checked");
    }
    // without dot on PATH: exit 5, the packages to install, the other outputs written
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = guanxi()
        .args(["extract", "examples/", "-o", p(&out), "--render", "svg"])
        .env("PATH", dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let err = stderr(&o);
    for words in ["dot", "apt-get install graphviz", "brew install graphviz"] {
        assert!(err.contains(words), "{err}");
    }
    assert!(out.join("graph.dot").exists() && out.join("guanxi.xlsx").exists());
}

#[test]
fn unwritable_output_exits_4_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    fs::write(&file, "x").unwrap();
    let target = file.join("out");
    let o = run(&["extract", "examples/", "-o", p(&target)]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains(p(&target)), "{}", stderr(&o));

    // a folder where guanxi.xlsx should go: the run stops with the path named, the
    // files written before it are whole and no temporary file is left
    let out = dir.path().join("out");
    fs::create_dir_all(out.join("guanxi.xlsx")).unwrap();
    let o = run(&["extract", "examples/", "-o", p(&out)]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("guanxi.xlsx"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert!(
        file_names(&out).iter().all(|n| !n.starts_with('.')),
        "{:?}",
        file_names(&out)
    );
}

#[test]
fn missing_input_exits_1_and_no_input_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = run(&["extract", "examples/", "no/such/folder", "-o", p(&out)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("no/such/folder"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing is written when an input is missing");
    let o = run(&["extract", "-o", p(&out)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no input"), "{}", stderr(&o));
}

#[test]
fn help_documents_formats_and_exit_codes() {
    let top = String::from_utf8(run(&["--help"]).stdout).unwrap();
    let extract = String::from_utf8(run(&["extract", "--help"]).stdout).unwrap();
    for help in [&top, &extract] {
        assert!(help.contains("Exit codes"), "{help}");
        for code in ["  4  an output cannot be written", "  5  --render"] {
            assert!(help.contains(code), "{help}");
        }
    }
    for flag in [
        "--format",
        "--render",
        "--no-bom",
        "--stream",
        "-q",
        "guanxi.xlsx",
        "graph.graphml",
    ] {
        assert!(extract.contains(flag), "{flag}: {extract}");
    }
}

#[test]
fn summary_line_counts_documents_entities_events_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["extract", "examples/", "-o", p(&dir.path().join("out"))]);
    assert_ok(&o);
    let err = stderr(&o);
    let last = err.lines().last().unwrap_or("");
    assert!(last.starts_with("guanxi: 1 document, "), "{err}");
    for words in ["entities", "events", "0 warnings", " s -> "] {
        assert!(last.contains(words), "{last}");
    }
    let o = run(&["extract", "examples/", "-q", "-o", p(&dir.path().join("q"))]);
    assert_ok(&o);
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

/// A sheet past Excel's row limit goes on in "Mentions (2)" (here with 3 rows a sheet).
#[test]
fn a_full_sheet_goes_on_in_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    let mut w = XlsxWriter::with_max_rows(&path, 3).unwrap();
    for i in 0..5 {
        let row = [
            "d",
            "person",
            "",
            "名字",
            &i.to_string(),
            "9",
            "0",
            "false",
            "x",
        ];
        w.write_row(Sheet::Mentions, &row).unwrap();
    }
    let notes = w.finish(&Default::default()).unwrap();
    assert_eq!(notes.len(), 1, "{notes:?}");
    let (names, sheets) = read_workbook(&path);
    assert_eq!(&names[..8], SHEETS);
    assert_eq!(&names[8..], ["Mentions (2)", "Mentions (3)"]);
    let starts: Vec<String> = ["Mentions", "Mentions (2)", "Mentions (3)"]
        .iter()
        .flat_map(|n| records(&sheets, n).into_iter().map(|r| s(&r, "start")))
        .collect();
    assert_eq!(starts, ["0", "1", "2", "3", "4"]);
}

/// `guanxi extract pages/ -o pages/out` twice: the second run does not read the first
/// run's documents.jsonl back in as input.
#[test]
fn an_output_folder_inside_the_input_folder_is_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    fs::create_dir(&pages).unwrap();
    fs::write(pages.join("p.txt"), "副市长王建国出席签约仪式。").unwrap();
    let out = pages.join("out");
    for _ in 0..2 {
        let o = run(&["extract", p(&pages), "-o", p(&out)]);
        assert_ok(&o);
        assert!(stderr(&o).contains("guanxi: 1 document,"), "{}", stderr(&o));
    }
    let o = run(&["extract", p(&pages), "-o", p(&out)]);
    assert!(stderr(&o).contains("skipped"), "{}", stderr(&o));
}
