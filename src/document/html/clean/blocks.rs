//! The article's blocks (paragraphs, headings, list items) in order, and what is cut at its
//! edges: bylines, datelines and share bars before the body; teaser lists, prompts and legal
//! lines after it; paragraphs printed twice.

use std::collections::HashSet;

use dom_query::NodeRef;

use super::{Removed, link_len, words};
use crate::document::dateline::parse_date;

/// A block whose links hold at least this share of its text is a link list.
const LINK_DENSITY: f32 = 0.6;

/// The longest line (in words) read as a prompt, a byline or a credit.
const SHORT_LINE: usize = 40;

/// How many blocks at the start may be bylines, dates, breadcrumbs or share bars.
const LEAD_BLOCKS: usize = 6;

/// A teaser heading only cuts the rest of the page when at most this many words follow it
/// (or this share of the article's words, if more).
const TAIL_WORDS: usize = 150;
const TAIL_SHARE: f32 = 0.25;

/// The share of link text that makes what follows a teaser heading a list of teasers.
const TEASER_LINKS: f32 = 0.3;

/// The shortest paragraph (in bytes) dropped when it repeats an earlier one.
const MIN_REPEAT: usize = 40;

/// The longest plain paragraph (in words) dropped when it repeats an earlier one. Furniture
/// that repeats is short or set apart (a pull quote in a block quote or figure, a teaser
/// link); a paragraph of prose printed twice was meant so.
const MAX_REPEAT_WORDS: usize = 25;

/// A block of the article: an element whose content reads as one unit.
pub(super) struct Block<'a> {
    node: NodeRef<'a>,
    text: String,
    /// `text` lowercased, for the phrase tests.
    lower: String,
    words: usize,
    link_share: f32,
    heading: bool,
}

/// Elements that are blocks of their own.
const BLOCK_NAMES: [&str; 16] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "blockquote",
    "pre",
    "figure",
    "hr",
    // A date standing on its own line between blocks.
    "time",
];

/// Containers: a block when nothing inside them is one.
const CONTAINERS: [&str; 7] = [
    "div", "section", "article", "header", "footer", "main", "aside",
];

/// The article's blocks in document order.
pub(super) fn blocks<'a>(root: &NodeRef<'a>) -> Vec<Block<'a>> {
    let mut out = Vec::new();
    let mut stack: Vec<NodeRef<'a>> = root.element_children().into_iter().rev().collect();
    while let Some(node) = stack.pop() {
        let name = node.node_name().unwrap_or_default();
        if !BLOCK_NAMES.contains(&&*name) {
            if node.descendants_it().any(|d| is_block_element(&d)) {
                stack.extend(node.element_children().into_iter().rev());
                continue;
            }
            if !CONTAINERS.contains(&&*name) {
                // Inline content directly in a container: part of no block we judge.
                continue;
            }
        }
        let text = node.text().split_whitespace().collect::<Vec<_>>().join(" ");
        let links = link_len(&node);
        let heading = name.starts_with('h') && name.len() == 2 && &*name != "hr";
        out.push(Block {
            words: text.split_whitespace().count(),
            link_share: links as f32 / (text.len() + 1) as f32,
            heading,
            node,
            lower: text.to_lowercase(),
            text,
        });
    }
    out
}

fn is_block_element(node: &NodeRef) -> bool {
    node.is_element()
        && node
            .node_name()
            .is_some_and(|n| BLOCK_NAMES.contains(&&*n) || CONTAINERS.contains(&&*n))
}

/// Whether `text` (lowercased) starts with one of `phrases` at a word boundary.
fn starts_with_any(text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || !rest.starts_with(char::is_alphanumeric))
    })
}

/// Whether `text` (lowercased) holds one of `phrases` at word boundaries.
fn contains_any(text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        text.match_indices(p).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + p.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether `text` (lowercased) starts with one of `phrases`, or holds one of more than one
/// word.
fn starts_or_holds(text: &str, phrases: &[&str]) -> bool {
    starts_with_any(text, phrases)
        || phrases
            .iter()
            .any(|p| p.contains(' ') && contains_any(text, std::slice::from_ref(p)))
}

impl Block<'_> {
    fn is_link_list(&self) -> bool {
        self.link_share >= LINK_DENSITY
    }

    /// A prompt or pitch: a short line holding a prompt phrase, or a one-word prompt alone.
    fn is_prompt(&self) -> bool {
        self.words <= SHORT_LINE && {
            let lower = &self.lower;
            words().prompts.iter().any(|p| {
                if p.contains(' ') {
                    contains_any(lower, std::slice::from_ref(p))
                } else {
                    lower.trim_matches(|c: char| !c.is_alphanumeric()) == *p
                }
            })
        }
    }

    /// A photo credit or caption furniture: a short line that is not a sentence ("Credit card
    /// debt rose." is prose).
    fn is_credit(&self) -> bool {
        self.words <= SHORT_LINE && !self.text.ends_with(['.', '!', '?']) && {
            let lower = &self.lower;
            starts_or_holds(lower, &words().credits)
        }
    }

    /// A copyright or rights line.
    fn is_legal(&self) -> bool {
        self.words <= SHORT_LINE && {
            let lower = &self.lower;
            starts_or_holds(lower, &words().legal)
        }
    }

    /// A heading, or a short line standing as one (no sentence), that opens a teaser or
    /// boilerplate block.
    fn is_teaser_heading(&self) -> bool {
        let line = self.words <= 8 && !self.text.ends_with(['.', '!', '?', '"', '”']);
        (self.heading || line) && starts_with_any(&self.lower, &words().headings)
    }
}

