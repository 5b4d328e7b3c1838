//! Every sentence's tokens, read once and shared by the stages that read whole sentences
//! (names, reported speech, the timeline), six bytes a token.

use super::{Token, TokenKind, Tokens, tokens};
use crate::analysis::span::Span;

/// A token stored relative to its sentence's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Packed {
    start: u16,
    end: u16,
    kind: TokenKind,
}

/// The tokens of every sentence of a text, tokenised once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceTokens {
    /// Per sentence: its span and where its tokens end in `packed` (they start where the
    /// previous sentence's end).
    sentences: Vec<(Span, usize)>,
    /// Sentences with a token past 16-bit offsets (none in real text: sentences are capped
    /// far below), tokenised again when read.
    long: Vec<usize>,
    packed: Vec<Packed>,
}

impl SentenceTokens {
    /// Tokenises each of `sentences` (spans of `text`).
    pub fn new(text: &str, sentences: &[Span]) -> SentenceTokens {
        let mut out = SentenceTokens {
            sentences: Vec::with_capacity(sentences.len()),
            long: Vec::new(),
            packed: Vec::with_capacity(text.len() / 5),
        };
        for (i, &sentence) in sentences.iter().enumerate() {
            let first = out.packed.len();
            for t in tokens(text, sentence) {
                let offset = |at: usize| u16::try_from(at.saturating_sub(sentence.start)).ok();
                let (Some(start), Some(end)) = (offset(t.span.start), offset(t.span.end)) else {
                    out.packed.truncate(first);
                    out.long.push(i);
                    break;
                };
                out.packed.push(Packed {
                    start,
                    end,
                    kind: t.kind,
                });
            }
            out.sentences.push((sentence, out.packed.len()));
        }
        out
    }

    /// The sentence spans, in order.
    pub fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        self.sentences.iter().map(|&(span, _)| span)
    }

    /// The tokens of sentence `i` of `text` (the text they were made from), as
    /// [`tokens`](fn@tokens) gives them; none for a sentence index out of range.
    pub fn sentence<'s, 't>(&'s self, text: &'t str, i: usize) -> SentenceIter<'s, 't> {
        let first = i
            .checked_sub(1)
            .and_then(|p| self.sentences.get(p))
            .map_or(0, |&(_, end)| end);
        let (span, end) = self
            .sentences
            .get(i)
            .copied()
            .unwrap_or((Span::new(0, 0), first));
        let live = self
            .long
            .binary_search(&i)
            .is_ok()
            .then(|| tokens(text, span));
        SentenceIter {
            base: span.start,
            packed: self.packed.get(first..end).unwrap_or_default().iter(),
            live,
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
        self.packed.next().map(|p| Token {
            span: Span::new(
                self.base + usize::from(p.start),
                self.base + usize::from(p.end),
            ),
            kind: p.kind,
        })
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

    #[test]
    fn stored_tokens_are_the_tokenizers() {
        let long = format!("{} end.", "word ".repeat(20_000));
        for text in [SEED, "", "One. Two “three,” he said.", long.as_str()] {
            let seg = segment(text);
            // Sentences as segmented, and the whole text as one (past 16-bit offsets).
            for sentences in [seg.sentences, vec![Span::new(0, text.len())]] {
                let shared = SentenceTokens::new(text, &sentences);
                for (i, &s) in sentences.iter().enumerate() {
                    let want: Vec<Token> = tokens(text, s).collect();
                    assert_eq!(shared.sentence(text, i).collect::<Vec<_>>(), want);
                }
                assert_eq!(shared.sentence(text, sentences.len()).count(), 0);
            }
        }
    }
}
