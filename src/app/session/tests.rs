use super::*;
use crate::document::{Feed, FeedItem};

fn item(title: &str, content: Option<&str>) -> FeedItem {
    FeedItem {
        guid: title.to_owned(),
        title: Some(title.to_owned()),
        link: Some(format!("https://example.com/{title}")),
        published: None,
        author: None,
        summary: None,
        content: content.map(|c| crate::document::Body::Text(c.to_owned())),
        feed: None,
    }
}

fn session() -> Session {
    let feed = Feed {
        title: Some("Wire".into()),
        source: None,
        items: vec![item("a", None), item("b", Some("Text of b."))],
        dropped: 0,
    };
    let config = Config::defaults(false).unwrap();
    Session::new(Source::Feed(feed), config, LoadOptions::default(), (80, 24))
}

/// Runs the queued loads as the event loop's threads would.
fn settle(s: &mut Session) {
    for effect in std::mem::take(&mut s.effects) {
        if let Effect::Load { ticket, job } = effect {
            let never = std::sync::atomic::AtomicBool::new(false);
            if let Some(result) = job.run(s.options, &never) {
                s.update(Action::Loaded {
                    ticket,
                    result: result.map(Box::new).map_err(|e| e.to_string()),
                });
            }
        }
    }
}

fn article(text: &str) -> Session {
    let loaded = crate::document::from_bytes(
        text.as_bytes(),
        "a.txt",
        Some("a.txt".into()),
        LoadOptions::default(),
    )
    .unwrap();
    let config = Config::defaults(false).unwrap();
    Session::new(
        Source::Article(loaded),
        config,
        LoadOptions::default(),
        (80, 24),
    )
}

#[test]
fn a_cancelled_job_stops_before_the_analysis() {
    let loaded = crate::document::from_bytes(
        b"Storm hits coast\n\nRain fell, the mayor said.",
        "a.txt",
        None,
        LoadOptions::default(),
    )
    .unwrap();
    let job = Job::Analyze(Box::new(loaded));
    let stop = std::sync::atomic::AtomicBool::new(true);
    assert!(job.clone().run(LoadOptions::default(), &stop).is_none());
    stop.store(false, std::sync::atomic::Ordering::Relaxed);
    let opened = job.run(LoadOptions::default(), &stop).unwrap().unwrap();
    assert_eq!(
        opened.loaded.document.title.as_deref(),
        Some("Storm hits coast")
    );
}

#[test]
fn one_article_is_analysed_in_the_background() {
    let mut s = article("Storm hits coast\n\nRain fell, the mayor said.");
    assert!(s.article.is_none(), "nothing is analysed on the UI thread");
    assert_eq!(s.loading.as_ref().map(|l| l.name.as_str()), Some("a.txt"));
    settle(&mut s);
    assert!(s.article.is_some() && s.loading.is_none());
    let mut s = article("Storm hits coast\n\nRain fell.");
    s.update(Action::Tick);
    s.update(Action::Help);
    assert_eq!(s.shell.help, None, "no help over a blank screen");
    s.update(Action::Close);
    assert!(s.quit, "Esc while the one article loads quits");
}

#[test]
fn a_failed_first_load_ends_the_session_with_its_error() {
    let mut s = article("Storm hits coast\n\nRain fell.");
    let ticket = s.loading.as_ref().unwrap().ticket;
    s.update(Action::Loaded {
        ticket,
        result: Err("x: no content".into()),
    });
    assert!(s.quit);
    assert!(s.failed.as_deref().unwrap().starts_with("x: "));
}

#[test]
fn stale_and_replaced_loads_are_dropped() {
    let mut s = session();
    s.update(Action::Activate);
    let first = s.loading.clone().unwrap().ticket;
    s.update(Action::Close);
    assert!(s.loading.is_none());
    s.update(Action::Activate);
    let second = s.loading.clone().unwrap().ticket;
    assert_ne!(first, second);
    let err = |ticket| Action::Loaded {
        ticket,
        result: Err("x: no content".into()),
    };
    s.update(err(first));
    assert!(
        s.loading.is_some() && s.shell.message.is_none(),
        "the old result is dropped"
    );
    s.update(err(second));
    assert!(s.loading.is_none() && s.shell.message.is_some());
    assert!(s.article.is_none(), "the list stays");
}

#[test]
fn a_click_selects_then_opens() {
    let mut s = session();
    s.update(Action::Click {
        column: 5,
        row: LIST_TOP + 1,
    });
    assert_eq!(s.lists[0].cursor.selected, 1);
    assert!(s.article.is_none());
    s.update(Action::Click {
        column: 5,
        row: LIST_TOP + 1,
    });
    assert!(s.loading.is_some(), "a click on the selected row opens it");
    settle(&mut s);
    assert!(s.article.is_some());
    s.update(Action::Close);
    s.update(Action::Click { column: 5, row: 0 });
    assert_eq!(s.lists[0].cursor.selected, 1, "the header is not a row");
}
