//! Rules for expressions headed by a unit or a deictic word: durations ("three years", "a single
//! day", "recent weeks"), relative dates ("last week", "two days ago", "two days later"), sets
//! ("every year", "15 a year", "annual"), hyphenated compounds ("27-year", "mid-2011"), halves,
//! and "today", "now", "recently", "this morning", "the past", "the future".

use super::TimexType;
use super::dates::{STRETCH_ENDS, decade_of};
use super::expr::{Amount, DayPart, Found, Reach, Sem, Unit};
use super::recognize::{Cx, amount_before, modifiers, part_of};
use super::words::{Class, Head, digits, number_word, ordinal, unit_word};
use crate::analysis::date::month_from_name;
use crate::analysis::segment::TokenKind;

/// Adjectives between an amount and its unit: "a single day", "two full years".
const UNIT_ADJECTIVES: &[&str] = &[
    "single",
    "full",
    "whole",
    "entire",
    "straight",
    "consecutive",
    "additional",
    "extra",
];

/// Words before a duration that TimeML keeps in its extent ("almost two and a half years").
const APPROX: &[&str] = &["almost", "nearly", "approximately", "roughly", "around"];

/// Words that make the following singular unit relative to now: "last week", "this year".
const RELATIVE: &[&str] = &[
    "last",
    "this",
    "next",
    "coming",
    "previous",
    "past",
    "following",
    "current",
    "same",
];

/// Whether token `i` is a calendar unit word ("years", "day").
pub(super) fn unit_after(cx: &Cx, i: usize) -> bool {
    matches!(cx.head(i), Some(Head::Unit(_) | Head::Units(_)))
}

/// A unit word at `i` with what goes before and after it.
pub(super) fn unit(
    cx: &Cx,
    i: usize,
    u: Unit,
    plural: bool,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    // A capitalised unit inside a name ("Person of the Year", "Election Day").
    if cx.cap(i) && i > floor {
        return None;
    }
    if u == Unit::Quarter {
        if let Some(f) = set(cx, i, u, plural, floor) {
            out.push(f);
            return Some(i);
        }
        return quarter(cx, i, plural, floor, out);
    }
    // "second" is mostly the ordinal.
    if u == Unit::Second && !plural && !cx.is_any(cx.back(i, floor)?, &["one", "a", "per"]) {
        return None;
    }
    if let Some(f) = set(cx, i, u, plural, floor) {
        out.push(f);
        return Some(i);
    }
    if !plural && let Some(f) = relative(cx, i, u, floor) {
        out.push(f);
        return Some(f.last);
    }
    let mut p = cx.back(i, floor);
    // "recent weeks", "the past few years", "the next six months".
    if let Some(q) = p.filter(|&q| cx.is(q, "recent")) {
        let first = cx.before_is(q, floor, &["more", "most"]).unwrap_or(q);
        let sem = duration(Amount::Vague, u, Reach::UpToNow);
        out.push(Found::new(first, i, TimexType::Duration, sem));
        return Some(i);
    }
    while let Some(q) = p.filter(|&q| cx.is_any(q, UNIT_ADJECTIVES)) {
        p = cx.back(q, floor);
    }
    let gap_end = p.map_or(i, |q| q + 1);
    let amount = amount_before(cx, gap_end, floor);
    let Some((amount, mut first, article)) = amount else {
        return if plural {
            bare_plural(cx, i, u, floor, out)
        } else {
            None
        };
    };
    if plural == matches!(amount, Amount::N(1)) && !matches!(amount, Amount::Tenths(_)) {
        // "one years", "two year" (the latter is a compound modifier: "a two year deal").
        if !plural && !article {
            return compound_modifier(cx, i, u, amount, first, out);
        }
        return None;
    }
    // "the first day", "a day when": an article alone is only a duration in clear contexts.
    if article && !duration_context(cx, first, i, floor) {
        return None;
    }
    // "37 years old": an age, not a time (as "a 30-year-old" is not).
    if cx.is(i + 1, "old") {
        return None;
    }
    // "two days ago", "a year from now", "three days later".
    if let Some(n) = signed(amount) {
        if cx.is(i + 1, "ago") {
            let sem = Sem::Shift {
                n: -n,
                unit: u,
                anaphoric: false,
            };
            out.push(Found::new(
                approx(cx, first, floor),
                i + 1,
                TimexType::Date,
                sem,
            ));
            return Some(i + 1);
        }
        if cx.is(i + 1, "from") && cx.is(i + 2, "now") {
            let sem = Sem::Shift {
                n,
                unit: u,
                anaphoric: false,
            };
            out.push(Found::new(first, i + 2, TimexType::Date, sem));
            return Some(i + 2);
        }
        if cx.is_any(i + 1, &["later", "earlier"]) && !cx.is(i + 2, "than") {
            let n = if cx.is(i + 1, "later") { n } else { -n };
            let sem = Sem::Shift {
                n,
                unit: u,
                anaphoric: true,
            };
            out.push(Found::new(first, i + 1, TimexType::Date, sem));
            return Some(i + 1);
        }
    }
    let mut reach = Reach::Free;
    if let Some(r) = cx.before_is(first, floor, &["past", "last", "next", "coming", "first"]) {
        reach = if cx.is_any(r, &["past", "last"]) {
            Reach::UpToNow
        } else if cx.is(r, "first") {
            Reach::Free
        } else {
            Reach::FromNow
        };
        first = cx.before_is(r, floor, &["the"]).unwrap_or(r);
    } else if cx.is(i + 1, "ago") {
        // "several years ago": a point in the vague past.
        let first = approx(cx, first, floor);
        out.push(Found::new(first, i + 1, TimexType::Date, Sem::PastRef));
        return Some(i + 1);
    }
    let mut first = approx(cx, first, floor);
    // "in the nine months", "for the six months": the article belongs to the stretch.
    if reach == Reach::Free
        && !article
        && let Some(the) = cx.before_is(first, floor, &["the"])
        && cx
            .before_is(
                the,
                floor,
                &["in", "for", "during", "through", "over", "of"],
            )
            .is_some()
    {
        first = the;
    }
    let kind = TimexType::Duration;
    out.push(Found::new(first, i, kind, duration(amount, u, reach)));
    Some(i)
}

