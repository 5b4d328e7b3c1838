//! The article's wrapped layout, built lazily: paragraphs are wrapped the first time a row of
//! theirs is needed, once per width, and a position is (paragraph, row) so nothing needs the
//! row count of the whole document. Any byte maps to a position and column ([`Flow::locate`]).

use std::cell::OnceCell;

use super::wrap::{self, Row};
use crate::analysis::span::Span;

/// A row of the article: `row` of paragraph `para`; `row == rows(para)` is the blank line
/// after the paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Paragraph index.
    pub para: usize,
    /// Row within the paragraph.
    pub row: usize,
}

/// One screen line of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Text of paragraph `para`.
    Text {
        /// Paragraph index.
        para: usize,
        /// The bytes shown.
        row: Row,
    },
    /// The blank line between paragraphs.
    Blank,
}

/// Paragraphs wrapped to one width, on demand.
#[derive(Debug, Clone, Default)]
pub struct Flow {
    width: usize,
    paras: Vec<Span>,
    rows: Vec<OnceCell<Box<[Row]>>>,
}

impl Flow {
    /// A layout of the paragraph spans `paras` (sorted, disjoint) at `width` columns.
    pub fn new(paras: Vec<Span>, width: usize) -> Flow {
        let rows = std::iter::repeat_with(OnceCell::new)
            .take(paras.len())
            .collect();
        Flow {
            width: width.max(1),
            paras,
            rows,
        }
    }

    /// The wrap width.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Number of paragraphs.
    pub fn len(&self) -> usize {
        self.paras.len()
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.paras.is_empty()
    }

    /// Changes the wrap width; wrapped paragraphs are forgotten. Returns whether it changed.
    pub fn set_width(&mut self, width: usize) -> bool {
        let width = width.max(1);
        if width == self.width {
            return false;
        }
        self.width = width;
        self.rows
            .iter_mut()
            .for_each(|cell| *cell = OnceCell::new());
        true
    }

    /// How many paragraphs are wrapped at the moment (for tests and measurements).
    pub fn wrapped(&self) -> usize {
        self.rows.iter().filter(|c| c.get().is_some()).count()
    }

    /// The rows of paragraph `i` (wrapped now if needed); empty for a bad index.
    pub fn rows(&self, text: &str, i: usize) -> &[Row] {
        match (self.rows.get(i), self.paras.get(i)) {
            (Some(cell), Some(&span)) => {
                cell.get_or_init(|| wrap::wrap(text, span, self.width).into_boxed_slice())
            }
            _ => &[],
        }
    }

    /// Screen lines of paragraph `i`: its rows plus the blank line, except after the last.
    fn lines_of(&self, text: &str, i: usize) -> usize {
        self.rows(text, i).len() + usize::from(i + 1 < self.paras.len())
    }

    /// The position `delta` lines from `pos`, stopping at the first and the last line.
    pub fn advance(&self, text: &str, pos: Pos, delta: isize) -> Pos {
        if self.paras.is_empty() {
            return Pos::default();
        }
        let mut pos = pos;
        let mut left = delta.unsigned_abs();
        if delta >= 0 {
            loop {
                let lines = self.lines_of(text, pos.para);
                let room = lines.saturating_sub(1).saturating_sub(pos.row);
                if left <= room {
                    pos.row += left;
                    return pos;
                }
                if pos.para + 1 >= self.paras.len() {
                    pos.row = lines.saturating_sub(1);
                    return pos;
                }
                left -= room + 1;
                pos = Pos {
                    para: pos.para + 1,
                    row: 0,
                };
            }
        }
        loop {
            if left <= pos.row {
                pos.row -= left;
                return pos;
            }
            if pos.para == 0 {
                return Pos::default();
            }
            left -= pos.row + 1;
            let para = pos.para - 1;
            pos = Pos {
                para,
                row: self.lines_of(text, para).saturating_sub(1),
            };
        }
    }

    /// The last line of the article.
    pub fn last(&self, text: &str) -> Pos {
        match self.paras.len() {
            0 => Pos::default(),
            n => Pos {
                para: n - 1,
                row: self.lines_of(text, n - 1).saturating_sub(1),
            },
        }
    }

    /// The top position that shows the last line at the bottom of `height` lines.
    pub fn last_top(&self, text: &str, height: usize) -> Pos {
        let height = isize::try_from(height.max(1)).unwrap_or(isize::MAX);
        self.advance(text, self.last(text), 1 - height)
    }

    /// `top` limited so the screen does not scroll past the end.
    pub fn clamp_top(&self, text: &str, top: Pos, height: usize) -> Pos {
        let top = Pos {
            para: top.para.min(self.paras.len().saturating_sub(1)),
            row: top.row,
        };
        let top = self.advance(text, top, 0);
        top.min(self.last_top(text, height))
    }

    /// The paragraph holding byte `byte`, or the next one when it falls between paragraphs.
    fn paragraph_of(&self, byte: usize) -> usize {
        self.paras
            .partition_point(|p| p.end <= byte)
            .min(self.paras.len().saturating_sub(1))
    }

