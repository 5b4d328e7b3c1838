//! Web sources end to end, offline: a test server on 127.0.0.1 serves pages, feeds,
//! redirects, slow, oversized, mis-typed and Latin-1 bodies; byline fetches them through the
//! library and through the `byline` binary.
#![cfg(feature = "fetch")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "sources/server.rs"]
mod server;

use std::process::Output;

#[path = "cli_support.rs"]
mod cli_support;
use cli_support::{json_lines, run};
use std::time::{Duration, Instant};

use byline::document::{Document, Input, LoadError, LoadOptions, Source, USER_AGENT, load, open};
use server::{SLOW, Server};

fn options() -> LoadOptions {
    LoadOptions {
        timeout: Duration::from_secs(5),
        ..LoadOptions::default()
    }
}

fn fetch(url: &str) -> Result<Document, LoadError> {
    load(&Input::Url(url.to_owned()), options()).map(|l| l.document)
}

fn error(url: &str) -> String {
    let message = fetch(url).unwrap_err().to_string();
    assert!(!message.contains('\n'), "{message}");
    message
}

fn byline(args: &[&str]) -> Output {
    run(args, &[])
}

#[test]
fn html_page_and_user_agent() {
    let server = Server::start();
    let url = server.url("/article.html");
    let d = fetch(&url).unwrap();
    assert_eq!(
        d.title.as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    assert_eq!(d.byline.as_deref(), Some("Maria Keller"));
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2026-01-16")
    );
    assert_eq!(d.source.as_deref(), Some(url.as_str()));
    assert!(d.text.contains("\n\n“We were lucky this time."));
    let chair = d
        .links
        .iter()
        .find(|l| l.span.text(&d.text) == "Lena Brandt");
    assert_eq!(
        chair.map(|l| l.url.clone()),
        Some(server.url("/council/chair")),
        "relative links are made absolute against the page"
    );
    assert_eq!(server.user_agents(), [USER_AGENT]);
    assert!(USER_AGENT.starts_with("byline/"));
}

#[test]
fn redirects_are_followed() {
    let server = Server::start();
    let d = fetch(&server.url("/redirect")).unwrap();
    assert_eq!(d.source, Some(server.url("/article.html")));
    assert!(error(&server.url("/loop")).ends_with("/loop: more than 10 redirects"));
}

#[test]
fn untyped_bodies_are_sniffed() {
    let server = Server::start();
    let d = fetch(&server.url("/untyped")).unwrap();
    assert_eq!(d.byline.as_deref(), Some("Maria Keller"));
}

#[test]
fn latin1_pages_are_decoded() {
    let server = Server::start();
    for path in ["/latin1.html", "/latin1-meta.html"] {
        let d = fetch(&server.url(path)).unwrap();
        assert_eq!(d.title.as_deref(), Some("Café owners protest"), "{path}");
        assert!(
            d.text.contains(
                "The café on the quay closed after the storm, its owner José António said."
            ),
            "{path}: {}",
            d.text
        );
        assert!(d.text.contains("März"), "{path}");
    }
    let d = fetch(&server.url("/latin1.txt")).unwrap();
    assert_eq!(
        d.text,
        "Café owners protest\n\nThe café closed, “for good”.\n"
    );
}

#[test]
fn markdown_by_content_type() {
    let server = Server::start();
    let d = fetch(&server.url("/notes.md")).unwrap();
    assert_eq!(d.title.as_deref(), Some("Piers repaired"));
    assert_eq!(d.text, "Piers repaired\n\nThe piers were repaired.");
}

#[test]
fn feeds_by_content_type() {
    let server = Server::start();
    for (path, title) in [
        ("/atom", "Ledger (Atom)"),
        ("/feed.json", "Ledger (JSON Feed)"),
        ("/rss-as-xml", "The Coastal Ledger"),
        ("/x-rss", "The Coastal Ledger"),
    ] {
        let Source::Feed(feed) = open(&Input::Url(server.url(path)), options()).unwrap() else {
            panic!("{path} is a feed");
        };
        assert_eq!(feed.title.as_deref(), Some(title));
        assert_eq!(feed.source, Some(server.url(path)));
    }
}

#[test]
fn feed_items_with_only_a_link_are_fetched() {
    let server = Server::start();
    let Source::Feed(feed) = open(&Input::Url(server.url("/feed.xml")), options()).unwrap() else {
        panic!("a feed");
    };
    assert_eq!(feed.items.len(), 3);
    assert_eq!(feed.items[1].link, Some(server.url("/article.html")));
    assert!(feed.items[0].has_content() && !feed.items[1].has_content());
    let linked = feed.items[1].load(options()).unwrap().document;
    assert_eq!(linked.byline.as_deref(), Some("Maria Keller"));
    let gone = feed.items[2].load(options()).unwrap_err().to_string();
    assert!(
        gone.ends_with("/gone: the server answered 404 Not Found"),
        "{gone}"
    );
    // A teaser is read from its page; when that fails, the feed's own text is shown.
    let teaser = format!(
        "<rss version=\"2.0\"><channel><title>T</title><item><title>Teaser</title>\
         <link>{}</link><description>The harbour reopened on Friday [&#8230;]</description>\
         </item></channel></rss>",
        server.url("/gone")
    );
    let Source::Feed(feed) =
        byline::document::open_bytes(teaser.as_bytes(), "t.rss", None, options()).unwrap()
    else {
        panic!("a feed");
    };
    assert!(feed.items[0].needs_fetch());
    let shown = feed.items[0].load(options()).unwrap();
    assert_eq!(
        shown.document.text,
        "Teaser\n\nThe harbour reopened on Friday […]"
    );
    let warning = shown.warning.unwrap();
    assert!(
        warning
            .ends_with("/gone: the server answered 404 Not Found; showing the feed's text instead"),
        "{warning}"
    );
}

