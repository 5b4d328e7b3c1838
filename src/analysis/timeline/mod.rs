//! The timeline: temporal expressions normalised TIMEX3-style against the publication date,
//! the events they anchor and the actors in them, in time order.

use super::actors::Actor;
use super::date::Date;
use super::segment::Segmentation;
use super::span::Span;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period: "Friday", "January 2026", "last week".
    Date,
    /// A time of day: "3 p.m.", "Friday night".
    Time,
    /// A length of time: "three years", "a single day".
    Duration,
    /// A recurrence: "every Monday", "annually".
    Set,
}

impl TimexType {
    /// The TIMEX3 name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One temporal expression and the event it anchors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// The expression ("Friday" in "on Friday").
    pub span: Span,
    /// Its TIMEX3 type.
    pub kind: TimexType,
    /// Its normalised TIMEX3 value ("2026-01-16", "P3Y", "PAST_REF"), if any.
    pub value: Option<String>,
    /// The clause the expression anchors, if found.
    pub event: Option<Span>,
    /// A short who-did-what label for the pane (at most 60 characters).
    pub label: Option<String>,
    /// Indices into the actors list of the actors taking part in the event.
    pub actors: Vec<usize>,
}

/// Finds the temporal expressions of `text`, resolved against `published`, in time order.
pub fn extract(
    _text: &str,
    _seg: &Segmentation,
    _published: Option<Date>,
    _actors: &[Actor],
) -> Vec<TimelineEntry> {
    Vec::new()
}
