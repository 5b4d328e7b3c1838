//! HTML: a page's article found by readability (dom_smoothie) with its title, byline, date
//! and links; feed-item fragments converted as they are.

use dom_query::{Document as Dom, NodeRef};
use dom_smoothie::Readability;
use url::Url;

mod bounds;
mod clean;

use super::blocks::TextBuilder;
use super::dateline::parse_timestamp;
use super::plain::{self, Metadata};
use super::{Document, Link, LoadError};
use crate::analysis::date::Date;

/// Extracts the article of a whole page. `base_url` (the page's address) makes links absolute.
/// When readability finds no article, the page's body is read as it is.
pub fn page(
    html: &str,
    name: &str,
    source: Option<String>,
    base_url: Option<&str>,
) -> Result<Document, LoadError> {
    let bounded = bounds::bound(html);
    let html = &*bounded;
    let dom = Dom::from(html);
    let time = time_element(&dom);
    let base = base_url.and_then(|u| Url::parse(u).ok());
    let mut builder = TextBuilder::default();
    // Classes stay on the article: cleaning reads them for furniture.
    let config = dom_smoothie::Config {
        keep_classes: true,
        ..dom_smoothie::Config::default()
    };
    let parsed = Readability::with_document(dom, None, Some(config))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let (meta, removed) = match parsed {
        Some(article) => {
            let content = Dom::from(article.content.as_ref());
            let removed = clean::clean(&content.root());
            walk(&content.root(), base.as_ref(), &mut builder);
            let meta = PageMeta {
                title: article.title,
                byline: article.byline,
                published: article.published_time,
            };
            (meta, removed)
        }
        None => {
            let dom = Dom::from(html);
            let body = dom.select("body").nodes().first().cloned();
            let body = body.unwrap_or(dom.root());
            let removed = clean::clean(&body);
            walk(&body, base.as_ref(), &mut builder);
            let meta = Readability::new(html, None, None)
                .map(|r| r.get_article_metadata(r.parse_json_ld()))
                .unwrap_or_default();
            let meta = PageMeta {
                title: meta.title,
                byline: meta.byline,
                published: meta.published_time,
            };
            (meta, removed)
        }
    };
    let (text, links) = builder.finish();
    if text.trim().is_empty() {
        return Err(LoadError::NotArticle {
            name: name.to_owned(),
            what: "no article text in the page".to_owned(),
        });
    }
    let title = Some(one_line(&meta.title)).filter(|t| !t.is_empty());
    let published = (meta.published.as_deref().and_then(parse_timestamp))
        .or(time)
        .or(removed.published);
    let byline = (meta.byline.map(|b| one_line(&b)))
        .filter(|b| !b.is_empty())
        .or(removed.byline);
    let meta = Metadata {
        title,
        byline,
        published,
    };
    Ok(plain::with_metadata(text, links, meta, source))
}

/// Converts an HTML fragment (a feed item's content) to text and links, without readability;
/// links are resolved against `base_url`.
pub fn fragment(html: &str, base_url: Option<&str>) -> (String, Vec<Link>) {
    let base = base_url.and_then(|u| Url::parse(u).ok());
    let mut builder = TextBuilder::default();
    let dom = Dom::fragment(&*bounds::bound(html));
    clean::clean(&dom.root());
    walk(&dom.root(), base.as_ref(), &mut builder);
    builder.finish()
}

/// What the page's metadata says.
struct PageMeta {
    title: String,
    byline: Option<String>,
    published: Option<String>,
}

/// The publication date a `<time datetime>` element gives: one marked as the publication
/// (`itemprop="datePublished"`, `pubdate`) first, then the first in the page's article,
/// then any; a time marked as an update or modification never counts.
fn time_element(dom: &Dom) -> Option<Date> {
    let times = dom.select("time[datetime]").nodes().to_vec();
    let rank = |t: &NodeRef| {
        let marked = t.has_attr("pubdate")
            || t.attr("itemprop")
                .is_some_and(|p| p.contains("datePublished"));
        let in_article = t.ancestors_it(None).any(|a| a.has_name("article"));
        (!marked, !in_article)
    };
    let mut candidates: Vec<(usize, &NodeRef)> =
        times.iter().filter(|t| !is_update(t)).enumerate().collect();
    candidates.sort_by_key(|(i, t)| (rank(t), *i));
    candidates
        .into_iter()
        .find_map(|(_, t)| t.attr("datetime").and_then(|d| parse_timestamp(&d)))
}

/// Whether a `<time>` element gives when the page was updated: by its `itemprop`, its class
/// or id, or the words just before it or in it ("Updated", "Last modified").
fn is_update(time: &NodeRef) -> bool {
    let marked = |name: &str| {
        time.attr(name).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("modif") || v.contains("updat")
        })
    };
    let said = |text: &str| {
        let t = text
            .trim()
            .trim_end_matches([':', '·', '|', '-'])
            .trim_end();
        let t = t.to_ascii_lowercase();
        let t = t.strip_suffix(" on").unwrap_or(&t);
        t.ends_with("updated") || t.ends_with("modified")
    };
    ["itemprop", "class", "id"].into_iter().any(marked)
        || time
            .prev_sibling()
            .is_some_and(|p| p.is_text() && said(&p.text()))
        || {
            let own = time.text().trim_start().to_ascii_lowercase();
            own.starts_with("updated") || own.starts_with("last updated")
        }
}

