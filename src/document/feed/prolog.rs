//! Feed bytes as UTF-8 without XML declarations, before the XML parser sees them; an `<rss>`
//! root without a `version` gets `version="2.0"` (the parser needs one to read it as RSS).
//!
//! byline decodes a feed itself (a byte-order mark, else the `encoding` its XML declaration
//! names, else UTF-8) and removes every `<?xml …?>` declaration, wherever it stands. The
//! parser then reads plain UTF-8: UTF-16 and legacy-encoded feeds work, and quick-xml 0.42
//! never switches encodings mid-stream (it panics when a declaration that names an encoding
//! comes late or is long).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

/// Bytes of the start searched for the XML declaration.
const PROLOG: usize = 1024;

/// `bytes` decoded and without XML declarations; borrowed when already so.
pub fn normalize(bytes: &[u8]) -> Cow<'_, [u8]> {
    let (encoding, skip) = Encoding::for_bom(bytes)
        .or_else(|| declared(bytes).map(|e| (e, 0)))
        .unwrap_or((UTF_8, 0));
    let body = bytes.get(skip..).unwrap_or_default();
    let text = if encoding == UTF_8 {
        String::from_utf8_lossy(body)
    } else {
        encoding.decode_without_bom_handling(body).0
    };
    let unversioned = unversioned_rss(&text);
    if !text.contains("<?xml") && unversioned.is_none() {
        return match text {
            Cow::Borrowed(t) if t.len() == bytes.len() => Cow::Borrowed(bytes),
            other => Cow::Owned(other.into_owned().into_bytes()),
        };
    }
    let mut text = text.into_owned();
    if let Some(at) = unversioned {
        text.insert_str(at, " version=\"2.0\"");
    }
    Cow::Owned(without_declarations(&text).into_bytes())
}

/// Where ` version="2.0"` goes when the first `<rss` start tag has no `version` attribute
/// (right after its name).
fn unversioned_rss(text: &str) -> Option<usize> {
    let head = text.get(..text.len().min(PROLOG * 4)).unwrap_or(text);
    let (at, rest) = head.match_indices("<rss").find_map(|(at, _)| {
        let rest = head.get(at + 4..)?;
        rest.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .then_some((at, rest))
    })?;
    let tag = rest.split('>').next().unwrap_or(rest);
    (!tag.contains("version")).then_some(at + 4)
}

/// The encoding the declaration at the start of `bytes` names (ASCII-compatible ones only;
/// a UTF-16 feed has a byte-order mark).
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(PROLOG))?;
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = head.get(start..)?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = String::from_utf8_lossy(head.get(..end)?).to_ascii_lowercase();
    let at = decl.find("encoding")?;
    let value = decl.get(at + "encoding".len()..)?.trim_start();
    let value = value.strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let label = value.get(1..)?.split(quote).next()?;
    Encoding::for_label(label.trim().as_bytes())
        .filter(|e| e.is_ascii_compatible())
        .map(|e| e.output_encoding())
}

/// `text` without its `<?xml …?>` processing instructions (the target exactly `xml`).
fn without_declarations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("<?xml") {
        let after = rest.get(at + 5..).unwrap_or_default();
        let is_declaration =
            after.is_empty() || after.starts_with(|c: char| c.is_whitespace() || c == '?');
        out.push_str(rest.get(..at).unwrap_or_default());
        if !is_declaration {
            out.push_str("<?xml");
            rest = after;
            continue;
        }
        rest = match after.find("?>") {
            Some(end) => after.get(end + 2..).unwrap_or_default(),
            None => "",
        };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        String::from_utf8(normalize(bytes).into_owned()).unwrap()
    }

    #[test]
    fn declarations_go_wherever_they_are() {
        let late = format!(
            "{}<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>",
            "\n".repeat(22)
        );
        assert_eq!(text(late.as_bytes()).trim(), "<rss version=\"2.0\"/>");
        let inside = "<feed><?xml version=\"1.0\" encoding=\"utf-16\"?><title>T</title></feed>";
        assert_eq!(text(inside.as_bytes()), "<feed><title>T</title></feed>");
        let other_pi = "<?xml-stylesheet href=\"a.xsl\"?><feed/>";
        assert_eq!(text(other_pi.as_bytes()), other_pi);
        assert!(matches!(normalize(b"<feed/>"), Cow::Borrowed(_)));
    }

    #[test]
    fn rss_without_a_version_gets_one() {
        assert_eq!(
            text(b"<?xml version=\"1.0\"?>\n<rss><channel/></rss>"),
            "\n<rss version=\"2.0\"><channel/></rss>"
        );
        assert_eq!(
            text(b"<rss xmlns:dc=\"x\"><channel/></rss>"),
            "<rss version=\"2.0\" xmlns:dc=\"x\"><channel/></rss>"
        );
        let versioned = b"<rss version=\"0.91\"><channel/></rss>";
        assert!(matches!(normalize(versioned), Cow::Borrowed(_)));
        assert!(matches!(normalize(b"<rssfeed/>"), Cow::Borrowed(_)));
    }

    #[test]
    fn feeds_are_decoded_first() {
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><title>Caf\xe9</title>";
        assert_eq!(text(latin1), "<title>Café</title>");
        let mut utf16 = vec![0xFF, 0xFE];
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><title>Tōkyō</title>";
        utf16.extend(xml.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(text(&utf16), "<title>Tōkyō</title>");
    }
}
