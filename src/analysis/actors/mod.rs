//! Actors: the people, organisations, places and groups an article is about.
//!
//! A pipeline of stages over the segmented text: [`names`] finds proper-name mentions,
//! [`cluster`] merges aliases into actors and types them, [`roles`] attaches titles and
//! appositives, and salience ranks the result.

mod cluster;
mod evidence;
mod id;
mod names;
mod pronouns;
mod roles;
mod shape;

pub use id::{ActorId, Renumbering};
pub use pronouns::{gender_of, is_subject_pronoun, resolve as resolve_pronouns};

use super::blocks::sort_by_start;
use super::lexicon::lexicon;
use super::segment::{Segmentation, SentenceTokens};
use super::span::Span;

/// What kind of thing an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    /// A person.
    Person,
    /// A company, institution, government body, party or publication.
    Organization,
    /// A country, city, region or other place.
    Place,
    /// A group of people: a movement, ethnic or political group.
    Group,
    /// Anything else with a name.
    Other,
}

impl ActorKind {
    /// The schema's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
            ActorKind::Group => "group",
            ActorKind::Other => "other",
        }
    }
}

/// How a mention refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// By name: "Vladimir Putin", "Putin", "U.S.".
    Name,
    /// By a demonym or adjective: "Iranian" for Iran.
    Demonym,
    /// By a pronoun resolved to it: "he said".
    Pronoun,
    /// By a description resolved to it: "the spokesman", "the company".
    Description,
}

/// One reference to an actor in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// How it refers.
    pub form: MentionForm,
}

/// A real-world entity named in the article, with every mention of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Canonical name: the gazetteer name of a place, else the longest name used.
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// Titles and roles seen with the name ("Russian President").
    pub roles: Vec<String>,
    /// Distinct surface forms of its name mentions, in order of first use.
    pub aliases: Vec<String>,
    /// Every mention, sorted by position.
    pub mentions: Vec<Mention>,
    /// Centrality to the article, 0..=1.
    pub salience: f64,
    /// False for an actor known only by a description ("a ministry spokesman"), whose name is
    /// that description.
    pub named: bool,
}

/// Finds the actors of `text`, in order of first mention (see [`rank`]).
pub fn extract(text: &str, seg: &Segmentation) -> Vec<Actor> {
    extract_with(text, seg, &SentenceTokens::new(text, &seg.sentences))
}

/// [`extract`] reading the sentences' tokens from `shared`.
pub fn extract_with(text: &str, seg: &Segmentation, shared: &SentenceTokens) -> Vec<Actor> {
    let lex = lexicon();
    let evidence = evidence::Evidence::gather(text, seg, shared);
    let found = names::find(text, seg, shared, lex, &evidence);
    let mut actors = cluster::cluster(text, &found, lex);
    roles::attach(text, shared, lex, &mut actors);
    actors
}

/// How much each signal weighs in an actor's salience (they sum to 1, the most salient).
mod weight {
    /// The square root of the mention count, relative to the most mentioned actor's.
    pub const MENTIONS: f64 = 0.55;
    /// Named in the headline.
    pub const HEADLINE: f64 = 0.2;
    /// Named in the lead paragraph.
    pub const LEAD: f64 = 0.1;
    /// Speaks in a quotation.
    pub const SPEAKS: f64 = 0.15;
}

