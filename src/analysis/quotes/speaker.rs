//! Attribution: the speaker of each quotation, from reporting cues around it, pronouns and
//! descriptions resolved to actors, and the news convention that a quote-only paragraph
//! continues the previous speaker.

use super::marks::Quoted;
use crate::analysis::actors::{Actor, ActorKind, Mention, MentionForm, gender_of, merge_mentions};
use crate::analysis::lexicon::{Function, Gender, Lexicon, Speech};
use crate::analysis::segment::{
    CONTEXT, Segmentation, Token, TokenKind, context_after, context_before, tokens,
};
use crate::analysis::span::Span;
use rustc_hash::FxHashMap;

/// Words after "the" that describe an organisation: "the company said".
const ORG_NOUNS: [&str; 14] = [
    "company",
    "firm",
    "group",
    "carrier",
    "airline",
    "manufacturer",
    "manufacturers",
    "agency",
    "ministry",
    "government",
    "administration",
    "maker",
    "bank",
    "organisation",
];

/// Prepositions: a name right after one is rarely the subject "it" refers back to.
const PREPOSITIONS: [&str; 12] = [
    "with", "against", "to", "from", "in", "on", "of", "for", "at", "by", "into", "over",
];

/// The most tokens an attribution clause after a quote may have ("he told reporters on Friday").
const CLAUSE_AFTER: usize = 8;

/// The most tokens of titles before a name that opens a clause ("Rep. Dr. Jane Doe").
const TITLE_REACH: usize = 4;

/// How many mentions back a pronoun or description may look for its actor (a bound for
/// run-on text; real antecedents are far closer).
const MENTION_REACH: usize = 200;

/// How many sentences back a pronoun may look for its actor: news often names a speaker once
/// and quotes them a paragraph or two later as "he" or "she".
const PRONOUN_REACH: usize = 6;

/// The longest transcript speaker label read, in characters (with its colon and space).
const LABEL_CHARS: usize = 34;

/// Whether `word` names a stretch of time ("this month rejected": an adverbial, not a subject).
fn is_time_noun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "day"
            | "week"
            | "month"
            | "year"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "weekend"
    ) || crate::analysis::date::Weekday::from_name(word).is_some()
}

/// The most tokens after the cue of an attribution that is a sentence of its own
/// ("“Stop.” Jane Doe said on Friday.").
const SHORT_ATTRIBUTION: usize = 4;

/// Tokens read after a cue that follows its subject, for "quoted X as saying".
const AS_SAYING: usize = 6;

/// The most words of a whole attribution sentence between two pieces of one quotation.
const ATTRIBUTION_WORDS: usize = 40;

/// The most words of a description that names a speaker ("two senior administration
/// officials").
const MAX_DESCRIPTION: usize = 5;

/// Tokens of a parenthetical stepped over after a speaker's name ("(D-Ohio)").
const ASIDE_TOKENS: usize = 8;

/// Words between two quotes of one paragraph that may hold the first one's attribution
/// ("”, Jane Doe, the state's attorney general, said. “"), for the second to continue it.
const CONTINUATION_WORDS: usize = 12;

/// A speaker and the cue that named them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said {
    /// Index of the speaking actor.
    pub actor: usize,
    /// The reporting word or phrase.
    pub cue: Option<Span>,
    /// The mention the speaker was read from: a name, pronoun or description.
    pub mention: Option<Span>,
}

/// An actor read from the text, and the mention it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    /// Index of the actor.
    pub actor: usize,
    /// The name, pronoun or description.
    pub mention: Span,
}

impl Pick {
    /// The speaker this pick names, with its cue.
    pub(super) fn said(self, cue: Option<Span>) -> Said {
        Said {
            actor: self.actor,
            cue,
            mention: Some(self.mention),
        }
    }
}

/// Attributes quotations, remembering the pronouns and descriptions it resolved.
pub struct Attributor<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    lex: &'a Lexicon,
    /// Name mentions of every actor, sorted by position: (span, actor index).
    mentions: Vec<(Span, usize)>,
    kinds: Vec<ActorKind>,
    genders: Vec<Option<Gender>>,
    roles: Vec<String>,
    /// Pronouns and descriptions that resolved to a speaker.
    resolved: Vec<(usize, Mention)>,
    /// Unnamed actors made from descriptions ("officials"); their indices start at `base`.
    described: Vec<Actor>,
    /// The index of the unnamed actor of each description, by its lowercase words.
    described_by: FxHashMap<String, usize>,
    /// How many actors there were before any description.
    base: usize,
}

