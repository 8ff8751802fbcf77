//! Person names.
//!
//! A Chinese name is a surname (`surnames.txt`, compound ones first) and one or two
//! given characters; a foreign name is a run of the transliteration characters of
//! `foreign_name_chars.txt`, its parts joined by `·`. Where a name is read:
//!
//! - after a title chain (`副市长曹升灵`), and on through a `、` list
//!   (`副市长张振东、白晶玉`), or after a group word (`市领导姜明、张桂华`);
//! - before a title chain when jieba tags it a name (`李强总理`);
//! - between a break and a cue verb (`姚国华宣布开工`, `罗萍主持`), and through the
//!   `、` list in front of `等` (`X、Y、Z等出席`);
//! - in bylines (`本报讯(通讯员 许丹丹)`): any two to four characters, pen names too;
//! - foreign names with `·` anywhere;
//! - and once a name is known, every other place the document writes it.
//!
//! Whether a given name has one or two characters is decided by what follows: a
//! boundary word, a cue, a title or a break after the second character ends it there
//! (`李健主持`), else it runs to three (`曹升灵指出`); jieba's own name tag settles the
//! rest.

use super::title::Chains;
use super::{Candidate, Context, Designation, cand, prio};
use crate::lexicon::{Entry, Hit, PlaceLevel, PlaceSuffix};
use crate::model::{EntityType, Mention, Role, Span};

/// Is the surname at `i` only a rare one (rank 999 in `surnames.txt`: 有, 从, 国)?
fn rare_surname(ctx: &Context, i: usize) -> bool {
    let hits = ctx.starting(i, |e| matches!(e, Entry::Surname(_)));
    let mut ranks = hits
        .iter()
        .flat_map(|h| ctx.entries(h))
        .filter_map(|e| match e {
            Entry::Surname(r) => Some(*r),
            _ => None,
        })
        .peekable();
    ranks.peek().is_some() && ranks.all(|r| r >= RARE_SURNAME)
}

/// The rank `surnames.txt` gives the surnames outside the common hundred or so.
const RARE_SURNAME: u16 = 999;

/// A name read before a cue verb is weak evidence (有大到暴雪, 从今天举行: 有 and 从
/// are surnames too): with a rare surname, jieba must read a name there as well.
fn cue_name_ok(ctx: &Context, n: Span) -> bool {
    !rare_surname(ctx, n.start)
        || ctx
            .token(n.start)
            .is_some_and(|(ts, _, tag)| ts == n.start && tag.starts_with("nr"))
}

/// The items of the `、` list that ends at `end`, counted: how many could be a name
/// (a surname or a token jieba reads as a name where a name of the item's length would
/// start) and how many there are.
fn list_items(ctx: &Context, end: usize) -> (usize, usize) {
    let (mut could, mut items) = (0, 0);
    let mut e = end;
    loop {
        let mut s = e;
        while s > 0 && ctx.is_han_at(s - 1) && e - s < MAX_LIST_ITEM {
            s -= 1;
        }
        if s == e {
            break;
        }
        items += 1;
        let name_like = |k: usize| {
            surname_at(ctx, k).is_some()
                || ctx.token(k).is_some_and(|(_, _, t)| t.starts_with("nr"))
        };
        // an item that is a place makes it a list of places (兰州、白银、方正等地): no
        // item counts as a name, so the caller's `2 * could < items` holds
        if ctx.is_word(Span::new(s, e), |x| matches!(x, Entry::Place(_))) {
            return (0, items.max(2));
        }
        // (an ordinary word of jieba's dictionary is no name: 水资源、水环境、水生态等,
        // 信贷、信保等)
        if (2..=4).any(|len| {
            e >= s + len && name_like(e - len) && !ctx.is_common_word(Span::new(e - len, e))
        }) {
            could += 1;
        }
        if s < 2 || ctx.text[s - 1] != '、' {
            break;
        }
        e = s - 1;
    }
    (could, items)
}

/// The longest item `list_items` reads (a name with its post in front, 市长王强).
const MAX_LIST_ITEM: usize = 6;

/// The surname at `i`, compound first: its length.
pub(super) fn surname_at(ctx: &Context, i: usize) -> Option<usize> {
    ctx.starting(i, |e| matches!(e, Entry::Surname(_)))
        .first()
        .map(|h| h.end - h.start)
}

/// Does a word start at `i` that a name never runs into?
pub(super) fn stops_name(ctx: &Context, i: usize) -> bool {
    if ctx.sep_at(i) || !ctx.is_han_at(i) {
        return true;
    }
    // A one-character conjunction or adverb right before a list comma or a stop joins
    // nothing there: it is the name's last character (国务委员魏凤和、王勇). (The text
    // read here has full-width commas and semicolons folded to ASCII.)
    ctx.starting(i, ends_a_name).iter().any(|h| {
        let conjunction_at_a_comma = h.end == i + 1
            && matches!(ctx.char(i + 1), Some('、' | ',' | '。' | ';'))
            && ctx
                .entries(h)
                .iter()
                .filter(|e| ends_a_name(e))
                .all(|e| matches!(e, Entry::Boundary));
        !conjunction_at_a_comma
    })
}

/// Dictionary words a name never runs into.
fn ends_a_name(e: &Entry) -> bool {
    matches!(
        e,
        Entry::Boundary
            | Entry::NameCue
            | Entry::Title
            | Entry::TitlePrefix
            | Entry::TitleUnit
            | Entry::Generic(_)
            | Entry::Trigger(..)
            | Entry::Reporter
            | Entry::Editor
    )
}

