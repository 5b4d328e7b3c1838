//! Key → action → state for the list of a feed or a folder: moving, opening an item (at once,
//! or through a background load that can be cancelled), going back, quitting, the help and
//! the mouse; all without a terminal or the network.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "reader_support.rs"]
mod support;

use byline::analysis::date::Date;
use byline::app::Action;
use byline::app::input::session_action;
use byline::app::list::{Job, Opened};
use byline::app::state::{Effect, Focus};
use byline::document::{LoadError, LoadOptions, from_bytes};
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use support::*;

fn selected(s: &byline::app::Session) -> usize {
    s.list().unwrap().cursor.selected
}

fn article_title(s: &byline::app::Session) -> Option<String> {
    s.article.as_ref().and_then(|a| a.document.title.clone())
}

#[test]
fn j_k_arrows_g_and_shift_g_move_in_the_list() {
    let mut s = fixture_session("rss2.xml", 80, 24, false);
    assert_eq!(s.lists.len(), 1);
    assert_eq!(s.list().unwrap().title, "The Coastal Ledger");
    assert_eq!(s.list().unwrap().rows.len(), 2);
    assert!(s.article.is_none());
    press_in(&mut s, "j");
    assert_eq!(selected(&s), 1);
    press_in(&mut s, "j");
    assert_eq!(selected(&s), 1, "the last row stays selected");
    press_in(&mut s, "k");
    assert_eq!(selected(&s), 0);
    press_in(&mut s, "down");
    assert_eq!(selected(&s), 1);
    press_in(&mut s, "up");
    assert_eq!(selected(&s), 0);
    press_in(&mut s, "G");
    assert_eq!(selected(&s), 1);
    press_in(&mut s, "g");
    assert_eq!(selected(&s), 0);
    assert!(!s.quit);
}

