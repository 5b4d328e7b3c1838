//! `update(&mut State, &mut Shell, Action)`: every change to an open article's state, with
//! no terminal; the session's [`Shell`] it is given holds the screen, the message and the
//! help. What it needs done outside (quit, copy, open a link) it returns as an [`Effect`] for
//! the session.

use super::action::Action;
use super::links;
use super::nav;
use super::said;
use super::shell::Shell;
use super::state::{Effect, Focus, Overlay, State};

/// Applies `action` to `state` on the session's `shell` (a resize resizes the shell);
/// returns what the session or the event loop must do, if anything.
pub fn update(state: &mut State, shell: &mut Shell, action: Action) -> Option<Effect> {
    if let Action::Resize(w, h) = action {
        shell.screen = (w, h);
    }
    if !matches!(action, Action::Count(_) | Action::Resize(..) | Action::Tick) {
        shell.message = None;
        state.event = None;
    }
    if action == Action::Close && state.count.take().is_some() {
        return None;
    }
    let count = if action.takes_count() {
        state.count.take().unwrap_or(1).max(1)
    } else {
        if !matches!(action, Action::Count(_) | Action::Resize(..) | Action::Tick) {
            state.count = None;
        }
        1
    };
    let n = isize::try_from(count).unwrap_or(isize::MAX);
    let screen = shell.screen;
    if shell.help_action(&action, n) {
        state.sync(screen);
        return None;
    }
    if let Some(overlay) = state.overlay
        && let Some(effect) = overlay_action(state, shell, overlay, action.clone(), n)
    {
        state.sync(screen);
        return effect;
    }
    let mut effect = None;
    match action {
        Action::Quit | Action::Exit => return Some(Effect::Quit),
        Action::Redraw | Action::Suspend => effect = Effect::of_screen(&action),
        Action::Down => move_by(state, screen, n),
        Action::Up => move_by(state, screen, -n),
        Action::HalfPageDown => move_by(state, screen, n * half(state, screen)),
        Action::HalfPageUp => move_by(state, screen, -n * half(state, screen)),
        Action::PageDown => move_by(state, screen, n * page(state, screen)),
        Action::PageUp => move_by(state, screen, -n * page(state, screen)),
        Action::Top => jump_end(state, screen, false),
        Action::Bottom => jump_end(state, screen, true),
        Action::NextQuote => nav::quote(state, shell, n),
        Action::ToggleReported => nav::toggle_reported(state, shell),
        Action::Said => {
            let actor = (state.focus == Focus::Actors)
                .then(|| state.selected_actor())
                .flatten();
            said::open(state, actor);
        }
        Action::PrevQuote => nav::quote(state, shell, -n),
        Action::NextMention => nav::mention(state, shell, n),
        Action::PrevMention => nav::mention(state, shell, -n),
        Action::Search => nav::search_start(state),
        Action::SearchNext => nav::search_step(state, shell, n),
        Action::SearchPrev => nav::search_step(state, shell, -n),
        Action::SearchInput(c) => nav::search_edit(state, screen, Some(c)),
        Action::SearchBackspace => nav::search_edit(state, screen, None),
        Action::SearchCommit => nav::search_commit(state, shell),
        Action::SearchCancel => nav::search_cancel(state),
        Action::FocusNext => cycle_focus(state, true),
        Action::FocusPrev => cycle_focus(state, false),
        Action::Activate => nav::activate(state, shell),
        Action::Copy => effect = nav::copy(state, shell),
        Action::Links => links::open(state, shell),
        Action::ToggleRead
        | Action::MarkFeedRead
        | Action::NextUnread
        | Action::Refresh
        | Action::RefreshAll => {
            shell.message = Some("read marks are set in the subscription lists".into());
        }
        Action::Browse => effect = links::browse_article(state, shell),
        Action::Help => shell.help = Some(0),
        Action::Close => close(state),
        Action::ToggleSidebar => toggle_sidebar(state, screen),
        Action::ToggleTimeline => {
            state.flags.timeline = !state.flags.timeline;
            if !state.flags.timeline && state.focus == Focus::Timeline {
                state.focus = Focus::Actors;
            }
        }
        Action::Count(d) => {
            let c = state.count.unwrap_or(0);
            state.count = Some(c.saturating_mul(10).saturating_add(u32::from(d)).min(9999));
        }
        Action::Resize(..) => {
            state.sync(screen);
            return None;
        }
        Action::Tick => return None,
        Action::Wheel { column, row, down } => nav::wheel(state, screen, column, row, down),
        Action::Click { column, row } => nav::click(state, screen, column, row),
        // Background results are the session's.
        Action::Loaded { .. }
        | Action::FeedItems { .. }
        | Action::RefreshProgress { .. }
        | Action::Refreshed { .. }
        | Action::Failed(_) => {}
    }
    state.sync(screen);
    // What the user scrolled to is what a later resize keeps on screen.
    state.anchor = state.top_byte();
    effect
}

