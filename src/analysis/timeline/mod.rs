//! The timeline: temporal expressions normalised TIMEX3-style against the publication date,
//! the events they anchor and the actors in them, in time order.
//!
//! Each sentence's tokens are classified once ([`words`]); a left-to-right recogniser
//! ([`recognize`], with the rules in [`dates`] and [`units`]) finds expressions with their
//! meaning ([`expr`]); [`normalize`] turns a meaning into a TIMEX3 value against the
//! publication date, the last date mentioned and the clause's tense; [`anchor`] finds the
//! clause, its actors and a label; entries are then put in time order.

mod anchor;
mod calendar;
mod clock;
mod cursor;
mod dates;
mod deictic;
mod expr;
mod fiscal;
mod label;
mod link;
mod named;
mod normalize;
mod recognize;
mod relative;
mod resolved;
mod sem;
mod spoken;
#[cfg(test)]
mod tests;
mod units;
mod words;

use super::actors::{Actor, ActorId};
use super::date::Date;
use super::segment::{Segmentation, SentenceTokens};
use super::span::Span;
use cursor::Cx;
use expr::Found;
use resolved::{Refs, Resolved};

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
    /// The actors taking part in the event.
    pub actors: Vec<ActorId>,
}

/// The most entries a timeline keeps: the first ones in text order. A document with more
/// dates than this (a book, a log, a page of dates) keeps a timeline a reader can still use,
/// and memory stays bounded by it rather than by the document.
pub const MAX_ENTRIES: usize = 10_000;

/// How many sentences after a quarter is named "a year ago" and "the quarter" still refer
/// to it (an earnings report's paragraph).
const QUARTER_REACH: usize = 5;

/// Finds the temporal expressions of `text`, resolved against `published`, in time order
/// (at most [`MAX_ENTRIES`]).
pub fn extract(
    text: &str,
    seg: &Segmentation,
    published: Option<Date>,
    actors: &[Actor],
) -> Vec<TimelineEntry> {
    let shared = SentenceTokens::new(text, &seg.sentences);
    extract_with(text, &shared, published, actors)
}

/// [`extract`] reading the sentences' tokens from `shared`.
pub fn extract_with(
    text: &str,
    shared: &SentenceTokens,
    published: Option<Date>,
    actors: &[Actor],
) -> Vec<TimelineEntry> {
    let mut mentions = label::Mentions::new(actors);
    let mut anchor_day = published;
    let mut period = published;
    // The last quarter named, and the sentence it was named in.
    let mut quarter: Option<((i32, u8), usize)> = None;
    // Whether a quarter (year, 1..=4) has ended by the publication date: a report is about
    // one that has ("the latest quarter" in late October is the third).
    let ended =
        |(y, q): (i32, u8)| published.is_none_or(|p| (y, q) < (p.year(), p.month().div_ceil(3)));
    let mut entries: Vec<(TimelineEntry, Key)> = Vec::new();
    let (mut toks, mut found, mut resolved, mut clauses, mut all_refs) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (n_sentence, sentence) in shared.spans().enumerate() {
        if entries.len() >= MAX_ENTRIES {
            break;
        }
        if !words::may_hold_time(sentence.text(text)) {
            continue;
        }
        toks.clear();
        let sentence_tokens = shared.sentence(text, n_sentence);
        toks.extend(sentence_tokens.map(|t| words::classify(text, t)));
        let cx = Cx { text, toks: &toks };
        recognize::recognize(&cx, &mut found);
        if found.is_empty() {
            continue;
        }
        mentions.focus(sentence);
        resolved.clear();
        clauses.clear();
        all_refs.clear();
        let mut sentence_day = None;
        for f in &found {
            let clause = anchor::clause(&cx, f.first, f.last);
            let refs = Refs {
                published,
                anchor: anchor_day,
                sentence_day,
                period,
                tense: anchor::tense(&cx, clause, f.first, f.last),
                quarter: quarter
                    .filter(|&(_, at)| n_sentence - at <= QUARTER_REACH)
                    .map(|(q, _)| q),
            };
            let r = normalize::resolve(f.sem, &refs);
            // The quarter named becomes the report's, unless it is a comparison with an
            // earlier one ("the 1988 third quarter", "after a flat second quarter") or a
            // forecast for one not yet ended.
            if let Some(q) = r.quarter
                && ended(q)
                && refs.quarter.is_none_or(|current| q >= current)
            {
                quarter = Some((q, n_sentence));
            }
            if let Some(d) = r.day {
                anchor_day = Some(d);
                sentence_day = Some(d);
            }
            if f.kind == TimexType::Date && r.start.is_some() {
                period = r.start;
            }
            resolved.push(r);
            clauses.push(clause);
            all_refs.push(refs);
        }
        normalize::ranges(&found, &mut resolved, &all_refs);
        for ((f, r), &clause) in found.iter().zip(&resolved).zip(&clauses) {
            if let Some(e) = entry(&cx, f, r, clause, &mentions)
                && entries.len() < MAX_ENTRIES
            {
                entries.push(e);
            }
        }
    }
    order(entries)
}

/// Where an entry sorts: its start day (if known) and a nudge for tense.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    day: Option<i64>,
    nudge: i8,
    /// Whether the day is a point in time the text names (a date or time), which undated
    /// entries after it may borrow; a duration's start is not.
    point: bool,
}

fn entry(
    cx: &Cx,
    f: &Found,
    r: &Resolved,
    clause: (usize, usize),
    mentions: &label::Mentions,
) -> Option<(TimelineEntry, Key)> {
    let span = Span::new(cx.tok(f.first)?.span.start, cx.tok(f.last)?.span.end);
    // A clause that is only the expression (a dateline) anchors no event.
    let event = if clause == (f.first, f.last) {
        None
    } else {
        Some(Span::new(
            cx.tok(clause.0)?.span.start,
            cx.tok(clause.1)?.span.end,
        ))
    };
    let label = event.and_then(|_| label::label(cx, clause, (f.first, f.last), mentions));
    let actors = event.map(|e| mentions.actors_in(e)).unwrap_or_default();
    let nudge = if anchor::past_perfect(cx, clause) {
        -1
    } else {
        0
    };
    let key = Key {
        day: r.start.map(Date::days_since_epoch),
        nudge,
        point: matches!(f.kind, TimexType::Date | TimexType::Time),
    };
    let e = TimelineEntry {
        span,
        kind: f.kind,
        value: r.value.clone(),
        event,
        label,
        actors,
    };
    Some((e, key))
}

/// Sorts entries by start day; entries without one take the day of the last dated point
/// before them in reading order (or the first one, at the start), so they keep their place.
fn order(mut entries: Vec<(TimelineEntry, Key)>) -> Vec<TimelineEntry> {
    let first_point = entries.iter().find_map(|(_, k)| k.day.filter(|_| k.point));
    let mut last = first_point.or_else(|| entries.iter().find_map(|(_, k)| k.day));
    for (_, key) in &mut entries {
        match key.day {
            Some(d) if key.point => last = Some(d),
            Some(_) => {}
            None => key.day = last,
        }
    }
    entries.sort_by_key(|(_, k)| (k.day, k.nudge));
    entries.into_iter().map(|(e, _)| e).collect()
}
