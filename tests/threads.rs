//! Documents on every core, the same answer: every output file is byte-identical for
//! one, two and three threads, on the example page and on a generated multi-document
//! input, in files mode and in `--stream` mode.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn guanxi() -> Command {
    Command::new(env!("CARGO_BIN_EXE_guanxi"))
}

const SENTENCES: [&str; 6] = [
    "3月5日,甲乙智能科技有限公司与市高新区签约。副市长张建华出席签约仪式。",
    "县长刘明主持召开全县安全生产工作会议。",
    "6月2日,市委书记陈志国到高新区调研,副市长孙丽陪同。",
    "5月8日,县第二中学新校区开工仪式举行。副县长王强、李丽、赵刚等出席。",
    "县长刘明强调,要加快项目开工。",
    "本报讯(通讯员 王小明)市政府办公室主任周涛参加会议。",
];

/// A JSON Lines input of `n` documents of varied length, written for this test.
fn corpus(n: usize) -> String {
    let seed = include_str!("../examples/heze-kfq.txt");
    let mut out = String::new();
    for i in 0..n {
        let mut text = String::new();
        for k in 0..(i % 7 + 1) {
            text.push_str(SENTENCES[(i * 3 + k) % SENTENCES.len()]);
            text.push('\n');
        }
        if i % 25 == 0 {
            text.push_str(seed);
        }
        let line =
            serde_json::json!({"id": format!("doc-{i:04}"), "date": "2024-03-06", "text": text});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .expect("output folder")
        .map(|e| e.expect("entry").path())
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, fs::read(&p).expect("read output"))
        })
        .collect();
    v.sort();
    v
}

fn extract(input: &Path, out: &Path, threads: usize) {
    let st = guanxi()
        .arg("extract")
        .arg(input)
        .arg("-o")
        .arg(out)
        .arg("-q")
        .arg("--threads")
        .arg(threads.to_string())
        .status()
        .expect("runs");
    assert!(st.success());
}

#[test]
fn every_output_is_the_same_for_any_thread_count() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("corpus.jsonl");
    fs::write(&input, corpus(300)).expect("write input");
    for source in [input.as_path(), Path::new("examples")] {
        let one = dir.path().join("one");
        extract(source, &one, 1);
        let reference = files_of(&one);
        assert!(
            reference.len() >= 9,
            "{:?}",
            reference.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        for threads in [2, 3] {
            let out = dir.path().join(format!("t{threads}"));
            extract(source, &out, threads);
            let got = files_of(&out);
            assert_eq!(got.len(), reference.len());
            for ((name, a), (_, b)) in reference.iter().zip(&got) {
                assert!(
                    a == b,
                    "{name} differs with {threads} threads ({})",
                    source.display()
                );
            }
        }
    }
}

#[test]
fn stream_output_is_in_input_order_for_any_thread_count() {
    let input = corpus(200);
    let run = |threads: usize| -> Vec<u8> {
        let mut child = guanxi()
            .args([
                "extract",
                "--stream",
                "-q",
                "--threads",
                &threads.to_string(),
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let text = input.clone();
        let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
        let out = child.wait_with_output().expect("output");
        writer.join().expect("writer").expect("written");
        assert!(out.status.success());
        out.stdout
    };
    let one = run(1);
    let ids: Vec<String> = String::from_utf8_lossy(&one)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(ids.len(), 200);
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "input order");
    assert!(run(2) == one);
    assert!(run(4) == one);
}

#[test]
fn merged_shards_equal_one_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = corpus(120);
    let lines: Vec<&str> = text.lines().collect();
    let input = dir.path().join("all.jsonl");
    fs::write(&input, &text).expect("write");
    // Two shards through --stream, as a cluster engine would run them.
    let mut shards = Vec::new();
    for (k, part) in lines.chunks(50).enumerate() {
        let mut child = guanxi()
            .args(["extract", "--stream", "-q"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let body = part.join("\n") + "\n";
        let writer = std::thread::spawn(move || stdin.write_all(body.as_bytes()));
        let out = child.wait_with_output().expect("output");
        writer.join().expect("writer").expect("written");
        assert!(out.status.success());
        let shard = dir.path().join(format!("part-{k:05}"));
        fs::write(&shard, out.stdout).expect("write shard");
        shards.push(shard);
    }
    let single = dir.path().join("single");
    extract(&input, &single, 1);
    let merged = dir.path().join("merged");
    let st = guanxi()
        .arg("merge")
        .args(&shards)
        .arg("-o")
        .arg(&merged)
        .arg("-q")
        .status()
        .expect("runs");
    assert!(st.success());
    let (a, b) = (files_of(&single), files_of(&merged));
    assert_eq!(a.len(), b.len());
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{name} differs between merged shards and one run");
    }
}

#[test]
fn merge_names_the_line_that_is_no_result() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("part-00000");
    fs::write(&bad, "{\"id\":\"a\"}\nnot json\n").expect("write");
    let out = guanxi()
        .arg("merge")
        .arg(&bad)
        .arg("-o")
        .arg(dir.path().join("o"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("part-00000:2"), "{err}");
}

/// `--stream` is a filter: with the input still open, each document's line comes out
/// as soon as it is done (results are buffered only while more are waiting).
#[test]
fn stream_answers_each_line_while_the_input_stays_open() {
    use std::io::{BufRead, BufReader};
    for threads in ["1", "2"] {
        let mut child = guanxi()
            .args(["extract", "--stream", "-q", "-j", threads])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("guanxi runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        for (i, s) in SENTENCES.iter().take(3).enumerate() {
            let line = serde_json::json!({"id": format!("live-{i}"), "text": s});
            writeln!(stdin, "{line}").expect("write a line");
            stdin.flush().expect("flush");
            // Blocks until the answer comes: a writer holding lines back hangs here.
            let mut got = String::new();
            stdout.read_line(&mut got).expect("read the answer");
            let v: serde_json::Value = serde_json::from_str(&got).expect("a JSON line");
            assert_eq!(v["id"], format!("live-{i}"), "threads {threads}");
        }
        drop(stdin);
        assert!(child.wait().expect("exit").success());
    }
}
