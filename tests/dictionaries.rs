//! The dictionaries: the embedded lists load, and an analyst's own lists (`--dict DIR`)
//! are read forgivingly (BOM, CRLF, blank lines, comments) but strictly (a bad line is
//! an error naming `file:line`).

use guanxi::lexicon::{EventWord, Lexicon};
use guanxi::model::{EntityType, OrgKind};
use guanxi::{Analysis, Document, Pipeline};
use std::fs;
use std::path::Path;
use std::process::Command;

fn analyze(lex: Lexicon, text: &str) -> Analysis {
    Pipeline::new(lex).analyze(&Document {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    })
}

fn has(a: &Analysis, etype: EntityType, text: &str) -> bool {
    a.entities
        .iter()
        .any(|e| e.etype == etype && e.text == text)
}

/// A sentence with a made-up organization, a made-up title and a surname (犇) that is in
/// no built-in list: none of the three is found without the user's lists.
const SENTENCE: &str = "青禾智谷首席联络官赵明远出席了开幕式。副市长犇立新会见客人。";

#[test]
fn embedded_dictionaries_load() {
    let lex = Lexicon::embedded().expect("embedded dictionaries load");
    // places.txt alone has about 36,900 lines; all lists together about 38,000 words.
    assert!(lex.len() > 35_000, "only {} dictionary words", lex.len());
    assert!(!lex.is_empty());
    assert!(lex.surnames.contains("王"));
    assert!(lex.surnames.contains("欧阳"));
    let is = |m: &[char], w: &str| m.iter().collect::<String>() == w;
    assert!(
        lex.markers
            .iter()
            .any(|(m, editor)| is(m, "通讯员") && !editor)
    );
    assert!(
        lex.markers
            .iter()
            .any(|(m, editor)| is(m, "责任编辑") && *editor)
    );
    assert_eq!(lex.t2s.get(&'書'), Some(&'书'));
    // the page-layout lists: byline endings and datelines
    let has_word = |v: &[Vec<char>], w: &str| v.iter().any(|x| x.iter().collect::<String>() == w);
    assert!(has_word(&lex.byline_ends, "报道"));
    assert!(has_word(&lex.byline_ends, "摄"));
    assert!(has_word(&lex.datelines, "本报讯"));
    // longest first, so 摄影 is tried before 摄
    let pos = |w: &str| {
        lex.byline_ends
            .iter()
            .position(|x| x.iter().collect::<String>() == w)
    };
    assert!(pos("摄影") < pos("摄"));
    // a sentence of the common kind is read with the embedded lists alone
    let a = analyze(lex, "副市长王建国出席签约仪式。");
    assert!(has(&a, EntityType::Title, "副市长"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "王建国"), "{:?}", a.entities);
}

#[test]
fn made_up_words_are_not_found_without_user_lists() {
    let a = analyze(Lexicon::embedded().unwrap(), SENTENCE);
    assert!(!has(&a, EntityType::Org, "青禾智谷"), "{:?}", a.entities);
    assert!(
        !has(&a, EntityType::Title, "首席联络官"),
        "{:?}",
        a.entities
    );
    assert!(!has(&a, EntityType::Person, "犇立新"), "{:?}", a.entities);
}

#[test]
fn user_lists_with_bom_crlf_blank_lines_and_comments_load() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("orgs.txt"),
        "\u{feff}# my organizations\r\n\r\n  \r\n# name<TAB>kind\r\n青禾智谷\tinstitution\r\n\r\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("titles.txt"),
        "\u{feff}\r\n# titles\r\n首席联络官\r\n",
    )
    .unwrap();
    // no BOM, LF endings, no final newline, a comment after the entries
    fs::write(dir.path().join("surnames.txt"), "\n犇\t999\n# rare\n").unwrap();

    let lex = Lexicon::load(Some(dir.path())).expect("user lists load");
    assert!(lex.surnames.contains("犇"));
    assert!(!lex.surnames.contains("\u{feff}犇"));
    let a = analyze(lex, SENTENCE);
    let org = a
        .entities
        .iter()
        .find(|e| e.etype == EntityType::Org && e.text == "青禾智谷")
        .unwrap_or_else(|| panic!("青禾智谷 not found: {:?}", a.entities));
    assert_eq!(org.kind, Some(OrgKind::Institution));
    assert!(has(&a, EntityType::Title, "首席联络官"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "犇立新"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "赵明远"), "{:?}", a.entities);
}

#[test]
fn user_lists_work_through_explain() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("orgs.txt"),
        "\u{feff}青禾智谷\tinstitution\r\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(["explain", "青禾智谷组织了一次开放日活动。", "--dict"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = stdout
        .lines()
        .find(|l| l.contains("青禾智谷") && l.trim_start().starts_with("org"))
        .unwrap_or_else(|| panic!("no org mention in:\n{stdout}"));
    assert!(line.contains("institution"), "{line}");
}

fn load_error(dir: &Path) -> String {
    match Lexicon::load(Some(dir)) {
        Ok(_) => panic!("the user lists in {} should be refused", dir.display()),
        Err(e) => format!("{e:#}"),
    }
}

