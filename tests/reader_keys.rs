//! Key → action → state: every default binding, counts, search, the mouse and resizes,
//! exercised on the reader's state without a terminal.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "reader_support.rs"]
mod support;

use byline::app::Action;
use byline::app::input::key_action;
use byline::app::keymap::Key;
use byline::app::state::{Effect, Focus, Overlay};
use byline::layout::flow::Pos;
use support::*;

/// A state prepared for `action`, and a check of what pressing its key did.
fn check_binding(action: Action, key: Key) {
    let mut s = sample_state(120, 40);
    let h = s.page_height(s.shell.screen) as isize;
    let last_top = s.flow.last_top(s.text(), s.page_height(s.shell.screen));
    // Preparation.
    match &action {
        Action::Up | Action::HalfPageUp | Action::PageUp | Action::Top => {
            update(&mut s, Action::Bottom);
        }
        Action::Activate | Action::Copy => {
            update(&mut s, Action::NextQuote);
        }
        Action::SearchNext | Action::SearchPrev => {
            update(&mut s, Action::Search);
            for c in "putin".chars() {
                update(&mut s, Action::SearchInput(c));
            }
            update(&mut s, Action::SearchCommit);
        }
        Action::Close => {
            update(&mut s, Action::Help);
        }
        _ => {}
    }
    let before_top = s.top;
    let before_match = s.search.current;
    let got = key_action(&s, &s.shell.config.keymap, &event(key));
    assert_eq!(got.as_ref(), Some(&action), "{key} should be {action:?}");
    let effect = update(&mut s, action.clone());
    let ctx = format!("{key} → {action:?}");
    match action {
        Action::Down => assert_eq!(s.top, lines_from(&s, before_top, 1), "{ctx}"),
        Action::Up => assert_eq!(s.top, lines_from(&s, before_top, -1), "{ctx}"),
        Action::HalfPageDown => assert_eq!(s.top, lines_from(&s, before_top, h / 2), "{ctx}"),
        Action::HalfPageUp => assert_eq!(s.top, lines_from(&s, before_top, -h / 2), "{ctx}"),
        Action::PageDown => {
            let want = lines_from(&s, before_top, h - 2).min(last_top);
            assert_eq!(s.top, want, "{ctx}");
            assert!(s.top > before_top, "{ctx}");
        }
        Action::PageUp => assert_eq!(s.top, lines_from(&s, before_top, 2 - h), "{ctx}"),
        Action::Top => assert_eq!(s.top, Pos::default(), "{ctx}"),
        Action::Bottom => assert_eq!((s.top, s.percent(s.shell.screen)), (last_top, 100), "{ctx}"),
        Action::NextQuote => {
            assert_eq!(s.quote, Some(0), "{ctx}");
            let row = row_of(&s, s.quotes[0].span.start).unwrap();
            assert!(
                row <= s.page_height(s.shell.screen) / 3,
                "{ctx}: quote on row {row}"
            );
        }
        Action::PrevQuote => {
            assert_eq!(
                s.quote,
                Some(s.quotes.len() - 1),
                "{ctx}: wraps to the last"
            );
            assert!(
                s.shell.message.as_deref().unwrap().contains("wrapped"),
                "{ctx}"
            );
        }
        Action::NextMention => {
            assert_eq!(s.mention, Some(0), "{ctx}");
        }
        Action::PrevMention => {
            let n = s.analysis.actors[0].mentions.len();
            assert_eq!(s.mention, Some(n - 1), "{ctx}");
            assert!(s.shell.message.is_some(), "{ctx}: wrap message");
        }
        Action::Search => assert!(s.search.editing, "{ctx}"),
        Action::SearchNext => {
            assert_eq!(s.search.current, before_match.map(|i| i + 1), "{ctx}")
        }
        Action::SearchPrev => {
            let last = s.search.matches.len() - 1;
            assert_eq!(s.search.current, Some(last), "{ctx}: wraps back");
        }
        Action::FocusNext => assert_eq!(s.focus, Focus::Actors, "{ctx}"),
        Action::FocusPrev => assert_eq!(s.focus, Focus::Timeline, "{ctx}"),
        Action::Activate => assert_eq!(s.overlay, Some(Overlay::Quote), "{ctx}"),
        Action::Copy => {
            let Some(Effect::Copy(text)) = &effect else {
                panic!("{ctx}: nothing copied");
            };
            if s.quotes[s.quote.unwrap()].reported() {
                assert!(text.contains(" (reported)"), "{ctx}: {text}");
            } else {
                assert!(text.starts_with('“') && text.contains('”'), "{ctx}: {text}");
            }
        }
        Action::Said => {
            assert_eq!(s.overlay, Some(Overlay::Said), "{ctx}");
            assert_eq!(s.said.actor, None, "{ctx}: everyone's statements");
        }
        Action::ToggleReported => {
            assert!(!s.reported, "{ctx}");
            assert!(
                s.shell.message.as_deref().unwrap().contains("quotes only"),
                "{ctx}"
            );
        }
        Action::ToggleSidebar => {
            assert!(
                !s.flags.sidebar_wide && s.panes(s.shell.screen).sidebar.is_none(),
                "{ctx}"
            )
        }
        Action::ToggleTimeline => {
            assert!(
                !s.flags.timeline && s.panes(s.shell.screen).timeline.is_none(),
                "{ctx}"
            )
        }
        Action::ToggleRead
        | Action::MarkFeedRead
        | Action::NextUnread
        | Action::Refresh
        | Action::RefreshAll => {
            let message = s.shell.message.as_deref();
            assert_eq!(
                message,
                Some("read marks are set in the subscription lists"),
                "{ctx}"
            )
        }
        Action::Links => {
            assert_eq!(
                s.shell.message.as_deref(),
                Some("no links in this article"),
                "{ctx}"
            )
        }
        Action::Browse => {
            let message = s.shell.message.as_deref();
            assert_eq!(message, Some("this article has no web address"), "{ctx}")
        }
        Action::Help => assert_eq!((s.overlay, s.shell.help), (None, Some(0)), "{ctx}"),
        Action::Close => assert_eq!(s.overlay, None, "{ctx}"),
        Action::Quit | Action::Exit => assert_eq!(effect, Some(Effect::Quit), "{ctx}"),
        Action::Redraw => assert_eq!(effect, Some(Effect::Redraw), "{ctx}"),
        Action::Suspend => assert_eq!(effect, Some(Effect::Suspend), "{ctx}"),
        Action::Count(_)
        | Action::SearchInput(_)
        | Action::SearchBackspace
        | Action::SearchCommit
        | Action::SearchCancel
        | Action::Resize(..)
        | Action::Tick
        | Action::Wheel { .. }
        | Action::Click { .. }
        | Action::Loaded { .. }
        | Action::FeedItems { .. }
        | Action::RefreshProgress { .. }
        | Action::Refreshed { .. }
        | Action::Failed(_) => panic!("{ctx}: not a bindable action"),
    }
}

