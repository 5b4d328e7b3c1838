//! Subscriptions: the `urls` file in newsboat's format (`$XDG_CONFIG_HOME/byline/urls`: an
//! address per line, then optional tags, `"quoted"` when they hold spaces; `#` starts a
//! comment line) and OPML import and export.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use quick_xml::Reader;
use quick_xml::events::Event;

/// One subscribed feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// The feed's address.
    pub url: String,
    /// Its tags.
    pub tags: Vec<String>,
    /// A title given in the file (newsboat's `"~Title"` tag, OPML's `title`), if any.
    pub title: Option<String>,
}

/// `$XDG_CONFIG_HOME/byline/urls`, else under `$HOME/.config`.
pub fn default_path() -> Option<PathBuf> {
    crate::paths::config_dir().map(|d| d.join("urls"))
}

/// The subscriptions of a `urls` file's text.
pub fn parse(text: &str) -> Vec<Subscription> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut words = words(line).into_iter();
            let url = words.next()?;
            let mut title = None;
            let mut tags = Vec::new();
            for word in words {
                match word.strip_prefix('~') {
                    Some(t) if !t.is_empty() => title = Some(t.to_owned()),
                    _ if word.starts_with('!') => {}
                    _ => tags.push(word),
                }
            }
            Some(Subscription { url, tags, title })
        })
        .collect()
}

/// The words of a line: whitespace-separated, `"…"` keeping spaces (and `\"` a quote).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut word = String::new();
        if c == '"' {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => word.extend(chars.next()),
                    '"' => break,
                    _ => word.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                word.push(c);
                chars.next();
            }
        }
        out.push(word);
    }
    out
}

/// One line of a `urls` file for `sub`.
pub fn line(sub: &Subscription) -> String {
    let quote = |w: &str| {
        if w.is_empty() || w.contains([' ', '\t', '"', '#']) {
            format!("\"{}\"", w.replace('\\', "\\\\").replace('"', "\\\""))
        } else {
            w.to_owned()
        }
    };
    let mut out = sub.url.clone();
    for tag in &sub.tags {
        out.push(' ');
        out.push_str(&quote(tag));
    }
    if let Some(title) = &sub.title {
        out.push(' ');
        out.push_str(&quote(&format!("~{title}")));
    }
    out
}

/// The subscriptions in the `urls` file at `path` (none when it does not exist).
pub fn read(path: &Path) -> std::io::Result<Vec<Subscription>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(parse(&text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// Adds the subscriptions of `subs` that the file at `path` does not list yet (creating it
/// and its folder); returns how many were added.
pub fn add(path: &Path, subs: &[Subscription]) -> std::io::Result<usize> {
    let known = read(path)?;
    let mut text = std::fs::read_to_string(path).unwrap_or_default();
    let mut added = 0;
    for sub in subs {
        if known.iter().any(|k| k.url == sub.url) {
            continue;
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line(sub));
        text.push('\n');
        added += 1;
    }
    if added > 0 {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(added)
}

/// The feeds of an OPML document: every `<outline>` with an `xmlUrl`, tagged with the titles
/// of the outlines it is nested in and its `category` values.
pub fn from_opml(xml: &str) -> Result<Vec<Subscription>, String> {
    let mut reader = Reader::from_str(xml);
    let mut folders: Vec<Option<String>> = Vec::new();
    let mut subs = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("not valid OPML at byte {}: {e}", reader.buffer_position()))?;
        let (element, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) if e.local_name().as_ref() == "outline" => {
                folders.pop();
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        if element.local_name().as_ref() != "outline" {
            continue;
        }
        let attr = |name: &str| {
            element
                .attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref().eq_ignore_ascii_case(name))
                .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let url = attr("xmlUrl");
        let title = attr("title").or_else(|| attr("text"));
        let category = attr("category");
        match url {
            Some(url) => {
                // Exported without a title, the address stands as its text.
                let title = title.filter(|t| *t != url);
                let mut tags: Vec<String> = folders.iter().flatten().cloned().collect();
                tags.extend(
                    category
                        .iter()
                        .flat_map(|c| c.split(','))
                        .map(|c| c.trim().trim_start_matches('/').to_owned())
                        .filter(|c| !c.is_empty()),
                );
                tags.dedup();
                subs.push(Subscription { url, tags, title });
                if !empty {
                    folders.push(None);
                }
            }
            None if !empty => folders.push(title),
            None => {}
        }
    }
    Ok(subs)
}

/// An OPML 2.0 document listing `subs` (tags as `category`).
pub fn to_opml(subs: &[Subscription]) -> String {
    let escape = |s: &str| quick_xml::escape::escape(s).into_owned();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
         <title>byline subscriptions</title>\n  </head>\n  <body>\n",
    );
    for sub in subs {
        let text = sub.title.as_deref().unwrap_or(&sub.url);
        let _ = write!(
            out,
            "    <outline type=\"rss\" text=\"{}\" xmlUrl=\"{}\"",
            escape(text),
            escape(&sub.url)
        );
        if !sub.tags.is_empty() {
            let _ = write!(out, " category=\"{}\"", escape(&sub.tags.join(",")));
        }
        out.push_str("/>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(url: &str, tags: &[&str], title: Option<&str>) -> Subscription {
        Subscription {
            url: url.into(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            title: title.map(str::to_owned),
        }
    }

    #[test]
    fn newsboat_urls_files() {
        let text = "# my feeds\n\nhttps://a.example/rss news \"world news\"\n  \
                    https://b.example/atom \"~Daily B\" !hidden\nhttps://c.example/feed\n";
        assert_eq!(
            parse(text),
            [
                sub("https://a.example/rss", &["news", "world news"], None),
                sub("https://b.example/atom", &[], Some("Daily B")),
                sub("https://c.example/feed", &[], None),
            ]
        );
        let s = sub(
            "https://a.example/rss",
            &["news", "world \"news\""],
            Some("A"),
        );
        assert_eq!(parse(&line(&s)), [s]);
    }

    #[test]
    fn adding_keeps_the_file_and_skips_known_feeds() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conf/urls");
        assert_eq!(read(&path).unwrap(), []);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "# mine\nhttps://a.example/rss news").unwrap();
        let new = [
            sub("https://a.example/rss", &[], None),
            sub("https://b.example/", &["x"], None),
        ];
        assert_eq!(add(&path, &new).unwrap(), 1);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# mine\nhttps://a.example/rss news\nhttps://b.example/ x\n"
        );
    }

    #[test]
    fn opml_round_trip_and_folders() {
        let subs = vec![
            sub("https://a.example/rss?x=1&y=2", &["news"], Some("A & B")),
            sub("https://b.example/atom", &[], None),
        ];
        assert_eq!(from_opml(&to_opml(&subs)).unwrap(), subs);
        let nested = r#"<opml version="1.0"><body>
            <outline text="Tech"><outline text="C" xmlUrl="https://c.example/feed"/></outline>
            <outline text="D" xmlurl="https://d.example/feed" category="/world,/europe"/>
            <outline text="No feed here"/></body></opml>"#;
        assert_eq!(
            from_opml(nested).unwrap(),
            [
                sub("https://c.example/feed", &["Tech"], Some("C")),
                sub("https://d.example/feed", &["world", "europe"], Some("D")),
            ]
        );
        assert!(from_opml("<opml><body><outline").is_err());
    }
}
