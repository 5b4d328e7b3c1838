//! The one place where terminal input becomes [`Action`]s.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::keymap::{Key, Keymap};
use super::session::Session;
use super::state::{Overlay, State};

/// The action for a terminal event, if any: text entry while the search prompt is open,
/// count digits, then `keymap`; the mouse; resizes.
pub fn action_for(state: &State, keymap: &Keymap, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(state, keymap, key),
        Event::Mouse(mouse) => mouse_action(mouse),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// The action for a terminal event in `session`: the article's input when an article is open;
/// on a list, the keymap (lists take no counts), the mouse and resizes.
pub fn session_action(session: &Session, event: &Event) -> Option<Action> {
    let keymap = &session.shell.config.keymap;
    if let Some(article) = &session.article {
        return action_for(article, keymap, event);
    }
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => keymap.action(Key::from_event(key)),
        Event::Mouse(mouse) => mouse_action(mouse),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// The action for a key press: while the search prompt is open, text for the prompt
/// (and quit); else count digits, then `keymap`.
pub fn key_action(state: &State, keymap: &Keymap, key: &KeyEvent) -> Option<Action> {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let said_filter = state.overlay == Some(Overlay::Said) && state.said.editing;
    if state.search.editing || said_filter {
        return match key.code {
            KeyCode::Esc => Some(Action::SearchCancel),
            KeyCode::Enter => Some(Action::SearchCommit),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char(c) if plain && !c.is_control() => Some(Action::SearchInput(c)),
            // Quitting (Ctrl-c) still works from the prompt; other bindings do not apply there.
            _ => keymap
                .action(Key::from_event(key))
                .filter(|a| matches!(a, Action::Quit | Action::Exit)),
        };
    }
    if let KeyCode::Char(c @ '0'..='9') = key.code {
        let digit = u8::try_from(u32::from(c) - u32::from('0')).unwrap_or(0);
        if plain && (digit > 0 || state.count.is_some()) {
            return Some(Action::Count(digit));
        }
    }
    keymap.action(Key::from_event(key))
}

/// The action for a mouse event: the wheel and the left button.
pub fn mouse_action(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Wheel {
            column,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::Wheel {
            column,
            row,
            down: false,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        _ => None,
    }
}
