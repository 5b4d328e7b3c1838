//! Markdown (CommonMark with tables and YAML front matter, by pulldown-cmark): headings,
//! paragraphs and block quotes as plain text, markup removed; the first H1 is the title.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::Document;
use super::blocks::TextBuilder;
use super::dateline::parse_timestamp;
use super::plain::{self, Metadata};

/// Builds a document from Markdown. Front matter `title:`, `author:` and `date:` (or
/// `published:`) are used when present; otherwise the first H1 is the title, and a dateline
/// or byline near the top is found as in plain text.
pub fn parse(markdown: &str, source: Option<String>) -> Document {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut b = TextBuilder::default();
    let mut front = Metadata::default();
    let mut h1: Option<(bool, String)> = None;
    let mut in_h1 = false;
    let (mut in_front, mut in_code, mut images) = (false, false, 0usize);
    let mut code = String::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    b.end_block();
                    if level == HeadingLevel::H1 && h1.is_none() {
                        h1 = Some((b.is_empty(), String::new()));
                        in_h1 = true;
                    }
                }
                Tag::BlockQuote(_) => b.start_quote(),
                Tag::CodeBlock(_) => in_code = true,
                Tag::Link { dest_url, .. } => b.start_link(dest_url.into_string()),
                Tag::Image { .. } => images += 1,
                Tag::MetadataBlock(_) => in_front = true,
                Tag::TableCell => b.push_text(" "),
                Tag::Paragraph | Tag::Item | Tag::List(_) | Tag::TableHead | Tag::TableRow => {
                    b.end_block();
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    in_h1 = false;
                    b.end_block();
                }
                TagEnd::BlockQuote(_) => b.end_quote(),
                TagEnd::CodeBlock => {
                    in_code = false;
                    b.push_preformatted(&std::mem::take(&mut code));
                }
                TagEnd::Link => b.end_link(),
                TagEnd::Image => images = images.saturating_sub(1),
                TagEnd::MetadataBlock(_) => in_front = false,
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::List(_)
                | TagEnd::TableHead
                | TagEnd::TableRow => b.end_block(),
                _ => {}
            },
            Event::Text(text) if in_front => read_front_matter(&text, &mut front),
            Event::Text(text) if in_code => code.push_str(&text),
            Event::Text(text) | Event::Code(text) if images == 0 => {
                b.push_text(&text);
                if let Some((_, title)) = h1.as_mut().filter(|_| in_h1) {
                    title.push_str(&text);
                }
            }
            Event::SoftBreak => b.push_text(" "),
            Event::HardBreak => b.line_break(),
            Event::Rule => b.end_block(),
            _ => {}
        }
    }
    let (text, links) = b.finish();
    let heading = h1.map(|(leading, title)| {
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        (leading, title)
    });
    let front_title = front.title.is_some();
    let meta = Metadata {
        title: front.title.or_else(|| {
            let leading = heading.as_ref().filter(|(leading, _)| *leading);
            leading.map(|(_, title)| title.clone())
        }),
        ..front
    };
    let mut document = plain::with_metadata(text, links, meta, source);
    if let Some((_, title)) = heading.filter(|_| !front_title) {
        document.title = Some(title);
    }
    document
}

/// Reads `key: value` lines of YAML front matter (quotes around values are dropped).
fn read_front_matter(yaml: &str, meta: &mut Metadata) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value.to_owned()),
            "author" | "byline" => meta.byline = Some(value.to_owned()),
            "date" | "published" => meta.published = parse_timestamp(value),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(md: &str) -> Document {
        parse(md, None)
    }

    #[test]
    fn headings_paragraphs_and_markup() {
        let d = doc(
            "# Harbour *reopens*\n\nThe **harbour** of Port Ellis reopened\non Friday.\n\n## Damage\n\n- Two piers\n- One `crane`\n",
        );
        assert_eq!(d.title.as_deref(), Some("Harbour reopens"));
        assert_eq!(
            d.text,
            "Harbour reopens\n\nThe harbour of Port Ellis reopened on Friday.\n\nDamage\n\nTwo piers\n\nOne crane"
        );
    }

    #[test]
    fn block_quotes_keep_their_quotation() {
        let d = doc("Reilly said:\n\n> We were lucky.\n>\n> Next time we will not be.\n\nAfter.");
        assert_eq!(
            d.text,
            "Reilly said:\n\n“We were lucky.\n\n“Next time we will not be.”\n\nAfter."
        );
    }

    #[test]
    fn links_and_images() {
        let d = doc("See the [harbour authority](https://example.org/a) ![a crane](c.png) now.");
        assert_eq!(d.text, "See the harbour authority now.");
        assert_eq!(d.links.len(), 1);
        assert_eq!(d.links[0].span.text(&d.text), "harbour authority");
        assert_eq!(d.links[0].url, "https://example.org/a");
    }

    #[test]
    fn front_matter_and_dateline() {
        let d = doc(
            "---\ntitle: \"Storm: the aftermath\"\nauthor: Maria Keller\ndate: 2026-01-16\n---\n\nRain fell.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Storm: the aftermath"));
        assert_eq!(d.byline.as_deref(), Some("Maria Keller"));
        assert_eq!(
            d.published.map(|p| p.to_string()).as_deref(),
            Some("2026-01-16")
        );
        assert!(
            d.text.starts_with("Storm: the aftermath\n\nRain fell."),
            "{}",
            d.text
        );
        let d = doc("# Storm hits coast\n\nJanuary 16, 2026\n\nBy Jane Doe\n\nRain fell.");
        assert_eq!(
            d.published.map(|p| p.to_string()).as_deref(),
            Some("2026-01-16")
        );
        assert_eq!(d.byline.as_deref(), Some("By Jane Doe"));
        assert!(!d.text.contains("Jane Doe"));
    }

    #[test]
    fn a_later_h1_is_the_title_but_is_not_repeated() {
        let d = doc("Intro line.\n\n# The headline\n\nBody.");
        assert_eq!(d.title.as_deref(), Some("The headline"));
        assert_eq!(d.text, "Intro line.\n\nThe headline\n\nBody.");
    }

    #[test]
    fn code_blocks_keep_their_lines() {
        let d = doc("Text.\n\n```\nline one\n  line two\n```\n\nMore.");
        assert_eq!(d.text, "Text.\n\nline one\n  line two\n\nMore.");
    }
}
