//! Bytes to text: BOMs, UTF-16, declared charsets (encoding_rs), lossy UTF-8, line endings,
//! binary detection.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::error::LoadError;

/// Text decoded from an input, with the number of invalid sequences that were replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with LF line endings and no byte-order mark.
    pub text: String,
    /// How many invalid sequences became U+FFFD.
    pub replaced: usize,
    /// The encoding the bytes were read in (`UTF-8`, `UTF-16LE`, `windows-1252` …).
    pub encoding: &'static str,
    /// The declared encoding that was not used because the bytes are valid UTF-8.
    pub overridden: Option<&'static str>,
}

/// Decodes `bytes`: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8
/// (lossily); the BOM is dropped and CRLF / CR become LF. NUL bytes mean binary data.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, LoadError> {
    let (text, replaced, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        let (text, replaced) = utf16(rest, u16::from_le_bytes);
        (text, replaced, UTF_16LE.name())
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let (text, replaced) = utf16(rest, u16::from_be_bytes);
        (text, replaced, UTF_16BE.name())
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if body.contains(&0) {
            return Err(LoadError::Binary {
                name: name.to_owned(),
            });
        }
        let (text, replaced) = utf8_lossy(body);
        (text, replaced, UTF_8.name())
    };
    if text.contains('\0') {
        return Err(LoadError::Binary {
            name: name.to_owned(),
        });
    }
    Ok(Decoded {
        text: normalize_newlines(text),
        replaced,
        encoding,
        overridden: None,
    })
}

/// Decodes `bytes` in the encoding `label` names (an HTTP or `<meta>` charset such as
/// `iso-8859-1` or `windows-1251`). A byte-order mark wins over the label, and so do bytes
/// that are valid UTF-8 beyond ASCII (pages often declare the charset they were once
/// written in); an unknown label, or none, means [`decode`]'s rules.
pub fn decode_labeled(bytes: &[u8], name: &str, label: Option<&str>) -> Result<Decoded, LoadError> {
    let encoding = label.and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    match encoding {
        Some(encoding)
            if encoding != UTF_8
                && Encoding::for_bom(bytes).is_none()
                && !bytes.is_ascii()
                && std::str::from_utf8(bytes).is_ok() =>
        {
            Ok(Decoded {
                overridden: Some(encoding.name()),
                ..decode(bytes, name)?
            })
        }
        Some(encoding) if encoding != UTF_8 && Encoding::for_bom(bytes).is_none() => {
            let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
            if text.contains('\0') {
                return Err(LoadError::Binary {
                    name: name.to_owned(),
                });
            }
            let replaced = if had_errors {
                text.matches(char::REPLACEMENT_CHARACTER).count()
            } else {
                0
            };
            Ok(Decoded {
                text: normalize_newlines(text.into_owned()),
                replaced,
                encoding: encoding.name(),
                overridden: None,
            })
        }
        _ => decode(bytes, name),
    }
}

/// The charset an HTML page declares in its first 1024 bytes: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
pub fn html_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let head = String::from_utf8_lossy(&head);
    head.split("<meta").skip(1).find_map(|tag| {
        let tag = tag.split('>').next().unwrap_or("");
        let at = tag.find("charset=")?;
        let value = tag[at + "charset=".len()..].trim_start_matches(['"', '\'', ' ']);
        let end = value
            .find(|c: char| matches!(c, '"' | '\'' | ';' | '/' | '>') || c.is_whitespace())
            .unwrap_or(value.len());
        Some(value[..end].to_owned()).filter(|v| !v.is_empty())
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
        let mut odd = le.clone();
        odd.push(b'x');
        let d = ok(&odd);
        assert_eq!(
            (d.text.as_str(), d.replaced, d.encoding),
            ("Iran’s\u{FFFD}", 1, "UTF-16LE")
        );
    }

    #[test]
    fn declared_charsets() {
        let latin1 = b"Caf\xe9 owners \x93protest\x94\r\n";
        let d = decode_labeled(latin1, "t", Some("ISO-8859-1")).unwrap();
        assert_eq!(d.text, "Café owners “protest”\n");
        assert_eq!(d.replaced, 0);
        let cyrillic = decode_labeled(b"\xcf\xf3\xf2\xe8\xed", "t", Some("windows-1251")).unwrap();
        assert_eq!(cyrillic.text, "Путин");
        let bom_wins = decode_labeled(b"\xEF\xBB\xBFCaf\xc3\xa9", "t", Some("latin1")).unwrap();
        assert_eq!(bom_wins.text, "Café");
        let unknown = decode_labeled("Café".as_bytes(), "t", Some("x-nonsense")).unwrap();
        assert_eq!(unknown.text, "Café");
        assert_eq!(unknown.overridden, None);
    }

    #[test]
    fn valid_utf8_wins_over_a_declared_charset() {
        let d = decode_labeled("深度学习 Café".as_bytes(), "t", Some("gb2312")).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.overridden, d.replaced),
            ("深度学习 Café", "UTF-8", Some("GBK"), 0)
        );
        let ascii = decode_labeled(b"plain words", "t", Some("gb2312")).unwrap();
        assert_eq!((ascii.encoding, ascii.overridden), ("GBK", None));
        let gbk = decode_labeled(b"\xc9\xee\xb6\xc8", "t", Some("gb2312")).unwrap();
        assert_eq!((gbk.text.as_str(), gbk.overridden), ("深度", None));
    }

    #[test]
    fn meta_charsets() {
        assert_eq!(
            html_charset(b"<html><head><meta charset=\"ISO-8859-1\">").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            html_charset(
                b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
            )
            .as_deref(),
            Some("windows-1252")
        );
        assert_eq!(html_charset(b"<meta name=\"author\" content=\"x\">"), None);
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode(b"\x7fELF\x02\x01\x00\x00", "x"),
            Err(LoadError::Binary { .. })
        ));
    }
}
