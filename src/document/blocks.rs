//! Plain text built from markup (HTML or Markdown) block by block: a blank line between
//! blocks, inline whitespace collapsed, block quotes kept in quotation marks, link spans.

use super::Link;
use crate::analysis::span::Span;

/// The separator owed before the next word.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    #[default]
    None,
    Space,
    Line,
    Paragraph,
}

/// Marks that open a quotation: a block quote starting with one is not marked again.
const QUOTE_MARKS: [char; 6] = ['"', '“', '„', '«', '‘', '\''];

/// Accumulates text and links. Separators are written lazily, before the next word, so the
/// text never ends in a separator and link spans never include one.
#[derive(Debug, Default)]
pub struct TextBuilder {
    text: String,
    links: Vec<Link>,
    gap: Gap,
    /// Open links: where the first word went (once written) and the target.
    open_links: Vec<(Option<usize>, String)>,
    /// How deep in block quotes we are.
    quote_depth: usize,
    /// Whether the outermost open block quote gets marks (decided at its first word).
    quote_marks: Option<bool>,
}

impl TextBuilder {
    /// Inline text: runs of whitespace become one space; nothing leads a block.
    pub fn push_text(&mut self, s: &str) {
        let mut rest = s;
        loop {
            let trimmed = rest.trim_start();
            if trimmed.len() < rest.len() {
                self.owe(Gap::Space);
            }
            if trimmed.is_empty() {
                break;
            }
            let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
            let (word, tail) = trimmed.split_at(end);
            self.push_word(word);
            rest = tail;
        }
    }

    /// Preformatted text: its lines are kept as they are, as one block.
    pub fn push_preformatted(&mut self, s: &str) {
        self.end_block();
        let body = s.trim_matches('\n').trim_end();
        if !body.trim().is_empty() {
            self.push_word(body);
        }
        self.end_block();
    }

    /// Ends the current block: the next word starts a new paragraph.
    pub fn end_block(&mut self) {
        self.owe(Gap::Paragraph);
    }

    /// A line break inside a block.
    pub fn line_break(&mut self) {
        self.owe(Gap::Line);
    }

    /// Starts a link to `url`; its span covers the words pushed until [`Self::end_link`].
    pub fn start_link(&mut self, url: String) {
        self.open_links.push((None, url));
    }

    /// Ends the innermost open link; a link without words is dropped.
    pub fn end_link(&mut self) {
        if let Some((Some(start), url)) = self.open_links.pop() {
            self.links.push(Link {
                span: Span::new(start, self.text.len()),
                url,
            });
        }
    }

    /// Opens a block quote. Unless its first word is a quotation mark, each of its paragraphs
    /// opens with “ and the last closes with ” (the news convention for long quotations).
    pub fn start_quote(&mut self) {
        self.end_block();
        self.quote_depth += 1;
        if self.quote_depth == 1 {
            self.quote_marks = None;
        }
    }

    /// Closes the outermost block quote's quotation (its attribution may follow inside it).
    pub fn close_quotation(&mut self) {
        if self.quote_marks == Some(true) {
            self.text.push('”');
        }
        if self.quote_marks.is_some() {
            self.quote_marks = Some(false);
        }
    }

    /// Closes a block quote.
    pub fn end_quote(&mut self) {
        if self.quote_depth == 1 {
            self.close_quotation();
            self.quote_marks = None;
        }
        self.quote_depth = self.quote_depth.saturating_sub(1);
        self.end_block();
    }

    /// Whether no text has been written yet.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text and its links (links still open are dropped).
    pub fn finish(self) -> (String, Vec<Link>) {
        (self.text, self.links)
    }

    fn owe(&mut self, gap: Gap) {
        if !self.text.is_empty() {
            self.gap = self.gap.max(gap);
        }
    }

    fn push_word(&mut self, word: &str) {
        let gap = std::mem::replace(&mut self.gap, Gap::None);
        self.text.push_str(match gap {
            Gap::None => "",
            Gap::Space => " ",
            Gap::Line => "\n",
            Gap::Paragraph => "\n\n",
        });
        if self.quote_depth > 0 {
            let opens = match self.quote_marks {
                None => {
                    let marks = !word.starts_with(QUOTE_MARKS);
                    self.quote_marks = Some(marks);
                    marks
                }
                Some(marks) => marks && gap == Gap::Paragraph,
            };
            if opens {
                self.text.push('“');
            }
        }
        for (start, _) in &mut self.open_links {
            start.get_or_insert(self.text.len());
        }
        self.text.push_str(word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_blocks() {
        let mut b = TextBuilder::default();
        b.push_text("  The   harbour\n reopened ");
        b.end_block();
        b.end_block();
        b.push_text("\nSecond");
        b.push_text(" paragraph.");
        b.line_break();
        b.push_text("Next line.  ");
        b.end_block();
        assert_eq!(
            b.finish().0,
            "The harbour reopened\n\nSecond paragraph.\nNext line."
        );
    }

    #[test]
    fn link_spans_cover_their_words() {
        let mut b = TextBuilder::default();
        b.push_text("Ask the ");
        b.start_link("https://example.org/a".into());
        b.push_text(" harbour  authority ");
        b.end_link();
        b.push_text("today.");
        b.start_link("https://example.org/empty".into());
        b.end_link();
        let (text, links) = b.finish();
        assert_eq!(text, "Ask the harbour authority today.");
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].span.text(&text), "harbour authority");
        assert_eq!(links[0].url, "https://example.org/a");
    }

    #[test]
    fn block_quotes_get_marks_per_paragraph() {
        let mut b = TextBuilder::default();
        b.push_text("He said:");
        b.end_block();
        b.start_quote();
        b.push_text("We were lucky.");
        b.end_block();
        b.push_text("Next time we will not be.");
        b.end_block();
        b.end_quote();
        b.push_text("After.");
        assert_eq!(
            b.finish().0,
            "He said:\n\n“We were lucky.\n\n“Next time we will not be.”\n\nAfter."
        );
    }

    #[test]
    fn quoted_block_quotes_and_attributions() {
        let mut b = TextBuilder::default();
        b.start_quote();
        b.push_text("“Already quoted,” she said.");
        b.end_quote();
        b.start_quote();
        b.push_text("Words.");
        b.end_block();
        b.close_quotation();
        b.push_text("— Ana Duarte");
        b.end_quote();
        assert_eq!(
            b.finish().0,
            "“Already quoted,” she said.\n\n“Words.”\n\n— Ana Duarte"
        );
    }
}
