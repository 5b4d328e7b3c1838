//! Rules for calendar expressions: numbers (years, decades, ISO and numeric dates, clock times),
//! month names with days and years, weekdays, seasons, fiscal years, holidays, quarter codes.

use super::TimexType;
use super::cursor::{Cx, modifiers, part_of, unit_after};
use super::expr::{Found, Pick, Unit};
use super::sem::Sem;
use super::words::{Head, digits, ordinal};
use crate::analysis::date::days_in_month;
use crate::analysis::segment::TokenKind;

// `CONTEXT`, `COUNTED` and `ZONES`, from `assets/lexicon/` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/timeline_dates.rs"));

/// Words before a number that make it a date ([`CONTEXT`]), for the other date rules.
pub(super) const DATE_CONTEXT: &[&str] = CONTEXT;
/// Time-zone abbreviations and their offsets in minutes ([`ZONES`]), for clock times.
pub(super) const TIME_ZONES: &[(&str, i16)] = ZONES;

/// Words before a number that make it an amount rather than a year.
const AMOUNT_CUES: &[&str] = &[
    "than",
    "least",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "no",
    "number",
    "flight",
    "route",
    "page",
    "room",
    "about",
    "over",
    "under",
];

/// A number token that is no clock time or numeric date: a year, a decade, or a day before a
/// month.
pub(super) fn number(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let s = cx.str(i);
    if let Some(d) = decade_of(s) {
        let mut first = i;
        if let Some(q) = cx
            .back(i, floor)
            .filter(|&q| apostrophe(cx, q) && cx.joined(i))
        {
            first = q;
        } else if d < 10 {
            return None; // "the 90s" without an apostrophe may be temperatures
        }
        if let Some(m) = cx.before_is(first, floor, &["early", "late", "mid"]) {
            first = m;
        }
        first = cx.before_is(first, floor, &["the"]).unwrap_or(first);
        let sem = match d {
            d if d < 10 => Sem::Decade(190 + d),
            d if d % 10 == 0 && d < 200 => Sem::Century(d / 10),
            d => Sem::Decade(d),
        };
        out.push(Found::new(
            part_of(cx, first, floor),
            i,
            TimexType::Date,
            sem,
        ));
        return Some(i);
    }
    // A day before a month ("16 January") is taken by the month rule.
    if matches!(cx.head(i + 1), Some(Head::Month(_) | Head::MonthAbbr(_)))
        || (cx.is(i + 1, "of") && matches!(cx.head(i + 2), Some(Head::Month(_))))
    {
        return None;
    }
    let year = cx.year(i)?;
    if cx
        .back(i, floor)
        .is_some_and(|p| cx.kind_is(p, TokenKind::Symbol) || cx.is_any(p, AMOUNT_CUES))
        || cx.kind_is(i + 1, TokenKind::Symbol)
        || cx.is_any(i + 1, COUNTED)
        || unit_after(cx, i + 1)
        || year_part_after(cx, i + 1)
        // "the 1989 period" is a report's quarter.
        || (cx.head(i + 1) == Some(Head::Period) && cx.before_is(i, floor, &["the"]).is_some())
    {
        return None;
    }
    if cx.is_any(i + 1, &["fiscal", "financial"]) && cx.is(i + 2, "year") {
        let first = cx.before_is(i, floor, &["the"]).unwrap_or(i);
        let sem = Sem::Fiscal {
            year: Some(year),
            offset: 0,
        };
        out.push(Found::new(first, i + 2, TimexType::Date, sem));
        return Some(i + 2);
    }
    let first = part_of(cx, modifiers(cx, i, floor), floor);
    let sem = Sem::Cal {
        year: Some(year),
        month: None,
        day: None,
        pick: Pick::ByTense,
    };
    out.push(Found::new(first, i, TimexType::Date, sem));
    Some(i)
}

/// "1990s" → 199, "1800s" → 180, "90s" → 9.
pub(super) fn decade_of(s: &str) -> Option<i32> {
    let digits_part = s.strip_suffix('s')?;
    let n = digits(digits_part.as_bytes())?;
    match digits_part.len() {
        4 if n % 10 == 0 && (1000..=2190).contains(&n) => Some(n / 10),
        2 if n % 10 == 0 => Some(n / 10),
        _ => None,
    }
}

