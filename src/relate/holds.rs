//! `holds` rows: `[person, title, org|null]` from designations (a title chain before or
//! after a name) and from bylines (`通讯员 许丹丹` gives `[许丹丹, 通讯员, null]`).
//! The org is the one written directly in front of that title, never inherited along a
//! `、` chain; duplicates collapse, first seen first.

use crate::model::{CleanText, Hold, Layout};
use crate::recognize::Recognized;

pub fn holds(clean: &CleanText, layout: &Layout, rec: &Recognized) -> Vec<Hold> {
    let text = |s: crate::model::Span| clean.written(s.start, s.end);
    let mut out: Vec<Hold> = Vec::new();
    let mut push = |h: Hold| {
        if !out.contains(&h) {
            out.push(h);
        }
    };
    let mut title_of_run = None;
    for b in &layout.bylines {
        if b.title.is_some() {
            title_of_run = b.title;
        }
        if let Some(t) = title_of_run {
            push(Hold {
                person: text(b.name),
                title: text(t),
                org: None,
            });
        }
    }
    for d in &rec.designations {
        push(Hold {
            person: text(d.person),
            title: text(d.title),
            org: d.org.map(text),
        });
    }
    out
}
