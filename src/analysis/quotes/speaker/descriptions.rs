//! Descriptions that name a speaker without a name ("a ministry spokesman", "two senior
//! officials", "the company"): each becomes an unnamed actor, one per distinct wording.

use super::{Attributor, Pick};
use crate::analysis::actors::{Actor, ActorId, ActorKind, Mention, MentionForm};
use crate::analysis::lexicon::{Function, Speech};
use crate::analysis::segment::{Token, TokenKind};
use crate::analysis::span::Span;

/// Words after "the" that describe an organisation: "the company said".
pub(super) const ORG_NOUNS: [&str; 14] = [
    "company",
    "firm",
    "group",
    "carrier",
    "airline",
    "manufacturer",
    "manufacturers",
    "agency",
    "ministry",
    "government",
    "administration",
    "maker",
    "bank",
    "organisation",
];

/// The most words of a description that names a speaker ("two senior administration
/// officials").
const MAX_DESCRIPTION: usize = 5;

/// Whether `word` names a stretch of time ("this month rejected": an adverbial, not a subject).
fn is_time_noun(word: &str) -> bool {
    const TIMES: [&str; 9] = [
        "day",
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
    ];
    let time = if word.is_ascii() {
        TIMES.iter().any(|t| t.eq_ignore_ascii_case(word))
    } else {
        TIMES.contains(&word.to_lowercase().as_str())
    };
    time || crate::analysis::date::Weekday::from_name(word).is_some()
}