/// Is `span` a plausible name: not starting with a function word (`和`, `明确`), not
/// ending with a place or organization suffix (`和平路`, `各街镇`)?
fn plausible(ctx: &Context, span: Span) -> bool {
    // (a syllable joined to the next by `-` or `·` is a name's, whatever word it
    // spells alone: 让-米歇尔·杜邦)
    if ctx.bound(span.start)
        && ctx.function_token(span.start)
        && ctx.boundary_at(span.start).is_some()
        && !name_joiner_at(ctx, span.start + 1)
    {
        return false;
    }
    // a name does not start a longer place (马尔 of 马尔代夫)
    if ctx
        .starting(span.start, |e| matches!(e, Entry::Place(_)))
        .iter()
        .any(|h| h.end > span.end)
    {
        return false;
    }
    // a form of address after a surname is no name (丁老伯, 邓师傅), nor a group
    // written like one (巴方 "the Pakistani side", 乌军)
    if ctx.ends_with_word(span, |e| matches!(e, Entry::Generic(_))) {
        return false;
    }
    // the name and what follows are one word of jieba's dictionary (高度重视: no
    // 高度重), or what precedes and the name's start are (成员国正在: no 国正); a word
    // jieba only guessed (方遒到, a name and a verb) does not count
    if ctx.token(span.start).is_some_and(|(ts, te, _)| {
        let runs_on = ts == span.start && te > span.end;
        // jieba may glue a title's last character to the surname (主任何立峰 read
        // 主/任何/立峰): the title is the stronger reading
        let straddles = ts < span.start
            && te > span.start
            && !ctx
                .ending(span.start, |e| matches!(e, Entry::Title))
                .iter()
                .any(|t| t.start < ts);
        (runs_on || straddles) && ctx.is_common_word(Span::new(ts, te))
    }) {
        return false;
    }
    // a given name may be a short place name (陈中山, 张云龙: 云龙 is a county), and a
    // transliterated name jieba reads whole as a name may end like an organization's
    // unit (马特维延科, 佐科: 科)
    let given = span.start + surname_at(ctx, span.start).unwrap_or(0);
    let transliterated =
        (span.start..span.end).all(|k| ctx.transliteration_at(k) || name_joiner_at(ctx, k));
    let joined = transliterated && (span.start..span.end).any(|k| name_joiner_at(ctx, k));
    let read_whole = joined
        || transliterated
            && ctx.token(span.start).is_some_and(|(ts, te, t)| {
                ts == span.start && te == span.end && t.starts_with("nr")
            });
    if !ctx
        .ending(span.end, |e| match e {
            Entry::OrgSuffix(_) => !read_whole,
            Entry::PlaceSuffix(_) | Entry::Place(_) => true,
            _ => false,
        })
        .iter()
        .all(|h| {
            h.start < span.start
                // a long transliterated name may end in a short foreign place (阿尔巴尼斯:
                // 尼斯)
                || (transliterated && span.len() >= 3 && h.start > span.start)
                // a place straddling a surname of two and the given name (欧阳新: 阳新)
                || (h.start > span.start && h.start < given)
                || (h.start == given
                    && given > span.start
                    && h.end - h.start <= 2
                    // a city, county or region (中山, 云龙, 华中), not a country (应泰国)
                    && ctx.entries(h).iter().all(|e| {
                        matches!(e, Entry::Place(l) if !matches!(l, PlaceLevel::Country))
                    }))
        })
    {
        return false;
    }
    !ctx.starts_with_common_word(span)
        && !word_not_name(ctx, span)
        && !phrase_shaped(ctx, span)
        && !rare_surname_noun(ctx, span)
        && !ends_in_particle(ctx, span)
}

/// Does the span end in a character jieba reads as a structural or aspect particle
/// standing alone (委员时/的, 总统/通/了, 安静/地): the end of a phrase, not of a name?
/// (Not a preposition: 徐福/顺 is a name. A name jieba reads whole keeps its last
/// character.)
fn ends_in_particle(ctx: &Context, span: Span) -> bool {
    span.len() >= 2
        // (a transliterated name may end in any syllable: 哈内格比)
        && !(span.start..span.end).all(|k| ctx.transliteration_at(k))
        && ctx.token(span.end - 1).is_some_and(|(ts, te, t)| {
            ts == span.end - 1
                && te == span.end
                && matches!(t.as_str(), "uj" | "ul" | "uv" | "uz" | "ug" | "ud")
        })
}

/// Is the span three characters whose first two are a common noun of jieba's
/// dictionary that opens with a rare surname, running on into the sentence (成员单位要
/// 关心: 单位 "unit", not 单 and a given name)? With a common surname the noun may well
/// be a name (黄润秋: 黄润/n), and so may an item of a list (艾爱国、), a name whose
/// surname is of two (上官飞) or one whose noun is a family's (洪家光出席).
fn rare_surname_noun(ctx: &Context, span: Span) -> bool {
    span.len() == 3
        && ctx.is_han_at(span.end)
        // (a surname of two is the word itself: 上官飞)
        && surname_at(ctx, span.start) == Some(1)
        // (a surname and 家 is a family's name, 洪家/n: 洪家光 is a name)
        && ctx.char(span.start + 1) != Some('家')
        && !common_surname_at(ctx, span.start, MARRIED_SURNAME_RANK)
        && ctx.token(span.start).is_some_and(|(ts, te, t)| {
            ts == span.start
                && te == span.start + 2
                && &*t == "n"
                && ctx.is_jieba_word(Span::new(ts, te))
        })
        && !named_by_cue(ctx, span)
}

/// Does a cue of taking part follow the three-character span straight after, its third
/// character no adverb or other function word (部长童心怡出席; not 单位均出席)?
fn named_by_cue(ctx: &Context, span: Span) -> bool {
    !ctx.starting(span.end, |e| matches!(e, Entry::RoleCue(..)))
        .is_empty()
        && ctx.token(span.start + 2).is_some_and(|(_, _, t)| {
            !matches!(
                t.chars().next(),
                Some('d' | 'p' | 'c' | 'u' | 'r' | 'm' | 'q')
            )
        })
}

/// Is the span one word of jieba's dictionary that is not a person's name? A place
/// jieba lists spelled like a surname and a given name of two (马建国/ns) is not
/// taken for one: the places that matter are in `places.txt`, read on their own.
fn word_not_name(ctx: &Context, span: Span) -> bool {
    ctx.word_tag(span).is_some_and(|t| {
        // (a transliteration jieba tags a place, and no place of ours, may be a name:
        // 议长加西亚/ns)
        let place_like_name = &*t == "ns"
            && (span.len() == 3 && surname_at(ctx, span.start) == Some(1)
                || ctx.is_transliterated(span)
                    && !ctx.is_word(span, |e| matches!(e, Entry::Place(_))));
        !(t.starts_with("nr") || place_like_name)
    })
}

/// Is a span read as a surname and a given name an ordinary phrase instead? jieba reads
/// its given name of two characters or more as one word that is a place word, pronoun
/// or function word (no given name is; numbers and seasons are: 梁万年, 刘元春), or the
/// given name is a date word (从/今天: `date_words.txt`), or the span is a common noun
/// and a localizer (贺信/中 in 在贺信中表示). (The text's own tokens are asked, already
/// segmented for the name rules: no segmenting of the span alone.)
fn phrase_shaped(ctx: &Context, span: Span) -> bool {
    const NOT_GIVEN: [&str; 5] = ["f", "c", "p", "r", "u"];
    let given = span.start + surname_at(ctx, span.start).unwrap_or(0);
    if given > span.start && span.end - given >= 2 {
        let g = Span::new(given, span.end);
        if ctx.is_word(g, |e| matches!(e, Entry::RelativeDate | Entry::DayPart)) {
            return true;
        }
        if ctx
            .token(given)
            .is_some_and(|(ts, te, t)| ts == given && te == span.end && NOT_GIVEN.contains(&&*t))
        {
            return true;
        }
    }
    span.len() == 3
        && ctx
            .token(span.start)
            .is_some_and(|(ts, te, t)| ts == span.start && te == span.start + 2 && &*t == "n")
        && ctx
            .token(span.start + 2)
            .is_some_and(|(ts, te, t)| ts == span.start + 2 && te == span.end && &*t == "f")
}

