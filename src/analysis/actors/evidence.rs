//! Document-wide evidence for names, gathered before they are found: which words the body
//! capitalises mid-sentence, and which headline words it writes as names.

use rustc_hash::{FxHashMap, FxHashSet};

use super::shape::is_capitalised;
use crate::analysis::segment::{Case, Segmentation, SentenceTokens, TokenKind};

/// Headline words checked against the body for capitalisation evidence; a longer first
/// line is not a headline worth more.
const MAX_HEADLINE_WORDS: usize = 40;

/// What the whole document says about its words, gathered before names are found.
pub struct Evidence<'t> {
    /// Words seen capitalised away from the start of a sentence, outside the headline.
    pub(super) cap_mid: FxHashSet<&'t str>,
    /// Index of the headline sentence, if the text opens with one.
    pub(super) headline: Option<usize>,
    /// Headline words the body writes capitalised at sentence starts and never in lowercase
    /// ("Apple" in "Apple unveils new Mac"): names, though the dictionary knows the word.
    pub(super) headline_names: FxHashSet<&'t str>,
    /// How many capitalised words the text has: room for the names found among them.
    pub(super) capitals: usize,
}

/// The sentence index of the headline: a first paragraph that is one unpunctuated line.
fn headline(text: &str, seg: &Segmentation) -> Option<usize> {
    let (&para, &sentence) = (seg.paragraphs.first()?, seg.sentences.first()?);
    let line = para
        .text(text)
        .trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    (seg.paragraphs.len() > 1
        && para == sentence
        && !line.contains('\n')
        && !line.ends_with(['.', '!', ';', ',', ':']))
    .then_some(0)
}

impl<'t> Evidence<'t> {
    /// Gathers evidence over the whole text.
    pub fn gather(text: &'t str, seg: &Segmentation, shared: &SentenceTokens) -> Evidence<'t> {
        let headline = headline(text, seg);
        // Capitalised headline words, and whether the body writes each capitalised (as
        // written) and in lowercase (keyed lowercased), with a cheap filter.
        let mut capital: FxHashMap<&'t str, bool> = FxHashMap::default();
        let mut lower: FxHashMap<String, bool> = FxHashMap::default();
        // The filter: by the low five bits of a word's first byte, the byte lengths of the
        // words (as written and lowercased) opening so, as bits; 63 for any longer.
        let mut shapes = [0u64; 32];
        let shape = |w: &str| {
            let first = w.bytes().next().map_or(0, |b| usize::from(b & 31));
            (first, 1u64 << w.len().min(63))
        };
        if let Some(h) = headline.filter(|&h| h < seg.sentences.len()) {
            let words = shared
                .sentence(text, h)
                .filter(|t| t.kind == TokenKind::Word);
            for t in words.take(MAX_HEADLINE_WORDS) {
                let w = t.span.text(text);
                if is_capitalised(w) {
                    let low = w.to_lowercase();
                    for (first, length) in [shape(&low), shape(w)] {
                        if let Some(slot) = shapes.get_mut(first) {
                            *slot |= length;
                        }
                    }
                    capital.insert(w, false);
                    lower.insert(low, false);
                }
            }
        }
        let mut cap_mid = FxHashSet::default();
        let mut capitals = 0;
        for si in 0..seg.sentences.len() {
            if Some(si) == headline {
                continue;
            }
            let mut initial = true;
            for t in shared.sentence(text, si) {
                if t.kind == TokenKind::Word {
                    let s = t.span.text(text);
                    let is_capital = t.case == Case::Capital;
                    capitals += usize::from(is_capital);
                    if !initial && is_capital {
                        cap_mid.insert(s);
                    }
                    let (first, length) = shape(s);
                    if shapes
                        .get(first)
                        .is_some_and(|&lengths| lengths & length != 0)
                    {
                        let seen = if is_capital {
                            capital.get_mut(s)
                        } else {
                            lower.get_mut(s)
                        };
                        if let Some(seen) = seen {
                            *seen = true;
                        }
                    }
                    initial = false;
                } else if matches!(t.kind, TokenKind::Quote | TokenKind::Dash)
                    || (t.kind == TokenKind::Punct && t.span.bytes(text) == b":")
                {
                    // After a colon a capital may be the phrase's own ("colors: Black").
                    initial = true;
                }
            }
        }
        let headline_names = capital
            .into_iter()
            .filter(|&(word, seen)| seen && lower.get(word.to_lowercase().as_str()) == Some(&false))
            .map(|(word, _)| word)
            .collect();
        Evidence {
            cap_mid,
            headline,
            headline_names,
            capitals,
        }
    }
}
