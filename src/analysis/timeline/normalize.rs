//! Normalisation: a recognised meaning becomes a TIMEX3 value against the publication date,
//! the last date the text mentioned and the tense of its clause.

use super::expr::{Amount, Holiday, Pick, Reach, Season, Sem, Unit};
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
    fn text(value: impl Into<String>) -> Resolved {
        Resolved {
            value: Some(value.into()),
            ..Resolved::default()
        }
    }

    fn day(d: Date) -> Resolved {
        Resolved {
            value: Some(d.to_string()),
            start: Some(d),
            day: Some(d),
            quarter: None,
        }
    }

    fn period(value: String, start: Option<Date>) -> Resolved {
        Resolved {
            value: Some(value),
            start,
            ..Resolved::default()
        }
    }

    /// Quarter `q` (1..=4) of year `y`.
    fn quarter(y: i32, q: u8) -> Resolved {
        Resolved {
            quarter: Some((y, q)),
            ..Resolved::period(format!("{y:04}-Q{q}"), Date::new(y, 3 * q - 2, 1))
        }
    }
}

/// Normalises `sem` against `refs`.
pub(super) fn resolve(sem: Sem, refs: &Refs) -> Resolved {
    let now = refs.published;
    match sem {
        Sem::Cal {
            year,
            month,
            day,
            pick,
        } => calendar(year, month, day, pick, refs),
        Sem::Decade(d) => Resolved::period(d.to_string(), Date::new(d * 10, 1, 1)),
        Sem::Century(c) => Resolved::period(format!("{c:02}"), Date::new(c * 100, 1, 1)),
        Sem::Weekday { day, pick, part } => {
            let Some(now) = now else {
                return Resolved::text(format!("XXXX-WXX-{}", day + 1));
            };
            let Some(d) = weekday(now, day, pick, refs.tense) else {
                return Resolved::default();
            };
            let mut r = Resolved::day(d);
            if let Some(p) = part {
                r.value = Some(format!("{d}T{}", p.code()));
            }
            r
        }
        Sem::DayRel { days, part } => {
            let Some(d) = now.and_then(|n| n.add_days(i64::from(days))) else {
                return Resolved::default();
            };
            let mut r = Resolved::day(d);
            if let Some(p) = part {
                r.value = Some(format!("{d}T{}", p.code()));
            }
            r
        }
        Sem::UnitRel {
            unit,
            offset,
            anaphoric,
        } => {
            // "later that year" after "in June 1998": a year or month counts from the last
            // period named, which need not name a day.
            let coarse = matches!(unit, Unit::Year | Unit::Month | Unit::Quarter);
            let base = match (anaphoric, coarse) {
                (true, true) => refs.period.or(refs.anchor).or(now),
                (true, false) => refs.anchor.or(now),
                (false, _) => now,
            };
            match base {
                Some(b) => shifted(b, unit, offset),
                None => Resolved::default(),
            }
        }
        Sem::Shift { n, unit, anaphoric } => {
            // "up from $3 million a year ago": the same quarter of the year before; the
            // report stays about its own quarter.
            if let (-1, Unit::Year, Some((y, q))) = (n, unit, refs.quarter) {
                return Resolved {
                    quarter: Some((y, q)),
                    ..Resolved::quarter(y - 1, q)
                };
            }
            let base = if anaphoric { refs.anchor.or(now) } else { now };
            match base {
                Some(b) => shifted(b, unit, n),
                None => Resolved::default(),
            }
        }
        Sem::Part { code, year } => {
            let Some(y) = year.or(now.map(|n| part_year(n, code, refs.tense))) else {
                return Resolved::default();
            };
            match code {
                1..=4 => Resolved::quarter(y, code),
                5 => Resolved::period(format!("{y:04}-H1"), Date::new(y, 1, 1)),
                _ => Resolved::period(format!("{y:04}-H2"), Date::new(y, 7, 1)),
            }
        }
        Sem::InYear { month, day, years } => match now {
            Some(n) => calendar(
                Some(n.year() + years),
                Some(month),
                day,
                Pick::ByTense,
                refs,
            ),
            None => Resolved::default(),
        },
        Sem::PartInYear { code, years } => match now {
            Some(n) => Resolved::quarter(n.year() + years, code),
            None => Resolved::default(),
        },
        Sem::NearWeekend => match now {
            // Saturday and Sunday are weekdays 5 and 6: on one, "the weekend" is this one.
            Some(n) => {
                let past = refs.tense == Tense::Past && (n.weekday() as u8) < 5;
                shifted(n, Unit::Weekend, if past { -1 } else { 0 })
            }
            None => Resolved::text("XXXX-WXX-WE"),
        },
        Sem::Reporting { code, years } => {
            // Without one named, the report is about the last quarter that has ended.
            let in_force = refs.quarter.or_else(|| now.map(last_quarter));
            let Some((y, q)) = in_force else {
                return Resolved::default();
            };
            let q = code.unwrap_or(q);
            // "The year-ago quarter" does not move the report to last year.
            Resolved {
                quarter: Some((y, q)),
                ..Resolved::quarter(y + years, q)
            }
        }
        Sem::Season { season, year, pick } => {
            let year = year.or_else(|| now.map(|n| season_year(n, season, pick, refs.tense)));
            match year {
                Some(y) => {
                    let start = Date::new(y, season.first_month(), 1);
                    Resolved::period(format!("{y:04}-{}", season.code()), start)
                }
                None => Resolved::text(format!("XXXX-{}", season.code())),
            }
        }
        // A written year names the fiscal year ("fiscal 1989" is 1989); one inferred from
        // the publication date is marked as fiscal ("the financial year", FY2007).
        Sem::Fiscal { year: Some(y), .. } => {
            Resolved::period(format!("{y:04}"), Date::new(y, 1, 1))
        }
        Sem::Fiscal { year: None, offset } => match now.map(|n| n.year() + offset) {
            Some(y) => Resolved::period(format!("FY{y:04}"), Date::new(y, 1, 1)),
            None => Resolved::default(),
        },
        Sem::Holiday { holiday, year } => holiday_date(holiday, year, refs),
        Sem::Clock {
            hour,
            minute,
            zone,
            on,
        } => {
            let day = match on {
                Some(d) => resolve(d.sem(), refs).day,
                None => refs.sentence_day.or(now),
            };
            clock(hour, minute, zone, day)
        }
        Sem::PastRef => Resolved::period("PAST_REF".into(), now.and_then(|n| n.add_days(-1))),
        Sem::PresentRef => Resolved::period("PRESENT_REF".into(), now),
        Sem::FutureRef => Resolved::period("FUTURE_REF".into(), now.and_then(|n| n.add_days(1))),
        Sem::Duration {
            amount,
            unit,
            reach,
        } => {
            let start = match (reach, now) {
                (Reach::UpToNow, Some(n)) => back(n, amount, unit),
                (Reach::FromNow, Some(n)) => Some(n),
                _ => None,
            };
            Resolved::period(period(amount, unit), start)
        }
        Sem::Every { amount, unit } => Resolved::text(period(amount, unit)),
        Sem::EveryWeekday(d) => Resolved::text(format!("XXXX-WXX-{}", d + 1)),
        Sem::Range => Resolved::text("XXXX-XX-XX"),
    }
}

