//! Opening an input: telling what it holds and reading it as one article, a feed or a folder.

use std::path::Path;

use super::Page;
#[cfg(feature = "fetch")]
use super::Validators;
use super::sniff::{self, Kind};
use super::{
    Input, LoadError, LoadOptions, Loaded, SAMPLE_META, SAMPLE_TEXT, Source, decode, feed, folder,
    guard, html, markdown, plain, read, sidecar,
};

/// Opens `input`. A folder lists its articles and feeds; a file, a web page or stdin is
/// told apart by its extension (`.html`, `.md`, `.rss` …), its `Content-Type` or its first
/// bytes, then read as plain text, Markdown, HTML or a feed.
pub fn open(input: &Input, options: LoadOptions) -> Result<Source, LoadError> {
    let name = input.name();
    match input {
        Input::Path(path) if path.is_dir() => {
            folder::list(path, options, folder_file).map(Source::Folder)
        }
        Input::Path(path) => {
            let bytes = read::file(path, options.max_size)?;
            let source = open_bytes(&bytes, &name, Some(name.clone()), options)?;
            Ok(with_sidecar(source, sidecar::read(path).as_deref()))
        }
        Input::Stdin => open_bytes(&read::stdin(options.max_size)?, &name, None, options),
        Input::Sample => {
            let sample = SAMPLE_TEXT.as_bytes();
            let source = open_bytes(sample, &name, Some(name.clone()), options)?;
            Ok(with_sidecar(source, Some(SAMPLE_META)))
        }
        Input::Url(url) => fetch(url, options),
    }
}

/// An article with what its metadata sidecar says applied.
fn with_sidecar(mut source: Source, meta: Option<&str>) -> Source {
    if let (Source::Article(loaded), Some(meta)) = (&mut source, meta) {
        sidecar::apply(meta, &mut loaded.document);
    }
    source
}

/// Opens raw bytes named `name` (a path, or a description such as "standard input"): the
/// kind is told by the name's extension or the bytes, as for files in [`open`].
pub fn open_bytes(
    bytes: &[u8],
    name: &str,
    source: Option<String>,
    options: LoadOptions,
) -> Result<Source, LoadError> {
    let kind = sniff::of_file(name, bytes);
    parse(Raw::new(bytes, name, source, kind), options)
}

/// A feed fetched again: unchanged since the validators were given, or its new version.
#[cfg(feature = "fetch")]
#[derive(Debug)]
pub enum Refreshed {
    /// The server answered 304 Not Modified.
    NotModified,
    /// The feed, and the validators for the next refresh.
    Changed(super::Feed, Validators),
}

/// Fetches the feed at `url` unless it is unchanged since `validators`; an address that is
/// not a feed is an error.
#[cfg(feature = "fetch")]
pub fn refresh_feed(
    url: &str,
    options: LoadOptions,
    validators: &Validators,
) -> Result<Refreshed, LoadError> {
    let Some(page) = super::fetch::get_if_changed(url, &options, validators)? else {
        return Ok(Refreshed::NotModified);
    };
    let validators = page.validators.clone();
    match open_page(url, &page, options)? {
        Source::Feed(feed) => Ok(Refreshed::Changed(feed, validators)),
        _ => Err(LoadError::BadFeed {
            name: url.to_owned(),
            reason: "the address serves a page, not a feed".to_owned(),
        }),
    }
}

#[cfg(feature = "fetch")]
fn fetch(url: &str, options: LoadOptions) -> Result<Source, LoadError> {
    let page = super::fetch::get(url, &options)?;
    open_page(url, &page, options)
}

/// GETs the page at `url` (redirects, the timeout and the size cap of `options`), as the
/// server sent it.
#[cfg(feature = "fetch")]
pub fn fetch_page(url: &str, options: LoadOptions) -> Result<Page, LoadError> {
    super::fetch::get(url, &options)
}

/// Without web support, no page can be fetched.
#[cfg(not(feature = "fetch"))]
pub fn fetch_page(url: &str, _options: LoadOptions) -> Result<Page, LoadError> {
    Err(LoadError::NoFetch {
        name: url.to_owned(),
    })
}

/// Reads a fetched (or stored) `page` named `url`: what its media type (else its address or
/// content) says it is.
pub fn open_page(url: &str, page: &Page, options: LoadOptions) -> Result<Source, LoadError> {
    let kind = sniff::by_media_type(page.media_type.as_deref(), &page.url, &page.bytes)
        .ok_or_else(|| LoadError::NotArticle {
            name: url.to_owned(),
            what: page.media_type.clone().unwrap_or_default(),
        })?;
    let raw = Raw {
        charset: page.charset.as_deref(),
        base_url: Some(page.url.as_str()),
        ..Raw::new(&page.bytes, url, Some(page.url.clone()), kind)
    };
    parse(raw, options)
}