/// Do only one-char boundary words start at `i` (no title, cue or longer word)?
fn only_short_stops(ctx: &Context, i: usize) -> bool {
    ctx.starting(i, |e| {
        ends_a_name(e) && !matches!(e, Entry::Reporter | Entry::Editor)
    })
    .iter()
    .all(|h| {
        h.end - h.start == 1
            && ctx
                .entries(h)
                .iter()
                // event words (与, 在) are the relation stage's: recognition looks past
                // them, and a word that ends no name (the surname 向 of the "to" 向) says
                // nothing here
                .filter(|e| !matches!(e, Entry::EventWord(_)) && ends_a_name(e))
                .all(|e| matches!(e, Entry::Boundary | Entry::NameCue | Entry::TitlePrefix))
    })
}

/// A Chinese or foreign name starting at `i`: a known one, or one the rules read.
pub fn name_at(ctx: &Context, i: usize) -> Option<Span> {
    known_name(ctx, ctx.starting(i, |e| matches!(e, Entry::Person))).or_else(|| {
        name_at_raw(ctx, i)
            .filter(|s| plausible(ctx, *s) && !verb_shaped(ctx, *s) && !cuts_jieba_name(ctx, *s))
    })
}

/// Is the char at `i` a one-character word names never run into, before a
/// transliterated name of three or more (主席同博鲁阿尔特总统: 同 is "with", even where
/// jieba glued it on, 同博鲁/nr), or before a name of two with a post right after it
/// (主席同卢拉总统: jieba glued 同卢拉/nr, and the post after says whose name it is)?
fn word_before_foreign(ctx: &Context, i: usize) -> bool {
    boundary_char(ctx, i)
        && foreign_at(ctx, i + 1).is_some_and(|f| {
            f.len() >= 3
                || ctx
                    .starting(f.end, |e| matches!(e, Entry::Title))
                    .iter()
                    .any(|t| ctx.bound(t.start) && ctx.bound(t.end))
        })
}

/// Is the character at `k` a one-character word names never run into (同, 和, 为)?
fn boundary_char(ctx: &Context, k: usize) -> bool {
    ctx.is_word(Span::new(k, k + 1), |e| matches!(e, Entry::Boundary))
}

/// Is a name read at `s` a one-character word jieba reads as no name and the start of
/// a name jieba reads right after it, cut short (书记应习近平总书记: 应 is a surname, but
/// jieba reads 应/v 习近平/nr, and 应习近 cuts the name in two)?
fn cuts_jieba_name(ctx: &Context, s: Span) -> bool {
    ctx.token(s.start)
        .is_some_and(|(ts, te, t)| ts == s.start && te == ts + 1 && !t.starts_with("nr"))
        && ctx.token(s.start + 1).is_some_and(|(ts, te, t)| {
            ts == s.start + 1
            && te > s.end
            && t.starts_with("nr")
            // (a name of its dictionary, not one its HMM guessed: 米/q 沙勒致/nr)
            && ctx.is_jieba_word(Span::new(ts, te))
        })
}

/// Is a name of two one word of jieba's dictionary that is a verb, an adverb or another
/// function word (总书记希冀科技工作者: 希冀 "hopes")? (A noun may be a name: 市长高峰.)
fn verb_shaped(ctx: &Context, s: Span) -> bool {
    s.len() == 2
        && ctx.bound(s.start)
        && ctx.bound(s.end)
        && ctx.is_jieba_word(s)
        && ctx.word_tag(s).is_some_and(|t| super::is_function_tag(&t))
}

/// The longest of the known names (`persons.txt`) among `hits` that is a word of its
/// own: jieba starts and ends a token with it (not 普京 inside a longer word), or glues
/// on no more than a one-char boundary word (和普京/nz), or the name ends where a word
/// starts that no name runs into.
fn known_name(ctx: &Context, hits: Vec<crate::lexicon::Hit>) -> Option<Span> {
    let start_ok = |s: usize| {
        ctx.bound(s)
            || s > 0
                && ctx.token(s).is_some_and(|(ts, _, _)| ts + 1 == s)
                && boundary_char(ctx, s - 1)
    };
    // ... or a word a name never runs into starts there (岸田文雄/互致: jieba cut 田文雄互)
    let end_ok = |e: usize| {
        ctx.bound(e)
            || ctx.token(e).is_some_and(|(_, te, _)| te == e + 1) && boundary_char(ctx, e)
            || stops_name(ctx, e)
    };
    hits.into_iter()
        .filter(|h| start_ok(h.start) && end_ok(h.end))
        .max_by_key(|h| h.end - h.start)
        .map(|h| Span::new(h.start, h.end))
}

fn name_at_raw(ctx: &Context, i: usize) -> Option<Span> {
    if !ctx.is_han_at(i) {
        return None;
    }
    // a transliterated name: a long run of transliteration characters or one with `·`
    if let Some(f) = foreign_at(ctx, i)
        && (f.len() >= 4 || (f.start..f.end).any(|k| name_joiner_at(ctx, k)))
    {
        return Some(f);
    }
    let sl = surname_at(ctx, i)?;
    if sl == 1 && word_before_foreign(ctx, i) {
        return None;
    }
    // a word of two or more that names never run into opens no name (国王任命洪玛奈:
    // 任命 "appoints"), unless jieba reads a name there
    if ctx
        .starting(i, |e| matches!(e, Entry::Boundary))
        .iter()
        .any(|b| b.end >= i + 2)
        && !ctx
            .token(i)
            .is_some_and(|(ts, _, t)| ts == i && t.starts_with("nr"))
    {
        return None;
    }
    // a married name of four: the husband's surname, her own, a given name of two,
    // and then the name ends (林郑月娥, 范徐丽泰)
    if sl == 1
        && common_surname_at(ctx, i, MARRIED_SURNAME_RANK)
        && common_surname_at(ctx, i + 1, MARRIED_SURNAME_RANK)
        && (i + 2..i + 4).all(|k| ctx.is_han_at(k) && !stops_name(ctx, k))
        && stops_name(ctx, i + 4)
        // not a name of three jieba knows and a word after it (周江勇/案), nor a given
        // name that is a word (卢林/违规)
        && !ctx
            .token(i)
            .is_some_and(|(ts, te, t)| ts == i && te == i + 3 && t.starts_with("nr"))
        && !ctx.is_common_word(Span::new(i + 2, i + 4))
    {
        return Some(Span::new(i, i + 4));
    }
    let g1 = i + sl;
    // a one-char function word may be a given name's first char (张为民, 黄为学); a
    // longer word is not
    if !ctx.is_han_at(g1)
        || (stops_name(ctx, g1) && !(ctx.is_han_at(g1 + 1) && only_short_stops(ctx, g1)))
    {
        return None;
    }
    let g2 = g1 + 1;
    // in a list the separators say how long a name is (郭林将、王子平)
    let listed = |k: usize| matches!(ctx.char(k), Some('、') | Some('和') | Some('及'));
    if ctx.is_han_at(g2) && listed(g2 + 1) && !ctx.sep_at(g2) && !listed(g2) {
        return Some(Span::new(i, g2 + 1));
    }
    if stops_name(ctx, g2) {
        return Some(Span::new(i, g2));
    }
    // the third char belongs to the next word when jieba starts a longer word there
    // (李强/表示) that is not a name, unless jieba reads a name in front and only guessed
    // the word, which is in none of its dictionary (刘海/nr 生曾/d: 刘海生 曾)
    let name_in_front = ctx
        .token(i)
        .is_some_and(|(ts, _, t)| ts == i && t.starts_with("nr"));
    // Nor when jieba guessed a word of the third char and a one-character word names
    // never run into (张国/ns 清于/v: 张国清 于).
    let glued_stop = |ts: usize, te: usize| {
        te == ts + 2 && !ctx.is_jieba_word(Span::new(ts, te)) && stops_name(ctx, ts + 1)
    };
    if let Some((ts, te, tag)) = ctx.token(g2)
        && ts == g2
        && te - ts >= 2
        && !tag.starts_with("nr")
        && (!name_in_front || ctx.is_dictionary_word(Span::new(ts, te)))
        && !glued_stop(ts, te)
    {
        return Some(Span::new(i, g2));
    }
    // jieba glued the third char to what follows (王鹏/一行 is handled above)
    Some(Span::new(i, g2 + 1))
}

