//! Title chains: `[org] title (、[org] title)* name`, and the org-before-title split.
//!
//! A title is read from a core post in `titles.txt` (书记, 主任) leftwards over the
//! prefixes of `title_prefixes.txt` (副, 常务) and the internal units of
//! `title_units.txt` (管委会, 党工委, 组织部). What stands in front of it then decides
//! the split the guideline asks for:
//!
//! - an organization that ends right there is its own `org` (`市开发区` + `党委书记`,
//!   `县委` + `书记`); when that organization is itself an organization plus an
//!   internal department (`中国船级社船舶导航安全处`), the department goes into the title
//!   (`中国船级社` + `船舶导航安全处处长`);
//! - a place or a bare level character in front of a unit makes the organization with
//!   it (`镇党委` + `书记`, `茶山镇党委` + `书记`, `区管委会` + `主任`);
//! - otherwise a short internal department after a break stays in the title
//!   (`安全事业部总经理`), and a bare unit stays whole (`管委会主任`, `政府旗长`).
//!
//! Titles joined by `、` (or `兼`, or written straight one after the other) form one
//! chain; the name after the chain holds every title in it (person.rs reads the names).
//! An envoy's post (`envoy_titles.txt`: 特使) starts a chain of its own: the post
//! straight before it is the principal's (习近平主席特使、…曹建明).

use super::{Candidate, Context, cand, prio};
use crate::lexicon::Entry;
use crate::model::{EntityType, OrgKind, Span};

/// Candidates indexed by where they start and end, so a lookup costs no scan: each
/// list sorted by its position (stably, so candidates at one position keep their order)
/// and searched by halves. Two sorted lists of references cost a fraction of two hash
/// maps of vectors, one vector per position (measured: building those was 2% of a
/// corpus run).
struct Near<'a> {
    by_start: Vec<&'a Candidate>,
    by_end: Vec<&'a Candidate>,
}

impl<'a> Near<'a> {
    fn new(cands: &'a [Candidate]) -> Near<'a> {
        let mut by_start: Vec<&Candidate> = cands.iter().collect();
        let mut by_end = by_start.clone();
        by_start.sort_by_key(|c| c.mention.span.start);
        by_end.sort_by_key(|c| c.mention.span.end);
        Near { by_start, by_end }
    }
    fn starting(&self, i: usize) -> impl Iterator<Item = &&'a Candidate> {
        Self::at(&self.by_start, i, |c| c.mention.span.start)
    }
    fn ending(&self, i: usize) -> impl Iterator<Item = &&'a Candidate> {
        Self::at(&self.by_end, i, |c| c.mention.span.end)
    }
    /// The run of `list` (sorted by `key`) whose key is `i`.
    fn at<'l>(
        list: &'l [&'a Candidate],
        i: usize,
        key: impl Fn(&Candidate) -> usize,
    ) -> impl Iterator<Item = &'l &'a Candidate> {
        let a = list.partition_point(|c| key(c) < i);
        let b = a + list[a..].partition_point(|c| key(c) == i);
        list[a..b].iter()
    }
}

/// One `[org] title` item of a chain.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub org: Option<Span>,
    pub title: Span,
}

/// Titles joined by `、` into one designation.
#[derive(Debug, Clone)]
pub struct Chain {
    pub items: Vec<Item>,
    /// Where the chain begins (its first org or title) and ends (after its last title).
    pub start: usize,
    pub end: usize,
}

pub struct Chains {
    pub candidates: Vec<Candidate>,
    pub chains: Vec<Chain>,
}

/// The longest stretch of internal-department words kept inside a title.
const MAX_DEPT: usize = 10;

