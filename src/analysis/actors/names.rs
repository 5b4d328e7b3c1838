//! Proper-name mentions: runs of capitalised words, cleaned of headline case,
//! sentence-initial common words, titles and dates, split at hyphens and demonyms.

use std::cell::Cell;

use super::evidence::Evidence;

mod cues;
mod scan;
mod shape;

use super::shape::{is_acronym, is_camel, is_capitalised};
use crate::analysis::date::{Weekday, month_from_name};
use crate::analysis::lexicon::{Function, Lexicon, OrgCue, Place, PlaceKind, ProductNoun};
use crate::analysis::segment::{Case, Segmentation, SentenceTokens, Token, TokenKind, tokens};
use crate::analysis::span::Span;
use shape::{is_function_word, is_model_number};

/// A proper-name mention found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMention {
    /// The name, without titles, articles or possessive endings.
    pub span: Span,
    /// Index of its sentence in the segmentation.
    pub sentence: usize,
    /// The gazetteer place the whole name denotes, if any.
    pub place: Option<Place>,
    /// "the" stands right before it ("the Kremlin").
    pub after_the: bool,
    /// A person's title stands right before it ("President Vladimir Putin").
    pub titled: bool,
    /// What follows it is said of people: a country in parentheses ("Paul Koech (Kenya)",
    /// as sports results and rosters write it), an age between commas ("Jane Doe, 34,"), or
    /// a relative "who" ("Tiger Woods, who").
    pub human: bool,
    /// It names an organisation made of people: it ends with a collective noun ("Trump
    /// administration"), or it is a city's club in a results table ("DETROIT 4 Kansas City 0").
    pub collective: bool,
    /// It is followed by its state or country: "Cupertino, California" (the state is a
    /// mention of its own).
    pub located: bool,
    /// Its context names a location: "in Velten", "the city of Arbil", "Jiangsu province".
    pub placed: bool,
    /// Its context makes it a made thing: "the new MacBook Pro", "web browser Safari",
    /// "Lion, the new version of …".
    pub made: bool,
    /// It is in the headline.
    pub headline: bool,
}

impl NameMention {
    /// A mention with no context evidence: a state after its town, a bare model number.
    fn plain(span: Span, sentence: usize, place: Option<Place>, headline: bool) -> Self {
        NameMention {
            span,
            sentence,
            place,
            after_the: false,
            titled: false,
            human: false,
            collective: false,
            located: false,
            placed: false,
            made: false,
            headline,
        }
    }
}

/// Prepositions after which an unknown name is a location: "abducted in Velten".
const LOCATIVE_PREPOSITIONS: [&str; 3] = ["in", "near", "outside"];

/// Lowercase nouns for settlements and regions: "the city of Arbil", "Jiangsu province".
const SETTLEMENTS: [&str; 8] = [
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "township",
    "municipality",
];

/// Lowercase nouns that turn a preceding name into an organisation: "the Trump administration".
const COLLECTIVES: [&str; 3] = ["administration", "government", "regime"];

// `FACILITIES` (public) and `CLOSED_KEYS`, from `assets/lexicon/` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/names_words.rs"));

/// Lowercase particles allowed inside names: "Bank of England", "Ludwig van Beethoven".
pub const CONNECTORS: [&str; 14] = [
    "of", "de", "du", "da", "di", "del", "der", "van", "von", "den", "bin", "ibn", "la", "le",
];

/// The longest run of capitalised units read as one stretch of names. Real names and
/// "President Prime Minister Vladimir Putin"-style chains fit easily; the cap keeps the
/// run cleaning (which splits and re-reads a run) bounded on pages of capitalised words.
const MAX_RUN: usize = 24;

/// A word-level unit: a token, or a part of a hyphenated token.
#[derive(Debug, Clone, Copy)]
struct Unit {
    span: Span,
    kind: TokenKind,
    /// Starts with an uppercase letter.
    cap: bool,
    /// Forms a run of its own ("U.S." in "U.S.-based").
    alone: bool,
    /// First word of its sentence or of a quotation.
    initial: bool,
}

