//! State tests: list cursors, resizes that keep the reading position, lazy layout.

use super::*;
use crate::analysis::analyze;
use crate::app::config::Config;
use crate::app::shell::Shell;
use crate::app::{Action, update};
use crate::document::{Input, LoadOptions, from_bytes, load};
use crate::layout::flow::Line;

/// An article's state on a `size` screen, and the session's shell around it.
fn state(text: &str, size: (u16, u16)) -> (State, Shell) {
    let doc = from_bytes(text.as_bytes(), "test.txt", None, LoadOptions::default())
        .unwrap()
        .document;
    let analysis = analyze(&doc.text, doc.published);
    let shell = Shell::new(Config::defaults(false).unwrap(), size);
    (State::new(doc, analysis, size), shell)
}

fn sample() -> String {
    load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document
        .text
}

#[test]
fn list_cursor_keeps_the_selection_visible() {
    let mut c = ListCursor::default();
    c.step(7, 10);
    c.keep_visible(10, 4, 1);
    assert_eq!((c.selected, c.offset), (7, 4));
    c.keep_visible(10, 4, 2);
    assert_eq!(c.offset, 5, "a two-row selection needs one more row");
    c.step(-100, 10);
    c.keep_visible(10, 4, 1);
    assert_eq!((c.selected, c.offset), (0, 0));
    c.step(100, 10);
    assert_eq!(c.selected, 9);
    c.keep_visible(0, 4, 1);
    assert_eq!(c.selected, 0);
}

#[test]
fn a_taller_list_scrolls_back_to_fill_the_pane() {
    let mut c = ListCursor::default();
    c.step(19, 20);
    c.keep_visible(20, 5, 1);
    assert_eq!(c.offset, 15);
    c.keep_visible(20, 30, 1);
    assert_eq!((c.selected, c.offset), (19, 0), "every row fits now");
    c.keep_visible(20, 10, 2);
    assert_eq!(c.offset, 11);
}

#[test]
fn resizing_keeps_the_first_visible_sentence() {
    let (mut s, mut shell) = state(&sample(), (120, 40));
    update(&mut s, &mut shell, Action::Count(1));
    update(&mut s, &mut shell, Action::Count(5));
    update(&mut s, &mut shell, Action::Down);
    let byte = s.top_byte();
    let sentences = &s.analysis.segments.sentences;
    let sentence = *sentences
        .iter()
        .find(|x| x.start <= byte && byte < x.end)
        .unwrap();
    for (w, h) in [(80, 24), (50, 20), (200, 60), (61, 16), (120, 40)] {
        update(&mut s, &mut shell, Action::Resize(w, h));
        let shown = s
            .flow
            .lines(s.text(), s.top, s.page_height(shell.screen))
            .any(|l| match l {
                Line::Text { row, .. } => row.start < sentence.end && sentence.start < row.end,
                Line::Blank => false,
            });
        assert!(shown, "{w}×{h}: the sentence left the screen");
    }
}

#[test]
fn layout_is_lazy_on_a_large_article() {
    let seed = sample();
    let mut text = String::new();
    while text.len() < 2_000_000 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    let (mut s, mut shell) = state(&text, (120, 40));
    assert!(s.flow.len() > 1000);
    for a in [
        Action::Bottom,
        Action::Up,
        Action::NextQuote,
        Action::PrevQuote,
    ] {
        update(&mut s, &mut shell, a);
    }
    for a in [Action::Top, Action::HalfPageDown, Action::Resize(90, 30)] {
        update(&mut s, &mut shell, a);
    }
    let (wrapped, total) = (s.flow.wrapped(), s.flow.len());
    assert!(wrapped < 40, "{wrapped} of {total} paragraphs wrapped");
}
