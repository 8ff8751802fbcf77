//! A page is several articles: split it on headlines, datelines and photo credits, find
//! the bylines, and mark paragraphs printed twice.
//!
//! - A **headline** is a short line (at most `HEADLINE_MAX` chars) without
//!   sentence-final punctuation, followed by more text; consecutive headline lines
//!   (a head and its subhead) open one article.
//! - A **dateline** (`本报讯`, `又讯`, `XX网讯`) at the start of a line opens an article
//!   unless a headline just did.
//! - A **photo credit** (`通讯员 小锴 摄`) closes the article it belongs to.
//! - A **byline** is a reporter or editor marker (`reporter_markers.txt`,
//!   `editor_markers.txt`) followed by one or more names: `(通讯员 许丹丹)`,
//!   `(记者罗桦琳 通讯员吴楚斌、岳嘉)`, `全媒体记者:王勃`, `记者刘晓荣报道`,
//!   `责任编辑:赵茜`. Names written together (`记者高淑兰朱月玲`) are split where a
//!   surname starts the second. The words that end a byline name are in
//!   `dictionaries/byline_ends.txt`, the dateline words in `dictionaries/datelines.txt`.
//! - A name alone in parentheses closing a paragraph (`……参加考察。(许小燕)`) is a
//!   byline without a marker, and so are names alone in parentheses right after a
//!   wire or paper dateline (`中新社昆明3月1日电(张小军)`, `本报讯(张小军 李华)`).
//! - A sentence of at least `REPEAT_MIN` chars that the page already printed is a
//!   **repeat**: its mentions are listed but not counted twice in the tables.

use crate::ingest::normalize::is_han;
use crate::lexicon::{Entry, Lexicon};
use crate::model::{ArticleSpan, Byline, CleanText, Layout, Span};

const HEADLINE_MAX: usize = 30;
const REPEAT_MIN: usize = 15;

fn is_final(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '…' | ';')
}

/// Does `c` end a piece of text that `repeats` compares: a final mark or a line break?
/// (Every char of the page is tested: the Han chars, most of them, are told apart by
/// one comparison, as every such mark is below U+3003.)
fn ends_a_piece(c: char) -> bool {
    c < '\u{3003}' && (is_final(c) || c == '\n')
}

pub fn layout(text: &CleanText, lex: &Lexicon) -> Layout {
    let t = &text.norm;
    let n = t.len();
    // lines: (start, end) of non-blank lines, trimmed
    let mut lines: Vec<Span> = Vec::new();
    let mut s = 0;
    for i in 0..=n {
        if i == n || t[i] == '\n' {
            let mut a = s;
            let mut b = i;
            while a < b && t[a].is_whitespace() {
                a += 1;
            }
            while b > a && t[b - 1].is_whitespace() {
                b -= 1;
            }
            if b > a {
                lines.push(Span::new(a, b));
            }
            s = i + 1;
        }
    }
    // Bylines without a marker come first: a byline without a title continues the
    // run of the marker before it (记者甲、乙), and these continue none.
    let mut bylines = closing_bylines(t, lex);
    bylines.extend(dateline_bylines(t, lex));
    for l in &lines {
        bylines.extend(credit_line(t, *l, lex));
    }
    bylines.extend(find_bylines(t, lex));
    // article starts
    let mut starts: Vec<usize> = vec![0];
    let mut headlines: Vec<Option<Span>> = vec![None];
    let mut prev_headline = false;
    for (k, l) in lines.iter().enumerate() {
        let len = l.len();
        let last = t[l.end - 1];
        let has_more = k + 1 < lines.len();
        let is_credit = lex.byline_ends.iter().any(|e| ends_with(t, *l, e)) && len <= 20;
        let is_headline = len <= HEADLINE_MAX
            && !is_final(last)
            && !file_name(&t[l.start..l.end])
            && has_more
            && !is_credit
            && last != ')'
            && last != ':';
        let dateline = lex.datelines.iter().any(|d| {
            let head = &t[l.start..(l.start + 12).min(l.end)];
            head.windows(d.len()).any(|w| w == &d[..])
        });
        if is_headline {
            if !prev_headline {
                starts.push(l.start);
                headlines.push(Some(*l));
            }
            prev_headline = true;
            continue;
        }
        if dateline && !prev_headline {
            starts.push(l.start);
            headlines.push(None);
        }
        prev_headline = false;
        if is_credit && has_more {
            starts.push(l.end);
            headlines.push(None);
        }
    }
    // drop empty articles (no text before the next start)
    let mut articles: Vec<ArticleSpan> = Vec::new();
    for (k, &st) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(n);
        if end <= st {
            continue;
        }
        if t[st..end].iter().all(|c| c.is_whitespace()) {
            if let Some(last) = articles.last_mut() {
                last.span.end = end;
            }
            continue;
        }
        articles.push(ArticleSpan {
            span: Span::new(st, end),
            headline: headlines[k],
        });
    }
    if articles.is_empty() {
        articles.push(ArticleSpan {
            span: Span::new(0, n),
            headline: None,
        });
    } else {
        articles[0].span.start = 0;
    }
    Layout {
        articles,
        bylines,
        repeats: repeats(t),
    }
}

