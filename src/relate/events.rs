//! Events: who took part in which signing, meeting, visit or ceremony, and when.
//!
//! The unit of reading is the sentence (split at `。！？` and line ends) inside one article.
//!
//! 1. A sentence with a trigger word (`dictionaries/triggers.txt`) names an event of the
//!    trigger's type. Triggers written after a word that introduces reported speech
//!    (`指出`, `强调`: `role_cues.txt`, third column `quote`) or inside quotation marks
//!    and book-title marks are what someone said, not a happening, and are skipped; so
//!    is a trigger that starts a noun jieba reads whole (`奠基人`, `访问次数`), and
//!    a trigger written as a time (`开幕式后`, `event_words.txt` kind `around`) in a
//!    sentence that names another event.
//! 2. A trigger of a type the article already has an event of is the same event (the
//!    lead says `签约`, the next sentence `出席签约仪式`), unless it carries a different
//!    date of its own.
//! 3. Every person in a trigger sentence takes part. A person in a sentence without a
//!    trigger takes part in the article's current event when a role cue
//!    (`role_cues.txt`) follows the name in its clause (`曹升灵指出`, `李国珍一行`), or
//!    follows a pronoun opening the next clause when the name opens its own and no one
//!    else is named there (`唐志远对工作给予肯定，他指出`). A sentence opening with
//!    `会上` tells the article's last meeting and makes it the current event; a
//!    ceremony written as an act in a sentence naming no one (`县领导为…颁奖`) leaves
//!    the meeting current.
//!    Reporters never take part.
//! 4. The role is the strongest cue written after the name in its clause (host, then
//!    speaker, then attendee); the subject of a visit or a received guest's host is
//!    `host`, but not one who welcomes the next person of the clause to it (`X欢迎Y来华
//!    访问`: the visit is Y's). A cue straight after an attendee's cue is what was
//!    attended (`参加会见`: attendee), and in `X、Y、Z一行` (a `group` cue) only X leads.
//! 5. The date is the date written in the trigger's sentence before the trigger, else
//!    the date the article's lead gives; a relative date (`今天`, `日前`) gives none.
//!    `date_iso` needs a year: the date's own, the document's `date` metadata, the first
//!    full date printed on the page, or `--year`.
//! 6. Signing parties are the organizations and places joined by a conjunction in the
//!    trigger's clause before it (`A与B签约`), other than an organization that is part of
//!    a person's designation or one whose people attend (`A、B负责人参加签约仪式`). A
//!    country written straight onto a region (`与芬兰萨塔昆塔地区`, `与韩国庆尚北道浦项
//!    市`) only qualifies it: the last of the run signs; signers joined by a conjunction
//!    sign for the places in front of their posts (`常州市代市长A与...市长B续签`), unless
//!    an earlier sentence of the event named the parties; with no conjunction, the
//!    organization or place opening the clause signs (`市开发区集中签约`); where 双方
//!    signs (`会谈前，双方签署了…`), the two organizations joined before the article's
//!    last talks (`省政府与某集团举行工作会谈`). A clause that opens with a word joining
//!    two acts and has no subject (`A与B召开座谈会，并签署…`) reads its parties in the
//!    clause before it.
//!
//! Events with neither a participant nor a party are dropped.

use crate::lexicon::{CueKind, Entry, EventWord};
use crate::model::{
    CleanText, EntityType, Event, EventType, Layout, Mention, Participant, Role, Span,
};
use crate::recognize::{Context, Designation, Recognized};

/// A date written in the text, in clean positions.
#[derive(Debug, Clone, Copy, PartialEq)]
struct DateRef {
    span: Span,
    relative: bool,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

/// An event being assembled, in clean positions.
struct Draft {
    etype: EventType,
    trigger: Span,
    date: Option<DateRef>,
    own_date: bool,
    participants: Vec<(String, Role)>,
    /// Where each participant's name is in `participants` (an event of a long page may
    /// gather thousands: no scan of them per name).
    seen: std::collections::HashMap<String, usize>,
    parties: Vec<String>,
    place: Option<Span>,
    article: usize,
    /// A trigger read into it ends in a rite word (签约仪式, 开工仪式): a bare 仪式 later
    /// in the article is this event.
    rite: bool,
}

/// What the event reader needs to know about the document beyond its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateHints {
    /// The year (and month) of the document's `date` metadata.
    pub meta_year: Option<i32>,
    pub meta_month: Option<u32>,
    /// A year given on the command line (`--year`).
    pub year: Option<i32>,
}

impl DateHints {
    /// Read `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY年M月D日` or a bare year from a metadata value.
    pub fn from_meta(date: Option<&str>, year: Option<i32>) -> DateHints {
        let mut h = DateHints {
            year,
            ..Default::default()
        };
        if let Some(d) = date {
            let nums: Vec<u32> = d
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            if let Some(&y) = nums.first()
                && (1900..=2200).contains(&y)
            {
                h.meta_year = Some(y as i32);
                h.meta_month = nums.get(1).copied().filter(|m| (1..=12).contains(m));
            }
        }
        h
    }
}

/// How far before an event word the leaders who witness it may stand (两国总理共同见证了
/// 经贸投资、电子商务…等多项政府间合作协议的签署).
const WITNESS_REACH: usize = 48;

/// Everything the reader looks up by position, gathered in one pass over the hits.
struct Marks {
    /// (span, type, weak): a weak trigger counts only in a sentence with no other.
    triggers: Vec<(Span, EventType, bool)>,
    cues: Vec<(Span, Role, CueKind)>,
    /// The words of `event_words.txt` in the text by kind (`spans[kind as usize]`),
    /// sorted; `starts` has where they start, sorted, each position once. A kind is
    /// read one way or the other: by span where its extent matters (a joiner next to
    /// a party), by start where only its place does (a relaying word right after a
    /// name).
    spans: Vec<Vec<Span>>,
    starts: Vec<Vec<usize>>,
    dayparts: Vec<Span>,
    relatives: Vec<Span>,
    /// `quoted[i]`: position i is inside “” or 《》.
    quoted: Vec<bool>,
    /// Where a speech given at an occasion is named as a noun (在全会上的重要讲话:
    /// the speaker's cue read there is none), sorted.
    occasion_speeches: Vec<usize>,
}

