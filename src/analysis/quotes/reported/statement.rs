//! A reported statement in a sentence: its cue (a reporting verb, "according to", a
//! nominal report), the clause it reports, and its speaker before or after it.

use super::*;

impl<'a> Sentence<'a> {
    /// The reporting verb or two-word phrase at token `i`: its frame and the index after it.
    fn cue(&self, i: usize) -> Option<(Frame, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Word || self.in_quote(i) {
            return None;
        }
        let w = self.word(i);
        let next = self.word(i + 1);
        if super::PARTICLES.contains(&next)
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
    pub(super) fn statement_at(
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
            .is_some_and(|k| self.is_char(k, b','));
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
        let comma = (from..i).find(|&k| self.is_char(k, b','))?;
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
                self.is_char(k, b';')
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
