//! Key bindings as data: key names parsed from TOML, a lookup from key to [`Action`], and the
//! reverse lookup the help overlay is generated from.

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// A key with its modifiers, normalised so that `G` and `shift-g` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and Alt (Shift is folded into characters and `BackTab`).
    pub modifiers: KeyModifiers,
}

impl Key {
    /// A key from its code and modifiers, normalised.
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        let code = match code {
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            // Terminals send Ctrl-letters in either case; Ctrl-D is Ctrl-d.
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        let modifiers = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        Key { code, modifiers }
    }

    /// The key of a terminal key event.
    pub fn from_event(event: &KeyEvent) -> Key {
        Key::new(event.code, event.modifiers)
    }

    /// Parses a key name: `j`, `G`, `?`, `ctrl-d`, `shift-tab`, `space`, `pagedown`, `f1` …
    pub fn parse(spec: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = spec;
        let mut shift = false;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, flag) = if lower.starts_with("ctrl-") {
                ("ctrl-", Some(KeyModifiers::CONTROL))
            } else if lower.starts_with("alt-") {
                ("alt-", Some(KeyModifiers::ALT))
            } else if lower.starts_with("shift-") {
                ("shift-", None)
            } else {
                break;
            };
            if rest.len() == prefix.len() {
                break;
            }
            match flag {
                Some(m) => modifiers |= m,
                None => shift = true,
            }
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() && c != ' ' => {
                KeyCode::Char(if shift { c.to_ascii_uppercase() } else { c })
            }
            _ => named(&rest.to_ascii_lowercase(), shift)
                .ok_or_else(|| format!("'{spec}' is not a key name"))?,
        };
        Ok(Key::new(code, modifiers))
    }
}

/// Named keys; `shift` turns `tab` into `BackTab`.
fn named(name: &str, shift: bool) -> Option<KeyCode> {
    Some(match name {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" if shift => KeyCode::BackTab,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "insert" | "ins" => KeyCode::Insert,
        "delete" | "del" => KeyCode::Delete,
        _ => {
            let n: u8 = name.strip_prefix('f')?.parse().ok()?;
            if !(1..=24).contains(&n) {
                return None;
            }
            KeyCode::F(n)
        }
    })
}

impl fmt::Display for Key {
    /// How the help overlay shows the key: `Ctrl-d`, `↓`, `Space`, `Shift-Tab`, `G`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Insert => f.write_str("Insert"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Key bindings: key → action, and action → keys for the help.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    by_key: HashMap<Key, Action>,
    /// Bindings in the order they were given, per action.
    by_action: Vec<(Action, Vec<Key>)>,
}

impl Keymap {
    /// Binds `keys` to `action`, replacing the action's previous keys and taking the keys
    /// from whatever action had them.
    pub fn bind(&mut self, action: Action, keys: Vec<Key>) {
        for (_, bound) in &mut self.by_action {
            bound.retain(|k| !keys.contains(k));
        }
        match self.by_action.iter_mut().find(|(a, _)| *a == action) {
            Some((_, bound)) => bound.clone_from(&keys),
            None => self.by_action.push((action, keys)),
        }
        self.by_key = self
            .by_action
            .iter()
            .flat_map(|(a, keys)| keys.iter().map(move |k| (*k, a.clone())))
            .collect();
    }

    /// The action bound to `key`.
    pub fn action(&self, key: Key) -> Option<Action> {
        self.by_key.get(&key).cloned()
    }

    /// The keys bound to `action`, in the order they were given.
    pub fn keys(&self, action: Action) -> &[Key] {
        self.by_action
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, keys)| keys.as_slice())
    }

    /// Every binding, in [`Action::BINDABLE`] order.
    pub fn bindings(&self) -> impl Iterator<Item = (Key, Action)> + '_ {
        Action::BINDABLE
            .into_iter()
            .flat_map(|a| self.keys(a.clone()).iter().map(move |k| (*k, a.clone())))
    }

    /// The keys of `action` as the help shows them: `j, ↓`.
    pub fn describe_keys(&self, action: Action) -> String {
        let keys: Vec<String> = self.keys(action).iter().map(Key::to_string).collect();
        keys.join(", ")
    }

    /// The help text: one `(keys, description)` line per bound action, then the extras.
    pub fn help_lines(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Action::BINDABLE
            .into_iter()
            .filter(|a| !self.keys(a.clone()).is_empty())
            .map(|a| (a.description().to_owned(), self.describe_keys(a)))
            .map(|(description, keys)| (keys, description))
            .collect();
        out.push(("1-9".into(), "count prefix, e.g. 3] or 5j".into()));
        out.push(("wheel".into(), "scroll the pane under the pointer".into()));
        out.push((
            "click".into(),
            "select an actor, an event, a mention, a quote or a list row".into(),
        ));
        out
    }

    /// The furthest the help scrolls on a screen `height` rows high (the last line at the
    /// bottom of the box).
    pub fn help_max_scroll(&self, height: u16) -> usize {
        let n = self.help_lines().len();
        let shown = (n + 2)
            .min(usize::from(height.saturating_sub(2)))
            .saturating_sub(2);
        n.saturating_sub(shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names() {
        let k = |s: &str| Key::parse(s).unwrap();
        assert_eq!(k("j"), Key::new(KeyCode::Char('j'), KeyModifiers::NONE));
        assert_eq!(k("G"), Key::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(k("shift-g"), k("G"));
        assert_eq!(
            k("ctrl-d"),
            Key::new(KeyCode::Char('d'), KeyModifiers::CONTROL)
        );
        assert_eq!(k("Ctrl-D"), k("ctrl-d"));
        assert_eq!(k("shift-tab"), Key::new(KeyCode::Tab, KeyModifiers::SHIFT));
        assert_eq!(
            k("backtab"),
            Key::new(KeyCode::BackTab, KeyModifiers::SHIFT)
        );
        assert_eq!(k("space"), Key::new(KeyCode::Char(' '), KeyModifiers::NONE));
        assert_eq!(k("pgdn"), k("pagedown"));
        assert_eq!(k("f5").code, KeyCode::F(5));
        assert_eq!(k("-").code, KeyCode::Char('-'));
        assert_eq!(k("ctrl--").code, KeyCode::Char('-'));
        for bad in ["", "ctrl-", "foo", "f99", "ctrl-xy"] {
            assert!(Key::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(k("ctrl-d").to_string(), "Ctrl-d");
        assert_eq!(k("down").to_string(), "↓");
        assert_eq!(k("shift-tab").to_string(), "Shift-Tab");
    }

    #[test]
    fn rebinding_moves_keys() {
        let k = |s: &str| Key::parse(s).unwrap();
        let mut map = Keymap::default();
        map.bind(Action::Down, vec![k("j"), k("down")]);
        map.bind(Action::Up, vec![k("k")]);
        map.bind(Action::Up, vec![k("j")]);
        assert_eq!(map.action(k("j")), Some(Action::Up));
        assert_eq!(map.keys(Action::Down), &[k("down")]);
        assert_eq!(map.action(k("k")), None);
        assert_eq!(map.describe_keys(Action::Down), "↓");
    }
}
