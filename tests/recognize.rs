//! Recognition rules, one test each, on sentences written for the test (not news text).

use guanxi::lexicon::Lexicon;
use guanxi::model::{EntityType, OrgKind};
use guanxi::{Analysis, Document, Pipeline};
use std::sync::OnceLock;

fn analyze(text: &str) -> Analysis {
    static PIPE: OnceLock<Pipeline> = OnceLock::new();
    PIPE.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("lexicon")))
        .analyze(&Document {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        })
}

fn texts(a: &Analysis, etype: EntityType) -> Vec<&str> {
    a.entities
        .iter()
        .filter(|e| e.etype == etype)
        .map(|e| e.text.as_str())
        .collect()
}

fn places(text: &str) -> Vec<String> {
    texts(&analyze(text), EntityType::Place)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn foreign_city_with_an_administrative_suffix_after_its_country() {
    let p = places("代表团来自德国克拉诺堡市和菲律宾东巴拉斯省。");
    assert!(p.contains(&"克拉诺堡市".to_string()), "{p:?}");
    assert!(p.contains(&"东巴拉斯省".to_string()), "{p:?}");
}

#[test]
fn hyphenated_foreign_city_is_one_place_not_a_chinese_city_inside_it() {
    let p = places("客人来自毛里求斯罗斯-贝尔津市。");
    assert!(p.contains(&"罗斯-贝尔津市".to_string()), "{p:?}");
    assert!(!p.contains(&"津市".to_string()), "{p:?}");
}

#[test]
fn foreign_region_with_diqu() {
    let p = places("芬兰萨卡里塔地区的客人参观了工厂。");
    assert!(p.contains(&"萨卡里塔地区".to_string()), "{p:?}");
}

#[test]
fn a_province_with_diqu_is_an_area_not_a_new_place() {
    let p = places("项目将为山东地区带来新的机会。");
    assert!(!p.iter().any(|x| x == "山东地区"), "{p:?}");
}

#[test]
fn venue_takes_the_level_character_in_front() {
    let p = places("会议在县行政中心举行。");
    assert!(p.contains(&"县行政中心".to_string()), "{p:?}");
    assert!(!p.contains(&"行政中心".to_string()), "{p:?}");
}

fn has(a: &Analysis, etype: EntityType, text: &str) -> bool {
    texts(a, etype).contains(&text)
}

/// Does the analysis hold no entity of any of these types?
fn none_of(a: &Analysis, types: &[EntityType]) -> bool {
    a.entities.iter().all(|e| !types.contains(&e.etype))
}

#[test]
fn level_char_and_abbreviated_office_before_a_title_is_an_org() {
    let a = analyze("区外办主任赵立新主持会议。");
    assert!(has(&a, EntityType::Org, "区外办"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "主任"), "{:?}", a.entities);
}

#[test]
fn a_body_in_front_of_its_party_committee_is_an_org() {
    let a = analyze("临空港党工委书记李明出席。");
    assert!(has(&a, EntityType::Org, "临空港"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "党工委书记"), "{:?}", a.entities);
}

#[test]
fn government_after_party_committee_is_split_from_the_title() {
    let a = analyze("县委县政府副秘书长王强出席。");
    assert!(has(&a, EntityType::Org, "县政府"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "副秘书长"), "{:?}", a.entities);
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "王强" && h.title == "副秘书长")
    );
}

#[test]
fn a_one_char_verb_inside_an_abbreviated_company_name() {
    let a = analyze("副市长与省水利建集团签约。企业是集团的骨干。");
    assert!(has(&a, EntityType::Org, "省水利建集团"), "{:?}", a.entities);
    assert!(
        !texts(&a, EntityType::Org)
            .iter()
            .any(|o| o.contains("是集团"))
    );
}

#[test]
fn a_given_name_that_is_also_a_place_name() {
    let a = analyze("副县长刘中山出席会议。");
    assert!(has(&a, EntityType::Person, "刘中山"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Place, "中山"), "{:?}", a.entities);
}

