//! Gazetteers and word lists from `assets/lexicon/` (sources and licences in its README),
//! embedded in the binary and parsed once into hash tables that borrow the embedded text.

use rustc_hash::{FxHashMap as FxMap, FxHashSet as FxSet};
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../assets/lexicon/countries.tsv");
const CITIES: &str = include_str!("../../assets/lexicon/cities.tsv");
const REGIONS: &str = include_str!("../../assets/lexicon/regions.txt");
const US_STATES: &str = include_str!("../../assets/lexicon/us_states.tsv");
const GIVEN_NAMES: &str = include_str!("../../assets/lexicon/given_names.tsv");
const WORLD_GIVEN_NAMES: &str = include_str!("../../assets/lexicon/world_given_names.tsv");
const COMMON_WORDS: &str = include_str!("../../assets/lexicon/common_words.txt");
const TITLES: &str = include_str!("../../assets/lexicon/titles.txt");
const ORG_CUES: &str = include_str!("../../assets/lexicon/org_cues.txt");
const NOT_NAMES: &str = include_str!("../../assets/lexicon/not_names.txt");
const SPEECH_VERBS: &str = include_str!("../../assets/lexicon/speech_verbs.txt");
const REPORT_VERBS: &str = include_str!("../../assets/lexicon/report_verbs.txt");
const FUNCTION_WORDS: &str = include_str!("../../assets/lexicon/function_words.txt");
const PRODUCT_NOUNS: &str = include_str!("../../assets/lexicon/product_nouns.txt");

/// What kind of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A country or territory.
    Country,
    /// A US state or territory.
    State,
    /// A continent, region or body of water.
    Region,
    /// A city.
    City,
}

/// A gazetteer hit: the place a surface form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The canonical name of the place ("United States" for "U.S.", "Iran" for "Iranian").
    pub canonical: &'static str,
    /// The kind of place.
    pub kind: PlaceKind,
    /// Whether the surface form is a demonym or adjective ("Iranian") rather than a name.
    pub demonym: bool,
    /// Whether the name is also a common lowercase word ("Nice", "Reading"): needs context.
    pub ambiguous: bool,
}

/// Grammatical gender suggested by a given name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Mostly female.
    Female,
    /// Mostly male.
    Male,
    /// Used for both.
    Unknown,
}

/// Where a title stands relative to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleUse {
    /// Written before a name: "President Putin".
    pub pre: bool,
    /// Used as an appositive or description: "the spokesman", "Peskov, the spokesman".
    pub post: bool,
    /// A courtesy title: the word after it is a surname even when it is also a title
    /// ("Mr. King").
    pub honorific: bool,
    /// The gender the title tells ("Mrs.", "King"), if any.
    pub gender: Option<Gender>,
}

/// Where an organisation cue word sits in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgCue {
    /// Closes a name: "Boeing Co.", "General Motors".
    Suffix,
    /// Heads a name, first or last: "Bank of England", "Deutsche Bank".
    Head,
    /// Opens a name: "Air France".
    Prefix,
}

/// How a reporting word attributes a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speech {
    /// A finite verb: "X said", "said X", "X told".
    Finite,
    /// A participle whose subject is the main clause's: "…, stating “Q”".
    Participle,
    /// A document that speaks for its author: "statement", "readout".
    Noun,
    /// A phrase whose speaker follows: "according to X".
    Phrase,
}

/// Where a reporting verb's reported content is: see `assets/lexicon/report_verbs.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A clause after the verb, "that" optional, or before it: "Doe said (that) …", "…, Doe said".
    Clause,
    /// Only a clause after an explicit "that": "a poll shows that …".
    That,
    /// The object and what follows: "called for new elections", "urged Congress to act".
    Object,
    /// The hearer, then the clause: "told reporters (that) …".
    Tell,
}

/// A closed-class word's class: see `assets/lexicon/function_words.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    /// "the", "his", "some": a noun phrase opens.
    Determiner,
    /// "from", "of", "as".
    Preposition,
    /// A form of "be".
    Be,
    /// A modal, "do", "have" or "not".
    Auxiliary,
    /// A pronoun that can be a subject: "they", "who".
    Subject,
    /// An adverb or other word that never names anyone: "also", "however", "what".
    Adverb,
    /// "and", "but", "or": joins clauses or verb phrases.
    Conjunction,
    /// A verb that hands its subject to an infinitive: "appeared (to suggest)".
    Lead,
}

/// How a noun tells that a name is a made thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProductNoun {
    /// A kind of product written right before its name: "web browser Safari".
    Category,
    /// A word of an appositive that makes the name a release: "Lion, the new version of".
    Version,
    /// The last word of a market index's name: "Dow Jones Industrial Average".
    Market,
}