/// A name right after a title whose surname is in no list: a short transliterated name
/// (总理拉克森, 市长埃马诺) or a token jieba reads as a name (主任普绍忠), that ends where
/// a name ends.
fn unlisted_name_at(ctx: &Context, i: usize) -> Option<Span> {
    // (ending where a name ends, or read by jieba as one word: 议长加西亚/ns 举行会谈)
    let foreign = foreign_at(ctx, i).filter(|f| {
        f.len() <= 3
            && (stops_name(ctx, f.end)
                || ctx.token(f.start).is_some_and(|(ts, te, t)| {
                    ts == f.start && te == f.end && super::is_proper_tag(&t)
                })
                // (and then a word of jieba's dictionary or no Han character, not one it
                // only guessed: 欧尔/ns 班时/ng is 欧尔班 and 时)
                && (!ctx.is_han_at(f.end)
                    || ctx
                        .token(f.end)
                        .is_some_and(|(ts, te, _)| ctx.is_jieba_word(Span::new(ts, te)))))
    });
    let token = ctx.token(i).and_then(|(ts, te, tag)| {
        (ts == i && tag.starts_with("nr") && (2..=3).contains(&(te - ts)))
            .then(|| Span::new(ts, te))
    });
    // (jieba may glue a cue on: 铁凝在/nr 参加 is 铁凝 and 在)
    let token = token.map(|t| {
        ctx.ending(t.end, |e| matches!(e, Entry::NameCue))
            .iter()
            .filter(|c| c.start >= t.start + 2)
            .map(|c| Span::new(t.start, c.start))
            .next_back()
            .unwrap_or(t)
    });
    foreign.or(token).filter(|s| {
        s.len() >= 2 && plausible(ctx, *s) && !verb_shaped(ctx, *s) && !word_before_foreign(ctx, i)
    })
}

/// Is the char at `k` a surname of one character ranked `rank` or more common?
fn common_surname_at(ctx: &Context, k: usize, rank: u16) -> bool {
    ctx.starting(k, |e| matches!(e, Entry::Surname(r) if *r <= rank))
        .iter()
        .any(|h| h.end == k + 1)
}

/// The rank of the least common of the common surnames.
const COMMON_SURNAME_RANK: u16 = 50;

/// The rank of the least common surname read in a married name of four (林郑月娥).
const MARRIED_SURNAME_RANK: u16 = 100;

/// A name right after a title whose surname is also a function word (副县长于有斌:
/// jieba reads 于 as "at"): the surname, then a given name of one or two that jieba
/// reads as a name, ending where a name ends.
fn function_word_surname_at(ctx: &Context, i: usize) -> Option<Span> {
    // a common surname (于 is; 和, 向 and 同 before a name after a title are the words:
    // 主席和拜登总统, 主席向他致电)
    if !common_surname_at(ctx, i, COMMON_SURNAME_RANK) || !ctx.function_token(i) {
        return None;
    }
    let (ts, te, tag) = ctx.token(i + 1)?;
    (ts == i + 1 && tag.starts_with("nr") && te - ts <= 2 && stops_name(ctx, te))
        .then(|| Span::new(i, te))
}

/// A name right after a title that is spelled like a city or county of two characters
/// (省政协主席黄山、副主席许可: 黄山 is also a city), or like a place of jieba's
/// dictionary (于洋): a surname opening it, and a list mark, a comma or a role cue
/// (陪同, 出席) right after it, where a place would not stand after a post. Any surname of `surnames.txt`, not only the common ones: the
/// slot itself says "name" (局长宁波陪同, 主任委员钟山、).
fn place_spelled_name_at(ctx: &Context, i: usize) -> Option<Span> {
    if !common_surname_at(ctx, i, RARE_SURNAME) {
        return None;
    }
    let place = ctx
        .starting(i, |e| {
            matches!(e, Entry::Place(l) if !matches!(l, PlaceLevel::Country | PlaceLevel::Province))
        })
        .into_iter()
        .find(|h| h.end == i + 2)
        .map(|h| Span::new(h.start, h.end));
    // ... or one jieba's dictionary lists as a place, no place of ours (党委书记于洋，)
    let jiebas = || {
        ctx.token(i)
            .filter(|(ts, te, t)| *ts == i && *te == i + 2 && &**t == "ns")
            .map(|_| Span::new(i, i + 2))
            .filter(|s| ctx.is_jieba_word(*s))
    };
    let span = place.or_else(jiebas)?;
    (in_name_slot(ctx, span.end) && ctx.bound(span.end)).then_some(span)
}

/// Does a name end at `k` by what follows: a list mark, a comma or a role cue (陪同,
/// 出席)? (Full-width commas are folded to ASCII in the text read here.)
fn in_name_slot(ctx: &Context, k: usize) -> bool {
    matches!(ctx.char(k), Some('、' | ','))
        || !ctx
            .starting(k, |e| matches!(e, Entry::RoleCue(..)))
            .is_empty()
}

