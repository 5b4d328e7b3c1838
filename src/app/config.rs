//! The reader's configuration: the embedded defaults (`assets/keymap.toml`,
//! `assets/theme.toml`) overlaid with the user's `config.toml`. A bad file is an error naming
//! the file, the line and the key; nothing is half-applied.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::action::Action;
use super::keymap::{Key, Keymap};
use crate::theme::{Role, StyleSpec, Theme};

/// The default key bindings.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");
/// The default styles.
pub const DEFAULT_THEME: &str = include_str!("../../assets/theme.toml");

/// Theme presets: name, file and styles over the defaults (`dark` is the defaults).
pub const THEMES: [(&str, &str, &str); 3] = [
    ("dark", "assets/theme.toml", ""),
    (
        "light",
        "assets/themes/light.toml",
        include_str!("../../assets/themes/light.toml"),
    ),
    (
        "high-contrast",
        "assets/themes/high-contrast.toml",
        include_str!("../../assets/themes/high-contrast.toml"),
    ),
];

/// Key bindings and styles, ready to use.
#[derive(Debug, Clone)]
pub struct Config {
    /// Key → action.
    pub keymap: Keymap,
    /// Styles by role.
    pub theme: Theme,
}

/// A configuration file that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file (a path, or the name of an embedded default).
    pub file: String,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    /// The TOML key at fault (`keys.down`), when known.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": {key}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// One or more key names.
#[derive(Debug, Deserialize)]
#[serde(untagged, expecting = "a key name or a list of key names")]
enum KeyList {
    One(String),
    Many(Vec<String>),
}

type Entries<T> = BTreeMap<Spanned<String>, Spanned<T>>;

/// The shape shared by the defaults and the user's file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    /// A theme preset under the user's own styles.
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    keys: Entries<KeyList>,
    #[serde(default)]
    styles: Entries<StyleSpec>,
    #[serde(default)]
    no_color: Entries<StyleSpec>,
}

/// One source of configuration text.
struct Source<'a> {
    name: &'a str,
    text: &'a str,
}

impl Source<'_> {
    fn fail(
        &self,
        span: Option<std::ops::Range<usize>>,
        key: Option<String>,
        message: impl Into<String>,
    ) -> ConfigError {
        ConfigError {
            file: self.name.to_owned(),
            line: span.map(|s| line_of(self.text, s.start)),
            key,
            message: message.into(),
        }
    }

    fn parse(&self) -> Result<RawConfig, ConfigError> {
        toml::from_str(self.text).map_err(|e| {
            let message = e.message().trim().to_owned();
            self.fail(e.span(), None, message)
        })
    }
}

/// 1-based line number of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl Config {
    /// The embedded defaults.
    pub fn defaults(no_color: bool) -> Result<Config, ConfigError> {
        Config::from_sources(None, no_color)
    }

    /// The defaults overlaid with `path`, or with `$XDG_CONFIG_HOME/byline/config.toml`
    /// (`~/.config/byline/config.toml`) when it exists, under the theme preset `theme` (the
    /// `--theme` option) or the one the file names. A `path` that cannot be read is an
    /// error; a missing default file is not.
    pub fn load(
        path: Option<&Path>,
        no_color: bool,
        theme: Option<&str>,
    ) -> Result<Config, ConfigError> {
        let (path, required) = match path {
            Some(p) => (Some(p.to_path_buf()), true),
            None => (default_path(), false),
        };
        let Some(path) = path else {
            return Config::with_theme(None, no_color, theme);
        };
        let name = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::with_theme(Some((&name, &text)), no_color, theme),
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
                Config::with_theme(None, no_color, theme)
            }
            Err(e) => Err(ConfigError {
                file: name,
                line: None,
                key: None,
                message: format!("cannot read the config: {e}"),
            }),
        }
    }

    /// The defaults overlaid with the user's config text `(name, text)`.
    pub fn from_sources(user: Option<(&str, &str)>, no_color: bool) -> Result<Config, ConfigError> {
        Config::with_theme(user, no_color, None)
    }

    /// The defaults, the theme preset `theme` (else the one the user's text names), then the
    /// user's config text `(name, text)`.
    pub fn with_theme(
        user: Option<(&str, &str)>,
        no_color: bool,
        theme: Option<&str>,
    ) -> Result<Config, ConfigError> {
        let keymap_src = Source {
            name: "assets/keymap.toml",
            text: DEFAULT_KEYMAP,
        };
        let theme_src = Source {
            name: "assets/theme.toml",
            text: DEFAULT_THEME,
        };
        let user = user.map(|(name, text)| Source { name, text });
        let user_raw = user.as_ref().map(Source::parse).transpose()?;
        let preset = match (theme, user_raw.as_ref().and_then(|r| r.theme.as_ref())) {
            (Some(name), _) => {
                Some(preset(name).ok_or_else(|| unknown_theme("--theme", None, name))?)
            }
            (None, Some(named)) => Some(preset(named.get_ref()).ok_or_else(|| {
                let file = user.as_ref().map_or("config", |u| u.name);
                let line = user.as_ref().map(|u| line_of(u.text, named.span().start));
                unknown_theme(file, line, named.get_ref())
            })?),
            (None, None) => None,
        };
        let preset_src = preset.map(|(name, text)| Source { name, text });
        let mut keymap = Keymap::default();
        let mut colour = Vec::new();
        let mut plain = Vec::new();
        let defaults = [Some(&keymap_src), Some(&theme_src), preset_src.as_ref()];
        let mut sources = Vec::with_capacity(4);
        for source in defaults.into_iter().flatten() {
            sources.push((source, source.parse()?));
        }
        // The user's file was read for its theme already.
        sources.extend(user.as_ref().zip(user_raw));
        for (source, raw) in sources {
            apply_keys(source, &raw.keys, &mut keymap)?;
            apply_styles(source, "styles", &raw.styles, &mut colour)?;
            apply_styles(source, "no_color", &raw.no_color, &mut plain)?;
            // A keymap the user cannot leave is refused.
            if keymap.keys(Action::Quit).is_empty() && keymap.keys(Action::Exit).is_empty() {
                let line = ["quit", "exit"].into_iter().find_map(|want| {
                    raw.keys
                        .iter()
                        .find_map(|(name, list)| (name.get_ref() == want).then(|| list.span()))
                });
                return Err(source.fail(
                    line,
                    Some("keys.quit".into()),
                    "no key is left to quit the reader",
                ));
            }
        }
        Ok(Config {
            keymap,
            theme: Theme::new(colour, plain, no_color),
        })
    }
}

