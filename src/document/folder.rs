//! Folders: the articles and feeds in a directory (not its subdirectories), in path order.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Feed, LoadError, LoadOptions, Loaded, Source, sniff};
use crate::analysis::date::Date;

/// The readable files of a folder.
#[derive(Debug)]
pub struct Folder {
    /// The folder.
    pub path: PathBuf,
    /// Its articles and feeds, sorted by path.
    pub entries: Vec<Entry>,
    /// Files that looked readable (by extension) but failed to load, sorted by path.
    pub skipped: Vec<LoadError>,
}

/// One file of a folder, loaded.
#[derive(Debug)]
pub struct Entry {
    /// The file.
    pub path: PathBuf,
    /// What it holds.
    pub content: EntryContent,
}

/// What a folder entry holds.
#[derive(Debug)]
pub enum EntryContent {
    /// An article (text, Markdown or HTML).
    Article(Box<Loaded>),
    /// A feed (its items with only a link are not fetched until loaded).
    Feed(Feed),
}

impl Entry {
    /// The article's or feed's title.
    pub fn title(&self) -> Option<&str> {
        match &self.content {
            EntryContent::Article(loaded) => loaded.document.title.as_deref(),
            EntryContent::Feed(feed) => feed.title.as_deref(),
        }
    }

    /// The article's publication date, or a feed's newest item date.
    pub fn published(&self) -> Option<Date> {
        match &self.content {
            EntryContent::Article(loaded) => loaded.document.published,
            EntryContent::Feed(feed) => feed.items.iter().filter_map(|i| i.published).max(),
        }
    }
}

impl EntryContent {
    /// The entry as a [`Source`].
    pub fn into_source(self) -> Source {
        match self {
            EntryContent::Article(loaded) => Source::Article(*loaded),
            EntryContent::Feed(feed) => Source::Feed(feed),
        }
    }
}

/// Lists and loads the articles and feeds in `dir`: files named `.txt`, `.md`, `.markdown`,
/// `.html`, `.htm`, `.xhtml`, `.rss`, `.atom`, and `.xml` or `.json` files that hold a feed.
/// Hidden files and subdirectories are left out. A folder without any is an error. `read`
/// reads one file (`None`: not one byline reads).
pub fn list(
    dir: &Path,
    options: LoadOptions,
    read: impl Fn(&Path, LoadOptions) -> Option<Result<Source, LoadError>>,
) -> Result<Folder, LoadError> {
    let name = dir.display().to_string();
    let io_error = |error| LoadError::Io {
        name: name.clone(),
        error,
    };
    let mut any = false;
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_error)? {
        let path = entry.map_err(io_error)?.path();
        any = true;
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_none_or(|n| n.starts_with('.'));
        if !hidden && path.is_file() && sniff::is_candidate(&path) {
            paths.push(path);
        }
    }
    paths.sort();
    let mut folder = Folder {
        path: dir.to_path_buf(),
        entries: Vec::new(),
        skipped: Vec::new(),
    };
    for path in paths {
        match read(&path, options) {
            Some(Ok(Source::Article(loaded))) => folder.entries.push(Entry {
                path,
                content: EntryContent::Article(Box::new(loaded)),
            }),
            Some(Ok(Source::Feed(feed))) => folder.entries.push(Entry {
                path,
                content: EntryContent::Feed(feed),
            }),
            Some(Err(error)) => folder.skipped.push(error),
            Some(Ok(Source::Folder(_))) | None => {}
        }
    }
    if folder.entries.is_empty() && folder.skipped.is_empty() {
        return Err(LoadError::Directory { name, empty: !any });
    }
    Ok(folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        fs::write(dir.join(name), text).unwrap();
    }

    /// The folder at `dir` as the reader opens it.
    fn list(dir: &Path, options: LoadOptions) -> Result<Folder, LoadError> {
        let input = crate::document::Input::Path(dir.to_path_buf());
        match crate::document::open(&input, options)? {
            Source::Folder(folder) => Ok(folder),
            _ => panic!("not a folder"),
        }
    }

    #[test]
    fn lists_articles_and_feeds_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "b.md", "# Second story\n\nText.");
        write(
            dir.path(),
            "a.txt",
            "First story\n\nJanuary 16, 2026\n\nText.",
        );
        write(
            dir.path(),
            "c.xml",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
             <item><title>One</title><description>Text.</description>\
             <pubDate>Fri, 16 Jan 2026 09:00:00 GMT</pubDate></item></channel></rss>",
        );
        write(dir.path(), "package.json", "{\"name\": \"x\"}");
        write(dir.path(), ".hidden.txt", "Hidden\n\nText.");
        write(dir.path(), "b.meta", "published: 2026-01-17\n");
        write(dir.path(), "photo.png", "not text");
        write(dir.path(), "empty.txt", "");
        fs::create_dir(dir.path().join("sub")).unwrap();
        write(&dir.path().join("sub"), "deep.txt", "Deep\n\nText.");
        let folder = list(dir.path(), LoadOptions::default()).unwrap();
        let titles: Vec<_> = folder.entries.iter().map(Entry::title).collect();
        assert_eq!(
            titles,
            [Some("First story"), Some("Second story"), Some("Wire")]
        );
        let dates: Vec<_> = folder
            .entries
            .iter()
            .map(|e| e.published().map(|d| d.to_string()))
            .collect();
        // b.md's date is in its sidecar, b.meta (which is no entry of its own).
        assert_eq!(
            dates,
            [
                Some("2026-01-16".into()),
                Some("2026-01-17".into()),
                Some("2026-01-16".into())
            ]
        );
        assert_eq!(folder.skipped.len(), 1);
        assert!(
            folder.skipped[0]
                .to_string()
                .contains("empty.txt: is empty")
        );
    }

    #[test]
    fn folders_without_articles_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = list(dir.path(), LoadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("is an empty directory"), "{err}");
        write(dir.path(), "photo.png", "x");
        let err = list(dir.path(), LoadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("holds no article"), "{err}");
    }
}