#[cfg(not(feature = "fetch"))]
fn fetch(url: &str, _options: LoadOptions) -> Result<Source, LoadError> {
    Err(LoadError::NoFetch {
        name: url.to_owned(),
    })
}

/// Bytes of a known kind to read, and what is known about them besides.
struct Raw<'a> {
    bytes: &'a [u8],
    /// How the input is named in messages.
    name: &'a str,
    /// What becomes [`super::Document::source`].
    source: Option<String>,
    kind: Kind,
    /// The charset declared outside the bytes (by HTTP).
    charset: Option<&'a str>,
    /// The address the bytes came from.
    base_url: Option<&'a str>,
}

impl<'a> Raw<'a> {
    fn new(bytes: &'a [u8], name: &'a str, source: Option<String>, kind: Kind) -> Self {
        Raw {
            bytes,
            name,
            source,
            kind,
            charset: None,
            base_url: None,
        }
    }
}

/// Reads bytes as their kind says, behind the panic boundary (the parsers are third-party).
fn parse(raw: Raw, options: LoadOptions) -> Result<Source, LoadError> {
    let name = raw.name;
    guard::guarded(name, || parse_unguarded(raw, options))
}

/// Reads bytes as their kind says: a feed, or an article decoded by the declared charset (an
/// HTML page's own `<meta charset>` when nothing outside it declares one).
fn parse_unguarded(raw: Raw, options: LoadOptions) -> Result<Source, LoadError> {
    let Raw {
        bytes,
        name,
        source,
        kind,
        charset,
        base_url,
    } = raw;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty {
            name: name.to_owned(),
        });
    }
    if kind == Kind::Feed {
        return feed::parse(bytes, name, source, base_url).map(Source::Feed);
    }
    let declared = match (charset, kind) {
        (Some(charset), _) => Some(charset.to_owned()),
        (None, Kind::Html) => decode::html_charset(bytes),
        (None, _) => None,
    };
    let decoded = decode::decode_labeled(bytes, name, declared.as_deref())?;
    // Byte-order marks beyond the first decode to U+FEFF: no more text than whitespace.
    if decoded
        .text
        .chars()
        .all(|c| c.is_whitespace() || c == '\u{feff}')
    {
        return Err(LoadError::Empty {
            name: name.to_owned(),
        });
    }
    let warning = match decoded.overridden {
        Some(encoding) => Some(format!(
            "{name}: declared {} but the bytes are UTF-8; read as UTF-8",
            declared.as_deref().unwrap_or(encoding)
        )),
        None => (decoded.replaced > 0).then(|| {
            format!(
                "{name}: invalid {} ({} bad sequence{}); decoded with replacement characters",
                decoded.encoding,
                decoded.replaced,
                if decoded.replaced == 1 { "" } else { "s" }
            )
        }),
    };
    let mut document = match kind {
        Kind::Html => html::page(&decoded.text, name, source, base_url)?,
        Kind::Markdown => markdown::parse(&decoded.text, source),
        Kind::Text | Kind::Feed => plain::parse(decoded.text, source),
    };
    if options.published.is_some() {
        document.published = options.published;
    }
    Ok(Source::Article(Loaded { document, warning }))
}

impl Source {
    /// One article: this one, or the first of a feed or folder, with a warning naming how
    /// many there are.
    pub fn into_article(self, options: LoadOptions) -> Result<Loaded, LoadError> {
        match self {
            Source::Article(loaded) => Ok(loaded),
            Source::Feed(feed) => {
                let name = feed.source.clone().unwrap_or_else(|| Input::Stdin.name());
                let count = feed.items.len();
                let first = feed
                    .items
                    .first()
                    .ok_or(LoadError::EmptyFeed { name: name.clone() })?;
                let mut loaded = first.load(options)?;
                if count > 1 && loaded.warning.is_none() {
                    loaded.warning = Some(format!(
                        "{name}: a feed of {count} items; showing the first (`byline analyze` reads them all)"
                    ));
                }
                Ok(loaded)
            }
            Source::Folder(folder) => {
                let name = folder.path.display().to_string();
                let count = folder.entries.len();
                let Some(first) = folder.entries.into_iter().next() else {
                    let error = folder.skipped.into_iter().next();
                    return Err(error.unwrap_or(LoadError::Directory { name, empty: false }));
                };
                let path = first.path.display().to_string();
                let mut loaded = first.content.into_source().into_article(options)?;
                if count > 1 {
                    loaded.warning = Some(format!(
                        "{name}: a folder of {count} articles and feeds; showing the first, {path} (`byline analyze` reads them all)"
                    ));
                }
                Ok(loaded)
            }
        }
    }

