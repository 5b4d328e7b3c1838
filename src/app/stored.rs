//! Reading subscriptions: the list of subscribed feeds (unread and total counts, last
//! update, an error marker), a feed's stored items (unread in bold), and read marks kept
//! live in both lists while the event loop writes them to the store.

use super::action::Action;
use super::config::Config;
use super::list::{Job, ListView, Row, Target, item_columns};
use super::session::Session;
use super::state::{Effect, ListCursor};
use crate::analysis::date::Date;
use crate::document::LoadOptions;
use crate::document::source_name;
use crate::store::{FeedRow, ItemRow};

/// How far a refresh of subscriptions has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Feeds finished.
    pub done: usize,
    /// Feeds being refreshed.
    pub total: usize,
    /// Feeds that failed so far.
    pub errors: usize,
}

/// Seconds in a day.
const DAY: i64 = 86_400;

impl ListView {
    /// The subscribed feeds: title (else address), last update, `unread/total` and `!` when
    /// the last refresh failed.
    pub fn subscriptions(feeds: Vec<FeedRow>) -> ListView {
        let rows = feeds.into_iter().map(subscription_row).collect();
        ListView {
            title: "Subscriptions".to_owned(),
            source: None,
            heading: "Feeds",
            rows,
            cursor: ListCursor::default(),
        }
    }

    /// The stored items of `feed`, newest first.
    pub fn stored(feed: &FeedRow, items: Vec<ItemRow>) -> ListView {
        let site = source_name(&feed.url);
        let rows = items
            .into_iter()
            .map(|row| {
                let (title, detail) = item_columns(&row.item, site);
                Row {
                    title,
                    date: row.item.published,
                    detail,
                    unread: Some(!row.read),
                    target: Target::Stored {
                        id: row.id,
                        item: Box::new(row.item),
                        position: row.position,
                    },
                }
            })
            .collect();
        ListView {
            title: feed.title.clone().unwrap_or_else(|| feed.url.clone()),
            source: Some(feed.url.clone()),
            heading: "Items",
            rows,
            cursor: ListCursor::default(),
        }
    }
}

fn subscription_row(feed: FeedRow) -> Row {
    Row {
        title: feed.title.clone().unwrap_or_else(|| feed.url.clone()),
        date: feed
            .updated
            .and_then(|t| Date::from_days_since_epoch(t.div_euclid(DAY))),
        detail: counts(&feed),
        unread: Some(feed.unread > 0),
        target: Target::Subscription(Box::new(feed)),
    }
}

/// `unread/total`, with `!` when the last refresh failed.
fn counts(feed: &FeedRow) -> String {
    let mark = if feed.error.is_some() { " !" } else { "" };
    format!("{}/{}{mark}", feed.unread, feed.total)
}

impl Session {
    /// A session over the subscribed `feeds` (the reader with no argument).
    pub fn subscriptions(
        feeds: Vec<FeedRow>,
        config: Config,
        options: LoadOptions,
        size: (u16, u16),
    ) -> Session {
        let mut session = Session::blank(config, options, size);
        session.lists.push(ListView::subscriptions(feeds));
        session
    }

    /// The stored items of feed `id`, read by the event loop: their list opens.
    pub(super) fn feed_items(&mut self, id: i64, items: Vec<ItemRow>) {
        let feed = self.lists.iter().rev().find_map(|l| {
            l.rows.iter().find_map(|r| match &r.target {
                Target::Subscription(f) if f.id == id => Some(f.as_ref().clone()),
                _ => None,
            })
        });
        if let Some(feed) = feed {
            self.lists.push(ListView::stored(&feed, items));
        }
    }

    /// Leaving the article read from stored item: where reading stopped is kept, in the
    /// list and (through the event loop) in the store.
    pub fn leave_stored(&mut self, top: usize) {
        let Some((id, _)) = self.reading.take() else {
            return;
        };
        for row in self.lists.iter_mut().flat_map(|l| l.rows.iter_mut()) {
            if let Target::Stored {
                id: row_id,
                position,
                ..
            } = &mut row.target
                && *row_id == id
            {
                *position = top;
            }
        }
        self.effects.push(Effect::SavePosition {
            item: id,
            byte: top,
        });
    }

