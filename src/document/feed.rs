//! Feeds (RSS 0.9x, 1.0 and 2.0, Atom, JSON Feed; parsed by feed-rs): the items with their
//! title, link, date and content. An item with content is read as it is; an item with only a
//! link is read from the page the link names.

mod cap;
mod prolog;
mod teaser;

use std::borrow::Cow;

pub use cap::MAX_ITEMS;

use super::blocks::TextBuilder;
use super::plain::{self, Metadata};
use super::{
    Document, Input, LoadError, LoadOptions, Loaded, Page, UnreadReason, fetch_page, guard, html,
    open_page,
};
use crate::analysis::date::Date;
use chrono::Datelike;

/// A parsed feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// The feed's title.
    pub title: Option<String>,
    /// The path or URL it was read from; `None` for stdin.
    pub source: Option<String>,
    /// The items, in the feed's order (usually newest first).
    pub items: Vec<FeedItem>,
    /// Items past the first [`MAX_ITEMS`] of the feed, left out.
    pub dropped: usize,
}

/// One item (entry) of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The item's identity in its feed (RSS `guid`, Atom `id`; feed-rs makes one from the link
    /// and title when the feed gives none).
    pub guid: String,
    /// The item's title, as plain text.
    pub title: Option<String>,
    /// The address of the item's page (made absolute against the feed's URL when fetched).
    pub link: Option<String>,
    /// When it was published (or else last updated), as a UTC date.
    pub published: Option<Date>,
    /// The author's name.
    pub author: Option<String>,
    /// A teaser (RSS `description`, Atom `summary`).
    pub summary: Option<Body>,
    /// The full article (RSS `content:encoded`, Atom `content`, JSON Feed `content_html` or
    /// `content_text`).
    pub content: Option<Body>,
    /// The path or URL of the feed the item came from.
    pub feed: Option<String>,
}

/// A text from a feed, as HTML or as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// HTML markup (converted to text as a fragment, without readability).
    Html(String),
    /// Plain text.
    Text(String),
}

/// Parses a feed. `base_url` (the feed's address) makes relative links absolute.
pub fn parse(
    bytes: &[u8],
    name: &str,
    source: Option<String>,
    base_url: Option<&str>,
) -> Result<Feed, LoadError> {
    let utf8 = prolog::normalize(bytes);
    let xml = utf8.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<');
    let (capped, dropped) = if xml {
        cap::first_items(&utf8, MAX_ITEMS)
    } else {
        (Cow::Borrowed(&*utf8), 0)
    };
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(base_url)
        .build()
        .parse(&*capped)
        .map_err(|error| LoadError::BadFeed {
            name: name.to_owned(),
            reason: error
                .to_string()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        })?;
    let items = parsed
        .entries
        .into_iter()
        .map(|entry| FeedItem {
            guid: entry.id.clone(),
            title: entry
                .title
                .map(|t| plain_text(body(t.content_type.to_string(), t.content))),
            link: entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.clone()),
            published: entry.published.or(entry.updated).and_then(|t| {
                let (month, day) = (u8::try_from(t.month()).ok()?, u8::try_from(t.day()).ok()?);
                Date::new(t.year(), month, day)
            }),
            author: entry
                .authors
                .first()
                .and_then(|a| a.name.clone())
                .filter(|a| !a.is_empty()),
            summary: entry
                .summary
                .map(|t| body(t.content_type.to_string(), t.content)),
            content: entry.content.and_then(|c| {
                let media_type = c.content_type.to_string();
                c.body.map(|b| body(media_type, b))
            }),
            feed: source.clone(),
        })
        .collect();
    Ok(Feed {
        title: parsed
            .title
            .map(|t| plain_text(body(t.content_type.to_string(), t.content))),
        source,
        items,
        dropped,
    })
}

/// The most characters of an untitled item's first words shown as its headline.
const HEADLINE_CHARS: usize = 60;

impl FeedItem {
    /// How the item is named in messages: its link, else its headline.
    pub fn name(&self) -> String {
        self.link
            .clone()
            .or_else(|| self.headline())
            .unwrap_or_else(|| "a feed item".to_owned())
    }

    /// The item's title, or for an untitled item the first words of its text (cut at a word,
    /// with "…"), or `None` when it has neither.
    pub fn headline(&self) -> Option<String> {
        if let Some(title) = self.title.as_ref().filter(|t| !t.trim().is_empty()) {
            return Some(title.clone());
        }
        let body = self.content.as_ref().or(self.summary.as_ref())?;
        let text = match body {
            Body::Html(markup) => html::fragment(markup, None).0,
            Body::Text(text) => text.clone(),
        };
        let mut words = text.split_whitespace();
        let mut line = words.next()?.to_owned();
        for word in words {
            if line.chars().count() + 1 + word.chars().count() > HEADLINE_CHARS {
                line.push_str(" …");
                return Some(line);
            }
            line.push(' ');
            line.push_str(word);
        }
        Some(line)
    }

    /// Whether the item carries its whole article: content that is not a teaser (short or
    /// cut), or such a summary; loading it needs no fetch.
    pub fn has_content(&self) -> bool {
        self.content
            .as_ref()
            .is_some_and(|c| teaser::is_article(c, true))
            || self
                .summary
                .as_ref()
                .is_some_and(|s| teaser::is_article(s, false))
    }

