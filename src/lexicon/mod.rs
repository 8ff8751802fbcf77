//! The dictionaries: plain word lists in `dictionaries/`, embedded in the binary as the
//! default, with an analyst's own lists (`--dict DIR`, same file names) added on top.
//!
//! Every list that holds words to find in text goes into ONE Aho-Corasick automaton
//! whose patterns carry their payloads (which list, and the list's column), so one scan
//! of a document finds every dictionary candidate at once (`scan`: the automaton runs
//! over a two-byte code per dictionary character, not UTF-8). A word that is in several
//! lists (`中心` is an organization suffix and a place suffix) has several payloads.
//!
//! A malformed line is an error naming `file:line`: an analyst editing a list must hear
//! where the mistake is, not get silently different results.

use crate::model::OrgKind;
use anyhow::{Context, Result, bail};
use std::collections::{HashMap, HashSet};
use std::path::Path;

mod chartable;
mod scan;

/// Which list a dictionary word comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    /// A place name; the level (province, county, country, ...) as its list says.
    Place(PlaceLevel),
    /// A known organization name.
    Org(OrgKind),
    /// A core title (书记, 市长).
    Title,
    /// A prefix of a title (副, 常务).
    TitlePrefix,
    /// An internal unit written inside a post (管委会, 组织部).
    TitleUnit,
    /// The last word of an organization name.
    OrgSuffix(OrgKind),
    /// An organization suffix that names an organization only after a place or a
    /// level character (菏泽市企业服务中心, not 大数据中心, a project).
    PlacedOrgSuffix(OrgKind),
    /// The last word of a place name (`place_suffixes.txt`, its flags the fields).
    PlaceSuffix(PlaceSuffix),
    /// A surname; the rank of its frequency (1 = most common).
    Surname(u16),
    /// A word a name never runs into.
    Boundary,
    /// A byline marker (通讯员, 记者).
    Reporter,
    /// An editor marker (责任编辑).
    Editor,
    /// A post held on someone's behalf (特使, 特别代表): a post written straight before
    /// it is the principal's (`envoy_titles.txt`; the word is a `Title` too).
    Envoy,
    /// A known person's name (`persons.txt`): read whole wherever it is a word.
    Person,
    /// A word that ends the name in a byline (报道, 摄).
    BylineEnd,
    /// A dateline word that opens an article (本报讯).
    Dateline,
    /// A source credit (`消息` in `央视网消息（新闻联播）：`): a line opening with an
    /// outlet and this word credits where a re-posted story came from.
    Credit,
    /// The last word of a project or facility name (产业园, 项目); `true` when a place
    /// written straight onto it is part of the name too (基地).
    ProjectHead(bool),
    /// A phrase that ends like an organization name but designates none (党和政府).
    GenericOrg,
    /// A phrase that ends like a place name but names none (城乡社区, 致富路).
    GenericPlace,
    /// A determiner that makes what follows a description (各村党支部, 各乡镇).
    Determiner,
    /// The last word of a body that people sit on or lead alongside their own post
    /// (领导小组, 指挥部): `side_bodies.txt`, read when people are told apart across
    /// documents, and in text where a body's name runs through the verbs of its task
    /// (县乡村振兴工作领导小组).
    SideBody,
    /// A group designation that is never an entity (领导, 干部); `true` for a country's
    /// side or army (巴方, 乌军), which no list of names follows (市领导 王强 does).
    Generic(bool),
    /// A verb that takes a person as its subject (主持, 指出).
    NameCue,
    /// An event trigger word, and whether it is weak: it names an event only in a
    /// sentence with no other trigger (率队 leads a visit, unless the sentence says to
    /// what: 率队出席签约仪式).
    Trigger(crate::model::EventType, bool),
    /// A word after a person that says how the person took part in an event; whether
    /// it introduces reported speech.
    RoleCue(crate::model::Role, CueKind),
    /// A part of the day written after a date (上午).
    DayPart,
    /// A relative date (今天, 日前): the event has no date of its own.
    RelativeDate,
    /// A small word the event reader looks for around entities (`event_words.txt`).
    EventWord(EventWord),
}

impl Entry {
    /// Does the entry name a body: a known organization or an organization's suffix?
    pub fn names_a_body(&self) -> bool {
        matches!(
            self,
            Entry::Org(_) | Entry::OrgSuffix(_) | Entry::PlacedOrgSuffix(_)
        )
    }
}

