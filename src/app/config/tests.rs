use super::*;
use ratatui::style::{Color, Modifier};
use strum::IntoEnumIterator;

fn user(text: &str) -> Result<Config, ConfigError> {
    Config::from_sources(Some(("config.toml", text)), false)
}

#[test]
fn defaults_parse_and_bind_every_action() {
    let config = Config::defaults(false).unwrap();
    for action in Action::BINDABLE {
        assert!(
            !config.keymap.keys(action.clone()).is_empty(),
            "{action:?} has no default key"
        );
    }
    let k = |s: &str| Key::parse(s).unwrap();
    assert_eq!(config.keymap.action(k("]")), Some(Action::NextQuote));
    assert_eq!(
        config.keymap.action(k("shift-tab")),
        Some(Action::FocusPrev)
    );
    assert_eq!(config.theme.style(Role::Person).fg, Some(Color::LightCyan));
    let plain = Config::defaults(true).unwrap();
    for role in Role::iter() {
        let s = plain.theme.style(role);
        assert_eq!(
            (s.fg, s.bg),
            (None, None),
            "{role:?} has a colour under NO_COLOR"
        );
    }
    assert!(
        plain
            .theme
            .style(Role::Selected)
            .add_modifier
            .contains(Modifier::REVERSED)
    );
}

#[test]
fn user_overrides() {
    let config = user(
        "[keys]\nnext_quote = [\"ctrl-n\", \"]\"]\nquit = \"x\"\n\n[styles]\nquote = { fg = \"#ff8000\", bold = true }\n",
    )
    .unwrap();
    let k = |s: &str| Key::parse(s).unwrap();
    assert_eq!(config.keymap.action(k("ctrl-n")), Some(Action::NextQuote));
    assert_eq!(config.keymap.action(k("x")), Some(Action::Quit));
    assert_eq!(
        config.keymap.action(k("q")),
        None,
        "quit's keys are replaced"
    );
    assert_eq!(
        config.theme.style(Role::Quote).fg,
        Some(Color::Rgb(255, 128, 0))
    );
}

#[test]
fn bad_configs_name_file_line_and_key() {
    let cases = [
        (
            "[keys]\ndown = [\"j\"]\nnext_qoute = [\"]\"]\n",
            3,
            Some("keys.next_qoute"),
            "unknown action",
        ),
        (
            "[keys]\n\ndown = [\"ctlr-d\"]\n",
            3,
            Some("keys.down"),
            "not a key name",
        ),
        (
            "[keys]\ndown = [\"x\"]\nup = [\"x\"]\n",
            3,
            Some("keys.up"),
            "already bound",
        ),
        (
            "[keys]\ndown = [\"3\"]\n",
            2,
            Some("keys.down"),
            "count prefixes",
        ),
        (
            "[styles]\nquote = { fg = \"blurple\" }\n",
            2,
            Some("styles.quote"),
            "blurple",
        ),
        (
            "[styles]\nquoted = {}\n",
            2,
            Some("styles.quoted"),
            "unknown style",
        ),
        (
            "[styles]\nquote = { fg = \"red\", blink = true }\n",
            2,
            None,
            "blink",
        ),
        ("[keyz]\n", 1, None, "keyz"),
        ("[keys]\ndown = 3\n", 2, None, "key name"),
        ("[keys\n", 1, None, ""),
        (
            "[keys]\ndown = \"j\"\nquit = []\nexit = []\n",
            3,
            Some("keys.quit"),
            "no key is left",
        ),
    ];
    for (text, line, key, needle) in cases {
        let err = user(text).unwrap_err();
        assert_eq!(err.file, "config.toml", "{text:?}");
        assert_eq!(err.line, Some(line), "{text:?}: {err}");
        if key.is_some() {
            assert_eq!(err.key.as_deref(), key, "{text:?}: {err}");
        }
        assert!(err.to_string().contains(needle), "{text:?}: {err}");
        assert!(err.to_string().starts_with(&format!("config.toml:{line}")));
    }
}

#[test]
fn taking_every_quit_key_is_refused() {
    let err = user("[keys]\ndown = [\"q\", \"ctrl-c\"]\n").unwrap_err();
    assert_eq!((err.line, err.key.as_deref()), (None, Some("keys.quit")));
    assert!(
        err.to_string()
            .starts_with("config.toml: keys.quit: no key is left"),
        "{err}"
    );
    assert!(
        user("[keys]\ndown = [\"q\"]\n").is_ok(),
        "Ctrl-c still quits"
    );
}

#[test]
fn missing_files() {
    let missing = std::path::Path::new("/nonexistent/byline/config.toml");
    let err = Config::load(Some(missing), false, None).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/byline/config.toml"));
    assert!(err.message.contains("cannot read"));
}

#[test]
fn theme_presets_by_option_or_file_under_the_users_styles() {
    let light = Config::with_theme(None, false, Some("light")).unwrap();
    assert_eq!(light.theme.style(Role::Person).fg, Some(Color::Blue));
    // The file names a preset; its own styles still win over it.
    let text = "theme = \"high-contrast\"\n[styles]\nplace = { fg = \"red\" }\n";
    let mine = user(text).unwrap();
    assert_eq!(mine.theme.style(Role::Place).fg, Some(Color::Red));
    assert_eq!(
        mine.theme.style(Role::Person).fg,
        Some(Color::Rgb(0, 255, 255))
    );
    // The option wins over the file's choice.
    let chosen = Config::with_theme(Some(("config.toml", text)), false, Some("light")).unwrap();
    assert_eq!(chosen.theme.style(Role::Person).fg, Some(Color::Blue));
    // NO_COLOR still drops every colour.
    let plain = Config::with_theme(None, true, Some("high-contrast")).unwrap();
    assert_eq!(plain.theme.style(Role::Person).fg, None);
    let err = user("\n\ntheme = \"sepia\"\n").unwrap_err();
    assert_eq!(err.line, Some(3));
    assert!(err.to_string().contains("unknown theme 'sepia'"), "{err}");
    assert!(
        Config::with_theme(None, false, Some("sepia"))
            .unwrap_err()
            .to_string()
            .starts_with("--theme: theme: unknown theme")
    );
}
