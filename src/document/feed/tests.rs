use super::*;

fn fixture(name: &str) -> Feed {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    parse(&bytes, name, Some(name.to_owned()), None).unwrap()
}

fn date(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn loaded(item: &FeedItem) -> Document {
    item.load(LoadOptions::default()).unwrap().document
}

#[test]
fn rss2_items_with_and_without_content() {
    let feed = fixture("rss2.xml");
    assert_eq!(feed.title.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(feed.items.len(), 2);
    let first = &feed.items[0];
    assert_eq!(
        first.link.as_deref(),
        Some("https://example.com/news/harbour")
    );
    assert_eq!(date(first.published).as_deref(), Some("2026-01-16"));
    assert_eq!(first.author.as_deref(), Some("Maria Keller"));
    assert!(matches!(first.content, Some(Body::Html(_))));
    assert!(first.has_content());
    let d = loaded(first);
    assert_eq!(
        d.title.as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    assert_eq!(d.byline.as_deref(), Some("Maria Keller"));
    assert_eq!(
        d.source.as_deref(),
        Some("https://example.com/news/harbour")
    );
    assert_eq!(date(d.published).as_deref(), Some("2026-01-16"));
    assert_eq!(
        d.text,
        "Harbour reopens after week-long storm\n\nThe harbour of Port Ellis reopened on Friday \
         after a storm, the harbour authority said.\n\n“We were lucky this time.”\n\nRepairs \
         will take until March.\n\nFishermen said the closure had cost them most of the month's \
         income, and the town council will meet on Monday to discuss compensation for the boats \
         that stayed in port during the storm."
    );
    assert_eq!(d.links.len(), 1);
    assert_eq!(d.links[0].span.text(&d.text), "harbour authority");

    let second = &feed.items[1];
    assert!(second.content.is_none() && second.summary.is_some());
    assert!(
        !second.has_content(),
        "a teaser with a link is read from the page"
    );
}

#[test]
fn rss1() {
    let feed = fixture("rss1.rdf");
    assert_eq!(feed.title.as_deref(), Some("Ledger (RSS 1.0)"));
    let item = &feed.items[0];
    assert_eq!(item.title.as_deref(), Some("Two piers damaged"));
    assert_eq!(date(item.published).as_deref(), Some("2026-01-14"));
    assert!(
        loaded(item)
            .text
            .contains("harbour master Tom Reilly said.")
    );
}

#[test]
fn atom() {
    let feed = fixture("atom.xml");
    assert_eq!(feed.title.as_deref(), Some("Ledger (Atom)"));
    let item = &feed.items[0];
    assert_eq!(item.title.as_deref(), Some("Fishermen count the cost"));
    assert_eq!(
        date(item.published).as_deref(),
        Some("2026-01-13"),
        "published before updated"
    );
    assert_eq!(
        item.link.as_deref(),
        Some("https://example.com/news/fishermen")
    );
    let d = loaded(item);
    assert_eq!(d.byline.as_deref(), Some("Ana Duarte"));
    assert!(
        d.text
            .contains("“We lost a week at sea,” said Ana Duarte.\n\nThe closure")
    );
    let bare = &feed.items[1];
    assert_eq!(
        date(bare.published).as_deref(),
        Some("2026-01-12"),
        "updated stands in"
    );
    assert!(bare.content.is_none() && bare.summary.is_none());
}

#[test]
fn json_feed() {
    let feed = fixture("feed.json");
    assert_eq!(feed.title.as_deref(), Some("Ledger (JSON Feed)"));
    let text_item = &feed.items[0];
    assert!(matches!(text_item.content, Some(Body::Text(_))));
    assert_eq!(text_item.author.as_deref(), Some("Lena Brandt"));
    let d = loaded(text_item);
    assert!(
        d.text.starts_with(
            "New cranes for the port\n\nThe port will buy two new cranes.\n\nThe council \
             approved the purchase on Monday. The work"
        ),
        "{}",
        d.text
    );
    let html_item = &feed.items[1];
    assert_eq!(date(html_item.published).as_deref(), Some("2026-01-17"));
    assert!(
        loaded(html_item)
            .text
            .contains("resumed service on Saturday, a week after")
    );
}

#[test]
fn rss091_in_latin1() {
    let feed = fixture("rss091.xml");
    let item = &feed.items[0];
    assert_eq!(item.title.as_deref(), Some("Café reopens by the harbour"));
    assert_eq!(item.published, None);
}

#[test]
fn summaries_without_links_and_empty_items() {
    let rss = b"<rss version=\"2.0\"><channel><title>T</title>\
        <item><title>Only a teaser</title><description>Rain fell all day.</description></item>\
        <item><title>Nothing</title></item></channel></rss>";
    let feed = parse(rss, "t.rss", None, None).unwrap();
    assert!(!feed.items[0].has_content() && !feed.items[0].needs_fetch());
    assert_eq!(
        loaded(&feed.items[0]).text,
        "Only a teaser\n\nRain fell all day."
    );
    let err = feed.items[1].load(LoadOptions::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Nothing: the feed item has no text and no web link to read it from"
    );
}

#[test]
fn published_option_overrides_the_item_date() {
    let feed = fixture("rss2.xml");
    let options = LoadOptions {
        published: Date::new(2020, 2, 2),
        ..LoadOptions::default()
    };
    let d = feed.items[0].load(options).unwrap().document;
    assert_eq!(date(d.published).as_deref(), Some("2020-02-02"));
}

#[test]
fn relative_links_use_the_feed_address() {
    let rss = b"<rss version=\"2.0\"><channel><title>T</title>\
        <item><title>A</title><link>/news/a</link></item></channel></rss>";
    let feed = parse(rss, "u", None, Some("https://example.com/feed.xml")).unwrap();
    assert_eq!(
        feed.items[0].link.as_deref(),
        Some("https://example.com/news/a")
    );
}

#[test]
fn content_links_resolve_against_the_item_link() {
    let rss = b"<rss version=\"2.0\"><channel><title>T</title><item><title>A</title>\
        <link>https://example.com/news/a</link>\
        <description>&lt;p&gt;See &lt;a href=\"/b\"&gt;b&lt;/a&gt;.&lt;/p&gt;</description>\
        </item></channel></rss>";
    let feed = parse(rss, "u", None, None).unwrap();
    let item = FeedItem {
        guid: String::new(),
        content: feed.items[0].summary.clone(),
        ..feed.items[0].clone()
    };
    let d = loaded(&item);
    assert_eq!(d.links[0].url, "https://example.com/b");
}

#[test]
fn broken_feeds_are_one_line_errors() {
    let err = parse(b"<rss><channel><item>", "bad.rss", None, None).unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("bad.rss: not a readable feed ("), "{msg}");
    assert!(!msg.contains('\n'));
}

#[test]
fn rss_without_version_entities_and_untitled_items() {
    let rss = "<?xml version=\"1.0\"?><rss><channel><title>Blog &#8211; Ledger</title>\
        <item><title>One &#8211; two</title><description>The harbour reopened.</description>\
        </item><item><description>&lt;p&gt;The council met on &lt;b&gt;Monday&lt;/b&gt; to \
        discuss the budget for next year and the repairs to the two piers.&lt;/p&gt;\
        </description></item><item><link>https://example.com/x</link></item>\
        </channel></rss>";
    let feed = parse(rss.as_bytes(), "f.rss", None, None).unwrap();
    assert_eq!(feed.title.as_deref(), Some("Blog – Ledger"));
    let headlines: Vec<Option<String>> = feed.items.iter().map(FeedItem::headline).collect();
    assert_eq!(
        headlines,
        [
            Some("One – two".to_owned()),
            Some("The council met on Monday to discuss the budget for next …".to_owned()),
            None,
        ]
    );
    assert_eq!(feed.items[1].name(), headlines[1].clone().unwrap());
    assert_eq!(feed.items[2].name(), "https://example.com/x");
    assert_eq!(
        loaded(&feed.items[1]).title,
        None,
        "a headline is not a title"
    );
}