fn apostrophe(cx: &Cx, i: usize) -> bool {
    matches!(cx.str(i), "'" | "’" | "‘")
}

/// A day-of-month token: "16", "2nd", "16th".
fn day_at(cx: &Cx, i: usize) -> Option<u8> {
    if !cx.kind_is(i, TokenKind::Number) {
        return None;
    }
    let s = cx.str(i);
    let n = match cx.int(i) {
        Some((n, len)) if len <= 2 => n,
        Some(_) => return None,
        None => i32::try_from(ordinal(s)?).ok()?,
    };
    u8::try_from(n).ok().filter(|d| (1..=31).contains(d))
}

/// A month name with what goes with it: "January 16, 2026", "Jan. 16", "16 January 2026",
/// "January 2026", "early January", "last March", a bare "February" after a preposition.
pub(super) fn month(
    cx: &Cx,
    i: usize,
    m: u8,
    abbr: bool,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    if !cx.cap(i) {
        return None;
    }
    // Only an abbreviation takes the dot: "Jan. 16", not the full stop of "in January."
    let dot = abbr && cx.punct(i + 1, ".") && cx.joined(i + 1);
    let mut j = if dot { i + 2 } else { i + 1 };
    let mut last = if dot { i + 1 } else { i };
    let (mut day, mut year) = (None, None);
    if let Some(d) = day_at(cx, j) {
        day = Some(d);
        last = j;
        j += 1;
        if cx.punct(j, ",") && cx.year(j + 1).is_some() {
            year = cx.year(j + 1);
            last = j + 1;
        } else if let Some(y) = cx.year(j) {
            year = Some(y);
            last = j;
        }
    } else if let Some(y) = cx.year(j) {
        year = Some(y);
        last = j;
    } else if cx.is(j, "of") && cx.year(j + 1).is_some() {
        year = cx.year(j + 1);
        last = j + 1;
    }
    let mut first = i;
    if day.is_none() {
        if let Some(p) = cx
            .back(i, floor)
            .and_then(|p| day_at(cx, p).map(|d| (p, d)))
        {
            day = Some(p.1);
            first = p.0;
        } else if let Some(of) = cx.before_is(i, floor, &["of"])
            && let Some(p) = cx.back(of, floor)
            && let Some(d) = day_at(cx, p)
        {
            day = Some(d);
            first = cx.before_is(p, floor, &["the"]).unwrap_or(p);
        }
        // "the 3rd of May, 1961"
        if day.is_some() && year.is_none() && cx.punct(last + 1, ",") {
            year = cx.year(last + 2);
            if year.is_some() {
                last += 2;
            }
        }
    }
    if abbr && !dot && day.is_none() && year.is_none() {
        return None;
    }
    if let Some(d) = day
        && d > days_in_month(year.unwrap_or(2000), m)
    {
        return None;
    }
    // "each July": a recurrence, no one month.
    if day.is_none()
        && year.is_none()
        && let Some(p) = cx.before_is(first, floor, &["each", "every"])
    {
        out.push(Found::new(p, last, TimexType::Set, Sem::EveryMonth(m)));
        return Some(last);
    }
    let mut pick = Pick::ByTense;
    if day.is_none() {
        if let Some(p) = cx.before_is(first, floor, &["last", "next", "this"]) {
            pick = pick_of(cx, p);
            first = p;
        }
        let bare = year.is_none() && pick == Pick::ByTense;
        // ("voted for May": a bare "May" after "for" is more often a name.)
        let context = cx
            .back(first, floor)
            .is_some_and(|p| cx.is_any(p, CONTEXT) && !(m == 5 && cx.is(p, "for")))
            || cx.kind_is(i + 1, TokenKind::Possessive)
            || first == 0 && cx.punct(i + 1, ",");
        // "March Madness", "the May Day rally": a bare month before a name is part of it.
        let in_name = cx.kind_is(i + 1, TokenKind::Word) && cx.cap(i + 1);
        if bare && (!context || in_name) {
            return None;
        }
        first = modifiers(cx, first, floor);
    }
    // "the week of March 6": the week that day falls in.
    if let Some(d) = day
        && let Some(of) = cx.before_is(first, floor, &["of"])
        && let Some(week) = cx.before_is(of, floor, &["week"])
    {
        let first = cx.before_is(week, floor, &["the"]).unwrap_or(week);
        let sem = Sem::WeekOf {
            year,
            month: m,
            day: d,
        };
        out.push(Found::new(first, last, TimexType::Date, sem));
        return Some(last);
    }
    let first = part_of(cx, first, floor);
    let sem = Sem::Cal {
        year,
        month: Some(m),
        day,
        pick,
    };
    out.push(Found::new(first, last, TimexType::Date, sem));
    Some(last)
}

