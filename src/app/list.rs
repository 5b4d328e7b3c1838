//! The list of a feed's items or a folder's articles: its rows, what each row opens, and the
//! selection; and the background [`Job`] that opens a row (or the reader's one article).

use std::sync::atomic::{AtomicBool, Ordering};

use super::state::ListCursor;
use crate::analysis::date::Date;
use crate::analysis::{Analysis, analyze, analyze_unless};
use crate::document::source_name;
use crate::document::{
    EntryContent, Feed, FeedItem, Folder, LoadError, LoadOptions, Loaded, Page, guarded,
};

/// An article with its analysis, ready for the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The article and its loading warning.
    pub loaded: Loaded,
    /// Its analysis.
    pub analysis: Analysis,
    /// The page fetched for a stored item, to keep for reading offline.
    pub fetched: Option<Page>,
}

impl Opened {
    /// Analyses `loaded`.
    pub fn new(loaded: Loaded) -> Opened {
        let document = &loaded.document;
        let analysis = analyze(&document.text, document.published);
        Opened {
            loaded,
            analysis,
            fetched: None,
        }
    }

    /// Analyses `loaded` unless `cancelled` says stop first (see [`analyze_unless`]).
    pub fn analysed(loaded: Loaded, cancelled: &dyn Fn() -> bool) -> Option<Opened> {
        let document = &loaded.document;
        let analysis = analyze_unless(&document.text, document.published, cancelled)?;
        Some(Opened {
            loaded,
            analysis,
            fetched: None,
        })
    }
}

/// Work the event loop runs on a background thread, so the screen stays live (a spinner,
/// Esc and Ctrl-c) while an article loads and is analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// A feed item: loaded (its page fetched when it has only a link), then analysed.
    Item(Box<FeedItem>),
    /// An article already loaded: analysed.
    Analyze(Box<Loaded>),
    /// A web address (a link followed): fetched, then analysed.
    Url(String),
    /// A subscription's stored item: like [`Job::Item`], its page read from `page` (kept
    /// from an earlier fetch) when the event loop found one in the store.
    Stored {
        /// Its id in the store.
        id: i64,
        /// The item.
        item: Box<FeedItem>,
        /// Its kept page, if any.
        page: Option<Box<Page>>,
    },
}

impl Job {
    /// How the status line names the job.
    pub fn name(&self) -> String {
        match self {
            Job::Item(item) | Job::Stored { item, .. } => item.name(),
            Job::Url(url) => url.clone(),
            Job::Analyze(loaded) => loaded
                .document
                .source
                .clone()
                .unwrap_or_else(|| "standard input".to_owned()),
        }
    }

    /// Whether the job goes to the network.
    pub fn fetches(&self) -> bool {
        match self {
            Job::Url(_) => true,
            Job::Item(item)
            | Job::Stored {
                item, page: None, ..
            } => item.needs_fetch(),
            Job::Stored { .. } | Job::Analyze(_) => false,
        }
    }

    /// Does the work; a panic in a parser becomes an error like any other. `None` when
    /// `cancelled` turns true before the analysis is done (the work stops there).
    pub fn run(
        self,
        options: LoadOptions,
        cancelled: &AtomicBool,
    ) -> Option<Result<Opened, LoadError>> {
        let name = self.name();
        let stop = || cancelled.load(Ordering::Relaxed);
        let outcome = guarded(&name, || {
            let (loaded, fetched) = match self {
                Job::Item(item) => (item.load(options)?, None),
                Job::Stored { item, page, .. } => item.load_with_page(options, page.as_deref())?,
                Job::Url(url) => {
                    let input = crate::document::Input::Url(url);
                    (crate::document::load(&input, options)?, None)
                }
                Job::Analyze(loaded) => (*loaded, None),
            };
            Ok(Opened::analysed(loaded, &stop).map(|o| Opened { fetched, ..o }))
        });
        match outcome {
            Ok(Some(opened)) => Some(Ok(opened)),
            Ok(None) => None,
            Err(error) => Some(Err(error)),
        }
    }
}

