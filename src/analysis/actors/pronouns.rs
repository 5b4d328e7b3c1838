//! Pronoun resolution: "he", "his", "she", "her" outside quotations become mentions of the
//! person they stand for, when the text gives good evidence — the subject of their own
//! sentence or of the one before (or a person a few sentences back in the paragraph), of a
//! compatible gender.

use std::collections::VecDeque;

use super::{Actor, ActorId, ActorKind, Mention, MentionForm, mentions_in_order, merge_mentions};
use crate::analysis::lexicon::{Gender, Lexicon};
use crate::analysis::segment::Segmentation;
use crate::analysis::span::Span;

/// How many sentences back, within the paragraph, a pronoun may find its person when neither
/// its own sentence nor the previous one names one.
const REACH: usize = 3;

/// How many of a person's first mentions are read for a gendered title or pronoun.
const TOLD_REACH: usize = 64;

/// The grammatical role a personal pronoun plays, which decides where its person is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// "he", "his", "she", "her plan": usually the sentence's (or previous sentence's) subject.
    Subject,
    /// "him", "told her": never the subject of its own clause.
    Object,
    /// "himself": the nearest person.
    Reflexive,
}

/// The gender and role of a third-person singular personal pronoun; `object` says whether
/// the word after it makes "her" an object ("told her that") rather than a possessive.
fn pronoun(word: &[u8], object: impl FnOnce() -> bool) -> Option<(Gender, Role)> {
    // "He" or "he", never "HE" or "hE": capitals spell acronyms.
    let (&head, rest) = word.split_first()?;
    if rest.iter().any(u8::is_ascii_uppercase) || rest.len() > 6 {
        return None;
    }
    let mut lower = [0u8; 7];
    let lower = lower.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    if let Some(first) = lower.first_mut() {
        *first = head.to_ascii_lowercase();
    }
    Some(match &*lower {
        b"he" | b"his" => (Gender::Male, Role::Subject),
        b"him" => (Gender::Male, Role::Object),
        b"himself" => (Gender::Male, Role::Reflexive),
        b"she" | b"hers" => (Gender::Female, Role::Subject),
        b"her" if object() => (Gender::Female, Role::Object),
        b"her" => (Gender::Female, Role::Subject),
        b"herself" => (Gender::Female, Role::Reflexive),
        _ => return None,
    })
}

/// Whether a pronoun is a subject that a summary may replace with its actor's name ("he"
/// → "Putin"), unlike a possessive or object ("his", "them").
pub fn is_subject_pronoun(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "we" | "who" | "which"
    )
}

/// The gender of a person: from a gendered title right before one of its names ("Mrs. Doe"),
/// a pronoun already resolved to it, or its given name (when it is named in full).
pub fn gender_of(actor: &Actor, text: &str, lex: &Lexicon) -> Option<Gender> {
    if actor.kind != ActorKind::Person {
        return None;
    }
    // A title or pronoun comes with the first mentions, if at all: a bounded look.
    let told = actor
        .mentions
        .iter()
        .take(TOLD_REACH)
        .find_map(|m| match m.form {
            MentionForm::Name => {
                let before = text.get(..m.span.start)?.trim_end();
                let word = before
                    .rsplit(|c: char| c.is_whitespace() || c == '(')
                    .next()?;
                lex.title(word)?.gender
            }
            MentionForm::Pronoun => match m.span.text(text).to_ascii_lowercase().as_str() {
                "he" | "his" | "him" | "himself" => Some(Gender::Male),
                "she" | "her" | "hers" | "herself" => Some(Gender::Female),
                _ => None,
            },
            _ => None,
        });
    told.or_else(|| {
        let first = actor.name.split_whitespace().next().unwrap_or("");
        actor
            .aliases
            .iter()
            .any(|a| a.contains(' '))
            .then(|| lex.given_name(first))
            .flatten()
    })
}

/// Third-person singular personal pronouns of `sentence`, outside the `quoted` spans (sorted),
/// with their gender and role, into `out`: a linear scan of the bytes.
fn pronouns_in(
    text: &str,
    sentence: Span,
    quoted: &[Span],
    lex: &Lexicon,
    out: &mut Vec<(Span, Gender, Role)>,
) {
    out.clear();
    let bytes = text.as_bytes();
    let letter = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_alphabetic);
    // Every one of these words has an "h", first or after the "s" of "she".
    let hay = bytes.get(sentence.start..sentence.end).unwrap_or(&[]);
    for h in memchr::memchr2_iter(b'h', b'H', hay) {
        let at = sentence.start + h;
        let start = match at.checked_sub(1).and_then(|k| bytes.get(k)) {
            Some(b's' | b'S') => at - 1,
            _ => at,
        };
        let joined = start
            .checked_sub(1)
            .and_then(|k| bytes.get(k))
            .is_some_and(|&p| p.is_ascii_alphanumeric() || p >= 0x80);
        if joined {
            continue;
        }
        let mut end = at + 1;
        while end < sentence.end && letter(end) {
            end += 1;
        }
        let glued = bytes
            .get(end)
            .is_some_and(|&c| c >= 0x80 || c.is_ascii_digit());
        let inside = || {
            quoted
                .get(quoted.partition_point(|q| q.end <= start))
                .is_some_and(|q| q.start <= start)
        };
        // "her" is an object before punctuation or a function word ("told her that").
        let object = || {
            let next = text
                .get(end..sentence.end)
                .unwrap_or("")
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            !next.starts_with(char::is_alphabetic) || lex.function(next).is_some()
        };
        if let Some((gender, role)) = bytes.get(start..end).and_then(|w| pronoun(w, object))
            && !glued
            && !inside()
        {
            out.push((Span::new(start, end), gender, role));
        }
    }
}

