//! The plain-text report of `byline analyze --format text`: for pipes and screen readers.

use std::fmt::Write;

use crate::analysis::Analysis;
use crate::analysis::quotes::QuoteKind;
use crate::analysis::segment::{TokenKind, tokens};
use crate::document::Document;

mod actors;
mod quotes;
mod timeline;

/// Width the report wraps to.
const WIDTH: usize = 80;

/// The report for one document, ending with a newline; control characters from the input
/// are shown as visible stand-ins, never sent to the terminal.
pub fn render(document: &Document, analysis: &Analysis) -> String {
    super::terminal::escape_owned(report(document, analysis))
}

fn report(document: &Document, analysis: &Analysis) -> String {
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
    heading(&mut out, &format!("Actors ({})", analysis.actors.len()));
    if analysis.actors.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    for actor in &analysis.actors {
        actors::entry(&mut out, &document.text, actor);
    }
    let reported = analysis
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .count();
    heading(
        &mut out,
        &format!(
            "Quotes ({} quoted, {reported} reported)",
            analysis.quotes.len() - reported
        ),
    );
    quotes::section(&mut out, &document.text, analysis);
    heading(&mut out, &format!("Timeline ({})", analysis.timeline.len()));
    timeline::section(&mut out, &document.text, analysis);
    out
}

/// A section title underlined with dashes.
fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n{title}\n{}", "-".repeat(title.chars().count()));
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
        let report = render(doc, &analyze(&doc.text, doc.published));
        assert!(report.starts_with("Putin Holds First Talks With Iranian and Israeli Leaders"));
        assert!(report.contains("Source:    seeds/putin-iran-israel-calls.txt"));
        assert!(report.contains("Published: 2026-01-16"));
        assert!(report.contains("7 paragraphs"));
        for section in ["\nActors (", "\nQuotes (6 quoted, ", "\nTimeline ("] {
            assert!(report.contains(section), "{section}");
        }
        assert!(
            report.contains("  Vladimir Putin — person, 12 mentions"),
            "{report}"
        );
        assert!(report.contains("roles: Russian President"), "{report}");
        assert!(report.contains("as: Iranian"), "{report}");
        assert!(
            report.contains(" Dmitry Peskov (stating) — direct\n"),
            "{report}"
        );
        assert!(
            report.contains("      “This is assistance not only to Iran"),
            "{report}"
        );
        // A speaker read from a description or pronoun says so.
        assert!(
            report.contains("Moscow (calls) — fragment · as “it”"),
            "{report}"
        );
        // Reported speech is marked as such and printed without quotation marks.
        assert!(report.contains("Kremlin (According to) — reported\n      Putin’s call"));
        assert!(
            report
                .lines()
                .all(|l| textwrap::core::display_width(l) <= WIDTH)
        );
    }

    #[test]
    fn timeline_section_lists_dates_labels_and_actors_in_order() {
        let loaded = load(&Input::Sample, LoadOptions::default()).unwrap();
        let doc = &loaded.document;
        let report = render(doc, &analyze(&doc.text, doc.published));
        let timeline = report.split("\nTimeline (").nth(1).unwrap();
        let friday = timeline.find("2026-01-16   “Friday” (DATE)").unwrap();
        let weeks = timeline
            .find("PXW          “recent weeks” (DURATION)")
            .unwrap();
        assert!(weeks < friday, "{timeline}");
        assert!(timeline.contains("      Putin held"), "{timeline}");
        assert!(timeline.contains("actors: "), "{timeline}");
    }
}