#[test]
fn a_count_of_people_is_no_name() {
    let a = analyze("约300余人参加了活动。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn surname_with_a_form_of_address_is_no_name() {
    let a = analyze("镇长看望了王老伯、李师傅等群众。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn an_ordinary_word_in_a_list_before_deng_is_no_name() {
    let a = analyze("双方将围绕科技、文旅等产业开展合作。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn a_name_in_parentheses_closing_the_article_is_its_reporter() {
    let a = analyze("副县长王建国出席会议。\n会议要求各部门抓好落实。(李小红)");
    assert_eq!(a.reporters, vec!["李小红".to_string()]);
    assert!(has(&a, EntityType::Person, "李小红"));
    // it continues no earlier byline: no title is read as its
    assert!(!a.holds.iter().any(|h| h.person == "李小红"));
    // a parenthesis inside a sentence is no byline
    let b = analyze("副县长王建国(李小红)出席会议。");
    assert!(b.reporters.is_empty(), "{:?}", b.reporters);
}

#[test]
fn a_byline_after_a_long_headline_is_found() {
    let a = analyze("某某市政府与某某集团签署战略合作框架协议\n记者张晓明报道:3月2日,双方签约。");
    assert_eq!(a.reporters, vec!["张晓明".to_string()]);
}

#[test]
fn a_byline_reporting_from_a_place_names_the_reporter_not_the_place() {
    let a = analyze("新华社记者王晓明北京报道 3月2日，双方在京签约。");
    assert_eq!(a.reporters, vec!["王晓明".to_string()]);
    assert!(
        texts(&a, EntityType::Place).contains(&"北京"),
        "{:?}",
        a.entities
    );
    // one row for the marker, with the agency written in front of it
    let rows: Vec<_> = a.holds.iter().filter(|h| h.person == "王晓明").collect();
    assert_eq!(rows.len(), 1, "{:?}", a.holds);
    assert_eq!(rows[0].org.as_deref(), Some("新华社"));
    // two reporters before the place; a name of two characters left is read whole
    let b = analyze("本报记者李建华张红上海报道 昨日，两地签约。");
    assert_eq!(b.reporters, vec!["李建华".to_string(), "张红".to_string()]);
    let c = analyze("本报记者欧阳林报道 昨日，两地签约。");
    assert_eq!(c.reporters, vec!["欧阳林".to_string()]);
    // 文/摄 after the name is the credit, not the name's last character
    let d = analyze("两地签约。\n本报记者梅建明文/摄");
    assert_eq!(d.reporters, vec!["梅建明".to_string()]);
    // names a space apart are each a reporter; a sentence after the space is none
    let e = analyze("两地签约。\n本报记者 康小淼 沈汝发");
    assert_eq!(
        e.reporters,
        vec!["康小淼".to_string(), "沈汝发".to_string()]
    );
    let f = analyze("记者 王小明 李华表示，两地签约。");
    assert_eq!(f.reporters, vec!["王小明".to_string()]);
}

#[test]
fn a_bylines_marker_holds_only_as_the_title_it_ends_in() {
    // 融媒体记者: the title is 记者, and 融媒体 is no name before it
    let a = analyze("县长到项目现场调研。\n\n（融媒体记者 钟雪 通讯员 付强）");
    assert_eq!(a.reporters, vec!["钟雪".to_string(), "付强".to_string()]);
    assert_eq!(texts(&a, EntityType::Person), vec!["钟雪", "付强"]);
    assert_eq!(
        holds(&a),
        vec![
            ("钟雪".to_string(), "记者".to_string()),
            ("付强".to_string(), "通讯员".to_string())
        ]
    );
    // an author or a photo credit holds no post
    let a = analyze("县长到项目现场调研。\n\n作者：周小满");
    assert_eq!(a.reporters, vec!["周小满".to_string()]);
    assert!(a.holds.is_empty(), "{:?}", a.holds);
}

#[test]
fn a_verb_before_a_unit_is_not_a_department_of_the_title() {
    let a = analyze("镇里举办“两新”组织党支部书记培训班。");
    assert!(has(&a, EntityType::Title, "党支部书记"), "{:?}", a.entities);
    assert!(
        !has(&a, EntityType::Title, "组织党支部书记"),
        "{:?}",
        a.entities
    );
}

fn orgs(text: &str) -> Vec<String> {
    texts(&analyze(text), EntityType::Org)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn an_idiom_or_adverb_in_front_is_not_part_of_the_org() {
    assert_eq!(orgs("我们要认真贯彻落实县委的部署。"), vec!["县委"]);
    assert_eq!(
        orgs("更加认真的贯彻执行好北方总公司有关安全工作指示"),
        vec!["北方总公司"]
    );
    // a one-char adjective inside a name stays (新材料产业发展局)
    assert!(orgs("新区设立了新材料产业发展局。").contains(&"新材料产业发展局".to_string()));
}

#[test]
fn a_preposition_glued_to_a_guessed_name_is_cut_off() {
    assert_eq!(orgs("领导分别致辞对凯山中学竣工表示祝贺"), vec!["凯山中学"]);
}

#[test]
fn a_publication_in_its_dateline() {
    assert_eq!(
        orgs("标题\n  晨光报讯 5月1日上午,县里召开会议。"),
        vec!["晨光报"]
    );
    assert!(orgs("标题\n  青溪网讯(通讯员 王小明)5月1日上午。").contains(&"青溪网".to_string()));
}

#[test]
fn the_outlet_credited_for_a_reposted_story_is_not_marked() {
    // a re-post credit opening the story: the outlet is its source, not a mention
    assert!(
        orgs("**新华网消息**（晚间新闻）：人民日报社记者来到县里。")
            .iter()
            .all(|o| o != "新华网")
    );
    // the same outlet named in a sentence is marked
    assert!(orgs("县里与新华网签署合作协议。").contains(&"新华网".to_string()));
    // good news in a line's first words credits nobody
    assert!(orgs("新华网传来好消息：县里获奖了。").contains(&"新华网".to_string()));
}

#[test]
fn a_prefecture_level_city_jieba_reads_as_an_ordinary_word_is_a_place() {
    // jieba tags 大连 an adverb and 保定 a verb when they stand alone
    let p = places("总理在大连会见外宾，随后前往保定考察。");
    assert!(p.contains(&"大连".to_string()), "{p:?}");
    assert!(p.contains(&"保定".to_string()), "{p:?}");
}

#[test]
fn a_country_s_side_or_army_is_no_person() {
    assert!(persons("俄军情报显示乌军在前线布置了火炮阵地。").is_empty());
    assert!(persons("巴方表示，愿同中方加强合作。").is_empty());
    assert!(persons("俄方曾明确表示反对，美军方正在调兵。").is_empty());
    // a leader named after a group word still is one
    assert_eq!(persons("市领导王建国出席。"), vec!["王建国"]);
}

#[test]
fn a_name_does_not_cut_a_dictionary_word_in_two() {
    // 高 is a surname, 高度重视 one word
    assert!(persons("县委书记高度重视乡村振兴工作。").is_empty());
}

#[test]
fn a_list_of_words_before_deng_holds_no_names() {
    assert!(persons("教育、社保、医疗、住房、养老、扶幼等各方面工作。").is_empty());
    assert!(persons("人工智能、大数据、云计算等高技术领域合作。").is_empty());
    // a list of names does, even with a surname jieba does not read as one
    let p = persons("李建国、栗志强、王东明等出席会议。");
    assert!(p.contains(&"栗志强".to_string()), "{p:?}");
    assert_eq!(p.len(), 3, "{p:?}");
}

#[test]
fn a_rare_surname_before_a_cue_needs_jieba_to_agree() {
    // 有 and 从 are surnames too
    assert!(persons("部分地区有大到暴雪。").is_empty());
    assert!(persons("北约多个成员国正在增派兵力。").is_empty());
}

#[test]
fn a_title_jieba_glues_to_the_surname_still_gives_the_name() {
    // jieba reads 主任何立新 as 主/任何/立新
    assert_eq!(
        persons("发展改革委主任何立新表示，经济运行平稳。"),
        vec!["何立新"]
    );
}

#[test]
fn a_cue_inside_a_word_reads_no_name() {
    // 在 of 存在 is no cue: 方面存 is no one
    assert!(persons("各国在死亡率方面存在差异。").is_empty());
    // 等 of 平等, in a list of names, still is one (张平等参加)
    let p = persons("王东峰、郭金龙、张平等参加会见。");
    assert!(p.contains(&"张平".to_string()), "{p:?}");
}

#[test]
fn an_editor_s_post_after_a_name_is_a_verb() {
    let a = analyze("国家主席王建国签发第十二号主席令。");
    assert_eq!(texts(&a, EntityType::Title), vec!["国家主席"]);
    // in a credit line it is a post
    let a = analyze("会议召开。\n签发：李明华\n");
    assert!(
        texts(&a, EntityType::Title).contains(&"签发"),
        "{:?}",
        texts(&a, EntityType::Title)
    );
}

#[test]
fn a_transliterated_name_with_ji_is_read_whole() {
    assert_eq!(
        persons("乌兹别克斯坦总统米尔济约耶夫出席峰会。"),
        vec!["米尔济约耶夫"]
    );
}

#[test]
fn words_ending_in_an_org_suffix_are_no_orgs() {
    // 报, 局, 部, 所 end these; jieba's dictionary even tags some as organizations
    for text in [
        "各地拉响防空警报。",
        "两国发表联合公报。",
        "加快形成新格局。",
        "落实重大战略部署。",
        "洪水造成数万人流离失所。",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
}

#[test]
fn a_one_character_word_opening_the_clause_is_not_part_of_a_known_org() {
    assert_eq!(orgs("经中央军委批准，授予荣誉称号。"), vec!["中央军委"]);
    assert_eq!(orgs("经自然资源部批准，设立保护区。"), vec!["自然资源部"]);
}

#[test]
fn a_place_suffix_inside_an_ordinary_word_makes_no_place() {
    for text in [
        "涵盖机器人、集成电路等产业。",
        "高速铁路代表着未来。",
        "要积极发展乡村产业。",
        "站在历史的十字路口。",
        "贯彻新时代党的组织路线。",
    ] {
        assert!(places(text).is_empty(), "{text}: {:?}", places(text));
    }
    // streets jieba knows by name stay (和平路/nz)
    let p = places("对和平路、中华路沿线进行整治。");
    assert!(p.contains(&"和平路".to_string()), "{p:?}");
}

#[test]
fn a_known_org_before_a_title_is_not_split_into_org_and_department() {
    let a = analyze("国际奥委会主席巴赫出席开幕式。");
    assert_eq!(texts(&a, EntityType::Org), vec!["国际奥委会"]);
    assert_eq!(texts(&a, EntityType::Title), vec!["主席"]);
}

#[test]
fn a_post_that_is_also_a_country_is_the_country_before_another_post() {
    let a = analyze("南苏丹总统基尔出席峰会。");
    assert!(texts(&a, EntityType::Title).iter().all(|t| *t != "苏丹"));
    assert!(texts(&a, EntityType::Place).contains(&"南苏丹"));
}

#[test]
fn a_bureau_named_by_what_it_does() {
    let o = orgs("区里的招商局、产业促进局和科技创新局全体人员参加会议。");
    assert!(o.contains(&"产业促进局".to_string()), "{o:?}");
    assert!(o.contains(&"科技创新局".to_string()), "{o:?}");
    // 所 after a verb is a particle, 变局 a changing situation
    assert!(orgs("了解群众所思所想所盼。").is_empty());
    assert!(orgs("在世界大变局中开新局。").is_empty());
}

#[test]
fn former_districts_and_foreign_cities_are_places() {
    let p = places("代表团赴上海市闸北区和新西兰克赖斯特彻奇考察。");
    assert!(p.contains(&"闸北区".to_string()), "{p:?}");
    assert!(p.contains(&"克赖斯特彻奇".to_string()), "{p:?}");
}

#[test]
fn central_party_organs_and_bank_short_names_are_orgs() {
    let o = orgs("要认真落实党中央的决策部署,民盟中央主席出席,建行和中行给予支持。");
    for w in ["党中央", "民盟中央", "建行", "中行"] {
        assert!(o.contains(&w.to_string()), "{w}: {o:?}");
    }
}

#[test]
fn a_generic_phrase_is_no_org() {
    let a = analyze("群众感受到党和政府的温暖,东南亚国家地方政府代表出席。");
    assert!(texts(&a, EntityType::Org).is_empty(), "{:?}", a.entities);
    assert!(has(&a, EntityType::Place, "东南亚"), "{:?}", a.entities);
}

fn persons(text: &str) -> Vec<String> {
    texts(&analyze(text), EntityType::Person)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn a_name_before_a_speech_made_is_a_name() {
    // (name_cues.txt: 作典型发言, 作了讲话 ... take a person as subject)
    assert_eq!(persons("获奖家庭代表张桂芳作典型发言。"), vec!["张桂芳"]);
    assert_eq!(persons("随后,李春燕作了讲话。"), vec!["李春燕"]);
}

#[test]
fn a_short_transliterated_name_after_a_title() {
    assert_eq!(persons("新西兰总理拉克诺出席会议。"), vec!["拉克诺"]);
}

#[test]
fn a_name_jieba_knows_after_a_title_with_an_unlisted_surname() {
    assert_eq!(persons("州长普国明出席会议。"), vec!["普国明"]);
}

#[test]
fn a_transliterated_name_before_a_title() {
    assert_eq!(
        persons("2023年5月卡拉曼利斯总理访华期间"),
        vec!["卡拉曼利斯"]
    );
}

#[test]
fn a_boundary_word_after_a_middle_dot_stays_in_the_foreign_name() {
    assert_eq!(
        persons("首相阿卜杜拉·本·扎耶德出席会议"),
        vec!["阿卜杜拉·本·扎耶德"]
    );
}

#[test]
fn a_member_of_a_group_word_is_no_title() {
    let a = analyze("考察结束后,代表团成员参观了工厂。");
    assert!(texts(&a, EntityType::Title).is_empty(), "{:?}", a.entities);
}

#[test]
fn a_report_is_not_a_publication() {
    let o = orgs("书记听取了省委和省政府工作汇报。");
    assert!(o.contains(&"省政府".to_string()), "{o:?}");
    assert!(!o.iter().any(|x| x.ends_with("汇报")), "{o:?}");
}

#[test]
fn research_institutes_in_general_are_no_org() {
    assert!(orgs("促进科技企业、科研院所等创新要素集聚。").is_empty());
}

#[test]
fn nothing_inside_a_project_or_facility_name_is_marked() {
    let a = analyze("引进了华信5G江苏总部基地、青禾科技集团产业园等项目。");
    assert!(texts(&a, EntityType::Org).is_empty(), "{:?}", a.entities);
    assert!(texts(&a, EntityType::Place).is_empty(), "{:?}", a.entities);
    // a place before 项目 stays a place
    let b = analyze("南京市项目建设取得新进展。");
    assert!(has(&b, EntityType::Place, "南京市"), "{:?}", b.entities);
}

#[test]
fn a_listed_foreign_region_with_an_administrative_suffix_stays_whole() {
    let p = places("过去一周,阿拉斯加州遭遇暴风雪。");
    assert!(p.contains(&"阿拉斯加州".to_string()), "{p:?}");
}

#[test]
fn checks_on_the_independent_corpus() {
    // a one-char verb after a plain noun is a verb (律师告银行)
    assert!(orgs("律师告银行信用卡全额罚息。").is_empty());
    // a group word ending inside a longer word reads no name after it (老人家)
    assert!(persons("老人家活着的时候应该多陪陪。").is_empty());
    // a transliterated name before a cue verb is no person unless a title follows
    assert!(persons("莫斯科斯巴达在小组赛中两战全胜。").is_empty());
}

#[test]
fn set_phrases_stay_inside_org_names_and_generic_bodies_are_no_orgs() {
    assert_eq!(
        orgs("中国出入境管理局决定,今天起实施新政策。"),
        vec!["中国出入境管理局"]
    );
    assert!(orgs("提出相互尊重、和平共处、合作共赢的原则。").is_empty());
    assert!(orgs("各级党委和政府要加强领导。").is_empty());
    assert_eq!(orgs("紧紧围绕县委的总体部署。"), vec!["县委"]);
}

#[test]
fn a_transliterated_name_jieba_cut_in_two_before_a_title() {
    assert_eq!(persons("他会见了彭斯科夫斯基总统"), vec!["彭斯科夫斯基"]);
}

#[test]
fn an_adviser_is_a_post() {
    let a = analyze("总统办公室主任顾问科瓦连科表示反对。");
    assert!(has(&a, EntityType::Title, "顾问"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Person, "顾问"), "{:?}", a.entities);
}

#[test]
fn a_listed_org_with_a_function_word_glued_on_by_jieba() {
    assert!(orgs("市发改委、经信委等部门领导出席。").contains(&"经信委".to_string()));
}

#[test]
fn a_villager_named_after_the_village() {
    let p = persons("县领导先后到张庄村李建设等群众家中慰问。");
    assert!(p.contains(&"李建设".to_string()), "{p:?}");
}

#[test]
fn a_zone_is_an_org_only_with_a_place_in_front() {
    assert!(orgs("要加快建设现代化空港新区和物流园区。").is_empty());
    assert!(orgs("青岛临空经济示范区与企业签约。").contains(&"青岛临空经济示范区".to_string()));
    // an administrative suffix after an ordinary word is no place (示范区)
    assert!(places("建设共同富裕示范区,开启新篇章。").is_empty());
}

#[test]
fn numbers_around_org_names() {
    // a level char after a number is several places, no one body
    assert!(orgs("双方代表两市政府签订了备忘录。").is_empty());
    // a name jieba tags as a numeral, and a bare kind of institution that is none
    assert_eq!(
        orgs("代表团参观了博物馆和三星堆博物馆。"),
        vec!["三星堆博物馆"]
    );
    // a count with its measure word ends the name
    assert!(
        !orgs("会上通报区十五届人大五次会议情况。")
            .iter()
            .any(|o| o.contains("通报"))
    );
}

#[test]
fn nothing_inside_a_quoted_name_is_marked() {
    let a = analyze("“2019中国·江西绿色产业博览会”在南昌开幕。");
    assert_eq!(
        texts(&a, EntityType::Place),
        vec!["南昌"],
        "{:?}",
        a.entities
    );
    // a quoted sentence is no name
    let b = analyze("他说:“张建国书记来到南昌,看望了大家。”");
    assert!(has(&b, EntityType::Person, "张建国"), "{:?}", b.entities);
}

#[test]
fn a_name_with_a_rare_surname_inside_a_list_of_names() {
    let p = persons("市领导王立新、但思远、刘海波参加会议。");
    assert_eq!(p, vec!["王立新", "但思远", "刘海波"]);
    // a list of words is no list of names
    assert!(persons("副市长王立新、干部群众参加会议。") == vec!["王立新"]);
}

#[test]
fn a_short_foreign_city_after_its_state() {
    let p = places("比赛在美国俄勒冈州尤金市举行。");
    assert!(p.contains(&"尤金市".to_string()), "{p:?}");
}

#[test]
fn an_ordinal_is_no_part_of_a_name() {
    assert!(
        !orgs("国内首个零碳钢板工厂正在建设。")
            .iter()
            .any(|o| o.contains("首个"))
    );
}

/// The (person, title) pairs of a text's holds.
fn holds(a: &Analysis) -> Vec<(String, String)> {
    a.holds
        .iter()
        .map(|h| (h.person.clone(), h.title.clone()))
        .collect()
}

#[test]
fn state_and_foreign_posts_are_whole_titles() {
    // 国务委员 and 国家副主席 are posts of their own, not 委员 and 副主席
    let a = analyze("国务委员王小平、国家副主席赵大成出席开幕式。");
    assert!(has(&a, EntityType::Title, "国务委员"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "国家副主席"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Title, "委员"), "{:?}", a.entities);
    // a chief executive, a foreign minister and a secretary of state, with their names
    let b = analyze("特区行政长官周立群会见了英国外交大臣史密斯和美国国务卿约翰逊。");
    let h = holds(&b);
    for (p, t) in [
        ("周立群", "行政长官"),
        ("史密斯", "外交大臣"),
        ("约翰逊", "国务卿"),
    ] {
        assert!(h.contains(&(p.into(), t.into())), "{p} {t}: {h:?}");
    }
    // 国务委员长 is one post, not 国务委员 + 长
    let c = analyze("朝鲜国务委员长金大成致电祝贺。");
    assert!(has(&c, EntityType::Title, "国务委员长"), "{:?}", c.entities);
    assert!(has(&c, EntityType::Person, "金大成"), "{:?}", c.entities);
}

#[test]
fn an_envoy_holds_only_the_posts_after_the_principal() {
    let a = analyze("王大明主席特使、外交部副部长李小刚出席就职仪式。");
    let h = holds(&a);
    assert!(h.contains(&("王大明".into(), "主席".into())), "{h:?}");
    assert!(h.contains(&("李小刚".into(), "特使".into())), "{h:?}");
    assert!(!h.contains(&("李小刚".into(), "主席".into())), "{h:?}");
    // the representative of the Secretary-General is not the Secretary-General
    let b = analyze("联合国秘书长特别代表陈明出席会议。");
    assert!(
        !holds(&b).contains(&("陈明".into(), "秘书长".into())),
        "{:?}",
        b.holds
    );
}

#[test]
fn a_transliterated_name_ending_like_a_unit() {
    // 科 ends units (卫生科) and Slavic names alike (-ko)
    let p = persons("俄罗斯联邦委员会主席马特维延科会见代表团。");
    assert_eq!(p, vec!["马特维延科"]);
    assert_eq!(persons("印度尼西亚总统佐科会见代表团。"), vec!["佐科"]);
}

#[test]
fn a_long_transliterated_name_ending_in_a_foreign_place() {
    // 尼斯 (Nice) at the end of 阿尔巴尼斯 does not make it a place
    let a = analyze("澳大利亚总理阿尔巴尼斯访华。");
    assert!(
        has(&a, EntityType::Person, "阿尔巴尼斯"),
        "{:?}",
        a.entities
    );
    assert!(!has(&a, EntityType::Place, "尼斯"), "{:?}", a.entities);
}

#[test]
fn a_repeated_name_stands_over_a_shorter_one_inside_it() {
    // 塔米姆 is found after its title; later, before 表示, the cue alone reads 米姆 (米
    // is a surname)
    let p = persons("国家主席会见卡塔尔埃米尔塔米姆。塔米姆表示，感谢主席。");
    assert_eq!(p, vec!["塔米姆", "塔米姆"]);
}

#[test]
fn a_dictionary_organization_keeps_the_unit_it_ends_with() {
    // 中央组织部 is an organization of its own: not 中央 + 组织部部长
    let a = analyze("中央组织部部长王大明、中央办公厅主任李小平出席。");
    for o in ["中央组织部", "中央办公厅"] {
        assert!(has(&a, EntityType::Org, o), "{o}: {:?}", a.entities);
    }
    for t in ["部长", "主任"] {
        assert!(has(&a, EntityType::Title, t), "{t}: {:?}", a.entities);
    }
    // the same when the post starts with the unit (纪委书记)
    let c = analyze("中央纪委书记赵小明出席。");
    assert!(has(&c, EntityType::Org, "中央纪委"), "{:?}", c.entities);
    assert!(has(&c, EntityType::Title, "书记"), "{:?}", c.entities);
    // a unit after a place still makes a post with it (组织部部长 stays whole)
    let b = analyze("县委常委、组织部部长张小华出席。");
    assert!(has(&b, EntityType::Title, "组织部部长"), "{:?}", b.entities);
}

#[test]
fn a_surname_that_is_also_a_preposition_after_a_title() {
    // 于 is a common surname and "at": after a post, with a name after it, the surname
    let a = analyze("首先请副县长于明华致辞。");
    assert!(has(&a, EntityType::Person, "于明华"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Person, "明华"), "{:?}", a.entities);
    // 和 between two designations is the conjunction
    let b = analyze("王大明主席和李小刚总统举行会谈。");
    assert!(has(&b, EntityType::Person, "王大明"), "{:?}", b.entities);
    assert!(
        !b.entities.iter().any(|e| e.text.starts_with('和')),
        "{:?}",
        b.entities
    );
}

#[test]
fn a_hyphenated_transliterated_name() {
    let a = analyze("在王大明主席和迪亚斯-卡内尔主席的引领下,双方合作顺利。");
    assert!(
        has(&a, EntityType::Person, "迪亚斯-卡内尔"),
        "{:?}",
        a.entities
    );
    assert!(!has(&a, EntityType::Person, "迪亚斯"), "{:?}", a.entities);
    // after a post, whatever the ending (科 ends units too)
    let b = analyze("葡萄牙议长阿吉亚尔-布兰科出席。");
    assert!(
        has(&b, EntityType::Person, "阿吉亚尔-布兰科"),
        "{:?}",
        b.entities
    );
    // a hyphen between two places joins no name
    let c = analyze("柏林-勃兰登堡地区的企业代表出席。");
    assert!(
        c.entities.iter().all(|e| e.etype != EntityType::Person),
        "{:?}",
        c.entities
    );
}

#[test]
fn a_married_name_of_four() {
    // her husband's surname, her own, a given name of two
    assert_eq!(persons("特区行政长官林郑月娥出席。"), vec!["林郑月娥"]);
    // a name of three with a surname for its second character stays three
    assert_eq!(persons("副市长王林明表示支持。"), vec!["王林明"]);
}

#[test]
fn a_country_written_onto_a_known_organization_is_part_of_it() {
    // jieba reads 俄罗斯国家杜马 as one word: the guideline's 美国盖茨基金会 case
    let a = analyze("俄罗斯国家杜马主席沃洛金会见代表团。");
    assert!(
        has(&a, EntityType::Org, "俄罗斯国家杜马"),
        "{:?}",
        a.entities
    );
    assert!(!has(&a, EntityType::Place, "俄罗斯"), "{:?}", a.entities);
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "沃洛金" && h.title == "主席")
    );
}

#[test]
fn a_transliterated_name_jieba_cuts_in_two_before_a_cue() {
    // 戈洛夫/nr 琴科/nrt 表示: the whole name, not 琴科
    assert_eq!(persons("戈洛夫琴科表示,愿加强合作。"), vec!["戈洛夫琴科"]);
}

#[test]
fn a_list_with_a_place_in_it_holds_no_names() {
    // 白银 and 方正 are cities here, not 白 + 银 and 方 + 正: 兰州 says it is a list of
    // places
    let a = analyze("项目落户三地:兰州、白银、方正等地。");
    assert!(none_of(&a, &[EntityType::Person]), "{:?}", a.entities);
}

#[test]
fn a_country_jieba_glues_to_a_post_is_still_a_place() {
    // jieba reads 日本首相 and 英国首相 as single words
    let got = places("日本首相与英国首相通电话。");
    assert!(got.contains(&"日本".to_string()), "{got:?}");
    assert!(got.contains(&"英国".to_string()), "{got:?}");
}

#[test]
fn known_people_jieba_misreads_are_persons() {
    // jieba's dictionary has 普京 as a place name and glues 和 onto it (和普京/nz)
    assert_eq!(
        persons("俄罗斯总统普京当天会见了日本首相岸田文雄。"),
        vec!["普京", "岸田文雄"]
    );
    assert_eq!(
        persons("习近平主席和普京总统举行会谈。"),
        vec!["习近平", "普京"]
    );
}

#[test]
fn a_determiner_makes_a_description_not_a_name() {
    // 各村党支部 is the Party branch of each village: a post, no organization
    let a = analyze("各村党支部书记、各乡镇党委书记参加培训。");
    assert!(
        none_of(&a, &[EntityType::Org, EntityType::Place]),
        "{:?}",
        a.entities
    );
    assert!(has(&a, EntityType::Title, "党支部书记"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "党委书记"), "{:?}", a.entities);
    // a name the dictionary knows whole may start with one
    assert!(has(
        &analyze("各国议会联盟大会在日内瓦举行。"),
        EntityType::Org,
        "各国议会联盟"
    ));
}

#[test]
fn a_third_given_char_that_jieba_only_guessed_into_a_word_stays_in_the_name() {
    // 刘海/nr 生曾/d: 生曾 is no word of jieba's dictionary, so 生 ends the name
    assert_eq!(persons("局长刘海生曾明确反对。"), vec!["刘海生"]);
    // ... while 李强/表示 keeps 表示 a word
    assert_eq!(persons("总理李强表示欢迎。"), vec!["李强"]);
    // 楼 is a surname
    assert_eq!(persons("副主任楼志强表示欢迎。"), vec!["楼志强"]);
}

#[test]
fn a_post_must_line_up_with_the_words_after_it() {
    // 署长 in 部署/长江 is no post, and 部门部 no organization
    let a = analyze("三部门部署长江流域治理工作。");
    assert!(
        none_of(&a, &[EntityType::Title, EntityType::Org]),
        "{:?}",
        a.entities
    );
    // jieba reads 委主/任何/立峰: the post 主任 is glued to a name it reads right after
    let a = analyze("国家发展改革委主任何立峰出席。");
    assert!(has(&a, EntityType::Title, "主任"), "{:?}", a.entities);
    assert_eq!(texts(&a, EntityType::Person), vec!["何立峰"]);
    // jieba reads 俄罗斯/防长绍/伊古: its guess glued the name to the post
    assert_eq!(persons("俄罗斯防长绍伊古表示反对。"), vec!["绍伊古"]);
}

#[test]
fn posts_of_state_and_government_offices() {
    let a = analyze("俄罗斯总统新闻秘书佩斯科夫表示，审计署审计长刘明作了报告。");
    assert!(has(&a, EntityType::Title, "新闻秘书"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "审计长"), "{:?}", a.entities);
    assert_eq!(persons("海关总署署长陈冬表示欢迎。"), vec!["陈冬"]);
}

#[test]
fn a_name_ends_before_the_verbs_of_travel_and_greetings() {
    // jieba glues the verb on (李强乘, 艾伦/互): 乘 and 互致 are name cues
    assert_eq!(persons("国务院总理李强乘专机离开北京。"), vec!["李强"]);
    assert_eq!(persons("国家主席同牙买加总督艾伦互致贺电。"), vec!["艾伦"]);
    // a known name ends at the cue even where jieba cut it 田文雄互
    assert_eq!(
        persons("国务院总理李克强同岸田文雄互致贺电。"),
        vec!["李克强", "岸田文雄"]
    );
}

#[test]
fn phrases_shaped_like_names_are_no_people() {
    // A common noun and a localizer (贺信/中), a date after a surname-like preposition
    // (从/今天, in a byline too), a seat taken after a post (主席/席就座).
    let a = analyze("县长王立新在贺信中表示，全县要再接再厉。");
    assert!(has(&a, EntityType::Person, "王立新"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Person, "贺信中"), "{:?}", a.entities);
    let a = analyze("本报记者从今天召开的全县工作会议上获悉，全县粮食再获丰收。");
    assert!(a.reporters.is_empty(), "{:?}", a.reporters);
    assert!(none_of(&a, &[EntityType::Person]), "{:?}", a.entities);
    let a = analyze("大会在主席台执行主席席就座后开始。");
    assert!(none_of(&a, &[EntityType::Person]), "{:?}", a.entities);
    // a given name of two that is a number or a season is still one
    let a = analyze("副县长梁万年、刘元春出席会议。");
    assert!(has(&a, EntityType::Person, "梁万年"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "刘元春"), "{:?}", a.entities);
}

#[test]
fn descriptions_of_governments_are_no_organizations() {
    // 当地政府, 上市公司: descriptions (generic_orgs.txt); 在京 (in Beijing) is no part of
    // the organization after it (boundaries.txt); the SAR government is one (orgs.txt).
    let a = analyze("当地政府举办推介会，多家上市公司参加。");
    assert!(none_of(&a, &[EntityType::Org]), "{:?}", a.entities);
    let a = analyze("在京中共中央政治局委员出席，特别行政区政府派员参加。");
    assert!(
        has(&a, EntityType::Org, "中共中央政治局"),
        "{:?}",
        a.entities
    );
    assert!(
        has(&a, EntityType::Org, "特别行政区政府"),
        "{:?}",
        a.entities
    );
}

#[test]
fn lakes_and_rivers_are_read_whole_and_a_big_city_is_no_place() {
    let a = analyze("鄱阳湖和永定河的生态保护工作成效明显，一些大城市也来学习。");
    assert!(has(&a, EntityType::Place, "鄱阳湖"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Place, "永定河"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Place, "鄱阳"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Place, "大城市"), "{:?}", a.entities);
}

#[test]
fn a_conjunction_character_before_a_list_comma_ends_the_name() {
    // 和 and 都 right before 、 join nothing: they are the names' last characters
    assert_eq!(
        persons("副市长周春和、李大明、王小军出席会议。"),
        vec!["周春和", "李大明", "王小军"]
    );
    assert_eq!(
        persons("市委书记张海都、市长刘建华出席活动。"),
        vec!["张海都", "刘建华"]
    );
    // ... and before a full-width comma, which the clean text folds to ASCII
    assert_eq!(
        persons("市委书记张海都，市长刘建华出席活动。"),
        vec!["张海都", "刘建华"]
    );
}

#[test]
fn mao_of_mahmoud_is_a_transliteration_character() {
    // 茂 (马哈茂德) keeps the whole name foreign, not a Chinese 马哈茂 and a 德·卡里姆
    assert_eq!(
        persons("总统马哈茂德·卡里姆出席会议。"),
        vec!["马哈茂德·卡里姆"]
    );
}

#[test]
fn a_preposition_after_a_name_does_not_open_a_county_short_form() {
    // 同 + 安瓦尔 after a name, not the county 同安; the county itself still reads
    assert!(places("总统张明同安瓦尔举行会谈。").is_empty());
    assert_eq!(places("代表团到同安调研。"), vec!["同安"]);
}

#[test]
fn names_in_parentheses_after_a_wire_dateline_are_its_reporters() {
    let a = analyze("新华社北京3月1日电（张小军）记者从有关部门获悉，今年春耕进展顺利。");
    assert_eq!(a.reporters, vec!["张小军"]);
    let a = analyze("本报讯（张小军 李华）3月1日，市长王明出席会议。");
    assert_eq!(a.reporters, vec!["张小军", "李华"]);
    // a unit in parentheses after a word ending in 电 is no byline
    assert!(analyze("全市用电（千瓦时）增长。").reporters.is_empty());
}

#[test]
fn an_ordinal_inside_an_organization_name_is_part_of_it() {
    assert_eq!(
        orgs("我市与中国建筑第八工程局有限公司签约。"),
        vec!["中国建筑第八工程局有限公司"]
    );
    assert_eq!(orgs("市第一人民医院派出医疗队。"), vec!["市第一人民医院"]);
    assert_eq!(
        orgs("中铁十四局集团有限公司承建该项目。"),
        vec!["中铁十四局集团有限公司"]
    );
    // a count or a rank is no part of a name
    for text in [
        "该市第五所方舱医院投入使用。",
        "瑞士第二大银行集团宣布裁员。",
        "两市政府签署协议。",
    ] {
        let found = orgs(text);
        assert!(
            found.iter().all(|o| !o.contains('第') && !o.contains('两')),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_part_of_a_place_is_no_organization() {
    // 东北部, 西南部: a part of the place (jieba's locative), not a 部 of government
    for text in ["暴雨袭击该省东北部地区。", "直升机在肯塔基州西南部坠毁。"]
    {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
    assert_eq!(places("直升机在肯塔基州西南部坠毁。"), vec!["肯塔基州"]);
}

#[test]
fn an_idiom_ending_in_a_suffix_character_is_no_organization() {
    // 落到实处 (put into practice) and 心灵深处 end in 处 (an office); 发展局 is a bureau
    for text in [
        "要把市委决策部署落到实处。",
        "让理想扎根青少年心灵深处。",
        "谈判陷入僵局。",
    ] {
        assert!(
            orgs(text)
                .iter()
                .all(|o| !o.ends_with('处') && !o.ends_with('局')),
            "{text}: {:?}",
            orgs(text)
        );
    }
    assert_eq!(orgs("民营经济发展局召开会议。"), vec!["民营经济发展局"]);
}

#[test]
fn a_network_is_no_news_site() {
    // 网 ends a news site's name (央视网), not a network (工业互联网, 公路网)
    for text in ["加快发展工业互联网。", "完善国家高速公路网。"] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
}

#[test]
fn a_time_word_opens_no_organization_name() {
    assert_eq!(orgs("今年财政部将加大支持力度。"), vec!["财政部"]);
    assert_eq!(orgs("目前广西气象局已发布预警。"), vec!["广西气象局"]);
}

#[test]
fn an_ideal_or_kind_of_government_is_no_organization() {
    for text in ["加快建设数字政府和法治政府。", "叙利亚反政府武装发动袭击。"]
    {
        assert!(
            orgs(text).iter().all(|o| !o.ends_with("政府")),
            "{text}: {:?}",
            orgs(text)
        );
    }
    assert_eq!(orgs("南非政府发表声明。"), vec!["南非政府"]);
}

#[test]
fn an_ordinary_word_and_a_verb_after_a_group_word_are_no_name() {
    // 领导 + 干部要: the cadres must, not a 干部要
    assert!(persons("各级领导干部要把安全生产放在首位。").is_empty());
    // a name after the group word still reads
    assert_eq!(persons("全国优秀共产党员洪家光出席。"), vec!["洪家光"]);
}

#[test]
fn common_words_jieba_tags_as_names_are_no_people() {
    // jieba's dictionary tags these nr; jieba_words.txt reads them as what they are
    for text in [
        "山洪暴发后，群众转移。",
        "他向纪念碑敬献花篮。",
        "暴风雨袭击沿海。",
    ] {
        assert!(persons(text).is_empty(), "{text}: {:?}", persons(text));
    }
    // a mountain, not a person or the county 贺兰 inside it
    assert_eq!(places("贺兰山下葡萄成熟。"), vec!["贺兰山"]);
}

#[test]
fn zeng_after_a_name_is_once_and_before_a_given_name_a_surname() {
    assert_eq!(
        persons("全国人大代表葛明华曾奔赴抗疫一线。"),
        vec!["葛明华"]
    );
    assert_eq!(
        persons("区委书记曾志强、区长曾海涛参加调研。"),
        vec!["曾志强", "曾海涛"]
    );
}

#[test]
fn a_clause_in_front_of_a_post_is_no_department() {
    // the department read into a title is a noun phrase, not a clause
    let a = analyze("今晚播出世界银行行长的讲话。");
    assert!(has(&a, EntityType::Title, "行长"), "{:?}", a.entities);
    let a = analyze("要持续推动军委主席负责制落实。");
    assert!(
        texts(&a, EntityType::Title)
            .iter()
            .all(|t| !t.contains("推动")),
        "{:?}",
        a.entities
    );
    // a department that names what it does stays in the title (the guideline's example)
    let a = analyze("中国船级社船舶导航安全处处长黄为学出席。");
    assert!(
        has(&a, EntityType::Title, "船舶导航安全处处长"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_hospital_or_institute_inside_a_university_is_the_organization_not_a_department() {
    // a company or institution in its own right is no internal department: the whole
    // name is the organization, the post starts after it
    for (text, org, title) in [
        (
            "安徽医科大学附属第一医院副院长张明出席。",
            "安徽医科大学附属第一医院",
            "副院长",
        ),
        (
            "中国社会科学院世界经济与政治研究所副所长李红出席。",
            "中国社会科学院世界经济与政治研究所",
            "副所长",
        ),
        (
            "省人民医院心内科主任医师黄志明出席。",
            "省人民医院",
            "心内科主任医师",
        ),
    ] {
        let a = analyze(text);
        assert!(has(&a, EntityType::Org, org), "{text}: {:?}", a.entities);
        assert!(
            has(&a, EntityType::Title, title),
            "{text}: {:?}",
            a.entities
        );
    }
}

#[test]
fn an_assistant_to_a_post_is_one_post_and_a_couple_is_no_part_of_a_name() {
    let a = analyze("俄罗斯总统助理帕特鲁舍夫表示，将加强合作。");
    assert_eq!(
        holds(&a),
        vec![("帕特鲁舍夫".to_string(), "总统助理".to_string())]
    );
    // ... and an assistant's rank in front of a post is part of it (助理秘书长)
    let a = analyze("联合国助理秘书长哈立德·赫亚里在会上表示。");
    assert_eq!(
        holds(&a),
        vec![("哈立德·赫亚里".to_string(), "助理秘书长".to_string())]
    );
    assert_eq!(
        persons("塞尔维亚总统武契奇夫妇到机场迎接。"),
        vec!["武契奇"]
    );
}

#[test]
fn a_secretary_of_state_abroad_is_one_post_under_the_ministry() {
    let a = analyze("甲国农业部国务秘书韩明达在开幕式上致辞。");
    assert_eq!(
        holds(&a),
        vec![("韩明达".to_string(), "国务秘书".to_string())]
    );
    assert!(has(&a, EntityType::Org, "甲国农业部"), "{:?}", a.entities);
}

#[test]
fn names_after_a_groups_representative_are_persons() {
    assert_eq!(
        persons("座谈会上，企业代表张小明、群众代表李红梅先后发言。"),
        vec!["张小明", "李红梅"]
    );
    // the representatives themselves are no one's name
    assert!(persons("企业代表和群众代表参加会议。").is_empty());
}

#[test]
fn temples_and_stockaded_villages_are_places_and_a_word_in_front_is_no_part() {
    assert_eq!(
        places("他们参观了卧佛寺和石宝寨。"),
        vec!["卧佛寺", "石宝寨"]
    );
    // an ordinary word of two in front of a name of two is no part of it
    assert_eq!(places("游客来到古迹茶胶寺参观。"), vec!["茶胶寺"]);
    // a mosque in general, and an idiom, are none
    assert!(places("当地修缮了清真寺。工人们安营扎寨。").is_empty());
}

#[test]
fn a_verb_of_reporting_after_a_name_is_no_part_of_it() {
    // 刘畅/通报: not 刘畅通
    assert_eq!(
        persons("会上，市发展改革委主任刘畅通报了全市营商环境评价情况。"),
        vec!["刘畅"]
    );
}

#[test]
fn a_kind_of_body_or_a_network_is_no_organization() {
    for text in [
        "要发展政策性银行和综合性大学。",
        "普惠性幼儿园覆盖率达到九成。",
        "改造城市供水管网和农村医疗卫生服务网。",
    ] {
        let a = analyze(text);
        assert!(
            texts(&a, EntityType::Org).is_empty(),
            "{text}: {:?}",
            a.entities
        );
    }
    // a network company the dictionaries know is one
    let a = analyze("国家管网集团和国家管网签署协议。");
    assert!(has(&a, EntityType::Org, "国家管网"), "{:?}", a.entities);
}

#[test]
fn names_after_an_appointment_a_verb_of_having_and_with_tong() {
    // 任命 is no part of the name appointed
    let a = analyze("柬埔寨国王任命洪玛奈为新任首相。");
    assert!(!has(&a, EntityType::Person, "任命洪"), "{:?}", a.entities);
    // 有 is no surname (群众有需要)
    assert!(persons("群众有需要，我们随时到。").is_empty());
    // 通 is written in transliterated names (哈通, 通伦)
    assert_eq!(
        persons("德国博世集团董事会主席斯特凡·哈通出席。"),
        vec!["斯特凡·哈通"]
    );
    // ... but an ordinary word before a Chinese place is no foreign place
    assert_eq!(places("西部陆海新通道钦州联运中心开通。"), vec!["钦州"]);
    // a dot between a country and its city is no name's
    let a = analyze("班列（越南·河内—匈牙利·布达佩斯）从西安启程。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
    assert!(has(&a, EntityType::Place, "布达佩斯"), "{:?}", a.entities);
}

#[test]
fn an_organization_found_once_is_found_where_no_rule_reads_it() {
    // read before a post, the park is the same park where it signs
    let text = "10月17日下午，宿马现代产业园区集中签约一批项目。\
                宿马现代产业园区党工委书记王启明出席签约仪式。";
    let a = analyze(text);
    let parks = a
        .entities
        .iter()
        .filter(|e| e.etype == EntityType::Org && e.text == "宿马现代产业园区")
        .count();
    assert_eq!(parks, 2, "{:?}", a.entities);
    // a kind of body is not read again as a name
    let a = analyze("县律师事务所主任王强出席。律师事务所要守法。");
    let firms = texts(&a, EntityType::Org)
        .into_iter()
        .filter(|o| *o == "律师事务所")
        .count();
    assert_eq!(firms, 0, "{:?}", a.entities);
}

#[test]
fn a_generic_community_road_or_village_is_no_place() {
    for text in ["推进城乡社区治理。", "修通了致富路。", "小山村变了模样。"]
    {
        assert!(places(text).is_empty(), "{text}: {:?}", places(text));
    }
    assert_eq!(places("东海岛的渔民出海。"), vec!["东海岛"]);
}

#[test]
fn a_one_character_boundary_opening_a_dictionary_word_is_no_boundary() {
    // 全 (all) is a boundary word, but not as the first character of 全国
    assert_eq!(
        orgs("政协第十四届全国委员会第一次会议开幕。"),
        vec!["全国委员会"]
    );
}

#[test]
fn a_name_jieba_guesses_is_a_place_is_still_a_name() {
    // 陈坤明/ns: outside jieba's dictionary, the place tag is only its guess
    assert_eq!(persons("陈坤明主持会议。"), vec!["陈坤明"]);
    assert_eq!(persons("会上,王坤明讲话。"), vec!["王坤明"]);
    // a place jieba knows stays a place (黄石/ns is in its dictionary)
    assert!(persons("黄石市召开会议。").is_empty());
}

#[test]
fn a_listed_foreign_name_takes_its_administrative_suffix_however_jieba_cuts_it() {
    // jieba reads 伊/德利/卜省: the province is still 伊德利卜省
    assert_eq!(
        places("叙利亚西北部伊德利卜省的一处村庄"),
        vec!["叙利亚", "伊德利卜省"]
    );
}

#[test]
fn a_village_jieba_only_guessed_is_a_common_noun_is_a_place() {
    // 画溪村/n is jieba's guess for a word it has never seen; 行政村/n is its word
    assert_eq!(
        places("调研组到湖州市安吉县画溪村调研。"),
        vec!["湖州市", "安吉县", "画溪村"]
    );
    assert!(places("推进行政村建设。").is_empty());
    // the name runs on in front of the token (大沁/他拉镇): read whole, from the list
    assert_eq!(places("市长到大沁他拉镇调研。"), vec!["大沁他拉镇"]);
}

#[test]
fn a_department_whose_name_joins_two_fields_with_he_is_read_whole() {
    // 和 ends a name everywhere else; these standard names are suffixes of their own
    assert_eq!(
        orgs("近日,市发展和改革委员会与市税务局签署合作协议。"),
        vec!["市发展和改革委员会", "市税务局"]
    );
    assert_eq!(
        orgs("县住房和城乡建设局局长王强出席。"),
        vec!["县住房和城乡建设局"]
    );
}

#[test]
fn a_verb_and_a_noun_of_activity_inside_a_bureau_name() {
    // 行政/审批/服务/局局长: 审批服务 says what the bureau does, jieba glues the post on
    assert_eq!(
        orgs("县行政审批服务局局长李明出席。"),
        vec!["县行政审批服务局"]
    );
}

#[test]
fn a_body_named_by_its_kind_alone_before_its_party_committee() {
    // 学院 + 党委书记, as 示范区 + 党工委书记: the college the text is about
    let a = analyze("学院党委书记杨晓光、示范区党工委书记刘伟出席签约仪式。");
    let rows: Vec<(String, String, Option<String>)> = a
        .holds
        .iter()
        .map(|h| (h.person.clone(), h.title.clone(), h.org.clone()))
        .collect();
    assert!(
        rows.contains(&("杨晓光".into(), "党委书记".into(), Some("学院".into()))),
        "{rows:?}"
    );
    assert!(
        rows.contains(&("刘伟".into(), "党工委书记".into(), Some("示范区".into()))),
        "{rows:?}"
    );
    let kinds: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.text == "学院")
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, vec![Some(OrgKind::Institution)]);
}

#[test]
fn a_name_jieba_lists_as_a_place_is_a_name_after_a_post() {
    // 马建国/ns is a word of jieba's dictionary, but no place of ours
    assert_eq!(
        persons("区委书记马建国深入辖区企业调研。马建国表示,要主动靠前服务。"),
        vec!["马建国", "马建国"]
    );
    // a listed place stays one (张家口 is no 张 + 家口)
    assert!(persons("市长到张家口调研。").is_empty());
}

#[test]
fn short_names_of_local_departments_after_a_level_character() {
    // jieba cuts 市住/建局 and 区工/信局: the short names are suffixes of their own
    assert_eq!(
        orgs("区工信局、市住建局、县卫健委负责同志陪同调研。"),
        vec!["区工信局", "市住建局", "县卫健委"]
    );
}

#[test]
fn a_list_word_jieba_glues_to_the_suffix_and_a_holding_company() {
    // 自然资源/局等: 等 ends the list, not the name; 控股有限公司 is one suffix
    assert_eq!(
        orgs("县发改局、县自然资源局等部门负责同志参加。"),
        vec!["县发改局", "县自然资源局"]
    );
    assert_eq!(
        orgs("县人民政府与华润电力控股有限公司举行签约仪式。"),
        vec!["县人民政府", "华润电力控股有限公司"]
    );
    // ... but a word of jieba's dictionary is no glue (民心所在)
    assert!(orgs("这是民心所在。").is_empty());
}

#[test]
fn a_suffix_ending_a_group_of_people_names_no_body() {
    // 干部 ends in 部, but 镇村干部 and 广大干部 are cadres
    assert_eq!(
        orgs("镇党委书记张明华带领镇村干部走访慰问。湖北广大干部群众积极参与。"),
        vec!["镇党委"]
    );
}

#[test]
fn a_verb_opening_the_clause_and_a_word_ending_like_a_suffix_are_no_organization() {
    // 援引 (cite) and 抗议 (protest) are boundaries: the name starts after them
    assert_eq!(
        orgs("美国媒体援引美国国防部消息称,民众抗议日本政府的决定。"),
        vec!["美国国防部", "日本政府"]
    );
    // 布局 (generic_orgs.txt), 共处 and 深处 (no noun) end like 局 and 处
    assert!(orgs("要优化区域经济布局,坚持和平共处,走进大山深处。").is_empty());
}

#[test]
fn an_abbreviated_country_in_front_of_a_listed_place_is_not_part_of_it() {
    // 俄/j + 库尔斯克 + 州: Russia's Kursk region
    assert_eq!(places("俄库尔斯克州遭到袭击。"), vec!["库尔斯克州"]);
    // a suffix inside a name jieba reads whole is none (香港市民: citizens)
    assert_eq!(places("香港市民积极参与。"), vec!["香港"]);
}

#[test]
fn a_known_ministry_before_a_post_jieba_glued_on_is_whole() {
    // jieba reads 信息化/部副/部长: the ministry still ends at 部 and holds the post.
    let a = analyze("工业和信息化部副部长刘宏出席开幕式。");
    assert!(
        texts(&a, EntityType::Org).contains(&"工业和信息化部"),
        "{:?}",
        a.entities
    );
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "刘宏" && h.org.as_deref() == Some("工业和信息化部")),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_thai_name_after_a_post_is_a_person() {
    // Thai names are written without `·`, in characters of the Thai transliteration
    // table (颂, 猜, 汶 ...).
    let a = analyze("泰国曼谷市副市长颂猜率代表团访问我市。");
    assert!(
        texts(&a, EntityType::Person).contains(&"颂猜"),
        "{:?}",
        a.entities
    );
}

#[test]
fn an_academician_is_a_title_and_popular_science_no_name() {
    let a = analyze("中国工程院院士潘云鹤作主旨演讲。少先队员聆听院士科普讲座。");
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "潘云鹤" && h.title == "院士"),
        "{:?}",
        a.holds
    );
    // jieba tags 科普 as a transliterated name; jieba_words.txt makes it a noun.
    assert!(
        !texts(&a, EntityType::Person).contains(&"科普"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_foreign_ministers_short_post_is_one_title() {
    let a = analyze("会见了印度尼西亚农业部长苏莱曼和苏丹内政部长艾哈迈德。");
    let h = holds(&a);
    assert!(
        h.contains(&("苏莱曼".to_string(), "农业部长".to_string())),
        "{h:?}"
    );
    assert!(
        h.contains(&("艾哈迈德".to_string(), "内政部长".to_string())),
        "{h:?}"
    );
    assert!(
        texts(&a, EntityType::Place).contains(&"苏丹"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_level_character_or_a_place_makes_a_peoples_organization_local() {
    let a = analyze("市委统战部部长带领市工商联和县总工会、区妇联、市民宗局负责人深入企业。");
    let orgs = texts(&a, EntityType::Org);
    for o in ["市工商联", "县总工会", "区妇联", "市民宗局"] {
        assert!(orgs.contains(&o), "{o}: {orgs:?}");
    }
    // 城市 is no level: the body stays the known name.
    let a = analyze("推动城市工商联改革。");
    assert!(
        !texts(&a, EntityType::Org).contains(&"市工商联"),
        "{:?}",
        a.entities
    );
    let a = analyze("贵州省妇联主席王芳出席会议。");
    assert!(
        texts(&a, EntityType::Org).contains(&"贵州省妇联"),
        "{:?}",
        a.entities
    );
}

#[test]
fn villages_jieba_knows_as_common_nouns_are_places() {
    // jieba's dictionary has 胜利村 and 团结村 as nouns; jieba_words.txt tags them ns.
    assert!(places("县委书记来到胜利村看望群众。").contains(&"胜利村".to_string()));
    assert!(places("他们走访了团结村。").contains(&"团结村".to_string()));
    // Its generic words in 村 stay no place.
    assert!(places("全县共有行政村120个。").is_empty());
}

#[test]
fn a_name_after_a_post_spelled_like_a_city_is_a_person() {
    // 黄山 is a city too; after a post and before a list mark it is a name.
    let a = analyze("省政协主席黄山、副主席许可陪同调研。");
    let h = holds(&a);
    assert!(
        h.contains(&("黄山".to_string(), "主席".to_string())),
        "{h:?}"
    );
    assert!(
        !texts(&a, EntityType::Place).contains(&"黄山"),
        "{:?}",
        a.entities
    );
    // Elsewhere it stays the city.
    assert!(places("他们来到黄山考察。").contains(&"黄山".to_string()));
    // A rarer surname in the same slot (宁 of 宁波) is a name all the same.
    let a = analyze("副县长姚春燕，县退役军人事务局局长宁波陪同慰问。");
    let h = holds(&a);
    assert!(
        h.contains(&("宁波".to_string(), "局长".to_string())),
        "{h:?}"
    );
    assert!(!texts(&a, EntityType::Place).contains(&"宁波"));
    assert!(places("代表团赴宁波、舟山考察。").contains(&"宁波".to_string()));
}

#[test]
fn a_federation_of_trade_unions_before_its_chair_is_an_organization() {
    // 工会 is a unit a company's post may hold (公司工会主席); 县总工会 is a body.
    let a = analyze("市委常委、县总工会主席朱琳为获奖选手颁奖。市妇联主席王芳出席。");
    // The women's federation before its chair keeps its suffix's kind.
    let fed = a
        .entities
        .iter()
        .find(|e| e.text == "市妇联")
        .expect("市妇联");
    assert_eq!(
        fed.kind,
        Some(guanxi::model::OrgKind::Institution),
        "{fed:?}"
    );
    assert!(
        texts(&a, EntityType::Org).contains(&"县总工会"),
        "{:?}",
        a.entities
    );
    assert!(
        a.holds.iter().any(|h| h.person == "朱琳"
            && h.title == "主席"
            && h.org.as_deref() == Some("县总工会")),
        "{:?}",
        a.holds
    );
}

#[test]
fn which_term_or_the_word_local_is_no_part_of_a_name() {
    // 新一届 (the new term's) and 当地 (the local) describe the body named after them
    let a = analyze("3月5日，新一届县政府领导班子与当地供销社负责人座谈。");
    assert!(has(&a, EntityType::Org, "县政府"), "{:?}", a.entities);
    assert!(
        texts(&a, EntityType::Org)
            .iter()
            .all(|o| !o.contains("新一届") && !o.contains("当地")),
        "{:?}",
        a.entities
    );
}

#[test]
fn what_an_editions_ordinal_names_is_no_person() {
    // 花 is a surname, and jieba guesses 花博会 (the flower expo) is a name; after
    // 第八届 (the eighth) it is the event, even with a place between
    let a = analyze("市长王建国预祝第八届中国花博会等活动圆满成功。");
    assert!(!has(&a, EntityType::Person, "花博会"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "王建国"), "{:?}", a.entities);
}

#[test]
fn a_cue_jieba_glued_onto_a_name_is_no_part_of_it() {
    // jieba reads 李希在, 李希等 and 铁凝在 as names: the cue after two characters
    // (在, 等, 应邀) ends them
    let a = analyze("5月4日，李希在主持座谈会时指出，要抓好落实。王沪宁、李希等出席会议。");
    assert_eq!(
        texts(&a, EntityType::Person),
        ["李希", "王沪宁", "李希"],
        "{:?}",
        a.entities
    );
    let a = analyze("副委员长铁凝在参加审议时说，完全赞同。书记蔡奇应邀出席开幕会。");
    assert!(has(&a, EntityType::Person, "铁凝"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "蔡奇"), "{:?}", a.entities);
}

#[test]
fn a_transliterated_name_ends_where_an_ordinary_word_starts() {
    // 高度 (highly), 当晚 (that evening), 因 (because) before 疫情: words, not syllables
    for (text, name) in [
        ("甲国总统阿巴斯当晚表示，将继续合作。", "阿巴斯"),
        ("乙国首相约翰逊因疫情期间违规聚会遭到批评。", "约翰逊"),
        ("丙国总统马克龙特别强调，双方要加强合作。", "马克龙"),
    ] {
        let a = analyze(text);
        assert_eq!(
            texts(&a, EntityType::Person),
            [name],
            "{text}: {:?}",
            a.entities
        );
    }
    // 同 before a transliterated name is "with", not a surname; 希冀 is "hopes"
    let a = analyze("王大明主席同博鲁阿尔特总统举行会谈。总书记希冀青年人才要勇于创新。");
    let persons = texts(&a, EntityType::Person);
    assert!(
        !persons.iter().any(|p| p.starts_with('同') || *p == "希冀"),
        "{persons:?}"
    );
    // 仍 (still) ends what a surname started: 林火仍在蔓延 is no name
    let a = analyze("山区的林火仍在蔓延，消防部门正在扑救。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn a_post_jieba_glued_to_a_one_char_given_name_still_holds() {
    // jieba reads 主/任何/俊: 任何 ("any") hides the post 主任 before 何俊
    let a = analyze("县文明办主任何俊出席揭牌仪式。");
    assert!(has(&a, EntityType::Title, "主任"), "{:?}", a.entities);
    assert!(
        a.holds
            .iter()
            .any(|h| h.person == "何俊" && h.title == "主任"),
        "{:?}",
        a.holds
    );
    // ... but a county, a river and a village are no post and name (五华县/长江/村)
    let a = analyze("五华县长江村的菜农们把蔬菜打包发货。");
    assert!(!has(&a, EntityType::Title, "县长"), "{:?}", a.entities);
}

#[test]
fn a_company_trade_name_may_hold_a_verb_after_its_place() {
    // jieba reads 深圳/华/创新/能源: the name runs on past the verb to the place
    let a = analyze("深圳华创新能源科技有限公司董事长李振华出席签约仪式。");
    assert!(
        has(&a, EntityType::Org, "深圳华创新能源科技有限公司"),
        "{:?}",
        a.entities
    );
    // ... and past the nouns of its trade (湖南/鑫源/房地产/开发有限公司)
    for company in ["湖南鑫源农业开发有限公司", "长沙华源房地产开发有限公司"]
    {
        let a = analyze(&format!("{company}董事长王强出席。"));
        assert!(has(&a, EntityType::Org, company), "{:?}", a.entities);
    }
    // but not past another company's name (甲公司/收购乙公司)
    let a = analyze("日本制铁公司收购美国钢铁公司。");
    assert!(has(&a, EntityType::Org, "美国钢铁公司"), "{:?}", a.entities);
    // a verb straight after the place is the clause's (苏州/推进)
    let a = analyze("苏州推进新能源科技有限公司建设。");
    assert!(
        texts(&a, EntityType::Org)
            .iter()
            .all(|o| !o.contains("推进")),
        "{:?}",
        a.entities
    );
}

#[test]
fn two_nouns_joined_inside_a_body_name_are_one_name() {
    // 与 and 和 join the nouns of one department's name
    let a = analyze("来自浙江大学农业与生物技术学院的专家。全国人大宪法和法律委员会召开会议。");
    assert!(
        has(&a, EntityType::Org, "浙江大学农业与生物技术学院"),
        "{:?}",
        a.entities
    );
    assert!(
        texts(&a, EntityType::Org)
            .iter()
            .any(|o| o.ends_with("宪法和法律委员会")),
        "{:?}",
        a.entities
    );
    // ... but a level character after the joiner opens another body (全会和市纪委)
    let a = analyze("会议传达了全会和市纪委的部署。");
    assert!(has(&a, EntityType::Org, "市纪委"), "{:?}", a.entities);
}

#[test]
fn a_place_opening_a_described_project_is_no_place_of_its_own() {
    // nothing inside a project's name is marked: 甲市旅游公路环线示范段建设工程
    let a = analyze("12月27日，贵阳市旅游公路环线开阳示范段建设工程举行开工仪式。");
    assert!(!has(&a, EntityType::Place, "贵阳市"), "{:?}", a.entities);
    // a place straight before 项目 stays a place, and a body named by a head stays one
    let a = analyze("安平县项目建设加快推进。中国载人航天工程办公室发布消息。");
    assert!(has(&a, EntityType::Place, "安平县"), "{:?}", a.entities);
    assert!(
        has(&a, EntityType::Org, "中国载人航天工程办公室"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_given_names_last_character_jieba_glued_to_a_word_after_it_is_the_names() {
    // jieba guesses 清于 and 强受 as words; 于 and 受 are words names never run into
    let a = analyze("副市长王国清于5日率队赶赴灾区。");
    assert_eq!(texts(&a, EntityType::Person), vec!["王国清"]);
    let b = analyze("副县长赵本强受县政府委托作说明。");
    assert_eq!(texts(&b, EntityType::Person), vec!["赵本强"]);
}

#[test]
fn a_common_noun_opening_with_a_rare_surname_is_no_name_after_a_title() {
    // 单位 "unit" after the title 成员: 单 is a surname, but 单位要 is no name
    let a = analyze("各成员单位要关心支持全市工作。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
    // a listed name may open with such a noun; a common surname's may too
    let b = analyze("劳模代表艾爱国、王小明出席会议。");
    assert!(has(&b, EntityType::Person, "艾爱国"), "{:?}", b.entities);
}

#[test]
fn a_short_transliterated_name_jieba_reads_as_a_place_after_a_title() {
    // 加西亚/ns: no place of ours, read whole by jieba, a word of its dictionary after
    let a = analyze("市长同来访的议长加西亚举行会谈。");
    assert!(has(&a, EntityType::Person, "加西亚"), "{:?}", a.entities);
    // an ordinary word jieba tags a place is none (扎根 "takes root"), nor is one it
    // tags no proper name (苏丹 is a title and a country: 多地 "many places")
    let b = analyze("驻村第一书记扎根一线。");
    assert!(texts(&b, EntityType::Person).is_empty(), "{:?}", b.entities);
    let c = analyze("苏丹多地武装冲突今天仍在持续。");
    assert!(texts(&c, EntityType::Person).is_empty(), "{:?}", c.entities);
    // a list of names stops at an item that opens with a title
    let d = analyze("大使分别会见文莱苏丹哈桑纳尔、王储比拉。");
    assert!(has(&d, EntityType::Person, "哈桑纳尔"), "{:?}", d.entities);
    assert!(has(&d, EntityType::Person, "比拉"), "{:?}", d.entities);
    assert!(has(&d, EntityType::Title, "王储"), "{:?}", d.entities);
}

#[test]
fn two_bodies_joined_by_he_before_a_level_character_are_two() {
    // jieba reads 和县 (a county) across the joiner: 县卫健局 和 县人民医院
    let a = analyze("副县长要求，县卫健局和县人民医院要用好合作平台。");
    let orgs = texts(&a, EntityType::Org);
    assert!(orgs.contains(&"县卫健局"), "{orgs:?}");
    assert!(orgs.contains(&"县人民医院"), "{orgs:?}");
}

#[test]
fn a_task_force_is_named_for_its_task_verbs_and_all() {
    // 振兴 and 防控 are verbs, but the name runs on to the level character opening it,
    // and the post before the task force's is the same person's
    let a = analyze("县委书记、县乡村振兴工作领导小组组长王小东主持会议。");
    assert!(
        has(&a, EntityType::Org, "县乡村振兴工作领导小组"),
        "{:?}",
        a.entities
    );
    assert_eq!(
        holds(&a),
        vec![
            ("王小东".to_string(), "书记".to_string()),
            ("王小东".to_string(), "组长".to_string())
        ]
    );
    let b = analyze("县委副书记、县防汛抗旱指挥部指挥长李大海主持会议。");
    assert!(
        has(&b, EntityType::Org, "县防汛抗旱指挥部"),
        "{:?}",
        b.entities
    );
    assert!(has(&b, EntityType::Person, "李大海"), "{:?}", b.entities);
    // a clause is no task: 成立 "sets up", 派出 "sends"
    let c = analyze("市里成立现场指挥部，省里累计派出13个工作组。");
    let orgs = texts(&c, EntityType::Org);
    assert!(
        !orgs
            .iter()
            .any(|o| o.contains("成立") || o.contains("派出")),
        "{orgs:?}"
    );
}

#[test]
fn a_dotted_name_runs_on_past_a_character_no_transliteration_uses() {
    // 魏 opens the second part: jieba reads it as a name's
    let a = analyze("经济部国务秘书罗兰·魏格特率代表团来访。");
    assert_eq!(texts(&a, EntityType::Person), vec!["罗兰·魏格特"]);
}

#[test]
fn a_companys_seat_in_parentheses_is_part_of_its_name() {
    let a = analyze("代表团参观了博世汽车部件（苏州）有限公司。");
    assert_eq!(
        texts(&a, EntityType::Org),
        vec!["博世汽车部件（苏州）有限公司"]
    );
    assert!(texts(&a, EntityType::Place).is_empty(), "{:?}", a.entities);
    // a parenthesis with nothing named before it is no company
    let b = analyze("注册地为（苏州）有限公司。");
    assert!(
        !texts(&b, EntityType::Org)
            .iter()
            .any(|o| o.starts_with('（'))
    );
    // 旗下 ("under") ends the parent's name: the subsidiary is a name of its own
    let c = analyze("该集团旗下三联书店有限公司出版了新书。");
    assert!(
        has(&c, EntityType::Org, "三联书店有限公司"),
        "{:?}",
        c.entities
    );
}

#[test]
fn a_post_ending_in_zhang_before_a_name_jieba_read_as_a_city() {
    // jieba reads 长沙 across the post and the name (局/长沙/军, 副市/长沙/基罗/夫)
    let a = analyze("局长沙军出席会议。");
    assert!(has(&a, EntityType::Title, "局长"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "沙军"), "{:?}", a.entities);
    let b = analyze("喀山市副市长沙基罗夫出席会议。");
    assert!(has(&b, EntityType::Person, "沙基罗夫"), "{:?}", b.entities);
    assert!(!has(&b, EntityType::Place, "长沙"), "{:?}", b.entities);
    // the city stays the city where a suffix or a post follows it
    assert!(has(
        &analyze("市长沙路改造完成。"),
        EntityType::Place,
        "长沙路"
    ));
    let c = analyze("大雨过后，娄村镇长安庄村的道路已经恢复。");
    assert!(!has(&c, EntityType::Title, "镇长"), "{:?}", c.entities);
}

#[test]
fn names_after_people_visited_as_a_group_and_before_their_home() {
    // 环卫工人 and 养殖户 are groups a visit meets; the names after them are people
    let a = analyze("省长来到清扫保洁一队，与环卫工人张秀英、李德福亲切交谈。");
    assert!(has(&a, EntityType::Person, "张秀英"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "李德福"), "{:?}", a.entities);
    assert!(texts(&a, EntityType::Place).is_empty(), "{:?}", a.entities);
    // 家的 ("'s home") ends the name
    let b = analyze("在养殖户孟小超家的羊圈里，小羊陆续降生。");
    assert!(has(&b, EntityType::Person, "孟小超"), "{:?}", b.entities);
    let c = analyze("在养殖户孟超家的羊圈里，小羊陆续降生。");
    assert!(has(&c, EntityType::Person, "孟超"), "{:?}", c.entities);
}

#[test]
fn names_after_an_honour_or_a_calling_and_bodies_named_for_such_people() {
    let a = analyze("5月12日，奥运冠军马琳、王楠走进市第一中学。");
    assert!(has(&a, EntityType::Person, "马琳"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Person, "王楠"), "{:?}", a.entities);
    let b = analyze("短道速滑运动员武小萌在赛后接受采访。");
    assert!(has(&b, EntityType::Person, "武小萌"), "{:?}", b.entities);
    // the group right before a suffix is who the body or place is for
    let c = analyze("中法企业家委员会和省志愿者协会在运动员村举办活动。");
    assert!(
        has(&c, EntityType::Org, "中法企业家委员会"),
        "{:?}",
        c.entities
    );
    assert!(has(&c, EntityType::Org, "省志愿者协会"), "{:?}", c.entities);
}

#[test]
fn a_name_found_once_covers_a_places_short_form_inside_it_elsewhere() {
    // 朝阳 is a district; where jieba reads 黄/a 朝阳/ns, the name found with its post
    // still stands
    let a = analyze("市长黄朝阳陪同调研。在随后召开的汇报会上，黄朝阳汇报了工作情况。");
    assert!(texts(&a, EntityType::Place).is_empty(), "{:?}", a.entities);
    assert_eq!(texts(&a, EntityType::Person), vec!["黄朝阳", "黄朝阳"]);
}

#[test]
fn a_one_character_kind_before_a_party_post_is_part_of_the_post() {
    // 局 alone is no organization, as 市 is none in 市长: 局党组书记 is one post
    let a = analyze("3月5日，市科技局召开会议。局党组书记、局长冯晓光出席会议并讲话。");
    assert!(has(&a, EntityType::Title, "局党组书记"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Org, "局"), "{:?}", a.entities);
}

#[test]
fn a_hyphenated_name_may_open_with_a_syllable_that_is_a_word_alone() {
    // 让 ("let") is a word names never run into, but 让- opens Jean-Michel's name
    let a = analyze("市长会见了法国里昂市副市长让-米歇尔·杜邦一行。");
    assert!(
        has(&a, EntityType::Person, "让-米歇尔·杜邦"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_size_word_opening_a_kind_of_body_makes_a_description() {
    let a = analyze("县城新开了两家大型超市，一家大型商业银行也设立了网点。");
    assert!(texts(&a, EntityType::Org).is_empty(), "{:?}", a.entities);
}

#[test]
fn schools_and_banks_by_kind_are_no_names() {
    let a = analyze("全市中小学校将于9月1日开学，农村中小银行加大信贷投放。");
    assert!(texts(&a, EntityType::Org).is_empty(), "{:?}", a.entities);
}

#[test]
fn the_brics_countries_are_countries_not_an_organization() {
    let a = analyze("总理出席金砖国家领导人第十七次会晤。");
    assert!(texts(&a, EntityType::Org).is_empty(), "{:?}", a.entities);
}

#[test]
fn verbs_jieba_tags_as_nouns_open_no_name() {
    // 深化/j, 利用/n, 拓宽/nr, 充分利用/n in jieba's dictionary: verbs all the same
    for (text, body) in [
        ("要深化全国人大同各国议会的交流。", "全国人大"),
        ("企业利用离岸公司转移利润。", "离岸公司"),
    ] {
        let a = analyze(text);
        let orgs = texts(&a, EntityType::Org);
        assert!(
            orgs.iter()
                .all(|o| !o.starts_with("深化") && !o.starts_with("利用")),
            "{orgs:?}"
        );
        assert!(orgs.contains(&body) || body == "离岸公司", "{orgs:?}");
    }
    assert!(texts(&analyze("要充分利用广场开展活动。"), EntityType::Place).is_empty());
    assert!(texts(&analyze("要继续加强社区建设。"), EntityType::Place).is_empty());
    // a long verb after a transliterated name ends it (西苏里/高度评价)
    let b = analyze("老挝国家主席通伦·西苏里高度评价两国合作。");
    assert!(
        has(&b, EntityType::Person, "通伦·西苏里"),
        "{:?}",
        b.entities
    );
}

#[test]
fn a_representative_who_gives_a_speech_is_named_before_the_verb() {
    // 发表 (gives a speech, a word of thanks) takes a person as its subject
    let a = analyze("颁奖典礼举行。获奖教师代表蒋春燕发表感言。");
    assert!(has(&a, EntityType::Person, "蒋春燕"), "{:?}", a.entities);
}

#[test]
fn a_list_of_names_may_name_each_persons_village_first() {
    let a =
        analyze("副县长王大明先后到甲村困难群众张建华、乙村刘海波、丙家村李小刚等群众家中慰问。");
    let persons = texts(&a, EntityType::Person);
    for who in ["王大明", "张建华", "刘海波", "李小刚"] {
        assert!(persons.contains(&who), "{who}: {persons:?}");
    }
    // the village is no part of the name (not 丙家村李 or 乙村刘)
    assert!(persons.iter().all(|p| !p.contains('村')), "{persons:?}");
}

#[test]
fn a_township_or_village_named_again_without_its_suffix() {
    let p = places("县长王大明到石榴湾村走访。十年前，石榴湾曾是深度贫困村。");
    assert!(p.contains(&"石榴湾".to_string()), "{p:?}");
    // an ordinary word is no short form (光明 of 光明村), nor is the name of a thing
    // (六堡茶: the tea, not the township)
    let p = places("县长王大明来到光明村。光明的前景就在眼前。");
    assert!(!p.contains(&"光明".to_string()), "{p:?}");
    let p = places("县长王大明来到六堡镇。六堡茶远近闻名。");
    assert!(!p.contains(&"六堡".to_string()), "{p:?}");
}

#[test]
fn the_second_of_two_places_with_one_suffix_is_a_place_too() {
    // jieba guesses 运旺 an adjective; after 泾泰居民区和 it is a name all the same
    let p = places("镇长王大明走访了泾泰居民区和运旺居民区两户困难家庭。");
    assert!(p.contains(&"泾泰居民区".to_string()), "{p:?}");
    assert!(p.contains(&"运旺居民区".to_string()), "{p:?}");
    // phrases that only end like a place stay none (generic_places.txt)
    let p = places("今年将改造新建小区和老旧小区一百个。");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn rivers_are_places() {
    let p = places("要结合文化资源、竹竿河生态资源从长远进行谋划。");
    assert!(p.contains(&"竹竿河".to_string()), "{p:?}");
    // not a phrase that ends like a river: a verb or an idiom in front (泛舟河上,
    // 不断加强河湖), the river of a saying (母亲河), a place and a word opening with 河
    // (漯河|河上街), two rivers joined (石坝河和瓦峪河: each is one)
    for text in [
        "游客在贺州泛舟河上。",
        "沿河省区不断加强河湖水生态保护。",
        "保护好我们的母亲河。",
        "在河南漯河河上街古镇，形式多样。",
        "强降雨导致石坝河和瓦峪河涨水。",
    ] {
        let p = places(text);
        assert!(
            p.iter().all(
                |x| !["泛舟河", "不断加强河", "母亲河", "漯河河", "河和瓦峪河"]
                    .contains(&x.as_str())
            ),
            "{text}: {p:?}"
        );
    }
}

#[test]
fn lakes_are_places() {
    let p = places("冬捕节在吉林查干湖开幕。");
    assert!(p.contains(&"查干湖".to_string()), "{p:?}");
    // a slogan's list of landscapes names no lake
    let p = places("统筹山水林田湖草沙一体化保护。");
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn a_village_glued_by_jieba_to_the_name_after_it() {
    // jieba reads 石门/村王/德福: the village ends at 村, the name is 王德福
    let a =
        analyze("县长刘志强先后到柳树湾村张桂兰、石门村王德福、沙河村李秀英等群众家中走访慰问。");
    assert!(
        has(&a, EntityType::Place, "石门村"),
        "{:?}",
        texts(&a, EntityType::Place)
    );
    assert!(
        has(&a, EntityType::Person, "王德福"),
        "{:?}",
        texts(&a, EntityType::Person)
    );
}

#[test]
fn a_county_short_form_news_mostly_means_otherwise_is_left_out() {
    // 沿河 is "along the river" far more often than 沿河土家族自治县 (places.txt keeps
    // the full form)
    let p = places("副市长郑国华沿河察看了水质监测点建设情况。");
    assert!(!p.contains(&"沿河".to_string()), "{p:?}");
    let p = places("他来到贵州沿河土家族自治县调研。");
    assert!(p.contains(&"沿河土家族自治县".to_string()), "{p:?}");
}

#[test]
fn a_korean_or_japanese_city_after_its_country() {
    // not transliterated, and jieba cuts 原/州市: the two Han characters after the
    // country and the suffix
    let p = places("市长陈立新与来访的韩国原州市市长元康洙举行会谈。");
    assert!(p.contains(&"原州市".to_string()), "{p:?}");
    let p = places("1921年，当地发生白人暴徒袭击非洲裔美国人社区事件。");
    assert!(!p.contains(&"人社区".to_string()), "{p:?}");
}

/// The (person, title, org) rows of a text's holds.
fn holds_with_org(a: &Analysis) -> Vec<(String, String, Option<String>)> {
    a.holds
        .iter()
        .map(|h| (h.person.clone(), h.title.clone(), h.org.clone()))
        .collect()
}

#[test]
fn a_place_party_committee_before_a_member_is_the_organization() {
    // 党委 written as a prefix of 委员 or 常委 is still the unit a level character or a
    // place in front makes a body with, as before 书记
    let a = analyze("镇党委委员、副镇长孙小浩随同调研。");
    let h = holds_with_org(&a);
    assert!(
        h.contains(&("孙小浩".into(), "委员".into(), Some("镇党委".into()))),
        "{h:?}"
    );
    let b = analyze("内蒙古自治区党委常委、秘书长赵大辉出席。");
    assert!(
        has(&b, EntityType::Org, "内蒙古自治区党委"),
        "{:?}",
        b.entities
    );
    // ... but not after another body's name: 原 is "former", no place
    let c = analyze("某某省审计厅原党组成员、副厅长张小三接受审查。");
    assert!(
        !c.entities.iter().any(|e| e.text.ends_with('原')),
        "{:?}",
        c.entities
    );
}

#[test]
fn a_bare_level_word_makes_an_organization_with_the_unit_after_it() {
    // 自治区 stands for "this region" as 县 does for "this county": 自治区党委书记 is
    // 自治区党委 + 书记, as 县委书记 is 县委 + 书记 (level_chars.txt)
    let a = analyze("自治区党委书记王大明到南宁调研。自治区政府副主席李小红陪同。");
    let h = holds_with_org(&a);
    assert!(
        h.contains(&("王大明".into(), "书记".into(), Some("自治区党委".into()))),
        "{h:?}"
    );
    assert!(
        h.contains(&("李小红".into(), "副主席".into(), Some("自治区政府".into()))),
        "{h:?}"
    );
    assert!(!has(&a, EntityType::Org, "自治区"), "{:?}", a.entities);
}

#[test]
fn a_title_glued_to_the_surname_after_it_still_ends_before_a_two_character_given_name() {
    // jieba reads 主/任何/建华: 任何 ("any") runs past 主任, yet 何建华 is the name
    let a = analyze("县委常委、办公室主任何建华陪同调研。");
    let h = holds(&a);
    assert!(h.contains(&("何建华".into(), "办公室主任".into())), "{h:?}");
    // ... and a word that is no name after a glued place stays no title (地处/长江/中游)
    let b = analyze("地处长江中游的某某省，水系发达。");
    assert!(!has(&b, EntityType::Title, "处长"), "{:?}", b.entities);
}

#[test]
fn a_company_name_runs_past_a_syllable_jieba_read_as_a_small_word() {
    // 江苏/中/天/科技股份有限公司: 天 read as a measure word is a syllable of the trade name
    let a = analyze("江苏中天科技股份有限公司总经理薛小萍发言。");
    assert!(
        has(&a, EntityType::Org, "江苏中天科技股份有限公司"),
        "{:?}",
        a.entities
    );
    // an item of a list of companies opens the name, its seat in parentheses too
    // (信/达/生物制药: 达 read as a verb)
    let b = analyze("考察组走访了华兴科技有限公司、信达生物制药（苏州）有限公司。");
    assert!(
        has(&b, EntityType::Org, "信达生物制药（苏州）有限公司"),
        "{:?}",
        b.entities
    );
    // ... its first syllable a one-character word too (均/胜/电子)
    let c = analyze("考察组走访了华兴科技有限公司、均胜电子股份有限公司等企业。");
    assert!(
        has(&c, EntityType::Org, "均胜电子股份有限公司"),
        "{:?}",
        c.entities
    );
}

#[test]
fn a_chain_goes_on_past_the_name_of_a_body_no_rule_read() {
    // 两岸青年交流峰会 is a body no suffix names: the chain still holds both posts
    let a = analyze("全国政协副主席、两岸青年交流峰会理事长王大明出席开幕式。");
    let h = holds(&a);
    assert!(h.contains(&("王大明".into(), "副主席".into())), "{h:?}");
    assert!(h.contains(&("王大明".into(), "理事长".into())), "{h:?}");
    // ... but a post written after a name ends its chain (李小刚亲王、…大臣赵大成)
    let b = analyze("外交大臣李小刚亲王、对外事务大臣赵大成出席。");
    let h = holds(&b);
    assert!(!h.contains(&("赵大成".into(), "亲王".into())), "{h:?}");
}

#[test]
fn a_county_short_form_read_as_a_given_name_after_a_surname_is_no_place() {
    // 卫东 is a district's short form and a common given name: after 李/nr it is the name
    let p = places("获奖代表、东关街道居民李卫东作了发言。");
    assert!(!p.contains(&"卫东".to_string()), "{p:?}");
    assert!(p.contains(&"东关街道".to_string()), "{p:?}");
    // a place after a place is still one (浙江德清)
    let p = places("浙江德清近日实现基本公共服务全覆盖。");
    assert!(p.contains(&"德清".to_string()), "{p:?}");
}

#[test]
fn other_names_in_parentheses_are_transparent_in_a_title_chain() {
    // an organization's other name after it, a post's other name after it
    let a = analyze("宣讲团成员、东海理工学院（东海工程研究院）副院长（副所长）王大明作报告。");
    let h = holds_with_org(&a);
    assert!(
        h.contains(&(
            "王大明".into(),
            "副院长".into(),
            Some("东海理工学院".into())
        )),
        "{h:?}"
    );
    assert!(
        h.contains(&("王大明".into(), "副所长".into(), None)),
        "{h:?}"
    );
}

#[test]
fn a_company_written_onto_the_nouns_of_a_project_is_inside_the_project_name() {
    // nothing inside a project name is marked: 东岳汽车 in 东岳汽车动力电池项目
    let a = analyze("市长王大明先后来到东岳汽车有限公司动力电池生产项目现场调研。");
    assert!(
        !has(&a, EntityType::Org, "东岳汽车有限公司"),
        "{:?}",
        a.entities
    );
    // ... but a government body before the nouns of a project is marked (市发改委重点项目)
    // and a word for people ends the description (集团公司负责同志报告工程…)
    let b = analyze("东岳建设集团公司负责同志报告工程准备情况。");
    assert!(
        has(&b, EntityType::Org, "东岳建设集团公司"),
        "{:?}",
        b.entities
    );
}

#[test]
fn a_group_in_parentheses_is_part_of_a_company_name() {
    let a = analyze("宋小华先后走访了东岳光学科技（集团）有限公司等企业。");
    assert!(
        has(&a, EntityType::Org, "东岳光学科技（集团）有限公司"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_word_jieba_glued_onto_a_name_ends_the_name_and_opens_no_organization() {
    // 王小红到/nr 县人民医院: 到 ("to") is no part of the hospital's name
    let a = analyze("副县长王小红到县人民医院检查工作。");
    assert!(has(&a, EntityType::Org, "县人民医院"), "{:?}", a.entities);
    // 任命韩小俊为/nr 农业农村部部长: the name ends before 为 ("as")
    let b = analyze("会议决定，任命韩小俊为农业农村部部长。");
    let h = holds_with_org(&b);
    assert!(
        h.contains(&("韩小俊".into(), "部长".into(), Some("农业农村部".into()))),
        "{h:?} {:?}",
        b.entities
    );
}

#[test]
fn a_name_never_ends_in_a_structural_particle() {
    // 总统时/的: a time word and 的 after a post, no name 时的
    let a = analyze("这是他当选总统时的重要讲话。");
    assert!(!has(&a, EntityType::Person, "时的"), "{:?}", a.entities);
}

#[test]
fn an_organization_is_not_read_into_important_or_main() {
    // 重要 and 主要 ("important", "main") open no organization's name
    let a = analyze("巴西另一重要军工厂宣布扩产。香港主要协会负责人参加。");
    assert!(
        !a.entities
            .iter()
            .any(|e| e.text.starts_with("重要") || e.text.contains("主要")),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_kind_of_company_alone_before_a_post_stays_out_of_the_title() {
    // 集团公司 and 公司 describe the body the text is about: the post is the title
    let a = analyze("集团公司总经济师李小伟、公司首席执行官陈小杰出席签约仪式。");
    let h = holds(&a);
    assert!(h.contains(&("李小伟".into(), "总经济师".into())), "{h:?}");
    assert!(h.contains(&("陈小杰".into(), "首席执行官".into())), "{h:?}");
}

#[test]
fn military_and_fire_rescue_bodies_after_a_place_are_organizations() {
    let a = analyze("省军区司令员王大海、县人武部部长张小强、市消防救援支队支队长赵小刚参加会议。");
    for org in ["省军区", "县人武部", "市消防救援支队"] {
        assert!(has(&a, EntityType::Org, org), "{org}: {:?}", a.entities);
    }
    // the head of a detachment is its 支队长, not 队长
    assert!(has(&a, EntityType::Title, "支队长"), "{:?}", a.entities);
}

#[test]
fn a_customs_office_after_a_place_is_an_organization_but_a_pass_is_a_place() {
    let a = analyze("青岛海关关长孙小强出席。长城从山海关一路向西。");
    assert!(has(&a, EntityType::Org, "青岛海关"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "关长"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Place, "山海关"), "{:?}", a.entities);
    assert!(!has(&a, EntityType::Org, "山海关"), "{:?}", a.entities);
}

#[test]
fn first_level_divisions_of_japan_and_korea_are_places_and_zhishi_a_post() {
    // 忠清北道 is a Korean province, its head a 知事; 东京都 is Tokyo in full, not 东京
    // plus a stray 都; 北海道 is no 北海 (the Guangxi city) plus 道.
    let a = analyze("我市与韩国忠清北道缔结友好关系，忠清北道知事金永焕出席。");
    assert!(has(&a, EntityType::Place, "忠清北道"), "{:?}", a.entities);
    let h = holds(&a);
    assert!(
        h.contains(&("金永焕".to_string(), "知事".to_string())),
        "{h:?}"
    );
    let p = places("代表团访问了日本东京都和北海道。");
    assert!(p.contains(&"东京都".to_string()), "{p:?}");
    assert!(p.contains(&"北海道".to_string()), "{p:?}");
    assert!(!p.contains(&"北海".to_string()), "{p:?}");
    // The German states are listed too: a hyphenated one is read whole.
    let p = places("省长会见了德国巴登-符腾堡州州长一行。");
    assert!(p.contains(&"巴登-符腾堡州".to_string()), "{p:?}");
}

#[test]
fn reporting_for_duty_at_a_town_is_no_newspaper() {
    // 报到 is one word: 岔河镇 is the place, not a paper 岔河镇报.
    let a = analyze("5月20日，新选派的驻村第一书记到岔河镇报到。");
    assert!(has(&a, EntityType::Place, "岔河镇"), "{:?}", a.entities);
    assert!(
        a.entities.iter().all(|e| e.etype != EntityType::Org),
        "{:?}",
        a.entities
    );
}

#[test]
fn tie_and_xin_are_surnames_and_the_npc_committees_are_bodies() {
    // 铁 and 信 are surnames (surnames.txt): a name after a post opens with them even
    // where jieba glues the next word on (铁小凝率/n).
    let a = analyze("全国人大常委会副委员长铁小凝率执法检查组来我省检查。");
    let h = holds(&a);
    assert!(
        h.contains(&("铁小凝".to_string(), "副委员长".to_string())),
        "{h:?}"
    );
    let a = analyze("省委书记信长明主持会议。");
    assert!(has(&a, EntityType::Person, "信长明"), "{:?}", a.entities);
    // A special committee of the NPC is one body before its post, not 全国人大 and a
    // title running from its field.
    let a = analyze("全国人大教科文卫委员会副主任委员刘修明参加座谈。");
    assert!(
        has(&a, EntityType::Org, "全国人大教科文卫委员会"),
        "{:?}",
        a.entities
    );
    assert!(has(&a, EntityType::Title, "副主任委员"), "{:?}", a.entities);
}

#[test]
fn a_count_of_units_across_a_place_is_no_body_and_zhuwei_is_a_post() {
    // 全县乡镇党委书记: every township's secretary in the county, no body 全县乡镇;
    // 评议会 is a meeting, not a parliament (议会).
    let a = analyze("1月10日，全县乡镇党委书记抓基层党建工作述职评议会召开。");
    assert!(
        a.entities.iter().all(|e| e.etype != EntityType::Org),
        "{:?}",
        a.entities
    );
    assert!(has(&a, EntityType::Title, "党委书记"), "{:?}", a.entities);
    // 主委 heads a committee of a democratic party (台盟福建省委主委).
    let a = analyze("台盟福建省委主委吴宏明、副主委李晓明出席开幕式。");
    let h = holds(&a);
    assert!(
        h.contains(&("吴宏明".to_string(), "主委".to_string())),
        "{h:?}"
    );
    assert!(
        h.contains(&("李晓明".to_string(), "副主委".to_string())),
        "{h:?}"
    );
}

#[test]
fn a_name_after_a_post_spelled_like_an_ordinary_word_before_attending() {
    // 高兴 ("glad") and 张扬 ("to publicize") are names in the slot after a post, before
    // a cue of attending.
    let a = analyze("市人大常委会主任闵小军，市政协主席高兴列席会议。县长张扬出席。");
    let h = holds(&a);
    assert!(
        h.contains(&("高兴".to_string(), "主席".to_string())),
        "{h:?}"
    );
    assert!(
        h.contains(&("张扬".to_string(), "县长".to_string())),
        "{h:?}"
    );
    // An adverb or an adjective used as one stays a word (亲自, 郑重), and so does a
    // word before a cue of speaking.
    for text in ["县委书记亲自主持会议。", "市委书记郑重宣布开幕。"] {
        let a = analyze(text);
        assert!(
            a.entities.iter().all(|e| e.etype != EntityType::Person),
            "{text}: {:?}",
            a.entities
        );
    }
}

#[test]
fn an_ordinary_word_opening_with_a_new_surname_is_no_name() {
    // 铁 is a surname, but 铁道兵 (the railway corps) is a word, not a person.
    let a = analyze("他曾任工程指挥部司令员兼政治委员和铁道兵第一政治委员。");
    assert!(
        a.entities.iter().all(|e| e.etype != EntityType::Person),
        "{:?}",
        a.entities
    );
}

#[test]
fn river_and_forest_chiefs_are_posts_and_their_systems_are_not() {
    let a = analyze("区委常委、副区长、副总河长朱小强，镇级河长王小刚陪同巡河。");
    let h = holds(&a);
    assert!(
        h.contains(&("朱小强".to_string(), "副总河长".to_string())),
        "{h:?}"
    );
    assert!(
        h.contains(&("王小刚".to_string(), "河长".to_string())),
        "{h:?}"
    );
    // A bare level character after a list mark opens the post (区总河长, as 市长 is one
    // post), so the chain goes on and the posts before it hold too.
    let a = analyze("区委书记、区总河长谢小明带队巡河。村支书张小芝陪同。");
    let h = holds(&a);
    for want in [
        ("谢小明", "书记"),
        ("谢小明", "区总河长"),
        ("张小芝", "村支书"),
    ] {
        assert!(
            h.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?}: {h:?}"
        );
    }
    // 河长制 and 河湖长制 are systems: no post, and no river 全面推行河 either.
    let a = analyze("我省全面推行河湖长制和林长制。");
    assert!(a.entities.is_empty(), "{:?}", a.entities);
}

#[test]
fn a_cooperative_named_for_what_it_grows_is_one_organization() {
    // The kind of farming is part of the cooperative's name (种植, 养殖; jieba reads a
    // verb there), and so is a village collective's 股份经济合作社.
    let a = analyze("他来到双河乡金穗种植专业合作社和红旗村股份经济合作社调研。");
    assert!(
        has(&a, EntityType::Org, "双河乡金穗种植专业合作社"),
        "{:?}",
        a.entities
    );
    assert!(
        has(&a, EntityType::Org, "红旗村股份经济合作社"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_given_name_opening_with_a_function_word_that_is_also_a_surname() {
    // 向 ("to") and 和 ("and") are surnames too; as a given name's first character they
    // do not end the name (王向阳, 胡和平).
    for (text, name) in [
        ("副市长王向阳参加会见。", "王向阳"),
        ("副市长郑向东陪同。", "郑向东"),
        ("副部长胡和平出席。", "胡和平"),
    ] {
        let h = holds(&analyze(text));
        assert!(h.iter().any(|(n, _)| n == name), "{text}: {h:?}");
    }
    // The words stay words (主席向他致电, 安全感 is no name).
    let a = analyze("主席向他致电。群众安全感的提升。");
    assert!(
        a.entities.iter().all(|e| e.etype != EntityType::Person),
        "{:?}",
        a.entities
    );
}

#[test]
fn credits_written_name_first_or_after_a_slash_name_the_reporters() {
    let body = "3月5日，县委书记王立军主持召开县委常委会会议。";
    for credit in [
        "（张晓明/文 刘芳/图）",
        "张晓明/文 刘芳/图",
        "文/张晓明 图/刘芳",
        "张晓明 刘芳 摄",
    ] {
        for text in [format!("{credit}\n{body}"), format!("{body}\n{credit}")] {
            let a = analyze(&text);
            assert_eq!(
                a.reporters,
                vec!["张晓明".to_string(), "刘芳".to_string()],
                "{text}"
            );
        }
    }
    // A credit in square brackets: the editor is a person with a post, no reporter.
    let a = analyze(&format!("{body}\n【编辑：赵敏】"));
    assert!(a.reporters.is_empty(), "{:?}", a.reporters);
    assert!(
        holds(&a).contains(&("赵敏".to_string(), "编辑".to_string())),
        "{:?}",
        a.holds
    );
    // A line that is not all credits is left alone (a headline, a sentence).
    for text in [
        "王立军 调研 摄影基地\n正文。",
        "图片新闻 新华社记者\n正文。",
        "县委书记王立军/文\n正文。",
    ] {
        let a = analyze(text);
        assert!(a.reporters.is_empty(), "{text}: {:?}", a.reporters);
    }
}

#[test]
fn a_bureau_by_its_abbreviation_after_a_place() {
    // 建委 (jieba tags it j) straight after a place is the place's body, not part of a
    // post; not after the 省 of a word (跨省通办 is a service, no body)
    let a = analyze("房山区建委主任李国平介绍，跨省通办事项已达百项。");
    assert!(has(&a, EntityType::Org, "房山区建委"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "主任"), "{:?}", a.entities);
    assert_eq!(
        a.entities
            .iter()
            .filter(|e| e.etype == EntityType::Org)
            .count(),
        1
    );
}

#[test]
fn a_police_unit_goes_into_the_post_of_its_head() {
    // 交警大队 inside 县公安局, written before its head's post, is part of the post
    let a = analyze("县公安局交警大队大队长周德明、武警北京总队政委钱卫东出席。");
    assert!(has(&a, EntityType::Org, "县公安局"), "{:?}", a.entities);
    assert!(
        has(&a, EntityType::Title, "交警大队大队长"),
        "{:?}",
        a.entities
    );
    assert!(has(&a, EntityType::Org, "武警北京总队"), "{:?}", a.entities);
    assert!(
        holds_with_org(&a).contains(&(
            "周德明".into(),
            "交警大队大队长".into(),
            Some("县公安局".into())
        )),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_court_by_its_short_name_after_a_place() {
    let a = analyze("广州中院院长孙建华出席。");
    assert!(has(&a, EntityType::Org, "广州中院"), "{:?}", a.entities);
    assert!(has(&a, EntityType::Title, "院长"), "{:?}", a.entities);
}

#[test]
fn a_team_named_for_its_country_is_no_brigade() {
    // 加拿大队 is a team: its 大队 is no police or army unit
    let a = analyze("中国队以9比5击败加拿大队闯入决赛。");
    assert!(!has(&a, EntityType::Org, "加拿大队"), "{:?}", a.entities);
    assert!(
        !texts(&a, EntityType::Org)
            .iter()
            .any(|t| t.ends_with("大队"))
    );
}

#[test]
fn a_verb_naming_what_a_body_does_is_part_of_its_name() {
    // 预防, 保障 are verbs for jieba; between a field and the suffix they name the body
    let a = analyze("市疾病预防控制中心主任吴文静、武汉市住房保障管理中心主任冷海波出席。");
    assert!(
        has(&a, EntityType::Org, "市疾病预防控制中心"),
        "{:?}",
        a.entities
    );
    assert!(
        has(&a, EntityType::Org, "武汉市住房保障管理中心"),
        "{:?}",
        a.entities
    );
    // ... but a verb of the sentence after its object is none
    let b = analyze("省里支持深圳河套设立研究院，鼓励民众起诉政府。");
    assert!(
        !texts(&b, EntityType::Org).iter().any(|t| t.len() > 9),
        "{:?}",
        b.entities
    );
}

#[test]
fn a_department_joining_two_fields_with_he() {
    // 住房/保障 (a field and a verb) and 交通运输 (jieba: j) before 和 are the first
    // half of one department's name
    let a = analyze("邯郸市住房保障和房屋管理局副局长孙立平、市交通运输和物流局局长韩东出席。");
    assert!(
        has(&a, EntityType::Org, "邯郸市住房保障和房屋管理局"),
        "{:?}",
        a.entities
    );
    assert!(
        has(&a, EntityType::Org, "市交通运输和物流局"),
        "{:?}",
        a.entities
    );
    // ... but a unit before 和 is a body of its own
    let b = analyze("街道上月完成了居委会和街道办的换届。");
    assert!(
        !texts(&b, EntityType::Org).contains(&"居委会和街道办"),
        "{:?}",
        b.entities
    );
}

#[test]
fn transliterations_with_jiu_and_a_particle_before_a_foreign_city() {
    // 久 transliterates Russian "дю" (谢尔久科夫); a particle jieba cut off (地) opens
    // no foreign city's name
    let a = analyze("国防部长谢尔久科夫说，部队已撤离战略要地伊久姆市。");
    assert!(
        has(&a, EntityType::Person, "谢尔久科夫"),
        "{:?}",
        a.entities
    );
    assert!(has(&a, EntityType::Place, "伊久姆市"), "{:?}", a.entities);
}

#[test]
fn a_company_after_a_name_and_yu_is_no_department() {
    // 司 at the end of 有限公司 is no ministry department's, so 建军 与 … is no
    // department "joining two fields"
    let a = analyze("付建军与正泰集团股份有限公司副总裁钟立新进行了座谈。");
    assert!(
        has(&a, EntityType::Org, "正泰集团股份有限公司"),
        "{:?}",
        a.entities
    );
    assert!(
        !texts(&a, EntityType::Org).iter().any(|t| t.contains('与')),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_citizens_centre_is_a_venue_and_an_industrial_cluster_zone_a_body() {
    let a = analyze(
        "县经济开发区与温州浙南产业集聚区在市民服务中心签订协议，双方还考察了新丰村高标准农田示范区。",
    );
    assert!(
        has(&a, EntityType::Place, "市民服务中心"),
        "{:?}",
        a.entities
    );
    assert!(
        has(&a, EntityType::Org, "温州浙南产业集聚区"),
        "{:?}",
        a.entities
    );
    assert!(
        !texts(&a, EntityType::Org)
            .iter()
            .any(|t| t.ends_with("示范区")),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_rare_surname_and_a_noun_before_a_cue_is_a_name() {
    // 童心 is a noun ("a child's heart"), but after a post and before 出席 童心怡 is a
    // name; an adverb in third place (单位均出席) makes none
    let a = analyze("县委常委、组织部部长童心怡出席开班仪式。各成员单位均出席会议。");
    assert!(has(&a, EntityType::Person, "童心怡"), "{:?}", a.entities);
    assert_eq!(texts(&a, EntityType::Person).len(), 1, "{:?}", a.entities);
}

#[test]
fn a_party_committee_member_by_duty_is_a_post() {
    let a = analyze("镇党委委员、组织委员计玉兰陪同慰问。");
    assert!(has(&a, EntityType::Title, "组织委员"), "{:?}", a.entities);
    assert!(
        holds_with_org(&a).contains(&("计玉兰".into(), "委员".into(), Some("镇党委".into()))),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_rank_in_parentheses_between_post_and_name() {
    let a = analyze("市政府副秘书长（正县级）夏文敏、局长（主持工作）秦岭峰陪同调研。");
    let h = holds(&a);
    assert!(h.contains(&("夏文敏".into(), "副秘书长".into())), "{h:?}");
    assert!(h.contains(&("秦岭峰".into(), "局长".into())), "{h:?}");
}

#[test]
fn lu_and_chi_are_surnames_and_a_reed_pipe_is_no_name() {
    let a = analyze("市人才办主任芦建新、县长迟丽华陪同看望。村民吹起芦笙、马骨胡等民族乐器。");
    let p = texts(&a, EntityType::Person);
    assert!(p.contains(&"芦建新") && p.contains(&"迟丽华"), "{p:?}");
    assert_eq!(p.len(), 2, "{p:?}");
}

#[test]
fn a_cooperation_zone_is_a_body_before_its_posts() {
    let a = analyze("省委常委、横琴粤澳深度合作区党工委书记章立源陪同考察。");
    assert!(
        holds_with_org(&a).contains(&(
            "章立源".into(),
            "党工委书记".into(),
            Some("横琴粤澳深度合作区".into())
        )),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_department_joining_a_field_and_a_verb_after_its_body() {
    // 成果转化 与 区域创新处: one department of 省科技厅, written into the post; 区域
    // opens with a level character but is a word, no other body
    let a = analyze("省科技厅成果转化与区域创新处处长景春明参加活动。");
    assert!(
        holds_with_org(&a).contains(&(
            "景春明".into(),
            "成果转化与区域创新处处长".into(),
            Some("省科技厅".into())
        )),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_name_after_an_occupation_word() {
    let a = analyze("她先后来到援疆教师邬丽芳、乡村医生罗寿华家中看望。");
    let p = texts(&a, EntityType::Person);
    assert!(p.contains(&"邬丽芳") && p.contains(&"罗寿华"), "{p:?}");
}

#[test]
fn a_verbal_noun_before_a_known_name_is_the_sentence_verb() {
    // 建设/vn, 调派/vn in front of a place read whole are verbs of the sentence
    let a = analyze("会议要求高水平建设河南自贸试验区，并调派山东省消防救援总队增援。");
    let o = texts(&a, EntityType::Org);
    assert!(o.contains(&"河南自贸试验区"), "{o:?}");
    assert!(o.contains(&"山东省消防救援总队"), "{o:?}");
}

#[test]
fn jing_is_a_preposition_no_name_runs_into() {
    let a = analyze("该项目经国家文旅部批准设立，方案经专家委员会评审通过。");
    let o = texts(&a, EntityType::Org);
    assert!(
        o.contains(&"国家文旅部") && o.contains(&"专家委员会"),
        "{o:?}"
    );
    assert!(!o.iter().any(|t| t.contains('经')), "{o:?}");
}

#[test]
fn wang_is_a_preposition_no_name_runs_into() {
    // jieba tags 往 zg; as a preposition it opens no name (派往/莫斯科学习, 带往/…派出所)
    let a = analyze("他被派往莫斯科学习，男子被带往淮海路派出所接受处理。");
    let o = texts(&a, EntityType::Org);
    assert!(!o.iter().any(|t| t.contains('往')), "{:?}", a.entities);
    assert!(o.contains(&"淮海路派出所"), "{o:?}");
}

#[test]
fn verbs_jieba_tags_as_nouns_stop_an_organization_name() {
    let a = analyze("公司停止委托宜春市邮政局办理业务，受中共中央委托中央统战部负责同志出席。");
    let o = texts(&a, EntityType::Org);
    assert!(
        o.contains(&"宜春市邮政局") && o.contains(&"中央统战部"),
        "{o:?}"
    );
    assert!(!o.iter().any(|t| t.contains("委托")), "{o:?}");
}

#[test]
fn a_name_spelled_like_a_word_before_a_set_phrase_of_attending() {
    // jieba reads 出席会议 as one set phrase: the cue of attending opens it all the same
    let a = analyze("局长林海出席会议。");
    assert!(
        holds(&a).contains(&("林海".into(), "局长".into())),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_word_for_with_glued_to_a_name_before_a_post_is_no_part_of_it() {
    // jieba reads 同卢拉/nr: 同 is "with", and the post after the name says it is
    // the second person's, not a name after the first post
    let a = analyze("王大明主席同卢拉总统举行会谈，双方同意加强合作。");
    let h = holds(&a);
    assert!(h.contains(&("卢拉".into(), "总统".into())), "{h:?}");
    assert!(!h.iter().any(|(p, _)| p.starts_with('同')), "{h:?}");
    // ... but a common surname glued on is the name's own (于 is "at" and a surname)
    let a = analyze("县人大常委会于革胜常委建议修订条例。");
    assert!(has(&a, EntityType::Person, "于革胜"), "{:?}", a.entities);
}

#[test]
fn a_surname_that_is_a_verb_does_not_cut_a_known_name_in_two() {
    // 应 is a surname and "at the invitation of": 应习近 would cut 习近平/nr
    let a = analyze("阮文勇总书记应习近平总书记邀请来华访问。");
    let h = holds(&a);
    assert!(h.contains(&("习近平".into(), "总书记".into())), "{h:?}");
    assert!(
        !texts(&a, EntityType::Person).contains(&"应习近"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_transliterated_name_ends_where_a_verb_or_a_longer_word_starts() {
    // 提/得 are syllables of names too, but 提名, 提交 and 得票率 are words of their own
    for (text, name) in [
        ("经总统托卡耶夫提名，议会批准了新总理人选。", "托卡耶夫"),
        ("总理米舒斯京提交了新的政府架构方案。", "米舒斯京"),
        ("现任总统埃尔多安得票率领先。", "埃尔多安"),
    ] {
        let a = analyze(text);
        assert_eq!(texts(&a, EntityType::Person), vec![name], "{text}");
    }
}

#[test]
fn a_name_ends_before_zhi_sending_a_message() {
    // 致 "sends" (致慰问电, 致贺信) is no syllable of the name before it
    let a = analyze("总理莫迪致慰问电，对遇难者表示哀悼。");
    assert_eq!(
        texts(&a, EntityType::Person),
        vec!["莫迪"],
        "{:?}",
        a.entities
    );
}

#[test]
fn a_hospital_or_plant_and_the_works_on_it_name_a_project() {
    // nothing inside a project's name is marked: the works (迁建, 改扩建, 提标改造)
    // between the body and 项目 or 工程 make it one name
    let a = analyze("县人民医院改扩建项目和城北污水处理厂提标改造工程同时开工。");
    assert!(texts(&a, EntityType::Org).is_empty(), "{:?}", a.entities);
    // the body alone is still marked
    let a = analyze("县人民医院院长李明出席。");
    assert!(has(&a, EntityType::Org, "县人民医院"), "{:?}", a.entities);
}

#[test]
fn a_byline_names_the_unit_that_sent_it_before_its_reporter() {
    // the unit is no person, the name after it is the reporter
    for text in [
        "县政协副主席黄海燕参加视察。\n（县政协办 陈雪）",
        "副县长张明出席。\n（供稿：县政协办 陈雪）",
    ] {
        let a = analyze(text);
        assert_eq!(a.reporters, vec!["陈雪".to_string()], "{text}");
        assert!(
            !texts(&a, EntityType::Person).contains(&"县政协办"),
            "{text}"
        );
    }
    // two units credit no one
    let a = analyze("学校有关部门负责人参加签约仪式。（校办 宣传部）");
    assert!(a.reporters.is_empty(), "{:?}", a.reporters);
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn our_city_names_no_place_and_the_body_after_it_starts_after_it() {
    // 我市 is "our city": the committee is 市委, not 我市市委 (nor 县县委)
    let a = analyze("我市市委书记刘德胜、我县县委书记王强出席。");
    let orgs = texts(&a, EntityType::Org);
    assert_eq!(orgs, vec!["市委", "县委"], "{:?}", a.entities);
    assert!(
        holds_with_org(&a).contains(&("王强".into(), "书记".into(), Some("县委".into()))),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_capital_spelled_like_a_word_is_a_place_with_its_city_suffix() {
    // 万象 is also "everything" (万象更新); 万象市 is only Vientiane
    assert!(places("州长会见了老挝万象市副市长率领的代表团。").contains(&"万象市".to_string()));
    assert!(places("万象更新，欣欣向荣。").is_empty());
}

#[test]
fn a_companys_regional_division_stays_in_the_post_and_the_company_holds_it() {
    let a = analyze("德国瑞林化工公司大中华区总裁施密特一行来访。");
    assert!(
        holds_with_org(&a).contains(&(
            "施密特".into(),
            "大中华区总裁".into(),
            Some("德国瑞林化工公司".into())
        )),
        "{:?} {:?}",
        a.entities,
        a.holds
    );
}

#[test]
fn a_county_company_whose_name_holds_a_verb_after_a_verb_of_going() {
    // 收储 is a verb, but 县粮食收储有限公司 is the county's company: 来到 leads to it
    let a = analyze("省长先后来到县粮食收储有限公司、城关镇粮油加工厂，详细了解收购情况。");
    assert!(
        has(&a, EntityType::Org, "县粮食收储有限公司"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_korean_city_jieba_tags_a_proper_noun_after_its_province() {
    // 天安/nz is a word of jieba's, but a proper name: after 忠清南道 it is the city
    let p = places("我市与韩国忠清南道天安市缔结友好交流城市关系。");
    assert!(p.contains(&"天安市".to_string()), "{p:?}");
}

#[test]
fn names_after_the_households_a_visit_calls_on() {
    // 低保户, 致贫户, 困难党员: the kind of household, then the name
    let a = analyze("县长看望慰问了低保户张桂兰、因病致贫户黄秀英和困难党员覃德贵。");
    let mut p = texts(&a, EntityType::Person);
    p.sort();
    assert_eq!(p, vec!["张桂兰", "覃德贵", "黄秀英"], "{:?}", a.entities);
}

#[test]
fn a_list_of_ordinary_words_before_deng_holds_no_name() {
    // 信贷 is a word of jieba's dictionary, so the list is of words: 信保 is none
    let a = analyze("落实出口退税、信贷、信保等政策。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn a_county_youth_league_committee_is_the_body_of_its_secretary() {
    let a = analyze("团县委书记廖敏主持会议。");
    assert!(
        holds_with_org(&a).contains(&("廖敏".into(), "书记".into(), Some("团县委".into()))),
        "{:?}",
        a.holds
    );
}

#[test]
fn a_company_trade_name_jieba_guessed_as_a_verb_after_its_province() {
    // 新和成 is no word of jieba's dictionary; jieba guessed it a verb
    let a = analyze("市政协委员、浙江新和成股份有限公司董事长胡柏藩发言。");
    assert!(
        has(&a, EntityType::Org, "浙江新和成股份有限公司"),
        "{:?}",
        a.entities
    );
}

#[test]
fn uyghur_and_kazakh_names_joined_by_a_dot_keep_every_syllable() {
    // 不, 合, 买, 满 are in no transliteration of a Western name, but in these
    for (text, name) in [
        (
            "自治州人民政府副州长努尔兰·阿不都满金出席仪式。",
            "努尔兰·阿不都满金",
        ),
        (
            "自治区人民政府副主席阿不都热合曼·买买提主持会议。",
            "阿不都热合曼·买买提",
        ),
        (
            "参加座谈的有王立新、阿不来提·吐尔逊、李大伟。",
            "阿不来提·吐尔逊",
        ),
    ] {
        let a = analyze(text);
        assert!(
            has(&a, EntityType::Person, name),
            "{text}: {:?}",
            a.entities
        );
    }
    // ... only in a name with a dot: 不 does not join a Western name to the word after it
    let a = analyze("美国总统拜登不会出席。");
    assert!(has(&a, EntityType::Person, "拜登"), "{:?}", a.entities);
    // ... nor make a name of a word before a dot (文旅融合·文化消费)
    let a = analyze("首次设置的文旅融合·文化消费馆开馆。");
    assert!(texts(&a, EntityType::Person).is_empty(), "{:?}", a.entities);
}

#[test]
fn a_body_named_for_what_it_does_with_a_verbal_noun_field() {
    // 投资 is a verbal noun, 促进 a verb: the name says what the centre does
    let a = analyze("县投资促进中心主任田波介绍了我县投资环境。");
    let want = ("田波".into(), "主任".into(), Some("县投资促进中心".into()));
    assert!(holds_with_org(&a).contains(&want), "{:?}", a.holds);
}

#[test]
fn a_japanese_official_after_a_post_is_a_name() {
    // 角田 and 新田 are Japanese surnames; jieba knows neither name
    for (text, name) in [
        ("高冈市市长角田悠纪表示，愿加强两市合作。", "角田悠纪"),
        ("日本富山县知事新田八朗会见了代表团。", "新田八朗"),
    ] {
        let a = analyze(text);
        assert!(
            has(&a, EntityType::Person, name),
            "{text}: {:?}",
            a.entities
        );
    }
}

#[test]
fn a_name_after_a_post_that_jieba_reads_as_a_place_or_a_word() {
    // 于洋 is a place of jieba's dictionary, 甘露 a word ("sweet dew"): after a post,
    // before a comma or a cue of attending, each is a name
    for (text, name) in [
        (
            "市人民医院党委书记于洋，院长翁建平带领专家到镇里义诊。",
            "于洋",
        ),
        ("区农业农村局局长甘露等陪同调研。", "甘露"),
    ] {
        let a = analyze(text);
        assert!(
            has(&a, EntityType::Person, name),
            "{text}: {:?}",
            a.entities
        );
    }
}

#[test]
fn an_organization_does_not_take_in_the_term_or_the_invitation_before_it() {
    // jieba glued 县十 and read 八届人大常委会 whole: the term is no part of the name
    let a = analyze("6月28日，县十八届人大常委会召开第二十一次会议。");
    assert!(
        !has(&a, EntityType::Org, "八届人大常委会"),
        "{:?}",
        a.entities
    );
    assert!(has(&a, EntityType::Org, "人大常委会"), "{:?}", a.entities);
    // 特邀 ("specially invited", tagged a name by jieba) does not open the school's name
    let a = analyze("特邀省委党校教授韦东明作专题辅导报告。");
    assert!(has(&a, EntityType::Org, "省委党校"), "{:?}", a.entities);
}

#[test]
fn a_surname_of_two_is_not_cut_by_a_place_across_it() {
    // 阳新 is a county, read across 欧阳 and the given name 新
    let a = analyze("县委常委汤晓燕、欧阳新、雷振东等出席会议。");
    assert!(has(&a, EntityType::Person, "欧阳新"), "{:?}", a.entities);
}

#[test]
fn one_appointed_as_a_post_holds_it() {
    // 任命X为Y局长: jieba read 为 alone; the name before it holds the post
    let a = analyze("会议表决通过了人事任免事项，任命卢晓峰为县教育局局长。");
    let want = ("卢晓峰".into(), "局长".into(), Some("县教育局".into()));
    assert!(holds_with_org(&a).contains(&want), "{:?}", a.holds);
}

#[test]
fn a_name_found_once_is_found_again_after_a_word_jieba_glued_to_it() {
    // jieba reads 同米/舒斯京: the name the article gave whole is still the name
    let a = analyze("俄罗斯总理米舒斯京出席。李强在莫斯科同米舒斯京共同主持会晤。");
    let n = a
        .entities
        .iter()
        .filter(|e| e.etype == EntityType::Person && e.text == "米舒斯京")
        .count();
    assert_eq!(n, 2, "{:?}", a.entities);
    assert!(!has(&a, EntityType::Person, "舒斯京"), "{:?}", a.entities);
}

#[test]
fn posts_of_a_law_firm_and_a_representative_office() {
    let a = analyze("市政协委员、恒泰律师事务所主任律师左文华等6名委员先后发言。");
    let want = (
        "左文华".into(),
        "主任律师".into(),
        Some("恒泰律师事务所".into()),
    );
    assert!(holds_with_org(&a).contains(&want), "{:?}", a.holds);
    let a = analyze("某公司驻湖北代表处首席代表沈浩出席。");
    assert!(has(&a, EntityType::Title, "首席代表"), "{:?}", a.entities);
}

#[test]
fn a_post_does_not_start_inside_a_units_name() {
    // 支书 is a post, but here it runs across 党总支/书记: the village's branch and 书记
    let a = analyze("在大柳村，包国平与村党总支书记尚红军亲切交谈。");
    let want = ("尚红军".into(), "书记".into(), Some("村党总支".into()));
    assert!(holds_with_org(&a).contains(&want), "{:?}", a.holds);
    assert!(!has(&a, EntityType::Title, "支书"), "{:?}", a.entities);
}

#[test]
fn a_sports_centre_where_an_event_is_held_is_a_place() {
    let p = places("9月20日晚，第十届县运动会在县体育中心开幕。");
    assert!(p.contains(&"县体育中心".to_string()), "{p:?}");
    let p = places("开幕式在国家体育场举行。");
    assert!(p.contains(&"国家体育场".to_string()), "{p:?}");
}

#[test]
fn an_engineering_bureau_of_a_construction_group_is_an_organization() {
    // 中建八局 and 中铁十四局 stand alone: the post after them is the post
    let a = analyze("中建八局党委常委、副总经理邱东平出席签约仪式。");
    let want = ("邱东平".into(), "党委常委".into(), Some("中建八局".into()));
    assert!(holds_with_org(&a).contains(&want), "{:?}", a.holds);
    let a = analyze("中铁十四局副总经理邱东平出席。");
    let want = (
        "邱东平".into(),
        "副总经理".into(),
        Some("中铁十四局".into()),
    );
    assert!(holds_with_org(&a).contains(&want), "{:?}", a.holds);
}
