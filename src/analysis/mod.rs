//! The pure analysis core: text in, spans out. No I/O, no terminal, no panics, no errors.

pub mod actors;
pub mod blocks;
pub mod date;
pub mod lexicon;
pub mod quotes;
pub mod segment;
pub mod span;
pub mod timeline;

use actors::{Actor, ActorId};
use date::Date;
use quotes::Quote;
use segment::Segmentation;
use span::Span;
use timeline::TimelineEntry;

/// Everything byline extracts from one document's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Paragraph and sentence spans.
    pub segments: Segmentation,
    /// People, organisations, places and groups, most salient first.
    pub actors: Vec<Actor>,
    /// Quotations with their speakers (ids of `actors`), in text order.
    pub quotes: Vec<Quote>,
    /// Temporal expressions and their events, in time order.
    pub timeline: Vec<TimelineEntry>,
}

impl Analysis {
    /// The actor `id` names, if it is one of [`Analysis::actors`].
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.get(id.index())
    }

    /// The names of the actors `ids` names, in order.
    pub fn names<'a>(&'a self, ids: &[ActorId]) -> Vec<&'a str> {
        ids.iter()
            .filter_map(|&id| self.actor(id))
            .map(|a| a.name.as_str())
            .collect()
    }
}

/// Analyses `text`, resolving relative dates against `published` when it is known.
pub fn analyze(text: &str, published: Option<Date>) -> Analysis {
    analyze_unless(text, published, &|| false).unwrap_or_default()
}

/// [`analyze`], asking `cancelled` between stages: `None` as soon as it says yes (a reader
/// that no longer waits for the result stops the work within a stage).
pub fn analyze_unless(
    text: &str,
    published: Option<Date>,
    cancelled: &dyn Fn() -> bool,
) -> Option<Analysis> {
    let segments = segment::segment(text);
    if cancelled() {
        return None;
    }
    // Every sentence tokenised once, for names, reported speech and the timeline.
    let shared = segment::SentenceTokens::new(text, &segments.sentences);
    let mut actors = actors::extract_with(text, &segments, &shared);
    if cancelled() {
        return None;
    }
    let quotes::Quotations {
        mut quotes,
        additions,
    } = quotes::extract_with(text, &segments, &shared, &actors);
    if cancelled() {
        return None;
    }
    // The quote stage's unnamed speakers and resolved pronouns and descriptions join the actors.
    additions.apply(&mut actors);
    let quoted: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind != quotes::QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    actors::resolve_pronouns(text, &segments, lexicon::lexicon(), &mut actors, &quoted);
    let mut quoted = vec![false; actors.len()];
    // Being quoted makes an actor salient; being reported (often wrongly) does not.
    for q in quotes
        .iter()
        .filter(|q| q.kind != quotes::QuoteKind::Indirect)
    {
        if let Some(slot) = q.speaker.and_then(|s| quoted.get_mut(s.index())) {
            *slot = true;
        }
    }
    let new_ids = actors::rank(&mut actors, &segments, &quoted);
    for q in &mut quotes {
        q.speaker = q.speaker.and_then(|s| new_ids.get(s));
    }
    let timeline = timeline::extract_with(text, &shared, published, &actors);
    Some(Analysis {
        segments,
        actors,
        quotes,
        timeline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_stops_at_the_first_stage_boundary_after_cancelling() {
        let text = "“We will win,” Jane Doe said on Friday.";
        let asked = std::cell::Cell::new(0);
        let cancel_after_segments = || {
            asked.set(asked.get() + 1);
            true
        };
        assert_eq!(analyze_unless(text, None, &cancel_after_segments), None);
        assert_eq!(asked.get(), 1);
        let full = analyze_unless(text, None, &|| false).unwrap();
        assert_eq!(full, analyze(text, None));
        assert_eq!(full.quotes.len(), 1);
    }
}
