//! Clean-up that keeps offsets: from the text as given to a [`CleanText`].
//!
//! Three things happen here, and nothing else:
//!
//! 1. **Layout line breaks inside a sentence are removed.** Newspaper pages and PDF
//!    copies break lines where the column ends, even in the middle of a name
//!    (`西安博银瑞泰实\n\n业有限公司`). A break is joined when the line before it is a
//!    body line (long enough to be a column of running text, and holding a comma if it
//!    is no longer than a headline; not a line of `key:value` fields) that stops
//!    without sentence-final punctuation, and the next line goes on with a character
//!    that can continue a word. Headlines, bylines and source lines stay apart.
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

/// Characters that may start the continuation of a broken word or sentence.
fn continues(c: char) -> bool {
    is_han(c)
        || c.is_alphanumeric()
        || matches!(fold_width(c), '、' | ',' | '，' | '“' | '(' | '《')
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
    let mut line_len = 0usize; // chars on the current line so far (excluding spaces)
    let mut line_pauses = 0usize; // commas and enumeration marks on the current line
    let mut line_colons = 0usize; // colons on the current line
    let mut i = 0;
    while i < n {
        let c = chars[i];
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
                    let two_numbers = p.is_ascii_digit() && q.is_ascii_digit();
                    let paragraph = indented || two_numbers;
                    !paragraph
                        && running_text(line_len, line_pauses, line_colons)
                        && !ends_sentence(p)
                        && (is_han(p) || p.is_alphanumeric() || p == '、' || p == '，' || p == ',')
                        && continues(q)
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
                i = j;
                continue;
            }
            line_len = 0;
            line_pauses = 0;
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
            ',' | '，' | '、' | ';' => line_pauses += 1,
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
