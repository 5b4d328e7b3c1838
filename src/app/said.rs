//! "Who said what": every statement (quotes and reported speech) grouped by speaker, with a
//! filter, a selection and a jump into the article.

use super::quotes::QuoteView;
use super::search::find_all;
use super::shell::Shell;
use super::state::{Overlay, State};
use crate::analysis::actors::ActorId;

/// The list's state while it is open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaidList {
    /// Only this actor's statements (opened from the actors pane), or everyone's.
    pub actor: Option<ActorId>,
    /// Typed filter: statements whose words or speaker contain it (smart case, as `/`).
    pub filter: String,
    /// Whether keys type into the filter.
    pub editing: bool,
    /// The selected statement, as an index into the visible statements.
    pub selected: usize,
}

/// One row of the list: a speaker's heading or one of their statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaidRow {
    /// A speaker (`None`: unattributed) and how many of their statements are shown.
    Speaker(Option<ActorId>, usize),
    /// A statement: an index into `state.quotes`.
    Statement(usize),
}

/// Whether quote `q` is a statement the list shows: quotes and reported speech, and quoted
/// phrases only when someone is known to have said them.
fn listed(q: &QuoteView) -> bool {
    !q.fragment() || q.speaker.is_some()
}

/// The rows of the list for `state`: speakers in order of salience, unattributed last, each
/// with their statements in text order; filtered by the list's actor and filter.
pub fn rows(state: &State) -> Vec<SaidRow> {
    let list = &state.said;
    let matches = |q: &QuoteView| {
        let speaker = q
            .speaker
            .and_then(|s| state.analysis.actor(s))
            .map_or("", |a| a.name.as_str());
        list.filter.is_empty()
            || [q.span.text(state.text()), speaker]
                .iter()
                .any(|hay| !find_all(hay, &list.filter, 1).is_empty())
    };
    // (speaker, statement): actors are ranked by salience, so their id is their order;
    // unattributed go last. The sort is stable: text order within a speaker.
    let mut shown: Vec<(Option<ActorId>, usize)> = state
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| listed(q) && list.actor.is_none_or(|a| q.speaker == Some(a)))
        .filter(|(_, q)| matches(q))
        .map(|(i, q)| (q.speaker, i))
        .collect();
    shown.sort_by_key(|&(speaker, _)| (speaker.is_none(), speaker));
    let mut out = Vec::with_capacity(shown.len() * 2);
    for group in shown.chunk_by(|a, b| a.0 == b.0) {
        let speaker = group.first().and_then(|&(s, _)| s);
        out.push(SaidRow::Speaker(speaker, group.len()));
        out.extend(group.iter().map(|&(_, i)| SaidRow::Statement(i)));
    }
    out
}

/// The statements among `rows`, in order.
pub fn statements(rows: &[SaidRow]) -> Vec<usize> {
    rows.iter()
        .filter_map(|r| match r {
            SaidRow::Statement(i) => Some(*i),
            SaidRow::Speaker(..) => None,
        })
        .collect()
}

/// Opens the list: everyone's, or from the actors pane only the selected actor's.
pub fn open(state: &mut State, actor: Option<ActorId>) {
    state.said = SaidList {
        actor,
        ..SaidList::default()
    };
    // Start on the focused quote when it is listed.
    let shown = statements(&rows(state));
    if let Some(k) = state.quote.and_then(|q| shown.iter().position(|&s| s == q)) {
        state.said.selected = k;
    }
    state.overlay = Some(Overlay::Said);
}

/// Moves the selection by `n` statements, staying in the list.
pub fn step(state: &mut State, n: isize) {
    let count = statements(&rows(state)).len();
    let last = count.saturating_sub(1);
    state.said.selected = state.said.selected.saturating_add_signed(n).min(last);
}

/// Enter: close the list and focus the selected statement in the article.
pub fn jump(state: &mut State, shell: &mut Shell) {
    let shown = statements(&rows(state));
    state.overlay = None;
    state.said.editing = false;
    let Some(&q) = shown.get(state.said.selected) else {
        shell.message = Some("no statement selected".into());
        return;
    };
    state.quote = Some(q);
    if let Some(start) = state.quotes.get(q).map(|q| q.span.start) {
        state.scroll_to_third(start, shell.screen);
    }
}

/// A character typed into the filter (`None`: backspace); the selection goes to the first.
pub fn edit(state: &mut State, c: Option<char>) {
    match c {
        Some(c) => state.said.filter.push(c),
        None => {
            state.said.filter.pop();
        }
    }
    state.said.selected = 0;
}
