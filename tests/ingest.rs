//! Ingest: encodings, binary files, folders and JSON Lines, as the command line sees them.

use guanxi::Document;
use guanxi::ingest::decode::{DecodeError, decode};
use guanxi::ingest::read::{Input, ReadOptions, ReadStats, read_inputs, read_jsonl};
use std::fs;
use std::path::Path;

const SIMPLIFIED: &str = "副市长曹升灵出席签约仪式。";
const TRADITIONAL: &str = "哈爾濱市委副書記、市長石忠信與客人舉行會談。";

/// What one run of `read_inputs` produced.
struct Run {
    docs: Vec<Document>,
    warnings: Vec<String>,
    stats: ReadStats,
}

fn run(inputs: &[Input], opts: &ReadOptions) -> anyhow::Result<Run> {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    let stats = read_inputs(inputs, opts, &mut |w| warnings.push(w), &mut |d| {
        docs.push(d);
        Ok(())
    })?;
    Ok(Run {
        docs,
        warnings,
        stats,
    })
}

fn run_path(path: &Path) -> Run {
    run(&[Input::Path(path.to_path_buf())], &ReadOptions::default())
        .unwrap_or_else(|e| panic!("reading {}: {e:#}", path.display()))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folder");
    }
    fs::write(&path, bytes).expect("write file");
    path
}

/// Read one file written with `bytes` and return its single document.
fn read_one(bytes: &[u8]) -> (Document, Vec<String>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "doc.txt", bytes);
    let mut r = run_path(&path);
    assert_eq!(r.docs.len(), 1, "one document from one .txt file");
    (r.docs.remove(0), r.warnings)
}

#[test]
fn utf8_with_bom_is_stripped() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(SIMPLIFIED.as_bytes());
    let (doc, warnings) = read_one(&bytes);
    assert_eq!(doc.text, SIMPLIFIED);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn gbk_decodes_to_same_text() {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(SIMPLIFIED);
    assert!(!unmappable);
    assert_ne!(
        &*bytes,
        SIMPLIFIED.as_bytes(),
        "GBK bytes differ from UTF-8"
    );
    let (doc, warnings) = read_one(&bytes);
    assert_eq!(doc.text, SIMPLIFIED);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(decode(&bytes).expect("decodes").encoding, "GBK");
}

#[test]
fn big5_decodes_to_same_text() {
    let (bytes, _, unmappable) = encoding_rs::BIG5.encode(TRADITIONAL);
    assert!(!unmappable);
    let (doc, warnings) = read_one(&bytes);
    assert_eq!(doc.text, TRADITIONAL);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(decode(&bytes).expect("decodes").encoding, "Big5");
}

#[test]
fn utf16le_with_bom() {
    let mut bytes = vec![0xff, 0xfe];
    for unit in SIMPLIFIED.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let (doc, warnings) = read_one(&bytes);
    assert_eq!(doc.text, SIMPLIFIED);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn png_is_skipped_with_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[0x42; 64]);
    let path = write(dir.path(), "photo.txt", &png);
    let r = run_path(&path);
    assert!(r.docs.is_empty());
    assert_eq!(r.stats.skipped_files, 1);
    assert_eq!(r.stats.warnings, 1);
    assert_eq!(r.warnings.len(), 1);
    assert!(r.warnings[0].contains("photo.txt"), "{:?}", r.warnings);
    assert!(
        r.warnings[0].contains("not a text file"),
        "{:?}",
        r.warnings
    );
    assert!(matches!(decode(&png), Err(DecodeError::NotText)));
}

#[test]
fn invalid_utf8_is_replaced_with_warning() {
    let mut bytes = "副市长".as_bytes().to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice("曹升灵出席签约仪式。".as_bytes());
    let (doc, warnings) = read_one(&bytes);
    assert_eq!(doc.text, "副市长\u{fffd}曹升灵出席签约仪式。");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("doc.txt"), "{warnings:?}");
    assert!(warnings[0].contains("UTF-8"), "{warnings:?}");
}

#[test]
fn empty_file_is_one_empty_document() {
    let (doc, warnings) = read_one(b"");
    assert_eq!(doc.text, "");
    assert!(doc.id.ends_with("doc.txt"), "{}", doc.id);
    assert!(warnings.is_empty());
}

#[test]
fn folder_is_walked_in_sorted_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "b.txt", "乙".as_bytes());
    write(root, "a.TXT", "甲".as_bytes());
    write(root, "sub/c.txt", "丙".as_bytes());
    write(root, "c.jsonl", br#"{"id":"j1","text":"JSON"}"#);
    write(root, "notes.md", b"not taken");
    write(root, "data.csv", b"not,taken");
    write(root, ".hidden.txt", b"hidden file");
    write(root, ".git/x.txt", b"hidden folder");
    #[cfg(unix)]
    std::os::unix::fs::symlink(root, root.join("sub/loop")).expect("symlink");

    let r = run_path(root);
    let texts: Vec<&str> = r.docs.iter().map(|d| d.text.as_str()).collect();
    // Byte order: "a.TXT" < "b.txt" < "c.jsonl" < "sub".
    assert_eq!(texts, ["甲", "乙", "JSON", "丙"]);
    assert_eq!(r.docs[0].id, root.join("a.TXT").display().to_string());
    assert_eq!(r.docs[2].id, "j1");
    assert_eq!(r.stats.files, 4);
    assert_eq!(r.stats.documents, 4);
}

