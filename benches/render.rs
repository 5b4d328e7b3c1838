//! Reader benchmarks: one frame of the sample at 120×40; a keypress (scroll, `]`) and its
//! frame on a 10 MB article; load + analyse + first frame of the sample.
//!
//! Before the timed benches, the real binary runs in a pseudo-terminal (see [`process`]):
//! the time from process start to its first frame, and its peak memory on a 10 MB article.
//!
//! Run with `cargo bench --bench render`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use byline::analysis::Analysis;
use byline::analysis::analyze;
use byline::app::state::State;
use byline::app::{Action, Config, Shell, update};
use byline::document::Document;
use byline::document::{Input, LoadOptions, from_bytes, load};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    process::report(env!("CARGO_BIN_EXE_byline"), &big_text());
    divan::main();
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).unwrap()
}

/// An open article and the session's shell around it, as the reader holds them.
struct Reader {
    state: State,
    shell: Shell,
}

impl Reader {
    fn new(doc: Document, analysis: Analysis, size: (u16, u16)) -> Reader {
        Reader {
            state: State::new(doc, analysis, size),
            shell: Shell::new(Config::defaults(false).unwrap(), size),
        }
    }

    /// Applies `action` as the session does.
    fn update(&mut self, action: Action) {
        update(&mut self.state, &mut self.shell, action);
    }
}

fn draw(terminal: &mut Terminal<TestBackend>, reader: &Reader) {
    terminal
        .draw(|frame| byline::ui::render(frame, &reader.state, &reader.shell))
        .unwrap();
}

fn sample_state(w: u16, h: u16) -> Reader {
    let doc = load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document;
    let analysis = analyze(&doc.text, doc.published);
    Reader::new(doc, analysis, (w, h))
}

/// The sample article repeated to 10 MiB, paragraphs kept.
fn big_text() -> String {
    let seed = load(&Input::Sample, LoadOptions::default())
        .unwrap()
        .document
        .text;
    let mut text = String::with_capacity((10 << 20) + seed.len() + 2);
    while text.len() < 10 << 20 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    text
}

/// The reader's state for [`big_text`] at 120×40 (built once, outside the timed part).
fn big_state() -> Reader {
    let text = big_text();
    let doc = from_bytes(text.as_bytes(), "big.txt", None, LoadOptions::default())
        .unwrap()
        .document;
    let analysis = analyze(&doc.text, doc.published);
    Reader::new(doc, analysis, (120, 40))
}

/// One frame of the sample at 120×40, with a quote focused and an actor selected.
#[divan::bench]
fn frame_sample_120x40(bencher: Bencher) {
    let mut state = sample_state(120, 40);
    state.update(Action::NextQuote);
    state.update(Action::NextMention);
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
        state.update(Action::Down);
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
        if state.state.at_end(state.shell.screen) {
            state.update(Action::Top);
        }
        state.update(Action::PageDown);
        draw(&mut term, &state);
    });
}

