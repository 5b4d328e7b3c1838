//! The article readability found, cleaned at its edges and inside before it becomes text:
//! page furniture named by class, id, role or aria-label (related stories, share bars,
//! newsletter boxes, bylines); captions and photo credits; teaser lists, prompts, "about"
//! boxes and legal lines after the body; breadcrumbs, share bars and byline or date lines
//! before it (the byline and date go to the metadata); paragraphs repeated word for word.
//! Judged by link density, attribute hints and short prompt lines (the words are in
//! `assets/lexicon/page_chrome.txt`), never by site names.

use std::collections::HashSet;
use std::sync::OnceLock;

use dom_query::NodeRef;

use super::is_followable;
use crate::analysis::date::Date;
use crate::document::dateline::parse_date;

const CHROME: &str = include_str!("../../../assets/lexicon/page_chrome.txt");

/// An element holding more than this share of the article's text is never dropped for its
/// class or id: it is the article, whatever its name says.
const MAX_HINTED_SHARE: f32 = 0.4;

/// The most words in a class or id read for hints.
const MAX_NAME_WORDS: usize = 3;

/// A named element with at least this many words, few of them links, is prose: kept.
const PROSE_WORDS: usize = 100;

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

/// A block of the article: an element whose content reads as one unit.
struct Block<'a> {
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
fn blocks<'a>(root: &NodeRef<'a>) -> Vec<Block<'a>> {
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
fn byline_of(text: &str) -> Option<String> {
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
fn read_dateline(text: &str, removed: &mut Removed) -> bool {
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
fn trim_lead(blocks: &mut Vec<Block>, removed: &mut Removed) {
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
fn trim_tail(blocks: &mut Vec<Block>) {
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
fn drop_repeats(blocks: &[Block]) {
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

#[cfg(test)]
mod tests;
