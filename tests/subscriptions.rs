//! Subscriptions end to end through the `byline` binary, offline: `add`, `import` and
//! `export` (OPML) on a `urls` file in a temporary config folder, and `refresh` of feeds
//! served from 127.0.0.1 into a real SQLite store in a temporary data folder (conditional
//! GET, a failing feed that keeps its items).
#![cfg(feature = "fetch")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "sources/server.rs"]
#[allow(dead_code)]
mod server;

use std::path::Path;
use std::process::{Command, Output};

use byline::store::Store;
use server::Server;

/// Runs `byline args` with its config and data folders in `home`.
fn byline(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn add_import_and_export() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let out = byline(h, &["add", "https://a.example/rss", "news", "world news"]);
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("subscribed to https://a.example/rss"));
    assert_eq!(
        stdout(&byline(h, &["add", "https://a.example/rss"])),
        "already subscribed to https://a.example/rss\n"
    );
    let bad = byline(h, &["add", "ftp://x.example/"]);
    assert_eq!(bad.status.code(), Some(2));
    let opml = h.join("other.opml");
    std::fs::write(
        &opml,
        r#"<opml version="2.0"><body><outline text="Tech">
           <outline text="B" xmlUrl="https://b.example/feed"/>
           <outline text="A" xmlUrl="https://a.example/rss"/></outline></body></opml>"#,
    )
    .unwrap();
    let out = byline(h, &["import", opml.to_str().unwrap()]);
    assert!(
        stdout(&out).starts_with("imported 1 of 2 feeds"),
        "{}",
        stdout(&out)
    );
    let urls = std::fs::read_to_string(h.join("config/byline/urls")).unwrap();
    assert_eq!(
        urls,
        "https://a.example/rss news \"world news\"\nhttps://b.example/feed Tech ~B\n"
    );
    let exported = stdout(&byline(h, &["export"]));
    let again = h.join("again.opml");
    std::fs::write(&again, &exported).unwrap();
    let other = tempfile::tempdir().unwrap();
    byline(other.path(), &["import", again.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(other.path().join("config/byline/urls")).unwrap(),
        urls,
        "round trip"
    );
    let broken = h.join("broken.opml");
    std::fs::write(&broken, "<opml><body><outline").unwrap();
    let out = byline(h, &["import", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn refresh_stores_items_skips_unchanged_feeds_and_keeps_failed_ones() {
    let server = Server::start();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let none = byline(h, &["refresh"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no subscriptions"));
    let cond = server.url("/cond.xml");
    let atom = server.url("/atom");
    byline(h, &["add", &cond]);
    byline(h, &["add", &atom]);
    let out = byline(h, &["refresh", "--jobs", "2"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = stdout(&out);
    assert!(
        lines.contains(&format!("{cond}: 2 new of 2 items")),
        "{lines}"
    );
    assert_eq!(lines.lines().count(), 2);
    let out = byline(h, &["refresh", "--jobs", "1"]);
    let lines = stdout(&out);
    assert!(
        lines.contains(&format!("[1/2] {cond}: not modified"))
            || lines.contains(&format!("[2/2] {cond}: not modified")),
        "{lines}"
    );
    assert!(lines.contains(&format!("{atom}: 0 new of")), "{lines}");
    // The feed goes away: its items stay, with the error.
    let urls = h.join("config/byline/urls");
    let gone = server.url("/error");
    std::fs::write(&urls, format!("{cond}\n{gone}\n")).unwrap();
    let out = byline(h, &["refresh"]);
    assert_eq!(out.status.code(), Some(2), "a failed feed fails the run");
    assert!(
        stdout(&out).contains(&format!("{gone}: error: {gone}: the server answered 503")),
        "{}",
        stdout(&out)
    );
    let store = Store::open(&h.join("data/byline/byline.db")).unwrap();
    let feeds = store.feeds().unwrap();
    let c = feeds.iter().find(|f| f.url == cond).unwrap();
    assert_eq!((c.total, c.unread, c.error.as_deref()), (2, 2, None));
    assert_eq!(c.title.as_deref(), Some("The Coastal Ledger"));
    let g = feeds.iter().find(|f| f.url == gone).unwrap();
    assert!(g.error.as_deref().unwrap().contains("503"));
    let items = store.items(c.id).unwrap();
    assert_eq!(
        items[0].item.title.as_deref(),
        Some("Harbour reopens after week-long storm")
    );
}
