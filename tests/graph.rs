//! The corpus graph and its exports: persons resolved across documents, the relation
//! tables and graph.dot. Documents are built by hand (events included, whatever the
//! event extractor finds) or written for the tests; nothing here reads ../shared.

use guanxi::corpus::{Corpus, CorpusGraph, Node, Person, fold, iso_date};
use guanxi::export::dot::{DotOptions, GraphKind, escape, to_dot};
use guanxi::export::relations::{
    EVENTS_HEADER, PARTICIPANTS_HEADER, PEOPLE_HEADER, POSITIONS_HEADER, SIGNINGS_HEADER,
    event_rows, participant_rows, people_rows, position_rows, signing_rows,
};
use guanxi::lexicon::Lexicon;
use guanxi::model::{Analysis, Article, Event, EventType, Hold, Participant, Role};
use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// The embedded Traditional → Simplified table (loaded once).
fn t2s() -> &'static HashMap<char, char> {
    static T2S: OnceLock<HashMap<char, char>> = OnceLock::new();
    T2S.get_or_init(|| Lexicon::embedded().expect("embedded lexicon").t2s)
}

fn hold(person: &str, title: &str, org: Option<&str>) -> Hold {
    Hold {
        person: person.into(),
        title: title.into(),
        org: org.map(str::to_string),
    }
}

fn event(etype: EventType, trigger: &str, date_iso: Option<&str>, who: &[(&str, Role)]) -> Event {
    Event {
        etype,
        trigger: trigger.into(),
        date: date_iso.map(|d| format!("{}日", &d[8..])),
        date_iso: date_iso.map(str::to_string),
        participants: who
            .iter()
            .map(|(n, r)| Participant {
                name: n.to_string(),
                role: *r,
            })
            .collect(),
        parties: Vec::new(),
        place: None,
        article: 0,
        start: 0,
        end: 0,
    }
}

fn doc(id: &str, date: Option<&str>, holds: Vec<Hold>, events: Vec<Event>) -> Analysis {
    let mut a = Analysis {
        id: id.into(),
        articles: vec![Article {
            index: 0,
            start: 0,
            end: 100,
            headline: Some(format!("{id}的标题")),
        }],
        holds,
        events,
        ..Analysis::default()
    };
    if let Some(d) = date {
        a.meta.insert("date".into(), d.into());
    }
    a
}

fn graph(docs: &[Analysis]) -> CorpusGraph {
    let mut c = Corpus::new(t2s().clone());
    for d in docs {
        c.add(d);
    }
    c.finish()
}

/// The resolved persons whose folded name is `name`'s.
fn persons<'g>(g: &'g CorpusGraph, name: &str) -> Vec<&'g Person> {
    let key = fold(name, t2s());
    g.persons()
        .map(|(_, p)| p)
        .filter(|p| p.key == key)
        .collect()
}

#[test]
fn same_name_and_org_merge_different_orgs_stay_apart() {
    let g = graph(&[
        doc(
            "A",
            None,
            vec![hold("张伟", "党委书记", Some("市开发区"))],
            vec![],
        ),
        doc(
            "B",
            None,
            vec![hold("张伟", "局长", Some("县教育局"))],
            vec![],
        ),
        doc(
            "C",
            None,
            vec![hold("张伟", "管委会主任", Some("市开发区"))],
            vec![],
        ),
    ]);
    let zhang = persons(&g, "张伟");
    assert_eq!(zhang.len(), 2, "{zhang:?}");
    assert_eq!(zhang[0].docs, ["A", "C"]);
    assert_eq!(zhang[0].orgs, ["市开发区"]);
    let titles: Vec<&str> = zhang[0].titles.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(titles, ["党委书记", "管委会主任"]);
    assert_eq!(zhang[1].docs, ["B"]);
    assert_eq!(zhang[1].orgs, ["县教育局"]);
}

