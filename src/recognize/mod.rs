//! Recognition: persons, titles, organizations and places in a clean text.
//!
//! One [`Context`] is built per document: the dictionary hits of one automaton scan, the
//! jieba-rs tokens (used as one more signal: where words begin and end, and which
//! tokens jieba tags as names or places), and the bylines the article splitter found.
//! Each recognizer reads the context and proposes [`Candidate`]s; [`resolve`] keeps the
//! best non-overlapping set (the outermost entity wins, as the guideline asks).
//!
//! - `org.rs`: organization names by dictionary and by suffix grammar;
//! - `title.rs`: title chains, the org-before-title split, and designations
//!   (who holds which title);
//! - `person.rs`: names after titles, in lists, before cue verbs, foreign names,
//!   and repeated mentions;
//! - `place.rs`: places by dictionary and by suffix grammar.

mod org;
mod person;
mod place;
mod title;
mod tokens;

use tokens::Tokens;

use crate::lexicon::{Entry, Hit, Lexicon};
use crate::model::{CleanText, EntityType, Layout, Mention, OrgKind, Span};
use jieba_rs::Jieba;

/// A designation: a person named with a title, and the org written in front of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Designation {
    pub person: Span,
    pub title: Span,
    pub org: Option<Span>,
}

/// What recognition hands to the relation stage.
#[derive(Debug, Clone, Default)]
pub struct Recognized {
    pub mentions: Vec<Mention>,
    pub designations: Vec<Designation>,
}

/// A proposed mention, with the priority of the rule that proposed it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub mention: Mention,
    pub priority: u8,
}

/// Priorities: a designation chain or byline is the strongest evidence; a dictionary
/// name or suffix-grammar name next; bare patterns last.
pub mod prio {
    pub const BYLINE: u8 = 100;
    pub const CHAIN: u8 = 90;
    pub const ORG: u8 = 80;
    pub const PERSON: u8 = 70;
    pub const PLACE: u8 = 60;
    pub const TITLE: u8 = 55;
    pub const REPEAT: u8 = 50;
}

/// Everything a recognizer may read about one document.
pub struct Context<'a> {
    pub text: &'a [char],
    pub lex: &'a Lexicon,
    pub hits: Vec<Hit>,
    /// Indices into `hits` of the hits that start at each position: those starting at
    /// `i` are `by_start[start_at[i]..start_at[i + 1]]` (one flat array, not a vector
    /// per position: no allocation per character).
    by_start: Vec<u32>,
    start_at: Vec<u32>,
    /// The same for the hits that end at each position.
    by_end: Vec<u32>,
    end_at: Vec<u32>,
    /// jieba's tokens, segmented a block at a time when a rule first asks (see
    /// [`Tokens`]).
    toks: Tokens<'a>,
    pub layout: &'a Layout,
    jieba: &'a Jieba,
}

