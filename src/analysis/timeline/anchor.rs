//! Anchoring: the clause an expression modifies, its tense, the actors in it and a short
//! who-did-what label for the timeline pane.

use std::collections::HashMap;

use super::normalize::Tense;
use super::recognize::Cx;
use super::words::{AUX, Head, irregular_past, verbish};
use crate::analysis::actors::{Actor, ActorKind, MentionForm, is_subject_pronoun};
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
        let mut all: Vec<(Span, usize, MentionForm)> = actors
            .iter()
            .enumerate()
            .flat_map(|(k, a)| a.mentions.iter().map(move |m| (m.span, k, m.form)))
            .collect();
        // Each actor's mentions are already in order: a stable sort merges the runs.
        all.sort_by_key(|&(s, k, _)| (s.start, k));
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
    pub(super) fn actors_in(&self, span: Span) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &(s, k, _) in self.within(span.start, span.end) {
            if s.end <= span.end && !out.contains(&k) {
                out.push(k);
            }
        }
        out
    }
}

// `OPENERS`, from `assets/lexicon/clause_openers.txt` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/timeline_anchor.rs"));

/// How far a clause reaches on either side of its expression, in tokens: real clauses are
/// shorter, and the bound keeps run-on text (a megabyte without a full stop) linear.
const REACH: usize = 40;

/// The clause around tokens `first..=last`: a token range, inclusive. A parenthesis next to
/// the expression is stepped over ("… Conference (WWDC) on Monday"), unless the expression
/// is inside it.
pub(super) fn clause(cx: &Cx, first: usize, last: usize) -> (usize, usize) {
    let floor = first.saturating_sub(REACH);
    let ceiling = (last + REACH).min(cx.len().saturating_sub(1));
    let boundary = |k: usize| -> bool {
        cx.punct(k, ";")
            || cx.punct(k, ":")
            || cx.kind_is(k, TokenKind::Dash)
            || cx.kind_is(k, TokenKind::Quote)
            || (cx.punct(k, ",") && opens(cx, k + 1))
    };
    let mut lo = first;
    while lo > floor && !boundary(lo - 1) {
        if cx.punct(lo - 1, ")") {
            match (floor..lo - 1).rev().find(|&k| cx.punct(k, "(")) {
                Some(open) => lo = open,
                None => break,
            }
        } else if cx.punct(lo - 1, "(") {
            break;
        } else {
            lo -= 1;
        }
    }
    let mut hi = last;
    while hi < ceiling && !boundary(hi + 1) {
        if cx.punct(hi + 1, "(") {
            match (hi + 2..=ceiling).find(|&k| cx.punct(k, ")")) {
                Some(close) => hi = close,
                None => break,
            }
        } else if cx.punct(hi + 1, ")") {
            break;
        } else {
            hi += 1;
        }
    }
    // Trim punctuation and openers at the edges.
    while lo < first && (!cx.kind_is(lo, TokenKind::Word) || cx.is_any(lo, OPENERS)) {
        lo += 1;
    }
    while hi > last
        && !matches!(
            cx.tok(hi).map(|t| t.kind),
            Some(TokenKind::Word | TokenKind::Number)
        )
    {
        hi -= 1;
    }
    (lo, hi)
}

/// Whether a new clause starts at token `k` (after a comma).
fn opens(cx: &Cx, k: usize) -> bool {
    cx.is_any(k, OPENERS) || (cx.str(k).ends_with("ing") && verbish(cx.str(k)))
}

/// Words right before a month or a day of one that make it a deadline or a start date.
const DEADLINE: &[&str] = &["until", "through", "by", "effective"];

/// Deadline words that look ahead before any day or time: "until 9 a.m. Tuesday".
const UNTIL: &[&str] = &["until", "till"];

/// Future markers: "will", "shall", "is to", "set to", "scheduled to" …
fn future_at(cx: &Cx, k: usize) -> bool {
    let w = cx.str(k);
    if cx.is_any(
        k,
        &["will", "shall", "won't", "won’t", "upcoming", "tomorrow"],
    ) {
        return true;
    }
    if w.ends_with("'ll") || w.ends_with("’ll") {
        return true;
    }
    if cx.is(k, "to") && cx.is(k + 1, "be") {
        return true; // "an event to be held on October 12"
    }
    // "scheduled a news conference Thursday", "a planned rally on Saturday": reported plans
    // look ahead of the report; not "had been scheduled to expire Friday", a past plan.
    let had = (1..=2).any(|d| k.checked_sub(d).is_some_and(|p| cx.is(p, "had")));
    if cx.is_any(k, &["planned", "planning", "scheduled", "slated"]) && !had {
        return true;
    }
    // "as soon as Tuesday", "as early as next week".
    if k.checked_sub(1).is_some_and(|p| cx.is(p, "as"))
        && cx.is_any(k, &["soon", "early"])
        && cx.is(k + 1, "as")
    {
        return true;
    }
    if had {
        return false;
    }
    if cx.is(k + 1, "for")
        && cx.is_any(
            k,
            &["scheduled", "slated", "set", "due", "planned", "expected"],
        )
    {
        return true; // "the meeting is scheduled for Dec. 9"
    }
    cx.is(k + 1, "to")
        && cx.is_any(
            k,
            &[
                "set",
                "due",
                "scheduled",
                "slated",
                "expected",
                "poised",
                "planned",
                "plans",
                "plan",
                "intends",
                "going",
                "is",
                "are",
                "aims",
            ],
        )
}

