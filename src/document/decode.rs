//! Bytes to text: BOMs, UTF-16, lossy UTF-8, line endings, binary detection.

use std::borrow::Cow;

use super::error::LoadError;

/// Text decoded from an input, with the number of invalid sequences that were replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with LF line endings and no byte-order mark.
    pub text: String,
    /// How many invalid UTF-8 (or UTF-16) sequences became U+FFFD.
    pub replaced: usize,
}

/// Decodes `bytes`: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8
/// (lossily); the BOM is dropped and CRLF / CR become LF. NUL bytes mean binary data.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, LoadError> {
    let (text, replaced) = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if body.contains(&0) {
            return Err(LoadError::Binary {
                name: name.to_owned(),
            });
        }
        utf8_lossy(body)
    };
    if text.contains('\0') {
        return Err(LoadError::Binary {
            name: name.to_owned(),
        });
    }
    Ok(Decoded {
        text: normalize_newlines(text),
        replaced,
    })
}

fn utf8_lossy(bytes: &[u8]) -> (String, usize) {
    match String::from_utf8_lossy(bytes) {
        Cow::Borrowed(text) => (text.to_owned(), 0),
        Cow::Owned(text) => {
            let replaced = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            (text, replaced)
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, usize) {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    let mut replaced = usize::from(bytes.len() % 2 == 1);
    let text = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                replaced += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    (text, replaced)
}

fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> Decoded {
        decode(bytes, "t").unwrap()
    }

    #[test]
    fn plain_utf8_and_bom() {
        assert_eq!(ok("Putin’s call".as_bytes()).text, "Putin’s call");
        assert_eq!(ok(b"\xEF\xBB\xBFHello").text, "Hello");
    }

    #[test]
    fn newlines() {
        assert_eq!(ok(b"a\r\nb\rc\n").text, "a\nb\nc\n");
    }

    #[test]
    fn lossy_utf8_counts_bad_sequences() {
        let d = ok(b"caf\xE9 and \xFF\xFE");
        assert_eq!(d.text, "caf\u{FFFD} and \u{FFFD}\u{FFFD}");
        assert_eq!(d.replaced, 3);
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Iran’s".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(ok(&le).text, "Iran’s");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Tehran".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(ok(&be).text, "Tehran");
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x00\x00", "x"),
            Err(LoadError::Binary { .. })
        ));
    }
}
