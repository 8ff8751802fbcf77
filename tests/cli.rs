//! The `guanxi` command on real text: the bundled example page, JSON Lines on stdin,
//! user dictionaries, the scorer, and the errors a user sees.

use serde_json::{Value, json};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = "examples/heze-kfq.txt";

/// The binary, run from the crate root (so `examples/` resolves as in the README).
fn guanxi() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_guanxi"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> Output {
    guanxi().args(args).output().expect("run guanxi")
}

fn run_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = guanxi()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run guanxi");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        input.write_all(&bytes).unwrap();
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn assert_ok(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(o));
}

fn p(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn entities(doc: &Value) -> &Vec<Value> {
    doc["entities"].as_array().expect("entities array")
}

fn texts_of<'a>(doc: &'a Value, etype: &str) -> Vec<&'a str> {
    entities(doc)
        .iter()
        .filter(|e| e["type"] == etype)
        .map(|e| e["text"].as_str().unwrap())
        .collect()
}

/// The offset contract: `start < end <= len` in code points of the text as given, and
/// the original slice, with white space removed, is the entity's text without white
/// space.
fn check_offsets(doc: &Value, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for e in entities(doc) {
        let start = e["start"].as_u64().unwrap() as usize;
        let end = e["end"].as_u64().unwrap() as usize;
        let t = e["text"].as_str().unwrap();
        assert!(
            start < end && end <= chars.len(),
            "bad offsets {start}..{end} (len {}) for {e}",
            chars.len()
        );
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(squeeze(&slice), squeeze(t), "slice {slice:?} for {e}");
    }
}

/// Run `extract examples/` once per test that needs it.
fn extract_example() -> (tempfile::TempDir, Value) {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["extract", "examples/", "-o", p(dir.path())]);
    assert_ok(&out);
    let docs = read_jsonl(&dir.path().join("documents.jsonl"));
    assert_eq!(docs.len(), 1, "one document for one page");
    let doc = docs.into_iter().next().unwrap();
    (dir, doc)
}

fn example_text() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE)).unwrap()
}

#[test]
fn extract_example_writes_every_output_file() {
    let (dir, doc) = extract_example();
    // a file found by walking a folder is named by the folder as given plus its name
    assert_eq!(doc["id"], "examples/heze-kfq.txt");
    assert!(
        doc.get("meta").is_none(),
        "a .txt file has no metadata: {}",
        doc["meta"]
    );
    for field in ["articles", "entities", "holds", "events", "reporters"] {
        assert!(doc[field].is_array(), "{field} missing: {doc}");
    }

    let (header, rows) = read_csv(&dir.path().join("entities.csv"));
    assert_eq!(
        header,
        ["doc_id", "type", "kind", "text", "mentions", "first_offset"]
    );
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r[0] == "examples/heze-kfq.txt"));
    let (header, rows) = read_csv(&dir.path().join("mentions.csv"));
    assert_eq!(
        header,
        [
            "doc_id", "type", "kind", "text", "start", "end", "article", "repeated", "evidence"
        ]
    );
    assert_eq!(
        rows.len(),
        entities(&doc).len(),
        "one mention row per entity"
    );
    // no temporary files are left behind
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "documents.jsonl",
            "entities.csv",
            "events.csv",
            "graph.dot",
            "graph.graphml",
            "guanxi.xlsx",
            "mentions.csv",
            "organizations.csv",
            "participants.csv",
            "people.csv",
            "positions.csv",
            "signings.csv"
        ]
    );
}

#[test]
fn extract_example_finds_the_people_titles_and_orgs() {
    let (_dir, doc) = extract_example();
    let persons = texts_of(&doc, "person");
    for name in [
        "曹升灵",
        "李国珍",
        "练建军",
        "黄为学",
        "米国良",
        "乔晓峰",
        "孔鲁民",
    ] {
        assert!(
            persons.contains(&name),
            "person {name} missing: {persons:?}"
        );
    }
    let titles = texts_of(&doc, "title");
    for t in ["副市长", "党委书记", "管委会常务副主任"] {
        assert!(titles.contains(&t), "title {t} missing: {titles:?}");
    }
    let org_kind = |name: &str| -> Vec<String> {
        entities(&doc)
            .iter()
            .filter(|e| e["type"] == "org" && e["text"] == name)
            .map(|e| e["kind"].as_str().unwrap_or("").to_string())
            .collect()
    };
    for (name, kind) in [
        ("市开发区", "government"),
        ("北京金盾麟瑞通信科技有限公司", "company"),
        ("西安博银瑞泰实业有限公司", "company"),
    ] {
        let kinds = org_kind(name);
        assert!(
            !kinds.is_empty(),
            "org {name} missing: {:?}",
            texts_of(&doc, "org")
        );
        assert!(kinds.iter().all(|k| k == kind), "{name}: kinds {kinds:?}");
    }
}