    /// The item as a document: its own text when it holds the article; else the page its
    /// link names (fetched; the item's date fills in a page without one), and when that
    /// fetch fails, the item's own text with a warning that says so.
    pub fn load(&self, options: LoadOptions) -> Result<Loaded, LoadError> {
        self.load_with_page(options, None).map(|(loaded, _)| loaded)
    }

    /// [`Self::load`], reading the item's page from `stored` (kept from an earlier fetch)
    /// instead of the network when it is given; returns the page it fetched, if it did, so
    /// it can be kept.
    pub fn load_with_page(
        &self,
        options: LoadOptions,
        stored: Option<&Page>,
    ) -> Result<(Loaded, Option<Page>), LoadError> {
        let own = self.content.as_ref().or(self.summary.as_ref());
        let link = self.link.as_ref().filter(|_| self.needs_fetch());
        let (Some(link), own) = (link, own) else {
            return match own {
                Some(body) => Ok((self.read(body, options)?, None)),
                None => Err(LoadError::NoContent { name: self.name() }),
            };
        };
        let page = match stored {
            Some(page) => Ok((page.clone(), false)),
            None => fetch_page(link, options.started()).map(|page| (page, true)),
        };
        let opened = page.and_then(|(page, fetched)| {
            let source = guard::guarded(link, || open_page(link, &page, options))?;
            let loaded = source.into_article(options)?;
            Ok((loaded, fetched.then_some(page)))
        });
        match opened {
            Ok((mut loaded, fetched)) => {
                let document = &mut loaded.document;
                document.published = document.published.or(self.published);
                document.title = document.title.take().or_else(|| self.title.clone());
                Ok((loaded, fetched))
            }
            Err(error) => {
                let Some(body) = own else {
                    return Err(error);
                };
                let mut loaded = self.read(body, options)?;
                loaded.warning = Some(format!("{error}; showing the feed's text instead"));
                Ok((loaded, None))
            }
        }
    }

    /// Whether loading the item fetches its page: a web link, and no whole article of its
    /// own.
    pub fn needs_fetch(&self) -> bool {
        self.has_web_link() && !self.has_content()
    }

    fn has_web_link(&self) -> bool {
        self.link.as_deref().is_some_and(super::is_web_address)
    }

    /// Reads a body the feed carries, behind the panic boundary (HTML is parsed).
    fn read(&self, body: &Body, options: LoadOptions) -> Result<Loaded, LoadError> {
        guard::guarded(&self.name(), || self.read_unguarded(body, options))
    }

    fn read_unguarded(&self, body: &Body, options: LoadOptions) -> Result<Loaded, LoadError> {
        let (text, links) = match body {
            Body::Html(markup) => html::fragment(markup, self.link.as_deref()),
            Body::Text(text) => {
                let mut b = TextBuilder::default();
                for paragraph in text.replace("\r\n", "\n").split("\n\n") {
                    b.push_text(paragraph);
                    b.end_block();
                }
                b.finish()
            }
        };
        if text.trim().is_empty() {
            return Err(LoadError::NoContent { name: self.name() });
        }
        let meta = Metadata {
            title: self.title.clone().filter(|t| !t.is_empty()),
            byline: self.author.clone(),
            published: self.published,
        };
        let source = self.link.clone().or_else(|| self.feed.clone());
        let mut document: Document = plain::with_metadata(text, links, meta, source);
        if options.published.is_some() {
            document.published = options.published;
        }
        Ok(Loaded {
            document,
            warning: None,
        })
    }
}

/// Every article of `feed`, loaded as the iterator is advanced: items with their content as
/// they are, link-only items fetched, at most `options.max_fetches` of them and all before the
/// source's deadline; the link-only items left over are one [`LoadError::Unread`], and so are
/// the items past the first [`MAX_ITEMS`].
pub fn articles(
    feed: Feed,
    options: LoadOptions,
) -> impl Iterator<Item = Result<Loaded, LoadError>> {
    let name = feed.source.unwrap_or_else(|| Input::Stdin.name());
    let mut items = feed.items.into_iter();
    let (mut fetched, mut stopped) = (0, false);
    let mut dropped = (feed.dropped > 0).then(|| LoadError::Unread {
        name: name.clone(),
        count: feed.dropped,
        why: UnreadReason::ItemCap(MAX_ITEMS),
    });
    std::iter::from_fn(move || {
        loop {
            let Some(item) = items.next() else {
                return dropped.take().map(Err);
            };
            if !item.needs_fetch() {
                return Some(item.load(options));
            }
            if stopped {
                continue;
            }
            let out_of_time = options.remaining().is_zero();
            if out_of_time || fetched >= options.max_fetches {
                stopped = true;
                let rest = items.as_slice().iter().filter(|i| i.needs_fetch()).count();
                return Some(Err(LoadError::Unread {
                    name: name.clone(),
                    count: rest + 1,
                    why: if out_of_time {
                        UnreadReason::TimeLimit
                    } else {
                        UnreadReason::FetchCap(options.max_fetches)
                    },
                }));
            }
            fetched += 1;
            return Some(item.load(options));
        }
    })
}

fn body(media_type: String, text: String) -> Body {
    if media_type.contains("html") {
        Body::Html(text)
    } else {
        Body::Text(text)
    }
}

/// A title as one line of plain text.
fn plain_text(body: Body) -> String {
    let text = match body {
        Body::Html(markup) => html::fragment(&markup, None).0,
        Body::Text(text) => text,
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
