//! Opening an address in the web browser: `$BROWSER` (the first of a colon-separated list;
//! `%s` stands for the address, else it comes last), else `xdg-open` (`open` on macOS). The
//! browser is started without the terminal (its input and output go nowhere) and not waited
//! for, so the reader goes on at once.

use std::io;
use std::process::{Command, Stdio};

/// Starts the browser on `url`.
pub fn open(url: &str) -> io::Result<()> {
    let (program, args) = command(std::env::var("BROWSER").ok().as_deref(), url);
    let mut child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot start {program}: {e}")))?;
    // Reaped in the background, so a finished browser leaves no zombie.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// The program and arguments that open `url`, from `$BROWSER`'s value if set.
fn command(browser: Option<&str>, url: &str) -> (String, Vec<String>) {
    let first = browser
        .and_then(|b| b.split(':').map(str::trim).find(|c| !c.is_empty()))
        .map(str::to_owned);
    let Some(line) = first else {
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        return (opener.to_owned(), vec![url.to_owned()]);
    };
    let mut words = line.split_whitespace().map(str::to_owned);
    let program = words.next().unwrap_or_default();
    let mut args: Vec<String> = words.collect();
    if args.iter().any(|a| a.contains("%s")) {
        for a in &mut args {
            *a = a.replace("%s", url);
        }
    } else {
        args.push(url.to_owned());
    }
    (program, args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands() {
        let u = "https://example.org/a";
        assert_eq!(
            command(Some("firefox"), u),
            ("firefox".into(), vec![u.into()])
        );
        assert_eq!(
            command(Some("w3m -o x=1 %s:lynx"), u),
            ("w3m".into(), vec!["-o".into(), "x=1".into(), u.into()])
        );
        let default = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        assert_eq!(command(None, u).0, default);
        assert_eq!(command(Some(" : "), u).0, default);
    }

    #[test]
    fn a_real_program_starts() {
        // `true` stands in for a browser: it starts, takes the address and exits.
        let (program, args) = command(Some("true"), "https://example.org/");
        assert!(Command::new(program).args(args).status().unwrap().success());
    }
}
