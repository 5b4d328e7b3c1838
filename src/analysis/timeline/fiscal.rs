//! Reporting periods: quarters ("the fourth quarter of 2006", "the year-earlier quarter"),
//! "the period", halves ("the first half").

use super::TimexType;
use super::cursor::{Cx, amount_before, part_of};
use super::expr::{Amount, Found, Reach, Unit};
use super::relative::relative;
use super::sem::Sem;
use super::words::{ordinal, unit_word};

/// "the first quarter", "the fourth quarter of 2006", "last quarter", "this quarter".
pub(super) fn quarter(
    cx: &Cx,
    i: usize,
    plural: bool,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    if plural {
        let (amount, mut first, _) = amount_before(cx, i, floor)?;
        if cx.is(i + 1, "of") {
            // "the first two quarters of 1990" is a half; "three quarters of the budget" none.
            let (year, last) = year_of(cx, i);
            let side = cx.before_is(first, floor, &["first", "last"]);
            let (Amount::N(2), Some(side), Some(_)) = (amount, side, year) else {
                return None;
            };
            let code = if cx.is(side, "first") { 5 } else { 6 };
            let first = cx.before_is(side, floor, &["the"]).unwrap_or(side);
            let sem = Sem::Part { code, year };
            out.push(Found::new(first, last, TimexType::Date, sem));
            return Some(last);
        }
        let mut reach = Reach::Free;
        // "the past two quarters", "the next four quarters".
        if let Some(r) = cx.before_is(first, floor, &["past", "last", "next", "coming"]) {
            reach = if cx.is_any(r, &["past", "last"]) {
                Reach::UpToNow
            } else {
                Reach::FromNow
            };
            first = cx.before_is(r, floor, &["the"]).unwrap_or(r);
        }
        let sem = Sem::duration(amount, Unit::Quarter, reach);
        out.push(Found::new(first, i, TimexType::Duration, sem));
        return Some(i);
    }
    let p = cx.back(i, floor)?;
    if let Some(n) = ordinal(cx.str(p)).filter(|n| (1..=4).contains(n)) {
        let (year, last) = year_of(cx, i);
        let code = u8::try_from(n).ok()?;
        // "the 1988 third quarter": the year before the ordinal.
        let (year, before) = year_or_before(cx, year, p, floor);
        // "the year-ago third quarter": that quarter a year before the one in force.
        let earlier = cx
            .back(before.unwrap_or(p), floor)
            .filter(|&e| year_ago(cx, e));
        let first = cx
            .before_is(earlier.or(before).unwrap_or(p), floor, &["the"])
            .or(earlier)
            .or(before)
            .unwrap_or(p);
        let sem = match (earlier, year) {
            (Some(_), None) => Sem::Reporting {
                code: Some(code),
                years: -1,
                year: None,
            },
            _ => Sem::Part { code, year },
        };
        out.push(Found::new(first, last, TimexType::Date, sem));
        return Some(last);
    }
    if let Some(last) = written_year(cx, p, floor, i, out) {
        return Some(last);
    }
    // "the quarter", "the latest quarter", "the year-ago quarter".
    if let Some(the) = reporting_the(cx, p, floor).filter(|&t| part_of(cx, t, floor) == t) {
        let years = if year_ago(cx, p) { -1 } else { 0 };
        let sem = Sem::Reporting {
            code: None,
            years,
            year: None,
        };
        out.push(Found::new(the, i, TimexType::Date, sem));
        return Some(i);
    }
    let f = relative(cx, i, Unit::Quarter, floor)?;
    out.push(f);
    Some(i)
}

/// A report's period: "the latest period", "the year-earlier period", "the comparable period
/// a year ago" — the quarter in force, or the one a year before.
pub(super) fn period(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let p = cx.back(i, floor)?;
    if let Some(last) = written_year(cx, p, floor, i, out) {
        return Some(last);
    }
    // "the period" alone can be any stretch of time.
    let the = reporting_the(cx, p, floor).filter(|&t| t != p)?;
    let mut years = if year_ago(cx, p) { -1 } else { 0 };
    let mut last = i;
    if cx.is(i + 1, "last") && cx.is(i + 2, "year") {
        years = -1;
        last = i + 2;
    } else if cx.is(i + 1, "a") && cx.is(i + 2, "year") && cx.is_any(i + 3, &["ago", "earlier"]) {
        years = -1;
        last = i + 3;
    }
    let sem = Sem::Reporting {
        code: None,
        years,
        year: None,
    };
    out.push(Found::new(the, last, TimexType::Date, sem));
    Some(last)
}