#[test]
fn every_default_binding() {
    let s = sample_state(120, 40);
    assert!(s.quotes.len() >= 3, "the sample has quotes");
    let bindings: Vec<(Key, Action)> = s.shell.config.keymap.bindings().collect();
    assert!(bindings.len() >= 30, "{} bindings", bindings.len());
    for action in Action::BINDABLE {
        assert!(bindings.iter().any(|(_, a)| *a == action), "{action:?}");
    }
    for (key, action) in bindings {
        check_binding(action, key);
    }
}

#[test]
fn lists_take_j_k_g_and_enter() {
    let mut s = sample_state(120, 40);
    keys(&mut s, &["tab", "j", "j"]);
    assert_eq!((s.focus, s.actors.selected), (Focus::Actors, 2));
    press(&mut s, "k");
    assert_eq!(s.actors.selected, 1);
    keys(&mut s, &["G"]);
    assert_eq!(s.actors.selected, s.analysis.actors.len() - 1);
    keys(&mut s, &["g", "j", "enter"]);
    let actor = s.analysis.actors[1].clone();
    assert_eq!((s.focus, s.mention), (Focus::Article, Some(0)));
    assert!(row_of(&s, actor.mentions[0].span.start).is_some());
    // `}` walks that actor's mentions and the status line says where.
    keys(&mut s, &["}", "}"]);
    assert_eq!(s.mention, Some(2));
    let status = byline::ui::status::position(&s, &s.shell.config.keymap);
    let n = actor.mentions.len();
    assert!(
        status.contains(&format!("mention 3/{n} {}", actor.name)),
        "{status}"
    );
    // The timeline list takes the focus after the actors; Esc goes back to the article.
    keys(&mut s, &["tab", "tab"]);
    assert_eq!(s.focus, Focus::Timeline);
    press(&mut s, "esc");
    assert_eq!(s.focus, Focus::Article);
}