    /// `r`: the selected feed (or the one whose items are shown); Ctrl-r: every feed.
    fn refresh(&mut self, all: bool) {
        if self.refreshing.is_some() {
            self.shell.message = Some("a refresh is already running".to_owned());
            return;
        }
        let feeds: Vec<&FeedRow> = self
            .lists
            .first()
            .map(|l| {
                l.rows
                    .iter()
                    .filter_map(|r| match &r.target {
                        Target::Subscription(f) => Some(f.as_ref()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let shown = self.list().and_then(|l| match &l.selected()?.target {
            Target::Subscription(f) => Some(f.url.clone()),
            Target::Stored { .. } => l.source.clone(),
            _ => None,
        });
        let jobs: Vec<_> = feeds
            .into_iter()
            .filter(|f| all || shown.as_deref() == Some(f.url.as_str()))
            .map(|f| (f.id, f.url.clone()))
            .collect();
        if jobs.is_empty() {
            self.shell.message = Some("only subscriptions are refreshed".to_owned());
            return;
        }
        self.refreshing = Some(Progress {
            total: jobs.len(),
            ..Progress::default()
        });
        self.effects.push(Effect::Refresh(jobs));
    }

    /// A refresh finished `done` feeds, `errors` of them failed.
    pub(super) fn refresh_progress(&mut self, done: usize, errors: usize) {
        if let Some(p) = &mut self.refreshing {
            p.done = done;
            p.errors = errors;
        }
    }

    /// The refresh is over: the subscriptions list shows the store's `feeds` (the selection
    /// kept) and the status line what happened, or why the refresh or the store failed.
    pub(super) fn refreshed(
        &mut self,
        feeds: Result<Vec<FeedRow>, String>,
        new: usize,
        error: Option<String>,
    ) {
        match feeds {
            Ok(feeds) => self.show_refreshed(feeds, new),
            Err(store_error) => {
                self.refreshing = None;
                self.notify(store_error);
            }
        }
        if let Some(error) = error {
            self.refreshing = None;
            self.notify(error);
        }
    }

    fn show_refreshed(&mut self, feeds: Vec<FeedRow>, new: usize) {
        let Some(progress) = self.refreshing.take() else {
            return;
        };
        if let Some(list) = self.lists.first_mut() {
            let cursor = list.cursor;
            *list = ListView::subscriptions(feeds);
            list.cursor = cursor;
        }
        let errors = match progress.errors {
            0 => String::new(),
            1 => ", 1 failed".to_owned(),
            n => format!(", {n} failed"),
        };
        self.notify(format!(
            "refreshed {} feed{}: {new} new item{}{errors}",
            progress.total,
            if progress.total == 1 { "" } else { "s" },
            if new == 1 { "" } else { "s" }
        ));
        self.sync();
    }

    /// Read-mark actions in a list; returns whether `action` was one.
    pub fn mark_action(&mut self, action: &Action) -> bool {
        match action {
            Action::ToggleRead => self.toggle_read(),
            Action::MarkFeedRead => self.mark_feed_read(),
            Action::NextUnread => self.next_unread(),
            Action::Refresh => self.refresh(false),
            Action::RefreshAll => self.refresh(true),
            _ => return false,
        }
        true
    }

    /// Enter on a subscription (its items are read from the store) or on a stored item (it
    /// loads, and is marked read); false for other rows.
    pub fn open_stored(&mut self) -> bool {
        let Some(row) = self.list().and_then(ListView::selected) else {
            return false;
        };
        match &row.target {
            Target::Subscription(feed) => {
                let id = feed.id;
                self.effects.push(Effect::OpenFeed(id));
            }
            Target::Stored { id, item, position } => {
                let job = Job::Stored {
                    id: *id,
                    item: item.clone(),
                    page: None,
                };
                self.reading = Some((*id, *position));
                self.set_read(true);
                self.start(job);
            }
            _ => return false,
        }
        true
    }

    fn toggle_read(&mut self) {
        match self.list().and_then(ListView::selected).map(|r| r.unread) {
            Some(Some(unread)) if self.stored_item().is_some() => self.set_read(unread),
            _ => {
                self.shell.message = Some("only a subscription's items have read marks".to_owned())
            }
        }
    }

    /// The selected row's stored item id and feed address.
    fn stored_item(&self) -> Option<(i64, Option<String>)> {
        match &self.list()?.selected()?.target {
            Target::Stored { id, item, .. } => Some((*id, item.feed.clone())),
            _ => None,
        }
    }

    /// Marks the selected stored item read or unread, in the list, in its feed's counts and
    /// (through the event loop) in the store.
    fn set_read(&mut self, read: bool) {
        let Some((id, feed_url)) = self.stored_item() else {
            return;
        };
        let Some(row) = self
            .lists
            .last_mut()
            .and_then(|l| l.rows.get_mut(l.cursor.selected))
        else {
            return;
        };
        if row.unread == Some(!read) {
            return;
        }
        row.unread = Some(!read);
        self.effects.push(Effect::MarkRead { item: id, read });
        self.count_feed(feed_url.as_deref(), |f| {
            f.unread = if read {
                f.unread.saturating_sub(1)
            } else {
                f.unread + 1
            };
        });
    }

    /// Changes the counts of the subscription at `url` in the subscriptions list.
    fn count_feed(&mut self, url: Option<&str>, change: impl Fn(&mut FeedRow)) {
        let Some(url) = url else { return };
        for row in self.lists.iter_mut().flat_map(|l| l.rows.iter_mut()) {
            if let Target::Subscription(feed) = &mut row.target
                && feed.url == url
            {
                change(feed);
                row.detail = counts(feed);
                row.unread = Some(feed.unread > 0);
            }
        }
    }

    /// Marks the feed read: the selected subscription, or the feed of the items shown.
    fn mark_feed_read(&mut self) {
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        let selected = list.rows.get(list.cursor.selected).map(|r| &r.target);
        let url = match selected {
            Some(Target::Subscription(feed)) => Some(feed.url.clone()),
            Some(Target::Stored { .. }) => list.source.clone(),
            _ => None,
        };
        let Some(url) = url else {
            self.shell.message = Some("only subscriptions have read marks".to_owned());
            return;
        };
        if let Some(Target::Stored { .. }) = selected {
            for row in &mut list.rows {
                row.unread = Some(false);
            }
        }
        let mut id = None;
        self.count_feed(Some(&url), |f| f.unread = 0);
        for row in self.lists.iter().flat_map(|l| l.rows.iter()) {
            if let Target::Subscription(feed) = &row.target
                && feed.url == url
            {
                id = Some(feed.id);
            }
        }
        if let Some(id) = id {
            self.effects.push(Effect::MarkFeedRead(id));
        }
    }

    /// Selects the next unread row after the selection (wrapping), or says there is none.
    fn next_unread(&mut self) {
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        let n = list.rows.len();
        let from = list.cursor.selected;
        let next = (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| list.rows.get(i).is_some_and(|r| r.unread == Some(true)));
        match next {
            Some(i) => list.cursor.selected = i,
            None => self.shell.message = Some("nothing unread".to_owned()),
        }
    }
}
