//! Hyphenated compounds ("27-year", "mid-2011") and deictic words: "today", "now",
//! "recently", "this morning", "the past", "the future".

use super::TimexType;
use super::cursor::unit_after;
use super::cursor::{Cx, modifiers};
use super::dates::decade_of;
use super::expr::{Amount, DayPart, Found, Pick, Reach, Unit};
use super::sem::Sem;
use super::units::year_end;
use super::words::{Class, Head, digits, number_word, ordinal, unit_word};
use crate::analysis::date::month_from_name;
use crate::analysis::segment::TokenKind;

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
            } else if let Some(part) = mid_part(pre, rest) {
                out.push(mid_day(cx, i, i, part));
                return Some(out.last()?.last);
            } else {
                return None;
            };
            out.push(Found::new(i, i, TimexType::Date, sem));
            Some(i)
        }
        // "by year-end", "since year-end": the accounts' closing day, 31 December.
        [y, end] if y.eq_ignore_ascii_case("year") && end.eq_ignore_ascii_case("end") => {
            let since = cx.back(i, floor).is_some_and(|p| cx.is(p, "since"));
            let sem = Sem::Cal {
                year: None,
                month: Some(12),
                day: Some(31),
                pick: if since { Pick::Last } else { Pick::ByTense },
            };
            out.push(year_end(cx, i, i, floor, sem)?);
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
                year: None,
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
                let sem = Sem::duration(amount, u, Reach::Free);
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
            let sem = Sem::duration(Amount::N(amount), u, Reach::Free);
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
            if cx.is(p, "mid") {
                out.push(mid_day(cx, p, i, part));
                return Some(out.last()?.last);
            }
            // "the next morning", "the following night": the day after the last day named.
            if let Some(the) = cx.before_is(p, floor, &["the"])
                && cx.is_any(p, &["next", "following"])
            {
                let sem = Sem::UnitRel {
                    unit: Unit::Day,
                    offset: 1,
                    anaphoric: true,
                };
                return push(the, i, TimexType::Date, sem);
            }
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
            // Before a noun or a name a year or quarter only describes it ("a quarterly
            // dividend", "annual sales", "the annual March for Life"); as an adverb it dates
            // an event ("paid quarterly"). A shorter one before a noun is still how often it
            // happens ("a daily rally").
            let noun_after = matches!(u, Unit::Year | Unit::Quarter)
                && cx.kind_is(i + 1, TokenKind::Word)
                && !cx.is_any(i + 1, FOLLOWERS);
            if noun_after {
                return None;
            }
            push(i, i, TimexType::Set, Sem::every(1, u))
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

/// The part of the day in "mid-morning", "mid-afternoon", "mid-evening".
fn mid_part(pre: &str, rest: &str) -> Option<DayPart> {
    if !pre.eq_ignore_ascii_case("mid") {
        return None;
    }
    [
        ("morning", DayPart::Morning),
        ("afternoon", DayPart::Afternoon),
        ("evening", DayPart::Evening),
    ]
    .into_iter()
    .find(|(w, _)| rest.eq_ignore_ascii_case(w))
    .map(|(_, p)| p)
}

/// "mid afternoon" at tokens `first..=last`: that part of the day of writing, or of
/// yesterday when "yesterday" follows ("mid-afternoon yesterday").
fn mid_day(cx: &Cx, first: usize, last: usize, part: DayPart) -> Found {
    let (days, last) = if cx.is(last + 1, "yesterday") {
        (-1, last + 1)
    } else {
        (0, last)
    };
    let sem = Sem::DayRel {
        days,
        part: Some(part),
    };
    Found::new(first, last, TimexType::Time, sem)
}
