//! Moving through the article: quotes, mentions, search matches, jumps from the lists, the
//! quote popup and copy, and the mouse.

use super::quotes::{QuoteView, overlapping_quotes};
use super::search::{LIMIT, find_all};
use super::shell::Shell;
use super::state::{Effect, Focus, Overlay, Search, State};
use crate::analysis::span::Span;
use crate::layout::flow::{Flow, Line};
use ratatui::layout::Position;

/// The index `from` wrapped into `0..total`, and whether it wrapped.
fn wrap_index(from: isize, total: usize) -> (usize, bool) {
    let t = isize::try_from(total).unwrap_or(isize::MAX).max(1);
    let wrapped = from < 0 || from >= t;
    (usize::try_from(from.rem_euclid(t)).unwrap_or(0), wrapped)
}

/// Where a `n`-step move goes from `current`, or from the screen's top when there is no
/// current item: `starts_after_top` items start before the top of the screen.
fn target(current: Option<usize>, starts_before_top: usize, n: isize) -> isize {
    let before = isize::try_from(starts_before_top).unwrap_or(isize::MAX);
    match current {
        Some(i) => isize::try_from(i).unwrap_or(0) + n,
        None if n > 0 => before + n - 1,
        None => before + n,
    }
}

fn wrap_message(what: &str, forward: bool) -> String {
    if forward {
        format!("passed the last {what}: wrapped to the top")
    } else {
        format!("passed the first {what}: wrapped to the bottom")
    }
}

/// The quotes `]`/`[` visit, as indices into `state.quotes`: all of them, or without reported
/// statements when those are toggled off.
pub fn visited(state: &State) -> Vec<usize> {
    (0..state.quotes.len())
        .filter(|&k| state.reported || state.quotes.get(k).is_some_and(|q| !q.reported()))
        .collect()
}

/// Quote `i`'s number among the visited quotes (from 1), and how many are visited.
pub fn quote_number(state: &State, i: usize) -> (usize, usize) {
    let visited = visited(state);
    let k = visited.partition_point(|&v| v < i);
    (k + 1, visited.len().max(k + 1))
}

/// `]` / `[`: focus the `n`th next (negative: previous) quote and scroll it to a third.
pub fn quote(state: &mut State, shell: &mut Shell, n: isize) {
    let visited = visited(state);
    if visited.is_empty() {
        shell.message = Some("no quotes in this article".into());
        return;
    }
    let top = state.top_byte();
    let start_of = |k: &usize| state.quotes.get(*k).map_or(0, |q| q.span.start);
    let before = visited.partition_point(|k| start_of(k) < top);
    // A focused quote that is no longer visited counts from where it is.
    let current = state.quote.map(|q| match visited.binary_search(&q) {
        Ok(i) => i,
        Err(i) if n > 0 => i.saturating_sub(1),
        Err(i) => i,
    });
    let (i, wrapped) = wrap_index(target(current, before, n), visited.len());
    if wrapped {
        shell.message = Some(wrap_message("quote", n > 0));
    }
    state.quote = visited.get(i).copied();
    if let Some(start) = visited.get(i).map(start_of) {
        state.scroll_to_third(start, shell.screen);
    }
}

