//! Places: by dictionary (`places.txt`: divisions of China, countries, capitals,
//! regions) and by suffix grammar (`中华路`, `东湖街道`, `高槐村`, `县会议中心`, with the
//! suffixes of `place_suffixes.txt`).
//!
//! A place inside an organization name is not a place (`北京` in
//! `北京金盾麟瑞通信科技有限公司`): the resolver keeps the outermost candidate, and
//! organizations outrank places.

use super::{Candidate, Context, cand, prio};
use crate::lexicon::{Entry, EventWord, PlaceLevel, PlaceSuffix};
use crate::model::{EntityType, Span};
use std::ops::Not;

pub fn candidates(ctx: &Context) -> Vec<Candidate> {
    let mut out = all_candidates(ctx);
    // a name ending with a generic phrase (城乡社区, 致富路: generic_places.txt) is no place
    out.retain(|c| !ctx.ends_with_word(c.mention.span, |x| matches!(x, Entry::GenericPlace)));
    out
}

fn all_candidates(ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    for h in &ctx.hits {
        for e in ctx.entries(h) {
            match *e {
                Entry::Place(level) if dictionary_place_ok(ctx, h.start, h.end, level) => {
                    out.push(cand(
                        EntityType::Place,
                        None,
                        Span::new(h.start, h.end),
                        "places.txt",
                        prio::PLACE,
                    ));
                }
                Entry::PlaceSuffix(PlaceSuffix {
                    min,
                    admin,
                    foreign,
                    ..
                }) => {
                    let found = if foreign {
                        foreign_admin(ctx, h.start, h.end)
                    } else {
                        by_suffix(ctx, h.start, h.end, min as usize, admin)
                    };
                    // 各乡镇 is every township, no place
                    if let Some(span) = found.filter(|&sp| !ctx.described(sp)) {
                        out.push(cand(
                            EntityType::Place,
                            None,
                            span,
                            "place suffix",
                            prio::PLACE,
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// A dictionary place must line up with words: `合作` in `合作协议` is not the city of
/// 合作, and `安平` inside a longer name is not the county. Full names with a suffix
/// (菏泽市, 筠连县) are trusted; short forms must be a token of their own or the start
/// of one that jieba tags as a place.
fn dictionary_place_ok(ctx: &Context, s: usize, e: usize, level: PlaceLevel) -> bool {
    let Some((ts, te, tag)) = ctx.token(s) else {
        return false;
    };
    // A county's short form that opens with a preposition or conjunction, right after a
    // name, is that word and the next name (李强同安瓦尔举行会谈: 同 + 安瓦尔, not 同安).
    if e - s == 2 && matches!(level, PlaceLevel::County) && s > 0 && after_a_name(ctx, s) {
        let one_char_boundary = ctx
            .starting(s, |x| matches!(x, Entry::Boundary))
            .iter()
            .any(|b| b.end == s + 1);
        if one_char_boundary {
            return false;
        }
    }
    if ts == s && te == e {
        // a short form jieba reads as a given name, right after a surname it reads as
        // one too, is that name (居民李/nr 卫东/nr: not the district of 卫东)
        if e - s == 2
            && tag.starts_with("nr")
            && !matches!(
                level,
                PlaceLevel::Country | PlaceLevel::Province | PlaceLevel::Prefecture
            )
            && s > 0
            && super::person::surname_at(ctx, s - 1) == Some(1)
            && ctx
                .token(s - 1)
                .is_some_and(|(ps, _, pt)| ps == s - 1 && pt.starts_with("nr"))
        {
            return false;
        }
        // exactly one token: a place unless jieba is sure it is an ordinary word
        let ordinary = !(tag.starts_with("ns")
            || tag.starts_with('n') && tag.len() == 1
            || tag == "nz"
            || tag == "j"
            || tag == "x"
            || tag == "nt"
            || tag == "nr"
            || tag == "nrt"
            || tag == "nrfg");
        // Countries, provinces and prefecture-level cities are named far more often
        // than the ordinary words some of them spell (大连/d, 保定/v, 茂名/a in jieba).
        if ordinary
            && e - s <= 2
            && !matches!(
                level,
                PlaceLevel::Country | PlaceLevel::Province | PlaceLevel::Prefecture
            )
        {
            return false;
        }
        if tag == "n"
            && e - s <= 2
            && matches!(
                level,
                PlaceLevel::County | PlaceLevel::Township | PlaceLevel::City
            )
        {
            return false;
        }
        return true;
    }
    // a place that starts a longer token (菏泽市区, 青岛市) or spans several
    if ctx.bound(s) && ctx.bound(e) {
        return true;
    }
    if ctx.bound(s) && tag.starts_with("ns") {
        return true;
    }
    // jieba glued a post onto the place (日本首相/n, 英国首相/nz): the post is a word of
    // its own in titles.txt, so the place is one too
    if ts == s
        && ctx
            .starting(e, |x| matches!(x, Entry::Title))
            .iter()
            .any(|t| t.end == te)
    {
        return true;
    }
    // cut through a word on either side, but not into an ordinary word after it
    // (发展乡 is a township; 发展乡村 "develop the countryside": 乡村/n)
    e - s >= 3 && ctx.bound(s) && !ordinary_word_across(ctx, e)
}

/// Does a name end at `s`: a token jieba tags as a person's name, or a listed one?
fn after_a_name(ctx: &Context, s: usize) -> bool {
    ctx.token(s - 1)
        .is_some_and(|(_, te, t)| te == s && t.starts_with("nr"))
        || !ctx.ending(s, |x| matches!(x, Entry::Person)).is_empty()
}

/// Read a place name leftwards from a suffix at `[s, e)`.
fn by_suffix(ctx: &Context, s: usize, e: usize, min: usize, admin: bool) -> Option<Span> {
    let span = by_suffix_raw(ctx, s, e, min, admin)?;
    // A name holding a one-character suffix again is two words (漯河|河上街, 石坝河和瓦峪河,
    // 巡河护河), not a name.
    let doubled = e - s == 1 && ctx.text[span.start..s].contains(&ctx.text[s]);
    (!doubled).then_some(span)
}

/// The reading of [`by_suffix`], before its check of a doubled suffix.
fn by_suffix_raw(ctx: &Context, s: usize, e: usize, min: usize, admin: bool) -> Option<Span> {
    // the suffix must end a word (路口 is fine to drop; 市场, 县城 are not places here)
    if !ctx.bound(e) {
        let (ts, te, tag) = ctx.token(e - 1)?;
        // (but a token jieba only guessed, gluing a village's or township's suffix to the
        // surname of a name listed after it, is no word: 石门/村王/德福、; the text has
        // its commas folded to ASCII)
        let glued_to_name = || {
            !ctx.is_jieba_word(Span::new(ts, te))
                && ctx.is_word(Span::new(s, e), |x| {
                    matches!(x, Entry::PlaceSuffix(PlaceSuffix { short: true, .. }))
                })
                && super::person::surname_at(ctx, e).is_some()
                && super::person::name_at(ctx, e)
                    .is_some_and(|n| matches!(ctx.char(n.end), Some('、' | ',' | '等')))
        };
        if te > e && ts >= s && !glued_to_name() {
            return None;
        }
        // nor sit inside an ordinary word (十字路口, 组织路线)
        if te > e && ordinary_word_across(ctx, e) {
            return None;
        }
        // nor inside a name jieba reads whole, running on past it (东耶路撒冷/ns,
        // 香港市民/ns: 市民 is "citizens")
        if ts < s && te > e && (tag.starts_with("ns") || tag.starts_with("nr")) {
            return None;
        }
    }
    // a title starting at the suffix is not a place (市长, 县长, 区长)
    if ctx
        .starting(s, |x| matches!(x, Entry::Title))
        .iter()
        .any(|t| t.end > e)
    {
        return None;
    }
    if min == 0 {
        // a venue named by itself (行政中心) takes a place or a level character written
        // straight in front of it (县行政中心, 青海省行政中心)
        if let Some(p) = ctx
            .ending(s, |x| matches!(x, Entry::Place(_)))
            .into_iter()
            .find(|p| ctx.bound(p.start))
        {
            return Some(Span::new(p.start, e));
        }
        if s > 0
            && ctx.lex.level_chars.contains(&ctx.text[s - 1])
            && (s < 2 || !ctx.is_han_at(s - 2) || ctx.boundary_ending(s - 1))
        {
            return Some(Span::new(s - 1, e));
        }
        return Some(Span::new(s, e));
    }
    // (not when an ordinary word opens the run before a Chinese place listed whole with
    // the suffix: 钦州 in 新通道钦州)
    let ordinary_before_listed = |span: Span| {
        ctx.ordinary_token_at(span.start)
            .is_some_and(|w| w.len() >= 2)
            && ctx
                .ending(e, |x| matches!(x, Entry::Place(_)))
                .iter()
                .any(|p| p.start > span.start && p.start < s)
    };
    if admin
        && let Some(span) = foreign_admin(ctx, s, e)
        && !ordinary_before_listed(span)
    {
        return Some(span);
    }
    // A dictionary place right in front is the name (长沙路, 甘南州, 阿拉斯加州), unless
    // the suffix is the tail of an ordinary word the place runs into (发展乡 is a
    // township, but 发展乡村 is "develop the countryside": 乡村/n). A transliterated
    // name takes an administrative suffix however jieba cuts it (伊/德利/卜省).
    if let Some(p) = ctx
        .ending(s, |x| matches!(x, Entry::Place(_)))
        .into_iter()
        .find(|p| ctx.bound(p.start))
        && (ctx.bound(s)
            || named_token(ctx, s)
            || admin && ctx.is_transliterated(Span::new(p.start, s)))
    {
        return Some(Span::new(p.start, e));
    }
    // Administrative suffixes go no further: a transliterated name was read above.
    if admin {
        return None;
    }
    // A token jieba reads as the whole place (中华路/ns, 曹州路) or as its name; not a
    // generic word it also tags as a place (各乡镇, 城镇).
    if let Some((ts, te, tag)) = ctx.token(e - 1)
        && te == e
        && ts < s
        && e - ts <= 6
    {
        // (a proper noun whose suffix ends an ordinary word is none: 集成电路/nz and
        // 高速铁路/nz end in 电路 and 铁路; 和平路/nz is a street)
        let named = tag.starts_with("ns")
            || tag.starts_with("nr")
            || (tag == "nz" && !(s > ts && ctx.is_common_word(Span::new(s - 1, e))))
            || (&*tag == "n" && guessed_name(ctx, ts, s, e));
        if named && !admin && s - ts >= min.max(1) && ctx.boundary_at(ts).is_none() {
            return Some(Span::new(ts, e));
        }
        if !admin {
            return None;
        }
    }
    // Otherwise the name is the token(s) in front: 2 to 4 Han chars from a break,
    // nouns and names only, leading level characters (市中华路) dropped.
    let mut i = s;
    while i > 0 && s - i < 4 {
        let c = ctx.text[i - 1];
        if !crate::ingest::normalize::is_han(c)
            || ctx.boundary_ending(i)
            || ctx.function_token(i - 1)
        {
            break;
        }
        // adjectives and distinguishing words describe, they do not name (小镇, 新型城镇),
        // nor do idioms (不断加强/i 河湖); but a tag jieba only guessed for a word it does
        // not know is no evidence in the second of two places with one suffix (泾泰居民区
        // 和运旺/a居民区)
        if ctx.token(i - 1).is_some_and(|(ts, te, t)| {
            (t.starts_with('a') || t == "b" || t.starts_with('v') || t == "i")
                && (te - ts == 1
                    || ctx.is_jieba_word(Span::new(ts, te))
                    || !second_of_a_pair(ctx, ts, s, e, min))
        }) {
            break;
        }
        if !ctx
            .ending(i, |x| {
                matches!(x, Entry::Place(_) | Entry::Title | Entry::Org(_))
                    || super::group_stops(x, i, s)
            })
            .is_empty()
        {
            break;
        }
        i -= 1;
    }
    // leading level characters are dropped (市中华路), unless they are the whole name of
    // a venue (县会议中心)
    let unstripped = i;
    while i < s && ctx.lex.level_chars.contains(&ctx.text[i]) {
        i += 1;
    }
    if s - i < min.max(1) && s - unstripped >= min.max(1) && min <= 1 {
        i = unstripped;
    }
    // a name of four opening with an ordinary word of two is that word and a name of
    // two (隧道青苗寨, 古迹茶胶寺)
    if s - i == 4 && ctx.ordinary_token_at(i).is_some_and(|w| w.len() == 2) {
        i += 2;
    }
    let name = s - i;
    if name < min.max(1) || name > 4 {
        return None;
    }
    if !ctx.bound(i) {
        let j = s - min.max(2);
        if j > i && ctx.bound(j) {
            return Some(Span::new(j, e));
        }
        return None;
    }
    // administrative suffixes only for names jieba or the transliteration set vouch for
    if admin {
        let foreign = ctx.is_transliterated(Span::new(i, s));
        let after_country = ctx
            .ending(i, |x| matches!(x, Entry::Place(PlaceLevel::Country)))
            .is_empty()
            .not();
        if !(foreign && (after_country || name >= 3)) {
            return None;
        }
    }
    Some(Span::new(i, e))
}

/// Does the name starting at `i`, with its suffix at `[s, e)`, follow a one-character
/// joining word (`joiner` in `event_words.txt`: 和, 、, 及, 与) written straight after a
/// place with the same suffix (泾泰居民区和|运旺居民区)?
fn second_of_a_pair(ctx: &Context, i: usize, s: usize, e: usize, min: usize) -> bool {
    let suffix = &ctx.text[s..e];
    let n = suffix.len();
    i > n
        && ctx.is_word(Span::new(i - 1, i), |x| {
            matches!(x, Entry::EventWord(EventWord::Joiner))
        })
        && &ctx.text[i - 1 - n..i - 1] == suffix
        && by_suffix(ctx, i - 1 - n, i - 1, min, false).is_some()
}

/// Is `[ts, e)`, a token ending in the suffix at `[s, e)` that jieba tags a common noun,
/// a name all the same? Only when jieba guessed it (a village it has never seen,
/// 画溪村/n, is no 行政村/n of its dictionary), with two characters or more of name
/// from a break or a place (not 大沁/他拉镇: the name runs on in front) and no level
/// character opening it (乡八岔村).
fn guessed_name(ctx: &Context, ts: usize, s: usize, e: usize) -> bool {
    s - ts >= 2
        && !ctx.lex.level_chars.contains(&ctx.text[ts])
        && (ts == 0
            || !ctx.is_han_at(ts - 1)
            || ctx.boundary_ending(ts)
            || !ctx
                .ending(ts, |x| matches!(x, Entry::Place(_) | Entry::PlaceSuffix(_)))
                .is_empty())
        && !ctx.is_jieba_word(Span::new(ts, e))
}

/// Does an ordinary word of jieba's dictionary (not a name of any kind) run across
/// the position `e` (乡村 across 发展乡|村, 路线 across 组织路|线)?
fn ordinary_word_across(ctx: &Context, e: usize) -> bool {
    e > 0
        && ctx.token(e - 1).is_some_and(|(ts, te, t)| {
            te > e && !super::is_proper_tag(&t) && ctx.is_common_word(Span::new(ts, te))
        })
}

/// Does jieba read the token at `i` as a name (a place, person or proper noun)?
fn named_token(ctx: &Context, i: usize) -> bool {
    ctx.token(i)
        .is_some_and(|(_, _, t)| t.starts_with("ns") || t.starts_with("nr") || t == "nz")
}

/// A transliterated foreign name with an administrative suffix (蒂尔堡市, 东米萨米斯省,
/// 博巴森-荷津市, 萨塔昆塔地区): a run of transliteration characters (parts joined by
/// `-`) right after a country (荷兰蒂尔堡市), or of three or more from a word start; or
/// a name jieba reads as one place token right after a country (韩国春川市).
fn foreign_admin(ctx: &Context, s: usize, e: usize) -> Option<Span> {
    let after_country = |i: usize| {
        !ctx.ending(i, |x| matches!(x, Entry::Place(PlaceLevel::Country)))
            .is_empty()
    };
    if let Some((ts, te, tag)) = ctx.token(e - 1)
        && te == e
        && ts < s
        && tag.starts_with("ns")
        && s - ts >= 2
        && after_country(ts)
    {
        return Some(Span::new(ts, e));
    }
    // a name of two Han characters right after a country or the country's province,
    // however jieba cuts it, when it is no ordinary word of jieba's dictionary (one it
    // tags a proper name may be: 天安/nz), before a suffix flagged `han` (韩国原/州市,
    // 日本长崎县, 韩国庆尚北道浦项市: Korean and Japanese names are not transliterated)
    if s >= 2
        && ctx.is_word(Span::new(s, e), |x| {
            matches!(x, Entry::PlaceSuffix(PlaceSuffix { han: true, .. }))
        })
        && ctx.is_han_at(s - 2)
        && ctx.is_han_at(s - 1)
        && ctx.bound(s - 2)
        && ctx.bound(e)
        && !ctx.function_token(s - 2)
    {
        // (jieba's tag of the two characters is asked only after a country or a foreign
        // province: every 市 and 县 of Chinese text reaches here)
        let country = after_country(s - 2);
        let foreign_province = !country
            && ctx
                .ending(s - 2, |x| matches!(x, Entry::Place(PlaceLevel::Province)))
                .iter()
                .any(|p| p.start >= 2 && after_country(p.start));
        if country || foreign_province {
            let name = Span::new(s - 2, s);
            // (no ordinary word of jieba's dictionary: a word it knows is read only
            // with a proper-name tag, 天安/nz, 浦项/ns)
            let proper_or_unknown = ctx.word_tag(name).is_none_or(|t| super::is_proper_tag(&t));
            if proper_or_unknown {
                return Some(Span::new(s - 2, e));
            }
        }
    }
    let foreign = |c: char| ctx.lex.foreign_chars.contains(&c);
    // a listed place right before the suffix is where the name starts when an
    // abbreviation jieba reads as one stands in front of it (俄/j + 库尔斯克 + 州:
    // Russia's Kursk region); not a syllable of a longer name (亚拉 + 巴马 + 州)
    let listed = ctx
        .ending(s, |x| matches!(x, Entry::Place(_)))
        .iter()
        .map(|p| p.start)
        .filter(|&p| {
            p > 0
                && ctx
                    .token(p - 1)
                    .is_some_and(|(ts, te, t)| ts + 1 == p && te == p && &*t == "j")
        })
        .min();
    let mut i = s;
    while i > 0 && s - i < 10 && listed.is_none_or(|p| i > p) {
        // a listed place ends the run (荷兰|蒂尔堡市; 山东|地区 is no foreign name)
        let placed = !ctx.ending(i, |x| matches!(x, Entry::Place(_))).is_empty();
        if i < s && (placed || ctx.boundary_ending(i)) {
            break;
        }
        // a one-character particle jieba cut off is no syllable (要地/伊久姆市: 地 is
        // the particle; not a preposition, which may be one: 比/尼亚米纳地区)
        if i < s
            && ctx
                .token(i - 1)
                .is_some_and(|(ts, te, t)| ts + 1 == te && te == i && t.starts_with('u'))
        {
            break;
        }
        let c = ctx.text[i - 1];
        let joined = c == '-' && i < s && i >= 2 && foreign(ctx.text[i - 2]);
        if !(foreign(c) || joined) {
            break;
        }
        i -= 1;
    }
    let name = s - i;
    if name < 2
        || ctx.text[i] == '-'
        || ctx
            .ending(s, |x| matches!(x, Entry::Place(_)))
            .iter()
            .any(|p| p.start <= i)
    {
        return None;
    }
    // after a listed place (印第安纳州|韦恩县) a short name is as good as after a country
    let after_place = i < s
        && !ctx
            .ending(i, |x| {
                matches!(
                    x,
                    Entry::Place(_) | Entry::PlaceSuffix(PlaceSuffix { admin: true, .. })
                )
            })
            .is_empty();
    if after_country(i) || after_place || (name >= 3 && ctx.bound(i)) {
        return Some(Span::new(i, e));
    }
    None
}

/// Places named again without their suffix (`short` in `place_suffixes.txt`): once a
/// document names 盐镇乡 or 大寨村, 盐镇 and 大寨 on their own, as words of their own,
/// are those places. The short form must be a name, not an ordinary word (光明 of
/// 光明村, 团结 of 团结村): no word of jieba's dictionary but a place's.
pub fn repeats(ctx: &Context, found: &[crate::model::Mention]) -> Vec<Candidate> {
    let mut stems: Vec<&[char]> = Vec::new();
    // (a full name that runs into a word is none to shorten: 宜居乡 of 宜居乡村)
    for m in found
        .iter()
        .filter(|m| m.etype == EntityType::Place && ctx.bound(m.span.end))
    {
        let short = ctx
            .ending(m.span.end, |x| {
                matches!(x, Entry::PlaceSuffix(PlaceSuffix { short: true, .. }))
            })
            .into_iter()
            .find(|h| h.start >= m.span.start + 2 && h.start <= m.span.start + 4);
        let Some(h) = short else { continue };
        let stem = Span::new(m.span.start, h.start);
        let name =
            ctx.word_tag(stem).is_none_or(|t| t.starts_with("ns")) || !ctx.is_jieba_word(stem);
        if name && (stem.start..stem.end).all(|i| ctx.is_han_at(i)) {
            stems.push(&ctx.text[stem.start..stem.end]);
        }
    }
    stems.sort();
    stems.dedup();
    if stems.is_empty() {
        return Vec::new();
    }
    super::occurrences(ctx.text, &stems)
        .into_iter()
        .filter(|&(k, i)| {
            let e = i + stems[k].len();
            // (not the full name again, nor another place of that name: 北河村, 希亚姆镇)
            let suffixed = !ctx
                .starting(e, |x| matches!(x, Entry::PlaceSuffix(_)))
                .is_empty();
            // (a short form naming a thing is no place: 六堡茶, 枫桥经验, 东坝中心公园,
            // 闽宁协作; the place stands before a word that is no noun)
            let names_a_thing = ctx
                .token(e)
                .is_some_and(|(ts, _, t)| ts == e && (t.starts_with('n') || &*t == "vn"));
            // (nor the tail of a longer foreign name: 拉海纳 of 海纳镇)
            let in_foreign =
                i > 0 && ctx.transliteration_at(i - 1) && ctx.is_transliterated(Span::new(i, e));
            ctx.bound(i)
                && ctx.bound(e)
                && !suffixed
                && !names_a_thing
                && !in_foreign
                && !ctx.described(Span::new(i, e))
        })
        .map(|(k, i)| {
            cand(
                EntityType::Place,
                None,
                Span::new(i, i + stems[k].len()),
                "place named again",
                prio::PLACE,
            )
        })
        .collect()
}
