//! The Timeline pane: one row per entry, when (`Fri 01-16` for a day of the publication
//! year, `2019-03-04` for another year, `Jan 2026` for a month, else the expression's own
//! words) and what (its label, else its event's words). While the pane has the focus, the
//! selected entry unfolds: its words wrapped over up to three rows, then the actors taking
//! part.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::layout::shrink;
use super::layout::wrap::width;
use super::theme::Role;
use super::truncate;
use crate::analysis::date::Date;
use crate::analysis::timeline::TimelineEntry;
use crate::app::state::{Focus, State};

/// Width of the "when" column.
const WHEN: usize = 12;

/// Short month names, January first.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `s` with its runs of whitespace made single spaces.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How an entry's time is shown; `year` is the publication year, whose days are shown
/// with their weekday.
pub fn when(text: &str, entry: &TimelineEntry, year: Option<i32>) -> String {
    let value = entry.value.as_deref().unwrap_or("");
    // A day, possibly with a time of day after it (`2026-01-16T15:00`).
    if let Some(date) = value.get(..10).and_then(Date::parse_iso) {
        if year.is_some_and(|y| y != date.year()) {
            return date.to_string();
        }
        let day = format!("{:?}", date.weekday());
        let day = day.get(..3).unwrap_or(&day);
        return format!("{day} {:02}-{:02}", date.month(), date.day());
    }
    // A month: `2026-01`.
    if let Some((y, m)) = value.split_once('-')
        && y.len() == 4
        && y.bytes().all(|b| b.is_ascii_digit())
        && let Ok(m) = m.parse::<usize>()
        && let Some(name) = m.checked_sub(1).and_then(|i| MONTHS.get(i))
    {
        return format!("{name} {y}");
    }
    words(entry.span.text(text))
}

/// What an entry is about: its label, else its event's words, else its own words.
pub fn what(text: &str, entry: &TimelineEntry) -> String {
    let raw = match (&entry.label, entry.event) {
        (Some(label), _) => label.as_str(),
        (None, Some(event)) => event.text(text),
        (None, None) => entry.span.text(text),
    };
    words(raw)
}

/// The names of the actors taking part in `entry`, `, `-separated.
pub fn who(state: &State, entry: &TimelineEntry) -> String {
    let names: Vec<&str> = entry
        .actors
        .iter()
        .filter_map(|&i| state.analysis.actors.get(i))
        .map(|a| a.name.as_str())
        .collect();
    names.join(", ")
}

/// Most rows the selected entry's words wrap to.
const MAX_WHAT_ROWS: usize = 3;

/// Columns left for the words in an `inner`-wide pane (marker, when, gap, right margin).
fn what_room(inner: usize) -> usize {
    inner.saturating_sub(2 + WHEN + 2)
}

/// Whether entry `i` is unfolded: the selected entry while the pane has the focus.
fn unfolded(state: &State, i: usize) -> bool {
    i == state.timeline.selected && state.focus == Focus::Timeline
}

/// The words of entry `i` as drawn in `room` columns: one truncated row, or for an
/// unfolded entry the words wrapped to at most [`MAX_WHAT_ROWS`] rows.
fn what_rows(state: &State, i: usize, entry: &TimelineEntry, room: usize) -> Vec<String> {
    let what = what(state.text(), entry);
    if !unfolded(state, i) || room == 0 {
        return vec![truncate(&what, room)];
    }
    let options = textwrap::Options::new(room).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    let wrapped = textwrap::wrap(&what, options);
    let more = wrapped.len() > MAX_WHAT_ROWS;
    let mut rows: Vec<String> = wrapped
        .iter()
        .take(MAX_WHAT_ROWS)
        .map(|r| truncate(r, room))
        .collect();
    if more && let Some(last) = rows.last_mut() {
        *last = truncate(&format!("{last} …"), room);
    }
    rows
}

/// The actor row of entry `i`: for an unfolded entry that names actors.
fn who_row(state: &State, i: usize, entry: &TimelineEntry) -> Option<String> {
    let who = who(state, entry);
    (unfolded(state, i) && !who.is_empty()).then_some(who)
}

/// Screen rows of entry `i` in a pane `inner` columns wide inside its border.
pub fn rows_of(state: &State, i: usize, inner: usize) -> usize {
    state.analysis.timeline.get(i).map_or(1, |entry| {
        what_rows(state, i, entry, what_room(inner)).len()
            + usize::from(who_row(state, i, entry).is_some())
    })
}

/// The entry drawn on screen row `row` of the pane `area`.
pub fn item_at(state: &State, area: Rect, row: u16) -> Option<usize> {
    let inner = shrink(area);
    if !(inner.y..inner.bottom()).contains(&row) {
        return None;
    }
    let mut y = usize::from(inner.y);
    let row = usize::from(row);
    for i in state.timeline.offset..state.analysis.timeline.len() {
        if y >= usize::from(inner.bottom()) {
            break;
        }
        let h = rows_of(state, i, usize::from(inner.width));
        if (y..y + h).contains(&row) {
            return Some(i);
        }
        y += h;
    }
    None
}

/// Draws the timeline pane into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, area: Rect) {
    let theme = &state.config.theme;
    let focused = state.focus == Focus::Timeline;
    let border = theme.style(if focused {
        Role::BorderFocused
    } else {
        Role::Border
    });
    let entries = &state.analysis.timeline;
    let block = Block::bordered()
        .title(format!(" Timeline {} ", entries.len()))
        .border_style(border);
    frame.render_widget(block, area);
    let inner = shrink(area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if entries.is_empty() {
        let line = Line::styled(" (no dated events)", theme.style(Role::Dim));
        frame.render_widget(line, Rect { height: 1, ..inner });
        return;
    }
    let room = what_room(usize::from(inner.width));
    let year = state.document.published.map(Date::year);
    let mut y = inner.y;
    let mut draw = |line: Line<'_>, y: &mut u16| {
        if *y < inner.bottom() {
            frame.render_widget(
                line,
                Rect {
                    y: *y,
                    height: 1,
                    ..inner
                },
            );
            *y += 1;
        }
    };
    for (i, entry) in entries.iter().enumerate().skip(state.timeline.offset) {
        if y >= inner.bottom() {
            break;
        }
        let selected = i == state.timeline.selected;
        let style = match (selected, focused) {
            (true, true) => theme.style(Role::ListSelected),
            (true, false) => theme.style(Role::ListCursor),
            _ => Style::new(),
        };
        let when = truncate(&when(state.text(), entry, year), WHEN);
        let when = format!(
            "{when}{}",
            " ".repeat(WHEN.saturating_sub(width(&when)) + 1)
        );
        for (row, what) in what_rows(state, i, entry, room).into_iter().enumerate() {
            let (marker, when) = match (row, selected) {
                (0, true) => ("▶ ", when.clone()),
                (0, false) => ("  ", when.clone()),
                _ => ("  ", " ".repeat(WHEN + 1)),
            };
            let line = Line::from(vec![
                Span::styled(marker, style),
                Span::styled(when, theme.style(Role::Dim).patch(style)),
                Span::styled(what, style),
            ])
            .style(style);
            draw(line, &mut y);
        }
        if let Some(who) = who_row(state, i, entry) {
            let who = truncate(&who, usize::from(inner.width).saturating_sub(5));
            draw(
                Line::styled(format!("    {who}"), theme.style(Role::Dim)),
                &mut y,
            );
        }
    }
}

#[cfg(test)]
mod tests;