/// A clock time on `day`; a written zone is converted to UTC ("…T10:40Z").
fn clock(hour: u8, minute: u8, zone: Option<i16>, day: Option<Date>) -> Resolved {
    let local = i64::from(hour) * 60 + i64::from(minute);
    let minutes = local - zone.map_or(0, i64::from);
    let day = day.and_then(|d| d.add_days(minutes.div_euclid(1440)));
    let m = minutes.rem_euclid(1440);
    let date = day.map_or_else(|| "XXXX-XX-XX".to_owned(), |d| d.to_string());
    let z = if zone.is_some() { "Z" } else { "" };
    Resolved {
        value: Some(format!("{date}T{:02}:{:02}{z}", m / 60, m % 60)),
        start: day,
        ..Resolved::default()
    }
}

/// The start of a stretch of `amount` units ending at `now`.
fn back(now: Date, amount: Amount, unit: Unit) -> Option<Date> {
    let n = match amount {
        Amount::N(n) => i32::try_from(n).ok()?,
        Amount::Tenths(t) => i32::try_from(t.div_ceil(10)).ok()?,
        Amount::Vague => 2,
    };
    let days = i64::from(n) * unit_days(unit);
    now.add_days(-days.max(1))
}

/// Approximate length of a unit in days (for ordering only).
fn unit_days(unit: Unit) -> i64 {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => 0,
        Unit::Day => 1,
        Unit::Weekend => 2,
        Unit::Week => 7,
        Unit::Fortnight => 14,
        Unit::Month => 30,
        Unit::Quarter => 91,
        Unit::Year => 365,
        Unit::Decade => 3652,
        Unit::Century => 36_524,
        Unit::Millennium => 365_242,
    }
}

