use super::blocks::{byline_of, read_dateline};
use super::*;
use crate::document::Document;
use crate::document::html::page;

fn fixture(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(&path).unwrap();
    page(&html, name, None, None).unwrap()
}

fn paragraphs(d: &Document) -> Vec<&str> {
    d.text.split("\n\n").collect()
}

const BODY: &str = "<p>The regional council approved a wind farm of forty turbines off the \
    northern coast on Tuesday, ending a planning dispute that had lasted three years.</p>\
    <p>Fishing groups had argued that the turbines would close grounds their boats have used \
    for decades, and said they would study the decision before deciding whether to appeal.</p>";

fn text_of(html: &str) -> String {
    page(
        &format!("<html><body><article>{html}</article></body></html>"),
        "t",
        None,
        None,
    )
    .unwrap()
    .text
}

#[test]
fn trailing_teasers_prompts_about_boxes_and_legal_lines_go() {
    let d = fixture("trailing.html");
    let p = paragraphs(&d);
    assert_eq!(p.len(), 5, "{p:#?}");
    assert!(
        p[4].starts_with("Opponents said they would study"),
        "{p:#?}"
    );
    for gone in [
        "You may also like",
        "Ferry operator",
        "About Northwind",
        "a developer of offshore",
        "newsletter",
        "All rights reserved",
    ] {
        assert!(!d.text.contains(gone), "{gone} stayed");
    }
}

#[test]
fn lead_ins_go_and_the_byline_and_date_move_to_the_metadata() {
    let d = fixture("lead.html");
    let p = paragraphs(&d);
    assert_eq!(p[0], "Rail strike called off after late talks");
    assert!(p[1].starts_with("A national rail strike"), "{p:#?}");
    assert_eq!(p.len(), 4);
    assert_eq!(d.byline.as_deref(), Some("Maria Keller and Tom Aldous"));
    assert_eq!(
        d.published.map(|p| p.to_string()).as_deref(),
        Some("2026-03-04")
    );
}

#[test]
fn captions_credits_and_repeats_go() {
    let d = fixture("captions.html");
    for gone in [
        "Residents cross",
        "Reuters",
        "Toggle",
        "rescue boat",
        "Getty",
    ] {
        assert!(!d.text.contains(gone), "{gone} stayed in {}", d.text);
    }
    assert_eq!(d.text.matches("We lost everything").count(), 1);
    assert!(d.text.ends_with("to begin in earnest."));
    assert_eq!(paragraphs(&d).len(), 6);
}

#[test]
fn prose_stays_whatever_it_is_called_or_however_it_starts() {
    let wrapped = text_of(&format!(
        "<div class=\"social-share-enabled\">{BODY}{BODY}{BODY}</div>"
    ));
    assert_eq!(wrapped.matches("regional council").count(), 1, "repeats go");
    assert!(wrapped.contains("Fishing groups"));
    let credit = text_of(&format!(
        "<p>Credit card debt rose.</p>{BODY}<p>Photo: A. Doe</p>"
    ));
    assert!(credit.starts_with("Credit card debt rose."), "{credit}");
    assert!(!credit.contains("A. Doe"), "{credit}");
    let news = text_of(&format!(
        "{BODY}<p>The findings were printed in its newsletter.</p>"
    ));
    assert!(news.ends_with("printed in its newsletter."), "{news}");
    let about = text_of(&format!("{BODY}<p>About 40 people attended the vote.</p>"));
    assert!(
        about.ends_with("About 40 people attended the vote."),
        "{about}"
    );
    let linked = text_of(&format!(
        "{BODY}<p>The full ruling is on the <a href=\"https://example.org/r\">council's \
         website</a>, along with the maps and the objections filed by the fishing groups.</p>"
    ));
    assert!(linked.ends_with("filed by the fishing groups."), "{linked}");
    let quoted = text_of(&format!(
        "{BODY}<figure><blockquote><p>“A fair deal.”</p><figcaption>— Ana Duarte\
         </figcaption></blockquote></figure>"
    ));
    assert!(
        quoted.ends_with("“A fair deal.”\n\n— Ana Duarte"),
        "{quoted}"
    );
}

#[test]
fn attribute_hints() {
    for named in [
        "related-stories",
        "article share_bar",
        "newsletterSignup",
        "sharebar",
        "photo-credit",
        "wp-caption-text",
    ] {
        assert!(is_hint(named), "{named}");
    }
    for plain in [
        "article-body",
        "sharing-with-a-single-developer",
        "shareholders-letter-text-body",
        "content",
        "badge",
    ] {
        assert!(!is_hint(plain), "{plain}");
    }
}

#[test]
fn bylines_and_date_lines() {
    assert_eq!(byline_of("By Jane Doe").as_deref(), Some("Jane Doe"));
    assert_eq!(
        byline_of("BY Ana Duarte and Tom Aldous").as_deref(),
        Some("Ana Duarte and Tom Aldous")
    );
    assert_eq!(byline_of("By the end of the week, prices fell"), None);
    let mut r = Removed::default();
    assert!(read_dateline("By Jane Doe | May 4, 2024", &mut r));
    assert_eq!(r.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(
        r.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-04")
    );
    assert!(read_dateline(
        "Updated 3 hours ago",
        &mut Removed::default()
    ));
    assert!(!read_dateline(
        "Updated rules took effect on May 4, 2024, for every school in the district.",
        &mut Removed::default()
    ));
    assert!(!read_dateline("Transport", &mut Removed::default()));
}

#[test]
fn feed_content_loses_its_footer() {
    let (text, _) = crate::document::html::fragment(
        &format!(
            "{BODY}<p>The post <a href=\"https://example.org/p\">Wind farm approved</a> \
             appeared first on <a href=\"https://example.org\">Coast News</a>.</p>"
        ),
        None,
    );
    assert!(
        text.ends_with("before deciding whether to appeal."),
        "{text}"
    );
}
