//! Key → action → state for statements: `]`/`[` over quotes and reported speech, the
//! who-said-what list, and the incremental search, on the reader's state without a terminal.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "reader_support.rs"]
mod support;

use byline::analysis::actors::ActorId;
use byline::app::state::{Effect, Overlay};
use support::*;

#[test]
fn quotes_wrap_around_with_a_message() {
    let mut s = sample_state(120, 40);
    let n = s.quotes.len();
    for _ in 0..n {
        press(&mut s, "]");
    }
    assert_eq!(s.quote, Some(n - 1));
    assert_eq!(s.shell.message, None);
    press(&mut s, "]");
    assert_eq!(s.quote, Some(0));
    assert!(
        s.shell
            .message
            .as_deref()
            .unwrap()
            .contains("wrapped to the top")
    );
    press(&mut s, "[");
    assert_eq!(s.quote, Some(n - 1));
    assert!(
        s.shell
            .message
            .as_deref()
            .unwrap()
            .contains("wrapped to the bottom")
    );
    press(&mut s, "enter");
    assert_eq!(s.overlay, Some(Overlay::Quote));
    press(&mut s, "j");
    assert_eq!(s.quote, Some(n - 1), "keys do not leak past the popup");
    let copied = keys(&mut s, &["[", "y"]);
    assert_eq!(
        s.overlay,
        Some(Overlay::Quote),
        "the popup follows [ and copies"
    );
    assert_eq!(s.quote, Some(n - 2));
    assert!(matches!(copied, Some(Effect::Copy(_))), "{copied:?}");
    press(&mut s, "enter");
    assert_eq!(s.overlay, None);
}

#[test]
fn reported_speech_is_visited_until_toggled_off() {
    let mut s = sample_state(120, 40);
    let reported = s.quotes.iter().filter(|q| q.reported()).count();
    let quoted = s.quotes.len() - reported;
    assert!(reported > 0 && quoted > 0);
    // On: `]` reaches a reported statement and the status line says so.
    let mut seen = false;
    for _ in 0..s.quotes.len() {
        press(&mut s, "]");
        if s.quotes[s.quote.unwrap()].reported() {
            seen = true;
            let status = screen_text(&render(&s));
            assert!(status.contains("— reported"), "{status}");
            break;
        }
    }
    assert!(seen);
    // Off: `]` visits the quoted ones only, and counts them alone.
    press(&mut s, "R");
    assert!(!s.reported);
    assert!(s.shell.message.as_deref().unwrap().contains("quotes only"));
    let mut visited = std::collections::BTreeSet::new();
    for _ in 0..2 * quoted {
        press(&mut s, "]");
        let q = s.quote.unwrap();
        assert!(!s.quotes[q].reported());
        visited.insert(q);
    }
    assert_eq!(visited.len(), quoted);
    s.shell.message = None;
    let status = screen_text(&render(&s));
    assert!(status.contains(&format!("/{quoted}")), "{status}");
    press(&mut s, "R");
    assert!(s.reported);
    assert!(
        s.shell
            .message
            .as_deref()
            .unwrap()
            .contains("reported statement")
    );
}

#[test]
fn who_said_what_lists_filters_and_jumps() {
    use byline::app::said::{SaidRow, rows, statements};
    let mut s = sample_state(120, 40);
    press(&mut s, "Q");
    assert_eq!(s.overlay, Some(Overlay::Said));
    let all = rows(&s);
    // Speakers in order of salience, unattributed last; each heading counts its statements.
    let speakers: Vec<Option<ActorId>> = all
        .iter()
        .filter_map(|r| match r {
            SaidRow::Speaker(a, _) => Some(*a),
            SaidRow::Statement(_) => None,
        })
        .collect();
    let mut sorted = speakers.clone();
    sorted.sort_by_key(|a| (a.is_none(), *a));
    assert_eq!(speakers, sorted);
    assert!(statements(&all).len() >= 6);
    keys(&mut s, &["j", "j"]);
    assert_eq!(s.said.selected, 2);
    // `/` filters by speaker or words; Enter keeps the filter, a second Enter jumps.
    keys(&mut s, &["/", "p", "e", "s", "k", "o", "v", "enter"]);
    assert_eq!(s.said.filter, "peskov");
    assert!(!s.said.editing);
    let peskov = actor_index(&s, "Dmitry Peskov");
    let shown = statements(&rows(&s));
    assert!(!shown.is_empty());
    assert!(
        shown
            .iter()
            .all(|&q| s.quotes[q].speaker == Some(ActorId::new(peskov)))
    );
    press(&mut s, "enter");
    assert_eq!(s.overlay, None);
    assert_eq!(s.quote, Some(shown[0]));
    // From the actors pane, only the selected actor's statements; `q` closes the list only.
    let kremlin = actor_index(&s, "Kremlin");
    press(&mut s, "tab");
    s.actors.selected = kremlin;
    press(&mut s, "Q");
    assert_eq!(s.said.actor, Some(ActorId::new(kremlin)));
    let theirs = statements(&rows(&s));
    assert_eq!(theirs.len(), s.statements[kremlin]);
    assert!(
        theirs
            .iter()
            .all(|&q| s.quotes[q].speaker == Some(ActorId::new(kremlin)))
    );
    let closed = press(&mut s, "q");
    assert_eq!(s.overlay, None);
    assert_eq!(closed, None, "q closes the list, not the reader");
}

#[test]
fn incremental_search() {
    let mut s = sample_state(120, 40);
    keys(&mut s, &["G"]);
    let origin = s.top;
    press(&mut s, "/");
    for c in ["n", "e", "t"] {
        press(&mut s, c);
    }
    assert_eq!(s.search.query, "net");
    assert!(!s.search.matches.is_empty());
    // Typing a letter that is also a binding goes into the prompt.
    keys(&mut s, &["a", "n", "y", "a", "h", "u"]);
    assert_eq!(s.search.query, "netanyahu");
    assert_eq!(s.search.matches.len(), 3, "smart case finds all three");
    press(&mut s, "backspace");
    assert_eq!(s.search.query, "netanyah");
    press(&mut s, "esc");
    assert_eq!(
        (s.search.query.as_str(), s.top),
        ("", origin),
        "Esc goes back"
    );
    keys(
        &mut s,
        &["g", "/", "K", "r", "e", "m", "l", "i", "n", "enter"],
    );
    assert!(!s.search.editing);
    assert_eq!(s.search.current, Some(0));
    keys(&mut s, &["n", "n"]);
    assert_eq!(s.search.current, Some(2));
    press(&mut s, "N");
    assert_eq!(s.search.current, Some(1));
    let first = s.search.matches[1].start;
    assert!(row_of(&s, first).is_some(), "the match is on screen");
    keys(&mut s, &["/", "z", "q", "x", "enter"]);
    assert_eq!(s.shell.message.as_deref(), Some("not found: zqx"));
}