impl Attributor<'_> {
    /// Whether `t` can head a description of a speaker: an ordinary noun ("officials", "a
    /// spokesman", "the study"), capitalised only when it opens the clause.
    fn description_head(&self, t: &Token, opens: bool) -> bool {
        let w = self.word(t);
        t.kind == TokenKind::Word
            && (opens || !w.starts_with(char::is_uppercase))
            && self.lex.function(w).is_none()
            && self.lex.report(w).is_none()
            && self.lex.speech(w).is_none_or(|s| s == Speech::Noun)
            && !w.ends_with("ly")
            && self.pick_at(t.span.start).is_none()
            && self.lex.is_common(w)
    }

    /// Whether `t` can modify a description: an ordinary or capitalised word, a number or a
    /// possessive ("the ministry's", "two senior", "Police"), not a known actor.
    fn description_modifier(&self, t: &Token) -> bool {
        let w = self.word(t);
        match t.kind {
            TokenKind::Number | TokenKind::Possessive => true,
            TokenKind::Word => {
                self.lex.function(w).is_none()
                    && self.lex.report(w).is_none()
                    && self.pick_at(t.span.start).is_none()
            }
            _ => false,
        }
    }

    /// The description ending right before a cue, as token indices `start..end` of `toks`
    /// (the clause before the cue): "a U.S.-based rights group", "Police officials have".
    pub(super) fn described_before(&self, toks: &[Token]) -> Option<(usize, usize)> {
        // Auxiliaries, adverbs and times between the subject and the cue: "officials have
        // also said", "the court this month rejected". After "and" or "but" the verb shares an
        // earlier subject: "Doe praised the plan but said".
        let mut end = toks.len();
        while let Some(t) = end.checked_sub(1).and_then(|k| toks.get(k)) {
            let w = self.word(t);
            let function = self.lex.function(w);
            if function == Some(Function::Conjunction) {
                return None;
            }
            let time = end >= 2
                && is_time_noun(w)
                && toks
                    .get(end - 2)
                    .is_some_and(|d| self.lex.function(self.word(d)) == Some(Function::Determiner));
            if time {
                end -= 2;
                continue;
            }
            // "continued to call for": the lead verb and its "to" stand between too.
            let lead = w == "to"
                && end
                    .checked_sub(2)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|l| self.lex.function(self.word(l)) == Some(Function::Lead));
            let between = matches!(
                function,
                Some(Function::Auxiliary | Function::Adverb | Function::Lead)
            ) || lead
                || (w.ends_with("ly") && t.kind == TokenKind::Word);
            if !between {
                break;
            }
            end -= 1;
        }
        let head = toks.get(end.checked_sub(1)?)?;
        if !self.description_head(head, end == 1) {
            return None;
        }
        // "the Kremlin readout", "the Clinton campaign": the named actor speaks for it.
        if end
            .checked_sub(2)
            .and_then(|k| toks.get(k))
            .is_some_and(|m| self.pick_at(m.span.start).is_some())
        {
            return None;
        }
        let mut start = end - 1;
        while let Some(t) = start.checked_sub(1).and_then(|k| toks.get(k)) {
            if end - start >= MAX_DESCRIPTION {
                break;
            }
            if self.lex.function(self.word(t)) == Some(Function::Determiner) {
                start -= 1;
                break;
            }
            if !self.description_modifier(t) {
                break;
            }
            start -= 1;
        }
        // "today's earnings report" stops at "today": the description starts after the "'s".
        while start < end - 1
            && toks
                .get(start)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            start += 1;
        }
        Some((start, end))
    }

    /// The description opening `toks` (the words after a cue or "according to"): "a
    /// spokesman for the ministry" reads "a spokesman".
    pub(super) fn describe_after(&mut self, toks: &[Token]) -> Option<Pick> {
        let end = usize::from(
            toks.first()
                .is_some_and(|t| self.lex.function(self.word(t)) == Some(Function::Determiner)),
        );
        let end = (end..toks.len().min(MAX_DESCRIPTION))
            .find(|&k| toks.get(k).is_none_or(|t| !self.description_modifier(t)))
            .unwrap_or(toks.len().min(MAX_DESCRIPTION));
        // It ends its clause or a prepositional phrase follows: "said a spokesman for the
        // ministry", not "claimed that the former executive had".
        let closed = toks.get(end).is_none_or(|t| {
            t.kind != TokenKind::Word
                || matches!(
                    self.lex.function(self.word(t)),
                    Some(Function::Preposition | Function::Subject)
                )
        });
        if !closed {
            return None;
        }
        let head = toks.get(end.checked_sub(1)?)?;
        if !self.description_head(head, end == 1) {
            return None;
        }
        self.describe(toks, (0, end))
    }

    /// The unnamed actor a description (tokens `start..end` of `toks`) names: the one already
    /// made for the same words, or a new one. The description becomes its mention.
    pub(super) fn describe(
        &mut self,
        toks: &[Token],
        (start, end): (usize, usize),
    ) -> Option<Pick> {
        let (first, last) = (toks.get(start)?, toks.get(end.checked_sub(1)?)?);
        let span = Span::new(first.span.start, last.span.end);
        let surface = span.text(self.text);
        let key = surface
            .split_whitespace()
            .skip_while(|w| ["a", "an", "the"].contains(&w.to_lowercase().as_str()))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let kind = self.description_kind(&self.word(last).to_lowercase());
        let name = surface.split_whitespace().collect::<Vec<_>>().join(" ");
        let actor = self.unnamed(&key, &name, kind);
        self.resolved.push((
            actor,
            Mention {
                span,
                form: MentionForm::Description,
            },
        ));
        Some(Pick {
            actor,
            mention: span,
        })
    }

    /// The unnamed actor called `key` (lowercase), made with `name` and `kind` the first time.
    pub(super) fn unnamed(&mut self, key: &str, name: &str, kind: ActorKind) -> ActorId {
        if let Some(&actor) = self.described_by.get(key) {
            return actor;
        }
        let actor = Actor {
            name: name.to_owned(),
            kind,
            roles: Vec::new(),
            aliases: vec![name.to_owned()],
            mentions: Vec::new(),
            salience: 0.0,
            named: false,
        };
        self.described.push(actor);
        self.kinds.push(kind);
        self.genders.push(None);
        self.roles.push(String::new());
        let id = ActorId::new(self.base + self.described.len() - 1);
        self.described_by.insert(key.to_owned(), id);
        id
    }

    /// The kind of an unnamed actor from its head noun: a role is a person ("spokesman"),
    /// several of them a group ("officials"); an organisation noun an organisation; anything
    /// else ("a new poll") other.
    fn description_kind(&self, head: &str) -> ActorKind {
        let singular = head.strip_suffix('s').unwrap_or(head);
        if self.lex.title(head).is_some_and(|t| t.post) {
            if singular != head && self.lex.title(singular).is_some() {
                ActorKind::Group
            } else {
                ActorKind::Person
            }
        } else if singular != head && self.lex.title(singular).is_some_and(|t| t.post) {
            ActorKind::Group
        } else if ORG_NOUNS.contains(&head) {
            ActorKind::Organization
        } else {
            ActorKind::Other
        }
    }
}
