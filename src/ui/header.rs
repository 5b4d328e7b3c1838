//! The header line: `byline`, the title, the source (a URL's host or a file's name) and the
//! publication date. The date is never cut; the source takes at most a quarter of the line;
//! the title gets the rest.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::truncate;
use crate::analysis::date::Date;
use crate::app::shell::Shell;
use crate::app::state::State;
use crate::document::source_name;
use crate::layout::wrap::width;
use crate::theme::{Role, Theme};

/// The name of the program, at the left.
const LEAD: &str = " byline  ";

/// Draws the header of an article into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let doc = &state.document;
    let title = doc.title.as_deref().unwrap_or("(untitled)");
    let source = doc.source.as_deref();
    draw(
        frame,
        &shell.config.theme,
        area,
        title,
        source,
        doc.published,
    );
}

/// Draws a header line into `area`: `byline`, `title`, and the name of `source` and the
/// `date` at the right.
pub fn draw(
    frame: &mut Frame<'_>,
    theme: &Theme,
    area: Rect,
    title: &str,
    source: Option<&str>,
    date: Option<Date>,
) {
    let style = theme.style(Role::Header);
    let total = usize::from(area.width);
    let source = source.map(source_name).unwrap_or_default();
    let mut right = truncate(source, total / 4);
    if let Some(date) = date {
        if !right.is_empty() {
            right.push_str("  ");
        }
        right.push_str(&date.to_string());
    }
    let room = total.saturating_sub(LEAD.len() + width(&right) + 3);
    let title = truncate(title, room);
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
