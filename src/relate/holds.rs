//! `holds` rows: `[person, title, org|null]` from designations (a title chain before or
//! after a name) and from bylines (`通讯员 许丹丹` gives `[许丹丹, 通讯员, null]`).
//! The org is the one written directly in front of that title, never inherited along a
//! `、` chain; duplicates collapse, first seen first. A byline's marker gives a row only
//! when it is, or ends in, a title (融媒体记者 gives 记者; 作者 and 文/图 give none).

use crate::model::{CleanText, EntityType, Hold, Layout};
use crate::recognize::Recognized;

pub fn holds(clean: &CleanText, layout: &Layout, rec: &Recognized) -> Vec<Hold> {
    let text = |s: crate::model::Span| clean.written(s.start, s.end);
    let mut out: Vec<Hold> = Vec::new();
    let mut push = |h: Hold| {
        if !out.contains(&h) {
            out.push(h);
        }
    };
    // (the title a byline's marker is or ends in)
    let title_in = |m: crate::model::Span| {
        rec.mentions
            .iter()
            .filter(|t| t.etype == EntityType::Title)
            .filter(|t| t.span.end == m.end && t.span.start >= m.start)
            .map(|t| t.span)
            .min_by_key(|t| t.start)
    };
    let mut title_of_run = None;
    for b in &layout.bylines {
        if let Some(m) = b.title {
            title_of_run = title_in(m);
        }
        // (a marker read as a designation too, 新华社记者王小明, gives that row, with
        // its org, and no second row without one)
        let designated = |t| {
            rec.designations
                .iter()
                .any(|d| d.title == t && d.person == b.name)
        };
        if let Some(t) = title_of_run.filter(|&t| !designated(t)) {
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
