//! Crash safety of the store: `byline refresh` is killed (SIGKILL) at random moments while it
//! writes, 20 times; each time the database opens, SQLite's integrity check passes, and every
//! item stored before the kill is still there. The feeds come from a server on 127.0.0.1
//! that serves new items on every request, so every refresh writes.
#![cfg(all(feature = "fetch", unix))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use byline::store::Store;

/// Feeds subscribed, and items in each version of a feed.
const FEEDS: usize = 12;
const ITEMS: usize = 150;

/// Serves an RSS feed of `ITEMS` items with fresh guids on every request.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let served = Arc::new(AtomicUsize::new(0));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let served = Arc::clone(&served);
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buf = [0u8; 2048];
                let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                let _ = stream.read(&mut buf);
                let n = served.fetch_add(1, Ordering::Relaxed);
                let items: String = (0..ITEMS)
                    .map(|k| {
                        format!(
                            "<item><guid>g{n}-{k}</guid><title>Story {n}.{k}</title>\
                             <description>The harbour reopened, story {k} of version {n}.\
                             </description></item>"
                        )
                    })
                    .collect();
                let body = format!(
                    "<rss version=\"2.0\"><channel><title>Wire {n}</title>{items}</channel></rss>"
                );
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\
                     Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body.as_bytes());
            });
        }
    });
    format!("http://{addr}")
}

fn items_in(db: &Path) -> usize {
    let store = Store::open(db).unwrap();
    store.feeds().unwrap().iter().map(|f| f.total).sum()
}

#[test]
fn killing_refresh_mid_write_loses_nothing_stored() {
    let base = serve();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/byline");
    std::fs::create_dir_all(&config).unwrap();
    let urls: String = (0..FEEDS)
        .map(|i| format!("{base}/feed{i}.xml\n"))
        .collect();
    std::fs::write(config.join("urls"), urls).unwrap();
    let db = home.path().join("data/byline/byline.db");
    let mut seen = 0;
    // Kill moments spread over a refresh's life (deterministic, no clock in assertions).
    for round in 0..20u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["refresh", "--jobs", "4"])
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(5 + (round * 37) % 120));
        let _ = child.kill();
        let _ = child.wait();
        if !db.exists() {
            continue;
        }
        let check: String = rusqlite::Connection::open(&db)
            .unwrap()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "round {round}");
        let now = items_in(&db);
        assert!(
            now >= seen,
            "round {round}: {now} items after the kill, {seen} before"
        );
        seen = now;
    }
    assert!(seen > 0, "some refreshes got far enough to store items");
}