#[test]
fn extract_example_org_split_by_a_line_break_maps_back_to_the_page() {
    let (_dir, doc) = extract_example();
    let text: Vec<char> = example_text().chars().collect();
    let name = "西安博银瑞泰实业有限公司";
    let mentions: Vec<&Value> = entities(&doc)
        .iter()
        .filter(|e| e["type"] == "org" && e["text"] == name)
        .collect();
    assert!(!mentions.is_empty());
    let mut split = 0;
    for e in mentions {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let slice: String = text[s..t].iter().collect();
        assert_eq!(squeeze(&slice), name, "{e}");
        if slice != name {
            assert!(slice.contains('\n'), "{slice:?}");
            split += 1;
        }
    }
    assert!(
        split >= 1,
        "the page breaks this name over lines at least once"
    );
}

#[test]
fn extract_example_holds_and_reporters() {
    let (_dir, doc) = extract_example();
    let holds = doc["holds"].as_array().unwrap();
    for h in [
        json!(["曹升灵", "副市长", null]),
        json!(["李国珍", "党委书记", "市开发区"]),
    ] {
        assert!(holds.contains(&h), "holds {h} missing: {holds:?}");
    }
    let reporters = doc["reporters"].as_array().unwrap();
    for r in ["许丹丹", "小锴", "皮光勇"] {
        assert!(
            reporters.contains(&json!(r)),
            "reporter {r} missing: {reporters:?}"
        );
    }
}

#[test]
fn extract_example_offsets_slice_the_original_text() {
    let (_dir, doc) = extract_example();
    assert!(entities(&doc).len() > 50);
    check_offsets(&doc, &example_text());
    let n = example_text().chars().count() as u64;
    for a in doc["articles"].as_array().unwrap() {
        assert!(a["start"].as_u64().unwrap() < a["end"].as_u64().unwrap());
        assert!(a["end"].as_u64().unwrap() <= n);
    }
}

#[test]
fn extract_example_marks_the_repeated_paragraph() {
    let (dir, doc) = extract_example();
    let (_, rows) = read_csv(&dir.path().join("mentions.csv"));
    let repeated: Vec<&Vec<String>> = rows.iter().filter(|r| r[7] == "true").collect();
    assert!(!repeated.is_empty(), "no repeated=true row in mentions.csv");
    assert!(
        repeated
            .iter()
            .any(|r| r[3] == "北京金盾麟瑞通信科技有限公司"),
        "{repeated:?}"
    );
    assert!(rows.iter().all(|r| r[7] == "true" || r[7] == "false"));
    // entities.csv counts only the mentions outside the repeated paragraph
    let (_, ents) = read_csv(&dir.path().join("entities.csv"));
    let company = ents
        .iter()
        .find(|r| r[1] == "org" && r[3] == "北京金盾麟瑞通信科技有限公司")
        .expect("company row in entities.csv");
    let all = entities(&doc)
        .iter()
        .filter(|e| e["text"] == "北京金盾麟瑞通信科技有限公司")
        .count();
    let counted: usize = company[4].parse().unwrap();
    assert!(counted < all, "counted {counted} of {all} mentions");
}

const STREAM_DOCS: [(&str, &str); 3] = [
    ("a", "副市长王建国出席签约仪式。"),
    ("b", "县委书记刘志强主持会议并讲话。"),
    ("c", "市长陈立新会见了来访客人。"),
];

