//! Word classes for the recogniser.
//!
//! Every token is classified once: numbers, hyphenated compounds, and the *trigger* words that
//! can head a temporal expression (months, weekdays, units, "today", "annual" …). Triggers are
//! found with a length-by-first-letter prefilter and a binary search in a small sorted table, so
//! the common word costs a lowercase copy and one mask test. Context words (determiners,
//! modifiers, number words) are only looked at around a trigger.

use super::expr::{DayPart, Holiday, Season, Unit};
use crate::analysis::lexicon::hash::{FILTER_SLOTS, filter_bit, filter_slots};
use crate::analysis::segment::{Token, TokenKind};
use crate::analysis::span::Span;

/// What a trigger word can head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Head {
    /// A month name ("January", "May"), 1..=12.
    Month(u8),
    /// A month abbreviation ("Jan", "Sept"), 1..=12.
    MonthAbbr(u8),
    /// A weekday, 0 = Monday.
    Weekday(u8),
    /// A plural weekday ("Mondays"): a set.
    Weekdays(u8),
    /// A calendar unit, singular.
    Unit(Unit),
    /// A calendar unit, plural.
    Units(Unit),
    /// "morning", "afternoon", "evening", "night".
    Part(DayPart),
    /// "tonight".
    Tonight,
    /// "noon", "midday".
    Noon,
    /// "midnight".
    Midnight,
    /// A season name.
    Season(Season),
    /// "today".
    Today,
    /// "yesterday".
    Yesterday,
    /// "tomorrow".
    Tomorrow,
    /// "now".
    Now,
    /// "currently", "nowadays": the present.
    Currently,
    /// "recently", "lately": the past.
    Recently,
    /// "recent" (adjective).
    Recent,
    /// "past" (in "the past").
    Past,
    /// "future" (in "the future").
    Future,
    /// A recurrence adjective or adverb ("annual", "daily"): every one `Unit`.
    Every(Unit),
    /// A named holiday.
    Holiday(Holiday),
    /// "fiscal" or "financial" (before "year").
    Fiscal,
    /// "half" ("the first half", "half an hour").
    Half,
    /// "period" ("the latest period", "the year-ago period").
    Period,
    /// The first word of a year said aloud ("nineteen ninety-six"): its century.
    Century(u8),
    /// A decade said as a word ("the nineties"): its tens digit.
    Decade(u8),
}

/// The class of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Nothing temporal on its own.
    Other,
    /// Digits: a year, a day, a clock time, an amount.
    Number,
    /// A hyphenated word: "27-year", "mid-2011", "first-quarter", "decades-long".
    Compound,
    /// A quarter or half code: "Q3" (quarter 3), "H1" (half 1 is 5).
    Code(u8),
    /// A fiscal-year code "FY2026" / "FY26": the year.
    FiscalCode(i32),
    /// A trigger word.
    Head(Head),
}

/// A token with its class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Tok {
    /// Where it is.
    pub span: Span,
    /// What the tokenizer made of it.
    pub kind: TokenKind,
    /// What the recogniser makes of it.
    pub class: Class,
}

// `HEADS` (sorted so that their packed forms ascend) and their `HEAD_FILTER`, `CARDINALS`,
// `ORDINALS`, `AUX`, `NOT_ED`, `NOT_ING` and `IRREGULAR_PAST`, from `assets/lexicon/` by
// `build.rs`.
include!(concat!(env!("OUT_DIR"), "/timeline_words.rs"));

/// Longest trigger word.
const MAX_HEAD: usize = 16;

/// Whether a word of these (ASCII) bytes may be a trigger: two bytes or more, and let by
/// [`HEAD_FILTER`] (by its first two and last two bytes and its length), which turns most
/// words away.
fn may_head(b: &[u8]) -> bool {
    let bit = filter_bit(b.len());
    (2..=MAX_HEAD).contains(&b.len())
        && filter_slots(b)
            .into_iter()
            .all(|s| HEAD_FILTER.get(s).is_some_and(|m| m & bit != 0))
}