/// A TIMEX3 duration or set value: "P3Y", "PT24H", "P2.5Y", "PXW".
pub(super) fn period(amount: Amount, unit: Unit) -> String {
    let (scale, letter) = match unit {
        Unit::Second => (1, "S"),
        Unit::Minute => (1, "M"),
        Unit::Hour => (1, "H"),
        Unit::Day => (1, "D"),
        Unit::Weekend => (1, "WE"),
        Unit::Week => (1, "W"),
        Unit::Fortnight => (2, "W"),
        Unit::Month => (1, "M"),
        Unit::Quarter => (1, "Q"),
        Unit::Year => (1, "Y"),
        Unit::Decade => (10, "Y"),
        Unit::Century => (100, "Y"),
        Unit::Millennium => (1000, "Y"),
    };
    let t = if unit.is_clock() { "T" } else { "" };
    let n = match amount {
        Amount::N(n) => (u64::from(n) * scale).to_string(),
        Amount::Tenths(tenths) => {
            let v = u64::from(tenths) * scale;
            if v % 10 == 0 {
                (v / 10).to_string()
            } else {
                format!("{}.{}", v / 10, v % 10)
            }
        }
        Amount::Vague => {
            let vague_letter = match unit {
                Unit::Decade => "DE",
                Unit::Century => "CE",
                Unit::Millennium => "ML",
                _ => letter,
            };
            return format!("P{t}X{vague_letter}");
        }
    };
    format!("P{t}{n}{letter}")
}

/// A calendar date with the parts the text gave; the year comes from context when missing.
fn calendar(
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    pick: Pick,
    refs: &Refs,
) -> Resolved {
    let now = refs.published;
    let year = match (year, month, now) {
        (Some(y), _, _) => Some(y),
        (None, Some(m), Some(n)) => Some(month_year(n, m, day, pick, refs.tense)),
        _ => None,
    };
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => match Date::new(y, m, d) {
            Some(date) => Resolved::day(date),
            None => Resolved::default(),
        },
        (Some(y), Some(m), None) => Resolved::period(format!("{y:04}-{m:02}"), Date::new(y, m, 1)),
        (Some(y), None, _) => Resolved::period(format!("{y:04}"), Date::new(y, 1, 1)),
        (None, Some(m), Some(d)) => Resolved::text(format!("XXXX-{m:02}-{d:02}")),
        (None, Some(m), None) => Resolved::text(format!("XXXX-{m:02}")),
        (None, None, _) => Resolved::text("XXXX-XX-XX"),
    }
}

/// How far after the publication date a day written without a year may be and still be
/// this year's in a past-tense clause: news names a coming date in past-tense sentences
/// ("was extended to Nov. 16", "declared a dividend payable Dec. 7"), and writes the year
/// of a date almost a year back.
const PAST_REACH_DAYS: i64 = 75;

/// The last quarter that ended before `now`: (year, 1..=4).
fn last_quarter(now: Date) -> (i32, u8) {
    match (now.month() - 1) / 3 {
        0 => (now.year() - 1, 4),
        q => (now.year(), q),
    }
}

/// The year of a quarter or half written without one: this year's, unless it has not begun
/// yet and the clause is not about the future ("profits for the fourth quarter" in January).
fn part_year(now: Date, code: u8, tense: Tense) -> i32 {
    let first_month = match code {
        1..=4 => 3 * code - 2,
        5 => 1,
        _ => 7,
    };
    if first_month > now.month() && tense != Tense::Future {
        now.year() - 1
    } else {
        now.year()
    }
}

/// How long before the publication date a day in a future clause may be and still be this
/// year's: a deadline reported just after it passed.
const FUTURE_GRACE_DAYS: i64 = 14;