/// Whether an article-only amount ("a day", "a year") reads as a duration here.
fn duration_context(cx: &Cx, first: usize, i: usize, floor: usize) -> bool {
    let before = cx.back(first, floor);
    let prep = before.is_some_and(|p| {
        cx.is_any(
            p,
            &[
                "for", "in", "within", "than", "over", "about", "after", "took", "take", "takes",
                "lasted", "last", "spent", "spend", "nearly", "almost", "least", "only", "just",
            ],
        )
    });
    let single = (first + 1..i).any(|k| cx.is_any(k, UNIT_ADJECTIVES));
    let from_now = cx.is(i + 1, "from") && cx.is(i + 2, "now");
    prep || single || from_now || cx.is_any(i + 1, &["ago", "later", "earlier", "long"])
}

/// Extends over "almost", "nearly" before a duration.
fn approx(cx: &Cx, first: usize, floor: usize) -> usize {
    if let Some(p) = cx.before_is(first, floor, APPROX) {
        return p;
    }
    // "at least 30 days", "up to 180 days", "no more than sixty days" (TimeML keeps these
    // bounds in the expression; a bare "more than" is left out, as the Wikinews set has it).
    let Some(p) = cx.before_is(first, floor, &["least", "than", "to"]) else {
        return first;
    };
    let bound = match cx.str(p).to_ascii_lowercase().as_str() {
        "least" => cx.before_is(p, floor, &["at"]),
        "than" => cx
            .before_is(p, floor, &["more"])
            .and_then(|q| cx.before_is(q, floor, &["no"])),
        _ => cx.before_is(p, floor, &["up"]),
    };
    bound.unwrap_or(first)
}

/// The whole amount as a signed count, if it is one.
fn signed(amount: Amount) -> Option<i32> {
    match amount {
        Amount::N(n) => i32::try_from(n).ok(),
        _ => None,
    }
}

/// A duration meaning.
fn duration(amount: Amount, unit: Unit, reach: Reach) -> Sem {
    Sem::Duration {
        amount,
        unit,
        reach,
    }
}

/// "a two year deal": an amount and a singular unit used as a modifier.
fn compound_modifier(
    cx: &Cx,
    i: usize,
    u: Unit,
    amount: Amount,
    first: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    if !cx.kind_is(i + 1, TokenKind::Word) || cx.is_any(i + 1, &["ago", "later", "earlier"]) {
        return None;
    }
    out.push(Found::new(
        first,
        i,
        TimexType::Duration,
        duration(amount, u, Reach::Free),
    ));
    Some(i)
}