/// Is a line a file's name (`微信图片_20220120111040_副本.jpg`, left on the page where
/// a photo stood)? It ends in a dot and an extension of two to four ASCII letters or
/// digits, and holds no space. It is no headline: the article goes on past it.
fn file_name(line: &[char]) -> bool {
    let ext = line
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (2..=4).contains(&ext)
        && line.len() > ext + 1
        && line[line.len() - ext - 1] == '.'
        && line[..line.len() - ext]
            .iter()
            .any(|c| c.is_alphabetic() || c.is_ascii_digit())
        && !line.iter().any(|c| c.is_whitespace())
}

fn ends_with(t: &[char], l: Span, w: &[char]) -> bool {
    l.len() >= w.len() && t[l.end - w.len()..l.end] == w[..]
}

fn starts_with(t: &[char], i: usize, w: &[char]) -> bool {
    i + w.len() <= t.len() && t[i..i + w.len()] == w[..]
}

/// Sentences printed a second time on the page.
fn repeats(t: &[char]) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut s = 0;
    while s < t.len() {
        // The sentence ends after its final mark or line break, or at the text's end.
        let end = t[s..]
            .iter()
            .position(|&c| ends_a_piece(c))
            .map_or(t.len(), |k| s + k + 1);
        let a = t[s..end]
            .iter()
            .position(|c| !c.is_whitespace())
            .map_or(end, |k| s + k);
        if end - a >= REPEAT_MIN {
            sentences.push(Span::new(a, end));
        }
        s = end;
    }
    // Sorted by text, then by position: a sentence is a repeat when the one before it
    // in this order has the same text (it was printed earlier on the page). Sorting a
    // page's few dozen sentences costs less than hashing every one of them into a
    // SipHash set (measured), and no page can make it quadratic with collisions.
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let text = |k: usize| &t[sentences[k].start..sentences[k].end];
    order.sort_unstable_by(|&x, &y| text(x).cmp(text(y)).then(x.cmp(&y)));
    let mut repeated: Vec<usize> = order
        .windows(2)
        .filter(|w| text(w[0]) == text(w[1]))
        .map(|w| w[1])
        .collect();
    repeated.sort_unstable();
    repeated.into_iter().map(|k| sentences[k]).collect()
}