/// Scores salience from mention count, headline and lead presence and being quoted
/// (`quoted[i]`: actor `i` speaks), then sorts the actors by it, most salient first.
/// Returns each actor's new id.
pub fn rank(actors: &mut Vec<Actor>, seg: &Segmentation, quoted: &[bool]) -> Renumbering {
    let headline_end = seg.sentences.first().map_or(0, |s| s.end);
    let lead_end = seg.paragraphs.get(1).map_or(headline_end, |p| p.end);
    let most = actors
        .iter()
        .map(|a| a.mentions.len())
        .max()
        .unwrap_or(1)
        .max(1);
    for (i, actor) in actors.iter_mut().enumerate() {
        let first = actor.mentions.first().map_or(usize::MAX, |m| m.span.start);
        let count = actor.mentions.len() as f64 / most as f64;
        let headline = f64::from(u8::from(first < headline_end));
        let lead = f64::from(u8::from(first < lead_end));
        let speaks = f64::from(u8::from(quoted.get(i).copied().unwrap_or(false)));
        let score = weight::MENTIONS * count.sqrt()
            + weight::HEADLINE * headline
            + weight::LEAD * lead
            + weight::SPEAKS * speaks;
        actor.salience = (score * 100.0).round() / 100.0;
    }
    let mut order: Vec<usize> = (0..actors.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&actors[a], &actors[b]);
        y.salience.total_cmp(&x.salience).then(
            x.mentions
                .first()
                .map(|m| m.span)
                .cmp(&y.mentions.first().map(|m| m.span)),
        )
    });
    let renumbering = Renumbering::from_order(&order);
    let mut taken: Vec<Option<Actor>> = actors.drain(..).map(Some).collect();
    actors.extend(
        order
            .iter()
            .filter_map(|&old| taken.get_mut(old).and_then(Option::take)),
    );
    renumbering
}

/// What a later stage found out about the actors: unnamed actors it introduced and mentions
/// it resolved, applied in one step by [`ActorAdditions::apply`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorAdditions {
    /// New actors, whose ids follow the existing actors' in this order.
    pub actors: Vec<Actor>,
    /// Mentions of existing or new actors: pronouns and descriptions.
    pub mentions: Vec<(ActorId, Mention)>,
}

impl ActorAdditions {
    /// Appends the new actors to `actors` and adds the mentions to their actors (those that
    /// do not overlap one already there), keeping each actor's mentions sorted. Linear in the
    /// mentions per actor: one sort and one merge.
    pub fn apply(self, actors: &mut Vec<Actor>) {
        actors.extend(self.actors);
        let mut by_actor: Vec<Vec<Mention>> = vec![Vec::new(); actors.len()];
        for (id, mention) in self.mentions {
            if let Some(v) = by_actor.get_mut(id.index()) {
                v.push(mention);
            }
        }
        for (actor, new) in actors.iter_mut().zip(by_actor) {
            merge_mentions(actor, new);
        }
    }
}

/// The mentions of the actors that `keep` accepts, with their actors, in text order (by span,
/// then actor). Each actor's mentions are sorted already: a sort by block merges the runs.
pub fn mentions_in_order(actors: &[Actor], keep: impl Fn(&Actor) -> bool) -> Vec<(Span, ActorId)> {
    let kept = || actors.iter().enumerate().filter(|(_, a)| keep(a));
    let mut all = Vec::with_capacity(kept().map(|(_, a)| a.mentions.len()).sum());
    all.extend(kept().flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.span, ActorId::new(i)))));
    sort_by_start(&mut all, |(s, _)| s.start, |&m| m);
    all
}

/// Adds `new` mentions to `actor` (those that do not overlap one already there), keeping its
/// mentions sorted. Linear: one sort of `new` and one merge.
pub fn merge_mentions(actor: &mut Actor, mut new: Vec<Mention>) {
    if new.is_empty() {
        return;
    }
    new.sort_by_key(|m| m.span);
    new.dedup_by(|b, a| a.span.overlaps(b.span));
    let old = std::mem::take(&mut actor.mentions);
    new.retain(|m| {
        let k = old.partition_point(|o| o.span.start < m.span.end);
        old.get(k.saturating_sub(2)..k)
            .is_some_and(|near| !near.iter().any(|o| o.span.overlaps(m.span)))
    });
    let mut merged = Vec::with_capacity(old.len() + new.len());
    let (mut a, mut b) = (old.into_iter().peekable(), new.into_iter().peekable());
    loop {
        let take_old = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.span <= y.span,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        merged.extend(if take_old { a.next() } else { b.next() });
    }
    actor.mentions = merged;
}

#[cfg(test)]
mod tests;
