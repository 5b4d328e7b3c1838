//! A page as a server sent it: its address, media type, charset and bytes, kept so it can
//! be read again without the network (a subscription's item pages, stored).

/// A fetched body and what the server said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The address the body came from, after redirects.
    pub url: String,
    /// The media type, lowercase, without parameters (`text/html`).
    pub media_type: Option<String>,
    /// The charset the `Content-Type` header declares.
    pub charset: Option<String>,
    /// The body, decompressed.
    pub bytes: Vec<u8>,
    /// What the server says identifies this version, for the next conditional request.
    pub validators: Validators,
}

/// A response's `ETag` and `Last-Modified`, sent back as `If-None-Match` and
/// `If-Modified-Since` to fetch a feed only when it changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}
