//! The panic boundary around third-party parsers (HTML, XML feeds, Markdown, charsets).
//!
//! A parser crate that panics on hostile input must not take the program (or the reader's
//! terminal) down with it: [`guarded`] catches the panic and turns it into a
//! [`LoadError::Crashed`], one line like every other load error. While a guarded call runs,
//! the process's panic hook stays silent on that thread ([`catching`] tells hooks so).

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use super::LoadError;

thread_local! {
    /// How many guarded calls are running on this thread, and the last caught panic's message.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static MESSAGE: Cell<Option<String>> = const { Cell::new(None) };
}

/// Whether a panic on this thread now would be caught by [`guarded`]: panic hooks that
/// print or restore the terminal should do nothing then.
pub fn catching() -> bool {
    DEPTH.with(Cell::get) > 0
}

/// Runs `load` for the input `name`; a panic inside it becomes [`LoadError::Crashed`].
pub fn guarded<T>(name: &str, load: impl FnOnce() -> Result<T, LoadError>) -> Result<T, LoadError> {
    install_quiet_hook();
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(load));
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    result.unwrap_or_else(|_| {
        let what = MESSAGE
            .with(Cell::take)
            .unwrap_or_else(|| "unknown failure".to_owned());
        Err(LoadError::Crashed {
            name: name.to_owned(),
            what,
        })
    })
}

/// Wraps the process's panic hook once: inside a guarded call the panic's message is kept
/// for the error instead of printed; elsewhere the previous hook runs as before.
fn install_quiet_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if catching() {
                let payload = info.payload();
                let text = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let place = info
                    .location()
                    .map(|l| format!(" at {}:{}", crate_relative(l.file()), l.line()))
                    .unwrap_or_default();
                let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
                MESSAGE.with(|m| m.set(Some(format!("{line}{place}"))));
            } else {
                previous(info);
            }
        }));
    });
}

/// A source path from the registry as `crate-1.2.3/src/file.rs`, without the home directory.
fn crate_relative(file: &str) -> &str {
    const REGISTRY: &str = "/registry/src/";
    match file.find(REGISTRY) {
        Some(at) => {
            let rest = file.get(at + REGISTRY.len()..).unwrap_or(file);
            rest.split_once('/').map_or(rest, |(_index, path)| path)
        }
        None => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_one_line_error() {
        let result: Result<(), LoadError> = guarded("x.rss", || panic!("bad\nstate"));
        let message = result.unwrap_err().to_string();
        assert!(message.starts_with("x.rss: the parser failed on this input (bad state"));
        assert!(!message.contains('\n'));
        assert!(!catching());
        assert_eq!(guarded("ok", || Ok(3)).unwrap(), 3);
    }

    #[test]
    fn registry_paths_are_shortened() {
        let path = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/quick-xml-0.42.0/src/encoding.rs";
        assert_eq!(crate_relative(path), "quick-xml-0.42.0/src/encoding.rs");
        assert_eq!(
            crate_relative("src/document/feed.rs"),
            "src/document/feed.rs"
        );
    }
}
