//! Seasons ("last spring"), fiscal years ("fiscal 1989") and holidays ("Christmas Day").

use super::TimexType;
use super::cursor::{Cx, part_of};
use super::dates::{DATE_CONTEXT, pick_of};
use super::expr::{Amount, Found, Holiday, Pick, Reach, Season, Unit};
use super::sem::Sem;
use crate::analysis::segment::TokenKind;

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
            || before.is_some_and(|p| cx.is_any(p, DATE_CONTEXT))
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
    // "election" names a day only as "Election Day".
    if !cx.cap(i) || (h == Holiday::Election && !(cx.is(i + 1, "Day") && cx.cap(i + 1))) {
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