/// All embedded word lists, parsed.
#[derive(Debug)]
pub struct Lexicon {
    places: FxMap<&'static str, Place>,
    given_names: FxMap<&'static str, Gender>,
    common: FxSet<&'static str>,
    titles: FxMap<String, TitleUse>,
    title_words: usize,
    org_cues: FxMap<&'static str, OrgCue>,
    speech: FxMap<&'static str, Speech>,
    report: FxMap<&'static str, Frame>,
    /// First words of the reporting phrases ("called" of "called for", "point" of "point out").
    report_heads: FxSet<&'static str>,
    function: FxMap<&'static str, Function>,
    not_names: FxSet<&'static str>,
    products: FxMap<&'static str, ProductNoun>,
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

/// Data rows of an embedded list: no comments, no blank lines, split on tabs.
fn rows(list: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Each row's first column, with what `class` makes of its second (absent: `None`).
fn classed<T>(list: &'static str, class: impl Fn(Option<&str>) -> T) -> FxMap<&'static str, T> {
    rows(list)
        .filter_map(|row| Some((*row.first()?, class(row.get(1).copied()))))
        .collect()
}

/// The `|`-separated entries of a column, without the `-` placeholder.
fn alternatives(column: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    column
        .copied()
        .unwrap_or("-")
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty() && *a != "-")
}

/// Adds US states (with AP abbreviations) and regions through `add`.
fn add_states_and_regions(add: &mut impl FnMut(&'static str, Place)) {
    for row in rows(US_STATES) {
        let Some(&name) = row.first() else { continue };
        let state = Place {
            canonical: name,
            kind: PlaceKind::State,
            demonym: false,
            ambiguous: false,
        };
        add(name, state);
        if let Some(&ap) = row.get(2) {
            add(ap, state);
        }
    }
    for row in rows(REGIONS) {
        let Some(&name) = row.first() else { continue };
        add(
            name,
            Place {
                canonical: name,
                kind: PlaceKind::Region,
                demonym: false,
                ambiguous: false,
            },
        );
    }
}

impl Lexicon {
    /// Parses the embedded lists. Use [`lexicon`], which does this once per process.
    pub fn build() -> Lexicon {
        let mut places = FxMap::default();
        // Earlier inserts win: countries, capitals, states, regions, then other cities.
        let mut add = |name: &'static str, place: Place| {
            places.entry(name).or_insert(place);
        };
        let country = |canonical, demonym| Place {
            canonical,
            kind: PlaceKind::Country,
            demonym,
            ambiguous: false,
        };
        for row in rows(COUNTRIES) {
            let Some(&name) = row.first() else { continue };
            add(name, country(name, false));
            for alt in alternatives(row.get(3)) {
                add(alt, country(name, false));
            }
            for dem in alternatives(row.get(4)) {
                add(dem, country(name, true));
            }
        }
        // National capitals before states ("Washington"), other cities last.
        for capitals in [true, false] {
            for row in rows(CITIES) {
                let Some(&name) = row.first() else { continue };
                let flags = row.get(4).copied().unwrap_or("");
                if flags.contains("capital") != capitals {
                    continue;
                }
                let city = Place {
                    canonical: name,
                    kind: PlaceKind::City,
                    demonym: false,
                    ambiguous: flags.contains("word"),
                };
                add(name, city);
                for alt in alternatives(row.get(3)) {
                    add(alt, city);
                }
            }
            if capitals {
                add_states_and_regions(&mut add);
            }
        }
        let gender = |g: Option<&str>| match g {
            Some("f") => Gender::Female,
            Some("m") => Gender::Male,
            _ => Gender::Unknown,
        };
        // The world list holds only names the main list lacks.
        let mut given_names = classed(WORLD_GIVEN_NAMES, gender);
        given_names.extend(classed(GIVEN_NAMES, gender));
        let common = rows(COMMON_WORDS)
            .filter_map(|r| r.first().copied())
            .collect();
        let mut titles: FxMap<String, TitleUse> = FxMap::default();
        for row in rows(TITLES) {
            let Some(name) = row.first() else { continue };
            let entry = titles.entry(name.to_lowercase()).or_insert(TitleUse {
                pre: false,
                post: false,
                honorific: false,
                gender: None,
            });
            entry.gender = match row.get(2).copied() {
                Some("male") => Some(Gender::Male),
                Some("female") => Some(Gender::Female),
                _ => entry.gender,
            };
            match row.get(1).copied() {
                Some("pre") => entry.pre = true,
                Some("honorific") => {
                    entry.pre = true;
                    entry.honorific = true;
                }
                Some("post") => entry.post = true,
                _ => {
                    entry.pre = true;
                    entry.post = true;
                }
            }
        }
        let title_words = titles
            .keys()
            .map(|t| t.split_whitespace().count())
            .max()
            .unwrap_or(1);
        let org_cues = classed(ORG_CUES, |cue| match cue {
            Some("suffix") => OrgCue::Suffix,
            Some("prefix") => OrgCue::Prefix,
            _ => OrgCue::Head,
        });
        let mut speech = FxMap::default();
        for row in rows(SPEECH_VERBS) {
            let kind = match row.get(1).copied() {
                Some("participle") => Speech::Participle,
                Some("noun") => Speech::Noun,
                Some("phrase") => Speech::Phrase,
                _ => Speech::Finite,
            };
            if let Some(&word) = row.first() {
                // A word that is both a verb and a noun ("statement" no, "remarks" yes) keeps
                // its first, verbal, reading.
                speech.entry(word).or_insert(kind);
            }
        }
        let report = classed(REPORT_VERBS, |frame| match frame {
            Some("that") => Frame::That,
            Some("object") => Frame::Object,
            Some("tell") => Frame::Tell,
            _ => Frame::Clause,
        });
        let function = classed(FUNCTION_WORDS, |class| match class {
            Some("determiner") => Function::Determiner,
            Some("preposition") => Function::Preposition,
            Some("be") => Function::Be,
            Some("auxiliary") => Function::Auxiliary,
            Some("adverb") => Function::Adverb,
            Some("conjunction") => Function::Conjunction,
            Some("lead") => Function::Lead,
            _ => Function::Subject,
        });
        let report_heads = report
            .keys()
            .filter_map(|k: &&'static str| k.split_once(' ').map(|(head, _)| head))
            .collect();
        Lexicon {
            report,
            report_heads,
            function,
            not_names: rows(NOT_NAMES).filter_map(|r| r.first().copied()).collect(),
            products: classed(PRODUCT_NOUNS, |class| match class {
                Some("version") => ProductNoun::Version,
                Some("market") => ProductNoun::Market,
                _ => ProductNoun::Category,
            }),
            speech,
            places,
            given_names,
            common,
            titles,
            title_words,
            org_cues,
        }
    }

    /// The place a surface form names, exactly as written ("U.S.", "Iranian", "Tehran").
    pub fn place(&self, surface: &str) -> Option<Place> {
        if let Some(&p) = self.places.get(surface) {
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
        self.places.get(titled.as_str()).copied()
    }

    /// The gender a given name suggests, if it is a known given name.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        self.given_names.get(word).copied()
    }

    /// How `word` (lowercase, singular or plural) tells a product's name, if it does.
    pub fn product_noun(&self, word: &str) -> Option<ProductNoun> {
        self.products
            .get(word)
            .or_else(|| self.products.get(word.strip_suffix('s')?))
            .copied()
    }

    /// Whether `word` (any case) is a common lowercase English word.
    pub fn is_common(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.common.contains(w))
    }

    /// How a title (one or more words, any case) is used, if it is one.
    pub fn title(&self, words: &str) -> Option<TitleUse> {
        with_lowercase(words, |w| self.titles.get(w).copied())
    }

    /// The longest number of words in a title ("Chairman of the Joint Chiefs of Staff").
    pub fn max_title_words(&self) -> usize {
        self.title_words
    }

    /// Whether a capitalised word or phrase is never an actor ("USD", "GMT", "Christmas").
    pub fn is_not_name(&self, surface: &str) -> bool {
        self.not_names.contains(surface)
    }

    /// How a reporting word or phrase (lowercase: "said", "according to") attributes quotes.
    pub fn speech(&self, words: &str) -> Option<Speech> {
        with_lowercase(words, |w| self.speech.get(w).copied())
    }

    /// Where the reported content of a reporting verb or two-word phrase ("said", "called
    /// for") is, if it is one.
    pub fn report(&self, words: &str) -> Option<Frame> {
        with_lowercase(words, |w| self.report.get(w).copied())
    }

    /// The class of a closed-class word ("the", "from", "was", "would", "they"), if it is one.
    pub fn function(&self, word: &str) -> Option<Function> {
        with_lowercase(word, |w| self.function.get(w).copied())
    }

    /// Whether `word` is a reporting verb or starts a reporting phrase ("point" of "point out").
    pub fn may_report(&self, word: &str) -> bool {
        with_lowercase(word, |w| {
            self.report.contains_key(w) || self.report_heads.contains(w)
        })
    }

    /// Where an organisation cue word sits in a name, if `word` is one.
    pub fn org_cue(&self, word: &str) -> Option<OrgCue> {
        self.org_cues.get(word).copied()
    }
}

/// Calls `f` with the lowercase form of `word`, without allocating for short ASCII words.
fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
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