fn find_bylines(t: &[char], lex: &Lexicon) -> Vec<Byline> {
    let markers = &lex.markers;
    let name_end_at = |j: usize| lex.byline_ends.iter().any(|e| starts_with(t, j, e));
    let mut out = Vec::new();
    let mut i = 0;
    let n = t.len();
    // Only a marker's first character can start one: skip the rest without comparing.
    // Every char of the page is tested, most by their low byte alone (measured: a
    // SipHash set of the first chars took a third of the layout's time).
    let mut firsts: Vec<char> = markers
        .iter()
        .filter_map(|(m, _)| m.first().copied())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    let mut maybe_first = [false; 256];
    for &c in &firsts {
        maybe_first[c as usize & 0xFF] = true;
    }
    while i < n {
        let c = t[i];
        if !maybe_first[c as usize & 0xFF] || !firsts.contains(&c) {
            i += 1;
            continue;
        }
        let Some((m, _)) = markers
            .iter()
            .find(|(m, _)| m.first() == Some(&c) && starts_with(t, i, m))
        else {
            i += 1;
            continue;
        };
        let mlen = m.len();
        // what is in front: a break, an opening parenthesis, a dateline, or a
        // publication name (金胶州数字报记者); not a verb (向记者介绍)
        let before = if i == 0 { '\n' } else { t[i - 1] };
        let in_parens = open_paren_before(t, i);
        let front_ok = in_parens
            || before.is_whitespace()
            || matches!(
                before,
                '(' | '|' | ':' | '/' | '】' | ']' | '【' | '[' | '、'
            )
            || (i >= 1 && matches!(before, '讯' | '报' | '网' | '台'));
        if !front_ok {
            i += mlen;
            continue;
        }
        let mut j = i + mlen;
        while j < n && matches!(t[j], ':' | ' ' | '\u{a0}' | '\t') {
            j += 1;
        }
        let mut names: Vec<Span> = Vec::new();
        loop {
            let run_start = j;
            while j < n
                && is_han(t[j])
                && !name_end_at(j)
                && !markers.iter().any(|(m, _)| starts_with(t, j, m))
            {
                j += 1;
            }
            let run = Span::new(run_start, j);
            let followed_ok = j >= n
                || !is_han(t[j])
                || name_end_at(j)
                || markers.iter().any(|(m, _)| starts_with(t, j, m));
            if !followed_ok || run.is_empty() {
                break;
            }
            // the unit that sent the report, before its reporter (供稿：县政协办 陈雪)
            if names.is_empty() && t.get(j) == Some(&' ') && is_unit(t, run, lex) {
                if let Some(k) = next_name_after_space(t, j, lex) {
                    j = k;
                    continue;
                }
                break;
            }
            let pen_ok = in_parens || name_end_at(j.min(n)) || t.get(j).is_some_and(|c| *c == ' ');
            let run = if name_end_at(j) {
                without_place(t, run, lex)
            } else {
                run
            };
            names.extend(split_names(t, run, lex, pen_ok));
            if j < n && t[j] == '、' {
                j += 1;
                continue;
            }
            // names after a space go on the list when each is a name standing alone
            // (记者 王小明 李华), not the start of a sentence (记者 王小明 李华表示,)
            if let Some(k) = next_name_after_space(t, j, lex) {
                j = k;
                continue;
            }
            break;
        }
        let marker = Span::new(i, i + mlen);
        for (k, name) in names.iter().enumerate() {
            out.push(Byline {
                title: (k == 0).then_some(marker),
                name: *name,
                editor: markers
                    .iter()
                    .any(|(m, e)| *e && m.len() == mlen && starts_with(t, i, m)),
            });
        }
        i = j.max(i + mlen);
    }
    out
}

/// The names of a byline without the place they report from, when a known place ends
/// them right before the byline's end (`记者王小明北京报道`: 王小明, from 北京). The
/// names left must be two characters or more.
fn without_place(t: &[char], run: Span, lex: &Lexicon) -> Span {
    lex.scan(&t[run.start..run.end])
        .iter()
        .filter(|h| h.end == run.len() && h.start >= 2)
        .filter(|h| {
            lex.entries(h.word)
                .iter()
                .any(|e| matches!(e, crate::lexicon::Entry::Place(_)))
        })
        .map(|h| Span::new(run.start, run.start + h.start))
        .min_by_key(|s| s.len())
        .unwrap_or(run)
}

/// Where the next name of a byline starts when a space comes at `j` and then a run of
/// two to four Han characters opening with a surname that ends at a space, a closing
/// parenthesis, a line's end or a byline's end (报道, 摄).
fn next_name_after_space(t: &[char], j: usize, lex: &Lexicon) -> Option<usize> {
    let mut k = j;
    while k < t.len() && matches!(t[k], ' ' | '\u{a0}' | '\u{3000}') {
        k += 1;
    }
    if k == j {
        return None;
    }
    let mut e = k;
    while e < t.len() && is_han(t[e]) && !lex.byline_ends.iter().any(|w| starts_with(t, e, w)) {
        e += 1;
    }
    let alone = e == t.len()
        || matches!(t[e], ' ' | '\u{a0}' | '\u{3000}' | '\n' | '\r' | ')' | '）')
        || lex.byline_ends.iter().any(|w| starts_with(t, e, w));
    (alone && (2..=4).contains(&(e - k)) && opens_with_surname(t, k, lex)).then_some(k)
}

/// Does a surname open at `i`: one character or two (欧阳), or a Traditional character
/// whose Simplified form is one (陳)?
fn opens_with_surname(t: &[char], i: usize, lex: &Lexicon) -> bool {
    let folded = lex.t2s.get(&t[i]).copied().unwrap_or(t[i]);
    lex.surnames.contains(&t[i].to_string())
        || (i + 1 < t.len()
            && lex
                .surnames
                .contains(&t[i..i + 2].iter().collect::<String>()))
        || lex.surnames.contains(&folded.to_string())
}