/// A word of at most 16 bytes, lowercased and packed into an integer.
const fn pack(b: &[u8]) -> u128 {
    let mut acc = 0u128;
    let mut i = 0;
    while i < b.len() {
        acc = (acc << 8) | b[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    acc
}

/// The triggers keyed by their packed form, ascending (as `HEADS` is sorted) for binary search.
pub(super) const PACKED: [(u128, Head); HEADS.len()] = {
    let mut packed = [(0, Head::Now); HEADS.len()];
    let mut i = 0;
    while i < HEADS.len() {
        packed[i] = (pack(HEADS[i].0.as_bytes()), HEADS[i].1);
        i += 1;
    }
    packed
};

/// The trigger `word` (any case) names, if any.
pub(super) fn head(word: &str) -> Option<Head> {
    head_bytes(word.as_bytes())
}

fn head_bytes(b: &[u8]) -> Option<Head> {
    if !may_head(b) {
        return None;
    }
    let key = pack(b);
    let i = PACKED.binary_search_by_key(&key, |&(k, _)| k).ok()?;
    PACKED.get(i).map(|&(_, h)| h)
}

/// Whether `s` (a sentence) may hold a time expression: a trigger word, a letter code glued to
/// digits ("Q3", "FY2026"), or digits that can be part of a date or time (a year, "10:30",
/// "7/8/07", "1990s", "3pm", "3 p.m."). Sentences without any are skipped before tokenising;
/// counts and amounts ("2,677", "$3.2") alone do not make a time expression.
pub(super) fn may_hold_time(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let start = i;
        // (A run is measured on the rest of the slice: one tight loop, no bounds checks.)
        let run = |class: fn(&u8) -> bool| {
            b.get(start..)
                .map_or(0, |rest| rest.iter().take_while(|&c| class(c)).count())
        };
        if c.is_ascii_digit() {
            i += run(u8::is_ascii_digit);
            if digits_may_be_time(b, start, i) {
                return true;
            }
        } else if c.is_ascii_alphabetic() {
            i += b.get(start..).map_or(0, letters);
            let glued_digit = b.get(i).is_some_and(u8::is_ascii_digit) && i - start <= 2;
            if glued_digit || b.get(start..i).and_then(head_bytes).is_some() {
                return true;
            }
        } else {
            i += 1;
        }
    }
    false
}

/// How many ASCII letters `b` opens with, read eight bytes at a time.
fn letters(b: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    let mut n = 0;
    while let Some(Ok(chunk)) = b.get(n..n + 8).map(<[u8; 8]>::try_from) {
        let x = u64::from_le_bytes(chunk);
        // Folded to lowercase with the top bits cleared, no byte carries into the next:
        // the top bit of each sum says the byte is at least 'a', or past 'z'.
        let low = (x | (0x20 * ONES)) & !HIGH;
        let letter = (low + (0x80 - u64::from(b'a')) * ONES)
            & !(low + (0x80 - u64::from(b'z') - 1) * ONES)
            & !x
            & HIGH;
        if letter != HIGH {
            return n + ((!letter & HIGH).trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b.get(n..).map_or(0, |rest| {
        rest.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    })
}

/// Whether the digits `b[start..end]` can belong to a date or time.
fn digits_may_be_time(b: &[u8], start: usize, end: usize) -> bool {
    let at = |k: Option<usize>| k.and_then(|k| b.get(k)).copied();
    let digit = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_digit());
    let (before, before2) = (at(start.checked_sub(1)), at(start.checked_sub(2)));
    let (after, after2) = (at(Some(end)), at(Some(end + 1)));
    // Inside a larger number: "2,677", "3.2".
    if matches!(before, Some(b',' | b'.')) && digit(before2)
        || matches!(after, Some(b',' | b'.')) && digit(after2)
    {
        return false;
    }
    if matches!(after, Some(b':' | b'/' | b'-')) && digit(after2)
        || matches!(before, Some(b':' | b'/' | b'-')) && digit(before2)
        || after.is_some_and(|c| c.is_ascii_alphabetic())
    {
        return true; // "10:30", "7/8/07", "2026-01-16", "1990s", "3pm", "2nd"
    }
    let year = b
        .get(start..end)
        .and_then(digits)
        .is_some_and(|n| end - start == 4 && (1000..=2199).contains(&n));
    let rest = b.get(end..).unwrap_or(&[]);
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let clock = [&b"a.m"[..], b"p.m", b"am", b"pm", b"o'c", "o’c".as_bytes()]
        .iter()
        .any(|p| {
            rest.get(..p.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(p))
        });
    year || clock
}

/// Classifies one token of `text`.
pub(super) fn classify(text: &str, t: Token) -> Tok {
    let class = match t.kind {
        TokenKind::Number => Class::Number,
        TokenKind::Word => word_class(t.span.text(text), t.hyphenated),
        _ => Class::Other,
    };
    Tok {
        span: t.span,
        kind: t.kind,
        class,
    }
}

/// The class of word `w`; `hyphenated` as its token says (a word never starts with a hyphen).
fn word_class(w: &str, hyphenated: bool) -> Class {
    let b = w.as_bytes();
    if b.len() > 2 && hyphenated {
        return Class::Compound;
    }
    if let Some(h) = head(w) {
        return Class::Head(h);
    }
    code(b).unwrap_or(Class::Other)
}

/// "Q1".."Q4", "H1", "H2", "FY2026", "FY26" (upper case only).
fn code(b: &[u8]) -> Option<Class> {
    match b {
        [b'Q', d @ b'1'..=b'4'] => Some(Class::Code(d - b'0')),
        [b'H', d @ b'1'..=b'2'] => Some(Class::Code(d - b'0' + 4)),
        [b'F', b'Y', rest @ ..] if matches!(rest.len(), 2 | 4) => {
            let y = digits(rest)?;
            Some(Class::FiscalCode(if rest.len() == 2 {
                2000 + y
            } else {
                y
            }))
        }
        _ => None,
    }
}

/// The value of an all-digit byte string.
pub(super) fn digits(b: &[u8]) -> Option<i32> {
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0i32, |n, d| n * 10 + i32::from(d - b'0')))
}

/// Cardinal number words: "zero" .. "ninety-nine", "dozen", "hundred".
pub(super) fn number_word(w: &str) -> Option<u32> {
    if let Some((tens, ones)) = w.split_once('-') {
        let t = number_word(tens).filter(|&t| (20..=90).contains(&t) && t % 10 == 0)?;
        let o = number_word(ones).filter(|&o| (1..=9).contains(&o))?;
        return Some(t + o);
    }
    CARDINALS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

/// Ordinal words and digits: "first" .. "twelfth", "twentieth", "twenty-first", "21st".
pub(super) fn ordinal(w: &str) -> Option<u32> {
    if let Some(&(_, n)) = ORDINALS.iter().find(|(o, _)| o.eq_ignore_ascii_case(w)) {
        return Some(n);
    }
    if let Some((tens, ones)) = w.split_once('-') {
        let t = number_word(tens).filter(|&t| (20..=90).contains(&t) && t % 10 == 0)?;
        return Some(t + ordinal(ones).filter(|&o| o < 10)?);
    }
    let b = w.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (num, suffix) = (b.get(..n)?, b.get(n..)?);
    let ok = [b"st", b"nd", b"rd", b"th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(*s));
    if ok && n <= 3 {
        return u32::try_from(digits(num)?).ok();
    }
    None
}

/// The unit a lowercase word names, with whether it is plural ("years" → Year, true).
pub(super) fn unit_word(w: &str) -> Option<(Unit, bool)> {
    match head(w)? {
        Head::Unit(u) => Some((u, false)),
        Head::Units(u) => Some((u, true)),
        _ => None,
    }
}

/// Whether a word looks like a finite verb or participle, for clause and tense decisions.
pub(super) fn verbish(w: &str) -> bool {
    let b = w.as_bytes();
    if b.first().is_none_or(|c| !c.is_ascii_lowercase()) {
        return false;
    }
    if AUX.iter().any(|a| a.eq_ignore_ascii_case(w)) || irregular_past(w) {
        return true;
    }
    let n = b.len();
    (n >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !NOT_ED.contains(&w))
        || (n >= 6 && w.ends_with("ing") && !NOT_ING.contains(&w))
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// Bit `n` of `PAST_MASK[a]` is set when an irregular past form starts with letter `a` and
/// has `n` bytes: most words are turned away by this one test.
const PAST_MASK: [u32; 26] = {
    let mut mask = [0u32; 26];
    let mut i = 0;
    while i < IRREGULAR_PAST.len() {
        let w = IRREGULAR_PAST[i].as_bytes();
        mask[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    mask
};

/// Whether `w` (any case) is a common irregular simple-past form.
pub(super) fn irregular_past(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 16 || b.len() < 3 {
        return false;
    }
    let first = b.first().map_or(0, u8::to_ascii_lowercase);
    let mask = first
        .checked_sub(b'a')
        .and_then(|a| PAST_MASK.get(usize::from(a)));
    if mask.is_none_or(|m| m & (1 << b.len()) == 0) {
        return false;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let lower = buf.get(..b.len()).unwrap_or(&[]);
    IRREGULAR_PAST
        .binary_search_by(|p| p.as_bytes().cmp(lower))
        .is_ok()
}

#[cfg(test)]
mod tests;