/// The year of a month (and day) written without one.
fn month_year(now: Date, m: u8, day: Option<u8>, pick: Pick, tense: Tense) -> i32 {
    let y = now.year();
    if let (Some(d), Pick::ByTense) = (day, pick) {
        return day_year(now, m, d, tense).unwrap_or(y);
    }
    // Compare (month, day) with the reference; a month alone compares by month.
    let here = (now.month(), day.map(|_| now.day()).unwrap_or(0));
    let there = (m, day.unwrap_or(0));
    match pick {
        Pick::This => y,
        Pick::Last => {
            if there < here {
                y
            } else {
                y - 1
            }
        }
        Pick::Next => {
            if there > here {
                y
            } else {
                y + 1
            }
        }
        Pick::ByTense => match tense {
            Tense::Past => {
                if there <= here {
                    y
                } else {
                    y - 1
                }
            }
            Tense::Future => {
                if there >= here {
                    y
                } else {
                    y + 1
                }
            }
            Tense::Present => {
                // The nearest such day: at most six months away.
                let months = i32::from(m) - i32::from(now.month());
                if months > 6 {
                    y - 1
                } else if months < -6 {
                    y + 1
                } else {
                    y
                }
            }
        },
    }
}

/// The year of month `m`, day `d` without a year: in a past clause the latest such day up to
/// [`PAST_REACH_DAYS`] after `now`, in a future one the first since [`FUTURE_GRACE_DAYS`]
/// before it, otherwise the nearest.
fn day_year(now: Date, m: u8, d: u8, tense: Tense) -> Option<i32> {
    let today = now.days_since_epoch();
    let mut best: Option<(i64, i32)> = None;
    for y in [now.year() - 1, now.year(), now.year() + 1] {
        let Some(there) = Date::new(y, m, d).map(Date::days_since_epoch) else {
            continue;
        };
        let gap = there - today;
        let score = match tense {
            Tense::Past if gap > PAST_REACH_DAYS => continue,
            // The latest one not too far ahead.
            Tense::Past => -gap,
            // The first one not long gone ("must leave by Jan. 14", the day after).
            Tense::Future if gap < -FUTURE_GRACE_DAYS => continue,
            Tense::Future => gap,
            Tense::Present => gap.abs(),
        };
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, y));
        }
    }
    best.map(|(_, y)| y)
}

/// The weekday `day` (0 = Monday) meant relative to `now`.
fn weekday(now: Date, day: u8, pick: Pick, tense: Tense) -> Option<Date> {
    let today = now.weekday() as i64;
    let target = i64::from(day);
    let back = (today - target).rem_euclid(7); // days since the last such day (0 = today)
    let ahead = (target - today).rem_euclid(7);
    let offset = match pick {
        Pick::Last => -(if back == 0 { 7 } else { back }),
        Pick::Next => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Pick::This => target - today,
        Pick::ByTense => match tense {
            Tense::Future => ahead,
            _ => -back,
        },
    };
    now.add_days(offset)
}

/// The date `offset` units from `base`, at the unit's granularity ("2026-W03", "2026-01").
fn shifted(base: Date, unit: Unit, offset: i32) -> Resolved {
    let off = i64::from(offset);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => match base.add_days(off) {
            Some(d) => Resolved::day(d),
            None => Resolved::default(),
        },
        Unit::Week | Unit::Weekend | Unit::Fortnight => {
            let step = if unit == Unit::Fortnight { 14 } else { 7 };
            let Some(d) = base.add_days(off * step) else {
                return Resolved::default();
            };
            let (y, w) = iso_week(d);
            let monday = d.add_days(-(d.weekday() as i64));
            let suffix = if unit == Unit::Weekend { "-WE" } else { "" };
            Resolved::period(format!("{y:04}-W{w:02}{suffix}"), monday)
        }
        Unit::Month => {
            let total = base.year() * 12 + i32::from(base.month()) - 1 + offset;
            let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
            let m = u8::try_from(m).unwrap_or(1);
            Resolved::period(format!("{y:04}-{m:02}"), Date::new(y, m, 1))
        }
        Unit::Quarter => {
            let q = (i32::from(base.month()) - 1) / 3;
            let total = base.year() * 4 + q + offset;
            let (y, q) = (total.div_euclid(4), total.rem_euclid(4) + 1);
            let month = u8::try_from(3 * q - 2).unwrap_or(1);
            Resolved::period(format!("{y:04}-Q{q}"), Date::new(y, month, 1))
        }
        Unit::Year => {
            let y = base.year() + offset;
            Resolved::period(format!("{y:04}"), Date::new(y, 1, 1))
        }
        Unit::Decade => {
            let d = base.year().div_euclid(10) + offset;
            Resolved::period(format!("{d:03}"), Date::new(d * 10, 1, 1))
        }
        Unit::Century => {
            let c = base.year().div_euclid(100) + offset;
            Resolved::period(format!("{c:02}"), Date::new(c * 100, 1, 1))
        }
        Unit::Millennium => {
            let m = base.year().div_euclid(1000) + offset;
            Resolved::period(format!("{m}"), Date::new(m * 1000, 1, 1))
        }
    }
}

