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
