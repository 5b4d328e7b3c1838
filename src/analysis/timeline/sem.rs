//! The meaning of a recognised expression, before it is normalised against the publication
//! date.

use super::expr::{Amount, DayPart, Holiday, OnDay, Pick, Reach, Season, Unit};

/// The meaning of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sem {
    /// A calendar date with what the text gives of it; the rest comes from context.
    Cal {
        /// The year, if written.
        year: Option<i32>,
        /// The month, if written.
        month: Option<u8>,
        /// The day of the month, if written.
        day: Option<u8>,
        /// Which occurrence when the year is not written.
        pick: Pick,
    },
    /// The week a calendar day falls in: "the week of March 6".
    WeekOf {
        /// The year, if written.
        year: Option<i32>,
        /// The month.
        month: u8,
        /// The day of the month.
        day: u8,
    },
    /// A decade: 199 is the 1990s.
    Decade(i32),
    /// A century: 19 is 1900–1999 (the 20th century).
    Century(i32),
    /// A weekday (0 = Monday), with an optional part of the day.
    Weekday {
        /// 0..=6, Monday first.
        day: u8,
        /// Which one.
        pick: Pick,
        /// "Friday night".
        part: Option<DayPart>,
        /// Counted from the last day the text named ("the previous Friday").
        anaphoric: bool,
    },
    /// A day counted from the publication date: today 0, yesterday -1.
    DayRel {
        /// Days after the publication date.
        days: i32,
        /// "this morning", "last night".
        part: Option<DayPart>,
    },
    /// This (0), last (-1) or next (1) unit: "last week", "this year".
    UnitRel {
        /// The calendar unit.
        unit: Unit,
        /// Units after the one containing the reference date.
        offset: i32,
        /// Counted from the last date mentioned ("the following week") rather than publication.
        anaphoric: bool,
    },
    /// "the weekend": the coming one, or the last one in a past clause.
    NearWeekend,
    /// A date `n` units from a reference: "two days later" (anaphoric), "a year from now".
    Shift {
        /// Units (negative: earlier).
        n: i32,
        /// The unit.
        unit: Unit,
        /// From the last date mentioned rather than from publication.
        anaphoric: bool,
    },
    /// A quarter (1..=4) or half (5 = first half, 6 = second half).
    Part {
        /// 1..=4 quarters, 5..=6 halves.
        code: u8,
        /// The year, if written.
        year: Option<i32>,
    },
    /// A month (and day) of a year counted from now: "June last year".
    InYear {
        /// 1..=12.
        month: u8,
        /// The day of the month, if written.
        day: Option<u8>,
        /// Years after the publication year.
        years: i32,
    },
    /// A quarter of a year counted from now: "next year's first quarter".
    PartInYear {
        /// 1..=4.
        code: u8,
        /// Years after the publication year.
        years: i32,
    },
    /// The quarter a financial report is about ("the quarter", "the year-ago quarter",
    /// "year-earlier", "the 1988 quarter"): the quarter the text last named, `years` years on
    /// or in the year written.
    Reporting {
        /// Which quarter, when written ("the year-ago third quarter").
        code: Option<u8>,
        /// Years after the quarter in force (-1 for "year-ago").
        years: i32,
        /// The year, when written.
        year: Option<i32>,
    },
    /// A season.
    Season {
        /// Which season.
        season: Season,
        /// The year, if written.
        year: Option<i32>,
        /// Which one when not.
        pick: Pick,
    },
    /// A fiscal year: written, or the current one shifted by `offset`.
    Fiscal {
        /// The year, if written.
        year: Option<i32>,
        /// Years after the current one when not written.
        offset: i32,
    },
    /// A holiday, in a written year or the one nearest by tense.
    Holiday {
        /// Which.
        holiday: Holiday,
        /// The year, if written.
        year: Option<i32>,
    },
    /// A clock time; the day comes from the sentence or publication.
    Clock {
        /// 0..=24.
        hour: u8,
        /// 0..=59.
        minute: u8,
        /// The time zone's offset from UTC in minutes, when one is written.
        zone: Option<i16>,
        /// The day written right after it ("5 p.m. Tuesday", "noon, Nov. 6").
        on: Option<OnDay>,
    },
    /// `PAST_REF`.
    PastRef,
    /// `PRESENT_REF`.
    PresentRef,
    /// `FUTURE_REF`.
    FutureRef,
    /// A duration.
    Duration {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
        /// How it sits relative to now.
        reach: Reach,
    },
    /// A recurrence of every `amount` units.
    Every {
        /// How many units between occurrences.
        amount: Amount,
        /// The unit.
        unit: Unit,
    },
    /// Every given weekday (0 = Monday).
    EveryWeekday(u8),
    /// Every given month (1..=12): "each July".
    EveryMonth(u8),
    /// A range between the two expressions found just before it ("from 2009 to 2011").
    Range,
}

impl Sem {
    /// A duration of `amount` units.
    pub(super) fn duration(amount: Amount, unit: Unit, reach: Reach) -> Sem {
        Sem::Duration {
            amount,
            unit,
            reach,
        }
    }

    /// A recurrence every `n` units.
    pub(super) fn every(n: u32, unit: Unit) -> Sem {
        Sem::Every {
            amount: Amount::N(n),
            unit,
        }
    }
}
