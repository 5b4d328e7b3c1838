//! Quotes: who said what. Finds quotations ([`marks`]) and attributes each to an actor
//! ([`speaker`]) through reporting cues, pronouns and news conventions.

mod marks;
mod reported;
mod speaker;

pub use marks::MAX_QUOTES;

use super::actors::{Actor, ActorAdditions, ActorId};
use super::lexicon::lexicon;
use super::segment::{Segmentation, SentenceTokens};
use super::span::Span;

/// Whether a quotation is a statement or a quoted phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A quoted statement: “This is assistance not only to Iran…”
    Direct,
    /// A quoted phrase inside the reporter's sentence, or a scare quote: “hysteria.”
    Fragment,
    /// Reported speech without quotation marks: Putin said Russia was ready to mediate.
    Indirect,
}

impl QuoteKind {
    /// The schema's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Fragment => "fragment",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation and, when the text says, who said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub span: Span,
    /// The speaking actor, if found.
    pub speaker: Option<ActorId>,
    /// The mention the speaker was read from (a name, pronoun or description), if any.
    pub speaker_mention: Option<Span>,
    /// The reporting word or phrase ("said", "according to"), if any.
    pub cue: Option<Span>,
    /// Statement or phrase.
    pub kind: QuoteKind,
}

/// The quotations of a text, and what attributing them found out about its actors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Quotations {
    /// Quotations and reported statements in text order; a speaker may be one of the new
    /// actors of `additions`.
    pub quotes: Vec<Quote>,
    /// Unnamed speakers made from descriptions ("a ministry spokesman") and the pronouns and
    /// descriptions that name a speaker ("he said", "the company said"), as mentions.
    pub additions: ActorAdditions,
}

/// Quotes of one paragraph whose speaker is looked for in the words around them; later ones
/// (only a page of marks has more) just continue the previous speaker. Each look reads a
/// bounded context, so the cap keeps a paragraph of thousands of marks linear and fast.
const MAX_ATTRIBUTED_PER_PARAGRAPH: usize = 64;

/// Finds the quotations and reported statements of `text`, in text order, and their speakers
/// among `actors` or the unnamed speakers it finds. `actors` is not changed: what it finds
/// about them comes back in [`Quotations::additions`], for the caller to apply.
pub fn extract(text: &str, seg: &Segmentation, actors: &[Actor]) -> Quotations {
    extract_with(
        text,
        seg,
        &SentenceTokens::new(text, &seg.sentences),
        actors,
    )
}

/// [`extract`] reading the sentences' tokens from `shared`.
pub fn extract_with(
    text: &str,
    seg: &Segmentation,
    shared: &SentenceTokens,
    actors: &[Actor],
) -> Quotations {
    let found = marks::find(text, seg);
    let mut attributor = speaker::Attributor::new(text, seg, shared, lexicon(), actors);
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    // Quotes seen in the current paragraph (its end, the count).
    let mut in_paragraph = (0, 0);
    for q in &found {
        let previous = quotes.last().copied();
        if q.open.start >= in_paragraph.0 {
            let end = attributor
                .paragraph_after(q.open.start)
                .map_or(text.len(), |p| p.end);
            in_paragraph = (end, 0);
        }
        in_paragraph.1 += 1;
        let full = in_paragraph.1 <= MAX_ATTRIBUTED_PER_PARAGRAPH;
        let said = attributor.attribute(q, previous.map(|p| (p.span, p.speaker, p.cue)), full);
        quotes.push(Quote {
            span: q.span,
            speaker: said.map(|s| s.actor),
            speaker_mention: said.and_then(|s| s.mention),
            cue: said.and_then(|s| s.cue),
            kind: kind(q.span.text(text)),
        });
    }
    // Direct quotations with their marks: reported speech is never read inside them.
    let direct: Vec<Span> = found
        .iter()
        .zip(&quotes)
        .filter(|(_, q)| q.kind == QuoteKind::Direct)
        .map(|(m, _)| Span::new(m.open.start, m.close.map_or(m.span.end, |c| c.end)))
        .collect();
    let reported = reported::find(text, shared, lexicon(), &mut attributor, &direct, &quotes);
    let additions = attributor.into_additions();
    if !reported.is_empty() {
        quote_within(&mut quotes, &reported);
        quotes.extend(reported);
        quotes.sort_by_key(|q| q.span);
    }
    Quotations { quotes, additions }
}

/// A quoted phrase inside a reported statement (Doe said the plan was “dead on arrival”)
/// quotes the statement's speaker: unattributed phrases take that speaker.
fn quote_within(quotes: &mut [Quote], reported: &[Quote]) {
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        let k = reported.partition_point(|r| r.span.start <= q.span.start);
        if let Some(r) = k
            .checked_sub(1)
            .and_then(|k| reported.get(k))
            .filter(|r| r.span.end >= q.span.end && r.speaker.is_some())
        {
            q.speaker = r.speaker;
            q.speaker_mention = r.speaker_mention;
        }
    }
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
