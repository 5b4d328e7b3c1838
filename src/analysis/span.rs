//! Byte ranges over a document's text.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a text, always on char boundaries.
///
/// Spans are `Copy` and carry no text; `span.text(text)` is the surface form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted range becomes empty at `start`.
    pub const fn new(start: usize, end: usize) -> Self {
        if end < start {
            Self { start, end: start }
        } else {
            Self { start, end }
        }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The surface form in `text`, or `""` when the span does not fit the text.
    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The bytes of `text` the span covers (empty if out of range), read without the char
    /// boundary checks of [`Span::text`].
    pub fn bytes(self, text: &str) -> &[u8] {
        text.as_bytes()
            .get(self.start..self.end)
            .unwrap_or_default()
    }

    /// The span shrunk to exclude leading and trailing whitespace.
    pub fn trim(self, text: &str) -> Span {
        let s = self.text(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_trim() {
        let t = "  Putin said.  ";
        let s = Span::new(0, t.len());
        assert_eq!(s.trim(t).text(t), "Putin said.");
        assert_eq!(Span::new(2, 7).text(t), "Putin");
        assert_eq!(Span::new(0, 99).text(t), "");
        assert!(Span::new(0, 2).trim(t).is_empty());
    }

    #[test]
    fn relations() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(!a.contains(Span::new(5, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
        assert_eq!(Span::new(3, 8).len(), 5);
    }
}
