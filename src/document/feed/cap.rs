//! A feed's first [`MAX_ITEMS`] items: a longer XML feed is cut before the parser builds its
//! model of every item (about 1.7 KB each), so a feed of 100,000 items reads in bounded memory.
//!
//! One linear pass over the XML: comments, CDATA and processing instructions are stepped
//! over; the open elements are tracked, and at the first item past the cap the text is cut
//! and those elements are closed.

use std::borrow::Cow;

use crate::document::markup::{after, find, name_at};

/// The most items read from one feed; the rest are counted and reported.
pub const MAX_ITEMS: usize = 2_000;

/// `xml` holding at most `max` items (`<item>` or `<entry>` elements, any prefix), and how
/// many items were left out.
pub fn first_items(xml: &[u8], max: usize) -> (Cow<'_, [u8]>, usize) {
    let mut open: Vec<&[u8]> = Vec::new();
    let mut items = 0;
    let mut cut = None;
    let mut i = 0;
    while let Some(at) = find(xml, i, b"<") {
        let rest = xml.get(at..).unwrap_or_default();
        i = if rest.starts_with(b"<!--") {
            after(xml, at + 4, b"-->")
        } else if rest.starts_with(b"<![CDATA[") {
            after(xml, at + 9, b"]]>")
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            after(xml, at + 2, b">")
        } else if rest.starts_with(b"</") {
            if cut.is_none() {
                let name = name_at(xml, at + 2);
                if let Some(k) = open.iter().rposition(|&n| n == name) {
                    open.truncate(k);
                }
            }
            after(xml, at + 2, b">")
        } else {
            let name = name_at(xml, at + 1);
            let end = tag_end(xml, at + 1);
            let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
            if local == b"item" || local == b"entry" {
                items += 1;
                if items == max + 1 {
                    cut = Some((at, open.clone()));
                }
            }
            let self_closing = end >= 2 && xml.get(end - 2) == Some(&b'/');
            if cut.is_none() && !name.is_empty() && !self_closing {
                open.push(name);
            }
            end
        };
    }
    let Some((at, open)) = cut else {
        return (Cow::Borrowed(xml), 0);
    };
    let mut out = xml.get(..at).unwrap_or_default().to_vec();
    for name in open.iter().rev() {
        out.extend_from_slice(b"</");
        out.extend_from_slice(name);
        out.push(b'>');
    }
    (Cow::Owned(out), items - max)
}

/// One past the `>` closing the tag whose name starts at `at` (quoted values stepped over).
fn tag_end(xml: &[u8], mut at: usize) -> usize {
    let mut quote = None;
    while let Some(&b) = xml.get(at) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return at + 1,
            _ => {}
        }
        at += 1;
    }
    xml.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_feeds_are_untouched() {
        let rss = b"<rss><channel><item><title>A</title></item><!-- <item> --></channel></rss>";
        assert!(matches!(first_items(rss, 1), (Cow::Borrowed(_), 0)));
    }

    #[test]
    fn long_feeds_are_cut_and_closed() {
        let rss = b"<rss version=\"2.0\"><channel><title>T</title>\
            <item><title>A</title><description><![CDATA[<item>]]></description></item>\
            <item><title>B</title></item><item><title>C</title></item></channel></rss>";
        let (cut, dropped) = first_items(rss, 1);
        assert_eq!(dropped, 2);
        assert_eq!(
            String::from_utf8_lossy(&cut),
            "<rss version=\"2.0\"><channel><title>T</title>\
             <item><title>A</title><description><![CDATA[<item>]]></description></item>\
             </channel></rss>"
        );
        let atom =
            b"<a:feed xmlns:a=\"x\"><a:entry/><a:entry><a:title>B</a:title></a:entry></a:feed>";
        let (cut, dropped) = first_items(atom, 1);
        assert_eq!(dropped, 1);
        assert_eq!(
            String::from_utf8_lossy(&cut),
            "<a:feed xmlns:a=\"x\"><a:entry/></a:feed>"
        );
    }
}
