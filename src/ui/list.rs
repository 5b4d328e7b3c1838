//! The list view of a feed's items or a folder's articles: a header with the feed's title,
//! one row per item (title, date, source or counts; the selected row highlighted), and a
//! status line with the keys, a message, or the progress of a load.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::truncate;
use crate::app::Action;
use crate::app::list::{ListView, Target};
use crate::app::session::{LIST_TOP, Session};
use crate::layout::wrap::width;
use crate::theme::Role;

/// The progress spinner's frames.
const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/// Columns of a date (`2026-01-16`).
const DATE: usize = 10;

/// Draws `list` filling `area`, with the help overlay on top when it is open.
pub fn render(frame: &mut Frame<'_>, session: &Session, list: &ListView, area: Rect) {
    let theme = &session.shell.config.theme;
    let header = Rect { height: 1, ..area };
    let source = list.source.as_deref();
    super::header::draw(frame, theme, header, &list.title, source, None);
    let body = Rect {
        y: area.y.saturating_add(LIST_TOP - 1),
        height: area.height.saturating_sub(LIST_TOP),
        ..area
    };
    let title = format!(
        " {} {}/{} ",
        list.heading,
        (list.cursor.selected + 1).min(list.rows.len()),
        list.rows.len()
    );
    let block = Block::bordered()
        .title(title)
        .border_style(theme.style(Role::BorderFocused));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    frame.render_widget(Paragraph::new(rows(session, list, inner)), inner);
    let status = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1,
        ..area
    };
    if area.height > 1 {
        render_status(frame, session, status);
    }
    if let Some(scroll) = session.shell.help {
        super::help::render(frame, &session.shell.config, area, scroll);
    }
}

/// The screen while the reader's one article loads: blank, with the progress on the status
/// line (the spinner, the name, the key that cancels).
pub fn render_loading(frame: &mut Frame<'_>, session: &Session, area: Rect) {
    let status = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1,
        ..area
    };
    render_status(frame, session, status);
}

/// The rows on screen: the title, the date and the detail column, the selection highlighted.
fn rows<'a>(session: &Session, list: &'a ListView, inner: Rect) -> Vec<Line<'a>> {
    let theme = &session.shell.config.theme;
    let total = usize::from(inner.width);
    if list.rows.is_empty() {
        return vec![Line::styled(" (nothing to read)", theme.style(Role::Dim))];
    }
    let detail_width = list
        .rows
        .iter()
        .map(|r| width(&r.detail))
        .max()
        .unwrap_or(0)
        .min(total / 3);
    let title_width = total.saturating_sub(DATE + detail_width + 7);
    list.rows
        .iter()
        .enumerate()
        .skip(list.cursor.offset)
        .take(usize::from(inner.height))
        .map(|(i, row)| {
            let title = truncate(&row.title, title_width);
            let title_pad = " ".repeat(title_width.saturating_sub(width(&title)));
            let date = row.date.map(|d| d.to_string()).unwrap_or_default();
            let date = format!("{date:<DATE$}");
            let detail = truncate(&row.detail, detail_width);
            let detail_pad = " ".repeat(detail_width.saturating_sub(width(&detail)));
            let selected = i == list.cursor.selected;
            let (text, dim) = if selected {
                let s = theme.style(Role::ListSelected);
                (s, s)
            } else {
                (theme.style(Role::Text), theme.style(Role::Dim))
            };
            let mark = if selected { "▶ " } else { "  " };
            // Unread items, and feeds with unread items, in bold.
            let text = if row.unread == Some(true) {
                text.add_modifier(Modifier::BOLD)
            } else {
                text
            };
            let mut line = Line::from(vec![
                Span::styled(format!("{mark}{title}{title_pad}  "), text),
                Span::styled(format!("{date}  "), dim),
                Span::styled(format!("{detail}{detail_pad} "), dim),
            ]);
            if selected {
                line = line.style(text);
            }
            line
        })
        .collect()
}

/// The first key bound to `action`, as the help shows it.
fn key(session: &Session, action: Action) -> String {
    let keys = session.shell.config.keymap.keys(action);
    keys.first().map_or_else(String::new, ToString::to_string)
}

/// The last refresh error of the selected subscription, if it failed.
fn selected_error(session: &Session) -> Option<&str> {
    match &session.list()?.selected()?.target {
        Target::Subscription(feed) => feed.error.as_deref(),
        _ => None,
    }
}

/// The status line: the load in progress, a message, or the keys.
fn render_status(frame: &mut Frame<'_>, session: &Session, area: Rect) {
    let theme = &session.shell.config.theme;
    let style = theme.style(Role::Status);
    let help = key(session, Action::Help);
    let right = if help.is_empty() {
        String::new()
    } else {
        format!("{help} help ")
    };
    let room = usize::from(area.width).saturating_sub(width(&right) + 2);
    let (left, left_style) = if let Some(loading) = &session.loading {
        let spin = SPINNER[loading.frame % SPINNER.len()];
        let cancel = key(session, Action::Close);
        let text = format!("{spin} Loading {}… · {cancel} cancels", loading.name);
        (truncate(&text, room), theme.style(Role::Message))
    } else if let Some(message) = &session.shell.message {
        (truncate(message, room), theme.style(Role::Message))
    } else if let Some(p) = &session.refreshing {
        let failed = if p.errors > 0 {
            format!(" · {} failed", p.errors)
        } else {
            String::new()
        };
        let text = format!("⟳ refreshing {}/{}{failed}", p.done, p.total);
        (truncate(&text, room), theme.style(Role::Message))
    } else if let Some(error) = selected_error(session) {
        // A feed whose last refresh failed says why when it is selected.
        (
            truncate(&format!("! {error}"), room),
            theme.style(Role::Message),
        )
    } else {
        let mut hints = vec![
            format!("{} open", key(session, Action::Activate)),
            format!(
                "{}/{} move",
                key(session, Action::Down),
                key(session, Action::Up)
            ),
        ];
        let back = if session.lists.len() > 1 {
            "back"
        } else {
            "quit"
        };
        hints.push(format!("{} {back}", key(session, Action::Quit)));
        (truncate(&hints.join(" · "), room), style)
    };
    super::status::draw_line(frame, area, style, (left, left_style), right);
}
