//! The subject of a reporting cue: the actor, pronoun or description that does the saying,
//! read forward after the cue or backward before it.

use super::{Attributor, Pick};
use crate::analysis::actors::ActorKind;
use crate::analysis::segment::{Token, TokenKind};

/// The most tokens of titles before a name that opens a clause ("Rep. Dr. Jane Doe").
const TITLE_REACH: usize = 4;

impl Attributor<'_> {
    pub(super) fn first_of_kind(&self, toks: &[Token], kind: ActorKind) -> Option<Pick> {
        toks.iter()
            .filter_map(|t| self.pick_at(t.span.start))
            .find(|p| self.kinds.get(p.actor.index()) == Some(&kind))
    }

    /// The first actor, pronoun or description in `toks`, reading forward.
    pub(in crate::analysis::quotes) fn first_subject(&mut self, toks: &[Token]) -> Option<Pick> {
        for (i, t) in toks.iter().enumerate() {
            if let Some(p) = self.pick_at(t.span.start) {
                return Some(p);
            }
            if let Some(p) = self.refer(toks, i) {
                return Some(p);
            }
        }
        self.describe_after(toks)
    }

    /// The subject before a cue, reading backward within the clause: the nearest pronoun,
    /// description or person, else the nearest other name; names right after a preposition
    /// ("condolences for Jobs") count only when nothing else is there. A relative "who" or an
    /// appositive (", a doctor at New York University,") leads on to the name before it. A
    /// description right before the cue that names no known actor ("a rights group says")
    /// becomes an unnamed actor.
    pub(in crate::analysis::quotes) fn last_subject(&mut self, toks: &[Token]) -> Option<Pick> {
        // "Jane Doe, a former Acme aide who …, said": the subject is the name the appositive
        // follows, not a name inside it.
        if toks.last().is_some_and(|t| self.word(t) == ",")
            && let Some(p) = self.appositive_person(toks)
        {
            return Some(p);
        }
        let (mut other, mut fallback) = (None, None);
        let nearest = self.described_before(toks);
        for (i, t) in toks.iter().enumerate().rev() {
            if t.kind == TokenKind::Quote {
                break;
            }
            if nearest.is_some_and(|(from, _)| i < from) {
                return self
                    .appositive_person(toks)
                    .or_else(|| self.describe(toks, nearest?));
            }
            if let Some(p) = self.pick_at(t.span.start) {
                let prep = self.after_preposition(t.span);
                if !prep && self.kinds.get(p.actor.index()) == Some(&ActorKind::Person) {
                    return Some(p);
                }
                fallback = fallback.or(Some(p));
                if !prep && self.kinds.get(p.actor.index()) != Some(&ActorKind::Place) {
                    other = other.or(Some(p));
                }
                continue;
            }
            if let Some(p) = self.refer(toks, i) {
                return Some(p);
            }
        }
        match nearest {
            // The description opens the clause: "Police officials said".
            Some(words) => self.describe(toks, words),
            None => other.or(fallback),
        }
    }

    /// A person named at the start of the clause and followed by a comma: the subject whose
    /// appositive ("Ralph Crosby, the company's North America chief, said") ends before the cue.
    fn appositive_person(&self, toks: &[Token]) -> Option<Pick> {
        // A title may come first ("Dr. Jane Doe, …").
        let pick = toks
            .iter()
            .take(TITLE_REACH)
            .take_while(|t| self.word(t).starts_with(char::is_uppercase) || self.word(t) == ".")
            .find_map(|t| self.pick_at(t.span.start))?;
        let after = toks.iter().find(|t| t.span.start >= pick.mention.end)?;
        (self.kinds.get(pick.actor.index()) == Some(&ActorKind::Person) && self.word(after) == ",")
            .then_some(pick)
    }

    /// The first person in `toks`, else the first actor, pronoun or description: for
    /// "said Apple CEO Steve Jobs".
    pub(in crate::analysis::quotes) fn first_person_or_subject(
        &mut self,
        toks: &[Token],
    ) -> Option<Pick> {
        self.first_of_kind(toks, ActorKind::Person)
            .or_else(|| self.first_subject(toks))
    }
}
