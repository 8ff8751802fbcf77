//! No input makes `guanxi` panic: every case exits 0 or 1 (never 101), 4 for an
//! output that cannot be written, with no
//! "panicked" on stderr, and whatever it outputs keeps the offset contract.

use guanxi::lexicon::Lexicon;
use guanxi::{Document, Pipeline};
use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The result of one `guanxi extract FILE -o DIR` run.
struct Run {
    code: Option<i32>,
    stderr: String,
    /// documents.jsonl, when the run wrote one.
    docs: Vec<Value>,
}

/// Run `guanxi extract` on one file named `name` holding `bytes`, killing it after
/// `timeout` (a hang is a failure too, but no timing is asserted short of that).
fn extract_bytes_with_timeout(name: &str, bytes: &[u8], timeout: Duration) -> (Run, PathBuf) {
    let dir = tempfile::tempdir().unwrap().keep();
    let input = dir.join(name);
    fs::write(&input, bytes).unwrap();
    let out_dir = dir.join("out");
    let err_path = dir.join("stderr.txt");
    let mut child = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .arg("extract")
        .arg(&input)
        .arg("-o")
        .arg(&out_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if t0.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            let _ = fs::remove_dir_all(&dir);
            panic!("{name}: still running after {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = fs::read_to_string(&err_path).unwrap_or_default();
    let docs = fs::read_to_string(out_dir.join("documents.jsonl"))
        .map(|t| {
            t.lines()
                .map(|l| serde_json::from_str(l).expect("documents.jsonl line is JSON"))
                .collect()
        })
        .unwrap_or_default();
    let run = Run {
        code: status.code(),
        stderr,
        docs,
    };
    assert_no_panic(name, &run);
    (run, dir)
}

fn extract_bytes(name: &str, bytes: &[u8]) -> Run {
    let (run, dir) = extract_bytes_with_timeout(name, bytes, Duration::from_secs(120));
    let _ = fs::remove_dir_all(dir);
    run
}

fn assert_no_panic(name: &str, run: &Run) {
    assert!(
        matches!(run.code, Some(0) | Some(1)),
        "{name}: exit code {:?}, stderr: {}",
        run.code,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// (type, text, start, end) of every entity.
fn spans(doc: &Value) -> Vec<(String, String, u64, u64)> {
    doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["text"].as_str().unwrap().to_string(),
                e["start"].as_u64().unwrap(),
                e["end"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The offset contract against the text as decoded.
fn check_offsets(doc: &Value, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (t, etext, s, e) in spans(doc) {
        let (s, e) = (s as usize, e as usize);
        assert!(
            s < e && e <= chars.len(),
            "{t} {etext:?} {s}..{e} (len {})",
            chars.len()
        );
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(squeeze(&slice), squeeze(&etext), "{t} {s}..{e}");
    }
}

fn one_doc(name: &str, run: &Run) -> Value {
    assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
    assert_eq!(run.docs.len(), 1, "{name}: {}", run.stderr);
    run.docs[0].clone()
}

#[test]
fn empty_file() {
    let run = extract_bytes("empty.txt", b"");
    let doc = one_doc("empty.txt", &run);
    assert!(spans(&doc).is_empty());
}

#[test]
fn whitespace_only_file() {
    let run = extract_bytes("blank.txt", " \n\n\t\r\n\u{3000}\u{3000}\n   ".as_bytes());
    let doc = one_doc("blank.txt", &run);
    assert!(spans(&doc).is_empty());
}

#[test]
fn binary_file_is_skipped_with_a_warning() {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let mut rng = Rng(7);
    bytes.extend((0..4096).map(|_| rng.next() as u8));
    let run = extract_bytes("picture.txt", &bytes);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.docs.is_empty(), "a binary file is not a document");
    assert!(run.stderr.contains("picture.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn gbk_file_gives_the_same_entities_as_utf8() {
    let text = "副市长王建国出席签约仪式。县委书记刘志强主持会议。";
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&gbk).is_err(), "really not UTF-8");
    let utf8 = one_doc("utf8.txt", &extract_bytes("utf8.txt", text.as_bytes()));
    let run = extract_bytes("gbk.txt", &gbk);
    let legacy = one_doc("gbk.txt", &run);
    assert!(!spans(&utf8).is_empty());
    assert_eq!(spans(&legacy), spans(&utf8));
    check_offsets(&legacy, text);
    assert!(
        spans(&legacy)
            .iter()
            .any(|(t, s, ..)| t == "person" && s == "王建国"),
        "{legacy}"
    );
}

#[test]
fn invalid_utf8_inside_utf8_text() {
    let mut bytes = "副市长王建国出席签约仪式。".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe\xc3");
    bytes.extend_from_slice("县委书记刘志强主持会议。".as_bytes());
    bytes.extend_from_slice(b"\x80");
    bytes.extend_from_slice("市长陈立新会见客人。".as_bytes());
    let run = extract_bytes("damaged.txt", &bytes);
    let doc = one_doc("damaged.txt", &run);
    assert!(run.stderr.contains("damaged.txt"), "{}", run.stderr);
    check_offsets(&doc, &String::from_utf8_lossy(&bytes));
    assert!(
        spans(&doc)
            .iter()
            .any(|(t, s, ..)| t == "person" && s == "王建国"),
        "{doc}"
    );
}

#[test]
fn nul_bytes() {
    let mut bytes = "副市长王建国\0出席签约仪式。".as_bytes().to_vec();
    bytes.extend_from_slice(&[0; 16]);
    bytes.extend_from_slice("县委书记刘志强\0\0主持会议。".as_bytes());
    let run = extract_bytes("nul.txt", &bytes);
    for doc in &run.docs {
        check_offsets(doc, &String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn only_punctuation() {
    let text = "，。、；：？！“”‘’（）《》【】——……·.,;:?!()[]{}<>\"'-_/\\|@#$%^&*~`\n".repeat(50);
    let run = extract_bytes("punct.txt", text.as_bytes());
    let doc = one_doc("punct.txt", &run);
    check_offsets(&doc, &text);
}

#[test]
fn one_long_run_of_one_han_character() {
    for c in ['市', '王', '长', '委', '的'] {
        let text: String = std::iter::repeat_n(c, 200_000).collect();
        let run = extract_bytes("run.txt", text.as_bytes());
        let doc = one_doc("run.txt", &run);
        check_offsets(&doc, &text);
    }
}

#[test]
fn emoji_and_combining_marks_mixed_with_names() {
    let text = "副市长王建国👍出席签约仪式。🇨🇳县委书记刘\u{301}志强主持会议。\
                市长陈立新😀\u{200d}👩\u{200d}💻会见客人，e\u{301}\u{302}张👨‍👩‍👧‍👦明参加。\
                \u{fe0f}李\u{20e3}\u{e0067}华出席。";
    let run = extract_bytes("emoji.txt", text.as_bytes());
    let doc = one_doc("emoji.txt", &run);
    check_offsets(&doc, text);
    assert!(
        spans(&doc)
            .iter()
            .any(|(t, s, ..)| t == "person" && s == "王建国"),
        "{doc}"
    );
}

fn big_single_line(bytes: usize) -> String {
    let s = "副市长王建国在市政府会见了青山集团有限公司董事长张明，双方就合作事宜进行了交流。";
    s.repeat(bytes / s.len())
}

fn check_big(mb: usize, timeout: Duration) {
    let text = big_single_line(mb * 1024 * 1024);
    assert!(!text.contains('\n'));
    let (run, dir) = extract_bytes_with_timeout("big.txt", text.as_bytes(), timeout);
    let doc = one_doc("big.txt", &run);
    let spans = spans(&doc);
    assert!(spans.len() > 1000, "{} entities", spans.len());
    assert!(
        spans
            .iter()
            .any(|(t, s, ..)| t == "person" && s == "王建国")
    );
    assert!(
        spans
            .iter()
            .any(|(t, s, ..)| t == "org" && s == "青山集团有限公司")
    );
    check_offsets(&doc, &text);
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_one_megabyte_single_line_document_finishes() {
    check_big(1, Duration::from_secs(300));
}

/// A 5 MB page on one line (no line breaks to segment by) runs in about 2 s in release:
/// every stage indexes its candidates by position instead of scanning earlier ones.
#[test]
fn a_five_megabyte_single_line_document_finishes() {
    check_big(5, Duration::from_secs(300));
}

/// A small fixed-seed generator (xorshift64*), so the cases are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const POOL: &str = "市委书记长副、，。()（）·\n 路公司局张王李县省区镇党工委主任董事有限集团中心\
                    人大常委会政府管委会开发区通讯员记者出席会见签约北京菏泽欧阳明华国建";

fn random_text(rng: &mut Rng) -> String {
    let pool: Vec<char> = POOL.chars().collect();
    let len = rng.below(120);
    let mut s = String::new();
    for _ in 0..len {
        let c = match rng.below(10) {
            0..=6 => pool[rng.below(pool.len())],
            // any scalar value (from_u32 refuses surrogates)
            7 => loop {
                if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                    break c;
                }
            },
            // CJK Unified Ideographs
            8 => char::from_u32(0x4e00 + rng.below(0x51a6) as u32).unwrap(),
            // ASCII, white space and pinyin-looking letters
            _ => [
                'a', 'n', 'g', 'Z', '1', ' ', '\t', '\r', '\u{3000}', 'ā', '（', '）',
            ][rng.below(12)],
        };
        s.push(c);
    }
    s
}

/// How many random cases to run: 300, or `GUANXI_RANDOM_CASES` for a longer hunt.
fn cases() -> usize {
    std::env::var("GUANXI_RANDOM_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Lexicon::embedded().expect("embedded lexicon")))
}

#[test]
fn random_inputs_keep_the_offset_contract() {
    let pipe = pipeline();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for i in 0..cases() {
        let text = random_text(&mut rng);
        let doc = Document {
            id: format!("r{i}"),
            text: text.clone(),
            ..Default::default()
        };
        let a = pipe.analyze(&doc);
        assert_eq!(a.id, doc.id);
        let n = text.chars().count();
        for e in &a.entities {
            assert!(
                e.start < e.end && e.end <= n,
                "case {i} {text:?}: {:?} {}..{} (len {n})",
                e.text,
                e.start,
                e.end
            );
            assert!(!e.text.is_empty(), "case {i} {text:?}");
            // the full contract holds on random strings too
            let chars: Vec<char> = text.chars().collect();
            let slice: String = chars[e.start..e.end].iter().collect();
            assert_eq!(
                squeeze(&slice),
                squeeze(&e.text),
                "case {i} {text:?}: {e:?}"
            );
        }
        for art in &a.articles {
            assert!(
                art.start <= art.end && art.end <= n,
                "case {i} {text:?}: {art:?}"
            );
        }
    }
}

/// Drop white space and parenthesized Latin runs (pinyin annotations such as `(fù)`).
fn squeeze_pinyin(s: &str) -> String {
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' || chars[i] == '（' {
            let close =
                (i + 1..chars.len().min(i + 10)).find(|&j| chars[j] == ')' || chars[j] == '）');
            if let Some(j) = close
                && j > i + 1
                && chars[i + 1..j]
                    .iter()
                    .all(|c| c.is_alphabetic() && (*c as u32) < 0x300)
            {
                i = j + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

const SENTENCES: [&str; 8] = [
    "副市长王建国出席签约仪式。",
    "县委书记刘志强主持会议并讲话，县委副书记、县长张明华作总结。",
    "青山集团有限公司董事长李国华与市开发区管委会主任陈立新签订合作协议",
    "通讯员 赵小明 记者 孙丽",
    "省委常委、市委书记欧阳明出席活动，市政府秘书长周建军陪同",
    "菏泽市城市管理局局长黄海波介绍了中华路改造情况",
    "国务院副总理会见了来访的代表团。",
    "党工委副书记、管委会常务副主任吴卫东带队检查",
];

/// Random pages made of sentences, with pinyin annotations after Han characters,
/// layout line breaks inside words, headlines and noise: the full contract (the slice
/// without white space and pinyin is the text without them) holds for every entity.
#[test]
fn random_pages_with_pinyin_and_line_breaks_slice_to_their_text() {
    let pipe = pipeline();
    let tones = [
        "(fù)",
        "(shì)",
        "(zhǎng)",
        "(wáng)",
        "（jiàn）",
        "(guó)",
        "(lǐ)",
    ];
    let mut rng = Rng(0x0dd_ba11_cafe_f00d);
    for i in 0..cases() {
        let mut text = String::new();
        for _ in 0..1 + rng.below(6) {
            let sentence = SENTENCES[rng.below(SENTENCES.len())];
            for c in sentence.chars() {
                text.push(c);
                match rng.below(40) {
                    0 if guanxi::ingest::normalize::is_han(c) => {
                        text.push_str(tones[rng.below(tones.len())])
                    }
                    1 => text.push_str("\n\n"),
                    2 => text.push('\n'),
                    3 => text.push(' '),
                    _ => {}
                }
            }
            match rng.below(4) {
                0 => text.push('\n'),
                1 => text.push_str(&random_text(&mut rng)),
                _ => {}
            }
        }
        let a = pipe.analyze(&Document {
            id: format!("p{i}"),
            text: text.clone(),
            ..Default::default()
        });
        let chars: Vec<char> = text.chars().collect();
        for e in &a.entities {
            assert!(
                e.start < e.end && e.end <= chars.len(),
                "case {i} {text:?}: {e:?}"
            );
            let slice: String = chars[e.start..e.end].iter().collect();
            assert_eq!(
                squeeze_pinyin(&slice),
                squeeze_pinyin(&e.text),
                "case {i} {text:?}: {e:?}"
            );
        }
    }
}

/// Odd JSON Lines through `--stream`: nothing panics, stdout stays JSON.
#[test]
fn odd_json_lines_on_stream() {
    let input = [
        r#"{"id":"e","text":""}"#,
        r#"{"id":1,"text":"副市长王建国出席。"}"#,
        r#"{"id":null,"text":"\u0000\u0001\ud83d\ude00市长"}"#,
        r#"{"text":"县委书记刘志强","date":null,"extra":{"a":[1,2]}}"#,
        r#"[1,2,3]"#,
        r#"{"id":"x","text":42}"#,
        "{\"id\":\"y\",\"text\":\"\u{feff}\u{202e}副市长\u{200b}王建国\"}",
        "\u{ff}\u{fe}not json",
    ]
    .join("\n");
    let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .args(["extract", "--stream", "--skip-bad"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(input.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 5, "{stdout}");
    assert_eq!(ids[1], "\"1\"", "a numeric id becomes a string");
}

#[test]
fn odd_paths_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("corpus");
    fs::create_dir_all(sub.join("deep/er")).unwrap();
    fs::write(sub.join("deep/er/a.TXT"), "副市长王建国出席。").unwrap();
    fs::write(sub.join("empty.jsonl"), "").unwrap();
    fs::write(sub.join("blank.jsonl"), "\n\n\r\n").unwrap();
    fs::write(sub.join(".hidden.txt"), "\0\0\0").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .arg("extract")
        .arg(&sub)
        .arg(sub.join("deep/er/a.TXT"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let docs = fs::read_to_string(dir.path().join("out/documents.jsonl")).unwrap();
    assert_eq!(docs.lines().count(), 2, "{docs}");

    // the output folder is a file: an error, not a panic
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "x").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_guanxi"))
        .arg("extract")
        .arg(sub.join("deep/er/a.TXT"))
        .arg("-o")
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "an unwritable output: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
