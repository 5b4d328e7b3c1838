//! Relative dates headed by a unit: "last week", "this year", "the past year", "the
//! following day", "that day", "earlier this year", "the beginning of the year".

use super::TimexType;
use super::cursor::{Cx, modifiers, part_of};
use super::expr::{Amount, Found, Reach, Unit};
use super::named::STRETCH_ENDS;
use super::sem::Sem;
use super::words::number_word;
use crate::analysis::segment::TokenKind;

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

/// "last week", "this year", "next month", "the following day", "the same week", "that day",
/// "earlier this year", "the beginning of the year".
pub(super) fn relative(cx: &Cx, i: usize, u: Unit, floor: usize) -> Option<Found> {
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
            let sem = Sem::duration(Amount::N(1), u, Reach::Free);
            return Some(Found::new(p, i, TimexType::Duration, sem));
        }
        // "a high for the year", "earlier in the year": the year of writing.
        if first == p && u == Unit::Year && year_in_force(cx, p, i, floor) {
            return Some(Found::new(p, i, TimexType::Date, rel(u, 0, false)));
        }
        return None;
    }
    // "the full year": a report's whole year.
    if u == Unit::Year
        && cx.is(p, "full")
        && let Some(the) = the
        && !cx.punct(i + 1, "-")
    {
        return Some(Found::new(the, i, TimexType::Date, rel(u, 0, false)));
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
        // "the past year": news (and TimeML's annotators) mean the calendar year before this
        // one, as "last year" does; "the past decade" stays a stretch of ten years.
        let calendar = matches!(word.as_str(), "past" | "last") && u == Unit::Year;
        if !(anaphoric_next || calendar || u == Unit::Quarter || word == "last" && u == Unit::Week)
        {
            let reach = if matches!(word.as_str(), "past" | "last") {
                Reach::UpToNow
            } else {
                Reach::FromNow
            };
            let first = the.unwrap_or(p);
            let sem = Sem::duration(Amount::N(1), u, reach);
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

/// Whether "the year" at `p..=i` is the year of writing: after "for", "of" or "in", and not
/// a spoken or written year ("the year 2000") or a compound ("the year-ago quarter").
fn year_in_force(cx: &Cx, p: usize, i: usize, floor: usize) -> bool {
    cx.before_is(p, floor, &["for", "of", "in"]).is_some()
        // ("the year-end", "the year's"; a comma or a full stop may follow.)
        && (!cx.joined(i + 1) || cx.punct(i + 1, ",") || cx.punct(i + 1, "."))
        && !cx.kind_is(i + 1, TokenKind::Number)
        && number_word(cx.str(i + 1)).is_none()
        && !cx.kind_is(i + 1, TokenKind::Possessive)
        // "in the year since the war began", "the year after": another year.
        && !cx.is_any(
            i + 1,
            &["since", "after", "before", "when", "that", "following", "prior", "to"],
        )
}