impl Marks {
    fn new(ctx: &Context, mentions: &[Mention]) -> Marks {
        let mut m = Marks {
            triggers: Vec::new(),
            cues: Vec::new(),
            spans: vec![Vec::new(); EventWord::ALL.len()],
            starts: Vec::new(),
            dayparts: Vec::new(),
            relatives: Vec::new(),
            quoted: vec![false; ctx.len() + 1],
            occasion_speeches: Vec::new(),
        };
        for h in &ctx.hits {
            let span = Span::new(h.start, h.end);
            for e in ctx.entries(h) {
                match *e {
                    // A trigger starting a noun jieba reads whole, one character
                    // longer (奠基人, a founder; 签约率, 签署国, 督导员) or one of the
                    // nouns of jieba_words.txt (访问次数, a page's view count), names no
                    // event; a visiting group keeps its visit word, 考察团, and a phrase
                    // jieba calls a noun stays a signing, 签订协议.
                    Entry::Trigger(..)
                        if ctx.token(h.end - 1).is_some_and(|(ts, te, t)| {
                            ts <= h.start
                                && te > h.end
                                && t.starts_with('n')
                                && (te == h.end + 1
                                    || ctx.lex.retag.tag(&ctx.norm(Span::new(ts, te)), "") == "n")
                                && !ctx.is_word(Span::new(ts, te), |x| {
                                    matches!(x, Entry::EventWord(EventWord::Delegation))
                                })
                        }) => {}
                    // A visit word describing someone (来华访问的X, 前来考察的客人)
                    // names an event only where the sentence names no other: in
                    // 会见了来华访问的X the event is the meeting.
                    Entry::Trigger(t, weak) => {
                        let describes = t == EventType::Visit && ctx.text.get(h.end) == Some(&'的');
                        m.triggers.push((span, t, weak || describes))
                    }
                    // A lead cue ending a common noun of jieba's dictionary (效率, 利率:
                    // 率 "leads") is no cue. (Only leads: the dictionary also has nouns
                    // such as 时说, in 讨论时说, where the cue is one; and a noun its HMM
                    // guessed may be a name's end glued on, 贺南洪率.)
                    Entry::RoleCue(_, CueKind::Lead)
                        if ctx.token(h.start).is_some_and(|(ts, te, t)| {
                            ts < h.start
                                && te >= h.end
                                && t == "n"
                                && ctx.is_jieba_word(Span::new(ts, te))
                        }) => {}
                    Entry::RoleCue(r, q) => m.cues.push((span, r, q)),
                    Entry::DayPart => m.dayparts.push(span),
                    Entry::RelativeDate => m.relatives.push(span),
                    Entry::EventWord(w) => m.spans[w as usize].push(span),
                    _ => {}
                }
            }
        }
        // The group closing a delegation's name (客商一行, 考察团一行) is the delegation,
        // led by no one named before it (县长X会见了客商一行: X leads no group).
        let delegations = &m.spans[EventWord::Delegation as usize];
        m.cues.retain(|c| {
            c.2 != CueKind::Group
                || !delegations
                    .iter()
                    .any(|d| d.start < c.0.start && d.end >= c.0.end)
        });
        // Keep only triggers no longer trigger contains (签约仪式, not 签约 and 仪式):
        // sorted by start, longest first, a trigger is inside another when an earlier
        // one reaches as far.
        m.triggers
            .sort_by_key(|(s, t, w)| (s.start, std::cmp::Reverse(s.end), *t, *w));
        let mut reach: Option<Span> = None;
        m.triggers.retain(|(s, _, _)| {
            let inside = reach.is_some_and(|r| r != *s && r.end >= s.end);
            if reach.is_none_or(|r| s.end > r.end) {
                reach = Some(*s);
            }
            !inside
        });
        // The opening ceremony of a meeting is part of the meeting (工作会议开幕式: one
        // meeting): a ceremony written straight after a meeting's name is none of its
        // own.
        let meetings_end: Vec<usize> = m
            .triggers
            .iter()
            .filter(|t| t.1 == EventType::Meeting)
            .map(|t| t.0.end)
            .collect();
        m.triggers
            .retain(|t| t.1 != EventType::Ceremony || !meetings_end.contains(&t.0.start));
        // A visit word inside the name of a visiting group (考察团, 访问团) names the
        // visit only where the sentence names no other event: in 会见了…访问团一行 the
        // event is the meeting, in 考察团莅临我县 it is the visit.
        let groups = &m.spans[EventWord::Delegation as usize];
        for t in &mut m.triggers {
            if groups
                .iter()
                .any(|g| g.start <= t.0.start && t.0.end < g.end)
            {
                t.2 = true;
            }
        }
        // 后 or 前 as a word of its own (开幕式后; not 前来 in 会见前来出席的客人)
        m.spans[EventWord::Around as usize].retain(|a| ctx.bound(a.end));
        for list in &mut m.spans {
            list.sort();
        }
        m.starts = m
            .spans
            .iter()
            .map(|list| {
                let mut starts: Vec<usize> = list.iter().map(|w| w.start).collect();
                starts.dedup();
                starts
            })
            .collect();
        // a cue opening a word for a kind of person is none (主持 of 主持人, the
        // presenter: 接受主持人的访谈)
        m.cues.retain(|c| {
            !ctx.starting(c.0.start, |x| matches!(x, Entry::Generic(_)))
                .iter()
                .any(|g| g.end > c.0.end)
        });
        // nor one opening a longer event word that jieba reads as one word: that word
        // names the event (座谈 of 座谈会: 在座谈会上介绍 is no talks held), where one
        // jieba splits is the act and its event (走访|慰问)
        m.cues.retain(|c| {
            ctx.bound(c.0.end)
                || !m
                    .triggers
                    .iter()
                    .any(|t| t.0.start == c.0.start && t.0.end > c.0.end)
        });
        m.cues
            .sort_by_key(|c| (c.0.start, std::cmp::Reverse(c.0.end)));
        // nor a speaker's cue written as the noun of a speech given at an occasion
        // (习近平总书记在全会上的重要讲话: relayed, no one speaks here): after an occasion
        // word of event_words.txt (上的), or one and a word of two characters describing
        // the speech
        let occasion = &m.spans[EventWord::Occasion as usize];
        let at_occasion = |j: usize| ends_at(occasion, j, j.saturating_sub(4));
        for c in &m.cues {
            let k = c.0.start;
            if c.1 == Role::Speaker
                && (at_occasion(k)
                    || k >= 2 && at_occasion(k - 2) && ctx.is_han_at(k - 2) && ctx.is_han_at(k - 1))
            {
                m.occasion_speeches.push(k);
            }
        }
        m.occasion_speeches.sort();
        m.occasion_speeches.dedup();
        let speeches = &m.occasion_speeches;
        m.cues
            .retain(|c| c.1 != Role::Speaker || speeches.binary_search(&c.0.start).is_err());
        // nor is a cue or a trigger inside the name of an organization or place, the
        // name going on past it (检查 of 窦店公安检查站, 中央纪律检查委员会; 会议 of 国际会议
        // 中心). One that ends the name is the body's event as well (出席虹桥国际经济
        // 论坛开幕式).
        let mut names: Vec<Span> = mentions
            .iter()
            .filter(|x| matches!(x.etype, EntityType::Org | EntityType::Place))
            .map(|x| x.span)
            .collect();
        names.sort();
        // (the furthest any name starting at or before each one reaches)
        let reach: Vec<usize> = names
            .iter()
            .scan(0, |r, n| {
                *r = n.end.max(*r);
                Some(*r)
            })
            .collect();
        let inside_a_name = |w: Span| {
            let before = names.partition_point(|n| n.start < w.start);
            let at = names.partition_point(|n| n.start <= w.start);
            before > 0 && reach[before - 1] > w.end
                || names[before..at].iter().any(|n| n.end > w.end)
        };
        m.cues.retain(|c| !inside_a_name(c.0));
        m.triggers.retain(|t| !inside_a_name(t.0));
        // ... or inside the name of a thing or room (会议 of 县委会议室, 慰问 of 慰问电,
        // 调研 of 调研报告)
        let objects = &m.spans[EventWord::Object as usize];
        let in_object = |w: Span| {
            starting_in(
                objects,
                |v| v.start,
                Span::new(w.start.saturating_sub(4), w.start + 1),
            )
            .iter()
            .any(|v| v.start <= w.start && v.end >= w.end && *v != w)
        };
        m.triggers.retain(|t| !in_object(t.0));
        m.cues.retain(|c| !in_object(c.0));
        // A meeting's name written straight onto a post is a body's name (俄联邦安全会议
        // 秘书, 美军参谋长联席会议主席): no meeting. (A word that is also a role cue is
        // an act, not a name: 会见总统尹锡悦.)
        let cue_words: Vec<Span> = m.cues.iter().map(|c| c.0).collect();
        m.triggers.retain(|t| {
            t.1 != EventType::Meeting
                || ctx
                    .starting(t.0.end, |x| matches!(x, Entry::Title))
                    .is_empty()
                || cue_words.contains(&t.0)
        });
        // A visit word after a verb of sending words, in its clause, is the sympathy
        // sent (致以诚挚慰问, 表示慰问, 致慰问电, 转达…的慰问): no visit, and no one's
        // act of visiting.
        let sends = &m.spans[EventWord::Expresses as usize];
        let sent_words = |w: Span| {
            starting_in(
                sends,
                |v| v.start,
                Span::new(w.start.saturating_sub(12), w.start),
            )
            .iter()
            .any(|v| {
                v.end <= w.start && !ctx.text[v.end..w.start].iter().any(|&c| is_clause_end(c))
            })
        };
        let sympathy: Vec<Span> = m
            .triggers
            .iter()
            .filter(|t| t.1 == EventType::Visit && sent_words(t.0))
            .map(|t| t.0)
            .collect();
        m.triggers.retain(|t| !sympathy.contains(&t.0));
        m.cues.retain(|c| !sympathy.contains(&c.0));
        for list in [&mut m.dayparts, &mut m.relatives] {
            list.sort();
        }
        // Quotation marks: “...” and 《...》; a quote never runs past a line end.
        let mut open: Option<char> = None;
        for (i, &c) in ctx.text.iter().enumerate() {
            match (open, c) {
                (None, '“') => open = Some('”'),
                (None, '《') => open = Some('》'),
                (Some(close), c) if c == close || c == '\n' => open = None,
                _ => {}
            }
            if open.is_some() {
                m.quoted[i] = true;
            }
        }
        // (a cue inside a quoted title is part of the title: 纪念《在延安文艺座谈会上的
        // 讲话》发表80周年座谈会)
        let quoted = &m.quoted;
        m.cues.retain(|c| !quoted[c.0.start]);
        m
    }

    /// The words of a kind, sorted.
    fn spans(&self, kind: EventWord) -> &[Span] {
        &self.spans[kind as usize]
    }

    /// Where the words of a kind start, sorted, each position once.
    fn starts(&self, kind: EventWord) -> &[usize] {
        &self.starts[kind as usize]
    }

    /// Is the group word at `h` (两国元首, 双方) the subject of an attendee's cue right
    /// after it, perhaps after 共同 (两国元首共同见证, 双方出席)?
    fn witnessed_by(&self, h: Span) -> bool {
        starting_in(&self.cues, |c| c.0.start, Span::new(h.end, h.end + 3))
            .iter()
            .any(|c| c.1 == Role::Attendee)
    }

    /// Does a word of a kind start at `pos`?
    fn starts_at(&self, kind: EventWord, pos: usize) -> bool {
        self.starts(kind).binary_search(&pos).is_ok()
    }

    /// Does the sentence say its persons attended the day's activities as a whole: an
    /// attendee's cue, perhaps a gap word, then the word (出席活动, 参加了上述活动)?
    fn attends_activities(&self, sent: Span) -> bool {
        let cue_ends = |k: usize| {
            self.cues
                .iter()
                .any(|c| c.0.end == k && c.1 == Role::Attendee && sent.contains(&c.0))
        };
        starting_in(self.starts(EventWord::Activities), |&a| a, sent)
            .iter()
            .any(|&a| {
                cue_ends(a)
                    || self
                        .spans(EventWord::Gap)
                        .iter()
                        .any(|g| g.end == a && cue_ends(g.start))
            })
    }

    /// Does the sentence say its persons attended, with nothing after the cue (市领导贺鑫、
    /// 秦苏良参加。, 陪同): what the sentence before told, all of it?
    fn attends_bare(&self, text: &[char], sent: Span) -> bool {
        starting_in(&self.cues, |c| c.0.start, sent)
            .iter()
            .any(|c| {
                c.1 == Role::Attendee
                    && sent.contains(&c.0)
                    && text
                        .get(c.0.end)
                        .is_none_or(|&ch| is_clause_end(ch) || ch == '\n')
            })
    }

    /// Does a word joining two acts (并, 随后) start inside `span`?
    fn then_within(&self, span: Span) -> bool {
        let thens = self.starts(EventWord::Then);
        let t = thens.partition_point(|&x| x < span.start);
        thens.get(t).is_some_and(|&x| x < span.end)
    }
}

/// The items of a list sorted by start that start inside `span` (binary search, so a
/// long document costs no scan per sentence).
fn starting_in<T>(items: &[T], start_of: impl Fn(&T) -> usize, span: Span) -> &[T] {
    let lo = items.partition_point(|x| start_of(x) < span.start);
    let hi = items.partition_point(|x| start_of(x) < span.end);
    &items[lo..hi.max(lo)]
}

fn is_sentence_end(c: char) -> bool {
    crate::ingest::normalize::ends_a_sentence(c) || c == '\n'
}

fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',' | '；' | ';' | '：' | ':')
}

/// The sentences of a span, without their final punctuation, skipping empty ones.
fn sentences(text: &[char], span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut s = span.start;
    for i in span.start..span.end.min(text.len()) {
        if is_sentence_end(text[i]) {
            if text[s..i].iter().any(|c| !c.is_whitespace()) {
                out.push(Span::new(s, i));
            }
            s = i + 1;
        }
    }
    if span.end > s
        && text[s..span.end.min(text.len())]
            .iter()
            .any(|c| !c.is_whitespace())
    {
        out.push(Span::new(s, span.end.min(text.len())));
    }
    out
}

/// The clause (between commas, semicolons, colons) around position `i`, inside `sent`.
fn clause_at(text: &[char], sent: Span, i: usize) -> Span {
    let mut s = i.min(sent.end);
    while s > sent.start && !is_clause_end(text[s - 1]) {
        s -= 1;
    }
    let mut e = i;
    while e < sent.end && !is_clause_end(text[e]) {
        e += 1;
    }
    Span::new(s, e)
}

/// Read a number of one to four ASCII digits at `i`: (value, end).
fn number_at(text: &[char], i: usize, max: usize) -> Option<(u32, usize)> {
    let mut j = i;
    let mut v = 0u32;
    while j < text.len() && j < i + max && text[j].is_ascii_digit() {
        v = v * 10 + text[j].to_digit(10).unwrap_or(0);
        j += 1;
    }
    if j == i || text.get(j).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((v, j))
}

/// Does the span name a time, a month or a year (5月, 2019年) or a relative date
/// (去年, 此前)?
fn a_time_in(text: &[char], span: Span, marks: &Marks) -> bool {
    (span.start..span.end)
        .any(|i| text[i].is_ascii_digit() && matches!(text.get(i + 1), Some('月' | '年')))
        || !starting_in(&marks.relatives, |r| r.start, span).is_empty()
}

