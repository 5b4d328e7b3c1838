//! The full-screen reader: terminal setup and teardown, the event loop, the panic hook and
//! signal handling. Everything else lives in [`crate::app`] (state and update) and
//! [`crate::ui`] (views).
//!
//! The terminal is restored on quit, on error (a guard's `Drop`), on panic (a hook that
//! restores before the message is printed) and on SIGTERM/SIGINT/SIGHUP/SIGQUIT (the loop polls a
//! flag the handlers set).

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Once, mpsc};
use std::time::Duration;

use base64::Engine as _;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::app::input::session_action;
use crate::app::list::Job;
use crate::app::state::Effect;
use crate::app::{Action, Config, Session};
use crate::document::{Input, LoadOptions, Source, open};
use crate::output::terminal::{diagnostic, escape_controls};
use crate::store::{Store, StoreError};
use crate::theme::no_color_requested;
use crate::ui;

/// Exit status for inputs or configs that could not be loaded.
const EXIT_BAD_INPUT: u8 = 2;

/// How the reader ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A signal (its number) asked the reader to stop.
    Signal(i32),
    /// The one article could not be loaded (the message says why).
    Failed(String),
}

/// `byline [FILE]` on a terminal: load the config and open the input (an article, a feed or
/// a folder), then read it.
pub fn main(
    input: &Input,
    options: LoadOptions,
    config_path: Option<&Path>,
    theme: Option<&str>,
) -> ExitCode {
    // The config first: a bad one stops the reader before anything is drawn.
    let config = match Config::load(config_path, no_color_requested(), theme) {
        Ok(config) => config,
        Err(error) => {
            diagnostic("error", &error);
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    // With no argument, the subscriptions when there are any, else the sample.
    let subscribed = match input {
        Input::Sample => match crate::commands::subscriptions_store() {
            Ok(found) => found.map(|(store, _)| store),
            Err(error) => {
                diagnostic("error", &error);
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        },
        _ => None,
    };
    let start = match subscribed {
        Some(store) => Start::Subscriptions(store),
        None => match open(input, options) {
            Ok(source) => Start::Source(source),
            Err(error) => {
                diagnostic("error", &error);
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        },
    };
    match run(start, config, options) {
        Ok(Exit::Quit) => ExitCode::SUCCESS,
        Ok(Exit::Signal(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX)),
        Ok(Exit::Failed(message)) => {
            diagnostic("error", message);
            ExitCode::from(EXIT_BAD_INPUT)
        }
        Err(error) => {
            diagnostic("error", format_args!("terminal: {error}"));
            ExitCode::FAILURE
        }
    }
}

/// What the reader opens.
#[derive(Debug)]
pub enum Start {
    /// An article, a feed or a folder.
    Source(Source),
    /// The subscriptions in this store.
    Subscriptions(Store),
}

/// Runs the reader on `start` until the user quits or a signal arrives; feed items are
/// loaded with `options`.
pub fn run(start: Start, config: Config, options: LoadOptions) -> io::Result<Exit> {
    let signal = Arc::new(AtomicUsize::new(0));
    let mut ids = Vec::new();
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGQUIT,
    ] {
        let value = usize::try_from(sig).unwrap_or(0);
        ids.push(signal_hook::flag::register_usize(
            sig,
            Arc::clone(&signal),
            value,
        )?);
    }
    install_panic_hook();
    spawn_watchdog(Arc::clone(&signal));
    let result = TerminalGuard::enter().and_then(|_guard| {
        let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
        let size = terminal.size()?;
        let size = (size.width, size.height);
        let (mut session, store) = match start {
            Start::Source(source) => (Session::new(source, config, options, size), None),
            Start::Subscriptions(store) => {
                let feeds = store.feeds().map_err(io::Error::other)?;
                let session = Session::subscriptions(feeds, config, options, size);
                (session, Some(store))
            }
        };
        event_loop(&mut terminal, &mut session, store.as_ref(), &signal)
    });
    for id in ids {
        signal_hook::low_level::unregister(id);
    }
    result
}

/// What a background refresh tells the event loop.
#[cfg_attr(not(feature = "fetch"), allow(dead_code))]
enum RefreshNews {
    /// Feeds finished so far, and how many of them failed.
    Progress { done: usize, errors: usize },
    /// The refresh is over: new items in all, or why it could not run.
    Done { new: usize, error: Option<String> },
}

impl RefreshNews {
    /// The news as the session's action; at the end, with the feeds as stored now.
    fn into_action(self, store: Option<&Store>) -> Action {
        match self {
            RefreshNews::Progress { done, errors } => Action::RefreshProgress { done, errors },
            RefreshNews::Done { new, error } => Action::Refreshed {
                feeds: store
                    .map_or(Ok(Vec::new()), Store::feeds)
                    .map_err(|e| e.to_string()),
                new,
                error,
            },
        }
    }
}

/// Refreshes `jobs` on a background thread with its own connection to the store at `path`,
/// sending progress and the end to `news`.
#[cfg(feature = "fetch")]
fn spawn_refresh(
    path: std::path::PathBuf,
    jobs: Vec<crate::store::FeedJob>,
    options: LoadOptions,
    news: &mpsc::Sender<RefreshNews>,
) {
    let news = news.clone();
    std::thread::spawn(move || {
        let mut errors = 0;
        let outcome = Store::open(&path).and_then(|mut store| {
            crate::refresh::refresh(
                &mut store,
                &jobs,
                options,
                crate::refresh::PARALLEL,
                |o, done| {
                    errors += usize::from(o.result.is_err());
                    let _ = news.send(RefreshNews::Progress { done, errors });
                },
            )
        });
        let done = match outcome {
            Ok(outcomes) => RefreshNews::Done {
                new: outcomes
                    .iter()
                    .map(|o| match o.result {
                        Ok(crate::refresh::Change::Saved { new, .. }) => new,
                        _ => 0,
                    })
                    .sum(),
                error: None,
            },
            Err(e) => RefreshNews::Done {
                new: 0,
                error: Some(e.to_string()),
            },
        };
        let _ = news.send(done);
    });
}

/// Without web support there is nothing to refresh with.
#[cfg(not(feature = "fetch"))]
fn spawn_refresh(
    _: std::path::PathBuf,
    _: Vec<crate::store::FeedJob>,
    _: LoadOptions,
    news: &mpsc::Sender<RefreshNews>,
) {
    let error = "this byline was built without web support (the `fetch` feature)".to_owned();
    let _ = news.send(RefreshNews::Done {
        new: 0,
        error: Some(error),
    });
}

/// A stored item's job with the page kept for it (read offline, not fetched again).
pub fn with_kept_page(store: Option<&Store>, job: Job) -> Job {
    match (store, job) {
        (
            Some(store),
            Job::Stored {
                id,
                item,
                page: None,
            },
        ) => {
            let page = store.page(id).ok().flatten().map(Box::new);
            Job::Stored { id, item, page }
        }
        (_, job) => job,
    }
}

/// Applies a store effect: reads a feed's items (the action that opens them), or writes a
/// read mark, a position or a page.
pub fn apply(store: &Store, effect: &Effect) -> Result<Option<Action>, StoreError> {
    match *effect {
        Effect::OpenFeed(feed) => {
            let items = store.items(feed)?;
            return Ok(Some(Action::FeedItems { feed, items }));
        }
        Effect::MarkRead { item, read } => store.set_read(item, read)?,
        Effect::MarkFeedRead(id) => store.mark_feed_read(id)?,
        Effect::SavePosition { item, byte } => store.set_position(item, byte)?,
        Effect::SavePage { item, ref page } => store.save_page(item, page)?,
        _ => {}
    }
    Ok(None)
}

/// Draw, wait for input, a signal or a finished load, turn it into actions, repeat. While
/// something loads, the screen is redrawn every tick for the spinner.
fn event_loop<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    session: &mut Session,
    store: Option<&Store>,
    signal: &AtomicUsize,
) -> io::Result<Exit> {
    let (done, results) = mpsc::channel::<Action>();
    let (refresh_done, refresh_news) = mpsc::channel::<RefreshNews>();
    // The running load's ticket and its stop flag.
    let mut running: Option<(u64, Arc<AtomicBool>)> = None;
    loop {
        terminal.draw(|frame| ui::draw(frame, session))?;
        let mut repaint = false;
        let mut redraw = false;
        for effect in std::mem::take(&mut session.effects) {
            match effect {
                Effect::Copy(text) => {
                    let tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
                    copy_osc52(terminal.backend_mut(), &text, tmux)?;
                }
                Effect::Redraw => repaint = true,
                Effect::Browse(url) => {
                    if let Err(error) = crate::browser::open(&url) {
                        session.update(Action::Failed(error.to_string()));
                    }
                }
                // The session reads followed links itself (as loads).
                Effect::Follow(_) => {}
                Effect::Refresh(jobs) => match store {
                    Some(store) => {
                        spawn_refresh(store.path(), jobs, session.options, &refresh_done)
                    }
                    None => session.update(Action::Refreshed {
                        feeds: Err("no store to refresh into".to_owned()),
                        new: 0,
                        error: None,
                    }),
                },
                Effect::OpenFeed(_)
                | Effect::MarkRead { .. }
                | Effect::MarkFeedRead(_)
                | Effect::SavePosition { .. }
                | Effect::SavePage { .. } => {
                    match store.map(|store| apply(store, &effect)) {
                        Some(Ok(Some(action))) => session.update(action),
                        Some(Err(error)) => session.update(Action::Failed(error.to_string())),
                        Some(Ok(None)) | None => {}
                    }
                    // What the store answered (a feed's items) is drawn at once.
                    redraw = true;
                }
                Effect::Suspend => {
                    suspend()?;
                    repaint = true;
                }
                Effect::Load { ticket, job } => {
                    let job = with_kept_page(store, job);
                    let done = done.clone();
                    let options = session.options.started();
                    let stop = Arc::new(AtomicBool::new(false));
                    if let Some((_, previous)) = running.replace((ticket, Arc::clone(&stop))) {
                        previous.store(true, Ordering::Relaxed);
                    }
                    std::thread::spawn(move || {
                        if let Some(result) = job.run(options, &stop) {
                            let result = result.map(Box::new).map_err(|e| e.to_string());
                            let _ = done.send(Action::Loaded { ticket, result });
                        }
                    });
                }
            }
        }
        // A load the session no longer waits for (cancelled, replaced) stops: a fetch within
        // its timeout, the analysis at its next stage.
        if let Some((ticket, stop)) = &running
            && session.loading.as_ref().is_none_or(|l| l.ticket != *ticket)
        {
            stop.store(true, Ordering::Relaxed);
            running = None;
        }
        if session.quit {
            return Ok(session.failed.take().map_or(Exit::Quit, Exit::Failed));
        }
        if repaint {
            // Whatever wrote over the screen (or the shell, while stopped) is painted over.
            terminal.clear()?;
            continue;
        }
        if redraw {
            continue;
        }
        loop {
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                return Ok(Exit::Signal(i32::try_from(sig).unwrap_or(15)));
            }
            if let Ok(action) = results.try_recv() {
                session.update(action);
                break;
            }
            if let Ok(news) = refresh_news.try_recv() {
                session.update(news.into_action(store));
                break;
            }
            match event::poll(Duration::from_millis(100)) {
                Ok(true) => break,
                Ok(false) if session.loading.is_some() => {
                    session.update(Action::Tick);
                    break;
                }
                Ok(false) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        // Everything already queued is applied before the next frame (key repeat, pastes).
        while event::poll(Duration::ZERO)? {
            let ev = event::read()?;
            if let Some(action) = session_action(session, &ev) {
                session.update(action);
            }
            if session.quit {
                break;
            }
        }
    }
}

/// Puts `text` on the terminal's clipboard with OSC 52, as plain text: control characters
/// from the article are replaced by visible stand-ins first. Inside `tmux` the sequence is
/// also wrapped for passthrough to the outer terminal.
fn copy_osc52(out: &mut impl Write, text: &str, tmux: bool) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(&*escape_controls(text));
    out.write_all(osc52(&encoded, tmux).as_bytes())?;
    out.flush()
}

/// The OSC 52 sequence for base64 `encoded`; inside tmux, also wrapped in a DCS passthrough
/// (tmux takes the plain sequence with `set-clipboard on`, the wrapped one with
/// `allow-passthrough on`; either reaches the outer terminal).
fn osc52(encoded: &str, tmux: bool) -> String {
    let sequence = format!("\x1b]52;c;{encoded}\x07");
    if tmux {
        let wrapped = sequence.replace('\x1b', "\x1b\x1b");
        format!("{sequence}\x1bPtmux;{wrapped}\x1b\\")
    } else {
        sequence
    }
}

/// Gives the terminal back and stops the process as a shell's `Ctrl-z` would (in raw mode the
/// key reaches the reader, not the terminal driver); when `fg` resumes it, takes the terminal
/// again.
fn suspend() -> io::Result<()> {
    restore_terminal();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    TerminalGuard::enter().map(std::mem::forget)
}

/// Raw mode, the alternate screen and mouse capture, undone on drop.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> io::Result<TerminalGuard> {
        enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            ratatui::crossterm::cursor::Hide
        )?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Leaves raw mode and the alternate screen; safe to call more than once.
pub fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

/// How long the event loop has to notice a stop signal before the watchdog ends the process.
const GRACE: Duration = Duration::from_secs(1);

/// Ends the process if a stop signal arrives while the event loop cannot see it. When the
/// terminal vanishes (its window closed, its tmux server killed), crossterm's input poll spins
/// on the dead descriptor and never returns (crossterm-rs/crossterm#793), so the loop never
/// checks the signal flag; the watchdog restores what it can and exits with 128 + signal.
fn spawn_watchdog(signal: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                std::thread::sleep(GRACE);
                restore_terminal();
                std::process::exit(128 + i32::try_from(sig).unwrap_or(15));
            }
        }
    });
}

/// A panic restores the terminal before its message is printed.
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // A parser panic caught at the loading edge is an error, not the reader's end.
            if !crate::document::catching() {
                restore_terminal();
            }
            previous(info);
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_sequence() {
        let mut out = Vec::new();
        copy_osc52(&mut out, "“hi” — X", false).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("\x1b]52;c;") && s.ends_with('\x07'));
        let b64 = &s[7..s.len() - 1];
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(b64)
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), "“hi” — X");
    }

    #[test]
    fn osc52_copies_plain_text() {
        let mut out = Vec::new();
        copy_osc52(&mut out, "a\x1b]0;x\x07\u{9b}b", false).unwrap();
        let s = String::from_utf8(out).unwrap();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(&s[7..s.len() - 1])
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), "a␛]0;x␇�b");
    }

    #[test]
    fn osc52_inside_tmux_is_also_passed_through() {
        let mut out = Vec::new();
        copy_osc52(&mut out, "hi", true).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(
            s,
            "\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"
        );
    }
}
