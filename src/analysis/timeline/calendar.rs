//! Which day, month or year a partial date means: the year a month or a day without one
//! falls in (by the clause's tense and how far it may reach), weekdays, ISO weeks, seasons
//! and holidays, and dates shifted by a unit.

use super::expr::{Holiday, Pick, Season, Unit};
use super::resolved::{Refs, Resolved, Tense};
use crate::analysis::date::Date;

/// A calendar date with the parts the text gave; the year comes from context when missing.
pub(super) fn calendar(
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
pub(super) fn last_quarter(now: Date) -> (i32, u8) {
    match (now.month() - 1) / 3 {
        0 => (now.year() - 1, 4),
        q => (now.year(), q),
    }
}

/// The year of a quarter or half written without one: this year's, unless it has not begun
/// yet and the clause is not about the future ("profits for the fourth quarter" in January).
pub(super) fn part_year(now: Date, code: u8, tense: Tense) -> i32 {
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

/// How many months ahead a month named in a clause without tense may be and still be the
/// coming one rather than the last.
const PRESENT_AHEAD_MONTHS: i32 = 3;

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
                // News looks back further than ahead: a month up to a quarter ahead is the
                // coming one, any other the last one.
                let ahead = (i32::from(m) - i32::from(now.month())).rem_euclid(12);
                let month = i32::from(now.month()) + ahead;
                if ahead > PRESENT_AHEAD_MONTHS {
                    (month - 13).div_euclid(12) + y
                } else {
                    (month - 1).div_euclid(12) + y
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
pub(super) fn weekday(now: Date, day: u8, pick: Pick, tense: Tense) -> Option<Date> {
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
pub(super) fn shifted(base: Date, unit: Unit, offset: i32) -> Resolved {
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
pub(super) fn season_year(now: Date, season: Season, pick: Pick, tense: Tense) -> i32 {
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
pub(super) fn holiday_date(h: Holiday, year: Option<i32>, refs: &Refs) -> Resolved {
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
        Holiday::Election => {
            let first = Date::new(y, 11, 1)?;
            let to_mon = (-(first.weekday() as i64)).rem_euclid(7);
            first.add_days(to_mon + 1)
        }
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