pub fn chains(ctx: &Context, org_cands: &[Candidate], place_cands: &[Candidate]) -> Chains {
    let orgs = &Near::new(org_cands);
    let places = &Near::new(place_cands);
    let mut items: Vec<Item> = Vec::new();
    let mut used_end = 0usize;
    for core in core_titles(ctx, places) {
        if core.start < used_end {
            continue;
        }
        if let Some(item) = read_item(ctx, core, orgs, places) {
            used_end = item.title.end;
            items.push(item);
        }
    }
    let mut candidates = Vec::new();
    for it in &items {
        candidates.push(cand(
            EntityType::Title,
            None,
            it.title,
            "title chain",
            prio::CHAIN,
        ));
        if let Some(o) = it.org {
            // (a body the organization rules did not read, 学院 alone or 市妇联 before
            // its chair, takes the kind of the longest suffix ending it)
            let kind = orgs
                .ending(o.end)
                .find(|c| c.mention.span == o)
                .and_then(|c| c.mention.kind)
                .or_else(|| {
                    let mut ends = ctx.ending(o.end, |_| true);
                    ends.retain(|h| h.start >= o.start);
                    ends.sort_by_key(|h| h.start);
                    ends.iter()
                        .flat_map(|h| ctx.entries(h))
                        .find_map(|e| match e {
                            Entry::OrgSuffix(k) | Entry::PlacedOrgSuffix(k) => Some(*k),
                            _ => None,
                        })
                })
                .unwrap_or(OrgKind::Government);
            candidates.push(cand(
                EntityType::Org,
                Some(kind),
                o,
                "org before title",
                prio::CHAIN,
            ));
        }
    }
    // Join items into chains.
    let mut chains: Vec<Chain> = Vec::new();
    for it in items {
        let start = it.org.map_or(it.title.start, |o| o.start);
        if let Some(last) = chains.last_mut() {
            let gap: String = ctx.text[last.end.min(start)..start].iter().collect();
            // an envoy's post written straight after another post is not joined to
            // it: the post before is the principal's (习近平主席特使、…曹建明)
            let envoy = gap.is_empty()
                && ctx
                    .ending(it.title.end, |e| matches!(e, Entry::Envoy))
                    .iter()
                    .any(|h| h.start >= it.title.start);
            // (not after a post written after a name: 费萨尔亲王、中国事务大臣鲁梅延)
            let after_name = last.items.last().is_some_and(|p| {
                let s = p.org.map_or(p.title.start, |o| o.start);
                s > 0
                    && ctx
                        .token(s - 1)
                        .is_some_and(|(_, _, t)| t.starts_with("nr"))
            });
            if (gap == "、"
                || gap == "兼"
                || gap.is_empty()
                || !after_name && unread_body(ctx, last.end, start))
                && !envoy
            {
                last.items.push(it);
                last.end = it.title.end;
                continue;
            }
            // the post's other name in parentheses, the name after them (副校长（副院长）
            // 李书磊)
            if gap == "(" && it.org.is_none() && ctx.char(it.title.end) == Some(')') {
                last.items.push(it);
                last.end = it.title.end + 1;
                continue;
            }
        }
        chains.push(Chain {
            items: vec![it],
            start,
            end: it.title.end,
        });
    }
    Chains { candidates, chains }
}

/// Is `[a, b)` a list mark and then the name of a body no rule read, before the next
/// post (全国政协副主席、两岸企业家峰会理事长胡春华: the chain goes on, and the name after
/// it holds both posts)? The name is short, of Chinese characters, and jieba reads in
/// it nouns, locatives, time words (青年/t) and verbal nouns only: no person, verb or
/// function word.
fn unread_body(ctx: &Context, a: usize, b: usize) -> bool {
    if b <= a + 3 || b - a > MAX_DEPT + 1 || ctx.text[a] != '、' {
        return false;
    }
    let mut k = a + 1;
    while k < b {
        let Some((ts, te, t)) = ctx.token(k) else {
            return false;
        };
        let noun = (t.starts_with('n') && !t.starts_with("nr"))
            || matches!(t.as_str(), "f" | "j" | "t" | "vn");
        if ts < a + 1 || te > b || !noun || !ctx.is_han_at(k) {
            return false;
        }
        k = te;
    }
    true
}