/// Resolves the personal pronouns of `text` outside `quoted` (sorted spans of quotations) to
/// the people among `actors`, adding each resolved pronoun to its person's mentions.
pub fn resolve(
    text: &str,
    seg: &Segmentation,
    lex: &Lexicon,
    actors: &mut [Actor],
    quoted: &[Span],
) {
    // Every mention of a person, sorted: (span, actor).
    let people = mentions_in_order(actors, |a| a.kind == ActorKind::Person);
    if people.is_empty() {
        return;
    }
    // Pronouns attribution already resolved (a speaker's "he said"), sorted.
    let mut taken: Vec<Span> = actors
        .iter()
        .flat_map(|a| &a.mentions)
        .filter(|m| m.form == MentionForm::Pronoun)
        .map(|m| m.span)
        .collect();
    taken.sort_unstable();
    let genders: Vec<Option<Gender>> = actors.iter().map(|a| gender_of(a, text, lex)).collect();
    let fits = |a: ActorId, want: Gender| {
        genders
            .get(a.index())
            .copied()
            .flatten()
            .is_none_or(|g| g == want || g == Gender::Unknown)
    };
    // The first of `people` known to have the pronoun's gender, else the first that may.
    let first = |people: &[ActorId], want: Gender| {
        let known = people
            .iter()
            .copied()
            .find(|&a| genders.get(a.index()).copied().flatten() == Some(want));
        known.or_else(|| people.iter().copied().find(|&a| fits(a, want)))
    };
    let mut found: Vec<Vec<Mention>> = vec![Vec::new(); actors.len()];
    // The people of the previous sentence in order of mention.
    let mut previous: Vec<ActorId> = Vec::new();
    // The people of the last few sentences of the paragraph, newest last.
    let mut recent: VecDeque<Vec<ActorId>> = VecDeque::with_capacity(REACH);
    // Lists of `recent` dropped at a paragraph's end, kept to be filled again.
    let mut spare: Vec<Vec<ActorId>> = Vec::with_capacity(REACH);
    // People mentioned so far in the current sentence, and its pronouns.
    let mut seen: Vec<ActorId> = Vec::new();
    let mut pronouns = Vec::new();
    let (mut paragraph, mut k) = (0, 0);
    for &sentence in &seg.sentences {
        while seg
            .paragraphs
            .get(paragraph)
            .is_some_and(|p| p.end <= sentence.start)
        {
            paragraph += 1;
            spare.extend(recent.drain(..));
        }
        // Sentences come in order: the first person mention at or after this one only moves
        // forward.
        while people.get(k).is_some_and(|(s, _)| s.start < sentence.start) {
            k += 1;
        }
        let mut named = people
            .get(k..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(s, _)| s.end <= sentence.end)
            .peekable();
        seen.clear();
        pronouns_in(text, sentence, quoted, lex, &mut pronouns);
        for &(span, gender, role) in &pronouns {
            while let Some(&(_, a)) = named.next_if(|(s, _)| s.end <= span.start) {
                seen.push(a);
            }
            if taken.binary_search(&span).is_ok() {
                continue;
            }
            let here = seen.iter().copied();
            let chosen = match role {
                Role::Subject => first(&seen, gender),
                Role::Reflexive => here.rev().find(|&a| fits(a, gender)),
                // The person right before "him" is most often its clause's subject, which
                // "him" is not ("Roe said Smith called him" is ambiguous); one of the other
                // gender is ("Doe said Roe called him" is Doe).
                Role::Object => match seen.last() {
                    Some(&a) if fits(a, gender) => continue,
                    _ => here.rev().find(|&a| fits(a, gender)),
                },
            }
            .or_else(|| first(&previous, gender))
            .or_else(|| {
                (seen.is_empty() && role == Role::Subject)
                    .then(|| {
                        recent
                            .iter()
                            .rev()
                            .find_map(|r| r.iter().copied().find(|&a| fits(a, gender)))
                    })
                    .flatten()
            });
            if let Some(a) = chosen
                && let Some(slot) = found.get_mut(a.index())
            {
                slot.push(Mention {
                    span,
                    form: MentionForm::Pronoun,
                });
                seen.push(a);
            }
        }
        seen.extend(named.map(|&(_, a)| a));
        let mut slot = if recent.len() >= REACH {
            recent.pop_front().unwrap_or_default()
        } else {
            spare.pop().unwrap_or_default()
        };
        slot.clone_from(&seen);
        recent.push_back(slot);
        previous.clone_from(&seen);
    }
    for (actor, new) in actors.iter_mut().zip(found) {
        merge_mentions(actor, new);
    }
}

#[cfg(test)]
mod tests;