#[test]
fn an_entry_of_100_chars_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let long: String = "长".repeat(100);
    fs::write(
        dir.path().join("titles.txt"),
        format!("# comment\n首席联络官\n\n{long}\n"),
    )
    .unwrap();
    let msg = load_error(dir.path());
    assert!(msg.contains("titles.txt:4"), "{msg}");

    // the same through the command line: exit 1 and the message on stderr
    let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(["explain", "副市长王建国", "--dict"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("titles.txt:4"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn line_numbers_count_the_bom_line_and_crlf_lines() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("orgs.txt"),
        "\u{feff}# orgs\r\n青禾智谷\tinstitution\r\n\r\n某某公司\tnotakind\r\n",
    )
    .unwrap();
    let msg = load_error(dir.path());
    assert!(msg.contains("orgs.txt:4"), "{msg}");
}

#[test]
fn other_malformed_user_lines_are_errors() {
    for (file, text, line) in [
        ("surnames.txt", "犇\tfirst\n", 1),
        ("places.txt", "青禾镇\tplanet\n", 1),
        ("titles.txt", "\n首席 联络官\n", 2),
        ("titles.txt", "首席联络官\textra\n", 1),
        ("jieba_words.txt", "# mine\n青禾\tmany\n", 2),
        ("jieba_words.txt", "青禾\n", 1),
        ("event_words.txt", "\n会同\tpartners\n", 2),
    ] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(file), text).unwrap();
        let msg = load_error(dir.path());
        assert!(
            msg.contains(&format!("{file}:{line}")),
            "{file} {text:?}: {msg}"
        );
    }
}

#[test]
fn an_unknown_event_word_kind_is_an_error_listing_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("event_words.txt"), "会同\tpartners\n").unwrap();
    let msg = load_error(dir.path());
    for (_, name) in EventWord::ALL {
        assert!(msg.contains(name), "{name}: {msg}");
    }
}

#[test]
fn each_event_word_kind_is_named_once_in_its_place() {
    // (Marks in relate/events.rs keeps a kind's words at `kind as usize`)
    for (i, (kind, name)) in EventWord::ALL.iter().enumerate() {
        assert_eq!(*kind as usize, i, "{name}");
        assert_eq!(
            EventWord::ALL.iter().filter(|k| k.1 == *name).count(),
            1,
            "{name}"
        );
    }
}

#[test]
fn a_missing_dictionary_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let msg = load_error(&dir.path().join("nope"));
    assert!(msg.contains("nope"), "{msg}");
}

#[test]
fn a_known_person_of_the_users_list_is_read_whole() {
    // a Japanese name of five that the name rules do not read whole
    let text = "日本前首相小泉纯一郎当天抵达。";
    let a = analyze(Lexicon::embedded().unwrap(), text);
    assert!(
        !has(&a, EntityType::Person, "小泉纯一郎"),
        "{:?}",
        a.entities
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("persons.txt"), "小泉纯一郎\n").unwrap();
    let a = analyze(Lexicon::load(Some(dir.path())).unwrap(), text);
    assert!(
        has(&a, EntityType::Person, "小泉纯一郎"),
        "{:?}",
        a.entities
    );
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "小泉纯一郎" && h.title == "首相"),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_traditional_user_entry_is_folded_and_keeps_every_list() {
    // 書 is folded to 书 by the embedded t2s table; the same word also comes as a
    // Simplified title from another list, and one entry is written twice.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("orgs.txt"),
        "青禾書院\tinstitution\n青禾書院\tinstitution\n",
    )
    .unwrap();
    fs::write(dir.path().join("titles.txt"), "青禾书院\n").unwrap();
    let lex = Lexicon::load(Some(dir.path())).unwrap();
    let ids: Vec<u32> = (0..lex.len() as u32)
        .filter(|&i| lex.word(i) == "青禾书院")
        .collect();
    assert_eq!(ids.len(), 1, "one word for both spellings");
    assert_eq!(
        lex.entries(ids[0]),
        [
            guanxi::lexicon::Entry::Org(OrgKind::Institution),
            guanxi::lexicon::Entry::Title
        ],
        "each entry once, in the order of the lists"
    );
    assert!(!(0..lex.len() as u32).any(|i| lex.word(i) == "青禾書院"));
}

#[test]
fn a_post_before_the_surname_sun_is_read_whatever_jieba_makes_of_it() {
    // jieba's dictionary has 长孙 (a compound surname) and cut 行/长孙/立新 before
    // jieba_words.txt made the word rare: no post, and no designation.
    let a = analyze(Lexicon::embedded().unwrap(), "行长孙立新出席签约仪式。");
    assert!(has(&a, EntityType::Title, "行长"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "孙立新"), "{:?}", a.entities);
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "孙立新" && h.title == "行长"),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_users_jieba_word_changes_the_segmentation() {
    // 青禾智谷 is no word of jieba's; the user's list makes it one, tagged nt.
    let text = "青禾智谷组织了一次开放日活动。";
    let tokens = |dict: Option<&Path>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_guanxi"));
        cmd.args(["explain", text]);
        if let Some(d) = dict {
            cmd.arg("--dict").arg(d);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    };
    assert!(!tokens(None).contains("青禾智谷/nt"));
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("jieba_words.txt"), "青禾智谷\t1000\tnt\n").unwrap();
    assert!(tokens(Some(dir.path())).contains("青禾智谷/nt"));
}

#[test]
fn a_name_ends_before_an_oath_administered() {
    // 监誓 is no word of jieba's own: without jieba_words.txt the name ran into it.
    let a = analyze(
        Lexicon::embedded().unwrap(),
        "区长张强监誓，新任局长宣誓就职。",
    );
    assert!(has(&a, EntityType::Person, "张强"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Person, "张强监"), "{:?}", a.entities);
}

#[test]
fn a_common_word_jieba_tags_as_a_name_is_no_person() {
    // jieba's dictionary has 文明 (civilization) and 卫星 (satellite) as personal
    // names; jieba_words.txt gives them their part of speech. A person whose given
    // name is 文明 is still read.
    let a = analyze(
        Lexicon::embedded().unwrap(),
        "各国文明在交流中进步，卫星等设备运转正常。县委书记张文明出席会议。",
    );
    assert!(!has(&a, EntityType::Person, "文明"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Person, "卫星"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "张文明"), "{:?}", a.entities);
}
