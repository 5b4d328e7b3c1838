//! Why an input could not be loaded.

use std::fmt;

/// A reason an input could not become a document. Every message fits on one line.
#[derive(Debug)]
pub enum LoadError {
    /// No file at the path.
    NotFound {
        /// The input's name.
        name: String,
    },
    /// The path names a directory with no article byline can read.
    Directory {
        /// The input's name.
        name: String,
        /// Whether it holds no entries at all.
        empty: bool,
    },
    /// The input is larger than the cap.
    TooLarge {
        /// The input's name.
        name: String,
        /// Its size in bytes, or the cap plus one when it was read from a stream.
        size: u64,
        /// The cap in bytes.
        max: u64,
    },
    /// The input holds binary data (NUL bytes).
    Binary {
        /// The input's name.
        name: String,
    },
    /// The input holds no text.
    Empty {
        /// The input's name.
        name: String,
    },
    /// A web address could not be fetched (name lookup, connection, timeout, TLS …).
    Network {
        /// The address.
        name: String,
        /// What went wrong, one line.
        reason: String,
    },
    /// The server answered with a status other than 2xx.
    Status {
        /// The address.
        name: String,
        /// The status code.
        code: u16,
        /// Its standard reason phrase (`Not Found`), or empty.
        reason: &'static str,
    },
    /// The input holds something other than an article (an image, a PDF, a page without text).
    NotArticle {
        /// The input's name.
        name: String,
        /// What it holds instead (`image/png`).
        what: String,
    },
    /// The input looks like a feed but does not parse as one.
    BadFeed {
        /// The input's name.
        name: String,
        /// The parser's reason, one line.
        reason: String,
    },
    /// A feed without items.
    EmptyFeed {
        /// The input's name.
        name: String,
    },
    /// A feed item with neither text nor a web link to fetch it from.
    NoContent {
        /// The item's link or title.
        name: String,
    },
    /// A feed's items left unread.
    Unread {
        /// The feed's name.
        name: String,
        /// How many items were not read.
        count: usize,
        /// Why.
        why: UnreadReason,
    },
    /// A web address, but byline was built without the `fetch` feature.
    NoFetch {
        /// The address.
        name: String,
    },
    /// A parser (HTML, XML, Markdown, charset) crashed on the input; the panic was caught.
    Crashed {
        /// The input's name.
        name: String,
        /// The panic's message and place, one line.
        what: String,
    },
    /// Any other I/O failure.
    Io {
        /// The input's name.
        name: String,
        /// The underlying error.
        error: std::io::Error,
    },
}

/// Why a feed's items were left unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnreadReason {
    /// More link-only items than this many fetches per feed.
    FetchCap(usize),
    /// The source's time limit ran out before them.
    TimeLimit,
    /// The feed has more items than this many, the most read from one feed.
    ItemCap(usize),
}