#[test]
fn enter_opens_an_item_with_content_and_esc_or_q_go_back() {
    let mut s = fixture_session("rss2.xml", 80, 24, false);
    press_in(&mut s, "enter");
    assert_eq!(
        article_title(&s).as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    let article = s.article.as_ref().unwrap();
    assert_eq!(article.document.published, Date::new(2026, 1, 16));
    assert!(s.effects.is_empty(), "no fetch for an item with content");
    // Esc first closes what is open in the article, then goes back.
    press_in(&mut s, "tab");
    assert_eq!(s.article.as_ref().unwrap().focus, Focus::Actors);
    press_in(&mut s, "esc");
    assert!(s.article.is_some(), "Esc took the focus back first");
    press_in(&mut s, "esc");
    assert!(s.article.is_none(), "then Esc goes back to the list");
    assert_eq!(selected(&s), 0);
    press_in(&mut s, "enter");
    press_in(&mut s, "j");
    assert!(s.article.is_some(), "j scrolls the article");
    press_in(&mut s, "q");
    assert!(s.article.is_none() && !s.quit, "q goes back to the list");
    press_in(&mut s, "q");
    assert!(s.quit, "q in the list quits");
}

#[test]
fn ctrl_c_quits_from_an_article_and_from_a_list() {
    let mut s = fixture_session("rss2.xml", 80, 24, false);
    press_in(&mut s, "enter");
    press_in(&mut s, "ctrl-c");
    assert!(s.quit);
    let mut s = fixture_session("folder", 80, 24, false);
    keys_in(&mut s, &["G", "enter"]);
    assert_eq!(s.lists.len(), 2);
    press_in(&mut s, "ctrl-c");
    assert!(s.quit);
}

fn keys_in(s: &mut byline::app::Session, specs: &[&str]) {
    for spec in specs {
        press_in(s, spec);
    }
}

/// An analysed article as a background load would give it back.
fn fetched(text: &str) -> Box<Opened> {
    let loaded = from_bytes(text.as_bytes(), "page.txt", None, LoadOptions::default()).unwrap();
    Box::new(Opened::new(loaded))
}

#[test]
fn a_link_only_item_loads_in_the_background_and_esc_cancels() {
    let mut s = fixture_session("rss2.xml", 80, 24, false);
    keys_in(&mut s, &["j", "enter"]);
    assert!(
        s.article.is_none(),
        "nothing opens until the page is loaded"
    );
    let loading = s.loading.clone().unwrap();
    assert_eq!(loading.name, "https://example.com/news/council");
    let Some(Effect::Load {
        ticket,
        job: Job::Item(item),
    }) = s.effects.pop()
    else {
        panic!("a load for the event loop: {:?}", s.effects);
    };
    assert_eq!(ticket, loading.ticket);
    assert_eq!(
        item.title.as_deref(),
        Some("Council to meet on compensation")
    );
    s.update(Action::Tick);
    assert_eq!(s.loading.as_ref().unwrap().frame, 1, "the spinner turns");
    press_in(&mut s, "j");
    press_in(&mut s, "k");
    assert!(s.loading.is_some(), "the list stays usable while loading");
    press_in(&mut s, "esc");
    assert!(s.loading.is_none(), "Esc cancels");
    s.update(Action::Loaded {
        ticket,
        result: Ok(fetched("Late page\n\nText.")),
    });
    assert!(s.article.is_none(), "a cancelled load's result is dropped");

    keys_in(&mut s, &["j", "enter"]);
    let ticket = s.loading.as_ref().unwrap().ticket;
    let error = LoadError::NoContent {
        name: "https://example.com/news/council".into(),
    };
    s.update(Action::Loaded {
        ticket,
        result: Err(error.to_string()),
    });
    let message = s.shell.message.clone().unwrap();
    assert!(message.contains("example.com/news/council"), "{message}");
    assert!(s.article.is_none() && s.loading.is_none());
    press_in(&mut s, "k");
    assert_eq!((selected(&s), s.shell.message.as_deref()), (0, None));

    keys_in(&mut s, &["j", "enter"]);
    let ticket = s.loading.as_ref().unwrap().ticket;
    s.update(Action::Loaded {
        ticket,
        result: Ok(fetched("Council meets\n\nThe council met.")),
    });
    assert_eq!(article_title(&s).as_deref(), Some("Council meets"));
    press_in(&mut s, "esc");
    assert_eq!((s.article.is_none(), selected(&s)), (true, 1));
}

#[test]
fn a_folder_lists_articles_and_its_feeds_open_as_lists() {
    let mut s = fixture_session("folder", 80, 24, false);
    let list = s.list().unwrap();
    let titles: Vec<&str> = list.rows.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Council to meet on compensation",
            "Harbour reopens after week-long storm",
            "Coast Wire"
        ]
    );
    assert!(
        list.rows[1].detail.ends_with(" words"),
        "{}",
        list.rows[1].detail
    );
    keys_in(&mut s, &["j", "enter"]);
    assert_eq!(
        article_title(&s).as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    press_in(&mut s, "q");
    keys_in(&mut s, &["G", "enter"]);
    assert_eq!(s.lists.len(), 2, "the feed's list over the folder's");
    assert_eq!(s.list().unwrap().title, "Coast Wire");
    press_in(&mut s, "enter");
    assert_eq!(article_title(&s).as_deref(), Some("Ferry service resumes"));
    press_in(&mut s, "esc");
    assert_eq!(s.lists.len(), 2, "back to the feed");
    press_in(&mut s, "esc");
    assert_eq!(s.lists.len(), 1, "back to the folder");
    assert_eq!(selected(&s), 2);
    press_in(&mut s, "esc");
    assert!(!s.quit, "Esc does not quit");
    press_in(&mut s, "q");
    assert!(s.quit);
}

#[test]
fn the_help_over_a_list_lists_every_binding() {
    let mut s = fixture_session("rss2.xml", 120, 50, false);
    press_in(&mut s, "?");
    assert_eq!(s.shell.help, Some(0));
    let text = screen_text(&render_session(&s));
    assert!(
        text.contains("Ctrl-c") && text.contains("quit at once"),
        "{text}"
    );
    assert!(text.contains("open the item"), "{text}");
    press_in(&mut s, "j");
    assert_eq!(
        (s.shell.help, selected(&s)),
        (Some(0), 0),
        "j scrolls the help (it all fits), not the list"
    );
    press_in(&mut s, "esc");
    assert_eq!(s.shell.help, None);
    let lines = s.shell.config.keymap.help_lines();
    for action in Action::BINDABLE {
        let description = action.description();
        assert!(
            lines.iter().any(|(_, d)| d == description),
            "{action:?} is in the help"
        );
    }
}

#[test]
fn a_click_selects_a_row_and_a_click_on_the_selected_row_opens_it() {
    let mut s = fixture_session("folder", 80, 24, false);
    let click = |row| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 10,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    // Rows: 0 header, 1 border, 2 the first item.
    let action = session_action(&s, &click(3)).unwrap();
    s.update(action);
    assert_eq!(selected(&s), 1);
    assert!(s.article.is_none());
    let action = session_action(&s, &click(3)).unwrap();
    s.update(action);
    settle(&mut s);
    assert_eq!(
        article_title(&s).as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    let action = session_action(&s, &click(20)).unwrap();
    s.update(action);
    assert!(
        s.article.is_some(),
        "clicks in the article stay in the article"
    );
}
