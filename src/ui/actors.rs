//! The Actors pane: name, kind and mention count, most salient first (the title says so); the
//! selected actor shows its roles, other names and statement count underneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::layout::shrink;
use super::layout::wrap::width;
use super::theme::Role;
use super::truncate;
use crate::app::state::{Focus, State};

/// Screen rows of actor `i` in the list: the selected actor unfolds a row for each detail.
fn rows_of(state: &State, i: usize) -> u16 {
    let unfolded = if i == state.actors.selected {
        state.actor_details(i).len()
    } else {
        0
    };
    1 + u16::try_from(unfolded).unwrap_or(0)
}

/// The actor drawn on screen row `row` of the pane `area`.
pub fn item_at(state: &State, area: Rect, row: u16) -> Option<usize> {
    let inner = shrink(area);
    let mut y = inner.y;
    for i in (0..state.analysis.actors.len()).skip(state.actors.offset) {
        let h = rows_of(state, i);
        if row >= y && row < y + h {
            return Some(i);
        }
        y += h;
        if y >= inner.bottom() {
            break;
        }
    }
    None
}

/// Draws the actors pane into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, area: Rect) {
    let theme = &state.config.theme;
    let focused = state.focus == Focus::Actors;
    let border = theme.style(if focused {
        Role::BorderFocused
    } else {
        Role::Border
    });
    let actors = &state.analysis.actors;
    let block = Block::bordered()
        .title(format!(" Actors {} by salience ", actors.len()))
        .border_style(border);
    frame.render_widget(block, area);
    let inner = shrink(area);
    if inner.width == 0 {
        return;
    }
    if actors.is_empty() {
        let line = Line::styled(" (none found)", theme.style(Role::Dim));
        frame.render_widget(line, Rect { height: 1, ..inner });
        return;
    }
    let w = usize::from(inner.width);
    let mut y = inner.y;
    for (i, actor) in actors.iter().enumerate().skip(state.actors.offset) {
        if y >= inner.bottom() {
            break;
        }
        let selected = i == state.actors.selected;
        let row_style = match (selected, focused) {
            (true, true) => theme.style(Role::ListSelected),
            (true, false) => theme.style(Role::ListCursor),
            _ => Style::new(),
        };
        let marker = if selected { "▶ " } else { "  " };
        let info = format!("{} {}", actor.kind.as_str(), actor.mentions.len());
        let room = w.saturating_sub(2 + width(&info) + 2);
        let name = truncate(&actor.name, room);
        let gap = w.saturating_sub(2 + width(&name) + width(&info) + 1);
        let name_style = if selected && focused {
            row_style
        } else {
            theme.style(Role::of_kind(actor.kind)).patch(row_style)
        };
        let line = Line::from(vec![
            Span::styled(marker, row_style),
            Span::styled(name, name_style),
            Span::styled(" ".repeat(gap), row_style),
            Span::styled(info, theme.style(Role::Dim).patch(row_style)),
            Span::styled(" ", row_style),
        ]);
        frame.render_widget(
            line,
            Rect {
                y,
                height: 1,
                ..inner
            },
        );
        y += 1;
        if !selected {
            continue;
        }
        for detail in state.actor_details(i) {
            if y >= inner.bottom() {
                break;
            }
            let detail = truncate(&detail, w.saturating_sub(5));
            let line = Line::styled(format!("    {detail}"), theme.style(Role::Dim));
            frame.render_widget(
                line,
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
            );
            y += 1;
        }
    }
}
