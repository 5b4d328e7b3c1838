//! Joining neighbouring expressions: a month and the relative year that places it ("June
//! last year"), a clock time and its day, and the ranges "from X to Y", "between X and Y".

use super::TimexType;
use super::cursor::Cx;
use super::expr::{Found, OnDay, Unit};
use super::sem::Sem;
use crate::analysis::segment::TokenKind;

/// Replaces each pair of neighbouring expressions that `join` makes one with the joined
/// expression, in one pass (a run-on sentence of thousands stays linear).
fn join_pairs(out: &mut Vec<Found>, join: impl Fn(Found, Found) -> Option<Found>) {
    let mut joined: Vec<Found> = Vec::with_capacity(out.len());
    for f in out.drain(..) {
        match joined.last().copied().and_then(|a| join(a, f)) {
            Some(j) => {
                if let Some(last) = joined.last_mut() {
                    *last = j;
                }
            }
            None => joined.push(f),
        }
    }
    *out = joined;
}

/// Joins a month or quarter and the relative year that places it: "June last year",
/// "January this year", "next year's first quarter", "last year's quarter".
pub(super) fn years(cx: &Cx, out: &mut Vec<Found>) {
    let year = |f: Found| match f.sem {
        Sem::UnitRel {
            unit: Unit::Year,
            offset,
            anaphoric: false,
        } => Some(offset),
        _ => None,
    };
    join_pairs(out, |a, b| {
        let sem = match (a.sem, b.sem) {
            // "June last year".
            (
                Sem::Cal {
                    year: None,
                    month: Some(month),
                    day,
                    ..
                },
                _,
            ) if b.first == a.last + 1 => Sem::InYear {
                month,
                day,
                years: year(b)?,
            },
            // "this year's third quarter".
            (
                _,
                Sem::Part { code, year: None }
                | Sem::Reporting {
                    code: Some(code), ..
                },
            ) if code <= 4 && possessive_between(cx, a.last, b.first) => Sem::PartInYear {
                code,
                years: year(a)?,
            },
            // "last year's quarter": the report's quarter, a year back.
            (_, Sem::Reporting { code: None, .. }) if possessive_between(cx, a.last, b.first) => {
                Sem::Reporting {
                    code: None,
                    years: year(a)?,
                    year: None,
                }
            }
            _ => return None,
        };
        Some(Found::new(a.first, b.last, TimexType::Date, sem))
    });
}

/// Whether only a possessive lies between tokens `a` and `b`: "this year's third quarter".
fn possessive_between(cx: &Cx, a: usize, b: usize) -> bool {
    b == a + 2 && cx.kind_is(a + 1, TokenKind::Possessive)
}

/// Joins a clock time and the day written right after it ("5 p.m. Tuesday", "5 p.m. EST,
/// Nov. 6", "noon on Saturday") into one time expression on that day. A day after the
/// time's conversion in parentheses ("10:35 a.m. (0735 GMT) Friday") places the time and
/// stays an expression of its own.
pub(super) fn clock_days(cx: &Cx, out: &mut Vec<Found>) {
    for k in 1..out.len() {
        let (Some(&a), Some(&b)) = (out.get(k - 1), out.get(k)) else {
            continue;
        };
        let gap = b.first.wrapping_sub(a.last + 1);
        let converted =
            (3..=5).contains(&gap) && cx.punct(a.last + 1, "(") && cx.punct(b.first - 1, ")");
        if let (true, Some(sem)) = (converted, on_day(a, b))
            && let Some(slot) = out.get_mut(k - 1)
        {
            slot.sem = sem;
        }
    }
    join_pairs(out, |a, b| {
        let between = b.first.wrapping_sub(a.last + 1);
        let near = between == 0
            || (between == 1 && (cx.punct(a.last + 1, ",") || cx.is(a.last + 1, "on")));
        let sem = on_day(a, b).filter(|_| near)?;
        Some(Found::new(a.first, b.last, TimexType::Time, sem))
    });
}

/// Clock time `a` on the day `b` names, if `a` is a time without a day and `b` a day.
fn on_day(a: Found, b: Found) -> Option<Sem> {
    let on = match b.sem {
        Sem::Weekday {
            day,
            pick,
            part: None,
            anaphoric: false,
        } => OnDay::Weekday { day, pick },
        Sem::Cal {
            year,
            month: Some(month),
            day: Some(day),
            ..
        } => OnDay::Date { year, month, day },
        _ => return None,
    };
    let Sem::Clock {
        hour,
        minute,
        zone,
        on: None,
    } = a.sem
    else {
        return None;
    };
    Some(Sem::Clock {
        hour,
        minute,
        zone,
        on: Some(on),
    })
}

/// Adds a range expression before each pair "from X to Y", "between X and Y", "X-Y" of dates.
pub(super) fn ranges(cx: &Cx, out: &mut Vec<Found>) {
    let linked = |a: Found, b: Found| {
        let dates = a.kind == TimexType::Date && b.kind == TimexType::Date;
        let mid = a.last + 1;
        let opener = a
            .first
            .checked_sub(1)
            .filter(|&p| cx.is_any(p, &["from", "between"]));
        let linked = dates
            && b.first.wrapping_sub(a.last) == 2
            && match opener {
                Some(o) if cx.is(o, "between") => cx.is(mid, "and"),
                Some(_) => cx.is_any(mid, &["to", "until", "till", "through"]) || dash(cx, mid),
                None => dash(cx, mid) && cx.joined(mid) && cx.joined(b.first),
            };
        linked.then(|| {
            Found::new(
                opener.unwrap_or(a.first),
                b.last,
                TimexType::Duration,
                Sem::Range,
            )
        })
    };
    // One pass into a new list (inserting in place would be quadratic on a run-on sentence).
    let mut with_ranges = Vec::with_capacity(out.len());
    for (k, &a) in out.iter().enumerate() {
        if let Some(range) = out.get(k + 1).and_then(|&b| linked(a, b)) {
            with_ranges.push(range);
        }
        with_ranges.push(a);
    }
    *out = with_ranges;
}

fn dash(cx: &Cx, i: usize) -> bool {
    cx.punct(i, "-") || cx.kind_is(i, TokenKind::Dash)
}
