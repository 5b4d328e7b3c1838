//! The timeline section of the report.

use std::fmt::Write;

use super::WIDTH;
use crate::analysis::Analysis;

/// Writes the timeline entries in order: value, expression and type, then the event's label
/// and the actors taking part.
pub fn section(out: &mut String, text: &str, analysis: &Analysis) {
    if analysis.timeline.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    let first = textwrap::Options::new(WIDTH).initial_indent("  ");
    let indent = textwrap::Options::new(WIDTH)
        .initial_indent("      ")
        .subsequent_indent("        ");
    for entry in &analysis.timeline {
        let value = entry.value.as_deref().unwrap_or("undated");
        let expression = entry
            .span
            .text(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let heading = format!("{value:<12} “{expression}” ({})", entry.kind.as_str());
        for line in textwrap::wrap(&heading, &first) {
            let _ = writeln!(out, "{line}");
        }
        if let Some(label) = &entry.label {
            for line in textwrap::wrap(label, &indent) {
                let _ = writeln!(out, "{line}");
            }
        }
        let names = analysis.names(&entry.actors);
        if !names.is_empty() {
            let actors = format!("actors: {}", names.join(", "));
            for line in textwrap::wrap(&actors, &indent) {
                let _ = writeln!(out, "{line}");
            }
        }
    }
}
