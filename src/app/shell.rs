//! [`Shell`]: what the reader shows around whatever is open (a list or an article): the
//! screen's size, the key bindings and styles, the status line's message and the help
//! overlay. The session owns the one copy; an article's `update` and the views borrow it.

use super::action::Action;
use super::config::Config;
use super::keymap::Keymap;

/// The reader's screen, bindings, message and help, shared by the lists and the article.
#[derive(Debug)]
pub struct Shell {
    /// Key bindings and styles.
    pub config: Config,
    /// Terminal columns and rows.
    pub screen: (u16, u16),
    /// A message for the status line, until the next action.
    pub message: Option<String>,
    /// The help overlay, scrolled by this many lines.
    pub help: Option<usize>,
}

impl Shell {
    /// A shell for a `size` screen, with no message and the help closed.
    pub fn new(config: Config, size: (u16, u16)) -> Shell {
        Shell {
            config,
            screen: size,
            message: None,
            help: None,
        }
    }

    /// Applies `action` to the help overlay when it is open (repeated `n` times): scrolling
    /// it, or closing it on `?`, Esc or `q` (which leave the help, as in less, not the
    /// reader). Returns whether the action was the help's: quitting, redrawing, suspending
    /// and resizing are the caller's (a resize also keeps the scroll within the new height).
    pub fn help_action(&mut self, action: &Action, n: isize) -> bool {
        let Some(scroll) = self.help else {
            return false;
        };
        match action {
            Action::Exit | Action::Redraw | Action::Suspend => return false,
            Action::Help | Action::Close | Action::Quit => self.help = None,
            _ => {
                let height = self.screen.1;
                let scroll = help_scroll(&self.config.keymap, height, scroll, action, n);
                self.help = Some(scroll);
            }
        }
        !matches!(action, Action::Resize(..))
    }
}

/// Where the help overlay scrolls to from `scroll` for `action` (repeated `n` times): lines,
/// pages of ten lines, the wheel, the top and the end.
fn help_scroll(keymap: &Keymap, height: u16, scroll: usize, action: &Action, n: isize) -> usize {
    let delta = match action {
        Action::Down => n,
        Action::Up => -n,
        Action::HalfPageDown | Action::PageDown => 10 * n,
        Action::HalfPageUp | Action::PageUp => -10 * n,
        Action::Wheel { down, .. } => {
            if *down {
                3
            } else {
                -3
            }
        }
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => 0,
    };
    let max = keymap.help_max_scroll(height);
    scroll.saturating_add_signed(delta).min(max)
}
