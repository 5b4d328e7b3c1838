//! The one typed [`Action`] enum: everything the reader can be asked to do.
//!
//! Bindable actions have a stable config name and a description (the keymap and the help
//! overlay are generated from them); the rest are produced by the input layer from text
//! entry, counts, the mouse and resizes.

/// Something the reader does in response to input or to work finished in the background. A
/// bindable action's config name is its snake-case variant name unless given.
#[derive(Debug, Clone, PartialEq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// Leave the reader; from an article opened from a list, go back to the list (and from a
    /// list opened from a folder, back to the folder).
    Quit,
    /// Leave the reader at once, from anywhere.
    Exit,
    /// Scroll down a line, or select the next item of a list.
    Down,
    /// Scroll up a line, or select the previous item of a list.
    Up,
    /// Scroll down half a page.
    HalfPageDown,
    /// Scroll up half a page.
    HalfPageUp,
    /// Scroll down a page.
    PageDown,
    /// Scroll up a page.
    PageUp,
    /// Go to the beginning.
    Top,
    /// Go to the end.
    Bottom,
    /// Focus the next quote.
    NextQuote,
    /// Focus the previous quote.
    PrevQuote,
    /// Include reported statements in `]`/`[` or not.
    ToggleReported,
    /// Open the who-said-what list (from the actors pane: the selected actor's statements).
    #[strum(serialize = "who_said_what")]
    Said,
    /// Go to the next mention of the selected actor.
    NextMention,
    /// Go to the previous mention of the selected actor.
    PrevMention,
    /// Start an incremental search.
    Search,
    /// Go to the next search match.
    SearchNext,
    /// Go to the previous search match.
    SearchPrev,
    /// Move the focus Article → Actors → Timeline.
    FocusNext,
    /// Move the focus backwards.
    FocusPrev,
    /// Act on the selection: open a list item, open the focused quote, jump to an actor or
    /// an event.
    Activate,
    /// Copy the focused quote with its attribution (OSC 52).
    Copy,
    /// List the article's links.
    Links,
    /// Open the article (or the selected link or list item) in the web browser.
    #[strum(serialize = "open_in_browser")]
    Browse,
    /// In a subscription's items: mark the selected item read or unread.
    ToggleRead,
    /// In the subscriptions or a subscription's items: mark the whole feed read.
    MarkFeedRead,
    /// In the subscriptions or a subscription's items: go to the next unread one.
    NextUnread,
    /// In the subscriptions: fetch the selected feed (or the one whose items are shown) again.
    Refresh,
    /// In the subscriptions: fetch every feed again.
    RefreshAll,
    /// Show or hide the help overlay.
    Help,
    /// Close the overlay, cancel a count or clear the search, cancel a load; with nothing to
    /// close, go back to the list.
    Close,
    /// Show or hide the sidebar.
    ToggleSidebar,
    /// Show or hide the timeline in the sidebar.
    ToggleTimeline,
    /// Clear the terminal and paint the screen again.
    Redraw,
    /// Suspend the reader (the shell's `fg` resumes it).
    Suspend,
    /// A digit of a count prefix (`3]`).
    Count(u8),
    /// A character typed into the search prompt.
    SearchInput(char),
    /// Delete the last character of the search prompt.
    SearchBackspace,
    /// Accept the search and leave the prompt.
    SearchCommit,
    /// Leave the prompt and go back to where the search started.
    SearchCancel,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// Time passed while something loads (moves the progress spinner).
    Tick,
    /// The mouse wheel turned over the cell at `column`, `row`.
    Wheel {
        /// Screen column of the pointer.
        column: u16,
        /// Screen row of the pointer.
        row: u16,
        /// Whether the wheel turned towards the end.
        down: bool,
    },
    /// A left click on the cell at `column`, `row`.
    Click {
        /// Screen column of the pointer.
        column: u16,
        /// Screen row of the pointer.
        row: u16,
    },
    /// A background load finished: the article, analysed, or why it could not be read.
    Loaded {
        /// The ticket of the load ([`super::state::Effect::Load`]).
        ticket: u64,
        /// The article, or the error's message.
        result: Result<Box<Opened>, String>,
    },
    /// The store read the items of the subscribed feed `feed`.
    FeedItems {
        /// The feed's id in the store.
        feed: i64,
        /// Its items, newest first.
        items: Vec<ItemRow>,
    },
    /// A refresh of subscriptions finished `done` feeds, `errors` of them failed.
    RefreshProgress {
        /// Feeds finished.
        done: usize,
        /// Feeds that failed.
        errors: usize,
    },
    /// A refresh of subscriptions is over.
    Refreshed {
        /// The subscribed feeds as stored now, or why they could not be read.
        feeds: Result<Vec<FeedRow>, String>,
        /// New items in all.
        new: usize,
        /// Why the refresh could not run, if it could not.
        error: Option<String>,
    },
    /// Work for the terminal or the store failed: show why in the status line.
    Failed(String),
}