/// What else a role cue says (`role_cues.txt`, third column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Plain,
    /// It introduces reported speech (指出, 强调): triggers after it are what was said.
    Quote,
    /// It ends a group led by the first name of the list before it (`X、Y、Z一行`):
    /// the others are led, attendees.
    Group,
    /// It says what the names right before it did and no one else's (`在X陪同下`: X
    /// accompanied; the person in front of `在` is not one of a list taking this cue).
    Own,
    /// It says the person went somewhere (前往, 来到): the host of a visit, an attendee
    /// of any other event (来到会场; 奥尔塔前往天安门广场 after a 会见 hosts no talks).
    Trip,
    /// It says the person led a group (率领, 带领): the host, unless the group was
    /// received by another (会见X率领的代表团: X is the guest).
    Lead,
}

/// The kinds of `event_words.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventWord {
    /// Joins the parties of a signing (与, 和, 、).
    Joiner,
    /// The organization after it is the one someone signs for (代表).
    OnBehalf,
    /// The place right after it is where the event happened (在, 赴).
    At,
    /// A ceremony word (仪式): written bare, the ceremony already named.
    Rite,
    /// Written right after a trigger, it makes the trigger a time (开幕式后, 会见前):
    /// the sentence tells what happened before or after that event, not the event.
    Around,
    /// Written straight after a person's name (or name and post), it relays the
    /// person's thought or instructions (习近平新时代…思想, 总书记重要讲话精神): the person is
    /// named, not present.
    Relayed,
    /// A word that relays a person's instructions or greetings even later in the
    /// clause, when nothing a participant is read by comes first (习近平总书记对…工作的
    /// 重要指示精神, 卢拉向活动发来贺信).
    RelayedLater,
    /// An order, not an agreement (国务院令, 命令): signed (签署…令), it makes no
    /// signing event.
    Decree,
    /// What may stand between an attendee's cue and the event attended (出席了会见,
    /// 参加有关会见): the second cue is then what was attended, not what was done.
    Gap,
    /// A word that joins two acts of one person (并, 随后): a cue after it, past an
    /// attendee's cue, is a further act (出席并主持), not what was attended.
    Then,
    /// Opening a sentence that names no event, it says the sentence tells what
    /// happened after or before the event (会后, 会前): its names do not join it.
    Aside,
    /// Opening a sentence, it says the sentence tells what happened at the meeting
    /// before it (会上, 会议上): its names take part in that meeting, whatever else the
    /// sentence names.
    During,
    /// A word opening an invitation or a charge (应, 受; inside a word too: 接受,
    /// 受到): up to the word that closes it in the same clause (邀请, 委托), the persons
    /// named invited or entrusted someone, and are not present (应南非总统拉马福萨邀请,
    /// 受国家主席习近平委托, 接受王大明邀请).
    OnInvitation,
    /// The word that closes an invitation or a charge (邀请, 之邀, 委托).
    Invitation,
    /// The day's activities as a whole (活动): attended in a sentence that names no
    /// event (…等出席活动, 参加上述活动), they are every event of the article.
    Activities,
    /// Listening to others (听取): the cues after it in the clause are what those
    /// heard did (听取…工作汇报: they reported), not what the person listening did;
    /// with no cue of the listener's before it, the listener chairs (host).
    Listens,
    /// An honorific after a given name alone (小兰同志): the given name refers to the
    /// person of that full name named earlier (邓小兰).
    Honorific,
    /// A visiting group (调研组, 考察团): opening a sentence that names no one, it
    /// stands for the group the article's visit was led by, and its leader hosts.
    Delegation,
    /// A preposition naming whom a person's act is for (对, 向, 为, 给): in X对Y…V, the
    /// cues after Y before the verb are Y's (来胶考察), the clause's last cue is X's.
    Addressee,
    /// Both sides (双方) as the subject of talks or a signing (双方开展座谈): the
    /// persons of the event the article was telling are its hosts.
    BothSides,
    /// A partner preposition (与, 同, 跟) between two persons of a clause: in X与Y举行
    /// 会谈 the talks are X's to host, Y is the partner.
    Partner,
    /// A word that joins two nouns inside one body's name (与, 和, 及: 农业与生物技术
    /// 学院, 宪法和法律委员会).
    NameJoiner,
    /// Those who signed, as a noun (签约企业, 签约单位, 签约方): the organization
    /// named right after it (perhaps after 代表: 签约企业代表X公司) is a party of the
    /// signing.
    Signer,
    /// A thing or room named after an event (会议室, 会客厅, 慰问金, 慰问电): the event
    /// word inside it names no event.
    Object,
    /// A verb of sending words (致以, 表示): a visit word right after it in its clause
    /// (致以诚挚慰问, 表示慰问) is the sympathy sent, no visit.
    Expresses,
    /// Holding an event (举行, 举办) after 为 and a person: in X为Y举行欢迎仪式 the
    /// event is X's to host, Y is its guest.
    HoldsFor,
    /// The two leaders of talks named together (两国元首, 两国总理): opening a clause
    /// before the event word (会谈后，两国元首共同见证签署…), they are the host and the
    /// guest of the talks the article was telling, and attend this event.
    Heads,
    /// While (时, 期间): written right after a role cue, the cue is the time of what the
    /// person did next, not their act (会见时作了讲话: spoke).
    While,
    /// A home (家中, 家里): written after a list of names (…A、B等群众家中慰问), those
    /// named were visited at home and attend; the visit is someone else's.
    Home,
    /// Respectively (分别): between a party and the joining word (江山市分别与江干区、
    /// 下城区签订), the party is joined all the same.
    Respectively,
    /// Attending the meeting (参会): written right after a name (or a list of names),
    /// they attend the article's last meeting, whatever event the sentence names (X参会
    /// 并陪同调研: the meeting and the visit).
    AttendsMeeting,
    /// An occasion a speech was given at, written before the speech as a noun (上的:
    /// 在全会上的重要讲话): the speaker's cue after it is no one speaking here, and the
    /// person named before 在 is relayed.
    Occasion,
    /// A pronoun for a person (他, 她): opening the next clause of the sentence with a
    /// speaker's cue straight after it (唐志远对工作给予肯定，他指出), the cue is that of
    /// the person who opens the clause before, when no one else is named there.
    Pronoun,
    /// Welcoming someone (欢迎): in X欢迎Y来华访问 the visit is Y's; X, who welcomes, does
    /// not make it.
    Welcomes,
}

