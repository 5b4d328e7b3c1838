//! A timeline entry's label: a short who-did-what built from the clause it is anchored in,
//! cut at a word.

use std::collections::HashMap;

use super::cursor::Cx;
use super::words::verbish;
use crate::analysis::actors::{Actor, ActorId, ActorKind, MentionForm, is_subject_pronoun};
use crate::analysis::blocks::sort_by_start;
use crate::analysis::segment::TokenKind;
use crate::analysis::span::Span;

/// The longest label, in characters.
pub const MAX_LABEL: usize = 60;

/// Every mention of every actor, sorted by position, for clause lookups.
pub(super) struct Mentions {
    /// (span, actor index, how it refers) by start.
    all: Vec<(Span, usize, MentionForm)>,
    /// How a label names each person: the surname when no other person shares it. Other
    /// actors keep the words the text uses.
    short: Vec<Option<String>>,
    /// The index range of `all` that lies in the current sentence (see [`Mentions::focus`]).
    focus: (usize, usize),
}

impl Mentions {
    /// Indexes the mentions of `actors`.
    pub(super) fn new(actors: &[Actor]) -> Mentions {
        let mut all = Vec::with_capacity(actors.iter().map(|a| a.mentions.len()).sum());
        all.extend(
            actors
                .iter()
                .enumerate()
                .flat_map(|(k, a)| a.mentions.iter().map(move |m| (m.span, k, m.form))),
        );
        // Each actor's mentions are already in order: a sort by block merges the runs.
        sort_by_start(&mut all, |(s, _, _)| s.start, |&(s, k, _)| (s.start, k));
        let surname = |a: &Actor| a.name.rsplit(' ').next().unwrap_or(&a.name).to_owned();
        let mut surnames: HashMap<String, usize> = HashMap::new();
        for a in actors.iter().filter(|a| a.kind == ActorKind::Person) {
            *surnames.entry(surname(a)).or_default() += 1;
        }
        let short = actors
            .iter()
            .map(|a| {
                let s = (a.kind == ActorKind::Person).then(|| surname(a))?;
                let shared = surnames.get(&s).is_some_and(|&n| n > 1);
                Some(if shared { a.name.clone() } else { s })
            })
            .collect();
        Mentions {
            all,
            short,
            focus: (0, 0),
        }
    }

    /// Narrows lookups to the mentions in `sentence`. Sentences come in text order, so the
    /// window only moves forward: linear over the whole text.
    pub(super) fn focus(&mut self, sentence: Span) {
        let before = |k: usize, at: usize| self.all.get(k).is_some_and(|(m, _, _)| m.start < at);
        let mut a = self.focus.0;
        while before(a, sentence.start) {
            a += 1;
        }
        let mut b = a.max(self.focus.1);
        while before(b, sentence.end) {
            b += 1;
        }
        self.focus = (a, b);
    }

    /// The mentions of the focused sentence starting inside `lo..hi`.
    fn within(&self, lo: usize, hi: usize) -> &[(Span, usize, MentionForm)] {
        let f = self.all.get(self.focus.0..self.focus.1).unwrap_or(&[]);
        let a = f.partition_point(|(s, _, _)| s.start < lo);
        let b = f.partition_point(|(s, _, _)| s.start < hi);
        f.get(a..b).unwrap_or(&[])
    }

