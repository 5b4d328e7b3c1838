//! The plain-text report of `byline analyze --format text`: for pipes and screen readers.

use std::fmt::Write;

use crate::analysis::Analysis;
use crate::analysis::actors::{Actor, MentionForm};
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
    heading(&mut out, &format!("Actors ({})", analysis.actors.len()));
    if analysis.actors.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    for actor in &analysis.actors {
        actor_entry(&mut out, &document.text, actor);
    }
    for (section, layer) in [("Quotes", "quote"), ("Timeline", "timeline")] {
        heading(&mut out, section);
        let _ = writeln!(out, "  (none: {layer} extraction is not built yet)");
    }
    out
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n{title}\n{}", "-".repeat(title.chars().count()));
}

/// "Vladimir Putin — person, 8 mentions, salience 0.85", then its roles, aliases and demonyms.
fn actor_entry(out: &mut String, text: &str, actor: &Actor) {
    let n = actor.mentions.len();
    let _ = writeln!(
        out,
        "  {} — {}, {n} mention{}, salience {:.2}",
        actor.name,
        actor.kind.as_str(),
        if n == 1 { "" } else { "s" },
        actor.salience
    );
    let mut demonyms: Vec<&str> = Vec::new();
    for m in actor
        .mentions
        .iter()
        .filter(|m| m.form == MentionForm::Demonym)
    {
        let d = m.span.text(text);
        if !demonyms.contains(&d) {
            demonyms.push(d);
        }
    }
    let options = textwrap::Options::new(WIDTH)
        .initial_indent("      ")
        .subsequent_indent("        ");
    let roles: Vec<&str> = actor.roles.iter().map(String::as_str).collect();
    let aliases: Vec<&str> = actor.aliases.iter().map(String::as_str).collect();
    for (label, items) in [("roles", roles), ("aliases", aliases), ("as", demonyms)] {
        if !items.is_empty() {
            let line = format!("{label}: {}", items.join("; "));
            for l in textwrap::wrap(&line, &options) {
                let _ = writeln!(out, "{l}");
            }
        }
    }
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
        for section in ["\nActors (", "\nQuotes\n", "\nTimeline\n"] {
            assert!(report.contains(section), "{section}");
        }
        assert!(
            report.contains("  Vladimir Putin — person, 8 mentions"),
            "{report}"
        );
        assert!(report.contains("roles: Russian President"), "{report}");
        assert!(report.contains("as: Iranian"), "{report}");
        assert!(
            report
                .lines()
                .all(|l| textwrap::core::display_width(l) <= WIDTH)
        );
    }
}