/// Sets: "every year", "each week", "every two years", "15 a year", "twice a week", "per day".
fn set(cx: &Cx, i: usize, u: Unit, plural: bool, floor: usize) -> Option<Found> {
    let p = cx.back(i, floor)?;
    if cx.is_any(p, &["every", "each"]) && !plural {
        let first = cx.before_is(p, floor, &["once"]).unwrap_or(p);
        return Some(Found::new(first, i, TimexType::Set, every(1, u)));
    }
    if plural
        && let Some((Amount::N(n), a, _)) = amount_before(cx, i, floor)
        && cx.before_is(a, floor, &["every"]).is_some()
    {
        return Some(Found::new(a - 1, i, TimexType::Set, every(n, u)));
    }
    if !plural && cx.is_any(p, &["a", "an", "per"]) {
        let q = cx.back(p, floor)?;
        let rate = cx.kind_is(q, TokenKind::Number)
            || cx.is_any(q, &["once", "twice", "thrice", "times"])
            || number_word(cx.str(q)).is_some_and(|n| n > 1);
        if rate || cx.is(p, "per") {
            return Some(Found::new(p, i, TimexType::Set, every(1, u)));
        }
    }
    None
}

fn every(n: u32, unit: Unit) -> Sem {
    Sem::Every {
        amount: Amount::N(n),
        unit,
    }
}

/// "last week", "this year", "next month", "the following day", "the same week", "that day",
/// "earlier this year", "the beginning of the year".
fn relative(cx: &Cx, i: usize, u: Unit, floor: usize) -> Option<Found> {
    let p = cx.back(i, floor)?;
    let the = cx.before_is(p, floor, &["the"]);
    if cx.is(p, "the") {
        // "the beginning of the year", "the end of the month".
        let first = part_of(cx, p, floor);
        if first < p && matches!(u, Unit::Year | Unit::Month | Unit::Week | Unit::Day) {
            let sem = rel(u, 0, false);
            return Some(Found::new(first, i, TimexType::Date, sem));
        }
        if first == p && u == Unit::Weekend {
            return Some(Found::new(p, i, TimexType::Date, Sem::NearWeekend));
        }
        // "the year ended Aug. 31": the twelve months a report covers.
        if first == p && u == Unit::Year && cx.is_any(i + 1, STRETCH_ENDS) {
            let sem = duration(Amount::N(1), u, Reach::Free);
            return Some(Found::new(p, i, TimexType::Duration, sem));
        }
        return None;
    }
    if cx.is(p, "that") && matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
        // "later that year", "earlier that day".
        let first = modifiers(cx, p, floor);
        return Some(Found::new(first, i, TimexType::Date, rel(u, 0, true)));
    }
    if !cx.is_any(p, RELATIVE) {
        return None;
    }
    let word = cx.str(p).to_ascii_lowercase();
    // "the past week", "the last decade", "the coming year": a stretch up to or from now.
    if the.is_some() && matches!(word.as_str(), "past" | "last" | "coming" | "next") {
        let anaphoric_next = word == "next" && u == Unit::Day;
        if !(anaphoric_next || u == Unit::Quarter || word == "last" && u == Unit::Week) {
            let reach = if matches!(word.as_str(), "past" | "last") {
                Reach::UpToNow
            } else {
                Reach::FromNow
            };
            let first = the.unwrap_or(p);
            let sem = duration(Amount::N(1), u, reach);
            return Some(Found::new(first, i, TimexType::Duration, sem));
        }
    }
    let (offset, anaphoric) = match word.as_str() {
        "last" | "past" => (-1, false),
        "next" | "coming" => (1, the.is_some()),
        "following" => (1, true),
        "previous" => (-1, the.is_some()),
        "same" => (0, true),
        _ => (0, false),
    };
    if word == "same" && the.is_none() {
        return None;
    }
    let mut first = the.unwrap_or(p);
    first = part_of(cx, modifiers(cx, first, floor), floor);
    let kind = if u.is_clock() {
        TimexType::Time
    } else {
        TimexType::Date
    };
    Some(Found::new(first, i, kind, rel(u, offset, anaphoric)))
}

