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
        // written) and in lowercase (keyed lowercased), with a cheap first-byte filter.
        let mut capital: FxHashMap<&'t str, bool> = FxHashMap::default();
        let mut lower: FxHashMap<String, bool> = FxHashMap::default();
        let mut first_bytes = [false; 256];
        // Their byte lengths (and their lowercase forms'), as bits; 63 for any longer.
        let mut lengths = 0u64;
        if let Some(h) = headline.filter(|&h| h < seg.sentences.len()) {
            let words = shared
                .sentence(text, h)
                .filter(|t| t.kind == TokenKind::Word);
            for t in words.take(MAX_HEADLINE_WORDS) {
                let w = t.span.text(text);
                if is_capitalised(w) {
                    let low = w.to_lowercase();
                    for b in [low.bytes().next(), w.bytes().next()].into_iter().flatten() {
                        if let Some(slot) = first_bytes.get_mut(usize::from(b)) {
                            *slot = true;
                        }
                    }
                    lengths |= 1 << low.len().min(63) | 1 << w.len().min(63);
                    capital.insert(w, false);
                    lower.insert(low, false);
                }
            }
        }
        let mut cap_mid = FxHashSet::default();
        for si in 0..seg.sentences.len() {
            if Some(si) == headline {
                continue;
            }
            let mut initial = true;
            for t in shared.sentence(text, si) {
                let s = t.span.text(text);
                if t.kind == TokenKind::Word {
                    let is_capital = t.case == Case::Capital;
                    if !initial && is_capital {
                        cap_mid.insert(s);
                    }
                    let first = s.bytes().next().map_or(0, usize::from);
                    if lengths & 1 << s.len().min(63) != 0
                        && first_bytes.get(first).copied().unwrap_or(false)
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
                    || (t.kind == TokenKind::Punct && s == ":")
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
        }
    }
}
