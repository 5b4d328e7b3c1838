//! Local sources end to end: HTML, Markdown and feed files, folders and stdin, through the
//! library and the `byline` binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;
use std::process::Output;

#[path = "cli_support.rs"]
mod cli_support;
use cli_support::{json_lines, run};

use byline::document::{EntryContent, Input, LoadOptions, Source, load, open};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn byline(args: &[&str], stdin: &[u8]) -> Output {
    run(args, stdin)
}

fn titles(out: &Output) -> Vec<String> {
    json_lines(out)
        .iter()
        .map(|d| d["document"]["title"].as_str().unwrap_or("").to_owned())
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).unwrap();
}

#[test]
fn html_file() {
    let out = byline(&["analyze", &fixture("article.html")], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = &json_lines(&out)[0]["document"];
    assert_eq!(doc["title"], "Harbour reopens after week-long storm");
    assert_eq!(doc["published"], "2026-01-16");
    let text = doc["text"].as_str().unwrap();
    assert!(text.starts_with("Harbour reopens after week-long storm\n\nThe harbour of Port Ellis"));
    assert!(!text.contains("Privacy"));
}

#[test]
fn html_and_markdown_on_stdin_are_sniffed() {
    let out = byline(
        &["analyze", "-"],
        b"<!doctype html><html><head><title>Piped page</title></head><body><p>Rain fell.</p></body></html>",
    );
    assert_eq!(titles(&out), ["Piped page"]);
    let out = byline(&["analyze", "-"], b"# Piped *notes*\n\nRain fell.");
    assert_eq!(titles(&out), ["Piped notes"]);
    assert_eq!(
        json_lines(&out)[0]["document"]["text"],
        "Piped notes\n\nRain fell."
    );
}

#[test]
fn feed_files_give_one_line_per_item() {
    let out = byline(
        &["analyze", &fixture("feed.json"), &fixture("rss1.rdf")],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        titles(&out),
        [
            "New cranes for the port",
            "Ferry resumes",
            "Two piers damaged"
        ]
    );
    let docs = json_lines(&out);
    assert_eq!(docs[1]["document"]["published"], "2026-01-17");
    assert_eq!(
        docs[1]["document"]["source"],
        "https://example.com/news/ferry"
    );
}

#[test]
fn piped_reader_prints_every_item_of_a_feed() {
    let out = byline(&[&fixture("feed.json")], b"");
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.starts_with("New cranes for the port"));
    assert!(report.contains("\nFerry resumes\n"));
}

#[test]
fn load_opens_the_first_item_of_a_feed_with_a_warning() {
    let loaded = load(
        &Input::Path(fixture("feed.json").into()),
        LoadOptions::default(),
    )
    .unwrap();
    assert_eq!(
        loaded.document.title.as_deref(),
        Some("New cranes for the port")
    );
    let warning = loaded.warning.unwrap();
    assert!(
        warning.contains("a feed of 2 items; showing the first"),
        "{warning}"
    );
}

#[test]
fn folders() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "a.txt",
        b"Storm hits coast\n\nMay 14, 2009\n\nRain fell.\n",
    );
    write(d, "b.md", b"# Piers repaired\n\nThe piers were repaired.");
    fs::copy(fixture("article.html"), d.join("c.html")).unwrap();
    fs::copy(fixture("feed.json"), d.join("d.json")).unwrap();
    write(d, "package.json", b"{\"name\": \"not a feed\"}");
    write(d, "notes.pdf", b"%PDF-1.4");
    let path = d.display().to_string();

    let out = byline(&["analyze", &path], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        titles(&out),
        [
            "Storm hits coast",
            "Piers repaired",
            "Harbour reopens after week-long storm",
            "New cranes for the port",
            "Ferry resumes"
        ]
    );

    let Source::Folder(folder) = open(&Input::Path(d.into()), LoadOptions::default()).unwrap()
    else {
        panic!("a folder");
    };
    let listed: Vec<(String, Option<String>, Option<String>)> = folder
        .entries
        .iter()
        .map(|e| {
            let name = e.path.file_name().unwrap().to_string_lossy().into_owned();
            let date = e.published().map(|p| p.to_string());
            (name, e.title().map(str::to_owned), date)
        })
        .collect();
    assert_eq!(
        listed[0],
        (
            "a.txt".into(),
            Some("Storm hits coast".into()),
            Some("2009-05-14".into())
        )
    );
    assert_eq!(
        listed[3],
        (
            "d.json".into(),
            Some("Ledger (JSON Feed)".into()),
            Some("2026-01-17".into())
        )
    );
    assert!(matches!(folder.entries[3].content, EntryContent::Feed(_)));

    write(d, "broken.txt", b"\x7fELF\x00\x00");
    let out = byline(&["analyze", &path], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("broken.txt: looks like binary data"), "{err}");
    assert_eq!(titles(&out).len(), 5, "the other files are still analysed");
}

#[test]
fn a_sidecar_gives_a_file_its_metadata_and_the_sample_is_no_exception() {
    let sample = load(&Input::Sample, LoadOptions::default()).unwrap();
    let seed = format!(
        "{}/seeds/putin-iran-israel-calls.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let by_path = load(&Input::Path(seed.into()), LoadOptions::default()).unwrap();
    assert_eq!(sample.document.published, by_path.document.published);
    assert_eq!(
        by_path.document.published.map(|d| d.to_string()).as_deref(),
        Some("2026-01-16")
    );
    // Any article file: the sidecar's keys win over what the text says.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "talks.txt",
        b"Talks end\n\nJanuary 2, 2026\n\nThe talks ended.",
    );
    write(
        dir.path(),
        "talks.meta",
        b"published: 2026-01-05\ntitle: Talks end without a deal\n",
    );
    let out = byline(
        &["analyze", dir.path().join("talks.txt").to_str().unwrap()],
        b"",
    );
    let doc = &json_lines(&out)[0]["document"];
    assert_eq!(doc["published"], "2026-01-05");
    assert_eq!(doc["title"], "Talks end without a deal");
}
