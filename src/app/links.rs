//! The article's links: a list over the article (`L`), a link read in the reader (Enter) or
//! opened in the web browser (`o`), and `o` on the article itself.

use super::action::Action;
use super::shell::Shell;
use super::state::{Effect, Overlay, State};
use crate::document::is_web_address;

/// `L`: opens the links list, or says there is none.
pub fn open(state: &mut State, shell: &mut Shell) {
    if state.document.links.is_empty() {
        shell.message = Some("no links in this article".into());
        return;
    }
    state.link = state.link.min(state.document.links.len() - 1);
    state.overlay = Some(Overlay::Links);
}

/// `o` on the article: its own address in the browser.
pub fn browse_article(state: &mut State, shell: &mut Shell) -> Option<Effect> {
    match state.document.source.clone().filter(|s| is_web_address(s)) {
        Some(url) => Some(browse(shell, url)),
        None => {
            shell.message = Some("this article has no web address".into());
            None
        }
    }
}

/// Actions in the links list: move, read a link here, open it in the browser, close.
pub fn action(state: &mut State, shell: &mut Shell, action: Action, n: isize) -> Option<Effect> {
    let count = state.document.links.len();
    let step = |state: &mut State, by: isize| {
        let last = count.saturating_sub(1);
        state.link = state.link.saturating_add_signed(by).min(last);
    };
    match action {
        Action::Down => step(state, n),
        Action::Up => step(state, -n),
        Action::HalfPageDown | Action::PageDown => step(state, 10 * n),
        Action::HalfPageUp | Action::PageUp => step(state, -10 * n),
        Action::Top => state.link = 0,
        Action::Bottom => state.link = count.saturating_sub(1),
        Action::Wheel { down, .. } => step(state, if down { 3 } else { -3 }),
        Action::Close | Action::Quit | Action::Links => state.overlay = None,
        Action::Activate => {
            let url = selected(state)?;
            if is_web_address(&url) {
                state.overlay = None;
                return Some(Effect::Follow(url));
            }
            shell.message = Some(format!("not a web address: {url}"));
        }
        Action::Browse => return selected(state).map(|url| browse(shell, url)),
        _ => {}
    }
    None
}

fn selected(state: &State) -> Option<String> {
    state.document.links.get(state.link).map(|l| l.url.clone())
}

fn browse(shell: &mut Shell, url: String) -> Effect {
    shell.message = Some(format!("opening in the browser: {url}"));
    Effect::Browse(url)
}
