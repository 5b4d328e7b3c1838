//! The status line: the search prompt, a message, or where the reader is (quote, mention,
//! search match, percent through the article) with the keys to move on.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::truncate;
use crate::app::Action;
use crate::app::keymap::Keymap;
use crate::app::nav::{attribution, quote_number, visited};
use crate::app::quotes::QuoteView;
use crate::app::shell::Shell;
use crate::app::state::State;
use crate::layout::wrap::width;
use crate::theme::Role;

/// The first key of each action, as `]/[`.
fn keys(keymap: &Keymap, a: Action, b: Action) -> String {
    let first = |x: Action| {
        keymap
            .keys(x)
            .first()
            .map_or_else(String::new, ToString::to_string)
    };
    format!("{}/{}", first(a), first(b))
}

/// One piece of the status line, and how much it matters when the line is short of room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// What is shown.
    pub text: String,
    /// Pieces of a lower priority are left out first.
    pub priority: u8,
}

fn part(text: String, priority: u8) -> Part {
    Part { text, priority }
}

/// Where the reader is, in the order of the design: a pending count, the quote, the mention
/// of the selected actor, the search; with the keys of `keymap`.
pub fn parts(state: &State, keymap: &Keymap) -> Vec<Part> {
    let mut parts = Vec::new();
    if let Some(n) = state.count {
        parts.push(part(n.to_string(), 4));
    }
    let quote_keys = keys(keymap, Action::NextQuote, Action::PrevQuote);
    let visited = visited(state).len();
    parts.push(match (state.quote, visited) {
        (_, 0) => part("no quotes".to_owned(), 1),
        (Some(i), _) => {
            let (k, n) = quote_number(state, i);
            let mut s = format!("{quote_keys} quote {k}/{n}");
            if state.quotes.get(i).is_some_and(QuoteView::reported) {
                s.push_str(" — reported");
            }
            if let Some(who) = attribution(state, i) {
                let name = who.split(", ").next().unwrap_or(&who).to_owned();
                s.push_str(" — ");
                s.push_str(&name);
            }
            part(s, 3)
        }
        (None, n) => part(format!("{quote_keys} {n} quote{}", plural(n)), 1),
    });
    if let Some(actor) = state.selected_actor().and_then(|a| state.analysis.actor(a)) {
        let mention_keys = keys(keymap, Action::NextMention, Action::PrevMention);
        let n = actor.mentions.len();
        parts.push(match state.mention {
            Some(i) => part(
                format!("{mention_keys} mention {}/{n} {}", i + 1, actor.name),
                2,
            ),
            None => part(
                format!("{mention_keys} {} ({n} mention{})", actor.name, plural(n)),
                1,
            ),
        });
    }
    let search = &state.search;
    parts.push(if search.query.is_empty() {
        let key = keymap.keys(Action::Search).first();
        part(key.map_or_else(String::new, |k| format!("{k} search")), 0)
    } else {
        let total = search.matches.len();
        let text = match search.current {
            Some(i) => format!("match {}/{total} “{}”", i + 1, search.query),
            None => format!("no match “{}”", search.query),
        };
        part(text, 3)
    });
    parts.retain(|p| !p.text.is_empty());
    parts
}

/// The parts joined with ` · `.
pub fn position(state: &State, keymap: &Keymap) -> String {
    join(&parts(state, keymap))
}

fn join(parts: &[Part]) -> String {
    let texts: Vec<&str> = parts.iter().map(|p| p.text.as_str()).collect();
    texts.join(" · ")
}

/// The parts that fit in `room` columns: the lowest priority (the last of equals) goes
/// first; what is left is cut with `…` if it still does not fit.
pub fn fit(mut parts: Vec<Part>, room: usize) -> String {
    while parts.len() > 1 && width(&join(&parts)) > room {
        let lowest = parts.iter().map(|p| p.priority).min().unwrap_or(0);
        if let Some(i) = parts.iter().rposition(|p| p.priority == lowest) {
            parts.remove(i);
        }
    }
    truncate(&join(&parts), room)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Draws the status line into `area`.
pub fn render(frame: &mut Frame<'_>, state: &State, shell: &Shell, area: Rect) {
    let theme = &shell.config.theme;
    let style = theme.style(Role::Status);
    let help = shell
        .config
        .keymap
        .keys(Action::Help)
        .first()
        .map_or_else(String::new, |k| format!(" · {k} help"));
    let right = format!("{}%{help} ", state.percent(shell.screen));
    let total = usize::from(area.width);
    let room = total.saturating_sub(width(&right) + 2);
    let (left, left_style) = if state.search.editing {
        (truncate(&format!("/{}▏", state.search.query), room), style)
    } else if let Some(message) = &shell.message {
        (truncate(message, room), theme.style(Role::Message))
    } else {
        (fit(parts(state, &shell.config.keymap), room), style)
    };
    draw_line(frame, area, style, (left, left_style), right);
}

/// Draws a status line: `left` in its own style after one space, `right` flush right.
pub fn draw_line(
    frame: &mut Frame<'_>,
    area: Rect,
    style: Style,
    (left, left_style): (String, Style),
    right: String,
) {
    let gap = usize::from(area.width).saturating_sub(1 + width(&left) + width(&right));
    let line = Line::from(vec![
        Span::styled(" ", style),
        Span::styled(left, left_style),
        Span::styled(" ".repeat(gap), style),
        Span::styled(right, style),
    ])
    .style(style);
    frame.render_widget(line, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn low_priority_parts_go_first() {
        let parts = vec![
            part("]/[ quote 3/6 — Dmitry Peskov".into(), 3),
            part("}/{ Iran (14 mentions)".into(), 1),
            part("match 2/14 “iran”".into(), 3),
            part("/ search".into(), 0),
        ];
        let all = fit(parts.clone(), 200);
        assert_eq!(
            all,
            "]/[ quote 3/6 — Dmitry Peskov · }/{ Iran (14 mentions) · match 2/14 “iran” · / search"
        );
        assert_eq!(
            fit(parts.clone(), 50),
            "]/[ quote 3/6 — Dmitry Peskov · match 2/14 “iran”"
        );
        assert_eq!(fit(parts, 20), "]/[ quote 3/6 — Dmi…");
    }
}
