//! Reader benchmarks: one frame of the sample at 120×40; a keypress (scroll, `]`) and its
//! frame on a 10 MB article; load + analyse + first frame of the sample.
//!
//! Run with `cargo bench --bench render`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use byline::analysis::analyze;
use byline::app::state::State;
use byline::app::{Action, Config, update};
use byline::document::{Input, LoadOptions, from_bytes, load};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).unwrap()
}

fn draw(terminal: &mut Terminal<TestBackend>, state: &State) {
    terminal
        .draw(|frame| byline::ui::render(frame, state))
        .unwrap();
}

fn sample_state(w: u16, h: u16) -> State {
    let doc = load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document;
    let analysis = analyze(&doc.text, doc.published);
    State::new(doc, analysis, Config::defaults(false).unwrap(), (w, h))
}

/// The seed articles repeated to 10 MB, paragraphs kept.
fn big_state() -> State {
    let seed = load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document
        .text;
    let mut text = String::with_capacity(10 << 20);
    while text.len() < 10 << 20 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    let doc = from_bytes(text.as_bytes(), "big.txt", None, LoadOptions::default())
        .unwrap()
        .document;
    let analysis = analyze(&doc.text, doc.published);
    State::new(doc, analysis, Config::defaults(false).unwrap(), (120, 40))
}

/// One frame of the sample at 120×40, with a quote focused and an actor selected.
#[divan::bench]
fn frame_sample_120x40(bencher: Bencher) {
    let mut state = sample_state(120, 40);
    update(&mut state, Action::NextQuote);
    update(&mut state, Action::NextMention);
    let mut term = terminal(120, 40);
    draw(&mut term, &state);
    bencher.bench_local(|| draw(&mut term, black_box(&state)));
}

/// `j` on a 10 MB article, and the frame it produces.
#[divan::bench]
fn keypress_scroll_10mb(bencher: Bencher) {
    let mut state = big_state();
    let mut term = terminal(120, 40);
    draw(&mut term, &state);
    bencher.bench_local(|| {
        update(&mut state, Action::Down);
        draw(&mut term, &state);
    });
}

/// `Space` (a page) on a 10 MB article, and the frame it produces.
#[divan::bench]
fn keypress_page_10mb(bencher: Bencher) {
    let mut state = big_state();
    let mut term = terminal(120, 40);
    draw(&mut term, &state);
    bencher.bench_local(|| {
        if state.at_end() {
            update(&mut state, Action::Top);
        }
        update(&mut state, Action::PageDown);
        draw(&mut term, &state);
    });
}

/// `]` on a 10 MB article (new paragraphs are wrapped on the way), and its frame.
#[divan::bench]
fn keypress_next_quote_10mb(bencher: Bencher) {
    let mut state = big_state();
    assert!(state.quotes.len() > 1000);
    let mut term = terminal(120, 40);
    draw(&mut term, &state);
    bencher.bench_local(|| {
        update(&mut state, Action::NextQuote);
        draw(&mut term, &state);
    });
}

/// `G` then a resize on a 10 MB article: the layout is rebuilt lazily, not for the whole text.
#[divan::bench]
fn keypress_end_and_resize_10mb(bencher: Bencher) {
    let mut state = big_state();
    let mut term = terminal(120, 40);
    let mut wide = false;
    bencher.bench_local(|| {
        wide = !wide;
        let (w, h) = if wide { (120, 40) } else { (100, 30) };
        update(&mut state, Action::Resize(w, h));
        update(&mut state, Action::Bottom);
        term.resize(ratatui::layout::Rect::new(0, 0, w, h)).unwrap();
        draw(&mut term, &state);
    });
}

/// Load, analyse and draw the first frame of the bundled sample (startup minus process
/// creation and terminal setup).
#[divan::bench]
fn startup_sample_first_frame(bencher: Bencher) {
    bencher.bench_local(|| {
        let state = sample_state(120, 40);
        let mut term = terminal(120, 40);
        draw(&mut term, &state);
        state
    });
}
