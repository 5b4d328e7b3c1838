//! Gazetteers and word lists from `assets/lexicon/` (sources and licences in its README),
//! compiled by `build.rs` into static hash tables (`table.rs`): looking a word up needs no
//! start-up work.

pub(crate) mod hash;
mod kinds;
mod table;
mod tables;

pub use kinds::{Frame, Function, Gender, OrgCue, Place, PlaceKind, ProductNoun, Speech, TitleUse};
use tables::{
    COMMON, FUNCTION, GIVEN_NAMES, MAY_REPORT, NOT_NAMES, ORG_CUES, PLACES, PRODUCTS, REPORT,
    SPEECH, TITLE_WORDS, TITLES,
};

/// The embedded word lists. Their tables are statics built at compile time, so a value of
/// this type is free to make and every lookup reads them directly.
#[derive(Debug, Clone, Copy)]
pub struct Lexicon {
    _tables: (),
}

/// The lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: Lexicon = Lexicon::build();
    &LEXICON
}

impl Lexicon {
    /// The lexicon over the compiled-in tables (nothing to parse). [`lexicon`] lends one.
    pub const fn build() -> Lexicon {
        Lexicon { _tables: () }
    }

    /// The place a surface form names, exactly as written ("U.S.", "Iranian", "Tehran").
    pub fn place(&self, surface: &str) -> Option<Place> {
        if let Some(p) = stored_place(surface) {
            return Some(p);
        }
        // Wire datelines and shouted headlines: "WASHINGTON", "NEW YORK".
        let shouted = surface.len() >= 4
            && surface
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'.');
        if !shouted {
            return None;
        }
        let mut titled = String::with_capacity(surface.len());
        let mut start = true;
        for c in surface.chars() {
            titled.push(if start { c } else { c.to_ascii_lowercase() });
            start = c == ' ';
        }
        stored_place(&titled)
    }

    /// The gender a given name suggests, if it is a known given name.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        GIVEN_NAMES.get(word).copied()
    }

    /// How `word` (lowercase, singular or plural) tells a product's name, if it does.
    pub fn product_noun(&self, word: &str) -> Option<ProductNoun> {
        PRODUCTS
            .get(word)
            .or_else(|| PRODUCTS.get(word.strip_suffix('s')?))
            .copied()
    }

    /// Whether `word` (any case) is a common lowercase English word.
    pub fn is_common(&self, word: &str) -> bool {
        COMMON.contains_lower(word)
    }

    /// How a title (one or more words, any case) is used, if it is one.
    pub fn title(&self, words: &str) -> Option<TitleUse> {
        TITLES.get_lower(words).copied()
    }

    /// The longest number of words in a title ("Chairman of the Joint Chiefs of Staff").
    pub fn max_title_words(&self) -> usize {
        TITLE_WORDS
    }

    /// Whether a capitalised word or phrase is never an actor ("USD", "GMT", "Christmas").
    pub fn is_not_name(&self, surface: &str) -> bool {
        NOT_NAMES.contains(surface)
    }

    /// How a reporting word or phrase (lowercase: "said", "according to") attributes quotes.
    pub fn speech(&self, words: &str) -> Option<Speech> {
        SPEECH.get_lower(words).copied()
    }

    /// Where the reported content of a reporting verb or two-word phrase ("said", "called
    /// for") is, if it is one.
    pub fn report(&self, words: &str) -> Option<Frame> {
        REPORT.get_lower(words).copied()
    }

    /// The class of a closed-class word ("the", "from", "was", "would", "they"), if it is one.
    pub fn function(&self, word: &str) -> Option<Function> {
        FUNCTION.get_lower(word).copied()
    }

    /// Whether `word` is a reporting verb or starts a reporting phrase ("point" of "point out").
    pub fn may_report(&self, word: &str) -> bool {
        MAY_REPORT.contains_lower(word)
    }

    /// Where an organisation cue word sits in a name, if `word` is one.
    pub fn org_cue(&self, word: &str) -> Option<OrgCue> {
        ORG_CUES.get(word).copied()
    }
}

/// The place `surface` names in the table, exactly as written.
fn stored_place(surface: &str) -> Option<Place> {
    let p = PLACES.get(surface)?;
    Some(Place {
        canonical: PLACES.text(p.canonical.0, p.canonical.1)?,
        kind: p.kind,
        demonym: p.demonym,
        ambiguous: p.ambiguous,
    })
}

/// Calls `f` with the lowercase form of `word`, without allocating for short ASCII words.
pub(crate) fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return f(word);
    }
    let mut buf = [0u8; 64];
    if word.is_ascii() && word.len() <= buf.len() {
        let out = &mut buf[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(out) {
            return f(lower);
        }
    }
    if word.chars().all(|c| c.is_lowercase() || !c.is_alphabetic()) {
        return f(word);
    }
    f(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_and_demonyms() {
        let lex = lexicon();
        let us = lex.place("U.S.").unwrap();
        assert_eq!(
            (us.canonical, us.kind, us.demonym),
            ("United States", PlaceKind::Country, false)
        );
        assert_eq!(lex.place("American").unwrap().canonical, "United States");
        assert!(lex.place("Iranian").unwrap().demonym);
        assert_eq!(lex.place("Tehran").unwrap().kind, PlaceKind::City);
        assert_eq!(lex.place("Washington").unwrap().kind, PlaceKind::City);
        assert_eq!(lex.place("Middle East").unwrap().kind, PlaceKind::Region);
        assert_eq!(lex.place("California").unwrap().kind, PlaceKind::State);
        assert_eq!(lex.place("Protests"), None);
        assert_eq!(lex.place("WASHINGTON").unwrap().canonical, "Washington");
        assert_eq!(lex.place("NEW YORK").unwrap().canonical, "New York");
        assert_eq!(lex.place("PUTIN"), None);
    }

    #[test]
    fn words_names_titles_cues() {
        let lex = lexicon();
        assert!(lex.is_common("Holds") && lex.is_common("region") && !lex.is_common("Putin"));
        assert_eq!(lex.given_name("Angela"), Some(Gender::Female));
        assert_eq!(lex.given_name("Vladimir"), Some(Gender::Male));
        assert!(lex.title("President").unwrap().pre);
        assert!(lex.title("prime minister").is_some());
        assert!(lex.title("spokesman").unwrap().post);
        assert!(lex.max_title_words() >= 3);
        assert_eq!(lex.org_cue("Inc."), Some(OrgCue::Suffix));
        assert_eq!(lex.org_cue("Putin"), None);
        assert_eq!(lex.speech("Said"), Some(Speech::Finite));
        assert_eq!(lex.speech("stating"), Some(Speech::Participle));
        assert_eq!(lex.speech("according to"), Some(Speech::Phrase));
        assert_eq!(lex.speech("readout"), Some(Speech::Noun));
        assert_eq!(lex.report("Said"), Some(Frame::Clause));
        assert_eq!(lex.report("found"), Some(Frame::That));
        assert_eq!(lex.report("called for"), Some(Frame::Object));
        assert_eq!(lex.report("thinks"), None);
        assert!(lex.may_report("point") && lex.may_report("Said") && !lex.may_report("pint"));
        assert_eq!(lex.report("told"), Some(Frame::Tell));
        assert_eq!(lex.function("The"), Some(Function::Determiner));
        assert_eq!(lex.function("was"), Some(Function::Be));
        assert!(lex.is_not_name("USD") && lex.is_not_name("New Year") && !lex.is_not_name("UN"));
        assert!(lex.is_not_name("ET") && lex.is_not_name("BST"));
    }
}