/// The names of a "By …" line (`By Jane Doe and John Roe`), if the block is one.
pub(super) fn byline_of(text: &str) -> Option<String> {
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .or_else(|| text.strip_prefix("BY "))?;
    let names = rest.trim();
    let words: Vec<&str> = names.split_whitespace().collect();
    let named = !words.is_empty()
        && words.len() <= 12
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(
                    *w,
                    "and" | "&" | "de" | "van" | "von" | "al" | "bin" | "la" | "du"
                )
        });
    named.then(|| names.trim_end_matches([',', '.', '|']).to_owned())
}

/// Reads a lead line as a byline and/or date line (`By Jane Doe | May 4, 2024`,
/// `Updated 3 hours ago`); returns whether it was one.
pub(super) fn read_dateline(text: &str, removed: &mut Removed) -> bool {
    let parts: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || text.split_whitespace().count() > 24 {
        return false;
    }
    let mut found = (None, None);
    for part in &parts {
        if let Some(date) = parse_date(part) {
            found.1 = Some(date);
        } else if let Some(names) = byline_of(part) {
            found.0 = Some(names);
        } else if !is_time_note(part) {
            return false;
        }
    }
    removed.byline = removed.byline.take().or(found.0);
    removed.published = removed.published.or(found.1);
    true
}

/// A relative or update note such as `Updated 3 hours ago` or `Published: 10:32 GMT`.
fn is_time_note(part: &str) -> bool {
    let lower = part.to_lowercase();
    part.split_whitespace().count() <= 8
        && [
            "updated",
            "published",
            "posted",
            "last updated",
            "last modified",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
        && lower.chars().any(|c| c.is_ascii_digit())
}

/// Drops credits, empty blocks and teaser links (`Related: <a>…</a>`); bylines and date lines among the first blocks; link lists
/// (breadcrumbs, share bars) and prompts before the first paragraph of prose.
pub(super) fn trim_lead(blocks: &mut Vec<Block>, removed: &mut Removed) {
    let mut prose = false;
    let mut kept = Vec::with_capacity(blocks.len());
    for (i, block) in std::mem::take(blocks).into_iter().enumerate() {
        let lead = i < LEAD_BLOCKS;
        let drop = block.words == 0 && !block.node.has_name("hr")
            || block.is_credit()
            || block.is_teaser_heading() && block.is_link_list()
            || lead && read_dateline(&block.text, removed)
            || lead && !prose && (block.is_link_list() || block.is_prompt());
        if drop {
            block.node.remove_from_parent();
            continue;
        }
        prose |= block.words >= 20 && !block.is_link_list();
        kept.push(block);
    }
    *blocks = kept;
}

/// Drops link lists, prompts, credits and legal lines at the end, and a teaser or "about"
/// heading near the end with what follows it.
pub(super) fn trim_tail(blocks: &mut Vec<Block>) {
    let total: usize = blocks.iter().map(|b| b.words).sum();
    let budget = TAIL_WORDS.max((TAIL_SHARE * total as f32) as usize);
    loop {
        let Some(last) = blocks.last() else {
            return;
        };
        if last.is_link_list()
            || last.is_prompt()
            || last.is_credit()
            || last.is_legal()
            || last.node.has_name("hr")
        {
            if let Some(b) = blocks.pop() {
                b.node.remove_from_parent();
            }
            continue;
        }
        // A teaser heading near the end (not in the first half) with at most `budget` words
        // after it: of teasers (links) or, after an "about" heading, of boilerplate.
        let (mut after, mut linked) = (0, 0.0);
        let cut = (blocks.len() / 2..blocks.len()).rev().find(|&i| {
            let b = &blocks[i];
            if b.is_teaser_heading() && !b.is_link_list() {
                return true;
            }
            after += b.words;
            linked += b.link_share * b.words as f32;
            false
        });
        let teasers = linked >= TEASER_LINKS * after as f32;
        match cut {
            Some(i) if after <= budget && (teasers || blocks[i].lower.starts_with("about")) => {
                for b in blocks.drain(i..) {
                    b.node.remove_from_parent();
                }
            }
            _ => return,
        }
    }
}

/// Drops paragraphs that repeat an earlier one word for word (caption toggles, pull quotes
/// printed twice).
pub(super) fn drop_repeats(blocks: &[Block]) {
    let mut seen = HashSet::new();
    for b in blocks {
        let furniture = b.words <= MAX_REPEAT_WORDS
            || b.is_link_list()
            || std::iter::once(b.node)
                .chain(b.node.ancestors_it(None))
                .any(|a| a.has_name("blockquote") || a.has_name("aside") || a.has_name("figure"));
        if b.text.len() >= MIN_REPEAT && furniture && !seen.insert(b.text.as_str()) {
            b.node.remove_from_parent();
        }
    }
}