#[test]
fn same_title_merges_and_bare_name_attaches_only_when_unambiguous() {
    let bare = |id: &str, name: &str| {
        doc(
            id,
            None,
            vec![],
            vec![event(
                EventType::Meeting,
                "会议",
                None,
                &[(name, Role::Attendee)],
            )],
        )
    };
    let g = graph(&[
        doc("A", None, vec![hold("李明", "副市长", None)], vec![]),
        doc("C", None, vec![hold("李明", "副市长", None)], vec![]),
        bare("D", "李明"),
        doc(
            "E",
            None,
            vec![hold("王芳", "局长", Some("市教育局"))],
            vec![],
        ),
        doc(
            "F",
            None,
            vec![hold("王芳", "局长", Some("县教育局"))],
            vec![],
        ),
        bare("G", "王芳"),
        bare("H", "王芳"),
    ]);
    let li = persons(&g, "李明");
    assert_eq!(li.len(), 1);
    assert_eq!(li[0].docs, ["A", "C", "D"]);
    // Two 王芳 with conflicting organizations: the bare mentions are not guessed into
    // either of them, and are one node together.
    let wang = persons(&g, "王芳");
    assert_eq!(wang.len(), 3);
    assert_eq!(wang[2].docs, ["G", "H"]);
    assert!(wang[2].titles.is_empty() && wang[2].orgs.is_empty());
}

#[test]
fn traditional_and_simplified_merge() {
    assert_eq!(fold("習近平", t2s()), fold("习近平", t2s()));
    let g = graph(&[
        doc("tw", None, vec![hold("習近平", "國家主席", None)], vec![]),
        doc("cn", None, vec![hold("习近平", "国家主席", None)], vec![]),
        doc(
            "x",
            None,
            vec![hold("王芳", "總理", Some("國務院"))],
            vec![],
        ),
        doc(
            "y",
            None,
            vec![hold("王芳", "副总理", Some("国务院"))],
            vec![],
        ),
    ]);
    let xi = persons(&g, "习近平");
    assert_eq!(xi.len(), 1);
    assert_eq!(xi[0].name, "習近平", "the name as first written");
    assert_eq!(xi[0].titles, [("國家主席".to_string(), 2)]);
    let wang = persons(&g, "王芳");
    assert_eq!(wang.len(), 1, "國務院 = 国务院");
    let orgs: Vec<&Node> = g
        .graph
        .node_weights()
        .filter(|n| matches!(n, Node::Org(_)))
        .collect();
    assert_eq!(orgs, [&Node::Org("國務院".into())]);
}