#[test]
fn jsonl_keeps_other_fields_in_meta() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = "\u{feff}{\"id\":\"n1\",\"text\":\"市长出席。\",\"date\":\"2019-05-01\"}\r\n\
                 \r\n\
                 {\"id\":7,\"text\":\"第二篇\",\"tags\":[1,2]}\n\
                 {\"text\":\"无编号\"}\n";
    let path = write(dir.path(), "news.jsonl", lines.as_bytes());
    let r = run_path(&path);
    assert_eq!(r.docs.len(), 3);
    let first = &r.docs[0];
    assert_eq!(first.id, "n1");
    assert_eq!(first.text, "市长出席。");
    assert_eq!(
        first.meta.get("date"),
        Some(&serde_json::json!("2019-05-01"))
    );
    assert!(!first.meta.contains_key("id") && !first.meta.contains_key("text"));
    assert_eq!(r.docs[1].id, "7");
    assert_eq!(r.docs[1].meta.get("tags"), Some(&serde_json::json!([1, 2])));
    let name = path.display().to_string();
    assert_eq!(r.docs[2].id, format!("{name}:4"), "missing id is path:line");
    assert_eq!(r.docs[2].origin, format!("{name}:4"));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

const BROKEN: &str =
    "{\"id\":\"a\",\"text\":\"一\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"三\"}\n";

#[test]
fn broken_json_line_is_an_error_with_line_number() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "bad.jsonl", BROKEN.as_bytes());
    let err = match run(&[Input::Path(path)], &ReadOptions::default()) {
        Ok(r) => panic!("expected an error, read {} documents", r.docs.len()),
        Err(e) => format!("{e:#}"),
    };
    assert!(err.contains("bad.jsonl:2:"), "{err}");
    assert!(err.contains("invalid JSON"), "{err}");
}

#[test]
fn skip_bad_continues_and_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "bad.jsonl", BROKEN.as_bytes());
    let opts = ReadOptions {
        skip_bad: true,
        ..ReadOptions::default()
    };
    let r = run(&[Input::Path(path)], &opts).expect("skip_bad reads on");
    let ids: Vec<&str> = r.docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(r.stats.bad_lines, 1);
    assert_eq!(r.stats.warnings, 1);
    assert!(r.warnings[0].contains(":2:"), "{:?}", r.warnings);
}

#[test]
fn missing_text_field_names_the_field() {
    let mut docs = 0;
    let mut stats = ReadStats::default();
    let err = read_jsonl(
        &b"{\"id\":\"x\",\"body\":\"\xe6\x96\x87\"}\n"[..],
        "in.jsonl",
        &ReadOptions::default(),
        &mut |_| {},
        &mut |_| {
            docs += 1;
            Ok(())
        },
        &mut stats,
    )
    .expect_err("no text field");
    let err = format!("{err:#}");
    assert!(err.starts_with("in.jsonl:1:"), "{err}");
    assert!(err.contains("\"text\""), "{err}");
    assert_eq!(docs, 0);
}

#[test]
fn custom_text_field() {
    let opts = ReadOptions {
        id_field: "url".into(),
        text_field: "content".into(),
        ..ReadOptions::default()
    };
    let mut docs = Vec::new();
    let mut stats = ReadStats::default();
    let input = "{\"url\":\"http://x/1\",\"content\":\"正文\",\"text\":\"not this\"}\n";
    read_jsonl(
        input.as_bytes(),
        "-",
        &opts,
        &mut |_| {},
        &mut |d| {
            docs.push(d);
            Ok(())
        },
        &mut stats,
    )
    .expect("reads");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, "http://x/1");
    assert_eq!(docs[0].text, "正文");
    assert_eq!(
        docs[0].meta.get("text"),
        Some(&serde_json::json!("not this"))
    );
    assert_eq!(stats.documents, 1);
}

#[test]
fn five_megabyte_single_line_document() {
    let line = SIMPLIFIED.repeat(5 * 1024 * 1024 / SIMPLIFIED.len() + 1);
    assert!(line.len() >= 5 * 1024 * 1024);
    let (doc, warnings) = read_one(line.as_bytes());
    assert_eq!(doc.text.len(), line.len());
    assert!(doc.text == line);
    assert!(warnings.is_empty());

    // The same text as one JSON line.
    let json = serde_json::json!({ "id": "big", "text": line }).to_string();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "big.jsonl", json.as_bytes());
    let r = run_path(&path);
    assert_eq!(r.docs.len(), 1);
    assert!(r.docs[0].text == line);
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nope.txt");
    let err = match run(&[Input::Path(path)], &ReadOptions::default()) {
        Ok(_) => panic!("a missing file must be an error"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("nope.txt: cannot read"), "{err}");
}
