//! Proper-name mentions: runs of capitalised words, cleaned of headline case,
//! sentence-initial common words, titles and dates, split at hyphens and demonyms.

use std::cell::Cell;

use super::evidence::Evidence;
use crate::analysis::date::{Weekday, month_from_name};
use crate::analysis::lexicon::{Function, Lexicon, OrgCue, Place, PlaceKind, ProductNoun};
use crate::analysis::segment::{Segmentation, SentenceTokens, Token, TokenKind, tokens};
use crate::analysis::span::Span;

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

// `FACILITIES` (public) and `CLOSED_WORDS`, from `assets/lexicon/` by `build.rs`.
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

/// Whether `w` starts with an uppercase letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `w` is a lowercase-initial brand written in camel case: "iPhone", "eBay".
pub fn is_camel(w: &str) -> bool {
    // Most words are lowercase ASCII: no capital at all.
    if w.len() < 3 || (w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase())) {
        return false;
    }
    let mut chars = w.chars();
    if !chars
        .next()
        .is_some_and(|c| c.is_lowercase() && c.is_alphanumeric())
    {
        return false;
    }
    // One pass: every char alphanumeric, one of them uppercase.
    let mut upper = false;
    for c in chars {
        if !c.is_alphanumeric() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}

/// Whether `w` is a model number that can continue a name: "787" in "Boeing 787" (not a year).
fn is_model_number(w: &str) -> bool {
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let year = w.len() == 4 && digits == 4 && (w.starts_with("19") || w.starts_with("20"));
    digits > 0 && !year && w.bytes().all(|b| b.is_ascii_alphanumeric()) && w.len() <= 6
}

/// Whether `w` is an acronym: "UN", "NATO", "U.S.", "N.V." (two or more capitals, no lowercase).
pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        && w.chars().next().is_some_and(char::is_uppercase)
}

/// Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries) that are
/// never names by themselves, however often they are capitalised.
fn is_function_word(w: &str) -> bool {
    (w.len() <= 8 && CLOSED_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))) || is_contraction(w)
}

/// A closed-class word contracted: "It’s", "I’m", "You’re", "Let’s", "Don’t", "Can’t".
fn is_contraction(w: &str) -> bool {
    const NEGATED: [&str; 7] = ["do", "does", "did", "should", "must", "wo", "ca"];
    let Some((stem, suffix)) = w.split_once(['’', '\'']) else {
        return false;
    };
    match suffix {
        "s" | "m" | "re" | "ve" | "ll" | "d" => {
            stem.eq_ignore_ascii_case("let") || (stem != w && is_function_word(stem))
        }
        "t" => stem.strip_suffix(['n', 'N']).is_some_and(|s| {
            is_function_word(s) || NEGATED.iter().any(|n| n.eq_ignore_ascii_case(s))
        }),
        _ => false,
    }
}