#[test]
fn fetch_errors_are_one_line() {
    let server = Server::start();
    let missing = server.url("/missing");
    assert_eq!(
        error(&missing),
        format!("{missing}: the server answered 404 Not Found")
    );
    let down = server.url("/error");
    assert_eq!(
        error(&down),
        format!("{down}: the server answered 503 Service Unavailable")
    );
    let png = server.url("/image.png");
    assert_eq!(error(&png), format!("{png}: not an article (image/png)"));
    let json = server.url("/data.json");
    assert_eq!(
        error(&json),
        format!("{json}: not an article (application/json)")
    );
    let empty = server.url("/empty.html");
    assert_eq!(
        error(&empty),
        format!("{empty}: is empty; there is no article to read")
    );
    let big = server.url("/big.txt");
    let small = LoadOptions {
        max_size: 16 * 1024,
        ..options()
    };
    let message = load(&Input::Url(big.clone()), small)
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        format!("{big}: too large (over 16 KiB, the limit is 16 KiB; raise it with --max-size)")
    );
}

#[test]
fn slow_servers_time_out() {
    let server = Server::start();
    let url = server.url("/slow");
    let quick = LoadOptions {
        timeout: Duration::from_millis(500),
        ..options()
    };
    let started = Instant::now();
    let message = load(&Input::Url(url.clone()), quick)
        .unwrap_err()
        .to_string();
    assert!(
        started.elapsed() < SLOW,
        "gave up before the server answered"
    );
    assert_eq!(
        message,
        format!("{url}: timed out after 0.5 s (raise it with --timeout)")
    );
}

#[test]
fn cli_analyzes_pages_and_every_feed_item() {
    let server = Server::start();
    let page = server.url("/article.html");
    let out = byline(&["analyze", &page]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = json_lines(&out);
    assert_eq!(
        docs[0]["document"]["title"],
        "Harbour reopens after week-long storm"
    );
    assert_eq!(docs[0]["document"]["published"], "2026-01-16");
    assert_eq!(docs[0]["document"]["source"], page.as_str());
    assert_eq!(docs[0]["document"]["byline"], "Maria Keller");
    let document = &docs[0]["document"];
    let link = &document["links"][0];
    let text = document["text"].as_str().unwrap();
    let (start, end) = (
        link["start"].as_u64().unwrap() as usize,
        link["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "harbour authority");
    assert_eq!(link["url"], "https://example.org/authority");

    let out = byline(&["analyze", &server.url("/feed.xml")]);
    let docs = json_lines(&out);
    let titles: Vec<&str> = docs
        .iter()
        .map(|d| d["document"]["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Inline story", "Harbour reopens after week-long storm"]
    );
    assert_eq!(docs[0]["document"]["published"], "2026-01-14");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "the missing item fails the run");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("byline: error: ") && err.contains("/gone: the server answered 404"));
}

#[test]
fn a_feed_fetches_at_most_max_fetches_item_pages() {
    let server = Server::start();
    let out = byline(&["analyze", &server.url("/many.xml"), "--max-fetches", "2"]);
    assert_eq!(json_lines(&out).len(), 2, "two items fetched and analysed");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("/many.xml: 4 more items not fetched (at most 2 item pages per feed; raise it with --max-fetches)"),
        "{err}"
    );
    assert_eq!(server.user_agents().len(), 3, "the feed and two pages");
}

#[test]
fn the_timeout_bounds_a_whole_feed() {
    let server = Server::start();
    let out = byline(&["analyze", &server.url("/slow-items.xml"), "--timeout", "1"]);
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("/slow?1: timed out after 1 s"), "{err}");
    assert!(
        lines[1].contains(
            "/slow-items.xml: 3 items not read: the time limit ran out (raise it with --timeout)"
        ),
        "{err}"
    );
    assert_eq!(
        server.user_agents().len(),
        2,
        "the feed and the first page only"
    );
}

#[test]
fn cli_errors_are_one_line_with_exit_2() {
    let server = Server::start();
    for (args, needle) in [
        (vec![server.url("/missing")], "answered 404 Not Found"),
        (vec![server.url("/image.png")], "not an article (image/png)"),
        (
            vec![server.url("/slow"), "--timeout".into(), "0.5".into()],
            "timed out after 0.5 s",
        ),
        (
            vec![server.url("/big.txt"), "--max-size".into(), "8K".into()],
            "too large",
        ),
    ] {
        let mut all = vec!["analyze".to_owned()];
        all.extend(args);
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        let out = byline(&all);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{all:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("byline: error: ") && err.contains(needle),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
}
