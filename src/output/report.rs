//! The plain-text report of `byline analyze --format text`: for pipes and screen readers.

use std::fmt::Write;

use crate::analysis::Analysis;
use crate::analysis::segment::{TokenKind, tokens};
use crate::document::Document;

/// Width the report wraps to.
const WIDTH: usize = 80;

/// The report for one document, ending with a newline.
pub fn render(document: &Document, analysis: &Analysis) -> String {
    let mut out = String::new();
    let title = document.title.as_deref().unwrap_or("(untitled)");
    for line in textwrap::wrap(title, WIDTH) {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(
        out,
        "{}",
        "=".repeat(textwrap::core::display_width(title).min(WIDTH))
    );
    let source = document.source.as_deref().unwrap_or("standard input");
    let published = document
        .published
        .map_or_else(|| "unknown".to_owned(), |d| d.to_string());
    let _ = writeln!(out, "Source:    {source}");
    if let Some(byline) = &document.byline {
        let _ = writeln!(out, "Byline:    {byline}");
    }
    let _ = writeln!(out, "Published: {published}");
    let words: usize = analysis
        .segments
        .sentences
        .iter()
        .map(|&s| {
            tokens(&document.text, s)
                .filter(|t| t.kind == TokenKind::Word)
                .count()
        })
        .sum();
    let _ = writeln!(
        out,
        "Length:    {} paragraphs, {} sentences, {} words",
        analysis.segments.paragraphs.len(),
        analysis.segments.sentences.len(),
        words
    );
    for (section, layer) in [
        ("Actors", "actor"),
        ("Quotes", "quote"),
        ("Timeline", "timeline"),
    ] {
        let _ = writeln!(out, "\n{section}\n{}", "-".repeat(section.len()));
        let _ = writeln!(out, "  (none: {layer} extraction is not built yet)");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::document::{Input, LoadOptions, load};

    #[test]
    fn seed_report() {
        let loaded = load(&Input::Sample, LoadOptions::default()).unwrap();
        let doc = &loaded.document;
        let report = render(doc, &analyze(&doc.text));
        assert!(report.starts_with("Putin Holds First Talks With Iranian and Israeli Leaders"));
        assert!(report.contains("Source:    seeds/putin-iran-israel-calls.txt"));
        assert!(report.contains("Published: unknown"));
        assert!(report.contains("7 paragraphs"));
        for section in ["\nActors\n", "\nQuotes\n", "\nTimeline\n"] {
            assert!(report.contains(section), "{section}");
        }
        assert!(
            report
                .lines()
                .all(|l| textwrap::core::display_width(l) <= WIDTH)
        );
    }
}
