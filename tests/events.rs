//! Events on sentences written for these tests: triggers, dates, participants and
//! roles, signing parties, and what is not an event.

use guanxi::lexicon::Lexicon;
use guanxi::model::{Event, EventType, Role};
use guanxi::{Document, Pipeline};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded dictionaries")))
}

fn events_of(text: &str, date: Option<&str>) -> Vec<Event> {
    let mut doc = Document {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    if let Some(d) = date {
        doc.meta
            .insert("date".into(), serde_json::Value::String(d.into()));
    }
    pipeline().analyze(&doc).events
}

/// The first event of `etype` (the test fails when there is none).
fn first_of(ev: &[Event], etype: EventType) -> &Event {
    ev.iter()
        .find(|e| e.etype == etype)
        .unwrap_or_else(|| panic!("no {etype:?} event in {ev:?}"))
}

/// The first event of `etype` in `text` (no date metadata); the test fails without one.
fn the(text: &str, etype: EventType) -> Event {
    first_of(&events_of(text, None), etype).clone()
}

fn role_of(e: &Event, name: &str) -> Option<Role> {
    e.participants
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.role)
}

/// Assert each named person's role in the event (None: not a participant).
fn assert_roles(e: &Event, want: &[(&str, Option<Role>)]) {
    for (name, role) in want {
        assert_eq!(role_of(e, name), *role, "{name}: {e:?}");
    }
}

const SIGNING: &str = "本报讯(通讯员 王小明)3月5日,甲乙智能科技有限公司与市高新区签约。\
副市长张建华,市高新区党工委书记李国强等出席签约仪式。\
签约仪式上,张建华指出,项目落地是双方合作的开始。";

#[test]
fn a_signing_with_its_date_participants_and_parties() {
    let ev = events_of(SIGNING, Some("2024-03-06"));
    assert_eq!(ev.len(), 1, "{ev:?}");
    let e = &ev[0];
    assert_eq!(e.etype, EventType::Signing);
    assert_eq!(e.date.as_deref(), Some("3月5日"));
    assert_eq!(e.date_iso.as_deref(), Some("2024-03-05"));
    assert_eq!(role_of(e, "张建华"), Some(Role::Speaker));
    assert_eq!(role_of(e, "李国强"), Some(Role::Attendee));
    assert!(
        e.parties.contains(&"甲乙智能科技有限公司".to_string()),
        "{e:?}"
    );
    assert!(e.parties.contains(&"市高新区".to_string()), "{e:?}");
    // The reporter of the byline never takes part.
    assert_eq!(role_of(e, "王小明"), None);
}

#[test]
fn without_a_year_there_is_no_iso_date() {
    let ev = events_of(SIGNING, None);
    assert_eq!(ev[0].date.as_deref(), Some("3月5日"));
    assert_eq!(ev[0].date_iso, None);
}

#[test]
fn a_relative_date_gives_no_date_and_the_chair_hosts() {
    let ev = events_of("今天上午,县长刘明主持召开全县安全生产工作会议。", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Meeting);
    assert_eq!(ev[0].date, None);
    assert_eq!(role_of(&ev[0], "刘明"), Some(Role::Host));
}

#[test]
fn everyone_in_a_list_takes_part() {
    let ev = events_of(
        "5月8日,县第二中学新校区开工仪式举行。副县长王强、李丽、赵刚等出席。",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Ceremony);
    for n in ["王强", "李丽", "赵刚"] {
        assert_eq!(role_of(&ev[0], n), Some(Role::Attendee), "{n}: {ev:?}");
    }
}

#[test]
fn what_someone_said_is_not_an_event() {
    // 开工 after 强调, is the content of a speech, not a ceremony.
    let ev = events_of("县长刘明强调,要加快项目开工。", None);
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_visit_has_its_subject_as_host() {
    let ev = events_of("6月2日,市委书记陈志国到高新区调研,副市长孙丽陪同。", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Visit);
    assert_eq!(role_of(&ev[0], "陈志国"), Some(Role::Host));
    assert_eq!(role_of(&ev[0], "孙丽"), Some(Role::Attendee));
    assert_eq!(ev[0].date.as_deref(), Some("6月2日"));
}

#[test]
fn an_analysis_reads_back_from_its_json_line() {
    let doc = Document {
        id: "seed".into(),
        text: include_str!("../examples/heze-kfq.txt").into(),
        ..Default::default()
    };
    let a = pipeline().analyze(&doc);
    assert!(!a.events.is_empty());
    let line = serde_json::to_string(&a).expect("serializes");
    let back: guanxi::Analysis = serde_json::from_str(&line).expect("reads back");
    assert_eq!(serde_json::to_string(&back).expect("serializes"), line);
    assert_eq!(back.holds, a.holds);
    assert_eq!(back.events, a.events);
}

#[test]
fn a_place_is_a_party_only_when_its_government_is_not_named() {
    let ev = events_of(
        "4月3日,安阳市和林州市合作签约仪式举行。签约仪式上,安阳市人民政府与林州市人民政府签署合作协议,副市长王强出席。",
        None,
    );
    let signing = first_of(&ev, EventType::Signing);
    assert!(
        signing.parties.contains(&"安阳市人民政府".to_string()),
        "{signing:?}"
    );
    assert!(
        signing.parties.contains(&"林州市人民政府".to_string()),
        "{signing:?}"
    );
    assert!(
        !signing.parties.contains(&"安阳市".to_string()),
        "{signing:?}"
    );
    // With only the places named, the places are the parties.
    let ev = events_of("4月3日,安阳市与林州市签约,副市长王强出席。", None);
    assert!(ev[0].parties.contains(&"安阳市".to_string()), "{ev:?}");
    assert!(ev[0].parties.contains(&"林州市".to_string()), "{ev:?}");
}

#[test]
fn signers_named_after_their_places_and_posts_sign_for_those_places() {
    let ev = events_of(
        "5月6日,安阳市市长王强与德国巴伐利亚州州长李明签署友好城市协议。",
        None,
    );
    let s = first_of(&ev, EventType::Signing);
    assert!(s.parties.contains(&"安阳市".to_string()), "{s:?}");
    // the country only qualifies the region written straight after it
    assert!(s.parties.contains(&"巴伐利亚州".to_string()), "{s:?}");
    assert!(!s.parties.contains(&"德国".to_string()), "{s:?}");
    // a party committee in front of a post is no party
    let ev = events_of(
        "5月6日,安阳市委副书记王强与林州市委副书记李明签署协议。",
        None,
    );
    let s = first_of(&ev, EventType::Signing);
    assert!(s.parties.is_empty(), "{s:?}");
}

#[test]
fn the_subject_opening_the_clause_signs_when_no_conjunction_names_parties() {
    let ev = events_of("3月5日,市开发区集中签约5个项目。", None);
    assert_eq!(ev[0].parties, vec!["市开发区".to_string()], "{ev:?}");
    // where the signing took place is no party
    let ev = events_of("3月5日,在市开发区签约5个项目,副市长王强出席。", None);
    assert!(ev[0].parties.is_empty(), "{ev:?}");
}

#[test]
fn the_persons_visited_attend_and_borrow_no_later_cue() {
    // 慰问 of 慰问金 later in the sentence is no act of theirs
    let visit = the(
        "1月28日,副县长陈国栋走访慰问了困难党员李德福、老党员王桂兰,为他们送去慰问金。",
        EventType::Visit,
    );
    assert_eq!(role_of(&visit, "陈国栋"), Some(Role::Host), "{visit:?}");
    for p in ["李德福", "王桂兰"] {
        assert_eq!(role_of(&visit, p), Some(Role::Attendee), "{p} {visit:?}");
    }
}

#[test]
fn on_site_office_work_is_a_visit_and_its_meeting_a_meeting() {
    let ev = events_of(
        "6月12日,县长陈建国到城关镇现场办公。陈建国一行随后召开现场办公会,城关镇党委书记赵红军汇报了项目推进情况。",
        None,
    );
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "陈建国"), Some(Role::Host), "{ev:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(meeting.trigger, "现场办公会", "{ev:?}");
    assert_eq!(role_of(meeting, "赵红军"), Some(Role::Speaker), "{ev:?}");
}

#[test]
fn those_the_visitor_talks_with_take_part() {
    let text =
        "6月3日,市委书记马建国到石门镇桃源村调研。在桃源村,马建国与村党支部书记杨春生亲切交谈。";
    let visit = the(text, EventType::Visit);
    assert_eq!(role_of(&visit, "马建国"), Some(Role::Host), "{visit:?}");
    assert_eq!(role_of(&visit, "杨春生"), Some(Role::Attendee), "{visit:?}");
}

#[test]
fn a_group_leader_leads_a_visit_but_attends_a_meeting_received() {
    let text = "3月12日上午,县委书记黄志强会见了青禾集团副总经理孙建平一行。\
                黄志强对孙建平一行的到来表示欢迎。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "黄志强"), Some(Role::Host), "{meeting:?}");
    assert_eq!(
        role_of(&meeting, "孙建平"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
    let visit = the(
        "3月12日,青禾集团副总经理孙建平一行来我县考察。",
        EventType::Visit,
    );
    assert_eq!(role_of(&visit, "孙建平"), Some(Role::Host), "{visit:?}");
}

#[test]
fn a_word_inside_a_name_names_no_event() {
    // 检查 of 纪律检查委员会 is no inspection visit, 会议 of 国际会议中心 no meeting
    let ev = events_of(
        "5月8日,县纪律检查委员会书记王立新在青禾国际会议中心会见了客商代表李红梅。",
        None,
    );
    assert!(ev.iter().all(|e| e.etype == EventType::Meeting), "{ev:?}");
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].trigger, "会见", "{ev:?}");
    // nor does 会议 of a room's name (event_words.txt, object)
    let ev = events_of(
        "3月12日,县委书记黄志强在县委会议室会见了客商代表李红梅。",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].trigger, "会见", "{ev:?}");
}

