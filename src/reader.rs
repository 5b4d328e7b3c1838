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
use std::sync::mpsc;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend};

use crate::app::input::session_action;
use crate::app::state::Effect;
use crate::app::{Action, Config, Session};
use crate::document::{Input, LoadOptions, Source, open};
use crate::output::terminal::diagnostic;
use crate::store::Store;
use crate::theme::no_color_requested;
use crate::ui;

mod background;
mod terminal;

use background::{Wake, spawn_input, spawn_refresh};
pub use background::{apply, with_kept_page};
pub use terminal::restore_terminal;
use terminal::{TerminalGuard, copy_osc52, install_panic_hook, spawn_watchdog, suspend};

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

/// Clears the screen and makes the next draw paint every cell. Unlike `Terminal::clear`,
/// this does not ask the terminal where its cursor is: the answer would go to the input
/// thread.
fn clear_screen<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>) -> io::Result<()> {
    terminal.backend_mut().clear_region(ClearType::All)?;
    terminal.current_buffer_mut().reset();
    terminal.swap_buffers();
    Ok(())
}

/// Draw, wait for input, a signal or a finished load, turn it into actions, repeat. While
/// something loads, the screen is redrawn every tick for the spinner.
fn event_loop<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    session: &mut Session,
    store: Option<&Store>,
    signal: &AtomicUsize,
) -> io::Result<Exit> {
    let (wake, woken) = mpsc::channel::<Wake>();
    spawn_input(wake.clone());
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
                // The session quits and reads followed links itself (as loads).
                Effect::Quit | Effect::Follow(_) => {}
                Effect::Refresh(jobs) => match store {
                    Some(store) => spawn_refresh(store.path(), jobs, session.options, &wake),
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
                    let done = wake.clone();
                    let options = session.options.started();
                    let stop = Arc::new(AtomicBool::new(false));
                    if let Some((_, previous)) = running.replace((ticket, Arc::clone(&stop))) {
                        previous.store(true, Ordering::Relaxed);
                    }
                    std::thread::spawn(move || {
                        if let Some(result) = job.run(options, &stop) {
                            let result = result.map(Box::new).map_err(|e| e.to_string());
                            let _ = done.send(Wake::Done(Action::Loaded { ticket, result }));
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
            clear_screen(terminal)?;
            continue;
        }
        if redraw {
            continue;
        }
        // Wait for input or a result, checking for a stop signal and turning the spinner.
        let first = loop {
            let sig = signal.load(Ordering::Relaxed);
            if sig != 0 {
                return Ok(Exit::Signal(i32::try_from(sig).unwrap_or(15)));
            }
            match woken.recv_timeout(Duration::from_millis(100)) {
                Ok(first) => break first,
                Err(mpsc::RecvTimeoutError::Timeout) if session.loading.is_some() => {
                    break Wake::Done(Action::Tick);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(io::Error::other("the terminal's input stopped"));
                }
            }
        };
        // Everything already queued is applied before the next frame (key repeat, pastes).
        let mut next = Some(first);
        while let Some(woke) = next.take() {
            match woke {
                Wake::Input(ev) => {
                    if let Some(action) = session_action(session, &ev) {
                        session.update(action);
                    }
                }
                Wake::InputFailed(error) => return Err(error),
                Wake::Done(action) => session.update(action),
                Wake::Refresh(news) => session.update(news.into_action(store)),
            }
            if !session.quit {
                next = woken.try_recv().ok();
            }
        }
    }
}
