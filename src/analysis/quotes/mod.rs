//! Quotes: who said what. Finds quotations ([`marks`]) and attributes each to an actor
//! ([`speaker`]) through reporting cues, pronouns and news conventions.

mod marks;
mod speaker;

use super::actors::Actor;
use super::lexicon::lexicon;
use super::segment::Segmentation;
use super::span::Span;

/// Whether a quotation is a statement or a quoted phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A quoted statement: “This is assistance not only to Iran…”
    Direct,
    /// A quoted phrase inside the reporter's sentence, or a scare quote: “hysteria.”
    Fragment,
}

impl QuoteKind {
    /// The schema's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Fragment => "fragment",
        }
    }
}

/// A quotation and, when the text says, who said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub span: Span,
    /// Index of the speaking actor, if found.
    pub speaker: Option<usize>,
    /// The reporting word or phrase ("said", "according to"), if any.
    pub cue: Option<Span>,
    /// Statement or phrase.
    pub kind: QuoteKind,
}

/// Finds the quotations of `text` and their speakers among `actors`. Pronouns and
/// descriptions that name a speaker ("he said", "the company said") become mentions of it.
pub fn extract(text: &str, seg: &Segmentation, actors: &mut [Actor]) -> Vec<Quote> {
    let found = marks::find(text, seg);
    if found.is_empty() {
        return Vec::new();
    }
    let mut attributor = speaker::Attributor::new(text, seg, lexicon(), actors);
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    for q in &found {
        let previous = quotes.last().copied();
        let said = attributor.attribute(q, previous.map(|p| (p.span, p.speaker)));
        quotes.push(Quote {
            span: q.span,
            speaker: said.map(|s| s.actor),
            cue: said.and_then(|s| s.cue),
            kind: kind(q.span.text(text)),
        });
    }
    attributor.add_mentions(actors);
    quotes
}

/// A statement has a few words and reads like a sentence; anything shorter is a phrase.
fn kind(quoted: &str) -> QuoteKind {
    let words = quoted.split_whitespace().count();
    let capital = quoted.chars().next().is_some_and(char::is_uppercase);
    let closed = quoted.ends_with(['.', '!', '?', ',']);
    if words >= 6 || (capital && closed && words >= 3) {
        QuoteKind::Direct
    } else {
        QuoteKind::Fragment
    }
}

#[cfg(test)]
mod tests;
