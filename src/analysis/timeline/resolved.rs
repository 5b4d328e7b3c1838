//! What normalisation works with: the tense of an expression's clause, the dates it is
//! resolved against, and the value it resolves to.

use crate::analysis::date::Date;

/// The tense of the clause an expression sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    /// Past or perfect: a bare weekday is the last one.
    Past,
    /// No evidence either way.
    Present,
    /// Future or planned: a bare weekday is the next one.
    Future,
}

/// What an expression is resolved against.
#[derive(Clone, Copy, Debug)]
pub(super) struct Refs {
    /// The publication date.
    pub published: Option<Date>,
    /// The last day-precise date mentioned before ("the next day" counts from it).
    pub anchor: Option<Date>,
    /// A day-precise date earlier in the same sentence (a clock time's day).
    pub sentence_day: Option<Date>,
    /// The start of the last date or period mentioned, of any precision ("June 1998").
    pub period: Option<Date>,
    /// The clause's tense.
    pub tense: Tense,
    /// The quarter a financial report in the text is about (year, 1..=4): the last quarter
    /// named a few sentences back at most.
    pub quarter: Option<(i32, u8)>,
}

/// A normalised expression.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Resolved {
    /// The TIMEX3 value.
    pub value: Option<String>,
    /// The first day of the interval it denotes, for ordering.
    pub start: Option<Date>,
    /// The day it names, when day-precise: later anaphora count from it.
    pub day: Option<Date>,
    /// The quarter it names (year, 1..=4): "a year ago" and "the quarter" refer to it.
    pub quarter: Option<(i32, u8)>,
}

impl Resolved {
    pub(super) fn text(value: impl Into<String>) -> Resolved {
        Resolved {
            value: Some(value.into()),
            ..Resolved::default()
        }
    }

    pub(super) fn day(d: Date) -> Resolved {
        Resolved {
            value: Some(d.to_string()),
            start: Some(d),
            day: Some(d),
            quarter: None,
        }
    }

    pub(super) fn period(value: String, start: Option<Date>) -> Resolved {
        Resolved {
            value: Some(value),
            start,
            ..Resolved::default()
        }
    }

    /// Quarter `q` (1..=4) of year `y`.
    pub(super) fn quarter(y: i32, q: u8) -> Resolved {
        Resolved {
            quarter: Some((y, q)),
            ..Resolved::period(format!("{y:04}-Q{q}"), Date::new(y, 3 * q - 2, 1))
        }
    }
}
