//! Normalisation: a recognised meaning becomes a TIMEX3 value against the publication date,
//! the last date the text mentioned and the tense of its clause.

use super::calendar::{
    calendar, holiday_date, last_quarter, part_year, season_year, shifted, weekday,
};
use super::expr::{Amount, Found, Pick, Reach, Unit};
use super::resolved::{Refs, Resolved, Tense};
use super::sem::Sem;
use crate::analysis::date::Date;

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
        Sem::WeekOf { year, month, day } => {
            match calendar(year, Some(month), Some(day), Pick::ByTense, refs).day {
                Some(d) => shifted(d, Unit::Week, 0),
                None => Resolved::default(),
            }
        }
        Sem::Decade(d) => Resolved::period(d.to_string(), Date::new(d * 10, 1, 1)),
        Sem::Century(c) => Resolved::period(format!("{c:02}"), Date::new(c * 100, 1, 1)),
        Sem::Weekday {
            day,
            pick,
            part,
            anaphoric,
        } => {
            let Some(now) = now else {
                return Resolved::text(format!("XXXX-WXX-{}", day + 1));
            };
            // "the previous Friday" counts from the last day named.
            let base = if anaphoric {
                refs.anchor.unwrap_or(now)
            } else {
                now
            };
            let Some(d) = weekday(base, day, pick, refs.tense) else {
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
        Sem::Reporting { code, years, year } => {
            // Without one named, the report is about the last quarter that has ended.
            let in_force = refs.quarter.or_else(|| now.map(last_quarter));
            let Some((y, q)) = in_force else {
                return Resolved::default();
            };
            let q = code.unwrap_or(q);
            // "The year-ago quarter" does not move the report to last year.
            Resolved {
                quarter: Some((y, q)),
                ..Resolved::quarter(year.unwrap_or(y + years), q)
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
        Sem::EveryMonth(m) => Resolved::text(format!("XXXX-{m:02}")),
        Sem::Range => Resolved::text("XXXX-XX-XX"),
    }
}

/// A clock time on `day`, as written: the wall-clock time of its zone (TimeML keeps "5 p.m.
/// EST" at T17:00), marked "Z" when the zone written is UTC itself ("18:00 UTC").
fn clock(hour: u8, minute: u8, zone: Option<i16>, day: Option<Date>) -> Resolved {
    let date = day.map_or_else(|| "XXXX-XX-XX".to_owned(), |d| d.to_string());
    let z = if zone == Some(0) { "Z" } else { "" };
    Resolved {
        value: Some(format!("{date}T{hour:02}:{minute:02}{z}")),
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
        // "5 1/2 hours" is PT5H30M: a clock unit's fraction in the next smaller unit.
        Amount::Tenths(tenths) if tenths % 10 != 0 && matches!(unit, Unit::Hour | Unit::Minute) => {
            let (whole, sub) = (tenths / 10, (tenths % 10) * 6);
            let (big, small) = if unit == Unit::Hour {
                ("H", "M")
            } else {
                ("M", "S")
            };
            return if whole == 0 {
                format!("PT{sub}{small}")
            } else {
                format!("PT{whole}{big}{sub}{small}")
            };
        }
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

/// Gives each range expression of a sentence (`found`, with what each resolved to and
/// against) its length and start, once its first day is put before its last: "between
/// January 1 and September 26" starts on the last January 1 before September 26.
pub(super) fn ranges(found: &[Found], resolved: &mut [Resolved], refs: &[Refs]) {
    for (n, f) in found.iter().enumerate() {
        if f.sem != Sem::Range {
            continue;
        }
        if let (Some(a), Some(b), Some(refs)) =
            (found.get(n + 1), resolved.get(n + 2), refs.get(n + 1))
            && let Sem::Cal {
                year: None,
                month,
                day,
                pick,
            } = a.sem
            && let Some(end) = b.start
            && resolved
                .get(n + 1)
                .and_then(|r| r.start)
                .is_some_and(|s| s > end)
        {
            let again = [end.year(), end.year() - 1].into_iter().find_map(|y| {
                let sem = Sem::Cal {
                    year: Some(y),
                    month,
                    day,
                    pick,
                };
                Some(resolve(sem, refs)).filter(|r| r.start.is_some_and(|s| s <= end))
            });
            if let (Some(again), Some(r)) = (again, resolved.get_mut(n + 1)) {
                *r = again;
            }
        }
        if let (Some(a), Some(b)) = (resolved.get(n + 1), resolved.get(n + 2)) {
            let (value, start) = (range_length(a, b), a.start);
            if let Some(r) = resolved.get_mut(n) {
                r.value = value;
                r.start = start;
            }
        }
    }
}

/// The value of a range "from X to Y" from its two ends' values: "P2Y", "P3M", "P10D".
fn range_length(a: &Resolved, b: &Resolved) -> Option<String> {
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
