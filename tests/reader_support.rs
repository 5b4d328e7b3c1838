//! Helpers shared by the reader tests (included with `#[path]`; as its own test target it
//! has no tests).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use byline::analysis::actors::ActorId;
use byline::analysis::analyze;
use byline::analysis::span::Span;
use byline::analysis::timeline::{TimelineEntry, TimexType};
use byline::app::input::{key_action, session_action};
use byline::app::keymap::Key;
use byline::app::state::{Effect, State};
use byline::app::{Action, Config, Session, Shell};
use byline::document::{Document, Input, LoadOptions, load};
use byline::layout::flow::Pos;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

/// The bundled sample as loaded by `byline` with no arguments.
pub fn sample() -> Document {
    load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document
}

/// A document from plain text.
pub fn document(text: &str) -> Document {
    byline::document::from_bytes(text.as_bytes(), "test.txt", None, LoadOptions::default())
        .unwrap()
        .document
}

/// An open article and the session's shell around it (the screen, the message, the help):
/// what the session lends the article's `update` and its views. Reads as the article's
/// state.
pub struct Reader {
    /// The article's state.
    pub state: State,
    /// The session's screen, message and help.
    pub shell: Shell,
}

impl std::ops::Deref for Reader {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}

impl std::ops::DerefMut for Reader {
    fn deref_mut(&mut self) -> &mut State {
        &mut self.state
    }
}

/// The reader for `doc` on a `w` × `h` screen, with the default config.
pub fn state_for(doc: Document, w: u16, h: u16, no_color: bool) -> Reader {
    let analysis = analyze(&doc.text, doc.published);
    Reader {
        state: State::new(doc, analysis, (w, h)),
        shell: Shell::new(Config::defaults(no_color).unwrap(), (w, h)),
    }
}

/// The sample's reader on a `w` × `h` screen.
pub fn sample_state(w: u16, h: u16) -> Reader {
    state_for(sample(), w, h, false)
}

/// The index of the actor called `name` in `state`'s analysis.
pub fn actor_index(state: &State, name: &str) -> usize {
    let actors = &state.analysis.actors;
    actors.iter().position(|a| a.name == name).unwrap()
}

/// Hand-built timeline entries for the sample (the extractor's output is not needed to
/// test the pane): "recent weeks" (no date), "Friday" with a label and three actors,
/// "In a single day" with an event.
pub fn timeline_entries(state: &State) -> Vec<TimelineEntry> {
    let text = state.text();
    let span = |needle: &str| {
        let start = text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    };
    let actor = |name: &str| ActorId::new(actor_index(state, name));
    let entry = |at: &str, value: Option<&str>| TimelineEntry {
        span: span(at),
        kind: TimexType::Date,
        value: value.map(str::to_owned),
        event: None,
        label: None,
        actors: Vec::new(),
    };
    vec![
        TimelineEntry {
            label: Some("Putin largely quiet on Iran".into()),
            actors: vec![actor("Vladimir Putin")],
            ..entry("recent weeks", Some("PAST_REF"))
        },
        TimelineEntry {
            label: Some("Putin holds calls with Pezeshkian and Netanyahu".into()),
            actors: ["Vladimir Putin", "Masoud Pezeshkian", "Benjamin Netanyahu"]
                .map(actor)
                .to_vec(),
            ..entry("Friday", Some("2026-01-16"))
        },
        TimelineEntry {
            event: Some(span(
                "the Kremlin attempted to cast itself as the steady hand",
            )),
            ..entry("In a single day", None)
        },
    ]
}

/// Applies `action` to the article as the session does; returns what the action asked of
/// the session.
pub fn update(reader: &mut Reader, action: Action) -> Option<Effect> {
    byline::app::update(&mut reader.state, &mut reader.shell, action)
}

/// Applies `actions` in order.
pub fn apply(state: &mut Reader, actions: &[Action]) {
    for a in actions.iter().cloned() {
        update(state, a);
    }
}

/// The key event a terminal sends for `key`.
pub fn event(key: Key) -> KeyEvent {
    let mut modifiers = key.modifiers;
    match key.code {
        KeyCode::Char(c) if c.is_ascii_uppercase() => modifiers |= KeyModifiers::SHIFT,
        KeyCode::BackTab => modifiers |= KeyModifiers::SHIFT,
        _ => {}
    }
    KeyEvent::new(key.code, modifiers)
}

/// Presses the key named `spec` (through the keymap, as the reader does); returns what the
/// key asked of the session.
pub fn press(state: &mut Reader, spec: &str) -> Option<Effect> {
    let key = Key::parse(spec).unwrap();
    let keymap = &state.shell.config.keymap;
    key_action(state, keymap, &event(key)).and_then(|a| update(state, a))
}

/// Presses the keys named `specs` in order; returns what the last one asked of the session.
pub fn keys(state: &mut Reader, specs: &[&str]) -> Option<Effect> {
    specs.iter().map(|s| press(state, s)).last().flatten()
}

