//! Refreshing subscriptions: each feed fetched again (conditionally, with the `ETag` and
//! `Last-Modified` it was last served with), a bounded number at a time, and saved in the
//! store as it arrives, one transaction per feed. A feed that fails keeps its items and
//! records its error.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::document::{LoadOptions, Refreshed, Validators, guarded, refresh_feed};
use crate::store::{FeedJob, Store, StoreError};

/// How many feeds are fetched at once by default.
pub const PARALLEL: usize = 8;

/// What refreshing one feed did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The server said it had not changed.
    NotModified,
    /// It was read and saved: how many of its items were new, and how many it has.
    Saved {
        /// Items not in the store before.
        new: usize,
        /// Items in this version of the feed.
        items: usize,
    },
}

/// One feed's refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The feed's address.
    pub url: String,
    /// What happened, or why it failed.
    pub result: Result<Change, String>,
}

/// Refreshes `feeds`, at most `parallel` at a time, saving each in `store` as it arrives;
/// `done` hears of each outcome with how many are finished. The outcomes come back in the
/// order the feeds finished.
pub fn refresh(
    store: &mut Store,
    feeds: &[FeedJob],
    options: LoadOptions,
    parallel: usize,
    mut done: impl FnMut(&Outcome, usize),
) -> Result<Vec<Outcome>, StoreError> {
    let mut queue = VecDeque::with_capacity(feeds.len());
    for (id, url) in feeds {
        let (etag, last_modified) = store.validators(*id)?;
        let validators = Validators {
            etag,
            last_modified,
        };
        queue.push_back((*id, url.clone(), validators));
    }
    let queue = Arc::new(Mutex::new(queue));
    let (send, results) = mpsc::channel();
    let workers = parallel.clamp(1, feeds.len().max(1));
    for _ in 0..workers {
        let queue = Arc::clone(&queue);
        let send = send.clone();
        std::thread::spawn(move || {
            loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop_front());
                let Some((id, url, validators)) = next else {
                    break;
                };
                let fetched = guarded(&url, || refresh_feed(&url, options.started(), &validators));
                if send.send((id, url, fetched)).is_err() {
                    break;
                }
            }
        });
    }
    drop(send);
    let mut outcomes = Vec::with_capacity(feeds.len());
    for (id, url, fetched) in results {
        let now = unix_now();
        let result = match fetched {
            Ok(Refreshed::NotModified) => {
                store.not_modified(id, now)?;
                Ok(Change::NotModified)
            }
            Ok(Refreshed::Changed(feed, validators)) => {
                let pair = (
                    validators.etag.as_deref(),
                    validators.last_modified.as_deref(),
                );
                let new = store.save_feed(id, &feed, pair, now)?;
                Ok(Change::Saved {
                    new,
                    items: feed.items.len(),
                })
            }
            Err(error) => {
                let message = error.to_string();
                store.feed_failed(id, &message)?;
                Err(message)
            }
        };
        let outcome = Outcome { url, result };
        done(&outcome, outcomes.len() + 1);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
