//! The quotes section of the report.

use std::fmt::Write;

use super::WIDTH;
use crate::analysis::Analysis;
use crate::analysis::quotes::QuoteKind;

/// Writes each quote and reported statement: who said it, with which cue, the kind, the words
/// the speaker was read from when they are not its name, then the words wrapped (in
/// quotation marks when they were quoted).
pub fn section(out: &mut String, text: &str, analysis: &Analysis) {
    if analysis.quotes.is_empty() {
        let _ = writeln!(out, "  (none found)");
    }
    let quoted = textwrap::Options::new(WIDTH)
        .initial_indent("      “")
        .subsequent_indent("       ");
    let plain = textwrap::Options::new(WIDTH)
        .initial_indent("      ")
        .subsequent_indent("      ");
    for (i, quote) in analysis.quotes.iter().enumerate() {
        let speaker = quote
            .speaker
            .and_then(|s| analysis.actor(s))
            .map_or("unattributed", |a| a.name.as_str());
        let cue = quote
            .cue
            .map_or_else(String::new, |c| format!(" ({})", c.text(text)));
        let indirect = quote.kind == QuoteKind::Indirect;
        let kind = if indirect {
            "reported"
        } else {
            quote.kind.as_str()
        };
        // The words the speaker was read from, when they are not its name: “he”, “the spokesman”.
        let mention = quote
            .speaker_mention
            .map(|m| {
                m.text(text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|m| m != speaker)
            .map_or_else(String::new, |m| format!(" · as “{m}”"));
        let _ = writeln!(out, "  Q{} {speaker}{cue} — {kind}{mention}", i + 1);
        let words = quote
            .span
            .text(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let (words, options) = if indirect {
            (words, &plain)
        } else {
            (format!("{words}”"), &quoted)
        };
        for line in textwrap::wrap(&words, options) {
            let _ = writeln!(out, "{line}");
        }
    }
}