/// Present markers: "is", "are", a verb in -s after a pronoun ("it arrives").
fn present_at(cx: &Cx, k: usize) -> bool {
    let w = cx.str(k);
    cx.is_any(k, &["is", "are", "am", "does"])
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && k.checked_sub(1)
                .is_some_and(|p| cx.is_any(p, &["he", "she", "it", "which", "who", "that"])))
}

/// Past markers: past auxiliaries, perfect auxiliaries, past-tense verbs (not passives).
fn past_at(cx: &Cx, k: usize) -> bool {
    let w = cx.str(k);
    if cx.is_any(
        k,
        &[
            "was",
            "were",
            "had",
            "did",
            "has",
            "have",
            "ago",
            "yesterday",
        ],
    ) {
        return true;
    }
    if !cx.kind_is(k, TokenKind::Word) {
        return false;
    }
    let passive = k
        .checked_sub(1)
        .is_some_and(|p| cx.is_any(p, &["be", "been", "being"]));
    if passive {
        return false;
    }
    irregular_past(w) || (!AUX.contains(&w) && w.ends_with("ed") && verbish(w))
}

/// The tense token `k` marks, if any.
fn marker_at(cx: &Cx, k: usize) -> Option<Tense> {
    if future_at(cx, k) {
        Some(Tense::Future)
    } else if past_at(cx, k) {
        Some(Tense::Past)
    } else if present_at(cx, k) {
        Some(Tense::Present)
    } else {
        None
    }
}

/// The tense of the clause `lo..=hi` around tokens `first..=last`: the nearest marker wins,
/// looking up to 12 tokens back and 8 ahead, the left side first at equal distance.
pub(super) fn tense(cx: &Cx, (lo, hi): (usize, usize), first: usize, last: usize) -> Tense {
    // A deadline or a start looks ahead whatever the verb: "gave them until Tuesday",
    // "extended through January", "effective Feb. 1".
    let month = matches!(cx.head(first), Some(Head::Month(_) | Head::MonthAbbr(_)));
    let before = first.checked_sub(1);
    // ("Until Thursday, they had not called him" looks back.)
    if before.is_some_and(|p| cx.is_any(p, if month { DEADLINE } else { UNTIL }))
        && !past_perfect(cx, (lo, hi))
    {
        return Tense::Future;
    }
    (1..=12)
        .flat_map(|d| {
            let left = first.checked_sub(d).filter(|&k| k >= lo);
            let right = Some(last + d).filter(|&k| k <= hi && d <= 8);
            [left, right]
        })
        .flatten()
        .find_map(|k| marker_at(cx, k))
        .unwrap_or(Tense::Present)
}

/// Whether the clause is in the past perfect ("had signed", "had not named"): its event
/// precedes the story's.
pub(super) fn past_perfect(cx: &Cx, (lo, hi): (usize, usize)) -> bool {
    (lo..=hi).any(|k| {
        let adverb = ["not", "never", "already", "just", "also"]
            .iter()
            .any(|a| cx.is(k + 1, a));
        let verb = cx.str(k + 1 + usize::from(adverb));
        cx.is(k, "had") && (verb.ends_with("ed") || irregular_past(verb))
    })
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
    let mut out = String::new();
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
    }
    let out = out
        .trim_end_matches([',', '.', ';', ':', ' '])
        .replace(" ,", ",");
    (!out.is_empty()).then(|| shorten(&out))
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
    if s.chars().count() <= MAX_LABEL {
        return s.to_owned();
    }
    let mut out = String::new();
    for word in s.split(' ') {
        let len = out.chars().count() + word.chars().count() + usize::from(!out.is_empty());
        if len + 1 > MAX_LABEL {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = s.chars().take(MAX_LABEL - 1).collect();
    }
    let out = out.trim_end_matches([',', ';', ':']).to_owned();
    format!("{out}…")
}
