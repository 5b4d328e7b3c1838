//! Years and decades said aloud, as transcripts and quotes write them: "nineteen
//! ninety-six", "January nineteen ninety-seven", "the nineties".

use super::TimexType;
use super::cursor::Cx;
use super::expr::{Found, Pick};
use super::sem::Sem;
use super::words::{Head, number_word};

/// A decade said as a word after "the": "the nineties", "the early eighties" (of the 1900s,
/// as news means them).
pub(super) fn spoken_decade(
    cx: &Cx,
    i: usize,
    tens: u8,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let mut first = i;
    if let Some(m) = cx.before_is(first, floor, &["early", "late", "mid"]) {
        first = m;
    }
    let the = cx.before_is(first, floor, &["the"])?;
    let sem = Sem::Decade(190 + i32::from(tens));
    out.push(Found::new(the, i, TimexType::Date, sem));
    Some(i)
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
    // "the winter of nineteen ninety-four".
    if let Some(last) = out.last_mut()
        && last.last + 2 == i
        && cx.is(i - 1, "of")
        && let Sem::Season { year: y @ None, .. } = &mut last.sem
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

/// "the year two thousand" (and "… two thousand and one") at the unit "year" at token `i`.
pub(super) fn the_year_spoken(
    cx: &Cx,
    i: usize,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let the = cx.before_is(i, floor, &["the"])?;
    if !(cx.is(i + 1, "two") && cx.is(i + 2, "thousand")) {
        return None;
    }
    let units = |k: usize| number_word(cx.str(k)).filter(|n| (1..=99).contains(n));
    let (extra, last) = if cx.is(i + 3, "and")
        && let Some(n) = units(i + 4)
    {
        (n, i + 4)
    } else if let Some(n) = units(i + 3) {
        (n, i + 3)
    } else {
        (0, i + 2)
    };
    let sem = Sem::Cal {
        year: Some(2000 + i32::try_from(extra).ok()?),
        month: None,
        day: None,
        pick: Pick::ByTense,
    };
    out.push(Found::new(the, last, TimexType::Date, sem));
    Some(last)
}
