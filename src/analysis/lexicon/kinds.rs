//! The values the lexicon gives for a word: kinds of place, gender, title use, cue classes.

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

/// A [`Place`] as its table stores it: the canonical name as a range (start, length) of the
/// table's text, which holds every name.
pub(super) struct StoredPlace {
    pub(super) canonical: (u32, u8),
    pub(super) kind: PlaceKind,
    pub(super) demonym: bool,
    pub(super) ambiguous: bool,
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