/// A name right after a title that jieba reads as an ordinary word of two, a common
/// adjective, verb or noun (市政协主席高兴列席会议: 高兴 "glad"; 县长张扬出席: 张扬 "to
/// publicize"): a common surname opening it, jieba's token exactly the two characters,
/// and right after it a cue of attending (出席, 陪同), or 等 and that cue, when any
/// surname will do (局长甘露等陪同: 甘露 "sweet dew"). Not an adverb, pronoun, numeral or
/// other function word, which do stand there (书记亲自主持, 市长一同出席), nor before a
/// cue of speaking or a comma, where an adjective or a noun does (总书记郑重宣布,
/// 常委会的五年任期，).
fn word_spelled_name_at(ctx: &Context, i: usize) -> Option<Span> {
    // (the cheap dictionary test first: this runs after every post)
    surname_at(ctx, i)?;
    let (ts, te, tag) = ctx.token(i)?;
    // (等 "and others" before the cue says the slot holds people: any surname of one
    // then, 局长甘露等陪同; else a common one)
    let others = ctx.char(te) == Some('等');
    let surname = if others {
        surname_at(ctx, i) == Some(1)
    } else {
        common_surname_at(ctx, i, COMMON_SURNAME_RANK)
    };
    if !surname {
        return None;
    }
    let content = ["a", "b", "v", "n", "vn", "an", "nz"].contains(&tag.as_str());
    // (the cue a word of its own, or the start of a set phrase jieba reads whole:
    // 出席会议/l)
    let at = if others { te + 1 } else { te };
    let phrase_at = || ctx.token(at).is_some_and(|(a, _, t)| a == at && &*t == "l");
    let attends = ctx
        .starting(at, |e| matches!(e, Entry::RoleCue(Role::Attendee, _)))
        .iter()
        .any(|c| ctx.bound(c.end) || phrase_at());
    (ts == i && te == i + 2 && content && attends && ctx.bound(te)).then(|| Span::new(ts, te))
}

/// Is the char at `k` one that joins the parts of a transliterated name: `·`, or a
/// hyphen between transliteration characters (迪亚斯-卡内尔) that joins no place
/// (柏林-勃兰登堡, 昆明－蒙特利尔)?
fn name_joiner_at(ctx: &Context, k: usize) -> bool {
    let place = |e: &Entry| matches!(e, Entry::Place(_) | Entry::PlaceSuffix(_));
    match ctx.char(k) {
        Some('·') => true,
        Some('-') => {
            k > 0
                && ctx.transliteration_at(k - 1)
                && ctx.transliteration_at(k + 1)
                && ctx.ending(k, place).is_empty()
                && ctx.starting(k + 1, place).is_empty()
        }
        _ => false,
    }
}

/// A run of transliteration characters, its parts joined by `·` or a hyphen (see
/// `name_joiner_at`), starting at `i`, 2 to 16 chars.
fn foreign_at(ctx: &Context, i: usize) -> Option<Span> {
    // A name joined by `·` may use the characters of Uyghur and Kazakh names too
    // (阿不都热合曼·买买提): does a `·` stand inside the run of name characters from `i`?
    let name_char = |k: usize| ctx.transliteration_at(k) || ctx.dotted_name_char_at(k);
    let dotted = (i..ctx.len().min(i + 16))
        .take_while(|&k| name_char(k) || ctx.char(k) == Some('·'))
        .any(|k| k > i && ctx.char(k) == Some('·') && name_char(k + 1));
    let mut j = i;
    while j < ctx.len() && j - i < 16 {
        let joiner = name_joiner_at(ctx, j);
        // (right after a `·`, a character jieba reads as a name's opens the next part
        // even where no transliteration uses it: 罗兰·魏/nr 格特/nrt)
        let after_dot = j > i
            && ctx.char(j - 1) == Some('·')
            && ctx.is_han_at(j)
            && ctx
                .token(j)
                .is_some_and(|(ts, _, t)| ts == j && t.starts_with("nr"));
        if joiner || after_dot || ctx.transliteration_at(j) || dotted && name_char(j) {
            // a word that ends names does not end one inside a token jieba read as one
            // (乌其/尔勒: 其) or right after a `·` (穆罕默德·本·萨勒曼)
            if j > i
                && !joiner
                && !name_joiner_at(ctx, j - 1)
                && (ctx.bound(j) || !ctx.is_han_at(j))
                && (stops_name(ctx, j) || common_word_at(ctx, j))
            {
                break;
            }
            j += 1;
        } else {
            break;
        }
    }
    while j > i && matches!(ctx.text[j - 1], '·' | '-') {
        j -= 1;
    }
    (j - i >= 2).then(|| Span::new(i, j))
}

/// How often (in jieba dictionary's counts) a verb of two occurs to be read as a word
/// of its own after a transliterated name (提名 2957, 简短 271) rather than as jieba
/// gluing the name's last syllable to what follows (达致 4, 托称 3).
const COMMON_VERB_FREQ: usize = 100;

/// Does an ordinary word start at `i`, so that a transliterated name ends there?
///
/// An ordinary word is a word of jieba's dictionary, two characters or more, that is
/// no name and either
/// - an adverb, adjective or time word (高度, 热烈, 当晚), or
/// - one holding a character no transliteration uses (高度评价, 特别感谢, 提名), and if a
///   verb of two, a common one (`COMMON_VERB_FREQ`).
///
/// Not a rare verb jieba made of the name's end and the word after it (昌/达致, 索/托称),
/// nor a dictionary word made only of transliteration characters (维索, 赫里: they read
/// as syllables), nor one ending in a one-character word names never run into (博尔/
/// 内在/荣军院). A one-character preposition or conjunction before an ordinary word
/// counts too (约翰逊/因/疫情).
fn common_word_at(ctx: &Context, i: usize) -> bool {
    let ordinary = |k: usize| {
        ctx.token(k).is_some_and(|(ts, te, t)| {
            let span = Span::new(ts, te);
            ts == k
                && te - ts >= 2
                && !super::is_proper_tag(&t)
                && ctx.is_jieba_word(span)
                && (t.starts_with('d')
                    || t.starts_with('a')
                    || &*t == "t"
                    || !ctx.is_transliterated(span)
                        // (a verb of two jieba's dictionary knows as a common word:
                        // 提名, 提交; a rare one is jieba gluing the name's end to the
                        // word after it, 昌/达致)
                        && (!t.starts_with('v')
                            || te - ts >= 3
                            || ctx.word_freq(span) >= COMMON_VERB_FREQ))
                // (not a word of two jieba made by gluing the name's end to a one-char
                // word after it: 博尔/内在/荣军院, 穆伊/兹将; 得票率 is a word)
                && !(te - ts == 2
                    && ctx
                        .ending(te, |e| matches!(e, Entry::Boundary | Entry::NameCue))
                        .iter()
                        .any(|b| b.start + 1 == te))
        })
    };
    ordinary(i)
        || ctx.token(i).is_some_and(|(ts, te, t)| {
            ts == i && te == i + 1 && (t.starts_with('p') || t.starts_with('c')) && ordinary(te)
        })
}

/// Names in a `、` list starting with a name at `first`.
fn list_after(ctx: &Context, first: Span) -> Vec<Span> {
    let mut out = vec![first];
    let mut end = first.end;
    while ctx.char(end) == Some('、') {
        // an item opening with a title is a designation of its own (苏丹哈桑纳尔、王储比拉:
        // 王储 is the crown prince, not 王 and a given name)
        if !ctx
            .starting(end + 1, |e| matches!(e, Entry::Title))
            .is_empty()
        {
            break;
        }
        match name_after_village(ctx, end + 1)
            .or_else(|| name_at(ctx, end + 1))
            .or_else(|| listed_between(ctx, end + 1))
        {
            Some(n)
                if surname_at(ctx, n.start).is_some()
                    || ctx.text[n.start..n.end].contains(&'·')
                    || ctx.char(n.end) == Some('、') =>
            {
                out.push(n);
                end = n.end;
            }
            _ => break,
        }
    }
    out
}