impl<'a> Context<'a> {
    pub fn new(
        clean: &'a CleanText,
        layout: &'a Layout,
        lex: &'a Lexicon,
        jieba: &'a Jieba,
    ) -> Context<'a> {
        let text = clean.norm.as_slice();
        let n = text.len();
        let hits = lex.scan(text);
        let (by_start, start_at) = bucket(n, hits.len(), |i| hits[i].start);
        let (by_end, end_at) = bucket(n, hits.len(), |i| hits[i].end);
        Context {
            text,
            lex,
            hits,
            by_start,
            start_at,
            by_end,
            end_at,
            toks: Tokens::new(text, jieba, &lex.retag),
            layout,
            jieba,
        }
    }

    /// Does the span start with an ordinary word jieba's dictionary knows as a
    /// function word, verb, adjective or adverb (明确, 高度)? Such a span is no name.
    pub fn starts_with_common_word(&self, s: Span) -> bool {
        let text = self.norm(s);
        self.jieba.tag(&text, false).first().is_some_and(|t| {
            let tag = self.lex.retag.tag(t.word, t.tag);
            t.word.chars().count() >= 2
                && (is_function_tag(tag)
                    || tag.starts_with('a')
                    || tag.starts_with('v')
                    || tag == "b")
        })
    }

    /// Does a determiner (`determiners.txt`: 各) stand right before the span or open it,
    /// making it a description (各乡镇, 各村党支部), not a name? A name the dictionaries
    /// know whole is one (各国议会联盟).
    pub fn described(&self, s: Span) -> bool {
        let det = |e: &Entry| matches!(e, Entry::Determiner);
        !self.ending(s.start, det).is_empty()
            || self.starting(s.start, det).iter().any(|d| d.end < s.end)
                && !self.is_word(s, |e| matches!(e, Entry::Org(_) | Entry::Place(_)))
    }

    /// Is the whole span one dictionary word of jieba's, of any tag?
    pub fn is_dictionary_word(&self, s: Span) -> bool {
        let text = self.norm(s);
        let tags = self.jieba.tag(&text, false);
        tags.len() == 1 && (tags[0].word.chars().count() > 1 || self.jieba.has_word(&text))
    }

    /// Is the span a word of jieba's dictionary (not one its HMM only guessed)?
    pub fn is_jieba_word(&self, s: Span) -> bool {
        self.jieba.has_word(&self.norm(s))
    }

    /// How often jieba's dictionary says the span occurs as a word (its count in the
    /// dictionary's source corpus; a word it would split, the count of its parts
    /// together). 提名 has 2957, 达致 4.
    pub fn word_freq(&self, s: Span) -> usize {
        self.jieba.suggest_freq(&self.norm(s))
    }

    /// The token starting at `k` when it is an ordinary word: one dictionary word of
    /// jieba's with no proper-name tag (隧道 of 隧道青苗寨, 通道 of 新通道钦州).
    pub fn ordinary_token_at(&self, k: usize) -> Option<Span> {
        self.token(k).and_then(|(ts, te, t)| {
            let span = Span::new(ts, te);
            (ts == k && !is_proper_tag(&t) && self.is_common_word(span)).then_some(span)
        })
    }

    /// Is the whole span one dictionary word of jieba's that is not a name?
    pub fn is_common_word(&self, s: Span) -> bool {
        self.word_tag(s).is_some_and(|t| !t.starts_with("nr"))
    }

    /// The tag of the span when it is one dictionary word of jieba's.
    pub fn word_tag(&self, s: Span) -> Option<PosTag> {
        let text = self.norm(s);
        let tags = self.jieba.tag(&text, false);
        (tags.len() == 1).then(|| PosTag::new(self.lex.retag.tag(tags[0].word, tags[0].tag)))
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn char(&self, i: usize) -> Option<char> {
        self.text.get(i).copied()
    }

    /// Is the char at `i` one of the transliteration characters of foreign names
    /// (`foreign_name_chars.txt`)?
    pub fn transliteration_at(&self, i: usize) -> bool {
        self.char(i)
            .is_some_and(|c| self.lex.foreign_chars.contains(&c))
    }

    /// Is the char at `i` one that only names joined by `·` use
    /// (`dotted_name_chars.txt`: 不 of 阿不都热合曼·买买提)?
    pub fn dotted_name_char_at(&self, i: usize) -> bool {
        self.char(i)
            .is_some_and(|c| self.lex.dotted_chars.contains(&c))
    }

    /// Is every char of `s` a transliteration character (米佐塔基斯)?
    pub fn is_transliterated(&self, s: Span) -> bool {
        (s.start..s.end).all(|i| self.transliteration_at(i))
    }

    pub fn is_han_at(&self, i: usize) -> bool {
        self.char(i).is_some_and(crate::ingest::normalize::is_han)
    }

    /// Hits starting at `i` whose entries satisfy `f`, longest first. (The scan
    /// sorts hits by start, then longest first, and the buckets keep that order, so
    /// no sort is needed here.)
    pub fn starting(&self, i: usize, f: impl Fn(&Entry) -> bool) -> Vec<Hit> {
        bucket_at(&self.by_start, &self.start_at, i)
            .iter()
            .map(|&k| self.hits[k as usize])
            .filter(|h| self.lex.entries(h.word).iter().any(&f))
            .collect()
    }

    /// Does a word whose entries satisfy `f` end the span, inside it (城乡社区 ends
    /// 某某城乡社区, 干部 ends 镇村干部)?
    pub fn ends_with_word(&self, s: Span, f: impl Fn(&Entry) -> bool) -> bool {
        self.ending(s.end, f).iter().any(|h| h.start >= s.start)
    }

    /// Hits ending at `i` whose entries satisfy `f`, longest first (by start: the
    /// bucket keeps the scan's order).
    pub fn ending(&self, i: usize, f: impl Fn(&Entry) -> bool) -> Vec<Hit> {
        bucket_at(&self.by_end, &self.end_at, i)
            .iter()
            .map(|&k| self.hits[k as usize])
            .filter(|h| self.lex.entries(h.word).iter().any(&f))
            .collect()
    }

    pub fn entries(&self, h: &Hit) -> &[Entry] {
        self.lex.entries(h.word)
    }

    /// Is `s` exactly a dictionary word with an entry satisfying `f` (国际奥委会 an
    /// `Org`, 苏丹 a `Place`)? No allocation, unlike `starting`.
    pub fn is_word(&self, s: Span, f: impl Fn(&Entry) -> bool) -> bool {
        bucket_at(&self.by_start, &self.start_at, s.start)
            .iter()
            .map(|&k| self.hits[k as usize])
            .any(|h| h.end == s.end && self.lex.entries(h.word).iter().any(&f))
    }

    /// Is a word that names never run into at `i`? It must line up with jieba's tokens,
    /// or sit inside a token jieba only guessed (`对市`), never inside a proper name it
    /// knows (`本` inside `日本`).
    pub fn boundary_at(&self, i: usize) -> Option<usize> {
        self.starting(i, |e| matches!(e, Entry::Boundary))
            .into_iter()
            .find(|h| self.aligned_or_loose(h.start, h.end))
            .map(|h| h.end)
    }

    /// Does a boundary word end at `i` (see `boundary_at`)?
    pub fn boundary_ending(&self, i: usize) -> bool {
        self.ending(i, |e| matches!(e, Entry::Boundary))
            .iter()
            .any(|h| self.aligned_or_loose(h.start, h.end))
    }

    fn aligned_or_loose(&self, s: usize, e: usize) -> bool {
        if self.bound(s) && self.bound(e) {
            return true;
        }
        // the start of a longer word jieba's dictionary knows is none (全 of 全国, 全球)
        if let Some((ts, te, _)) = self.token(s)
            && ts == s
            && te > e
            && self.is_dictionary_word(Span::new(ts, te))
        {
            return false;
        }
        let proper = |i: usize| self.token(i).is_some_and(|(_, _, t)| is_proper_tag(&t));
        !proper(s) && !proper(e.saturating_sub(1))
    }

    /// Is the token at `i` a function word, verb, adjective or the like (a POS tag no
    /// name part has)?
    pub fn function_token(&self, i: usize) -> bool {
        self.token(i).is_some_and(|(_, _, t)| is_function_tag(&t))
    }

    /// Does a jieba token start (or end) at `i`? True at both ends of the text and
    /// next to any character outside jieba's blocks (punctuation, spaces, line
    /// breaks), which needs no segmentation.
    pub fn bound(&self, i: usize) -> bool {
        self.toks.bound(i)
    }

    /// All jieba tokens: (start, end, tag), the whole text segmented (`explain`).
    pub fn tokens(&self) -> Vec<(usize, usize, PosTag)> {
        self.toks.all()
    }

    /// The jieba token covering position `i`: (start, end, tag).
    pub fn token(&self, i: usize) -> Option<(usize, usize, PosTag)> {
        self.toks.at(i)
    }

    pub fn norm(&self, s: Span) -> String {
        self.text[s.start.min(self.len())..s.end.min(self.len())]
            .iter()
            .collect()
    }

    /// Is `c` a separator between entities (punctuation or white space)?
    pub fn is_sep(c: char) -> bool {
        !(crate::ingest::normalize::is_han(c) || c.is_alphanumeric() || c == '·' || c == '-')
    }

    pub fn sep_at(&self, i: usize) -> bool {
        self.char(i).is_none_or(Context::is_sep)
    }
}