#[test]
fn timeline_select_enter_and_click() {
    let mut s = sample_state(120, 40);
    s.analysis.timeline = timeline_entries(&s);
    keys(&mut s, &["tab", "tab", "j"]);
    assert_eq!((s.focus, s.timeline.selected), (Focus::Timeline, 1));
    // Enter puts the sentence of the entry (or of its event) at most a third from the top.
    let third = s.page_height(s.shell.screen) / 3;
    let sentence_row = |s: &Reader, at: usize| {
        let sentences = &s.analysis.segments.sentences;
        let i = sentences.partition_point(|x| x.end <= at);
        row_of(s, sentences[i].start).unwrap()
    };
    keys(&mut s, &["G", "k", "g", "j", "shift-tab", "shift-tab", "G"]);
    assert_eq!(row_of(&s, s.analysis.timeline[1].span.start), None);
    keys(&mut s, &["tab", "tab", "enter"]);
    assert_eq!(s.focus, Focus::Article, "Enter jumps to the article");
    assert!(sentence_row(&s, s.analysis.timeline[1].span.start) <= third);
    assert_eq!(
        s.event,
        Some(s.analysis.timeline[1].span),
        "no event: the expression"
    );
    keys(&mut s, &["G", "tab", "tab", "j", "enter"]);
    let event = s.analysis.timeline[2].event.unwrap();
    assert!(sentence_row(&s, event.start) <= third);
    assert_eq!(s.event, Some(event), "Enter marks the event clause");
    keys(&mut s, &["j"]);
    assert_eq!(s.event, None, "until the next motion");
    // A click on the third entry, below the second one, unfolded with the focus back.
    keys(&mut s, &["tab", "tab", "k"]);
    let area = s.panes(s.shell.screen).timeline.unwrap();
    let unfolded = s.event_rows(1, usize::from(area.width - 2));
    assert_eq!(unfolded, 4, "three rows of words and the actors");
    let row = area.y + 1 + 1 + unfolded as u16;
    update(
        &mut s,
        Action::Click {
            column: area.x + 4,
            row,
        },
    );
    assert_eq!((s.focus, s.timeline.selected), (Focus::Timeline, 2));
    let wheel = Action::Wheel {
        column: area.x + 4,
        row: area.y + 2,
        down: false,
    };
    update(&mut s, wheel);
    assert_eq!(s.timeline.selected, 1);
    // A click on an unfocused pane picks the entry as drawn, before the selection unfolds.
    keys(&mut s, &["tab"]);
    assert_eq!((s.focus, s.timeline.selected), (Focus::Article, 1));
    let area = s.panes(s.shell.screen).timeline.unwrap();
    update(
        &mut s,
        Action::Click {
            column: area.x + 4,
            row: area.y + 1 + 2,
        },
    );
    assert_eq!((s.focus, s.timeline.selected), (Focus::Timeline, 2));
}

#[test]
fn ctrl_c_quits_from_the_prompt_and_tab_shows_a_hidden_sidebar() {
    let mut s = sample_state(120, 40);
    let typed = keys(&mut s, &["/", "q"]);
    assert_eq!(
        (s.search.query.as_str(), typed),
        ("q", None),
        "q is text in the prompt"
    );
    press(&mut s, "ctrl-d");
    assert_eq!(
        s.search.query, "q",
        "other bindings do nothing in the prompt"
    );
    assert_eq!(press(&mut s, "ctrl-c"), Some(Effect::Quit));
    let mut s = sample_state(120, 40);
    press(&mut s, "s");
    assert!(s.panes(s.shell.screen).sidebar.is_none());
    press(&mut s, "tab");
    assert!(
        s.panes(s.shell.screen).actors.is_some(),
        "the focused pane is shown"
    );
    press(&mut s, "esc");
    assert!(
        s.panes(s.shell.screen).sidebar.is_none(),
        "and hidden again with the focus back"
    );
}

