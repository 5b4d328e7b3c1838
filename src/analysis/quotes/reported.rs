//! Reported speech: statements without quotation marks. "Doe said (that) CLAUSE", "CLAUSE,
//! Doe said", "according to Doe, CLAUSE", "Doe called for …", "a poll shows that CLAUSE".
//! The content is the reported clause, without the attribution; at most one statement per
//! stretch of a sentence, never inside a direct quotation, and one pass over each sentence's
//! tokens.

mod statement;

use super::marks::MAX_QUOTES;
use super::speaker::{Attributor, Said};
use super::{Quote, QuoteKind};
use crate::analysis::lexicon::{Frame, Function, Lexicon};
use crate::analysis::segment::{Case, SentenceTokens, Token, TokenKind};
use crate::analysis::span::Span;

/// Tokens of one sentence read for reported speech: a real sentence has far fewer; the cap
/// keeps a run-on sentence bounded.
const MAX_TOKENS: usize = 400;

/// The most tokens between a verb and its "that" ("told reporters on Friday that").
const THAT_REACH: usize = 8;

/// The most tokens between a fronted clause's comma and its verb ("…, Jane Doe, the state's
/// attorney general, said"), and after the verb to the sentence end ("said in a statement").
const TAIL: usize = 14;

/// The fewest words a reported clause has.
const MIN_WORDS: usize = 3;

/// Words that open a reported question: "told the host how …", "asked whether …".
const WH_WORDS: [&str; 7] = ["how", "why", "what", "whether", "when", "where", "if"];

/// Words after a comma that open a new clause, where a reported clause ends ("…, but the
/// mayor said …").
const CLAUSE_OPENERS: [&str; 6] = ["but", "yet", "although", "though", "while", "whereas"];

/// A subject of a fronted clause's verb this short needs no actor: "officials said".
const SHORT_SUBJECT: usize = 3;

/// Past forms of reporting verbs that end in neither "-ed" nor "-s".
const IRREGULAR_PAST: [&str; 4] = ["said", "told", "wrote", "found"];

/// Whether a reporting verb's form is past: "added", "said".
fn is_past(verb: &str) -> bool {
    verb.ends_with("ed") || IRREGULAR_PAST.iter().any(|p| p.eq_ignore_ascii_case(verb))
}

/// How a reporting verb is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// With its own subject: "Doe said", "officials say", "Doe is demanding".
    Finite,
    /// After a comma, sharing the main clause's subject: "…, adding that …".
    Participle,
}

/// Finds the reported statements of `text` outside the spans in `quoted` (the direct
/// quotations with their marks), the first ones up to [`MAX_QUOTES`] statements in all;
/// `direct` gives a participle ("…,” she said, adding that …") the speaker of the
/// sentence's direct quote.
pub(super) fn find(
    text: &str,
    shared: &SentenceTokens,
    lex: &Lexicon,
    attributor: &mut Attributor,
    quoted: &[Span],
    direct: &[Quote],
) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut toks: Vec<Token> = Vec::new();
    let mut cues: Vec<usize> = Vec::new();
    let mut buffers = Buffers::default();
    let room = MAX_QUOTES.saturating_sub(direct.len());
    for (n, sentence) in shared.spans().enumerate() {
        if out.len() >= room {
            break;
        }
        toks.clear();
        shared.read_into(text, n, MAX_TOKENS, &mut toks);
        // Where a reporting word could be ("called for" starts at "called"); most sentences
        // have none and are not read further.
        cues.clear();
        cues.extend(toks.iter().enumerate().filter_map(|(k, t)| {
            if t.kind != TokenKind::Word || t.span.len() < 3 {
                return None;
            }
            let b = t.span.bytes(text);
            if b.eq_ignore_ascii_case(b"according") {
                return Some(k);
            }
            // After the first word, a capitalised one is read as a cue only in a two-word
            // phrase ("Called for"): see `Sentence::cue`.
            let phrase = || {
                toks.get(k + 1)
                    .is_some_and(|n| PARTICLES.iter().any(|p| p.as_bytes() == n.span.bytes(text)))
            };
            if t.case == Case::Capital && k > 0 && !phrase() {
                return None;
            }
            lex.may_report(t.span.text(text)).then_some(k)
        }));
        if cues.is_empty() {
            continue;
        }
        // Words between two-apostrophe marks are the speaker's, not reporting verbs.
        let soft = soft_quoted(text, &toks);
        cues.retain(|&k| !soft.get(k).copied().unwrap_or(false));
        if cues.is_empty() {
            continue;
        }
        let reader = Sentence::new(text, lex, &toks, quoted, sentence, soft, buffers);
        let mut from = 0;
        for &i in &cues {
            if i < from {
                continue;
            }
            let found = reader.statement_at(i, attributor, direct);
            // A later cue never reads back over a statement already found.
            let last_end = out.last().map_or(0, |q: &Quote| q.span.end);
            if let Some(found) = found.filter(|q| q.span.start >= last_end) {
                from = toks
                    .partition_point(|t| t.span.start < found.span.end)
                    .max(i + 1);
                out.push(found);
            }
        }
        buffers = reader.into_buffers();
    }
    out.truncate(room);
    out
}

