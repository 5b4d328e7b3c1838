//! The subscription commands: `byline add`, `import`, `export` and `refresh`. Each prints
//! what it did in a line (per feed for `refresh`) and fails with one clear line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::output::terminal::{diagnostic, escape_controls};
use crate::store::{self, Store};
use crate::subscriptions::{self, Subscription};

/// Exit status when some feeds failed to refresh, or a file could not be read.
const EXIT_FAILED: u8 = 2;

/// The `urls` file, or an error naming what is missing.
fn urls_path() -> Result<PathBuf, String> {
    subscriptions::default_path()
        .ok_or_else(|| "no configuration folder: set XDG_CONFIG_HOME or HOME".to_owned())
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    diagnostic("error", message);
    ExitCode::from(EXIT_FAILED)
}

fn say(line: &str) {
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{}", escape_controls(line));
}

/// `byline add URL [TAG…]`: subscribes to `url` in the `urls` file.
pub fn add(url: &str, tags: &[String]) -> ExitCode {
    if !crate::document::is_web_address(url) {
        return fail(format!("{url}: not an http(s) address"));
    }
    let path = match urls_path() {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let sub = Subscription {
        url: url.to_owned(),
        tags: tags.to_vec(),
        title: None,
    };
    match subscriptions::add(&path, &[sub]) {
        Ok(1) => say(&format!("subscribed to {url} (in {})", path.display())),
        Ok(_) => say(&format!("already subscribed to {url}")),
        Err(e) => return fail(format!("{}: {e}", path.display())),
    }
    ExitCode::SUCCESS
}

/// `byline import FILE.opml`: adds the OPML file's feeds to the `urls` file.
pub fn import(file: &Path) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => return fail(format!("{}: {e}", file.display())),
    };
    let subs = match subscriptions::from_opml(&text) {
        Ok(subs) => subs,
        Err(e) => return fail(format!("{}: {e}", file.display())),
    };
    let path = match urls_path() {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    match subscriptions::add(&path, &subs) {
        Ok(added) => say(&format!(
            "imported {added} of {} feeds into {} ({} already there)",
            subs.len(),
            path.display(),
            subs.len() - added
        )),
        Err(e) => return fail(format!("{}: {e}", path.display())),
    }
    ExitCode::SUCCESS
}

/// `byline export`: prints the subscriptions as OPML.
pub fn export() -> ExitCode {
    let subs = match urls_path()
        .and_then(|p| subscriptions::read(&p).map_err(|e| format!("{}: {e}", p.display())))
    {
        Ok(subs) => subs,
        Err(e) => return fail(e),
    };
    let mut out = io::stdout().lock();
    match out.write_all(subscriptions::to_opml(&subs).as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => fail(format!("standard output: {e}")),
        _ => ExitCode::SUCCESS,
    }
}

/// The store and the subscribed feeds' ids and addresses.
pub type Subscribed = (Store, Vec<crate::store::FeedJob>);

/// The store with every subscription of the `urls` file in it, and the feeds' ids and
/// addresses; `None` when there are no subscriptions.
pub fn subscriptions_store() -> Result<Option<Subscribed>, String> {
    let path = urls_path()?;
    let subs = subscriptions::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    if subs.is_empty() {
        return Ok(None);
    }
    let db = store::default_path()
        .ok_or_else(|| "no data folder: set XDG_DATA_HOME or HOME".to_owned())?;
    let store = Store::open(&db).map_err(|e| e.to_string())?;
    let mut feeds = Vec::with_capacity(subs.len());
    for sub in &subs {
        let id = store
            .subscribe(&sub.url, &sub.tags)
            .map_err(|e| e.to_string())?;
        feeds.push((id, sub.url.clone()));
    }
    Ok(Some((store, feeds)))
}

/// [`subscriptions_store`], where no subscriptions is an error.
#[cfg(feature = "fetch")]
fn subscribed() -> Result<Subscribed, String> {
    subscriptions_store()?.ok_or_else(|| {
        let path = urls_path()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        format!("no subscriptions: add one with `byline add URL` (or list them in {path})")
    })
}

/// `byline refresh`: fetches every subscription, `parallel` at a time, one line per feed.
#[cfg(feature = "fetch")]
pub fn refresh(options: crate::document::LoadOptions, parallel: usize) -> ExitCode {
    use crate::refresh::Change;
    let (mut store, feeds) = match subscribed() {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let total = feeds.len();
    let outcomes = crate::refresh::refresh(&mut store, &feeds, options, parallel, |o, n| {
        let what = match &o.result {
            Ok(Change::NotModified) => "not modified".to_owned(),
            Ok(Change::Saved { new, items }) => format!("{new} new of {items} items"),
            Err(e) => format!("error: {e}"),
        };
        say(&format!("[{n}/{total}] {}: {what}", o.url));
    });
    match outcomes {
        Ok(outcomes) if outcomes.iter().any(|o| o.result.is_err()) => ExitCode::from(EXIT_FAILED),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}
