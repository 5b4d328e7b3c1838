//! The article readability found, cleaned at its edges and inside before it becomes text:
//! page furniture named by class, id, role or aria-label (related stories, share bars,
//! newsletter boxes, bylines); captions and photo credits; teaser lists, prompts, "about"
//! boxes and legal lines after the body; breadcrumbs, share bars and byline or date lines
//! before it (the byline and date go to the metadata); paragraphs repeated word for word.
//! Judged by link density, attribute hints and short prompt lines (the words are in
//! `assets/lexicon/page_chrome.txt`), never by site names.

use std::sync::OnceLock;

use dom_query::NodeRef;

use super::is_followable;
use crate::analysis::date::Date;
use blocks::{blocks, drop_repeats, trim_lead, trim_tail};

const CHROME: &str = include_str!("../../../assets/lexicon/page_chrome.txt");

/// An element holding more than this share of the article's text is never dropped for its
/// class or id: it is the article, whatever its name says.
const MAX_HINTED_SHARE: f32 = 0.4;

/// The most words in a class or id read for hints.
const MAX_NAME_WORDS: usize = 3;

/// A named element with at least this many words, few of them links, is prose: kept.
const PROSE_WORDS: usize = 100;

/// What cleaning took out of the text that belongs in the metadata.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// A "By …" line's names.
    pub byline: Option<String>,
    /// A date line's date.
    pub published: Option<Date>,
}

/// Cleans the article under `root` in place.
pub fn clean(root: &NodeRef) -> Removed {
    drop_hinted(root);
    drop_captions(root);
    let mut blocks = blocks(root);
    let mut removed = Removed::default();
    trim_lead(&mut blocks, &mut removed);
    trim_tail(&mut blocks);
    drop_repeats(&blocks);
    removed
}

/// The page-chrome words, by column.
#[derive(Default)]
struct Words {
    hints: Vec<&'static str>,
    headings: Vec<&'static str>,
    prompts: Vec<&'static str>,
    credits: Vec<&'static str>,
    legal: Vec<&'static str>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = Words::default();
        for line in CHROME.lines().filter(|l| !l.starts_with('#')) {
            let Some((phrase, kind)) = line.split_once('\t') else {
                continue;
            };
            match kind.trim() {
                "hint" => w.hints.push(phrase),
                "heading" => w.headings.push(phrase),
                "prompt" => w.prompts.push(phrase),
                "credit" => w.credits.push(phrase),
                "legal" => w.legal.push(phrase),
                _ => {}
            }
        }
        w
    })
}

/// Whether an attribute value names page furniture. A name of more than
/// [`MAX_NAME_WORDS`] words is a heading made into an anchor (`sharing-with-a-team`), not a
/// name for furniture.
fn is_hint(value: &str) -> bool {
    let value = value.to_lowercase();
    value.split_whitespace().any(|name| {
        let parts: Vec<&str> = name.split(['-', '_']).filter(|w| !w.is_empty()).collect();
        // A state flag (`no_caption`, `has-share`) says what the element has or lacks.
        let flag = parts
            .first()
            .is_some_and(|w| matches!(*w, "no" | "not" | "has" | "with" | "without" | "is"));
        !flag
            && parts.len() <= MAX_NAME_WORDS
            && parts.iter().any(|w| {
                words()
                    .hints
                    .iter()
                    .any(|h| w == h || (h.len() >= 5 && w.starts_with(h)))
            })
    })
}

/// The element's collapsed text length in bytes.
fn text_len(node: &NodeRef) -> usize {
    node.text().split_whitespace().map(|w| w.len() + 1).sum()
}

/// The collapsed text length of the links under `node` (links out of the page: not
/// `#anchors` or scripts).
fn link_len(node: &NodeRef) -> usize {
    node.descendants_it()
        .filter(|d| d.has_name("a") && d.attr("href").is_some_and(|h| is_followable(&h)))
        .map(|a| text_len(&a))
        .sum()
}

/// Drops elements whose class, id, role or aria-label names furniture, or that are hidden
/// from readers (`aria-hidden`), unless they hold much of the article.
fn drop_hinted(root: &NodeRef) {
    let total = text_len(root).max(1);
    let named = |node: &NodeRef| {
        ["class", "id", "role", "aria-label"]
            .into_iter()
            .any(|a| node.attr(a).is_some_and(|v| is_hint(&v)))
            || node.attr("aria-hidden").is_some_and(|v| &*v == "true")
    };
    let doomed: Vec<NodeRef> = root
        .descendants_it()
        .filter(|n| n.is_element() && named(n) && !n.has_name("blockquote"))
        .collect();
    for node in doomed {
        // Nodes already gone with an ancestor have no text left to weigh; removing them
        // again does nothing.
        let text = node.text();
        let len: usize = text.split_whitespace().map(|w| w.len() + 1).sum();
        let words = text.split_whitespace().count();
        let prose = words >= PROSE_WORDS && link_len(&node) * 10 < len * 3;
        if !prose && (len as f32) <= MAX_HINTED_SHARE * total as f32 {
            node.remove_from_parent();
        }
    }
}

/// Drops figure captions (outside block quotes, where a caption is the attribution) and
/// short lines that are photo credits or caption furniture.
fn drop_captions(root: &NodeRef) {
    let doomed: Vec<NodeRef> = root
        .descendants_it()
        .filter(|n| {
            n.has_name("figcaption") && !n.ancestors_it(None).any(|a| a.has_name("blockquote"))
        })
        .collect();
    for node in doomed {
        node.remove_from_parent();
    }
}

mod blocks;
#[cfg(test)]
mod tests;
