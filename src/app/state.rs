//! Everything the reader knows: the document and its analysis, and where the user is.

use ratatui::layout::Rect;

pub use super::effect::Effect;
use super::quotes::{QuoteView, quotes};
use super::said::SaidList;
use crate::analysis::Analysis;
use crate::analysis::actors::ActorId;
use crate::analysis::span::Span;
use crate::document::Document;
use crate::layout::flow::{Flow, Pos};
use crate::layout::{self, Flags, Panes};

/// The pane with the keyboard focus.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Focus {
    /// The article.
    #[default]
    Article,
    /// The actors list.
    Actors,
    /// The timeline list.
    Timeline,
}

/// A window of the article's over the rest of the screen (the help is the session's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The details of the focused quote.
    Quote,
    /// Who said what: every statement by speaker.
    Said,
    /// The article's links.
    Links,
}

/// A selection in a list and the first item shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    /// The selected item.
    pub selected: usize,
    /// The first item shown.
    pub offset: usize,
}

impl ListCursor {
    /// Moves the selection by `delta` within `len` items.
    pub fn step(&mut self, delta: isize, len: usize) {
        let last = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Scrolls so the selection (which takes `selected_rows` rows) fits in `height` rows.
    pub fn keep_visible(&mut self, len: usize, height: usize, selected_rows: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        let room = height
            .saturating_sub(selected_rows.saturating_sub(1))
            .max(1);
        if self.selected >= self.offset + room {
            self.offset = self.selected + 1 - room;
        }
        // A taller pane shows rows above rather than blank space below the last one.
        self.offset = self.offset.min(len.saturating_sub(room));
    }
}

/// The search: the query, its matches and which one is current.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// What is searched for.
    pub query: String,
    /// Whether the prompt is open.
    pub editing: bool,
    /// Matches, sorted (at most [`super::search::LIMIT`]).
    pub matches: Vec<Span>,
    /// The current match.
    pub current: Option<usize>,
    /// Where the article was when the search started.
    pub origin: Pos,
}

/// One mention in the article, for highlighting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Where it is.
    pub span: Span,
    /// Its actor.
    pub actor: ActorId,
}

/// An open article's state: the document, its analysis and where the user is in it. The
/// screen, the message and the help are the session's [`super::shell::Shell`], which
/// `update` and the views are given beside it. `update` changes it; views only borrow it.
#[derive(Debug)]
pub struct State {
    /// The article.
    pub document: Document,
    /// Its analysis (never recomputed).
    pub analysis: Analysis,
    /// Its quotes, sorted.
    pub quotes: Vec<QuoteView>,
    /// Every mention of every actor, sorted by position.
    pub marks: Vec<Mark>,
    /// The wrapped article.
    pub flow: Flow,
    /// The first line shown.
    pub top: Pos,
    /// The first byte the user scrolled to; resizes keep it on the top line.
    pub anchor: usize,
    /// The focused pane.
    pub focus: Focus,
    /// The overlay shown, if any.
    pub overlay: Option<Overlay>,
    /// What the user has shown or hidden.
    pub flags: Flags,
    /// The actors list.
    pub actors: ListCursor,
    /// The timeline list.
    pub timeline: ListCursor,
    /// The mention of the selected actor `}`/`{` moved to.
    pub mention: Option<usize>,
    /// The focused quote.
    pub quote: Option<usize>,
    /// The event clause Enter on a timeline entry jumped to, marked until the next action.
    pub event: Option<Span>,
    /// The link selected in the links list.
    pub link: usize,
    /// Whether `]`/`[` visit reported statements as well as quotes.
    pub reported: bool,
    /// The who-said-what list.
    pub said: SaidList,
    /// How many statements (quotes, quoted phrases and reported speech) each actor made: what
    /// the who-said-what list shows for them.
    pub statements: Vec<usize>,
    /// The search.
    pub search: Search,
    /// A count prefix being typed.
    pub count: Option<u32>,
    /// Whether the first paragraph is the headline.
    pub headline: bool,
}