    /// The position and column of byte `byte` (clamped into the paragraph holding it).
    pub fn locate(&self, text: &str, byte: usize) -> (Pos, usize) {
        if self.paras.is_empty() {
            return (Pos::default(), 0);
        }
        let para = self.paragraph_of(byte);
        let rows = self.rows(text, para);
        let row = rows.partition_point(|r| r.start <= byte).saturating_sub(1);
        let col = rows.get(row).map_or(0, |r| {
            let upto = byte.clamp(r.start, r.end);
            wrap::width(text.get(r.start..upto).unwrap_or(""))
        });
        (Pos { para, row }, col)
    }

    /// The first byte shown at `pos` (the paragraph's end for the blank line after it).
    pub fn byte_at(&self, text: &str, pos: Pos) -> usize {
        match self.rows(text, pos.para).get(pos.row) {
            Some(r) => r.start,
            None => self.paras.get(pos.para).map_or(0, |p| p.end),
        }
    }

    /// The line at `pos`.
    pub fn line(&self, text: &str, pos: Pos) -> Line {
        match self.rows(text, pos.para).get(pos.row) {
            Some(&row) => Line::Text {
                para: pos.para,
                row,
            },
            None => Line::Blank,
        }
    }

    /// Up to `n` lines from `top`.
    pub fn lines<'a>(
        &'a self,
        text: &'a str,
        top: Pos,
        n: usize,
    ) -> impl Iterator<Item = Line> + 'a {
        let last = self.last(text);
        let mut pos = Some(top).filter(|_| !self.paras.is_empty());
        std::iter::from_fn(move || {
            let here = pos?;
            pos = (here < last).then(|| self.advance(text, here, 1));
            Some(self.line(text, here))
        })
        .take(n)
    }

    /// The byte under display column `col` of `row`, if there is text there.
    pub fn byte_at_column(text: &str, row: Row, col: usize) -> Option<usize> {
        let mut x = 0;
        for (i, c) in text.get(row.start..row.end)?.char_indices() {
            let w = wrap::char_width(c);
            if col < x + w {
                return Some(row.start + i);
            }
            x += w;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "one two three four\n\nfive six\n\nseven eight nine ten eleven";

    fn flow(width: usize) -> Flow {
        let paras = vec![
            Span::new(0, 18),
            Span::new(20, 28),
            Span::new(30, TEXT.len()),
        ];
        Flow::new(paras, width)
    }

    #[test]
    fn positions_walk_rows_and_blank_lines() {
        let f = flow(9);
        // "one two" "three" "four" | blank | "five six" | blank | "seven" "eight" "nine ten" "eleven"
        assert_eq!(f.rows(TEXT, 0).len(), 3);
        let p = f.advance(TEXT, Pos::default(), 4);
        assert_eq!(p, Pos { para: 1, row: 0 });
        assert_eq!(f.advance(TEXT, p, -4), Pos::default());
        assert_eq!(f.advance(TEXT, p, -40), Pos::default());
        assert_eq!(f.advance(TEXT, p, 400), f.last(TEXT));
        assert_eq!(f.last(TEXT), Pos { para: 2, row: 3 });
        assert_eq!(f.last_top(TEXT, 4), Pos { para: 2, row: 0 });
        assert_eq!(f.clamp_top(TEXT, f.last(TEXT), 4), Pos { para: 2, row: 0 });
        let lines: Vec<Line> = f.lines(TEXT, Pos { para: 0, row: 2 }, 4).collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[1], Line::Blank);
        assert_eq!(f.lines(TEXT, f.last(TEXT), 10).count(), 1);
    }

    #[test]
    fn bytes_map_to_rows_and_columns() {
        let f = flow(9);
        let eight = TEXT.find("eight").unwrap();
        assert_eq!(f.locate(TEXT, eight), (Pos { para: 2, row: 1 }, 0));
        assert_eq!(f.locate(TEXT, eight + 2), (Pos { para: 2, row: 1 }, 2));
        assert_eq!(
            f.locate(TEXT, 19),
            (Pos { para: 1, row: 0 }, 0),
            "between paragraphs"
        );
        assert_eq!(f.byte_at(TEXT, Pos { para: 2, row: 1 }), eight);
        let Line::Text { row, .. } = f.line(TEXT, Pos { para: 2, row: 1 }) else {
            panic!("text line");
        };
        assert_eq!(Flow::byte_at_column(TEXT, row, 3), Some(eight + 3));
        assert_eq!(Flow::byte_at_column(TEXT, row, 5), None);
    }

    #[test]
    fn wrapping_is_lazy_and_forgotten_on_resize() {
        let mut f = flow(9);
        assert_eq!(f.wrapped(), 0);
        f.rows(TEXT, 1);
        assert_eq!(f.wrapped(), 1);
        assert!(!f.set_width(9));
        assert!(f.set_width(20));
        assert_eq!(f.wrapped(), 0);
        assert_eq!(f.rows(TEXT, 0).len(), 1);
    }
}
