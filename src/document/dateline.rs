//! Datelines: a line near the top of an article that gives its publication date.

use crate::analysis::date::{Date, Weekday, month_from_name};

/// The longest line read as a dateline, in bytes.
const MAX_DATELINE: usize = 120;

/// Parses a date written the ways news sites write datelines: `May 14, 2009`,
/// `Jan. 16, 2026`, `January 16th 2026`, `16 January 2026`, `Friday, 16 January 2026`,
/// `2026-01-16`, optionally after `Published`/`Updated`/`Posted` (and `on`/`:`) and before a
/// clock time. A named weekday must agree with the date. The whole string must be the date.
pub fn parse_date(line: &str) -> Option<Date> {
    // Longer lines are prose, not datelines; they are not split into words at all.
    if line.len() > MAX_DATELINE {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut rest = words.as_slice();
    if let [first, tail @ ..] = rest {
        let lead = first.trim_end_matches(':').to_ascii_lowercase();
        if matches!(lead.as_str(), "published" | "updated" | "posted" | "dated") {
            rest = tail;
            if let [on, tail @ ..] = rest
                && (on.eq_ignore_ascii_case("on") || *on == ":")
            {
                rest = tail;
            }
        }
    }
    let mut weekday = None;
    if let [first, tail @ ..] = rest
        && let Some(day) = Weekday::from_name(first)
    {
        weekday = Some(day);
        rest = tail;
    }
    let (date, tail) = match rest {
        [iso, tail @ ..] if iso.len() == 10 => (Date::parse_iso(iso)?, tail),
        [month, day, year, tail @ ..] if month_from_name(month).is_some() => (
            Date::new(year_of(year)?, month_from_name(month)?, day_of(day)?)?,
            tail,
        ),
        [day, month, year, tail @ ..] => (
            Date::new(year_of(year)?, month_from_name(month)?, day_of(day)?)?,
            tail,
        ),
        _ => return None,
    };
    if !tail.iter().all(|w| is_clock_word(w)) || tail.len() > 3 {
        return None;
    }
    if weekday.is_some_and(|w| w != date.weekday()) {
        return None;
    }
    Some(date)
}

/// Parses a timestamp from page metadata or a feed: ISO 8601 (`2026-01-16T09:30:00+01:00`; the
/// date as written, not moved to UTC), RFC 2822 (`Fri, 16 Jan 2026 09:30:00 +0000`) or any
/// dateline form [`parse_date`] accepts.
pub fn parse_timestamp(stamp: &str) -> Option<Date> {
    let stamp = stamp.trim();
    let iso = stamp
        .get(..10)
        .filter(|_| stamp.len() == 10 || stamp[10..].starts_with(['T', 't', ' ']))
        .and_then(Date::parse_iso);
    iso.or_else(|| parse_date(stamp))
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = word.get(digits.len()..).unwrap_or("").to_ascii_lowercase();
    if !matches!(suffix.as_str(), "" | "st" | "nd" | "rd" | "th") || digits.len() > 2 {
        return None;
    }
    digits.parse().ok()
}

/// Words that may follow a date on a dateline: `10:30`, `a.m.`, `PM`, `GMT`, `UTC+1`, `+0100`,
/// `at`.
fn is_clock_word(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "at" | "am" | "pm" | "a.m." | "p.m." | "|" | "-" | "—"
    ) || (w.contains(':') && w.bytes().all(|b| b.is_ascii_digit() || b == b':'))
        || ((2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()))
        || w.starts_with("utc")
        || (w.len() > 1
            && w.starts_with(['+', '-'])
            && w[1..].bytes().all(|b| b.is_ascii_digit() || b == b':'))
        || w.starts_with("gmt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms() {
        let cases = [
            ("May 14, 2009", "2009-05-14"),
            ("January 16, 2026", "2026-01-16"),
            ("March 01, 2008", "2008-03-01"),
            ("Jan. 16, 2026", "2026-01-16"),
            ("Sept. 3 2025", "2025-09-03"),
            ("January 16th, 2026", "2026-01-16"),
            ("16 January 2026", "2026-01-16"),
            ("Friday, 16 January 2026", "2026-01-16"),
            ("Friday, January 16, 2026", "2026-01-16"),
            ("2026-01-16", "2026-01-16"),
            ("Published: January 16, 2026", "2026-01-16"),
            ("Updated on 2026-01-16 10:30 GMT", "2026-01-16"),
            ("January 16, 2026 3:45 PM EST", "2026-01-16"),
        ];
        for (line, want) in cases {
            assert_eq!(
                parse_date(line).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{line}"
            );
        }
    }

    #[test]
    fn timestamps() {
        for (stamp, want) in [
            ("2026-01-16T23:30:00-05:00", "2026-01-16"),
            ("2026-01-16", "2026-01-16"),
            ("2026-01-16 09:30", "2026-01-16"),
            ("Fri, 16 Jan 2026 09:30:00 +0000", "2026-01-16"),
            ("Fri, 16 Jan 2026 09:30:00 GMT", "2026-01-16"),
            ("January 16, 2026", "2026-01-16"),
        ] {
            assert_eq!(
                parse_timestamp(stamp).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{stamp}"
            );
        }
        for stamp in ["", "2026-01-16garbage", "yesterday", "2026-13-01T00:00:00Z"] {
            assert_eq!(parse_timestamp(stamp), None, "{stamp}");
        }
    }

    #[test]
    fn rejected_lines() {
        for line in [
            "Thursday, 16 January 2026",
            "February 30, 2026",
            "May I ask, 2009",
            "Putin held calls on Friday, January 16, 2026, with leaders",
            "The 2026 budget",
            "",
            "16 January",
        ] {
            assert_eq!(parse_date(line), None, "{line}");
        }
    }
}
