//! The article pane: the visible rows of the wrapped layout, with mentions, quotes and search
//! matches highlighted, and the focused quote marked in the gutter.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::style::Style;

use crate::analysis::span::Span;
use crate::app::quotes::overlapping_quotes;
use crate::app::shell::Shell;
use crate::app::state::{Focus, State};
use crate::layout::Panes;
use crate::layout::flow::Line;
use crate::layout::wrap::{Row, sanitize};
use crate::theme::{Role, Theme};

/// The gutter mark on the rows of the focused quote.
pub const GUTTER_MARK: &str = "▌";

/// Draws the article pane.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, panes: &Panes) {
    let theme = &shell.config.theme;
    let area = panes.article.intersection(frame.area());
    if panes.bordered {
        let focused = state.focus == Focus::Article;
        let block = super::pane_block(theme, " Article ".to_owned(), focused)
            .style(theme.style(Role::Text));
        frame.render_widget(block, area);
    }
    let text = state.text();
    let area = panes.text.intersection(frame.area());
    let focused = state
        .quote
        .and_then(|i| state.quotes.get(i))
        .map(|q| q.span);
    let buf = frame.buffer_mut();
    let lines = state.flow.lines(text, state.top, usize::from(area.height));
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        let Line::Text { para, row } = line else {
            continue;
        };
        let base = if para == 0 && state.headline {
            theme.style(Role::Title)
        } else {
            theme.style(Role::Text)
        };
        draw_row(buf, state, theme, row, base, (area.x, y, area.width));
        let span = Span::new(row.start, row.end.max(row.start + 1));
        if focused.is_some_and(|q| q.overlaps(span)) && panes.gutter.width > 0 {
            buf.set_string(panes.gutter.x, y, GUTTER_MARK, theme.style(Role::Gutter));
        }
    }
}

/// The items of `items` (sorted, by `span`) that overlap `row`, and the index of the first.
fn overlapping<T>(items: &[T], row: Row, span: impl Fn(&T) -> Span) -> (usize, &[T]) {
    let from = items.partition_point(|t| span(t).end <= row.start);
    let rest = items.get(from..).unwrap_or(&[]);
    let n = rest.partition_point(|t| span(t).start < row.end);
    (from, rest.get(..n).unwrap_or(&[]))
}

/// Draws one row at `(x, y)` within `width` columns, split where the highlighting changes.
fn draw_row(
    buf: &mut Buffer,
    state: &State,
    theme: &Theme,
    row: Row,
    base: Style,
    (x, y, width): (u16, u16, u16),
) {
    let text = state.text();
    let (first_quote, quotes) = overlapping_quotes(&state.quotes, Span::new(row.start, row.end));
    let (_, marks) = overlapping(&state.marks, row, |m| m.span);
    let (_, matches) = overlapping(&state.search.matches, row, |m| *m);
    let (_, links) = overlapping(&state.document.links, row, |l| l.span);
    let selected = state.selected_actor();
    let current_mention = selected
        .zip(state.mention)
        .and_then(|(a, m)| state.analysis.actor(a)?.mentions.get(m))
        .map(|m| m.span);
    let current_match = state
        .search
        .current
        .and_then(|i| state.search.matches.get(i))
        .copied();
    // The speaker's mention, highlighted with the focused quote.
    let speaker = state
        .quote
        .and_then(|i| state.quotes.get(i))
        .and_then(|q| q.speaker_mention);
    let mut cuts: Vec<usize> = vec![row.start, row.end];
    let spans = quotes
        .iter()
        .map(|q| q.span)
        .chain(speaker)
        .chain(state.event)
        .chain(links.iter().map(|l| l.span))
        .chain(marks.iter().map(|m| m.span))
        .chain(matches.iter().copied());
    for s in spans {
        cuts.extend(
            [s.start, s.end]
                .into_iter()
                .filter(|&b| b > row.start && b < row.end),
        );
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut cx = x;
    let right = x.saturating_add(width);
    for pair in cuts.windows(2) {
        let [a, b] = [pair[0], pair[1]];
        let piece = Span::new(a, b);
        let mut style = base;
        // A reported statement may hold a quoted phrase: both styles apply, the phrase's last.
        for (k, q) in quotes.iter().enumerate() {
            if !q.span.contains(piece) {
                continue;
            }
            style = style.patch(theme.style(if q.reported() {
                Role::Reported
            } else {
                Role::Quote
            }));
            if state.quote == Some(first_quote + k) {
                style = style.patch(theme.style(Role::QuoteFocused));
            }
        }
        if speaker.is_some_and(|s| s.contains(piece)) {
            style = style.patch(theme.style(Role::Speaker));
        }
        if let Some(m) = marks.iter().find(|m| m.span.contains(piece)) {
            if let Some(actor) = state.analysis.actor(m.actor) {
                style = style.patch(theme.style(Role::of_kind(actor.kind)));
            }
            if selected == Some(m.actor) {
                style = style.patch(theme.style(Role::Selected));
                if current_mention == Some(m.span) {
                    style = style.patch(theme.style(Role::MentionCurrent));
                }
            }
        }
        if links.iter().any(|l| l.span.contains(piece)) {
            style = style.patch(theme.style(Role::Link));
        }
        if state.event.is_some_and(|e| e.contains(piece)) {
            style = style.patch(theme.style(Role::Event));
        }
        if let Some(m) = matches.iter().find(|m| m.contains(piece)) {
            style = style.patch(theme.style(Role::Search));
            if current_match == Some(*m) {
                style = style.patch(theme.style(Role::SearchCurrent));
            }
        }
        let shown = sanitize(piece.text(text));
        let room = usize::from(right.saturating_sub(cx));
        if room == 0 {
            break;
        }
        cx = buf.set_stringn(cx, y, &shown, room, style).0;
    }
}