/// The core titles of the text: dictionary titles, the longest at each place, that
/// line up with words (`市长` in `市长期` is not one) and are not the head of a place
/// (`市长沙路`).
fn core_titles(ctx: &Context, places: &Near) -> Vec<Span> {
    let mut spans: Vec<Span> = ctx
        .hits
        .iter()
        .filter(|h| ctx.entries(h).iter().any(|e| matches!(e, Entry::Title)))
        .map(|h| Span::new(h.start, h.end))
        .collect();
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Span> = Vec::new();
    // sorted by start, longest first: a span is inside an earlier one iff it ends
    // before the furthest end seen
    let mut reach = 0usize;
    for s in spans {
        if s.end <= reach && out.last().is_some() {
            continue;
        }
        // a longer title overlapping on the right wins (总经理 over 经理 is handled by
        // containment; 书记员 vs 书记 by the dictionary)
        if let Some((ts, te, _)) = ctx.token(s.end - 1)
            && !ends_cleanly(ctx, s)
        {
            // the title's last char begins a longer word: 市长期, 委员会
            let longer_title = ctx
                .starting(ts, |e| matches!(e, Entry::Title))
                .iter()
                .any(|h| h.end >= te);
            if !longer_title {
                continue;
            }
        }
        // a post that starts inside a unit's name is none (支书 across 党总支/书记: the
        // unit and 书记 are read instead)
        if ctx
            .ending(s.start + 1, |e| matches!(e, Entry::TitleUnit))
            .iter()
            .any(|u| u.start < s.start && u.end > s.start && u.end < s.end)
        {
            continue;
        }
        if (s.start + 1..s.end).any(|k| {
            places
                .starting(k)
                .any(|p| p.mention.span.end > s.end && !name_after_post(ctx, s, p.mention.span))
        }) {
            continue;
        }
        // an editor's post (编辑, 审核, 签发) is one in a credit line, before a colon, a
        // space or a name; after a name it is a verb (习近平签发主席令)
        let editor = ctx.is_word(s, |e| matches!(e, Entry::Editor));
        if editor
            && !matches!(
                ctx.char(s.end),
                Some(':' | '：' | ' ' | '\u{3000}' | '\t') | None
            )
            && ctx
                .starting(s.end, |e| matches!(e, Entry::Surname(_)))
                .is_empty()
        {
            continue;
        }
        // a post that is also a place's name (苏丹 sultan, 苏丹 Sudan) is the place
        // when another post or a break follows (南苏丹总统, 努尔苏丹、), not a name
        let also_place = ctx.is_word(s, |e| matches!(e, Entry::Place(_)));
        if also_place
            && (ctx.sep_at(s.end)
                || !ctx
                    .starting(s.end, |e| matches!(e, Entry::Title | Entry::TitlePrefix))
                    .is_empty())
        {
            continue;
        }
        // the end of a group word is no post (班子成员, 代表团成员)
        if ctx
            .ending(s.end, |e| matches!(e, Entry::Generic(_)))
            .iter()
            .any(|g| g.start < s.start)
        {
            continue;
        }
        reach = reach.max(s.end);
        out.push(s);
    }
    out.sort_by_key(|s| s.start);
    out
}

/// Is the place `p` that starts with the post `t`'s last character (局长沙军: 长沙) the
/// post and a name instead? It is a place of two, one character past the post, and a
/// name starts there (a surname or a transliteration) that runs on past the place into
/// no suffix, level character, post or further place (长沙市, 长沙路, 长沙县委书记 stay
/// places; 局长沙军 is the post and 沙军). The post is no place itself.
fn name_after_post(ctx: &Context, t: Span, p: Span) -> bool {
    let name_start =
        super::person::surname_at(ctx, t.end).is_some() || ctx.transliteration_at(t.end);
    // (nor is a village or road named a few characters on: 三溪镇/长林村, 长安庄村)
    let suffix_near = (p.end..p.end + 3).any(|k| {
        !ctx.starting(k, |e| matches!(e, Entry::PlaceSuffix(_)))
            .is_empty()
    });
    name_start
        && p.len() == 2
        && p.end == t.end + 1
        && ctx.is_han_at(p.end)
        && !suffix_near
        // (a post that is also a country stays the country: 苏丹/麦洛维 is 苏丹 and 丹麦)
        && !ctx.is_word(t, |e| matches!(e, Entry::Place(_)))
        && !ctx.lex.level_chars.contains(&ctx.text[p.end])
        && ctx
            .starting(p.end, |e| {
                matches!(
                    e,
                    Entry::OrgSuffix(_)
                        | Entry::PlacedOrgSuffix(_)
                        | Entry::Title
                        | Entry::TitlePrefix
                        | Entry::TitleUnit
                        | Entry::Place(_)
                        | Entry::Org(_)
                )
            })
            .is_empty()
}