/// Words that make a two-word reporting phrase with the verb before them ("called for").
const PARTICLES: [&str; 3] = ["for", "on", "out"];

/// Whether token `t` of `text` is the ASCII character `c`, read without slicing the text.
fn is_char(text: &str, t: &Token, c: u8) -> bool {
    t.span.len() == 1 && text.as_bytes().get(t.span.start) == Some(&c)
}

/// Which tokens lie between two-apostrophe quotation marks (''…'', as some archives
/// write quotes), which the quotation finder leaves to be read as reported speech: the
/// words there are the speaker's, not reporting verbs. A closing mark with no opening one
/// in the sentence closes from the sentence start (the last sentence of a long quotation).
fn soft_quoted(text: &str, toks: &[Token]) -> Vec<bool> {
    let apostrophe = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokenKind::Quote && is_char(text, t, b'\''))
    };
    // Most sentences hold no two apostrophes in a row.
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return Vec::new();
    };
    let bytes = text.as_bytes().get(first.span.start..last.span.end);
    let doubled = |b: &[u8]| memchr::memchr_iter(b'\'', b).any(|i| b.get(i + 1) == Some(&b'\''));
    if !bytes.is_some_and(doubled) {
        return Vec::new();
    }
    // Each mark: its first token, and whether it opens (text follows it at once).
    let marks: Vec<(usize, bool)> = (0..toks.len())
        .filter(|&k| {
            apostrophe(k)
                && apostrophe(k + 1)
                && toks.get(k).map(|t| t.span.end) == toks.get(k + 1).map(|t| t.span.start)
                && !(k > 0 && apostrophe(k - 1))
        })
        .map(|k| {
            let after = toks.get(k + 1).map_or(0, |t| t.span.end);
            let start = toks.get(k).map_or(0, |t| t.span.start);
            let spaced_before = k == 0 || toks.get(k - 1).is_some_and(|p| p.span.end < start);
            let glued_after = toks.get(k + 2).is_some_and(|n| n.span.start == after);
            (k, spaced_before && glued_after)
        })
        .collect();
    if marks.is_empty() {
        return Vec::new();
    }
    let mut soft = vec![false; toks.len()];
    let mut open: Option<usize> = None;
    for (n, &(k, opens)) in marks.iter().enumerate() {
        match (open, opens) {
            (None, true) => open = Some(k),
            (Some(from), false) => {
                soft[from..k].fill(true);
                open = None;
            }
            (None, false) if n == 0 => soft[..k].fill(true),
            _ => {}
        }
    }
    if let Some(from) = open {
        soft[from..].fill(true);
    }
    soft
}

/// The per-token vectors of a [`Sentence`], kept from one sentence to the next.
#[derive(Default)]
struct Buffers {
    inside: Vec<bool>,
    words: Vec<usize>,
    quoted: Vec<usize>,
    stop: Vec<usize>,
}

/// One sentence's tokens and what is needed to read them, with running counts so that every
/// question about a stretch of tokens is answered in constant time.
struct Sentence<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    toks: &'a [Token],
    span: Span,
    /// Whether each token lies inside a direct quotation (or is one of its marks).
    inside: Vec<bool>,
    /// Whether each token lies between two-apostrophe marks (empty when there are none).
    soft: Vec<bool>,
    /// Word tokens before each index.
    words: Vec<usize>,
    /// Quoted tokens before each index.
    quoted: Vec<usize>,
    /// For each index, the first semicolon or dash at or after it outside quotation marks
    /// (the token count when there is none).
    stop: Vec<usize>,
}