/// Actions while an overlay is open: `None` when the action is not the overlay's, else what
/// the action asks of the session.
fn overlay_action(
    state: &mut State,
    shell: &mut Shell,
    overlay: Overlay,
    action: Action,
    n: isize,
) -> Option<Option<Effect>> {
    match (overlay, &action) {
        (Overlay::Said, _) => said_action(state, shell, action, n).then_some(None),
        (Overlay::Links, Action::Exit | Action::Resize(..) | Action::Redraw | Action::Suspend) => {
            None
        }
        (Overlay::Links, _) => Some(links::action(state, shell, action, n)),
        (_, Action::Exit | Action::Resize(..) | Action::Redraw | Action::Suspend) => None,
        // The quote popup follows `]`/`[` and copies with `y`.
        (Overlay::Quote, Action::NextQuote | Action::PrevQuote | Action::Copy) => None,
        // `q` closes an overlay, as it leaves less's help, rather than the reader.
        (_, Action::Close | Action::Quit)
        | (Overlay::Quote, Action::Activate | Action::Click { .. }) => {
            state.overlay = None;
            Some(None)
        }
        (Overlay::Quote, _) => Some(None),
    }
}

/// Actions in the who-said-what list: move, filter, jump, close (`q` and Esc close the list,
/// not the reader).
fn said_action(state: &mut State, shell: &mut Shell, action: Action, n: isize) -> bool {
    match action {
        Action::Exit | Action::Resize(..) => return false,
        Action::Down => said::step(state, n),
        Action::Up => said::step(state, -n),
        Action::HalfPageDown | Action::PageDown => said::step(state, 10 * n),
        Action::HalfPageUp | Action::PageUp => said::step(state, -10 * n),
        Action::Top => said::step(state, isize::MIN / 2),
        Action::Bottom => said::step(state, isize::MAX / 2),
        Action::Wheel { down, .. } => said::step(state, if down { 3 } else { -3 }),
        Action::Activate => said::jump(state, shell),
        Action::Search => state.said.editing = true,
        Action::SearchInput(c) => said::edit(state, Some(c)),
        Action::SearchBackspace => said::edit(state, None),
        Action::SearchCommit => state.said.editing = false,
        Action::SearchCancel => {
            state.said.editing = false;
            state.said.filter.clear();
            state.said.selected = 0;
        }
        Action::Close if state.said.editing => state.said.editing = false,
        Action::Close | Action::Quit | Action::Said => state.overlay = None,
        _ => {}
    }
    true
}

/// Lines in half a page.
fn half(state: &State, screen: (u16, u16)) -> isize {
    isize::try_from(state.page_height(screen) / 2)
        .unwrap_or(1)
        .max(1)
}

/// Lines in a page, keeping two lines of context.
fn page(state: &State, screen: (u16, u16)) -> isize {
    isize::try_from(state.page_height(screen).saturating_sub(2))
        .unwrap_or(1)
        .max(1)
}

/// Scrolls the article or moves the selection of the focused list.
fn move_by(state: &mut State, screen: (u16, u16), delta: isize) {
    match state.focus {
        Focus::Article => state.scroll(delta, screen),
        Focus::Actors => {
            let before = state.actors.selected;
            state.actors.step(delta, state.analysis.actors.len());
            if state.actors.selected != before {
                state.mention = None;
            }
        }
        Focus::Timeline => state.timeline.step(delta, state.analysis.timeline.len()),
    }
}

/// `g` / `G`: the start or the end of the article or the focused list.
fn jump_end(state: &mut State, screen: (u16, u16), end: bool) {
    match (state.focus, end) {
        (Focus::Article, false) => state.top = Default::default(),
        (Focus::Article, true) => {
            state.top = state
                .flow
                .last_top(&state.document.text, state.page_height(screen));
        }
        (Focus::Actors, _) => {
            let last = state.analysis.actors.len().saturating_sub(1);
            state.actors.selected = if end { last } else { 0 };
            state.mention = None;
        }
        (Focus::Timeline, _) => {
            let last = state.analysis.timeline.len().saturating_sub(1);
            state.timeline.selected = if end { last } else { 0 };
        }
    }
}

/// Tab / Shift-Tab: Article → Actors → Timeline (when shown) → Article.
fn cycle_focus(state: &mut State, forward: bool) {
    let timeline = state.flags.timeline;
    let order: &[Focus] = if timeline {
        &[Focus::Article, Focus::Actors, Focus::Timeline]
    } else {
        &[Focus::Article, Focus::Actors]
    };
    let i = order.iter().position(|f| *f == state.focus).unwrap_or(0);
    let next = if forward {
        (i + 1) % order.len()
    } else {
        (i + order.len() - 1) % order.len()
    };
    state.focus = order[next];
}

/// `s`: the sidebar beside the article (wide screens) or over it (narrower ones).
fn toggle_sidebar(state: &mut State, screen: (u16, u16)) {
    let panes = state.panes(screen);
    if panes.mode == crate::layout::Mode::Wide {
        state.flags.sidebar_wide = !state.flags.sidebar_wide;
        if !state.flags.sidebar_wide {
            state.focus = Focus::Article;
        }
    } else {
        let shown = panes.sidebar.is_some();
        state.flags.sidebar_overlay = !shown;
        if shown {
            state.focus = Focus::Article;
        }
    }
}

/// Esc: close what is open, from the innermost.
fn close(state: &mut State) {
    if state.search.editing {
        nav::search_cancel(state);
    } else if !state.search.matches.is_empty() || !state.search.query.is_empty() {
        state.search = Default::default();
    } else if state.focus != Focus::Article {
        state.focus = Focus::Article;
    } else if state.quote.is_some() || state.mention.is_some() {
        state.quote = None;
        state.mention = None;
    }
}
