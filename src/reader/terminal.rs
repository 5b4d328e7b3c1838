//! The terminal's side: raw mode and the alternate screen (restored on drop, panic and
//! signals), suspending on `Ctrl-z`, and the clipboard through OSC 52.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use base64::Engine as _;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::output::terminal::escape_controls;

/// Puts `text` on the terminal's clipboard with OSC 52, as plain text: control characters
/// from the article are replaced by visible stand-ins first. Inside `tmux` the sequence is
/// also wrapped for passthrough to the outer terminal.
pub(super) fn copy_osc52(out: &mut impl Write, text: &str, tmux: bool) -> io::Result<()> {
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
pub(super) fn suspend() -> io::Result<()> {
    restore_terminal();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    TerminalGuard::enter().map(std::mem::forget)
}

/// Raw mode, the alternate screen and mouse capture, undone on drop.
pub(super) struct TerminalGuard;

impl TerminalGuard {
    pub(super) fn enter() -> io::Result<TerminalGuard> {
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
pub(super) fn spawn_watchdog(signal: Arc<AtomicUsize>) {
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
pub(super) fn install_panic_hook() {
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
