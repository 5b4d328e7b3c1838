//! The links list over the article: each link's words and address, the selection kept in
//! view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::truncate;
use crate::app::shell::Shell;
use crate::app::state::State;
use crate::layout::centered;
use crate::layout::wrap::{sanitize, width};
use crate::theme::Role;

/// The widest the list gets.
const MAX_WIDTH: u16 = 100;

/// Draws the list over `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let theme = &shell.config.theme;
    let links = &state.document.links;
    let w = area.width.saturating_sub(4).min(MAX_WIDTH);
    let h = area.height.saturating_sub(2).min(
        u16::try_from(links.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2),
    );
    let rect = centered(area, w, h);
    frame.render_widget(Clear, rect);
    let title = format!(
        " Links {} · Enter reads here · o opens in the browser · Esc closes ",
        links.len()
    );
    let block = Block::bordered()
        .title(title)
        .border_style(theme.style(Role::Popup));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let rows = usize::from(inner.height).max(1);
    let skip = (state.link + 1).saturating_sub(rows);
    let inner_w = usize::from(inner.width);
    let text = state.text();
    let lines: Vec<Line<'_>> = links
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .map(|(i, link)| {
            let words = link.span.text(text).split_whitespace().collect::<Vec<_>>();
            let words = truncate(&sanitize(&words.join(" ")), inner_w / 2);
            let url = format!("  {}", sanitize(&link.url));
            let url = truncate(&url, inner_w.saturating_sub(width(&words)));
            let (words_style, url_style) = if i == state.link {
                let s = theme.style(Role::ListSelected);
                (s, s)
            } else {
                (theme.style(Role::Link), theme.style(Role::Dim))
            };
            let pad = " ".repeat(inner_w.saturating_sub(width(&words) + width(&url)));
            Line::from(vec![
                Span::styled(words, words_style),
                Span::styled(format!("{url}{pad}"), url_style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