/// Where a name would start after a short note in parentheses at `k`, of Han
/// characters only (（正县级）, （主持工作）); `k` itself when none stands there.
fn after_note(ctx: &Context, k: usize) -> usize {
    if !matches!(ctx.char(k), Some('（' | '(')) {
        return k;
    }
    (k + 2..=k + 7)
        .take_while(|&m| ctx.is_han_at(m - 1))
        .find(|&m| matches!(ctx.char(m), Some('）' | ')')))
        .map_or(k, |m| m + 1)
}

/// In a list of names, an item may name the person's village or street first (到大寨村
/// 牛丰先、会卦村郝桂花、罗村王天太等群众家中): the name after a place suffix
/// (`place_suffixes.txt`) ending two to five Han characters into the item, the name
/// running to the item's end (a list mark, 等, or a stop).
fn name_after_village(ctx: &Context, k: usize) -> Option<Span> {
    (k + 2..=k + 5)
        .take_while(|&m| ctx.is_han_at(m - 1))
        .filter(|&m| {
            !ctx.ending(m, |e| matches!(e, Entry::PlaceSuffix(_)))
                .is_empty()
        })
        .find_map(|m| {
            name_at(ctx, m).filter(|n| {
                surname_at(ctx, m).is_some()
                    && matches!(ctx.char(n.end), Some('、' | '等' | '和' | '及'))
            })
        })
}

/// In a list of names, an item of two or three Han characters between two `、` with a
/// name after it is a name too, whatever its surname (陈中山、但锐金、欧阳萍).
fn listed_between(ctx: &Context, k: usize) -> Option<Span> {
    let m = (k + 2..=k + 3).find(|&m| ctx.char(m) == Some('、'))?;
    let span = Span::new(k, m);
    let next = name_at(ctx, m + 1)?;
    (ctx.text[k..m]
        .iter()
        .all(|c| crate::ingest::normalize::is_han(*c))
        && surname_at(ctx, next.start).is_some()
        && stops_name(ctx, m)
        && !ctx.is_common_word(span)
        && ctx
            .starting(k, |e| {
                ends_a_name(e) || matches!(e, Entry::Place(_) | Entry::Org(_))
            })
            .is_empty()
        && plausible(ctx, span))
    .then_some(span)
}

pub fn candidates(ctx: &Context, chains: &Chains) -> (Vec<Candidate>, Vec<Designation>) {
    let mut out = Vec::new();
    let mut des = Vec::new();
    for ch in &chains.chains {
        // after the chain, or after a rank or note in parentheses written after it
        // (副秘书长（正县级）夏敏, 局长（主持工作）)
        let at = after_note(ctx, ch.end);
        if let Some(first) = name_at(ctx, at)
            .or_else(|| unlisted_name_at(ctx, at))
            .or_else(|| function_word_surname_at(ctx, at))
            .or_else(|| place_spelled_name_at(ctx, at))
            .or_else(|| word_spelled_name_at(ctx, at))
        {
            for n in list_after(ctx, first) {
                out.push(cand(
                    EntityType::Person,
                    None,
                    n,
                    "name after title",
                    prio::CHAIN,
                ));
                for it in &ch.items {
                    des.push(Designation {
                        person: n,
                        title: it.title,
                        org: it.org,
                    });
                }
            }
            continue;
        }
        // before the chain: 李强总理, 曹升灵副市长; or before 为 "as" and the chain,
        // where jieba read 为 alone (任命卢晓峰为县教育局局长)
        let before = if ch.start >= 3
            && ctx.char(ch.start - 1) == Some('为')
            && ctx
                .token(ch.start - 1)
                .is_some_and(|(ts, te, t)| ts + 1 == te && t.starts_with('p'))
            && ctx
                .token(ch.start - 2)
                .is_some_and(|(_, te, t)| te + 1 == ch.start && t.starts_with("nr"))
        {
            ch.start - 1
        } else {
            ch.start
        };
        if ch.start >= 2
            && let Some(n) = name_before(ctx, before, true)
        {
            out.push(cand(
                EntityType::Person,
                None,
                n,
                "name before title",
                prio::PERSON,
            ));
            for it in &ch.items {
                des.push(Designation {
                    person: n,
                    title: it.title,
                    org: it.org,
                });
            }
        }
    }
    // a list of names each after a village or township (柳树湾村张桂兰、石门村王德福、
    // 沙河村李秀英等): two such items in a row make it a list of people
    for h in &ctx.hits {
        if ctx
            .entries(h)
            .iter()
            .any(|e| matches!(e, Entry::PlaceSuffix(PlaceSuffix { short: true, .. })))
            // (a list mark two to four characters on, before reading any name: most
            // villages are followed by no list)
            && (h.end + 2..=h.end + 4).any(|k| ctx.char(k) == Some('、'))
            && surname_at(ctx, h.end).is_some()
            && let Some(first) = name_at(ctx, h.end)
            && ctx.char(first.end) == Some('、')
            && name_after_village(ctx, first.end + 1).is_some()
        {
            for n in list_after(ctx, first) {
                out.push(cand(
                    EntityType::Person,
                    None,
                    n,
                    "name after a village",
                    prio::PERSON,
                ));
            }
        }
    }
    // after a group word: 市领导姜明、张桂华参加
    for h in &ctx.hits {
        if ctx.entries(h).iter().any(|e| matches!(e, Entry::Generic(false)))
            // the group word is a word of its own (not 老人 in 老人家)
            && ctx.bound(h.end)
            && let Some(first) = name_at(ctx, h.end)
            && surname_at(ctx, h.end).is_some()
            // not an ordinary word after the group word, alone or with a verb after it
            // (领导|干部要, 群众|有饭吃, 党员干部群众|从党的; 党员|洪家光 is a name)
            && !ctx.token(h.end).is_some_and(|(ts, te, t)| {
                ts == h.end
                    && te - ts >= 2
                    && !t.starts_with("nr")
                    && ctx.is_common_word(Span::new(ts, te))
                    && (te >= first.end || ctx.function_token(te))
            })
        {
            let list = list_after(ctx, first);
            if list.len() > 1 || stops_name(ctx, first.end) {
                for n in list {
                    out.push(cand(
                        EntityType::Person,
                        None,
                        n,
                        "name after group word",
                        prio::PERSON,
                    ));
                }
            }
        }
    }
    // before a cue verb, from a break: 罗萍主持; and X、Y、Z等
    for h in &ctx.hits {
        if !ctx.entries(h).iter().any(|e| matches!(e, Entry::NameCue)) {
            continue;
        }
        // a cue read inside a boundary word jieba reads whole (到 of 来到) ends the name
        // where that word starts (赵强来到: 赵强, not 赵强来)
        let end = ctx
            .token(h.start)
            .filter(|&(ts, te, _)| {
                ts < h.start
                    && ctx
                        .starting(ts, |e| matches!(e, Entry::Boundary))
                        .iter()
                        .any(|b| b.end == te)
            })
            .map_or(h.start, |(ts, _, _)| ts);
        let Some(n) = name_before(ctx, end, false).or_else(|| name_before_group(ctx, end)) else {
            continue;
        };
        // a name ending in a cue of its own is the shorter name and that cue, read
        // there (李希在主持: jieba glued 李希在; the cue 在 gives 李希)
        if ctx
            .ending(n.end, |e| matches!(e, Entry::NameCue))
            .iter()
            .any(|c| c.start >= n.start + 2)
        {
            continue;
        }
        // a cue inside a word of jieba's dictionary is none (在 in 存在: 方面存在 has
        // no 方面存), unless a list of names says otherwise (王东峰、张平等: 平等)
        let listed = n.start > 0 && ctx.text[n.start - 1] == '、';
        if !listed
            && end == h.start
            && ctx
                .token(h.start)
                .is_some_and(|(ts, te, _)| ts < h.start && ctx.is_common_word(Span::new(ts, te)))
        {
            continue;
        }
        // the list in front: X、Y、Z等
        let mut names = vec![n];
        let mut s = n.start;
        while s > 1 && matches!(ctx.text[s - 1], '、' | '及' | '和') {
            match name_before(ctx, s - 1, false) {
                Some(m) => {
                    names.push(m);
                    s = m.start;
                }
                None => break,
            }
        }
        // A list is of names or of words: when most of its items cannot be names
        // (教育、住房、养老等; 大数据、云计算等), neither is the one before the cue. A
        // list of names is evidence enough; a name alone with a rare surname is not.
        let (could, items) = list_items(ctx, n.end);
        if 2 * could < items || (names.len() == 1 && !cue_name_ok(ctx, n)) {
            continue;
        }
        for (k, m) in names.into_iter().enumerate() {
            let evidence = if k == 0 {
                "name before cue"
            } else {
                "name in list"
            };
            out.push(cand(EntityType::Person, None, m, evidence, prio::PERSON));
        }
    }
    // known names, wherever they are words
    for h in &ctx.hits {
        if ctx.entries(h).contains(&Entry::Person)
            && let Some(n) = known_name(ctx, vec![*h])
        {
            out.push(cand(
                EntityType::Person,
                None,
                n,
                "persons.txt",
                prio::PERSON,
            ));
        }
    }
    // foreign names with ·
    for (i, &c) in ctx.text.iter().enumerate() {
        if c != '·' || i == 0 {
            continue;
        }
        // (a dot between a country and its city is no name's: 匈牙利·布达佩斯)
        if !ctx.ending(i, |e| matches!(e, Entry::Place(_))).is_empty()
            && !ctx
                .starting(i + 1, |e| matches!(e, Entry::Place(_)))
                .is_empty()
        {
            continue;
        }
        // back over the name's characters, to a title, place, boundary or organization
        // (a boundary word made of the characters of Uyghur names alone is a syllable
        // of the name in the wide walk below: 来 of 阿不来提)
        let back = |name_char: &dyn Fn(usize) -> bool, wide: bool| {
            let mut s = i;
            while s > 0 && name_char(s - 1) && i - s < 8 {
                let stops = |h: &Hit| {
                    !(wide
                        && ctx.entries(h).iter().all(|e| *e == Entry::Boundary)
                        && (h.start..h.end).all(|k| ctx.dotted_name_char_at(k)))
                };
                if ctx
                    .ending(s, |e| {
                        matches!(
                            e,
                            Entry::Title | Entry::Place(_) | Entry::Boundary | Entry::Org(_)
                        )
                    })
                    .iter()
                    .any(stops)
                    && s < i
                {
                    break;
                }
                s -= 1;
            }
            s
        };
        let s = back(&|k| ctx.transliteration_at(k), false);
        // ... the characters of Uyghur and Kazakh names too (阿不来提·阿不都热西提), where
        // a word starts there (文旅融合·文化 has no name 合·文)
        let wide = back(
            &|k| ctx.transliteration_at(k) || ctx.dotted_name_char_at(k),
            true,
        );
        let s = if wide < s && ctx.bound(wide) { wide } else { s };
        if s < i
            && let Some(n) = foreign_at(ctx, s)
            && n.end > i + 1
            && !out.iter().any(|o: &Candidate| o.mention.span.overlaps(&n))
        {
            out.push(cand(
                EntityType::Person,
                None,
                n,
                "foreign name",
                prio::PERSON,
            ));
        }
    }
    (out, des)
}

