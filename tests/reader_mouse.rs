//! Mouse → action → state: the wheel over each pane, clicks on actors, timeline entries,
//! mentions and quotes, on the reader's state without a terminal.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "reader_support.rs"]
mod support;

use byline::app::Action;
use byline::app::input::action_for;
use byline::app::state::Focus;
use byline::layout::flow::Pos;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use support::*;

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

#[test]
fn mouse_wheel_and_clicks() {
    let mut s = sample_state(120, 40);
    let panes = s.panes(s.shell.screen);
    let (ax, ay) = (panes.text.x + 5, panes.text.y + 5);
    let wheel = action_for(
        &s,
        &s.shell.config.keymap,
        &mouse(MouseEventKind::ScrollDown, ax, ay),
    )
    .unwrap();
    update(&mut s, wheel);
    assert_eq!(s.top, lines_from(&s, Pos::default(), 3));
    // Over the actors pane the wheel moves the selection.
    let actors = panes.actors.unwrap();
    let wheel = action_for(
        &s,
        &s.shell.config.keymap,
        &mouse(MouseEventKind::ScrollDown, actors.x + 3, actors.y + 3),
    );
    update(&mut s, wheel.unwrap());
    assert_eq!(s.actors.selected, 1);
    // A click on the row after the selected actor (1), which unfolds its roles and names.
    let unfolded = s.actor_details(1).len() as u16;
    assert!(unfolded >= 2, "roles and other names");
    let click = action_for(
        &s,
        &s.shell.config.keymap,
        &mouse(
            MouseEventKind::Down(MouseButton::Left),
            actors.x + 3,
            actors.y + 3 + unfolded,
        ),
    );
    update(&mut s, click.unwrap());
    assert_eq!((s.focus, s.actors.selected), (Focus::Actors, 2));
    // A click on a mention in the article selects its actor.
    update(&mut s, Action::Top);
    let mark = s.marks[s.marks.len() / 2];
    let (pos, col) = s.flow.locate(s.text(), mark.span.start);
    press(&mut s, "esc");
    let row = (0..s.page_height(s.shell.screen))
        .find(|&i| lines_from(&s, s.top, i as isize) == pos)
        .map(|r| r as u16)
        .unwrap_or_else(|| {
            s.top = pos;
            0
        });
    update(
        &mut s,
        Action::Click {
            column: panes.text.x + col as u16,
            row: panes.text.y + row,
        },
    );
    assert_eq!(s.focus, Focus::Article);
    assert_eq!(s.selected_actor(), Some(mark.actor));
    // And a click inside a quote focuses it.
    let q = s.quotes[0].span;
    s.top = s.flow.locate(s.text(), q.start).0;
    let (_, col) = s.flow.locate(s.text(), q.start);
    update(
        &mut s,
        Action::Click {
            column: panes.text.x + col as u16,
            row: panes.text.y,
        },
    );
    assert_eq!(s.quote, Some(0));
}
