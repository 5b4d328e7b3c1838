//! Reporting patterns around a quotation: a cue and its subject after or before it
//! ("“Q,” Doe said", "Doe said: “Q”"), "according to", transcript labels, dash signatures and
//! a lead-in paragraph ending with a colon.

use super::{Attributor, Pick, Said};
use crate::analysis::actors::ActorKind;
use crate::analysis::lexicon::Speech;
use crate::analysis::quotes::marks::Quoted;
use crate::analysis::segment::{Token, TokenKind, context_after, context_before, tokens};
use crate::analysis::span::Span;

/// The most tokens an attribution clause after a quote may have ("he told reporters on Friday").
const CLAUSE_AFTER: usize = 8;

/// The most tokens after the cue of an attribution that is a sentence of its own
/// ("“Stop.” Jane Doe said on Friday.").
const SHORT_ATTRIBUTION: usize = 4;

/// Tokens read after a cue that follows its subject, for "quoted X as saying".
const AS_SAYING: usize = 6;

/// Tokens of a parenthetical stepped over after a speaker's name ("(D-Ohio)").
const ASIDE_TOKENS: usize = 8;

/// The longest transcript speaker label read, in characters (with its colon and space).
const LABEL_CHARS: usize = 34;

impl Attributor<'_> {
    /// “Q,” X said · “Q,” said X · “Q,” he told reporters.
    pub(super) fn after(&mut self, q: &Quoted) -> Option<Said> {
        let close = q.close?;
        let para = self.paragraph_of(close.start);
        if let Some(signed) = self.signed(close.end, para.end) {
            return Some(signed);
        }
        let mut clause: Vec<Token> = Vec::with_capacity(2 * CLAUSE_AFTER);
        let mut cue_first = false;
        let mut limit = CLAUSE_AFTER;
        // Inside a parenthetical after a name: "Rep. Jane Doe (D-Ohio) said".
        let mut aside = 0;
        // Inside an appositive after a name: "Jane Doe, a member of the panel, said".
        let mut appositive = 0;
        // Whether the clause so far names an actor.
        let mut named = false;
        // The clause's first finite reporting verb.
        let mut first_finite = None;
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
            let finite = t.kind == TokenKind::Word && self.lex.speech(w) == Some(Speech::Finite);
            if finite && first_finite.is_none() {
                first_finite = Some(clause.len());
            }
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
        let k = first_finite?;
        let cue = clause.get(k).map(|t| t.span);
        // A new sentence after the quote is narrative, unless it is only "Doe said (on
        // Friday).": “… ‘hysteria.’ The New York Times reported that …” is not the Times'.
        let sentence = self.sentence_of(cue?.start);
        if sentence.start >= close.end
            && tokens(self.text, Span::new(cue?.end, sentence.end))
                .nth(SHORT_ATTRIBUTION)
                .is_some()
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
    pub(super) fn labelled(&self, q: &Quoted) -> Option<Said> {
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
    pub(super) fn lead_in(&mut self, q: &Quoted) -> Option<Said> {
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
    pub(super) fn according_to(&mut self, sentence: Span, q: &Quoted) -> Option<Said> {
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
    pub(super) fn before(&mut self, sentence: Span, q: &Quoted) -> Option<Said> {
        let mut toks = std::mem::take(&mut self.window);
        toks.clear();
        self.tokens_before(
            context_before(self.text, sentence.start, q.open.start),
            &mut toks,
        );
        let said = self.before_in(&toks);
        self.window = toks;
        said
    }

    /// Appends the tokens of `window` to `out`. A window that opens a stored sentence and
    /// ends after a space has the sentence's first tokens (the tokenizer reads them alike):
    /// they are copied rather than tokenised again.
    fn tokens_before(&self, window: Span, out: &mut Vec<Token>) {
        let after_space = window.is_empty()
            || self
                .text
                .as_bytes()
                .get(window.end.wrapping_sub(1))
                .is_some_and(u8::is_ascii_whitespace);
        let stored = self
            .shared
            .containing(window)
            .filter(|&(_, s)| s.start == window.start && after_space);
        match stored {
            Some((i, _)) => {
                let from = out.len();
                self.shared.read_into(self.text, i, usize::MAX, out);
                let read = out.get(from..).unwrap_or_default();
                let keep = read.partition_point(|t| t.span.end <= window.end);
                out.truncate(from + keep);
            }
            None => out.extend(tokens(self.text, window)),
        }
    }

    /// [`Attributor::before`] over the tokens `toks` before the quote.
    fn before_in(&mut self, toks: &[Token]) -> Option<Said> {
        // "Secretary of the Air Force James Roche: “No, Sir…”": a name, a colon, the quote.
        if let [.., name, colon] = toks
            && self.word(colon) == ":"
            && let Some(pick) = self.pick_at(name.span.start)
        {
            return Some(pick.said(None));
        }
        let (k, speech) = toks.iter().enumerate().rev().find_map(|(k, t)| {
            if t.kind != TokenKind::Word {
                return None;
            }
            match self.lex.speech(self.word(t)) {
                Some(s @ (Speech::Finite | Speech::Participle)) => Some((k, s)),
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

    /// Whether the word token `t` ends with an abbreviation dot: "Inc.", "R.", "Gen.".
    fn abbreviation(&self, t: &Token) -> bool {
        let w = self.word(t);
        let dotted = format!("{w}.");
        (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            || self.lex.org_cue(&dotted).is_some()
            || self.lex.title(&dotted).is_some()
    }
}