#[test]
fn sympathy_sent_is_no_visit() {
    // 慰问 sent in words (致慰问电, 致以慰问, 表示慰问) is no visit; a visit stays one
    for text in [
        "5月17日,国家主席王立新就某国遭受地震灾害向某国总统卡里姆致慰问电。",
        "5月17日,国家主席王立新致电某国总统卡里姆,就卡里姆感染病毒致以慰问。",
        "5月17日,国务院总理李强对两国建设者表示诚挚慰问。",
    ] {
        let ev = events_of(text, None);
        assert!(
            ev.iter().all(|e| e.etype != EventType::Visit),
            "{text}: {ev:?}"
        );
    }
    let visit = the(
        "1月28日,副县长陈国栋到城关镇慰问困难党员李德福。",
        EventType::Visit,
    );
    assert_eq!(role_of(&visit, "陈国栋"), Some(Role::Host), "{visit:?}");
}

#[test]
fn a_meeting_word_before_a_post_is_a_body_not_a_meeting() {
    // 安全会议秘书, 联席会议主席: a body's post, no meeting; 会见总统Y is a meeting
    let ev = events_of("某国联邦安全会议秘书卡里姆3日表示,将加强合作。", None);
    assert!(ev.is_empty(), "{ev:?}");
    let ev = events_of("5月3日,国家主席王立新在首都会见总统卡里姆。", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].trigger, "会见", "{ev:?}");
}

#[test]
fn the_opening_ceremony_of_a_meeting_is_the_meeting() {
    let ev = events_of("9月6日,县长李强出席全县经济工作会议开幕式并讲话。", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Meeting, "{ev:?}");
    assert_eq!(role_of(&ev[0], "李强"), Some(Role::Speaker), "{ev:?}");
}

#[test]
fn a_photo_file_name_between_paragraphs_does_not_split_the_article() {
    let ev = events_of(
        "青禾镇揭牌仪式举行\n\n  3月2日,青禾镇揭牌仪式在镇政府门前举行,副县长王立新出席。\n\nIMG_20240302_0931.jpg\n\n  上午10时,揭牌仪式开始,镇党委书记李红梅致辞。",
        None,
    );
    let rites: Vec<&Event> = ev
        .iter()
        .filter(|e| e.etype == EventType::Ceremony)
        .collect();
    assert_eq!(rites.len(), 1, "{ev:?}");
    assert_eq!(role_of(rites[0], "李红梅"), Some(Role::Speaker), "{ev:?}");
    assert_eq!(rites[0].date.as_deref(), Some("3月2日"), "{ev:?}");
}

#[test]
fn the_organizations_named_as_those_who_signed_are_parties() {
    // (the company is the post's organization too: 总经理 of it)
    let s = the(
        "5月8日,县人民政府与企业代表签订合作协议。签约企业代表青禾智造科技有限公司总经理王立新作了发言。",
        EventType::Signing,
    );
    assert!(
        s.parties.contains(&"青禾智造科技有限公司".to_string()),
        "{s:?}"
    );
    assert!(s.parties.contains(&"县人民政府".to_string()), "{s:?}");
    let s = the(
        "5月8日,县人民政府与两家企业签订合作协议。签约企业代表青禾智造科技有限公司、远山农业发展有限公司负责人先后发言。",
        EventType::Signing,
    );
    assert!(
        s.parties.contains(&"青禾智造科技有限公司".to_string())
            && s.parties.contains(&"远山农业发展有限公司".to_string()),
        "{s:?}"
    );
}

#[test]
fn what_an_attendee_attended_is_not_their_role() {
    let ev = events_of(
        "5月6日,市长王建国会见了来访的考察团。市领导李明华、赵东升参加会见。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "王建国"), Some(Role::Host), "{m:?}");
    // 参加会见: they attended the 会见, they did not receive anyone
    assert_eq!(role_of(m, "赵东升"), Some(Role::Attendee), "{m:?}");
    // ... and so did those who 参加上述会见, the meeting just told
    let ev = events_of(
        "5月6日,市长王建国会见了来访的考察团。副市长孙立新参加上述会见。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "孙立新"), Some(Role::Attendee), "{m:?}");
    // 出席并讲话 still speaks
    let ev = events_of("5月6日,全市工作会议召开。副市长李明华出席并讲话。", None);
    assert_eq!(role_of(&ev[0], "李明华"), Some(Role::Speaker), "{ev:?}");
}

#[test]
fn only_the_first_of_a_group_leads_it() {
    let ev = events_of(
        "5月6日,副县长王建国、县长助理李明华、局长赵东升一行到村里走访慰问困难群众。",
        None,
    );
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(v, "王建国"), Some(Role::Host), "{v:?}");
    assert_eq!(role_of(v, "李明华"), Some(Role::Attendee), "{v:?}");
    assert_eq!(role_of(v, "赵东升"), Some(Role::Attendee), "{v:?}");
}

#[test]
fn an_event_written_as_a_time_is_not_what_the_sentence_tells() {
    let ev = events_of(
        "5月6日,展览开幕式在市博物馆举行,副市长李明华主持开幕式。开幕式后,市长王建国参观了展览。",
        None,
    );
    let ceremony = first_of(&ev, EventType::Ceremony);
    assert_eq!(role_of(ceremony, "王建国"), None, "{ceremony:?}");
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "王建国"), Some(Role::Host), "{visit:?}");
    // alone in its sentence, the event is still the one held (会谈后表示)
    let ev = events_of(
        "5月6日,市长王建国与来宾举行会谈后表示,双方将加强合作。",
        None,
    );
    assert!(ev.iter().any(|e| e.etype == EventType::Meeting), "{ev:?}");
}

#[test]
fn leading_a_delegation_is_a_visit_unless_the_sentence_names_the_event() {
    let ev = events_of(
        "3月2日,市长陈志国率队赴杭州市开展经贸交流活动,副市长孙丽等参加。",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Visit);
    assert_eq!(role_of(&ev[0], "陈志国"), Some(Role::Host));
    assert!(role_of(&ev[0], "孙丽").is_some(), "{ev:?}");
    let ev = events_of("3月2日,市长陈志国率队出席签约仪式。", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Signing);
}

#[test]
fn a_bare_rite_is_the_ceremony_already_named() {
    let ev = events_of(
        "5月6日,县政府与甲乙智能科技有限公司签约仪式举行。县长刘明主持仪式,副县长王强致辞。",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].etype, EventType::Signing);
    assert_eq!(role_of(&ev[0], "刘明"), Some(Role::Host));
    assert_eq!(role_of(&ev[0], "王强"), Some(Role::Speaker));
}

#[test]
fn without_a_date_in_the_lead_the_first_date_of_the_article_holds() {
    let text = "本网首页\n时政要闻\n分享\n新闻中心\n2月7日上午,县第二中学新校区开工仪式举行。\n仪式后,县长刘明到高新区调研。";
    let ev = events_of(text, None);
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(visit.date.as_deref(), Some("2月7日上午"), "{ev:?}");
}

#[test]
fn a_leader_whose_thought_is_relayed_is_not_a_participant() {
    // the chair is there; the leader is only named through their thought and
    // instructions, straight after the name or after the name and post
    let text = "3月2日,副市长张建华主持召开工作会议,会议强调要深入学习贯彻王大明新时代\
                发展思想,认真落实王大明书记重要讲话精神,以王大明同志为核心凝聚力量。";
    let ev = events_of(text, None);
    let meeting = ev
        .iter()
        .find(|e| e.etype == EventType::Meeting)
        .expect("the meeting");
    assert_eq!(role_of(meeting, "张建华"), Some(Role::Host), "{meeting:?}");
    assert_eq!(role_of(meeting, "王大明"), None, "{meeting:?}");
    // the instructions relayed later in the clause, after what they were about
    let text = "3月3日,会议传达学习了王大明书记对乡村振兴工作的重要指示精神。张建华主持会议。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| role_of(e, "王大明").is_none()), "{ev:?}");
    // ... but someone who reads a letter out is there
    let ev = events_of("3月4日,李小刚在论坛上宣读王大明的贺信并致辞。", None);
    assert!(ev.iter().any(|e| role_of(e, "李小刚").is_some()), "{ev:?}");
    // a leader who greets a meeting by letter (向…致贺信) is not there either
    let ev = events_of("12月3日,国家主席王大明向2024年国际发展会议致贺信。", None);
    assert!(ev.iter().all(|e| role_of(e, "王大明").is_none()), "{ev:?}");
}

#[test]
fn whoever_invited_or_entrusted_the_participants_is_not_one() {
    // the inviter and the one who entrusts are named inside 应…邀请 and 受…委托
    let text = "4月8日,应甲国总统王大明邀请,市长张建华赴甲国访问,并出席经贸论坛。";
    let ev = events_of(text, None);
    assert!(ev.iter().any(|e| role_of(e, "张建华").is_some()), "{ev:?}");
    assert!(ev.iter().all(|e| role_of(e, "王大明").is_none()), "{ev:?}");
    let text = "4月9日,受市委书记王大明委托,副市长张建华看望慰问困难群众。";
    let ev = events_of(text, None);
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "张建华"), Some(Role::Host), "{visit:?}");
    assert_eq!(role_of(visit, "王大明"), None, "{visit:?}");
    // in the middle of a clause, too (欢迎他们应…邀请来访)
    let text = "4月10日,张建华会见省商务厅厅长李小刚,欢迎他应王大明市长邀请来访。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "王大明"), None, "{meeting:?}");
    assert!(role_of(&meeting, "李小刚").is_some(), "{meeting:?}");
    // an invitation accepted names no inviter: whoever comes is there
    let ev = events_of("4月11日,市长王大明应邀出席座谈会并讲话。", None);
    assert!(ev.iter().any(|e| role_of(e, "王大明").is_some()), "{ev:?}");
}

