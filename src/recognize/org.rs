//! Organization names: by dictionary (`orgs.txt`) and by suffix grammar
//! (`[place][name][suffix]` with the suffixes of `org_suffixes.txt`).
//!
//! The suffix grammar reads leftwards from a suffix over Han characters until a
//! separator, a boundary word (`与`, `代表`, `了`), a title, or a generic word, then
//! snaps the start to a jieba token start. It refuses a suffix that is only the end of
//! an ordinary word (`格局`, `干部`, `汇报`: jieba keeps those as one non-organization
//! token) and a suffix that is really the start of a title (`局长`, `委员`).

use super::{Candidate, Context, cand, prio};
use crate::lexicon::Entry;
use crate::model::{EntityType, OrgKind, Span};

/// The longest organization name the suffix grammar will read.
const MAX_ORG: usize = 24;

pub fn candidates(ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    for h in &ctx.hits {
        for e in ctx.entries(h) {
            match *e {
                Entry::Org(kind) => {
                    // A known name must not be the start or end of a longer ordinary word.
                    if word_edges_ok(ctx, h.start, h.end) {
                        out.push(cand(
                            EntityType::Org,
                            Some(kind),
                            Span::new(h.start, h.end),
                            "orgs.txt",
                            prio::ORG,
                        ));
                    }
                }
                Entry::OrgSuffix(kind) => {
                    if let Some(span) = by_suffix(ctx, h.start, h.end) {
                        let kind = known_kind(ctx, span).unwrap_or(kind);
                        out.push(cand(EntityType::Org, Some(kind), span, "org suffix", prio::ORG));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The kind of a name that is also a dictionary org (its list says best).
fn known_kind(ctx: &Context, span: Span) -> Option<OrgKind> {
    ctx.starting(span.start, |e| matches!(e, Entry::Org(_)))
        .into_iter()
        .find(|h| h.end == span.end)
        .and_then(|h| {
            ctx.entries(&h).iter().find_map(|e| match e {
                Entry::Org(k) => Some(*k),
                _ => None,
            })
        })
}

/// A dictionary word's edges do not cut through a jieba token that is a longer word.
fn word_edges_ok(ctx: &Context, start: usize, end: usize) -> bool {
    let end_ok = ctx.bound[end]
        || ctx
            .token(end.saturating_sub(1))
            .is_some_and(|(s, _, _)| s < start);
    let start_ok = ctx.bound[start] || ctx.token(start).is_some_and(|(_, e, _)| e > end);
    end_ok && start_ok
}

/// Read an organization name leftwards from a suffix at `[s, e)`.
pub fn by_suffix(ctx: &Context, s: usize, e: usize) -> Option<Span> {
    // The suffix must end a word: `部门`, `局长`, `委员` are not organizations.
    if !ctx.bound[e] {
        let (ts, te, _) = ctx.token(e - 1)?;
        if te > e && ts >= s.saturating_sub(2) {
            return None;
        }
    }
    if ctx
        .starting(e, |x| matches!(x, Entry::Title))
        .iter()
        .any(|t| t.start == e && !ctx.bound[e])
    {
        return None;
    }
    // Not inside a title word (`常委`: the 委 of a title is no suffix).
    for i in s..e {
        for t in ctx.ending(i + 1, |x| matches!(x, Entry::Title)) {
            if t.start < s && t.end >= e {
                return None;
            }
        }
    }
    for t in ctx.starting(s, |x| matches!(x, Entry::Title)) {
        if t.end > e {
            return None;
        }
    }
    // A title unit followed by a title is the title's business (市开发区党委书记).
    let unit = ctx
        .starting(s, |x| matches!(x, Entry::TitleUnit))
        .iter()
        .any(|u| u.end == e);
    if unit && followed_by_title(ctx, e) {
        return None;
    }
    // Read the name leftwards.
    let mut i = s;
    while i > 0 && s - i < MAX_ORG {
        let c = ctx.text[i - 1];
        if Context::is_sep(c) && !(c.is_ascii_alphanumeric()) {
            break;
        }
        if ctx.boundary_ending(i) {
            break;
        }
        if !ctx
            .ending(i, |x| matches!(x, Entry::Title | Entry::Generic | Entry::Trigger(_)))
            .iter()
            .filter(|t| ctx.bound[t.start] && ctx.bound[t.end])
            .collect::<Vec<_>>()
            .is_empty()
        {
            break;
        }
        i -= 1;
    }
    // Snap to a token start.
    while i < s && !ctx.bound[i] {
        i += 1;
    }
    let name_len = s - i;
    let suffix_len = e - s;
    let total = e - i;
    if name_len == 0 {
        // A bare suffix is an organization only when it is a name by itself
        // (人大常委会, 开发区), never a one- or two-char word (局, 政府).
        if suffix_len < 3 || unit {
            return None;
        }
        return Some(Span::new(s, e));
    }
    if total < 2 {
        return None;
    }
    // One-char suffixes (局, 部, 委, 报, 网 ...) make many ordinary words; the word
    // that ends at the suffix must be jieba's own token or a short name in front of it.
    if suffix_len == 1 {
        let (ts, te, tag) = ctx.token(e - 1)?;
        if te == e && ts < s && !tag.starts_with("nt") && !tag.starts_with("ns") && ts == i {
            // the whole name is one ordinary word (格局, 干部, 汇报)
            if !["j", "nz", "nrt"].contains(&tag) {
                return None;
            }
        }
        // the name part must hold something that names: not a lone function char
        if name_len == 1 && !ctx.lex.level_chars.contains(&ctx.text[i]) {
            return None;
        }
    }
    Some(Span::new(i, e))
}


fn followed_by_title(ctx: &Context, mut i: usize) -> bool {
    // prefixes and units may come between (党委常务副书记)
    loop {
        if !ctx.starting(i, |x| matches!(x, Entry::Title)).is_empty() {
            return true;
        }
        match ctx
            .starting(i, |x| matches!(x, Entry::TitlePrefix | Entry::TitleUnit))
            .first()
        {
            Some(h) => i = h.end,
            None => return false,
        }
    }
}
