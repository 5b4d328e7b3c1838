//! Paragraph, sentence and token segmentation of plain-text news.
//!
//! Everything here is a byte-level scan: `&str` in, [`Span`]s out, linear in the input, no
//! regexes, no panics. Sentences are stored in [`Segmentation`]; tokens are produced lazily by
//! [`tokens`](fn@tokens) so that a large document never holds a token vector.
//!
//! - `paragraphs`: paragraph detection, including hard-wrapped text.
//! - `sentences`: sentence breaks and the abbreviation rules.
//! - `tokens`: the lazy word/number/punctuation tokenizer.
//! - `case`: how a word is capitalised, carried by its token.
//! - `shared`: every sentence's tokens, made once for the stages that read whole sentences.

mod case;
mod paragraphs;
mod sentences;
mod shared;
#[cfg(test)]
mod test_support;
mod tokens;

pub use case::Case;
pub use paragraphs::paragraphs;
pub use sentences::{MAX_SENTENCE, sentences};
pub use shared::{SentenceIter, SentenceTokens};
pub use tokens::{Token, TokenKind, Tokens, tokens};

use super::span::Span;

/// Paragraphs and sentences of a text, as byte spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraph spans: trimmed, non-empty, sorted, disjoint.
    pub paragraphs: Vec<Span>,
    /// Sentence spans: trimmed, non-empty, sorted, disjoint, each inside one paragraph.
    pub sentences: Vec<Span>,
}

/// Splits `text` into paragraphs, then every paragraph into sentences.
pub fn segment(text: &str) -> Segmentation {
    let paragraphs = paragraphs(text);
    let mut sentences = Vec::with_capacity(text.len() / 160 + 1);
    for &p in &paragraphs {
        sentences::push_sentences(text, p, &mut sentences);
    }
    Segmentation {
        paragraphs,
        sentences,
    }
}

/// Bytes of context the attribution and role rules look at on either side of a point. Real
/// clauses fit easily; the bound keeps run-on text (a megabyte without a full stop) linear.
pub const CONTEXT: usize = 800;

/// The span from `at - CONTEXT` (not before `floor`) to `at`, starting after whitespace so it
/// never cuts a word.
pub fn context_before(text: &str, floor: usize, at: usize) -> Span {
    window_before(text, floor, at, CONTEXT)
}

/// The span from `at - bytes` (not before `floor`) to `at`, starting after whitespace so it
/// never cuts a word.
pub fn window_before(text: &str, floor: usize, at: usize, bytes: usize) -> Span {
    let mut start = at.saturating_sub(bytes).max(floor);
    while start < at && !text.is_char_boundary(start) {
        start += 1;
    }
    if start > floor {
        let skip = text.get(start..at).map_or(0, |t| {
            t.find(char::is_whitespace).map_or(t.len(), |k| k + 1)
        });
        start += skip;
    }
    Span::new(start.min(at), at)
}

/// The span from `at` to `at + CONTEXT` (not past `ceiling`), ending before whitespace so it
/// never cuts a word.
pub fn context_after(text: &str, at: usize, ceiling: usize) -> Span {
    let mut end = (at + CONTEXT).min(ceiling);
    while end > at && !text.is_char_boundary(end) {
        end -= 1;
    }
    if end < ceiling {
        end = text
            .get(at..end)
            .and_then(|t| t.rfind(char::is_whitespace))
            .map_or(at, |k| at + k);
    }
    Span::new(at, end)
}

#[cfg(test)]
mod context_tests {
    use super::*;

    #[test]
    fn context_windows_stay_on_word_and_char_boundaries() {
        let text = "é ".repeat(1000);
        let at = text.len() - 1;
        let before = context_before(&text, 0, at);
        assert!(before.start > 0 && at - before.start <= CONTEXT);
        assert!(text[before.start..].starts_with('é'));
        let after = context_after(&text, 0, text.len());
        assert!(after.end <= CONTEXT && text.is_char_boundary(after.end));
        assert_eq!(context_before("short text", 0, 5), Span::new(0, 5));
        assert_eq!(context_after("short text", 0, 10), Span::new(0, 10));
    }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// A closing quote or bracket.
fn is_closer_char(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ')' | ']' | '}' | '"' | '\'');
    }
    matches!(c, '”' | '’' | '»' | '›' | '」' | '』' | '）' | '＂')
}

/// Whether `w` is one of the space-separated words of `list` (ASCII case-insensitive if `fold`).
fn in_list(list: &str, w: &[u8], fold: bool) -> bool {
    (1..=8).contains(&w.len())
        && list.split_ascii_whitespace().any(|x| {
            if fold {
                x.as_bytes().eq_ignore_ascii_case(w)
            } else {
                x.as_bytes() == w
            }
        })
}

/// Combining marks and joiners that live inside words (inclusive ranges, as pairs).
const MARK_RANGES: [u32; 28] = [
    0x300, 0x36F, 0x483, 0x489, 0x591, 0x5BD, 0x610, 0x61A, 0x64B, 0x65F, 0x900, 0x963, 0x966,
    0xDFF, 0xE31, 0xE3A, 0xE47, 0xE4E, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x200C, 0x200D, 0x20D0,
    0x20FF, 0xFE20, 0xFE2F,
];

