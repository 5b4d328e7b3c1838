//! Arbitrary bytes as text (lossy UTF-8) through `byline::analysis::analyze`: every span on
//! char boundaries inside the text, segments sorted, actor indices valid; then the
//! `byline.analysis.v1` JSON and the plain-text report of the result.
//!
//! Input: a header (see `common::header`: `00` undated, `01 e9 07 0f` published 2026-01-16;
//! bit 1 of the first byte makes the first line the title), then the text.
#![no_main]

mod common;

use byline::analysis::analyze;
use byline::document::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let header = common::header(data);
    let text = String::from_utf8_lossy(header.rest).into_owned();
    let analysis = analyze(&text, header.published);
    common::check_analysis(&text, &analysis);
    let title = header
        .title
        .then(|| text.lines().next().unwrap_or("").to_owned());
    let document = Document {
        title,
        byline: None,
        published: header.published,
        source: None,
        text,
        links: Vec::new(),
    };
    common::check_outputs(&document, &analysis);
});
