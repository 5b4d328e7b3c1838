use super::*;
use crate::document::{Feed, FeedItem};

fn item(guid: &str, title: &str, date: Option<&str>) -> FeedItem {
    FeedItem {
        guid: guid.to_owned(),
        title: Some(title.to_owned()),
        link: Some(format!("https://example.com/{guid}")),
        published: date.and_then(crate::analysis::date::Date::parse_iso),
        author: None,
        summary: Some(Body::Text(format!("{title}, in short."))),
        content: Some(Body::Html(format!("<p>{title}.</p>"))),
        feed: None,
    }
}

fn feed(items: Vec<FeedItem>) -> Feed {
    Feed {
        title: Some("Wire".into()),
        source: None,
        items,
        dropped: 0,
    }
}

use crate::document::Body;

#[test]
fn subscribe_refresh_read_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data/byline.db");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .subscribe("https://example.com/feed", &["news".into()])
        .unwrap();
    assert_eq!(
        store.subscribe("https://example.com/feed", &[]).unwrap(),
        id
    );
    let first = feed(vec![
        item("a", "Old story", Some("2026-01-10")),
        item("b", "New story", Some("2026-01-12")),
        item("c", "Undated", None),
    ]);
    let etag = Some("\"v1\"");
    assert_eq!(store.save_feed(id, &first, (etag, None), 100).unwrap(), 3);
    let items = store.items(id).unwrap();
    let titles: Vec<_> = items
        .iter()
        .map(|i| i.item.title.clone().unwrap())
        .collect();
    assert_eq!(titles, ["New story", "Old story", "Undated"]);
    assert_eq!(
        items[0].item.content,
        Some(Body::Html("<p>New story.</p>".into()))
    );
    assert_eq!(
        items[0].item.feed.as_deref(),
        Some("https://example.com/feed")
    );
    store.set_read(items[0].id, true).unwrap();
    store.set_position(items[1].id, 420).unwrap();
    // A second refresh: one item changed, one new; marks and positions stay.
    let mut second = first.clone();
    second.items[1].title = Some("New story, updated".into());
    second.items.push(item("d", "Newest", Some("2026-01-13")));
    assert_eq!(
        store
            .save_feed(id, &second, (None, Some("Tue")), 200)
            .unwrap(),
        1
    );
    store.feed_failed(id, "the server answered 503").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 1);
    let f = &feeds[0];
    assert_eq!((f.total, f.unread, f.updated), (4, 3, Some(200)));
    assert_eq!(f.tags, [] as [String; 0]);
    assert_eq!(f.error.as_deref(), Some("the server answered 503"));
    assert_eq!(f.title.as_deref(), Some("Wire"));
    assert_eq!(store.validators(id).unwrap(), (None, Some("Tue".into())));
    let items = store.items(id).unwrap();
    let story = items.iter().find(|i| i.item.guid == "b").unwrap();
    assert_eq!(story.item.title.as_deref(), Some("New story, updated"));
    assert!(story.read);
    assert_eq!(
        items.iter().find(|i| i.item.guid == "a").unwrap().position,
        420
    );
    store.mark_feed_read(id).unwrap();
    assert_eq!(store.feeds().unwrap()[0].unread, 0);
    let page = crate::document::Page {
        url: "https://example.com/a-page".into(),
        media_type: Some("text/html".into()),
        charset: Some("utf-8".into()),
        bytes: b"<html><body><p>Kept.</p></body></html>".to_vec(),
        validators: crate::document::Validators::default(),
    };
    assert_eq!(store.page(items[0].id).unwrap(), None);
    store.save_page(items[0].id, &page).unwrap();
    assert_eq!(store.page(items[0].id).unwrap(), Some(page));
    store.not_modified(id, 300).unwrap();
    assert_eq!(store.feeds().unwrap()[0].error, None);
}

#[test]
fn a_newer_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("byline.db");
    drop(Store::open(&path).unwrap());
    let db = Connection::open(&path).unwrap();
    db.pragma_update(None, "user_version", 99).unwrap();
    drop(db);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("written by a newer byline (schema 99; this one knows 2); left as it is"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn two_stores_on_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("byline.db");
    let mut a = Store::open(&path).unwrap();
    let b = Store::open(&path).unwrap();
    let id = a.subscribe("https://example.com/feed", &[]).unwrap();
    a.save_feed(id, &feed(vec![item("a", "Story", None)]), (None, None), 1)
        .unwrap();
    assert_eq!(
        b.feeds().unwrap()[0].total,
        1,
        "the other process reads what was written"
    );
}

#[test]
fn a_version_1_database_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("byline.db");
    let db = Connection::open(&path).unwrap();
    db.execute_batch(schema::MIGRATIONS[0]).unwrap();
    db.pragma_update(None, "user_version", 1).unwrap();
    db.execute(
        "INSERT INTO feeds (url) VALUES ('https://example.com/feed')",
        [],
    )
    .unwrap();
    drop(db);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.feeds().unwrap().len(), 1, "its data stays");
    let version: i64 = store
        .db
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2);
}