use super::list::Opened;
use crate::store::{FeedRow, ItemRow};

impl Action {
    /// Every action that can be bound to keys, in the order the help overlay lists them.
    pub const BINDABLE: [Action; 36] = [
        Action::Down,
        Action::Up,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::NextQuote,
        Action::PrevQuote,
        Action::ToggleReported,
        Action::Said,
        Action::NextMention,
        Action::PrevMention,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrev,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Activate,
        Action::Copy,
        Action::Links,
        Action::Browse,
        Action::ToggleRead,
        Action::MarkFeedRead,
        Action::NextUnread,
        Action::Refresh,
        Action::RefreshAll,
        Action::ToggleSidebar,
        Action::ToggleTimeline,
        Action::Help,
        Action::Redraw,
        Action::Suspend,
        Action::Close,
        Action::Quit,
        Action::Exit,
    ];

    /// The config name of a bindable action (`next_quote`), `None` for the others.
    pub fn name(&self) -> Option<&'static str> {
        Action::BINDABLE.contains(self).then(|| self.into())
    }

    /// The bindable action called `name` in a config file.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::BINDABLE
            .into_iter()
            .find(|a| a.name() == Some(name))
    }

    /// What the action does, for the help overlay.
    pub fn description(&self) -> &'static str {
        match self {
            Action::Quit => "quit · from an article: back to the list",
            Action::Exit => "quit at once, from anywhere",
            Action::Down => "scroll down a line · next item in a list",
            Action::Up => "scroll up a line · previous item in a list",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::Top => "go to the top",
            Action::Bottom => "go to the end",
            Action::NextQuote => "next quote",
            Action::PrevQuote => "previous quote",
            Action::ToggleReported => "]/[ visit reported speech too, or quotes only",
            Action::Said => "who said what (on an actor: what they said); / filters",
            Action::NextMention => "next mention of the selected actor",
            Action::PrevMention => "previous mention of the selected actor",
            Action::Search => "search (incremental; Enter keeps, Esc cancels)",
            Action::SearchNext => "next search match",
            Action::SearchPrev => "previous search match",
            Action::FocusNext => "focus Article → Actors → Timeline",
            Action::FocusPrev => "focus the previous pane",
            Action::Activate => "open the item · quote details · jump to the actor or event",
            Action::Copy => "copy the focused quote (OSC 52)",
            Action::Links => "the article's links (Enter reads one here, o in the browser)",
            Action::Browse => "open the article, link or item in the web browser",
            Action::ToggleRead => "in a subscription: mark the item read or unread",
            Action::MarkFeedRead => "in the subscriptions: mark the whole feed read",
            Action::NextUnread => "in the subscriptions: the next unread item or feed",
            Action::Refresh => "in the subscriptions: fetch this feed again",
            Action::RefreshAll => "in the subscriptions: fetch every feed again",
            Action::Help => "this help (q or Esc closes it)",
            Action::Close => "close the overlay · clear count and search · back to the list",
            Action::ToggleSidebar => "show or hide the sidebar",
            Action::ToggleTimeline => "show or hide the timeline",
            Action::Redraw => "repaint the screen",
            Action::Suspend => "suspend (fg resumes)",
            Action::Count(_) => "count prefix",
            Action::SearchInput(_) => "type into the search",
            Action::SearchBackspace => "delete a search character",
            Action::SearchCommit => "keep the search",
            Action::SearchCancel => "cancel the search",
            Action::Resize(..) => "resize",
            Action::Tick => "move the progress spinner",
            Action::Wheel { .. } => "scroll the pane under the pointer",
            Action::Click { .. } => "select what is under the pointer; a selected row opens",
            Action::Loaded { .. } => "an article loaded in the background opens",
            Action::FeedItems { .. } => "a subscription's stored items open",
            Action::RefreshProgress { .. } => "a refresh moves on",
            Action::Refreshed { .. } => "a refresh ends",
            Action::Failed(_) => "an error is shown",
        }
    }

    /// Whether a count prefix repeats or scales the action.
    pub fn takes_count(&self) -> bool {
        matches!(
            self,
            Action::Down
                | Action::Up
                | Action::HalfPageDown
                | Action::HalfPageUp
                | Action::PageDown
                | Action::PageUp
                | Action::NextQuote
                | Action::PrevQuote
                | Action::NextMention
                | Action::PrevMention
                | Action::SearchNext
                | Action::SearchPrev
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for action in Action::BINDABLE {
            let name = action.name().unwrap();
            assert_eq!(Action::from_name(name), Some(action.clone()), "{name}");
            assert!(!action.description().is_empty());
        }
        assert_eq!(Action::from_name("count"), None);
        assert_eq!(Action::Count(3).name(), None);
    }
}