/// Splits a sentence's tokens into units, breaking hyphenated names apart where the parts
/// name different things ("U.S.-Iran") or trail lowercase words ("U.S.-based").
fn units(text: &str, lex: &Lexicon, toks: &[Token], out: &mut Vec<Unit>) {
    out.clear();
    let mut initial = true;
    for t in toks {
        let mut push = |span: Span, alone: bool| {
            let w = span.text(text);
            out.push(Unit {
                span,
                kind: t.kind,
                cap: t.kind == TokenKind::Word && (is_capitalised(w) || is_camel(w)),
                alone,
                initial,
            });
        };
        if t.hyphenated {
            let s = t.span.text(text);
            let parts: Vec<(usize, &str)> = s
                .split('-')
                .scan(0, |at, p| {
                    let start = *at;
                    *at += p.len() + 1;
                    Some((start, p))
                })
                .collect();
            let caps: Vec<bool> = parts
                .iter()
                .map(|(_, p)| is_capitalised(p) || p.starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            let all_places = parts.iter().all(|(_, p)| lex.place(p).is_some());
            let particle = matches!(
                parts.first(),
                Some((_, "al" | "el" | "bin" | "ibn" | "abu"))
            );
            if caps.iter().all(|&c| c) && parts.len() > 1 && all_places {
                for (at, p) in &parts {
                    let start = t.span.start + at;
                    push(Span::new(start, start + p.len()), true);
                }
            } else if caps.iter().all(|&c| c) || particle {
                out.push(Unit {
                    span: t.span,
                    kind: t.kind,
                    cap: true,
                    alone: false,
                    initial,
                });
            } else {
                // Keep the capitalised parts as names of their own: "U.S." in "U.S.-based",
                // "Russian" in "pro-Russian"; the lowercase parts are not names.
                for (i, (at, p)) in parts.iter().enumerate() {
                    if caps.get(i).copied().unwrap_or(false) {
                        let start = t.span.start + at;
                        push(Span::new(start, start + p.len()), true);
                    }
                }
            }
        } else {
            out.push(Unit {
                span: t.span,
                kind: t.kind,
                cap: t.kind == TokenKind::Word && t.case != Case::Other,
                alone: false,
                initial,
            });
        }
        initial = match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive | TokenKind::Symbol => {
                false
            }
            TokenKind::Quote | TokenKind::Dash => true,
            TokenKind::Punct => matches!(t.span.bytes(text), b":" | b"(") || initial,
        };
    }
}

impl Evidence<'_> {
    /// A capitalised word that is probably an ordinary word capitalised by position.
    fn positional(&self, lex: &Lexicon, w: &str) -> bool {
        is_function_word(w)
            || (!self.cap_mid.contains(w)
                && !self.headline_names.contains(w)
                && lex.is_common(w)
                && lex.place(w).is_none()
                && !is_acronym(w))
    }
}

/// Finds the proper-name mentions of every sentence, in text order.
pub fn find(
    text: &str,
    seg: &Segmentation,
    shared: &SentenceTokens,
    lex: &Lexicon,
    ev: &Evidence<'_>,
) -> Vec<NameMention> {
    // Room for a name per capitalised word, but never more than the text could hold in
    // prose (a page of capitals would otherwise reserve many times its size).
    let mut found = Vec::with_capacity(ev.capitals.min(text.len() / 24));
    let mut toks = Vec::new();
    let mut us = Vec::new();
    let mut memo = Memo::default();
    for si in 0..seg.sentences.len() {
        toks.clear();
        shared.read_into(text, si, usize::MAX, &mut toks);
        if !toks.iter().any(|t| t.case == Case::Capital) {
            continue;
        }
        units(text, lex, &toks, &mut us);
        memo.reset(us.len());
        let ctx = Ctx {
            text,
            lex,
            ev,
            units: &us,
            toks: &toks,
            sentence: si,
            headline: ev.headline == Some(si),
            consumed: Cell::new(0),
            memo: &memo,
        };
        let mut i = 0;
        while i < us.len() {
            let Some(u) = us.get(i) else { break };
            if !(u.cap || ctx.model_before_name(i) || ctx.particle(i))
                || u.span.start < ctx.consumed.get()
            {
                i += 1;
                continue;
            }
            let end = ctx.run_end(i, i + MAX_RUN);
            ctx.run(i, end, false, &mut found);
            i = end.max(i + 1);
        }
    }
    models(text, seg, lex, ev, &mut found);
    found
}

