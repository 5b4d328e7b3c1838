//! Rules for calendar expressions: numbers (years, decades, ISO and numeric dates, clock times),
//! month names with days and years, weekdays, seasons, fiscal years, holidays, quarter codes.

use super::TimexType;
use super::expr::{Amount, Found, Holiday, Pick, Reach, Season, Sem, Unit};
use super::recognize::{Cx, modifiers, part_of};
use super::units::unit_after;
use super::words::{Head, digits, number_word, ordinal};
use crate::analysis::date::days_in_month;
use crate::analysis::segment::TokenKind;

// `CONTEXT`, `COUNTED` and `ZONES`, from `assets/lexicon/` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/timeline_dates.rs"));

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

/// A number token: a year, decade, ISO or numeric date, clock time, or day before a month.
pub(super) fn number(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let s = cx.str(i);
    if let Some(end) = clock(cx, i, floor, out) {
        return Some(end);
    }
    if let Some(end) = numeric_date(cx, i, out) {
        return Some(end);
    }
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

/// A year said aloud, as transcripts write it: "nineteen ninety-six", "eighteen twelve";
/// a month just before it takes it ("January nineteen ninety-seven").
pub(super) fn spoken_year(cx: &Cx, i: usize, century: u8, out: &mut Vec<Found>) -> Option<usize> {
    let n = number_word(cx.str(i + 1)).filter(|n| (10..=99).contains(n))?;
    let year = i32::from(century) * 100 + i32::try_from(n).ok()?;
    if let Some(last) = out.last_mut()
        && last.last + 1 == i
        && let Sem::Cal {
            year: y @ None,
            month: Some(_),
            ..
        } = &mut last.sem
    {
        *y = Some(year);
        last.last = i + 1;
        return Some(i + 1);
    }
    // A month the recogniser left alone ("January" opening a line).
    let month = i.checked_sub(1).and_then(|p| match cx.head(p) {
        Some(Head::Month(m)) => Some((p, m)),
        _ => None,
    });
    let sem = Sem::Cal {
        year: Some(year),
        month: month.map(|(_, m)| m),
        day: None,
        pick: Pick::ByTense,
    };
    let first = month.map_or(i, |(p, _)| p);
    out.push(Found::new(first, i + 1, TimexType::Date, sem));
    Some(i + 1)
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
    let mut pick = Pick::ByTense;
    if day.is_none() {
        if let Some(p) = cx.before_is(first, floor, &["last", "next", "this"]) {
            pick = pick_of(cx, p);
            first = p;
        }
        let bare = year.is_none() && pick == Pick::ByTense;
        let context = cx.back(first, floor).is_some_and(|p| cx.is_any(p, CONTEXT))
            || cx.kind_is(i + 1, TokenKind::Possessive)
            || first == 0 && cx.punct(i + 1, ",");
        // "March Madness", "the May Day rally": a bare month before a name is part of it.
        let in_name = cx.kind_is(i + 1, TokenKind::Word) && cx.cap(i + 1);
        if bare && (!context || in_name) {
            return None;
        }
        first = modifiers(cx, first, floor);
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

fn pick_of(cx: &Cx, p: usize) -> Pick {
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
    let mut pick = Pick::ByTense;
    if let Some(p) = cx.before_is(i, floor, &["last", "next", "this", "coming", "past"]) {
        pick = if cx.is_any(p, &["last", "past"]) {
            Pick::Last
        } else if cx.is_any(p, &["next", "coming"]) {
            Pick::Next
        } else {
            Pick::This
        };
        first = cx.before_is(p, floor, &["this"]).unwrap_or(p);
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
        if let Some(Head::Month(m) | Head::MonthAbbr(m)) = cx.head(mh)
            && let Some(end) = month(cx, mh, m, false, k, &mut dated)
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
    let sem = Sem::Weekday { day: d, pick, part };
    out.push(Found::new(first, last, kind, sem));
    Some(last)
}

/// A season: "this summer", "last winter", "spring 2026", "the summer of 2025", "in the fall".
pub(super) fn season(
    cx: &Cx,
    i: usize,
    s: Season,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let (mut year, mut last) = (cx.year(i + 1), i);
    if year.is_some() {
        last = i + 1;
    } else if cx.is(i + 1, "of") && cx.year(i + 2).is_some() {
        year = cx.year(i + 2);
        last = i + 2;
    }
    // A capitalised season inside a name ("Summer Olympics").
    if cx.cap(i) && i > 0 && year.is_none() && cx.kind_is(i + 1, TokenKind::Word) && cx.cap(i + 1) {
        return None;
    }
    let mut first = i;
    let mut pick = Pick::ByTense;
    if let Some(p) = cx.before_is(i, floor, &["last", "next", "this"]) {
        pick = pick_of(cx, p);
        first = p;
    }
    first = cx
        .before_is(first, floor, &["early", "late", "mid"])
        .unwrap_or(first);
    let the = cx.before_is(first, floor, &["the"]);
    let before = cx.back(the.unwrap_or(first), floor);
    let next_of = cx.is_any(i + 1, &["of", "in", "season"]);
    let ok = if s == Season::Fall && year.is_none() && pick == Pick::ByTense && first == i {
        // "fall" is mostly a verb or noun: only "in (the) fall", "by the fall" …
        before.is_some_and(|p| cx.is_any(p, &["in", "by", "until", "since", "during"])) && !next_of
    } else {
        year.is_some()
            || pick != Pick::ByTense
            || first != i
            || (the.is_some() && !next_of)
            || before.is_some_and(|p| cx.is_any(p, CONTEXT))
    };
    if !ok {
        return None;
    }
    let first = the.unwrap_or(first);
    let sem = Sem::Season {
        season: s,
        year,
        pick,
    };
    out.push(Found::new(first, last, TimexType::Date, sem));
    Some(last)
}

/// Words after a stretch of time that give its end: "the year ended Aug. 31".
pub(super) const STRETCH_ENDS: &[&str] = &["ended", "ending"];

/// "fiscal 2026", "fiscal year 2026", "the fiscal year", "this financial year".
pub(super) fn fiscal(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let mut last = i;
    let year_word = cx.is(i + 1, "year");
    if year_word {
        last = i + 1;
    }
    let year = cx.year(last + 1);
    if year.is_some() {
        last += 1;
    }
    if !year_word && year.is_none() {
        return None;
    }
    let mut first = i;
    let mut offset = 0;
    if let Some(p) = cx.before_is(
        i,
        floor,
        &["this", "current", "last", "next", "previous", "the"],
    ) {
        offset = match cx.str(p).to_ascii_lowercase().as_str() {
            "last" | "previous" => -1,
            "next" => 1,
            _ => 0,
        };
        first = cx.before_is(p, floor, &["the"]).unwrap_or(p);
    }
    if year.is_none() && first == i {
        return None;
    }
    let first = part_of(cx, first, floor);
    // "the fiscal year ended June 30": the twelve months the report covers.
    let (kind, sem) = if year.is_none() && offset == 0 && cx.is_any(last + 1, STRETCH_ENDS) {
        let sem = Sem::Duration {
            amount: Amount::N(1),
            unit: Unit::Year,
            reach: Reach::Free,
        };
        (TimexType::Duration, sem)
    } else {
        (TimexType::Date, Sem::Fiscal { year, offset })
    };
    out.push(Found::new(first, last, kind, sem));
    Some(last)
}

/// "Christmas", "Christmas Eve", "Easter 2026", "Thanksgiving Day".
pub(super) fn holiday(cx: &Cx, i: usize, h: Holiday, out: &mut Vec<Found>) -> Option<usize> {
    if !cx.cap(i) {
        return None;
    }
    let mut last = i;
    let mut holiday = h;
    if cx.is(i + 1, "Eve") && h == Holiday::Christmas {
        holiday = Holiday::ChristmasEve;
        last = i + 1;
    } else if cx.is_any(i + 1, &["Day", "Sunday"]) && cx.cap(i + 1) {
        last = i + 1;
    }
    let year = cx.year(last + 1);
    if year.is_some() {
        last += 1;
    }
    out.push(Found::new(
        i,
        last,
        TimexType::Date,
        Sem::Holiday { holiday, year },
    ));
    Some(last)
}

/// "Q3", "Q3 2025", "H1".
pub(super) fn code(cx: &Cx, i: usize, code: u8, out: &mut Vec<Found>) -> Option<usize> {
    let year = cx.year(i + 1);
    let last = if year.is_some() { i + 1 } else { i };
    out.push(Found::new(
        i,
        last,
        TimexType::Date,
        Sem::Part { code, year },
    ));
    Some(last)
}

/// ISO "2026-01-16" and numeric "7/8/07", "01/16/2026", "16/01/2026" (month first unless the
/// first number cannot be a month).
fn numeric_date(cx: &Cx, i: usize, out: &mut Vec<Found>) -> Option<usize> {
    let sep = cx.str(i + 1);
    if !(sep == "-" || sep == "/") || !(1..=4).all(|k| cx.joined(i + k)) || cx.str(i + 3) != sep {
        return None;
    }
    let (a, alen) = cx.int(i)?;
    let (b, blen) = cx.int(i + 2)?;
    let (c, clen) = cx.int(i + 4)?;
    let (year, month, day) = if sep == "-" {
        if alen != 4 || blen != 2 || clen != 2 {
            return None;
        }
        (a, b, c)
    } else {
        let year = match clen {
            4 => c,
            2 if c < 50 => 2000 + c,
            2 => 1900 + c,
            _ => return None,
        };
        if alen > 2 || blen > 2 {
            return None;
        }
        if a > 12 { (year, b, a) } else { (year, a, b) }
    };
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = u8::try_from(day).ok()?;
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let sem = Sem::Cal {
        year: Some(year),
        month: Some(month),
        day: Some(day),
        pick: Pick::ByTense,
    };
    out.push(Found::new(i, i + 4, TimexType::Date, sem));
    Some(i + 4)
}

/// Clock times: "10:30", "3 p.m.", "3pm", "6:40 a.m. GMT", "18:00 UTC", "9 o'clock".
fn clock(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let s = cx.str(i);
    let body = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = s.get(body.len()..).unwrap_or("");
    let (h, m, colon) = match body.split_once(':') {
        Some((h, m)) if m.len() == 2 => (digits(h.as_bytes())?, digits(m.as_bytes())?, true),
        Some(_) => return None,
        None if !suffix.is_empty() => (digits(body.as_bytes())?, 0, false),
        None => (cx.int(i)?.0, 0, false),
    };
    let mut last = i;
    let mut meridiem = match suffix.to_ascii_lowercase().as_str() {
        "am" => Some(false),
        "pm" => Some(true),
        "" => None,
        _ => return None,
    };
    if meridiem.is_none() {
        let next = cx.str(i + 1).trim_end_matches('.').to_ascii_lowercase();
        meridiem = match next.as_str() {
            "a.m" | "am" => Some(false),
            "p.m" | "pm" => Some(true),
            _ => None,
        };
        if meridiem.is_some() {
            last = i + 1;
            if cx.punct(i + 2, ".") && cx.joined(i + 2) && !cx.str(i + 1).ends_with('.') {
                last = i + 2;
            }
        } else if cx.is_any(i + 1, &["o'clock", "o’clock"]) {
            last = i + 1;
        }
    }
    let zone = zone_after(cx, last);
    let cue = cx.back(i, floor).is_some_and(|p| {
        cx.is_any(
            p,
            &[
                "at", "by", "until", "till", "from", "around", "about", "before", "after", "since",
                "to",
            ],
        )
    });
    let ok =
        meridiem.is_some() || last > i || (colon && (zone.is_some() || cue || body.len() == 5));
    if !ok || h > 24 || m > 59 || (meridiem.is_some() && !(1..=12).contains(&h)) {
        return None;
    }
    if let Some((_, end)) = zone {
        last = end;
    } else if cx.is(last + 1, "local") && cx.is(last + 2, "time") {
        last += 2;
    }
    let hour = match meridiem {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    let sem = Sem::Clock {
        hour: u8::try_from(hour).ok()?,
        minute: u8::try_from(m).ok()?,
        zone: zone.map(|(offset, _)| offset),
        on: None,
    };
    out.push(Found::new(i, last, TimexType::Time, sem));
    Some(last)
}

/// A time zone after token `k`: "GMT", "UTC+2", "(GMT +8)"; its offset in minutes and last token.
fn zone_after(cx: &Cx, k: usize) -> Option<(i16, usize)> {
    let paren = cx.punct(k + 1, "(");
    let z = if paren { k + 2 } else { k + 1 };
    let name = cx.tok(z).map(|t| t.span.text(cx.text))?;
    let &(_, mut offset) = ZONES.iter().find(|(n, _)| *n == name)?;
    let mut last = z;
    let sign = match cx.str(z + 1) {
        "+" => Some(1),
        "-" | "−" => Some(-1),
        _ => None,
    };
    if let (Some(sign), Some((hours, len))) = (sign, cx.int(z + 2))
        && len <= 2
        && hours <= 14
    {
        offset += sign * i16::try_from(hours).ok()? * 60;
        last = z + 2;
    }
    if paren {
        if !cx.punct(last + 1, ")") {
            return None;
        }
        last += 1;
    }
    Some((offset, last))
}
