//! The help overlay, generated from the keymap: every binding with its description.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::truncate;
use crate::app::Config;
use crate::layout::{centered, wrap::width};
use crate::theme::Role;

/// Draws the help overlay over `area`, scrolled by `scroll` lines.
pub fn render(frame: &mut Frame<'_>, config: &Config, area: Rect, scroll: usize) {
    let theme = &config.theme;
    let entries = config.keymap.help_lines();
    let key_width = entries
        .iter()
        .map(|(k, _)| width(k))
        .max()
        .unwrap_or(0)
        .min(24);
    let desc_width = entries.iter().map(|(_, d)| width(d)).max().unwrap_or(0);
    let w = u16::try_from(key_width + desc_width + 7).unwrap_or(u16::MAX);
    let h = u16::try_from(entries.len() + 2).unwrap_or(u16::MAX);
    let rect = centered(
        area,
        w.min(area.width.saturating_sub(2)),
        h.min(area.height.saturating_sub(2)),
    );
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(" Help — Esc closes ")
        .border_style(theme.style(Role::Popup));
    let inner_w = usize::from(rect.width.saturating_sub(2));
    let text: Vec<Line<'_>> = entries
        .iter()
        .skip(scroll)
        .map(|(keys, desc)| {
            let keys = truncate(keys, key_width);
            let pad = key_width.saturating_sub(width(&keys));
            let desc = truncate(desc, inner_w.saturating_sub(key_width + 3));
            Line::from(vec![
                Span::styled(
                    format!(" {keys}{}  ", " ".repeat(pad)),
                    theme.style(Role::ListCursor),
                ),
                Span::raw(desc),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(text).block(block), rect);
}
