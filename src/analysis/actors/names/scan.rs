//! Reading a sentence's capitalised runs: which words join, where a run ends, which words
//! fall off it, and the mentions it gives.

use super::*;

impl Ctx<'_, '_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.units.get(i).map_or("", |u| u.span.text(self.text))
    }

    pub(super) fn cap(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.cap)
    }

    pub(super) fn alone(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.alone)
    }

    /// Whether units `i` and `i + 1` touch or are separated by spaces only (no newline).
    pub(super) fn adjacent(&self, i: usize) -> bool {
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
    pub(super) fn score_at(&self, i: usize, j: usize) -> bool {
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
    pub(super) fn run_end(&self, i: usize, limit: usize) -> usize {
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
    pub(super) fn droppable(&self, i: usize) -> bool {
        remember(self.memo.droppable.get(i), || self.droppable_now(i))
    }

    /// Whether unit `i` is an ordinary word.
    pub(super) fn common(&self, i: usize) -> bool {
        remember(self.memo.common.get(i), || self.lex.is_common(self.word(i)))
    }

    /// Whether unit `i` is a given name.
    pub(super) fn given(&self, i: usize) -> bool {
        remember(self.memo.given.get(i), || {
            self.lex.given_name(self.word(i)).is_some()
        })
    }

    pub(super) fn droppable_now(&self, i: usize) -> bool {
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
            && self.place(i).is_none()
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
    pub(super) fn title_at(&self, i: usize, end: usize) -> usize {
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
    pub(super) fn not_a_name(&self, i: usize, end: usize) -> bool {
        let last = self.word(end - 1);
        self.lex.org_cue(last).is_some() || (i..end).all(|k| self.common(k))
    }

    /// A month or weekday name ("January", "May", "Friday"), or a month abbreviation before
    /// its day ("Oct" in "Oct. 3"): never part of a name.
    pub(super) fn date_word(&self, i: usize) -> bool {
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
    #[inline(always)]
    pub(super) fn particle(&self, i: usize) -> bool {
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
    #[inline(always)]
    pub(super) fn model_before_name(&self, i: usize) -> bool {
        // Most units are words: the number test goes first, inline.
        self.units
            .get(i)
            .is_some_and(|u| u.kind == TokenKind::Number)
            && self.number_before_name(i)
    }

    /// [`Ctx::model_before_name`] for the number at unit `i`.
    fn number_before_name(&self, i: usize) -> bool {
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
            && self.place(i + 1).is_none()
            && !is_acronym(self.word(i + 1))
            && !self.alone(i + 1)
            && self.adjacent(i)
    }

    /// Cleans the run `i..end` and records its mentions. `titled`: a title precedes it.
    pub(super) fn run(
        &self,
        mut i: usize,
        end: usize,
        mut titled: bool,
        out: &mut Vec<NameMention>,
    ) {
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
        if (i..end).all(|k| self.title_word(k)) && self.honorific_before(i) {
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
            if p + len < end && self.not_a_name(p + len, end) && !self.honorific_before(p + len) {
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
            && self.place(i).is_some_and(|p| p.kind == PlaceKind::Country)
            && (is_acronym(self.word(i + 1)) || is_camel(self.word(i + 1)))
        {
            self.emit(i, i + 1, false, out);
            self.emit(i + 1, end, titled, out);
            return;
        }
        // A demonym before a name: "Iranian protests" is lowercase, "Israeli Netanyahu" is not.
        while end - i > 1 && self.place(i).is_some_and(|p| p.demonym) {
            if self.lex.org_cue(self.word(end - 1)).is_some() {
                break;
            }
            self.emit(i, i + 1, false, out);
            i += 1;
            titled = false;
        }
        self.emit(i, end, titled, out);
    }
}
