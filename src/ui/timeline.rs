//! The Timeline pane: one row per entry, when (`Fri 01-16` for a day of the publication
//! year, `2019-03-04` for another year, `Jan 2026` for a month, else the expression's own
//! words) and what (its label, else its event's words). While the pane has the focus, the
//! selected entry unfolds: its words wrapped over up to three rows, then the actors taking
//! part.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::truncate;
use crate::analysis::date::Date;
use crate::analysis::timeline::TimelineEntry;
use crate::app::panes::{WHEN, what_room, words};
use crate::app::shell::Shell;
use crate::app::state::{Focus, State};
use crate::layout::BORDER;
use crate::layout::wrap::width;
use crate::theme::Role;

/// Short month names, January first.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

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

/// Draws the timeline pane into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let theme = &shell.config.theme;
    let focused = state.focus == Focus::Timeline;
    let entries = &state.analysis.timeline;
    let title = format!(" Timeline {} ", entries.len());
    let block = super::pane_block(theme, title, focused);
    frame.render_widget(block, area);
    let inner = area.inner(BORDER);
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
        for (row, what) in state.what_rows(i, entry, room).into_iter().enumerate() {
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
        if let Some(who) = state.who_row(i, entry) {
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
