//! The reader over subscriptions, without a terminal: the feeds list from a real SQLite
//! store in a temporary folder, a feed's items, read marks (Enter, `m`, `A`), the next
//! unread (`U`), counts kept live, back with `q`, and the marks in the store afterwards.
#![cfg(all(feature = "tui", feature = "fetch"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "sources/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "reader_support.rs"]
mod support;

use byline::app::state::Effect;
use byline::app::{Action, Config, Session};
use byline::document::{Input, LoadOptions, Source, open};
use byline::store::Store;
use insta::assert_snapshot;
use support::*;

/// A store with the rss2 and atom fixtures as subscriptions, one of them failing.
fn store(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("byline.db")).unwrap();
    for (name, error) in [
        ("rss2.xml", None),
        ("atom.xml", Some("the server answered 503")),
    ] {
        let url = format!("https://example.com/{name}");
        let id = store.subscribe(&url, &[]).unwrap();
        let input = Input::Path(format!("tests/fixtures/{name}").into());
        let Source::Feed(mut feed) = open(&input, LoadOptions::default()).unwrap() else {
            panic!("a feed");
        };
        for item in &mut feed.items {
            item.feed = Some(url.clone());
        }
        store
            .save_feed(id, &feed, (None, None), 1_768_550_400)
            .unwrap();
        if let Some(error) = error {
            store.feed_failed(id, error).unwrap();
        }
    }
    store
}

/// Presses `spec` and lets the store answer, as the event loop does.
fn press(s: &mut Session, store: &Store, spec: &str) {
    press_in(s, spec);
    for effect in std::mem::take(&mut s.effects) {
        match effect {
            Effect::Load { .. } => {}
            other => {
                if let Some(action) = byline::reader::apply(store, &other).unwrap() {
                    s.update(action);
                }
            }
        }
    }
    settle(s);
}

fn session(store: &Store, no_color: bool) -> Session {
    let config = Config::defaults(no_color).unwrap();
    Session::subscriptions(
        store.feeds().unwrap(),
        config,
        LoadOptions::default(),
        (80, 24),
    )
}

#[test]
fn feeds_items_read_marks_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let mut s = session(&store, false);
    let list = s.list().unwrap();
    let details: Vec<&str> = list.rows.iter().map(|r| r.detail.as_str()).collect();
    assert_eq!(details, ["2/2", "2/2 !"]);
    press(&mut s, &store, "enter");
    assert_eq!(s.lists.len(), 2, "the feed's items");
    assert_eq!(
        s.list()
            .unwrap()
            .rows
            .iter()
            .filter(|r| r.unread == Some(true))
            .count(),
        2
    );
    // Enter reads the first item (its content is in the feed) and marks it read.
    press(&mut s, &store, "enter");
    assert!(s.article.is_some());
    press(&mut s, &store, "q");
    assert!(s.article.is_none());
    assert_eq!(s.lists[1].rows[0].unread, Some(false));
    assert_eq!(s.lists[0].rows[0].detail, "1/2");
    // m toggles; U finds the next unread.
    press(&mut s, &store, "m");
    assert_eq!(
        (
            s.lists[1].rows[0].unread,
            s.lists[0].rows[0].detail.as_str()
        ),
        (Some(true), "2/2")
    );
    press(&mut s, &store, "m");
    press(&mut s, &store, "U");
    assert_eq!(s.list().unwrap().cursor.selected, 1);
    press(&mut s, &store, "A");
    assert_eq!(s.lists[0].rows[0].detail, "0/2");
    press(&mut s, &store, "U");
    assert_eq!(s.shell.message.as_deref(), Some("nothing unread"));
    press(&mut s, &store, "q");
    assert_eq!(s.lists.len(), 1, "q goes back one level");
    assert_eq!(
        store.feeds().unwrap()[0].unread,
        0,
        "the marks are in the store"
    );
    press(&mut s, &store, "U");
    assert_eq!(
        s.list().unwrap().cursor.selected,
        1,
        "the next feed with unread items"
    );
    press(&mut s, &store, "q");
    assert!(s.quit);
}

#[test]
fn subscriptions_and_items_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let mut s = session(&store, true);
    press(&mut s, &store, "j");
    assert_snapshot!("subscriptions", screen_text(&render_session(&s)));
    press(&mut s, &store, "enter");
    press(&mut s, &store, "m");
    let buffer = render_session(&s);
    let text = screen_text(&buffer);
    assert_snapshot!("items", text);
    // The item just marked read is not bold; the unread one is.
    let bold = |row: u16| {
        buffer[(4, row)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    };
    assert!(!bold(2) && bold(3), "{text}");
}

