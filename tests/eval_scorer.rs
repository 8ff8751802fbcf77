//! The scorer must agree exactly with shared/tools/score.py; these cases pin the parts of
//! its behaviour that are easy to get subtly wrong (normalization, set semantics, merging).

use guanxi::eval::{Prf, check_floors, load_jsonl, norm_date, parse_floor, score};
use serde_json::{Value, json};

fn prf(tp: usize, fp: usize, fn_: usize) -> Prf {
    Prf { tp, fp, fn_ }
}

fn counts(report: &guanxi::eval::Report, measure: &str) -> Prf {
    *report
        .get(measure)
        .unwrap_or_else(|| panic!("measure {measure:?} missing from {:?}", report.measures))
}

fn date(s: &str) -> String {
    norm_date(Some(&json!(s)))
}

#[test]
fn dates_reduce_to_month_day() {
    assert_eq!(date("2024年3月15日"), "03-15");
    assert_eq!(date("15日"), "-15");
    assert_eq!(date("5号"), "-05");
    assert_eq!(date("2024-03-15"), "03-15");
    assert_eq!(date("2024-3-5 上午"), "03-05");
    assert_eq!(date("十五日"), "");
    assert_eq!(date("２０２４年３月５日"), "03-05");
    assert_eq!(date("１２月１日"), "12-01");
    // leftmost match of (\d{1,2})日 inside a longer digit run, as Python's re.search
    assert_eq!(date("123日"), "-23");
    // the ISO pattern wins over an earlier month-day
    assert_eq!(date("3月4日（2024-05-06）"), "05-06");
    assert_eq!(date("2024年"), "");
    assert_eq!(norm_date(None), "");
    assert_eq!(norm_date(Some(&Value::Null)), "");
}

#[test]
fn entity_text_is_width_folded_and_whitespace_free() {
    let gold = [json!({"id": "a", "entities": [
        {"type": "org", "text": "青山（集团）有限公司", "start": 0, "end": 10, "kind": "company"},
        {"type": "person", "text": "王 小明", "start": 12, "end": 16},
        {"type": "title", "text": "董事长", "start": 10, "end": 12},
    ]})];
    let pred = [json!({"id": "a", "entities": [
        {"type": "org", "text": "青山(集团)有限公司", "start": 0, "end": 10, "kind": "company"},
        {"type": "person", "text": "王\u{3000}小\t明", "start": 12, "end": 15},
        {"type": "person", "text": "董事长", "start": 10, "end": 12},
    ]})];
    let r = score(&gold, &pred);
    assert_eq!(counts(&r, "entity:org"), prf(1, 0, 0));
    assert_eq!(counts(&r, "entity:person"), prf(1, 1, 0));
    assert_eq!(counts(&r, "entity:title"), prf(0, 0, 1));
    // (type, text): the person/title confusion is one fp and one fn
    assert_eq!(counts(&r, "entities (all types)"), prf(2, 1, 1));
    assert_eq!(counts(&r, "org kind"), prf(1, 0, 0));
    // mentions per type compare (start, end); all types compare (type, start, end)
    assert_eq!(counts(&r, "mention:person"), prf(0, 2, 1));
    assert_eq!(counts(&r, "mention:title"), prf(0, 0, 1));
    assert_eq!(counts(&r, "mentions (all types)"), prf(1, 2, 2));
    assert_eq!(r.per_doc, vec![("a".to_string(), prf(2, 1, 1))]);
}

#[test]
fn holds_as_arrays_or_objects() {
    let gold = [json!({"id": 7, "holds": [
        ["李红", "县长", "河东县人民政府"],
        ["赵刚", "书记", null],
        ["孙丽", "主任", "县发改委"],
    ]})];
    let pred = [json!({"id": 7, "holds": [
        {"person": "李红", "title": "县长", "org": "河东县人民政府"},
        {"person": "赵刚", "title": "书记"},
        {"person": "孙丽", "title": "副主任", "org": "县发改委"},
        ["钱亮", "局长"],
    ]})];
    let r = score(&gold, &pred);
    assert_eq!(counts(&r, "holds"), prf(2, 2, 1));
    assert_eq!(counts(&r, "affiliation (person,org)"), prf(2, 0, 0));
}