impl EventWord {
    /// Every kind, with its name in `event_words.txt` (the second column). A kind's
    /// place here is its index (`kind as usize`), so a new kind needs a variant, a
    /// line here, and the code that reads it.
    pub const ALL: [(EventWord, &'static str); 34] = [
        (EventWord::Joiner, "joiner"),
        (EventWord::OnBehalf, "on_behalf"),
        (EventWord::At, "at"),
        (EventWord::Rite, "rite"),
        (EventWord::Around, "around"),
        (EventWord::Relayed, "relayed"),
        (EventWord::RelayedLater, "relayed_later"),
        (EventWord::Decree, "decree"),
        (EventWord::Gap, "gap"),
        (EventWord::Then, "then"),
        (EventWord::Aside, "aside"),
        (EventWord::During, "during"),
        (EventWord::OnInvitation, "on_invitation"),
        (EventWord::Invitation, "invitation"),
        (EventWord::Activities, "activities"),
        (EventWord::Listens, "listens"),
        (EventWord::Honorific, "honorific"),
        (EventWord::Delegation, "delegation"),
        (EventWord::Addressee, "addressee"),
        (EventWord::BothSides, "both_sides"),
        (EventWord::Partner, "partner"),
        (EventWord::NameJoiner, "name_joiner"),
        (EventWord::Signer, "signer"),
        (EventWord::Object, "object"),
        (EventWord::Expresses, "expresses"),
        (EventWord::HoldsFor, "holds_for"),
        (EventWord::Heads, "heads"),
        (EventWord::While, "while"),
        (EventWord::Home, "home"),
        (EventWord::Respectively, "respectively"),
        (EventWord::AttendsMeeting, "attends_meeting"),
        (EventWord::Occasion, "occasion"),
        (EventWord::Pronoun, "pronoun"),
        (EventWord::Welcomes, "welcomes"),
    ];
}

/// A place suffix of `place_suffixes.txt` and its flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlaceSuffix {
    /// The fewest name characters in front of it.
    pub min: u8,
    /// An administrative suffix (市, 县), which the grammar uses only after foreign
    /// names and listed places (the divisions of China are in places.txt).
    pub admin: bool,
    /// Read only after a transliterated name, never after a listed place (地区:
    /// 重庆地区 is an area).
    pub foreign: bool,
    /// Dropped when the place is named again (盐镇乡 … 为盐镇发展).
    pub short: bool,
    /// Taken by a name of two Han characters right after a country (韩国原州市, 日本
    /// 长崎县: Korean and Japanese names are not transliterated).
    pub han: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceLevel {
    Province,
    Prefecture,
    County,
    Township,
    Country,
    Capital,
    Region,
    City,
}

impl PlaceLevel {
    fn parse(s: &str) -> Option<PlaceLevel> {
        Some(match s {
            "province" => PlaceLevel::Province,
            "prefecture" => PlaceLevel::Prefecture,
            "county" => PlaceLevel::County,
            "township" => PlaceLevel::Township,
            "country" => PlaceLevel::Country,
            "capital" => PlaceLevel::Capital,
            "region" => PlaceLevel::Region,
            "city" | "" => PlaceLevel::City,
            _ => return None,
        })
    }
}

/// One dictionary file: its name, how to read a line, and its embedded default.
struct ListSpec {
    file: &'static str,
    default: &'static str,
    read: fn(&str) -> std::result::Result<Option<Entry>, String>,
}

fn one_column(entry: Entry) -> impl Fn(&str) -> std::result::Result<Option<Entry>, String> {
    move |rest: &str| {
        if rest.is_empty() {
            Ok(Some(entry))
        } else {
            Err(format!(
                "expected one column, found a tab followed by {rest:?}"
            ))
        }
    }
}

macro_rules! list {
    ($file:literal, $read:expr) => {
        ListSpec {
            file: $file,
            default: include_str!(concat!("../../dictionaries/", $file)),
            read: $read,
        }
    };
}

/// An optional flag column: empty or missing is false, `flag` is true.
fn flag_column(col: Option<&str>, flag: &str) -> std::result::Result<bool, String> {
    match col.map(str::trim) {
        None | Some("") => Ok(false),
        Some(x) if x == flag => Ok(true),
        Some(x) => Err(format!("third column must be {flag} or empty, found {x:?}")),
    }
}

fn kind_column(rest: &str) -> std::result::Result<OrgKind, String> {
    OrgKind::parse(rest.trim()).ok_or_else(|| {
        format!("second column must be government, company or institution, found {rest:?}")
    })
}

const LISTS: &[ListSpec] = &[
    list!("places.txt", |rest| {
        PlaceLevel::parse(rest.trim())
            .map(|l| Some(Entry::Place(l)))
            .ok_or_else(|| format!("unknown place level {rest:?}"))
    }),
    list!("orgs.txt", |rest| kind_column(rest)
        .map(|k| Some(Entry::Org(k)))),
    list!("org_suffixes.txt", |rest| {
        let mut cols = rest.split('\t');
        let kind = kind_column(cols.next().unwrap_or(""))?;
        Ok(Some(if flag_column(cols.next(), "placed")? {
            Entry::PlacedOrgSuffix(kind)
        } else {
            Entry::OrgSuffix(kind)
        }))
    }),
    list!("titles.txt", |rest| one_column(Entry::Title)(rest)),
    list!("title_prefixes.txt", |rest| one_column(Entry::TitlePrefix)(
        rest
    )),
    list!("title_units.txt", |rest| one_column(Entry::TitleUnit)(rest)),
    list!("place_suffixes.txt", |rest| {
        let mut cols = rest.split('\t').map(str::trim);
        let min = cols.next().unwrap_or("");
        let mut suffix = PlaceSuffix {
            min: 0,
            admin: false,
            foreign: false,
            short: false,
            han: false,
        };
        for flag in cols.flat_map(str::split_whitespace) {
            match flag {
                "admin" => suffix.admin = true,
                "foreign" => (suffix.admin, suffix.foreign) = (true, true),
                "short" => suffix.short = true,
                "han" => suffix.han = true,
                x => {
                    return Err(format!(
                        "third column must be admin, foreign, short, han or empty, found {x:?}"
                    ));
                }
            }
        }
        min.parse::<u8>()
            .map(|n| Some(Entry::PlaceSuffix(PlaceSuffix { min: n, ..suffix })))
            .map_err(|_| format!("second column must be a small number, found {min:?}"))
    }),
    list!("surnames.txt", |rest| {
        let r = rest.trim();
        if r.is_empty() {
            return Ok(Some(Entry::Surname(999)));
        }
        r.parse::<u16>()
            .map(|n| Some(Entry::Surname(n)))
            .map_err(|_| format!("second column must be a rank number, found {rest:?}"))
    }),
    list!("boundaries.txt", |rest| one_column(Entry::Boundary)(rest)),
    list!("reporter_markers.txt", |rest| one_column(Entry::Reporter)(
        rest
    )),
    list!("editor_markers.txt", |rest| one_column(Entry::Editor)(rest)),
    list!("envoy_titles.txt", |rest| one_column(Entry::Envoy)(rest)),
    list!("persons.txt", |rest| one_column(Entry::Person)(rest)),
    list!("byline_ends.txt", |rest| one_column(Entry::BylineEnd)(rest)),
    list!("datelines.txt", |rest| one_column(Entry::Dateline)(rest)),
    list!("credits.txt", |rest| one_column(Entry::Credit)(rest)),
    list!("generic_people.txt", |rest| Ok(Some(Entry::Generic(
        flag_column(Some(rest), "side")?
    )))),
    list!(
        "generic_places.txt",
        |rest| one_column(Entry::GenericPlace)(rest)
    ),
    list!("generic_orgs.txt", |rest| one_column(Entry::GenericOrg)(
        rest
    )),
    list!("determiners.txt", |rest| one_column(Entry::Determiner)(
        rest
    )),
    list!("side_bodies.txt", |rest| one_column(Entry::SideBody)(rest)),
    list!("project_heads.txt", |rest| match rest.trim() {
        "org" => Ok(Some(Entry::ProjectHead(false))),
        "any" => Ok(Some(Entry::ProjectHead(true))),
        x => Err(format!("second column must be org or any, found {x:?}")),
    }),
    list!("name_cues.txt", |rest| one_column(Entry::NameCue)(rest)),
    list!("triggers.txt", |rest| {
        let mut cols = rest.split('\t').map(str::trim);
        let t = crate::model::EventType::parse(cols.next().unwrap_or("")).ok_or_else(|| {
            format!("second column must be signing, meeting, visit or ceremony, found {rest:?}")
        })?;
        Ok(Some(Entry::Trigger(t, flag_column(cols.next(), "weak")?)))
    }),
    list!("role_cues.txt", |rest| {
        let mut cols = rest.split('\t').map(str::trim);
        let role = crate::model::Role::parse(cols.next().unwrap_or("")).ok_or_else(|| {
            format!("second column must be host, speaker or attendee, found {rest:?}")
        })?;
        let kind = match cols.next() {
            None | Some("") => CueKind::Plain,
            Some("quote") => CueKind::Quote,
            Some("group") => CueKind::Group,
            Some("own") => CueKind::Own,
            Some("trip") => CueKind::Trip,
            Some("lead") => CueKind::Lead,
            Some(x) => {
                return Err(format!(
                    "third column must be quote, group, own, trip, lead or empty, found {x:?}"
                ));
            }
        };
        Ok(Some(Entry::RoleCue(role, kind)))
    }),
    list!("event_words.txt", |rest| {
        let name = rest.trim();
        EventWord::ALL
            .iter()
            .find(|k| k.1 == name)
            .map(|k| Some(Entry::EventWord(k.0)))
            .ok_or_else(|| {
                let names: Vec<&str> = EventWord::ALL.iter().map(|k| k.1).collect();
                format!(
                    "second column must be one of {}, found {name:?}",
                    names.join(", ")
                )
            })
    }),
    list!("date_words.txt", |rest| match rest.trim() {
        "daypart" => Ok(Some(Entry::DayPart)),
        "relative" => Ok(Some(Entry::RelativeDate)),
        x => Err(format!(
            "second column must be daypart or relative, found {x:?}"
        )),
    }),
];

const FOREIGN_CHARS: &str = include_str!("../../dictionaries/foreign_name_chars.txt");
const DOTTED_CHARS: &str = include_str!("../../dictionaries/dotted_name_chars.txt");
const LEVEL_CHARS: &str = include_str!("../../dictionaries/level_chars.txt");
const T2S: &str = include_str!("../../dictionaries/t2s.txt");
const JIEBA_WORDS: &str = include_str!("../../dictionaries/jieba_words.txt");

/// A word for jieba-rs's dictionary (`jieba_words.txt`): added, or given this frequency,
/// and read with this tag when one is given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JiebaWord {
    pub word: String,
    pub freq: usize,
    pub tag: Option<String>,
}