/// Does the title `t` line up with the words after it? It does where a word ends
/// there, and where jieba only guessed the word running past it (国会/议长 read
/// 国/会议/长布安: its HMM glued the name to the post, no dictionary word) and the post
/// starts where something it can follow ends (an organization, a place, a unit); not
/// where the word past it is one of jieba's dictionary (部署/长江, 市/长期) or where the
/// post starts inside a word too (丰台/长峰医院, 进行/长达).
pub(super) fn ends_cleanly(ctx: &Context, t: Span) -> bool {
    match ctx.token(t.end.saturating_sub(1)) {
        Some((ts, te, _)) if te > t.end => {
            ctx.sep_at(t.end)
                || followed_by_name_glued(ctx, t.end)
                || !ctx.is_dictionary_word(Span::new(ts, te)) && starts_cleanly(ctx, t.start)
        }
        _ => true,
    }
}

/// A word starts at `i`, or something a post can follow ends there.
fn starts_cleanly(ctx: &Context, i: usize) -> bool {
    ctx.bound(i)
        || !ctx
            .ending(i, |e| {
                matches!(
                    e,
                    Entry::Org(_)
                        | Entry::Place(_)
                        | Entry::OrgSuffix(_)
                        | Entry::PlacedOrgSuffix(_)
                        | Entry::PlaceSuffix(_)
                        | Entry::TitleUnit
                        | Entry::Title
                )
            })
            .is_empty()
}

/// jieba sometimes glues a title to the name after it (`局局长`, `市长石`, `主任何/立峰`):
/// a token running past a title is harmless when what follows the title starts a name
/// or another title, and jieba reads a name there or right after the glued word, or a
/// given name there that ends where a name ends (`主/任何/俊/出席`, `主/任何/建华/陪同`).
fn followed_by_name_glued(ctx: &Context, end: usize) -> bool {
    let named = |t: &str| t.starts_with("nr") || t == "n";
    !ctx.starting(end, |e| {
        matches!(e, Entry::Surname(_) | Entry::Title | Entry::TitlePrefix)
    })
    .is_empty()
        && ctx.token(end).is_some_and(|(ts, te, t)| {
            named(&t)
                || ts < end
                    && ctx.token(te).is_some_and(|(ns, ne, t)| {
                        t.starts_with("nr")
                            // (a transliterated name's next syllables: 副市/长沙/基罗/夫)
                            || t.starts_with("nz") && ctx.is_transliterated(Span::new(end, ne))
                            // (a given name of one or two characters after the
                            // glued surname: 主/任何/俊, 主/任何/建华/陪同)
                            || (ne == ns + 1
                                || ne == ns + 2
                                    && ne - end == 3
                                    && (t.starts_with('n') || t == "a" || t == "t"))
                                && ctx.is_han_at(ns)
                                && super::person::stops_name(ctx, ne)
                                && {
                                    // (not a place's or a body's suffix: 五华县/长江/村)
                                    ctx.starting(ns, |e| {
                                        matches!(
                                            e,
                                            Entry::PlaceSuffix(_)
                                                | Entry::OrgSuffix(_)
                                                | Entry::PlacedOrgSuffix(_)
                                        )
                                    })
                                    .is_empty()
                                }
                    })
        })
}

/// The organization written before its other name in parentheses that ends at `pos`
/// (中央党校 of 中央党校（国家行政学院）).
fn org_before_other_name(ctx: &Context, orgs: &Near, pos: usize) -> Option<Span> {
    if pos < 2 || ctx.char(pos - 1) != Some(')') {
        return None;
    }
    let inner = orgs
        .ending(pos - 1)
        .map(|c| c.mention.span)
        .find(|o| o.start > 0 && ctx.char(o.start - 1) == Some('('))?;
    orgs.ending(inner.start - 1)
        .map(|c| c.mention.span)
        .filter(|o| o.start < inner.start - 1)
        .max_by_key(|o| o.len())
}

