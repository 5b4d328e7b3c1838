//! Printing an analysis: `byline.analysis.v1` JSON and the plain-text report.

pub mod json;
pub mod report;
pub mod terminal;

/// Output formats of `byline analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One compact `byline.analysis.v1` object per line (JSON Lines).
    #[default]
    Json,
    /// A readable plain-text report.
    Text,
}
