//! Bounds on markup before it reaches the HTML parser: pages nested thousands of levels deep
//! or with thousands of attributes on one tag make html5ever and readability slow far beyond
//! their size, so such markup is flattened first. Real pages are never touched.
//!
//! One linear pass over the source: elements nested deeper than [`MAX_DEPTH`] lose their tags
//! (their text stays, in the deepest element kept), and a tag keeps its first
//! [`MAX_ATTRIBUTES`] attributes. Comments, doctypes and the raw text of `<script>`,
//! `<style>`, `<textarea>` and `<title>` are stepped over unread.

use std::borrow::Cow;

use crate::document::markup::{after, find_ignore_case, name_at};

/// The deepest element nesting kept; deeper start and end tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// The most attributes one tag keeps.
pub const MAX_ATTRIBUTES: usize = 64;

/// Elements without content: they never nest.
const VOID: [&str; 18] = [
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose end tag may be left out (the next sibling closes them), and the page's
/// own frame: they are not counted, so a page of unclosed `<p>` or `<li>` stays whole.
const OPTIONAL_END: [&str; 21] = [
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: [&str; 7] = [
    "script", "style", "textarea", "title", "xmp", "noembed", "noframes",
];

/// `html` within the bounds: borrowed when it already is (every real page), else a copy
/// with the excess tags and attributes left out.
pub fn bound(html: &str) -> Cow<'_, str> {
    let mut edit = Edit::new(html);
    let b = html.as_bytes();
    let (mut depth, mut foreign) = (0usize, 0usize);
    let mut i = 0;
    while let Some(k) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        let at = i + k;
        let rest = b.get(at..).unwrap_or_default();
        i = if rest.starts_with(b"<!--") {
            after(b, at + 4, b"-->")
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            after(b, at + 2, b">")
        } else if rest.starts_with(b"</") {
            let name = name_at(b, at + 2);
            let end = after(b, at + 2, b">");
            if !name.is_empty() && counted(name) {
                if depth > MAX_DEPTH {
                    edit.drop(at, end);
                }
                depth = depth.saturating_sub(levels(name));
                if is_foreign(name) {
                    foreign = foreign.saturating_sub(1);
                }
            }
            end
        } else if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
            let name = name_at(b, at + 1);
            let tag = Tag::read(b, at + 1 + name.len());
            let counts = counted(name) && !(foreign > 0 && tag.self_closing);
            if counts {
                depth += levels(name);
                foreign += usize::from(is_foreign(name));
            }
            if counts && depth > MAX_DEPTH {
                edit.drop(at, tag.end);
            } else if let Some(cut) = tag.cut {
                edit.replace(cut, tag.end, if tag.self_closing { "/>" } else { ">" });
            }
            if is_one_of(&RAW_TEXT, name) {
                let close = [b"</".as_slice(), name].concat();
                find_ignore_case(b, tag.end, &close).unwrap_or(b.len())
            } else {
                tag.end
            }
        } else {
            at + 1
        };
    }
    edit.finish()
}

/// Levels an element opens: a table four (its body, row and cell are implied and their end
/// tags optional), anything else one.
fn levels(name: &[u8]) -> usize {
    if name.eq_ignore_ascii_case(b"table") {
        4
    } else {
        1
    }
}

/// Whether an element counts towards the depth.
fn counted(name: &[u8]) -> bool {
    !is_one_of(&VOID, name) && !is_one_of(&OPTIONAL_END, name)
}

/// `<svg>` and `<math>`, inside which `/>` closes any element.
fn is_foreign(name: &[u8]) -> bool {
    is_one_of(&["svg", "math"], name)
}

/// Whether the tag `name` (any case) is one of the lowercase `names`.
fn is_one_of(names: &[&str], name: &[u8]) -> bool {
    names
        .iter()
        .any(|n| n.as_bytes().eq_ignore_ascii_case(name))
}

