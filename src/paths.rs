//! Where byline keeps its files: the XDG base directories, else their defaults under `$HOME`.

use std::path::PathBuf;

/// `$XDG_CONFIG_HOME/byline`, else `$HOME/.config/byline`.
pub fn config_dir() -> Option<PathBuf> {
    base("XDG_CONFIG_HOME", ".config")
}

/// `$XDG_DATA_HOME/byline`, else `$HOME/.local/share/byline`.
pub fn data_dir() -> Option<PathBuf> {
    base("XDG_DATA_HOME", ".local/share")
}

fn base(variable: &str, under_home: &str) -> Option<PathBuf> {
    let base = std::env::var_os(variable)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(under_home))
        })?;
    Some(base.join("byline"))
}
