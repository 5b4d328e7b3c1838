//! Arbitrary bytes through the loaders (`byline::document::open_bytes`): plain text,
//! Markdown, HTML (readability), RSS/Atom/JSON feeds, told apart by a name chosen by the
//! first byte or by sniffing. Errors are fine; panics are crashes. Every document loaded is
//! analysed and checked like in the `analyze` target.
//!
//! Nothing here touches the network: a feed item whose article is only a link (it would be
//! fetched) is skipped, and `Source::into_article` / `Source::articles` (which fetch such
//! items) are not called.
//!
//! A panic that the loaders' own panic boundary catches (`LoadError::Crashed`, a parser
//! crate failing on hostile input) is a crash here too: the error is re-raised as a panic.
//!
//! Input: one byte naming the input (`byte % 8`: 0 `x.txt`, 1 `x.html`, 2 `x.md`, 3 `x.rss`,
//! 4 `x.atom`, 5 `x.json`, 6 `x.xml`, 7 standard input), then the bytes.
#![no_main]

mod common;

use byline::document::{
    Feed, FeedItem, Input, LoadError, LoadOptions, Loaded, Source, is_web_address, open_bytes,
};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "x.txt", "x.html", "x.md", "x.rss", "x.atom", "x.json", "x.xml", "-",
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let (name, source) = match NAMES[usize::from(first % 8)] {
        "-" => (Input::Stdin.name(), None),
        file => (file.to_owned(), Some(file.to_owned())),
    };
    let options = LoadOptions::default();
    if let Some(source) = ok(open_bytes(bytes, &name, source, options)) {
        walk(source, options);
    }
});

/// The loaded value; `None` for a load error, a panic for a caught parser panic.
fn ok<T>(result: Result<T, LoadError>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(error @ LoadError::Crashed { .. }) => panic!("caught parser panic: {error}"),
        Err(_) => None,
    }
}

fn walk(source: Source, options: LoadOptions) {
    match source {
        Source::Article(loaded) => article(&loaded),
        Source::Feed(feed) => items(&feed, options),
        // `open_bytes` never gives a folder (only `open` on a directory does).
        Source::Folder(folder) => {
            for entry in folder.entries {
                let _ = (entry.title(), entry.published());
                walk(entry.content.into_source(), options);
            }
        }
    }
}

fn items(feed: &Feed, options: LoadOptions) {
    for item in &feed.items {
        let _ = item.name();
        // Without content, `FeedItem::load` fetches the item's link: skip those.
        if !item.has_content() {
            continue;
        }
        assert!(offline(item), "has_content() but load() would fetch");
        if let Some(loaded) = ok(item.load(options)) {
            article(&loaded);
        }
    }
}

/// Whether `FeedItem::load` reads the item without fetching (mirrors its first two
/// branches: content is read as it is; otherwise a web link is fetched).
fn offline(item: &FeedItem) -> bool {
    item.content.is_some() || !item.link.as_deref().is_some_and(is_web_address)
}

fn article(loaded: &Loaded) {
    common::analyze_document(&loaded.document);
}