#[test]
fn dot_escapes_quotes_backslashes_and_line_breaks() {
    assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
    assert_eq!(escape("一\n二"), r"一\n二");
    let g = graph(&[doc(
        "A",
        None,
        vec![],
        vec![event(
            EventType::Meeting,
            r#"“学习”会"议\"#,
            Some("2024-03-15"),
            &[("李明", Role::Host)],
        )],
    )]);
    let dot = to_dot(&g, &DotOptions::default());
    assert!(
        dot.contains(r#"label="meeting\n2024-03-15\n“学习”会\"议\\""#),
        "{dot}"
    );
    assert!(dot.contains("fontname=\"Noto Sans CJK SC\""), "{dot}");
    assert!(dot.contains("shape=box"), "{dot}");
    assert!(dot.contains("shape=ellipse, label=\"李明\""), "{dot}");
    assert!(dot.contains("[label=\"host\"]"), "{dot}");
    render_if_dot_installed(&dot);
}

#[test]
fn co_attendance_counts_shared_events() {
    let g = graph(&[
        doc(
            "A",
            None,
            vec![],
            vec![
                event(
                    EventType::Meeting,
                    "会议",
                    None,
                    &[
                        ("甲一", Role::Host),
                        ("乙二", Role::Attendee),
                        ("丙三", Role::Speaker),
                    ],
                ),
                event(
                    EventType::Visit,
                    "调研",
                    None,
                    &[("甲一", Role::Host), ("乙二", Role::Attendee)],
                ),
            ],
        ),
        doc(
            "B",
            None,
            vec![],
            vec![event(
                EventType::Visit,
                "视察",
                None,
                &[("乙二", Role::Host), ("甲一", Role::Attendee)],
            )],
        ),
    ]);
    let name = |i| match &g.graph[i] {
        Node::Person(p) => p.name.clone(),
        _ => String::new(),
    };
    let pairs: Vec<(String, String, usize)> = g
        .co_attendance()
        .into_iter()
        .map(|(a, b, n)| (name(a), name(b), n))
        .collect();
    let expect = [
        ("甲一", "乙二", 3),
        ("甲一", "丙三", 1),
        ("乙二", "丙三", 1),
    ]
    .map(|(a, b, n)| (a.to_string(), b.to_string(), n));
    assert_eq!(pairs, expect);
    let dot = to_dot(
        &g,
        &DotOptions {
            kind: GraphKind::CoAttendance,
            orgs: false,
        },
    );
    assert!(dot.starts_with("graph "), "{dot}");
    assert!(dot.contains("-- n1 [weight=3, label=\"3\""), "{dot}");
    render_if_dot_installed(&dot);
}

#[test]
fn relation_tables_have_their_headers_and_rows() {
    assert_eq!(POSITIONS_HEADER.join(","), "person,title,org,doc_id,date");
    assert_eq!(
        EVENTS_HEADER.join(","),
        "event_id,doc_id,article,type,trigger,date,date_iso,place,headline"
    );
    assert_eq!(PARTICIPANTS_HEADER.join(","), "event_id,person,role,title");
    assert_eq!(SIGNINGS_HEADER.join(","), "event_id,party");
    assert_eq!(
        PEOPLE_HEADER.join(","),
        "name,titles,organizations,events,first_date,last_date"
    );

    let mut signing = event(
        EventType::Signing,
        "签约仪式",
        Some("2024-03-14"),
        &[("李明", Role::Speaker)],
    );
    signing.parties = vec!["甲公司".into(), "市开发区".into()];
    signing.place = Some("菏泽".into());
    let a = doc(
        "A",
        Some("2024-03-15"),
        vec![
            hold("李明", "副市长", None),
            hold("李明", "党委书记", Some("市开发区")),
        ],
        vec![
            event(
                EventType::Meeting,
                "会议",
                Some("2024-03-15"),
                &[("王芳", Role::Host)],
            ),
            signing,
        ],
    );
    assert_eq!(
        position_rows(&a)[1],
        ["李明", "党委书记", "市开发区", "A", "2024-03-15"].map(String::from)
    );
    assert_eq!(
        event_rows(&a)[1],
        [
            "A#e2",
            "A",
            "0",
            "signing",
            "签约仪式",
            "14日",
            "2024-03-14",
            "菏泽",
            "A的标题"
        ]
        .map(String::from)
    );
    assert_eq!(
        participant_rows(&a),
        [
            ["A#e1", "王芳", "host", ""].map(String::from),
            ["A#e2", "李明", "speaker", "副市长"].map(String::from),
        ]
    );
    assert_eq!(
        signing_rows(&a),
        [
            ["A#e2", "甲公司"].map(String::from),
            ["A#e2", "市开发区"].map(String::from),
        ]
    );

    let b = doc(
        "B",
        Some("2024年4月2日"),
        vec![hold("李明", "副市长", None)],
        vec![],
    );
    let g = graph(&[a, b]);
    let li = people_rows(&g)
        .into_iter()
        .find(|r| r[0] == "李明")
        .expect("a people.csv row for 李明");
    assert_eq!(
        li,
        [
            "李明",
            "副市长; 党委书记",
            "市开发区",
            "A#e2",
            "2024-03-14",
            "2024-04-02"
        ]
        .map(String::from)
    );
}

#[test]
fn dates_are_read_in_the_usual_forms() {
    assert_eq!(iso_date("2024-03-15").as_deref(), Some("2024-03-15"));
    assert_eq!(iso_date("2024/3/5 10:00").as_deref(), Some("2024-03-05"));
    assert_eq!(
        iso_date("２０２４年３月１５日").as_deref(),
        Some("2024-03-15")
    );
    assert_eq!(iso_date("3月15日"), None);
    assert_eq!(iso_date("2024-13-01"), None);
    assert_eq!(iso_date(""), None);
}

/// `guanxi extract` writes every table, with the date from the document's metadata.
#[test]
fn extract_writes_the_relation_tables_and_the_graph() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("docs.jsonl");
    fs::write(
        &input,
        "{\"id\":\"d1\",\"date\":\"2024-03-15\",\"text\":\"3月15日，副市长王小明在市政府会见了客人。\"}\n",
    )
    .expect("write input");
    let out = dir.path().join("out");
    let run = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(["extract", "-q", "--graph-orgs", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .expect("run guanxi");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // CSV files start with a BOM (for Excel); the rest is plain UTF-8 CSV
    let read = |name: &str| {
        let text = fs::read_to_string(out.join(name)).expect(name);
        text.strip_prefix('\u{feff}')
            .unwrap_or_else(|| panic!("{name}: no BOM"))
            .to_string()
    };
    assert_eq!(
        read("positions.csv"),
        "person,title,org,doc_id,date\n王小明,副市长,,d1,2024-03-15\n"
    );
    assert!(
        read("people.csv")
            .starts_with("name,titles,organizations,events,first_date,last_date\n王小明,副市长,,")
    );
    for name in ["events.csv", "participants.csv", "signings.csv"] {
        assert!(read(name).contains("event_id,"), "{name}");
    }
    assert!(
        fs::read_to_string(out.join("graph.dot"))
            .expect("graph.dot")
            .starts_with("digraph guanxi {")
    );
}

/// The bundled example's graph.dot renders with `dot -Tsvg` (skipped without GraphViz).
#[test]
fn example_graph_renders_with_dot() {
    if !dot_installed() {
        eprintln!("note: `dot` (GraphViz) not installed; graph.dot rendering not checked");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for view in ["events", "co-attendance"] {
        let out = dir.path().join(view);
        let run = Command::new(env!("CARGO_BIN_EXE_guanxi"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "extract",
                "examples/",
                "-q",
                "--graph-orgs",
                "--graph",
                view,
                "-o",
            ])
            .arg(&out)
            .output()
            .expect("run guanxi");
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        render(&out.join("graph.dot"));
    }
}

fn dot_installed() -> bool {
    Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn render(path: &Path) {
    let o = Command::new("dot")
        .arg("-Tsvg")
        .arg(path)
        .output()
        .expect("run dot");
    assert!(
        o.status.success() && o.stdout.starts_with(b"<?xml"),
        "dot -Tsvg {}: {}",
        path.display(),
        String::from_utf8_lossy(&o.stderr)
    );
}

fn render_if_dot_installed(text: &str) {
    if !dot_installed() {
        eprintln!("note: `dot` (GraphViz) not installed; rendering not checked");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("graph.dot");
    fs::write(&path, text).expect("write graph.dot");
    render(&path);
}

/// A post in a body named only by its kind (`领导小组`, `委员会`) says nothing about
/// which body: with the lexicon's bare suffixes ignored it neither splits a person
/// from their other posts nor joins namesakes.
#[test]
fn a_bare_suffix_organization_tells_nobody_apart() {
    let docs = [
        doc(
            "A",
            None,
            vec![hold("刘明远", "副总理", Some("国务院"))],
            vec![],
        ),
        doc(
            "B",
            None,
            vec![hold("刘明远", "组长", Some("领导小组"))],
            vec![],
        ),
    ];
    // Without the list the two posts conflict: two rows.
    assert_eq!(persons(&graph(&docs), "刘明远").len(), 2);
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let bare = lex.bare_org_words();
    assert!(bare.contains("领导小组") && bare.contains("委员会"));
    let mut c = Corpus::new(t2s().clone()).ignoring_orgs(bare);
    for d in &docs {
        c.add(d);
    }
    let g = c.finish();
    assert_eq!(persons(&g, "刘明远").len(), 1);
}