/// The tags `jieba_words.txt` gives words of jieba's own dictionary, which jieba-rs
/// keeps as its dictionary has them (`add_word` changes a known word's frequency only):
/// recognition reads jieba's tags through this (文明 is `nr` in jieba's dictionary, a
/// common noun in news).
#[derive(Default)]
pub struct Retag {
    words: HashMap<String, String>,
    /// The first characters of the words: most tokens start with none of them, and are
    /// passed without hashing.
    first: chartable::CharTable<bool>,
}

impl Retag {
    pub fn new(words: &[JiebaWord]) -> Retag {
        let mut out = Retag::default();
        for w in words {
            if let (Some(t), Some(c)) = (&w.tag, w.word.chars().next()) {
                out.words.insert(w.word.clone(), t.clone());
                out.first.insert(c, true);
            }
        }
        out
    }

    /// The tag of `word`: the list's, else jieba's `tag`.
    #[inline]
    pub fn tag<'a>(&'a self, word: &str, tag: &'a str) -> &'a str {
        match word.chars().next() {
            Some(c) if self.first.get(c) => self.words.get(word).map_or(tag, String::as_str),
            _ => tag,
        }
    }
}

fn parse_jieba_words(text: &str, origin: &str, out: &mut Vec<JiebaWord>) -> Result<()> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let mut cols = t.split('\t').map(str::trim);
        let word = cols.next().unwrap_or("");
        let freq = cols.next().unwrap_or("");
        let tag = cols.next().filter(|x| !x.is_empty());
        if word.is_empty() || word.contains(char::is_whitespace) || cols.next().is_some() {
            bail!("{origin}:{}: expected WORD<TAB>FREQUENCY[<TAB>TAG]", i + 1);
        }
        let Ok(freq) = freq.parse::<usize>() else {
            bail!(
                "{origin}:{}: second column must be a frequency (a whole number), found {freq:?}",
                i + 1
            );
        };
        out.push(JiebaWord {
            word: word.to_string(),
            freq,
            tag: tag.map(str::to_string),
        });
    }
    Ok(())
}