#[test]
fn attendance_participants_as_names_or_objects() {
    let gold = [json!({"id": "m", "events": [
        {"type": "meeting", "date": "2023年11月8日", "participants": [
            {"name": "周海", "role": "host"}, "吴静"]},
        {"type": "signing", "date": "8日", "participants": ["周海"],
         "parties": ["东湖区人民政府", "蓝天科技有限公司"]},
    ]})];
    let pred = [json!({"id": "m", "events": [
        {"type": "meeting", "date": "2023-11-08", "participants": [
            "周海", {"name": "吴 静", "role": "speaker"}, {"name": ""}]},
        {"type": "signing", "date": "８日", "participants": [{"name": "周海"}],
         "parties": ["东湖区人民政府"]},
    ]})];
    let r = score(&gold, &pred);
    assert_eq!(counts(&r, "attendance (person,type,date)"), prf(3, 0, 0));
    assert_eq!(counts(&r, "attendance (person,date)"), prf(3, 0, 0));
    assert_eq!(counts(&r, "roles (person,type,date,role)"), prf(0, 1, 1));
    assert_eq!(counts(&r, "signing"), prf(1, 0, 1));
}

#[test]
fn lines_with_one_id_merge_and_missing_docs_count() {
    let gold = [
        json!({"id": "x", "entities": [{"type": "place", "text": "南城区"}], "reporters": ["陈晨"]}),
        json!({"id": "y", "entities": [{"type": "place", "text": "北山镇"}], "reporters": []}),
        json!({"id": "x", "entities": [{"type": "place", "text": "西江市"}]}),
    ];
    let pred = [
        json!({"doc_id": "x", "entities": [{"type": "place", "text": "南城区"}]}),
        json!({"id": "x", "entities": [{"type": "place", "text": "西江市"}],
               "reporters": [{"name": "陈 晨"}]}),
        json!({"id": "z", "entities": [{"type": "place", "text": "不计分"}]}),
    ];
    let r = score(&gold, &pred);
    assert_eq!(r.docs, 2);
    assert_eq!(r.docs_without_output, 1);
    assert_eq!(counts(&r, "place"), prf(2, 0, 1));
    assert_eq!(counts(&r, "reporters"), prf(1, 0, 0));
    assert_eq!(
        r.measures
            .iter()
            .map(|(k, _)| k.as_str())
            .collect::<Vec<_>>(),
        ["entity:place", "entities (all types)", "reporters"]
    );
    let place_errors = &r.errors["entity:place"];
    assert_eq!(
        place_errors,
        &vec![("y".to_string(), "missed", "北山镇".to_string())]
    );
}

#[test]
fn measures_follow_score_py_order_then_sorted() {
    let gold = [json!({"id": 1, "entities": [
        {"type": "time", "text": "上午", "start": 0, "end": 2},
        {"type": "person", "text": "郑一", "start": 3, "end": 5},
    ]})];
    let r = score(&gold, &gold);
    let names: Vec<&str> = r.measures.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "entity:person",
            "entities (all types)",
            "mention:person",
            "mentions (all types)",
            "entity:time",
            "mention:time",
        ]
    );
    let table = r.to_table();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "docs 1, without output 0");
    assert_eq!(
        lines[1],
        "measure                                 P      R     F1   tp/fp/fn"
    );
    assert_eq!(
        lines[2],
        "entity:person                       1.000  1.000  1.000   1/0/0"
    );
    let json = r.to_json();
    assert_eq!(json["scores"]["entity:time"]["tp"], 1);
    assert_eq!(json["scores"]["entity:time"]["f1"], 1.0);
    assert_eq!(json["docs_without_output"], 0);
}