/// Is the character right before `k` a level character (市, 县: `level_chars.txt`)?
fn level_char_before(ctx: &Context, k: usize) -> bool {
    k > 0 && ctx.lex.level_chars.contains(&ctx.text[k - 1])
}

/// The longest dictionary organization that ends with the unit `u` and starts before
/// it (中央统战部 over 统战部, 中央纪委 over 纪委).
fn known_org_over(ctx: &Context, orgs: &Near, u: Span) -> Option<Span> {
    orgs.ending(u.end)
        .map(|c| c.mention.span)
        .filter(|o| o.start < u.start && ctx.is_word(*o, |e| matches!(e, Entry::Org(_))))
        .max_by_key(|o| o.len())
}

fn read_item(ctx: &Context, core: Span, orgs: &Near, places: &Near) -> Option<Item> {
    let te = core.end;
    let mut pos = core.start;
    // a dictionary title may start with a unit itself (党委书记, 党工委副书记)
    let mut first_unit: Option<Span> = ctx
        .starting(core.start, |e| matches!(e, Entry::TitleUnit))
        .into_iter()
        .find(|u| u.end < core.end)
        .map(|u| Span::new(u.start, u.end));
    // a dictionary organization that ends with the unit the post starts with keeps
    // it (中央纪委 + 书记, not 中央 + 纪委书记)
    if let Some(u) = first_unit
        && let Some(o) = known_org_over(ctx, orgs, u)
    {
        return Some(Item {
            org: Some(o),
            title: Span::new(u.end, te),
        });
    }
    loop {
        if let Some(h) = ctx
            .ending(pos, |e| matches!(e, Entry::TitlePrefix))
            .into_iter()
            .next()
        {
            // a prefix that is also a unit (党委, 党组) is the unit a place or a level
            // character in front makes an organization with (镇党委 + 委员, as 镇党委 +
            // 书记; not after another body: 审计厅原党组成员)
            let place_before =
                places.ending(h.start).next().is_some() || level_char_before(ctx, h.start);
            if place_before
                && ctx.is_word(Span::new(h.start, h.end), |e| matches!(e, Entry::TitleUnit))
            {
                first_unit = Some(Span::new(h.start, h.end));
            }
            pos = h.start;
            continue;
        }
        if let Some(h) = ctx
            .ending(pos, |e| matches!(e, Entry::TitleUnit))
            .into_iter()
            .next()
        {
            // a dictionary organization ending with the unit keeps it (中央统战部 +
            // 部长, not 中央 + 统战部部长)
            if known_org_over(ctx, orgs, Span::new(h.start, pos)).is_some() {
                break;
            }
            // ... and so does an organization named by a longer suffix that ends with
            // the unit (县总工会 + 主席: 总工会, not the company's 工会)
            let longer_suffix = ctx
                .ending(pos, |e| {
                    matches!(e, Entry::OrgSuffix(_) | Entry::PlacedOrgSuffix(_))
                })
                .iter()
                .any(|x| x.start < h.start);
            if longer_suffix && orgs.ending(pos).any(|c| c.mention.span.start < h.start) {
                break;
            }
            pos = h.start;
            first_unit = Some(Span::new(h.start, h.end));
            continue;
        }
        // 驻 + place: 驻希腊大使
        if let Some(p) = places.ending(pos).next()
            && p.mention.span.start > 0
            && ctx.text[p.mention.span.start - 1] == '驻'
        {
            pos = p.mention.span.start - 1;
            continue;
        }
        break;
    }
    // (a) an organization ends right here
    let org_here = orgs
        .ending(pos)
        .filter(|c| c.mention.span.start < pos)
        .max_by_key(|c| c.mention.span.len())
        .map(|c| c.mention.span);
    // ... or before its other name in parentheses (中央党校（国家行政学院）+ 副校长)
    if org_here.is_none()
        && let Some(o) = org_before_other_name(ctx, orgs, pos)
    {
        return Some(Item {
            org: Some(o),
            title: Span::new(pos, te),
        });
    }
    if let Some(c) = org_here {
        // an org + internal department in front of a title: the department joins the
        // title; a name the dictionary knows whole has none (国际奥委会 is not
        // 国际奥委 + 会)
        let known_whole = ctx.is_word(c, |e| matches!(e, Entry::Org(_)));
        let inner = (c.start + 2..pos)
            .filter(|_| !known_whole)
            .flat_map(|e| orgs.ending(e))
            .map(|b| b.mention.span)
            .filter(|b| b.start >= c.start && b.end < pos && b.end > c.start + 1)
            .filter(|b| {
                // the gap is the org's own suffix (县人大 + 常委会): no department
                let own_suffix = ctx
                    .starting(b.end, |e| matches!(e, Entry::OrgSuffix(_)))
                    .iter()
                    .any(|h| h.end == pos);
                if own_suffix {
                    return false;
                }
                // a company or institution in its own right is no department (中国科技
                // 大学附属第一医院 + 主任医师; a department is a government unit: 处, 科)
                let stands_alone = ctx
                    .ending(pos, |e| {
                        matches!(
                            e,
                            Entry::OrgSuffix(OrgKind::Company | OrgKind::Institution)
                                | Entry::PlacedOrgSuffix(OrgKind::Company | OrgKind::Institution)
                        )
                    })
                    .iter()
                    .any(|h| h.start > b.end);
                if stands_alone {
                    return false;
                }
                let gap_starts_place = places.starting(b.end).next().is_some()
                    || ctx.lex.level_chars.contains(&ctx.text[b.end]);
                !gap_starts_place && pos - b.end <= MAX_DEPT
            })
            .max_by_key(|b| b.end);
        if let Some(b) = inner {
            return Some(Item {
                org: Some(b),
                title: Span::new(b.end, te),
            });
        }
        return Some(Item {
            org: Some(c),
            title: Span::new(pos, te),
        });
    }
    // (b) a place or a bare level char in front of a unit: they make the organization
    if let Some(u) = first_unit.filter(|u| u.start == pos) {
        let place = places.ending(pos).map(|p| p.mention.span.start).min();
        // a bare level word (自治区) as a bare level character
        let level_word = ctx
            .lex
            .level_words
            .iter()
            .filter(|w| pos >= w.len() && ctx.text[pos - w.len()..pos] == w[..])
            .map(|w| pos - w.len())
            .find(|&s| s == 0 || !ctx.is_han_at(s - 1) || ctx.boundary_ending(s));
        let start = place.or(level_word).or_else(|| {
            (level_char_before(ctx, pos)
                && (pos < 2
                    || ctx.sep_at(pos - 2)
                    || ctx.boundary_ending(pos - 1)
                    || !ctx.is_han_at(pos - 2)
                    // 市委市政府副秘书长: an org ends in front
                    || orgs.ending(pos - 1).next().is_some()))
            .then(|| pos - 1)
        });
        // (not after a determiner: 各村党支部书记 is a post, in every village)
        if let Some(s) = start.filter(|&s| !ctx.described(Span::new(s, u.end))) {
            return Some(Item {
                org: Some(Span::new(s, u.end)),
                title: Span::new(u.end, te),
            });
        }
    }
    // (c) a short internal department after a break stays in the title
    if pos > 0 && !ctx.sep_at(pos - 1) {
        let dept_end = !ctx
            .ending(pos, |e| matches!(e, Entry::OrgSuffix(_) | Entry::TitleUnit))
            .is_empty()
            || first_unit.is_some_and(|u| u.start == pos);
        if dept_end {
            let mut g = pos;
            // only a boundary word jieba agrees on stops it (安全 is not 全)
            let stop = |g: usize| {
                ctx.ending(g, |e| matches!(e, Entry::Boundary))
                    .iter()
                    .any(|h| ctx.bound(h.start) && ctx.bound(h.end))
            };
            let determiner =
                |g: usize| !ctx.ending(g, |e| matches!(e, Entry::Determiner)).is_empty();
            while g > 0 && pos - g < MAX_DEPT && ctx.is_han_at(g - 1) && !stop(g) && !determiner(g)
            {
                if orgs.ending(g).next().is_some() {
                    break;
                }
                g -= 1;
            }
            let at_break = g == 0 || ctx.sep_at(g - 1) || orgs.ending(g).next().is_some();
            // a name of three or more in front of a party committee or an administration
            // (党工委, 管委会: units that are organizations themselves) is the body they
            // belong to, an organization of its own (物流港 + 党工委书记)
            let body_unit = first_unit.is_some_and(|u| {
                u.start == pos
                    && ctx
                        .starting(u.start, |e| matches!(e, Entry::OrgSuffix(_)))
                        .iter()
                        .any(|h| h.end == u.end)
            });
            // ... a body that ends with a noun, not with a post or a verb (乌克兰总统
            // 办公室主任, 看守政府总理 stay whole)
            let body_named = !ctx.function_token(pos - 1)
                && ctx.ending(pos, |e| matches!(e, Entry::Title)).is_empty();
            // (or a body named by its kind alone, the one the text is about: 学院 +
            // 党委书记, as 示范区 + 党工委书记)
            // (of two characters or more: 局 alone is no body, 局党组书记 is a post, as
            // 市 alone is none in 市长)
            let kind_alone = pos - g >= 2
                && ctx.is_word(Span::new(g, pos), |e| {
                    matches!(e, Entry::OrgSuffix(_) | Entry::PlacedOrgSuffix(_))
                });
            if at_break
                && body_unit
                && body_named
                && (pos - g >= 3 || kind_alone)
                && orgs.ending(g).next().is_none()
                && !ctx.starts_with_common_word(Span::new(g, pos))
            {
                return Some(Item {
                    org: Some(Span::new(g, pos)),
                    title: Span::new(pos, te),
                });
            }
            // a verb is no department (“两新”组织 + 党支部书记), nor a clause: a
            // department opens with no verb, time word or the like (今晚播出世界银行行长,
            // 贯彻军委主席; 驻 opens an envoy's office) and holds no preposition,
            // pronoun, adverb, conjunction or particle (我同卢卡申科总统); a verb
            // inside one names what it does (船舶导航安全处)
            let verbal = (g..pos).all(|k| ctx.function_token(k));
            let clause = g < pos
                && (ctx.text[g] != '驻'
                    && ctx
                        .token(g)
                        .is_some_and(|(_, _, t)| super::is_function_tag(&t) || t == "t")
                    || (g..pos).any(|k| {
                        ctx.token(k).is_some_and(|(_, _, t)| {
                            matches!(t.as_str(), "p" | "r" | "c" | "ad")
                                || t.starts_with('d')
                                || t.starts_with('u')
                        })
                    }));
            // (a kind of company or institution alone is no department but the body
            // the text is about, written as a description: 集团公司 + 总经济师, 公司 +
            // 首席执行官; the post is the title)
            let kind_only = ctx.is_word(Span::new(g, pos), |e| {
                matches!(
                    e,
                    Entry::OrgSuffix(OrgKind::Company | OrgKind::Institution)
                        | Entry::PlacedOrgSuffix(OrgKind::Company | OrgKind::Institution)
                )
            });
            if at_break && g < pos && kind_only && first_unit.is_none() {
                return Some(Item {
                    org: None,
                    title: Span::new(pos, te),
                });
            }
            if at_break && g < pos && !verbal && !clause {
                return Some(Item {
                    org: orgs
                        .ending(g)
                        .max_by_key(|c| c.mention.span.len())
                        .map(|c| c.mention.span),
                    title: Span::new(g, te),
                });
            }
        }
    }
    // (d) a bare level character after a break opens the post (县委书记、区总河长: one
    // post 区总河长, as 市长 is one); the character alone is no organization
    if level_char_before(ctx, pos)
        && (pos == 1 || ctx.sep_at(pos - 2))
        && orgs.ending(pos).next().is_none()
    {
        return Some(Item {
            org: None,
            title: Span::new(pos - 1, te),
        });
    }
    Some(Item {
        org: None,
        title: Span::new(pos, te),
    })
}
