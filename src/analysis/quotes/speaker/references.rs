//! References to actors named earlier: pronouns ("he said"), a relative "who" after a name,
//! and "the company" or "the spokesman" for the nearest fitting actor.

use super::descriptions::ORG_NOUNS;
use super::{Attributor, Pick};
use crate::analysis::actors::{ActorId, ActorKind, Mention, MentionForm};
use crate::analysis::lexicon::Gender;
use crate::analysis::segment::{CONTEXT, Token, TokenKind, tokens};
use crate::analysis::span::Span;

/// Prepositions: a name right after one is rarely the subject "it" refers back to.
const PREPOSITIONS: [&str; 12] = [
    "with", "against", "to", "from", "in", "on", "of", "for", "at", "by", "into", "over",
];

/// The pronouns [`Attributor::refer`] resolves.
const PRONOUNS: [&str; 8] = ["he", "she", "it", "they", "we", "i", "who", "which"];

/// How many mentions back a pronoun or description may look for its actor (a bound for
/// run-on text; real antecedents are far closer).
const MENTION_REACH: usize = 200;

/// How many sentences back a pronoun may look for its actor: news often names a speaker once
/// and quotes them a paragraph or two later as "he" or "she".
const PRONOUN_REACH: usize = 6;

impl Attributor<'_> {
    /// Resolves token `i` of `toks` when it is a pronoun, a relative "who" after a name, or
    /// a "the …" description of a known actor.
    pub(super) fn refer(&mut self, toks: &[Token], i: usize) -> Option<Pick> {
        let t = toks.get(i)?;
        let the = i
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|p| self.word(p).eq_ignore_ascii_case("the"));
        // Without "the" only a pronoun can refer; most words are none and need no lowercase
        // copy (no non-ASCII letter lowercases to one of these ASCII words).
        let raw = self.word(t);
        if !the && !PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(raw)) {
            return None;
        }
        let w = raw.to_lowercase();
        let (actor, form) = match w.as_str() {
            "he" | "she" | "it" | "they" | "we" => {
                (self.pronoun(t.span, &w)?, MentionForm::Pronoun)
            }
            // Outside quotation marks, "I" is the one who wrote the article.
            "i" => (
                self.unnamed("the writer", "the writer", ActorKind::Person),
                MentionForm::Pronoun,
            ),
            // "Jane Doe, who said": the relative pronoun stands for the name before it.
            "who" | "which" => {
                let k = i.checked_sub(1)?;
                let k = if toks.get(k).is_some_and(|p| self.word(p) == ",") {
                    k.checked_sub(1)?
                } else {
                    k
                };
                let actor = match self.pick_at(toks.get(k)?.span.start) {
                    Some(name) => {
                        let human = matches!(
                            self.kinds.get(name.actor.index()),
                            Some(ActorKind::Person | ActorKind::Group)
                        );
                        if human != (w == "who") {
                            return None;
                        }
                        name.actor
                    }
                    // "economists who argue": the description before it.
                    None => {
                        let before = toks.get(..=k)?;
                        let words = self.described_before(before)?;
                        self.describe(before, words)?.actor
                    }
                };
                (actor, MentionForm::Pronoun)
            }
            _ if the && ORG_NOUNS.contains(&w.as_str()) => (
                self.nearest(t.span.start, |k| k == ActorKind::Organization, false)?,
                MentionForm::Description,
            ),
            _ if the && self.lex.title(&w).is_some_and(|u| u.post) => {
                let by_role = self.nearest_with_role(t.span.start, &w);
                let person = by_role
                    .or_else(|| self.nearest(t.span.start, |k| k == ActorKind::Person, false));
                (person?, MentionForm::Description)
            }
            _ => return None,
        };
        self.resolved.push((actor, Mention { span: t.span, form }));
        Some(Pick {
            actor,
            mention: t.span,
        })
    }

    /// The actor the pronoun `word` at `at` refers to: a person of its gender for "he" and
    /// "she", an organisation, place or group for "it", an organisation or group otherwise.
    fn pronoun(&self, at: Span, word: &str) -> Option<ActorId> {
        match word {
            "he" | "she" => {
                let want = if word == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                let person = |a: ActorId| {
                    self.kinds.get(a.index()) == Some(&ActorKind::Person)
                        && self
                            .genders
                            .get(a.index())
                            .copied()
                            .flatten()
                            .is_none_or(|g| g == want || g == Gender::Unknown)
                };
                self.subject_of_previous(at.start, &person)
                    .or_else(|| self.nearest_where(at.start, false, person))
            }
            "it" => self.nearest(
                at.start,
                |k| {
                    matches!(
                        k,
                        ActorKind::Organization | ActorKind::Place | ActorKind::Group
                    )
                },
                true,
            ),
            _ => self.nearest(
                at.start,
                |k| matches!(k, ActorKind::Organization | ActorKind::Group),
                true,
            ),
        }
    }

    /// For a pronoun opening its sentence, the first matching actor of the previous sentence
    /// (its subject, usually) rather than the nearest: "Richard Doherty credits Steve Jobs. He
    /// states …" is Doherty.
    fn subject_of_previous(&self, at: usize, accept: &impl Fn(ActorId) -> bool) -> Option<ActorId> {
        let s = self.seg.sentences.partition_point(|s| s.end <= at);
        let sentence = self.seg.sentences.get(s)?;
        let opens = at - sentence.start.min(at) <= CONTEXT
            && tokens(self.text, Span::new(sentence.start, at)).all(|t| t.kind != TokenKind::Word);
        let previous = self.seg.sentences.get(s.checked_sub(1)?)?;
        if !opens {
            return None;
        }
        let k = self
            .blocks
            .count_before(previous.start, |i| self.mention_start(i));
        self.mentions
            .get(k..)?
            .iter()
            .take_while(|(span, _)| span.end <= previous.end)
            .take(MENTION_REACH)
            .map(|&(_, a)| a)
            .find(|&a| accept(a))
    }

    /// The actor of the nearest name mention before `before` whose kind `kind` accepts.
    fn nearest(
        &self,
        before: usize,
        kind: impl Fn(ActorKind) -> bool,
        subjects: bool,
    ) -> Option<ActorId> {
        self.nearest_where(before, subjects, |a| {
            self.kinds.get(a.index()).is_some_and(|&k| kind(k))
        })
    }

    /// The nearest person before `before` whose roles include `role`.
    fn nearest_with_role(&self, before: usize, role: &str) -> Option<ActorId> {
        self.nearest_where(before, false, |a| {
            self.kinds.get(a.index()) == Some(&ActorKind::Person)
                && self.roles.get(a.index()).is_some_and(|r| r.contains(role))
        })
    }

    /// The actor of the nearest name mention before `before` (within a few sentences) that
    /// satisfies `accept`; with `subjects`, names right after a preposition are skipped.
    fn nearest_where(
        &self,
        before: usize,
        subjects: bool,
        accept: impl Fn(ActorId) -> bool,
    ) -> Option<ActorId> {
        let s = self.seg.sentences.partition_point(|s| s.end <= before);
        let floor = self
            .seg
            .sentences
            .get(s.saturating_sub(PRONOUN_REACH))
            .map_or(0, |s| s.start);
        let k = self.blocks.count_before(before, |i| self.mention_start(i));
        self.mentions
            .get(..k)?
            .iter()
            .rev()
            .take_while(|(span, _)| span.start >= floor)
            .take(MENTION_REACH)
            .filter(|(span, _)| !subjects || !self.after_preposition(*span))
            .map(|&(_, a)| a)
            .find(|&a| accept(a))
    }

    /// Whether the name at `span` follows a preposition, perhaps with "the" between ("for the
    /// Kremlin").
    pub(super) fn after_preposition(&self, span: Span) -> bool {
        let head = self.text.get(..span.start).unwrap_or("");
        let prev = head
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let prev = if prev == "the" {
            let rest = head
                .trim_end()
                .trim_end_matches(|c: char| c.is_alphabetic())
                .trim_end();
            rest.rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_lowercase()
        } else {
            prev
        };
        PREPOSITIONS.contains(&prev.as_str())
    }
}