/// Adds bare model numbers that stand for a product named before them: "the 777-200LR",
/// "18 777s" after "Boeing 777". Only sentences after the first such product are read.
fn models(
    text: &str,
    seg: &Segmentation,
    lex: &Lexicon,
    ev: &Evidence<'_>,
    found: &mut Vec<NameMention>,
) {
    let named: Vec<(&str, usize)> = found
        .iter()
        .filter(|m| m.span.text(text).bytes().any(|b| b.is_ascii_digit()))
        .filter_map(|m| {
            let mut words = m.span.text(text).split_whitespace();
            words.next()?;
            let model = words.find(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
            is_model_number(model).then_some((model, m.span.end))
        })
        .collect();
    let Some(first) = named.iter().map(|&(_, end)| end).min() else {
        return;
    };
    let mut extra = Vec::new();
    let from = seg.sentences.partition_point(|s| s.end <= first);
    for (si, &sentence) in seg.sentences.iter().enumerate().skip(from) {
        let mut previous = "";
        for t in tokens(text, sentence) {
            let w = t.span.text(text);
            let before = std::mem::replace(&mut previous, w);
            if t.span.start < first || !w.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let core = w.split('-').next().unwrap_or(w);
            let (core, plural) = match core.strip_suffix('s') {
                Some(single) if named.iter().any(|&(m, _)| m == single) => (single, true),
                _ => (core, false),
            };
            let determined = lex.function(before) == Some(Function::Determiner);
            if (plural || determined) && named.iter().any(|&(m, _)| m == core) {
                let span = Span::new(t.span.start, t.span.start + core.len());
                extra.push(NameMention {
                    after_the: before.eq_ignore_ascii_case("the"),
                    ..NameMention::plain(span, si, None, ev.headline == Some(si))
                });
            }
        }
    }
    if extra.is_empty() {
        return;
    }
    // Merge by position, leaving out any inside a name already found ("Boeing 777").
    let old = std::mem::take(found);
    let mut extra = extra.into_iter().peekable();
    for m in old {
        while let Some(e) = extra.next_if(|e| e.span.start < m.span.start) {
            if e.span.end <= m.span.start {
                found.push(e);
            }
        }
        while extra.next_if(|e| e.span.start < m.span.end).is_some() {}
        found.push(m);
    }
    found.extend(extra);
}

/// Per-sentence context for cleaning runs.
struct Ctx<'a, 't> {
    text: &'a str,
    lex: &'a Lexicon,
    ev: &'a Evidence<'t>,
    units: &'a [Unit],
    /// The sentence's tokens, of which `units` are made.
    toks: &'a [Token],
    sentence: usize,
    headline: bool,
    /// Text before this offset already belongs to a mention ("California" in
    /// "Cupertino, California").
    consumed: Cell<usize>,
    /// Per-unit answers, asked again and again as a long run is split and re-read.
    memo: &'a Memo,
}

/// Per-unit word tests of one sentence, computed on first use.
#[derive(Default)]
struct Memo {
    droppable: Vec<Cell<Option<bool>>>,
    common: Vec<Cell<Option<bool>>>,
    given: Vec<Cell<Option<bool>>>,
    /// A given name, a place or a title.
    anchor: Vec<Cell<Option<bool>>>,
    /// [`Ctx::title_word`].
    title_word: Vec<Cell<Option<bool>>>,
    /// [`Ctx::title_at`]'s title lengths as bits, and the longest length looked up.
    titles: Vec<Cell<Option<(u64, usize)>>>,
    /// [`Ctx::place`]: the place the unit's word names, if any.
    places: Vec<Cell<Option<Option<Place>>>>,
}

impl Memo {
    fn reset(&mut self, units: usize) {
        let flags = [
            &mut self.droppable,
            &mut self.common,
            &mut self.given,
            &mut self.anchor,
            &mut self.title_word,
        ];
        for v in flags {
            v.clear();
            v.resize(units, Cell::new(None));
        }
        self.titles.clear();
        self.titles.resize(units, Cell::new(None));
        self.places.clear();
        self.places.resize(units, Cell::new(None));
    }
}

/// The memoised answer in `slot`, computed by `f` the first time.
fn remember<T: Copy>(slot: Option<&Cell<Option<T>>>, f: impl FnOnce() -> T) -> T {
    match slot.and_then(Cell::get) {
        Some(known) => known,
        None => {
            let answer = f();
            if let Some(slot) = slot {
                slot.set(Some(answer));
            }
            answer
        }
    }
}