#[test]
fn stream_writes_one_json_line_per_document_in_order() {
    let mut input = String::new();
    for (i, (id, text)) in STREAM_DOCS.iter().enumerate() {
        let line = json!({"id": id, "text": text, "date": format!("2024-03-1{}", 5 + i)});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let out = run_stdin(&["extract", "--stream"], input.as_bytes());
    assert_ok(&out);
    let so = stdout(&out);
    let lines: Vec<&str> = so.lines().collect();
    assert_eq!(lines.len(), 3, "stdout: {so}");
    assert!(so.ends_with('\n'));
    for (i, line) in lines.iter().enumerate() {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let (id, text) = STREAM_DOCS[i];
        assert_eq!(v["id"], id);
        assert_eq!(v["meta"]["date"], format!("2024-03-1{}", 5 + i), "{v}");
        assert!(v["entities"].is_array());
        check_offsets(&v, text);
    }
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    assert!(texts_of(&first, "person").contains(&"王建国"), "{first}");
    // nothing but JSON on stdout; the summary line, if any, is not there
    assert!(!so.contains("guanxi:"), "{so}");
    assert!(
        !stderr(&out).contains('{'),
        "JSON on stderr: {}",
        stderr(&out)
    );
}

#[test]
fn extract_a_missing_path_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["extract", "missing/path", "-o", p(&dir.path().join("out"))]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing/path"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}

fn broken_jsonl(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("docs.jsonl");
    let text = format!(
        "{}\n{}\n{}\n",
        json!({"id": "good1", "text": STREAM_DOCS[0].1}),
        r#"{"id": "bad", "text": "副市长王建"#,
        json!({"id": "good2", "text": STREAM_DOCS[2].1}),
    );
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_broken_json_line_stops_the_run_with_its_line_number() {
    let dir = tempfile::tempdir().unwrap();
    let input = broken_jsonl(dir.path());
    let out_dir = dir.path().join("out");
    let out = run(&["extract", p(&input), "-o", p(&out_dir)]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("docs.jsonl:2:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn skip_bad_skips_the_broken_line_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let input = broken_jsonl(dir.path());
    let out_dir = dir.path().join("out");
    let out = run(&["extract", p(&input), "-o", p(&out_dir), "--skip-bad"]);
    assert_ok(&out);
    assert!(
        stderr(&out).contains(":2:"),
        "the skipped line is warned about: {}",
        stderr(&out)
    );
    let docs = read_jsonl(&out_dir.join("documents.jsonl"));
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good1", "good2"]);

    // the same through --stream
    let out = run_stdin(
        &["extract", "--stream", "--skip-bad"],
        &fs::read(&input).unwrap(),
    );
    assert_ok(&out);
    assert_eq!(stdout(&out).lines().count(), 2);
    let out = run_stdin(&["extract", "--stream"], &fs::read(&input).unwrap());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(":2:"), "{}", stderr(&out));
}

/// A sentence with a made-up organization, a made-up title and a surname (犇) that no
/// built-in list has.
const DICT_SENTENCE: &str = "青禾智谷首席联络官赵明远出席了开幕式。副市长犇立新会见客人。";

#[test]
fn user_dictionaries_add_words() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("my-lists");
    fs::create_dir(&dict).unwrap();
    fs::write(dict.join("orgs.txt"), "# mine\n青禾智谷\tinstitution\n").unwrap();
    fs::write(dict.join("titles.txt"), "首席联络官\n").unwrap();
    fs::write(dict.join("surnames.txt"), "犇\t999\n").unwrap();
    let page = dir.path().join("page.txt");
    fs::write(&page, DICT_SENTENCE).unwrap();

    let without = dir.path().join("without");
    assert_ok(&run(&["extract", p(&page), "-o", p(&without), "-q"]));
    let doc = &read_jsonl(&without.join("documents.jsonl"))[0];
    assert!(!texts_of(doc, "org").contains(&"青禾智谷"));
    assert!(!texts_of(doc, "person").contains(&"犇立新"));

    let with = dir.path().join("with");
    assert_ok(&run(&[
        "extract",
        p(&page),
        "-o",
        p(&with),
        "--dict",
        p(&dict),
    ]));
    let doc = &read_jsonl(&with.join("documents.jsonl"))[0];
    let org = entities(doc)
        .iter()
        .find(|e| e["type"] == "org" && e["text"] == "青禾智谷")
        .unwrap_or_else(|| panic!("青禾智谷 not found: {doc}"));
    assert_eq!(org["kind"], "institution");
    assert!(texts_of(doc, "title").contains(&"首席联络官"), "{doc}");
    assert!(texts_of(doc, "person").contains(&"犇立新"), "{doc}");
    assert!(
        doc["holds"]
            .as_array()
            .unwrap()
            .contains(&json!(["赵明远", "首席联络官", "青禾智谷"])),
        "{}",
        doc["holds"]
    );
    check_offsets(doc, DICT_SENTENCE);
}

#[test]
fn a_malformed_user_list_line_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("my-lists");
    fs::create_dir(&dict).unwrap();
    fs::write(
        dict.join("orgs.txt"),
        "# mine\n青禾智谷\tinstitution\n某某公司\tnotakind\n",
    )
    .unwrap();
    let page = dir.path().join("page.txt");
    fs::write(&page, DICT_SENTENCE).unwrap();
    let out = run(&[
        "extract",
        p(&page),
        "-o",
        p(&dir.path().join("out")),
        "--dict",
        p(&dict),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("orgs.txt:3"), "{err}");
    assert!(!dir.path().join("out").join("documents.jsonl").exists());
}

/// Two documents of my own, annotated by hand in the gold format.
fn gold_docs() -> Vec<Value> {
    vec![
        json!({
            "id": "g1",
            "text": "副市长王建国出席签约仪式。",
            "entities": [
                {"type": "title", "text": "副市长", "start": 0, "end": 3},
                {"type": "person", "text": "王建国", "start": 3, "end": 6},
            ],
            "holds": [["王建国", "副市长", null]],
            "reporters": [],
        }),
        json!({
            "id": "g2",
            "text": "县委书记刘志强主持会议。",
            "entities": [
                {"type": "org", "text": "县委", "start": 0, "end": 2, "kind": "government"},
                {"type": "title", "text": "书记", "start": 2, "end": 4},
                {"type": "person", "text": "刘志强", "start": 4, "end": 7},
            ],
            "holds": [["刘志强", "书记", "县委"]],
            "reporters": [],
        }),
    ]
}

fn write_jsonl(path: &Path, docs: &[Value]) {
    let text: String = docs.iter().map(|d| format!("{d}\n")).collect();
    fs::write(path, text).unwrap();
}

#[test]
fn eval_gold_against_itself_scores_one() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    write_jsonl(&gold, &gold_docs());
    let out = run(&["eval", "--gold", p(&gold), "--pred", p(&gold)]);
    assert_ok(&out);
    let table = stdout(&out);
    let mut rows = 0;
    for line in table.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // measure names contain spaces; P R F1 and the counts are the last four columns
        let n = cols.len();
        assert!(n >= 5, "{line}");
        assert_eq!(&cols[n - 4..n - 1], ["1.000", "1.000", "1.000"], "{line}");
        rows += 1;
    }
    assert!(rows >= 5, "{table}");
    assert!(table.contains("entity:person"), "{table}");
    assert!(table.contains("holds (person,title)"), "{table}");

    let out = run(&["eval", "--gold", p(&gold), "--pred", p(&gold), "--json"]);
    assert_ok(&out);
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["docs"], 2);
    for (k, s) in v["scores"].as_object().unwrap() {
        assert_eq!(s["f1"], 1.0, "{k}");
    }

    let out = run(&[
        "eval",
        "--gold",
        p(&gold),
        "--pred",
        p(&gold),
        "--min-f1",
        "person=1.0",
        "--min-f1",
        "holds=1.0",
    ]);
    assert_ok(&out);
}

