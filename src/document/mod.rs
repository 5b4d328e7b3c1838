//! Loading: turns a file, a folder, a web address, stdin or the bundled sample into a
//! [`Document`] — plain text, Markdown, HTML pages (readability), and RSS, Atom or JSON feeds.
//!
//! This is the edge of the program: everything that can fail because of the outside world
//! (missing files, binary data, bad encodings, oversized input, the network) fails here, with
//! a [`LoadError`] whose message fits on one line.
//!
//! [`open`] gives a [`Source`]: one article, a [`Feed`] of items or a [`Folder`] of entries;
//! [`load`] gives one article (the first of a feed or folder).

mod blocks;
mod dateline;
mod decode;
mod error;
mod feed;
#[cfg(feature = "fetch")]
mod fetch;
mod folder;
mod guard;
mod html;
mod markdown;
mod markup;
mod open;
mod page;
mod plain;
mod read;
mod sidecar;
mod sniff;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::analysis::date::Date;
use crate::analysis::span::Span;

pub use error::{LoadError, UnreadReason};
pub use feed::{Body, Feed, FeedItem, MAX_ITEMS};
#[cfg(feature = "fetch")]
pub use fetch::USER_AGENT;
pub use folder::{Entry, EntryContent, Folder};
pub use guard::{catching, guarded};
#[cfg(feature = "fetch")]
pub use open::{Refreshed, refresh_feed};
pub use open::{fetch_page, open, open_bytes, open_page};
pub use page::{Page, Validators};

/// The bundled sample article, opened when no input is named.
pub const SAMPLE_NAME: &str = "seeds/putin-iran-israel-calls.txt";
const SAMPLE_TEXT: &str = include_str!("../../seeds/putin-iran-israel-calls.txt");
/// The sample's metadata sidecar (its date: the text has no dateline of its own).
const SAMPLE_META: &str = include_str!("../../seeds/putin-iran-israel-calls.meta");

/// Default cap on the size of one input: 64 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 64 * 1024 * 1024;

/// Default limit on fetching one web address, redirects included: 30 s.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default cap on the item pages one feed fetches (items that carry only a link).
pub const DEFAULT_MAX_FETCHES: usize = 50;

/// One article, ready for analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The headline. It is in `text` too, as its first paragraph when the source names the
    /// title in metadata (HTML, feeds, Markdown front matter).
    pub title: Option<String>,
    /// The author line ("By …"), removed from `text`.
    pub byline: Option<String>,
    /// The publication date relative dates are resolved against.
    pub published: Option<Date>,
    /// The path or URL the article was read from; `None` for stdin.
    pub source: Option<String>,
    /// The plain text every analysis offset indexes into.
    pub text: String,
    /// The links of an HTML or Markdown source, in text order.
    pub links: Vec<Link>,
}

/// A link in a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The linked words in [`Document::text`].
    pub span: Span,
    /// The target, absolute when the page's address is known (fetched pages and feeds).
    pub url: String,
}

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or folder path.
    Path(PathBuf),
    /// An http or https address.
    Url(String),
    /// Standard input (`-` on the command line).
    Stdin,
    /// The sample article bundled with byline.
    Sample,
}

impl Input {
    /// `-` means stdin; an `http://` or `https://` address is a URL; anything else is a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else if is_web_address(arg) {
            Input::Url(arg.to_owned())
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// How the input is named in messages and in `Document::source`.
    pub fn name(&self) -> String {
        match self {
            Input::Path(path) => path.display().to_string(),
            Input::Url(url) => url.clone(),
            Input::Stdin => "standard input".to_owned(),
            Input::Sample => SAMPLE_NAME.to_owned(),
        }
    }
}

/// How to load inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Inputs larger than this many bytes are refused.
    pub max_size: u64,
    /// Overrides the publication date found in the text.
    pub published: Option<Date>,
    /// The longest loading one source may take: one web address, redirects and body
    /// included, or a feed with every item page it fetches.
    pub timeout: Duration,
    /// When the source being loaded must be done by (see [`LoadOptions::started`]).
    pub deadline: Option<Instant>,
    /// The most item pages one feed fetches; the rest are reported, not fetched.
    pub max_fetches: usize,
}

impl LoadOptions {
    /// These options for a source whose loading starts now: every fetch for it (a page, a
    /// feed and its items) shares one `timeout`. A deadline already set is kept.
    pub fn started(self) -> LoadOptions {
        LoadOptions {
            deadline: self
                .deadline
                .or_else(|| Instant::now().checked_add(self.timeout)),
            ..self
        }
    }

    /// The time left for the next fetch: `timeout`, or less if the deadline is nearer.
    pub fn remaining(&self) -> Duration {
        let left = self.deadline.map_or(self.timeout, |d| {
            d.saturating_duration_since(Instant::now())
        });
        left.min(self.timeout)
    }
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_size: DEFAULT_MAX_SIZE,
            published: None,
            timeout: DEFAULT_TIMEOUT,
            deadline: None,
            max_fetches: DEFAULT_MAX_FETCHES,
        }
    }
}

/// What an input holds.
#[derive(Debug)]
pub enum Source {
    /// One article (plain text, Markdown or an HTML page).
    Article(Loaded),
    /// A feed: its items load one by one with [`FeedItem::load`].
    Feed(Feed),
    /// A folder of articles and feeds.
    Folder(Folder),
}

/// Whether `s` starts with `http://` or `https://` (in any case).
pub fn is_web_address(s: &str) -> bool {
    let scheme = |p: &str| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    scheme("http://") || scheme("https://")
}

/// How a source is named in headers and lists: the host of a URL, the file name of a path.
pub fn source_name(source: &str) -> &str {
    if let Some((_, rest)) = source.split_once("://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        return host.rsplit('@').next().unwrap_or(host);
    }
    source
        .rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or(source)
}

/// A loaded document and what went wrong on the way without stopping it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The document.
    pub document: Document,
    /// A warning for the user (e.g. invalid UTF-8 decoded lossily), if any.
    pub warning: Option<String>,
}

/// Reads `input` and turns it into one [`Document`]: the article itself, or the first
/// article of a feed or folder (with a warning that says so).
pub fn load(input: &Input, options: LoadOptions) -> Result<Loaded, LoadError> {
    open(input, options)?.into_article(options)
}

/// Turns raw bytes named `name` into one [`Document`] (see [`open_bytes`]); a feed gives its
/// first item.
pub fn from_bytes(
    bytes: &[u8],
    name: &str,
    source: Option<String>,
    options: LoadOptions,
) -> Result<Loaded, LoadError> {
    open_bytes(bytes, name, source, options)?.into_article(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_from_arguments() {
        assert_eq!(Input::from_arg("-"), Input::Stdin);
        assert_eq!(
            Input::from_arg("HTTPS://example.com/a"),
            Input::Url("HTTPS://example.com/a".into())
        );
        assert_eq!(
            Input::from_arg("http.txt"),
            Input::Path(PathBuf::from("http.txt"))
        );
        assert!(!is_web_address("ftp://example.com/"));
    }

    #[test]
    fn sources_are_named_by_host_or_file() {
        assert_eq!(
            source_name("https://user@example.org:8080/a/b.html?x"),
            "example.org:8080"
        );
        assert_eq!(
            source_name("seeds/putin-iran-israel-calls.txt"),
            "putin-iran-israel-calls.txt"
        );
        assert_eq!(source_name("/tmp/dir/"), "dir");
        assert_eq!(source_name("article.txt"), "article.txt");
        assert_eq!(source_name("C:\\news\\a.txt"), "a.txt");
    }
}
