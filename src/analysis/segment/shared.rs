//! Every sentence's tokens, read once and shared by the stages that read whole sentences
//! (names, reported speech, the timeline), four bytes a token, within a budget.

use super::{Case, Token, TokenKind, Tokens, tokens};
use crate::analysis::span::Span;

/// A token stored relative to its sentence's start, in four bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed {
    start: u16,
    len: u8,
    /// The kind's discriminant in the low three bits, the case's in the two above them, and
    /// whether the word is hyphenated in the sixth.
    tag: u8,
}

impl Packed {
    /// `token` in a sentence starting at byte `base`, if its offset fits 16 bits and its
    /// length 8 (in real text all do but a rare URL or run of symbols).
    #[inline]
    fn new(token: Token, base: usize) -> Option<Packed> {
        let start = u16::try_from(token.span.start.checked_sub(base)?).ok()?;
        let len = u8::try_from(token.span.len()).ok()?;
        let tag = token.kind as u8 | (token.case as u8) << 3 | u8::from(token.hyphenated) << 5;
        Some(Packed { start, len, tag })
    }

    /// The token, in a sentence starting at byte `base`.
    #[inline]
    fn token(self, base: usize) -> Token {
        let start = base + usize::from(self.start);
        let (kind, case) = TAGS[usize::from(self.tag & 31)];
        Token {
            span: Span::new(start, start + usize::from(self.len)),
            kind,
            case,
            hyphenated: self.tag & HYPHENATED != 0,
        }
    }
}

/// The tag bit of a hyphenated word.
const HYPHENATED: u8 = 1 << 5;

/// Each tag's kind and case: the kind's discriminant is in the low three bits (slot 7 is never
/// stored), the case's in the two above them (slot 3 neither).
const TAGS: [(TokenKind, Case); 32] = {
    use TokenKind::*;
    let kinds = [Word, Number, Possessive, Quote, Dash, Punct, Symbol, Symbol];
    let cases = [Case::Other, Case::Capital, Case::Camel, Case::Other];
    let mut tags = [(Word, Case::Other); 32];
    let mut tag = 0;
    while tag < 32 {
        tags[tag] = (kinds[tag & 7], cases[tag >> 3]);
        tag += 1;
    }
    tags
};

/// The tokens of every sentence of a text, tokenised once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceTokens<'a> {
    /// The sentences, as segmented.
    sentences: &'a [Span],
    /// Per sentence, where its tokens end in `packed` (they start where the previous
    /// sentence's end); empty when every sentence is read live.
    ends: Vec<u32>,
    /// Sentences with a token past 16-bit offsets or 255 bytes long (none in real prose:
    /// sentences are capped far below), tokenised again when read.
    long: Vec<usize>,
    packed: Vec<Packed>,
}

/// How many bytes of stored tokens a byte of text may cost. Prose costs under one;
/// a text that would cost more is tokenised again by each stage instead, so memory stays a
/// small multiple of the input.
const STORE_PER_BYTE: usize = 2;

/// The shortest average sentence, in bytes, whose tokens are stored. Prose averages over a
/// hundred; a text of one-word lines or of a tiny sentence repeated already spends more on
/// its sentence list than on its text, and is read live.
const MIN_AVERAGE_SENTENCE: usize = 24;

