//! The Actors pane: name, kind and mention count, most salient first (the title says so); the
//! selected actor shows its roles, other names and statement count underneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::truncate;
use crate::app::shell::Shell;
use crate::app::state::{Focus, State};
use crate::layout::BORDER;
use crate::layout::wrap::width;
use crate::theme::Role;

/// Draws the actors pane into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let theme = &shell.config.theme;
    let focused = state.focus == Focus::Actors;
    let actors = &state.analysis.actors;
    let title = format!(" Actors {} by salience ", actors.len());
    let block = super::pane_block(theme, title, focused);
    frame.render_widget(block, area);
    let inner = area.inner(BORDER);
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
