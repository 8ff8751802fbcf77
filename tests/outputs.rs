//! Outputs survive anything and are the same every time:
//!
//! - a run killed at any moment leaves the previous results whole (every output is
//!   written under a temporary name and renamed when complete), and the next run
//!   removes the temporary files a killed run could not;
//! - a write error (disk full, file too large) is an error naming the file, never a
//!   silently short file;
//! - outputs are byte-identical across runs and across the order the inputs are named.

use serde_json::json;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/heze-kfq.txt");

/// The files one `guanxi extract` run writes.
fn outputs() -> Vec<&'static str> {
    guanxi::export::outputs::ALL_FORMATS
        .iter()
        .flat_map(|f| f.files().iter().copied())
        .collect()
}

fn guanxi() -> Command {
    Command::new(env!("CARGO_BIN_EXE_guanxi"))
}

fn extract(inputs: &[&Path], out_dir: &Path, extra: &[&str]) -> Output {
    let out = guanxi()
        .arg("extract")
        .args(inputs)
        .arg("-o")
        .arg(out_dir)
        .args(extra)
        .output()
        .expect("run guanxi");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    out
}

fn assert_ok(o: &Output) {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Every file in a folder (names, hidden ones included) with its bytes; a folder in it
/// (a killed run's `.guanxi.tmp-PID`) as its name with no bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .expect("read output folder")
        .flatten()
        .map(|e| {
            let bytes = if e.path().is_dir() {
                Vec::new()
            } else {
                fs::read(e.path()).expect("read output")
            };
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

fn temp_files(dir: &Path) -> Vec<String> {
    snapshot(dir)
        .into_keys()
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

/// A JSON Lines corpus big enough to take seconds: the example page many times.
fn big_corpus(dir: &Path, copies: usize) -> PathBuf {
    let page = fs::read_to_string(EXAMPLE).unwrap();
    let mut text = String::new();
    for i in 0..copies {
        text.push_str(&json!({"id": format!("copy{i}"), "text": page}).to_string());
        text.push('\n');
    }
    let path = dir.join("big.jsonl");
    fs::write(&path, text).unwrap();
    path
}

/// Start a big run into `out_dir`, wait until it is writing its temporary files,
/// let it go on for `after`, then stop it with `signal` (`KILL`, `INT`, `TERM`).
fn interrupt_a_run(input: &Path, out_dir: &Path, signal: &str, after: Duration) {
    let mut child = guanxi()
        .arg("extract")
        .arg(input)
        .arg("-o")
        .arg(out_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id().to_string();
    let t0 = Instant::now();
    while !fs::read_dir(out_dir)
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().ends_with(&pid))
    {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it was interrupted"
        );
        assert!(t0.elapsed() < Duration::from_secs(60), "no temporary file");
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(after);
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run ended before it was interrupted: make the corpus bigger"
    );
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .unwrap();
    assert!(status.success());
    let status = child.wait().unwrap();
    assert!(!status.success(), "{signal}: {status:?}");
}

/// `kill -9`, Ctrl-C and `kill` in the middle of a run: the previous outputs are
/// byte-identical afterwards; the killed run's files are in a hidden folder
/// (`.guanxi.tmp-PID`) and the next run removes it.
#[test]
fn an_interrupted_run_leaves_the_previous_outputs_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    assert_ok(&extract(&[Path::new(EXAMPLE)], &out_dir, &["-q"]));
    let before = snapshot(&out_dir);
    assert_eq!(before.len(), outputs().len(), "{:?}", before.keys());
    let input = big_corpus(dir.path(), 3000);
    for (signal, after) in [
        ("KILL", Duration::from_millis(300)),
        ("INT", Duration::from_millis(50)),
        ("TERM", Duration::from_millis(0)),
    ] {
        interrupt_a_run(&input, &out_dir, signal, after);
        let mut now = snapshot(&out_dir);
        let leftovers: Vec<String> = now
            .keys()
            .filter(|n| n.contains(".tmp-"))
            .cloned()
            .collect();
        for name in &leftovers {
            assert!(name.starts_with('.'), "{name}: a temporary file is hidden");
            now.remove(name);
        }
        assert!(
            now == before,
            "{signal}: the previous outputs changed: {:?}",
            now.keys()
        );
    }
    assert!(!temp_files(&out_dir).is_empty(), "killed runs leave them");

    // The next run cleans up after the killed ones and writes complete outputs.
    assert_ok(&extract(&[Path::new(EXAMPLE)], &out_dir, &["-q"]));
    assert_eq!(temp_files(&out_dir), Vec::<String>::new());
    assert!(snapshot(&out_dir) == before);
}

/// A temporary file of a run that is still going is not touched.
#[test]
fn a_running_writers_temporary_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    // this test process is alive: its pid stands for a concurrent run
    let live = out_dir.join(format!(".guanxi.tmp-{}", std::process::id()));
    fs::create_dir(&live).unwrap();
    fs::write(live.join("documents.jsonl"), "partial").unwrap();
    // a pid that cannot be running (above the kernel's maximum)
    let dead = out_dir.join(".guanxi.tmp-4294967295");
    fs::create_dir(&dead).unwrap();
    fs::write(dead.join("documents.jsonl"), "partial").unwrap();
    let other = out_dir.join(".notes.tmp-1");
    fs::write(&other, "not ours").unwrap();
    assert_ok(&extract(&[Path::new(EXAMPLE)], &out_dir, &["-q"]));
    assert!(live.exists(), "a live run's file is kept");
    assert!(!dead.exists() || !cfg!(target_os = "linux"));
    assert!(other.exists(), "only guanxi's own outputs are cleaned");
}

/// Run `guanxi` through `sh` with the size of any file it writes limited to `kb`
/// KiB (`ulimit -f`); SIGXFSZ is ignored so that the write fails with EFBIG instead
/// of killing the process.
fn extract_with_file_limit(input: &Path, out_dir: &Path, kb: usize) -> Output {
    let script = format!(
        "trap '' XFSZ; ulimit -f {}; exec \"$0\" extract \"$1\" -o \"$2\"",
        // dash counts 512-byte blocks, bash 1024-byte ones; either is small
        kb * 2
    );
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_guanxi"))
        .arg(input)
        .arg(out_dir)
        .output()
        .unwrap()
}

/// A disk that fills up mid-run (here: a file size limit): exit 1 with the file's
/// name, the previous outputs whole, no temporary file left.
#[test]
fn a_write_error_is_reported_and_the_previous_outputs_stay() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    assert_ok(&extract(&[Path::new(EXAMPLE)], &out_dir, &["-q"]));
    let before = snapshot(&out_dir);
    let input = big_corpus(dir.path(), 200);
    let out = extract_with_file_limit(&input, &out_dir, 256);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Exit code 4: an output cannot be written.
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        outputs()
            .iter()
            .any(|f| stderr.contains(&format!("{f}: write failed"))),
        "the message names the file: {stderr}"
    );
    assert!(
        snapshot(&out_dir) == before,
        "{:?}",
        snapshot(&out_dir).keys()
    );
}