/// A name that ends at `end` and starts at a break: 2 to 4 chars with a surname, or
/// one that jieba tags as a name, or a foreign run of 3 or more.
fn name_before(ctx: &Context, end: usize, before_title: bool) -> Option<Span> {
    if let Some(k) = known_name(ctx, ctx.ending(end, |e| matches!(e, Entry::Person))) {
        return Some(k);
    }
    // jieba glued a one-character word names never run into onto the name before a
    // post (任命韩俊为/nr 农业农村部部长: 为 is "as"): the name ends before it
    if before_title
        && end >= 3
        && boundary_char(ctx, end - 1)
        && ctx
            .token(end - 1)
            .is_some_and(|(ts, te, t)| te == end && te - ts >= 3 && t.starts_with("nr"))
    {
        return name_before(ctx, end - 1, before_title);
    }
    // ... or onto its start (主席同卢拉/nr 总统: 同 is "with"), where that word is no
    // common surname (于革胜/nr 常委 is 于革胜): the name starts after it
    if before_title
        && let Some((ts, te, t)) = ctx.token(end - 1)
        && te == end
        && te - ts >= 3
        && t.starts_with("nr")
        && boundary_char(ctx, ts)
        && !common_surname_at(ctx, ts, COMMON_SURNAME_RANK)
    {
        let s = Span::new(ts + 1, te);
        if (surname_at(ctx, s.start).is_some() || ctx.is_transliterated(s)) && plausible(ctx, s) {
            return Some(s);
        }
    }
    name_before_raw(ctx, end, before_title).filter(|s| {
        plausible(ctx, *s)
            && !word_not_name(ctx, *s)
            && !one_common_token(ctx, *s)
            && !after_a_count(ctx, *s)
    })
}

/// The last name of the list that opens a clause and is joined by 和 or 及 to a group of
/// people before the cue at `cue` (丁薛祥、刘鹤和中央有关部门负责同志陪同): the group
/// (`generic_people.txt`) says who else came, the names are read as before the cue.
fn name_before_group(ctx: &Context, cue: usize) -> Option<Span> {
    let mut e = cue;
    if e > 0 && ctx.text[e - 1] == '等' {
        e -= 1;
    }
    let group = ctx
        .ending(e, |x| matches!(x, Entry::Generic(false)))
        .into_iter()
        .find(|g| ctx.bound(g.start))?;
    let mut s = group.start;
    while s > 0 && (!ctx.sep_at(s - 1) || ctx.text[s - 1] == '、') {
        s -= 1;
    }
    // the first joining word of the clause ends the names (中央和国家机关 is the group's)
    let k = (s..group.start).find(|&k| matches!(ctx.text[k], '和' | '及'))?;
    let end = if k > s && ctx.text[k] == '及' && ctx.text[k - 1] == '以' {
        k - 1
    } else {
        k
    };
    name_before(ctx, end, false)
}