/// A start tag's extent after its name.
struct Tag {
    /// One past its `>` (or the end of the input).
    end: usize,
    /// Where the attributes beyond [`MAX_ATTRIBUTES`] begin, if there are more.
    cut: Option<usize>,
    /// It ends with `/>`.
    self_closing: bool,
}

impl Tag {
    /// Reads attributes from `at` to the tag's `>`, as the HTML tokenizer does: names up to
    /// `=`, space, `/` or `>`; values quoted or up to a space or `>`.
    fn read(b: &[u8], mut at: usize) -> Tag {
        let (mut count, mut cut, mut slash) = (0, None, false);
        loop {
            while b
                .get(at)
                .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
            {
                slash = b.get(at) == Some(&b'/');
                at += 1;
            }
            match b.get(at) {
                None => {
                    return Tag {
                        end: b.len(),
                        cut,
                        self_closing: false,
                    };
                }
                Some(b'>') => {
                    return Tag {
                        end: at + 1,
                        cut,
                        self_closing: slash,
                    };
                }
                Some(_) => {}
            }
            slash = false;
            count += 1;
            if count > MAX_ATTRIBUTES && cut.is_none() {
                cut = Some(at);
            }
            // The name (a leading `=` belongs to it).
            at += 1;
            while b
                .get(at)
                .is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'/' | b'>' | b'='))
            {
                at += 1;
            }
            let mut j = at;
            while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            if b.get(j) != Some(&b'=') {
                continue;
            }
            at = j + 1;
            while b.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            match b.get(at) {
                Some(&q @ (b'"' | b'\'')) => {
                    at = b
                        .get(at + 1..)
                        .and_then(|r| r.iter().position(|&c| c == q))
                        .map_or(b.len(), |k| at + 1 + k + 1);
                }
                _ => {
                    while b
                        .get(at)
                        .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'>')
                    {
                        at += 1;
                    }
                }
            }
        }
    }
}

/// The source with some byte ranges replaced, copied only once an edit is made.
struct Edit<'a> {
    source: &'a str,
    out: Option<String>,
    /// Bytes of `source` before this are in `out`.
    copied: usize,
}

impl<'a> Edit<'a> {
    fn new(source: &'a str) -> Self {
        Edit {
            source,
            out: None,
            copied: 0,
        }
    }

    /// Replaces `start..end` (both after earlier edits, on char boundaries) with `with`.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.source.len()));
        out.push_str(self.source.get(self.copied..start).unwrap_or_default());
        out.push_str(with);
        self.copied = end;
    }

    fn drop(&mut self, start: usize, end: usize) {
        self.replace(start, end, "");
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            None => Cow::Borrowed(self.source),
            Some(mut out) => {
                out.push_str(self.source.get(self.copied..).unwrap_or_default());
                Cow::Owned(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_are_untouched() {
        let page = "<!doctype html><html><head><title>a < b</title><script>if (a<b) {}</script>\
                    </head><body><div class=\"x\" data-a='1>2'><p>One<p>Two<br/><img src=x>\
                    <svg><path d=\"M0\"/><path/></svg><!-- <div> --></div></body></html>";
        assert!(matches!(bound(page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let n = MAX_DEPTH + 50;
        let page = format!("{}text{}", "<div>".repeat(n), "</div>".repeat(n));
        let bounded = bound(&page);
        assert_eq!(bounded.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(bounded.matches("</div>").count(), MAX_DEPTH);
        assert!(bounded.contains("text"));
        let self_closed = "<div/>".repeat(n);
        assert_eq!(bound(&self_closed).matches("<div/>").count(), MAX_DEPTH);
    }

    #[test]
    fn excess_attributes_are_dropped() {
        let attrs: String = (0..MAX_ATTRIBUTES + 10)
            .map(|i| format!(" a{i}=\"v\""))
            .collect();
        let page = format!("<p{attrs}>text</p>");
        let bounded = bound(&page);
        assert_eq!(bounded.matches("=\"v\"").count(), MAX_ATTRIBUTES);
        assert!(bounded.ends_with("\" >text</p>"), "{bounded}");
    }
}
