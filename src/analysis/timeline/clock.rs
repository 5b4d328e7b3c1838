//! Codes ("Q3", "H1"), numeric dates ("3/4/2019"), clock times ("5 p.m. EST") and their zones.

use super::TimexType;
use super::cursor::Cx;
use super::dates::TIME_ZONES;
use super::expr::{Found, Pick};
use super::sem::Sem;
use super::words::digits;
use crate::analysis::date::days_in_month;

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
pub(super) fn numeric_date(cx: &Cx, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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
pub(super) fn clock(cx: &Cx, i: usize, floor: usize, out: &mut Vec<Found>) -> Option<usize> {
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
    let &(_, mut offset) = TIME_ZONES.iter().find(|(n, _)| *n == name)?;
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