#[test]
fn ratios_and_rounding_match_python() {
    let v = prf(1, 15, 3);
    assert_eq!(v.p(), 1.0 / 16.0);
    assert_eq!(v.r(), 0.25);
    // Python prints f"{0.0625:6.3f}" as " 0.062" (round half to even on the exact value)
    assert_eq!(format!("{:6.3}", v.p()), " 0.062");
    assert_eq!(prf(0, 0, 0).f1(), 0.0);
    assert_eq!(prf(0, 2, 0).p(), 0.0);
}

#[test]
fn gold_file_against_itself_is_perfect() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("gold.jsonl");
    let docs = [
        json!({"id": "d1", "text": "市长刘洋会见了来访的客人。",
               "entities": [{"type": "title", "text": "市长", "start": 0, "end": 2},
                            {"type": "person", "text": "刘洋", "start": 2, "end": 4},
                            {"type": "org", "text": "市政府", "kind": "government"}],
               "holds": [["刘洋", "市长", "市政府"]],
               "events": [{"type": "meeting", "date": "6月3日",
                           "participants": [{"name": "刘洋", "role": "host"}]},
                          {"type": "signing", "date": "2022-06-03", "parties": ["市政府"]}],
               "reporters": ["黄河"]}),
        json!({"id": "d2", "entities": [{"type": "place", "text": "清水镇", "start": 0, "end": 3}]}),
    ];
    let mut text = String::new();
    for d in &docs {
        text.push_str(&d.to_string());
        text.push_str("\r\n\r\n");
    }
    std::fs::write(&path, text).expect("write");
    let gold = load_jsonl(&path).expect("load");
    assert_eq!(gold.len(), 2);
    let r = score(&gold, &gold);
    assert_eq!(r.measures.len(), 17, "{:?}", r.measures);
    for (name, v) in &r.measures {
        assert_eq!(v.f1(), 1.0, "{name}");
        assert_eq!((v.fp, v.fn_), (0, 0), "{name}");
    }
    assert!(r.errors.is_empty());
    assert!(check_floors(&r, &[("entities".into(), 1.0)]).is_empty());
}

#[test]
fn load_errors_name_path_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.jsonl");
    std::fs::write(&path, "{\"id\": 1}\n\n{\"id\": \n").expect("write");
    let err = format!("{:#}", load_jsonl(&path).expect_err("must fail"));
    assert!(err.contains("bad.jsonl:3"), "{err}");
}

#[test]
fn floors_parse_and_check() {
    assert_eq!(
        parse_floor("person=0.85").expect("ok"),
        ("entity:person".to_string(), 0.85)
    );
    assert_eq!(
        parse_floor("holds (person,title)=0.5").expect("ok"),
        ("holds (person,title)".to_string(), 0.5)
    );
    assert!(parse_floor("holds").is_err());
    assert!(parse_floor("holds=abc").is_err());
    assert!(parse_floor("holds=1.5").is_err());

    let gold = [json!({"id": "f", "entities": [
        {"type": "person", "text": "甲某"}, {"type": "person", "text": "乙某"}]})];
    let pred = [json!({"id": "f", "entities": [{"type": "person", "text": "甲某"}]})];
    let r = score(&gold, &pred);
    let floors = [
        parse_floor("person=0.6").expect("ok"),
        parse_floor("entities=0.7").expect("ok"),
        parse_floor("signing=0.1").expect("ok"),
        parse_floor("nonsense=0.1").expect("ok"),
    ];
    let failures = check_floors(&r, &floors);
    assert_eq!(failures.len(), 3, "{failures:?}");
    assert!(failures[0].starts_with("entities (all types)"));
    assert!(failures[1].contains("not scored"));
    assert!(failures[2].contains("unknown measure"));
}