/// The Traditional → Simplified fold, one char for one char, as a table.
///
/// `normalize::clean` folds every char of every document: looking each one up in the
/// `t2s` hash map was more than half of the clean-up's time (measured with
/// `examples/fold_cost.rs`), an array lookup is a fraction of it. `Lexicon::t2s` stays
/// the map, for the callers that fold a name now and then.
#[derive(Default)]
pub struct Fold(chartable::CharTable<Option<char>>);

impl Fold {
    pub fn new(t2s: &HashMap<char, char>) -> Fold {
        let mut table = chartable::CharTable::default();
        for (&from, &to) in t2s {
            table.insert(from, Some(to));
        }
        Fold(table)
    }

    /// The Simplified form of `c`, or `c`.
    #[inline]
    pub fn get(&self, c: char) -> char {
        self.0.get(c).unwrap_or(c)
    }
}

/// A dictionary match in a text: char span and the payloads of the matched word.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub word: u32,
}

/// All dictionaries, loaded and compiled.
pub struct Lexicon {
    scanner: scan::Scanner,
    /// The payloads of each pattern of the automaton, by pattern id.
    payloads: Vec<Vec<Entry>>,
    /// The pattern strings, by pattern id.
    words: Vec<String>,
    /// Characters used in transliterated foreign names.
    pub foreign_chars: HashSet<char>,
    /// More characters of transliterated names, read only in a name joined by `·`
    /// (Uyghur and Kazakh names: 阿不都热合曼·买买提).
    pub dotted_chars: HashSet<char>,
    /// Administrative level characters (市, 县) that stand for "this place".
    pub level_chars: HashSet<char>,
    /// Level words of more than one character that do the same (自治区, 自治州), from
    /// the same list.
    pub level_words: Vec<Vec<char>>,
    /// Traditional -> Simplified fold, one char for one char.
    pub t2s: HashMap<char, char>,
    /// Words for jieba-rs's own dictionary (`jieba_words.txt`), in file order, the
    /// user's after the embedded ones (a later line wins).
    pub jieba_words: Vec<JiebaWord>,
    /// The tags of `jieba_words.txt`, for reading jieba's tokens.
    pub retag: Retag,
    /// The same fold as a table, for the clean-up of every document.
    pub fold: Fold,
    /// Byline markers (通讯员, 记者) and editor markers (责任编辑), longest first, in
    /// chars like the page-layout lists below: the layout compares them with the text.
    pub markers: Vec<(Vec<char>, bool)>,
    /// Surnames, for splitting names written together in bylines.
    pub surnames: HashSet<String>,
    /// Words that end a byline name (报道, 摄), longest first.
    pub byline_ends: Vec<Vec<char>>,
    /// Date words of two characters or more (今天, 上午: `date_words.txt`), longest
    /// first: no byline name holds one.
    pub date_words: Vec<Vec<char>>,
    /// Dateline words (本报讯, 讯), longest first.
    pub datelines: Vec<Vec<char>>,
}