/// How an element becomes text.
enum Tag {
    /// Dropped with its content (scripts, navigation, forms, media).
    Skip,
    /// Text flows through it.
    Inline,
    /// Its content is a block of its own.
    Block,
    /// A block quote.
    Quote,
    /// The attribution inside a block quote (`<footer>`, `<figcaption>`): outside the marks.
    Attribution,
    /// A table cell: separated by a space.
    Cell,
    /// A link with its target.
    Link(String),
    /// `<br>`.
    Break,
    /// `<pre>`: whitespace kept.
    Pre,
    /// Replaced by this text (a formula's `alttext`).
    Alt(String),
}

impl Tag {
    fn of(node: &NodeRef, name: &str, in_quote: bool, base: Option<&Url>) -> Tag {
        match name {
            "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "object"
            | "video" | "audio" | "canvas" | "img" | "picture" | "nav" | "aside" | "form"
            | "button" | "select" | "input" | "textarea" | "head" | "title" => Tag::Skip,
            "br" => Tag::Break,
            "pre" => Tag::Pre,
            // MathML: its alternative text when it has one, else its characters.
            "math" => match node.attr("alttext") {
                Some(alt) if !alt.trim().is_empty() => Tag::Alt(alt.to_string()),
                _ if node.attr("display").is_some_and(|d| &*d == "block") => Tag::Block,
                _ => Tag::Inline,
            },
            "blockquote" => Tag::Quote,
            "footer" | "figcaption" if in_quote => Tag::Attribution,
            "td" | "th" => Tag::Cell,
            "a" => match node.attr("href") {
                Some(href) if is_followable(&href) => Tag::Link(absolute(href.trim(), base)),
                _ => Tag::Inline,
            },
            "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "h1" | "h2"
            | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "li" | "dl" | "dt" | "dd" | "table"
            | "tr" | "hr" | "figure" | "figcaption" | "address" | "details" | "summary"
            | "center" | "body" | "html" => Tag::Block,
            _ => Tag::Inline,
        }
    }
}

/// `href` resolved against `base` when there is one and it resolves.
fn absolute(href: &str, base: Option<&Url>) -> String {
    base.and_then(|b| b.join(href).ok())
        .map_or_else(|| href.to_owned(), String::from)
}

fn is_followable(href: &str) -> bool {
    let href = href.trim();
    !href.is_empty()
        && !href.starts_with('#')
        && !href
            .get(..11)
            .is_some_and(|s| s.eq_ignore_ascii_case("javascript:"))
}

enum Step<'a> {
    Open(NodeRef<'a>),
    Close(Tag),
}

/// Walks the tree under `root` in document order (with a stack, so deep markup cannot
/// overflow the call stack), feeding text and structure to `builder`; links are resolved
/// against `base`.
fn walk(root: &NodeRef, base: Option<&Url>, builder: &mut TextBuilder) {
    let mut stack: Vec<Step> = root.children().into_iter().rev().map(Step::Open).collect();
    let mut quotes = 0usize;
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Open(node) => node,
            Step::Close(tag) => {
                match tag {
                    Tag::Block | Tag::Attribution => builder.end_block(),
                    Tag::Quote => {
                        quotes = quotes.saturating_sub(1);
                        builder.end_quote();
                    }
                    Tag::Link(_) => builder.end_link(),
                    Tag::Cell => builder.push_text(" "),
                    Tag::Skip | Tag::Inline | Tag::Break | Tag::Pre | Tag::Alt(_) => {}
                }
                continue;
            }
        };
        if node.is_text() {
            builder.push_text(&node.text());
            continue;
        }
        let Some(name) = node.node_name().filter(|_| node.is_element()) else {
            continue;
        };
        let tag = Tag::of(&node, &name, quotes > 0, base);
        match &tag {
            Tag::Skip => continue,
            Tag::Break => {
                builder.line_break();
                continue;
            }
            Tag::Pre => {
                builder.push_preformatted(&preformatted(&node));
                continue;
            }
            Tag::Alt(alt) => {
                builder.push_text(&format!(" {alt} "));
                continue;
            }
            Tag::Block => builder.end_block(),
            Tag::Attribution => {
                builder.end_block();
                builder.close_quotation();
            }
            Tag::Quote => {
                quotes += 1;
                builder.start_quote();
            }
            Tag::Link(url) => builder.start_link(url.clone()),
            Tag::Cell => builder.push_text(" "),
            Tag::Inline => {}
        }
        stack.push(Step::Close(tag));
        stack.extend(node.children().into_iter().rev().map(Step::Open));
    }
}

/// The text of a `<pre>` element: its characters as they are, `<br>` as a line break.
fn preformatted(pre: &NodeRef) -> String {
    let mut text = String::new();
    for node in pre.descendants_it() {
        if node.is_text() {
            text.push_str(&node.text());
        } else if node.node_name().is_some_and(|n| &*n == "br") {
            text.push('\n');
        }
    }
    text
}

/// Whitespace runs (newlines too) become single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