/// "the 1988 quarter", "the 1989 period": the report's quarter in the year written at `p`;
/// pushed, and its last token `i` returned.
fn written_year(cx: &Cx, p: usize, floor: usize, i: usize, out: &mut Vec<Found>) -> Option<usize> {
    let year = cx.year(p)?;
    let the = cx.before_is(p, floor, &["the"])?;
    let sem = Sem::Reporting {
        code: None,
        years: 0,
        year: Some(year),
    };
    out.push(Found::new(the, i, TimexType::Date, sem));
    Some(i)
}

/// Whether token `i` is "year-ago" or "year-earlier".
fn year_ago(cx: &Cx, i: usize) -> bool {
    cx.is_any(i, &["year-ago", "year-earlier"])
}

/// The "the" of "the quarter" when token `p` (the word before "quarter") is it or a word
/// that keeps it the report's quarter ("the latest", "the year-ago", "the comparable").
fn reporting_the(cx: &Cx, p: usize, floor: usize) -> Option<usize> {
    if cx.is(p, "the") {
        return Some(p);
    }
    if !(year_ago(cx, p) || cx.is_any(p, &["latest", "comparable", "corresponding", "recent"])) {
        return None;
    }
    let q = cx.back(p, floor)?;
    if cx.is(q, "the") {
        return Some(q);
    }
    // "the comparable year-ago quarter", "the most recent quarter".
    cx.is_any(q, &["comparable", "most"])
        .then(|| cx.before_is(q, floor, &["the"]))
        .flatten()
}

/// "of 2026" or "2026" after token `i`: the year and the last token used.
fn year_of(cx: &Cx, i: usize) -> (Option<i32>, usize) {
    if cx.is(i + 1, "of")
        && let Some(y) = cx.year(i + 2)
    {
        return (Some(y), i + 2);
    }
    match cx.year(i + 1) {
        Some(y) => (Some(y), i + 1),
        None => (None, i),
    }
}

/// The year written after a part of the year, or else the one just before token `p` ("the
/// 1988 [third quarter]") and that token.
fn year_or_before(
    cx: &Cx,
    after: Option<i32>,
    p: usize,
    floor: usize,
) -> (Option<i32>, Option<usize>) {
    if after.is_some() {
        return (after, None);
    }
    match cx.back(p, floor).and_then(|y| cx.year(y).map(|v| (y, v))) {
        Some((k, v)) => (Some(v), Some(k)),
        None => (None, None),
    }
}

/// "half" heads: "the first half of 2026", "the second (last, latter) half", "half an hour".
pub(super) fn half(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    if let Some(p) = cx.before_is(i, floor, &["first", "second", "last", "latter"]) {
        let (year, last) = year_of(cx, i);
        // "the 1989 first half".
        let (year, before) = year_or_before(cx, year, p, floor);
        if before.is_none() && !(cx.is(i + 1, "of") || cx.punct(i + 1, ",") || cx.punct(i + 1, "."))
        {
            return None;
        }
        if year.is_none() && cx.is(i + 1, "of") {
            return None; // "the first half of the match"
        }
        let code = if cx.is(p, "first") { 5 } else { 6 };
        let first = cx
            .before_is(before.unwrap_or(p), floor, &["the"])
            .unwrap_or(before.unwrap_or(p));
        out.push(Found::new(
            first,
            last,
            TimexType::Date,
            Sem::Part { code, year },
        ));
        return Some(last);
    }
    if cx.is_any(i + 1, &["a", "an"])
        && let Some((u, false)) = unit_word(cx.str(i + 2))
    {
        let sem = Sem::duration(Amount::Tenths(5), u, Reach::Free);
        out.push(Found::new(i, i + 2, TimexType::Duration, sem));
        return Some(i + 2);
    }
    None
}