impl<'a> SentenceTokens<'a> {
    /// Tokenises each of `sentences` (spans of `text`).
    pub fn new(text: &str, sentences: &'a [Span]) -> SentenceTokens<'a> {
        if sentences.len().saturating_mul(MIN_AVERAGE_SENTENCE) > text.len() {
            return SentenceTokens::live(sentences);
        }
        let budget = text.len().saturating_mul(STORE_PER_BYTE);
        let mut out = SentenceTokens {
            sentences,
            ends: Vec::with_capacity(sentences.len()),
            long: Vec::new(),
            packed: Vec::with_capacity(budget / size_of::<Packed>()),
        };
        for (i, &sentence) in sentences.iter().enumerate() {
            let first = out.packed.len();
            let stored = first * size_of::<Packed>() + out.ends.len() * size_of::<u32>();
            // Past the budget (or four billion tokens) every sentence is read live.
            if stored > budget || u32::try_from(first).is_err() {
                return SentenceTokens::live(sentences);
            }
            for t in tokens(text, sentence) {
                let Some(packed) = Packed::new(t, sentence.start) else {
                    out.packed.truncate(first);
                    out.long.push(i);
                    break;
                };
                out.packed.push(packed);
            }
            out.ends
                .push(u32::try_from(out.packed.len()).unwrap_or(u32::MAX));
        }
        out.packed.shrink_to_fit();
        out
    }

    /// Nothing stored: every sentence is tokenised when it is read.
    fn live(sentences: &'a [Span]) -> SentenceTokens<'a> {
        SentenceTokens {
            sentences,
            ..SentenceTokens::default()
        }
    }

    /// The sentence spans, in order.
    pub fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.sentences.iter().copied()
    }

    /// The index and span of the sentence that contains `span`, if one does.
    pub fn containing(&self, span: Span) -> Option<(usize, Span)> {
        let from = self.sentences.partition_point(|s| s.end <= span.start);
        let (at, sentence) = self.containing_from(span, from);
        Some((at, sentence?))
    }

    /// [`SentenceTokens::containing`] for spans visited in text order: the search starts at
    /// sentence `from` (the index this gave for an earlier span) and only moves forward.
    /// Gives the index reached either way, to start the next search from.
    pub fn containing_from(&self, span: Span, from: usize) -> (usize, Option<Span>) {
        let mut at = from;
        while self.sentences.get(at).is_some_and(|s| s.end <= span.start) {
            at += 1;
        }
        let sentence = self.sentences.get(at).filter(|s| s.contains(span));
        (at, sentence.copied())
    }

    /// The tokens of sentence `i` of `text` (the text they were made from), as
    /// [`tokens`](fn@tokens) gives them; none for a sentence index out of range.
    pub fn sentence<'s, 't>(&'s self, text: &'t str, i: usize) -> SentenceIter<'s, 't> {
        let span = self.sentences.get(i).copied().unwrap_or_default();
        let first = i
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .map_or(0, |&end| end as usize);
        let end = self.ends.get(i).map_or(first, |&end| end as usize);
        let stored = self.ends.len() == self.sentences.len();
        let live = (!stored || self.long.binary_search(&i).is_ok()) && i < self.sentences.len();
        SentenceIter {
            base: span.start,
            packed: self.packed.get(first..end).unwrap_or_default().iter(),
            live: live.then(|| tokens(text, span)),
        }
    }

    /// Appends the first `limit` tokens of sentence `i` of `text` to `out`, as
    /// [`SentenceTokens::sentence`] gives them; stored tokens are copied in one tight loop.
    pub fn read_into(&self, text: &str, i: usize, limit: usize, out: &mut Vec<Token>) {
        let SentenceIter { base, packed, live } = self.sentence(text, i);
        match live {
            Some(live) => out.extend(live.take(limit)),
            None => out.extend(packed.as_slice().iter().take(limit).map(|p| p.token(base))),
        }
    }
}

/// The tokens of one sentence; see [`SentenceTokens::sentence`].
#[derive(Debug, Clone)]
pub struct SentenceIter<'s, 't> {
    base: usize,
    packed: std::slice::Iter<'s, Packed>,
    /// The tokenizer itself, for a sentence that was too long to store.
    live: Option<Tokens<'t>>,
}

impl Iterator for SentenceIter<'_, '_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        if let Some(live) = &mut self.live {
            return live.next();
        }
        self.packed.next().map(|p| p.token(self.base))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.live {
            Some(live) => live.size_hint(),
            None => self.packed.size_hint(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::segment;
    use super::super::test_support::SEED;
    use super::*;

    /// Every kind, case and hyphen flag survives packing (the tag reads the enums'
    /// discriminants).
    #[test]
    fn packing_keeps_every_kind_and_case() {
        use TokenKind::*;
        for kind in [Word, Number, Possessive, Quote, Dash, Punct, Symbol] {
            for case in [Case::Other, Case::Capital, Case::Camel] {
                for hyphenated in [false, true] {
                    let token = Token {
                        span: Span::new(110, 120),
                        kind,
                        case,
                        hyphenated,
                    };
                    assert_eq!(Packed::new(token, 100).map(|p| p.token(100)), Some(token));
                }
            }
        }
        let long = Token {
            span: Span::new(0, 256),
            kind: Word,
            case: Case::Other,
            hyphenated: false,
        };
        assert_eq!(Packed::new(long, 0), None);
    }

    #[test]
    fn stored_tokens_are_the_tokenizers() {
        let long = format!("{} end.", "word ".repeat(20_000));
        // One-word paragraphs, and sentences of one-byte tokens, are read live.
        let lines = "Word.\n\n".repeat(50);
        let dense = format!("{}a.\n\n", "a,".repeat(20)).repeat(50);
        // A token over 255 bytes: its sentence is read live, the next one stored.
        let word = format!(
            "The {} word. Then iPhone’s $5 — “Q3” -- Doe’s 1990s rise.",
            "x".repeat(300)
        );
        for text in [
            SEED,
            "",
            "One. Two “three,” he said.",
            &long,
            &lines,
            &dense,
            &word,
        ] {
            let seg = segment(text);
            // Sentences as segmented, and the whole text as one (past 16-bit offsets).
            for sentences in [seg.sentences, vec![Span::new(0, text.len())]] {
                let shared = SentenceTokens::new(text, &sentences);
                for (i, &s) in sentences.iter().enumerate() {
                    let want: Vec<Token> = tokens(text, s).collect();
                    assert_eq!(shared.sentence(text, i).collect::<Vec<_>>(), want);
                    let first = Token {
                        span: Span::default(),
                        kind: TokenKind::Punct,
                        case: Case::Other,
                        hyphenated: false,
                    };
                    let mut read = vec![first];
                    shared.read_into(text, i, 3, &mut read);
                    assert_eq!(read.get(1..), want.get(..want.len().min(3)));
                }
                assert_eq!(shared.sentence(text, sentences.len()).count(), 0);
                // Found in text order from a cursor, every token's sentence is found as by a
                // search of all the sentences.
                let mut at = 0;
                for &sentence in &sentences {
                    for t in tokens(text, sentence) {
                        let (reached, found) = shared.containing_from(t.span, at);
                        at = reached;
                        assert_eq!(found.map(|s| (at, s)), shared.containing(t.span));
                    }
                }
                assert_eq!(shared.spans().collect::<Vec<_>>(), sentences);
            }
        }
    }
}
