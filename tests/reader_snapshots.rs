//! Whole-screen snapshots of the reader (ratatui's `TestBackend`): the sample at three sizes,
//! the help overlay, a focused quote with a selected actor (with the styles of the article
//! rows), `NO_COLOR`, the quote popup, the who-said-what list (and filtered), a focused
//! reported statement with its speaker's mention, the timeline with entries, search
//! highlights, and hostile text.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "reader_support.rs"]
mod support;

use byline::app::Action;
use insta::assert_snapshot;
use support::*;

/// The screen text, then the style runs of the article's text rows.
fn with_styles(state: &Reader) -> String {
    let buf = render(state);
    let panes = state.panes(state.shell.screen);
    let (text, gutter) = (panes.text, panes.gutter);
    format!(
        "{}\n--- styles (row:cols style \"text\") ---\n{}",
        screen_text(&buf),
        style_runs(&buf, text.y..text.bottom(), gutter.x, text.right())
    )
}

#[test]
fn sample_120x40() {
    assert_snapshot!(screen_text(&render(&sample_state(120, 40))));
}

#[test]
fn sample_80x24() {
    assert_snapshot!(screen_text(&render(&sample_state(80, 24))));
}

#[test]
fn sample_50x20() {
    assert_snapshot!(screen_text(&render(&sample_state(50, 20))));
}

#[test]
fn help_overlay_120x40() {
    let mut s = sample_state(120, 40);
    apply(&mut s, &[Action::Help]);
    assert_snapshot!(screen_text(&render(&s)));
}

#[test]
fn help_overlay_50x20_scrolled() {
    let mut s = sample_state(50, 20);
    apply(&mut s, &[Action::Help, Action::Down, Action::Down]);
    assert_snapshot!(screen_text(&render(&s)));
}

/// Vladimir Putin selected in the actors list, quote 3 focused, the article focused again.
fn quote_and_actor(w: u16, h: u16, no_color: bool) -> Reader {
    let mut s = state_for(sample(), w, h, no_color);
    let putin = actor_index(&s, "Vladimir Putin");
    apply(&mut s, &[Action::FocusNext]);
    for _ in 0..putin {
        apply(&mut s, &[Action::Down]);
    }
    apply(
        &mut s,
        &[
            Action::FocusPrev,
            Action::Count(3),
            Action::NextQuote,
            Action::NextMention,
        ],
    );
    assert_eq!(s.quote, Some(2));
    s
}

#[test]
fn quote_focused_actor_selected_120x40() {
    assert_snapshot!(with_styles(&quote_and_actor(120, 40, false)));
}

/// The quote-and-actor screen under theme preset `name`, at 80×24.
fn themed(name: &str) -> String {
    let mut s = quote_and_actor(80, 24, false);
    s.shell.config = byline::app::config::Config::with_theme(None, false, Some(name)).unwrap();
    with_styles(&s)
}

#[test]
fn theme_light_80x24() {
    assert_snapshot!(themed("light"));
}

#[test]
fn theme_high_contrast_80x24() {
    assert_snapshot!(themed("high-contrast"));
}

#[test]
fn quote_focused_actor_selected_no_color() {
    let s = quote_and_actor(120, 40, true);
    let buf = render(&s);
    for y in 0..40 {
        for x in 0..120 {
            let cell = &buf[(x, y)];
            assert_eq!(
                (cell.fg, cell.bg),
                (ratatui::style::Color::Reset, ratatui::style::Color::Reset),
                "colour at {x},{y} under NO_COLOR"
            );
        }
    }
    assert_snapshot!(with_styles(&s));
}

#[test]
fn quote_popup_80x24() {
    let mut s = sample_state(80, 24);
    apply(
        &mut s,
        &[Action::Count(3), Action::NextQuote, Action::Activate],
    );
    assert_snapshot!(screen_text(&render(&s)));
}

#[test]
fn who_said_what_120x40() {
    let mut s = sample_state(120, 40);
    apply(&mut s, &[Action::Said, Action::Down, Action::Down]);
    assert_snapshot!(screen_text(&render(&s)));
}

