use super::*;

const ARTICLE: &str = include_str!("../../../tests/fixtures/article.html");

fn page_doc(html: &str) -> Document {
    page(html, "t.html", Some("t.html".into()), None).unwrap()
}

fn date(d: &Document) -> Option<String> {
    d.published.map(|p| p.to_string())
}

#[test]
fn fixture_article() {
    let d = page(
        ARTICLE,
        "a",
        Some("https://example.com/news/harbour".into()),
        Some("https://example.com/news/harbour"),
    )
    .unwrap();
    assert_eq!(
        d.title.as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    assert_eq!(d.byline.as_deref(), Some("Maria Keller"));
    assert_eq!(date(&d).as_deref(), Some("2026-01-16"));
    let paragraphs: Vec<&str> = d.text.split("\n\n").collect();
    assert_eq!(paragraphs[0], "Harbour reopens after week-long storm");
    assert!(
        paragraphs[1].starts_with("The harbour of Port Ellis reopened on Friday after a storm"),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs.contains(&"“We were lucky this time. The wall did what it was built to do.")
    );
    assert!(
        paragraphs
            .contains(&"“Next winter we will not be so lucky unless the repairs are finished.”")
    );
    for chrome in [
        "Home",
        "Privacy",
        "All rights reserved",
        "font-family",
        "NewsArticle",
    ] {
        assert!(
            !d.text.contains(chrome),
            "{chrome} leaked into {:?}",
            d.text
        );
    }
    let links: Vec<(&str, &str)> = d
        .links
        .iter()
        .map(|l| (l.span.text(&d.text), l.url.as_str()))
        .collect();
    assert_eq!(
        links,
        [
            ("harbour authority", "https://example.org/authority"),
            ("Lena Brandt", "https://example.com/council/chair"),
        ]
    );
}

#[test]
fn date_from_json_ld() {
    let html = r#"<html><head><title>Quake</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-03-02T08:00:00Z"}</script>
        </head><body><article><p>A quake shook the city on Sunday morning.</p></article></body></html>"#;
    assert_eq!(date(&page_doc(html)).as_deref(), Some("2025-03-02"));
}

#[test]
fn date_from_a_time_element() {
    let html = r#"<html><head><title>Quake</title></head><body><article>
        <p>Posted <time datetime="2024-11-05T18:00:00-05:00">Tuesday evening</time></p>
        <p>A quake shook the city on Tuesday evening.</p></article></body></html>"#;
    assert_eq!(date(&page_doc(html)).as_deref(), Some("2024-11-05"));
}

#[test]
fn publication_times_win_over_update_times() {
    let body = "<p>A quake shook the city on Tuesday evening, and the harbour closed.</p>";
    for times in [
        r#"<time datetime="2024-11-07" class="updated">Nov 7</time>
           <time datetime="2024-11-05">Nov 5</time>"#,
        r#"<span>Updated <time datetime="2024-11-07">Nov 7</time></span>
           <span>Published <time datetime="2024-11-05">Nov 5</time></span>"#,
        r#"<time datetime="2024-11-07">Nov 7</time>
           <time itemprop="datePublished" datetime="2024-11-05">Nov 5</time>"#,
        r#"<time itemprop="dateModified" datetime="2024-11-07">Nov 7</time>
           <time datetime="2024-11-05">Nov 5</time>"#,
    ] {
        let html = format!("<html><body><article>{times}{body}</article></body></html>");
        assert_eq!(
            date(&page_doc(&html)).as_deref(),
            Some("2024-11-05"),
            "{times}"
        );
    }
    let html = r#"<html><head>
        <meta property="article:modified_time" content="2024-11-09">
        <meta property="article:published_time" content="2024-11-04"></head>
        <body><article><p>A quake shook the city on Monday.</p></article></body></html>"#;
    assert_eq!(date(&page_doc(html)).as_deref(), Some("2024-11-04"));
}

#[test]
fn meta_date_wins_over_time_element() {
    let html = r#"<html><head><meta property="article:published_time" content="2023-07-01">
        </head><body><p>Text <time datetime="2020-01-01">then</time>.</p></body></html>"#;
    assert_eq!(date(&page_doc(html)).as_deref(), Some("2023-07-01"));
}

#[test]
fn short_pages_are_read_whole() {
    let html = "<html><head><title>Note</title></head><body><h1>Note</h1><p>Short text.</p>\
                <p>Second <a href=\"b.html\">line</a>.</p></body></html>";
    let d = page_doc(html);
    assert_eq!(d.title.as_deref(), Some("Note"));
    assert_eq!(d.text, "Note\n\nShort text.\n\nSecond line.");
    assert_eq!(d.links[0].url, "b.html");
    assert_eq!(d.links[0].span.text(&d.text), "line");
}

#[test]
fn links_resolve_against_the_page_address() {
    let html = "<html><body><p>See <a href=\"../b.html\">b</a> and \
                <a href=\"https://other.org/\">c</a>.</p></body></html>";
    let d = page(html, "u", None, Some("https://example.com/news/a.html")).unwrap();
    let urls: Vec<&str> = d.links.iter().map(|l| l.url.as_str()).collect();
    assert_eq!(urls, ["https://example.com/b.html", "https://other.org/"]);
}

#[test]
fn pages_without_text_are_not_articles() {
    let err = page(
        "<html><body><img src=a.png></body></html>",
        "x.html",
        None,
        None,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.html: not an article (no article text in the page)"
    );
}

#[test]
fn fragments() {
    let (text, links) = fragment(
        "<p>First <b>bold</b> words.</p><blockquote><p>Quoted.</p><footer>— Ana Duarte</footer>\
         </blockquote><ul><li>One</li><li>Two<br>lines</li></ul><pre>a  b\n c</pre>\
         <p><a href=\"javascript:void(0)\">no link</a> <a href=\"#top\">top</a></p>\
         <table><tr><td>x</td><td>y</td></tr></table><script>var x;</script>",
        None,
    );
    assert_eq!(
        text,
        "First bold words.\n\n“Quoted.”\n\n— Ana Duarte\n\nOne\n\nTwo\nlines\n\na  b\n c\n\nno link top\n\nx y"
    );
    assert!(links.is_empty());
}

#[test]
fn deep_markup_does_not_overflow() {
    let html = format!("{}deep{}", "<div>".repeat(2_000), "</div>".repeat(2_000));
    assert_eq!(fragment(&html, None).0, "deep");
}

#[test]
fn formulas_keep_their_text_and_code_keeps_its_lines() {
    let (text, _) = fragment(
        "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, the roots of \
         <math alttext=\"ax^2 + bx + c = 0\"><mi>a</mi></math> are real.</p>\
         <pre><code>let a = 1;<br>let b = 2;<br/>a + b</code></pre>",
        None,
    );
    assert_eq!(
        text,
        "When a≠0, the roots of ax^2 + bx + c = 0 are real.\n\nlet a = 1;\nlet b = 2;\na + b"
    );
}

#[test]
fn formulas_and_code_survive_readability() {
    let para = "<p>The council met on Friday to discuss the budget for the harbour, \
                the roads and the schools of the town, and agreed on most of it.</p>";
    let html = format!(
        "<html><head><title>Budget</title></head><body><article>{para}\
         <p>The rule is <math><mi>x</mi><mo>&gt;</mo><mn>2</mn></math> for every line.</p>\
         <pre>total = 1<br>total += 2</pre>{para}</article></body></html>"
    );
    let d = page_doc(&html);
    assert!(
        d.text.contains("The rule is x>2 for every line."),
        "{}",
        d.text
    );
    assert!(d.text.contains("total = 1\ntotal += 2"), "{}", d.text);
}