/// What a row opens.
#[derive(Debug, Clone)]
pub enum Target {
    /// A feed item: read from its content, or fetched from its link.
    Item(Box<FeedItem>),
    /// A folder's article, analysed when it is opened.
    Article(Box<Loaded>),
    /// A feed in a folder: opens the list of its items.
    Feed(Feed),
    /// A subscribed feed: opens the list of its stored items.
    Subscription(Box<crate::store::FeedRow>),
    /// A stored item of a subscription: read like a feed item, and marked read.
    Stored {
        /// Its id in the store.
        id: i64,
        /// The item.
        item: Box<FeedItem>,
        /// Where reading it stopped last time (a byte of its text).
        position: usize,
    },
}

/// One row of a list.
#[derive(Debug, Clone)]
pub struct Row {
    /// The title shown.
    pub title: String,
    /// The publication date.
    pub date: Option<Date>,
    /// The last column: a feed item's source, a folder article's length in words.
    pub detail: String,
    /// What Enter opens.
    pub target: Target,
    /// For a stored item, whether it is unread (shown in bold).
    pub unread: Option<bool>,
}

/// A list of items to pick from.
#[derive(Debug, Clone)]
pub struct ListView {
    /// The feed's title or the folder's path, for the header.
    pub title: String,
    /// Where the list came from (a path or URL), for the header.
    pub source: Option<String>,
    /// What the rows are, for the list's border: `Items` or `Articles`.
    pub heading: &'static str,
    /// The rows, in the feed's order or by file name.
    pub rows: Vec<Row>,
    /// The selected row and the first row shown.
    pub cursor: ListCursor,
}

impl ListView {
    /// The items of `feed`: title, date, and the site they link to (or the feed's name).
    pub fn feed(feed: Feed) -> ListView {
        let feed_name = feed.source.as_deref().map(source_name).unwrap_or_default();
        let rows = feed
            .items
            .into_iter()
            .map(|item| {
                let (title, detail) = item_columns(&item, feed_name);
                Row {
                    title,
                    date: item.published,
                    detail,
                    target: Target::Item(Box::new(item)),
                    unread: None,
                }
            })
            .collect();
        ListView {
            title: feed.title.unwrap_or_else(|| "(untitled feed)".to_owned()),
            source: feed.source,
            heading: "Items",
            rows,
            cursor: ListCursor::default(),
        }
    }

    /// The articles and feeds of `folder`: title, date and length (articles are analysed
    /// when opened); a feed shows how many items it has.
    pub fn folder(folder: Folder) -> ListView {
        let rows = folder
            .entries
            .into_iter()
            .map(|entry| {
                let date = entry.published();
                let title = entry
                    .title()
                    .filter(|t| !t.trim().is_empty())
                    .map(str::to_owned)
                    .unwrap_or_else(|| source_name(&entry.path.display().to_string()).to_owned());
                let (detail, target) = match entry.content {
                    EntryContent::Article(loaded) => {
                        let words = loaded.document.text.split_whitespace().count();
                        (counted(words, "word"), Target::Article(loaded))
                    }
                    EntryContent::Feed(feed) => (
                        format!("feed · {}", counted(feed.items.len(), "item")),
                        Target::Feed(feed),
                    ),
                };
                Row {
                    title,
                    date,
                    detail,
                    target,
                    unread: None,
                }
            })
            .collect();
        ListView {
            title: folder.path.display().to_string(),
            source: None,
            heading: "Articles",
            rows,
            cursor: ListCursor::default(),
        }
    }

    /// The selected row, if the list has any.
    pub fn selected(&self) -> Option<&Row> {
        self.rows.get(self.cursor.selected)
    }

    /// Moves the selection by `delta` rows.
    pub fn step(&mut self, delta: isize) {
        self.cursor.step(delta, self.rows.len());
    }

    /// Selects the first (`end` false) or the last row.
    pub fn jump(&mut self, end: bool) {
        self.cursor.selected = if end {
            self.rows.len().saturating_sub(1)
        } else {
            0
        };
    }
}

/// A feed item's row title (its headline, else its name) and detail (the site its link
/// names, else `feed_name`).
pub fn item_columns(item: &FeedItem, feed_name: &str) -> (String, String) {
    let title = item.headline().unwrap_or_else(|| item.name());
    let detail = item
        .link
        .as_deref()
        .filter(|l| crate::document::is_web_address(l))
        .map_or(feed_name, source_name)
        .to_owned();
    (title, detail)
}

/// `n` and the noun, plural unless `n` is one: `3 actors`, `1 quote`.
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
