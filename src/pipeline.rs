//! The pipeline: one document in, one [`Analysis`] out.
//!
//! ```text
//! Document ──normalize──▶ CleanText ──articles──▶ Layout ──recognize──▶ Recognized
//!          ──relate──▶ holds ──▶ Analysis (offsets mapped back to the original, once)
//! ```
//!
//! A document is independent of every other, so the same `analyze` serves a folder, a
//! `--stream` pipe and a cluster shard.

use crate::ingest::{articles, normalize};
use crate::lexicon::Lexicon;
use crate::model::{Analysis, Article, CleanText, Document, Entity, Span};
use crate::recognize::{self, Context};
use crate::relate::events;
use crate::relate::holds;
use jieba_rs::Jieba;

/// Documents longer than this (in chars after clean-up) are read in pieces of about
/// this size; news pages are a hundred times shorter, so they are read whole.
pub const CHUNK_CHARS: usize = 1 << 20;

/// Cut `text` into pieces of at most about `max` chars, each ending at a line end or,
/// failing one in the last quarter, a sentence end, or else exactly at `max`.
fn chunks(text: &[char], max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let hard = (start + max).min(text.len());
        let mut end = hard;
        if hard < text.len() {
            let window = start + max * 3 / 4..hard;
            let cut = |f: &dyn Fn(char) -> bool| {
                text[window.clone()]
                    .iter()
                    .rposition(|&c| f(c))
                    .map(|k| window.start + k + 1)
            };
            end = cut(&|c| c == '\n')
                .or_else(|| cut(&normalize::ends_a_sentence))
                .unwrap_or(hard);
        }
        out.push((start, end));
        start = end;
    }
    out
}

/// Add the words of `jieba_words.txt` to jieba's dictionary, or set their frequency.
fn adjust(jieba: &mut Jieba, lexicon: &Lexicon) {
    for w in &lexicon.jieba_words {
        jieba.add_word(&w.word, Some(w.freq), w.tag.as_deref());
    }
}

/// Read jieba's model of the parts of speech of unknown words now, on a thread of its
/// own, rather than at the first unknown word of the first document. jieba-rs reads it
/// on first use, into one model shared by every `Jieba`, and reading it is about a
/// third of a full start-up's work (40 ms). Started once our own dictionaries are
/// built, it runs while jieba's dictionary is still loading, so start-up takes no
/// longer; a document that needs the model before it is ready waits for it.
fn warm_tag_model() {
    std::thread::spawn(|| {
        // Any Han character is unknown to an empty dictionary, so its tag is guessed.
        Jieba::empty().tag("亓", true);
    });
}

pub struct Pipeline {
    pub lexicon: Lexicon,
    jieba: Jieba,
    /// The year of dates written without one, when the document's `date` metadata and
    /// the page give none (`--year`).
    pub year: Option<i32>,
}

impl Pipeline {
    /// Load the dictionaries (the embedded ones, with the lists in `user_dir` on top)
    /// and jieba's, side by side on two threads: start-up is the longer of the two,
    /// not their sum.
    pub fn load(user_dir: Option<&std::path::Path>) -> anyhow::Result<Pipeline> {
        std::thread::scope(|s| {
            let jieba = s.spawn(Jieba::new);
            let lexicon = Lexicon::load(user_dir);
            warm_tag_model();
            let mut jieba = jieba
                .join()
                .map_err(|_| anyhow::anyhow!("loading jieba's dictionary failed"))?;
            let lexicon = lexicon?;
            adjust(&mut jieba, &lexicon);
            Ok(Pipeline {
                lexicon,
                jieba,
                year: None,
            })
        })
    }

    pub fn new(lexicon: Lexicon) -> Pipeline {
        let mut jieba = Jieba::new();
        adjust(&mut jieba, &lexicon);
        Pipeline {
            lexicon,
            jieba,
            year: None,
        }
    }

    /// A readable account of how a text was read: jieba's tokens and every mention
    /// with the rule that found it (`guanxi explain`).
    pub fn explain(&self, text: &str) -> String {
        let clean = normalize::clean(text, &self.lexicon.fold);
        let layout = articles::layout(&clean, &self.lexicon);
        let ctx = Context::new(&clean, &layout, &self.lexicon, &self.jieba);
        let rec = recognize::recognize(&ctx);
        let mut out = String::from("tokens:");
        for (s, e, tag) in ctx.tokens() {
            out.push_str(&format!(" {}/{}", clean.norm(s, e), tag));
        }
        out.push_str("\nmentions:\n");
        for m in &rec.mentions {
            out.push_str(&format!(
                "  {:6} {:12} [{}, {}) {}\n",
                m.etype.as_str(),
                m.kind.map_or("", |k| k.as_str()),
                m.span.start,
                m.span.end,
                clean.shown(m.span.start, m.span.end),
            ));
            out.push_str(&format!("         by {}\n", m.evidence));
        }
        for d in &rec.designations {
            out.push_str(&format!(
                "  holds  {} {} {}\n",
                clean.shown(d.person.start, d.person.end),
                clean.shown(d.title.start, d.title.end),
                d.org
                    .map_or("-".to_string(), |o| clean.shown(o.start, o.end))
            ));
        }
        out
    }

