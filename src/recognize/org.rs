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
    let mut out = all_candidates(ctx);
    // a name ending with a generic phrase (党和政府, 东南亚国家地方政府) is no organization
    // (a name the dictionaries know whole is one: 国家管网)
    out.retain(|c| {
        let sp = c.mention.span;
        (ctx.is_word(sp, |x| matches!(x, Entry::Org(_)))
            || !ctx.ends_with_word(sp, |x| matches!(x, Entry::GenericOrg)))
            // nor is a name inside one (级党委 in 各级党委)
            && !(sp.start.saturating_sub(4)..=sp.start).any(|k| {
                ctx.starting(k, |x| matches!(x, Entry::GenericOrg))
                    .iter()
                    .any(|g| g.end >= sp.end)
            })
            // nor one that a determiner makes a description (各村党支部)
            && !ctx.described(sp)
    });
    out
}

fn all_candidates(ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    for h in &ctx.hits {
        for e in ctx.entries(h) {
            match *e {
                // A known name must not be the start or end of a longer ordinary word;
                // a level character in front makes the body that level's (市工商联).
                Entry::Org(kind) if word_edges_ok(ctx, h.start, h.end) => {
                    let (start, evidence) = if level_opens(ctx, h.start) {
                        (h.start - 1, "level + orgs.txt")
                    } else {
                        (h.start, "orgs.txt")
                    };
                    out.push(cand(
                        EntityType::Org,
                        Some(kind),
                        Span::new(start, h.end),
                        evidence,
                        prio::ORG,
                    ));
                }
                // a country or place written straight onto a known name, one token for
                // jieba, is part of it (俄罗斯国家杜马, 黎巴嫩真主党; the guideline's
                // 美国盖茨基金会)
                Entry::Org(kind) => {
                    if let Some(p) = place_glued_before(ctx, h.start, h.end) {
                        out.push(cand(
                            EntityType::Org,
                            Some(kind),
                            Span::new(p, h.end),
                            "place + orgs.txt",
                            prio::ORG,
                        ));
                    }
                }
                // A company's seat in parentheses before its suffix is part of its name
                // (博世汽车部件(苏州)有限公司).
                Entry::OrgSuffix(OrgKind::Company) if let Some(k) = seat_before(ctx, h.start) => {
                    if let Some(span) = by_suffix(ctx, k, h.end).filter(|s| s.start < k) {
                        out.push(cand(
                            EntityType::Org,
                            Some(OrgKind::Company),
                            span,
                            "org suffix",
                            prio::ORG,
                        ));
                    }
                }
                // A one-character suffix at the end of a company's is read with it (司
                // in 有限公司 is no ministry department's).
                Entry::PlacedOrgSuffix(k) | Entry::OrgSuffix(k)
                    if h.end - h.start == 1
                        && k != OrgKind::Company
                        && ctx
                            .ending(h.end, |x| {
                                matches!(
                                    x,
                                    Entry::OrgSuffix(OrgKind::Company)
                                        | Entry::PlacedOrgSuffix(OrgKind::Company)
                                )
                            })
                            .iter()
                            .any(|l| l.start < h.start) => {}
                // A placed suffix names an organization only after a place; a plain one
                // takes the kind of a known name inside it.
                Entry::PlacedOrgSuffix(kind) | Entry::OrgSuffix(kind) => {
                    let placed = matches!(e, Entry::PlacedOrgSuffix(_));
                    if let Some(span) = by_suffix(ctx, h.start, h.end)
                        && (!placed || starts_with_place(ctx, span))
                    {
                        let kind = if placed {
                            kind
                        } else {
                            known_kind(ctx, span).unwrap_or(kind)
                        };
                        out.push(cand(
                            EntityType::Org,
                            Some(kind),
                            span,
                            "org suffix",
                            prio::ORG,
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Is the character before `start` a level character (市, 县, 省) that is a word by
/// itself and opens a name there, making the known organization at `start` that
/// level's (带领市工商联, 县总工会, 省科协)? Not in 城市/工商联, nor where it ends a
/// name that runs on in front (南基伍省 + 红十字会): before it stands no Han character,
/// or a verb or other word that is no part of a name.
fn level_opens(ctx: &Context, start: usize) -> bool {
    start > 0
        && ctx.lex.level_chars.contains(&ctx.text[start - 1])
        && ctx
            .token(start - 1)
            .is_some_and(|(ts, te, _)| ts + 1 == start && te == start)
        && ctx
            .ending(start, |e| matches!(e, Entry::Place(_)))
            .is_empty()
        && (start < 2 || !ctx.is_han_at(start - 2) || ctx.function_token(start - 2))
}

/// Does the span start with a place or a level character (市, 县)?
fn starts_with_place(ctx: &Context, span: Span) -> bool {
    // (a place that is the whole name is that place, not a body after one: 山海关)
    ctx.lex.level_chars.contains(&ctx.text[span.start])
        || ctx
            .starting(span.start, |x| matches!(x, Entry::Place(_)))
            .iter()
            .any(|p| p.end < span.end)
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

/// Where a place starts that jieba read as one token with the dictionary organization
/// at `[start, end)` after it (俄罗斯国家杜马/ns), the organization ending the token.
fn place_glued_before(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let (ts, te, _) = ctx.token(start)?;
    (ts < start && te == end && ctx.is_word(Span::new(ts, start), |x| matches!(x, Entry::Place(_))))
        .then_some(ts)
}

/// Does a post start at `i` that lines up with the words after it (副部长 after a
/// ministry, even where jieba glued its first character on: 信息化/部副/部长)? 署长 in
/// 部署/长江 does not.
fn title_follows(ctx: &Context, i: usize) -> bool {
    ctx.starting(i, |x| {
        matches!(x, Entry::Title | Entry::TitlePrefix | Entry::TitleUnit)
    })
    .iter()
    .any(|t| super::title::ends_cleanly(ctx, Span::new(t.start, t.end)))
}

/// A dictionary word's edges do not cut through a jieba token that is a longer word
/// (but a post may follow that jieba glued on).
fn word_edges_ok(ctx: &Context, start: usize, end: usize) -> bool {
    // jieba may glue a one-char function word on (经信委等/nt)
    let glued_boundary = ctx.token(end).is_some_and(|(_, te, _)| te == end + 1)
        && ctx.is_word(Span::new(end, end + 1), |x| matches!(x, Entry::Boundary));
    let end_ok = ctx.bound(end)
        || glued_boundary
        || title_follows(ctx, end)
        || ctx
            .token(end.saturating_sub(1))
            .is_some_and(|(s, _, _)| s < start);
    let start_ok = ctx.bound(start) || ctx.token(start).is_some_and(|(_, e, _)| e > end);
    end_ok && start_ok
}

/// Read an organization name leftwards from a suffix at `[s, e)`.
pub fn by_suffix(ctx: &Context, s: usize, e: usize) -> Option<Span> {
    // 所 before a verb is the particle (所思所想所盼), not an institute
    if e - s == 1
        && PARTICLE_SUFFIXES.contains(&ctx.text[s])
        && ctx
            .token(e)
            .is_some_and(|(ts, _, t)| ts == e && t.starts_with('v'))
    {
        return None;
    }
    // A suffix whose first characters end a longer place is none (加拿大队: a team, not
    // a 大队), unless a place ends right before it too (雄安/新区, not 安新: 新区;
    // 南宁/海关; a country's one-character short name, 美/国会, is too short to ask).
    if ctx.ending(s, |x| matches!(x, Entry::Place(_))).is_empty()
        && (s + 1..e).any(|k| {
            ctx.ending(k, |x| matches!(x, Entry::Place(_)))
                .iter()
                .any(|p| p.start < s && p.end - p.start >= 3)
        })
    {
        return None;
    }
    // A trigger word that runs on in front of the suffix names a meeting, not a body
    // (述职评议会: 评议会 is a meeting, not 议会, a parliament).
    if ctx
        .ending(e, |x| matches!(x, Entry::Trigger(..)))
        .iter()
        .any(|t| t.start < s && ctx.bound(t.start))
    {
        return None;
    }
    // The suffix must end a word: `部门`, `委员会` are not organizations (but a title
    // may follow, which jieba sometimes glues on: `卫计/局局长`).
    // The title must itself line up with the words after it: 署长 in 部署/长江 is none.
    let title_follows = title_follows(ctx, e);
    let dateline_follows = !ctx.starting(e, |x| matches!(x, Entry::Dateline)).is_empty();
    let mut glued_boundary = false;
    if !ctx.bound(e) && !title_follows && !dateline_follows {
        let (ts, te, _) = ctx.token(e - 1)?;
        // (jieba may glue a one-character function word on, 自然资源/局等, making a token
        // of no word of its dictionary, not 所在, 处于; the name must then open with a
        // place or a level character, checked below)
        glued_boundary = te == e + 1
            && !ctx.is_jieba_word(Span::new(ts, te))
            && ctx
                .starting(e, |x| matches!(x, Entry::Boundary))
                .iter()
                .any(|b| b.end == te);
        if te > e && ts >= s.saturating_sub(2) && !glued_boundary {
            return None;
        }
    }
    // A suffix ending a group of people (镇村干部, 机关干部: cadres) is none.
    if ctx
        .ending(e, |x| matches!(x, Entry::Generic(_)))
        .iter()
        .any(|g| g.start < s)
    {
        return None;
    }
    // A suffix ending a locative (东北部, 西南部/f: a part of a place) is none.
    if ctx
        .token(e - 1)
        .is_some_and(|(ts, te, t)| te == e && ts < s && t == "f")
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
    // A venue (会议中心, 行政中心) is a place, not an organization.
    if ctx
        .ending(e, |x| matches!(x, Entry::PlaceSuffix(_)))
        .iter()
        .any(|p| p.start < s)
    {
        return None;
    }
    // A title unit followed by a title is the title's business (市开发区党委书记).
    let unit = ctx
        .starting(s, |x| matches!(x, Entry::TitleUnit))
        .iter()
        .any(|u| u.end == e);
    if unit && followed_by_title(ctx, e) {
        return None;
    }
    // Read the name leftwards, a token at a time, stopping at a break, a boundary
    // word, a function word, a title or a trigger.
    let mut i = s;
    // A known organization opening its clause is not read on into the one character
    // in front of it (经中央军委批准: 经 is "by", 原中国铁路总公司: 原 is "former").
    let mut after_org = false;
    // (a known name or place was just read whole)
    let mut jumped = false;
    while i > 0 && s - i < MAX_ORG {
        let c = ctx.text[i - 1];
        if Context::is_sep(c) && !c.is_ascii_alphanumeric() {
            break;
        }
        if ctx.boundary_ending(i) {
            // two nouns joined by 与, 和 or 及 are one department's name (农业与生物技术
            // 学院, 国际合作与交流处)
            if let Some(j) = joined_noun_before(ctx, i, s) {
                i = j;
                continue;
            }
            if let Some(j) = task_body_start(ctx, i, s, e) {
                i = j;
            }
            break;
        }
        // a known place or organization in front is read whole (中江县 even where
        // jieba cut it 中/江/县委)
        // (but not a place whose first character jieba reads as a one-character
        // conjunction or preposition: 市工商联和/县总工会 holds no 和县)
        if let Some(p) = ctx
            .ending(i, |x| matches!(x, Entry::Place(_) | Entry::Org(_)))
            .into_iter()
            .next()
            && s - p.start <= MAX_ORG
            && !(ctx.token(p.start).is_some_and(|(ts, te, t)| {
                ts == p.start && te == p.start + 1 && (t.starts_with('c') || t.starts_with('p'))
            }))
        {
            // (a place opening with a joiner right after a body's name is the joiner and
            // the next body's level: 县卫健局/和县/人民医院 is 县卫健局 和 县人民医院)
            if joiner_after_body(ctx, p.start) {
                i = p.start + 1;
                break;
            }
            after_org = ctx.entries(&p).iter().any(|x| matches!(x, Entry::Org(_)));
            jumped = true;
            i = p.start;
            continue;
        }
        if after_org && clause_opener(ctx, i - 1) {
            break;
        }
        let Some((ts, te, tag)) = ctx.token(i - 1) else {
            break;
        };
        if ordinal_in_name(ctx, ts, i, s, e) {
            i = ts;
            continue;
        }
        // a verbal noun of two in front of a known name or place read whole is the
        // sentence's verb (指导/国家图书馆, 建设/世界一流军医大学, 出售/委内瑞拉国家石油
        // 公司): a name does not run on through it
        if jumped && te == i && te - ts == 2 && &*tag == "vn" {
            break;
        }
        jumped = false;
        if let Some(j) = verb_of_a_field(ctx, i, s, e) {
            i = j;
            break;
        }
        if (super::is_function_tag(&tag) || descriptive_token(ctx, i - 1, s))
            && !ctx.lex.level_chars.contains(&c)
            && !named_numeral(ctx, i - 1)
            && !abbreviated_verb(ctx, i, s)
        {
            // A company's trade name may hold a verb (深圳华创新能源科技有限公司: 华/创新):
            // a place and a word of the name in front of it, and the name runs on.
            if let Some(p) = company_place_before_verb(ctx, ts, s) {
                i = p;
            }
            // So may a task force's, named for its task (县乡村振兴工作领导小组).
            if let Some(p) = task_body_start(ctx, i, s, e) {
                i = p;
            }
            break;
        }
        if ctx
            .ending(i, |x| {
                matches!(x, Entry::Title | Entry::Trigger(..)) || super::group_stops(x, i, s)
            })
            .iter()
            .any(|t| ctx.bound(t.start) && ctx.bound(t.end))
        {
            break;
        }
        // ... or glued it onto the end of a name (李红到/县人民医院: 到 is "to")
        if te == i
            && te - ts >= 3
            && tag.starts_with("nr")
            && ctx.is_word(Span::new(i - 1, i), |x| matches!(x, Entry::Boundary))
        {
            break;
        }
        let next = ts.max(s.saturating_sub(MAX_ORG)).min(i - 1);
        // jieba may glue a function word to a name (对市/开发区): stop after it
        if let Some(bend) = ctx.boundary_at(next)
            && bend < i
        {
            i = bend;
            break;
        }
        // ... even into a token it guessed to be a name (对凯江/中学)
        if let Some((_, te, tag)) = ctx.token(next)
            && te - next >= 3
            && (tag.starts_with("ns") || tag.starts_with("nr"))
            && ctx
                .starting(next, |x| matches!(x, Entry::Boundary))
                .iter()
                .any(|b| b.end == next + 1)
        {
            i = next + 1;
            break;
        }
        i = next;
    }
    // ... nor when the known organization ends with the suffix (经中央军委)
    if clause_opener(ctx, i)
        && ctx
            .ending(e, |x| matches!(x, Entry::Org(_)))
            .iter()
            .any(|o| o.start == i + 1)
    {
        i += 1;
    }
    // ... nor into the term a body is counted by, a numeral and 届, that jieba glued on
    // (县十/八届人大常委会: the name starts after 届, as in 市十五届/人大常委会)
    if let Some(k) = (i..s).find(|&k| ctx.text[k] == '届')
        && k > i
        && ctx.text[i..k].iter().all(|c| ORDINAL_DIGITS.contains(*c))
    {
        i = k + 1;
    }
    let name_len = s - i;
    let suffix_len = e - s;
    // a level char after a number stands for several places (两市政府), no one body
    if name_len > 0
        && i > 0
        && ctx.lex.level_chars.contains(&ctx.text[i])
        && ctx
            .token(i - 1)
            .is_some_and(|(_, te, t)| te == i && t == "m")
    {
        return None;
    }
    // a publication in its dateline (拂晓报讯, 搜鹿网讯): the name runs from the line start
    let dateline = name_len >= 2
        && (i == 0 || ctx.text[i - 1].is_whitespace())
        && !ctx.starting(e, |x| matches!(x, Entry::Dateline)).is_empty();
    let total = e - i;
    if name_len == 0 {
        // A bare suffix is an organization only when it is a name by itself
        // (人大常委会, 开发区), never a one- or two-char word (局, 政府), nor a kind of
        // company or institution (集团公司, 博物馆).
        if suffix_len < 3 || unit || suffix_is_not_government(ctx, s, e) {
            return None;
        }
        return Some(Span::new(s, e));
    }
    if total < 2 {
        return None;
    }
    // One-char suffixes (局, 部, 委, 报, 网 ...) end many ordinary words (格局, 干部,
    // 汇报, 总部, 物联网): when jieba reads the suffix as the tail of a longer word, that
    // word must be a name of its own (nt) or the whole name must be longer than it.
    if suffix_len == 1 {
        let (ts, te, tag) = ctx.token(e - 1)?;
        if te == e && ts < s {
            let word_len = te - ts;
            // the suffix ends a word names never run into, inside the token (工作汇报)
            if s > ts + 1
                && !tag.starts_with("nt")
                && ctx
                    .ending(e, |x| matches!(x, Entry::Boundary))
                    .iter()
                    .any(|b| b.start < s && b.start > ts)
            {
                return None;
            }
            let ok = tag.starts_with("nt")
                // a proper noun ending in a media or company suffix (东北网), not an
                // ordinary phrase jieba calls one (和平共处)
                || (tag == "nz" && word_len >= 3 && suffix_is_not_government(ctx, s, e))
                || dateline
                || (ts + 1 == s && word_len == 2 && ctx.lex.level_chars.contains(&ctx.text[ts]))
                // a level char and an abbreviation before a title (市外办主任)
                || (word_len == 2
                    && ts == i + 1
                    && ctx.lex.level_chars.contains(&ctx.text[i])
                    && title_follows)
                // a place's body by its abbreviation, straight after the place (房山区/
                // 建委, 南京/侨办: jieba tags such words j)
                || (word_len == 2 && tag == "j" && ts > i && place_or_level_ends(ctx, ts))
                || (word_len >= 3 && ts > i && !super::is_function_tag(&tag));
            // the suffix ends a word of two inside the token that is no noun (和平/共处,
            // 大山/深处, 严肃/查处; not in a name jieba knows, 财政局/nt). Nouns that end no
            // name (布局, 场所) are in generic_orgs.txt.
            if word_len >= 3
                && !tag.starts_with("nt")
                && ctx
                    .word_tag(Span::new(s - 1, e))
                    .is_some_and(|t| !t.starts_with('n'))
            {
                return None;
            }
            // an idiom or a set phrase of four or more ends with it (心灵深处/i,
            // 落到实处/l, 陷入僵局/l): no name (发展局/l is one)
            let phrase = tag == "i" || tag == "l" && word_len >= 4;
            if !ok || super::is_function_tag(&tag) || phrase {
                return None;
            }
        }
        // the name part must hold something that names: not a lone function char
        if name_len == 1 && !ctx.lex.level_chars.contains(&ctx.text[i]) {
            return None;
        }
    }
    // A company or institution needs something that names it: a proper name, a place
    // or a longer name (`两家科技公司` is a description).
    if name_len <= 2
        && !dateline
        && !has_proper(ctx, i, s)
        && !ctx.lex.level_chars.contains(&ctx.text[i])
        && suffix_is_not_government(ctx, s, e)
    {
        return None;
    }
    if glued_boundary && !starts_with_place(ctx, Span::new(i, e)) {
        return None;
    }
    // A name opening with a quality (区域性, 政策性, 普惠性: a word ending in 性) is a
    // description of a kind of body (政策性银行, 综合性大学), not a name.
    // (after a verb read in, 发展政策性银行; not after a place or a name: 合肥综合性国家
    // 科学中心, 中国科学院生物多样性委员会 are names)
    let mut k = i;
    while k < s {
        let Some((ts, te, tag)) = ctx.token(k) else {
            break;
        };
        if ts == k && te - ts >= 2 && te <= s && ctx.text[te - 1] == '性' {
            return None;
        }
        if !tag.starts_with('v') {
            break;
        }
        k = te.max(k + 1);
    }
    Some(Span::new(i, e))
}

/// Is the name read leftwards to `i` (`i < s`, the suffix of a government body or an
/// institution at `s`) preceded by a one-character word joining names (与, 和, 及:
/// kind name_joiner in event_words.txt) and before it a common noun of two or more
/// that ends no name of its own (农业 in 农业与生物技术学院)? Where the noun starts. Not
/// after a place, an organization, a suffix or an event word (A公司与B公司, 中国与东盟,
/// 会议和全国政协).
fn joined_noun_before(ctx: &Context, i: usize, s: usize) -> Option<usize> {
    if i >= s || i < 3 {
        return None;
    }
    let body = ctx
        .starting(s, |x| {
            matches!(
                x,
                Entry::OrgSuffix(OrgKind::Government | OrgKind::Institution)
                    | Entry::PlacedOrgSuffix(OrgKind::Government | OrgKind::Institution)
            )
        })
        .iter()
        .any(|h| h.start == s);
    // (a level character after the joiner opens another body: 全会和市纪委; not the
    // first character of a word, 区域 in 成果转化与区域创新处)
    let in_word = ctx.token(i).is_some_and(|(ts, te, _)| {
        ts == i
            && te >= i + 2
            && !ctx.lex.level_chars.contains(&ctx.text[i + 1])
            && (i..=i + 1).all(|k| ctx.starting(k, Entry::names_a_body).is_empty())
    });
    let level_opens = ctx.lex.level_chars.contains(&ctx.text[i]) && !in_word;
    if !body || level_opens {
        return None;
    }
    let joiner = i - 1;
    let joins = ctx
        .ending(i, |x| {
            matches!(x, Entry::EventWord(crate::lexicon::EventWord::NameJoiner))
        })
        .iter()
        .any(|h| h.start == joiner)
        && ctx.is_han_at(joiner)
        && ctx.bound(joiner)
        && ctx.bound(i);
    if !joins {
        return None;
    }
    let (mut ls, le, tag) = ctx.token(joiner - 1)?;
    // (an abbreviation of three or more is a field too, 交通运输/j; so is a field and a
    // verb of two saying what is done with it, 住房/保障 in 住房保障和房屋管理局)
    let mut noun = le == joiner
        && le - ls >= 2
        && (((tag.starts_with('n') || &*tag == "vn") && !super::is_proper_tag(&tag))
            || (&*tag == "j" && le - ls >= 3));
    // (the field opening on a place or on the body the department belongs to:
    // 石家庄市/住房/保障, 黄河流域/生态/保护, 省科技厅/成果/转化与区域创新处)
    if !noun
        && le == joiner
        && le - ls == 2
        && &*tag == "v"
        && ls >= 2
        && let Some((fs, fe, ft)) = ctx.token(ls - 1)
        && fe == ls
        && fe - fs >= 2
        && &*ft == "n"
        && ctx
            .ending(fe, |x| matches!(x, Entry::Generic(_)))
            .is_empty()
        && (place_or_level_ends(ctx, fs) || !ctx.ending(fs, Entry::names_a_body).is_empty())
    {
        noun = true;
        ls = fs;
    }
    let ends_a_name = !ctx
        .ending(joiner, |x| {
            matches!(
                x,
                Entry::Org(_)
                    | Entry::Place(_)
                    | Entry::OrgSuffix(_)
                    | Entry::PlacedOrgSuffix(_)
                    | Entry::PlaceSuffix(_)
                    | Entry::Title
                    | Entry::TitleUnit
                    | Entry::Generic(_)
                    | Entry::Trigger(..)
                    | Entry::RoleCue(..)
            )
        })
        .is_empty();
    // (and the part after the joiner names no body or place of its own: 报告和最高人民
    // 检察院, 会议和全国政协 are two things)
    let whole_after = (i..=s).any(|k| {
        !ctx.starting(k, |x| matches!(x, Entry::Org(_) | Entry::Place(_)))
            .is_empty()
    })
        // (nor ends a word with a suffix of two or more inside: 付建军与正泰集团股份
        // 有限公司 is a person and a company, 集团 ending a name of its own)
        || (i + 1..s).any(|k| {
            ctx.ending(k, |x| matches!(x, Entry::OrgSuffix(_) | Entry::PlacedOrgSuffix(_)))
                .iter()
                .any(|h| h.end - h.start >= 2 && h.start >= i)
        });
    (noun && !ends_a_name && !whole_after).then_some(ls)
}

/// Where the name of a task force starts when reading it leftwards stopped at `i`, at
/// a verb or a one-character word (乡村/振兴/工作/领导小组): a body ending in a side-body
/// word (`side_bodies.txt`: 领导小组, 指挥部) is named for its task, verbs and all, from
/// a level character or a place opening its clause (县乡村振兴工作领导小组,
/// 市疫情防控指挥部). Nothing in between may be a post, a body, an event or cue word, or
/// a word names never run into that stands as a word of its own (市委召开全面深化改革
/// 领导小组会议 names no 市委召开…; 作 inside 工作 is no such word).
fn task_body_start(ctx: &Context, i: usize, s: usize, e: usize) -> Option<usize> {
    if !ctx.is_word(Span::new(s, e), |x| matches!(x, Entry::SideBody)) {
        return None;
    }
    // (the clause: back to a separator, within the longest name)
    let lo = e.saturating_sub(MAX_ORG);
    let mut j = i;
    while j > lo && !Context::is_sep(ctx.text[j - 1]) {
        j -= 1;
    }
    if j >= i || (j > 0 && !Context::is_sep(ctx.text[j - 1])) {
        return None;
    }
    let opens = ctx.lex.level_chars.contains(&ctx.text[j])
        || !ctx.starting(j, |x| matches!(x, Entry::Place(_))).is_empty();
    let plain = (j..s).all(|k| {
        let strong = ctx.starting(k, |x| {
            matches!(
                x,
                Entry::Title
                    | Entry::TitleUnit
                    | Entry::Trigger(..)
                    | Entry::NameCue
                    | Entry::RoleCue(..)
                    | Entry::EventWord(_)
                    | Entry::Org(_)
                    | Entry::OrgSuffix(_)
                    | Entry::PlacedOrgSuffix(_)
                    | Entry::Generic(_)
                    | Entry::GenericOrg
            )
        });
        let words = ctx.starting(k, |x| matches!(x, Entry::Boundary));
        strong.iter().all(|h| h.end > s)
            && words
                .iter()
                .all(|h| h.end > s || !(ctx.bound(h.start) && ctx.bound(h.end)))
    });
    (opens && plain && task_words(ctx, j, s)).then_some(j)
}

/// Are the tokens of `[j, s)` the words of a task (乡村/振兴/工作, 防汛/抗旱, 疫情/防控/
/// 工作), not a clause (梅州市/成立/现场, 江苏省/派出/13/个): nouns and verbs, no
/// numeral, adverb or other function word, and every verb straight before another verb
/// or the suffix?
fn task_words(ctx: &Context, j: usize, s: usize) -> bool {
    let mut k = j;
    while k < s {
        let Some((ts, te, t)) = ctx.token(k) else {
            return false;
        };
        if te > s || te <= k {
            return false;
        }
        let verb = t.starts_with('v') && &*t != "vn";
        let next_ok = te == s || ctx.token(te).is_some_and(|(_, _, n)| n.starts_with('v'));
        if ts >= j && super::is_function_tag(&t) && !(verb && next_ok) {
            return false;
        }
        k = te;
    }
    true
}

/// Where a place in parentheses straight before a company suffix opens (`(苏州)有限公司`,
/// `(中国)有限公司`): the company's seat, written inside its name; or the kind of
/// company it heads (`(集团)有限公司`).
fn seat_before(ctx: &Context, s: usize) -> Option<usize> {
    if s < 4 || ctx.text[s - 1] != ')' {
        return None;
    }
    let k = (s.saturating_sub(8)..s - 2)
        .rev()
        .find(|&k| ctx.text[k] == '(')?;
    // (or the kind of company it heads: 舜宇光学科技（集团）有限公司)
    ctx.is_word(Span::new(k + 1, s - 1), |x| {
        matches!(x, Entry::Place(_) | Entry::OrgSuffix(OrgKind::Company))
    })
    .then_some(k)
}

/// Is the char at `k` a one-character joiner (和, 与, 及) right after the suffix or name
/// of a body and before a level character (县卫健局和县: not 政协和田地区)?
fn joiner_after_body(ctx: &Context, k: usize) -> bool {
    ctx.char(k + 1)
        .is_some_and(|c| ctx.lex.level_chars.contains(&c))
        && ctx
            .starting(k, |x| {
                matches!(x, Entry::EventWord(crate::lexicon::EventWord::NameJoiner))
            })
            .iter()
            .any(|h| h.end == k + 1)
        && !ctx.ending(k, Entry::names_a_body).is_empty()
}

/// A company name read leftwards to a verb at `verb` (深圳华/创新/能源科技有限公司), or a
/// one-character function word (江苏中/天/科技股份有限公司): where the name starts when
/// a place opening the clause stands right before a word of the trade name in front of
/// the verb (深圳 + 华), or when that word opens an item of a list of companies
/// (…有限公司、信/达/生物制药有限公司). No place, or the place straight before the verb
/// (苏州/推进), and the verb is the clause's.
fn company_place_before_verb(ctx: &Context, verb: usize, s: usize) -> Option<usize> {
    // (the suffix, or the company's seat in parentheses before it: seat_before)
    let company = ctx.text[s] == '('
        || ctx
            .starting(s, |x| matches!(x, Entry::OrgSuffix(OrgKind::Company)))
            .iter()
            .any(|h| h.start == s);
    // (or a syllable jieba read as a one-character measure word, adverb or the like:
    // 江苏/中/天/科技股份有限公司; not a preposition, conjunction or particle, which
    // end a name)
    let verb_like = |(ts, te, t): (usize, usize, super::PosTag)| {
        t.starts_with('v')
            || te == ts + 1 && super::is_function_tag(&t) && !t.starts_with(['p', 'c', 'u'])
    };
    if !company || verb == 0 || !ctx.token(verb).is_some_and(verb_like) {
        return None;
    }
    // a "verb" of three or more that jieba only guessed, straight after a place opening
    // the clause, is the trade name itself (浙江/新和成/股份有限公司: 新和成 is no word
    // of jieba's dictionary; 苏州/推进 is). The cheap tests come first: this runs at
    // every verb in front of a company's suffix.
    if let Some((vs, ve, _)) = ctx.token(verb)
        && vs == verb
        && ve - vs >= 3
        && let Some(place) = ctx
            .ending(vs, |x| matches!(x, Entry::Place(_)))
            .into_iter()
            .next()
        && opens_clause(ctx, place.start)
        && !ctx.is_jieba_word(Span::new(vs, ve))
    {
        return Some(place.start);
    }
    // the words in front: a syllable of the trade name (华), or a word jieba only
    // guessed, perhaps after it the nouns of the trade (湖南/鑫源/农业/开发有限公司);
    // not a place (中国/主办), a group of people (民众/批评) or a word names never run
    // into
    let mut end = verb;
    for k in 0..3 {
        let (ws, _, wtag) = ctx.token(end - 1)?;
        let word = Span::new(ws, end);
        let trade = word.len() == 1 || word.len() == 2 && !ctx.is_jieba_word(word);
        // (a noun or an abbreviation of the trade, 农业, 房地产/j: two at most)
        let trade_noun = wtag.starts_with('n') && !wtag.starts_with("nr") || &*wtag == "j";
        // (the item opens a list of companies: …有限公司、信/达/生物制药, …、均/胜/电子)
        let opens_list = ws > 0
            && ctx.text[ws - 1] == '、'
            && ctx
                .ending(ws - 1, |x| matches!(x, Entry::OrgSuffix(OrgKind::Company)))
                .iter()
                .any(|h| h.start + 1 < h.end);
        if !ctx.is_han_at(ws)
            || !(trade || k < 2 && trade_noun)
            || super::is_function_tag(&wtag) && !(word.len() == 1 && opens_list)
            || ctx.boundary_ending(end)
            || ctx.is_word(word, |x| matches!(x, Entry::Place(_) | Entry::Generic(_)))
            // (no other body's name in front: 日本制铁公司/收购美国钢铁公司)
            || !ctx
                .ending(end, Entry::names_a_body)
                .is_empty()
        {
            return None;
        }
        if let Some(place) = ctx
            .ending(ws, |x| matches!(x, Entry::Place(_)))
            .into_iter()
            .next()
        {
            // (a trade name of its own in front of the trade's nouns)
            return (opens_clause(ctx, place.start) && (trade || k > 0)).then_some(place.start);
        }
        if opens_list && trade {
            return Some(ws);
        }
        // (a level character standing alone in front names a county's or a city's own
        // company: 来到/县/粮食/收储/有限公司; no place ends here, read above)
        if place_or_level_ends(ctx, ws)
            && (ws == 1
                || !ctx.is_han_at(ws - 2)
                || ctx.token(ws - 2).is_some_and(|(_, b, t)| {
                    b == ws - 1 && (t.starts_with('v') || t.starts_with('p'))
                }))
        {
            return Some(ws - 1);
        }
        if ws == 0 {
            return None;
        }
        end = ws;
    }
    None
}

/// Does a name starting at `k` open its clause: the text's start, a break, or a word
/// names never run into in front?
fn opens_clause(ctx: &Context, k: usize) -> bool {
    k == 0 || Context::is_sep(ctx.text[k - 1]) || ctx.boundary_ending(k)
}

/// Is the character at `k` a word of one character opening its clause (经, 原), not a
/// level character or a country's short name (乌/nr 国防部, 黎/nr 真主党)?
fn clause_opener(ctx: &Context, k: usize) -> bool {
    !ctx.lex.level_chars.contains(&ctx.text[k])
        && (k == 0 || Context::is_sep(ctx.text[k - 1]))
        && ctx.token(k).is_some_and(|(ts, te, t)| {
            ts == k && te == k + 1 && !t.starts_with("nr") && !t.starts_with("ns") && t != "j"
        })
}

/// Does a place, or a level character standing as a word by itself, end at `k` (not
/// the 省 of 跨省)?
fn place_or_level_ends(ctx: &Context, k: usize) -> bool {
    k > 0
        && ((ctx.lex.level_chars.contains(&ctx.text[k - 1])
            && ctx.token(k - 1).is_some_and(|(ts, _, _)| ts + 1 == k))
            || !ctx.ending(k, |x| matches!(x, Entry::Place(_))).is_empty())
}

/// Does `[i, s)` hold a proper name, a place, or a word jieba did not know?
fn has_proper(ctx: &Context, i: usize, s: usize) -> bool {
    let mut k = i;
    while k < s {
        let Some((ts, te, tag)) = ctx.token(k) else {
            return false;
        };
        if tag.starts_with("nr")
            || tag.starts_with("ns")
            || tag.starts_with("nt")
            || tag == "nz"
            || tag == "j"
            || tag == "x"
            || tag == "eng"
        {
            return true;
        }
        if !ctx
            .ending(te.min(s), |x| matches!(x, Entry::Place(_) | Entry::Org(_)))
            .is_empty()
        {
            return true;
        }
        k = te.max(ts + 1);
    }
    false
}

fn suffix_is_not_government(ctx: &Context, s: usize, e: usize) -> bool {
    ctx.starting(s, |x| matches!(x, Entry::OrgSuffix(_)))
        .iter()
        .filter(|h| h.end == e)
        .all(|h| {
            !ctx.entries(h)
                .contains(&Entry::OrgSuffix(OrgKind::Government))
        })
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

/// A one-char verb right in front of the suffix, after a noun, is a word of an
/// abbreviated name (公交/建/集团: 公交建设), not a verb of the sentence; a boundary
/// word (是, 在) never is. So is a two-char verb before a one-char suffix (产业促进局),
/// or before a noun of activity in front of it (行政/审批/服务/局局长).
fn abbreviated_verb(ctx: &Context, i: usize, s: usize) -> bool {
    let Some((ts, te, tag)) = ctx.token(i - 1) else {
        return false;
    };
    // (between the verb and the suffix: nothing, or a noun of activity of two
    // characters, 服务/vn)
    let activity = te + 2 == s
        && ts + 2 == te
        && ctx
            .token(te)
            .is_some_and(|(a, b, t)| a == te && b == s && &*t == "vn");
    if !(te == s || activity) || !tag.starts_with('v') || ctx.boundary_ending(te) || ts == 0 {
        return false;
    }
    // A two-char verb between a noun and a one-char suffix names what a bureau does
    // (产业/促进/局, 制度/创新/局, 投资/促进/局).
    if te - ts == 2 {
        // (jieba may glue a post on: 服务/局局长)
        let title_after = !ctx
            .starting(s + 1, |x| matches!(x, Entry::Title))
            .is_empty();
        return (ctx.bound(s + 1) || title_after)
            && !PARTICLE_SUFFIXES.contains(&ctx.text[s])
            && ctx.is_word(Span::new(s, s + 1), |x| {
                matches!(
                    x,
                    Entry::OrgSuffix(OrgKind::Government)
                        | Entry::PlacedOrgSuffix(OrgKind::Government)
                )
            })
            && ctx.token(ts - 1).is_some_and(|(ps, pe, pt)| {
                pe == ts
                    && pe - ps >= 2
                    && (pt == "n" || pt == "nz" || pt == "j" || pt == "vn")
                    // not a group of people (群众/期盼/处: where the masses look)
                    && ctx.ending(pe, |x| matches!(x, Entry::Generic(_))).is_empty()
            });
    }
    if te - ts != 1 {
        return false;
    }
    // ... and the name starts with a place or a level char (省公交建集团), not with any
    // noun (律师告银行)
    ctx.token(ts - 1).is_some_and(|(ps, pe, pt)| {
        pe == ts
            && pe - ps >= 2
            && (pt == "n" || pt == "nz" || pt == "j" || pt.starts_with("ns") || pt == "vn")
            && ps > 0
            && (ctx.lex.level_chars.contains(&ctx.text[ps - 1])
                || !ctx.ending(ps, |x| matches!(x, Entry::Place(_))).is_empty())
    })
}

/// A two-char verb between a field written after a place and the rest of the name is a
/// word of the name, saying what the body does with the field (市/疾病/预防/控制中心,
/// 武汉市/住房/保障/管理中心, 北京市/住房贷款/担保/中心), not a verb of the sentence.
/// Where the name starts (the place's start, or the level character's), if so.
///
/// The field is a noun or a verbal noun (县/投资/促进/中心) of two or more that is no
/// body itself (县/政府/支持/服务中心 is a sentence), at most one word stands between
/// the verb and the suffix, and the place opens the name on a word boundary with no
/// verb or preposition in front (在/青岛/建设/上合/示范区 and 支持/深圳/河套/设立/研究院
/// are sentences; 市民和 holds no 民和), unless a post follows the name (…管理中心主任).
fn verb_of_a_field(ctx: &Context, i: usize, s: usize, e: usize) -> Option<usize> {
    let (ts, te, tag) = ctx.token(i - 1)?;
    // (room for a field of two and a place or level character in front)
    if te != i || te - ts != 2 || &*tag != "v" || ctx.boundary_ending(te) || ts < 3 {
        return None;
    }
    let after_ok = te == s
        || ctx.token(te).is_some_and(|(a, b, t)| {
            a == te && b >= s && matches!(&*t, "n" | "vn" | "l" | "nz" | "j")
        });
    let (ps, pe, pt) = ctx.token(ts - 1)?;
    let field = pe == ts
        && pe - ps >= 2
        && matches!(&*pt, "n" | "nz" | "vn")
        && ctx
            .ending(pe, |x| {
                matches!(
                    x,
                    Entry::Generic(_)
                        | Entry::GenericOrg
                        | Entry::OrgSuffix(_)
                        | Entry::PlacedOrgSuffix(_)
                        | Entry::Org(_)
                        | Entry::TitleUnit
                )
            })
            .is_empty();
    if !after_ok || !field || !place_or_level_ends(ctx, ps) {
        return None;
    }
    let start = ctx
        .ending(ps, |x| matches!(x, Entry::Place(_)))
        .iter()
        .map(|p| p.start)
        .min()
        .unwrap_or(ps - 1);
    let opens = ctx.bound(start)
        && (start == 0
            || ctx
                .token(start - 1)
                .is_none_or(|(_, _, t)| !(t.starts_with('v') || t.starts_with('p'))));
    (opens || title_follows(ctx, e)).then_some(start)
}

/// One-char suffixes that are also a grammatical particle (所: 所思所想所盼, 支出所占比重):
/// before a verb they are no suffix, and a verb in front of them is no bureau's name.
const PARTICLE_SUFFIXES: &[char] = &['所'];

/// Words in front of a suffix at `s` that describe rather than name: idioms (贯彻落实),
/// adverbial adjectives (认真), and a one-char adjective completing a verb (贯彻执行/好).
/// Set phrases (`l`) are read on: names hold them (自由贸易试验区, 出入境管理局).
fn descriptive_token(ctx: &Context, k: usize, s: usize) -> bool {
    ctx.token(k).is_some_and(|(ts, te, t)| {
        te <= s
            && (t == "i"
                || t == "ad"
                || (t == "a"
                    && te - ts == 1
                    && ts > 0
                    && ctx
                        .token(ts - 1)
                        .is_some_and(|(_, _, p)| p.starts_with('v') || p == "i" || p == "l")))
    })
}

/// The numerals of an ordinal inside a name (第八工程局, 第一人民医院, 中铁十四局).
const ORDINAL_DIGITS: &str = "〇零一二三四五六七八九十百";

/// Is `[ts, te)`, read leftwards inside an organization name, the ordinal that numbers
/// the body (中国建筑第八工程局, 市第一人民医院, 中铁十四局, 第八十一集团军)? It is
/// numerals, with `第` only in front. It is none when what follows makes it a count or a
/// rank: a level character (两市政府, 五县), 大 (第二大银行集团: the second largest), or
/// the one-character suffix `[s, e)` itself, a measure word there (第五所方舱医院).
/// Bare numerals need two characters (一工厂 is "a factory", 八一学校 a name) and `第`
/// before them or a name before them (a noun, a short name, a place or organization).
fn ordinal_in_name(ctx: &Context, ts: usize, te: usize, s: usize, e: usize) -> bool {
    let word = &ctx.text[ts..te];
    let (first, rest) = match word.split_first() {
        Some((&'第', rest)) => (true, rest),
        _ => (false, word),
    };
    let next = ctx.text.get(te).copied();
    if !rest.iter().all(|c| ORDINAL_DIGITS.contains(*c))
        || !first && rest.len() < 2
        || next.is_some_and(|c| c == '大' || ctx.lex.level_chars.contains(&c))
        || te == s && e - s == 1
    {
        return false;
    }
    if first {
        return true;
    }
    ts > 0
        && ctx.token(ts - 1).is_some_and(|(ps, pe, t)| {
            pe == ts
                && (ctx.text[ps..pe] == ['第']
                    || matches!(t.as_str(), "n" | "nz" | "nt" | "ns" | "j" | "b"))
        })
}

/// A token jieba tags as a numeral that is a name (三星堆/m): three characters or more,
/// two of them no numerals (a count has one, its measure word: 十五届; 首个 is short).
fn named_numeral(ctx: &Context, k: usize) -> bool {
    ctx.token(k).is_some_and(|(ts, te, t)| {
        t == "m"
            && te - ts >= 3
            && ctx.text[ts..te]
                .iter()
                .filter(|c| {
                    !c.is_numeric() && !"〇零一二三四五六七八九十百千万亿两第几多余半".contains(**c)
                })
                .count()
                >= 2
    })
}

/// The shortest organization name read again: four characters (a short name such as
/// 市委 or 县政府 is a shape many bodies share, not one body).
const MIN_REPEATED_ORG: usize = 4;

/// An organization name read again wherever the document writes it: a body found once
/// by a title chain or its suffix (宿马现代产业园区党工委书记) is the same body where no
/// rule reads it (宿马现代产业园区集中签约). Its occurrences start and end on word
/// boundaries; they are the weakest candidates, so a longer name read there stands.
pub fn repeats(ctx: &Context, found: &[crate::model::Mention]) -> Vec<Candidate> {
    // (a name holding a proper name, a place or a word jieba did not know: not a kind
    // of body written like a name, 乡村小学, 律师事务所)
    let mut names: Vec<(&[char], Option<OrgKind>)> = found
        .iter()
        .filter(|m| m.etype == EntityType::Org && m.span.len() >= MIN_REPEATED_ORG)
        .filter(|m| has_proper(ctx, m.span.start, m.span.end - 1))
        .map(|m| (&ctx.text[m.span.start..m.span.end], m.kind))
        .collect();
    names.sort();
    names.dedup_by(|a, b| a.0 == b.0);
    if names.is_empty() {
        return Vec::new();
    }
    let texts: Vec<&[char]> = names.iter().map(|n| n.0).collect();
    super::occurrences(ctx.text, &texts)
        .into_iter()
        .filter(|&(k, i)| {
            let n = texts[k].len();
            let start_ok = i == 0 || ctx.bound(i) || !ctx.is_han_at(i - 1);
            let end_ok = i + n == ctx.len() || ctx.bound(i + n) || !ctx.is_han_at(i + n);
            start_ok && end_ok && !ctx.described(Span::new(i, i + n))
        })
        .map(|(k, i)| {
            cand(
                EntityType::Org,
                names[k].1,
                Span::new(i, i + texts[k].len()),
                "repeated organization",
                prio::REPEAT,
            )
        })
        .collect()
}
