//! The `byline` binary end to end: good inputs, and one clear line plus exit 2 for bad ones.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::process::Output;

#[path = "cli_support.rs"]
mod cli_support;
use cli_support::{json_lines, run, write};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/putin-iran-israel-calls.txt"
);

fn byline(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run(args, stdin.unwrap_or_default())
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Asserts exit status 2 and exactly one stderr line containing `needle`.
fn assert_bad_input(out: &Output, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line expected: {err}");
    assert!(err.starts_with("byline: error: "), "{err}");
    assert!(err.contains(needle), "{err:?} lacks {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn seed_as_json() {
    let out = byline(&["analyze", SEED, "--format", "json"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["schema"], "byline.analysis.v1");
    assert_eq!(
        doc["document"]["title"],
        "Putin Holds First Talks With Iranian and Israeli Leaders as Mass Protests and U.S. Threats Roil Region"
    );
    assert_eq!(doc["document"]["text"], fs::read_to_string(SEED).unwrap());
    assert_eq!(doc["document"]["source"], SEED);
}

#[test]
fn published_flag_overrides_and_is_checked() {
    let out = byline(&["analyze", SEED, "--published", "2026-01-16"], None);
    assert_eq!(json_lines(&out)[0]["document"]["published"], "2026-01-16");
    let out = byline(&["analyze", SEED, "--published", "Friday"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}

#[test]
fn several_files_give_json_lines_and_bad_ones_do_not_stop_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(
        dir.path(),
        "b.txt",
        b"Storm hits coast\n\nMay 14, 2009\n\nRain fell.\n",
    );
    let out = byline(&["analyze", SEED, &b], None);
    assert!(out.status.success());
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["document"]["published"], "2009-05-14");

    let missing = dir.path().join("missing.txt").display().to_string();
    let out = byline(&["analyze", SEED, &missing, &b], None);
    assert_bad_input(&out, "missing.txt: no such file");
    assert_eq!(json_lines(&out).len(), 2);
}

#[test]
fn text_report_and_default_sample() {
    let out = byline(&["analyze", SEED, "--format", "text"], None);
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.starts_with("Putin Holds First Talks"));
    for section in ["Actors", "Quotes", "Timeline"] {
        assert!(report.contains(section));
    }
    let out = byline(&[], None);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("Putin Holds First Talks")
    );
}

#[test]
fn stdin_has_no_source() {
    let out = byline(
        &["analyze", "-"],
        Some("Quake shakes city\n\nBuildings fell.".as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = &json_lines(&out)[0];
    assert_eq!(doc["document"]["source"], serde_json::Value::Null);
    assert_eq!(doc["document"]["title"], "Quake shakes city");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_one_warning() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 owners protest\n\nThe caf\xe9 closed.\n",
    );
    let out = byline(&["analyze", &f], None);
    assert!(out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("byline: warning: ") && err.contains("invalid UTF-8"),
        "{err}"
    );
    let text = json_lines(&out)[0]["document"]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(text.matches('\u{FFFD}').count(), 2);
}

#[test]
fn bom_and_crlf_are_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "win.txt",
        b"\xEF\xBB\xBFTitle here\r\n\r\nBody text.\r\n",
    );
    let out = byline(&["analyze", &f], None);
    let doc = &json_lines(&out)[0];
    assert_eq!(doc["document"]["text"], "Title here\n\nBody text.\n");
    assert_eq!(doc["document"]["title"], "Title here");
}

#[test]
fn missing_file() {
    assert_bad_input(
        &byline(&["analyze", "no/such/article.txt"], None),
        "no such file",
    );
    assert_bad_input(&byline(&["no/such/article.txt"], None), "no such file");
}

#[test]
fn directories() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().display().to_string();
    assert_bad_input(&byline(&["analyze", &path], None), "empty directory");
    write(dir.path(), "photo.png", b"\x89PNG");
    assert_bad_input(&byline(&["analyze", &path], None), "holds no article");
    write(dir.path(), "a.txt", b"Article\n\nText.");
    let out = byline(&["analyze", &path], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out)[0]["document"]["title"], "Article");
}

#[test]
fn unreadable_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", b"text");
    let below_a_file = format!("{file}/child.txt");
    assert_bad_input(&byline(&["analyze", &below_a_file], None), "cannot read");
}

#[test]
fn binary_input() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "a.out",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
    );
    assert_bad_input(&byline(&["analyze", &f], None), "binary");
    assert_bad_input(
        &byline(&["analyze", "-"], Some(b"PK\x03\x04\x00\x00")),
        "binary",
    );
}

#[test]
fn empty_input() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "empty.txt", b"");
    assert_bad_input(&byline(&["analyze", &f], None), "is empty");
    let f = write(dir.path(), "blank.txt", b"  \n\n\t \n");
    assert_bad_input(&byline(&["analyze", &f], None), "is empty");
    assert_bad_input(
        &byline(&["analyze", "-"], Some(b"")),
        "standard input: is empty",
    );
}

#[test]
fn input_over_the_size_cap() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "big.txt", &b"Word ".repeat(2048));
    assert_bad_input(
        &byline(&["analyze", &f, "--max-size", "4K"], None),
        "too large",
    );
    let out = byline(&["analyze", &f, "--max-size", "16K"], None);
    assert!(out.status.success());
    let big = b"Word ".repeat(2048);
    assert_bad_input(
        &byline(&["analyze", "-", "--max-size", "1K"], Some(&big)),
        "standard input: too large",
    );
    let out = byline(&["analyze", &f, "--max-size", "lots"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn completions_and_man_page_are_generated() {
    for (shell, marker) in [
        ("bash", "complete -F _byline"),
        ("zsh", "#compdef byline"),
        ("fish", "complete -c byline"),
    ] {
        let out = byline(&["completions", shell], None);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(
            script.contains("analyze"),
            "{shell} completes the subcommands"
        );
    }
    let out = byline(&["man"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH byline 1"), "{page}");
    assert!(
        page.contains("\\-\\-published"),
        "the options are documented"
    );
    let out = byline(&["completions", "tcsh"], None);
    assert!(!out.status.success(), "an unknown shell is an error");
}