/// Is the run of Han characters the name of a body, ending in an organization's suffix
/// (`县政协办`, `市农业农村局`): the unit a byline credits, not a person?
fn is_unit(t: &[char], run: Span, lex: &Lexicon) -> bool {
    run.len() >= 2
        && lex
            .scan(&t[run.start..run.end])
            .iter()
            .any(|h| h.end == run.len() && lex.entries(h.word).iter().any(Entry::names_a_body))
}

/// The longest unit named before the reporter in a closing byline, in chars.
const BYLINE_UNIT_MAX: usize = 12;

/// A name alone in parentheses closing a paragraph, after its last sentence
/// (`……参加考察。(许小燕)`), is the reporter's byline without a marker; so is a name
/// after the unit that sent the report, on a line of its own (`(县政协办 陈雪)`).
fn closing_bylines(t: &[char], lex: &Lexicon) -> Vec<Byline> {
    let mut out = Vec::new();
    for i in 1..t.len() {
        if t[i] != '(' || !(is_final(t[i - 1]) || t[i - 1] == '\n') {
            continue;
        }
        let mut j = i + 1;
        while j < t.len() && is_han(t[j]) && j - i <= BYLINE_UNIT_MAX {
            j += 1;
        }
        // (the unit, a space, then the name)
        let mut a = i + 1;
        if t.get(j) == Some(&' ') && is_unit(t, Span::new(i + 1, j), lex) {
            a = j + 1;
            j = a;
            while j < t.len() && is_han(t[j]) && j - a < 4 {
                j += 1;
            }
        } else if t[i - 1] == '\n' || j - i > 7 {
            continue;
        }
        // (a second unit is no name: 校办 宣传部)
        if t.get(j) != Some(&')') || is_unit(t, Span::new(a, j), lex) {
            continue;
        }
        let mut k = j + 1;
        while k < t.len() && t[k] != '\n' && t[k].is_whitespace() {
            k += 1;
        }
        if k < t.len() && t[k] != '\n' {
            continue;
        }
        for name in split_names(t, Span::new(a, j), lex, false) {
            out.push(Byline {
                title: None,
                name,
                editor: false,
            });
        }
    }
    out
}

/// The longest line (inside its parentheses) read as a line of credits, in chars.
const CREDIT_LINE_MAX: usize = 40;

/// A line that is nothing but credits written name first, each name or names followed
/// by a word of `byline_ends.txt` (`张小明/文 李华/图`, `张小明 李华 摄`, in parentheses
/// or not): the names are the reporters. Every part of the line must read so, and
/// every name must open with a surname, or the line is left alone.
fn credit_line(t: &[char], line: Span, lex: &Lexicon) -> Vec<Byline> {
    let (mut a, mut b) = (line.start, line.end);
    if b - a >= 2 && t[a] == '(' && t[b - 1] == ')' {
        a += 1;
        b -= 1;
    }
    // (credit lines are short: a sentence is never read as one)
    if b <= a || b - a > CREDIT_LINE_MAX {
        return Vec::new();
    }
    let end_at = |j: usize| {
        lex.byline_ends
            .iter()
            .filter(|e| j + e.len() <= b && starts_with(t, j, e))
            .map(|e| e.len())
            .max()
    };
    let mut out = Vec::new();
    let mut j = a;
    let mut pending: Vec<Span> = Vec::new();
    while j < b {
        match t[j] {
            ' ' | '\u{3000}' | '\t' | '、' => {
                j += 1;
                continue;
            }
            _ => {}
        }
        if let Some(len) = end_at(j) {
            // an end word closes the names before it, and needs one at least
            if pending.is_empty() {
                return Vec::new();
            }
            out.append(&mut pending);
            j += len;
            continue;
        }
        let start = j;
        while j < b && is_han(t[j]) && end_at(j).is_none() {
            j += 1;
        }
        let run = Span::new(start, j);
        if !(2..=4).contains(&run.len()) || !opens_with_surname(t, start, lex) {
            return Vec::new();
        }
        pending.push(run);
    }
    if !pending.is_empty() {
        return Vec::new();
    }
    out.into_iter()
        .map(|name| Byline {
            title: None,
            name,
            editor: false,
        })
        .collect()
}