/// `R`: whether `]`/`[` visit reported statements too.
pub fn toggle_reported(state: &mut State, shell: &mut Shell) {
    state.reported = !state.reported;
    let n = state.quotes.iter().filter(|q| q.reported()).count();
    shell.message = Some(if state.reported {
        format!("]/[ visit quotes and {n} reported statement{}", plural(n))
    } else {
        "]/[ visit quotes only".to_owned()
    });
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `}` / `{`: the `n`th next (negative: previous) mention of the selected actor.
pub fn mention(state: &mut State, shell: &mut Shell, n: isize) {
    let Some(actor) = state.selected_actor() else {
        shell.message = Some("no actors in this article".into());
        return;
    };
    let top = state.top_byte();
    let Some(mentions) = state.analysis.actor(actor).map(|a| &a.mentions) else {
        return;
    };
    if mentions.is_empty() {
        return;
    }
    let before = mentions.partition_point(|m| m.span.start < top);
    let (i, wrapped) = wrap_index(target(state.mention, before, n), mentions.len());
    let start = mentions.get(i).map_or(0, |m| m.span.start);
    if wrapped {
        shell.message = Some(wrap_message("mention", n > 0));
    }
    state.mention = Some(i);
    state.reveal(start, shell.screen);
}

/// `/`: open the search prompt.
pub fn search_start(state: &mut State) {
    state.search = Search {
        editing: true,
        origin: state.top,
        ..Search::default()
    };
    state.focus = Focus::Article;
}

/// A character typed into the prompt (`None`: backspace); the view follows the first match
/// at or after where the search started.
pub fn search_edit(state: &mut State, screen: (u16, u16), c: Option<char>) {
    match c {
        Some(c) => state.search.query.push(c),
        None => {
            state.search.query.pop();
        }
    }
    state.search.matches = find_all(&state.document.text, &state.search.query, LIMIT);
    state.top = state.search.origin;
    let origin = state.top_byte();
    let matches = &state.search.matches;
    state.search.current = if matches.is_empty() {
        None
    } else {
        Some(matches.partition_point(|m| m.start < origin) % matches.len())
    };
    if let Some(m) = state
        .search
        .current
        .and_then(|i| state.search.matches.get(i))
    {
        let start = m.start;
        state.reveal(start, screen);
    }
}

/// Enter in the prompt: keep the search.
pub fn search_commit(state: &mut State, shell: &mut Shell) {
    state.search.editing = false;
    if state.search.query.is_empty() {
        state.search = Search::default();
    } else if state.search.matches.is_empty() {
        shell.message = Some(format!("not found: {}", state.search.query));
    }
}

/// Esc in the prompt: drop the search and go back to where it started.
pub fn search_cancel(state: &mut State) {
    state.top = state.search.origin;
    state.search = Search::default();
}

/// `n` / `N`: the `n`th next (negative: previous) match.
pub fn search_step(state: &mut State, shell: &mut Shell, n: isize) {
    let total = state.search.matches.len();
    if total == 0 {
        shell.message = Some(if state.search.query.is_empty() {
            "no search: / starts one".into()
        } else {
            format!("not found: {}", state.search.query)
        });
        return;
    }
    let top = state.top_byte();
    let before = state.search.matches.partition_point(|m| m.start < top);
    let (i, wrapped) = wrap_index(target(state.search.current, before, n), total);
    if wrapped {
        shell.message = Some(wrap_message("match", n > 0));
    }
    state.search.current = Some(i);
    let start = state.search.matches.get(i).map_or(0, |m| m.start);
    state.reveal(start, shell.screen);
}

/// Enter: open the focused quote, or jump to the selected actor's first mention or to the
/// selected event's sentence, focusing the article (the event clause stays marked until the
/// next action).
pub fn activate(state: &mut State, shell: &mut Shell) {
    match state.focus {
        Focus::Article if state.quote.is_some() => state.overlay = Some(Overlay::Quote),
        Focus::Article => {
            shell.message = Some("no quote focused: ] focuses the next quote".into());
        }
        Focus::Actors => {
            let first = state
                .selected_actor()
                .and_then(|a| state.analysis.actor(a))
                .and_then(|a| a.mentions.first())
                .map(|m| m.span.start);
            if let Some(start) = first {
                state.mention = Some(0);
                state.focus = Focus::Article;
                state.scroll_to_third(start, shell.screen);
            }
        }
        Focus::Timeline => {
            let Some(entry) = state.analysis.timeline.get(state.timeline.selected) else {
                return;
            };
            // The sentence of the event (or of the expression when no event was found).
            let event = entry.event.unwrap_or(entry.span);
            let target = sentence_of(state, event);
            state.event = Some(event);
            state.focus = Focus::Article;
            state.scroll_to_third(target.start, shell.screen);
        }
    }
}

/// The sentence holding the start of `span`, or the span itself.
fn sentence_of(state: &State, span: Span) -> Span {
    let sentences = &state.analysis.segments.sentences;
    let i = sentences.partition_point(|s| s.end <= span.start);
    sentences
        .get(i)
        .copied()
        .filter(|s| s.start <= span.start)
        .unwrap_or(span)
}

/// The speaker of quote `i` with their first role: `Dmitry Peskov, Top spokesman`.
pub fn attribution(state: &State, i: usize) -> Option<String> {
    let q = state.quotes.get(i)?;
    let actor = state.analysis.actor(q.speaker?)?;
    Some(match actor.roles.first() {
        Some(role) => format!("{}, {role}", actor.name),
        None => actor.name.clone(),
    })
}

/// The words of quote `i` on one line.
pub fn quote_words(state: &State, i: usize) -> String {
    let words = state
        .quotes
        .get(i)
        .map_or("", |q| q.span.text(&state.document.text));
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `y`: copy the focused quote with its attribution.
pub fn copy(state: &mut State, shell: &mut Shell) -> Option<Effect> {
    let Some(i) = state.quote else {
        shell.message = Some("no quote focused: ] focuses the next quote".into());
        return None;
    };
    let words = quote_words(state, i);
    let reported = state.quotes.get(i).is_some_and(QuoteView::reported);
    let mut text = if reported {
        format!("{words} (reported)")
    } else {
        format!("“{words}”")
    };
    if let Some(who) = attribution(state, i) {
        text.push_str(" — ");
        text.push_str(&who);
    }
    let (k, n) = quote_number(state, i);
    shell.message = Some(format!("quote {k}/{n} sent to the terminal clipboard"));
    Some(Effect::Copy(text))
}

/// The mouse wheel over the pane under the pointer.
pub fn wheel(state: &mut State, screen: (u16, u16), column: u16, row: u16, down: bool) {
    let (panes, at) = (state.panes(screen), Position::new(column, row));
    let step = if down { 1 } else { -1 };
    if panes.actors.is_some_and(|a| a.contains(at)) {
        state.actors.step(step, state.analysis.actors.len());
        state.mention = None;
    } else if panes.timeline.is_some_and(|a| a.contains(at)) {
        state.timeline.step(step, state.analysis.timeline.len());
    } else if panes.article.contains(at) {
        state.scroll(3 * step, screen);
    }
}

/// A click: select the actor or timeline entry, or the mention or quote, under the pointer.
pub fn click(state: &mut State, screen: (u16, u16), column: u16, row: u16) {
    let (panes, at) = (state.panes(screen), Position::new(column, row));
    if let Some(area) = panes.actors.filter(|a| a.contains(at)) {
        state.focus = Focus::Actors;
        if let Some(i) = state.actor_at(area, row) {
            if i != state.actors.selected {
                state.mention = None;
            }
            state.actors.selected = i;
        }
        return;
    }
    if let Some(area) = panes.timeline.filter(|a| a.contains(at)) {
        // The entry as drawn before the click: focusing unfolds the selected entry.
        if let Some(i) = state.event_at(area, row) {
            state.timeline.selected = i;
        }
        state.focus = Focus::Timeline;
        return;
    }
    if !panes.article.contains(at) {
        return;
    }
    state.focus = Focus::Article;
    if !panes.text.contains(at) {
        return;
    }
    let text = &state.document.text;
    let line = state
        .flow
        .lines(text, state.top, usize::from(panes.text.height))
        .nth(usize::from(row - panes.text.y));
    let Some(Line::Text { row: r, .. }) = line else {
        return;
    };
    let Some(byte) = Flow::byte_at_column(text, r, usize::from(column - panes.text.x)) else {
        return;
    };
    let m = state.marks.partition_point(|m| m.span.end <= byte);
    if let Some(mark) = state.marks.get(m).filter(|m| m.span.start <= byte) {
        let actor = mark.actor;
        let start = mark.span.start;
        state.actors.selected = actor.index();
        state.mention = state
            .analysis
            .actor(actor)
            .map(|a| a.mentions.partition_point(|x| x.span.start < start));
    }
    // The innermost quote there: a quoted phrase inside a reported statement starts later.
    let (first, near) = overlapping_quotes(&state.quotes, Span::new(byte, byte + 1));
    state.quote = near
        .iter()
        .rposition(|q| q.span.start <= byte && byte < q.span.end)
        .map(|k| first + k)
        .or(state.quote);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_indices() {
        assert_eq!(wrap_index(6, 6), (0, true));
        assert_eq!(wrap_index(-1, 6), (5, true));
        assert_eq!(wrap_index(2, 6), (2, false));
        assert_eq!(target(None, 0, 1), 0, "first quote on screen");
        assert_eq!(target(None, 3, -1), 2, "last quote above the top");
        assert_eq!(target(Some(2), 0, 3), 5);
    }
}
