//! The recogniser: one left-to-right pass over a sentence's classified tokens. Only trigger
//! tokens (numbers, compounds, trigger words) start the rules of each expression family
//! (`clock`, `dates`, `named`, `units`, `relative`, `fiscal`, `deictic`); each rule looks a
//! few tokens left and right over the shared cursor (`cursor.rs`) and returns the last token
//! it used. Ranges ("from 2009 to 2011") are linked afterwards from the expressions found.

use super::TimexType;
use super::cursor::Cx;
use super::expr::Found;
use super::link;
use super::sem::Sem;
use super::words::{Class, Head};
use super::{clock, dates, named, spoken};
use super::{deictic, fiscal, units};

/// Finds the expressions of one sentence, in order, into `out` (cleared first).
pub(super) fn recognize(cx: &Cx, out: &mut Vec<Found>) {
    out.clear();
    let (mut i, mut floor) = (0, 0);
    while i < cx.len() {
        let end = match cx.class(i) {
            Class::Other => None,
            Class::Number => clock::clock(cx, i, floor, out)
                .or_else(|| clock::numeric_date(cx, i, out))
                .or_else(|| dates::number(cx, i, floor, out)),
            Class::Compound => deictic::compound(cx, i, floor, out),
            Class::Code(code) => clock::code(cx, i, code, out),
            Class::FiscalCode(year) => {
                let sem = Sem::Fiscal {
                    year: Some(year),
                    offset: 0,
                };
                out.push(Found::new(i, i, TimexType::Date, sem));
                Some(i)
            }
            Class::Head(h) => head(cx, i, h, floor, out),
        };
        match end {
            Some(e) => {
                i = e.max(i) + 1;
                floor = i;
            }
            None => i += 1,
        }
    }
    link::ranges(cx, out);
    link::clock_days(cx, out);
    link::years(cx, out);
}

fn head(cx: &Cx, i: usize, h: Head, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
    match h {
        Head::Month(m) => dates::month(cx, i, m, false, floor, out),
        Head::MonthAbbr(m) => dates::month(cx, i, m, true, floor, out),
        Head::Weekday(d) => dates::weekday(cx, i, d, floor, out),
        Head::Weekdays(d) => {
            out.push(Found::new(i, i, TimexType::Set, Sem::EveryWeekday(d)));
            cx.cap(i).then_some(i)
        }
        Head::Season(s) => named::season(cx, i, s, floor, out),
        Head::Fiscal => named::fiscal(cx, i, floor, out),
        Head::Holiday(hd) => named::holiday(cx, i, hd, out),
        Head::Unit(u) => units::unit(cx, i, u, false, floor, out),
        Head::Units(u) => units::unit(cx, i, u, true, floor, out),
        Head::Half => fiscal::half(cx, i, floor, out),
        Head::Period => fiscal::period(cx, i, floor, out),
        Head::Century(c) => spoken::spoken_year(cx, i, c, out),
        Head::Decade(d) => spoken::spoken_decade(cx, i, d, floor, out),
        _ => deictic::deictic(cx, i, h, floor, out),
    }
}