impl<'a> Attributor<'a> {
    /// Prepares attribution over `actors` (their name mentions are indexed once).
    pub fn new(text: &'a str, seg: &'a Segmentation, lex: &'a Lexicon, actors: &[Actor]) -> Self {
        let mut mentions: Vec<(Span, usize)> = actors
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.span, i)))
            .collect();
        mentions.sort_unstable();
        let genders = actors.iter().map(|a| gender_of(a, text, lex)).collect();
        Attributor {
            text,
            seg,
            lex,
            mentions,
            kinds: actors.iter().map(|a| a.kind).collect(),
            genders,
            roles: actors
                .iter()
                .map(|a| a.roles.join(" ").to_lowercase())
                .collect(),
            resolved: Vec::new(),
            described: Vec::new(),
            described_by: FxHashMap::default(),
            base: actors.len(),
        }
    }

    /// The speaker of `q`; `previous` is the quote before it (span, speaker, cue). Without
    /// `full`, only the previous quote's speaker is considered.
    pub fn attribute(
        &mut self,
        q: &Quoted,
        previous: Option<(Span, Option<usize>, Option<Span>)>,
        full: bool,
    ) -> Option<Said> {
        if !full {
            return self.continued(q, previous);
        }
        let sentence = self.sentence_of(q.open.start);
        self.labelled(q)
            .or_else(|| self.after(q))
            .or_else(|| self.according_to(sentence, q))
            .or_else(|| self.before(sentence, q))
            .or_else(|| self.lead_in(q))
            .or_else(|| self.continued(q, previous))
    }

    /// Adds the resolved pronouns and descriptions to their actors' mentions (those that do
    /// not overlap one already there), keeping each actor's mentions sorted. Linear in the
    /// mentions per actor: one sort and one merge.
    pub fn add_mentions(self, actors: &mut Vec<Actor>) {
        actors.extend(self.described);
        let mut by_actor: Vec<Vec<Mention>> = vec![Vec::new(); actors.len()];
        for (i, mention) in self.resolved {
            if let Some(v) = by_actor.get_mut(i) {
                v.push(mention);
            }
        }
        for (actor, new) in actors.iter_mut().zip(by_actor) {
            merge_mentions(actor, new);
        }
    }

    fn word(&self, t: &Token) -> &'a str {
        t.span.text(self.text)
    }

    fn sentence_of(&self, at: usize) -> Span {
        let k = self.seg.sentences.partition_point(|s| s.end <= at);
        self.seg
            .sentences
            .get(k)
            .copied()
            .unwrap_or(Span::new(at, at))
    }

    fn paragraph_of(&self, at: usize) -> Span {
        let k = self.seg.paragraphs.partition_point(|p| p.end <= at);
        self.seg
            .paragraphs
            .get(k)
            .copied()
            .unwrap_or(Span::new(at, at))
    }

    /// The actor whose name mention contains `at`, and that mention.
    fn pick_at(&self, at: usize) -> Option<Pick> {
        self.mention_at(at)
            .map(|(mention, actor)| Pick { actor, mention })
    }

    /// The name mention containing `at`, and its actor.
    fn mention_at(&self, at: usize) -> Option<(Span, usize)> {
        let k = self.mentions.partition_point(|(s, _)| s.start <= at);
        let &(span, actor) = self.mentions.get(k.checked_sub(1)?)?;
        (span.start <= at && at < span.end).then_some((span, actor))
    }

    /// “Q,” X said · “Q,” said X · “Q,” he told reporters.
    fn after(&mut self, q: &Quoted) -> Option<Said> {
        let close = q.close?;
        let para = self.paragraph_of(close.start);
        if let Some(signed) = self.signed(close.end, para.end) {
            return Some(signed);
        }
        let mut clause: Vec<Token> = Vec::new();
        let mut cue_first = false;
        let mut limit = CLAUSE_AFTER;
        // Inside a parenthetical after a name: "Rep. Jane Doe (D-Ohio) said".
        let mut aside = 0;
        // Inside an appositive after a name: "Jane Doe, a member of the panel, said".
        let mut appositive = 0;
        // Whether the clause so far names an actor.
        let mut named = false;
        for t in tokens(self.text, Span::new(close.end, para.end)) {
            let w = self.word(&t);
            let punct = t.kind == TokenKind::Punct;
            if punct && clause.is_empty() && w == "," {
                continue;
            }
            if appositive > 0 {
                appositive += 1;
                if w == "," {
                    appositive = 0;
                } else if appositive > 2 * ASIDE_TOKENS || matches!(w, "." | ";" | ":") {
                    break;
                }
                continue;
            }
            if punct && w == "," && !cue_first && named && limit == CLAUSE_AFTER {
                appositive = 1;
                continue;
            }
            if punct && w == "(" && !clause.is_empty() && aside == 0 {
                aside = 1;
                continue;
            }
            if aside > 0 {
                aside += 1;
                if w == ")" {
                    aside = 0;
                } else if aside > ASIDE_TOKENS {
                    break;
                }
                continue;
            }
            // "said Apple Inc. CEO Steve Jobs", "said Airbus President and CEO, Tom Enders".
            let abbreviation =
                punct && w == "." && clause.last().is_some_and(|p| self.abbreviation(p));
            let comma_on = punct && w == "," && cue_first;
            let stop = matches!(t.kind, TokenKind::Quote | TokenKind::Dash)
                || (punct
                    && matches!(w, "." | "," | ";" | "!" | "?" | ":")
                    && !abbreviation
                    && !comma_on);
            if stop || clause.len() > limit {
                break;
            }
            let finite = self.lex.speech(w) == Some(Speech::Finite);
            if clause.is_empty() {
                cue_first = finite;
            } else if finite && limit == CLAUSE_AFTER {
                // "Obama said after meeting Putin": the subject is before the cue; only "as
                // saying" after it still matters ("quoted Djamal as saying").
                limit = clause.len() + AS_SAYING;
            }
            named = named || self.pick_at(t.span.start).is_some();
            clause.push(t);
        }
        let k = clause
            .iter()
            .position(|t| self.lex.speech(self.word(t)) == Some(Speech::Finite))?;
        let cue = clause.get(k).map(|t| t.span);
        // A new sentence after the quote is narrative, unless it is only "Doe said (on
        // Friday).": “… ‘hysteria.’ The New York Times reported that …” is not the Times'.
        let sentence = self.sentence_of(cue?.start);
        if sentence.start >= close.end
            && tokens(self.text, Span::new(cue?.end, sentence.end)).count() > SHORT_ATTRIBUTION
        {
            return None;
        }
        // "Detik.com quoted Djamal as saying": the one quoted as saying speaks.
        let as_saying = clause.windows(2).position(|w| match w {
            [a, b] => {
                self.word(a) == "as" && self.lex.speech(self.word(b)) == Some(Speech::Participle)
            }
            _ => false,
        });
        if let Some(j) = as_saying.filter(|&j| j > k + 1)
            && let Some(pick) = clause
                .get(k + 1..j)
                .and_then(|quoted| self.last_subject(quoted))
        {
            return Some(pick.said(cue));
        }
        let subject = if k == 0 {
            clause
                .get(1..)
                .and_then(|rest| self.first_person_or_subject(rest))
        } else {
            clause.get(..k).and_then(|head| self.first_subject(head))
        }?;
        Some(subject.said(cue))
    }

    /// A transcript line: “DOE: We will not back down.” — a speaker label in capitals and a
    /// colon open the quoted words.
    fn labelled(&self, q: &Quoted) -> Option<Said> {
        let words = q.span.text(self.text);
        // A label is short: only the opening characters are read.
        let head = words
            .char_indices()
            .nth(LABEL_CHARS)
            .map_or(words, |(i, _)| words.get(..i).unwrap_or(words));
        let (label, _) = head.split_once(": ")?;
        let letters = label.chars().filter(|c| c.is_alphabetic()).count();
        let shouted = letters >= 2
            && label
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
        shouted.then_some(())?;
        Some(self.pick_at(q.span.start)?.said(None))
    }

    /// “Q” — Jane Doe: a quote signed with a dash and a name that ends its line.
    fn signed(&self, from: usize, end: usize) -> Option<Said> {
        let mut toks = tokens(self.text, Span::new(from, end));
        let dash = toks.next()?;
        if dash.kind != TokenKind::Dash {
            return None;
        }
        let name = toks.next()?;
        let (mention, actor) = self.mention_at(name.span.start)?;
        let rest = self.text.get(mention.end..end)?;
        let line = rest.split('\n').next().unwrap_or("");
        let pick = Pick { actor, mention };
        (!line.chars().any(char::is_alphanumeric)).then_some(pick.said(None))
    }

    /// A quote opening its paragraph after a paragraph that ends with a colon: "Doe said:" or
    /// "The Times reports:" introduces it.
    fn lead_in(&mut self, q: &Quoted) -> Option<Said> {
        let para = self.paragraph_of(q.open.start);
        if q.open.start != para.start {
            return None;
        }
        let k = self.seg.paragraphs.partition_point(|p| p.end <= para.start);
        let previous = self.seg.paragraphs.get(k.checked_sub(1)?)?;
        if !previous.text(self.text).trim_end().ends_with(':') {
            return None;
        }
        let last = self.sentence_of(previous.end.saturating_sub(1));
        self.before(Span::new(last.start, q.open.start), q)
    }

    /// According to X, … “Q” (or “Q”, according to X).
    fn according_to(&mut self, sentence: Span, q: &Quoted) -> Option<Said> {
        let close = q.close.map_or(q.open.end, |c| c.end);
        let window = Span::new(
            context_before(self.text, sentence.start, q.open.start).start,
            context_after(self.text, close, sentence.end).end,
        );
        // Most quotes have none: a byte search spares tokenising their context.
        if !window.text(self.text).contains("ccording") {
            return None;
        }
        let toks: Vec<Token> = tokens(self.text, window).collect();
        let k = toks.windows(2).position(|w| match w {
            [a, b] => self.word(a).eq_ignore_ascii_case("according") && self.word(b) == "to",
            _ => false,
        })?;
        let (a, b) = (toks.get(k)?, toks.get(k + 1)?);
        if a.span.start > q.open.start && q.close.is_none_or(|c| a.span.start < c.end) {
            return None;
        }
        let subject = self.first_subject(toks.get(k + 2..(k + 8).min(toks.len()))?)?;
        Some(subject.said(Some(Span::new(a.span.start, b.span.end))))
    }

    /// X said: “Q” · X, who dismissed … as “Q” · X framed …, stating “Q” · the readout stated.
    fn before(&mut self, sentence: Span, q: &Quoted) -> Option<Said> {
        let toks: Vec<Token> = tokens(
            self.text,
            context_before(self.text, sentence.start, q.open.start),
        )
        .collect();
        // "Secretary of the Air Force James Roche: “No, Sir…”": a name, a colon, the quote.
        if let [.., name, colon] = toks.as_slice()
            && self.word(colon) == ":"
            && let Some(pick) = self.pick_at(name.span.start)
        {
            return Some(pick.said(None));
        }
        let (k, speech) = toks.iter().enumerate().rev().find_map(|(k, t)| {
            let w = self.word(t);
            match self.lex.speech(w) {
                Some(Speech::Finite | Speech::Participle) if t.kind == TokenKind::Word => {
                    Some((k, self.lex.speech(w)?))
                }
                _ => None,
            }
        })?;
        let cue = toks.get(k).map(|t| t.span);
        let head = toks.get(..k)?;
        // "Detik.com quoted Djamal as saying": the one quoted as saying is the speaker.
        if let [rest @ .., as_] = head
            && self.word(as_) == "as"
            && speech == Speech::Participle
        {
            return Some(self.last_subject(rest)?.said(cue));
        }
        let pick = if speech == Speech::Participle {
            // The participle's subject is the main clause's: the first person named, else the
            // first organisation, else the nearest name before the cue.
            self.first_of_kind(head, ActorKind::Person)
                .or_else(|| self.first_of_kind(head, ActorKind::Organization))
                .or_else(|| self.describe_after(head))
                .or_else(|| self.last_subject(head))
        } else {
            self.last_subject(head)
        }?;
        Some(pick.said(cue))
    }

    /// A paragraph that is only a quotation, or a quotation after the previous one and its short
    /// attribution in the same paragraph, continues the previous quote's speaker.
    fn continued(
        &self,
        q: &Quoted,
        previous: Option<(Span, Option<usize>, Option<Span>)>,
    ) -> Option<Said> {
        let para = self.paragraph_of(q.open.start);
        let only = q.open.start == para.start
            && q.close.is_none_or(|c| {
                self.text
                    .get(c.end..para.end)
                    .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
            });
        let (prev_span, prev_speaker, prev_cue) = previous?;
        let prev_para = self.paragraph_of(prev_span.start);
        let adjacent = self
            .seg
            .paragraphs
            .partition_point(|p| p.end <= prev_para.start)
            + 1
            >= self.seg.paragraphs.partition_point(|p| p.end <= para.start);
        // “A,” she said. “B.”: the next piece of the same paragraph, after no more than the
        // previous piece's attribution — a few words, or its whole attribution sentence
        // (“A,” said Jane Doe, a professor of law at State University. “B.”).
        let attribution_only = prev_cue.is_some_and(|c| c.start >= prev_span.end)
            && self
                .seg
                .sentences
                .get(
                    self.seg
                        .sentences
                        .partition_point(|s| s.start <= prev_span.end),
                )
                .is_none_or(|next| next.start >= q.open.start);
        let same_paragraph = prev_para == para
            && self
                .text
                .get(prev_span.end..q.open.start)
                .is_some_and(|between| {
                    let words = between.split_whitespace().count();
                    (words <= CONTINUATION_WORDS
                        || (attribution_only && words <= ATTRIBUTION_WORDS))
                        && !between.contains(['\n', ':', ';'])
                });
        ((only && adjacent) || same_paragraph).then_some(())?;
        Some(Said {
            actor: prev_speaker?,
            cue: None,
            mention: None,
        })
    }

    /// Whether the word token `t` ends with an abbreviation dot: "Inc.", "R.", "Gen.".
    fn abbreviation(&self, t: &Token) -> bool {
        let w = self.word(t);
        let dotted = format!("{w}.");
        (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            || self.lex.org_cue(&dotted).is_some()
            || self.lex.title(&dotted).is_some()
    }

    fn first_of_kind(&self, toks: &[Token], kind: ActorKind) -> Option<Pick> {
        toks.iter()
            .filter_map(|t| self.pick_at(t.span.start))
            .find(|p| self.kinds.get(p.actor) == Some(&kind))
    }

    /// The first actor, pronoun or description in `toks`, reading forward.
    pub(super) fn first_subject(&mut self, toks: &[Token]) -> Option<Pick> {
        for (i, t) in toks.iter().enumerate() {
            if let Some(p) = self.pick_at(t.span.start) {
                return Some(p);
            }
            if let Some(p) = self.refer(toks, i) {
                return Some(p);
            }
        }
        self.describe_after(toks)
    }

    /// The subject before a cue, reading backward within the clause: the nearest pronoun,
    /// description or person, else the nearest other name; names right after a preposition
    /// ("condolences for Jobs") count only when nothing else is there. A relative "who" or an
    /// appositive (", a doctor at New York University,") leads on to the name before it. A
    /// description right before the cue that names no known actor ("a rights group says")
    /// becomes an unnamed actor.
    pub(super) fn last_subject(&mut self, toks: &[Token]) -> Option<Pick> {
        // "Jane Doe, a former Acme aide who …, said": the subject is the name the appositive
        // follows, not a name inside it.
        if toks.last().is_some_and(|t| self.word(t) == ",")
            && let Some(p) = self.appositive_person(toks)
        {
            return Some(p);
        }
        let (mut other, mut fallback) = (None, None);
        let nearest = self.described_before(toks);
        for (i, t) in toks.iter().enumerate().rev() {
            if t.kind == TokenKind::Quote {
                break;
            }
            if nearest.is_some_and(|(from, _)| i < from) {
                return self
                    .appositive_person(toks)
                    .or_else(|| self.describe(toks, nearest?));
            }
            if let Some(p) = self.pick_at(t.span.start) {
                let prep = self.after_preposition(t.span);
                if !prep && self.kinds.get(p.actor) == Some(&ActorKind::Person) {
                    return Some(p);
                }
                fallback = fallback.or(Some(p));
                if !prep && self.kinds.get(p.actor) != Some(&ActorKind::Place) {
                    other = other.or(Some(p));
                }
                continue;
            }
            if let Some(p) = self.refer(toks, i) {
                return Some(p);
            }
        }
        match nearest {
            // The description opens the clause: "Police officials said".
            Some(words) => self.describe(toks, words),
            None => other.or(fallback),
        }
    }

    /// A person named at the start of the clause and followed by a comma: the subject whose
    /// appositive ("Ralph Crosby, the company's North America chief, said") ends before the cue.
    fn appositive_person(&self, toks: &[Token]) -> Option<Pick> {
        // A title may come first ("Dr. Jane Doe, …").
        let pick = toks
            .iter()
            .take(TITLE_REACH)
            .take_while(|t| self.word(t).starts_with(char::is_uppercase) || self.word(t) == ".")
            .find_map(|t| self.pick_at(t.span.start))?;
        let after = toks.iter().find(|t| t.span.start >= pick.mention.end)?;
        (self.kinds.get(pick.actor) == Some(&ActorKind::Person) && self.word(after) == ",")
            .then_some(pick)
    }

    /// The first person in `toks`, else the first actor, pronoun or description: for
    /// "said Apple CEO Steve Jobs".
    pub(super) fn first_person_or_subject(&mut self, toks: &[Token]) -> Option<Pick> {
        self.first_of_kind(toks, ActorKind::Person)
            .or_else(|| self.first_subject(toks))
    }

    /// Resolves token `i` of `toks` when it is a pronoun, a relative "who" after a name, or
    /// a "the …" description of a known actor.
    fn refer(&mut self, toks: &[Token], i: usize) -> Option<Pick> {
        let t = toks.get(i)?;
        let w = self.word(t).to_lowercase();
        let the = i
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|p| self.word(p).eq_ignore_ascii_case("the"));
        let (actor, form) = match w.as_str() {
            "he" | "she" | "it" | "they" | "we" => {
                (self.pronoun(t.span, &w)?, MentionForm::Pronoun)
            }
            // Outside quotation marks, "I" is the one who wrote the article.
            "i" => (
                self.unnamed("the writer", "the writer", ActorKind::Person),
                MentionForm::Pronoun,
            ),
            // "Jane Doe, who said": the relative pronoun stands for the name before it.
            "who" | "which" => {
                let k = i.checked_sub(1)?;
                let k = if toks.get(k).is_some_and(|p| self.word(p) == ",") {
                    k.checked_sub(1)?
                } else {
                    k
                };
                let actor = match self.pick_at(toks.get(k)?.span.start) {
                    Some(name) => {
                        let human = matches!(
                            self.kinds.get(name.actor),
                            Some(ActorKind::Person | ActorKind::Group)
                        );
                        if human != (w == "who") {
                            return None;
                        }
                        name.actor
                    }
                    // "economists who argue": the description before it.
                    None => {
                        let before = toks.get(..=k)?;
                        let words = self.described_before(before)?;
                        self.describe(before, words)?.actor
                    }
                };
                (actor, MentionForm::Pronoun)
            }
            _ if the && ORG_NOUNS.contains(&w.as_str()) => (
                self.nearest(t.span.start, |k| k == ActorKind::Organization, false)?,
                MentionForm::Description,
            ),
            _ if the && self.lex.title(&w).is_some_and(|u| u.post) => {
                let by_role = self.nearest_with_role(t.span.start, &w);
                let person = by_role
                    .or_else(|| self.nearest(t.span.start, |k| k == ActorKind::Person, false));
                (person?, MentionForm::Description)
            }
            _ => return None,
        };
        self.resolved.push((actor, Mention { span: t.span, form }));
        Some(Pick {
            actor,
            mention: t.span,
        })
    }

    /// Whether `t` can head a description of a speaker: an ordinary noun ("officials", "a
    /// spokesman", "the study"), capitalised only when it opens the clause.
    fn description_head(&self, t: &Token, opens: bool) -> bool {
        let w = self.word(t);
        t.kind == TokenKind::Word
            && (opens || !w.starts_with(char::is_uppercase))
            && self.lex.function(w).is_none()
            && self.lex.report(w).is_none()
            && self.lex.speech(w).is_none_or(|s| s == Speech::Noun)
            && !w.ends_with("ly")
            && self.lex.is_common(&w.to_lowercase())
            && self.pick_at(t.span.start).is_none()
    }

    /// Whether `t` can modify a description: an ordinary or capitalised word, a number or a
    /// possessive ("the ministry's", "two senior", "Police"), not a known actor.
    fn description_modifier(&self, t: &Token) -> bool {
        let w = self.word(t);
        match t.kind {
            TokenKind::Number | TokenKind::Possessive => true,
            TokenKind::Word => {
                self.lex.function(w).is_none()
                    && self.lex.report(w).is_none()
                    && self.pick_at(t.span.start).is_none()
            }
            _ => false,
        }
    }

    /// The description ending right before a cue, as token indices `start..end` of `toks`
    /// (the clause before the cue): "a U.S.-based rights group", "Police officials have".
    fn described_before(&self, toks: &[Token]) -> Option<(usize, usize)> {
        // Auxiliaries, adverbs and times between the subject and the cue: "officials have
        // also said", "the court this month rejected". After "and" or "but" the verb shares an
        // earlier subject: "Doe praised the plan but said".
        let mut end = toks.len();
        while let Some(t) = end.checked_sub(1).and_then(|k| toks.get(k)) {
            let w = self.word(t);
            let function = self.lex.function(w);
            if function == Some(Function::Conjunction) {
                return None;
            }
            let time = end >= 2
                && is_time_noun(w)
                && toks
                    .get(end - 2)
                    .is_some_and(|d| self.lex.function(self.word(d)) == Some(Function::Determiner));
            if time {
                end -= 2;
                continue;
            }
            // "continued to call for": the lead verb and its "to" stand between too.
            let lead = w == "to"
                && end
                    .checked_sub(2)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|l| self.lex.function(self.word(l)) == Some(Function::Lead));
            let between = matches!(
                function,
                Some(Function::Auxiliary | Function::Adverb | Function::Lead)
            ) || lead
                || (w.ends_with("ly") && t.kind == TokenKind::Word);
            if !between {
                break;
            }
            end -= 1;
        }
        let head = toks.get(end.checked_sub(1)?)?;
        if !self.description_head(head, end == 1) {
            return None;
        }
        // "the Kremlin readout", "the Clinton campaign": the named actor speaks for it.
        if end
            .checked_sub(2)
            .and_then(|k| toks.get(k))
            .is_some_and(|m| self.pick_at(m.span.start).is_some())
        {
            return None;
        }
        let mut start = end - 1;
        while let Some(t) = start.checked_sub(1).and_then(|k| toks.get(k)) {
            if end - start >= MAX_DESCRIPTION {
                break;
            }
            if self.lex.function(self.word(t)) == Some(Function::Determiner) {
                start -= 1;
                break;
            }
            if !self.description_modifier(t) {
                break;
            }
            start -= 1;
        }
        // "today's earnings report" stops at "today": the description starts after the "'s".
        while start < end - 1
            && toks
                .get(start)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            start += 1;
        }
        Some((start, end))
    }

    /// The description opening `toks` (the words after a cue or "according to"): "a
    /// spokesman for the ministry" reads "a spokesman".
    pub(super) fn describe_after(&mut self, toks: &[Token]) -> Option<Pick> {
        let end = usize::from(
            toks.first()
                .is_some_and(|t| self.lex.function(self.word(t)) == Some(Function::Determiner)),
        );
        let end = (end..toks.len().min(MAX_DESCRIPTION))
            .find(|&k| toks.get(k).is_none_or(|t| !self.description_modifier(t)))
            .unwrap_or(toks.len().min(MAX_DESCRIPTION));
        // It ends its clause or a prepositional phrase follows: "said a spokesman for the
        // ministry", not "claimed that the former executive had".
        let closed = toks.get(end).is_none_or(|t| {
            t.kind != TokenKind::Word
                || matches!(
                    self.lex.function(self.word(t)),
                    Some(Function::Preposition | Function::Subject)
                )
        });
        if !closed {
            return None;
        }
        let head = toks.get(end.checked_sub(1)?)?;
        if !self.description_head(head, end == 1) {
            return None;
        }
        self.describe(toks, (0, end))
    }

    /// The unnamed actor a description (tokens `start..end` of `toks`) names: the one already
    /// made for the same words, or a new one. The description becomes its mention.
    fn describe(&mut self, toks: &[Token], (start, end): (usize, usize)) -> Option<Pick> {
        let (first, last) = (toks.get(start)?, toks.get(end.checked_sub(1)?)?);
        let span = Span::new(first.span.start, last.span.end);
        let surface = span.text(self.text);
        let key = surface
            .split_whitespace()
            .skip_while(|w| ["a", "an", "the"].contains(&w.to_lowercase().as_str()))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let kind = self.description_kind(&self.word(last).to_lowercase());
        let name = surface.split_whitespace().collect::<Vec<_>>().join(" ");
        let actor = self.unnamed(&key, &name, kind);
        self.resolved.push((
            actor,
            Mention {
                span,
                form: MentionForm::Description,
            },
        ));
        Some(Pick {
            actor,
            mention: span,
        })
    }

    /// The unnamed actor called `key` (lowercase), made with `name` and `kind` the first time.
    fn unnamed(&mut self, key: &str, name: &str, kind: ActorKind) -> usize {
        if let Some(&actor) = self.described_by.get(key) {
            return actor;
        }
        let actor = Actor {
            name: name.to_owned(),
            kind,
            roles: Vec::new(),
            aliases: vec![name.to_owned()],
            mentions: Vec::new(),
            salience: 0.0,
            named: false,
        };
        self.described.push(actor);
        self.kinds.push(kind);
        self.genders.push(None);
        self.roles.push(String::new());
        let index = self.base + self.described.len() - 1;
        self.described_by.insert(key.to_owned(), index);
        index
    }

    /// The kind of an unnamed actor from its head noun: a role is a person ("spokesman"),
    /// several of them a group ("officials"); an organisation noun an organisation; anything
    /// else ("a new poll") other.
    fn description_kind(&self, head: &str) -> ActorKind {
        let singular = head.strip_suffix('s').unwrap_or(head);
        if self.lex.title(head).is_some_and(|t| t.post) {
            if singular != head && self.lex.title(singular).is_some() {
                ActorKind::Group
            } else {
                ActorKind::Person
            }
        } else if singular != head && self.lex.title(singular).is_some_and(|t| t.post) {
            ActorKind::Group
        } else if ORG_NOUNS.contains(&head) {
            ActorKind::Organization
        } else {
            ActorKind::Other
        }
    }

    fn pronoun(&self, at: Span, word: &str) -> Option<usize> {
        match word {
            "he" | "she" => {
                let want = if word == "he" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                let person = |a: usize| {
                    self.kinds.get(a) == Some(&ActorKind::Person)
                        && self
                            .genders
                            .get(a)
                            .copied()
                            .flatten()
                            .is_none_or(|g| g == want || g == Gender::Unknown)
                };
                self.subject_of_previous(at.start, &person)
                    .or_else(|| self.nearest_where(at.start, false, person))
            }
            "it" => self.nearest(
                at.start,
                |k| {
                    matches!(
                        k,
                        ActorKind::Organization | ActorKind::Place | ActorKind::Group
                    )
                },
                true,
            ),
            _ => self.nearest(
                at.start,
                |k| matches!(k, ActorKind::Organization | ActorKind::Group),
                true,
            ),
        }
    }

    /// For a pronoun opening its sentence, the first matching actor of the previous sentence
    /// (its subject, usually) rather than the nearest: "Richard Doherty credits Steve Jobs. He
    /// states …" is Doherty.
    fn subject_of_previous(&self, at: usize, accept: &impl Fn(usize) -> bool) -> Option<usize> {
        let s = self.seg.sentences.partition_point(|s| s.end <= at);
        let sentence = self.seg.sentences.get(s)?;
        let opens = at - sentence.start.min(at) <= CONTEXT
            && tokens(self.text, Span::new(sentence.start, at)).all(|t| t.kind != TokenKind::Word);
        let previous = self.seg.sentences.get(s.checked_sub(1)?)?;
        if !opens {
            return None;
        }
        let k = self
            .mentions
            .partition_point(|(span, _)| span.start < previous.start);
        self.mentions
            .get(k..)?
            .iter()
            .take_while(|(span, _)| span.end <= previous.end)
            .take(MENTION_REACH)
            .map(|&(_, a)| a)
            .find(|&a| accept(a))
    }

    fn nearest(
        &self,
        before: usize,
        kind: impl Fn(ActorKind) -> bool,
        subjects: bool,
    ) -> Option<usize> {
        self.nearest_where(before, subjects, |a| {
            self.kinds.get(a).is_some_and(|&k| kind(k))
        })
    }

    fn nearest_with_role(&self, before: usize, role: &str) -> Option<usize> {
        self.nearest_where(before, false, |a| {
            self.kinds.get(a) == Some(&ActorKind::Person)
                && self.roles.get(a).is_some_and(|r| r.contains(role))
        })
    }

    /// The actor of the nearest name mention before `before` (within a few sentences) that
    /// satisfies `accept`; with `subjects`, names right after a preposition are skipped.
    fn nearest_where(
        &self,
        before: usize,
        subjects: bool,
        accept: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let s = self.seg.sentences.partition_point(|s| s.end <= before);
        let floor = self
            .seg
            .sentences
            .get(s.saturating_sub(PRONOUN_REACH))
            .map_or(0, |s| s.start);
        let k = self
            .mentions
            .partition_point(|(span, _)| span.start < before);
        self.mentions
            .get(..k)?
            .iter()
            .rev()
            .take_while(|(span, _)| span.start >= floor)
            .take(MENTION_REACH)
            .filter(|(span, _)| !subjects || !self.after_preposition(*span))
            .map(|&(_, a)| a)
            .find(|&a| accept(a))
    }

    fn after_preposition(&self, span: Span) -> bool {
        let head = self.text.get(..span.start).unwrap_or("");
        let prev = head
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let prev = if prev == "the" {
            let rest = head
                .trim_end()
                .trim_end_matches(|c: char| c.is_alphabetic())
                .trim_end();
            rest.rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_lowercase()
        } else {
            prev
        };
        PREPOSITIONS.contains(&prev.as_str())
    }
}