fn in_ranges(ranges: &[u32], c: char) -> bool {
    let u = u32::from(c);
    ranges
        .chunks_exact(2)
        .any(|r| matches!(r, &[a, b] if a <= u && u <= b))
}

/// Letters and digits of any script, plus combining marks and joiners that live inside words.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match u32::from(c) {
        // Fast answers for the common non-ASCII chars of news text (quotes, dashes, accents).
        0x2000..=0x206F => return matches!(c, '\u{200C}' | '\u{200D}'),
        0xC0..=0x24F => return !matches!(c, '×' | '÷'),
        _ => {}
    }
    c.is_alphanumeric() || in_ranges(&MARK_RANGES, c)
}

const fn is_ascii_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The char starting at byte `i`, if `i` is a char boundary inside `text`.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// First byte at or after `i` (up to `end`) that is not whitespace.
#[inline]
fn skip_ws(text: &str, mut i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    // Most tokens follow one space or none.
    if i < end && b.get(i) == Some(&b' ') {
        i += 1;
    }
    if i >= end || b.get(i).is_some_and(|&x| x < 0x80 && !is_ascii_ws(x)) {
        return i;
    }
    skip_ws_rest(text, i, end)
}

/// [`skip_ws`] past its fast path: runs of whitespace, non-ASCII spaces.
#[inline(never)]
fn skip_ws_rest(text: &str, mut i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    while i < end {
        match b.get(i) {
            Some(&x) if x < 0x80 => {
                if !is_ascii_ws(x) {
                    break;
                }
                i += 1;
            }
            _ => match char_at(text, i) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            },
        }
    }
    i
}

/// `span` clamped to `text` and shrunk to char boundaries.
fn fit(text: &str, span: Span) -> Span {
    let mut s = span.start.min(text.len());
    let mut e = span.end.min(text.len());
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    Span::new(s, e)
}

#[cfg(test)]
mod tests {
    use super::test_support::{SEED, check, strs};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dev_style_blank_line_paragraphs() {
        let text = "Airbus parent EADS wins #13 billion UK RAF airtanker contract\n\nMarch 27, 2008\n\nEuropean Aeronautic Defence & Space NV (EADS), the parent company of European airframer Airbus, has won a #13 billion contract to supply the United Kingdom's Royal Air Force (RAF) with aerial refueling tankers.\n\nAirTanker Ltd., an EADS-led consortium, have signed a 27-year contract with the Defense Ministry.\n";
        let seg = segment(text);
        assert_eq!(seg.paragraphs.len(), 4);
        assert_eq!(seg.paragraphs[1].text(text), "March 27, 2008");
        assert_eq!(seg.sentences.len(), 4);
        check(text);
    }

    #[test]
    fn seed_article() {
        let seg = segment(SEED);
        assert_eq!(seg.paragraphs.len(), 7, "headline + 6 body paragraphs");
        assert_eq!(
            seg.paragraphs[0].text(SEED),
            "Putin Holds First Talks With Iranian and Israeli Leaders as Mass Protests and U.S. Threats Roil Region"
        );
        let sents = strs(SEED, &seg.sentences);
        assert_eq!(sents.len(), 22);
        assert_eq!(sents[0], seg.paragraphs[0].text(SEED));
        assert!(sents.contains(
            &"Top spokesman Dmitry Peskov framed Russia’s role as essential, stating, “This is assistance not only to Iran, but to the entire region, as well as to the cause of regional stability and peace.”"
        ));
        assert!(sents.contains(
            &"This dual outreach attempts to position Moscow as a unique broker with access to all sides, even as it openly sides with Iran against what it calls American “hysteria.”"
        ));
        assert!(sents.contains(&"For Putin, these calls are a strategic assertion of relevance."));
        assert!(
            sents
                .iter()
                .any(|s| s.starts_with("Meanwhile, U.S. President Donald Trump")
                    && s.ends_with("a threat he has since walked back."))
        );
        check(SEED);
    }

    fn newsy() -> impl Strategy<Value = String> {
        let pieces = vec![
            "Putin",
            "said",
            "the",
            "U.S.",
            "U.N.",
            "Mr.",
            "a.m.",
            "etc.",
            "Inc.",
            "No.",
            "J.",
            "3.2",
            "2,677",
            "$",
            "%",
            ".",
            "...",
            "…",
            "?",
            "!",
            ",",
            "“",
            "”",
            "‘",
            "’",
            "'",
            "\"",
            "’s",
            "(",
            ")",
            "—",
            "–",
            "--",
            "-",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "é",
            "中",
            "。",
            "The",
            "He",
            "iPhone",
            "1.",
            "example.com",
            "\u{301}",
            "\u{a0}",
            "\u{2029}",
            "ü",
        ];
        proptest::collection::vec(proptest::sample::select(pieces), 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn invariants_on_arbitrary_text(s in "\\PC*") {
            check(&s);
        }

        #[test]
        fn invariants_on_any_chars(s in any::<String>()) {
            check(&s);
        }

        #[test]
        fn invariants_on_news_like_text(s in newsy()) {
            check(&s);
        }

        #[test]
        fn arbitrary_spans_never_panic(s in newsy(), a in 0usize..400, b in 0usize..400) {
            let span = Span::new(a, b);
            for t in tokens(&s, span) {
                prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            }
            for x in sentences(&s, span) {
                prop_assert!(s.get(x.start..x.end).is_some());
            }
        }
    }
}
