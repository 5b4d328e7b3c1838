//! Metadata sidecars: `NAME.meta` beside an article file gives what its text does not say,
//! as `key: value` lines (`title`, `byline`, `published`; `#` starts a comment). A plain-text
//! article that is only its words (the bundled sample) gets its date this way.

use std::path::{Path, PathBuf};

use super::Document;
use super::dateline::{parse_date, parse_timestamp};

/// The largest sidecar read, in bytes: a few lines of metadata.
const MAX_SIDECAR: u64 = 16 * 1024;

/// The sidecar of the article at `path`: the same name with the extension `meta`.
pub fn path_of(path: &Path) -> PathBuf {
    path.with_extension("meta")
}

/// Reads the sidecar of `path`, if there is a readable one of a sensible size.
pub fn read(path: &Path) -> Option<String> {
    let sidecar = path_of(path);
    let size = std::fs::metadata(&sidecar).ok()?.len();
    if size > MAX_SIDECAR || sidecar == path {
        return None;
    }
    std::fs::read_to_string(sidecar).ok()
}

/// Applies the `key: value` lines of `meta` to `document`: what the sidecar says wins over
/// what was read from the text. Unknown keys and unreadable values are ignored.
pub fn apply(meta: &str, document: &mut Document) {
    for line in meta.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        // Control characters never reach a title or byline (nor the terminal).
        let value: String = value.trim().chars().filter(|c| !c.is_control()).collect();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => document.title = Some(value),
            "byline" | "author" => document.byline = Some(value),
            "published" | "date" => {
                if let Some(date) = parse_timestamp(&value).or_else(|| parse_date(&value)) {
                    document.published = Some(date);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::date::Date;

    #[test]
    fn keys_set_metadata_and_junk_is_ignored() {
        let mut d = super::super::plain::parse("Talks end\n\nThe talks ended.".to_owned(), None);
        apply(
            "# metadata\npublished: 2026-01-16\nByline: Jane \x1b]0;x\x07Doe\ncolour: blue\nnot a line\ndate: soon\n",
            &mut d,
        );
        assert_eq!(d.published, Date::new(2026, 1, 16));
        assert_eq!(
            d.byline.as_deref(),
            Some("Jane ]0;xDoe"),
            "no control characters"
        );
        assert_eq!(d.title.as_deref(), Some("Talks end"));
        assert_eq!(path_of(Path::new("seeds/a.txt")), Path::new("seeds/a.meta"));
    }
}