/// The preset called `name`: the file it is known by and its styles.
fn preset(name: &str) -> Option<(&'static str, &'static str)> {
    THEMES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, file, text)| (file, text))
}

/// The error for a theme name that is no preset.
fn unknown_theme(file: &str, line: Option<usize>, name: &str) -> ConfigError {
    let known: Vec<&str> = THEMES.iter().map(|(n, _, _)| *n).collect();
    ConfigError {
        file: file.to_owned(),
        line,
        key: Some("theme".into()),
        message: format!("unknown theme '{name}' (choose {})", known.join(", ")),
    }
}

fn apply_keys(
    source: &Source<'_>,
    keys: &Entries<KeyList>,
    keymap: &mut Keymap,
) -> Result<(), ConfigError> {
    let mut seen: HashMap<Key, String> = HashMap::new();
    for (name, list) in keys {
        let key_path = format!("keys.{}", name.get_ref());
        let action = Action::from_name(name.get_ref()).ok_or_else(|| {
            source.fail(
                Some(name.span()),
                Some(key_path.clone()),
                format!("unknown action '{}'", name.get_ref()),
            )
        })?;
        let specs: Vec<&str> = match list.get_ref() {
            KeyList::One(s) => vec![s.as_str()],
            KeyList::Many(v) => v.iter().map(String::as_str).collect(),
        };
        let mut parsed = Vec::with_capacity(specs.len());
        for spec in specs {
            let key = Key::parse(spec)
                .map_err(|m| source.fail(Some(list.span()), Some(key_path.clone()), m))?;
            if matches!(
                key.code,
                ratatui::crossterm::event::KeyCode::Char('0'..='9')
            ) && key.modifiers.is_empty()
            {
                return Err(source.fail(
                    Some(list.span()),
                    Some(key_path),
                    format!("'{spec}': digits are count prefixes and cannot be bound"),
                ));
            }
            if let Some(other) = seen.insert(key, key_path.clone()) {
                return Err(source.fail(
                    Some(list.span()),
                    Some(key_path),
                    format!("'{spec}' is already bound by {other}"),
                ));
            }
            parsed.push(key);
        }
        keymap.bind(action, parsed);
    }
    Ok(())
}

fn apply_styles(
    source: &Source<'_>,
    table: &str,
    styles: &Entries<StyleSpec>,
    into: &mut Vec<(Role, ratatui::style::Style)>,
) -> Result<(), ConfigError> {
    for (name, spec) in styles {
        let key_path = format!("{table}.{}", name.get_ref());
        let role = Role::from_name(name.get_ref()).ok_or_else(|| {
            source.fail(
                Some(name.span()),
                Some(key_path.clone()),
                format!("unknown style '{}'", name.get_ref()),
            )
        })?;
        let style = spec
            .get_ref()
            .to_style()
            .map_err(|m| source.fail(Some(spec.span()), Some(key_path), m))?;
        into.push((role, style));
    }
    Ok(())
}

/// `$XDG_CONFIG_HOME/byline/config.toml`, else `$HOME/.config/byline/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    crate::paths::config_dir().map(|d| d.join("config.toml"))
}

#[cfg(test)]
mod tests;