    /// The actors mentioned in `span`, in order of first mention, without repeats.
    pub(super) fn actors_in(&self, span: Span) -> Vec<ActorId> {
        let mut out: Vec<ActorId> = Vec::new();
        for &(s, k, _) in self.within(span.start, span.end) {
            let id = ActorId::new(k);
            if s.end <= span.end && !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

/// Prepositions that introduce a time expression and go with it out of a label.
const TIME_PREPS: &[&str] = &[
    "on", "in", "at", "by", "during", "since", "until", "from", "for", "over", "within", "of",
    "before", "after", "around", "as",
];

/// A who-did-what label for the clause `lo..=hi`, leaving out the expression `first..=last`.
pub(super) fn label(
    cx: &Cx,
    (lo, hi): (usize, usize),
    (first, last): (usize, usize),
    mentions: &Mentions,
) -> Option<String> {
    let lo_b = cx.tok(lo)?.span.start;
    let hi_b = cx.tok(hi)?.span.end;
    let ms = mentions.within(lo_b, hi_b);
    // Tokens to leave out: the expression with its preposition, titles before names.
    let mut skip = vec![false; hi + 1 - lo];
    let mut drop = |k: usize| {
        if let Some(s) = k.checked_sub(lo).and_then(|i| skip.get_mut(i)) {
            *s = true;
        }
    };
    for k in first..=last {
        drop(k);
    }
    if cx.kind_is(last + 1, TokenKind::Possessive) {
        drop(last + 1); // "this week's meeting"
    }
    if let Some(p) = first
        .checked_sub(1)
        .filter(|&p| p >= lo && cx.is_any(p, TIME_PREPS))
    {
        drop(p);
    }
    // Each mention's tokens: the first shows the short name, the rest are dropped.
    let mut names: Vec<(usize, usize, Span)> = Vec::new(); // (head token, actor, mention)
    for &(span, actor, form) in ms {
        // "his", "her", "them" read as they are: only a subject pronoun becomes a name.
        if form == MentionForm::Pronoun && !is_subject_pronoun(span.text(cx.text)) {
            continue;
        }
        // Tokens are sorted and disjoint: those inside the mention are one run, `head..end`.
        let clause = cx.toks.get(lo..=hi).unwrap_or_default();
        let head = lo + clause.partition_point(|t| t.span.start < span.start);
        let end = lo + clause.partition_point(|t| t.span.end <= span.end);
        if head >= end || (head..end).any(|k| (first..=last).contains(&k)) {
            continue;
        }
        names.push((head, actor, span));
        for k in head + 1..end {
            drop(k);
        }
        if form == MentionForm::Name {
            // Titles and demonyms before a name: "Iranian President Masoud Pezeshkian".
            let mut t = head;
            while t > lo && cx.kind_is(t - 1, TokenKind::Word) && cx.cap(t - 1) {
                t -= 1;
                drop(t);
            }
        }
    }
    names.sort_unstable();
    // The subject: the first named actor, followed (after any appositive) by a verb.
    let verb = names.first().and_then(|&(head, _, _)| {
        // Past the subject's mention (the longest one starting at its head token).
        let end = names
            .iter()
            .filter(|n| n.0 == head)
            .map(|n| n.2.end)
            .max()
            .unwrap_or(0);
        let mut k = head + 1;
        while k <= hi && cx.tok(k).is_some_and(|t| t.span.end <= end) {
            k += 1;
        }
        if cx.punct(k, ",") {
            k += 1;
            while k <= hi && !cx.punct(k, ",") {
                k += 1;
            }
            k += 1;
        }
        (k..=hi.min(k + 2)).find(|&v| is_verb(cx, v))
    });
    let mut out = String::with_capacity(2 * MAX_LABEL);
    let name = |actor: usize, span: Span| -> &str {
        match mentions.short.get(actor) {
            Some(Some(short)) => short,
            _ => span.text(cx.text),
        }
    };
    let start = match (verb, names.first()) {
        (Some(v), Some(&(_, actor, span))) => {
            out.push_str(name(actor, span));
            v
        }
        _ => lo,
    };
    let mut prev_end: Option<usize> = None;
    let mut depth = 0usize; // inside a parenthesis, which the label leaves out
    for k in start..=hi {
        if cx.punct(k, "(") {
            depth += 1;
        } else if cx.punct(k, ")") {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 0 || skip.get(k - lo).copied().unwrap_or(true) {
            continue;
        }
        let t = cx.tok(k)?;
        if t.kind == TokenKind::Quote {
            continue;
        }
        let piece = match names.iter().find(|&&(h, _, _)| h == k) {
            Some(&(_, actor, span)) => name(actor, span),
            None => t.span.text(cx.text),
        };
        let glued = matches!(t.kind, TokenKind::Punct | TokenKind::Possessive)
            || prev_end == Some(t.span.start);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        if out.is_empty() && t.kind == TokenKind::Punct {
            continue;
        }
        out.push_str(piece);
        prev_end = Some(t.span.end);
        // Past what a label can show, the rest of the clause cannot change it.
        if out.len() > MAX_LABEL + 1 && trimmed(&out).chars().count() > MAX_LABEL + 1 {
            break;
        }
    }
    let out = trimmed(&out);
    if out.contains(" ,") {
        Some(shorten(&out.replace(" ,", ",")))
    } else {
        (!out.is_empty()).then(|| shorten(out))
    }
}

/// `s` without trailing punctuation and spaces.
fn trimmed(s: &str) -> &str {
    s.trim_end_matches([',', '.', ';', ':', ' '])
}

/// Whether token `k` reads as the verb of a clause.
fn is_verb(cx: &Cx, k: usize) -> bool {
    let w = cx.str(k);
    if !cx.kind_is(k, TokenKind::Word) || cx.cap(k) {
        return false;
    }
    // A plural noun is followed by a preposition ("engineers at"); a verb in -s is not.
    let present = w.ends_with('s')
        && !w.ends_with("ss")
        && w.len() > 3
        && !cx.is_any(k, NOT_VERBS)
        && !cx.is_any(
            k + 1,
            &["at", "of", "in", "on", "for", "with", "from", "by", "and"],
        );
    verbish(w) || present
}

/// Lowercase words ending in "s" that are rarely verbs right after a subject.
const NOT_VERBS: &[&str] = &[
    "its", "this", "plus", "thus", "was", "has", "his", "hers", "ours",
];

/// Cuts `s` to at most [`MAX_LABEL`] characters at a word boundary, with an ellipsis.
pub(super) fn shorten(s: &str) -> String {
    // At most MAX_LABEL chars: counted no further than one past it.
    if s.chars().nth(MAX_LABEL).is_none() {
        return s.to_owned();
    }
    let (mut out, mut chars) = (String::with_capacity(s.len().min(4 * MAX_LABEL)), 0);
    for word in s.split(' ') {
        let len = chars + word.chars().count() + usize::from(!out.is_empty());
        if len + 1 > MAX_LABEL {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        chars = len;
    }
    if out.is_empty() {
        out = s.chars().take(MAX_LABEL - 1).collect();
    }
    out.truncate(out.trim_end_matches([',', ';', ':']).len());
    out.push('…');
    out
}
