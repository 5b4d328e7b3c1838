//! Whole-frame rendering at every awkward size, with every overlay: nothing panics and
//! nothing is drawn outside the screen.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::*;
use crate::analysis::analyze;
use crate::app::{Action, Config, Shell, update};
use crate::document::{Input, LoadOptions, load};

#[test]
fn every_size_and_overlay_renders() {
    let doc = load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document;
    let analysis = analyze(&doc.text, doc.published);
    let mut shell = Shell::new(Config::defaults(false).unwrap(), (120, 40));
    let mut state = State::new(doc, analysis, shell.screen);
    let setups: [&[Action]; 5] = [
        &[],
        &[Action::Help, Action::Bottom],
        &[Action::NextQuote, Action::Activate],
        &[Action::FocusNext, Action::FocusNext, Action::Down],
        &[Action::Search, Action::SearchInput('p'), Action::Bottom],
    ];
    for w in [0, 1, 2, 3, 5, 10, 30, 59, 60, 61, 99, 100, 101, 250] {
        for h in [0, 1, 2, 3, 4, 8, 15, 16, 17, 24] {
            for actions in setups {
                update(&mut state, &mut shell, Action::Close);
                update(&mut state, &mut shell, Action::Close);
                update(&mut state, &mut shell, Action::Close);
                update(&mut state, &mut shell, Action::Resize(w, h));
                for a in actions.iter().cloned() {
                    update(&mut state, &mut shell, a);
                }
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                terminal
                    .draw(|frame| render(frame, &state, &shell))
                    .unwrap();
            }
        }
    }
}
