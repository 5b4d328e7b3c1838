//! Word classes for the recogniser.
//!
//! Every token is classified once: numbers, hyphenated compounds, and the *trigger* words that
//! can head a temporal expression (months, weekdays, units, "today", "annual" …). Triggers are
//! found with a length-by-first-letter prefilter and a binary search in a small sorted table, so
//! the common word costs a lowercase copy and one mask test. Context words (determiners,
//! modifiers, number words) are only looked at around a trigger.

use super::expr::{DayPart, Holiday, Season, Unit};
use crate::analysis::segment::{Token, TokenKind};
use crate::analysis::span::Span;
use std::sync::OnceLock;

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

use Head as H;
use Unit as U;

/// Trigger words, lowercase.
#[rustfmt::skip]
pub(super) const HEADS: &[(&str, Head)] = &[
    ("afternoon", H::Part(DayPart::Afternoon)), ("annual", H::Every(U::Year)),
    ("annually", H::Every(U::Year)), ("apr", H::MonthAbbr(4)), ("april", H::Month(4)),
    ("aug", H::MonthAbbr(8)), ("august", H::Month(8)), ("autumn", H::Season(Season::Fall)),
    ("centuries", H::Units(U::Century)), ("century", H::Unit(U::Century)),
    ("christmas", H::Holiday(Holiday::Christmas)), ("currently", H::Currently),
    ("daily", H::Every(U::Day)), ("day", H::Unit(U::Day)), ("days", H::Units(U::Day)),
    ("dec", H::MonthAbbr(12)), ("decade", H::Unit(U::Decade)), ("decades", H::Units(U::Decade)),
    ("december", H::Month(12)), ("easter", H::Holiday(Holiday::Easter)),
    ("eighteen", H::Century(18)),
    ("evening", H::Part(DayPart::Evening)), ("fall", H::Season(Season::Fall)),
    ("feb", H::MonthAbbr(2)), ("february", H::Month(2)), ("financial", H::Fiscal),
    ("fiscal", H::Fiscal), ("fortnight", H::Unit(U::Fortnight)),
    ("fortnights", H::Units(U::Fortnight)), ("friday", H::Weekday(4)),
    ("fridays", H::Weekdays(4)), ("future", H::Future), ("half", H::Half),
    ("halloween", H::Holiday(Holiday::Halloween)), ("hour", H::Unit(U::Hour)),
    ("hourly", H::Every(U::Hour)), ("hours", H::Units(U::Hour)), ("jan", H::MonthAbbr(1)),
    ("january", H::Month(1)), ("jul", H::MonthAbbr(7)), ("july", H::Month(7)),
    ("jun", H::MonthAbbr(6)), ("june", H::Month(6)), ("lately", H::Recently),
    ("mar", H::MonthAbbr(3)), ("march", H::Month(3)), ("may", H::Month(5)), ("midday", H::Noon),
    ("midnight", H::Midnight), ("millennia", H::Units(U::Millennium)),
    ("millennium", H::Unit(U::Millennium)), ("minute", H::Unit(U::Minute)),
    ("minutes", H::Units(U::Minute)), ("monday", H::Weekday(0)), ("mondays", H::Weekdays(0)),
    ("month", H::Unit(U::Month)), ("monthly", H::Every(U::Month)),
    ("months", H::Units(U::Month)), ("morning", H::Part(DayPart::Morning)),
    ("night", H::Part(DayPart::Night)), ("nineteen", H::Century(19)), ("noon", H::Noon),
    ("nov", H::MonthAbbr(11)),
    ("november", H::Month(11)), ("now", H::Now), ("nowadays", H::Currently),
    ("oct", H::MonthAbbr(10)), ("october", H::Month(10)), ("past", H::Past),
    ("period", H::Period),
    ("quarter", H::Unit(U::Quarter)), ("quarterly", H::Every(U::Quarter)),
    ("quarters", H::Units(U::Quarter)), ("recent", H::Recent), ("recently", H::Recently),
    ("saturday", H::Weekday(5)), ("saturdays", H::Weekdays(5)), ("second", H::Unit(U::Second)),
    ("seconds", H::Units(U::Second)), ("sep", H::MonthAbbr(9)), ("sept", H::MonthAbbr(9)),
    ("september", H::Month(9)), ("spring", H::Season(Season::Spring)),
    ("summer", H::Season(Season::Summer)), ("sunday", H::Weekday(6)),
    ("sundays", H::Weekdays(6)), ("thanksgiving", H::Holiday(Holiday::Thanksgiving)),
    ("thursday", H::Weekday(3)), ("thursdays", H::Weekdays(3)), ("today", H::Today),
    ("tomorrow", H::Tomorrow), ("tonight", H::Tonight), ("tuesday", H::Weekday(1)),
    ("tuesdays", H::Weekdays(1)), ("wednesday", H::Weekday(2)), ("wednesdays", H::Weekdays(2)),
    ("week", H::Unit(U::Week)), ("weekend", H::Unit(U::Weekend)),
    ("weekends", H::Units(U::Weekend)), ("weekly", H::Every(U::Week)),
    ("weeks", H::Units(U::Week)), ("winter", H::Season(Season::Winter)),
    ("year", H::Unit(U::Year)), ("yearly", H::Every(U::Year)), ("years", H::Units(U::Year)),
    ("yesterday", H::Yesterday),
];

/// Longest trigger word.
const MAX_HEAD: usize = 16;

