//! Sentence breaks inside a paragraph, with the abbreviation rules that suppress them.

use super::{char_at, fit, in_list, is_ascii_ws, is_closer_char, skip_ws};
use crate::analysis::span::Span;

/// Sentence spans inside `paragraph` (absolute offsets; trimmed, non-empty, sorted, disjoint).
///
/// A sentence ends at `.`, `!`, `?`, `…`/`...` (or CJK `。！？`), together with any closing
/// quotes and brackets that follow, when whitespace and a plausible sentence start follow.
/// Abbreviations, initials, decimals, domains and list markers do not end sentences; after
/// `U.S.`, `a.m.`, `Inc.` and the like only a common sentence opener ("The", "He", …) does.
/// An ellipsis ends a sentence only before a capital. Text after the last break is a sentence.
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    push_sentences(text, fit(text, paragraph).trim(text), &mut out);
    out
}

/// The kind of a run of sentence-final punctuation; a run takes its strongest member's kind.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stop {
    /// A single `.`.
    Period,
    /// `…`, `..` or `...`.
    Ellipsis,
    /// Contains `!` or `?`.
    Strong,
    /// CJK full stops: end a sentence even without following space.
    Cjk,
}

/// The terminator char at `i` (`.` is a [`Stop::Period`]) and its byte length.
fn terminator_at(b: &[u8], i: usize) -> Option<(Stop, usize)> {
    let t = b.get(i..)?;
    let is = |c: &str| t.starts_with(c.as_bytes());
    match *t.first()? {
        b'.' => Some((Stop::Period, 1)),
        b'!' | b'?' => Some((Stop::Strong, 1)),
        0xE2 if is("…") => Some((Stop::Ellipsis, 3)),
        0xE3 if is("。") => Some((Stop::Cjk, 3)),
        0xEF if is("！") || is("？") || is("．") || is("｡") => Some((Stop::Cjk, 3)),
        0xD8 if is("؟") => Some((Stop::Strong, 2)),
        0xE0 if is("।") || is("॥") => Some((Stop::Strong, 3)),
        _ => None,
    }
}

/// Byte length of a closing quote or bracket at `i`, if any.
fn closer_at(text: &str, i: usize) -> Option<usize> {
    char_at(text, i)
        .filter(|&c| is_closer_char(c))
        .map(char::len_utf8)
}

fn is_opener_char(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '「'
            | '『'
            | '（'
            | '¿'
            | '¡'
    )
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '―' | '‒' | '\u{2010}' | '\u{2011}')
}

/// The longest sentence, in bytes: run-on text without terminators (a page of marks, a
/// megabyte on one line) is cut at a space before this length, so the per-sentence work of
/// every later stage (tokens, names, clauses) stays bounded. Real sentences are far shorter.
pub const MAX_SENTENCE: usize = 4096;

/// Where to cut a run-on sentence begun at `start` that has reached `at`: after its last
/// space in the second half, else at the char boundary at or before `at`.
fn run_on_cut(text: &str, start: usize, at: usize) -> usize {
    let b = text.as_bytes();
    let half = start + (at - start) / 2;
    if let Some(k) = b
        .get(half..at)
        .and_then(|w| w.iter().rposition(|&c| is_ascii_ws(c)))
    {
        return half + k;
    }
    let mut cut = at;
    while cut > start && !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

/// Bytes that may start a terminator: . ! ? and the lead bytes of … 。 ！ ？ ؟ । etc.
fn may_stop(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xD8 | 0xE0 | 0xE2 | 0xE3 | 0xEF)
}

/// How many bytes open `rest` before the first that may start a terminator: eight at a time
/// while a word of them holds no `.`, `!`, `?` and no non-ASCII byte, then one at a time.
fn plain_run(rest: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // Whether some byte of `v` is `b` (exact: a zero byte of `v ^ b…b` sets its high bit).
    let has = |v: u64, b: u8| {
        let x = v ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGH != 0
    };
    let mut n = 0;
    for chunk in rest.chunks_exact(8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        if v & HIGH != 0 || has(v, b'.') || has(v, b'!') || has(v, b'?') {
            break;
        }
        n += 8;
    }
    let tail = rest.get(n..).unwrap_or_default();
    n + tail.iter().position(|&x| may_stop(x)).unwrap_or(tail.len())
}