/// Where a user dictionary line came from, for error messages.
fn parse_list(
    spec: &ListSpec,
    text: &str,
    origin: &str,
    fold: &Fold,
    out: &mut Vec<(String, Entry)>,
) -> Result<()> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let (word, rest) = match line.split_once('\t') {
            Some((w, r)) => (w.trim(), r),
            None => (t, ""),
        };
        if word.is_empty() {
            bail!("{origin}:{}: empty entry", i + 1);
        }
        if word.chars().count() > 64 {
            bail!("{origin}:{}: entry longer than 64 characters", i + 1);
        }
        if word.contains(char::is_whitespace) {
            bail!(
                "{origin}:{}: entry {word:?} contains white space (columns are separated by a tab)",
                i + 1
            );
        }
        match (spec.read)(rest) {
            // Dictionaries are written in Simplified; a Traditional entry an analyst
            // wrote is folded, so it is found in the folded text.
            Ok(Some(entry)) => out.push((word.chars().map(|c| fold.get(c)).collect(), entry)),
            Ok(None) => {}
            Err(msg) => bail!("{origin}:{}: {msg}", i + 1),
        }
    }
    Ok(())
}

/// `level_chars.txt`: a line of one character is a level character, a longer line a
/// level word.
fn parse_levels(text: &str) -> (HashSet<char>, Vec<Vec<char>>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut chars = HashSet::new();
    let mut words = Vec::new();
    for l in text.lines().map(str::trim) {
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let w: Vec<char> = l.chars().filter(|c| !c.is_whitespace()).collect();
        match w[..] {
            [c] => {
                chars.insert(c);
            }
            _ => words.push(w),
        }
    }
    (chars, words)
}

