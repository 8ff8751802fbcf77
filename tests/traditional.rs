//! Traditional script, Big5 and pinyin-annotated re-posts give the answers of the
//! Simplified original (issue: Traditional script, Big5 and re-posted pages).
//!
//! The seed page is converted to Traditional character for character with the inverse
//! of `dictionaries/t2s.txt`, saved as UTF-8 and as Big5, and read back through the
//! whole pipeline: every entity, holds row, event and reporter must equal the
//! Simplified page's once folded back to Simplified.

use guanxi::ingest::decode::decode;
use guanxi::lexicon::Lexicon;
use guanxi::{Analysis, Document, Pipeline};
use std::collections::HashMap;
use std::sync::OnceLock;

const SEED: &str = include_str!("../examples/heze-kfq.txt");
const T2S: &str = include_str!("../dictionaries/t2s.txt");

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded dictionaries")))
}

fn t2s() -> HashMap<char, char> {
    T2S.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (a, b) = l.split_once('\t')?;
            Some((a.chars().next()?, b.chars().next()?))
        })
        .collect()
}

/// Simplified -> Traditional, one char for one char: the first Traditional form of
/// each Simplified char that Big5 can encode.
fn to_traditional(s: &str) -> String {
    let mut s2t: HashMap<char, char> = HashMap::new();
    for (t, simp) in t2s() {
        let (_, _, unmappable) = encoding_rs::BIG5.encode(&t.to_string());
        if !unmappable {
            s2t.entry(simp).or_insert(t);
        }
    }
    s.chars().map(|c| *s2t.get(&c).unwrap_or(&c)).collect()
}

fn fold(s: &str) -> String {
    let m = t2s();
    s.chars().map(|c| *m.get(&c).unwrap_or(&c)).collect()
}

fn analyze(text: &str) -> Analysis {
    pipeline().analyze(&Document {
        id: "page".into(),
        text: text.into(),
        ..Default::default()
    })
}

/// Everything an analyst reads off a page, folded to Simplified.
fn answers(a: &Analysis) -> String {
    let mut out = String::new();
    for e in &a.entities {
        out += &format!("{} {} {} {}\n", e.etype, fold(&e.text), e.start, e.end);
    }
    for h in &a.holds {
        out += &format!(
            "holds {} {} {:?}\n",
            fold(&h.person),
            fold(&h.title),
            h.org.as_deref().map(fold)
        );
    }
    for ev in &a.events {
        let parts: Vec<String> = ev.participants.iter().map(|p| fold(&p.name)).collect();
        let parties: Vec<String> = ev.parties.iter().map(|p| fold(p)).collect();
        out += &format!(
            "event {} {:?} {:?} {:?}\n",
            ev.etype.as_str(),
            ev.date,
            parts,
            parties
        );
    }
    for r in &a.reporters {
        out += &format!("reporter {}\n", fold(r));
    }
    out
}

#[test]
fn the_seed_page_in_traditional_script_gives_the_same_answers() {
    let trad = to_traditional(SEED);
    assert_ne!(trad, SEED, "the conversion changed nothing");
    assert_eq!(trad.chars().count(), SEED.chars().count());
    let simplified = answers(&analyze(SEED));
    assert!(simplified.contains("event signing"), "{simplified}");
    assert_eq!(answers(&analyze(&trad)), simplified);
}

#[test]
fn the_seed_page_as_big5_gives_the_same_answers() {
    let trad = to_traditional(SEED);
    let (bytes, enc, unmappable) = encoding_rs::BIG5.encode(&trad);
    assert!(!unmappable, "the test page must be encodable in Big5");
    let decoded = decode(&bytes).expect("Big5 decodes");
    assert_eq!(decoded.encoding, "Big5");
    assert_eq!(enc.name(), "Big5");
    assert_eq!(decoded.text, trad);
    assert_eq!(answers(&analyze(&decoded.text)), answers(&analyze(SEED)));
}

#[test]
fn entity_text_keeps_the_script_as_written() {
    let a = analyze(&to_traditional("副市长曹升灵出席签约仪式。"));
    let titles: Vec<&str> = a.entities.iter().map(|e| e.text.as_str()).collect();
    assert!(titles.contains(&"副市長"), "{titles:?}");
}

#[test]
fn pinyin_annotations_are_removed_and_spans_cover_them() {
    // A sentence written for this test, annotated the way re-posting sites do it.
    let text = "縣委副書(shū)記王立(lì)新出席經(jīng)濟(jì)開(kāi)發(fā)區(qū)簽約儀式。";
    let a = analyze(text);
    let person = a
        .entities
        .iter()
        .find(|e| e.etype == guanxi::model::EntityType::Person)
        .expect("a person");
    assert_eq!(person.text, "王立新");
    let orig: String = text
        .chars()
        .skip(person.start)
        .take(person.end - person.start)
        .collect();
    assert_eq!(orig, "王立(lì)新");
    let title = a
        .entities
        .iter()
        .find(|e| e.etype == guanxi::model::EntityType::Title)
        .expect("a title");
    assert_eq!(title.text, "副書記");
    // Real parentheses stay.
    let b = analyze("县长王立新出席(记者 李明)。");
    assert!(b.entities.iter().all(|e| !e.text.contains('(')));
}