#[test]
fn counts_repeat_motions() {
    let mut s = sample_state(120, 40);
    keys(&mut s, &["3", "]"]);
    assert_eq!(s.quote, Some(2));
    assert_eq!(s.count, None);
    keys(&mut s, &["g", "1", "2", "j"]);
    assert_eq!(s.top, lines_from(&s, Pos::default(), 12));
    // 0 is a command-less key without a pending count, a digit with one.
    let zero = Key::parse("0").unwrap();
    assert_eq!(key_action(&s, &s.shell.config.keymap, &event(zero)), None);
    press(&mut s, "1");
    assert_eq!(
        key_action(&s, &s.shell.config.keymap, &event(zero)),
        Some(Action::Count(0))
    );
    press(&mut s, "esc");
    assert_eq!(s.count, None, "Esc drops a count");
    let status = byline::ui::status::position(&s, &s.shell.config.keymap);
    assert!(status.starts_with("]/[ quote 3/"), "{status}");
}

#[test]
fn sidebar_overlay_and_toggles_at_80_columns() {
    let mut s = sample_state(80, 24);
    assert!(s.panes(s.shell.screen).sidebar.is_none());
    press(&mut s, "s");
    assert!(s.panes(s.shell.screen).sidebar.is_some());
    press(&mut s, "s");
    assert!(s.panes(s.shell.screen).sidebar.is_none());
    press(&mut s, "tab");
    assert!(
        s.panes(s.shell.screen).sidebar.is_some(),
        "focusing Actors brings the overlay up"
    );
    press(&mut s, "shift-tab");
    assert!(s.panes(s.shell.screen).sidebar.is_none());
    press(&mut s, "t");
    keys(&mut s, &["tab", "tab"]);
    assert_eq!(s.focus, Focus::Article, "no timeline to focus");
}

#[test]
fn help_scrolls_to_its_last_line_and_closes() {
    let mut s = sample_state(50, 20);
    keys(&mut s, &["?", "G"]);
    let max = s.shell.config.keymap.help_max_scroll(20);
    assert!(max > 0);
    assert_eq!((s.overlay, s.shell.help), (None, Some(max)));
    keys(&mut s, &["k", "k"]);
    assert_eq!((s.overlay, s.shell.help), (None, Some(max - 2)));
    assert_eq!(s.top, Pos::default(), "the article did not move");
    press(&mut s, "?");
    assert_eq!((s.overlay, s.shell.help), (None, None));
    keys(&mut s, &["?", "esc"]);
    assert_eq!((s.overlay, s.shell.help), (None, None));
    // As in less, q leaves the help, not the reader; Ctrl-c still quits from it.
    let closed = keys(&mut s, &["?", "q"]);
    assert_eq!((s.overlay, s.shell.help), (None, None));
    assert_eq!(closed, None, "q closed the help only");
    let quit = keys(&mut s, &["?", "ctrl-c"]);
    assert_eq!(quit, Some(Effect::Quit), "ctrl-c quits from anywhere");
}

#[test]
fn less_page_keys_redraw_and_suspend() {
    let mut s = sample_state(120, 40);
    let h = s.page_height(s.shell.screen) as isize;
    let start = s.top;
    keys(&mut s, &["d"]);
    assert_eq!(s.top, lines_from(&s, start, h / 2), "d is half a page");
    keys(&mut s, &["u"]);
    assert_eq!(s.top, start, "u goes back");
    let mut paged = sample_state(120, 40);
    update(&mut paged, Action::PageDown);
    keys(&mut s, &["ctrl-f"]);
    assert_eq!(s.top, paged.top, "ctrl-f is a page, as space is");
    keys(&mut s, &["ctrl-b"]);
    assert_eq!(s.top, start, "ctrl-b goes back");
    assert_eq!(keys(&mut s, &["ctrl-l"]), Some(Effect::Redraw));
    assert_eq!(keys(&mut s, &["ctrl-z"]), Some(Effect::Suspend));
}