fn parse_chars(text: &str) -> HashSet<char> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn parse_t2s(text: &str, origin: &str, out: &mut HashMap<char, char>) -> Result<()> {
    // A BOM (Windows editors write one) is not part of the first entry.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let mut cols = t.split('\t');
        let (a, b) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let (mut ac, mut bc) = (a.chars(), b.chars());
        match (ac.next(), ac.next(), bc.next(), bc.next()) {
            (Some(x), None, Some(y), None) => {
                out.insert(x, y);
            }
            _ => bail!(
                "{origin}:{}: expected TRADITIONAL<TAB>SIMPLIFIED, one character each",
                i + 1
            ),
        }
    }
    Ok(())
}

impl Lexicon {
    /// The embedded dictionaries only.
    pub fn embedded() -> Result<Lexicon> {
        Lexicon::load(None)
    }

    /// The embedded dictionaries with the lists in `user_dir` added on top (same file
    /// names; a file that is not there adds nothing).
    pub fn load(user_dir: Option<&Path>) -> Result<Lexicon> {
        if let Some(dir) = user_dir
            && !dir.is_dir()
        {
            bail!("{}: dictionary folder not found", dir.display());
        }
        // A user's file, if it is there.
        let user_file = |name: &str| -> Result<Option<(String, String)>> {
            let Some(p) = user_dir.map(|d| d.join(name)).filter(|p| p.exists()) else {
                return Ok(None);
            };
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("{}: cannot read as UTF-8", p.display()))?;
            Ok(Some((text, p.display().to_string())))
        };
        // The fold first: the words of every list are folded as they are read.
        let mut t2s = HashMap::new();
        parse_t2s(T2S, "dictionaries/t2s.txt", &mut t2s)?;
        if let Some((text, origin)) = user_file("t2s.txt")? {
            parse_t2s(&text, &origin, &mut t2s)?;
        }
        let fold = Fold::new(&t2s);
        let mut jieba_words = Vec::new();
        parse_jieba_words(
            JIEBA_WORDS,
            "dictionaries/jieba_words.txt",
            &mut jieba_words,
        )?;
        if let Some((text, origin)) = user_file("jieba_words.txt")? {
            parse_jieba_words(&text, &origin, &mut jieba_words)?;
        }
        let mut foreign_chars = parse_chars(FOREIGN_CHARS);
        let (mut level_chars, mut level_words) = parse_levels(LEVEL_CHARS);
        if let Some((text, _)) = user_file("foreign_name_chars.txt")? {
            foreign_chars.extend(parse_chars(&text));
        }
        let mut dotted_chars = parse_chars(DOTTED_CHARS);
        if let Some((text, _)) = user_file("dotted_name_chars.txt")? {
            dotted_chars.extend(parse_chars(&text));
        }
        if let Some((text, _)) = user_file("level_chars.txt")? {
            let (chars, words) = parse_levels(&text);
            level_chars.extend(chars);
            level_words.extend(words);
        }
        // Every (word, entry) of every list, the embedded lists first, then the user's,
        // each in LISTS order. A sort that keeps that order among equal words, then one
        // pass, gives each word its entries in the order they were read, once each: no
        // hash map of 40,000 strings, which was a third of the load.
        let mut pairs: Vec<(String, Entry)> = Vec::with_capacity(48_000);
        for spec in LISTS {
            let origin = format!("dictionaries/{}", spec.file);
            parse_list(spec, spec.default, &origin, &fold, &mut pairs)?;
        }
        for spec in LISTS {
            if let Some((text, origin)) = user_file(spec.file)? {
                parse_list(spec, &text, &origin, &fold, &mut pairs)?;
            }
        }
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut list: Vec<(String, Vec<Entry>)> = Vec::with_capacity(pairs.len());
        for (w, e) in pairs {
            match list.last_mut() {
                Some((last, es)) if *last == w => {
                    if !es.contains(&e) {
                        es.push(e);
                    }
                }
                _ => list.push((w, vec![e])),
            }
        }
        let mut markers: Vec<(String, bool)> = list
            .iter()
            .flat_map(|(w, es)| {
                es.iter().filter_map(move |e| match e {
                    Entry::Reporter => Some((w.clone(), false)),
                    Entry::Editor => Some((w.clone(), true)),
                    _ => None,
                })
            })
            .collect();
        markers.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        let markers: Vec<(Vec<char>, bool)> = markers
            .into_iter()
            .map(|(w, editor)| (w.chars().collect(), editor))
            .collect();
        let surnames: HashSet<String> = list
            .iter()
            .filter(|(_, es)| es.iter().any(|e| matches!(e, Entry::Surname(_))))
            .map(|(w, _)| w.clone())
            .collect();
        let words_of = |want: &dyn Fn(&Entry) -> bool| {
            let mut v: Vec<Vec<char>> = list
                .iter()
                .filter(|(_, es)| es.iter().any(want))
                .map(|(w, _)| w.chars().collect())
                .collect();
            v.sort_by(|a: &Vec<char>, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            v
        };
        let byline_ends = words_of(&|e| *e == Entry::BylineEnd);
        let mut date_words = words_of(&|e| matches!(e, Entry::RelativeDate | Entry::DayPart));
        // (one character, 晚, may well be in a name)
        date_words.retain(|w| w.len() > 1);
        let datelines = words_of(&|e| *e == Entry::Dateline);
        let (words, payloads): (Vec<String>, _) = list.into_iter().unzip();
        Ok(Lexicon {
            scanner: scan::Scanner::new(&words)?,
            payloads,
            words,
            foreign_chars,
            dotted_chars,
            level_chars,
            level_words,
            fold,
            t2s,
            retag: Retag::new(&jieba_words),
            jieba_words,
            markers,
            surnames,
            byline_ends,
            date_words,
            datelines,
        })
    }

