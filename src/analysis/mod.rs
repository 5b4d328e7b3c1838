//! The pure analysis core: text in, spans out. No I/O, no terminal, no panics, no errors.

pub mod actors;
pub mod date;
pub mod lexicon;
pub mod segment;
pub mod span;

use actors::Actor;
use segment::Segmentation;

/// Everything byline extracts from one document's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Paragraph and sentence spans.
    pub segments: Segmentation,
    /// People, organisations, places and groups, most salient first.
    pub actors: Vec<Actor>,
}

/// Analyses `text`.
pub fn analyze(text: &str) -> Analysis {
    let segments = segment::segment(text);
    let actors = actors::extract(text, &segments);
    Analysis { segments, actors }
}
