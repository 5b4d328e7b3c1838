//! Loading costs: extracting the article of a ~200 KB HTML page (readability, then text and
//! links) and parsing a 500-item RSS feed, both generated at bench time from the fixtures.
//! The bar is 20 ms each.
//!
//! Run with `cargo bench --bench sources`.

use byline::document::{LoadOptions, Source, from_bytes, open_bytes};
use divan::{Bencher, black_box, counter::BytesCount};

const ARTICLE: &str = include_str!("../tests/fixtures/article.html");

fn main() {
    divan::main();
}

/// The fixture page with its article body repeated to about 200 KB.
fn big_page() -> String {
    let start = ARTICLE.find("<div class=\"article-body\">").unwrap_or(0);
    let end = ARTICLE[start..]
        .find("</div>")
        .map_or(ARTICLE.len(), |i| start + i);
    let body = &ARTICLE[start..end];
    let mut page = String::with_capacity(210_000);
    page.push_str(&ARTICLE[..start]);
    // Numbered copies: a page of one paragraph printed many times is not an article.
    for n in 1.. {
        if page.len() >= 200_000 {
            break;
        }
        page.push_str(&body.replace("<p>", &format!("<p>{n}. ")));
        page.push_str("</div>\n");
    }
    page.push_str(&ARTICLE[end..]);
    page
}

/// An RSS 2.0 feed of 500 items, each with a title, link, date, teaser and HTML content.
fn big_feed() -> String {
    let mut feed = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
         <title>Bench wire</title><link>https://example.com/</link>",
    );
    for i in 0..500 {
        feed.push_str(&format!(
            "<item><title>Story {i}: harbour reopens</title>\
             <link>https://example.com/news/{i}</link>\
             <pubDate>Fri, 16 Jan 2026 09:30:00 +0000</pubDate>\
             <description>The harbour of Port Ellis reopened on Friday.</description>\
             <content:encoded><![CDATA[<p>The harbour of Port Ellis reopened on Friday after \
             a storm, the <a href=\"https://example.org/a\">harbour authority</a> said.</p>\
             <p>Repairs to the two piers are expected to take until March.</p>]]>\
             </content:encoded></item>"
        ));
    }
    feed.push_str("</channel></rss>");
    feed
}

#[divan::bench(sample_count = 20)]
fn html_page_200kb(bencher: Bencher) {
    let page = big_page();
    let load = |bytes: &[u8]| from_bytes(bytes, "bench.html", None, LoadOptions::default());
    let text_len = load(page.as_bytes()).map_or(0, |l| l.document.text.len());
    assert!(
        text_len > 100_000,
        "the article is extracted whole ({text_len} bytes)"
    );
    bencher
        .counter(BytesCount::new(page.len()))
        .bench(|| load(black_box(page.as_bytes())));
}

#[divan::bench(sample_count = 20)]
fn feed_500_items(bencher: Bencher) {
    let feed = big_feed();
    let parse = |bytes: &[u8]| open_bytes(bytes, "bench.rss", None, LoadOptions::default());
    let parsed = parse(feed.as_bytes());
    assert!(matches!(&parsed, Ok(Source::Feed(f)) if f.items.len() == 500));
    bencher
        .counter(BytesCount::new(feed.len()))
        .bench(|| parse(black_box(feed.as_bytes())));
}