    /// Every dictionary word in `text` (char positions), overlapping matches included,
    /// sorted by start then longest first.
    pub fn scan(&self, text: &[char]) -> Vec<Hit> {
        self.scanner.scan(text)
    }

    pub fn entries(&self, word: u32) -> &[Entry] {
        self.payloads
            .get(word as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The words with an entry satisfying `f`, in dictionary order.
    fn words_with<'a>(
        &'a self,
        f: impl Fn(&Entry) -> bool + 'a,
    ) -> impl Iterator<Item = String> + 'a {
        self.words
            .iter()
            .zip(&self.payloads)
            .filter(move |(_, es)| es.iter().any(&f))
            .map(|(w, _)| w.clone())
    }

    /// The organization suffixes written as names by themselves (`委员会`, `领导小组`):
    /// a post in one of these says nothing about which body, so telling people apart
    /// across documents does not count it (`corpus::Corpus::ignoring_orgs`).
    pub fn bare_org_words(&self) -> std::collections::BTreeSet<String> {
        self.words_with(|e| matches!(e, Entry::OrgSuffix(_) | Entry::PlacedOrgSuffix(_)))
            .collect()
    }

    /// The last words of side bodies (`side_bodies.txt`: 领导小组, 指挥部): a post in
    /// one does not conflict with posts elsewhere (`corpus::Corpus::with_side_bodies`).
    pub fn side_body_words(&self) -> Vec<String> {
        self.words_with(|e| *e == Entry::SideBody).collect()
    }

    pub fn word(&self, word: u32) -> &str {
        self.words
            .get(word as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Number of distinct dictionary words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