pub(super) fn pick_of(cx: &Cx, p: usize) -> Pick {
    if cx.is(p, "last") {
        Pick::Last
    } else if cx.is(p, "next") {
        Pick::Next
    } else {
        Pick::This
    }
}

/// A weekday: "Friday", "last Friday", "Friday night", "Friday, January 16, 2026", "every Monday".
pub(super) fn weekday(
    cx: &Cx,
    i: usize,
    d: u8,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    if !cx.cap(i) {
        return None;
    }
    let mut first = i;
    if let Some(e) = cx.before_is(i, floor, &["every", "each"]) {
        out.push(Found::new(e, i, TimexType::Set, Sem::EveryWeekday(d)));
        return Some(i);
    }
    let (mut pick, mut anaphoric) = (Pick::ByTense, false);
    if let Some(p) = cx.before_is(i, floor, &["last", "next", "this", "coming", "past"]) {
        pick = if cx.is_any(p, &["last", "past"]) {
            Pick::Last
        } else if cx.is_any(p, &["next", "coming"]) {
            Pick::Next
        } else {
            Pick::This
        };
        first = cx.before_is(p, floor, &["this"]).unwrap_or(p);
    } else if let Some(p) = cx.before_is(i, floor, &["previous", "following"])
        && let Some(the) = cx.before_is(p, floor, &["the"])
    {
        // "the previous Friday", "the following Monday": a week around the last day named.
        pick = if cx.is(p, "previous") {
            Pick::Last
        } else {
            Pick::Next
        };
        anaphoric = true;
        first = the;
    }
    first = cx
        .before_is(first, floor, &["early", "late"])
        .unwrap_or(first);
    // "Friday, January 16" / "Friday 16 January": the date is the expression.
    let k = if cx.punct(i + 1, ",") { i + 2 } else { i + 1 };
    let mut dated = Vec::new();
    let date_head = matches!(cx.head(k), Some(Head::Month(_) | Head::MonthAbbr(_)))
        || (day_at(cx, k).is_some() && matches!(cx.head(k + 1), Some(Head::Month(_))));
    if date_head {
        let mh = if day_at(cx, k).is_some() { k + 1 } else { k };
        let abbr = matches!(cx.head(mh), Some(Head::MonthAbbr(_)));
        if let Some(Head::Month(m) | Head::MonthAbbr(m)) = cx.head(mh)
            && let Some(end) = month(cx, mh, m, abbr, k, &mut dated)
            && let Some(f) = dated.first()
            && matches!(f.sem, Sem::Cal { day: Some(_), .. })
        {
            out.push(Found::new(first, end, TimexType::Date, f.sem));
            return Some(end);
        }
    }
    let part = match cx.head(i + 1) {
        Some(Head::Part(p)) => Some(p),
        _ => None,
    };
    let last = if part.is_some() { i + 1 } else { i };
    let kind = if part.is_some() {
        TimexType::Time
    } else {
        TimexType::Date
    };
    let sem = Sem::Weekday {
        day: d,
        pick,
        part,
        anaphoric,
    };
    out.push(Found::new(first, last, kind, sem));
    Some(last)
}

/// Whether a quarter or half of the year before token `i` follows: "1988 [fourth quarter]",
/// "1989 [first half]" (the quarter rule takes the year).
fn year_part_after(cx: &Cx, i: usize) -> bool {
    ordinal(cx.str(i)).is_some_and(|n| (1..=4).contains(&n))
        && matches!(cx.head(i + 1), Some(Head::Unit(Unit::Quarter) | Head::Half))
}
