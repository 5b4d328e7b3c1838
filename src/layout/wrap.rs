//! Wrapping one paragraph by display width, and what the terminal is shown for each char.
//!
//! Rows are byte ranges of the document text, so a byte maps to a (row, column) and back.
//! Control characters never reach the terminal: C0/C1 controls and DEL are shown as visible
//! symbols (`␛` for ESC), whitespace of any kind as a space, and bidi controls are dropped.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

use crate::analysis::span::Span;

/// One wrapped row: the bytes `[start, end)` of the text it shows (no trailing whitespace).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// First byte shown.
    pub start: usize,
    /// One past the last byte shown.
    pub end: usize,
}

/// What is drawn for `c`: `None` drops it, otherwise a char that is safe for the terminal.
#[inline]
pub fn display_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(match c {
            ' '..='~' => c,
            '\t' | '\n' | '\r' | '\x0b' | '\x0c' => ' ',
            // C0 controls as Unicode control pictures (ESC → ␛), DEL → ␡.
            '\x7f' => '\u{2421}',
            _ => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
        });
    }
    match c {
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => None,
        c if c.is_whitespace() => Some(' '),
        c => Some(c),
    }
}

/// Display width of `c` as drawn (see [`display_char`]).
#[inline]
pub fn char_width(c: char) -> usize {
    if (' '..='~').contains(&c) {
        return 1;
    }
    display_char(c).map_or(0, |d| d.width().unwrap_or(0))
}

/// Display width of `s` as drawn.
pub fn width(s: &str) -> usize {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return s.len();
    }
    s.chars().map(char_width).sum()
}

/// `s` as drawn: safe for the terminal, same width as [`width`].
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b) || b >= 0x80)
        && !s
            .chars()
            .any(|c| !c.is_ascii() && display_char(c) != Some(c))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().filter_map(display_char).collect())
}

/// Whether `c` separates words when wrapping.
#[inline]
fn is_space(c: char) -> bool {
    c == ' ' || c.is_whitespace()
}

/// A word (or a piece of an over-long word) and the whitespace after it.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    width: usize,
    space: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps the paragraph `span` of `text` to `width` columns (at least one), first-fit, breaking
/// words longer than a row. Always at least one row.
pub fn wrap(text: &str, span: Span, width: usize) -> Vec<Row> {
    let width = width.max(1);
    let para = span.text(text);
    let base = span.start;
    let mut pieces: Vec<Piece> = Vec::with_capacity(para.len() / 5 + 1);
    let mut chars = para.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if is_space(c) {
            // Leading whitespace (or whitespace after a split word): widen the last piece.
            chars.next();
            if let Some(last) = pieces.last_mut() {
                last.space += char_width(c);
            }
            let _ = i;
            continue;
        }
        // A word: chars up to the next whitespace, split where it would overflow a row.
        let mut piece = Piece {
            start: base + i,
            end: base + i,
            width: 0,
            space: 0,
        };
        while let Some(&(j, c)) = chars.peek() {
            if is_space(c) {
                break;
            }
            let w = char_width(c);
            if piece.width + w > width && piece.width > 0 {
                pieces.push(piece);
                piece = Piece {
                    start: base + j,
                    end: base + j,
                    width: 0,
                    space: 0,
                };
            }
            piece.width += w;
            piece.end = base + j + c.len_utf8();
            chars.next();
        }
        pieces.push(piece);
    }
    if pieces.is_empty() {
        return vec![Row {
            start: span.start,
            end: span.start,
        }];
    }
    wrap_first_fit(&pieces, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            Some(Row {
                start: first.start,
                end: last.end,
            })
        })
        .collect()
}

/// `s` cut to `columns` columns, with `…` when cut.
pub fn truncate(s: &str, columns: usize) -> String {
    if width(s) <= columns {
        return sanitize(s).into_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars().filter_map(display_char) {
        let w = char_width(c);
        if used + w + 1 > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    if columns > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, width: usize) -> Vec<&str> {
        wrap(text, Span::new(0, text.len()), width)
            .into_iter()
            .map(|r| &text[r.start..r.end])
            .collect()
    }

    #[test]
    fn wraps_words_by_width() {
        assert_eq!(
            rows("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
        assert_eq!(rows("hard\nwrapped  text", 80), ["hard\nwrapped  text"]);
        assert_eq!(rows("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(rows("", 4).len(), 1);
    }

    #[test]
    fn wide_chars_take_two_columns() {
        // Six CJK chars are twelve columns.
        assert_eq!(rows("日本語の文章", 6), ["日本語", "の文章"]);
        assert_eq!(width("日本"), 4);
        assert_eq!(width("a😀b"), 4);
        assert_eq!(rows("😀 😀 😀", 5), ["😀 😀", "😀"]);
    }

    #[test]
    fn controls_are_made_visible() {
        assert_eq!(sanitize("a\x1b[31mb"), "a\u{241b}[31mb");
        assert_eq!(sanitize("tab\there"), "tab here");
        assert_eq!(sanitize("\u{9b}x\u{202e}y"), "\u{fffd}xy");
        assert_eq!(width("a\x1bb"), 3);
        assert!(matches!(
            sanitize("plain “quoted” é"),
            std::borrow::Cow::Borrowed(_)
        ));
        for s in ["a\x07b", "\x1b]52;c;AAAA\x07", "x\u{85}y"] {
            assert!(!sanitize(s).chars().any(char::is_control), "{s:?}");
        }
    }
}
