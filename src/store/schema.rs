//! The store's schema, as numbered migrations: the database's `user_version` says how many
//! have run. A database with a higher number comes from a newer byline and is refused,
//! never rewritten.

/// Each migration, in order; migration `i` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: [&str; 2] = [
    // 1: feeds and their items, with read marks and reading positions.
    "CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        tags TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        updated INTEGER,
        error TEXT
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        link TEXT,
        title TEXT,
        author TEXT,
        published TEXT,
        summary TEXT,
        summary_html INTEGER NOT NULL DEFAULT 0,
        content TEXT,
        content_html INTEGER NOT NULL DEFAULT 0,
        page BLOB,
        page_type TEXT,
        read INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL,
        UNIQUE (feed_id, guid)
    );
    CREATE INDEX items_by_feed ON items (feed_id, read);",
    // 2: a fetched item page keeps the address it came from and its charset.
    "ALTER TABLE items ADD COLUMN page_url TEXT;
    ALTER TABLE items ADD COLUMN page_charset TEXT;",
];

/// The schema version this byline writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;