/// Sizes as people read them: `812 bytes`, `3.2 KiB`, `64 MiB`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    let unit = UNITS.get(unit).copied().unwrap_or("TiB");
    if value.fract() == 0.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{value:.1} {unit}")
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound { name } => write!(f, "{name}: no such file"),
            LoadError::Directory { name, empty: true } => {
                write!(f, "{name}: is an empty directory; give an article file")
            }
            LoadError::Directory { name, empty: false } => write!(
                f,
                "{name}: holds no article byline can read (.txt, .md, .html or feed files)"
            ),
            LoadError::TooLarge { name, size, max } => write!(
                f,
                "{name}: too large ({}, the limit is {}; raise it with --max-size)",
                if size > max {
                    format!("over {}", human_size(*max))
                } else {
                    human_size(*size)
                },
                human_size(*max)
            ),
            LoadError::Binary { name } => write!(
                f,
                "{name}: looks like binary data, not text (it contains NUL bytes)"
            ),
            LoadError::Empty { name } => write!(f, "{name}: is empty; there is no article to read"),
            LoadError::Network { name, reason } => write!(f, "{name}: {reason}"),
            LoadError::Status { name, code, reason } => {
                write!(f, "{name}: the server answered {code}")?;
                if reason.is_empty() {
                    Ok(())
                } else {
                    write!(f, " {reason}")
                }
            }
            LoadError::NotArticle { name, what } => write!(f, "{name}: not an article ({what})"),
            LoadError::BadFeed { name, reason } => {
                write!(f, "{name}: not a readable feed ({reason})")
            }
            LoadError::EmptyFeed { name } => write!(f, "{name}: the feed has no items"),
            LoadError::NoContent { name } => write!(
                f,
                "{name}: the feed item has no text and no web link to read it from"
            ),
            LoadError::Unread {
                name,
                count,
                why: UnreadReason::FetchCap(max),
            } => write!(
                f,
                "{name}: {count} more item{} not fetched (at most {max} item pages per feed; raise it with --max-fetches)",
                plural(*count)
            ),
            LoadError::Unread {
                name,
                count,
                why: UnreadReason::TimeLimit,
            } => write!(
                f,
                "{name}: {count} item{} not read: the time limit ran out (raise it with --timeout)",
                plural(*count)
            ),
            LoadError::Unread {
                name,
                count,
                why: UnreadReason::ItemCap(max),
            } => write!(
                f,
                "{name}: {count} more item{} not read (a feed is read up to its first {max} items)",
                plural(*count)
            ),
            LoadError::NoFetch { name } => write!(
                f,
                "{name}: this byline was built without web support (the `fetch` feature)"
            ),
            LoadError::Crashed { name, what } => {
                write!(f, "{name}: the parser failed on this input ({what})")
            }
            LoadError::Io { name, error } => write!(f, "{name}: cannot read: {}", io_reason(error)),
        }
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// The OS error text without the "(os error N)" suffix.
fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(at) => text.get(..at).unwrap_or(&text).to_lowercase(),
        None => text.to_lowercase(),
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(human_size(812), "812 bytes");
        assert_eq!(human_size(64 * 1024 * 1024), "64 MiB");
        assert_eq!(human_size(3 * 1024 + 205), "3.2 KiB");
    }

    #[test]
    fn messages_are_one_line() {
        let errors = [
            LoadError::NotFound {
                name: "a.txt".into(),
            },
            LoadError::Directory {
                name: "d".into(),
                empty: true,
            },
            LoadError::TooLarge {
                name: "big".into(),
                size: 100 << 20,
                max: 64 << 20,
            },
            LoadError::Binary {
                name: "x.bin".into(),
            },
            LoadError::Empty { name: "e".into() },
            LoadError::Network {
                name: "http://a".into(),
                reason: "connection refused".into(),
            },
            LoadError::Status {
                name: "http://a".into(),
                code: 404,
                reason: "Not Found",
            },
            LoadError::NotArticle {
                name: "http://a".into(),
                what: "image/png".into(),
            },
            LoadError::BadFeed {
                name: "f.rss".into(),
                reason: "no root element".into(),
            },
            LoadError::EmptyFeed {
                name: "f.rss".into(),
            },
            LoadError::NoContent {
                name: "item".into(),
            },
            LoadError::NoFetch {
                name: "http://a".into(),
            },
            LoadError::Unread {
                name: "f.rss".into(),
                count: 3,
                why: UnreadReason::FetchCap(50),
            },
            LoadError::Unread {
                name: "f.rss".into(),
                count: 1,
                why: UnreadReason::TimeLimit,
            },
            LoadError::Unread {
                name: "f.rss".into(),
                count: 98_000,
                why: UnreadReason::ItemCap(2000),
            },
            LoadError::Crashed {
                name: "f.rss".into(),
                what: "boom at x.rs:1".into(),
            },
            LoadError::Io {
                name: "p".into(),
                error: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            },
        ];
        for e in errors {
            let msg = e.to_string();
            assert!(!msg.contains('\n'), "{msg}");
            assert!(!msg.is_empty());
        }
    }
}