/// The position `n` lines from `pos`.
pub fn lines_from(state: &State, pos: Pos, n: isize) -> Pos {
    state.flow.advance(state.text(), pos, n)
}

/// The screen row (0-based, within the article's text area) of byte `byte`.
pub fn row_of(state: &Reader, byte: usize) -> Option<usize> {
    let (pos, _) = state.flow.locate(state.text(), byte);
    (0..state.page_height(state.shell.screen))
        .find(|&i| lines_from(state, state.top, i as isize) == pos)
}

/// Renders `reader` into a fresh buffer of its screen size.
pub fn render(reader: &Reader) -> Buffer {
    let (w, h) = reader.shell.screen;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|frame| byline::ui::render(frame, &reader.state, &reader.shell))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer's text, one line per row, trailing spaces kept (rows are framed by `│`).
pub fn screen_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            let w = unicode_width::UnicodeWidthStr::width(symbol);
            skip = w.saturating_sub(1);
            line.push_str(if symbol.is_empty() { " " } else { symbol });
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn color_name(c: Color) -> String {
    match c {
        Color::Reset => String::new(),
        Color::Indexed(i) => format!("i{i}"),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        other => format!("{other:?}").to_lowercase(),
    }
}

/// A compact style of a cell: `fg/bg+mods`, empty for the default.
pub fn style_code(buf: &Buffer, x: u16, y: u16) -> String {
    let cell = &buf[(x, y)];
    let mut s = String::new();
    let (fg, bg) = (color_name(cell.fg), color_name(cell.bg));
    if !fg.is_empty() || !bg.is_empty() {
        s.push_str(&fg);
        if !bg.is_empty() {
            s.push('/');
            s.push_str(&bg);
        }
    }
    for (m, name) in [
        (Modifier::BOLD, "b"),
        (Modifier::ITALIC, "i"),
        (Modifier::UNDERLINED, "u"),
        (Modifier::REVERSED, "r"),
        (Modifier::DIM, "d"),
    ] {
        if cell.modifier.contains(m) {
            s.push('+');
            s.push_str(name);
        }
    }
    s
}

/// Runs of equal style inside `rows` between columns `x0..x1`: one line per run that is
/// not the default style, `row:col-col style "text"`.
pub fn style_runs(buf: &Buffer, rows: std::ops::Range<u16>, x0: u16, x1: u16) -> String {
    let mut out = String::new();
    for y in rows {
        let mut x = x0;
        while x < x1 {
            let code = style_code(buf, x, y);
            let start = x;
            let mut text = String::new();
            while x < x1 && style_code(buf, x, y) == code {
                text.push_str(buf[(x, y)].symbol());
                x += 1;
            }
            if !code.is_empty() {
                out.push_str(&format!(
                    "{y:>2}:{start:>3}-{:<3} {code:<18} {text:?}\n",
                    x - 1
                ));
            }
        }
    }
    out
}

/// A session on the fixture `name` (relative to the package, as `byline` would open it) on
/// a `w` × `h` screen, with the default config.
pub fn fixture_session(name: &str, w: u16, h: u16, no_color: bool) -> Session {
    let input = Input::Path(format!("tests/fixtures/{name}").into());
    let options = LoadOptions::default();
    let source = byline::document::open(&input, options).unwrap();
    let mut session = Session::new(source, Config::defaults(no_color).unwrap(), options, (w, h));
    settle(&mut session);
    session
}

/// Runs the session's background loads that need no network, as the event loop's threads
/// would, and hands their results back; loads that fetch stay queued for the test.
pub fn settle(session: &mut Session) {
    let effects = std::mem::take(&mut session.effects);
    for effect in effects {
        match effect {
            Effect::Load { ticket, job } if !job.fetches() => {
                let never = std::sync::atomic::AtomicBool::new(false);
                if let Some(result) = job.run(session.options, &never) {
                    session.update(Action::Loaded {
                        ticket,
                        result: result.map(Box::new).map_err(|e| e.to_string()),
                    });
                }
            }
            other => session.effects.push(other),
        }
    }
}

/// Presses the key named `spec` in `session` (through the keymap, as the reader does).
pub fn press_in(session: &mut Session, spec: &str) {
    let key = Key::parse(spec).unwrap();
    let ev = ratatui::crossterm::event::Event::Key(event(key));
    if let Some(a) = session_action(session, &ev) {
        session.update(a);
    }
    settle(session);
}

/// Renders `session` into a fresh buffer of its screen size.
pub fn render_session(session: &Session) -> Buffer {
    let (w, h) = session.shell.screen;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|frame| byline::ui::draw(frame, session))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// Applies `actions` to `session` in order.
pub fn apply_session(session: &mut Session, actions: &[Action]) {
    for a in actions.iter().cloned() {
        session.update(a);
        settle(session);
    }
}
