//! Clean-up that keeps offsets: from the text as given to a [`CleanText`].
//!
//! Three things happen here, and nothing else:
//!
//! 1. **Layout line breaks inside a sentence are removed.** Newspaper pages and PDF
//!    copies break lines where the column ends, even in the middle of a name
//!    (`西安博银瑞泰实\n\n业有限公司`). A break is joined when the line before it is a
//!    body line (long enough to be a column of running text, and holding a comma if it
//!    is no longer than a headline; or, in a ragged column, a shorter line with a comma
//!    cut by a single break; not a line of `key:value` fields) that stops without
//!    sentence-final punctuation, and the next line goes on with a character that can
//!    continue a word. Headlines, bylines and source lines stay apart.
//! 2. **Pinyin annotations** that re-posting sites write after characters
//!    (`經(jīng)濟(jì)`) are removed: a parenthesized, tone-marked Latin syllable straight
//!    after a Han character.
//! 3. **Forms are folded for matching**, one char for one char: full-width ASCII forms to
//!    half-width, the ideographic space to a space, and Traditional characters to
//!    Simplified through the fold table (`lexicon::Lexicon::fold`, from `t2s.txt`). The user still sees
//!    the characters as written (`CleanText::shown`).
//!
//! Clean-up only ever removes characters, so each clean position maps to exactly one
//! original code-point offset (`CleanText::orig`).

use crate::lexicon::Fold;
use crate::model::CleanText;

/// A line at least this long (in chars) is running text, so a break after it that
/// lacks final punctuation is a column break rather than the end of a headline.
const BODY_LINE_MIN: usize = 20;

/// Is a line running text, a column of a paragraph that a layout break may cut? It is
/// long enough, and a headline-length line also holds a comma or `、` (a headline has
/// none); a line of `key:value` fields (`发布时间:… 来源:…`) never is.
fn running_text(len: usize, pauses: usize, colons: usize) -> bool {
    len >= BODY_LINE_MIN && (pauses > 0 || len > HEADLINE_MAX) && colons < 2
}

/// Is a shorter line a ragged column's, cut by a single line break? It holds a comma,
/// which a headline has none of (it may list names with `、`: 阎立、费高云会见友城来宾),
/// and the break is no blank line, which a heading stands before (`三、携手共进，建立
/// 中海战略伙伴关系` and its paragraph): `10月8日，县委副书记、县长赵\n国栋带队`.
fn ragged_line(len: usize, commas: usize, colons: usize, breaks: usize) -> bool {
    len >= COMMA_LINE_MIN && commas > 0 && colons < 2 && breaks == 1
}

/// The shortest line read as a ragged column's.
const COMMA_LINE_MIN: usize = 8;

/// The longest line read as a headline when it has no comma.
const HEADLINE_MAX: usize = 30;

