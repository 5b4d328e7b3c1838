//! Roles: the titles and appositives written around a person's name.

use crate::analysis::lexicon::Lexicon;
use crate::analysis::segment::{SentenceTokens, Token, TokenKind};
use crate::analysis::span::Span;

use super::shape::is_capitalised;
use super::{Actor, ActorKind};

/// Adjectives that belong to a role: "Top spokesman", "former President".
const MODIFIERS: [&str; 16] = [
    "top",
    "senior",
    "former",
    "deputy",
    "chief",
    "acting",
    "then",
    "current",
    "longtime",
    "veteran",
    "interim",
    "outgoing",
    "incoming",
    "assistant",
    "vice",
    "lead",
];

/// The longest role kept, in bytes.
const MAX_ROLE: usize = 60;

/// Gives every person among `actors` the distinct roles written before or after its mentions
/// (at most [`MAX_ROLE`] bytes each), in the order of its mentions. The mentions of all of
/// them are visited in text order, so each sentence's tokens are read once.
pub fn attach(text: &str, shared: &SentenceTokens, lex: &Lexicon, actors: &mut [Actor]) {
    let mut visits: Vec<(Span, usize)> = actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Person)
        .flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.span, i)))
        .collect();
    visits.sort_unstable();
    let mut toks = Vec::new();
    // The sentence read last, whose tokens `toks` holds.
    let mut read = None;
    let mut at = 0;
    for (span, i) in visits {
        let (reached, sentence) = shared.containing_from(span, at);
        at = reached;
        if sentence.is_none() {
            continue;
        }
        if read != Some(at) {
            toks.clear();
            shared.read_into(text, at, usize::MAX, &mut toks);
            read = Some(at);
        }
        let Some(out) = actors.get_mut(i).map(|a| &mut a.roles) else {
            continue;
        };
        for role in [
            before(text, lex, span, &toks),
            appositive(text, lex, span.end, &toks),
        ]
        .into_iter()
        .flatten()
        {
            let role = role.text(text);
            if role.len() <= MAX_ROLE && !out.iter().any(|r| r.eq_ignore_ascii_case(role)) {
                out.push(role.to_owned());
            }
        }
    }
}

/// "Russia’s UN envoy [Vassily Nebenzia]": titles, modifiers, names and possessives before it
/// (at most [`MAX_ROLE`] bytes: the walk back stops there, so a page of capitalised words
/// costs a short walk per mention). `toks` are the tokens of the name's sentence.
fn before(text: &str, lex: &Lexicon, name: Span, toks: &[Token]) -> Option<Span> {
    let here = toks.partition_point(|t| t.span.end <= name.start);
    // A name inside a hyphenated word ("post-Atlanta Games") has a word part before it.
    if toks.get(here).is_some_and(|t| t.span.start < name.start) {
        return None;
    }
    let mut start = None;
    let mut nearest_end = None;
    let mut has_title = false;
    for t in toks.get(..here).unwrap_or_default().iter().rev() {
        let w = t.span.text(text);
        let fits = match t.kind {
            TokenKind::Possessive => true,
            TokenKind::Word => {
                let title = lex.title(w).is_some();
                has_title |= title;
                title || is_capitalised(w) || is_modifier(w)
            }
            _ => false,
        };
        if !fits {
            break;
        }
        // A longer role is not kept (see `roles`); nor is any that would extend it.
        let end = *nearest_end.get_or_insert(t.span.end);
        if end - t.span.start > MAX_ROLE {
            return None;
        }
        start = Some(t.span.start);
    }
    let start = start?;
    // Two-word titles ("Prime Minister") are found word by word; any title word counts.
    (has_title
        || lex
            .title(Span::new(start, name.start).text(text).trim())
            .is_some())
    .then(|| Span::new(start, name.start).trim(text))
    .filter(|s| !s.is_empty() && !s.text(text).starts_with(['’', '\'']))
}

/// Whether `w`, lowercased, is one of the [`MODIFIERS`] (an ASCII word without a String).
fn is_modifier(w: &str) -> bool {
    if w.is_ascii() {
        MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(w))
    } else {
        MODIFIERS.contains(&w.to_lowercase().as_str())
    }
}

/// "[Peskov], the Kremlin spokesman,": an appositive that ends in a title, after a name that
/// ends at byte `name_end`; `toks` are the tokens of the name's sentence.
pub fn appositive(text: &str, lex: &Lexicon, name_end: usize, toks: &[Token]) -> Option<Span> {
    // Most names are not followed by a comma: a look at the bytes after spaces spares the
    // search (a non-ASCII byte may be a space: the tokens decide).
    let next = (text.as_bytes().get(name_end..).unwrap_or_default().iter())
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C));
    if next.is_none_or(|&b| b.is_ascii() && b != b',') {
        return None;
    }
    let from = toks.partition_point(|t| t.span.start < name_end);
    // A name ending inside a word ("Obama-era") has a word part after it.
    if from
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.span.end > name_end)
    {
        return None;
    }
    let mut toks = toks.get(from..).unwrap_or_default().iter().copied();
    if toks.next()?.span.text(text) != "," {
        return None;
    }
    let mut start = None;
    let mut last_title = None;
    for (n, t) in toks.enumerate() {
        let w = t.span.text(text);
        if n == 0 && matches!(w, "the" | "a" | "an") {
            continue;
        }
        match t.kind {
            TokenKind::Word | TokenKind::Possessive if n < 7 => {
                start.get_or_insert(t.span.start);
                if lex.title(w).is_some_and(|u| u.post) {
                    last_title = Some(t.span.end);
                }
            }
            TokenKind::Punct if matches!(w, "," | "." | ";") => break,
            _ => return None,
        }
    }
    let (start, end) = (start?, last_title?);
    Some(Span::new(start, end))
}
