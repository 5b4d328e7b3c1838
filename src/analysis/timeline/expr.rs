//! What the recogniser found: an expression's token range, TIMEX3 type and meaning, before it is
//! normalised against the publication date.

use super::TimexType;
use super::sem::Sem;

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
