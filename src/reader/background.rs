//! Work the event loop hands to other threads or the store: refreshing subscriptions, and
//! the store effects whose answers come back as actions.

use std::sync::mpsc;

use crate::app::Action;
use crate::app::list::Job;
use crate::app::state::Effect;
use crate::document::LoadOptions;
use crate::store::{Store, StoreError};

/// What wakes the event loop: input, or work finished on another thread.
pub(super) enum Wake {
    /// A terminal event (a key, the mouse, a resize).
    Input(ratatui::crossterm::event::Event),
    /// Reading the terminal failed.
    InputFailed(std::io::Error),
    /// A background load finished (an [`Action::Loaded`]).
    Done(Action),
    /// A refresh moved on or ended.
    Refresh(RefreshNews),
}

/// Reads terminal events on their own thread, so that a finished load wakes the loop at once
/// rather than at the next input poll.
pub(super) fn spawn_input(wake: mpsc::Sender<Wake>) {
    std::thread::spawn(move || {
        loop {
            let sent = match ratatui::crossterm::event::read() {
                Ok(event) => wake.send(Wake::Input(event)),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let _ = wake.send(Wake::InputFailed(e));
                    return;
                }
            };
            if sent.is_err() {
                return;
            }
        }
    });
}

/// What a background refresh tells the event loop.
#[cfg_attr(not(feature = "fetch"), allow(dead_code))]
pub(super) enum RefreshNews {
    /// Feeds finished so far, and how many of them failed.
    Progress { done: usize, errors: usize },
    /// The refresh is over: new items in all, or why it could not run.
    Done { new: usize, error: Option<String> },
}

impl RefreshNews {
    /// The news as the session's action; at the end, with the feeds as stored now.
    pub(super) fn into_action(self, store: Option<&Store>) -> Action {
        match self {
            RefreshNews::Progress { done, errors } => Action::RefreshProgress { done, errors },
            RefreshNews::Done { new, error } => Action::Refreshed {
                feeds: store
                    .map_or(Ok(Vec::new()), Store::feeds)
                    .map_err(|e| e.to_string()),
                new,
                error,
            },
        }
    }
}

/// Refreshes `jobs` on a background thread with its own connection to the store at `path`,
/// sending progress and the end to `news`.
#[cfg(feature = "fetch")]
pub(super) fn spawn_refresh(
    path: std::path::PathBuf,
    jobs: Vec<crate::store::FeedJob>,
    options: LoadOptions,
    news: &mpsc::Sender<Wake>,
) {
    let news = news.clone();
    std::thread::spawn(move || {
        let mut errors = 0;
        let outcome = Store::open(&path).and_then(|mut store| {
            crate::refresh::refresh(
                &mut store,
                &jobs,
                options,
                crate::refresh::PARALLEL,
                |o, done| {
                    errors += usize::from(o.result.is_err());
                    let _ = news.send(Wake::Refresh(RefreshNews::Progress { done, errors }));
                },
            )
        });
        let done = match outcome {
            Ok(outcomes) => RefreshNews::Done {
                new: outcomes
                    .iter()
                    .map(|o| match o.result {
                        Ok(crate::refresh::Change::Saved { new, .. }) => new,
                        _ => 0,
                    })
                    .sum(),
                error: None,
            },
            Err(e) => RefreshNews::Done {
                new: 0,
                error: Some(e.to_string()),
            },
        };
        let _ = news.send(Wake::Refresh(done));
    });
}

/// Without web support there is nothing to refresh with.
#[cfg(not(feature = "fetch"))]
pub(super) fn spawn_refresh(
    _: std::path::PathBuf,
    _: Vec<crate::store::FeedJob>,
    _: LoadOptions,
    news: &mpsc::Sender<Wake>,
) {
    let error = "this byline was built without web support (the `fetch` feature)".to_owned();
    let _ = news.send(Wake::Refresh(RefreshNews::Done {
        new: 0,
        error: Some(error),
    }));
}

/// A stored item's job with the page kept for it (read offline, not fetched again).
pub fn with_kept_page(store: Option<&Store>, job: Job) -> Job {
    match (store, job) {
        (
            Some(store),
            Job::Stored {
                id,
                item,
                page: None,
            },
        ) => {
            let page = store.page(id).ok().flatten().map(Box::new);
            Job::Stored { id, item, page }
        }
        (_, job) => job,
    }
}

/// Applies a store effect: reads a feed's items (the action that opens them), or writes a
/// read mark, a position or a page.
pub fn apply(store: &Store, effect: &Effect) -> Result<Option<Action>, StoreError> {
    match *effect {
        Effect::OpenFeed(feed) => {
            let items = store.items(feed)?;
            return Ok(Some(Action::FeedItems { feed, items }));
        }
        Effect::MarkRead { item, read } => store.set_read(item, read)?,
        Effect::MarkFeedRead(id) => store.mark_feed_read(id)?,
        Effect::SavePosition { item, byte } => store.set_position(item, byte)?,
        Effect::SavePage { item, ref page } => store.save_page(item, page)?,
        _ => {}
    }
    Ok(None)
}
