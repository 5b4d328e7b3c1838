//! Feeds and items in the store: subscribing, saving a refresh, listing, read marks and
//! reading positions.

use rusqlite::{OptionalExtension, Params, Row, ToSql, params};

use super::{Store, StoreError};
use crate::analysis::date::Date;
use crate::document::{Body, Feed, FeedItem, Page, Validators};

/// A subscribed feed with its counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedRow {
    /// Its id in the store.
    pub id: i64,
    /// Its address.
    pub url: String,
    /// Its title, once it has been read.
    pub title: Option<String>,
    /// The tags the subscription gives it.
    pub tags: Vec<String>,
    /// Items not read yet.
    pub unread: usize,
    /// All its items.
    pub total: usize,
    /// When it was last refreshed without error (Unix seconds).
    pub updated: Option<i64>,
    /// The last refresh's error, if it failed.
    pub error: Option<String>,
}

/// A stored item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    /// Its id in the store.
    pub id: i64,
    /// Its feed's id.
    pub feed_id: i64,
    /// The item as the feed gave it.
    pub item: FeedItem,
    /// Whether it has been read.
    pub read: bool,
    /// Where reading stopped (a byte of the article's text).
    pub position: usize,
}

/// A body's text and whether it is HTML.
fn split(body: Option<&Body>) -> (Option<&str>, bool) {
    match body {
        Some(Body::Html(h)) => (Some(h), true),
        Some(Body::Text(t)) => (Some(t), false),
        None => (None, false),
    }
}

fn join(text: Option<String>, html: bool) -> Option<Body> {
    text.map(|t| if html { Body::Html(t) } else { Body::Text(t) })
}

impl Store {
    /// Subscribes to `url` with `tags` (a subscription already there takes the new tags);
    /// returns the feed's id.
    pub fn subscribe(&self, url: &str, tags: &[String]) -> Result<i64, StoreError> {
        let tags = tags.join(",");
        self.db
            .query_row(
                "INSERT INTO feeds (url, tags) VALUES (?1, ?2)
                 ON CONFLICT (url) DO UPDATE SET tags = excluded.tags
                 RETURNING id",
                params![url, tags],
                |r| r.get(0),
            )
            .map_err(|e| self.fail(&e))
    }