pub(super) fn push_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let end = para.end.min(b.len());
    let mut start = skip_ws(text, para.start, end);
    let mut i = start;
    while i < end {
        if i - start >= MAX_SENTENCE {
            let cut = run_on_cut(text, start, i);
            if cut > start {
                out.push(Span::new(start, cut));
                start = skip_ws(text, cut, end);
                i = start;
                continue;
            }
        }
        // Straight to the next byte that may start a terminator (or to the run-on limit).
        let limit = end.min(start.saturating_add(MAX_SENTENCE));
        let plain = b.get(i..limit).map_or(0, plain_run);
        if plain > 0 {
            i += plain;
            continue;
        }
        if !b.get(i).copied().is_some_and(may_stop) {
            i += 1;
            continue;
        }
        // The run of terminators ("?!", "...", "…").
        let (mut j, mut stop, mut dots) = (i, Stop::Period, 0);
        while let Some((t, len)) = terminator_at(b, j).filter(|_| j < end) {
            dots += usize::from(t == Stop::Period);
            stop = stop.max(t);
            j += len;
        }
        if j == i {
            i += 1;
            continue;
        }
        if dots > 1 {
            stop = stop.max(Stop::Ellipsis);
        }
        // Closing quotes and brackets belong to the sentence.
        let mut k = j;
        while let Some(len) = closer_at(text, k).filter(|_| k < end) {
            k += len;
        }
        let quoted = k > j;
        let boundary = k < end
            && (stop == Stop::Cjk
                || (char_at(text, k).is_some_and(char::is_whitespace)
                    && ends_here(text, start, i, k, end, stop, quoted)));
        if boundary {
            out.push(Span::new(start, k));
            start = skip_ws(text, k, end);
            i = start;
        } else {
            i = k;
        }
    }
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// Whether the terminator run at `i..k` (closers included) ends the sentence begun at `start`.
fn ends_here(
    text: &str,
    start: usize,
    i: usize,
    k: usize,
    end: usize,
    stop: Stop,
    quoted: bool,
) -> bool {
    let b = text.as_bytes();
    // The next sentence's first char, after spaces and opening quotes/brackets.
    let mut p = skip_ws(text, k, end);
    while let Some(c) = char_at(text, p).filter(|&c| p < end && is_opener_char(c)) {
        p += c.len_utf8();
    }
    let Some(c) = char_at(text, p).filter(|_| p < end) else {
        return true;
    };
    // Camel-case brands (`iPhone`, `eBay`) start sentences like capitalised words.
    let q = p + c.len_utf8();
    let lower = c.is_lowercase() && !char_at(text, q).is_some_and(|d| q < end && d.is_uppercase());
    if lower || is_dash_char(c) || matches!(c, ',' | ';' | ':' | ')' | ']' | '.' | '%') {
        return false;
    }
    let next = ascii_word(b, p, end);
    match stop {
        Stop::Cjk => true,
        Stop::Ellipsis => c.is_alphabetic(),
        // `“Why now?” Peskov asked.` stays one sentence.
        Stop::Strong => {
            !(quoted
                && in_list(
                    SPEECH_VERBS,
                    ascii_word(b, skip_ws(text, p + next.len(), end), end),
                    false,
                ))
        }
        Stop::Period => {
            let (w, w_start) = word_before(b, start, i);
            if w_start == start && is_list_marker(w) {
                return false;
            }
            match classify(w) {
                Abbr::Title => false,
                Abbr::Numeric => !c.is_ascii_digit(),
                Abbr::Soft => {
                    !c.is_ascii_digit()
                        && STARTERS
                            .binary_search_by(|x| x.as_bytes().cmp(next))
                            .is_ok()
                }
                Abbr::None => true,
            }
        }
    }
}

