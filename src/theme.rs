//! Styles by role, from `assets/theme.toml` and the user's config; `NO_COLOR` keeps only
//! bold, underline, reverse (and the other modifiers).

use ratatui::style::{Color, Modifier, Style};
use strum::EnumCount;

use crate::analysis::actors::ActorKind;

/// What a style is for. The config names are the snake-case variant names.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    /// The header line.
    Header,
    /// The article's headline in the article pane.
    Title,
    /// Body text.
    Text,
    /// Pane borders.
    Border,
    /// The border of the focused pane.
    BorderFocused,
    /// The focused-quote marker in the gutter.
    Gutter,
    /// Mentions of people.
    Person,
    /// Mentions of organisations.
    Organization,
    /// Mentions of places.
    Place,
    /// Mentions of groups.
    Group,
    /// Mentions of other actors.
    Other,
    /// Added to the mentions of the selected actor.
    Selected,
    /// Added to the mention `}`/`{` moved to.
    MentionCurrent,
    /// Quoted words.
    Quote,
    /// Added to the focused quote.
    QuoteFocused,
    /// Reported speech (statements without quotation marks).
    Reported,
    /// The mention the focused quote's speaker was read from.
    Speaker,
    /// Search matches.
    Search,
    /// The current search match.
    SearchCurrent,
    /// The event clause a timeline entry jumped to.
    Event,
    /// The words of a link.
    Link,
    /// The status line.
    Status,
    /// A message in the status line.
    Message,
    /// Secondary text: roles, counts, hints.
    Dim,
    /// The selected row of the focused list.
    ListSelected,
    /// The selected row of a list without focus.
    ListCursor,
    /// Popup and overlay borders.
    Popup,
}

impl Role {
    /// The style role of an actor kind's mentions.
    pub fn of_kind(kind: ActorKind) -> Role {
        match kind {
            ActorKind::Person => Role::Person,
            ActorKind::Organization => Role::Organization,
            ActorKind::Place => Role::Place,
            ActorKind::Group => Role::Group,
            ActorKind::Other => Role::Other,
        }
    }

    /// The config name of the role.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The role called `name` in a config file.
    pub fn from_name(name: &str) -> Option<Role> {
        name.parse().ok()
    }
}

/// A style as written in TOML: colours by name, `#rrggbb` or 0–255, and modifier flags.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StyleSpec {
    /// Foreground colour.
    pub fg: Option<String>,
    /// Background colour.
    pub bg: Option<String>,
    /// Bold.
    pub bold: Option<bool>,
    /// Italic.
    pub italic: Option<bool>,
    /// Underlined.
    pub underline: Option<bool>,
    /// Reverse video.
    pub reverse: Option<bool>,
    /// Dim.
    pub dim: Option<bool>,
}

impl StyleSpec {
    /// The ratatui style, or a message naming the bad colour.
    pub fn to_style(&self) -> Result<Style, String> {
        let color = |c: &Option<String>| -> Result<Option<Color>, String> {
            c.as_deref()
                .map(|name| {
                    name.parse::<Color>().map_err(|_| {
                        format!("'{name}' is not a colour (use a name, #rrggbb or 0-255)")
                    })
                })
                .transpose()
        };
        let mut style = Style::new();
        if let Some(fg) = color(&self.fg)? {
            style = style.fg(fg);
        }
        if let Some(bg) = color(&self.bg)? {
            style = style.bg(bg);
        }
        for (flag, modifier) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.reverse, Modifier::REVERSED),
            (self.dim, Modifier::DIM),
        ] {
            style = match flag {
                Some(true) => style.add_modifier(modifier),
                Some(false) => style.remove_modifier(modifier),
                None => style,
            };
        }
        Ok(style)
    }
}

/// The resolved styles of every [`Role`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Theme {
    styles: [Style; Role::COUNT],
}

impl Theme {
    /// A theme from colour styles and their `NO_COLOR` replacements. With `no_color`, a role
    /// takes its `no_color` style if it has one, else its colour style without colours.
    pub fn new(
        colour: impl IntoIterator<Item = (Role, Style)>,
        plain: impl IntoIterator<Item = (Role, Style)>,
        no_color: bool,
    ) -> Theme {
        let mut theme = Theme::default();
        for (role, style) in colour {
            theme.styles[role as usize] = if no_color { strip(style) } else { style };
        }
        if no_color {
            for (role, style) in plain {
                theme.styles[role as usize] = strip(style);
            }
        }
        theme
    }

    /// The style of `role`.
    pub fn style(&self, role: Role) -> Style {
        self.styles[role as usize]
    }
}

/// The style without its colours.
fn strip(style: Style) -> Style {
    Style {
        fg: None,
        bg: None,
        ..style
    }
}

/// Whether the `NO_COLOR` convention asks for no colour (set and not empty).
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn specs_and_no_color() {
        let spec = StyleSpec {
            fg: Some("light_blue".into()),
            bold: Some(true),
            ..StyleSpec::default()
        };
        let style = spec.to_style().unwrap();
        assert_eq!(style.fg, Some(Color::LightBlue));
        assert!(style.add_modifier.contains(Modifier::BOLD));
        let bad = StyleSpec {
            bg: Some("blurple".into()),
            ..StyleSpec::default()
        };
        assert!(bad.to_style().unwrap_err().contains("blurple"));
        let plain = Style::new().add_modifier(Modifier::UNDERLINED);
        let theme = Theme::new([(Role::Quote, style)], [(Role::Quote, plain)], true);
        assert_eq!(theme.style(Role::Quote), plain);
        let theme = Theme::new([(Role::Person, style)], [], true);
        assert_eq!(theme.style(Role::Person).fg, None);
        for role in Role::iter() {
            assert_eq!(Role::from_name(role.name()), Some(role));
        }
    }
}
