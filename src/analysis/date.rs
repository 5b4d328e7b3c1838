//! Calendar dates: the proleptic Gregorian calendar, month and weekday names.

use std::fmt;

use super::lexicon::with_lowercase;

/// A calendar date (proleptic Gregorian), always valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

impl Weekday {
    /// The weekday named by an English word or its common abbreviation ("Fri", "Fri."), any case.
    pub fn from_name(word: &str) -> Option<Weekday> {
        let word = word.trim_end_matches('.');
        if !may_name(word, WEEKDAY_SHAPES) {
            return None;
        }
        with_lowercase(word, weekday_number).and_then(|d| WEEKDAYS.get(d).copied())
    }
}

/// The month (1..=12) named by an English word or abbreviation ("Jan", "Jan.", "Sept."), any case.
pub fn month_from_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if !may_name(word, MONTH_SHAPES) {
        return None;
    }
    with_lowercase(word, month_number)
}

/// Whether `word` may be one of the names whose first bytes and lengths `shapes` tells:
/// lowercasing keeps an ASCII word's length and the low five bits of its first byte, so an
/// ASCII word of another shape is none of them.
fn may_name(word: &str, shapes: [u32; 32]) -> bool {
    let first = word.bytes().next().unwrap_or(0);
    let lengths = shapes.get(usize::from(first & 31)).copied().unwrap_or(0);
    lengths >> word.len().min(31) & 1 != 0 || !word.is_ascii()
}

// `month_number`, `weekday_number` and their `MONTH_SHAPES` and `WEEKDAY_SHAPES`, from
// `assets/lexicon/time_words.tsv` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/calendar.rs"));

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year`; 0 for a month outside 1..=12.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, or `None` when no such day exists (years 1..=9999).
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if year < 1 || year > 9999 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        if !(y.bytes().chain(m.bytes()).chain(d.bytes())).all(|b| b.is_ascii_digit()) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub const fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, if it lies in years 1..=9999.
    pub const fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        if year < 1 || year > 9999 {
            return None;
        }
        Date::new(year as i32, month, day)
    }

    /// The date `days` later (earlier when negative), if still in years 1..=9999.
    pub const fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The day of the week.
    pub const fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        WEEKDAYS[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_days() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(0, 1, 1).is_none());
    }

    #[test]
    fn parses_iso() {
        assert_eq!(Date::parse_iso("2026-01-16"), Date::new(2026, 1, 16));
        for bad in [
            "2026-1-16",
            "2026-01-32",
            "26-01-16",
            "2026-01-16x",
            "",
            "2026/01/16",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekdays_and_arithmetic() {
        let d = Date::new(2026, 1, 16).unwrap();
        assert_eq!(d.weekday(), Weekday::Friday);
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), Weekday::Thursday);
        assert_eq!(Date::new(2008, 3, 1).unwrap().weekday(), Weekday::Saturday);
        assert_eq!(d.add_days(16).unwrap().to_string(), "2026-02-01");
        assert_eq!(d.add_days(-16).unwrap().to_string(), "2025-12-31");
        assert_eq!(
            Date::new(1600, 3, 1)
                .unwrap()
                .add_days(-1)
                .unwrap()
                .to_string(),
            "1600-02-29"
        );
        assert_eq!(Date::new(9999, 12, 31).unwrap().add_days(1), None);
        for n in [-700_000_i64, -1, 0, 1, 20_000, 2_000_000] {
            let date = Date::from_days_since_epoch(n).unwrap();
            assert_eq!(date.days_since_epoch(), n);
        }
    }

    #[test]
    fn names() {
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("MARCH"), Some(3));
        assert_eq!(month_from_name("Mayday"), None);
        assert_eq!(Weekday::from_name("fri."), Some(Weekday::Friday));
        assert_eq!(Weekday::from_name("Fridays"), None);
    }
}
