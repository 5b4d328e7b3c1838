//! The who-said-what list: each speaker and their statements, the selection kept in view, and
//! the filter prompt at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::truncate;
use crate::app::nav::quote_words;
use crate::app::said::{SaidRow, rows, statements};
use crate::app::shell::Shell;
use crate::app::state::State;
use crate::layout::centered;
use crate::layout::wrap::{sanitize, width};
use crate::theme::{Role, Theme};

/// The widest the list gets.
const MAX_WIDTH: u16 = 96;

/// Draws the list over `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let theme = &shell.config.theme;
    let rows = rows(state);
    let shown = statements(&rows);
    let selected = shown.get(state.said.selected).copied();
    let w = area.width.saturating_sub(4).min(MAX_WIDTH);
    let h = area.height.saturating_sub(2);
    let rect = centered(area, w, h);
    frame.render_widget(Clear, rect);
    let who = state
        .said
        .actor
        .and_then(|a| state.analysis.actor(a))
        .map_or_else(
            || "Who said what".to_owned(),
            |a| format!("What {} said", a.name),
        );
    let title = format!(
        " {} — {} statement{} · Enter jumps · / filters · Esc closes ",
        truncate(&sanitize(&who), 40),
        shown.len(),
        if shown.len() == 1 { "" } else { "s" }
    );
    let block = Block::bordered()
        .title(title)
        .border_style(theme.style(Role::Popup));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let prompt = state.said.editing || !state.said.filter.is_empty();
    let body_rows = usize::from(inner.height.saturating_sub(u16::from(prompt)));
    let inner_w = usize::from(inner.width);
    // Keep the selected statement in view, a few rows from the bottom edge.
    let at = rows
        .iter()
        .position(|r| matches!(r, SaidRow::Statement(q) if Some(*q) == selected))
        .unwrap_or(0);
    let skip = (at + 2).saturating_sub(body_rows);
    let mut lines: Vec<Line<'_>> = rows
        .iter()
        .skip(skip)
        .take(body_rows)
        .map(|row| match *row {
            SaidRow::Speaker(speaker, n) => {
                let actor = speaker.and_then(|s| state.analysis.actor(s));
                let name = actor.map_or_else(
                    || "unattributed".to_owned(),
                    |a| sanitize(&a.name).into_owned(),
                );
                let role = actor
                    .and_then(|a| a.roles.first())
                    .map_or_else(String::new, |r| format!(", {}", sanitize(r)));
                let style = actor.map_or(theme.style(Role::Dim), |a| {
                    theme.style(Role::of_kind(a.kind))
                });
                let count = format!("  {n}");
                let head = truncate(
                    &format!("{name}{role}"),
                    inner_w.saturating_sub(width(&count)),
                );
                Line::from(vec![
                    Span::styled(head, style.patch(theme.style(Role::Title))),
                    Span::styled(count, theme.style(Role::Dim)),
                ])
            }
            SaidRow::Statement(q) => statement_line(state, theme, q, Some(q) == selected, inner_w),
        })
        .collect();
    if prompt {
        while lines.len() < body_rows {
            lines.push(Line::raw(""));
        }
        let cursor = if state.said.editing { "▏" } else { "" };
        lines.push(Line::styled(
            truncate(
                &format!("/{}{cursor}", sanitize(&state.said.filter)),
                inner_w,
            ),
            theme.style(Role::Status),
        ));
    }
    if rows.is_empty() {
        lines.insert(
            0,
            Line::styled(" no statements match", theme.style(Role::Dim)),
        );
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One statement: its kind and its first words, on one row.
fn statement_line(
    state: &State,
    theme: &Theme,
    q: usize,
    selected: bool,
    w: usize,
) -> Line<'static> {
    let Some(view) = state.quotes.get(q) else {
        return Line::raw("");
    };
    let words = sanitize(&quote_words(state, q)).into_owned();
    let (text, role) = if view.reported() {
        (words, Role::Reported)
    } else {
        (format!("“{words}”"), Role::Quote)
    };
    let label = format!("  {:<9} ", view.kind_name());
    let body = truncate(&text, w.saturating_sub(width(&label)));
    let row = if selected {
        theme.style(Role::ListSelected)
    } else {
        ratatui::style::Style::new()
    };
    Line::from(vec![
        Span::styled(label, theme.style(Role::Dim).patch(row)),
        Span::styled(body, theme.style(role).patch(row)),
    ])
}
