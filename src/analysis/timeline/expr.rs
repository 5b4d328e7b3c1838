//! What the recogniser found: an expression's token range, TIMEX3 type and meaning, before it is
//! normalised against the publication date.

use super::TimexType;

/// Calendar units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A weekend.
    Weekend,
    /// Two weeks.
    Fortnight,
    /// A month.
    Month,
    /// Three months.
    Quarter,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
    /// A thousand years.
    Millennium,
}

impl Unit {
    /// Whether the unit is shorter than a day (written `PT…` in durations).
    pub(super) fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }
}

/// Parts of the day (TIMEX3 `MO`, `AF`, `EV`, `NI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DayPart {
    /// Morning.
    Morning,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
}

impl DayPart {
    /// The TIMEX3 code.
    pub(super) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// Seasons (TIMEX3 `SP`, `SU`, `FA`, `WI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Season {
    /// Spring.
    Spring,
    /// Summer.
    Summer,
    /// Autumn.
    Fall,
    /// Winter.
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub(super) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month the (northern, meteorological) season starts in.
    pub(super) fn first_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// Named holidays with a computable date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Holiday {
    /// 25 December (24 with "Eve").
    Christmas,
    /// Western Easter Sunday.
    Easter,
    /// US Thanksgiving: the fourth Thursday of November.
    Thanksgiving,
    /// 31 October.
    Halloween,
    /// 24 December.
    ChristmasEve,
    /// US Election Day: the Tuesday after the first Monday of November.
    Election,
}

/// How many units: a number, a number with one decimal (tenths), or unspecified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Amount {
    /// A whole number.
    N(u32),
    /// Tenths: 25 is two and a half.
    Tenths(u32),
    /// "several", "a few", "recent": unspecified (`X`).
    Vague,
}

/// How a duration relates to the time of writing, for ordering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reach {
    /// Not tied to now ("a 27-year contract").
    Free,
    /// Ends now: "the past decade", "recent weeks".
    UpToNow,
    /// Starts now: "the next four years", "the coming weeks".
    FromNow,
}

/// Which occurrence of a named day, month or season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pick {
    /// Chosen by tense: the most recent one in the past, the next one in the future.
    ByTense,
    /// "last Friday": strictly before the reference.
    Last,
    /// "next Friday": strictly after.
    Next,
    /// "this Friday": in the same week (month, year).
    This,
}

/// The day a clock time names after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum OnDay {
    /// A weekday (0 = Monday) and which one.
    Weekday {
        /// 0..=6, Monday first.
        day: u8,
        /// Which one.
        pick: Pick,
    },
    /// A day of a month, with its year if written.
    Date {
        /// The year, if written.
        year: Option<i32>,
        /// 1..=12.
        month: u8,
        /// 1..=31.
        day: u8,
    },
}

impl OnDay {
    /// The day as an expression of its own.
    pub(super) fn sem(self) -> Sem {
        match self {
            OnDay::Weekday { day, pick } => Sem::Weekday {
                day,
                pick,
                part: None,
                anaphoric: false,
            },
            OnDay::Date { year, month, day } => Sem::Cal {
                year,
                month: Some(month),
                day: Some(day),
                pick: Pick::ByTense,
            },
        }
    }
}

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
    /// "year-earlier"): the quarter the text last named, `years` years on.
    Reporting {
        /// Which quarter, when written ("the year-ago third quarter").
        code: Option<u8>,
        /// Years after the quarter in force (-1 for "year-ago").
        years: i32,
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

/// One recognised expression: tokens `first..=last` of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Found {
    /// First token index.
    pub first: usize,
    /// Last token index (inclusive).
    pub last: usize,
    /// The TIMEX3 type.
    pub kind: TimexType,
    /// The meaning.
    pub sem: Sem,
}

impl Found {
    /// A found expression.
    pub(super) fn new(first: usize, last: usize, kind: TimexType, sem: Sem) -> Found {
        Found {
            first,
            last,
            kind,
            sem,
        }
    }
}
