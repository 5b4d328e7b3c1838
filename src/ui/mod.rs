//! Views: each pane renders from a borrow of the article's [`State`] and of the session's
//! [`Shell`] (the screen, the message, the help, the styles), and changes nothing.
//!
//! [`draw`] draws the session: the article if one is open, else the list of a feed or folder.
//! [`render`] draws a whole article frame: header, article, sidebar (Actors above Timeline),
//! status line, and the overlays (help, quote details) on top.

pub mod actors;
pub mod article;
pub mod header;
pub mod help;
pub mod links;
pub mod list;
pub mod popup;
pub mod said;
pub mod status;
pub mod timeline;

pub use crate::layout::wrap::truncate;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear};

use crate::app::state::{Overlay, State};
use crate::app::{Session, Shell};
use crate::layout::Mode;
use crate::theme::{Role, Theme};

/// Draws the whole screen for `session`: its article, its list, or the progress of the
/// article it opens.
pub fn draw(frame: &mut Frame<'_>, session: &Session) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    if let Some(article) = &session.article {
        render(frame, article, &session.shell);
    } else if let Some(list) = session.list() {
        list::render(frame, session, list, area);
    } else if session.loading.is_some() {
        list::render_loading(frame, session, area);
    }
}

/// Draws the whole screen for the article `state` in the session's `shell` (its screen, its
/// message, its help).
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let panes = state.panes(shell.screen);
    let clip = |r: Rect| r.intersection(area);
    if let Some(header) = panes.header {
        header::render(frame, state, shell, clip(header));
    }
    article::render(frame, state, shell, &panes);
    if let Some(sidebar) = panes.sidebar
        && panes.mode != Mode::Wide
    {
        frame.render_widget(Clear, clip(sidebar));
    }
    if let Some(a) = panes.actors {
        actors::render(frame, state, shell, clip(a));
    }
    if let Some(t) = panes.timeline {
        timeline::render(frame, state, shell, clip(t));
    }
    status::render(frame, state, shell, clip(panes.status));
    match state.overlay {
        Some(Overlay::Quote) => popup::render(frame, state, shell, area),
        Some(Overlay::Said) => said::render(frame, state, shell, area),
        Some(Overlay::Links) => links::render(frame, state, shell, area),
        None => {}
    }
    if let Some(scroll) = shell.help {
        help::render(frame, &shell.config, area, scroll);
    }
}

/// The border of a pane titled `title`, highlighted when the pane has the focus.
fn pane_block<'a>(theme: &Theme, title: String, focused: bool) -> Block<'a> {
    let role = if focused {
        Role::BorderFocused
    } else {
        Role::Border
    };
    Block::bordered()
        .title(title)
        .border_style(theme.style(role))
}

#[cfg(test)]
mod tests;