/// The ISO 8601 week-numbering year and week of `d`.
pub(super) fn iso_week(d: Date) -> (i32, i64) {
    let wd = d.weekday() as i64;
    let thursday = d.add_days(3 - wd).unwrap_or(d);
    let jan1 = Date::new(thursday.year(), 1, 1).unwrap_or(thursday);
    let ordinal = thursday.days_since_epoch() - jan1.days_since_epoch();
    (thursday.year(), ordinal / 7 + 1)
}

/// The year a season without one falls in.
fn season_year(now: Date, season: Season, pick: Pick, tense: Tense) -> i32 {
    let (y, m, first) = (now.year(), now.month(), season.first_month());
    // Winter belongs to the year it starts in: January 2026 is in winter 2025.
    let current = if season == Season::Winter && m < 3 {
        y - 1
    } else {
        y
    };
    let started = season == Season::Winter && m < 3 || first <= m;
    // The last one is the latest that is over: this year's spring by November, last year's
    // fall in April or in October.
    let ended = season != Season::Winter && m > first + 2;
    match (pick, tense) {
        (Pick::Last, _) => current - i32::from(!ended),
        (Pick::Next, _) => current + i32::from(started),
        (Pick::This, _) => current,
        (Pick::ByTense, Tense::Past) => current - i32::from(!started),
        (Pick::ByTense, _) => current,
    }
}

/// A holiday's date in the written year, or the one nearest by tense.
fn holiday_date(h: Holiday, year: Option<i32>, refs: &Refs) -> Resolved {
    let Some(y) = year.or(refs.published.map(Date::year)) else {
        return Resolved::default();
    };
    let mut d = holiday_in(h, y);
    if year.is_none()
        && let (Some(now), Some(date)) = (refs.published, d)
    {
        if refs.tense == Tense::Past && date > now {
            d = holiday_in(h, y - 1);
        } else if refs.tense == Tense::Future && date < now {
            d = holiday_in(h, y + 1);
        }
    }
    d.map_or_else(Resolved::default, Resolved::day)
}

fn holiday_in(h: Holiday, y: i32) -> Option<Date> {
    match h {
        Holiday::Christmas => Date::new(y, 12, 25),
        Holiday::ChristmasEve => Date::new(y, 12, 24),
        Holiday::Halloween => Date::new(y, 10, 31),
        Holiday::Thanksgiving => {
            let first = Date::new(y, 11, 1)?;
            let to_thu = (3 - first.weekday() as i64).rem_euclid(7);
            first.add_days(to_thu + 21)
        }
        Holiday::Easter => easter(y),
    }
}

/// Western Easter Sunday (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// The value of a range "from X to Y" from its two ends' values: "P2Y", "P3M", "P10D".
pub(super) fn range_length(a: &Resolved, b: &Resolved) -> Option<String> {
    let (va, vb) = (a.value.as_deref()?, b.value.as_deref()?);
    let years = |v: &str| -> Option<i32> { (v.len() == 4).then(|| v.parse().ok())? };
    if let (Some(x), Some(y)) = (years(va), years(vb))
        && y > x
    {
        return Some(format!("P{}Y", y - x));
    }
    if let (Some(x), Some(y)) = (a.day, b.day)
        && y > x
    {
        return Some(format!("P{}D", y.days_since_epoch() - x.days_since_epoch()));
    }
    let months = |v: &str| -> Option<i32> {
        let (y, m) = v.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        Some(y.parse::<i32>().ok()? * 12 + m.parse::<i32>().ok()?)
    };
    match (months(va), months(vb)) {
        (Some(x), Some(y)) if y > x => Some(format!("P{}M", y - x)),
        _ => None,
    }
}
