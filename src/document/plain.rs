//! Plain-text articles: a headline on the first line, a dateline and a byline near the top.

use super::dateline::parse_date;
use super::{Document, Link};
use crate::analysis::date::Date;
use crate::analysis::span::Span;

/// How many non-empty lines at the top are searched for a dateline or byline.
const HEADER_LINES: usize = 6;

/// Builds a document from plain text: the first line is the title when it reads like a
/// headline; a dateline among the first lines sets `published`; a "By …" line becomes the
/// byline and is removed from the text.
pub fn parse(text: String, source: Option<String>) -> Document {
    parse_with_links(text, source, Vec::new())
}

/// [`parse`] for text that carries links: their spans move with the text when the byline
/// line is removed.
pub fn parse_with_links(
    mut text: String,
    source: Option<String>,
    mut links: Vec<Link>,
) -> Document {
    let header = header_lines(&text);
    let title = header
        .first()
        .filter(|line| is_headline(line.text, header.get(1).map(|l| l.text)))
        .map(|line| line.text.to_owned());
    let published = header.iter().find_map(|line| parse_date(line.text));
    let byline_line = header.iter().find(|line| is_byline(line.text)).copied();
    let mut byline = None;
    if let Some(line) = byline_line {
        byline = Some(line.text.to_owned());
        let end = text.get(line.end..).map_or(line.end, |rest| {
            line.end + usize::from(rest.starts_with('\n'))
        });
        let start = line.start;
        text.replace_range(start..end, "");
        let removed = end - start;
        links.retain(|link| link.span.end <= start || link.span.start >= end);
        for link in &mut links {
            if link.span.start >= end {
                link.span = Span::new(link.span.start - removed, link.span.end - removed);
            }
        }
    }
    Document {
        title,
        byline,
        published,
        source,
        text,
        links,
    }
}

/// Builds a document from text extracted from markup and what the source's metadata says:
/// the title leads the text (prepended when the first line is not the title); a date or
/// byline the metadata lacks is looked for at the top of the text as in [`parse`].
pub fn with_metadata(
    mut text: String,
    mut links: Vec<Link>,
    meta: Metadata,
    source: Option<String>,
) -> Document {
    if let Some(title) = &meta.title
        && text.lines().next().map(str::trim) != Some(title.as_str())
    {
        let shift = title.len() + 2;
        text.insert_str(0, "\n\n");
        text.insert_str(0, title);
        for link in &mut links {
            link.span = Span::new(link.span.start + shift, link.span.end + shift);
        }
    }
    let mut document = parse_with_links(text, source, links);
    document.title = meta.title.or(document.title);
    document.byline = meta.byline.or(document.byline);
    document.published = meta.published.or(document.published);
    document
}

/// What a source says about its article besides the text.
#[derive(Debug, Default)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// The publication date.
    pub published: Option<Date>,
}

/// A trimmed non-empty line and the byte range of the whole line (without its newline).
#[derive(Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn header_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for raw in text.split('\n') {
        let end = start + raw.len();
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            lines.push(Line {
                text: trimmed,
                start,
                end,
            });
            if lines.len() == HEADER_LINES {
                break;
            }
        }
        start = end + 1;
    }
    lines
}

/// A headline: short, starts with a capital, a digit or a letter of a script without case
/// (Chinese, Arabic, Hindi …), and does not end like a sentence or run on into a lowercase
/// continuation line.
fn is_headline(line: &str, next: Option<&str>) -> bool {
    let words = line.split_whitespace().count();
    let starts_well = line
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    let last_word = line.split_whitespace().last().unwrap_or("");
    let ends_like_sentence = match line.chars().last() {
        Some('.') => last_word.matches('.').count() < 2,
        Some(',' | ';' | ':' | '。' | '，' | '、' | '：' | '؛' | '،') => true,
        _ => false,
    };
    let continues = next
        .and_then(|n| n.chars().next())
        .is_some_and(char::is_lowercase);
    (1..=30).contains(&words)
        && line.chars().count() <= 200
        && starts_well
        && !ends_like_sentence
        && !continues
        && parse_date(line).is_none()
        && !is_byline(line)
}

