//! Reported speech: statements without quotation marks. "Doe said (that) CLAUSE", "CLAUSE,
//! Doe said", "according to Doe, CLAUSE", "Doe called for …", "a poll shows that CLAUSE".
//! The content is the reported clause, without the attribution; at most one statement per
//! stretch of a sentence, never inside a direct quotation, and one pass over each sentence's
//! tokens.

use super::marks::MAX_QUOTES;
use super::speaker::{Attributor, Said};
use super::{Quote, QuoteKind};
use crate::analysis::lexicon::{Frame, Function, Lexicon};
use crate::analysis::segment::{SentenceTokens, Token, TokenKind};
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
    let room = MAX_QUOTES.saturating_sub(direct.len());
    for (n, sentence) in shared.spans().enumerate() {
        if out.len() >= room {
            break;
        }
        toks.clear();
        toks.extend(shared.sentence(text, n).take(MAX_TOKENS));
        // Where a reporting word could be ("called for" starts at "called"); most sentences
        // have none and are not read further.
        cues.clear();
        cues.extend(toks.iter().enumerate().filter_map(|(k, t)| {
            let w = t.span.text(text);
            let cue = t.kind == TokenKind::Word
                && w.len() >= 3
                && (lex.may_report(w) || w.eq_ignore_ascii_case("according"));
            cue.then_some(k)
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
        let reader = Sentence::new(text, lex, &toks, quoted, sentence, soft);
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
    }
    out.truncate(room);
    out
}

/// Which tokens lie between two-apostrophe quotation marks (''…'', as some archives
/// write quotes), which the quotation finder leaves to be read as reported speech: the
/// words there are the speaker's, not reporting verbs. A closing mark with no opening one
/// in the sentence closes from the sentence start (the last sentence of a long quotation).
fn soft_quoted(text: &str, toks: &[Token]) -> Vec<bool> {
    let apostrophe = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokenKind::Quote && t.span.text(text) == "'")
    };
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
    fn new(
        text: &'a str,
        lex: &'a Lexicon,
        toks: &'a [Token],
        marked: &[Span],
        span: Span,
        soft: Vec<bool>,
    ) -> Sentence<'a> {
        // One search for the sentence, then a walk along the quotations as the tokens advance.
        let mut k = marked.partition_point(|q| q.end <= span.start);
        let inside: Vec<bool> = toks
            .iter()
            .map(|t| {
                while marked.get(k).is_some_and(|q| q.end <= t.span.start) {
                    k += 1;
                }
                marked.get(k).is_some_and(|q| q.start <= t.span.start)
            })
            .collect();
        let running = |f: &dyn Fn(usize) -> bool| {
            let mut n = 0;
            let mut out = vec![0];
            out.extend((0..toks.len()).map(|k| {
                n += usize::from(f(k));
                n
            }));
            out
        };
        let words = running(&|k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word));
        let quoted = running(&|k| inside.get(k).copied().unwrap_or(false));
        let word = |k: usize| toks.get(k).map_or("", |t| t.span.text(text));
        // A new main clause: "…, but the mayor said", "…, and he added"; or a second
        // reporting verb of the same subject: "said X and confirmed Y".
        let new_clause = |k: usize| {
            let next = word(k + 1);
            let second_verb = is_past(next)
                && lex.function(word(k)) == Some(Function::Conjunction)
                && lex.report(next).is_some();
            second_verb
                || word(k) == ","
                    && (CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(next))
                        || (next.eq_ignore_ascii_case("and")
                            && (word(k + 2).starts_with(char::is_uppercase)
                                || lex.function(word(k + 2)) == Some(Function::Subject))))
        };
        let mut stop = vec![toks.len(); toks.len() + 1];
        for k in (0..toks.len()).rev() {
            let here = toks.get(k).is_some_and(|t| {
                !inside.get(k).copied().unwrap_or(false)
                    && (t.kind == TokenKind::Dash || word(k) == ";" || new_clause(k))
            });
            stop[k] = if here { k } else { stop[k + 1] };
        }
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

    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.text(self.text))
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    fn punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Punct | TokenKind::Quote | TokenKind::Dash
            )
        })
    }

    /// Whether token `i` is a quotation mark: a quoted title ("told “Morning Joe” that")
    /// does not end the verb's phrase.
    fn quote_mark(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Quote)
    }

    /// Whether token `i` lies inside a direct quotation (or is one of its marks).
    fn in_quote(&self, i: usize) -> bool {
        self.inside.get(i).copied().unwrap_or(false)
    }

    /// How many tokens of `a..b` `counts` (a running count) counted.
    fn count(counts: &[usize], a: usize, b: usize) -> usize {
        let at = |k: usize| counts.get(k).copied().unwrap_or(0);
        at(b).saturating_sub(at(a))
    }

    /// The span from token `a` to the end of token `b - 1`, or `None` when shorter than
    /// [`MIN_WORDS`] or when it starts in a direct quotation or is mostly one.
    fn content(&self, a: usize, b: usize) -> Option<Span> {
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
    fn clause_end(&self, a: usize) -> usize {
        let mut end = self.stop.get(a).copied().unwrap_or(self.toks.len());
        while end > a && self.punct(end - 1) {
            end -= 1;
        }
        end
    }

    /// The reporting verb or two-word phrase at token `i`: its frame and the index after it.
    fn cue(&self, i: usize) -> Option<(Frame, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Word || self.in_quote(i) {
            return None;
        }
        let w = self.word(i);
        let next = self.word(i + 1);
        if matches!(next, "for" | "on" | "out")
            && let Some(frame) = self.lex.report(&format!("{w} {next}"))
        {
            return Some((frame, i + 2));
        }
        // Lowercase only: "Says" opening a headline, "Report" as a name, are not verbs here.
        // The shortest reporting verbs have three letters ("say", "ask").
        if (w.starts_with(char::is_uppercase) && i > 0) || w.len() < 3 {
            return None;
        }
        Some((self.lex.report(w)?, i + 1))
    }

    /// How the reporting word at token `i` is used, judged by the word before it: `None`
    /// when it is a noun ("the claim", "Trump's claims"), an infinitive or object ("to say",
    /// "from state rolls"), a passive ("was told") or a participle not after a comma.
    fn verb_form(&self, i: usize) -> Option<Form> {
        let prev = i.checked_sub(1)?;
        if self.toks.get(prev)?.kind == TokenKind::Possessive {
            return None;
        }
        let w = self.word(i);
        let p = self.word(prev);
        let before = |k: usize| self.lex.function(self.word(k));
        let p_function = before(prev);
        if w.ends_with("ing") {
            // "…, adding that" · "began by saying" · "is demanding".
            return match p_function {
                _ if p == "," => Some(Form::Participle),
                Some(Function::Preposition) => Some(Form::Participle),
                Some(Function::Be) => Some(Form::Finite),
                _ => None,
            };
        }
        // "appeared to suggest that", "went on to say": the subject is the lead verb's.
        let lead = p == "to"
            && prev.checked_sub(1).is_some_and(|k| {
                before(k) == Some(Function::Lead)
                    || (self.is(k, "on") && k.checked_sub(1).is_some_and(|j| self.is(j, "went")))
            });
        if lead {
            return Some(Form::Finite);
        }
        if matches!(
            p_function,
            Some(Function::Determiner | Function::Preposition)
        ) {
            return None;
        }
        let adverb = matches!(p_function, Some(Function::Adverb | Function::Conjunction))
            || (p_function.is_none() && p.ends_with("ly"));
        let passive = p_function == Some(Function::Be)
            || (adverb && prev.checked_sub(1).and_then(before) == Some(Function::Be));
        if passive {
            return None;
        }
        let base = !w.ends_with('s') && !is_past(w);
        // "scrutinized reports like …": after a past verb, an "-s" word is its object.
        if w.ends_with('s') && p.ends_with("ed") && p_function.is_none() {
            return None;
        }
        // A base form after "and" is as often a noun ("federal and state officials").
        let subject_like = matches!(p_function, Some(Function::Auxiliary | Function::Subject))
            || p.starts_with(char::is_uppercase)
            || p.ends_with('s')
            || (adverb && p_function != Some(Function::Conjunction));
        (!base || subject_like).then_some(Form::Finite)
    }

    /// Whether the verb at token `i` attributes a direct quotation: it is that quote's cue,
    /// or follows closely a quotation that opens the sentence (“…,” Rep. Jane Doe (D-Ohio), a
    /// member of the panel, said) — not a title quoted inside it ("on CBS's “Face the
    /// Nation,” Paul Ryan said the …").
    fn attributes_quote(&self, i: usize, direct: &[Quote]) -> bool {
        let Some(cue) = self.toks.get(i).map(|t| t.span) else {
            return false;
        };
        let k = direct.partition_point(|q| q.span.start < cue.start);
        // A quoted phrase inside the statement does not make it a quote's attribution
        // (Doe told “Morning Joe” that …).
        let cued = direct.get(k.saturating_sub(2)..k).is_some_and(|near| {
            near.iter()
                .any(|q| q.cue == Some(cue) && q.kind != QuoteKind::Fragment)
        });
        let Some(q) = (i.saturating_sub(TAIL)..i)
            .rev()
            .find(|&k| self.in_quote(k))
        else {
            return cued;
        };
        let opens = (0..q)
            .rev()
            .skip_while(|&k| self.in_quote(k))
            .all(|k| self.toks.get(k).is_none_or(|t| t.kind != TokenKind::Word));
        cued || (opens && (q + 1..i).all(|k| !matches!(self.word(k), ";" | "and" | "but")))
    }

    /// The "that" opening the reported clause after the verb: within a few tokens, before
    /// any punctuation, a pronoun or a verb phrase (whose own clause it would be in), and
    /// followed by a clause.
    fn that_after(&self, after: usize) -> Option<usize> {
        (after..(after + THAT_REACH).min(self.toks.len()))
            .take_while(|&k| {
                self.is(k, "that")
                    || self.quote_mark(k)
                    || self
                        .toks
                        .get(k)
                        .is_some_and(|t| t.kind == TokenKind::Possessive)
                    || (!self.punct(k)
                        && !matches!(
                            self.lex.function(self.word(k)),
                            Some(Function::Subject | Function::Auxiliary | Function::Be)
                        ))
            })
            .find(|&k| self.is(k, "that"))
            .filter(|&k| Self::count(&self.words, k + 1, self.toks.len()) >= MIN_WORDS)
    }

    /// After "told reporters", the subject pronoun or question word that opens the reported
    /// clause ("told reporters he …", "told the host how …").
    fn told_clause(&self, after: usize) -> Option<usize> {
        (after..(after + THAT_REACH).min(self.toks.len()))
            .take_while(|&k| self.quote_mark(k) || !self.punct(k))
            .find(|&k| {
                !self.in_quote(k)
                    && (self.lex.function(self.word(k)) == Some(Function::Subject)
                        || WH_WORDS.contains(&self.word(k).to_lowercase().as_str()))
            })
    }

    /// The reported statement whose cue is token `i`, if it is one.
    fn statement_at(
        &self,
        i: usize,
        attributor: &mut Attributor,
        direct: &[Quote],
    ) -> Option<Quote> {
        if self.is(i, "according") && self.is(i + 1, "to") {
            return self.according_to(i, attributor);
        }
        let (frame, after) = self.cue(i)?;
        let form = self.verb_form(i)?;
        if form == Form::Finite && self.attributes_quote(i, direct) {
            return None;
        }
        let cue = Span::new(
            self.toks.get(i)?.span.start,
            self.toks.get(after - 1)?.span.end,
        );
        let tail = self.toks.len().saturating_sub(after);
        let clause_first = matches!(frame, Frame::Clause | Frame::Tell) && form == Form::Finite;
        let that = self.that_after(after);
        // "…, said Tom Reed, the state's governor.": an inverted attribution (after a
        // quotation's closing mark too: ''…,'' said Tom Reed).
        let comma_before = (0..i)
            .rev()
            .find(|&k| !self.quote_mark(k))
            .is_some_and(|k| self.word(k) == ",");
        let named_after = self.word(after).starts_with(char::is_uppercase)
            || self.lex.function(self.word(after)) == Some(Function::Determiner);
        if clause_first
            && comma_before
            && (tail <= TAIL || named_after)
            && that.is_none()
            && let Some(found) = self.fronted(i, after, attributor, cue)
        {
            return Some(found);
        }
        let start = match (frame, that) {
            // "said that, if elected, he would": the clause starts after the comma.
            (_, Some(k)) => Some(k + 1 + usize::from(self.word(k + 1) == ",")),
            (Frame::Tell, None) => self.told_clause(after),
            (_, None) => Some(after),
        };
        let opened = start
            .filter(|&a| !self.opens_quote(a) && self.word(a) != ",")
            .and_then(|a| self.content(a, self.clause_end(a)));
        if let Some(span) = opened {
            // "… stated Putin “outlined …” and confirmed …": after "and", the verb shares the
            // clause's subject, as a participle does.
            let coordinated = self.lex.function(self.word(i - 1)) == Some(Function::Conjunction);
            let speaker: Option<Said> = match form {
                Form::Finite if coordinated => self
                    .participle_speaker(i, attributor, direct)
                    .or_else(|| self.subject_before(i, attributor)),
                Form::Participle => self.participle_speaker(i, attributor, direct),
                Form::Finite => self.subject_before(i, attributor),
            };
            return Some(reported(span, speaker, cue));
        }
        if !clause_first {
            return None;
        }
        let aside = self.word(after) == ",";
        (aside || tail <= TAIL).then_some(())?;
        self.fronted(i, after, attributor, cue)
    }

    /// The clause came first: "The plan is dead, Doe said (on Friday)." · "…, said Doe." ·
    /// "The plan, Doe said, is dead."
    fn fronted(
        &self,
        i: usize,
        after: usize,
        attributor: &mut Attributor,
        cue: Span,
    ) -> Option<Quote> {
        // The attribution starts after any two-apostrophe quotation (''…, but I …,'' said Doe).
        let quoted_to = self
            .soft
            .get(..i)
            .and_then(|soft| soft.iter().rposition(|&s| s));
        let from = i.saturating_sub(TAIL).max(quoted_to.unwrap_or(0));
        let comma = (from..i).find(|&k| self.word(k) == ",")?;
        // "The plan, Doe said, is dead": the attribution is an aside inside the clause; not
        // when a quotation closes at the comma (''…,'' Doe said, adding …).
        let end = if self.word(after) == "," && !self.quote_mark(comma + 1) {
            self.clause_end(after + 1)
        } else {
            comma
        };
        let span = self.content(0, end)?;
        let head = self.toks.get(comma + 1..i)?;
        let subject = if head.iter().all(|t| t.kind != TokenKind::Word) {
            self.toks
                .get(after..)
                .and_then(|rest| attributor.first_person_or_subject(rest))
        } else {
            attributor.first_person_or_subject(head)
        };
        (subject.is_some() || head.len() <= SHORT_SUBJECT)
            .then(|| reported(span, subject.map(|p| p.said(None)), cue))
    }

    /// Whether a direct quotation opens at token `a` or the one after (“said: “…”).
    fn opens_quote(&self, a: usize) -> bool {
        (a..(a + 2).min(self.toks.len())).any(|k| self.in_quote(k))
    }

    /// "According to X, CLAUSE" and "CLAUSE, according to X".
    fn according_to(&self, i: usize, attributor: &mut Attributor) -> Option<Quote> {
        let cue = Span::new(self.toks.get(i)?.span.start, self.toks.get(i + 1)?.span.end);
        let source_end = (i + 2..self.toks.len())
            .find(|&k| self.punct(k))
            .unwrap_or(self.toks.len());
        let source = self.toks.get(i + 2..source_end)?;
        let speaker = attributor.first_subject(source);
        let span = if i > 0 && self.word(i - 1) == "," {
            self.content(0, i - 1)?
        } else if self.word(source_end) == "," {
            self.content(source_end + 1, self.clause_end(source_end + 1))?
        } else {
            return None;
        };
        Some(reported(span, speaker.map(|p| p.said(None)), cue))
    }

    /// The speaker of a finite verb: the nearest subject before it in its clause (from the
    /// sentence start or the last semicolon or dash).
    fn subject_before(&self, i: usize, attributor: &mut Attributor) -> Option<Said> {
        let from = (0..i)
            .rev()
            .find(|&k| {
                self.word(k) == ";"
                    || self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Dash)
                    || self.in_quote(k)
            })
            .map_or(0, |k| k + 1);
        let head = self.toks.get(from..i)?;
        attributor.last_subject(head).map(|p| p.said(None))
    }

    /// The speaker of "…, adding that …": the speaker of a direct quote in the same sentence,
    /// else the first person (or subject) of the clause before.
    fn participle_speaker(
        &self,
        i: usize,
        attributor: &mut Attributor,
        direct: &[Quote],
    ) -> Option<Said> {
        let at = self.toks.get(i)?.span.start;
        let before = direct.partition_point(|q| q.span.start < at);
        let in_sentence = direct
            .get(..before)?
            .iter()
            .rev()
            .take_while(|q| q.span.start >= self.span.start)
            .find_map(|q| {
                Some(Said {
                    actor: q.speaker?,
                    cue: None,
                    mention: q.speaker_mention,
                })
            });
        if in_sentence.is_some() {
            return in_sentence;
        }
        let head: Vec<Token> = (0..i)
            .filter(|&k| !self.in_quote(k))
            .filter_map(|k| self.toks.get(k).copied())
            .collect();
        attributor
            .first_person_or_subject(&head)
            .map(|p| p.said(None))
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
