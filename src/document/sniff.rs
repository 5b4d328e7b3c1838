//! What an input holds: plain text, Markdown, an HTML page or a feed, told by its file
//! extension, its HTTP content type or its first bytes.

use std::path::Path;

/// The kinds of source byline reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML page.
    Html,
    /// An RSS, Atom or JSON feed.
    Feed,
}

/// How many leading bytes content sniffing looks at.
const SNIFF_LEN: usize = 2048;

/// The kind an extension names for sure (`.html`, `.md`, `.rss` …); `None` for extensions
/// whose content decides (`.xml`, `.json`) and unknown ones.
pub fn by_extension(path: &str) -> Option<Kind> {
    let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Kind::Text,
        "md" | "markdown" | "mdown" | "mkd" => Kind::Markdown,
        "html" | "htm" | "xhtml" => Kind::Html,
        "rss" | "atom" => Kind::Feed,
        _ => return None,
    })
}

/// Whether a file in a folder may hold an article or a feed, by its extension.
pub fn is_candidate(path: &Path) -> bool {
    let Some(name) = path.to_str() else {
        return false;
    };
    by_extension(name).is_some()
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("xml") || e.eq_ignore_ascii_case("json"))
}

/// The kind of a file: its extension when it says, otherwise its content.
pub fn of_file(name: &str, bytes: &[u8]) -> Kind {
    by_extension(name).unwrap_or_else(|| by_content(bytes))
}

/// The kind the first bytes show: a leading `<!doctype html` or `<html`; `<?xml` (or a root
/// element) with `<rss`, `<feed` or `<rdf:RDF`; a JSON object naming a jsonfeed.org version;
/// a Markdown heading (`# `) or front matter (`---`) on the first line. Anything else is text.
pub fn by_content(bytes: &[u8]) -> Kind {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let head = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    let lower = head.to_ascii_lowercase();
    let starts = |prefix: &str| lower.starts_with(prefix.as_bytes());
    let has = |needle: &str| contains(&lower, needle.as_bytes());
    if starts("<!doctype html") || starts("<html") {
        Kind::Html
    } else if starts("<rss") || starts("<feed") || starts("<rdf:rdf") {
        Kind::Feed
    } else if starts("<?xml") || starts("<!--") {
        if has("<rss") || has("<feed") || has("<rdf:rdf") {
            Kind::Feed
        } else if has("<html") {
            Kind::Html
        } else {
            Kind::Text
        }
    } else if starts("{") && has("\"version\"") && has("jsonfeed.org/version") {
        Kind::Feed
    } else if starts("# ") || starts("---\n") || starts("---\r\n") {
        Kind::Markdown
    } else {
        Kind::Text
    }
}

/// The kind an HTTP `Content-Type` media type (lowercase, without parameters) names; types
/// shared by feeds and other documents (`application/xml`, `application/json`,
/// `text/plain`) are decided by the URL's extension or the content. `None`: not an article.
pub fn by_media_type(media_type: Option<&str>, url: &str, bytes: &[u8]) -> Option<Kind> {
    let by_url_or_content = || {
        let path = url.split(['?', '#']).next().unwrap_or(url);
        by_extension(path).unwrap_or_else(|| by_content(bytes))
    };
    match media_type {
        None | Some("text/plain") => Some(by_url_or_content()),
        Some("text/html" | "application/xhtml+xml") => Some(Kind::Html),
        Some("text/markdown" | "text/x-markdown") => Some(Kind::Markdown),
        // `application/rss+xml`, `application/x-rss+xml`, `text/atom+xml`, … as served.
        Some(t)
            if ["rss+xml", "atom+xml", "rdf+xml", "feed+json"]
                .iter()
                .any(|s| t.ends_with(s)) =>
        {
            Some(Kind::Feed)
        }
        Some("application/xml" | "text/xml" | "application/json") => {
            Some(by_content(bytes)).filter(|k| matches!(k, Kind::Feed | Kind::Html))
        }
        Some(_) => None,
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        assert_eq!(by_extension("a/b.HTML"), Some(Kind::Html));
        assert_eq!(by_extension("notes.md"), Some(Kind::Markdown));
        assert_eq!(by_extension("x.markdown"), Some(Kind::Markdown));
        assert_eq!(by_extension("news.rss"), Some(Kind::Feed));
        assert_eq!(by_extension("a.txt"), Some(Kind::Text));
        assert_eq!(by_extension("feed.xml"), None);
        assert_eq!(by_extension("README"), None);
        assert!(is_candidate(Path::new("d/feed.json")));
        assert!(!is_candidate(Path::new("d/photo.png")));
    }

    #[test]
    fn content() {
        let cases: [(&[u8], Kind); 12] = [
            (b"<!DOCTYPE html><html>", Kind::Html),
            (b"\xEF\xBB\xBF  \n<html lang=en>", Kind::Html),
            (
                b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">",
                Kind::Feed,
            ),
            (
                b"<?xml version='1.0'?><feed xmlns=\"http://www.w3.org/2005/Atom\">",
                Kind::Feed,
            ),
            (
                b"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">",
                Kind::Feed,
            ),
            (b"<rss version=\"0.91\">", Kind::Feed),
            (b"<?xml version=\"1.0\"?><html xmlns=\"x\">", Kind::Html),
            (
                b"{\n \"version\": \"https://jsonfeed.org/version/1.1\"}",
                Kind::Feed,
            ),
            (b"{\"name\": \"package\"}", Kind::Text),
            (b"# Storm hits coast\n\nText.", Kind::Markdown),
            (b"---\ntitle: x\n---\n", Kind::Markdown),
            (b"Storm hits coast\n\n<html> is a tag.", Kind::Text),
        ];
        for (bytes, want) in cases {
            assert_eq!(
                by_content(bytes),
                want,
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn files_prefer_their_extension() {
        assert_eq!(of_file("a.txt", b"<html>"), Kind::Text);
        assert_eq!(of_file("page", b"<html>"), Kind::Html);
        assert_eq!(
            of_file("feed.xml", b"<?xml version=\"1.0\"?><rss>"),
            Kind::Feed
        );
    }

    #[test]
    #[cfg(feature = "fetch")]
    fn media_types() {
        let u = "https://example.org/a";
        assert_eq!(by_media_type(Some("text/html"), u, b""), Some(Kind::Html));
        assert_eq!(
            by_media_type(Some("application/atom+xml"), u, b""),
            Some(Kind::Feed)
        );
        assert_eq!(
            by_media_type(Some("application/x-rss+xml"), u, b""),
            Some(Kind::Feed)
        );
        assert_eq!(
            by_media_type(Some("application/xml"), u, b"<rss>"),
            Some(Kind::Feed)
        );
        assert_eq!(
            by_media_type(Some("application/json"), u, b"{\"a\": 1}"),
            None
        );
        assert_eq!(by_media_type(Some("image/png"), u, b"\x89PNG"), None);
        assert_eq!(
            by_media_type(Some("text/plain"), u, b"Hello"),
            Some(Kind::Text)
        );
        assert_eq!(
            by_media_type(Some("text/plain"), "https://e.org/r.md?x=1", b"Hi"),
            Some(Kind::Markdown)
        );
        assert_eq!(by_media_type(None, u, b"<!doctype html>"), Some(Kind::Html));
    }
}
