//! The quote detail popup: speaker, role, cue, kind and the full text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::app::nav::quote_words;
use crate::app::shell::Shell;
use crate::app::state::State;
use crate::layout::centered;
use crate::layout::wrap::sanitize;
use crate::theme::Role;

/// Draws the focused quote's details over `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let theme = &shell.config.theme;
    let Some((i, q)) = state.quote.and_then(|i| Some((i, state.quotes.get(i)?))) else {
        return;
    };
    let text = state.text();
    let speaker = q.speaker.and_then(|s| state.analysis.actor(s));
    let or_dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
    let fields = [
        (
            "Speaker  ",
            speaker.map_or_else(|| "unattributed".to_owned(), |a| a.name.clone()),
        ),
        (
            "Role     ",
            or_dash(speaker.map(|a| a.roles.join("; ")).unwrap_or_default()),
        ),
        (
            "Cue      ",
            or_dash(q.cue.map(|c| c.text(text).to_owned()).unwrap_or_default()),
        ),
        ("Kind     ", q.kind_name().to_owned()),
    ];
    let words = sanitize(&quote_words(state, i)).into_owned();
    let quote = if q.reported() {
        words
    } else {
        format!("“{words}”")
    };
    let w = area.width.saturating_sub(4).min(72);
    let body = usize::from(w.saturating_sub(2)).max(1);
    // Rows: each field and the quote as wrapped, a blank line between, the borders.
    let wrapped = |s: &str| textwrap::wrap(s, body).len().max(1);
    let rows = fields
        .iter()
        .map(|(label, value)| wrapped(&format!("{label}{value}")))
        .sum::<usize>()
        + wrapped(&quote)
        + 3;
    let mut lines: Vec<Line<'_>> = fields
        .into_iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(label, theme.style(Role::Dim)),
                Span::raw(sanitize(&value).into_owned()),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    let role = if q.reported() {
        Role::Reported
    } else {
        Role::Quote
    };
    lines.push(Line::styled(quote, theme.style(role)));
    let h = u16::try_from(rows).unwrap_or(u16::MAX);
    let rect = centered(area, w, h.min(area.height.saturating_sub(2)));
    frame.render_widget(Clear, rect);
    let title = format!(
        " Quote {}/{} — Enter or Esc closes ",
        i + 1,
        state.quotes.len()
    );
    let block = Block::bordered()
        .title(title)
        .border_style(theme.style(Role::Popup));
    let para = Paragraph::new(lines).block(block).wrap(Wrap { trim: true });
    frame.render_widget(para, rect);
}