fn rel(unit: Unit, offset: i32, anaphoric: bool) -> Sem {
    Sem::UnitRel {
        unit,
        offset,
        anaphoric,
    }
}

/// A plural unit with no amount: "for years", "decades", "these days", "in those days".
fn bare_plural(cx: &Cx, i: usize, u: Unit, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let p = cx.back(i, floor);
    if u == Unit::Day
        && let Some(q) = p.filter(|&q| cx.is_any(q, &["these", "those"]))
    {
        let sem = if cx.is(q, "these") {
            Sem::PresentRef
        } else {
            Sem::PastRef
        };
        out.push(Found::new(q, i, TimexType::Date, sem));
        return Some(i);
    }
    let lead = p.is_some_and(|q| cx.is_any(q, &["for", "over", "in", "within", "the", "of"]));
    let lead = lead
        && !cx.is(i + 1, "of")
        && matches!(
            u,
            Unit::Year | Unit::Decade | Unit::Century | Unit::Month | Unit::Week
        );
    if !lead {
        return None;
    }
    let first = p
        .filter(|&q| cx.is(q, "the") && cx.before_is(q, floor, &["over"]).is_some())
        .unwrap_or(i);
    let sem = duration(Amount::Vague, u, Reach::UpToNow);
    out.push(Found::new(first, i, TimexType::Duration, sem));
    Some(i)
}

