//! The pure analysis core: text in, spans out. No I/O, no terminal, no panics, no errors.

pub mod date;
pub mod lexicon;
pub mod segment;
pub mod span;

use segment::Segmentation;

/// Everything byline extracts from one document's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Paragraph and sentence spans.
    pub segments: Segmentation,
}

/// Analyses `text`.
pub fn analyze(text: &str) -> Analysis {
    Analysis {
        segments: segment::segment(text),
    }
}
