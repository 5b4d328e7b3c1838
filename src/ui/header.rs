//! The header line: `byline`, the title, the source (a URL's host or a file's name) and the
//! publication date. The date is never cut; the source takes at most a quarter of the line;
//! the title gets the rest.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::truncate;
use crate::app::state::State;
use crate::document::source_name;
use crate::layout::wrap::width;
use crate::theme::Role;

/// The name of the program, at the left.
const LEAD: &str = " byline  ";

/// Draws the header into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, area: Rect) {
    let theme = &state.config.theme;
    let style = theme.style(Role::Header);
    let doc = &state.document;
    let total = usize::from(area.width);
    let date = doc.published.map(|d| d.to_string()).unwrap_or_default();
    let source = doc.source.as_deref().map(source_name).unwrap_or_default();
    let source = truncate(source, total / 4);
    let mut right = source;
    if !date.is_empty() {
        if !right.is_empty() {
            right.push_str("  ");
        }
        right.push_str(&date);
    }
    let room = total.saturating_sub(LEAD.len() + width(&right) + 3);
    let title = truncate(doc.title.as_deref().unwrap_or("(untitled)"), room);
    let gap = total.saturating_sub(LEAD.len() + width(&title) + width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(LEAD, style.add_modifier(Modifier::BOLD)),
        Span::styled(title, style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(right, style),
        Span::styled(" ", style),
    ])
    .style(style);
    frame.render_widget(line, area);
}