/// "the first quarter", "the fourth quarter of 2006", "last quarter", "this quarter".
fn quarter(cx: &Cx, i: usize, plural: bool, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    if plural {
        let (amount, mut first, _) = amount_before(cx, i, floor)?;
        if cx.is(i + 1, "of") {
            return None; // "three quarters of the budget"
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
        let sem = duration(amount, Unit::Quarter, reach);
        out.push(Found::new(first, i, TimexType::Duration, sem));
        return Some(i);
    }
    let p = cx.back(i, floor)?;
    if let Some(n) = ordinal(cx.str(p)).filter(|n| (1..=4).contains(n)) {
        let (year, last) = year_of(cx, i);
        let code = u8::try_from(n).ok()?;
        // "the year-ago third quarter": that quarter a year before the one in force.
        let earlier = cx.back(p, floor).filter(|&e| year_ago(cx, e));
        let first = cx
            .before_is(earlier.unwrap_or(p), floor, &["the"])
            .or(earlier)
            .unwrap_or(p);
        let sem = match (earlier, year) {
            (Some(_), None) => Sem::Reporting {
                code: Some(code),
                years: -1,
            },
            _ => Sem::Part { code, year },
        };
        out.push(Found::new(first, last, TimexType::Date, sem));
        return Some(last);
    }
    // "the quarter", "the latest quarter", "the year-ago quarter".
    if let Some(the) = reporting_the(cx, p, floor).filter(|&t| part_of(cx, t, floor) == t) {
        let years = if year_ago(cx, p) { -1 } else { 0 };
        let sem = Sem::Reporting { code: None, years };
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
    let sem = Sem::Reporting { code: None, years };
    out.push(Found::new(the, last, TimexType::Date, sem));
    Some(last)
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

/// "half" heads: "the first half of 2026", "the second half", "half an hour".
pub(super) fn half(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    if let Some(p) = cx.before_is(i, floor, &["first", "second"]) {
        if !(cx.is(i + 1, "of") || cx.punct(i + 1, ",") || cx.punct(i + 1, ".")) {
            return None;
        }
        let (year, last) = year_of(cx, i);
        if year.is_none() && cx.is(i + 1, "of") {
            return None; // "the first half of the match"
        }
        let code = if cx.is(p, "first") { 5 } else { 6 };
        let first = cx.before_is(p, floor, &["the"]).unwrap_or(p);
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
        let sem = duration(Amount::Tenths(5), u, Reach::Free);
        out.push(Found::new(i, i + 2, TimexType::Duration, sem));
        return Some(i + 2);
    }
    None
}

/// Hyphenated compounds: "27-year", "fifty-year", "12-hour", "decades-long", "year-long",
/// "mid-2011", "late-January", "first-quarter".
pub(super) fn compound(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    let w = cx.str(i);
    let parts: Vec<&str> = w.split('-').collect();
    match parts.as_slice() {
        [pre, rest]
            if ["mid", "early", "late"]
                .iter()
                .any(|m| pre.eq_ignore_ascii_case(m)) =>
        {
            let sem = if let Some(d) = decade_of(rest).filter(|_| rest.len() == 5) {
                // "the mid-1990s": the decade.
                let first = cx.before_is(i, floor, &["the"]).unwrap_or(i);
                out.push(Found::new(first, i, TimexType::Date, Sem::Decade(d)));
                return Some(i);
            } else if let Some(y) = digits(rest.as_bytes()).filter(|_| rest.len() == 4) {
                Sem::Cal {
                    year: Some(y),
                    month: None,
                    day: None,
                    pick: super::expr::Pick::ByTense,
                }
            } else if let Some(m) = month_from_name(rest).filter(|_| rest.len() > 3) {
                let year = cx.year(i + 1);
                let last = if year.is_some() { i + 1 } else { i };
                let sem = Sem::Cal {
                    year,
                    month: Some(m),
                    day: None,
                    pick: super::expr::Pick::ByTense,
                };
                out.push(Found::new(i, last, TimexType::Date, sem));
                return Some(last);
            } else {
                return None;
            };
            out.push(Found::new(i, i, TimexType::Date, sem));
            Some(i)
        }
        // "year-earlier results": the report's quarter a year before (or the year before).
        [y, ago]
            if y.eq_ignore_ascii_case("year")
                && (ago.eq_ignore_ascii_case("ago") || ago.eq_ignore_ascii_case("earlier")) =>
        {
            // Before a unit, the unit heads the expression ("the year-ago quarter").
            if unit_after(cx, i + 1)
                || ordinal(cx.str(i + 1)).is_some()
                || cx.head(i + 1) == Some(Head::Period)
            {
                return None;
            }
            let first = cx.before_is(i, floor, &["the"]).unwrap_or(i);
            let sem = Sem::Reporting {
                code: None,
                years: -1,
            };
            out.push(Found::new(first, i, TimexType::Date, sem));
            Some(i)
        }
        [n, unit] | [n, unit, _] => {
            if let [_, _, tail] = parts.as_slice()
                && !tail.eq_ignore_ascii_case("long")
            {
                return None; // "27-year-old"
            }
            if let Some(code) = ordinal(n).filter(|_| unit.eq_ignore_ascii_case("quarter")) {
                let code = u8::try_from(code).ok().filter(|c| (1..=4).contains(c))?;
                let first = cx.before_is(i, floor, &["the"]).unwrap_or(i);
                let sem = Sem::Part { code, year: None };
                out.push(Found::new(first, i, TimexType::Date, sem));
                return Some(i);
            }
            if let Some((u, plural)) = unit_word(n)
                && unit.eq_ignore_ascii_case("long")
            {
                let amount = if plural { Amount::Vague } else { Amount::N(1) };
                let sem = duration(amount, u, Reach::Free);
                out.push(Found::new(i, i, TimexType::Duration, sem));
                return Some(i);
            }
            let (u, false) = unit_word(unit)? else {
                return None;
            };
            let amount = digits(n.as_bytes())
                .and_then(|d| u32::try_from(d).ok())
                .or_else(|| number_word(n))
                .filter(|&a| a > 0)?;
            let sem = duration(Amount::N(amount), u, Reach::Free);
            out.push(Found::new(i, i, TimexType::Duration, sem));
            Some(i)
        }
        _ => None,
    }
}

/// Deictic heads: "today", "yesterday", "tomorrow", "now", "currently", "recently", "recent",
/// "the past", "the future", parts of the day, "tonight", "noon", "midnight", "annual".
pub(super) fn deictic(
    cx: &Cx,
    i: usize,
    h: Head,
    floor: usize,
    out: &mut Vec<Found>,
) -> Option<usize> {
    let mut push = |first: usize, last: usize, kind: TimexType, sem: Sem| {
        out.push(Found::new(first, last, kind, sem));
        Some(last)
    };
    match h {
        Head::Today | Head::Yesterday | Head::Tomorrow => {
            let days = match h {
                Head::Yesterday => -1,
                Head::Tomorrow => 1,
                _ => 0,
            };
            let part = part_at(cx, i + 1);
            let (last, kind) = match part {
                Some(_) => (i + 1, TimexType::Time),
                None => (i, TimexType::Date),
            };
            let first = modifiers(cx, i, floor);
            push(first, last, kind, Sem::DayRel { days, part })
        }
        Head::Part(part) => {
            let p = cx.back(i, floor)?;
            let days = if cx.is(p, "this") {
                0
            } else if cx.is(p, "last") && part == DayPart::Night {
                -1
            } else {
                return None;
            };
            let first = modifiers(cx, p, floor);
            let sem = Sem::DayRel {
                days,
                part: Some(part),
            };
            push(first, i, TimexType::Time, sem)
        }
        Head::Tonight => {
            let sem = Sem::DayRel {
                days: 0,
                part: Some(DayPart::Night),
            };
            push(i, i, TimexType::Time, sem)
        }
        Head::Noon | Head::Midnight => {
            let hour = if h == Head::Noon { 12 } else { 24 };
            let sem = Sem::Clock {
                hour,
                minute: 0,
                zone: None,
                on: None,
            };
            push(i, i, TimexType::Time, sem)
        }
        Head::Now => {
            // "Now," opening a sentence is a discourse marker; "from now" belongs to a shift.
            if (i == floor && cx.punct(i + 1, ",")) || cx.before_is(i, floor, &["from"]).is_some() {
                return None;
            }
            let first = cx.before_is(i, floor, &["right", "just"]).unwrap_or(i);
            push(first, i, TimexType::Date, Sem::PresentRef)
        }
        Head::Currently => push(i, i, TimexType::Date, Sem::PresentRef),
        Head::Recently => {
            let first = cx
                .before_is(i, floor, &["more", "most", "only"])
                .unwrap_or(i);
            push(first, i, TimexType::Date, Sem::PastRef)
        }
        Head::Recent => {
            if unit_after(cx, i + 1) || cx.is_any(i + 1, &["few", "several"]) {
                return None; // "recent weeks": the unit rule takes it
            }
            push(i, i, TimexType::Date, Sem::PastRef)
        }
        Head::Past | Head::Future => {
            // "the past", "the future", "the near future".
            let near = cx.before_is(i, floor, &["near", "distant", "recent"]);
            let first = cx.before_is(near.unwrap_or(i), floor, &["the"])?;
            if h == Head::Past && (unit_after(cx, i + 1) || amount_follows(cx, i + 1)) {
                return None; // "the past week", "the past few years": the unit rule takes it
            }
            if cx.kind_is(i + 1, TokenKind::Word) && !cx.is_any(i + 1, FOLLOWERS) {
                return None; // "the past tense", "the future king"
            }
            let sem = if h == Head::Past {
                Sem::PastRef
            } else {
                Sem::FutureRef
            };
            push(first, i, TimexType::Date, sem)
        }
        Head::Every(u) => {
            if cx.cap(i) && i > floor {
                return None; // "the Daily Telegraph"
            }
            // Before a noun a year or quarter only names an accounting period ("a quarterly
            // dividend", "annual sales"); as an adverb it dates an event ("paid quarterly").
            // A shorter one before a noun is still how often it happens ("a daily rally").
            let next = cx.str(i + 1);
            let noun_after = matches!(u, Unit::Year | Unit::Quarter)
                && cx.kind_is(i + 1, TokenKind::Word)
                && next.starts_with(|c: char| c.is_lowercase())
                && !cx.is_any(i + 1, FOLLOWERS);
            if noun_after {
                return None;
            }
            push(i, i, TimexType::Set, every(1, u))
        }
        _ => None,
    }
}

/// Words that may follow "the past" / "the future" when they are the expression.
const FOLLOWERS: &[&str] = &[
    "and", "or", "but", "as", "when", "where", "while", "because", "if", "with", "in", "to", "of",
    "for", "is", "was", "will", "has", "had", "that",
];

/// Whether an amount ("few", "two", "24") starts at `i`.
fn amount_follows(cx: &Cx, i: usize) -> bool {
    cx.kind_is(i, TokenKind::Number)
        || cx.is_any(i, &["few", "several", "couple", "many"])
        || number_word(cx.str(i)).is_some()
}

/// The part of the day at token `i`.
fn part_at(cx: &Cx, i: usize) -> Option<DayPart> {
    match cx.class(i) {
        Class::Head(Head::Part(p)) => Some(p),
        Class::Head(Head::Tonight) => Some(DayPart::Night),
        _ => None,
    }
}