/// Splits a sentence's tokens into units, breaking hyphenated names apart where the parts
/// name different things ("U.S.-Iran") or trail lowercase words ("U.S.-based").
fn units(text: &str, lex: &Lexicon, toks: &[Token], out: &mut Vec<Unit>) {
    out.clear();
    let mut initial = true;
    for t in toks {
        let s = t.span.text(text);
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
        if t.kind == TokenKind::Word && s.contains('-') && !s.starts_with(['-']) {
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
            push(t.span, false);
        }
        initial = match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive | TokenKind::Symbol => {
                false
            }
            TokenKind::Quote | TokenKind::Dash => true,
            TokenKind::Punct => matches!(s, ":" | "(") || initial,
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
    let mut found = Vec::new();
    let mut toks = Vec::new();
    let mut us = Vec::new();
    let mut memo = Memo::default();
    for si in 0..seg.sentences.len() {
        toks.clear();
        toks.extend(shared.sentence(text, si));
        if !toks
            .iter()
            .any(|t| t.kind == TokenKind::Word && is_capitalised(t.span.text(text)))
        {
            continue;
        }
        units(text, lex, &toks, &mut us);
        memo.reset(us.len());
        let ctx = Ctx {
            text,
            lex,
            ev,
            units: &us,
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
    }
}

/// The memoised answer in `slot`, computed by `f` the first time.
fn remember(slot: Option<&Cell<Option<bool>>>, f: impl FnOnce() -> bool) -> bool {
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

impl Ctx<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.units.get(i).map_or("", |u| u.span.text(self.text))
    }

    fn cap(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.cap)
    }

    fn alone(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.alone)
    }

    /// Whether units `i` and `i + 1` touch or are separated by spaces only (no newline).
    fn adjacent(&self, i: usize) -> bool {
        match (self.units.get(i), self.units.get(i + 1)) {
            (Some(a), Some(b)) => self
                .text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}')),
            _ => false,
        }
    }

    /// Whether the number at unit `j`, after the name that starts at unit `i`, is a score or
    /// a total, not a model number: another number follows ("LG 46 5 59"), or an innings
    /// ("Glamorgan 259 and 207", "Durham 114 (S. Watkin 4-28)"), or a name and its own number
    /// ("Pohang 3 Ulsan 2"), or a number came before the name too ("… 3 Ulsan 2"), or
    /// figures follow ("Gough 8-0-39-3"), or the name is a person's (an initial or a given
    /// name opens it: "S. Watkin 4-28", "Imran Khan 79").
    fn score_at(&self, i: usize, j: usize) -> bool {
        let number = |k: usize| {
            self.units
                .get(k)
                .is_some_and(|u| u.kind == TokenKind::Number)
        };
        let next = self.word(j + 1);
        // Bowling and score figures: "Gough 8-0-39-3", "England 292-8".
        let figures = matches!(next, "-" | "–")
            && self.adjacent(j)
            && number(j + 2)
            && self.word(j).len() <= 2;
        // People have no model numbers: "S. Watkin 4", "Imran Khan 79".
        let initial = self.word(i).len() == 1 && self.word(i + 1) == ".";
        let person = j == i + 2
            && self.lex.given_name(self.word(i)).is_some()
            && self.lex.org_cue(self.word(i + 1)).is_none();
        figures
            || initial
            || person
            || number(j + 1)
            || i.checked_sub(1).is_some_and(number)
            || next == "and" && number(j + 2)
            || next == "("
            || (self.cap(j + 1)
                && (j + 2..j + 5).any(|k| number(k) && (j + 2..k).all(|m| self.cap(m))))
    }

    /// End (exclusive) of the capitalised run starting at `i`, allowing name particles, and
    /// not past `limit`.
    fn run_end(&self, i: usize, limit: usize) -> usize {
        if self.alone(i) {
            return i + 1;
        }
        let mut j = i + 1;
        loop {
            if j >= limit {
                return limit;
            }
            let model = self
                .units
                .get(j)
                .is_some_and(|u| u.kind == TokenKind::Number)
                && is_model_number(self.word(j))
                && !self.score_at(i, j);
            if (self.cap(j) || model) && !self.alone(j) && self.adjacent(j - 1) {
                j += 1;
                continue;
            }
            let w = self.word(j);
            // An initial: "Michael R. Golden", "George W. Bush".
            let prev = self.word(j - 1);
            if w == "."
                && prev.chars().count() == 1
                && prev.chars().all(char::is_uppercase)
                && self.adjacent(j - 1)
                && self.cap(j + 1)
                && !self.alone(j + 1)
                && self.adjacent(j)
            {
                j += 2;
                continue;
            }
            // A place whose name holds a possessive: "People's Republic of China".
            if self
                .units
                .get(j)
                .is_some_and(|u| u.kind == TokenKind::Possessive)
                && self.cap(j + 1)
                && let Some(k) =
                    (j + 2..=limit.min(j + 6)).find(|&k| self.whole_place(j - 1, k).is_some())
            {
                j = k;
                continue;
            }
            let connector = CONNECTORS.contains(&w) || w == "&";
            if connector && self.adjacent(j - 1) {
                let mut k = j + 1;
                if w == "of" && self.word(k) == "the" {
                    k += 1;
                }
                if self.cap(k) && !self.alone(k) && self.adjacent(k - 1) {
                    j = k + 1;
                    continue;
                }
            }
            return j;
        }
    }

    /// Whether unit `i` is not part of a name (a date, a positional capital …).
    fn droppable(&self, i: usize) -> bool {
        remember(self.memo.droppable.get(i), || self.droppable_now(i))
    }

    /// Whether unit `i` is an ordinary word.
    fn common(&self, i: usize) -> bool {
        remember(self.memo.common.get(i), || self.lex.is_common(self.word(i)))
    }

    /// Whether unit `i` is a given name.
    fn given(&self, i: usize) -> bool {
        remember(self.memo.given.get(i), || {
            self.lex.given_name(self.word(i)).is_some()
        })
    }

    fn droppable_now(&self, i: usize) -> bool {
        let w = self.word(i);
        let Some(u) = self.units.get(i) else {
            return true;
        };
        if self.date_word(i) || w == "I" {
            return true;
        }
        if CONNECTORS.contains(&w) || w == "&" || w == "the" {
            // "Bank of England", "Times of India": "of" after an organisation's head word
            // joins; a name particle joins what follows ("Osama bin Laden", "bin Laden").
            let body_of = w == "of"
                && i > 0
                && self.cap(i - 1)
                && self
                    .lex
                    .org_cue(self.word(i - 1))
                    .is_some_and(|c| c != OrgCue::Prefix);
            return !(self.cap(i + 1) && (body_of || self.particle(i)));
        }
        // "Pre-orders", "Anti-war" opening a sentence: a prefix, unless the text names it
        // elsewhere ("Kremlin-backed" beside "the Kremlin").
        let mut after = self.text.get(u.span.end..).unwrap_or("").chars();
        if u.initial
            && u.alone
            && after.next() == Some('-')
            && after.next().is_some_and(char::is_lowercase)
            && !self.ev.cap_mid.contains(w)
            && !self.ev.headline_names.contains(w)
            && self.lex.place(w).is_none()
            && !is_acronym(w)
        {
            return true;
        }
        if !(u.initial || self.headline || u.alone) || !self.ev.positional(self.lex, w) {
            return false;
        }
        // "Qatar Airways" in a headline: an organisation word closing a name stays.
        if self.headline
            && i > 0
            && self.cap(i - 1)
            && self.adjacent(i - 1)
            && !self.ev.positional(self.lex, self.word(i - 1))
            && matches!(self.lex.org_cue(w), Some(OrgCue::Suffix | OrgCue::Head))
        {
            return false;
        }
        // "Apple Computer" opening a sentence: the first word of a longer name stays (not a
        // word before a person's given name: "Credit Ashraf Shazly").
        if u.initial
            && !self.headline
            && !u.alone
            && !is_function_word(w)
            && self.cap(i + 1)
            && !self.alone(i + 1)
            && self.adjacent(i)
            && !(self.given(i + 1) && self.cap(i + 2) && self.adjacent(i + 1))
        {
            return false;
        }
        // "Mark Papermaster": a given name that is also a word, before a surname, stays.
        let next = self.word(i + 1);
        !(self.lex.given_name(w).is_some()
            && self.cap(i + 1)
            && self.adjacent(i)
            && !self.lex.is_common(next)
            && !is_function_word(w))
    }

    /// Length in units of the longest pre-name title starting at `i` within `..end`.
    fn title_at(&self, i: usize, end: usize) -> usize {
        let room = end
            .saturating_sub(i)
            .min(self.lex.max_title_words())
            .min(u64::BITS as usize - 1);
        let slot = self.memo.titles.get(i);
        // Title lengths at `i` as bits (bit `n`: `n` units), and up to what length known.
        let (mut lengths, mut known) = slot.and_then(Cell::get).unwrap_or((0, 0));
        while known < room {
            known += 1;
            let (Some(first), Some(last)) = (self.units.get(i), self.units.get(i + known - 1))
            else {
                break;
            };
            let phrase = Span::new(first.span.start, last.span.end).text(self.text);
            if self.lex.title(phrase).is_some_and(|t| t.pre) {
                lengths |= 1 << known;
            }
        }
        if let Some(slot) = slot {
            slot.set(Some((lengths, known)));
        }
        let fitting = lengths & (u64::MAX >> (u64::BITS as usize - 1 - room));
        fitting.checked_ilog2().map_or(0, |len| len as usize)
    }

    /// Whether units `i..end` could not be a person's name (an org or ordinary words).
    fn not_a_name(&self, i: usize, end: usize) -> bool {
        let last = self.word(end - 1);
        self.lex.org_cue(last).is_some() || (i..end).all(|k| self.common(k))
    }

    /// A month or weekday name ("January", "May", "Friday"), or a month abbreviation before
    /// its day ("Oct" in "Oct. 3"): never part of a name.
    fn date_word(&self, i: usize) -> bool {
        let w = self.word(i);
        let Some(u) = self.units.get(i) else {
            return false;
        };
        let rest = self.text.get(u.span.end..).unwrap_or("");
        let before_day = || {
            rest.strip_prefix('.')
                .unwrap_or(rest)
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        };
        month_from_name(w).is_some_and(|_| w.len() > 3 || w == "May" || before_day())
            || Weekday::from_name(w).is_some_and(|_| w.len() > 4)
    }

    /// Whether unit `i` is a lowercase name particle before a name: "bin" in "bin Laden",
    /// "de" in "Charles de Gaulle" (not "of", "la", "le", which join phrases as often).
    fn particle(&self, i: usize) -> bool {
        self.cap(i + 1) && !self.alone(i + 1) && !self.cap(i) && {
            let w = self.word(i);
            w.len() <= 3
                && CONNECTORS.contains(&w)
                && !matches!(w, "of" | "la" | "le")
                && self.adjacent(i)
        }
    }

    /// A model number opening a product name: "787" in "the new 787 Dreamliner" (after a
    /// determiner or modifier, not a count: "500 Apple engineers").
    fn model_before_name(&self, i: usize) -> bool {
        // Most units are words: the number test goes first.
        if !self
            .units
            .get(i)
            .is_some_and(|u| u.kind == TokenKind::Number)
        {
            return false;
        }
        let after_modifier = i.checked_sub(1).is_some_and(|p| {
            let w = self.word(p);
            self.cap(p)
                || [
                    "the", "a", "an", "its", "their", "new", "first", "last", "latest",
                ]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
                || w.contains('-')
        });
        is_model_number(self.word(i))
            && after_modifier
            && self.word(i).len() >= 3
            && self.word(i).bytes().all(|b| b.is_ascii_digit())
            && self.cap(i + 1)
            && self.lex.place(self.word(i + 1)).is_none()
            && !is_acronym(self.word(i + 1))
            && !self.alone(i + 1)
            && self.adjacent(i)
    }

    /// Cleans the run `i..end` and records its mentions. `titled`: a title precedes it.
    fn run(&self, mut i: usize, end: usize, mut titled: bool, out: &mut Vec<NameMention>) {
        while i < end && !self.cap(i) && !self.model_before_name(i) && !self.particle(i) {
            i += 1;
        }
        // A place named whole, connectors and all: "United States of America" (but not the
        // end of another name: "People's Republic of China").
        let possessed = i
            .checked_sub(1)
            .and_then(|k| self.units.get(k))
            .is_some_and(|u| u.kind == TokenKind::Possessive);
        if end - i > 1 && !possessed && self.whole_place(i, end).is_some() {
            self.emit(i, end, titled, out);
            return;
        }
        // Split at words that are not part of a name (dates, headline or initial capitals).
        if let Some(k) = (i..end).find(|&k| self.droppable(k)) {
            if k > i {
                self.run(i, k, titled, out);
            }
            if k + 1 < end {
                self.run(k + 1, end, false, out);
            }
            return;
        }
        if i >= end {
            return;
        }
        // After a courtesy title, title words are the name: "Mr. King" (but "Mr Justice
        // Anthony Mann" is a title and a name).
        if self.honorific_before(i) && (i..end).all(|k| self.title_word(k)) {
            self.emit(i, end, true, out);
            return;
        }
        i = self.strip_common(i, end);
        // Titles: "Russian President Vladimir Putin", "Apple CEO Steve Jobs".
        for p in i..end {
            let len = self.title_at(p, end);
            if len == 0 {
                continue;
            }
            let honorific = self.honorific_before(p + len);
            if p + len < end && self.not_a_name(p + len, end) && !honorific {
                continue;
            }
            if p > i {
                self.run(i, p, titled, out);
            }
            if p + len < end {
                self.run(p + len, end, true, out);
            }
            return;
        }
        // A country before an acronym or a product: "UK RAF", "US FAA", "UK iTunes".
        if end - i == 2
            && self
                .lex
                .place(self.word(i))
                .is_some_and(|p| p.kind == PlaceKind::Country)
            && (is_acronym(self.word(i + 1)) || is_camel(self.word(i + 1)))
        {
            self.emit(i, i + 1, false, out);
            self.emit(i + 1, end, titled, out);
            return;
        }
        // A demonym before a name: "Iranian protests" is lowercase, "Israeli Netanyahu" is not.
        while end - i > 1 && self.lex.place(self.word(i)).is_some_and(|p| p.demonym) {
            if self.lex.org_cue(self.word(end - 1)).is_some() {
                break;
            }
            self.emit(i, i + 1, false, out);
            i += 1;
            titled = false;
        }
        self.emit(i, end, titled, out);
    }

    /// Whether the name `i..end` is placed as a location by its context: a one-word name
    /// after "in" or "near" ("abducted in Velten"), "the city of Arbil", or a name before a
    /// settlement noun ("Jiangsu province", "al-Daih village").
    fn locative(&self, i: usize, end: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).map_or("", |j| self.word(j));
        let possessive = matches!(self.word(end), "'s" | "’s" | "'" | "’");
        // One word only: "in Windows 7", "in Ars Technica" name other things.
        let after_preposition =
            end - i == 1 && LOCATIVE_PREPOSITIONS.contains(&before(1)) && !possessive;
        let settlement_of = before(1) == "of" && SETTLEMENTS.contains(&before(2));
        let settlement_after = SETTLEMENTS.contains(&self.word(end)) && self.adjacent(end - 1);
        after_preposition || settlement_of || settlement_after
    }

    /// Whether the name `i..end` is a product by its context: "the new X" (an organisation is
    /// not new) or a product noun right before it ("web browser Safari"), when the name ends
    /// its noun phrase (not "the new EADS CEO", "an aircraft Boeing has"); or an appositive
    /// that makes it a release ("Lion, the new version of").
    fn made(&self, i: usize, end: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).map_or("", |j| self.word(j));
        let next = self.word(end);
        let ends_phrase = self
            .units
            .get(end)
            .is_none_or(|u| u.kind != TokenKind::Word)
            || self.lex.function(next).is_some();
        let new = before(1) == "new"
            && matches!(before(2), "the" | "The" | "its" | "their" | "his" | "her");
        let category = self.lex.product_noun(before(1)) == Some(ProductNoun::Category)
            && !matches!(before(2), "a" | "an" | "A" | "An");
        let release = next == ","
            && matches!(self.word(end + 1), "the" | "a" | "an")
            && (end + 2..end + 5).any(|k| {
                self.lex.product_noun(self.word(k)) == Some(ProductNoun::Version)
                    && matches!(self.word(k + 1), "of" | "to" | "for")
            });
        ((new || category) && ends_phrase) || release
    }

    /// Whether an appositive ending in a person's title follows the name that ends before
    /// unit `end`: "Jusman Syafii Djamal, minister of transport for Indonesia,".
    fn appositive_title(&self, end: usize) -> bool {
        let (Some(name), Some(last)) = (
            end.checked_sub(1).and_then(|k| self.units.get(k)),
            self.units.last(),
        ) else {
            return false;
        };
        super::roles::appositive(
            self.text,
            Span::new(name.span.start, last.span.end),
            self.lex,
            name.span,
        )
        .is_some()
    }

    /// Whether the units from `end` say a person was named: "(Kenya)", ", 34," or ", who".
    fn human_after(&self, end: usize) -> bool {
        let country = self
            .lex
            .place(self.word(end + 1))
            .is_some_and(|p| p.kind == PlaceKind::Country && !p.demonym);
        let age = self
            .units
            .get(end + 1)
            .is_some_and(|u| u.kind == TokenKind::Number)
            && self
                .word(end + 1)
                .parse::<u8>()
                .is_ok_and(|n| (15..=110).contains(&n));
        let who = self.word(end) == "who" || (self.word(end) == "," && self.word(end + 1) == "who");
        (self.word(end) == "(" && country && self.word(end + 2) == ")")
            || (self.word(end) == "," && age && self.word(end + 2) == ",")
            || who
    }

    /// Whether a courtesy title ends right before unit `i`: "Mr. King", "Mrs King".
    fn honorific_before(&self, i: usize) -> bool {
        let dotted = i >= 2 && self.word(i - 1) == ".";
        let k = if dotted { i - 2 } else { i.wrapping_sub(1) };
        let w = self.word(k);
        // Courtesy titles are short capitalised words: most words are ruled out at once.
        if w.len() > 8 || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let honorific = |t: &str| self.lex.title(t).is_some_and(|u| u.honorific);
        if honorific(w) {
            return true;
        }
        // "Mr" without its dot is "Mr.": the word and a dot, spelled on the stack.
        let mut buf = [b'.'; 9];
        if let Some(slot) = buf.get_mut(..w.len()) {
            slot.copy_from_slice(w.as_bytes());
        }
        buf.get(..=w.len())
            .and_then(|b| std::str::from_utf8(b).ok())
            .is_some_and(honorific)
    }

    /// Whether unit `k` is a title word, abbreviated with its dot or not: "Chairman", "Rep.".
    fn title_word(&self, k: usize) -> bool {
        remember(self.memo.title_word.get(k), || {
            let (w, unit, dot) = (self.word(k), self.units.get(k), self.units.get(k + 1));
            // The word and its dot, read from the text: "Rep.".
            let dotted = unit
                .zip(dot)
                .filter(|(a, dot)| a.span.end == dot.span.start && self.word(k + 1) == ".")
                .and_then(|(a, dot)| self.text.get(a.span.start..dot.span.end));
            self.lex.title(w).is_some() || dotted.is_some_and(|t| self.lex.title(t).is_some())
        })
    }

    /// Whether a title (any case) ends right before unit `i`: "spokesman Dmitry Peskov", and
    /// abbreviated with its dot: "Mr. Burman", "Sen. Doe".
    fn title_before(&self, i: usize) -> bool {
        let dotted = i.checked_sub(2).is_some_and(|w| {
            self.word(w + 1) == "."
                && self
                    .units
                    .get(w)
                    .zip(self.units.get(w + 1))
                    .is_some_and(|(a, dot)| a.span.end == dot.span.start)
        });
        let words_end = if dotted { i - 1 } else { i };
        let Some(last) = i.checked_sub(1).and_then(|k| self.units.get(k)) else {
            return false;
        };
        (1..=3).any(|len| {
            let (Some(first), Some(last_word)) = (
                words_end.checked_sub(len).and_then(|k| self.units.get(k)),
                words_end.checked_sub(1).and_then(|k| self.units.get(k)),
            ) else {
                return false;
            };
            first.kind == TokenKind::Word
                && last_word.kind == TokenKind::Word
                && self
                    .lex
                    .title(Span::new(first.span.start, last.span.end).text(self.text))
                    .is_some()
        })
    }

    /// Skips ordinary words opening a run: "Former" in "Former President Bush", "Many" in
    /// "Many Iranians", "Acquisition" in "Acquisition Marvin Sambur" (before a given name).
    fn strip_common(&self, i: usize, end: usize) -> usize {
        let common = |k: usize| self.common(k);
        let given = |k: usize| self.given(k);
        if let Some(p) = (i + 1..end.saturating_sub(1)).find(|&k| given(k))
            && (i..p).all(|k| common(k) && !given(k))
        {
            return p;
        }
        // Only before a title, a place or a given name: "Apple Computer" keeps "Apple".
        let anchor = |k: usize| {
            remember(self.memo.anchor.get(k), || {
                let w = self.word(k);
                given(k) || self.lex.place(w).is_some() || self.lex.title(w).is_some()
            })
        };
        match (i..end).find(|&k| anchor(k)) {
            Some(p)
                if p > i
                    && (i..p).all(|k| common(k) && !self.ev.cap_mid.contains(self.word(k))) =>
            {
                p
            }
            _ => i,
        }
    }

    fn whole_place(&self, i: usize, end: usize) -> Option<Place> {
        let (first, last) = (self.units.get(i)?, self.units.get(end - 1)?);
        self.lex
            .place(Span::new(first.span.start, last.span.end).text(self.text))
    }

    fn emit(&self, i: usize, end: usize, titled: bool, out: &mut Vec<NameMention>) {
        let (Some(first), Some(last)) = (self.units.get(i), self.units.get(end.saturating_sub(1)))
        else {
            return;
        };
        let mut span = Span::new(first.span.start, last.span.end);
        let surface = span.text(self.text);
        // Titles alone ("Rep.", "Chairman Rep.") and function words name no one; after a
        // courtesy title a title word is a surname ("Mr. King").
        if ((i..end).all(|k| self.title_word(k)) && !self.honorific_before(i))
            || (end - i == 1 && is_function_word(surface))
            || self.lex.is_not_name(surface)
        {
            return;
        }
        let next = self.word(end);
        // "US$40", "US $199", "US dollars": a currency, not the country.
        if end - i == 1 && (matches!(next, "$" | "€" | "£" | "¥") || next.starts_with("dollar"))
        {
            return;
        }
        // A city or state with a score after it is its club ("DETROIT 4 Kansas City 0",
        // "Pohang 2 1 1 11 10 7"): an organisation, as national sides stay places.
        let gazetteer = self.lex.place(surface);
        let club = gazetteer.is_some_and(|p| {
            matches!(p.kind, PlaceKind::City | PlaceKind::State)
                && self
                    .units
                    .get(end)
                    .is_some_and(|u| u.kind == TokenKind::Number)
                && self.score_at(i, end)
        });
        let place = gazetteer.filter(|_| !club);
        let titled = titled || self.title_before(i) || self.appositive_title(end);
        // "Cupertino, California": a place named with its state or country, which is a
        // mention of its own (but not a person before their country: "Lotfi Azzouz, Tunisia").
        let personal = || {
            let last = self.word(end - 1).to_lowercase();
            end - i >= 2
                && self.given(i)
                && !FACILITIES.contains(&last.as_str())
                && !SETTLEMENTS.contains(&last.as_str())
        };
        let region = (place.is_none() && next == "," && !personal())
            .then(|| {
                [2, 1].into_iter().find_map(|n| {
                    let (a, b) = (self.units.get(end + 1)?, self.units.get(end + n)?);
                    let whole = Span::new(a.span.start, b.span.end);
                    let p = self.lex.place(whole.text(self.text))?;
                    let fits = matches!(p.kind, PlaceKind::State | PlaceKind::Country)
                        && !p.demonym
                        && !self.cap(end + n + 1);
                    fits.then_some((whole, p))
                })
            })
            .flatten();
        let located = region.is_some();
        let placed = place.is_none() && !titled && self.locative(i, end);
        let made = place.is_none() && !titled && self.made(i, end);
        if let Some((region, _)) = region {
            self.consumed.set(region.end);
        }
        let after_the = i
            .checked_sub(1)
            .is_some_and(|k| self.word(k).eq_ignore_ascii_case("the"));
        // "Boeing Co.", "AirTanker Ltd.": an abbreviated suffix keeps its period.
        if next == "."
            && self.adjacent(end - 1)
            && self
                .lex
                .org_cue(&format!("{}.", self.word(end - 1)))
                .is_some()
            && let Some(dot) = self.units.get(end)
        {
            span.end = dot.span.end;
        }
        let mut collective = club;
        let follower = self.word(end);
        if place.is_none()
            && (COLLECTIVES.contains(&follower) || FACILITIES.contains(&follower))
            && self.adjacent(end - 1)
            && let Some(next) = self.units.get(end)
        {
            span.end = next.span.end;
            collective = COLLECTIVES.contains(&follower);
        }
        let human = place.is_none() && self.human_after(end);
        out.push(NameMention {
            span,
            sentence: self.sentence,
            place,
            after_the,
            titled,
            human,
            collective,
            located,
            placed,
            made,
            headline: self.headline,
        });
        if let Some((span, place)) = region {
            out.push(NameMention::plain(
                span,
                self.sentence,
                Some(place),
                self.headline,
            ));
        }
    }
}