/// A jieba part-of-speech tag (`nr`, `ns`, `vn`, `nrfg`: short ASCII), stored inline so
/// that tokens cost no allocation each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PosTag {
    bytes: [u8; 7],
    len: u8,
}

impl PosTag {
    pub fn new(tag: &str) -> PosTag {
        let mut bytes = [0u8; 7];
        // Tags are short ASCII; a longer or non-ASCII one is cut at a char boundary.
        let mut len = tag.len().min(bytes.len());
        while !tag.is_char_boundary(len) {
            len -= 1;
        }
        bytes[..len].copy_from_slice(&tag.as_bytes()[..len]);
        PosTag {
            bytes,
            len: len as u8,
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("x")
    }
}

impl std::ops::Deref for PosTag {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for PosTag {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for PosTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Group `count` items by a position in `0..=n` (counting sort): the indices of the
/// items at position `i` are `items[at[i]..at[i + 1]]`.
fn bucket(n: usize, count: usize, pos: impl Fn(usize) -> usize) -> (Vec<u32>, Vec<u32>) {
    let mut at = vec![0u32; n + 2];
    for k in 0..count {
        at[pos(k).min(n) + 1] += 1;
    }
    for i in 1..at.len() {
        at[i] += at[i - 1];
    }
    let mut fill = at.clone();
    let mut items = vec![0u32; count];
    for k in 0..count {
        let p = pos(k).min(n);
        items[fill[p] as usize] = k as u32;
        fill[p] += 1;
    }
    (items, at)
}

/// The indices grouped at position `i` by [`bucket`].
fn bucket_at<'b>(items: &'b [u32], at: &[u32], i: usize) -> &'b [u32] {
    match (at.get(i), at.get(i + 1)) {
        (Some(&a), Some(&b)) => &items[a as usize..b as usize],
        _ => &[],
    }
}

/// POS tags of proper names: persons, places, organizations, other proper nouns.
pub fn is_proper_tag(t: &str) -> bool {
    t.starts_with("nr") || t.starts_with("ns") || t.starts_with("nt") || t == "nz"
}

/// POS tags of words that are never part of a name: verbs (but not nominal verbs,
/// 投资), adverbs, pronouns, numerals, measure words, prepositions, conjunctions,
/// particles, interjections.
pub fn is_function_tag(t: &str) -> bool {
    let first = t.chars().next().unwrap_or('x');
    matches!(
        first,
        'v' | 'd' | 'r' | 'm' | 'q' | 'p' | 'c' | 'u' | 'y' | 'e' | 'o'
    ) && t != "vn"
}

pub fn cand(
    etype: EntityType,
    kind: Option<OrgKind>,
    span: Span,
    evidence: &'static str,
    priority: u8,
) -> Candidate {
    Candidate {
        mention: Mention {
            etype,
            kind,
            span,
            evidence,
        },
        priority,
    }
}

/// Does a group word (`generic_people.txt`) ending at `i` stop a name read leftwards
/// from a suffix at `s`? Not right before the suffix, where the group is who the body
/// or place is for (志愿者协会, 运动员村); a country's side always does (no 俄军所).
pub(crate) fn group_stops(e: &Entry, i: usize, s: usize) -> bool {
    matches!(e, Entry::Generic(side) if *side || i < s)
}

/// Where each of `names` (sorted, none empty) is written in `text`: (the name's index,
/// its start), in the order of the text, each name's occurrences read left to right
/// without overlapping themselves. One pass over the text tries at each position only
/// the names that start with its character: a run of the sorted names, found by a
/// binary search over their first characters (a scan of the whole text per name was
/// quadratic on a long page; a hash of every character cost more than the rest).
pub(crate) fn occurrences(text: &[char], names: &[&[char]]) -> Vec<(usize, usize)> {
    let firsts: Vec<char> = names.iter().map(|n| n[0]).collect();
    let mut next_free = vec![0usize; names.len()];
    let mut out = Vec::new();
    for (i, &c) in text.iter().enumerate() {
        let from = firsts.partition_point(|&f| f < c);
        for k in from..firsts.len() {
            if firsts[k] != c {
                break;
            }
            let n = names[k].len();
            if i < next_free[k] || i + n > text.len() || text[i..i + n] != *names[k] {
                continue;
            }
            next_free[k] = i + n;
            out.push((k, i));
        }
    }
    out
}

/// Keep the best non-overlapping candidates: higher priority first, then the longer
/// (outermost), then the earlier.
pub fn resolve(mut cands: Vec<Candidate>) -> Vec<Mention> {
    cands.retain(|c| !c.mention.span.is_empty());
    cands.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then(b.mention.span.len().cmp(&a.mention.span.len()))
            .then(a.mention.span.start.cmp(&b.mention.span.start))
    });
    // one flag per char: a candidate is kept when none of its chars is taken
    let n = cands.iter().map(|c| c.mention.span.end).max().unwrap_or(0);
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    for c in cands {
        let sp = c.mention.span;
        if taken[sp.start..sp.end].iter().any(|t| *t) {
            continue;
        }
        taken[sp.start..sp.end].fill(true);
        out.push(c.mention);
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// The furthest end of `spans` (sorted) up to each index.
fn reaches(spans: &[Span]) -> Vec<usize> {
    spans
        .iter()
        .scan(0, |r, t| {
            *r = (*r).max(t.end);
            Some(*r)
        })
        .collect()
}

/// Is `s` inside one of `spans` (sorted, with their `reaches`) and shorter than it? A
/// binary search: the spans starting before `s` reach its end, or one starting with it
/// ends later.
fn strictly_inside_any(s: Span, spans: &[Span], reach: &[usize]) -> bool {
    let before = spans.partition_point(|t| t.start < s.start);
    before > 0 && reach[before - 1] >= s.end
        || spans[before..]
            .iter()
            .take_while(|t| t.start == s.start)
            .any(|t| t.end > s.end)
}

/// The spans inside 《》 (a document, law or agreement title), on one line.
fn quoted_titles(text: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in text.iter().enumerate() {
        match c {
            '《' => open = Some(i + 1),
            '》' => {
                if let Some(s) = open.take() {
                    out.push(Span::new(s, i));
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    out
}

/// Names in quotation marks: a campaign, slogan, event or brand name (“2010中国·青海
///绿色经济投资贸易洽谈会”, “多彩贵州”): a short quoted stretch without a comma or a
/// full stop, so not a quoted sentence. Nothing inside is marked.
fn quoted_names(text: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in text.iter().enumerate() {
        match c {
            '“' => open = Some(i + 1),
            '”' => {
                if let Some(s) = open.take()
                    && i - s <= 30
                    && !text[s..i]
                        .iter()
                        .any(|c| matches!(c, ',' | '，' | '。' | '、' | ':' | ';' | '!' | '?'))
                {
                    out.push(Span::new(s, i));
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    out
}

/// The longest outlet name a source credit reads back to the line start.
const MAX_OUTLET: usize = 12;

/// Source credits opening a line (`央视网消息（新闻联播）：`, the words of
/// `credits.txt`): the outlet a re-posted story came from is its source, not a
/// mention, so nothing from the line start to the credit word is marked. The credit
/// is only that: an outlet's name alone on the line before the word (markdown stars
/// and spaces aside), a bracket or a colon after it, and the word a word of its own:
/// `某网传来好消息：` is no credit.
fn credit_lines(ctx: &Context) -> Vec<Span> {
    let markup = |c: char| c.is_whitespace() || matches!(c, '*' | '#' | '_');
    let mut out = Vec::new();
    for h in ctx
        .hits
        .iter()
        .filter(|h| ctx.entries(h).contains(&Entry::Credit))
    {
        if !ctx.bound(h.start) {
            continue;
        }
        let after = ctx.text[h.end..].iter().copied().find(|&c| !markup(c));
        if !matches!(after, Some('（' | '(' | '：' | ':')) {
            continue;
        }
        let line = ctx.text[..h.start]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |k| k + 1);
        let name = ctx.text[line..h.start].iter().filter(|&&c| !markup(c));
        if (2..=MAX_OUTLET).contains(&name.clone().count())
            && !name.clone().any(|&c| Context::is_sep(c))
        {
            out.push(Span::new(line, h.end));
        }
    }
    out
}

/// Project and facility names: an organization (or, before a head marked `any`, a
/// place) written straight onto a project head (`产业园`, `基地`, `项目`).
fn project_names(ctx: &Context, orgs: &[Candidate], places: &[Candidate]) -> Vec<Span> {
    let mut out = Vec::new();
    for c in orgs.iter().chain(places) {
        let sp = c.mention.span;
        let is_org = c.mention.etype == EntityType::Org;
        for h in ctx.starting(sp.end, |e| matches!(e, Entry::ProjectHead(_))) {
            let any = ctx
                .entries(&h)
                .iter()
                .any(|e| matches!(e, Entry::ProjectHead(true)));
            if (is_org || any) && ctx.bound(h.end) {
                out.push(Span::new(sp.start, h.end));
            }
        }
        // a place and four or more characters of nouns before the head name a
        // project too (贵阳市旅游公路环线开阳示范段建设工程); a place straight before
        // 项目 stays a place (安平县项目建设); so do a company and the nouns of its
        // trade (比亚迪动力电池项目), not a government body (市发改委重点项目)
        let company = c.mention.kind == Some(OrgKind::Company);
        if (!is_org || company)
            && let Some(end) = project_after_descriptors(ctx, sp.end)
        {
            out.push(Span::new(sp.start, end));
        }
        // a company or an institution and the works done on it right before the head
        // name a project too (县人民医院改扩建项目, 城北污水处理厂提标改造工程)
        let works_on = is_org
            && matches!(
                c.mention.kind,
                Some(OrgKind::Company | OrgKind::Institution)
            );
        if works_on && let Some(end) = project_after_works(ctx, sp.end) {
            out.push(Span::new(sp.start, end));
        }
    }
    out
}

/// A project head right after one or two verbs of building at `i` (迁建, 改扩建/j,
/// 提标/改造): words of two or three characters jieba reads as verbs or abbreviations,
/// then the head, ending a token. The end of the head.
fn project_after_works(ctx: &Context, i: usize) -> Option<usize> {
    let mut k = i;
    for _ in 0..2 {
        let (ts, te, tag) = ctx.token(k)?;
        if ts != k || !(2..=3).contains(&(te - ts)) || !(tag.starts_with('v') || &*tag == "j") {
            return None;
        }
        k = te;
        if let Some(h) = ctx
            .starting(k, |e| matches!(e, Entry::ProjectHead(_)))
            .into_iter()
            .find(|h| ctx.bound(h.end))
        {
            return Some(h.end);
        }
    }
    None
}

/// The longest project description this side of the project's head: from `i`,
/// tokens of nouns (no verb but a nominal one, no function word, no break) up to
/// `MAX_PROJECT` characters, at least four, then a project head ending a token.
fn project_after_descriptors(ctx: &Context, i: usize) -> Option<usize> {
    const MAX_PROJECT: usize = 24;
    let mut k = i;
    let mut found = None;
    while k < ctx.len() && k - i <= MAX_PROJECT && ctx.is_han_at(k) {
        let head = ctx
            .starting(k, |e| matches!(e, Entry::ProjectHead(_)))
            .into_iter()
            .find(|h| ctx.bound(h.start) && ctx.bound(h.end))
            // (not a head inside a body's name: 中国载人航天工程办公室, 工程代表团)
            .filter(|h| {
                ctx.starting(h.end, |e| {
                    matches!(
                        e,
                        Entry::OrgSuffix(_) | Entry::PlacedOrgSuffix(_) | Entry::Org(_)
                    )
                })
                .is_empty()
                    && !(h.end..(h.end + 3).min(ctx.len())).any(|m| {
                        !ctx.ending(m + 1, |e| matches!(e, Entry::OrgSuffix(_)))
                            .is_empty()
                    })
            });
        if let Some(h) = head {
            if k - i >= 4 {
                found = Some(h.end);
            }
            // (read on past the head: 示范段建设工程)
            k = h.end;
            continue;
        }
        let (ts, te, tag) = ctx.token(k)?;
        // (nor a word for people: 集团公司负责同志报告工程…)
        if ts != k
            || is_function_tag(&tag) && &*tag != "vn"
            || ctx.is_word(Span::new(ts, te), |e| matches!(e, Entry::Generic(_)))
        {
            break;
        }
        k = te;
    }
    found
}

/// Run every recognizer over one document.
pub fn recognize(ctx: &Context) -> Recognized {
    let mut cands = Vec::new();
    let orgs = org::candidates(ctx);
    let places = place::candidates(ctx);
    let chains = title::chains(ctx, &orgs, &places);
    cands.extend(orgs.iter().cloned());
    cands.extend(places.iter().cloned());
    cands.extend(chains.candidates.iter().cloned());
    cands.extend(person::bylines(ctx));
    let (persons, designations) = person::candidates(ctx, &chains);
    // (no name inside a byline's marker: 融媒体记者 is no person 融媒体 before 记者)
    let markers: Vec<Span> = ctx.layout.bylines.iter().filter_map(|b| b.title).collect();
    cands.extend(
        persons
            .into_iter()
            .filter(|c| !markers.iter().any(|m| m.overlaps(&c.mention.span))),
    );
    let first = resolve(cands.clone());
    // Names found once are found everywhere in the document, and where a repeat of a
    // longer name covers a shorter name a weaker rule read inside it (卡塔尔埃米尔塔米姆
    // ... 塔米姆表示: not 米姆), or a place's short form (市长黄朝阳 ... 黄朝阳汇报: not
    // 朝阳), the longer name stands.
    let repeats = person::repeats(ctx, &first);
    let mut covers: Vec<Span> = repeats.iter().map(|r| r.mention.span).collect();
    covers.sort();
    let reach = reaches(&covers);
    cands.retain(|c| {
        let weaker = match c.mention.etype {
            EntityType::Person => c.priority <= prio::PERSON,
            EntityType::Place => c.priority <= prio::PLACE,
            _ => false,
        };
        !weaker || !strictly_inside_any(c.mention.span, &covers, &reach)
    });
    cands.extend(repeats);
    cands.extend(org::repeats(ctx, &first));
    cands.extend(place::repeats(ctx, &first));
    // Nothing inside a document or agreement title in 《》 is marked, nor inside a
    // project or facility name (山东土地发展集团产业园).
    let mut titled = quoted_titles(ctx.text);
    titled.extend(project_names(ctx, &orgs, &places));
    titled.extend(quoted_names(ctx.text));
    titled.extend(credit_lines(ctx));
    titled.sort();
    // The longest reach of the titled spans up to each index, to test overlap with a
    // binary search instead of a scan per candidate.
    let reach = reaches(&titled);
    cands.retain(|c| {
        let s = c.mention.span;
        let k = titled.partition_point(|t| t.start < s.end);
        // Some titled span starts before the candidate ends and ends after it starts.
        !(k > 0 && reach[k - 1] > s.start)
    });
    let mentions = resolve(cands);
    let found: std::collections::HashSet<(Span, EntityType)> =
        mentions.iter().map(|m| (m.span, m.etype)).collect();
    let designations = designations
        .into_iter()
        .filter(|d| {
            found.contains(&(d.person, EntityType::Person))
                && found.contains(&(d.title, EntityType::Title))
        })
        .map(|mut d| {
            if let Some(o) = d.org
                && !found.contains(&(o, EntityType::Org))
            {
                d.org = None;
            }
            d
        })
        .collect();
    Recognized {
        mentions,
        designations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strictly_inside_a_sorted_span_list() {
        let mut spans = vec![Span::new(10, 13), Span::new(0, 3), Span::new(20, 22)];
        spans.sort();
        let reach = reaches(&spans);
        let inside = |a, b| strictly_inside_any(Span::new(a, b), &spans, &reach);
        assert!(inside(11, 13)); // the tail of 10..13
        assert!(inside(10, 12)); // the head: same start, shorter
        assert!(inside(1, 2));
        assert!(!inside(10, 13)); // equal is not inside
        assert!(!inside(12, 14)); // overlapping, not inside
        assert!(!inside(5, 7));
        assert!(!inside(20, 23));
        assert!(!strictly_inside_any(Span::new(1, 2), &[], &[]));
    }
}
