//! A page copied from a PDF or an e-paper is wrapped at a fixed column width: every
//! line of a paragraph is as wide as the column, breaking names, titles and dates
//! anywhere, and a narrow column's lines are shorter than any headline. Such a page
//! must give the answers of the page as written.
//!
//! The seed page (the user's own document, `examples/heze-kfq.txt`) is wrapped here the
//! way a layout program does it: a Han character is two units wide, an ASCII one one,
//! and a line breaks before the character that would overflow the column.

use guanxi::lexicon::Lexicon;
use guanxi::{Analysis, Document, Pipeline};
use std::sync::OnceLock;

const SEED: &str = include_str!("../examples/heze-kfq.txt");

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded dictionaries")))
}

fn analyze(text: &str) -> Analysis {
    pipeline().analyze(&Document {
        id: "page".into(),
        text: text.into(),
        ..Default::default()
    })
}

/// Wrap every line of `text` at `chars` Han characters.
fn wrap(text: &str, chars: usize) -> String {
    let mut out = String::new();
    let mut col = 0;
    for c in text.chars() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if c == '\n' {
            col = 0;
        } else if col + w > 2 * chars {
            out.push('\n');
            col = 0;
        }
        out.push(c);
        if c != '\n' {
            col += w;
        }
    }
    out
}

/// What an analyst reads off a page, offsets aside (they differ by the breaks).
fn answers(a: &Analysis) -> Vec<String> {
    let mut out: Vec<String> = a
        .entities
        .iter()
        .map(|e| format!("{} {} article {}", e.etype, e.text, e.article))
        .collect();
    for h in &a.holds {
        out.push(format!("holds {} {} {:?}", h.person, h.title, h.org));
    }
    for ev in &a.events {
        let mut parts: Vec<String> = ev
            .participants
            .iter()
            .map(|p| format!("{}/{}", p.name, p.role.as_str()))
            .collect();
        parts.sort();
        out.push(format!(
            "event {} {:?} {:?} {:?}",
            ev.etype.as_str(),
            ev.date,
            parts,
            ev.parties
        ));
    }
    out.extend(a.reporters.iter().map(|r| format!("reporter {r}")));
    out.sort();
    out
}

#[test]
fn the_seed_page_wrapped_at_a_narrow_or_a_wide_column_gives_the_same_answers() {
    let want = answers(&analyze(SEED));
    assert!(
        want.iter().any(|a| a.starts_with("event signing")),
        "{want:?}"
    );
    for chars in [14, 18, 30] {
        let page = wrap(SEED, chars);
        assert!(page.lines().count() > SEED.lines().count() + 20, "{chars}");
        let a = analyze(&page);
        assert_eq!(answers(&a), want, "wrapped at {chars} characters");
        // Every entity's span in the wrapped page is its text with the breaks in it.
        let chars_of: Vec<char> = page.chars().collect();
        for e in &a.entities {
            let span: String = chars_of[e.start..e.end]
                .iter()
                .filter(|c| **c != '\n')
                .collect();
            assert_eq!(span, e.text, "{chars}: {e:?}");
        }
    }
}

/// A ragged column (a web page copied by hand, a narrow phone screen) breaks lines at
/// no fixed width: a short line that holds a comma and stops without final punctuation
/// goes on in the next, but a headline listing names with `、` and a heading before a
/// blank line stay apart.
#[test]
fn a_ragged_column_breaking_names_gives_the_names_whole() {
    let page = "县领导督导检查安全生产工作\n\n10月8日，县委副书记、县长赵\n国栋带队督导检查安全生产工作。副县长钱\n伟，县应急管理局局长孙大\n勇陪同。\n";
    let a = analyze(page);
    let people: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.etype == guanxi::model::EntityType::Person)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(people, vec!["赵国栋", "钱伟", "孙大勇"]);
    // the offsets still point at the name as written, across the break
    let zhao = a
        .entities
        .iter()
        .find(|e| e.text == "赵国栋")
        .expect("赵国栋");
    let written: String = page
        .chars()
        .skip(zhao.start)
        .take(zhao.end - zhao.start)
        .collect();
    assert_eq!(written, "赵\n国栋");
    // a headline listing names, then a source line: two lines, and no event in the headline
    let b = analyze(
        "王一、李二会见来宾\n发布日期:2013-10-09  来源:外事处\n9月27日，市委书记王一会见来宾。",
    );
    assert_eq!(
        b.articles.first().and_then(|a| a.headline.as_deref()),
        Some("王一、李二会见来宾")
    );
}