/// Absolute dates in a span: `[YYYY年][M月]D日`, with a range (`至28日`) and a part of
/// the day (`下午`) after it; plus relative dates.
fn dates_in(text: &[char], span: Span, marks: &Marks) -> Vec<DateRef> {
    let mut out = Vec::new();
    let mut i = span.start;
    while i < span.end {
        if !text[i].is_ascii_digit() || (i > 0 && text[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        let mut year = None;
        let mut month = None;
        let mut j = i;
        if let Some((y, e)) = number_at(text, j, 4)
            && e - j == 4
            && text.get(e) == Some(&'年')
        {
            year = Some(y as i32);
            j = e + 1;
        }
        if let Some((m, e)) = number_at(text, j, 2)
            && text.get(e) == Some(&'月')
            && (1..=12).contains(&m)
        {
            month = Some(m);
            j = e + 1;
        }
        let Some((d, e)) = number_at(text, j, 2)
            .filter(|&(d, e)| (1..=31).contains(&d) && text.get(e) == Some(&'日'))
        else {
            i = j.max(i + 1);
            continue;
        };
        let mut end = e + 1;
        // A range: 至28日, 至10月2日, -28日.
        if matches!(text.get(end), Some('至' | '-' | '—' | '到')) {
            let mut k = end + 1;
            if let Some((_, e2)) = number_at(text, k, 2)
                && text.get(e2) == Some(&'月')
            {
                k = e2 + 1;
            }
            if let Some((_, e3)) = number_at(text, k, 2)
                && text.get(e3) == Some(&'日')
            {
                end = e3 + 1;
            }
        }
        if let Some(p) = starting_in(&marks.dayparts, |p| p.start, Span::new(end, end + 1)).first()
        {
            end = p.end;
        }
        out.push(DateRef {
            span: Span::new(start, end),
            relative: false,
            year,
            month,
            day: Some(d),
        });
        i = end;
    }
    for r in starting_in(&marks.relatives, |r| r.start, span) {
        if span.contains(r) {
            let end = starting_in(&marks.dayparts, |p| p.start, Span::new(r.end, r.end + 1))
                .first()
                .map_or(r.end, |p| p.end);
            out.push(DateRef {
                span: Span::new(r.start, end),
                relative: true,
                year: None,
                month: None,
                day: None,
            });
        }
    }
    out.sort_by_key(|d| d.span.start);
    out
}

/// Read the events of a document.
pub fn events(
    ctx: &Context,
    clean: &CleanText,
    layout: &Layout,
    rec: &Recognized,
    reporters: &[String],
    hints: DateHints,
) -> Vec<Event> {
    let text = ctx.text;
    let marks = Marks::new(ctx, &rec.mentions);
    let mut byline_names: Vec<Span> = layout.bylines.iter().map(|b| b.name).collect();
    byline_names.sort();
    let mut persons: Vec<Span> = rec
        .mentions
        .iter()
        .filter(|m| m.etype == EntityType::Person)
        .map(|m| m.span)
        .filter(|s| !s.inside_any(&byline_names))
        .collect();
    persons.sort();
    // A given name alone before an honorific (小兰同志, 小兰、衍志同志) is the person of
    // that full name: a surname of one and a given name of two, named in the text.
    let mut aliases: std::collections::HashMap<Span, String> = std::collections::HashMap::new();
    {
        let mut given: std::collections::HashMap<String, Option<String>> =
            std::collections::HashMap::new();
        for p in &persons {
            let full = clean.written(p.start, p.end);
            let chars: Vec<char> = full.chars().collect();
            if chars.len() == 3 && chars.iter().all(|&c| crate::ingest::normalize::is_han(c)) {
                let g: String = chars[1..].iter().collect();
                let e = given.entry(g).or_insert_with(|| Some(full.clone()));
                // (two people with one given name: neither is meant)
                if e.as_deref() != Some(full.as_str()) {
                    *e = None;
                }
            }
        }
        for &h in marks.starts(EventWord::Honorific) {
            let mut end = h;
            while end >= 2 {
                let span = Span::new(end - 2, end);
                let g: String = text[span.start..span.end].iter().collect();
                let Some(Some(full)) = given.get(&g) else {
                    break;
                };
                // (it opens its clause or stands in a list after a one-character joining
                // word of event_words.txt, 、 or 和: not 文昌 of 向谷文昌同志)
                let listed = span.start > 0
                    && ends_at(marks.spans(EventWord::Joiner), span.start, span.start - 1);
                let opens = span.start == 0
                    || listed
                    || !crate::ingest::normalize::is_han(text[span.start - 1]);
                if !opens
                    || persons
                        .iter()
                        .any(|p| p.start < span.end && span.start < p.end)
                {
                    break;
                }
                aliases.insert(span, full.clone());
                if !listed {
                    break;
                }
                end = span.start - 1;
            }
        }
    }
    persons.extend(aliases.keys().copied());
    persons.sort();
    let mut designation_orgs: Vec<Span> = rec.designations.iter().filter_map(|d| d.org).collect();
    designation_orgs.sort();
    // A person whose name, or name and post, runs straight into a word that relays
    // their thought (习近平新时代…思想, 习近平总书记重要讲话精神) is named, not present.
    let mut title_spans: Vec<Span> = rec
        .mentions
        .iter()
        .filter(|m| m.etype == EntityType::Title)
        .map(|m| m.span)
        .collect();
    title_spans.sort();
    // Some relaying words may come later in the clause (习近平总书记对…工作的重要指示批示
    // 精神) when nothing a participant is read by comes first: no other person, no
    // role cue, no trigger, and not inside quotes or a title in 《》.
    let relayed = |p: Span, sent: Span| {
        let after = starting_in(&title_spans, |t| t.start, Span::new(p.end, p.end + 1))
            .first()
            .map_or(p.end, |t| t.end);
        if marks.starts_at(EventWord::Relayed, after)
            || marks.starts_at(EventWord::RelayedLater, after)
        {
            return true;
        }
        let clause = clause_at(text, sent, p.start);
        // (the person's speech at an occasion, 习近平总书记在全会上的重要讲话, is relayed:
        // an `at` word (在) right after the name or post, and no one else and no cue
        // before the speech)
        let speeches = &marks.occasion_speeches;
        if marks.starts_at(EventWord::At, after)
            && let Some(&w) = speeches[speeches.partition_point(|&w| w < after)..]
                .first()
                .filter(|&&w| w < clause.end)
            && starting_in(&persons, |q| q.start, Span::new(after, w)).is_empty()
            && starting_in(&marks.cues, |c| c.0.start, Span::new(after, w)).is_empty()
        {
            return true;
        }
        let later = marks.starts(EventWord::RelayedLater);
        let Some(&r) = later[later.partition_point(|&r| r < after)..]
            .first()
            .filter(|&&r| r < clause.end && !marks.quoted[r])
        else {
            return false;
        };
        let between = Span::new(p.end, r);
        // (an event named after 向, 为 is the one greeted: 习近平向…国际会议致贺信)
        starting_in(&persons, |q| q.start, between).is_empty()
            && starting_in(&marks.cues, |c| c.0.start, between).is_empty()
            && (starting_in(&marks.triggers, |t| t.0.start, between).is_empty()
                || marks.starts_at(EventWord::Addressee, p.end))
    };
    // A person named inside an invitation or a charge (应…邀请, 受…委托), between the
    // word that opens it and the word that closes it in one clause, invited or
    // entrusted the participants and is not one.
    let inviter = |p: Span, sent: Span| {
        let clause = clause_at(text, sent, p.start);
        let opens = marks.starts(EventWord::OnInvitation);
        let opened = opens[..opens.partition_point(|&o| o < p.start)]
            .last()
            .is_some_and(|&o| o >= clause.start);
        let closes = marks.starts(EventWord::Invitation);
        opened
            && closes[closes.partition_point(|&c| c < p.end)..]
                .first()
                .is_some_and(|&c| c < clause.end)
    };
    let mut orgs_places: Vec<(Span, EntityType)> = rec
        .mentions
        .iter()
        .filter(|m| matches!(m.etype, EntityType::Org | EntityType::Place))
        .map(|m| (m.span, m.etype))
        .collect();
    orgs_places.sort();
    let mut repeats = layout.repeats.clone();
    repeats.sort();
    let name = |s: Span| {
        aliases
            .get(&s)
            .cloned()
            .unwrap_or_else(|| clean.written(s.start, s.end))
    };
    // A year printed on the page with a full date (2024年3月15日).
    // (read only when a date lacks its year and the metadata gives none)
    let page_year_once = std::cell::OnceCell::new();
    let page_year = || {
        *page_year_once.get_or_init(|| {
            dates_in(text, Span::new(0, text.len()), &marks)
                .iter()
                .find(|d| d.year.is_some() && d.month.is_some())
                .and_then(|d| d.year)
        })
    };

    let mut drafts: Vec<Draft> = Vec::new();
    for (ai, art) in layout.articles.iter().enumerate() {
        let body = Span::new(art.headline.map_or(art.span.start, |h| h.end), art.span.end);
        let sents = sentences(text, body);
        // The date the article gives for its day: the first date of its lead.
        // When the lead has none (a page that opens with a site's menu lines), the first
        // date written in the article stands for its day.
        let first_date = |sents: &[Span]| {
            sents
                .iter()
                .find_map(|s| dates_in(text, *s, &marks).into_iter().find(|d| !d.relative))
        };
        let lead_date = first_date(&sents[..sents.len().min(3)]).or_else(|| first_date(&sents));
        let first_of_article = drafts.len();
        let mut current: Option<usize> = None;
        // The events the last sentence with a trigger named (座谈交流并见证签约: two).
        let mut last_named: Vec<usize> = Vec::new();
        // Participants seen before the article's first event.
        // (A trip cue hosts a visit and attends anything else: the name keeps both
        // readings until the event is known.)
        let mut pending: Vec<(String, Option<Role>, Option<Role>)> = Vec::new();
        // Reported speech opened in an earlier sentence (李强表示，…。) runs to the end of
        // its paragraph: where it ends, and who speaks.
        let mut speech: Option<(usize, Span)> = None;
        // The article's talks so far: (trigger, sentence), for 双方 signing after them.
        let mut talks: Vec<(Span, Span)> = Vec::new();
        for sent in sents {
            if sent.inside_any(&repeats) {
                continue;
            }
            if speech.is_some_and(|(end, _)| sent.start >= end) {
                speech = None;
            }
            let cut = starting_in(&marks.cues, |c| c.0.start, sent)
                .iter()
                .filter(|c| c.2 == CueKind::Quote && sent.contains(&c.0))
                .filter(|c| text.get(c.0.end).is_some_and(|&ch| is_clause_end(ch)))
                .map(|c| c.0.start)
                .min()
                .unwrap_or(sent.end);
            // (a speech opened here: the last person before the cue speaks it)
            let opener = if cut < sent.end {
                starting_in(&persons, |p| p.start, Span::new(sent.start, cut))
                    .last()
                    .copied()
            } else {
                None
            };
            // Inside a speech an earlier sentence opened, a person other than the speaker
            // is one the speech tells of (习近平主席同阁下进行了深入沟通), unless they open
            // a speech of their own (…。李四常委提出，…) or a cue of their own that is no
            // speech follows them (…。李四主持会议。).
            // Nor does a cue after a time of its own (…。李四主席5月同甲国总统举行会谈):
            // the speech recalls it.
            let told_of = |p: &Span| {
                speech.is_some_and(|(_, who)| name(who) != name(*p)) && opener != Some(*p) && {
                    let clause = clause_at(text, sent, p.start);
                    starting_in(&marks.cues, |c| c.0.start, Span::new(p.end, clause.end))
                        .first()
                        .is_none_or(|c| {
                            c.2 == CueKind::Quote
                                || a_time_in(text, Span::new(p.end, c.0.start), &marks)
                        })
                }
            };
            let in_sent: Vec<Span> = starting_in(&persons, |p| p.start, sent)
                .iter()
                .copied()
                .filter(|p| sent.contains(p) && p.start < cut && !told_of(p))
                .filter(|p| {
                    !reporters.contains(&name(*p)) && !relayed(*p, sent) && !inviter(*p, sent)
                })
                .collect();
            // (a sentence inside a speech an earlier sentence opened, naming no one who
            // takes part, tells what was said: its event words name no event, 近两年来，
            // 双方积极落实访问成果)
            let said = speech.is_some() && opener.is_none() && in_sent.is_empty();
            if let Some(who) = opener {
                let end = text[cut..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(text.len(), |k| cut + k);
                speech = Some((end, who));
            }
            let mut trigs: Vec<(Span, EventType, bool)> =
                starting_in(&marks.triggers, |t| t.0.start, sent)
                    .iter()
                    .copied()
                    .filter(|(s, _, _)| {
                        !said && sent.contains(s) && s.start < cut && !marks.quoted[s.start]
                    })
                    .collect();
            // a trigger that runs into a post jieba split badly is none (国/会议/长: 会议
            // in 国会议长, where 议长 is read as a post)
            trigs.retain(|(s, _, _)| {
                !starting_in(&title_spans, |t| t.start, Span::new(s.start + 1, s.end))
                    .iter()
                    .any(|t| t.end > s.end)
            });
            // an order signed is no agreement (签署第七八五号国务院令)
            trigs.retain(|(s, etype, _)| {
                *etype != EventType::Signing || {
                    let clause = clause_at(text, sent, s.start);
                    let decrees = marks.starts(EventWord::Decree);
                    let k = decrees.partition_point(|&d| d < s.end);
                    decrees.get(k).is_none_or(|&d| d >= clause.end)
                }
            });
            if trigs.iter().any(|t| !t.2) {
                trigs.retain(|t| !t.2);
            }
            // A trigger written as a time (开幕式后, 会见前) when the sentence names another
            // event: the sentence tells that one (开幕式后,他们参观了展览: a visit only).
            // Alone it stays its event (会谈后表示: they held the talks).
            let timed = |t: &(Span, EventType, bool)| marks.starts_at(EventWord::Around, t.0.end);
            if trigs.iter().any(|t| !timed(t)) {
                trigs.retain(|t| !timed(t));
            }
            // A sentence with neither a person nor a trigger changes nothing (most of
            // them).
            if in_sent.is_empty() && trigs.is_empty() {
                continue;
            }
            // The cue after each person is the sentence's, whatever the trigger; so is
            // the name.
            // A trip cue (前往, 来到) makes its person the host of a visit and an
            // attendee of any other event: the cues are read for both.
            let cued_visit: Vec<Option<Role>> = (0..in_sent.len())
                .map(|i| cue_after(text, sent, i, &in_sent, &marks, true, &[]))
                .collect();
            let cued_other: Vec<Option<Role>> = (0..in_sent.len())
                .map(|i| cue_after(text, sent, i, &in_sent, &marks, false, &[]))
                .collect();
            let names: Vec<String> = in_sent.iter().map(|p| name(*p)).collect();
            let first = (sent.start..sent.end)
                .find(|&k| !text[k].is_whitespace())
                .unwrap_or(sent.end);
            // A sentence opening with 会上 tells what happened at the article's last
            // meeting: its names took part in it, in the roles their cues give
            // (会上，县委书记何斌与…签订了目标责任书).
            let mut during = false;
            if marks.starts_at(EventWord::During, first)
                && let Some(k) = drafts[first_of_article..]
                    .iter()
                    .rposition(|d| d.etype == EventType::Meeting)
            {
                let parts = names
                    .iter()
                    .zip(cued_other.iter())
                    .map(|(n, r)| (n.clone(), r.unwrap_or(Role::Attendee)))
                    .collect();
                add_participants(&mut drafts[first_of_article + k], parts);
                during = true;
                // (and the sentences after it go on telling the meeting)
                if trigs.is_empty() {
                    current = Some(first_of_article + k);
                }
            }
            // Names right before 参会 (a list too: A、B参会) attend the article's last
            // meeting, whatever the sentence goes on to (X参会并陪同调研); a sentence
            // naming a meeting itself, or going on with the meeting being told, gives
            // them their roles in it below.
            let mut attend: Vec<bool> = in_sent
                .iter()
                .map(|p| marks.starts_at(EventWord::AttendsMeeting, p.end))
                .collect();
            if attend.contains(&true)
                && !trigs.iter().any(|t| t.1 == EventType::Meeting)
                && let Some(k) = drafts[first_of_article..]
                    .iter()
                    .rposition(|d| d.etype == EventType::Meeting)
                && current != Some(first_of_article + k)
            {
                for j in (0..in_sent.len().saturating_sub(1)).rev() {
                    attend[j] |=
                        attend[j + 1] && listed_before(text, &marks, in_sent[j], in_sent[j + 1]);
                }
                let parts: Vec<(String, Role)> = names
                    .iter()
                    .zip(&attend)
                    .filter(|(_, a)| **a)
                    .map(|(n, _)| (n.clone(), Role::Attendee))
                    .collect();
                if !parts.is_empty() {
                    add_participants(&mut drafts[first_of_article + k], parts);
                }
            }
            if trigs.is_empty() {
                // A sentence without a trigger: persons with a role cue join the
                // current event, unless it opens by saying it tells what happened
                // beside it (会后, X带领…来到…: not at the meeting), or at the meeting
                // (会上, above: not at a visit told since, 观摩了…项目。会上，X发言).
                if marks.starts_at(EventWord::Aside, first) || during {
                    continue;
                }
                match current {
                    Some(k) => {
                        // (…等出席活动: every event of the article; a bare attendance,
                        // 市领导贺鑫、秦苏良参加。: every event the sentence before named;
                        // else the current one)
                        let targets: Vec<usize> =
                            if marks.attends_activities(sent) && k >= first_of_article {
                                (first_of_article..=k).collect()
                            } else if marks.attends_bare(text, sent) && !last_named.is_empty() {
                                last_named.clone()
                            } else {
                                vec![k]
                            };
                        for t in targets {
                            let d = &mut drafts[t];
                            let cued = if d.etype == EventType::Visit {
                                &cued_visit
                            } else {
                                &cued_other
                            };
                            let with_cue: Vec<(String, Role)> = names
                                .iter()
                                .zip(cued.iter())
                                .filter_map(|(n, r)| r.map(|r| (n.clone(), r)))
                                .collect();
                            add_participants(d, with_cue);
                        }
                    }
                    None => pending.extend(
                        names
                            .into_iter()
                            .zip(cued_visit.iter().zip(cued_other.iter()))
                            .filter(|(_, (v, o))| v.is_some() || o.is_some())
                            .map(|(n, (v, o))| (n, *v, *o)),
                    ),
                }
                continue;
            }
            let dates = dates_in(text, sent, &marks);
            // (the persons of the event told so far, for 双方开展座谈)
            let told_so_far: Vec<String> = current
                .filter(|_| {
                    !starting_in(marks.starts(EventWord::BothSides), |&b| b, sent).is_empty()
                })
                .map(|k| drafts[k].participants.iter().map(|p| p.0.clone()).collect())
                .unwrap_or_default();
            // (the host and the guest of the talks told so far, for 两国元首共同见证签署
            // and 双方共同见证了…的签署)
            let names_heads = !starting_in(marks.spans(EventWord::Heads), |h| h.start, sent)
                .is_empty()
                || starting_in(marks.spans(EventWord::BothSides), |h| h.start, sent)
                    .iter()
                    .any(|h| marks.witnessed_by(*h));
            let heads: Vec<String> = drafts[first_of_article..]
                .iter()
                .rev()
                .filter(|_| names_heads)
                .find(|d| d.etype == EventType::Meeting && !d.participants.is_empty())
                .map(|d| {
                    let ps = &d.participants;
                    // (the first host and the first guest: two leaders; co-hosts, the
                    // first two hosts)
                    let mut hosts = ps.iter().filter(|p| p.1 == Role::Host);
                    let host = hosts.next();
                    let guest = ps
                        .iter()
                        .find(|p| p.1 != Role::Host)
                        .or_else(|| hosts.next());
                    host.into_iter().chain(guest).map(|p| p.0.clone()).collect()
                })
                .unwrap_or_default();
            last_named.clear();
            // A sentence naming no one that opens with the visiting group (调研组一行到
            // 镇里召开座谈会; after a word of time, 最后，调研组…): the hosts of the
            // article's visit lead it.
            let group_opens = starting_in(
                marks.starts(EventWord::Delegation),
                |&g| g,
                Span::new(first, (first + 7).min(sent.end)),
            )
            .first()
            .copied();
            // ... and so does one naming only the partners of the group's talks (观摩团与
            // 兴县县委书记王志东、县长刘海平进行了座谈交流): they are received.
            let group_partners = group_opens.is_some_and(|g| {
                in_sent.first().is_some_and(|p| {
                    p.start > g
                        && !text[g..p.start].iter().any(|&c| is_clause_end(c))
                        && !starting_in(
                            marks.starts(EventWord::Partner),
                            |&w| w,
                            Span::new(g + 1, p.start),
                        )
                        .is_empty()
                })
            });
            let group_leaders: Vec<String> =
                if (in_sent.is_empty() || group_partners) && group_opens.is_some() {
                    visit_leaders(&drafts[first_of_article..])
                } else {
                    Vec::new()
                };
            for &(tspan, etype, _) in &trigs {
                if etype == EventType::Meeting {
                    talks.push((tspan, sent));
                }
                // A date of its own: the last one before the trigger in its sentence. A
                // relative one gives no date but does not separate events either.
                let own = dates
                    .iter()
                    .rev()
                    .find(|d| d.span.end <= tspan.start)
                    .copied();
                let (date, own_date) = match own {
                    Some(d) if d.relative => (None, false),
                    Some(d) => (Some(d), true),
                    None => (lead_date.filter(|d| !d.relative), false),
                };
                // A bare 仪式 is the article's ceremony already named (签约仪式上 ...
                // 主持仪式), whatever its type.
                let bare_rite = marks.spans(EventWord::Rite).binary_search(&tspan).is_ok();
                let rite = drafts[first_of_article..]
                    .iter()
                    .rposition(|d| bare_rite && d.rite);
                let names_rite = ends_at(marks.spans(EventWord::Rite), tspan.end, tspan.start);
                let k = match rite.or_else(|| {
                    drafts[first_of_article..].iter().rposition(|d| {
                        // (a date of its own that is another day than the one an
                        // earlier event took from the lead is another event: 座谈 on
                        // the 22nd, a meeting 11月23日)
                        d.etype == etype
                            && (!own_date || d.date.is_none() || same_date(text, d.date, date))
                    })
                }) {
                    Some(p) => first_of_article + p,
                    // An event named inside a welcome or thanks for it (对各代表团来参加
                    // 花博会开幕式表示欢迎) is what the guests came for: no event of its
                    // own, only one the article already told.
                    None if welcomed_for(text, sent, tspan, &marks) => continue,
                    None => {
                        drafts.push(Draft {
                            etype,
                            trigger: tspan,
                            date,
                            own_date,
                            participants: Vec::new(),
                            seen: std::collections::HashMap::new(),
                            parties: Vec::new(),
                            place: None,
                            article: ai,
                            rite: false,
                        });
                        drafts.len() - 1
                    }
                };
                // a visiting group received (会见了代表团一行): the leaders of the
                // article's visit attend the meeting
                let received_group = if etype == EventType::Meeting
                    && starting_in(
                        marks.starts(EventWord::Delegation),
                        |&g| g,
                        Span::new(tspan.end, tspan.end + 3),
                    )
                    .iter()
                    .any(|&g| text[tspan.end..g].iter().all(|&c| !is_clause_end(c)))
                {
                    visit_leaders(&drafts[first_of_article..])
                } else {
                    Vec::new()
                };
                let d = &mut drafts[k];
                d.rite |= names_rite;
                if own_date && !d.own_date {
                    d.date = date;
                    d.own_date = true;
                }
                // (with triggers of another type in the sentence, the cues they are
                // name those events, not this one's roles)
                let others: Vec<Span> =
                    trigs.iter().filter(|t| t.1 != etype).map(|t| t.0).collect();
                let own_cued: Vec<Option<Role>>;
                let cued = if !others.is_empty() {
                    own_cued = (0..in_sent.len())
                        .map(|i| {
                            cue_after(
                                text,
                                sent,
                                i,
                                &in_sent,
                                &marks,
                                etype == EventType::Visit,
                                &others,
                            )
                        })
                        .collect();
                    &own_cued
                } else if etype == EventType::Visit {
                    &cued_visit
                } else {
                    &cued_other
                };
                // (where the leaders who witness the event word may stand)
                let witness_window =
                    Span::new(tspan.start.saturating_sub(WITNESS_REACH), tspan.start);
                let parts: Vec<(String, Role)> = (0..in_sent.len())
                    .map(|i| {
                        let p = in_sent[i];
                        // (one who welcomes the next person of the clause to a visit
                        // does not make it: 习近平欢迎马克龙来华进行国事访问)
                        let welcomes = etype == EventType::Visit
                            && in_sent.get(i + 1).is_some_and(|q| {
                                q.end <= tspan.start
                                    && clause_at(text, sent, p.start).contains(q)
                                    && !starting_in(
                                        marks.spans(EventWord::Welcomes),
                                        |w| w.start,
                                        Span::new(p.end, q.start),
                                    )
                                    .is_empty()
                            });
                        let role = if welcomes {
                            cued[i]
                                .filter(|r| *r != Role::Host)
                                .unwrap_or(Role::Attendee)
                        } else {
                            cued[i]
                                .or_else(|| subject_role(text, sent, p, tspan, etype))
                                .unwrap_or(Role::Attendee)
                        };
                        // (the one person of the sentence, a later clause going on to a
                        // visit, 出席…典礼，并视察…, makes it)
                        let goes_on_to_visit = etype == EventType::Visit
                            && in_sent.len() == 1
                            && p.end <= tspan.start
                            && !clause_at(text, sent, p.start).contains(&tspan)
                            && marks
                                .then_within(Span::new(tspan.start.saturating_sub(2), tspan.start));
                        let role = if goes_on_to_visit { Role::Host } else { role };
                        let role = if group_partners && role == Role::Host {
                            Role::Attendee
                        } else {
                            role
                        };
                        (names[i].clone(), role)
                    })
                    .chain(group_leaders.iter().map(|n| (n.clone(), Role::Host)))
                    .chain(
                        // 双方 as the subject of talks or a signing: both sides host it
                        (etype != EventType::Visit
                            && starting_in(
                                marks.spans(EventWord::BothSides),
                                |w| w.start,
                                Span::new(tspan.start.saturating_sub(6), tspan.start),
                            )
                            .iter()
                            .any(|w| {
                                // (opening its clause: not 代表双方签署; witnessing it
                                // is attending it: below)
                                w.start >= sent.start
                                    && !marks.witnessed_by(*w)
                                    && text[clause_at(text, sent, w.start).start..w.start]
                                        .iter()
                                        .all(|c| c.is_whitespace())
                                    && text[w.end.min(tspan.start)..tspan.start]
                                        .iter()
                                        .all(|&c| !is_clause_end(c))
                            }))
                        .then(|| told_so_far.iter().map(|n| (n.clone(), Role::Host)))
                        .into_iter()
                        .flatten(),
                    )
                    .chain(
                        // 两国元首 opening the clause of the event word: the leaders of
                        // the talks attend it; so do 两国元首 or 双方 who witness it,
                        // however long what they witnessed (双方共同见证了…文件的签署)
                        starting_in(marks.spans(EventWord::Heads), |h| h.start, witness_window)
                            .iter()
                            .chain(
                                starting_in(
                                    marks.spans(EventWord::BothSides),
                                    |h| h.start,
                                    witness_window,
                                )
                                .iter()
                                .filter(|h| marks.witnessed_by(**h)),
                            )
                            .any(|h| {
                                h.start >= sent.start
                                    && h.end <= tspan.start
                                    && (tspan.start - h.end <= 8 || marks.witnessed_by(*h))
                                    && text[clause_at(text, sent, h.start).start..h.start]
                                        .iter()
                                        .all(|c| c.is_whitespace())
                                    && text[h.end..tspan.start].iter().all(|&c| !is_clause_end(c))
                            })
                            .then(|| heads.iter().map(|n| (n.clone(), Role::Attendee)))
                            .into_iter()
                            .flatten(),
                    )
                    .chain(received_group.into_iter().map(|n| (n, Role::Attendee)))
                    .collect();
                add_participants(d, parts);
                if etype == EventType::Signing {
                    let (found, by_signers) = parties(
                        text,
                        sent,
                        tspan,
                        &orgs_places,
                        &designation_orgs,
                        &rec.designations,
                        &marks,
                    );
                    let named_before = !d.parties.is_empty();
                    // 双方 signing with no party named (会谈前，双方签署了…): the two
                    // joined in the sentence of the article's talks before it (省政府与
                    // 某集团举行工作会谈) signed.
                    let only_signers = found.iter().all(|p| by_signers.contains(p));
                    let found = if only_signers
                        && !named_before
                        && both_sides_before(text, sent, tspan, &marks)
                    {
                        talks
                            .iter()
                            .rev()
                            .filter(|(t, _)| t.end <= tspan.start)
                            .map(|&(t, s)| {
                                parties(
                                    text,
                                    s,
                                    t,
                                    &orgs_places,
                                    &designation_orgs,
                                    &rec.designations,
                                    &marks,
                                )
                                .0
                            })
                            // (a pair of organizations, not one body opening the
                            // clause, nor a venue and a country: 在钓鱼台国宾馆同印度
                            // 尼西亚总统举行会谈)
                            .find(|f| {
                                f.len() >= 2
                                    && f.iter().all(|p| {
                                        orgs_places
                                            .iter()
                                            .any(|o| o.0 == *p && o.1 == EntityType::Org)
                                    })
                            })
                            .unwrap_or(found)
                    } else {
                        found
                    };
                    for party in found
                        .into_iter()
                        .filter(|p| !(named_before && by_signers.contains(p)))
                    {
                        let n = name(party);
                        if !d.parties.contains(&n) {
                            d.parties.push(n);
                        }
                    }
                }
                if d.place.is_none() {
                    d.place = place_in(sent, &orgs_places, &marks);
                }
                // (a ceremony inside the article's meeting, written as an act, 颁奖, in
                // a sentence that names no one, 县领导为先进个人颁奖, is a moment of the
                // meeting: the sentences after it go on telling the meeting)
                let moment = in_sent.is_empty()
                    && drafts[k].etype == EventType::Ceremony
                    && ctx.token(tspan.start).is_some_and(|(ts, te, t)| {
                        ts == tspan.start && te == tspan.end && t.starts_with('v')
                    })
                    && current.is_some_and(|c| {
                        c != k && c >= first_of_article && drafts[c].etype == EventType::Meeting
                    });
                if !moment {
                    current = Some(k);
                }
                if !last_named.contains(&k) {
                    last_named.push(k);
                }
            }
            if let Some(k) = current
                && !pending.is_empty()
            {
                let visit = drafts[k].etype == EventType::Visit;
                let p = std::mem::take(&mut pending)
                    .into_iter()
                    .filter_map(|(n, v, o)| if visit { v } else { o }.map(|r| (n, r)))
                    .collect();
                add_participants(&mut drafts[k], p);
            }
        }
    }

    drafts
        .into_iter()
        .filter(|d| !d.participants.is_empty() || !d.parties.is_empty())
        .map(|mut d| {
            // A place is a party only when the text names no organization of it: drop
            // 衢江区 when 衢江区人民政府 signed too.
            // Nor is a body named again by its level alone: drop 县人民政府 when 云溪县人民政府
            // signed.
            let all = d.parties.clone();
            let level_short = |p: &str, q: &str| {
                q.len() > p.len()
                    && q.ends_with(p)
                    && p.chars()
                        .next()
                        .is_some_and(|c| ctx.lex.level_chars.contains(&c))
            };
            d.parties.retain(|p| {
                !all.iter()
                    .any(|q| q != p && (q.starts_with(p.as_str()) || level_short(p, q)))
            });
            d
        })
        .map(|d| {
            let (start, end) = clean.to_original(d.trigger.start, d.trigger.end);
            let date_text = d
                .date
                .filter(|x| !x.relative)
                .map(|x| clean.written(x.span.start, x.span.end));
            let date_iso = d.date.filter(|x| !x.relative).and_then(|x| {
                let year = x
                    .year
                    .or(hints.meta_year)
                    .or_else(page_year)
                    .or(hints.year)?;
                let month = x.month.or(hints.meta_month)?;
                Some(format!("{year:04}-{month:02}-{:02}", x.day?))
            });
            Event {
                etype: d.etype,
                trigger: clean.written(d.trigger.start, d.trigger.end),
                date: date_text,
                date_iso,
                participants: d
                    .participants
                    .into_iter()
                    .map(|(name, role)| Participant { name, role })
                    .collect(),
                parties: d.parties,
                place: d.place.map(|p| clean.written(p.start, p.end)),
                article: d.article,
                start,
                end,
            }
        })
        .collect()
}

fn same_date(text: &[char], a: Option<DateRef>, b: Option<DateRef>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            (x.month, x.day) == (y.month, y.day)
                || text[x.span.start..x.span.end] == text[y.span.start..y.span.end]
        }
        (None, None) => true,
        _ => false,
    }
}

/// Does the event word at `t` stand inside a welcome or a thanks for it, between a word
/// naming whom it is for (对, 向) and a verb of sending words (表示) in its clause
/// (对各代表团来参加开幕式表示欢迎)?
fn welcomed_for(text: &[char], sent: Span, t: Span, marks: &Marks) -> bool {
    let clause = clause_at(text, sent, t.start);
    !starting_in(
        marks.starts(EventWord::Addressee),
        |&a| a,
        Span::new(clause.start, t.start),
    )
    .is_empty()
        && !starting_in(
            marks.spans(EventWord::Expresses),
            |e| e.start,
            Span::new(t.end, clause.end),
        )
        .is_empty()
}

/// The hosts of the first visit among `drafts` (the leaders of a visiting group).
fn visit_leaders(drafts: &[Draft]) -> Vec<String> {
    drafts
        .iter()
        .find(|d| d.etype == EventType::Visit)
        .map(|d| {
            d.participants
                .iter()
                .filter(|p| p.1 == Role::Host)
                .map(|p| p.0.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn add_participants(d: &mut Draft, parts: Vec<(String, Role)>) {
    for (name, role) in parts {
        match d.seen.get(&name) {
            Some(&k) => {
                let p = &mut d.participants[k];
                if role.rank() > p.1.rank() {
                    p.1 = role;
                }
            }
            None => {
                d.seen.insert(name.clone(), d.participants.len());
                d.participants.push((name, role));
            }
        }
    }
}

/// The cue of X in X对Y…: the clause's speech closing it (X对Y一行来考察表示欢迎:
/// 表示), else the first cue after Y (X向Y汇报了…). `y` is the addressee.
fn addressers_cue(
    y: Span,
    clause: Span,
    marks: &Marks,
    mine: &dyn Fn(&&(Span, Role, CueKind)) -> bool,
) -> Option<Span> {
    let rest = starting_in(&marks.cues, |c| c.0.start, Span::new(y.end, clause.end));
    let rest = rest
        .iter()
        .filter(|c| c.0.end <= clause.end)
        .filter(|c| mine(c));
    rest.clone()
        .rfind(|c| c.2 == CueKind::Quote)
        .or_else(|| rest.clone().next())
        .map(|c| c.0)
}

/// The strongest role cue written after the `i`th person of a sentence (`persons`,
/// sorted) in its clause, before the next person. Trip cues (前往) host only a
/// `visit` (`visit` says whether the event is one).
#[allow(clippy::too_many_arguments)]
/// The most characters between a partner preposition (与, 同, 跟) and the partner's
/// name: a post, perhaps with a foreign city and its office (同菲律宾卡加延市市长埃马诺:
/// nine).
const PARTNER_REACH: usize = 12;

fn cue_after(
    text: &[char],
    sent: Span,
    i: usize,
    persons: &[Span],
    marks: &Marks,
    visit: bool,
    others: &[Span],
) -> Option<Role> {
    // (a cue that is another event's trigger names that event, not this one's role:
    // 座谈交流并见证签约 hosts the talks, not the signing)
    let mine = |c: &&(Span, Role, CueKind)| {
        !others
            .iter()
            .any(|o| o.start < c.0.end && c.0.start < o.end)
    };
    // (for any other event, going there is attending it: 来到会场; and the leader of
    // a group, X一行, leads a visit but only attends the meeting or signing the group
    // came to: 对X一行的到来表示欢迎)
    let cue_role = |c: &(Span, Role, CueKind)| {
        if matches!(c.2, CueKind::Trip | CueKind::Group) && !visit {
            Role::Attendee
        } else {
            c.1
        }
    };
    let p = persons[i];
    let clause = clause_at(text, sent, p.start);
    // (a pronoun opening the next clause of the sentence, and a speaker's cue straight
    // after it, is the cue of the person who opens the clause before when that clause
    // names no event and no one else: 唐志远对工作给予肯定，他指出 is 唐志远's speech;
    // in 结束对俄罗斯的访问，他表示 the visit is theirs, and in 韩正转达了彭丽媛的问候，
    // 他表示 the speaker is not 彭丽媛)
    let alone = !persons[..i].iter().any(|q| clause.contains(q))
        && persons.get(i + 1).is_none_or(|q| q.start > clause.end);
    let opens_next = clause.end + 1;
    let after_pronoun = starting_in(
        marks.spans(EventWord::Pronoun),
        |w| w.start,
        Span::new(opens_next, opens_next + 1),
    )
    .first()
    .map(|w| w.end);
    let reach = after_pronoun
        .filter(|_| {
            alone
                && opens_next < sent.end
                && starting_in(&marks.triggers, |t| t.0.start, clause).is_empty()
        })
        .and_then(|w| {
            starting_in(&marks.cues, |c| c.0.start, Span::new(w, w + 1))
                .iter()
                .filter(|c| c.1 == Role::Speaker)
                .map(|c| c.0.end)
                .max()
        })
        .unwrap_or(clause.end);
    let next = persons.get(i + 1).map_or(reach, |q| q.start).min(reach);
    // Visited at home: a home word after the name, or after the list it is in (到A村
    // 张三、B村李四等群众家中慰问), with no cue between, makes the name one visited, who
    // attends; the visit is the visitor's.
    let homes = marks.starts(EventWord::Home);
    let visited = homes[homes.partition_point(|&h| h < p.end)..]
        .first()
        .filter(|&&h| h < clause.end)
        .is_some_and(|&h| {
            if !starting_in(&marks.cues, |c| c.0.start, Span::new(p.end, h)).is_empty() {
                return false;
            }
            let mut last = p;
            for q in persons[i + 1..].iter().take_while(|q| q.end <= h) {
                if !listed_before(text, marks, last, *q) {
                    return false;
                }
                last = *q;
            }
            let tail = &text[last.end..h];
            tail.is_empty() || tail[0] == '等' && tail.len() <= 6
        });
    if visited {
        return Some(Role::Attendee);
    }
    // Led, not leading: a name listed after another (`、`) in the same clause with no
    // cue between them, before a group cue (`X、Y、Z一行`: only X leads; in
    // `A与B一行座谈`, B leads B's group).
    let led = i > 0 && {
        let q = persons[i - 1];
        clause.contains(&q)
            && text[q.end..p.start].contains(&'、')
            && starting_in(&marks.cues, |c| c.0.start, Span::new(q.end, p.start)).is_empty()
    };
    // The guest a meeting's host cue before the name received leads no event of the
    // host's (市委书记韩立明会见了谭铁牛一行: 谭铁牛's group was received; not 来我市考察的
    // 王强一行, who leads the visit).
    // ... and so is the visited (走访慰问了A、B: the persons visited attend): the head of
    // the list the name is in stands right after the host's cue.
    let mut head = i;
    while head > 0 && {
        let (q, r) = (persons[head - 1], persons[head]);
        clause.contains(&q)
            && text[q.end..r.start].contains(&'、')
            && starting_in(&marks.cues, |c| c.0.start, Span::new(q.end, r.start)).is_empty()
    } {
        head -= 1;
    }
    let received = {
        let from = head
            .checked_sub(1)
            .map_or(clause.start, |k| persons[k].end.max(clause.start));
        starting_in(
            &marks.cues,
            |c| c.0.start,
            Span::new(from, persons[head].start),
        )
        .iter()
        .any(|c| {
            c.0.end <= persons[head].start
                && c.1 == Role::Host
                && c.2 == CueKind::Plain
                && starting_in(&marks.triggers, |t| t.0.start, c.0)
                    .iter()
                    .any(|t| {
                        t.0.start == c.0.start
                            && (t.1 == EventType::Meeting
                                // (a visit word and 的 describe the guest: 来我市考察的王强
                                // 一行 leads the visit)
                                || t.1 == EventType::Visit
                                    && !text[c.0.end..persons[head].start].contains(&'的'))
                    })
        })
    };
    // (a group cue read for someone led is no lead of theirs, nor a lead cue for a
    // guest received: 会见X率领的代表团)
    let role_of = |c: &(Span, Role, CueKind)| {
        if c.2 == CueKind::Group && (led || received) || c.2 == CueKind::Lead && received {
            Role::Attendee
        } else {
            cue_role(c)
        }
    };
    // (what those the person listened to did is not the person's: 听取…工作汇报)
    let heard_from = starting_in(
        marks.starts(EventWord::Listens),
        |&l| l,
        Span::new(p.end, next),
    )
    .first()
    .map_or(next, |&l| l);
    // (... up to a word joining the listener's next act: 听取意见并讲话 spoke)
    let heard_until = starting_in(
        marks.starts(EventWord::Then),
        |&t| t,
        Span::new(heard_from, next),
    )
    .first()
    .map_or(next, |&t| t);
    // (in X对Y一行来考察表示欢迎 the cue that is X's, below, is not Y's)
    let xs_cue = i
        .checked_sub(1)
        .map(|k| persons[k])
        .filter(|x| clause.contains(x) && marks.starts_at(EventWord::Addressee, x.end))
        .and_then(|_| addressers_cue(p, clause, marks, &mine));
    // X与Y举行会谈, X同议长Y会晤: the talks are the subject's to host; the partner
    // after 与, 同 or 跟 (at most `PARTNER_REACH` characters before the name, a post
    // between: 同菲律宾卡加延市市长埃马诺) is received. (Only for the cues of talks:
    // 共同主持 has two hosts.)
    // (The subject may stand in an earlier clause of the sentence: 委员长X…会见总理A，
    // 同议长B举行会谈: B is received too; but only one in the clause is the subject of
    // the talks.)
    let partner_of = |k: usize, same_clause: bool, word: EventWord| {
        k > 0
            && persons.get(k).is_some_and(|y| {
                let x = persons[k - 1];
                (clause.contains(&x) || !same_clause && sent.contains(&x))
                    && clause.contains(y)
                    && starting_in(marks.starts(word), |&w| w, Span::new(x.end, y.start))
                        .iter()
                        .any(|&w| {
                            // (a description ending in 的 may stand between the word and
                            // the post: 同来华进行正式访问的某国总理卡里姆)
                            let after = text[w..y.start]
                                .iter()
                                .rposition(|&c| c == '的')
                                .filter(|_| w >= clause.start)
                                .map_or(w, |k| w + k + 1);
                            y.start - after <= PARTNER_REACH
                                && starting_in(
                                    &marks.cues,
                                    |c| c.0.start,
                                    Span::new(after, y.start),
                                )
                                .is_empty()
                        })
            })
    };
    // ... and a name the preposition opens its clause with, before anyone, is the
    // partner of a subject named after it (同布朗利会谈时，赵乐际表示)
    let fronted = !persons[..i].iter().any(|q| clause.contains(q))
        && starting_in(
            marks.starts(EventWord::Partner),
            |&w| w,
            Span::new(clause.start, p.start),
        )
        .iter()
        .any(|&w| {
            w == clause.start
                && p.start - w <= PARTNER_REACH
                && starting_in(&marks.cues, |c| c.0.start, Span::new(w, p.start)).is_empty()
        });
    let partnered = fronted || partner_of(i, false, EventWord::Partner);
    // A meeting's cue written as a time (会见时作了讲话) is no act of the person's when
    // another cue follows it before `until` (reported speech counting only when
    // `speech` says so); a visit's is (考察时提出: they made the visit).
    let as_time = |c: &(Span, Role, CueKind), until: usize, speech: bool| {
        marks.starts_at(EventWord::While, c.0.end)
            && !starting_in(&marks.triggers, |t| t.0.start, c.0)
                .iter()
                .any(|t| t.0 == c.0 && t.1 == EventType::Visit)
            && starting_in(&marks.cues, |d| d.0.start, Span::new(c.0.end, until))
                .iter()
                .any(|d| speech || d.2 != CueKind::Quote)
    };
    let cues: Vec<&(Span, Role, CueKind)> =
        starting_in(&marks.cues, |c| c.0.start, Span::new(p.end, next))
            .iter()
            .filter(|c| c.0.end <= next && (c.0.start < heard_from || c.0.start >= heard_until))
            .filter(mine)
            .filter(|c| Some(c.0) != xs_cue)
            // (speech written before 的 describes what was said before: 习近平主席提出的
            // 倡议)
            .filter(|c| c.2 != CueKind::Quote || text.get(c.0.end) != Some(&'的'))
            .filter(|c| partnered || !as_time(c, next, true))
            .collect();
    // A cue written straight after an attendee's cue is what was attended, not what
    // the person did (参加会谈, 陪同考察, 出席了会见: attendee; 出席并讲话: speaker); so is
    // an event word further on that names what was attended (出席第十五次会晤), unless
    // a word joining two acts comes first (出席活动并会见).
    let attends = |prev: &(Span, Role, CueKind), cur: &(Span, Role, CueKind)| {
        let gap = Span::new(prev.0.end, cur.0.start.max(prev.0.end));
        // (not when the gap names the event attended and a time around it: 出席峰会期间
        // 会见朔尔茨 met him)
        let names_the_event = !starting_in(&marks.triggers, |t| t.0.start, cur.0).is_empty()
            && !text[gap.start..gap.end].iter().any(|&c| is_clause_end(c))
            && !marks.then_within(gap)
            && starting_in(marks.starts(EventWord::Around), |&a| a, gap).is_empty();
        // (a group's end is no attendee's cue: 对代表团一行表示欢迎 speaks)
        cue_role(prev) == Role::Attendee
            && prev.2 != CueKind::Group
            && (gap.is_empty()
                || marks.spans(EventWord::Gap).binary_search(&gap).is_ok()
                || names_the_event)
    };
    // (a cue written straight onto one attended is part of what was attended too:
    // 陪同督导检查, where 督导 is attended and 检查 goes with it)
    let mut attended_at = vec![false; cues.len()];
    for k in 1..cues.len() {
        attended_at[k] = attends(cues[k - 1], cues[k])
            || attended_at[k - 1] && cues[k].0.start == cues[k - 1].0.end;
    }
    let attended = |k: usize| attended_at[k];
    // ... and what the group does after the cue (一行到某地走访慰问) is the leader's
    let group_at = cues.iter().position(|c| c.2 == CueKind::Group);
    let talks = |c: &(Span, Role, CueKind)| {
        c.1 == Role::Host
            && starting_in(
                &marks.triggers,
                |t| t.0.start,
                Span::new(c.0.start, c.0.end + 3),
            )
            .iter()
            .any(|t| t.1 == EventType::Meeting && (t.0.start == c.0.start || t.0.start == c.0.end))
    };
    // (talks that are another event's trigger host that event, not this one: 与Y举行会谈，
    // 双方签订…: the signing is attended)
    let subject_of_talks = partner_of(i + 1, true, EventWord::Partner)
        && persons.get(i + 1).is_some_and(|y| {
            starting_in(&marks.cues, |c| c.0.start, Span::new(y.end, clause.end))
                .iter()
                .any(|c| c.0.end <= clause.end && talks(c) && mine(&c))
        });
    // X为Y举行欢迎仪式: the event held for Y is X's to host (an event word at most four
    // characters after the word of holding: 举行隆重欢迎仪式).
    let holds_for = partner_of(i + 1, true, EventWord::Addressee)
        && persons.get(i + 1).is_some_and(|y| {
            starting_in(
                marks.spans(EventWord::HoldsFor),
                |h| h.start,
                Span::new(y.end, clause.end),
            )
            .iter()
            .any(|h| {
                let near = Span::new(h.end, (h.end + 5).min(clause.end));
                !starting_in(&marks.triggers, |t| t.0.start, near).is_empty()
            })
        });
    // (after a time of talks, 与Y会晤时表示, what is said is the subject's, not the
    // partner's)
    let time_end = starting_in(&marks.cues, |c| c.0.start, Span::new(p.end, next))
        .iter()
        .find(|c| marks.starts_at(EventWord::While, c.0.end))
        .map(|c| c.0.end);
    let own = (0..cues.len())
        .filter(|&k| !attended(k))
        .filter(|&k| !(partnered && time_end.is_some_and(|w| cues[k].0.start >= w)))
        .map(|k| {
            if led && group_at.is_some_and(|g| k >= g) && cue_role(cues[k]) == Role::Host
                || partnered && talks(cues[k])
            {
                Role::Attendee
            } else {
                role_of(cues[k])
            }
        })
        .chain((subject_of_talks || holds_for).then_some(Role::Host))
        // with no cue before it, listening to reports is chairing (X听取…工作汇报, and
        // X听取…汇报并讲话)
        .chain(
            (heard_from < next && cues.iter().all(|c| c.0.start >= heard_from))
                .then_some(Role::Host),
        )
        .max_by_key(|r| r.rank());
    // The clauses after its own that name no one go on telling what the person did
    // (X来到A，看望B，并主持召开座谈会: X chaired), up to reported speech: a host's cue
    // there that names no event itself (主持, 率队; not 会见, 考察, which may be another
    // event of a list: X出席了典礼；会见了Y) is theirs too. Not after speech (X强调，要
    // 加强督导) nor after a cue that is only the names' (Y陪同下，…考察: the visit is
    // someone else's).
    let goes_on = next == clause.end
        && cues
            .iter()
            .all(|c| !matches!(c.2, CueKind::Quote | CueKind::Own));
    let own = own.map(|r| {
        if !goes_on {
            return r;
        }
        let until = persons
            .get(i + 1)
            .map_or(sent.end, |q| q.start)
            .min(sent.end);
        let chairs = starting_in(&marks.cues, |c| c.0.start, Span::new(next, until))
            .iter()
            .filter(mine)
            .filter(|c| c.0.end <= until)
            .take_while(|c| c.2 != CueKind::Quote)
            .any(|c| {
                c.1 == Role::Host
                    && matches!(c.2, CueKind::Plain | CueKind::Lead)
                    && starting_in(&marks.triggers, |t| t.0.start, c.0).is_empty()
            });
        if chairs { Role::Host } else { r }
    });
    // A name in a list (`X、Y、Z等出席`, `A,B,C出席`) takes the cue after the list: the
    // first cue after it in the sentence, when no other cue came between.
    // A cue that is only the names' right before it (陪同下) is not the cue of a name
    // with `在` between them when another cue follows (A在B和C陪同下考察: A made the
    // visit); the shorter cues read at the same place (陪同) are skipped with it. With
    // no other cue, A still took part (A在B陪同下检阅仪仗队: attendee).
    own.or_else(|| {
        // X对Y一行来胶考察表示欢迎: the cues after Y (来, 考察) are Y's; X's is the
        // clause's speech (表示) closing it, else the first cue after Y (X向Y汇报了…)
        if marks.starts_at(EventWord::Addressee, p.end)
            && let Some(q) = persons.get(i + 1).filter(|q| q.end <= clause.end)
        {
            return addressers_cue(*q, clause, marks, &mine)
                .and_then(|c| marks.cues.iter().find(|x| x.0 == c))
                .map(cue_role);
        }
        let after = starting_in(&marks.cues, |c| c.0.start, Span::new(p.end, sent.end));
        let not_mine = |c: &(Span, Role, CueKind)| {
            after.iter().any(|o| {
                o.2 == CueKind::Own
                    && o.0.start == c.0.start
                    && !starting_in(
                        marks.spans(EventWord::At),
                        |a| a.start,
                        Span::new(p.end, o.0.start),
                    )
                    .is_empty()
            })
        };
        // (the group of a partner named after the list is not the list's: in
        // X、Y与Z一行座谈, 一行 is Z's)
        let partners_group = |c: &(Span, Role, CueKind)| {
            c.2 == CueKind::Group
                && persons.iter().any(|q| {
                    q.start >= p.end
                        && q.end == c.0.start
                        && !starting_in(
                            marks.starts(EventWord::Partner),
                            |&w| w,
                            Span::new(p.end, q.start),
                        )
                        .is_empty()
                })
        };
        // (a list's cue written as a time is skipped when an act of its own follows in
        // the clause: 来宾代表A、B会见时作了讲话 spoke. Reported speech after it is read
        // below, not here: X与Y会谈时表示 held the talks.)
        let listed = |c: &&(Span, Role, CueKind)| {
            c.0.end <= sent.end
                && c.2 != CueKind::Quote
                && mine(c)
                && !partners_group(c)
                && !as_time(c, clause_at(text, sent, c.0.start).end, false)
        };
        let first = after
            .iter()
            .position(|c| listed(&c) && !not_mine(c))
            .or_else(|| after.iter().position(|c| listed(&c)))?;
        // The list's whole predicate is each name's (A和B出席签约仪式并致辞: both spoke):
        // the cues after the first in its clause, up to the next name, that a word
        // joining two acts brings in (并, 随后), each not what the one before it
        // attended; after a group cue, a name led leads nothing. Only in the clause the
        // list ends in, and without the joining word a later cue may be no act of
        // theirs (介绍调研成果).
        let joined = |a: &(Span, Role, CueKind), b: &(Span, Role, CueKind)| {
            marks.then_within(Span::new(a.0.end, b.0.start.max(a.0.end)))
        };
        let c0 = &after[first];
        let c0_clause = clause_at(text, sent, c0.0.start);
        // A name followed by words of its own, not a list mark, borrows no cue from a
        // later clause that names someone else first (市委书记林峰致新春贺词，市长钟华
        // 主持: 钟华 chaired). (A later clause naming no one goes on with its
        // predicate: X作出重要指示，…，31日主持召开会议.)
        // (a list mark is a joining word of event_words.txt, a comma, or 等 closing
        // the list)
        let own_words = text
            .get(p.end)
            .is_some_and(|&ch| !is_clause_end(ch) && ch != '等')
            && !starts_at(marks.spans(EventWord::Joiner), p.end);
        // (the someone opens their clause: not 将与Y举行会谈, where the preposition
        // makes Y X's partner)
        let someone_between = persons.iter().any(|q| {
            q.start >= clause.end && q.end <= c0.0.start && {
                let opening = clause_at(text, sent, q.start);
                !text[opening.start..q.start]
                    .iter()
                    .any(|c| matches!(c, '与' | '同' | '和' | '跟'))
            }
        });
        if own_words && someone_between && c0.0.start >= clause.end {
            return None;
        }
        // ... nor the cue of a person named between, whose act it is (李家超感谢习近平
        // 主席的接见: the reception was 习近平's): the name, perhaps a post, then 的
        let possessed = persons.iter().any(|q| {
            q.start >= p.end && q.end <= c0.0.start && {
                let gap = &text[q.end..c0.0.start];
                gap.last() == Some(&'的')
                    && gap.len() <= 6
                    && !gap.iter().any(|&c| is_clause_end(c))
            }
        });
        if own_words && possessed {
            return None;
        }
        // ... nor the guest a meeting received, named in the clause after its host's
        // cue (会见总理拉克森，同议长布朗利举行会谈: 拉克森 was received, and the talks
        // are the subject's), but for what the host heard (会见X，听取他…的汇报: X
        // reported).
        let heard = !starting_in(
            marks.starts(EventWord::Listens),
            |&l| l,
            Span::new(clause.end, c0.0.start),
        )
        .is_empty();
        if received && c0.0.start >= clause.end && !heard {
            return None;
        }
        let stop = persons
            .iter()
            .find(|q| q.start >= c0.0.end)
            .map_or(sent.end, |q| q.start)
            .min(c0_clause.end);
        let mut best = role_of(c0);
        // (a cue in a later clause may be another's act: 会见X、Y，出席论坛并致辞; but
        // not when the list goes on into that clause: 副主任A，副部长B出席会议并发言)
        let list_goes_on = persons
            .iter()
            .any(|q| q.start >= p.end && q.end <= c0.0.start && q.start >= c0_clause.start);
        if c0.0.start >= clause.end && !list_goes_on {
            return Some(best);
        }
        let mut grouped = c0.2 == CueKind::Group;
        let mut prev = c0;
        // (a cue that is another event's trigger is that event's, as for a name's own
        // cues: A，B出席签约仪式并座谈 hosts the talks, not the signing)
        for c in after[first + 1..]
            .iter()
            .filter(|c| c.0.end <= stop && c.2 != CueKind::Quote && mine(c))
        {
            grouped |= c.2 == CueKind::Group;
            if joined(prev, c) && !attends(prev, c) {
                let r = match role_of(c) {
                    Role::Host if led && grouped => Role::Attendee,
                    r => r,
                };
                if r.rank() > best.rank() {
                    best = r;
                }
            }
            prev = c;
        }
        Some(best)
    })
}

/// A person written before a visit trigger or a 会见 in the same clause is its subject.
fn subject_role(text: &[char], sent: Span, p: Span, trig: Span, etype: EventType) -> Option<Role> {
    let clause = clause_at(text, sent, p.start);
    (etype == EventType::Visit && clause.contains(&trig) && p.end <= trig.start)
        .then_some(Role::Host)
}

/// Parties of a signing: organizations and places joined by a conjunction in the
/// trigger's clause before it (`A与B签约`), that are not part of a person's designation.
/// Also the parties known only by the signers' designations (`A公司总经理甲与B公司总经理
/// 乙签约`), listed again on their own: a sentence that names the parties before them
/// (`A与B签署协议。A的甲与B研究院院长乙代表双方签约`) says whom they signed for.
fn parties(
    text: &[char],
    sent: Span,
    trig: Span,
    orgs_places: &[(Span, EntityType)],
    designation_orgs: &[Span],
    designations: &[Designation],
    marks: &Marks,
) -> (Vec<Span>, Vec<Span>) {
    let mut clause = clause_at(text, sent, trig.start);
    // a clause opening with a word joining two acts, and no subject of its own, goes on
    // from the one before it (A与B召开座谈会，并签署…: A and B signed)
    if clause.start > sent.start
        && starting_in(
            marks.spans(EventWord::Then),
            |w| w.start,
            Span::new(clause.start, clause.start + 1),
        )
        .iter()
        .any(|w| w.end == trig.start)
    {
        clause.start = clause_at(text, sent, clause.start - 1).start;
    }
    let before = Span::new(clause.start, trig.start);
    let pick = |t: EntityType| -> Vec<Span> {
        starting_in(orgs_places, |m| m.0.start, before)
            .iter()
            .filter(|m| m.1 == t && before.contains(&m.0))
            .filter(|m| designation_orgs.binary_search(&m.0).is_err())
            .map(|m| m.0)
            .collect()
    };
    // A party stands in a conjunction (`A与B`, `A和B`, `A、B`), next to the connector
    // (or 分别 before it: `A分别与B、C`).
    let joined = |m: &Span| {
        starts_at(marks.spans(EventWord::Joiner), m.end)
            || starting_in(
                marks.spans(EventWord::Respectively),
                |r| r.start,
                Span::new(m.end, m.end + 1),
            )
            .iter()
            .any(|r| starts_at(marks.spans(EventWord::Joiner), r.end))
            || ends_at(marks.spans(EventWord::Joiner), m.start, clause.start)
            // `X代表县人民政府与...签订`: the organization someone signs for.
            || ends_at(marks.spans(EventWord::OnBehalf), m.start, clause.start)
    };
    // ... and not where someone attends the signing after it (`学校办公室、科技处负责人
    // 参加签约仪式`: the bodies of those who came, not the signers).
    // (the cues are sorted by start, as the dictionary hits they come from)
    let attended_after = |m: &Span| {
        m.end < trig.start
            && starting_in(&marks.cues, |c| c.0.start, Span::new(m.end, trig.start))
                .iter()
                .any(|(c, role, _)| *role == Role::Attendee && c.end <= trig.start)
    };
    let orgs: Vec<Span> = pick(EntityType::Org)
        .into_iter()
        .filter(|m| joined(m) && !attended_after(m))
        .collect();
    // A joined place written straight onto another place or organization qualifies
    // it (`与芬兰萨塔昆塔地区...签`): the one after it is the party, the last of a run
    // (`与韩国庆尚北道浦项市`: the city).
    let qualified = |mut m: Span| {
        while let Some(next) = starting_in(orgs_places, |o| o.0.start, Span::new(m.end, m.end + 1))
            .iter()
            .find(|o| o.0.start == m.end && before.contains(&o.0))
            .map(|o| o.0)
            .filter(|o| designation_orgs.binary_search(o).is_err())
        {
            m = next;
        }
        m
    };
    let mut places: Vec<Span> = pick(EntityType::Place)
        .into_iter()
        .filter(|m| joined(m) && !attended_after(m))
        .map(qualified)
        .collect();
    // Signers joined by a conjunction, each named after a place and a post
    // (`常州市代市长A与萨塔昆塔地区市长B续签`): their places signed. (A party
    // committee in front of the post, `区委副书记A与...`, is no party: the government
    // signs.)
    let signers_joined = designations.iter().any(|d| {
        before.contains(&d.person) && starts_at(marks.spans(EventWord::Joiner), d.person.end)
    });
    let mut by_signers: Vec<Span> = Vec::new();
    if signers_joined {
        for d in designations.iter().filter(|d| before.contains(&d.person)) {
            let at_title = Span::new(clause.start, d.title.start);
            by_signers.extend(
                starting_in(orgs_places, |o| o.0.start, at_title)
                    .iter()
                    .filter(|o| o.1 == EntityType::Place && o.0.end == d.title.start)
                    .map(|o| o.0)
                    .filter(|o| !places.contains(o)),
            );
        }
        places.extend(by_signers.iter().copied());
    }
    // ... and the organizations written straight before their posts (县商务局局长A与
    // 某某股份有限公司总经理B签订), but for a committee (区委副书记A与…: the government
    // signs)
    let signers_orgs: Vec<Span> = designations
        .iter()
        .filter(|_| signers_joined)
        .filter(|d| before.contains(&d.person))
        .filter_map(|d| d.org)
        .filter(|o| before.contains(o) && text[..o.end].last() != Some(&'委'))
        .collect();
    places.sort();
    places.dedup();
    // Those who signed, named as such in the sentence (签约企业代表X公司总经理…作了发言,
    // 签约方为A公司、B公司): the organization right after the word, and those joined
    // on to it.
    let mut orgs = orgs;
    for o in signers_orgs {
        if !orgs.contains(&o) {
            orgs.push(o);
            by_signers.push(o);
        }
    }
    for w in starting_in(marks.spans(EventWord::Signer), |w| w.start, sent) {
        let mut at = w.end;
        if let Some(b) = starting_in(
            marks.spans(EventWord::OnBehalf),
            |b| b.start,
            Span::new(at, at + 1),
        )
        .first()
        {
            at = b.end;
        }
        while let Some(o) = starting_in(orgs_places, |o| o.0.start, Span::new(at, at + 1))
            .iter()
            .filter(|o| o.1 == EntityType::Org && sent.contains(&o.0))
            .map(|o| o.0)
            .max_by_key(|o| o.end)
        {
            if !orgs.contains(&o) {
                orgs.push(o);
            }
            match starting_in(
                marks.spans(EventWord::Joiner),
                |j| j.start,
                Span::new(o.end, o.end + 1),
            )
            .first()
            {
                Some(j) => at = j.end,
                None => break,
            }
        }
    }
    orgs.sort();
    // A place counts when it stands on its own as a party (平果市与...), not inside an
    // organization's name.
    let mut out: Vec<Span> = orgs.clone();
    out.extend(
        places
            .into_iter()
            .filter(|p| !orgs.iter().any(|o| o.overlaps(p))),
    );
    // With no conjunction, the subject that opens the clause signs, when at most
    // `SUBJECT_GAP` characters (an adverb: 集中, 正式) stand between it and the trigger
    // (`宿马现代产业园区集中签约一批项目`).
    if out.is_empty() {
        let open = (clause.start..trig.start)
            .find(|&i| !text[i].is_whitespace())
            .unwrap_or(trig.start);
        out.extend(
            starting_in(orgs_places, |o| o.0.start, Span::new(open, open + 1))
                .iter()
                .filter(|o| o.0.end <= trig.start && trig.start - o.0.end <= SUBJECT_GAP)
                .filter(|o| designation_orgs.binary_search(&o.0).is_err())
                .filter(|o| {
                    text[o.0.end..trig.start]
                        .iter()
                        .all(|&c| crate::ingest::normalize::is_han(c))
                })
                .map(|o| o.0)
                .max_by_key(|o| o.end),
        );
    }
    // Pairs listed clause by clause before it (A与B，C与D，E与F等分别签订): each
    // earlier clause of the sentence that is only a pair joined by a conjunction signs
    // too, when the trigger's own clause gave a pair.
    if out.len() >= 2 {
        let mut end = clause.start;
        while end > sent.start + 1 {
            let prev = clause_at(text, sent, end - 2);
            match pair_clause(text, prev, orgs_places, marks) {
                Some((a, b)) => {
                    out.extend([a, b]);
                    end = prev.start;
                }
                None => break,
            }
        }
    }
    out.sort();
    out.dedup();
    by_signers.retain(|b| out.contains(b));
    (out, by_signers)
}

/// Does 双方 stand in the trigger's clause before it (`会谈前，双方签署了…`)?
fn both_sides_before(text: &[char], sent: Span, trig: Span, marks: &Marks) -> bool {
    let clause = clause_at(text, sent, trig.start);
    starting_in(
        marks.spans(EventWord::BothSides),
        |w| w.start,
        Span::new(clause.start, trig.start),
    )
    .iter()
    .any(|w| w.end <= trig.start)
}

/// The two parties of a clause that is nothing but two organizations or places joined
/// by a conjunction (`高新区管委会与比亚迪股份有限公司`), white space aside.
fn pair_clause(
    text: &[char],
    clause: Span,
    orgs_places: &[(Span, EntityType)],
    marks: &Marks,
) -> Option<(Span, Span)> {
    let open = (clause.start..clause.end).find(|&i| !text[i].is_whitespace())?;
    let close = (clause.start..clause.end)
        .rev()
        .find(|&i| !text[i].is_whitespace())?
        + 1;
    let longest_at = |at: usize| {
        starting_in(orgs_places, |o| o.0.start, Span::new(at, at + 1))
            .iter()
            .filter(|o| o.0.end <= close)
            .map(|o| o.0)
            .max_by_key(|o| o.end)
    };
    let a = longest_at(open)?;
    let j = starting_in(
        marks.spans(EventWord::Joiner),
        |w| w.start,
        Span::new(a.end, a.end + 1),
    )
    .first()
    .copied()?;
    let b = longest_at(j.end)?;
    (b.end == close).then_some((a, b))
}

/// The most characters between a clause's subject and the signing trigger after it.
const SUBJECT_GAP: usize = 2;

/// The place of an event: a place written right after 在/赴/到 (an `at` word of
/// `event_words.txt`) in its sentence.
fn place_in(sent: Span, orgs_places: &[(Span, EntityType)], marks: &Marks) -> Option<Span> {
    starting_in(orgs_places, |m| m.0.start, sent)
        .iter()
        .filter(|m| m.1 == EntityType::Place && sent.contains(&m.0))
        .find(|m| ends_at(marks.spans(EventWord::At), m.0.start, sent.start))
        .map(|m| m.0)
}

/// Does a word of `words` (sorted) start at `pos`?
fn starts_at(words: &[Span], pos: usize) -> bool {
    !starting_in(words, |w| w.start, Span::new(pos, pos + 1)).is_empty()
}

/// Does a word of `words` (sorted) end at `pos`, starting at or after `from`?
/// Is `a` listed before `b`: a joining word of event_words.txt (、, 和, 与) right after
/// `a`, or a list mark between them (一村张三、二村李四: a village may open the item)?
fn listed_before(text: &[char], marks: &Marks, a: Span, b: Span) -> bool {
    starts_at(marks.spans(EventWord::Joiner), a.end) || text[a.end..b.start].contains(&'、')
}

fn ends_at(words: &[Span], pos: usize, from: usize) -> bool {
    starting_in(words, |w| w.start, Span::new(from, pos))
        .iter()
        .any(|w| w.end == pos)
}