/// Names alone in parentheses right after a wire dateline (`中新社昆明3月1日电(张小军)`,
/// `本报讯(张小军 李华)`) are the reporters' byline without a marker. The dateline is a
/// date's `日电` or a word of `datelines.txt`, within the first 30 characters of its line;
/// names are split at `、` and spaces, each 2 to 4 Han characters with a surname.
fn dateline_bylines(t: &[char], lex: &Lexicon) -> Vec<Byline> {
    let mut out = Vec::new();
    for i in 2..t.len() {
        if t[i] != '(' {
            continue;
        }
        let wire = t[i - 1] == '电' && t[i - 2] == '日';
        let dateline = wire
            || lex
                .datelines
                .iter()
                .any(|d| i >= d.len() && t[i - d.len()..i] == d[..]);
        // (the line's start looked for 30 characters back at most: a page on one line
        // with many parentheses stays linear)
        let near_line_start = i <= 30 || t[i - 30..i].contains(&'\n');
        if !dateline || !near_line_start {
            continue;
        }
        let Some(close) = (i + 1..t.len().min(i + 20)).find(|&k| t[k] == ')') else {
            continue;
        };
        let inside = Span::new(i + 1, close);
        // only names and separators inside (a marker's byline is find_bylines')
        if !(inside.start..inside.end).all(|k| is_han(t[k]) || matches!(t[k], '、' | ' ')) {
            continue;
        }
        let mut names = Vec::new();
        let mut a = inside.start;
        for k in inside.start..=inside.end {
            if k == inside.end || matches!(t[k], '、' | ' ') {
                if k > a {
                    let run = Span::new(a, k);
                    let split = split_names(t, run, lex, false);
                    if split.is_empty() || run.len() > 4 {
                        names.clear();
                        break;
                    }
                    names.extend(split);
                }
                a = k + 1;
            }
        }
        // a marker inside makes it find_bylines' (本报讯(记者张三))
        if names
            .iter()
            .any(|n| lex.markers.iter().any(|(m, _)| starts_with(t, n.start, m)))
        {
            continue;
        }
        out.extend(names.into_iter().map(|name| Byline {
            title: None,
            name,
            editor: false,
        }));
    }
    out
}

/// Is `i` inside a parenthesis opened on the same line within a few chars?
fn open_paren_before(t: &[char], i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 12 {
        k -= 1;
        match t[k] {
            '(' => return true,
            ')' | '\n' => return false,
            _ => {}
        }
    }
    false
}

/// Split a run of Han characters into byline names: 2-4 chars is one name (a pen name
/// only where `pen_ok`), 5-6 chars are two names where a surname starts the second.
fn split_names(t: &[char], run: Span, lex: &Lexicon, pen_ok: bool) -> Vec<Span> {
    // a date is no name (记者从今天举行的发布会上获悉: the reporter learned, today)
    if (run.start..run.end).any(|i| lex.date_words.iter().any(|d| starts_with(t, i, d))) {
        return vec![];
    }
    let sur = |i: usize| opens_with_surname(t, i, lex);
    match run.len() {
        2..=4 if sur(run.start) || pen_ok => vec![run],
        5 | 6 => {
            for cut in [run.start + 3, run.start + 2] {
                if run.end - cut >= 2 && run.end - cut <= 3 && sur(run.start) && sur(cut) {
                    return vec![Span::new(run.start, cut), Span::new(cut, run.end)];
                }
            }
            vec![]
        }
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<String> {
        let t: Vec<char> = t.chars().collect();
        repeats(&t)
            .iter()
            .map(|s| t[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn a_sentence_printed_again_is_a_repeat_each_time_after_the_first() {
        let a = "市长出席了在会展中心举行的签约仪式。";
        let b = "双方表示将进一步深化合作并共同推进项目建设";
        // A piece ends after its final mark or line break (which it keeps), and
        // leading white space is not part of it: `{b}` at the very end is not `{b}\n`.
        let page = format!("{a}{b}\n  {a}短句。{a}\n{b}\n{b}");
        let (a, b) = (a.to_string(), format!("{b}\n"));
        assert_eq!(spans(&page), vec![a.clone(), a, b]);
        assert!(spans("").is_empty());
        assert!(spans("短句。短句。").is_empty());
    }

    #[test]
    fn a_photo_file_name_is_no_headline() {
        let name = |s: &str| file_name(&s.chars().collect::<Vec<_>>());
        assert!(name("微信图片_20220120111040_副本.jpg"));
        assert!(name("IMG_0231.JPEG"));
        assert!(name("现场照片1.png"));
        assert!(!name("县领导出席开工仪式"));
        assert!(!name("习近平会见美国总统拜登 Vol.II"));
        assert!(!name(".jpg"));
        assert!(!name("共建一带一路倡议提出10周年"));
    }
}