impl State {
    /// The reader's state for `document` and its `analysis`, on a `size` (columns, rows)
    /// screen.
    pub fn new(mut document: Document, analysis: Analysis, size: (u16, u16)) -> State {
        // Drawing finds a row's links by position.
        document.links.sort_by_key(|l| (l.span.start, l.span.end));
        let quotes = quotes(&analysis);
        let mut statements = vec![0; analysis.actors.len()];
        for q in &quotes {
            if let Some(n) = q.speaker.and_then(|s| statements.get_mut(s.index())) {
                *n += 1;
            }
        }
        let mut marks: Vec<Mark> = analysis
            .actors
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                a.mentions.iter().map(move |m| Mark {
                    span: m.span,
                    actor: ActorId::new(i),
                })
            })
            .collect();
        marks.sort_unstable_by_key(|m| (m.span.start, m.span.end));
        let paras = analysis.segments.paragraphs.clone();
        let headline = match (paras.first(), document.title.as_deref()) {
            (Some(p), Some(title)) => p.text(&document.text).trim() == title.trim(),
            _ => false,
        };
        let mut state = State {
            document,
            analysis,
            quotes,
            marks,
            flow: Flow::new(paras, 80),
            top: Pos::default(),
            anchor: 0,
            focus: Focus::Article,
            overlay: None,
            flags: Flags {
                sidebar_wide: true,
                sidebar_overlay: false,
                timeline: true,
            },
            actors: ListCursor::default(),
            timeline: ListCursor::default(),
            mention: None,
            quote: None,
            event: None,
            link: 0,
            reported: true,
            said: SaidList::default(),
            statements,
            search: Search::default(),
            count: None,
            headline,
        };
        state.sync(size);
        state
    }

    /// Whether Esc has nothing of the article's to close: no overlay, count, search, list
    /// focus, focused quote or mention (the help is the session's to check).
    pub fn at_rest(&self) -> bool {
        self.overlay.is_none()
            && self.count.is_none()
            && !self.search.editing
            && self.search.query.is_empty()
            && self.search.matches.is_empty()
            && self.focus == Focus::Article
            && self.quote.is_none()
            && self.mention.is_none()
    }

    /// The article text.
    pub fn text(&self) -> &str {
        &self.document.text
    }

    /// The panes of a `screen` (columns, rows) as they are now.
    pub fn panes(&self, screen: (u16, u16)) -> Panes {
        let area = Rect::new(0, 0, screen.0, screen.1);
        let mut flags = self.flags;
        // A focused sidebar pane is always shown (beside the article or over it).
        let sidebar_focused = self.focus != Focus::Article;
        flags.sidebar_wide |= sidebar_focused;
        flags.sidebar_overlay |= sidebar_focused;
        layout::panes(area, flags)
    }

    /// Rows of article text on `screen`.
    pub fn page_height(&self, screen: (u16, u16)) -> usize {
        usize::from(self.panes(screen).text.height).max(1)
    }

    /// The selected actor, if there are actors.
    pub fn selected_actor(&self) -> Option<ActorId> {
        (!self.analysis.actors.is_empty()).then_some(ActorId::new(self.actors.selected))
    }

    /// The first byte on screen.
    pub fn top_byte(&self) -> usize {
        self.flow.byte_at(self.text(), self.top)
    }

    /// Whether the last line of the article is on `screen`.
    pub fn at_end(&self, screen: (u16, u16)) -> bool {
        let text = self.text();
        self.flow
            .advance(text, self.top, self.page_height(screen) as isize - 1)
            == self.flow.last(text)
    }

    /// How far through the article `screen` is, 0–100.
    pub fn percent(&self, screen: (u16, u16)) -> usize {
        if self.at_end(screen) {
            return 100;
        }
        let len = self.text().len().max(1);
        self.top_byte().saturating_mul(100) / len
    }

    /// Makes the layout match `screen`: wrap width (keeping the first line's text on
    /// screen), scroll limits and list offsets. Called after every action.
    pub fn sync(&mut self, screen: (u16, u16)) {
        let panes = self.panes(screen);
        let width = panes.wrap_width();
        if width != self.flow.width() {
            self.flow.set_width(width);
            self.top = self.flow.locate(&self.document.text, self.anchor).0;
        }
        let height = usize::from(panes.text.height).max(1);
        self.top = self.flow.clamp_top(&self.document.text, self.top, height);
        if self.focus == Focus::Timeline && (!self.flags.timeline || panes.timeline.is_none()) {
            self.focus = Focus::Actors;
        }
        let rows = |area: Option<Rect>| area.map_or(1, |a| usize::from(a.height.saturating_sub(2)));
        let actor_rows = self
            .selected_actor()
            .map_or(1, |a| self.actor_rows(a.index()));
        self.actors
            .keep_visible(self.analysis.actors.len(), rows(panes.actors), actor_rows);
        let timeline_width = panes
            .timeline
            .map_or(0, |a| usize::from(a.width.saturating_sub(2)));
        let event_rows = self.event_rows(self.timeline.selected, timeline_width);
        self.timeline.keep_visible(
            self.analysis.timeline.len(),
            rows(panes.timeline),
            event_rows,
        );
    }

    /// Scrolls so the line holding byte `byte` is the first on screen (where reading
    /// stopped last time) of `screen`.
    pub fn resume_at(&mut self, byte: usize, screen: (u16, u16)) {
        let (pos, _) = self.flow.locate(&self.document.text, byte);
        self.top = self
            .flow
            .clamp_top(&self.document.text, pos, self.page_height(screen));
        self.anchor = byte;
    }

    /// Scrolls so byte `byte` is on the line about a third from the top of `screen`.
    pub fn scroll_to_third(&mut self, byte: usize, screen: (u16, u16)) {
        let height = self.page_height(screen);
        let (pos, _) = self.flow.locate(&self.document.text, byte);
        let up = isize::try_from(height / 3).unwrap_or(0);
        let top = self.flow.advance(&self.document.text, pos, -up);
        self.top = self.flow.clamp_top(&self.document.text, top, height);
    }

    /// Scrolls, if needed, so byte `byte` is on `screen` (at a third from the top if it was
    /// not).
    pub fn reveal(&mut self, byte: usize, screen: (u16, u16)) {
        let text = &self.document.text;
        let (pos, _) = self.flow.locate(text, byte);
        let bottom = self
            .flow
            .advance(text, self.top, self.page_height(screen) as isize - 1);
        if pos < self.top || pos > bottom {
            self.scroll_to_third(byte, screen);
        }
    }

    /// Scrolls the article on `screen` by `lines` (negative: up).
    pub fn scroll(&mut self, lines: isize, screen: (u16, u16)) {
        let height = self.page_height(screen);
        let top = self.flow.advance(&self.document.text, self.top, lines);
        self.top = self.flow.clamp_top(&self.document.text, top, height);
    }
}

#[cfg(test)]
mod tests;
