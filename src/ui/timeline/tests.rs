use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::analysis::actors::ActorId;
use crate::analysis::analyze;
use crate::analysis::span::Span;
use crate::analysis::timeline::TimexType;
use crate::app::{Config, Shell};
use crate::document::Document;

const TEXT: &str = "Vladimir Putin spoke with Benjamin Netanyahu on Friday. \
                    In March 2019 there were talks. The war lasted three years. \
                    Officials met on March 4, 2019.";

fn span_of(needle: &str) -> Span {
    let start = TEXT.find(needle).unwrap();
    Span::new(start, start + needle.len())
}

/// The text with four hand-built entries (a day with a label and actors, a month with an
/// event, a duration with neither, a day of another year), the timeline focused.
fn state() -> State {
    let doc = Document {
        title: None,
        byline: None,
        published: Date::parse_iso("2026-01-17"),
        source: None,
        text: TEXT.to_owned(),
        links: Vec::new(),
    };
    let mut analysis = analyze(TEXT, doc.published);
    let actor = |name: &str| analysis.actors.iter().position(|a| a.name.contains(name));
    let actors: Vec<ActorId> = [actor("Putin"), actor("Netanyahu")]
        .into_iter()
        .flatten()
        .map(ActorId::new)
        .collect();
    assert_eq!(actors.len(), 2, "{:?}", analysis.actors);
    let entry = |span: &str, kind, value: &str| TimelineEntry {
        span: span_of(span),
        kind,
        value: Some(value.to_owned()),
        event: None,
        label: None,
        actors: Vec::new(),
    };
    analysis.timeline = vec![
        TimelineEntry {
            label: Some("Putin speaks with Netanyahu by phone".into()),
            actors,
            ..entry("Friday", TimexType::Date, "2026-01-16")
        },
        TimelineEntry {
            event: Some(span_of("there were talks")),
            ..entry("March 2019", TimexType::Date, "2019-03")
        },
        entry("three years", TimexType::Duration, "P3Y"),
        TimelineEntry {
            label: Some("officials meet".into()),
            ..entry("March 4, 2019", TimexType::Date, "2019-03-04")
        },
    ];
    let mut state = State::new(doc, analysis, (120, 40));
    state.focus = Focus::Timeline;
    state
}

fn rows(state: &State, w: u16, h: u16) -> Vec<String> {
    let shell = Shell::new(Config::defaults(false).unwrap(), (120, 40));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|frame| render(frame, state, &shell, frame.area()))
        .unwrap();
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect()
}

#[test]
fn entries_show_when_what_and_who() {
    let s = state();
    assert_eq!(
        rows(&s, 44, 8),
        [
            "┌ Timeline 4 ──────────────────────────────┐",
            "│▶ Fri 01-16    Putin speaks with          │",
            "│               Netanyahu by phone         │",
            "│    Vladimir Putin, Benjamin Netanyahu    │",
            "│  Mar 2019     there were talks           │",
            "│  three years  three years                │",
            "│  2019-03-04   officials meet             │",
            "└──────────────────────────────────────────┘",
        ]
    );
}

#[test]
fn the_selection_unfolds_and_clicks_find_entries() {
    let mut s = state();
    let area = Rect::new(0, 0, 30, 6);
    // The selected first entry: three rows of words (cut), one of actors.
    assert_eq!(s.event_rows(0, 28), 4);
    assert_eq!(s.event_rows(1, 28), 1);
    assert_eq!(
        rows(&s, 30, 6)[1..5],
        [
            "│▶ Fri 01-16    Putin speaks │",
            "│               with         │",
            "│               Netanyahu b… │",
            "│    Vladimir Putin, Benjam… │",
        ]
    );
    assert_eq!(s.event_at(area, 4), Some(0));
    assert_eq!(s.event_at(area, 5), None, "the bottom border");
    s.timeline.selected = 3;
    s.timeline.offset = 2;
    assert_eq!(s.event_at(area, 1), Some(2));
    assert_eq!(s.event_at(area, 2), Some(3));
    assert_eq!(
        rows(&s, 30, 6)[1..4],
        [
            "│  three years  three years  │",
            "│▶ 2019-03-04   officials    │",
            "│               meet         │",
        ]
    );
}

#[test]
fn without_the_focus_every_entry_takes_one_row() {
    let mut s = state();
    s.focus = Focus::Article;
    assert_eq!(s.event_rows(0, 28), 1);
    assert_eq!(
        rows(&s, 44, 8)[1],
        "│▶ Fri 01-16    Putin speaks with Netanya… │"
    );
}

#[test]
fn times_of_day_and_other_values() {
    let s = state();
    let mut e = s.analysis.timeline[0].clone();
    e.value = Some("2026-01-16TNI".into());
    assert_eq!(when(TEXT, &e, Some(2026)), "Fri 01-16");
    assert_eq!(when(TEXT, &e, None), "Fri 01-16");
    e.value = Some("PAST_REF".into());
    assert_eq!(when(TEXT, &e, Some(2026)), "Friday");
    e.value = Some("2026-13".into());
    assert_eq!(when(TEXT, &e, Some(2026)), "Friday");
    e.value = None;
    assert_eq!(when(TEXT, &e, Some(2026)), "Friday");
}