/// A byline: "By" followed by a capitalised name, short, not a sentence.
fn is_byline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let by = words.next().unwrap_or("");
    let name = words.next().unwrap_or("");
    (by == "By" || by == "BY" || by == "by")
        && name.chars().next().is_some_and(char::is_uppercase)
        && line.chars().count() <= 100
        && !line.ends_with('.')
        && line.split_whitespace().count() <= 12
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        parse(text.to_owned(), None)
    }

    #[test]
    fn seed_headline() {
        let d = doc(include_str!("../../seeds/putin-iran-israel-calls.txt"));
        assert_eq!(
            d.title.as_deref(),
            Some(
                "Putin Holds First Talks With Iranian and Israeli Leaders as Mass Protests and U.S. Threats Roil Region"
            )
        );
        assert_eq!(d.published, None);
        assert_eq!(d.byline, None);
        assert!(d.text.starts_with("Putin Holds"));
    }

    #[test]
    fn wikinews_shape() {
        let d =
            doc("Apple launches 3G iPhone\n\nJune 9, 2008\n\nApple Inc. announced the phone.\n");
        assert_eq!(d.title.as_deref(), Some("Apple launches 3G iPhone"));
        assert_eq!(
            d.published.map(|p| p.to_string()).as_deref(),
            Some("2008-06-09")
        );
        assert!(
            d.text.contains("June 9, 2008"),
            "the dateline stays in the text"
        );
    }

    #[test]
    fn byline_is_removed_from_the_text() {
        let d = doc(
            "Storm hits coast\nBy Jane Doe and John Roe\nFriday, 16 January 2026\n\nRain fell.",
        );
        assert_eq!(d.byline.as_deref(), Some("By Jane Doe and John Roe"));
        assert_eq!(
            d.text,
            "Storm hits coast\nFriday, 16 January 2026\n\nRain fell."
        );
        assert_eq!(
            d.published.map(|p| p.to_string()).as_deref(),
            Some("2026-01-16")
        );
    }

    #[test]
    fn a_headline_in_any_script_is_a_title() {
        for (text, title) in [
            (
                "普京与伊朗和以色列领导人通话\n\n俄罗斯总统普京周五分别与两国领导人通话。",
                "普京与伊朗和以色列领导人通话",
            ),
            (
                "بوتين يتحدث مع قادة إيران وإسرائيل\n\nأجرى الرئيس الروسي اتصالين.",
                "بوتين يتحدث مع قادة إيران وإسرائيل",
            ),
            (
                "Путин провёл переговоры\n\nПрезидент России провёл переговоры.",
                "Путин провёл переговоры",
            ),
        ] {
            assert_eq!(doc(text).title.as_deref(), Some(title), "{text}");
        }
        assert_eq!(
            doc("俄罗斯总统普京周五分别与两国领导人通话。\n\n更多内容。").title,
            None
        );
    }

    #[test]
    fn prose_first_line_is_not_a_title() {
        for text in [
            "The minister resigned on Tuesday after a long row.\nMore follows.",
            "the storm moved north\n",
            "Officials said the deal,\nworth billions, was signed.",
            "By the end of the year, prices had doubled.",
        ] {
            assert_eq!(doc(text).title, None, "{text}");
        }
    }

    #[test]
    fn headline_ending_in_an_acronym() {
        assert_eq!(
            doc("Apple becomes No. 1 seller in the U.S.\n\nBody.")
                .title
                .as_deref(),
            Some("Apple becomes No. 1 seller in the U.S.")
        );
    }

    #[test]
    fn links_move_when_the_byline_goes() {
        let text = "Storm hits coast\nBy Jane Doe\n\nSee the forecast.".to_owned();
        let at = text.find("forecast").unwrap();
        let link = Link {
            span: Span::new(at, at + 8),
            url: "https://example.org/f".into(),
        };
        let d = parse_with_links(text, None, vec![link]);
        assert_eq!(d.links.len(), 1);
        assert_eq!(d.links[0].span.text(&d.text), "forecast");
    }

    #[test]
    fn date_must_be_near_the_top() {
        let text = "Title\n\na.\nb.\nc.\nd.\ne.\nf.\nJanuary 16, 2026\n";
        assert_eq!(doc(text).published, None);
    }
}