#[test]
fn who_said_what_filtered_80x24() {
    let mut s = sample_state(80, 24);
    apply(&mut s, &[Action::Said, Action::Search]);
    for c in "kremlin".chars() {
        apply(&mut s, &[Action::SearchInput(c)]);
    }
    assert_snapshot!(screen_text(&render(&s)));
}

/// The Kremlin's reported statement focused: its style, and its speaker's mention.
fn reported_focused(no_color: bool) -> Reader {
    let mut s = state_for(sample(), 120, 40, no_color);
    let kremlin = s
        .quotes
        .iter()
        .position(|q| q.reported() && q.span.text(s.text()).starts_with("Putin’s call"))
        .unwrap();
    apply(
        &mut s,
        &[
            Action::Count(u8::try_from(kremlin + 1).unwrap()),
            Action::NextQuote,
        ],
    );
    assert_eq!(s.quote, Some(kremlin));
    s
}

#[test]
fn reported_statement_focused_120x40() {
    assert_snapshot!(with_styles(&reported_focused(false)));
}

#[test]
fn reported_statement_focused_no_color() {
    assert_snapshot!(with_styles(&reported_focused(true)));
}

#[test]
fn sidebar_overlay_80x24() {
    let mut s = sample_state(80, 24);
    apply(&mut s, &[Action::FocusNext, Action::Down]);
    assert_snapshot!(screen_text(&render(&s)));
}

#[test]
fn timeline_entries_focused_120x40() {
    let mut s = sample_state(120, 40);
    s.analysis.timeline = timeline_entries(&s);
    apply(
        &mut s,
        &[Action::FocusNext, Action::FocusNext, Action::Down],
    );
    assert_snapshot!(screen_text(&render(&s)));
}

#[test]
fn timeline_event_marked_80x24() {
    let mut s = sample_state(80, 24);
    s.analysis.timeline = timeline_entries(&s);
    apply(
        &mut s,
        &[
            Action::FocusNext,
            Action::FocusNext,
            Action::Down,
            Action::Down,
            Action::Activate,
        ],
    );
    assert!(s.event.is_some(), "Enter marks the event clause");
    assert_snapshot!(with_styles(&s));
}

#[test]
fn search_matches_80x24() {
    let mut s = sample_state(80, 24);
    apply(&mut s, &[Action::Search]);
    for c in "iran".chars() {
        apply(&mut s, &[Action::SearchInput(c)]);
    }
    apply(&mut s, &[Action::SearchCommit, Action::SearchNext]);
    assert_snapshot!(with_styles(&s));
}

#[test]
fn hostile_text_60x16() {
    let text = "Escapes \u{1b}[31mred\u{1b}[0m and \u{1b}]52;c;AAAA\u{7} bell, \
                tab\there, DEL\u{7f}, C1 \u{9b}2J, bidi \u{202e}olleh\u{202c}.\n\n\
                日本語の記事は二列の幅で折り返されます。東京都の知事は「記者会見」で述べた。\n\n\
                Emoji 😀🎉 take two cells; Zürich, naïve, Ελλάδα take one.";
    let s = state_for(document(text), 60, 16, false);
    let buf = render(&s);
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "a control character reached the screen: {:?}",
            cell.symbol()
        );
    }
    assert_snapshot!(screen_text(&buf));
}

#[test]
fn feed_list_80x24() {
    let mut s = fixture_session("rss2.xml", 80, 24, false);
    s.update(Action::Down);
    assert_snapshot!(screen_text(&render_session(&s)));
}

#[test]
fn folder_list_80x24() {
    let s = fixture_session("folder", 80, 24, false);
    assert_snapshot!(screen_text(&render_session(&s)));
}

#[test]
fn feed_list_loading_no_color() {
    let mut s = fixture_session("rss2.xml", 80, 24, true);
    apply_session(&mut s, &[Action::Down, Action::Activate, Action::Tick]);
    let buf = render_session(&s);
    for cell in buf.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (ratatui::style::Color::Reset, ratatui::style::Color::Reset),
            "no colour under NO_COLOR"
        );
    }
    let status = screen_text(&buf).lines().last().unwrap().to_owned();
    assert!(
        status.starts_with(" ⠙ Loading https://example.com/news/council… · Esc cancels ")
            && status.trim_end().ends_with("? help"),
        "{status:?}"
    );
}
