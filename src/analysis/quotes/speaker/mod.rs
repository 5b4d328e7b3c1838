//! Attribution: the speaker of each quotation, from reporting cues around it ([`cues`]), the
//! cue's subject ([`subjects`]), pronouns and references resolved to actors ([`references`]),
//! descriptions that become unnamed actors ([`descriptions`]), and the news convention that a
//! quote-only paragraph continues the previous speaker ([`continuation`]).

mod continuation;
mod cues;
mod descriptions;
mod references;
mod subjects;

use super::marks::Quoted;
use crate::analysis::actors::{
    Actor, ActorAdditions, ActorId, ActorKind, Mention, gender_of, mentions_in_order,
};
use crate::analysis::blocks::Blocks;
use crate::analysis::lexicon::{Gender, Lexicon};
use crate::analysis::segment::{Segmentation, SentenceTokens, Token};
use crate::analysis::span::Span;
use rustc_hash::FxHashMap;

/// A speaker and the cue that named them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said {
    /// The speaking actor.
    pub actor: ActorId,
    /// The reporting word or phrase.
    pub cue: Option<Span>,
    /// The mention the speaker was read from: a name, pronoun or description.
    pub mention: Option<Span>,
}

/// An actor read from the text, and the mention it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    /// The actor.
    pub actor: ActorId,
    /// The name, pronoun or description.
    pub mention: Span,
}

impl Pick {
    /// The speaker this pick names, with its cue.
    pub(super) fn said(self, cue: Option<Span>) -> Said {
        Said {
            actor: self.actor,
            cue,
            mention: Some(self.mention),
        }
    }
}

/// Attributes quotations, remembering the pronouns and descriptions it resolved.
pub struct Attributor<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    /// The sentences' tokens, read again for the context of quotes.
    shared: &'a SentenceTokens<'a>,
    lex: &'a Lexicon,
    /// Name mentions of every actor, sorted by position: (span, actor).
    mentions: Vec<(Span, ActorId)>,
    /// Where each block of text starts in `mentions`.
    blocks: Blocks,
    /// Where each block of text starts in the sentences' ends, and in the paragraphs'.
    sentence_ends: Blocks,
    paragraph_ends: Blocks,
    kinds: Vec<ActorKind>,
    genders: Vec<Option<Gender>>,
    roles: Vec<String>,
    /// Pronouns and descriptions that resolved to a speaker.
    resolved: Vec<(ActorId, Mention)>,
    /// Unnamed actors made from descriptions ("officials"); their ids start at `base`.
    described: Vec<Actor>,
    /// The unnamed actor of each description, by its lowercase words.
    described_by: FxHashMap<String, ActorId>,
    /// How many actors there were before any description.
    base: usize,
    /// The tokens before a quote, kept from one quote to the next.
    window: Vec<Token>,
}

impl<'a> Attributor<'a> {
    /// Prepares attribution over `actors` (their name mentions are indexed once).
    pub fn new(
        text: &'a str,
        seg: &'a Segmentation,
        shared: &'a SentenceTokens<'a>,
        lex: &'a Lexicon,
        actors: &[Actor],
    ) -> Self {
        let mentions = mentions_in_order(actors, |_| true);
        let blocks = Blocks::new(mentions.iter().map(|(s, _)| s.start));
        let genders = actors.iter().map(|a| gender_of(a, text, lex)).collect();
        Attributor {
            text,
            seg,
            shared,
            lex,
            mentions,
            blocks,
            sentence_ends: Blocks::new(seg.sentences.iter().map(|s| s.end)),
            paragraph_ends: Blocks::new(seg.paragraphs.iter().map(|p| p.end)),
            kinds: actors.iter().map(|a| a.kind).collect(),
            genders,
            roles: actors
                .iter()
                .map(|a| a.roles.join(" ").to_lowercase())
                .collect(),
            resolved: Vec::new(),
            described: Vec::new(),
            described_by: FxHashMap::default(),
            base: actors.len(),
            window: Vec::new(),
        }
    }

    /// The speaker of `q`; `previous` is the quote before it (span, speaker, cue). Without
    /// `full`, only the previous quote's speaker is considered.
    pub fn attribute(
        &mut self,
        q: &Quoted,
        previous: Option<(Span, Option<ActorId>, Option<Span>)>,
        full: bool,
    ) -> Option<Said> {
        if !full {
            return self.continued(q, previous);
        }
        let sentence = self.sentence_of(q.open.start);
        self.labelled(q)
            .or_else(|| self.after(q))
            .or_else(|| self.according_to(sentence, q))
            .or_else(|| self.before(sentence, q))
            .or_else(|| self.lead_in(q))
            .or_else(|| self.continued(q, previous))
    }

    /// The unnamed actors made from descriptions and the pronouns and descriptions resolved
    /// to speakers, for the caller to add to the actors.
    pub fn into_additions(self) -> ActorAdditions {
        ActorAdditions {
            actors: self.described,
            mentions: self.resolved,
        }
    }

    /// The text of token `t`.
    fn word(&self, t: &Token) -> &'a str {
        t.span.text(self.text)
    }

    /// The first sentence ending after `at`, or an empty span at `at` past the last one.
    fn sentence_of(&self, at: usize) -> Span {
        first_ending_after(&self.seg.sentences, &self.sentence_ends, at)
            .unwrap_or(Span::new(at, at))
    }

    /// The first paragraph ending after `at`, or an empty span at `at` past the last one.
    fn paragraph_of(&self, at: usize) -> Span {
        self.paragraph_after(at).unwrap_or(Span::new(at, at))
    }

    /// The first paragraph ending after `at`, if one does.
    pub fn paragraph_after(&self, at: usize) -> Option<Span> {
        first_ending_after(&self.seg.paragraphs, &self.paragraph_ends, at)
    }

    /// The actor whose name mention contains `at`, and that mention.
    fn pick_at(&self, at: usize) -> Option<Pick> {
        self.mention_at(at)
            .map(|(mention, actor)| Pick { actor, mention })
    }

    /// Where mention `i` starts.
    fn mention_start(&self, i: usize) -> usize {
        self.mentions.get(i).map_or(usize::MAX, |(s, _)| s.start)
    }

    /// The name mention containing `at`, and its actor.
    fn mention_at(&self, at: usize) -> Option<(Span, ActorId)> {
        let k = self
            .blocks
            .count_at_or_before(at, |i| self.mention_start(i));
        let &(span, actor) = self.mentions.get(k.checked_sub(1)?)?;
        (span.start <= at && at < span.end).then_some((span, actor))
    }
}

/// The first of `spans` (sorted, their ends indexed by `ends`) ending after `at`, if one does.
fn first_ending_after(spans: &[Span], ends: &Blocks, at: usize) -> Option<Span> {
    let k = ends.count_at_or_before(at, |i| spans.get(i).map_or(usize::MAX, |s| s.end));
    spans.get(k).copied()
}
