//! The header line: `byline`, the title, the source and the publication date.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::layout::wrap::width;
use super::theme::Role;
use super::truncate;
use crate::app::state::State;

/// Draws the header into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, area: Rect) {
    let theme = &state.config.theme;
    let style = theme.style(Role::Header);
    let doc = &state.document;
    let mut right = String::new();
    if let Some(source) = &doc.source {
        right.push_str(source);
    }
    if let Some(date) = doc.published {
        if !right.is_empty() {
            right.push_str("  ");
        }
        right.push_str(&date.to_string());
    }
    let total = usize::from(area.width);
    let lead = " byline  ";
    // The title gets what is left after the name and at least the date.
    let right = truncate(&right, (total / 3).max(10));
    let room = total.saturating_sub(lead.len() + width(&right) + 3);
    let title = truncate(doc.title.as_deref().unwrap_or("(untitled)"), room);
    let gap = total.saturating_sub(lead.len() + width(&title) + width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(lead, style.add_modifier(ratatui::style::Modifier::BOLD)),
        Span::styled(title, style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(right, style),
        Span::styled(" ", style),
    ])
    .style(style);
    frame.render_widget(line, area);
}
