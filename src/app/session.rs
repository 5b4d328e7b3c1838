//! A reading session: the lists a feed or folder opened (a folder's feed stacks its list on
//! the folder's), the article open over them, a load in progress, and the actions on lists.
//!
//! [`Session::update`] is the reader's one entry point: every key, mouse event, resize and
//! background result arrives there as an [`Action`]; the article's own actions go on to
//! [`super::update()`], with the session's [`Shell`] (the screen, the status message, the
//! help) lent to it. Nothing here touches the terminal, files or the network: opening an
//! article (loading a feed item, analysing a text) becomes an [`Effect::Load`] for the event
//! loop to run in the background, whose result comes back as [`Action::Loaded`].

use super::action::Action;
use super::config::Config;
use super::list::{Job, ListView, Opened, Target};
use super::shell::Shell;
use super::state::{Effect, State};
use super::update::update;
use crate::document::{LoadOptions, MAX_ITEMS, Source};

/// Rows above the first list row: the header and the list's top border.
pub const LIST_TOP: u16 = 2;
/// Rows below the last list row: the list's bottom border and the status line.
const LIST_BOTTOM: u16 = 2;

/// An article being loaded and analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loading {
    /// Tells this load's result from one that was cancelled or replaced.
    pub ticket: u64,
    /// The address or path being loaded.
    pub name: String,
    /// The spinner's frame.
    pub frame: usize,
}

/// Everything the reader shows: lists, an article, and what is loading.
#[derive(Debug)]
pub struct Session {
    /// The lists, the one shown last; empty when the input was one article.
    pub lists: Vec<ListView>,
    /// The article being read, over the lists.
    pub article: Option<Box<State>>,
    /// The articles read before it, whose links were followed (`q` goes back to the last).
    pub history: Vec<Box<State>>,
    /// The stored item the article was opened from, and where reading it stopped before.
    pub reading: Option<(i64, usize)>,
    /// A refresh of subscriptions in progress.
    pub refreshing: Option<crate::app::stored::Progress>,
    /// The screen, the key bindings and styles, the status message and the help overlay,
    /// whatever is shown.
    pub shell: Shell,
    /// How items are loaded.
    pub options: LoadOptions,
    /// The item being fetched.
    pub loading: Option<Loading>,
    /// The last ticket handed out.
    pub tickets: u64,
    /// Whether the reader should exit.
    pub quit: bool,
    /// Why the session ended before it could show anything (its one article failed).
    pub failed: Option<String>,
    /// Work for the event loop (loads), taken by it.
    pub effects: Vec<Effect>,
}

impl Session {
    /// A session on `source`: its article (analysed in the background), or the list of its
    /// items or files.
    pub fn new(source: Source, config: Config, options: LoadOptions, size: (u16, u16)) -> Session {
        let mut session = Session::blank(config, options, size);
        match source {
            Source::Article(loaded) => session.start(Job::Analyze(Box::new(loaded))),
            Source::Feed(feed) => {
                if feed.dropped > 0 {
                    session.shell.message = Some(format!(
                        "showing the feed's first {MAX_ITEMS} items; {} more not read",
                        feed.dropped
                    ));
                }
                session.lists.push(ListView::feed(feed));
            }
            Source::Folder(folder) => {
                let skipped = &folder.skipped;
                if let Some(first) = skipped.first() {
                    session.shell.message = Some(match skipped.len() {
                        1 => format!("skipped: {first}"),
                        n => format!("{n} files skipped; the first: {first}"),
                    });
                }
                session.lists.push(ListView::folder(folder));
            }
        }
        session.sync();
        session
    }

    /// A session showing nothing yet.
    pub(super) fn blank(config: Config, options: LoadOptions, size: (u16, u16)) -> Session {
        Session {
            lists: Vec::new(),
            article: None,
            history: Vec::new(),
            reading: None,
            refreshing: None,
            shell: Shell::new(config, size),
            options,
            loading: None,
            tickets: 0,
            quit: false,
            failed: None,
            effects: Vec::new(),
        }
    }