    /// Analyze one document.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        let clean = normalize::clean(&doc.text, &self.lexicon.fold);
        if clean.len() <= CHUNK_CHARS {
            return self.analyze_clean(doc, &clean);
        }
        // A huge document (a 100 MB page on one line) is read a piece at a time, cut at
        // line or sentence ends, so the working memory is that of one piece. The
        // offset map holds original positions, so every piece's offsets are already
        // the document's; article indices are renumbered, relations merged.
        let mut whole = Analysis {
            id: doc.id.clone(),
            meta: doc.meta.clone(),
            ..Default::default()
        };
        for (start, end) in chunks(&clean.norm, CHUNK_CHARS) {
            let part = self.analyze_clean(doc, &clean.slice(start, end));
            let base = whole.articles.len();
            whole
                .articles
                .extend(part.articles.into_iter().map(|mut a| {
                    a.index += base;
                    a
                }));
            whole
                .entities
                .extend(part.entities.into_iter().map(|mut e| {
                    e.article += base;
                    e
                }));
            for h in part.holds {
                if !whole.holds.contains(&h) {
                    whole.holds.push(h);
                }
            }
            whole.events.extend(part.events.into_iter().map(|mut e| {
                e.article += base;
                e
            }));
            for r in part.reporters {
                if !whole.reporters.contains(&r) {
                    whole.reporters.push(r);
                }
            }
        }
        whole
    }

    /// Analyze a document whose clean text is `clean` (all of it, or one piece).
    fn analyze_clean(&self, doc: &Document, clean: &CleanText) -> Analysis {
        let layout = articles::layout(clean, &self.lexicon);
        let ctx = Context::new(clean, &layout, &self.lexicon, &self.jieba);
        let rec = recognize::recognize(&ctx);
        let holds = holds::holds(clean, &layout, &rec);

        // Articles are in order and do not overlap: the article of a position is found
        // by binary search, and so is a repeated paragraph (no scan per mention).
        let article_of = |pos: usize| {
            let k = layout.articles.partition_point(|a| a.span.start <= pos);
            match k.checked_sub(1) {
                Some(i) if pos < layout.articles[i].span.end => i,
                _ => layout.articles.len().saturating_sub(1),
            }
        };
        let mut repeats = layout.repeats.clone();
        repeats.sort();

        let entities = rec
            .mentions
            .iter()
            .map(|m| {
                let (start, end) = clean.to_original(m.span.start, m.span.end);
                Entity {
                    etype: m.etype,
                    text: clean.written(m.span.start, m.span.end),
                    start,
                    end,
                    kind: m.kind,
                    article: article_of(m.span.start),
                    repeated: m.span.inside_any(&repeats),
                    evidence: std::borrow::Cow::Borrowed(m.evidence),
                }
            })
            .filter(|e| !e.text.is_empty())
            .collect();
        let articles = layout
            .articles
            .iter()
            .enumerate()
            .map(|(index, a)| {
                let (start, end) = clean.to_original(a.span.start, a.span.end);
                Article {
                    index,
                    start,
                    end,
                    headline: a.headline.map(|h: Span| clean.shown(h.start, h.end)),
                }
            })
            .collect();
        let mut reporters: Vec<String> = Vec::new();
        for b in layout.bylines.iter().filter(|b| !b.editor) {
            let name = clean.written(b.name.start, b.name.end);
            if !reporters.contains(&name) {
                reporters.push(name);
            }
        }
        let hints =
            events::DateHints::from_meta(doc.meta.get("date").and_then(|v| v.as_str()), self.year);
        let events = events::events(&ctx, clean, &layout, &rec, &reporters, hints);
        Analysis {
            id: doc.id.clone(),
            meta: doc.meta.clone(),
            articles,
            entities,
            holds,
            events,
            reporters,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::chunks;

    #[test]
    fn pieces_cover_the_text_and_end_at_line_or_sentence_ends() {
        let text: Vec<char> = "甲乙丙丁。\n".repeat(50).chars().collect();
        let pieces = chunks(&text, 40);
        assert_eq!(pieces.first().map(|p| p.0), Some(0));
        assert_eq!(pieces.last().map(|p| p.1), Some(text.len()));
        for w in pieces.windows(2) {
            assert_eq!(w[0].1, w[1].0, "contiguous");
        }
        for (_, end) in &pieces[..pieces.len() - 1] {
            assert_eq!(text[end - 1], '\n');
        }
        // No line end or sentence end at all: cut at the limit.
        let flat: Vec<char> = "甲".repeat(100).chars().collect();
        assert_eq!(chunks(&flat, 40), vec![(0, 40), (40, 80), (80, 100)]);
    }
}