    /// Every subscribed feed with its counts, in the order they were subscribed.
    pub fn feeds(&self) -> Result<Vec<FeedRow>, StoreError> {
        let mut query = self
            .db
            .prepare_cached(
                "SELECT f.id, f.url, f.title, f.tags, f.updated, f.error,
                        COUNT(i.id), COALESCE(SUM(i.read = 0), 0)
                 FROM feeds f LEFT JOIN items i ON i.feed_id = f.id
                 GROUP BY f.id ORDER BY f.id",
            )
            .map_err(|e| self.fail(&e))?;
        let rows = query
            .query_map([], |r| {
                let tags: String = r.get(3)?;
                Ok(FeedRow {
                    id: r.get(0)?,
                    url: r.get(1)?,
                    title: r.get(2)?,
                    tags: tags
                        .split(',')
                        .filter(|t| !t.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    updated: r.get(4)?,
                    error: r.get(5)?,
                    total: r.get::<_, i64>(6)?.try_into().unwrap_or(0),
                    unread: r.get::<_, i64>(7)?.try_into().unwrap_or(0),
                })
            })
            .map_err(|e| self.fail(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.fail(&e))
    }

    /// The `ETag` and `Last-Modified` the feed was last served with.
    pub fn validators(&self, feed_id: i64) -> Result<(Option<String>, Option<String>), StoreError> {
        self.db
            .query_row(
                "SELECT etag, last_modified FROM feeds WHERE id = ?1",
                [feed_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map(Option::unwrap_or_default)
            .map_err(|e| self.fail(&e))
    }

    /// Saves a refresh of feed `feed_id` in one transaction: its title and validators, and
    /// its items (new ones added unread; known ones updated, keeping their read marks and
    /// positions). Returns how many items were new.
    pub fn save_feed(
        &mut self,
        feed_id: i64,
        feed: &Feed,
        validators: (Option<&str>, Option<&str>),
        now: i64,
    ) -> Result<usize, StoreError> {
        let path = self.path();
        let fail = |e: rusqlite::Error| StoreError::Db {
            path: path.clone(),
            reason: e.to_string(),
        };
        let tx = self.db.transaction().map_err(fail)?;
        tx.execute(
            "UPDATE feeds SET title = COALESCE(?2, title), etag = ?3, last_modified = ?4,
             updated = ?5, error = NULL WHERE id = ?1",
            params![feed_id, feed.title, validators.0, validators.1, now],
        )
        .map_err(fail)?;
        let mut new = 0;
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO items (feed_id, guid, link, title, author, published, summary,
                       summary_html, content, content_html, added)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                     ON CONFLICT (feed_id, guid) DO NOTHING",
                )
                .map_err(fail)?;
            // A known item takes the feed's new version; its read mark and position stay.
            let mut update = tx
                .prepare_cached(
                    "UPDATE items SET link = ?3, title = ?4, author = ?5, published = ?6,
                       summary = ?7, summary_html = ?8, content = ?9, content_html = ?10
                     WHERE feed_id = ?1 AND guid = ?2",
                )
                .map_err(fail)?;
            for item in &feed.items {
                let guid = if item.guid.is_empty() {
                    item.link.clone().unwrap_or_else(|| item.name())
                } else {
                    item.guid.clone()
                };
                let (summary, summary_html) = split(item.summary.as_ref());
                let (content, content_html) = split(item.content.as_ref());
                let published = item.published.map(|d| d.to_string());
                let values: [&dyn ToSql; 11] = [
                    &feed_id,
                    &guid,
                    &item.link,
                    &item.title,
                    &item.author,
                    &published,
                    &summary,
                    &summary_html,
                    &content,
                    &content_html,
                    &now,
                ];
                let added = insert.execute(&values[..]).map_err(fail)?;
                if added == 0 {
                    update.execute(&values[..10]).map_err(fail)?;
                }
                new += added;
            }
        }
        tx.commit().map_err(fail)?;
        Ok(new)
    }

    /// Records that feed `feed_id` was refreshed and had not changed.
    pub fn not_modified(&self, feed_id: i64, now: i64) -> Result<(), StoreError> {
        self.write(
            "UPDATE feeds SET updated = ?2, error = NULL WHERE id = ?1",
            params![feed_id, now],
        )
    }

    /// Records that refreshing feed `feed_id` failed; its items stay.
    pub fn feed_failed(&self, feed_id: i64, error: &str) -> Result<(), StoreError> {
        self.write(
            "UPDATE feeds SET error = ?2 WHERE id = ?1",
            params![feed_id, error],
        )
    }

    /// The items of feed `feed_id`, newest first (undated ones in the order they came).
    pub fn items(&self, feed_id: i64) -> Result<Vec<ItemRow>, StoreError> {
        let mut query = self
            .db
            .prepare_cached(
                "SELECT i.id, i.feed_id, i.guid, i.link, i.title, i.author, i.published,
                        i.summary, i.summary_html, i.content, i.content_html, i.read,
                        i.position, f.url
                 FROM items i JOIN feeds f ON f.id = i.feed_id
                 WHERE i.feed_id = ?1
                 ORDER BY i.published IS NULL, i.published DESC, i.id",
            )
            .map_err(|e| self.fail(&e))?;
        let rows = query
            .query_map([feed_id], item_row)
            .map_err(|e| self.fail(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.fail(&e))
    }

    /// Marks item `item_id` read or unread.
    pub fn set_read(&self, item_id: i64, read: bool) -> Result<(), StoreError> {
        self.write(
            "UPDATE items SET read = ?2 WHERE id = ?1",
            params![item_id, read],
        )
    }

    /// Marks every item of feed `feed_id` read.
    pub fn mark_feed_read(&self, feed_id: i64) -> Result<(), StoreError> {
        self.write("UPDATE items SET read = 1 WHERE feed_id = ?1", [feed_id])
    }

    /// Keeps the page fetched for item `item_id`, for reading it again offline.
    pub fn save_page(&self, item_id: i64, page: &Page) -> Result<(), StoreError> {
        self.write(
            "UPDATE items SET page = ?2, page_type = ?3, page_url = ?4, page_charset = ?5
                 WHERE id = ?1",
            params![item_id, page.bytes, page.media_type, page.url, page.charset],
        )
    }

    /// The page kept for item `item_id`, if one was fetched.
    pub fn page(&self, item_id: i64) -> Result<Option<Page>, StoreError> {
        self.db
            .query_row(
                "SELECT page, page_type, page_url, page_charset FROM items
                 WHERE id = ?1 AND page IS NOT NULL",
                [item_id],
                |r| {
                    Ok(Page {
                        bytes: r.get(0)?,
                        media_type: r.get(1)?,
                        url: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                        charset: r.get(3)?,
                        validators: Validators::default(),
                    })
                },
            )
            .optional()
            .map_err(|e| self.fail(&e))
    }

    /// Remembers where reading item `item_id` stopped.
    pub fn set_position(&self, item_id: i64, position: usize) -> Result<(), StoreError> {
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        self.write(
            "UPDATE items SET position = ?2 WHERE id = ?1",
            params![item_id, position],
        )
    }
}

impl Store {
    /// Runs one writing statement.
    fn write(&self, sql: &str, values: impl Params) -> Result<(), StoreError> {
        self.db
            .execute(sql, values)
            .map(drop)
            .map_err(|e| self.fail(&e))
    }
}

fn item_row(r: &Row<'_>) -> rusqlite::Result<ItemRow> {
    let published: Option<String> = r.get(6)?;
    Ok(ItemRow {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        item: FeedItem {
            guid: r.get(2)?,
            link: r.get(3)?,
            title: r.get(4)?,
            author: r.get(5)?,
            published: published.as_deref().and_then(Date::parse_iso),
            summary: join(r.get(7)?, r.get(8)?),
            content: join(r.get(9)?, r.get(10)?),
            feed: r.get(13)?,
        },
        read: r.get(11)?,
        position: r.get::<_, i64>(12)?.try_into().unwrap_or(0),
    })
}