    /// The list shown when no article is open.
    pub fn list(&self) -> Option<&ListView> {
        self.lists.last()
    }

    /// Rows of list items on screen.
    pub fn list_height(&self) -> usize {
        usize::from(self.shell.screen.1.saturating_sub(LIST_TOP + LIST_BOTTOM)).max(1)
    }

    /// Applies `action`: a background result to the session, anything else to the article if
    /// one is open, else to the list.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Loaded { ticket, result } => return self.loaded(ticket, result),
            Action::FeedItems { feed, items } => return self.feed_items(feed, items),
            Action::RefreshProgress { done, errors } => {
                return self.refresh_progress(done, errors);
            }
            Action::Refreshed { feeds, new, error } => return self.refreshed(feeds, new, error),
            Action::Failed(message) => return self.notify(message),
            _ => {}
        }
        if let Some(article) = self.article.as_deref_mut() {
            let from_list = !self.lists.is_empty();
            // Nothing over the article: no help, no overlay of its own.
            let bare = self.shell.help.is_none() && article.overlay.is_none();
            let at_rest = bare && article.at_rest();
            let back = at_rest || bare && action == Action::Quit;
            let effect = match action {
                Action::Close if self.loading.is_some() && at_rest => {
                    self.loading = None;
                    self.shell.message = Some("loading cancelled".to_owned());
                    None
                }
                Action::Quit | Action::Close if back && !self.history.is_empty() => {
                    self.article = self.history.pop();
                    // It was laid out for the screen it was left on.
                    if let Some(previous) = self.article.as_deref_mut() {
                        previous.sync(self.shell.screen);
                    }
                    self.shell.message = None;
                    None
                }
                Action::Quit if from_list && bare => {
                    self.close_article();
                    None
                }
                Action::Close if from_list && at_rest => {
                    self.close_article();
                    None
                }
                _ => update(article, &mut self.shell, action),
            };
            match effect {
                Some(Effect::Quit) => self.quit = true,
                Some(Effect::Follow(url)) => self.follow(url),
                Some(other) => self.effects.push(other),
                None => {}
            }
            self.sync();
            return;
        }
        match action {
            Action::Resize(w, h) => self.shell.screen = (w, h),
            Action::Tick => {}
            _ => self.shell.message = None,
        }
        if !self.shell.help_action(&action, 1) {
            self.list_action(action);
        }
        self.sync();
    }

    /// The result of the load with `ticket`: the article opens, or the error shows in the
    /// status line (or, with no list to go back to, ends the session). A result nobody waits
    /// for any more (cancelled, replaced) is dropped.
    fn loaded(&mut self, ticket: u64, result: Result<Box<Opened>, String>) {
        if self.loading.as_ref().is_none_or(|l| l.ticket != ticket) {
            return;
        }
        self.loading = None;
        if result.is_err() && self.article.is_none() {
            self.reading = None;
        }
        match result {
            Ok(opened) => self.open_article(*opened),
            Err(error) if self.article.is_none() && self.lists.is_empty() => {
                self.failed = Some(error);
                self.quit = true;
            }
            Err(error) => self.notify(error),
        }
    }

    /// Shows `text` in the status line of what is on screen.
    pub(super) fn notify(&mut self, text: String) {
        self.shell.message = Some(text);
    }

    /// Hands `job` to the event loop and shows a spinner until its result arrives.
    pub(super) fn start(&mut self, job: Job) {
        self.tickets += 1;
        self.loading = Some(Loading {
            ticket: self.tickets,
            name: job.name(),
            frame: 0,
        });
        self.effects.push(Effect::Load {
            ticket: self.tickets,
            job,
        });
    }

    fn list_action(&mut self, action: Action) {
        let nested = self.lists.len() > 1;
        match action {
            Action::Exit => self.quit = true,
            Action::Redraw | Action::Suspend => self.effects.extend(Effect::of_screen(&action)),
            Action::Quit if nested => self.back(),
            Action::Quit => self.quit = true,
            // With nothing under the load (the reader's one article), cancelling quits.
            Action::Close if self.lists.is_empty() => self.quit = true,
            Action::Close if self.loading.is_some() => {
                self.loading = None;
                self.shell.message = Some("loading cancelled".to_owned());
            }
            Action::Close if nested => self.back(),
            Action::Click { row, .. } => self.click(row),
            Action::Activate => self.open_selected(),
            Action::Browse => self.browse_selected(),
            Action::Help if !self.lists.is_empty() => self.shell.help = Some(0),
            Action::Tick => {
                if let Some(loading) = &mut self.loading {
                    loading.frame = loading.frame.wrapping_add(1);
                }
            }
            _ if self.mark_action(&action) => {}
            _ => self.move_selection(action),
        }
    }

    /// Enter on a row: a feed in a folder opens its list; an article or a feed item is loaded
    /// (fetched if it has only a link) and analysed by the event loop, then opens.
    fn open_selected(&mut self) {
        if self.open_stored() {
            return;
        }
        let Some(row) = self.list().and_then(ListView::selected) else {
            return;
        };
        let job = match &row.target {
            Target::Article(loaded) => Job::Analyze(loaded.clone()),
            Target::Feed(feed) => {
                let list = ListView::feed(feed.clone());
                self.lists.push(list);
                self.loading = None;
                return;
            }
            Target::Item(item) => Job::Item(item.clone()),
            Target::Subscription(_) | Target::Stored { .. } => return,
        };
        self.start(job);
    }

    /// Reads `url` (a link in the article) in the background; the article it opens goes over
    /// the one shown, which `q` comes back to.
    fn follow(&mut self, url: String) {
        self.shell.message = Some(format!("opening {url} … (Esc cancels)"));
        self.start(Job::Url(url));
    }

    /// `o` on a row: the item's link in the web browser.
    fn browse_selected(&mut self) {
        let link = self
            .list()
            .and_then(ListView::selected)
            .and_then(|row| match &row.target {
                Target::Item(item) => item.link.clone(),
                Target::Article(loaded) => loaded.document.source.clone(),
                Target::Feed(feed) => feed.source.clone(),
                Target::Subscription(feed) => Some(feed.url.clone()),
                Target::Stored { item, .. } => item.link.clone(),
            });
        match link.filter(|l| crate::document::is_web_address(l)) {
            Some(url) => {
                self.shell.message = Some(format!("opening in the browser: {url}"));
                self.effects.push(Effect::Browse(url));
            }
            None => self.shell.message = Some("this row has no web address".to_owned()),
        }
    }

    /// Back from the article to the list, keeping where reading a stored item stopped.
    fn close_article(&mut self) {
        if let Some(article) = self.article.take() {
            self.leave_stored(article.top_byte());
        }
        self.shell.message = None;
    }

    fn open_article(&mut self, opened: Opened) {
        let followed = self.article.is_some();
        if let Some(previous) = self.article.take() {
            self.history.push(previous);
        }
        let Opened {
            loaded,
            analysis,
            fetched,
        } = opened;
        if let (Some(page), Some((item, _))) = (fetched, self.reading) {
            self.effects.push(Effect::SavePage {
                item,
                page: Box::new(page),
            });
        }
        let screen = self.shell.screen;
        let mut state = State::new(loaded.document, analysis, screen);
        self.shell.message = loaded.warning;
        // The help over a list is the list's: the article opens without it.
        self.shell.help = None;
        if let Some((_, byte)) = self.reading.filter(|&(_, b)| b > 0 && !followed) {
            state.resume_at(byte, screen);
        }
        self.article = Some(Box::new(state));
    }

    /// Keeps the selection of the shown list on screen.
    pub(super) fn sync(&mut self) {
        let height = self.list_height();
        if let Some(list) = self.lists.last_mut() {
            list.cursor.keep_visible(list.rows.len(), height, 1);
        }
    }
}

mod navigate;
#[cfg(test)]
mod tests;