#[test]
fn whoever_attended_the_activities_attended_every_event_of_the_day() {
    // a closing line naming no event: 出席活动 is the day's activities as a whole
    let text = "5月6日上午,市长王大明会见了甲国代表团。随后,王大明与代表团团长李小刚签署了\
                合作协议。副市长张建华、市外办主任刘海波等出席活动。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    let signing = first_of(&ev, EventType::Signing);
    for e in [meeting, signing] {
        assert_eq!(role_of(e, "张建华"), Some(Role::Attendee), "{e:?}");
        assert_eq!(role_of(e, "刘海波"), Some(Role::Attendee), "{e:?}");
    }
    // a line that names what was attended joins only that
    let text = "5月7日上午,市长王大明会见了甲国代表团。随后,王大明与代表团团长李小刚签署了\
                合作协议。副市长张建华出席签约仪式。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "张建华"), None, "{meeting:?}");
}

#[test]
fn leading_everyone_through_a_lesson_is_no_hosting() {
    // the lecturer leads the audience through a review (带领大家回顾): a speaker
    // at the course, not its host
    let text = "6月3日,县委组织部举办党务干部培训班,副部长张建华出席开班仪式并讲话。\
                张建华带领大家一起回顾了党的奋斗历程。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(
        role_of(meeting, "张建华"),
        Some(Role::Speaker),
        "{meeting:?}"
    );
}