#[test]
fn eval_below_a_floor_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    write_jsonl(&gold, &gold_docs());
    let mut pred_docs = gold_docs();
    pred_docs[1]["entities"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["type"] != "person");
    let pred = dir.path().join("pred.jsonl");
    write_jsonl(&pred, &pred_docs);

    let out = run(&[
        "eval",
        "--gold",
        p(&gold),
        "--pred",
        p(&pred),
        "--min-f1",
        "person=0.99",
    ]);
    assert_eq!(out.status.code(), Some(3), "stderr: {}", stderr(&out));
    assert!(stderr(&out).contains("entity:person"), "{}", stderr(&out));
    // a floor the missing person does not touch holds
    let out = run(&[
        "eval",
        "--gold",
        p(&gold),
        "--pred",
        p(&pred),
        "--min-f1",
        "title=0.99",
    ]);
    assert_ok(&out);
    // a floor above 1 is refused as a usage error, not a failed floor
    let out = run(&[
        "eval",
        "--gold",
        p(&gold),
        "--pred",
        p(&gold),
        "--min-f1",
        "person=1.01",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("person=1.01"), "{}", stderr(&out));
}

#[test]
fn help_shows_examples() {
    for args in [
        &["--help"][..],
        &["extract", "--help"],
        &["eval", "--help"],
        &["explain", "--help"],
    ] {
        let out = run(args);
        assert_ok(&out);
        assert!(
            stdout(&out).contains("Example"),
            "{args:?}: {}",
            stdout(&out)
        );
    }
    assert!(stdout(&run(&["--help"])).contains("Examples"));
    assert!(stdout(&run(&["extract", "--help"])).contains("Examples"));
}