/// Is this a Han ideograph (CJK Unified Ideographs and extensions, compatibility)?
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Does `c` end a sentence (。！？, and their half-width forms)?
pub fn ends_a_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Fold full-width ASCII forms to half-width and the ideographic space to a space.
pub fn fold_width(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// Characters that end a line without it being a column break.
fn ends_sentence(c: char) -> bool {
    matches!(
        fold_width(c),
        '。' | '!'
            | '?'
            | ':'
            | ';'
            | '”'
            | '’'
            | '"'
            | '」'
            | '』'
            | ')'
            | '】'
            | '》'
            | '…'
            | '.'
            | '—'
    )
}

/// Characters that may start the continuation of a broken word or sentence: a name
/// joiner too (`帕蒂` / `·拉杰拉`). Closing punctuation (`。`, `)`, `”`) never opens a
/// line of its own: a line that starts with it goes on from the line before.
fn continues(c: char) -> bool {
    is_han(c)
        || c.is_alphanumeric()
        || matches!(
            fold_width(c),
            '、' | ',' | '，' | '“' | '(' | '《' | '·' | '•' | '・'
        )
        || closes(c)
}

/// Closing punctuation, which ends something opened before it.
fn closes(c: char) -> bool {
    matches!(
        fold_width(c),
        '。' | ')' | '”' | '’' | '》' | '」' | '』' | '】' | ';' | ':' | '!' | '?' | '…'
    )
}

/// Characters a paragraph never ends with: an opening bracket or quote, a name joiner
/// (`夏巴兹·` / `谢里夫`).
fn opens(c: char) -> bool {
    matches!(
        fold_width(c),
        '(' | '“' | '‘' | '《' | '「' | '『' | '【' | '·' | '•' | '・'
    )
}

/// The width of a character on a printed line, in half-character units: a Han
/// character or full-width form takes two, an ASCII character one.
fn display_width(c: char) -> usize {
    if c.is_ascii() { 1 } else { 2 }
}

/// Lines at least this wide (half-character units) are counted for the column width:
/// eight characters, narrower than any newspaper column.
const COLUMN_MIN: usize = 16;

/// The width of a page's text column, when it was wrapped at a fixed width (a PDF or
/// e-paper copy: `市开发区党委书记、管委会主任李国珍，党工委副\n书记…`), in half-character
/// units. A line wrapped at width `w` is `w` wide, or `w - 1` when a half-width
/// character (`,`, a digit) left less room than the next Han character needs. The
/// column is the width that, with the one below it, the most lines have: at least
/// three, and a quarter of the wide ones, with hardly a line wider (an eighth of them
/// at most: a wrapped page has none). A page with a paragraph a line has lines of
/// every width and no column; so has one where a few captions or file names of equal
/// width stand between long paragraphs.
fn column_width(widths: &[usize]) -> Option<usize> {
    // How many wide lines have each width (one pass, then one over the widths seen: a
    // page of a million lines costs no more than reading it).
    let mut count: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for &w in widths.iter().filter(|&&w| w >= COLUMN_MIN) {
        *count.entry(w).or_default() += 1;
    }
    let wide: usize = count.values().sum();
    let full =
        |w: usize| count.get(&w).copied().unwrap_or(0) + count.get(&(w - 1)).copied().unwrap_or(0);
    let best = count.keys().copied().max_by_key(|&w| (full(w), w))?;
    let n = full(best);
    let wider: usize = count.range(best + 1..).map(|(_, k)| k).sum();
    (n >= 3 && n * 4 >= wide && wider * 8 <= wide).then_some(best)
}

/// The display width of each line of `chars` (split at `\n`), an indent included (the
/// first line of a paragraph is indented and fills the column all the same), white
/// space at the end not.
fn line_widths(chars: &[char]) -> Vec<usize> {
    chars
        .split(|&c| c == '\n')
        .map(|line| {
            let end = line
                .iter()
                .rposition(|c| !c.is_whitespace())
                .map_or(0, |k| k + 1);
            line[..end].iter().map(|&c| display_width(c)).sum()
        })
        .collect()
}

fn is_tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c)
}

/// Length in chars of a pinyin annotation starting at `i` (`(jīng)`), or 0.
fn pinyin_at(chars: &[char], i: usize) -> usize {
    let open = chars[i];
    if open != '(' && open != '（' {
        return 0;
    }
    let mut j = i + 1;
    let mut toned = false;
    while j < chars.len() && j - i <= 8 {
        let c = chars[j];
        if c == ')' || c == '）' {
            break;
        }
        if is_tone_vowel(c) {
            toned = true;
        } else if !(c.is_ascii_lowercase() || c == 'ü') {
            return 0;
        }
        j += 1;
    }
    if j < chars.len() && (chars[j] == ')' || chars[j] == '）') && toned && j > i + 1 {
        j + 1 - i
    } else {
        0
    }
}