#[test]
fn reading_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let config = Config::defaults(false).unwrap();
    let feeds = store.feeds().unwrap();
    let mut s = Session::subscriptions(feeds, config, LoadOptions::default(), (40, 10));
    press(&mut s, &store, "enter");
    press(&mut s, &store, "enter");
    press(&mut s, &store, "G");
    let top = s.article.as_ref().unwrap().top_byte();
    assert!(top > 0);
    press(&mut s, &store, "q");
    let id = s.lists[0]
        .rows
        .first()
        .map(|r| &r.target)
        .and_then(|t| match t {
            byline::app::list::Target::Subscription(f) => Some(f.id),
            _ => None,
        });
    let saved = store.items(id.unwrap()).unwrap()[0].position;
    assert_eq!(saved, top, "the position is in the store");
    press(&mut s, &store, "enter");
    assert_eq!(
        s.article.as_ref().unwrap().top_byte(),
        top,
        "and reopening resumes there"
    );
}

#[test]
fn r_and_ctrl_r_refresh_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store(dir.path());
    let mut s = session(&store, false);
    press_in(&mut s, "r");
    let jobs = match s.effects.as_slice() {
        [Effect::Refresh(jobs)] => jobs.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(jobs.len(), 1, "r: the selected feed");
    assert_eq!(jobs[0].1, "https://example.com/rss2.xml");
    s.effects.clear();
    press_in(&mut s, "ctrl-r");
    assert_eq!(
        s.shell.message.as_deref(),
        Some("a refresh is already running")
    );
    // The refresh itself, as the event loop's thread runs it (the address cannot be reached
    // here, so the feed fails and keeps its items).
    let options = LoadOptions {
        timeout: std::time::Duration::from_secs(2),
        ..LoadOptions::default()
    };
    let outcomes = byline::refresh::refresh(&mut store, &jobs, options, 4, |o, done| {
        s.update(Action::RefreshProgress {
            done,
            errors: usize::from(o.result.is_err()),
        });
    })
    .unwrap();
    assert_eq!(outcomes.len(), 1);
    let p = s.refreshing.unwrap();
    assert_eq!((p.done, p.total, p.errors), (1, 1, 1));
    s.update(Action::Refreshed {
        feeds: Ok(store.feeds().unwrap()),
        new: 0,
        error: None,
    });
    assert_eq!(
        s.shell.message.as_deref(),
        Some("refreshed 1 feed: 0 new items, 1 failed")
    );
    assert_eq!(
        s.lists[0].rows[0].detail, "2/2 !",
        "it keeps its items and shows the error"
    );
    press_in(&mut s, "ctrl-r");
    match s.effects.as_slice() {
        [Effect::Refresh(jobs)] => assert_eq!(jobs.len(), 2, "ctrl-r: every feed"),
        other => panic!("{other:?}"),
    }
}

/// Runs every effect as the event loop does: loads (with the page kept in the store, on
/// this thread) and store effects, until none is left.
fn run_effects(s: &mut Session, store: &Store) {
    loop {
        let effects = std::mem::take(&mut s.effects);
        if effects.is_empty() {
            return;
        }
        for effect in effects {
            match effect {
                Effect::Load { ticket, job } => {
                    let job = byline::reader::with_kept_page(Some(store), job);
                    let never = std::sync::atomic::AtomicBool::new(false);
                    if let Some(result) = job.run(s.options, &never) {
                        s.update(Action::Loaded {
                            ticket,
                            result: result.map(Box::new).map_err(|e| e.to_string()),
                        });
                    }
                }
                other => {
                    if let Some(action) = byline::reader::apply(store, &other).unwrap() {
                        s.update(action);
                    }
                }
            }
        }
    }
}

#[test]
fn a_teasers_page_is_kept_and_read_again_offline() {
    let server = server::Server::start();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("byline.db")).unwrap();
    let url = server.url("/teasers.xml");
    let id = store.subscribe(&url, &[]).unwrap();
    let rss = format!(
        "<rss version=\"2.0\"><channel><title>Teasers</title><item><guid>1</guid>\
         <title>Harbour</title><link>{}</link><description>The harbour reopened [&#8230;]\
         </description></item></channel></rss>",
        server.url("/article.html")
    );
    let Source::Feed(mut feed) =
        byline::document::open_bytes(rss.as_bytes(), "t.rss", None, LoadOptions::default())
            .unwrap()
    else {
        panic!("a feed");
    };
    feed.items[0].feed = Some(url.clone());
    store.save_feed(id, &feed, (None, None), 0).unwrap();
    let mut s = session(&store, false);
    press(&mut s, &store, "enter");
    press_in(&mut s, "enter");
    run_effects(&mut s, &store);
    let title = |s: &Session| s.article.as_ref().unwrap().document.title.clone();
    assert_eq!(
        title(&s).as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    let item = store.items(id).unwrap()[0].id;
    assert!(
        store.page(item).unwrap().is_some(),
        "the fetched page is kept"
    );
    press_in(&mut s, "q");
    run_effects(&mut s, &store);
    drop(server);
    press_in(&mut s, "enter");
    run_effects(&mut s, &store);
    assert_eq!(
        title(&s).as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    assert_eq!(
        s.shell.message, None,
        "read from the store, with the server gone"
    );
}
