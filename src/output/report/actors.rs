//! The actors section of the report.

use std::fmt::Write;

use super::WIDTH;
use crate::analysis::actors::{Actor, MentionForm};

/// "Vladimir Putin — person, 8 mentions, salience 0.85", then its roles, aliases and demonyms.
pub fn entry(out: &mut String, text: &str, actor: &Actor) {
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