/// stdout on a full disk (`/dev/full`): `--stream`, `explain` and `eval` report it.
#[test]
fn a_full_stdout_is_an_error_not_a_panic() {
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // no /dev/full on this system
    };
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    fs::write(
        &gold,
        format!(
            "{}\n",
            json!({"id": "g", "text": "副市长王建国出席。", "entities": []})
        ),
    )
    .unwrap();
    let runs: [(&[&str], &str); 3] = [
        (
            &["extract", "--stream"],
            r#"{"id":"a","text":"副市长王建国出席。"}"#,
        ),
        (&["explain", "副市长王建国出席签约仪式。"], ""),
        (&["eval", "--gold", gold.to_str().unwrap()], ""),
    ];
    for (args, stdin) in runs {
        let mut child = guanxi()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(full.try_clone().unwrap())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            let mut input = child.stdin.take().unwrap();
            input.write_all(stdin.as_bytes()).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{args:?}: {stderr}");
        assert!(
            stderr.contains("stdout: write failed"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// Flags that must not change the outputs. When `--threads N` exists, add
/// `&["--threads", "1"]` and `&["--threads", "4"]` here.
const SAME_OUTPUT_FLAGS: &[&[&str]] = &[&[], &["-q"], &["--threads", "1"], &["--threads", "3"]];

/// Every output file of one run, by name.
fn outputs_of(inputs: &[&Path], extra: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    assert_ok(&extract(inputs, &out_dir, extra));
    let s = snapshot(&out_dir);
    assert_eq!(
        s.keys().map(String::as_str).collect::<Vec<_>>(),
        {
            let mut v = outputs();
            v.sort();
            v
        },
        "exactly the outputs, no temporary files"
    );
    s
}

fn assert_same(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>, what: &str) {
    for (name, bytes) in a {
        assert!(
            b.get(name) == Some(bytes),
            "{what}: {name} differs between runs"
        );
    }
}

#[test]
fn the_example_page_gives_byte_identical_outputs_every_time() {
    let example = Path::new(EXAMPLE);
    let first = outputs_of(&[example], &[]);
    assert!(first["entities.csv"].len() > 100);
    for flags in SAME_OUTPUT_FLAGS {
        for _ in 0..2 {
            assert_same(
                &first,
                &outputs_of(&[example], flags),
                &format!("{flags:?}"),
            );
        }
    }
}

/// A corpus cut from the example page into many documents: text files in folders,
/// JSON Lines, a GBK file. The outputs are the same whatever order the files and
/// folders are named in, and the same as the folder walk over them.
#[test]
fn a_multi_document_corpus_gives_the_same_outputs_in_any_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    let page = fs::read_to_string(EXAMPLE).unwrap();
    let paragraphs: Vec<&str> = page.lines().filter(|l| l.chars().count() > 20).collect();
    assert!(paragraphs.len() >= 6);
    let mut files = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let path = match i % 3 {
            0 => root.join(format!("txt/p{i:02}.txt")),
            1 => root.join(format!("more/deeper/p{i:02}.txt")),
            _ => root.join(format!("gbk/p{i:02}.txt")),
        };
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        if i % 3 == 2 {
            fs::write(&path, encoding_rs::GBK.encode(p).0).unwrap();
        } else {
            fs::write(&path, p).unwrap();
        }
        files.push(path);
    }
    let jsonl = root.join("lines.jsonl");
    let lines: Vec<String> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({"id": format!("line{i}"), "text": p, "date": "2020-10-12"}).to_string()
        })
        .collect();
    fs::write(&jsonl, lines.join("\n")).unwrap();
    files.push(jsonl);
    files.push(PathBuf::from(EXAMPLE));

    let forward: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let reversed: Vec<&Path> = forward.iter().rev().copied().collect();
    let mut shuffled = forward.clone();
    shuffled.rotate_left(forward.len() / 2);
    shuffled.swap(0, 3);

    let first = outputs_of(&forward, &[]);
    let docs = String::from_utf8_lossy(&first["documents.jsonl"])
        .lines()
        .count();
    assert_eq!(docs, 2 * paragraphs.len() + 1);
    for flags in SAME_OUTPUT_FLAGS {
        assert_same(&first, &outputs_of(&forward, flags), "again");
        assert_same(&first, &outputs_of(&reversed, flags), "reversed arguments");
        assert_same(&first, &outputs_of(&shuffled, flags), "shuffled arguments");
    }
    // Folders named instead of files: walked in sorted order, so the same again
    // (the example page, named as a file, sorts after the corpus folders).
    let folders = [
        root.join("gbk"),
        root.join("more"),
        root.join("txt"),
        root.join("lines.jsonl"),
        PathBuf::from(EXAMPLE),
    ];
    let mut by_folder: Vec<&Path> = folders.iter().map(PathBuf::as_path).collect();
    assert_same(&first, &outputs_of(&by_folder, &[]), "folders");
    by_folder.reverse();
    assert_same(&first, &outputs_of(&by_folder, &[]), "folders reversed");
}
