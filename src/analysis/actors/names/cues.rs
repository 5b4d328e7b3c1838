//! What a run's context tells: a place by its preposition or settlement noun, a made
//! thing, a title or a human verb around a person, and the mentions a finished run emits.

use super::*;

impl Ctx<'_, '_> {
    /// Whether the name `i..end` is placed as a location by its context: a one-word name
    /// after "in" or "near" ("abducted in Velten"), "the city of Arbil", or a name before a
    /// settlement noun ("Jiangsu province", "al-Daih village").
    pub(super) fn locative(&self, i: usize, end: usize) -> bool {
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
    pub(super) fn made(&self, i: usize, end: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).map_or("", |j| self.word(j));
        let next = self.word(end);
        let ends_phrase = || {
            self.units
                .get(end)
                .is_none_or(|u| u.kind != TokenKind::Word)
                || self.lex.function(next).is_some()
        };
        let new = before(1) == "new"
            && matches!(before(2), "the" | "The" | "its" | "their" | "his" | "her");
        let category = || {
            self.lex.product_noun(before(1)) == Some(ProductNoun::Category)
                && !matches!(before(2), "a" | "an" | "A" | "An")
        };
        let release = next == ","
            && matches!(self.word(end + 1), "the" | "a" | "an")
            && (end + 2..end + 5).any(|k| {
                self.lex.product_noun(self.word(k)) == Some(ProductNoun::Version)
                    && matches!(self.word(k + 1), "of" | "to" | "for")
            });
        ((new || category()) && ends_phrase()) || release
    }

    /// Whether an appositive ending in a person's title follows the name that ends before
    /// unit `end`: "Jusman Syafii Djamal, minister of transport for Indonesia,".
    pub(super) fn appositive_title(&self, end: usize) -> bool {
        end.checked_sub(1)
            .and_then(|k| self.units.get(k))
            .is_some_and(|name| {
                super::super::roles::appositive(self.text, self.lex, name.span.end, self.toks)
                    .is_some()
            })
    }

    /// Whether the units from `end` say a person was named: "(Kenya)", ", 34," or ", who".
    pub(super) fn human_after(&self, end: usize) -> bool {
        // Each test asks the lexicon only after the cheap ones around it pass.
        let country = || {
            self.lex
                .place(self.word(end + 1))
                .is_some_and(|p| p.kind == PlaceKind::Country && !p.demonym)
        };
        let age = || {
            self.units
                .get(end + 1)
                .is_some_and(|u| u.kind == TokenKind::Number)
                && self
                    .word(end + 1)
                    .parse::<u8>()
                    .is_ok_and(|n| (15..=110).contains(&n))
        };
        let who = self.word(end) == "who" || (self.word(end) == "," && self.word(end + 1) == "who");
        (self.word(end) == "(" && self.word(end + 2) == ")" && country())
            || (self.word(end) == "," && self.word(end + 2) == "," && age())
            || who
    }

    /// Whether a courtesy title ends right before unit `i`: "Mr. King", "Mrs King".
    pub(super) fn honorific_before(&self, i: usize) -> bool {
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
    pub(super) fn title_word(&self, k: usize) -> bool {
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
    pub(super) fn title_before(&self, i: usize) -> bool {
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
    pub(super) fn strip_common(&self, i: usize, end: usize) -> usize {
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
                given(k) || self.place(k).is_some() || self.lex.title(w).is_some()
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

    /// The place unit `i`'s word names, if any.
    pub(super) fn place(&self, i: usize) -> Option<Place> {
        remember(self.memo.places.get(i), || self.lex.place(self.word(i)))
    }

    pub(super) fn whole_place(&self, i: usize, end: usize) -> Option<Place> {
        let (first, last) = (self.units.get(i)?, self.units.get(end - 1)?);
        self.lex
            .place(Span::new(first.span.start, last.span.end).text(self.text))
    }

    pub(super) fn emit(&self, i: usize, end: usize, titled: bool, out: &mut Vec<NameMention>) {
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
        let gazetteer = if end - i == 1 {
            self.place(i)
        } else {
            self.lex.place(surface)
        };
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