/// `]` on a 10 MB article (new paragraphs are wrapped on the way), and its frame.
#[divan::bench]
fn keypress_next_quote_10mb(bencher: Bencher) {
    let mut state = big_state();
    assert!(state.state.quotes.len() > 1000);
    let mut term = terminal(120, 40);
    draw(&mut term, &state);
    bencher.bench_local(|| {
        state.update(Action::NextQuote);
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
        state.update(Action::Resize(w, h));
        state.update(Action::Bottom);
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

/// The real binary in a pseudo-terminal (util-linux `script`, sized 120×40 with `stty`):
/// the time from spawning it to its first complete frame, and its peak resident memory
/// (`VmHWM`) after a few keys on a 10 MiB article.
mod process {
    use std::io::{Read, Write};
    use std::process::{Child, Command, Stdio};
    use std::sync::mpsc::{Receiver, channel};
    use std::time::{Duration, Instant};

    /// The status line's last words: drawn last, so the frame is complete.
    const FRAME_DONE: &str = "? help";
    const TIMEOUT: Duration = Duration::from_secs(30);

    /// A program running in a pseudo-terminal, its output collected as it comes.
    struct Pty {
        child: Child,
        output: Receiver<Vec<u8>>,
        seen: Vec<u8>,
        started: Instant,
    }

    impl Pty {
        /// Spawns `script` running `command` after sizing its terminal.
        fn spawn(command: &str) -> Option<Pty> {
            let inner = format!("stty rows 40 cols 120; exec {command}");
            let started = Instant::now();
            let mut child = Command::new("script")
                .args(["-q", "-e", "-c", &inner, "/dev/null"])
                .env("TERM", "xterm-256color")
                .env("XDG_CONFIG_HOME", "/nonexistent")
                .env_remove("NO_COLOR")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            let mut stdout = child.stdout.take()?;
            let (tx, output) = channel();
            std::thread::spawn(move || {
                let mut buf = [0u8; 1 << 16];
                while let Ok(n @ 1..) = stdout.read(&mut buf) {
                    if tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            });
            Some(Pty {
                child,
                output,
                seen: Vec::new(),
                started,
            })
        }

        /// Waits until the output after byte `from` shows `text`; the time since the spawn.
        fn wait_for(&mut self, text: &str, from: usize) -> Option<Duration> {
            let deadline = Instant::now() + TIMEOUT;
            loop {
                let tail = self.seen.get(from..).unwrap_or(&[]);
                if tail.windows(text.len()).any(|w| w == text.as_bytes()) {
                    return Some(self.started.elapsed());
                }
                let left = deadline.checked_duration_since(Instant::now())?;
                self.seen.extend(self.output.recv_timeout(left).ok()?);
            }
        }

        /// Types `keys` and waits for the frame they produce: new output, then 100 ms
        /// without any (a redraw sends only the cells that changed, so no fixed text can
        /// be waited for).
        fn press(&mut self, keys: &str) -> Option<()> {
            let from = self.seen.len();
            let stdin = self.child.stdin.as_mut()?;
            stdin.write_all(keys.as_bytes()).ok()?;
            stdin.flush().ok()?;
            self.seen.extend(self.output.recv_timeout(TIMEOUT).ok()?);
            while let Ok(more) = self.output.recv_timeout(Duration::from_millis(100)) {
                self.seen.extend(more);
            }
            (self.seen.len() > from).then_some(())
        }

        /// The peak resident memory of the reader (the child `script` ran), in KiB.
        fn peak_kib(&self) -> Option<u64> {
            let pid = self.child.id();
            let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"));
            let reader = children.ok()?.split_whitespace().next()?.to_owned();
            let status = std::fs::read_to_string(format!("/proc/{reader}/status")).ok()?;
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        }

        /// `q`, and the exit status.
        fn quit(mut self) -> Option<i32> {
            let _ = self.press("q");
            let deadline = Instant::now() + TIMEOUT;
            loop {
                if let Some(status) = self.child.try_wait().ok()? {
                    return status.code();
                }
                if Instant::now() > deadline {
                    let _ = self.child.kill();
                    return None;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    fn ms(d: Duration) -> String {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    }

    /// The median and the fastest of `runs` starts of `command` up to its first frame.
    fn first_frames(command: &str, done: &str, runs: usize) -> Option<(Duration, Duration)> {
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let mut pty = Pty::spawn(command)?;
            times.push(pty.wait_for(done, 0)?);
            pty.quit();
        }
        times.sort();
        Some((times[times.len() / 2], times[0]))
    }

    /// Prints the figures (or why they could not be taken).
    pub fn report(bin: &str, big_text: &str) {
        println!("process figures ({bin}, in a 120x40 pseudo-terminal):");
        if let Err(e) = measure(bin, big_text) {
            println!("  not measured: {e}");
        }
        println!();
    }

    fn measure(bin: &str, big_text: &str) -> Result<(), String> {
        // The harness alone: `script`, a shell and `stty`, then a program printing the marker.
        let baseline = first_frames(&format!("printf '{FRAME_DONE}'"), FRAME_DONE, 10)
            .ok_or("`script` (util-linux) did not run")?;
        let sample = first_frames(bin, FRAME_DONE, 20).ok_or("the reader did not draw")?;
        println!(
            "  start -> first frame, sample:  median {}, best {} (harness alone: median {})",
            ms(sample.0),
            ms(sample.1),
            ms(baseline.0)
        );
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = dir.path().join("big.txt");
        std::fs::write(&path, big_text).map_err(|e| e.to_string())?;
        let command = format!("{bin} '{}'", path.display());
        let mut pty = Pty::spawn(&command).ok_or("`script` did not run")?;
        let first = pty.wait_for(FRAME_DONE, 0).ok_or("no first frame")?;
        for key in ["G", "]", "k"] {
            pty.press(key).ok_or(format!("no frame after {key}"))?;
        }
        let peak = pty.peak_kib().ok_or("no /proc status for the reader")?;
        let status = pty.quit();
        let input_mib = big_text.len() as f64 / f64::from(1 << 20);
        let peak_mib = peak as f64 / 1024.0;
        println!(
            "  start -> first frame, {input_mib:.1} MiB: {} (load, analyse, lay out, draw)",
            ms(first)
        );
        println!(
            "  peak memory, {input_mib:.1} MiB after G ] k: {peak_mib:.1} MiB = {:.2}x input \
             (bar: 4x input + 30 MiB = {:.1} MiB); exit status {status:?}",
            peak_mib / input_mib,
            4.0 * input_mib + 30.0
        );
        Ok(())
    }
}
