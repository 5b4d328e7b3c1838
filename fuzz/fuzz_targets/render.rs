//! Arbitrary text in the reader: a `State` for the article, rendered to ratatui's
//! `TestBackend` (as `tests/reader_support.rs` does), then a few actions (quotes, mentions,
//! scrolling, focus, search, resizes, the mouse, overlays), each followed by a frame.
//!
//! Input: width byte (`1 + b % 200` columns), height byte (`1 + b % 60` rows), a flags
//! byte (low 4 bits: how many action bytes follow; bit 6: use the text as it is rather than
//! through the plain-text loader; bit 7: `NO_COLOR`), the action bytes, then the text.
#![no_main]

use std::sync::OnceLock;

use byline::analysis::analyze;
use byline::app::state::State;
use byline::app::{Action, Config, Shell, update};
use byline::document::{Document, LoadOptions, from_bytes};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fuzz_target!(|data: &[u8]| {
    let [w, h, flags, rest @ ..] = data else {
        return;
    };
    let size = (1 + u16::from(*w) % 200, 1 + u16::from(*h) % 60);
    let (actions, text) = rest.split_at(usize::from(flags & 0x0f).min(rest.len()));
    let text = String::from_utf8_lossy(text).into_owned();
    let raw = |text: String| Document {
        title: None,
        byline: None,
        published: None,
        source: None,
        text,
        links: Vec::new(),
    };
    let document = if flags & 0x40 != 0 {
        raw(text)
    } else {
        match from_bytes(text.as_bytes(), "fuzz.txt", None, LoadOptions::default()) {
            Ok(loaded) => loaded.document,
            Err(_) => raw(text),
        }
    };
    let analysis = analyze(&document.text, document.published);
    let mut state = State::new(document, analysis, size);
    let mut shell = Shell::new(config(flags & 0x80 != 0), size);
    draw(&state, &shell);
    for &b in actions {
        // The effect (a clipboard copy, quitting) is for the event loop; nothing here runs it.
        let _ = update(&mut state, &mut shell, action(b));
        draw(&state, &shell);
    }
});

fn config(no_color: bool) -> Config {
    static CONFIGS: OnceLock<[Config; 2]> = OnceLock::new();
    let configs = CONFIGS.get_or_init(|| {
        [false, true].map(|nc| Config::defaults(nc).expect("the default config loads"))
    });
    configs[usize::from(no_color)].clone()
}

/// One frame of `state` at the shell's screen size.
fn draw(state: &State, shell: &Shell) {
    let (w, h) = shell.screen;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|frame| byline::ui::render(frame, state, shell))
        .expect("drawing to a test backend");
}

/// The action a byte names: the low 5 bits pick the action, the high 3 its argument.
fn action(b: u8) -> Action {
    const SIZES: [(u16, u16); 8] = [
        (1, 1),
        (20, 5),
        (40, 12),
        (60, 3),
        (80, 24),
        (100, 30),
        (120, 40),
        (200, 60),
    ];
    const CHARS: [char; 8] = ['a', 'e', 'P', 'u', ' ', '“', 'é', '.'];
    let arg = b >> 5;
    match b & 0x1f {
        0 => Action::NextQuote,
        1 => Action::PrevQuote,
        2 => Action::NextMention,
        3 => Action::PrevMention,
        4 => Action::Down,
        5 => Action::Up,
        6 => Action::HalfPageDown,
        7 => Action::HalfPageUp,
        8 => Action::PageDown,
        9 => Action::PageUp,
        10 => Action::Top,
        11 => Action::Bottom,
        12 => Action::FocusNext,
        13 => Action::FocusPrev,
        14 => Action::Activate,
        15 => Action::Copy,
        16 => Action::Help,
        17 => Action::Close,
        18 => Action::ToggleSidebar,
        19 => Action::ToggleTimeline,
        20 => Action::Count(arg + 2),
        21 => Action::Search,
        22 => Action::SearchInput(CHARS[usize::from(arg)]),
        23 => Action::SearchBackspace,
        24 => Action::SearchCommit,
        25 => Action::SearchCancel,
        26 => Action::SearchNext,
        27 => Action::SearchPrev,
        28 => {
            let (w, h) = SIZES[usize::from(arg)];
            Action::Resize(w, h)
        }
        29 => Action::Wheel {
            column: u16::from(arg) * 25,
            row: u16::from(arg) * 7,
            down: arg & 1 == 0,
        },
        30 => Action::Click {
            column: u16::from(arg) * 25 + 3,
            row: u16::from(arg) * 7 + 2,
        },
        _ => Action::Tick,
    }
}