/// Build the clean text of `text`. `t2s` folds Traditional characters to Simplified.
pub fn clean(text: &str, t2s: &Fold) -> CleanText {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = CleanText {
        shown: Vec::with_capacity(n),
        norm: Vec::with_capacity(n),
        orig: Vec::with_capacity(n),
        orig_len: n,
    };
    // A page wrapped at a fixed width: a line that fills the column goes on in the next.
    // (A column needs three full lines: a page of fewer lines is not measured.)
    let widths = if chars.iter().filter(|&&c| c == '\n').count() >= 3 {
        line_widths(&chars)
    } else {
        Vec::new()
    };
    let column = column_width(&widths);
    let fills_column = |line: usize| {
        column.is_some_and(|w| widths.get(line).is_some_and(|&x| x == w || x + 1 == w))
    };
    let mut line = 0usize; // the original line of position i
    let mut line_len = 0usize; // chars on the current line so far (excluding spaces)
    let mut line_pauses = 0usize; // commas and enumeration marks on the current line
    let mut line_commas = 0usize; // commas alone
    let mut line_colons = 0usize; // colons on the current line
    let mut i = 0;
    while i < n {
        let c = chars[i];
        // Most of a page: a Han character, which none of the cases below concerns but
        // the fold (15 M of the 151 M instructions `clean` took over 2,000 stories).
        if is_han(c) {
            line_len += 1;
            out.shown.push(c);
            out.norm.push(t2s.get(c));
            out.orig.push(i);
            i += 1;
            continue;
        }
        // Pinyin annotation straight after a Han character.
        if (c == '(' || c == '（') && i > 0 && is_han(chars[i - 1]) {
            let len = pinyin_at(&chars, i);
            if len > 0 {
                i += len;
                continue;
            }
        }
        if c == '\n' || c == '\r' {
            // The whole run of white space that holds this break.
            let mut j = i;
            while j < n && chars[j].is_whitespace() {
                j += 1;
            }
            let breaks = chars[i..j].iter().filter(|&&c| c == '\n').count();
            let prev = out.shown.iter().rev().find(|c| !c.is_whitespace()).copied();
            let next = chars.get(j).copied();
            let join = match (prev, next) {
                (Some(p), Some(q)) => {
                    // An indented line starts a paragraph; digits on both sides of a
                    // break are two numbers (a page counter, then a date).
                    let indented = {
                        let last_nl = chars[i..j].iter().rposition(|&c| c == '\n' || c == '\r');
                        let lead = last_nl.map_or(0, |k| j - (i + k + 1));
                        lead >= 2 || chars[i..j].contains(&'\u{3000}')
                    };
                    // (A wrapped line ends in one line break, not a blank line.)
                    let full = fills_column(line) && breaks == 1;
                    // A number broken by the column (红河州2/021年) is one number.
                    let two_numbers = p.is_ascii_digit() && q.is_ascii_digit() && !full;
                    let paragraph = indented || two_numbers;
                    // A line never opens with closing punctuation: one that does goes on
                    // from the line before, whatever that ends with (“黄金30年”/。).
                    let continued = closes(q) && breaks == 1;
                    !paragraph
                        && (continued
                            || (running_text(line_len, line_pauses, line_colons)
                                || ragged_line(line_len, line_commas, line_colons, breaks)
                                || full)
                                && !ends_sentence(p)
                                && (is_han(p)
                                    || p.is_alphanumeric()
                                    || matches!(p, '、' | '，' | ',')
                                    || opens(p)
                                    || full)
                                && continues(q))
                }
                _ => false,
            };
            if join {
                // Drop trailing spaces already emitted on this line, then skip the break.
                while out
                    .shown
                    .last()
                    .is_some_and(|c| c.is_whitespace() && *c != '\n')
                {
                    out.shown.pop();
                    out.norm.pop();
                    out.orig.pop();
                }
                line += breaks;
                i = j;
                continue;
            }
            if c == '\n' {
                line += 1;
            }
            line_len = 0;
            line_pauses = 0;
            line_commas = 0;
            line_colons = 0;
            out.shown.push(c);
            out.norm.push('\n');
            out.orig.push(i);
            i += 1;
            continue;
        }
        if !c.is_whitespace() {
            line_len += 1;
        }
        let w = fold_width(c);
        match w {
            ',' | '，' => {
                line_pauses += 1;
                line_commas += 1;
            }
            '、' | ';' => line_pauses += 1,
            ':' => line_colons += 1,
            _ => {}
        }
        let f = t2s.get(w);
        out.shown.push(c);
        out.norm.push(f);
        out.orig.push(i);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(t: &CleanText) -> String {
        t.shown.iter().collect()
    }

    #[test]
    fn a_headline_or_a_field_line_is_not_joined_to_the_next_line() {
        let text = "市政府与某某集团签署战略合作框架协议\n记者王小明报道:5月2日,双方签约。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("协议\n记者"), "{s}");
        let text = "发布时间:2020-01-01 来源:某某网 发布单位:某某开发区\n镇党委书记出席。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("开发区\n镇党委"), "{s}");
    }

    #[test]
    fn joins_a_break_inside_a_long_line_only() {
        let text = "标题短行\n\n练建军与西安博银瑞泰实业有限公司的董事长见面，西安博银瑞泰实\n\n业有限公司签约。\n下一段";
        let t = clean(text, &Fold::default());
        let s = shown(&t);
        assert!(s.starts_with("标题短行\n\n"), "{s}");
        assert!(s.contains("西安博银瑞泰实业有限公司签约"), "{s}");
        assert!(s.contains("签约。\n下一段"), "{s}");
        // the joined name maps back over the break
        let k = s
            .find("西安博银瑞泰实业有限公司签约")
            .map(|b| s[..b].chars().count())
            .unwrap_or(0);
        let (a, b) = t.to_original(k, k + 12);
        let orig: String = text.chars().skip(a).take(b - a).collect();
        assert_eq!(orig, "西安博银瑞泰实\n\n业有限公司");
    }

    #[test]
    fn keeps_a_break_before_an_indented_paragraph_or_between_numbers() {
        // A long headline-like line, then an indented paragraph: two paragraphs.
        let text = "县里举办新校区和体育馆两个项目的开工奠基仪式\n\n    2月7日上午,仪式举行。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("仪式\n"), "{s}");
        // A page counter at the end of a line and a date at the start of the next.
        let text = "发布时间二零二四年 来源本网 浏览次数:6553\n9月25日,考察团到访。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("6553\n"), "{s}");
    }

    #[test]
    fn a_line_opening_with_closing_punctuation_goes_on_from_the_line_before() {
        let text =
            "县长李明主持签约仪式，副县长王华介绍了项目的基本情况和合作前景\n。下一句\n(记者 张\n)";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("合作前景。下一句"), "{s}");
        // even after a closing quote, which may end a paragraph
        let text = "他表示，两国关系进入新的“黄金三十年”\n。哈方愿同中方深化合作。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("三十年”。哈方"), "{s}");
        // a name joiner never ends a paragraph
        let text = "当天，两国领导人共同会见记者，巴方总理穆罕默德·\n谢里夫表示欢迎。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("穆罕默德·谢里夫"), "{s}");
        let text = "当天，两国领导人共同会见记者，巴方总理穆罕默德\n·谢里夫表示欢迎。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("穆罕默德·谢里夫"), "{s}");
    }

    #[test]
    fn a_page_wrapped_at_a_narrow_column_is_joined_line_to_line() {
        // Ten characters a line, no comma on most lines: each is shorter than a
        // headline, and only the column width says they run on.
        let text = "县委书记王立新会见\n了省交通投资集团董\n事长李明一行双方就\n交通项目建设进行座\n谈。\n\n下一段短标题\n\n正文开始。";
        let t = clean(text, &Fold::default());
        let s = shown(&t);
        assert!(
            s.starts_with(
                "县委书记王立新会见了省交通投资集团董事长李明一行双方就交通项目建设进行座谈。\n"
            ),
            "{s}"
        );
        // a paragraph end (。) and a headline after a blank line stay apart
        assert!(s.contains("谈。\n\n下一段短标题\n\n正文"), "{s}");
        // a year broken by the column is one number
        let text = "县委书记王立新会见\n了省交通投资集团董\n事长李明一行，202\n5年将加快交通项目\n建设进度。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("一行，2025年将"), "{s}");
        // 9 chars and a comma: a line one half-width unit short of the column is full
        let text =
            "县委书记王立新会见\n了省交通投资集团,董\n事长李明一行双方就\n交通项目建设进行座\n谈。";
        let s = shown(&clean(text, &Fold::default()));
        assert!(s.contains("集团,董事长李明"), "{s}");
    }

    #[test]
    fn captions_of_equal_width_between_long_paragraphs_are_no_column() {
        // Three captions of fifteen characters, then paragraphs a line each.
        let para = |k: usize| "全县上下认真贯彻落实会议精神，扎实推进各项工作，".repeat(k);
        let text = format!(
            "县长出席开幕式并为洽谈会剪彩图\n副县长参观洽谈会展区现场图片\n县委书记参观洽谈会展区现场图\n{}\n{}\n{}",
            para(3),
            para(4),
            para(5)
        );
        let s = shown(&clean(&text, &Fold::default()));
        assert!(
            s.starts_with("县长出席开幕式并为洽谈会剪彩图\n副县长"),
            "{s}"
        );
        assert_eq!(
            column_width(&line_widths(&text.chars().collect::<Vec<_>>())),
            None
        );
    }

    #[test]
    fn removes_pinyin_and_keeps_real_parentheses() {
        let text = "工委書(shū)記出席(試行)會議(Beijing)";
        let t = clean(text, &Fold::default());
        assert_eq!(shown(&t), "工委書記出席(試行)會議(Beijing)");
        assert_eq!(t.to_original(0, 4), (0, 9));
    }

    #[test]
    fn folds_width_one_for_one() {
        let t = clean("（记者：王勃）２０２４", &Fold::default());
        assert_eq!(t.norm.iter().collect::<String>(), "(记者:王勃)2024");
        assert_eq!(shown(&t), "（记者：王勃）２０２４");
    }
}
