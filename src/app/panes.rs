//! The sidebar's rows, as both `update` and the views need them: what the selected actor and
//! the selected timeline entry unfold into, how many screen rows each item takes, and which
//! item a screen row shows.

use ratatui::layout::Rect;

use super::state::{Focus, State};
use crate::analysis::timeline::TimelineEntry;
use crate::layout::{list_item_at, wrap::truncate};

/// Width of the timeline's "when" column.
pub const WHEN: usize = 12;

/// Most rows the selected timeline entry's words wrap to.
const MAX_WHAT_ROWS: usize = 3;

/// `s` with its runs of whitespace made single spaces.
pub fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl State {
    /// What the sidebar unfolds under actor `i` when it is selected, a row each: its roles,
    /// its other names, and how many statements it made (only those there is something for).
    pub fn actor_details(&self, i: usize) -> Vec<String> {
        let Some(actor) = self.analysis.actors.get(i) else {
            return Vec::new();
        };
        let mut rows = Vec::new();
        if !actor.roles.is_empty() {
            rows.push(actor.roles.join("; "));
        }
        let others: Vec<&str> = actor
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| *a != actor.name)
            .collect();
        if !others.is_empty() {
            rows.push(format!("aka {}", others.join("; ")));
        }
        match self.statements.get(i).copied().unwrap_or(0) {
            0 => {}
            1 => rows.push("1 statement".to_owned()),
            n => rows.push(format!("{n} statements")),
        }
        rows
    }

    /// Screen rows of actor `i` in the list: the selected actor unfolds a row per detail.
    pub fn actor_rows(&self, i: usize) -> usize {
        let unfolded = if i == self.actors.selected {
            self.actor_details(i).len()
        } else {
            0
        };
        1 + unfolded
    }

    /// The actor drawn on screen row `row` of the actors pane `area`.
    pub fn actor_at(&self, area: Rect, row: u16) -> Option<usize> {
        let len = self.analysis.actors.len();
        list_item_at(area, row, self.actors.offset..len, |i| self.actor_rows(i))
    }

    /// The names of the actors taking part in `entry`, `, `-separated.
    pub fn who(&self, entry: &TimelineEntry) -> String {
        self.analysis.names(&entry.actors).join(", ")
    }

    /// Whether timeline entry `i` is unfolded: the selected entry while the pane has the
    /// focus.
    fn unfolded(&self, i: usize) -> bool {
        i == self.timeline.selected && self.focus == Focus::Timeline
    }

    /// The words of timeline entry `i` as drawn in `room` columns: one truncated row, or for
    /// an unfolded entry the words wrapped to at most [`MAX_WHAT_ROWS`] rows.
    pub fn what_rows(&self, i: usize, entry: &TimelineEntry, room: usize) -> Vec<String> {
        let what = what(self.text(), entry);
        if !self.unfolded(i) || room == 0 {
            return vec![truncate(&what, room)];
        }
        let options =
            textwrap::Options::new(room).wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
        let wrapped = textwrap::wrap(&what, options);
        let more = wrapped.len() > MAX_WHAT_ROWS;
        let mut rows: Vec<String> = wrapped
            .iter()
            .take(MAX_WHAT_ROWS)
            .map(|r| truncate(r, room))
            .collect();
        if more && let Some(last) = rows.last_mut() {
            *last = truncate(&format!("{last} …"), room);
        }
        rows
    }

    /// The actor row of timeline entry `i`: for an unfolded entry that names actors.
    pub fn who_row(&self, i: usize, entry: &TimelineEntry) -> Option<String> {
        let who = self.who(entry);
        (self.unfolded(i) && !who.is_empty()).then_some(who)
    }

    /// Screen rows of timeline entry `i` in a pane `inner` columns wide inside its border.
    pub fn event_rows(&self, i: usize, inner: usize) -> usize {
        self.analysis.timeline.get(i).map_or(1, |entry| {
            self.what_rows(i, entry, what_room(inner)).len()
                + usize::from(self.who_row(i, entry).is_some())
        })
    }

    /// The timeline entry drawn on screen row `row` of the timeline pane `area`.
    pub fn event_at(&self, area: Rect, row: u16) -> Option<usize> {
        let len = self.analysis.timeline.len();
        let inner = usize::from(area.width.saturating_sub(2));
        list_item_at(area, row, self.timeline.offset..len, |i| {
            self.event_rows(i, inner)
        })
    }
}

/// What a timeline entry is about: its label, else its event's words, else its own words.
pub fn what(text: &str, entry: &TimelineEntry) -> String {
    let raw = match (&entry.label, entry.event) {
        (Some(label), _) => label.as_str(),
        (None, Some(event)) => event.text(text),
        (None, None) => entry.span.text(text),
    };
    words(raw)
}

/// Columns left for a timeline entry's words in an `inner`-wide pane (marker, when, gap,
/// right margin).
pub fn what_room(inner: usize) -> usize {
    inner.saturating_sub(2 + WHEN + 2)
}
