//! The quotes section of the report.

use std::fmt::Write;

use super::WIDTH;
use crate::analysis::Analysis;

/// Writes each quote: who said it, with which cue, the kind, then the quoted words wrapped.
pub fn section(out: &mut String, text: &str, analysis: &Analysis) {
    if analysis.quotes.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    let options = textwrap::Options::new(WIDTH)
        .initial_indent("      “")
        .subsequent_indent("       ");
    for (i, quote) in analysis.quotes.iter().enumerate() {
        let speaker = quote
            .speaker
            .and_then(|s| analysis.actors.get(s))
            .map_or("unattributed", |a| a.name.as_str());
        let cue = quote
            .cue
            .map_or_else(String::new, |c| format!(" ({})", c.text(text)));
        let _ = writeln!(out, "  Q{} {speaker}{cue} — {}", i + 1, quote.kind.as_str());
        let words = format!(
            "{}”",
            quote
                .span
                .text(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
        for line in textwrap::wrap(&words, &options) {
            let _ = writeln!(out, "{line}");
        }
    }
}