#[test]
fn whoever_hears_the_work_reports_chairs_and_the_reporting_is_theirs() {
    // 听取…工作汇报 is a meeting; the report (汇报) is what those heard did
    let text = "3月17日,县委书记王大明到开发区调研。18日上午,王大明听取县委和县政府工作\
                汇报,对下一步工作提出要求。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(meeting.date.as_deref(), Some("18日上午"), "{ev:?}");
    assert_eq!(role_of(meeting, "王大明"), Some(Role::Host), "{meeting:?}");
    // those who attended and then listened stay attendees
    let text = "3月2日,副县长张建华、李国强参加会议,听取了各部门工作汇报。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(
        role_of(&meeting, "李国强"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
}

#[test]
fn thanking_the_host_for_the_reception_is_no_hosting() {
    // 接见 after 王大明市长的 is the host's act, not the guest's who thanks for it
    let text = "5月8日,市长王大明会见了甲国商会会长李小刚。李小刚感谢王大明市长的接见。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "王大明"), Some(Role::Host), "{meeting:?}");
    assert_eq!(
        role_of(&meeting, "李小刚"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
}

#[test]
fn whom_a_speech_tells_of_in_its_paragraph_takes_no_part() {
    // the speech opened by 王大明表示， runs to the paragraph's end: 刘海波 is told of
    let text = "3月5日,市长王大明会见了甲国商会会长李小刚。\n王大明表示,欢迎客人来访。\
                去年,刘海波书记成功访问甲国,推动了合作。\n副市长张建华参加会见。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| role_of(e, "刘海波").is_none()), "{ev:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(
        role_of(meeting, "张建华"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
    // ... but a speaker after a speaker opens a speech of their own
    let text = "3月6日,县政协召开常委会议。\n王大明常委建议,加强合作。李小刚常委提出,推进发展。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(
        role_of(&meeting, "李小刚"),
        Some(Role::Speaker),
        "{meeting:?}"
    );
}

#[test]
fn seated_on_the_rostrum_attended_and_accompanying_an_inspection_hosts_nothing() {
    // 在主席台就座: seated on the rostrum, they attended the session
    let text = "12月18日,县人民代表大会第四次会议开幕。大会执行主席谢国栋主持会议。\
                县委书记刘立华,县长黄永安等在主席台前排就座。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(
        role_of(&meeting, "刘立华"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
    assert_eq!(role_of(&meeting, "谢国栋"), Some(Role::Host), "{meeting:?}");
    // 陪同督导检查: 督导检查 is one thing attended; 检查 after it hosts nothing
    let text = "9月3日,省委常委蒋卫平到市里督导检查换届工作。市委书记董明远陪同督导检查。";
    let visit = the(text, EventType::Visit);
    assert_eq!(role_of(&visit, "蒋卫平"), Some(Role::Host), "{visit:?}");
    assert_eq!(role_of(&visit, "董明远"), Some(Role::Attendee), "{visit:?}");
}

#[test]
fn a_given_name_before_tongzhi_is_the_person_named_in_full() {
    // 建华同志, 海波同志: the article's 张建华 and 刘海波, by their given names
    let text = "3月8日,县委副书记张建华主持召开安全生产调度会,副县长刘海波参加会议。\n\
                建华同志强调,要压实责任。\n会后,建华、海波同志分别带队,到企业调研督导安全生产工作。";
    let ev = events_of(text, None);
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "张建华"), Some(Role::Host), "{ev:?}");
    assert_eq!(role_of(visit, "刘海波"), Some(Role::Host), "{ev:?}");
    assert!(ev.iter().all(|e| role_of(e, "建华").is_none()), "{ev:?}");
}

#[test]
fn the_visiting_group_stands_for_its_leader() {
    // 调研组一行…召开座谈会 names no one: the group's leader hosts the meeting
    let text = "9月1日下午,县委常委、统战部部长王大明一行到青山镇调研统战工作。镇党委书记\
                李小刚陪同调研。\n最后,调研组一行到镇政府召开座谈会,听取工作汇报。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "王大明"), Some(Role::Host), "{ev:?}");
    assert_eq!(role_of(meeting, "李小刚"), None, "{ev:?}");
}

#[test]
fn welcoming_the_visitors_is_speaking_not_visiting() {
    // 李小刚对王大明一行来考察表示欢迎: 来…考察 is the guests', 表示 the host's
    let text = "11月17日,甲县县委书记王大明带领考察团,来本市考察项目建设。\n\
                市委书记李小刚对王大明一行来考察表示欢迎,并介绍了本市发展情况。";
    let visit = the(text, EventType::Visit);
    assert_eq!(role_of(&visit, "王大明"), Some(Role::Host), "{visit:?}");
    assert_eq!(role_of(&visit, "李小刚"), Some(Role::Speaker), "{visit:?}");
}

#[test]
fn a_bare_attendance_attends_every_event_the_sentence_before_named() {
    // 参加。 with nothing after it: the talks and the signing told just before
    let text = "3月24日,市长王大明与甲集团董事长李小刚座谈交流并见证签约。市领导张建华、\
                刘海波参加。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    let signing = first_of(&ev, EventType::Signing);
    for e in [meeting, signing] {
        assert_eq!(role_of(e, "张建华"), Some(Role::Attendee), "{e:?}");
        assert_eq!(role_of(e, "刘海波"), Some(Role::Attendee), "{e:?}");
    }
}

#[test]
fn a_cue_that_names_one_event_gives_no_role_in_another() {
    // 会见 hosts the talks; the opening the guest came for was not the host's to host
    let text = "4月5日,市长王大明会见前来出席开幕式的甲国商会会长李小刚。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "王大明"), Some(Role::Host), "{ev:?}");
    assert!(
        ev.iter()
            .filter(|e| e.etype != EventType::Meeting)
            .all(|e| role_of(e, "王大明") != Some(Role::Host)),
        "{ev:?}"
    );
}

#[test]
fn both_sides_holding_talks_host_them() {
    // 双方开展座谈: the visitors and those who received them host the talks; 代表双方
    // (on behalf of both sides) is no subject
    let text = "2月23日,甲区管委会主任王大明带队到开发区考察。开发区副主任李小刚陪同考察。\
                随后,双方开展座谈,李小刚介绍了开发区情况。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "王大明"), Some(Role::Host), "{ev:?}");
    assert_eq!(role_of(meeting, "李小刚"), Some(Role::Host), "{ev:?}");
    // X、Y与Z一行座谈交流: X and Y hold the talks (一行 is Z's group, not the list's)
    let text = "3月24日,市委书记王大明,市长张建华与甲集团董事长李小刚一行座谈交流并见证签约。";
    let meeting = first_of(&events_of(text, None), EventType::Meeting).clone();
    for who in ["王大明", "张建华"] {
        assert_eq!(
            role_of(&meeting, who),
            Some(Role::Host),
            "{who}: {meeting:?}"
        );
    }
    // ... but 座谈 of 座谈会 names the forum, where speaking is no hosting
    let text = "8日,甲区座谈会在京召开。民盟中央主席王大明在座谈会上介绍调研成果。";
    let meeting = the(text, EventType::Meeting);
    assert_ne!(role_of(&meeting, "王大明"), Some(Role::Host), "{meeting:?}");
    let text = "4月21日,甲集团与乙银行签约。甲集团董事长王大明出席签约仪式。\
                张建华和刘海波分别代表双方签署了合作协议。";
    let signing = the(text, EventType::Signing);
    assert_ne!(role_of(&signing, "王大明"), Some(Role::Host), "{signing:?}");
}

#[test]
fn the_partner_of_talks_is_received_not_host() {
    // 王大明同市长李小刚举行会谈: the talks are 王大明's to host
    let text = "5月12日,省长王大明在甲市同市长李小刚举行会谈。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "王大明"), Some(Role::Host), "{meeting:?}");
    assert_eq!(
        role_of(&meeting, "李小刚"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
    // a description ending in 的 may stand between 同 and the partner's post
    let text = "3月10日,国务院总理王立新在人民大会堂同来华进行正式访问的某国总理卡里姆举行会谈。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "王立新"), Some(Role::Host), "{meeting:?}");
    assert_eq!(
        role_of(&meeting, "卡里姆"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
    // a post of seven characters between 同 and the partner (越共中央总书记)
    let text = "10月31日,国家主席王立新在人民大会堂同越共中央总书记卡里姆举行会谈。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(
        role_of(&meeting, "卡里姆"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
    // co-chairs stay hosts (共同主持)
    let text = "5月13日,省长王大明与市长李小刚共同主持召开联席会议。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "李小刚"), Some(Role::Host), "{meeting:?}");
}

#[test]
fn a_meeting_held_during_a_summit_attended_is_hosted() {
    // 出席…峰会期间会见Y: the summit was attended, the meeting held
    let text =
        "11月19日上午,国家主席王立新在里约热内卢出席二十国集团领导人峰会期间会见某国总理卡里姆。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "王立新"), Some(Role::Host), "{meeting:?}");
    assert_eq!(
        role_of(&meeting, "卡里姆"),
        Some(Role::Attendee),
        "{meeting:?}"
    );
}

#[test]
fn the_guests_of_a_visit_abroad_are_received_not_hosts() {
    // The subject met one guest and held talks with another, clauses apart: neither
    // guest hosts.
    let text = "应某国议长卡里姆邀请,全国人大常委会委员长王立新3日至6日对某国进行正式友好访问,\
                在首都会见总理阿卜杜拉,同议长卡里姆举行会谈。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(role_of(&meeting, "王立新"), Some(Role::Host), "{meeting:?}");
    for guest in ["阿卜杜拉", "卡里姆"] {
        assert_eq!(
            role_of(&meeting, guest),
            Some(Role::Attendee),
            "{guest} {meeting:?}"
        );
    }
    // What the host heard is the guest's (会见X,听取他…的汇报: X reported).
    let text = "国家主席王立新23日下午会见来京述职的特别行政区行政长官李明华,\
                听取他对当前形势和特别行政区政府工作情况的汇报。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(
        role_of(&meeting, "李明华"),
        Some(Role::Speaker),
        "{meeting:?}"
    );
}

#[test]
fn a_keynote_is_speaking() {
    // 作主旨报告, 发表主旨演讲: the keynote speakers spoke
    let text = "7月2日,乡村振兴论坛在龙泉镇举办。副市长杨晓东出席论坛并致辞。\
                省农业科学院研究员周建平作主旨报告,浙江大学教授李小刚发表主旨演讲。";
    let meeting = the(text, EventType::Meeting);
    assert_eq!(
        role_of(&meeting, "周建平"),
        Some(Role::Speaker),
        "{meeting:?}"
    );
    assert_eq!(
        role_of(&meeting, "李小刚"),
        Some(Role::Speaker),
        "{meeting:?}"
    );
}

#[test]
fn a_party_named_again_by_its_level_alone_is_one_party() {
    // 县人民政府 is 云溪县人民政府 named again
    let text = "3月12日,云溪县人民政府与甲乙新能源科技有限公司签约仪式举行。\
                副县长孙丽代表县人民政府签订投资协议。";
    let signing = the(text, EventType::Signing);
    assert!(
        signing.parties.contains(&"云溪县人民政府".to_string()),
        "{signing:?}"
    );
    assert!(
        !signing.parties.contains(&"县人民政府".to_string()),
        "{signing:?}"
    );
}

#[test]
fn a_summit_is_a_meeting_and_during_it_another_event_is_told() {
    let ev = events_of("5月8日,王大明出席地区合作峰会并致辞。", None);
    assert!(
        ev.iter()
            .any(|e| e.etype == EventType::Meeting && e.trigger == "峰会"),
        "{ev:?}"
    );
    // 峰会期间 is a time: the sentence tells the talks held during the summit
    let ev = events_of("5月9日,王大明在出席地区合作峰会期间会见李小刚。", None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0].trigger, "会见", "{ev:?}");
    // a leader whose letter is read out is not there
    let ev = events_of("5月10日,张建华在峰会上宣读了王大明主席的贺信。", None);
    assert!(ev.iter().all(|e| role_of(e, "王大明").is_none()), "{ev:?}");
}

#[test]
fn what_was_attended_after_a_word_between() {
    // 参加有关会见: the 会见 is what they attended, not something they hosted
    let ev = events_of(
        "3月2日,王大明在北京会见李小刚。张建华、赵小平等参加有关会见。",
        None,
    );
    let m = ev
        .iter()
        .find(|e| e.etype == EventType::Meeting)
        .expect("the meeting");
    assert_eq!(role_of(m, "王大明"), Some(Role::Host), "{m:?}");
    for p in ["张建华", "赵小平"] {
        assert_eq!(role_of(m, p), Some(Role::Attendee), "{p}: {m:?}");
    }
}

#[test]
fn an_order_signed_is_no_signing() {
    let ev = events_of("3月5日,州长王大明签署行政令,宣布紧急状态。", None);
    assert!(ev.iter().all(|e| e.etype != EventType::Signing), "{ev:?}");
    let ev = events_of("3月6日,主席王大明签署命令,表彰先进单位。", None);
    assert!(ev.iter().all(|e| e.etype != EventType::Signing), "{ev:?}");
    // an agreement is still signed
    let ev = events_of("3月7日,州长王大明签署合作协议。", None);
    assert!(ev.iter().any(|e| e.etype == EventType::Signing), "{ev:?}");
}

#[test]
fn names_joined_to_a_group_of_officials_before_the_cue_attend() {
    // the names open the clause, 和 joins them to the group, the group to the cue
    let ev = events_of(
        "5日上午,王建国在新区考察。刘志强、陈红梅和市直有关部门负责同志陪同考察。",
        None,
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(role_of(&ev[0], "刘志强"), Some(Role::Attendee), "{ev:?}");
    assert_eq!(role_of(&ev[0], "陈红梅"), Some(Role::Attendee), "{ev:?}");
    // a group alone names no one (中央 is no name before 和)
    let ev = events_of(
        "6日,王建国在新区考察。中央和国家机关有关部门负责同志陪同。",
        None,
    );
    assert!(ev.iter().all(|e| e.participants.len() == 1), "{ev:?}");
}

#[test]
fn a_trigger_running_into_a_post_is_none() {
    // jieba reads 国/会议/长: 会议 is part of 国会议长, no meeting
    assert!(events_of("泰国国会议长万诺表示欢迎。", None).is_empty());
}

#[test]
fn whoever_is_accompanied_makes_the_visit() {
    // 在X陪同下: X accompanied; the person in front of 在 made the visit
    let ev = events_of(
        "3月5日,市委书记王建军在副市长刘海波陪同下,到经济开发区调研重点项目建设。",
        None,
    );
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(v, "王建军"), Some(Role::Host), "{v:?}");
    assert_eq!(role_of(v, "刘海波"), Some(Role::Attendee), "{v:?}");
    // names joined before 陪同下, with no 在 between, all accompany
    let ev = events_of(
        "3月5日,王建军在市委书记李明和市长赵强陪同下,到开发区考察。",
        None,
    );
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(v, "李明"), Some(Role::Attendee), "{v:?}");
}

#[test]
fn going_somewhere_hosts_a_visit_and_attends_anything_else() {
    // 前往, 来到 (`trip` in role_cues.txt): the guest who went to lay a wreath after
    // the talks hosted nothing; the leaders who came to the venue attended
    let ev = events_of(
        "5月8日,市长王建军在市政府会见来访的友好城市市长马丁。马丁表示,愿深化合作。随后,马丁前往烈士陵园敬献花圈。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "王建军"), Some(Role::Host), "{m:?}");
    assert_eq!(role_of(m, "马丁"), Some(Role::Speaker), "{m:?}");
    let ev = events_of(
        "5月8日,全市项目建设推进会召开。刘海波、赵强来到会场,出席推进会。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "刘海波"), Some(Role::Attendee), "{m:?}");
    let ev = events_of("5月8日,副市长刘海波来到开发区调研项目建设。", None);
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(v, "刘海波"), Some(Role::Host), "{v:?}");
}

#[test]
fn clauses_without_a_name_go_on_telling_what_the_subject_did() {
    // X来到A,看望B,并主持召开座谈会: X chaired the forum
    let ev = events_of(
        "5月8日,市委书记刘海波来到县纪委监委,看望机关干部,并主持召开部分县纪委书记座谈会。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "刘海波"), Some(Role::Host), "{m:?}");
    // ... but not past reported speech, nor another event of a list (会见)
    let ev = events_of(
        "5月8日,市委书记刘海波出席座谈会,并在会前会见了企业代表。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "刘海波"), Some(Role::Attendee), "{m:?}");
}

#[test]
fn an_event_word_after_an_attendee_cue_names_what_was_attended() {
    // 出席第二次会晤: attended the summit, hosted nothing
    let ev = events_of("5月8日,市长王建军出席两市第二次会晤。", None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "王建军"), Some(Role::Attendee), "{m:?}");
    // ... but after 并 it is a further act: he received the guests
    let ev = events_of("5月8日,市长王建军出席开幕式并会见参会嘉宾。", None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "王建军"), Some(Role::Host), "{m:?}");
}

#[test]
fn a_later_trigger_with_a_date_of_its_own_is_another_event_than_the_leads() {
    // the forum took the lead's date (the 22nd); the meeting dated the 23rd is another
    let ev = events_of(
        "11月22日,市委书记王军一行考察企业,并与企业负责人座谈交流。11月23日,全市筹备工作会议召开,市委副书记张涛出席并讲话。",
        None,
    );
    let meetings: Vec<&Event> = ev
        .iter()
        .filter(|e| e.etype == EventType::Meeting)
        .collect();
    assert_eq!(meetings.len(), 2, "{ev:?}");
    assert!(role_of(meetings[0], "张涛").is_none(), "{meetings:?}");
}

#[test]
fn what_happened_after_the_meeting_is_not_the_meeting() {
    // 会后 (event_words.txt, aside): the leaders who led the planting did not host the
    // meeting; 宣读 (reading out a decision) is speaking
    let ev = events_of(
        "2月20日,全县植树造林动员大会召开。会议由县委副书记冯志远主持。县委书记罗斌作动员讲话,县长程华宣读了表彰决定。会后,罗斌、程华带领与会人员来到造林现场植树。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "冯志远"), Some(Role::Host), "{m:?}");
    assert_eq!(role_of(m, "罗斌"), Some(Role::Speaker), "{m:?}");
    assert_eq!(role_of(m, "程华"), Some(Role::Speaker), "{m:?}");
}

#[test]
fn conveying_and_reporting_are_speaking() {
    let ev = events_of(
        "3月5日,县委常委会召开会议,县委书记罗斌主持。县委副书记冯志远传达了省委全会精神,副县长程华通报了一季度经济运行情况。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "罗斌"), Some(Role::Host), "{m:?}");
    assert_eq!(role_of(m, "冯志远"), Some(Role::Speaker), "{m:?}");
    assert_eq!(role_of(m, "程华"), Some(Role::Speaker), "{m:?}");
}

#[test]
fn the_presenter_is_no_chair() {
    // 主持 of 主持人 (a presenter, generic_people.txt) is no role cue
    let ev = events_of(
        "7月7日,东方经济论坛全会举行。委员长王建军出席并致辞。在互动交流环节,王建军回答了主持人提问。",
        None,
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "王建军"), Some(Role::Speaker), "{m:?}");
}

#[test]
fn a_list_shares_its_whole_predicate_in_its_own_clause() {
    // Both names attended and spoke; the chair hosts; the signers only attend.
    let text = "4月8日,县政府与华东建设集团有限公司举行合作协议签约仪式。\
县长赵明和华东建设集团有限公司董事长孙海涛出席签约仪式并致辞。副县长李静主持仪式。";
    let ev = events_of(text, Some("2024-04-08"));
    let e = first_of(&ev, EventType::Signing);
    assert_eq!(role_of(e, "赵明"), Some(Role::Speaker), "{e:?}");
    assert_eq!(role_of(e, "孙海涛"), Some(Role::Speaker), "{e:?}");
    assert_eq!(role_of(e, "李静"), Some(Role::Host), "{e:?}");
    // A list in `、` does too.
    let text = "5月6日,副市长王刚、刘伟、陈平出席全市安全生产工作会议并讲话。";
    let e = the(text, EventType::Meeting);
    for name in ["王刚", "刘伟", "陈平"] {
        assert_eq!(role_of(&e, name), Some(Role::Speaker), "{name}: {e:?}");
    }
    // A list in commas goes on into the clause of its predicate.
    let text = "10月9日,推进会召开。发展改革委副主任丛亮,商务部副部长王受文出席会议并发言。";
    let e = the(text, EventType::Meeting);
    assert_eq!(role_of(&e, "丛亮"), Some(Role::Speaker), "{e:?}");
    assert_eq!(role_of(&e, "王受文"), Some(Role::Speaker), "{e:?}");
    // A cue in a later clause is another's act: those met do not speak.
    let text = "6月3日,市长李华会见副市长张敏、刘强,出席招商推介会并致辞。";
    let ev = events_of(text, None);
    let e = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(e, "张敏"), Some(Role::Attendee), "{ev:?}");
}

#[test]
fn answering_the_press_and_a_work_report_are_speaking() {
    let text = "12月8日,市中级人民法院召开新闻发布会。院长赵立新出席发布会并答记者问。";
    let e = the(text, EventType::Meeting);
    assert_eq!(role_of(&e, "赵立新"), Some(Role::Speaker), "{e:?}");
    let text = "1月9日,镇党委书记李红梅主持召开全镇经济工作会议,镇长王志刚作工作报告。";
    let e = the(text, EventType::Meeting);
    assert_eq!(role_of(&e, "王志刚"), Some(Role::Speaker), "{e:?}");
    assert_eq!(role_of(&e, "李红梅"), Some(Role::Host), "{e:?}");
    let text = "3月5日,学院举行教职工大会。院长杨光主持会议。副院长陈红对科研工作作了部署。";
    let e = the(text, EventType::Meeting);
    assert_eq!(role_of(&e, "陈红"), Some(Role::Speaker), "{e:?}");
}

#[test]
fn a_bare_rite_is_the_signing_whose_ceremony_was_named_after_its_trigger() {
    // The signing's trigger is 签署; 签约仪式 comes later; 主持仪式 chairs that signing.
    let text = "11月20日,省人民医院与市第一人民医院签署医联体合作协议。\
院长王建军出席签约仪式并讲话。市第一人民医院党委书记张红主持仪式。";
    let ev = events_of(text, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    let e = first_of(&ev, EventType::Signing);
    assert_eq!(role_of(e, "张红"), Some(Role::Host), "{e:?}");
    assert_eq!(role_of(e, "王建军"), Some(Role::Speaker), "{e:?}");
}

#[test]
fn a_guest_group_received_is_not_led_by_the_host() {
    let text = "3月2日,南京大学党委书记谭铁牛一行来我市考察。市委书记韩立明会见了谭铁牛一行。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "韩立明"), Some(Role::Host), "{m:?}");
    assert_eq!(role_of(m, "谭铁牛"), Some(Role::Attendee), "{m:?}");
    // The guest still leads the visit of their own group.
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(v, "谭铁牛"), Some(Role::Host), "{v:?}");
}

#[test]
fn a_signature_ceremony_is_a_signing_and_the_signers_take_part() {
    let text = "5月12日,甲乙实业有限公司与长安区人民政府签订投资协议。\
公司董事长司马红与区长上官飞分别在协议上签字。";
    let ev = events_of(text, None);
    assert_eq!(ev.len(), 1, "{ev:?}");
    let e = first_of(&ev, EventType::Signing);
    assert_eq!(role_of(e, "司马红"), Some(Role::Attendee), "{e:?}");
    assert_eq!(role_of(e, "上官飞"), Some(Role::Attendee), "{e:?}");
    let ev = events_of("6月6日,副省长张明出席合作协议签字仪式并致辞。", None);
    let e = first_of(&ev, EventType::Signing);
    assert_eq!(role_of(e, "张明"), Some(Role::Speaker), "{ev:?}");
    assert!(ev.iter().all(|e| e.etype == EventType::Signing), "{ev:?}");
}

#[test]
fn a_visit_word_describing_the_guest_is_no_visit_of_the_host() {
    let text = "9月5日,国务院副总理刘国中在北京会见了来华访问的印度尼西亚农业部长苏莱曼一行。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype != EventType::Visit), "{ev:?}");
    let e = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(e, "刘国中"), Some(Role::Host), "{e:?}");
    // Alone in its sentence it still names the visit.
    let ev = events_of(
        "9月6日,来我市考察的省发展改革委主任王强一行抵达我市。",
        None,
    );
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(v, "王强"), Some(Role::Host), "{v:?}");
}

#[test]
fn a_tour_is_a_visit() {
    // 参访 (to tour a place) is a visit, as 参观 is.
    let ev = events_of("3月2日,市长张华一行参访了科技园区。", None);
    let v = first_of(&ev, EventType::Visit);
    assert_eq!(v.trigger, "参访");
    assert_eq!(role_of(v, "张华"), Some(Role::Host), "{v:?}");
}

#[test]
fn a_commendation_assembly_is_a_meeting() {
    let text = "7月1日,市委召开庆祝建党103周年暨表彰大会。市委书记张海鹰出席大会并讲话。\
市长刘青主持大会。市委副书记周涛宣读表彰决定。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(m.trigger, "表彰大会");
    assert_eq!(role_of(m, "刘青"), Some(Role::Host), "{m:?}");
    assert_eq!(role_of(m, "张海鹰"), Some(Role::Speaker), "{m:?}");
    assert_eq!(role_of(m, "周涛"), Some(Role::Speaker), "{m:?}");
}

#[test]
fn a_name_with_its_own_words_borrows_no_cue_from_the_next_named_subject() {
    let text = "1月18日,市委、市政府召开新春团拜会。市委书记林峰致新春贺词,\
市委副书记、市长钟华主持团拜会。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "林峰"), Some(Role::Speaker), "{m:?}");
    assert_eq!(role_of(m, "钟华"), Some(Role::Host), "{m:?}");
    // Words of no cue: still no borrowing of the chair's cue.
    let text = "1月18日,市委召开新春团拜会。市委书记林峰向全市人民拜年,\
市委副书记、市长钟华主持团拜会。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_ne!(role_of(m, "林峰"), Some(Role::Host), "{m:?}");
    assert_eq!(role_of(m, "钟华"), Some(Role::Host), "{m:?}");
    // A partner named after 与 does not stop the predicate: both held the talks.
    let text = "白俄罗斯总统卢卡申科今天抵达莫斯科,将与俄罗斯总统普京举行会谈。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "卢卡申科"), Some(Role::Host), "{m:?}");
}

#[test]
fn a_sentence_opening_at_the_meeting_names_its_participants() {
    let text = "6月20日,全县巩固工作推进会召开。会上,县委书记何斌与各乡镇党委书记签订了目标责任书。\
县长宋丽作了具体部署。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "何斌"), Some(Role::Attendee), "{ev:?}");
    // A leader whose speech is relayed there (传达了…重要讲话) is not present.
    let text = "7月1日,全市推进大会召开。会上传达了习近平总书记重要讲话。市长王强出席会议并讲话。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(m, "习近平"), None, "{m:?}");
    assert_eq!(role_of(m, "王强"), Some(Role::Speaker), "{m:?}");
}

#[test]
fn the_two_leaders_of_talks_witness_what_is_signed_after_them() {
    // 两国元首 stands for the host and the guest of the talks told before
    let text = "1月4日，国家主席王大明在人民大会堂同来华进行国事访问的甲国总统马克斯举行会谈。\
                \n\n马克斯表示，愿同中方加强合作，欢迎更多中国游客赴甲国旅游。\
                \n\n会谈后，两国元首共同见证签署农业、金融等领域合作文件。";
    let signing = the(text, EventType::Signing);
    assert_roles(
        &signing,
        &[
            ("王大明", Some(Role::Attendee)),
            ("马克斯", Some(Role::Attendee)),
        ],
    );
    // ... but not when the leaders are only the owners of what was agreed
    let text = "1月4日，王大明同马克斯举行会谈。\n\n双方要落实两国元首重要共识。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype == EventType::Meeting), "{ev:?}");
}

#[test]
fn whoever_holds_a_welcome_for_a_guest_hosts_it() {
    let text = "11月2日，国家主席王大明在人民大会堂北大厅为甲国总统马克斯举行隆重欢迎仪式。";
    let rite = the(text, EventType::Ceremony);
    assert_roles(
        &rite,
        &[
            ("王大明", Some(Role::Host)),
            ("马克斯", Some(Role::Attendee)),
        ],
    );
    // the guest written right after 为, the host straight before it
    let rite = the(
        "甲国总统马克斯为国家主席王大明举行欢迎仪式。",
        EventType::Ceremony,
    );
    assert_roles(
        &rite,
        &[
            ("马克斯", Some(Role::Host)),
            ("王大明", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn welcoming_a_group_is_speaking_not_attending() {
    // 一行 ends the group welcomed; the words after it are the speaker's
    let text = "4月10日，宁波市市长汤建国率代表团来我市考察，并召开座谈会。\
                市委书记罗伟陪同考察并出席座谈会。\n\n座谈会上，罗伟代表市委、市政府对\
                代表团一行表示欢迎。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[("罗伟", Some(Role::Speaker)), ("汤建国", Some(Role::Host))],
    );
}

#[test]
fn talks_a_speech_recalls_or_a_proposal_praised_are_not_this_events() {
    // the speech recalls talks held at a time of their own
    let text = "国务院副总理王小东3日在北京会见来华出席论坛的甲国总理马杜里。\n\n\
                王小东表示，今年是两国建交60周年。李大明主席5月同来华进行国事访问的赛义德\
                总统举行会谈，双方达成许多重要共识。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(&meeting, &[("王小东", Some(Role::Host)), ("李大明", None)]);
    // what someone proposed (提出的倡议) is no speech at this meeting
    let text = "3日，国务院副总理王小东会见甲国总理马杜里。马杜里积极评价习近平主席\
                提出的全球发展倡议。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(&meeting, &[("习近平", None)]);
}

#[test]
fn a_report_made_to_a_session_is_speaking() {
    // 受国务院委托 ends the name; 作的关于…的报告 is the reporter's
    let text = "3月3日，常委会会议听取了财政部部长刘昆受国务院委托作的关于国有资产管理\
                情况的报告，听取了委员会主任委员李飞、副主任委员杜德印分别作的审议结果报告。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("刘昆", Some(Role::Speaker)),
            ("李飞", Some(Role::Speaker)),
            ("杜德印", Some(Role::Speaker)),
        ],
    );
}

#[test]
fn a_speech_named_in_a_title_is_no_cue_and_a_lecture_titled_is_speaking() {
    // 讲话 inside 《》 is the title's: the chair's role stands
    let text = "5月23日，纪念《在延安文艺座谈会上的讲话》发表80周年座谈会在京举行。\
                市委书记王大明主持会议，《关于文艺工作的讲话》编写组组长李小刚出席会议。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("王大明", Some(Role::Host)),
            ("李小刚", Some(Role::Attendee)),
        ],
    );
    // 作了题为《…》的讲座: the lecturer speaks
    let text = "9月13日，常委会举行专题讲座，王大明委员长主持。\
                副主任李小刚作了题为《扎实推动改革任务落实》的讲座。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(&meeting, &[("李小刚", Some(Role::Speaker))]);
}

#[test]
fn a_report_named_after_a_visit_and_sympathy_passed_on_are_no_visits() {
    // 调研报告 is a thing: its reporter speaks, and no one visits
    let text = "10月21日，常委会会议听取了预算工委主任许小宏作的关于国有资产管理情况的\
                监督调研报告。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype != EventType::Visit), "{ev:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_roles(meeting, &[("许小宏", Some(Role::Speaker))]);
    // sympathy passed on from afar (转达…的慰问) is no visit, and whoever sends it
    // joins no later event
    let text = "12月20日，总理马克斯向国家主席王大明转达甲国政府和人民的慰问。\
                国务院总理李小刚出席会议并讲话。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype != EventType::Visit), "{ev:?}");
    assert!(ev.iter().all(|e| role_of(e, "马克斯").is_none()), "{ev:?}");
}

#[test]
fn the_one_person_who_attends_and_then_inspects_makes_the_visit() {
    let text = "12月18日，市委书记王大明出席市政府就职典礼，并视察高新区。";
    let ev = events_of(text, None);
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "王大明"), Some(Role::Host), "{ev:?}");
    let rite = first_of(&ev, EventType::Ceremony);
    assert_eq!(role_of(rite, "王大明"), Some(Role::Attendee), "{ev:?}");
    // with someone else in the sentence, whose visit it is stays unread
    let text = "12月18日，市委书记王大明陪同省长李小刚出席就职典礼，并视察高新区。";
    let visit = the(text, EventType::Visit);
    assert_ne!(role_of(&visit, "王大明"), Some(Role::Host), "{visit:?}");
}

#[test]
fn those_who_visit_along_with_the_leader_attend() {
    let text = "8月8日，常务副市长吴斌看望慰问环卫工人。\
                市城管局局长罗军、市总工会副主席刘芳一同慰问。";
    let visit = the(text, EventType::Visit);
    assert_roles(
        &visit,
        &[
            ("吴斌", Some(Role::Host)),
            ("罗军", Some(Role::Attendee)),
            ("刘芳", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn a_visiting_delegation_received_brings_its_leader_to_the_meeting() {
    let text = "9月27日，甲国富山县议会议长山本徹率友好代表团一行访问我市。\
                市长孙建华会见了代表团一行。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("孙建华", Some(Role::Host)),
            ("山本徹", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn an_event_the_guests_are_welcomed_or_thanked_for_is_no_event_of_its_own() {
    // the expo's opening ceremony is what the delegations came for
    let text = "9月27日上午，市委书记王大明会见了友好城市代表团。\
                王大明对各代表团来参加第八届花博会开幕式等系列活动表示热烈欢迎。\
                副市长李小刚等出席活动。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype != EventType::Ceremony), "{ev:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_roles(meeting, &[("李小刚", Some(Role::Attendee))]);
    // ... but a thanks for an event the article told is for that event
    let text = "3月2日，县政府与甲公司签约仪式举行。县长王大明主持仪式。\
                王大明对甲公司参加签约仪式表示感谢。";
    let signing = the(text, EventType::Signing);
    assert_roles(&signing, &[("王大明", Some(Role::Host))]);
}

#[test]
fn a_meeting_written_as_a_time_is_no_act_of_those_who_speak_while_in_it() {
    // the guests spoke while they were received
    let text = "9月27日上午，市委书记王大明会见了友好城市代表团。\
                来宾代表甲市市长彼得·罗德纳斯先生会见时作了讲话。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("王大明", Some(Role::Host)),
            ("彼得·罗德纳斯", Some(Role::Speaker)),
        ],
    );
    // ... and so did each guest of a list
    let text = "9月27日上午，市委书记王大明会见了友好城市代表团。\
                来宾代表甲市市长彼得·罗德纳斯先生、乙市市长帕蒂·拉杰拉先生会见时作了讲话。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("王大明", Some(Role::Host)),
            ("彼得·罗德纳斯", Some(Role::Speaker)),
            ("帕蒂·拉杰拉", Some(Role::Speaker)),
        ],
    );
    // what is said after talks written as a time is the subject's, not the partner's
    let text = "26日，总统王大明在与到访的联合国秘书长古特雷斯举行会谈时表示，希望达成协议。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(&meeting, &[("古特雷斯", Some(Role::Attendee))]);
    // ... and so is a partner the clause opens with, before its subject
    let text = "19日，委员长王大明在甲城同议长李小刚举行会谈。\
                同李小刚会谈时，王大明表示，愿共同推动落实重要共识。\
                李小刚表示，愿加强友好交往。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("王大明", Some(Role::Host)),
            ("李小刚", Some(Role::Speaker)),
        ],
    );
    // ... and only speech after the talks leaves them the subject's to host
    let text = "24日，机构总干事王大明在与公司总经理李小刚会谈时表示，将派出代表团。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(&meeting, &[("王大明", Some(Role::Host))]);
}

#[test]
fn pairs_listed_clause_by_clause_before_a_signing_all_sign() {
    let text = "12月3日，市商务局与华强文化科技集团股份有限公司，\
高新区管委会与宁远新能源股份有限公司，经开区管委会与恒信材料有限公司等分别签订投资协议。";
    let e = the(text, EventType::Signing);
    for p in [
        "市商务局",
        "华强文化科技集团股份有限公司",
        "高新区管委会",
        "宁远新能源股份有限公司",
        "经开区管委会",
        "恒信材料有限公司",
    ] {
        assert!(e.parties.contains(&p.to_string()), "{p}: {e:?}");
    }
    // a clause that is more than a pair adds nobody
    let e = the(
        "5月2日，市商务局陪同华强集团考察，高新区管委会与宁远股份有限公司签订协议。",
        EventType::Signing,
    );
    assert!(!e.parties.contains(&"华强集团".to_string()), "{e:?}");
    assert!(e.parties.contains(&"高新区管委会".to_string()), "{e:?}");
}

#[test]
fn a_word_of_thanks_at_a_ceremony_is_a_speech() {
    let e = the(
        "9月10日晚，全县最美乡村教师颁奖典礼在县文化中心举行。县委书记刘坤为获奖教师颁奖。获奖教师代表蒋春燕发表感言。",
        EventType::Ceremony,
    );
    assert_eq!(role_of(&e, "蒋春燕"), Some(Role::Speaker), "{e:?}");
}

#[test]
fn those_visited_at_home_attend_the_visit() {
    // a list of villages and names before 家中: each name was visited
    let text = "2月7日,副县长王大明一行先后到甲村困难群众张建华、乙村刘海波、丙村李小刚等群众家中\
                深切慰问。";
    let visit = the(text, EventType::Visit);
    assert_roles(
        &visit,
        &[
            ("王大明", Some(Role::Host)),
            ("张建华", Some(Role::Attendee)),
            ("刘海波", Some(Role::Attendee)),
            ("李小刚", Some(Role::Attendee)),
        ],
    );
    // one name: the visitor still makes the visit
    let text = "2月7日,副县长王大明到老党员李小刚家里看望慰问。";
    let visit = the(text, EventType::Visit);
    assert_roles(
        &visit,
        &[
            ("王大明", Some(Role::Host)),
            ("李小刚", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn a_party_signing_with_each_of_several_signs() {
    // A分别与B、C签订: A is a party with each
    let text = "2018年3月5日，菏泽市分别与济南市、青岛市签订战略合作协议。";
    let signing = the(text, EventType::Signing);
    for p in ["菏泽市", "济南市", "青岛市"] {
        assert!(signing.parties.iter().any(|x| x == p), "{p}: {signing:?}");
    }
}

#[test]
fn event_words_told_in_a_speech_name_no_event() {
    // the second sentence of 王大明's speech names a visit; nobody made it here
    let text = "7月4日下午，国务院总理王大明在甲国某岛会见甲国副总理李小刚。\n\
                王大明表示，去年张建华总理访华期间，双方达成重要共识。近两年来，双方积极落实访问成果。\n\
                李小刚表示，甲方愿同中方落实两国领导人达成的共识。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype != EventType::Visit), "{ev:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_roles(
        meeting,
        &[
            ("王大明", Some(Role::Host)),
            ("李小刚", Some(Role::Speaker)),
        ],
    );
}

#[test]
fn a_partner_with_a_long_post_and_a_signing_ceremony() {
    // the partner's post may run to a foreign city and its office (9 characters
    // between 与 and the name); the 签订仪式 is the signing, no ceremony of its own
    let text = "15日，市委副书记、市长王大明与前来参加洽谈会的菲律宾卡加延市市长埃马诺举行会谈，\
                双方代表两市政府签订了友好交流与合作备忘录。\n\
                市领导李小刚、张建华参加会谈及备忘录签订仪式。";
    let ev = events_of(text, None);
    assert!(ev.iter().all(|e| e.etype != EventType::Ceremony), "{ev:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_roles(
        meeting,
        &[
            ("王大明", Some(Role::Host)),
            ("埃马诺", Some(Role::Attendee)),
            ("李小刚", Some(Role::Attendee)),
        ],
    );
    // hosting the talks is no hosting of the signing 双方 did after them
    let signing = first_of(&ev, EventType::Signing);
    assert_roles(signing, &[("王大明", Some(Role::Attendee))]);
}

#[test]
fn a_speech_given_at_an_occasion_is_relayed() {
    // 王大明在全会上的重要讲话 is what the speaker explained, not a speech made here
    let text = "10月31日，省委书记李小刚在广州作宣讲报告。\
                李小刚紧紧围绕王大明总书记在全会上的重要讲话，进行了深入解读。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[("李小刚", Some(Role::Speaker)), ("王大明", None)],
    );
}

#[test]
fn those_who_attend_the_meeting_and_then_a_visit_attend_both() {
    // 参会并陪同调研: the meeting told before, and the visit of this sentence
    let text = "1月22日下午，县委常委王大明在县行政中心召开安全生产工作调度会，\
                副县长张建华主持会议。\n\
                会后，王大明、张建华分别带队，现场调研督导安全生产工作。\
                县商务局党组书记李小刚参会并陪同调研。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "李小刚"), Some(Role::Attendee), "{ev:?}");
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "李小刚"), Some(Role::Attendee), "{ev:?}");
}

#[test]
fn those_who_go_along_attend_the_visit() {
    // 随同 and 随行 say the same as 陪同: they went along, the leader hosts
    let e = the(
        "6月12日，镇党委书记王小军带队赴外地开展招商活动。镇党委副书记、镇长陈丽，副镇长孙浩随同。",
        EventType::Visit,
    );
    assert_roles(
        &e,
        &[
            ("王小军", Some(Role::Host)),
            ("陈丽", Some(Role::Attendee)),
            ("孙浩", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn leaders_who_witness_a_signing_attend_it_however_long_the_object() {
    // 两国总理 (or 双方) witnessing it, with a long list of what was signed in between
    let text = "4月8日，国务院总理王大明在北京同来访的某国总理史密斯举行会谈。会谈后，两国总理共同见证了经贸、农业、教育、文化、科技、卫生等多项政府间合作协议的签署。";
    let e = the(text, EventType::Signing);
    assert_roles(
        &e,
        &[
            ("王大明", Some(Role::Attendee)),
            ("史密斯", Some(Role::Attendee)),
        ],
    );
    // 双方 who witness it attend it, not host it; co-hosts of the talks are the two
    let text = "4月8日，市长王大明同来访的友好城市市长李小刚共同主持会谈。会谈后，双方共同见证了两地合作文件的签署。";
    let e = the(text, EventType::Signing);
    assert_roles(
        &e,
        &[
            ("王大明", Some(Role::Attendee)),
            ("李小刚", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn a_visit_word_inside_a_visiting_group_names_no_visit_beside_another_event() {
    // 会见了…访问团一行: the event is the meeting, not a visit
    let ev = events_of(
        "5月9日，市委书记李明亮会见了某某商会会长王大成率领的访问团一行。",
        None,
    );
    assert!(!ev.iter().any(|e| e.etype == EventType::Visit), "{ev:?}");
    assert!(ev.iter().any(|e| e.etype == EventType::Meeting), "{ev:?}");
    // ... but the group visiting alone is the visit (考察团莅临)
    let e = the(
        "5月9日，省委常委王大成率领的考察团莅临我县。",
        EventType::Visit,
    );
    assert_roles(&e, &[("王大成", Some(Role::Host))]);
}

#[test]
fn a_list_borrowing_a_later_act_does_not_host_the_event_it_attended() {
    // the first name, alone in its clause, takes the list's predicate; 座谈 there is the
    // talks' trigger and host cue, not a role in the signing
    let ev = events_of(
        "7月15日，市政府与某某集团有限公司签订合作协议。某某集团有限公司董事长王大成，市委书记李小刚出席签约仪式并座谈。",
        None,
    );
    let s = first_of(&ev, EventType::Signing);
    assert_roles(
        s,
        &[
            ("王大成", Some(Role::Attendee)),
            ("李小刚", Some(Role::Attendee)),
        ],
    );
    let m = first_of(&ev, EventType::Meeting);
    assert_roles(m, &[("王大成", Some(Role::Host))]);
}

#[test]
fn the_visiting_group_holding_talks_with_named_partners_is_led_by_the_visit_host() {
    let text = "4月23日，县委书记张立军带领考察人员赴外县观摩学习。在外县，观摩团与县委书记王志东、县长刘海平进行了座谈交流。";
    let ev = events_of(text, None);
    let m = first_of(&ev, EventType::Meeting);
    assert_roles(
        m,
        &[
            ("张立军", Some(Role::Host)),
            ("王志东", Some(Role::Attendee)),
            ("刘海平", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn signers_joined_by_a_conjunction_sign_for_the_bodies_before_their_posts() {
    let e = the(
        "9月12日，在县长李小刚的见证下，县商务局局长周大平与东海华润药业股份有限公司总经理陈小勇签订了投资协议。",
        EventType::Signing,
    );
    assert!(e.parties.contains(&"县商务局".to_string()), "{e:?}");
    assert!(
        e.parties.contains(&"东海华润药业股份有限公司".to_string()),
        "{e:?}"
    );
    // a party committee before the post does not sign: the government does
    let e = the(
        "9月12日，区委副书记周大平与东海华润药业股份有限公司总经理陈小勇签订了投资协议。",
        EventType::Signing,
    );
    assert!(!e.parties.contains(&"区委".to_string()), "{e:?}");
}

#[test]
fn whoever_comes_to_give_guidance_at_a_meeting_attends_it() {
    // 到会指导 and 莅临指导 say the person was there, in Traditional script as well
    for (text, name) in [
        (
            "3月2日，城关镇召开动员大会。镇党委书记高建平作动员讲话。\
             县委第三指导组组长张文斌到会指导。",
            "张文斌",
        ),
        (
            "3月2日，城關鎮召開動員大會。鎮黨委書記高建平作動員講話。\
             縣委第三指導組組長張文斌到會指導。",
            "張文斌",
        ),
        (
            "3月2日，城关镇召开动员大会。县委第三指导组组长张文斌莅临指导。",
            "张文斌",
        ),
    ] {
        let meeting = the(text, EventType::Meeting);
        assert_roles(&meeting, &[(name, Some(Role::Attendee))]);
    }
}

#[test]
fn the_bodies_of_those_who_attend_a_signing_are_no_parties() {
    // 学校办公室 and 科技处 sent people to the ceremony; the school and the city signed.
    let text = "4月12日，我校与市人民政府校地合作协议签约仪式举行。校长赵小平、市长林立出席。\
                \n学校办公室、科技处负责人参加签约仪式。";
    let signing = the(text, EventType::Signing);
    assert_eq!(
        signing.parties,
        vec!["市人民政府".to_string()],
        "{signing:?}"
    );
    // A joined pair before the trigger with no one attending in between still signs.
    let signing = the(
        "5月6日，市人民政府与甲乙科技有限公司签约。",
        EventType::Signing,
    );
    assert_eq!(signing.parties.len(), 2, "{signing:?}");
}

#[test]
fn those_who_report_on_their_duties_speak() {
    let text = "1月10日，全县乡镇党委书记述职评议会召开。县委书记龙小飞出席会议并点评。\
                龙坪乡党委书记彭小涛、桃源镇党委书记向东明依次述职。县委常委、组织部部长田小静主持会议。";
    let meeting = the(text, EventType::Meeting);
    assert_roles(
        &meeting,
        &[
            ("彭小涛", Some(Role::Speaker)),
            ("向东明", Some(Role::Speaker)),
            ("田小静", Some(Role::Host)),
        ],
    );
}

#[test]
fn a_consultation_meeting_is_a_meeting_not_a_body() {
    // 协商会, 通报会, 听证会 ... name meetings: the word is the trigger, and no
    // organization is read out of it
    let e = the(
        "11月3日，市政协召开专题协商会。市政协主席陶立新出席并讲话，副主席章明远主持。",
        EventType::Meeting,
    );
    assert_eq!(e.trigger, "协商会");
    assert_roles(
        &e,
        &[
            ("陶立新", Some(Role::Speaker)),
            ("章明远", Some(Role::Host)),
        ],
    );
}

#[test]
fn a_foreign_city_after_its_province_is_the_signing_party() {
    // 浦项 (a place name of jieba's) + 市 after a Korean province is a city, and of
    // 韩国 庆尚北道 浦项市 written one after another the city signs
    let e = the(
        "10月26日，我市与韩国庆尚北道浦项市缔结友好城市关系协议书签字仪式在市政府举行。",
        EventType::Signing,
    );
    assert_eq!(e.parties, vec!["浦项市".to_string()], "{e:?}");
}

#[test]
fn signers_named_after_the_parties_sign_for_them() {
    // the first sentence names the parties; the signers' own bodies in the next are
    // whom they signed for (a unit of the university), not more parties
    let e = the(
        "12月2日，高新区管委会与西安交通大学在西安签署校地合作协议。\
         高新区管委会主任雷振宇与西安交通大学科学技术发展研究院院长段志强代表双方签约。",
        EventType::Signing,
    );
    let mut got = e.parties.clone();
    got.sort();
    assert_eq!(
        got,
        vec!["西安交通大学".to_string(), "高新区管委会".to_string()]
    );
}

#[test]
fn both_sides_signing_after_talks_names_the_pair_of_the_talks() {
    // 双方 signed: the two bodies joined in the talks before, not only the body of
    // the one signer written with an organization
    let e = the(
        "9月12日，省政府与中国石油天然气集团有限公司在北京举行工作会谈。\
         会谈前，双方签署了战略合作框架协议。副省长晏晓光与中国石油天然气集团有限公司副总经理黄永明代表双方签约。",
        EventType::Signing,
    );
    let mut got = e.parties.clone();
    got.sort();
    assert_eq!(
        got,
        vec![
            "中国石油天然气集团有限公司".to_string(),
            "省政府".to_string()
        ]
    );
}

#[test]
fn the_leader_of_a_received_delegation_is_the_guest_not_a_host() {
    // 率领 makes its subject a host, but not when a host received the group
    let e = the(
        "10月16日，国家副主席韩立在北京会见越南国会副主席陈青梅率领的越南国会代表团。\
         陈青梅表示，越方愿同中方加强交流。",
        EventType::Meeting,
    );
    assert_roles(
        &e,
        &[("韩立", Some(Role::Host)), ("陈青梅", Some(Role::Speaker))],
    );
    // ... who still hosts the visit they lead
    let v = the(
        "5月3日，县委书记张强率领县党政代表团赴深圳考察。",
        EventType::Visit,
    );
    assert_roles(&v, &[("张强", Some(Role::Host))]);
}

#[test]
fn a_trigger_starting_a_noun_names_no_event() {
    // 访问次数 (a page's view count) and 奠基人 (a founder) are nouns: no visit or
    // ceremony is read in them
    let ev = events_of(
        "来源 :新闻中心 访问次数 : 发布时间 :2013-08-08\n    8月8日上午,由公司副总裁邵继江带队\
         组成的督查小组一行5人莅临项目部检查指导工作。",
        None,
    );
    assert!(ev.iter().all(|e| e.trigger != "访问"), "{ev:?}");
    let ev = events_of("院士张立新是我国冻土工程的奠基人之一。", None);
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_signing_clause_opening_with_bing_signs_for_the_bodies_before_it() {
    // 并签署 has no subject of its own: the two bodies that held the meeting signed
    let e = the(
        "9月5日，县公安局与县人民检察院召开协作座谈会，并签署《关于加强协作配合的实施意见》。检察长吴永安出席会议。",
        EventType::Signing,
    );
    let mut parties = e.parties.clone();
    parties.sort();
    assert_eq!(parties, vec!["县人民检察院", "县公安局"], "{e:?}");
}

#[test]
fn he_opening_the_next_clause_speaks_for_the_person_before_it() {
    // 他指出 is the speech of the person who opens the clause before
    let text = "5月16日，省人大常委会副主任唐志远带领调研组来我市调研。在随后召开的座谈会上，副市长潘建军汇报了工作情况。唐志远对我市工作给予肯定，他指出，要持续巩固成果。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(
        role_of(meeting, "唐志远"),
        Some(Role::Speaker),
        "{meeting:?}"
    );
    // ... not of someone named inside that clause (the greetings were 王丽华's, the
    // words after 他 are the speaker's)
    let e = the(
        "会见时，市长张明首先转达了王丽华教授的亲切问候，他表示欢迎客人来访。",
        EventType::Meeting,
    );
    assert_ne!(role_of(&e, "王丽华"), Some(Role::Speaker), "{e:?}");
}

#[test]
fn one_who_welcomes_a_visitor_does_not_make_the_visit() {
    // the visit is the guest's; the host city's mayor who welcomes it attends
    let text =
        "10月20日下午，市长邵光辉会见了某集团副总裁陈耀明一行。邵光辉欢迎陈耀明一行来我市考察。";
    let ev = events_of(text, None);
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "陈耀明"), Some(Role::Host), "{visit:?}");
    assert_ne!(role_of(visit, "邵光辉"), Some(Role::Host), "{visit:?}");
}

#[test]
fn a_rate_is_no_lead_and_coming_to_a_meeting_is_attending_it() {
    // 率 "leads", but 效率 is a rate: those speaking about it do not lead the meeting
    let e = the(
        "6月20日，县政协召开专题协商会。会上，政协委员郝建平、尹晓丽围绕提升审批效率作了发言。",
        EventType::Meeting,
    );
    assert_roles(
        &e,
        &[
            ("郝建平", Some(Role::Speaker)),
            ("尹晓丽", Some(Role::Speaker)),
        ],
    );
    // one who came to the meeting (到会) and listened, then spoke, is a speaker; one
    // who listened to reports with no other act first chairs
    let e = the(
        "6月20日，县政协召开专题协商会。县政协主席秦玉兰主持会议，副县长孟庆华到会听取意见并讲话。",
        EventType::Meeting,
    );
    assert_roles(
        &e,
        &[
            ("秦玉兰", Some(Role::Host)),
            ("孟庆华", Some(Role::Speaker)),
        ],
    );
    let e = the(
        "6月20日，县委召开专题会议。县委书记王大明听取全县工作汇报并讲话。",
        EventType::Meeting,
    );
    assert_roles(&e, &[("王大明", Some(Role::Host))]);
}

#[test]
fn an_award_given_by_unnamed_leaders_is_a_moment_of_the_meeting() {
    // 颁奖 names no one; those who speak after it speak at the commendation meeting
    let text = "1月18日，全县表彰大会召开。县委书记顾卫东出席会议并讲话。县领导为受表彰的先进个人代表颁奖。城关镇党委书记史俊峰作典型发言。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "史俊峰"), Some(Role::Speaker), "{ev:?}");
    assert!(ev.iter().all(|e| e.etype != EventType::Ceremony), "{ev:?}");
}

#[test]
fn the_host_who_meets_a_group_of_visitors_does_not_lead_their_visit() {
    // 客商一行 is the visitors' group: the county head who met it leads no group, and
    // the visitors' leader is received at the meeting
    let text = "3月28日，某电子有限公司董事长汪明远一行来我县考察。县长钟海平会见了客商一行，副县长钱丽陪同考察。";
    let ev = events_of(text, None);
    let visit = first_of(&ev, EventType::Visit);
    assert_eq!(role_of(visit, "汪明远"), Some(Role::Host), "{visit:?}");
    assert_ne!(role_of(visit, "钟海平"), Some(Role::Host), "{visit:?}");
    let meeting = first_of(&ev, EventType::Meeting);
    assert_roles(
        meeting,
        &[
            ("钟海平", Some(Role::Host)),
            ("汪明远", Some(Role::Attendee)),
        ],
    );
}

#[test]
fn what_is_told_during_the_meeting_is_not_told_of_a_visit_before_it() {
    // 会上 says the speakers spoke at the meeting, not at the tour told just before
    let text = "8月7日，全市城市更新现场推进会召开。市委书记黎明主持会议并讲话。与会人员先后观摩了西城区的城市更新项目。会上，西城区区长朱慧作交流发言。";
    let ev = events_of(text, None);
    let meeting = first_of(&ev, EventType::Meeting);
    assert_eq!(role_of(meeting, "朱慧"), Some(Role::Speaker), "{ev:?}");
    assert!(
        ev.iter()
            .filter(|e| e.etype == EventType::Visit)
            .all(|e| role_of(e, "朱慧").is_none()),
        "{ev:?}"
    );
}

#[test]
fn one_who_lays_out_the_next_tasks_speaks() {
    let e = the(
        "8月7日，全市城市更新现场推进会召开。市委书记黎明主持会议并讲话。市长钟国华对下一步工作作出部署。",
        EventType::Meeting,
    );
    assert_roles(
        &e,
        &[("黎明", Some(Role::Host)), ("钟国华", Some(Role::Speaker))],
    );
}

#[test]
fn one_who_opens_a_course_with_a_rallying_speech_speaks() {
    let e = the(
        "7月8日，全市组工干部能力提升培训班在市委党校开班。市委常委、组织部部长关晓东作开班动员。",
        EventType::Meeting,
    );
    assert_roles(&e, &[("关晓东", Some(Role::Speaker))]);
}
