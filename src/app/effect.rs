//! [`Effect`]: what `update` asks of the event loop (the terminal, the store, threads).

use super::action::Action;
use super::list::Job;

/// Something for the terminal to do that `update` cannot do itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// End the reader (the session's to decide: from an article opened from a list, `q` goes
    /// back to the list instead).
    Quit,
    /// Put this text on the clipboard (OSC 52).
    Copy(String),
    /// Clear the terminal and paint the screen again (`Ctrl-l`).
    Redraw,
    /// Give the terminal back and stop the process until the shell resumes it (`Ctrl-z`).
    Suspend,
    /// Read this web address in the reader, over the article (a link followed).
    Follow(String),
    /// Open this address in the web browser, without waiting for it.
    Browse(String),
    /// Read the stored items of the subscribed feed with this id, and hand them back as
    /// [`Action::FeedItems`].
    OpenFeed(i64),
    /// Mark the stored item with this id read or unread.
    MarkRead {
        /// The item's id in the store.
        item: i64,
        /// Read (true) or unread.
        read: bool,
    },
    /// Mark every item of the subscribed feed with this id read.
    MarkFeedRead(i64),
    /// Fetch these subscribed feeds again in the background, reporting progress as
    /// [`Action::RefreshProgress`] and the end as [`Action::Refreshed`].
    Refresh(Vec<crate::store::FeedJob>),
    /// Keep the page fetched for the stored item with this id.
    SavePage {
        /// The item's id in the store.
        item: i64,
        /// The page as the server sent it.
        page: Box<crate::document::Page>,
    },
    /// Remember where reading the stored item with this id stopped.
    SavePosition {
        /// The item's id in the store.
        item: i64,
        /// The first byte on screen.
        byte: usize,
    },
    /// Run this job on a background thread and hand the result back as [`Action::Loaded`].
    Load {
        /// Names the load when its result comes back.
        ticket: u64,
        /// What to load and analyse.
        job: Job,
    },
}

impl Effect {
    /// What the terminal does for a screen action (`Redraw`, `Suspend`), if it is one.
    pub fn of_screen(action: &Action) -> Option<Effect> {
        match action {
            Action::Redraw => Some(Effect::Redraw),
            Action::Suspend => Some(Effect::Suspend),
            _ => None,
        }
    }
}