/// A count is no name (400余人), nor what an edition's ordinal names, even across a
/// place (第八届中国花博会: the eighth flower expo, whose first character is a surname).
fn after_a_count(ctx: &Context, s: Span) -> bool {
    let before = ctx
        .ending(s.start, |e| matches!(e, Entry::Place(_)))
        .first()
        .map_or(s.start, |p| p.start);
    s.start > 0 && ctx.text[s.start - 1].is_ascii_digit()
        || before > 0 && ctx.text[before - 1] == '届'
}

/// Is the span exactly one token of the text that jieba reads as an ordinary word
/// (文旅/n, 安评/v), not a name? A place tag jieba only guessed for a word outside its
/// dictionary, on a surname and two characters, is no reading of a place (黄坤明/ns):
/// the places are in its dictionary and in `places.txt`.
fn one_common_token(ctx: &Context, s: Span) -> bool {
    ctx.token(s.start).is_some_and(|(ts, te, tag)| {
        ts == s.start
            && te == s.end
            && !tag.starts_with("nr")
            && tag != "x"
            && tag != "nz"
            && !(&*tag == "ns"
                && s.len() == 3
                && surname_at(ctx, s.start) == Some(1)
                && !ctx.is_jieba_word(s))
    })
}

fn name_before_raw(ctx: &Context, end: usize, before_title: bool) -> Option<Span> {
    if end == 0 {
        return None;
    }
    // the run from a break
    let mut s = end;
    while s > 0 && end - s < 5 && ctx.is_han_at(s - 1) && !ctx.boundary_ending(s) {
        if !ctx
            .ending(s, |e| {
                matches!(
                    e,
                    Entry::Title
                        | Entry::Generic(_)
                        | Entry::Place(_)
                        | Entry::PlaceSuffix(_)
                        | Entry::Org(_)
                        | Entry::Trigger(..)
                        | Entry::NameCue
                )
            })
            .is_empty()
            && s < end
        {
            break;
        }
        s -= 1;
    }
    let len = end - s;
    let at_break = s == 0
        || !ctx.is_han_at(s - 1)
        || ctx.boundary_ending(s)
        || !ctx
            .ending(s, |e| {
                matches!(
                    e,
                    Entry::Title
                        // 市领导王强, but not 俄方曾明确表示: a side names no one
                        | Entry::Generic(false)
                        | Entry::Place(_)
                        | Entry::Org(_)
                        // a villager after the village (罗村王天太)
                        | Entry::PlaceSuffix(_)
                )
            })
            .is_empty();
    if at_break
        && (2..=4).contains(&len)
        && let Some(sl) = surname_at(ctx, s)
        && len > sl
        && len <= sl + 2
    {
        return Some(Span::new(s, end));
    }
    // a hyphenated transliterated name before a title (迪亚斯-卡内尔主席)
    if before_title {
        let mut s = end;
        while s > 0 && end - s < 16 && (ctx.transliteration_at(s - 1) || name_joiner_at(ctx, s - 1))
        {
            s -= 1;
        }
        let joined = (s..end).any(|k| ctx.text[k] == '-' && name_joiner_at(ctx, k));
        let at_break = s == 0 || !ctx.is_han_at(s - 1) || ctx.boundary_ending(s);
        if joined && at_break && !name_joiner_at(ctx, s) && end - s >= 4 {
            return Some(Span::new(s, end));
        }
    }
    // else jieba's name token, when it starts with a surname, or before a title a
    // transliterated name of three or more (米佐塔基斯总理)
    if let Some((ts, te, tag)) = ctx.token(end - 1)
        && te == end
        && tag.starts_with("nr")
        && (((2..=3).contains(&(te - ts)) && surname_at(ctx, ts).is_some())
            || (before_title && te - ts >= 3 && ctx.is_transliterated(Span::new(ts, te))))
    {
        // a transliterated name jieba cut in two (瓦西/里耶夫) is read from its start:
        // whole tokens of transliteration characters in front
        let mut s = ts;
        let foreign = |a: usize, b: usize| ctx.is_transliterated(Span::new(a, b));
        // (before a title, from a token of three; before a cue, from one of two when
        // jieba tags the token in front as a name too: 戈洛夫/nr 琴科/nrt 表示)
        let front_name = |k: usize| {
            ctx.token(k)
                .is_some_and(|(ps, pe, t)| pe == ts && t.starts_with("nr") && foreign(ps, pe))
        };
        if foreign(ts, te) && (before_title && te - ts >= 3 || ts > 0 && front_name(ts - 1)) {
            while let Some((ps, pe, _)) = s.checked_sub(1).and_then(|k| ctx.token(k)) {
                if pe != s || te - ps > 12 || !foreign(ps, pe) || ctx.boundary_ending(s) {
                    break;
                }
                s = ps;
            }
        }
        return Some(Span::new(s, te));
    }
    None
}

/// Byline names and their markers.
pub fn bylines(ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    for b in &ctx.layout.bylines {
        // the marker is a title when titles.txt says so (通讯员, 记者; not 图, 文)
        if let Some(t) = b.title
            && ctx
                .starting(t.start, |e| matches!(e, Entry::Title))
                .iter()
                .any(|h| h.end == t.end)
        {
            out.push(cand(EntityType::Title, None, t, "byline", prio::BYLINE));
        }
        out.push(cand(
            EntityType::Person,
            None,
            b.name,
            "byline",
            prio::BYLINE,
        ));
    }
    out
}

/// Every other place the document writes a name already found.
pub fn repeats(ctx: &Context, found: &[Mention]) -> Vec<Candidate> {
    let mut names: Vec<&[char]> = found
        .iter()
        .filter(|m| m.etype == EntityType::Person && m.span.len() >= 2)
        .map(|m| &ctx.text[m.span.start..m.span.end])
        .collect();
    names.sort();
    names.dedup();
    if names.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(usize, usize)> = super::occurrences(ctx.text, &names)
        .into_iter()
        .filter(|&(k, i)| {
            let n = names[k].len();
            // (or after a one-character word names never run into, that jieba glued
            // to the name's start: 同米/舒斯京, 为克/韦尔)
            let start_ok = i == 0
                || ctx.bound(i)
                || !ctx.is_han_at(i - 1)
                || n >= 3 && boundary_char(ctx, i - 1);
            let end_ok = i + n == ctx.len() || ctx.bound(i + n) || stops_name(ctx, i + n);
            start_ok && end_ok
        })
        .collect();
    // (in the order of the names, then of the text, as candidates were always listed)
    hits.sort_unstable();
    hits.into_iter()
        .map(|(k, i)| {
            cand(
                EntityType::Person,
                None,
                Span::new(i, i + names[k].len()),
                "repeated name",
                prio::REPEAT,
            )
        })
        .collect()
}
