//! Subscription benchmarks on a store of 200 feeds and 50,000 items (built once in a
//! temporary folder): the feeds list's first frame (open the store, count, draw at 120×40),
//! a read-mark key (`m` and its write), and `byline refresh`'s work on 50 feeds served from
//! 127.0.0.1 with 20 ms of latency each, one at a time against eight at a time.
//!
//! Run with `cargo bench --bench subscriptions`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use byline::app::state::Effect;
use byline::app::{Action, Config, Session};
use byline::document::{Body, Feed, FeedItem, LoadOptions};
use byline::store::{FeedJob, Store};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const FEEDS: usize = 200;
const ITEMS: usize = 250;

fn main() {
    divan::main();
}

/// The store of 200 feeds × 250 items, built on first use.
fn big_store() -> &'static Path {
    static PATH: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = PATH.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("byline.db");
        let mut store = Store::open(&path).unwrap();
        for f in 0..FEEDS {
            let url = format!("https://feeds.example/{f}.xml");
            let id = store.subscribe(&url, &[]).unwrap();
            let items = (0..ITEMS)
                .map(|i| FeedItem {
                    guid: format!("{f}-{i}"),
                    title: Some(format!("Story {i} of feed {f}: the harbour reopens")),
                    link: Some(format!("https://news.example/{f}/{i}")),
                    published: None,
                    author: None,
                    summary: Some(Body::Text("The harbour reopened on Friday.".into())),
                    content: None,
                    feed: Some(url.clone()),
                })
                .collect();
            let feed = Feed {
                title: Some(format!("Feed {f}")),
                source: None,
                items,
                dropped: 0,
            };
            store.save_feed(id, &feed, (None, None), 0).unwrap();
        }
        (dir, path)
    });
    path
}

#[divan::bench(sample_count = 20)]
fn feeds_list_first_frame(bencher: Bencher) {
    let path = big_store();
    let config = Config::defaults(false).unwrap();
    bencher.bench(|| {
        let store = Store::open(path).unwrap();
        let feeds = store.feeds().unwrap();
        let session =
            Session::subscriptions(feeds, config.clone(), LoadOptions::default(), (120, 40));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal
            .draw(|frame| byline::ui::draw(frame, &session))
            .unwrap();
        black_box(terminal);
    });
}

#[divan::bench(sample_count = 50)]
fn mark_read_key(bencher: Bencher) {
    let store = Store::open(big_store()).unwrap();
    let feeds = store.feeds().unwrap();
    let config = Config::defaults(false).unwrap();
    let mut session = Session::subscriptions(feeds, config, LoadOptions::default(), (120, 40));
    let first = store.feeds().unwrap()[0].id;
    session.update(Action::FeedItems {
        feed: first,
        items: store.items(first).unwrap(),
    });
    bencher.bench_local(|| {
        session.update(Action::ToggleRead);
        for effect in std::mem::take(&mut session.effects) {
            if let Effect::MarkRead { .. } = effect {
                byline::reader::apply(&store, &effect).unwrap();
            }
        }
    });
}

/// Serves a 30-item feed after `delay`, for every request, until the process ends.
fn slow_server(delay: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buf = [0u8; 2048];
                let _ = stream.read(&mut buf);
                std::thread::sleep(delay);
                let items: String = (0..30)
                    .map(|k| format!("<item><guid>{k}</guid><title>Story {k}</title></item>"))
                    .collect();
                let body = format!(
                    "<rss version=\"2.0\"><channel><title>W</title>{items}</channel></rss>"
                );
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body.as_bytes());
            });
        }
    });
    format!("http://{addr}")
}

#[divan::bench(args = [1, 8], sample_count = 5)]
fn refresh_50_local_feeds(bencher: Bencher, parallel: usize) {
    let base = slow_server(Duration::from_millis(20));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("byline.db")).unwrap();
    let feeds: Vec<FeedJob> = (0..50)
        .map(|i| {
            let url = format!("{base}/{i}.xml");
            (store.subscribe(&url, &[]).unwrap(), url)
        })
        .collect();
    bencher.bench_local(|| {
        let outcomes = byline::refresh::refresh(
            &mut store,
            &feeds,
            LoadOptions::default(),
            parallel,
            |_, _| {},
        )
        .unwrap();
        assert!(outcomes.iter().all(|o| o.result.is_ok()));
    });
}