/// Bit `n` of `MASK[a * 26 + b]` is set when some trigger starts with the letters `a`, `b`
/// and has `n` bytes: most words are turned away by this one test.
const MASK: [u32; 26 * 26] = {
    let mut mask = [0u32; 26 * 26];
    let mut i = 0;
    while i < HEADS.len() {
        let w = HEADS[i].0.as_bytes();
        mask[(w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    mask
};

/// Whether a word of these (ASCII) bytes may be a trigger.
fn may_head(b: &[u8]) -> bool {
    let (Some(&x), Some(&y)) = (b.first(), b.get(1)) else {
        return false;
    };
    let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
    if !x.is_ascii_lowercase() || !y.is_ascii_lowercase() || b.len() > MAX_HEAD {
        return false;
    }
    let k = usize::from(x - b'a') * 26 + usize::from(y - b'a');
    MASK.get(k).is_some_and(|m| m & (1 << b.len()) != 0)
}

/// A word of at most 16 bytes, lowercased and packed into an integer.
fn pack(b: &[u8]) -> u128 {
    b.iter().fold(0u128, |acc, c| {
        (acc << 8) | u128::from(c.to_ascii_lowercase())
    })
}

/// The triggers keyed by their packed form, sorted for binary search.
fn packed_heads() -> &'static [(u128, Head)] {
    static PACKED: OnceLock<Vec<(u128, Head)>> = OnceLock::new();
    PACKED.get_or_init(|| {
        let mut v: Vec<(u128, Head)> = HEADS
            .iter()
            .map(|&(w, h)| (pack(w.as_bytes()), h))
            .collect();
        v.sort_unstable_by_key(|&(k, _)| k);
        v
    })
}

/// The trigger `word` (any case) names, if any.
pub(super) fn head(word: &str) -> Option<Head> {
    head_bytes(word.as_bytes())
}

fn head_bytes(b: &[u8]) -> Option<Head> {
    if !may_head(b) {
        return None;
    }
    let key = pack(b);
    let heads = packed_heads();
    let i = heads.binary_search_by_key(&key, |&(k, _)| k).ok()?;
    heads.get(i).map(|&(_, h)| h)
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
        if c.is_ascii_digit() {
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if digits_may_be_time(b, start, i) {
                return true;
            }
        } else if c.is_ascii_alphabetic() {
            while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
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
        TokenKind::Word => word_class(t.span.text(text)),
        _ => Class::Other,
    };
    Tok {
        span: t.span,
        kind: t.kind,
        class,
    }
}

fn word_class(w: &str) -> Class {
    let b = w.as_bytes();
    if b.len() > 2 && b.contains(&b'-') {
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

/// Cardinal number words: "one" .. "ninety-nine", "a"/"an", "dozen", "hundred".
pub(super) fn number_word(w: &str) -> Option<u32> {
    if let Some((tens, ones)) = w.split_once('-') {
        let t = number_word(tens).filter(|&t| (20..=90).contains(&t) && t % 10 == 0)?;
        let o = number_word(ones).filter(|&o| (1..=9).contains(&o))?;
        return Some(t + o);
    }
    const NUMS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const TENS: [&str; 7] = [
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = NUMS.iter().position(|n| n.eq_ignore_ascii_case(w)) {
        return u32::try_from(n).ok();
    }
    if let Some(n) = TENS.iter().position(|n| n.eq_ignore_ascii_case(w)) {
        return u32::try_from(n * 10 + 30).ok();
    }
    match () {
        _ if w.eq_ignore_ascii_case("dozen") => Some(12),
        _ if w.eq_ignore_ascii_case("hundred") => Some(100),
        _ => None,
    }
}

/// Ordinal words and digits: "first" .. "twelfth", "twentieth", "twenty-first", "21st".
pub(super) fn ordinal(w: &str) -> Option<u32> {
    const ORD: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    if let Some(n) = ORD.iter().position(|o| o.eq_ignore_ascii_case(w)) {
        return u32::try_from(n + 1).ok();
    }
    if w.eq_ignore_ascii_case("twentieth") {
        return Some(20);
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

/// Auxiliaries and modals.
pub(super) const AUX: &[&str] = &[
    "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "might", "must", "says", "said",
];

const NOT_ED: &[&str] = &["hundred", "naked", "sacred", "wicked", "kindred", "rugged"];
const NOT_ING: &[&str] = &[
    "during",
    "morning",
    "evening",
    "nothing",
    "something",
    "anything",
    "everything",
    "thing",
    "things",
    "spring",
    "string",
    "ceiling",
    "building",
    "meeting",
    "ring",
    "king",
    "wing",
    "funding",
    "bring",
    "offering",
    "briefing",
    "wedding",
    "ruling",
    "feeling",
    "outing",
];

/// Common irregular simple-past forms (not also present or base forms), sorted.
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "ate",
    "awoke",
    "became",
    "began",
    "bent",
    "bit",
    "bled",
    "blew",
    "bore",
    "bought",
    "bound",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "clung",
    "crept",
    "dealt",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "hung",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "oversaw",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shook",
    "shot",
    "slept",
    "sold",
    "sought",
    "spent",
    "spoke",
    "stole",
    "stood",
    "struck",
    "swept",
    "swore",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "underwent",
    "upheld",
    "went",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// Whether `w` (any case) is a common irregular simple-past form.
pub(super) fn irregular_past(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 16 || b.len() < 3 {
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
