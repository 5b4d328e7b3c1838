//! Where everything goes: the breakpoints, the panes, and the article's wrapped layout.
//!
//! - ≥ 100 columns (and ≥ 16 rows): header, article, a sidebar at about a third of the width
//!   (Actors above Timeline), status line.
//! - 60–99 columns: the sidebar becomes an overlay on the right, toggled with `s` (and shown
//!   while one of its panes has the focus).
//! - < 60 columns or < 16 rows: the article alone with the status line (the sidebar can
//!   still be overlaid, full width).

pub mod flow;
pub mod wrap;

use ratatui::layout::{Margin, Rect};

/// A pane's one-cell border, for [`Rect::inner`].
pub const BORDER: Margin = Margin::new(1, 1);

/// Columns from which the sidebar sits beside the article.
pub const WIDE: u16 = 100;
/// Columns from which the header and pane borders are shown.
pub const MEDIUM: u16 = 60;
/// Rows below which only the article and the status line are shown.
pub const MIN_ROWS: u16 = 16;
/// The article never wraps wider than this.
pub const MAX_TEXT_WIDTH: u16 = 100;
/// The widest the sidebar gets.
const MAX_SIDEBAR: u16 = 48;

/// The breakpoint a screen falls in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    /// Sidebar beside the article.
    #[default]
    Wide,
    /// Sidebar as an overlay.
    Medium,
    /// The article alone.
    Narrow,
}

impl Mode {
    /// The mode of a `width` × `height` screen.
    pub fn of(width: u16, height: u16) -> Mode {
        if height < MIN_ROWS || width < MEDIUM {
            Mode::Narrow
        } else if width < WIDE {
            Mode::Medium
        } else {
            Mode::Wide
        }
    }
}

/// What the user has shown or hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flags {
    /// The sidebar, in the wide mode.
    pub sidebar_wide: bool,
    /// The sidebar overlay, in the medium and narrow modes.
    pub sidebar_overlay: bool,
    /// The timeline pane inside the sidebar.
    pub timeline: bool,
}

/// The screen's areas.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    /// The breakpoint.
    pub mode: Mode,
    /// The header line, when shown.
    pub header: Option<Rect>,
    /// The article pane (with its border when `bordered`).
    pub article: Rect,
    /// Whether the article pane has a border.
    pub bordered: bool,
    /// The gutter column left of the text (the focused-quote marker).
    pub gutter: Rect,
    /// Where the article's rows are drawn.
    pub text: Rect,
    /// The sidebar, when shown (over the article in the medium and narrow modes).
    pub sidebar: Option<Rect>,
    /// The actors pane, when shown.
    pub actors: Option<Rect>,
    /// The timeline pane, when shown.
    pub timeline: Option<Rect>,
    /// The status line.
    pub status: Rect,
}

impl Panes {
    /// The width the article wraps to.
    pub fn wrap_width(&self) -> usize {
        usize::from(self.text.width.clamp(1, MAX_TEXT_WIDTH))
    }
}

/// Lays out a screen of `area` with the sidebar `shown` (its meaning depends on the mode).
pub fn panes(area: Rect, flags: Flags) -> Panes {
    let mode = Mode::of(area.width, area.height);
    let status = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    let (header, body) = if mode == Mode::Narrow {
        (
            None,
            Rect {
                height: area.height.saturating_sub(1),
                ..area
            },
        )
    } else {
        let header = Rect { height: 1, ..area };
        let body = Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(2),
            ..area
        };
        (Some(header), body)
    };
    let (article, sidebar) = match mode {
        Mode::Wide if flags.sidebar_wide => {
            let side = (area.width / 3).min(MAX_SIDEBAR);
            let article = Rect {
                width: body.width - side,
                ..body
            };
            let sidebar = Rect {
                x: article.right(),
                width: side,
                ..body
            };
            (article, Some(sidebar))
        }
        Mode::Wide => (body, None),
        Mode::Medium if flags.sidebar_overlay => {
            let side = (body.width * 2 / 5).clamp(30, 44);
            let sidebar = Rect {
                x: body.right() - side,
                width: side,
                ..body
            };
            (body, Some(sidebar))
        }
        Mode::Narrow if flags.sidebar_overlay => (body, Some(body)),
        Mode::Medium | Mode::Narrow => (body, None),
    };
    let bordered = mode != Mode::Narrow;
    let inner = if bordered {
        article.inner(BORDER)
    } else {
        article
    };
    let gutter = Rect {
        width: inner.width.min(1),
        ..inner
    };
    let text = Rect {
        x: inner.x + gutter.width,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let (actors, timeline) = match sidebar {
        Some(side) if flags.timeline && side.height >= 8 => {
            let top = side.height * 11 / 20;
            let actors = Rect {
                height: top,
                ..side
            };
            let timeline = Rect {
                y: side.y + top,
                height: side.height - top,
                ..side
            };
            (Some(actors), Some(timeline))
        }
        Some(side) => (Some(side), None),
        None => (None, None),
    };
    Panes {
        mode,
        header,
        article,
        bordered,
        gutter,
        text,
        sidebar,
        actors,
        timeline,
        status,
    }
}

/// A `width` × `height` rectangle centred in `area` (clipped to it), an odd row or column
/// of space going below or right (ratatui's `Rect::centered` puts it above, which would move
/// every popup).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The item shown on screen row `row` of the bordered list pane `area`, whose items `items`
/// (the first one at the top) take `rows_of(item)` rows each.
pub fn list_item_at(
    area: Rect,
    row: u16,
    items: std::ops::Range<usize>,
    rows_of: impl Fn(usize) -> usize,
) -> Option<usize> {
    let inner = area.inner(BORDER);
    if !(inner.y..inner.bottom()).contains(&row) {
        return None;
    }
    let (row, bottom) = (usize::from(row), usize::from(inner.bottom()));
    let mut y = usize::from(inner.y);
    for i in items {
        if y >= bottom {
            break;
        }
        let h = rows_of(i);
        if (y..y + h).contains(&row) {
            return Some(i);
        }
        y += h;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: Flags = Flags {
        sidebar_wide: true,
        sidebar_overlay: false,
        timeline: true,
    };

    #[test]
    fn breakpoints() {
        let p = panes(Rect::new(0, 0, 120, 40), ALL);
        assert_eq!(p.mode, Mode::Wide);
        assert_eq!(p.sidebar.map(|s| s.width), Some(40));
        assert_eq!(p.article.width, 80);
        assert_eq!(p.text.width, 76);
        assert!(p.actors.is_some() && p.timeline.is_some());
        assert_eq!(p.status.y, 39);
        let p = panes(Rect::new(0, 0, 300, 40), ALL);
        assert_eq!(p.sidebar.map(|s| s.width), Some(MAX_SIDEBAR));
        assert_eq!(p.wrap_width(), 100);
        let p = panes(Rect::new(0, 0, 80, 24), ALL);
        assert_eq!((p.mode, p.sidebar), (Mode::Medium, None));
        let p = panes(
            Rect::new(0, 0, 80, 24),
            Flags {
                sidebar_overlay: true,
                ..ALL
            },
        );
        assert_eq!(p.sidebar.map(|s| s.right()), Some(80));
        let p = panes(Rect::new(0, 0, 50, 20), ALL);
        assert_eq!((p.mode, p.header, p.bordered), (Mode::Narrow, None, false));
        assert_eq!((p.text.x, p.text.width, p.text.height), (1, 48, 19));
        assert_eq!(Mode::of(120, 15), Mode::Narrow);
        let tiny = panes(Rect::new(0, 0, 1, 1), ALL);
        assert_eq!(tiny.text.width, 0);
    }
}