impl<'a> Sentence<'a> {
    pub(super) fn new(
        text: &'a str,
        lex: &'a Lexicon,
        toks: &'a [Token],
        marked: &[Span],
        span: Span,
        soft: Vec<bool>,
        buffers: Buffers,
    ) -> Sentence<'a> {
        let Buffers {
            mut inside,
            mut words,
            mut quoted,
            mut stop,
        } = buffers;
        inside.clear();
        words.clear();
        quoted.clear();
        stop.clear();
        // One search for the sentence, then a walk along the quotations as the tokens advance.
        let mut k = marked.partition_point(|q| q.end <= span.start);
        let (mut w, mut q) = (0, 0);
        words.push(0);
        quoted.push(0);
        for t in toks {
            while marked.get(k).is_some_and(|m| m.end <= t.span.start) {
                k += 1;
            }
            let within = marked.get(k).is_some_and(|m| m.start <= t.span.start);
            inside.push(within);
            w += usize::from(t.kind == TokenKind::Word);
            q += usize::from(within);
            words.push(w);
            quoted.push(q);
        }
        let word = |k: usize| toks.get(k).map_or("", |t| t.span.text(text));
        // A second reporting verb of the same subject: "said X and confirmed Y".
        let second_verb = |k: usize| {
            // Past forms end in "d" or "e" ("added", "wrote"): most words fail at that byte.
            let past_end = |n: &Token| {
                let last = text.as_bytes().get(n.span.end.wrapping_sub(1));
                n.kind == TokenKind::Word && matches!(last, Some(b'd' | b'D' | b'e' | b'E'))
            };
            let next = word(k + 1);
            toks.get(k + 1).is_some_and(past_end)
                && is_past(next)
                && lex.function(word(k)) == Some(Function::Conjunction)
                && lex.report(next).is_some()
        };
        // A new main clause: "…, but the mayor said", "…, and he added".
        let after_comma = |k: usize| {
            let next = word(k + 1);
            CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(next))
                || (next.eq_ignore_ascii_case("and")
                    && (word(k + 2).starts_with(char::is_uppercase)
                        || lex.function(word(k + 2)) == Some(Function::Subject)))
        };
        // Filled from the end, then turned around.
        let mut next = toks.len();
        stop.push(next);
        for (k, (t, &within)) in toks.iter().zip(&inside).enumerate().rev() {
            let here = !within
                && match t.kind {
                    TokenKind::Dash => true,
                    // Function words are words: only a word can join a second verb.
                    TokenKind::Word => second_verb(k),
                    _ if is_char(text, t, b';') => true,
                    _ => is_char(text, t, b',') && after_comma(k),
                };
            if here {
                next = k;
            }
            stop.push(next);
        }
        stop.reverse();
        Sentence {
            text,
            lex,
            toks,
            span,
            inside,
            soft,
            words,
            quoted,
            stop,
        }
    }

    /// The per-token vectors, for the next sentence to reuse.
    fn into_buffers(self) -> Buffers {
        Buffers {
            inside: self.inside,
            words: self.words,
            quoted: self.quoted,
            stop: self.stop,
        }
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.text(self.text))
    }

    /// Whether token `i` is the ASCII character `c` (`b','`).
    pub(super) fn is_char(&self, i: usize, c: u8) -> bool {
        self.toks.get(i).is_some_and(|t| is_char(self.text, t, c))
    }

    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    pub(super) fn punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Punct | TokenKind::Quote | TokenKind::Dash
            )
        })
    }

    /// Whether token `i` is a quotation mark: a quoted title ("told “Morning Joe” that")
    /// does not end the verb's phrase.
    pub(super) fn quote_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Quote)
    }

    /// Whether token `i` lies inside a direct quotation (or is one of its marks).
    pub(super) fn in_quote(&self, i: usize) -> bool {
        self.inside.get(i).copied().unwrap_or(false)
    }

    /// How many tokens of `a..b` `counts` (a running count) counted.
    pub(super) fn count(counts: &[usize], a: usize, b: usize) -> usize {
        let at = |k: usize| counts.get(k).copied().unwrap_or(0);
        at(b).saturating_sub(at(a))
    }

    /// The span from token `a` to the end of token `b - 1`, or `None` when shorter than
    /// [`MIN_WORDS`] or when it starts in a direct quotation or is mostly one.
    pub(super) fn content(&self, a: usize, b: usize) -> Option<Span> {
        let words = Self::count(&self.words, a, b);
        let quoted = Self::count(&self.quoted, a, b);
        if words < MIN_WORDS || self.in_quote(a) || quoted * 2 > b.saturating_sub(a) {
            return None;
        }
        Some(Span::new(
            self.toks.get(a)?.span.start,
            self.toks.get(b.checked_sub(1)?)?.span.end,
        ))
    }

    /// The end of the reported clause that starts at token `a`: the sentence's end, or a
    /// semicolon or dash outside quotation marks; closing punctuation is left out. A quotation
    /// inside the clause is part of it (Doe said the plan was “dead on arrival”).
    pub(super) fn clause_end(&self, a: usize) -> usize {
        let mut end = self.stop.get(a).copied().unwrap_or(self.toks.len());
        while end > a && self.punct(end - 1) {
            end -= 1;
        }
        end
    }
}

fn reported(span: Span, speaker: Option<Said>, cue: Span) -> Quote {
    Quote {
        span,
        speaker: speaker.map(|s| s.actor),
        speaker_mention: speaker.and_then(|s| s.mention),
        cue: Some(cue),
        kind: QuoteKind::Indirect,
    }
}
