//! Anchoring: the clause an expression modifies and its tense. The actors in it and the
//! entry's label are in `label.rs`.

use super::cursor::Cx;
use super::resolved::Tense;
use super::words::{AUX, Head, irregular_past, verbish};
use crate::analysis::segment::TokenKind;

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
        match cx.tok(k).map(|t| t.kind) {
            Some(TokenKind::Punct) => match cx.str(k) {
                ";" | ":" => true,
                "," => opens(cx, k + 1),
                _ => false,
            },
            Some(TokenKind::Dash | TokenKind::Quote) => true,
            // "… on Saturday and were planning …": a coordinated verb phrase has its own tense.
            Some(TokenKind::Word) => {
                cx.is_any(k, &["and", "but"]) && marker_at(cx, k + 1).is_some()
            }
            _ => false,
        }
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
    // "would be paid in January": the future of a reported plan, not "would have".
    if cx.is(k, "would") && !cx.is_any(k + 1, &["have", "not", "never"]) {
        return true;
    }
    // "the closing, which is expected in December".
    if k.checked_sub(1)
        .is_some_and(|p| cx.is_any(p, &["is", "are"]))
        && cx.is_any(k, &["expected", "scheduled", "slated", "due"])
    {
        return true;
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
    // "agreed to buy the line in February": a decision or promise, even a past one, points
    // to a later act.
    if cx.is(k + 1, "to") && cx.is_any(k, DECISIONS) && cx.kind_is(k + 2, TokenKind::Word) {
        return true;
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

/// Verbs of deciding and promising whose infinitive names a later act: "decided to admit
/// them in March".
const DECISIONS: &[&str] = &[
    "agreed",
    "agrees",
    "decided",
    "decides",
    "voted",
    "promised",
    "pledged",
    "vowed",
    "offered",
    "threatened",
    "threatens",
];

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
    if !cx.kind_is(k, TokenKind::Word)
        || !(irregular_past(w) || (w.ends_with("ed") && !AUX.contains(&w) && verbish(w)))
    {
        return false;
    }
    // A participle after "be" is a passive, not a past tense: "will be paid", "is expected".
    let passive = k
        .checked_sub(1)
        .is_some_and(|p| cx.is_any(p, &["be", "been", "being", "is", "are", "am"]));
    !(passive || attributive(cx, k))
}

/// Determiners before a participle that make it an adjective: "a still unspecified date".
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "this",
];

/// Whether the participle at `k` modifies a noun after a determiner ("the injured", "a
/// newly elected leader") rather than marking a past tense.
fn attributive(cx: &Cx, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let adverb = cx.str(p).ends_with("ly") || cx.is_any(p, &["still", "yet", "long"]);
    let det = if adverb { p.checked_sub(1) } else { Some(p) };
    det.is_some_and(|d| cx.is_any(d, DETERMINERS))
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

/// Prepositions that may open a sentence before its date: "On Tuesday, …".
const FRONTING: &[&str] = &[
    "on",
    "in",
    "at",
    "by",
    "since",
    "early",
    "late",
    "over",
    "during",
    "throughout",
    "within",
    "after",
    "before",
    "for",
];

/// The tense of the clause `lo..=hi` around tokens `first..=last`: the nearest marker wins,
/// looking up to 12 tokens back and 8 ahead (30 after a fronted date), the left side first
/// at equal distance.
pub(super) fn tense(cx: &Cx, (lo, hi): (usize, usize), first: usize, last: usize) -> Tense {
    // "Wednesday's ruling": news names a day by its event once the event has happened;
    // "ahead of Sunday's vote" waits for it.
    if matches!(cx.head(last), Some(Head::Weekday(_)))
        && cx.kind_is(last + 1, TokenKind::Possessive)
    {
        let ahead = (1..=2).any(|d| {
            first
                .checked_sub(d)
                .is_some_and(|k| cx.is_any(k, &["ahead", "upcoming", "awaiting"]))
        });
        return if ahead { Tense::Future } else { Tense::Past };
    }
    // A deadline or a start looks ahead whatever the verb: "gave them until Tuesday",
    // "extended through January", "effective Feb. 1".
    let month = matches!(cx.head(first), Some(Head::Month(_) | Head::MonthAbbr(_)));
    let before = first.checked_sub(1);
    // ("Until Thursday, they had not called him" looks back; "this year through August"
    // closes a span that another expression opened.)
    if before.is_some_and(|p| cx.is_any(p, if month { DEADLINE } else { UNTIL }))
        && !past_perfect(cx, (lo, hi))
        && before
            .and_then(|p| p.checked_sub(1))
            .is_none_or(|p| cx.head(p).is_none())
    {
        return Tense::Future;
    }
    // "On Tuesday, the league plans to …": a fronted expression takes the tense of the main
    // clause after it, past its subject and any phrase before it ("In January, a week after
    // the anniversary of …, a bombing killed …").
    let fronted = cx.punct(last + 1, ",") && (lo..first).all(|k| cx.is_any(k, FRONTING));
    let right_reach = if fronted { 30 } else { 8 };
    // "… in early March, an official said": what follows a comma after the expression is
    // another clause (an attribution, an apposition), unless the expression was fronted.
    let hi = if fronted {
        hi
    } else {
        (last + 1..=hi).find(|&k| cx.punct(k, ",")).unwrap_or(hi)
    };
    // "the storm easing by Tuesday": without a tense, a deadline looks ahead.
    let untensed = if before.is_some_and(|p| cx.is(p, "by")) {
        Tense::Future
    } else {
        Tense::Present
    };
    nearest_marker(cx, (lo, hi), first, last, right_reach)
        .or_else(|| outside_parenthesis(cx, lo))
        .unwrap_or(untensed)
}

/// The tense of the marker nearest tokens `first..=last` in the clause `lo..=hi`: up to 12
/// tokens back and `right_reach` ahead, the left side first at equal distance.
fn nearest_marker(
    cx: &Cx,
    (lo, hi): (usize, usize),
    first: usize,
    last: usize,
    right_reach: usize,
) -> Option<Tense> {
    (1..=right_reach.max(12))
        .flat_map(|d| {
            let left = first.checked_sub(d).filter(|&k| k >= lo && d <= 12);
            let right = Some(last + d).filter(|&k| k <= hi && d <= right_reach);
            [left, right]
        })
        .flatten()
        .find_map(|k| marker_at(cx, k))
}

/// The tense of the clause around a parenthesis that opens just before token `lo` and holds
/// no tense of its own: "will leave at 4 in the morning (4 a.m. EDT Thursday)".
fn outside_parenthesis(cx: &Cx, lo: usize) -> Option<Tense> {
    let open = (lo.saturating_sub(2)..lo)
        .rev()
        .find(|&k| cx.punct(k, "("))?;
    let before = open.checked_sub(1)?;
    nearest_marker(cx, clause(cx, before, before), open, open, 8)
}

/// Whether the clause is in the past perfect ("had signed", "had not named"): its event
/// precedes the story's.
pub(super) fn past_perfect(cx: &Cx, (lo, hi): (usize, usize)) -> bool {
    (lo..=hi).filter(|&k| cx.is(k, "had")).any(|k| {
        let adverb = cx.is_any(k + 1, &["not", "never", "already", "just", "also"]);
        let verb = cx.str(k + 1 + usize::from(adverb));
        verb.ends_with("ed") || irregular_past(verb)
    })
}