/// The word ending at `i` (no openers, closers or text before the last hyphen or slash) and
/// where it starts.
fn word_before(b: &[u8], start: usize, i: usize) -> (&[u8], usize) {
    let lo = start.max(i.saturating_sub(48));
    let mut s = i;
    while s > lo && b.get(s - 1).is_some_and(|&x| !is_ascii_ws(x)) {
        s -= 1;
    }
    let mut w = b.get(s..i).unwrap_or_default();
    loop {
        let before = w.len();
        for o in ["“", "‘", "«", "„", "(", "[", "\"", "'"] {
            if let Some(r) = w.strip_prefix(o.as_bytes()) {
                w = r;
                s += o.len();
            }
        }
        for o in ["”", "’", "»", ")", "]", "\"", "'"] {
            w = w.strip_suffix(o.as_bytes()).unwrap_or(w);
        }
        if w.len() == before {
            break;
        }
    }
    if let Some(k) = w.iter().rposition(|&x| x == b'-' || x == b'/') {
        s += k + 1;
        w = w.get(k + 1..).unwrap_or_default();
    }
    (w, s)
}

/// The run of ASCII letters at `p`.
fn ascii_word(b: &[u8], p: usize, end: usize) -> &[u8] {
    let rest = b.get(p..end).unwrap_or_default();
    let n = rest.iter().take_while(|x| x.is_ascii_alphabetic()).count();
    rest.get(..n).unwrap_or_default()
}

/// "1." or "a." opening a numbered list item.
fn is_list_marker(w: &[u8]) -> bool {
    (!w.is_empty() && w.len() <= 3 && w.iter().all(u8::is_ascii_digit))
        || (w.len() == 1 && w.iter().all(u8::is_ascii_lowercase))
}

/// What an abbreviation-like word before a period means for a sentence break.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Abbr {
    /// Not an abbreviation: the period ends the sentence.
    None,
    /// A title before a name (`Mr.`, `Gen.`, `vs.`): never ends a sentence.
    Title,
    /// `No.`, `Fig.`: no break before a number only.
    Numeric,
    /// `U.S.`, `a.m.`, `Inc.`, months, initials: breaks only before a common sentence opener.
    Soft,
}

fn classify(w: &[u8]) -> Abbr {
    if w.contains(&b'.') {
        // Dotted acronyms: U.S, a.m, e.g, Ph.D (segments of one or two letters).
        let acronym = w
            .split(|&x| x == b'.')
            .all(|s| (1..=2).contains(&s.len()) && s.iter().all(u8::is_ascii_alphabetic));
        return if acronym { Abbr::Soft } else { Abbr::None };
    }
    if w.len() == 1 && w.iter().all(u8::is_ascii_uppercase) {
        return Abbr::Soft; // an initial: George W. Bush
    }
    if w.len() > 6 || !w.iter().all(u8::is_ascii_alphabetic) {
        return Abbr::None;
    }
    let mut buf = [0u8; 6];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let capital = w.first().is_some_and(u8::is_ascii_uppercase);
    abbreviation(buf.get(..w.len()).unwrap_or_default(), capital)
}

// `STARTERS`, `SPEECH_VERBS` and `abbreviation`, from `assets/lexicon/` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/sentence_words.rs"));

#[cfg(test)]
mod cases;

#[cfg(test)]
mod tests {
    use super::super::test_support::{check, strs};
    use super::cases::SENTENCES;
    use super::*;

    #[test]
    fn starters_are_sorted() {
        assert!(
            STARTERS
                .windows(2)
                .all(|w| w[0].as_bytes() < w[1].as_bytes())
        );
    }

    #[test]
    fn sentence_table() {
        assert!(SENTENCES.len() >= 40);
        for &(text, want) in SENTENCES {
            let got = sentences(text, Span::new(0, text.len()));
            assert_eq!(strs(text, &got), want, "input: {text:?}");
            check(text);
        }
    }
}