    /// Every article: this one; each item of a feed (items with only a link are fetched, one
    /// at a time, as the iterator is advanced, within the fetch cap and the deadline); each file of a folder, in path order, after
    /// the files of it that could not be read.
    pub fn articles(
        self,
        options: LoadOptions,
    ) -> Box<dyn Iterator<Item = Result<Loaded, LoadError>>> {
        match self {
            Source::Article(loaded) => Box::new(std::iter::once(Ok(loaded))),
            Source::Feed(feed) if feed.items.is_empty() => {
                let name = feed.source.unwrap_or_else(|| Input::Stdin.name());
                Box::new(std::iter::once(Err(LoadError::EmptyFeed { name })))
            }
            Source::Feed(feed) => Box::new(feed::articles(feed, options)),
            Source::Folder(folder) => Box::new(
                folder.skipped.into_iter().map(Err).chain(
                    folder
                        .entries
                        .into_iter()
                        .flat_map(move |e| e.content.into_source().articles(options)),
                ),
            ),
        }
    }
}

/// Reads the file at `path` for a folder listing: `None` when its content shows it is not
/// one byline reads (an `.xml` or `.json` file that is neither a feed nor a page).
fn folder_file(path: &Path, options: LoadOptions) -> Option<Result<Source, LoadError>> {
    let name = path.display().to_string();
    let bytes = match read::file(path, options.max_size) {
        Ok(bytes) => bytes,
        Err(error) => return Some(Err(error)),
    };
    let kind = sniff::of_file(&name, &bytes);
    if sniff::by_extension(&name).is_none() && kind == Kind::Text {
        return None;
    }
    let source = parse(Raw::new(&bytes, &name, Some(name.clone()), kind), options);
    Some(source.map(|s| with_sidecar(s, sidecar::read(path).as_deref())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(bytes: &[u8], name: &str) -> Source {
        open_bytes(bytes, name, Some(name.to_owned()), LoadOptions::default()).unwrap()
    }

    #[test]
    fn kinds_are_told_apart() {
        let cases: [(&[u8], &str, &str); 4] = [
            (b"Storm hits coast\n\nRain.", "a.txt", "Storm hits coast"),
            (b"# Storm *hits*\n\nRain.", "a.md", "Storm hits"),
            (
                b"<html><title>Storm</title><p>Rain.</p></html>",
                "a.htm",
                "Storm",
            ),
            (
                b"<!doctype html><title>Storm</title><p>Rain.</p>",
                "page",
                "Storm",
            ),
        ];
        for (bytes, name, title) in cases {
            let Source::Article(loaded) = source(bytes, name) else {
                panic!("{name} is an article");
            };
            assert_eq!(loaded.document.title.as_deref(), Some(title), "{name}");
        }
        assert!(matches!(
            source(b"<rss version=\"2.0\"><channel></channel></rss>", "f.xml"),
            Source::Feed(_)
        ));
    }

    #[test]
    fn a_feed_as_one_article() {
        let rss = b"<rss version=\"2.0\"><channel><title>T</title>\
            <item><title>First</title><description>One.</description></item>\
            <item><title>Second</title><description>Two.</description></item></channel></rss>";
        let loaded = source(rss, "f.rss")
            .into_article(LoadOptions::default())
            .unwrap();
        assert_eq!(loaded.document.title.as_deref(), Some("First"));
        assert_eq!(
            loaded.warning.as_deref(),
            Some("f.rss: a feed of 2 items; showing the first (`byline analyze` reads them all)")
        );
        let empty = source(b"<rss version=\"2.0\"><channel></channel></rss>", "e.rss");
        let err = empty.into_article(LoadOptions::default()).unwrap_err();
        assert_eq!(err.to_string(), "e.rss: the feed has no items");
    }

    #[test]
    fn declared_charsets_of_html_files() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head>\
                     <body><p>Caf\xe9 \x93owners\x94 protest.</p></body></html>";
        let Source::Article(loaded) = source(page, "p.html") else {
            panic!("an article");
        };
        assert_eq!(loaded.document.text, "Café\n\nCafé “owners” protest.");
        assert_eq!(loaded.warning, None);
        let utf8 = "<html><head><meta charset=\"gb2312\"><title>深度学习</title></head>\
                    <body><p>深度学习 reaches Café Zürich.</p></body></html>";
        let Source::Article(loaded) = source(utf8.as_bytes(), "u.html") else {
            panic!("an article");
        };
        assert_eq!(
            loaded.document.text,
            "深度学习\n\n深度学习 reaches Café Zürich."
        );
        assert_eq!(
            loaded.warning.as_deref(),
            Some("u.html: declared gb2312 but the bytes are UTF-8; read as UTF-8")
        );
    }

    #[test]
    #[cfg(not(feature = "fetch"))]
    fn web_addresses_need_the_fetch_feature() {
        let url = Input::Url("https://example.com/".into());
        let err = open(&url, LoadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("without web support"), "{err}");
    }
}
