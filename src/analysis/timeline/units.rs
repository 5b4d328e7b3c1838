//! Rules for expressions headed by a unit: durations ("three years", "a single day", "recent
//! weeks"), shifts ("two days ago", "two days later") and sets ("every year", "15 a year",
//! "annual"). Relative dates ("last week") are in `relative.rs`, reporting periods in
//! `fiscal.rs`, compounds and deictic words in `deictic.rs`.

use super::TimexType;
use super::cursor::{Cx, amount_before, and_a_half, modifiers};
use super::expr::{Amount, Found, Reach, Unit};
use super::fiscal::quarter;
use super::relative::relative;
use super::sem::Sem;
use super::spoken;
use super::words::{number_word, ordinal};
use crate::analysis::segment::TokenKind;

/// Adjectives between an amount and its unit: "a single day", "two full years", "two more
/// weeks", "eight trading days".
const UNIT_ADJECTIVES: &[&str] = &[
    "more",
    "trading",
    "business",
    "working",
    "further",
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
    // "the 20th century", "the early nineteenth century": the century by its ordinal.
    if u == Unit::Century
        && !plural
        && let Some(p) = cx.back(i, floor)
        && let Some(n) = ordinal(cx.str(p)).filter(|n| (1..=30).contains(n))
    {
        let first = modifiers(cx, p, floor);
        let first = cx.before_is(first, floor, &["the"]).unwrap_or(first);
        let sem = Sem::Century(i32::try_from(n).ok()? - 1);
        out.push(Found::new(first, i, TimexType::Date, sem));
        return Some(i);
    }
    // "second" is mostly the ordinal.
    if u == Unit::Second && !plural && !cx.is_any(cx.back(i, floor)?, &["one", "a", "per"]) {
        return None;
    }
    if let Some(f) = set(cx, i, u, plural, floor) {
        out.push(f);
        return Some(i);
    }
    // "year end", "year's end".
    let end = if cx.kind_is(i + 1, TokenKind::Possessive) {
        i + 2
    } else {
        i + 1
    };
    if u == Unit::Year
        && !plural
        && cx.is(end, "end")
        // As TimeML values "the end of the year": the year of writing.
        && let Some(f) = year_end(cx, i, end, floor, Sem::UnitRel {
            unit: Unit::Year,
            offset: 0,
            anaphoric: false,
        })
    {
        out.push(f);
        return Some(f.last);
    }
    if u == Unit::Year
        && !plural
        && let Some(last) = spoken::the_year_spoken(cx, i, floor, out)
    {
        return Some(last);
    }
    if !plural && let Some(f) = relative(cx, i, u, floor) {
        out.push(f);
        return Some(f.last);
    }
    let mut p = cx.back(i, floor);
    // "recent weeks", "the past few years", "the next six months".
    if let Some(q) = p.filter(|&q| cx.is(q, "recent")) {
        let first = cx.before_is(q, floor, &["more", "most"]).unwrap_or(q);
        let sem = Sem::duration(Amount::Vague, u, Reach::UpToNow);
        out.push(Found::new(first, i, TimexType::Duration, sem));
        return Some(i);
    }
    // "in the coming years": a vague stretch from now (its article left out, as with
    // "recent weeks").
    if plural && let Some(q) = p.filter(|&q| cx.is_any(q, &["coming", "upcoming"])) {
        let sem = Sem::duration(Amount::Vague, u, Reach::FromNow);
        out.push(Found::new(q, i, TimexType::Duration, sem));
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
    // "a minute and a half": the half written after the unit.
    let (amount, i) = match amount {
        Amount::N(n) if cx.is(i + 1, "and") && cx.is(i + 2, "a") && cx.is(i + 3, "half") => {
            (and_a_half(n)?, i + 3)
        }
        _ => (amount, i),
    };
    // "a week or so ago": the hedge stays in the expression.
    let i = if cx.is(i + 1, "or")
        && cx.is(i + 2, "so")
        && cx.is_any(i + 3, &["ago", "later", "earlier"])
    {
        i + 2
    } else {
        i
    };
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
    // "will last two hours": the verb, not "the last two hours".
    let verb_last = |r: usize| {
        cx.is(r, "last")
            && cx
                .before_is(
                    r,
                    floor,
                    &["will", "would", "could", "may", "might", "can", "to"],
                )
                .is_some()
    };
    if let Some(r) = cx
        .before_is(first, floor, &["past", "last", "next", "coming", "first"])
        .filter(|&r| !verb_last(r))
    {
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
    out.push(Found::new(first, i, kind, Sem::duration(amount, u, reach)));
    Some(i)
}

/// "year-end", "year end", "year's end" at tokens `i..=last`, meaning `sem`, unless a word
/// before makes it part of another expression ("fiscal year end", "last year-end") or a
/// noun's modifier ("the year-end bonus").
pub(super) fn year_end(cx: &Cx, i: usize, last: usize, floor: usize, sem: Sem) -> Option<Found> {
    let taken = cx
        .back(i, floor)
        .is_some_and(|p| cx.is_any(p, &["fiscal", "last", "this", "next", "the", "a", "an"]));
    (!taken).then(|| Found::new(i, last, TimexType::Date, sem))
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
                "barely",
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
        Sem::duration(amount, u, Reach::Free),
    ));
    Some(i)
}

/// Sets: "every year", "each week", "every two years", "15 a year", "twice a week", "per day".
fn set(cx: &Cx, i: usize, u: Unit, plural: bool, floor: usize) -> Option<Found> {
    let p = cx.back(i, floor)?;
    if cx.is_any(p, &["every", "each"]) && !plural {
        let first = cx.before_is(p, floor, &["once"]).unwrap_or(p);
        return Some(Found::new(first, i, TimexType::Set, Sem::every(1, u)));
    }
    if plural
        && let Some((Amount::N(n), a, _)) = amount_before(cx, i, floor)
        && cx.before_is(a, floor, &["every"]).is_some()
    {
        return Some(Found::new(a - 1, i, TimexType::Set, Sem::every(n, u)));
    }
    // "up from seven a year ago": a shift, not a rate.
    let shift = cx.is_any(i + 1, &["ago", "earlier", "later"]);
    if !plural && !shift && cx.is_any(p, &["a", "an", "per"]) {
        let q = cx.back(p, floor)?;
        // "15 a year", "$2 million a year", "twice a day".
        let rate = cx.kind_is(q, TokenKind::Number)
            || cx.is_any(q, &["million", "billion", "trillion"])
            || cx.is_any(q, &["once", "twice", "thrice", "times"])
            || number_word(cx.str(q)).is_some_and(|n| n > 1);
        if rate || cx.is(p, "per") {
            return Some(Found::new(p, i, TimexType::Set, Sem::every(1, u)));
        }
    }
    None
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
    let sem = Sem::duration(Amount::Vague, u, Reach::UpToNow);
    out.push(Found::new(first, i, TimexType::Duration, sem));
    Some(i)
}
