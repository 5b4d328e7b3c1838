//! The pure analysis core: text in, spans out. No I/O, no terminal, no panics, no errors.

pub mod actors;
pub mod date;
mod fxhash;
pub mod lexicon;
pub mod quotes;
pub mod segment;
pub mod span;
pub mod timeline;

use actors::Actor;
use date::Date;
use quotes::Quote;
use segment::Segmentation;
use timeline::TimelineEntry;

/// Everything byline extracts from one document's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Paragraph and sentence spans.
    pub segments: Segmentation,
    /// People, organisations, places and groups, most salient first.
    pub actors: Vec<Actor>,
    /// Quotations with their speakers (indices into `actors`), in text order.
    pub quotes: Vec<Quote>,
    /// Temporal expressions and their events, in time order.
    pub timeline: Vec<TimelineEntry>,
}

/// Analyses `text`, resolving relative dates against `published` when it is known.
pub fn analyze(text: &str, published: Option<Date>) -> Analysis {
    let segments = segment::segment(text);
    let mut actors = actors::extract(text, &segments);
    let mut quotes = quotes::extract(text, &segments, &mut actors);
    let mut quoted = vec![false; actors.len()];
    for q in &quotes {
        if let Some(slot) = q.speaker.and_then(|s| quoted.get_mut(s)) {
            *slot = true;
        }
    }
    let new_index = actors::rank(&mut actors, &segments, &quoted);
    for q in &mut quotes {
        q.speaker = q.speaker.and_then(|s| new_index.get(s).copied());
    }
    let timeline = timeline::extract(text, &segments, published, &actors);
    Analysis {
        segments,
        actors,
        quotes,
        timeline,
    }
}
