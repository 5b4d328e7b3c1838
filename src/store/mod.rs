//! The local store: subscribed feeds, their items, fetched pages, read marks and reading
//! positions, in one SQLite file (bundled SQLite, WAL mode) at
//! `$XDG_DATA_HOME/byline/byline.db`.
//!
//! Every write is one transaction, so a crash or Ctrl-c mid-refresh loses nothing already
//! stored; a second byline waits for the first one's write (busy timeout) or reads alongside
//! it (WAL).

mod feeds;
mod schema;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use feeds::{FeedRow, ItemRow};

/// A feed to refresh: its id in the store and its address.
pub type FeedJob = (i64, String);

/// How long a write waits for another byline's write to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// An open store.
#[derive(Debug)]
pub struct Store {
    db: Connection,
}

/// Why the store could not be used.
#[derive(Debug)]
pub enum StoreError {
    /// The database was written by a newer byline.
    Newer {
        /// Its path.
        path: PathBuf,
        /// Its schema version.
        found: i64,
    },
    /// SQLite or the file system failed.
    Db {
        /// The database's path.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Newer { path, found } => write!(
                f,
                "{}: written by a newer byline (schema {found}; this one knows {}); left as it is",
                path.display(),
                schema::VERSION
            ),
            StoreError::Db { path, reason } => write!(f, "{}: {reason}", path.display()),
        }
    }
}

impl std::error::Error for StoreError {}

/// `$XDG_DATA_HOME/byline/byline.db`, else under `$HOME/.local/share`.
pub fn default_path() -> Option<PathBuf> {
    crate::paths::data_dir().map(|d| d.join("byline.db"))
}

impl Store {
    /// Opens (creating it and its folder if needed) and migrates the store at `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let fail = |e: &dyn fmt::Display| StoreError::Db {
            path: path.to_owned(),
            reason: e.to_string(),
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| fail(&e))?;
        }
        let mut db = Connection::open(path).map_err(|e| fail(&e))?;
        db.busy_timeout(BUSY_TIMEOUT).map_err(|e| fail(&e))?;
        db.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| fail(&e))?;
        db.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| fail(&e))?;
        let found: i64 = db
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| fail(&e))?;
        if found > schema::VERSION {
            return Err(StoreError::Newer {
                path: path.to_owned(),
                found,
            });
        }
        let tx = db.transaction().map_err(|e| fail(&e))?;
        let start = usize::try_from(found).unwrap_or(0);
        for sql in schema::MIGRATIONS.iter().skip(start) {
            tx.execute_batch(sql).map_err(|e| fail(&e))?;
        }
        tx.pragma_update(None, "user_version", schema::VERSION)
            .map_err(|e| fail(&e))?;
        tx.commit().map_err(|e| fail(&e))?;
        Ok(Store { db })
    }

    /// The database's path.
    pub fn path(&self) -> PathBuf {
        self.db.path().map(PathBuf::from).unwrap_or_default()
    }

    /// A failure of this store's database.
    fn fail(&self, error: &rusqlite::Error) -> StoreError {
        StoreError::Db {
            path: self.path(),
            reason: error.to_string(),
        }
    }
}

#[cfg(test)]
mod tests;
