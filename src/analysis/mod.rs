//! The pure analysis core: text in, spans out. No I/O, no terminal, no panics, no errors.

pub mod actors;
pub mod date;
pub mod lexicon;
pub mod segment;
pub mod span;
pub mod timeline;

use actors::Actor;
use date::Date;
use segment::Segmentation;
use timeline::TimelineEntry;

/// Everything byline extracts from one document's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Paragraph and sentence spans.
    pub segments: Segmentation,
    /// People, organisations, places and groups, most salient first.
    pub actors: Vec<Actor>,
    /// Temporal expressions and their events, in time order.
    pub timeline: Vec<TimelineEntry>,
}

/// Analyses `text`, resolving relative dates against `published` when it is known.
pub fn analyze(text: &str, published: Option<Date>) -> Analysis {
    let segments = segment::segment(text);
    let actors = actors::extract(text, &segments);
    let timeline = timeline::extract(text, &segments, published, &actors);
    Analysis {
        segments,
        actors,
        timeline,
    }
}
