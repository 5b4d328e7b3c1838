//! The command line: the reader (`byline [FILE]`) and `byline analyze`.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::analysis::{analyze, date::Date};
use crate::document::{Input, LoadOptions, Loaded, open};
use crate::output::terminal::diagnostic;
use crate::output::{Format, json, report};

/// Exit status for inputs that could not be loaded.
const EXIT_BAD_INPUT: u8 = 2;

/// byline reads a news article like an analyst: who is in it, who said what, and when.
#[derive(Debug, Parser)]
#[command(name = "byline", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without a command, byline opens the article for reading.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The article: a file (text, Markdown, HTML, a feed), a folder, an http(s) address, or `-`
    /// for standard input. Without one, the bundled sample opens. A feed or folder opens as a
    /// list to pick from.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,
    /// How to load the article.
    #[command(flatten)]
    pub load: LoadArgs,
    /// The reader's key bindings and styles (default: $XDG_CONFIG_HOME/byline/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<std::path::PathBuf>,
    /// The reader's colours: dark (the default), light or high-contrast; over the config's.
    #[arg(long, value_name = "NAME", value_parser = ["dark", "light", "high-contrast"])]
    pub theme: Option<String>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the analysis of one or more articles (JSON Lines or a plain report).
    Analyze(AnalyzeArgs),
    /// Print a shell completion script (the README says where each shell looks for it).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `byline man > ~/.local/share/man/man1/byline.1`.
    Man,
    /// Subscribe to a feed: add its address (and tags) to $XDG_CONFIG_HOME/byline/urls.
    Add {
        /// The feed's http(s) address.
        url: String,
        /// Tags for it.
        tags: Vec<String>,
    },
    /// Add the feeds of an OPML file to the subscriptions.
    Import {
        /// The OPML file (another reader's export).
        file: std::path::PathBuf,
    },
    /// Print the subscriptions as OPML.
    Export,
    /// Fetch every subscription again and store its new items (for cron: one line per feed).
    #[cfg(feature = "fetch")]
    Refresh {
        /// How many feeds to fetch at once.
        #[arg(long, short, value_name = "N", default_value_t = crate::refresh::PARALLEL)]
        jobs: usize,
        /// How to load the feeds.
        #[command(flatten)]
        load: LoadArgs,
    },
}

/// Arguments of `byline analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Articles to analyse: files (text, Markdown, HTML, feeds), folders, http(s) addresses, or
    /// `-` for standard input. Every item of a feed and every file of a folder is analysed.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    /// Output format: `json` (one byline.analysis.v1 object per line) or `text`.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,
    /// How to load the articles.
    #[command(flatten)]
    pub load: LoadArgs,
}

/// Loading flags shared by the reader and `analyze`.
#[derive(Debug, Args, Clone, Copy)]
pub struct LoadArgs {
    /// Publication date (YYYY-MM-DD) to resolve relative dates against; overrides the dateline.
    #[arg(long, value_name = "DATE", value_parser = parse_published)]
    pub published: Option<Date>,
    /// Refuse inputs larger than this (bytes, or with a unit: 500K, 64M, 1G).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "64M")]
    pub max_size: u64,
    /// Give up loading a source after this many seconds: a web address (redirects and body
    /// included), or a feed with every item page it fetches.
    #[arg(long, value_name = "SECONDS", value_parser = parse_timeout, default_value = "30")]
    pub timeout: Duration,
    /// Fetch at most this many item pages per feed (items that carry only a link).
    #[arg(long, value_name = "N", default_value_t = crate::document::DEFAULT_MAX_FETCHES)]
    pub max_fetches: usize,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// JSON Lines, schema byline.analysis.v1.
    Json,
    /// A readable plain-text report.
    Text,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Json => Format::Json,
            FormatArg::Text => Format::Text,
        }
    }
}

impl From<LoadArgs> for LoadOptions {
    fn from(args: LoadArgs) -> LoadOptions {
        LoadOptions {
            max_size: args.max_size,
            published: args.published,
            timeout: args.timeout,
            deadline: None,
            max_fetches: args.max_fetches,
        }
    }
}

fn parse_published(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("'{s}' is not a date of the form YYYY-MM-DD"))
}

/// Parses a timeout in seconds: `30`, `2.5`.
fn parse_timeout(s: &str) -> Result<Duration, String> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|secs| *secs > 0.0)
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
        .ok_or_else(|| format!("'{s}' is not a number of seconds (e.g. 30)"))
}

/// Parses a size: plain bytes, or a number with K, M, G (powers of 1024; `KiB`, `MB` … too).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = t.get(digits.len()..).unwrap_or("").to_ascii_lowercase();
    let shift = match unit.as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("'{s}': unknown size unit (use K, M or G)")),
    };
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a size (e.g. 64M)"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("'{s}' is too large"))
}

/// Runs the parsed command line and returns the process exit status.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Analyze(args)) => {
            let inputs: Vec<Input> = args.files.iter().map(|f| Input::from_arg(f)).collect();
            emit(&inputs, args.format.into(), args.load.into())
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "byline", &mut script);
            print_bytes(&script)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            let man = clap_mangen::Man::new(<Cli as clap::CommandFactory>::command());
            match man.render(&mut page) {
                Ok(()) => print_bytes(&page),
                Err(error) => {
                    diagnostic("error", format_args!("building the manual page: {error}"));
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Add { url, tags }) => crate::commands::add(&url, &tags),
        Some(Command::Import { file }) => crate::commands::import(&file),
        Some(Command::Export) => crate::commands::export(),
        #[cfg(feature = "fetch")]
        Some(Command::Refresh { jobs, load }) => crate::commands::refresh(load.into(), jobs),
        // On a terminal the article opens in the reader; piped, it prints the plain report.
        None => {
            let input = cli.file.as_deref().map_or(Input::Sample, Input::from_arg);
            #[cfg(feature = "tui")]
            if io::IsTerminal::is_terminal(&io::stdout()) {
                return crate::reader::main(
                    &input,
                    cli.load.into(),
                    cli.config.as_deref(),
                    cli.theme.as_deref(),
                );
            }
            emit(&[input], Format::Text, cli.load.into())
        }
    }
}

/// Writes `bytes` to standard output; a reader that stops early (`| head`) is no error.
fn print_bytes(bytes: &[u8]) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            diagnostic("error", format_args!("writing to standard output: {error}"));
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Loads, analyses and prints every article of each input (each item of a feed, each file of
/// a folder); failures are reported and the rest still run.
fn emit(inputs: &[Input], format: Format, options: LoadOptions) -> ExitCode {
    let mut failed = false;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let articles = inputs.iter().flat_map(|input| {
        let options = options.started();
        match open(input, options) {
            Ok(source) => source.articles(options),
            Err(error) => Box::new(std::iter::once(Err(error))),
        }
    });
    let mut printed = 0usize;
    for article in articles {
        let Loaded { document, warning } = match article {
            Ok(loaded) => loaded,
            Err(error) => {
                diagnostic("error", &error);
                failed = true;
                continue;
            }
        };
        if let Some(warning) = warning {
            diagnostic("warning", &warning);
        }
        let analysis = analyze(&document.text, document.published);
        let written = match format {
            Format::Json => json::write_line(&mut out, &document, &analysis),
            Format::Text if printed > 0 => {
                write!(out, "\n{}", report::render(&document, &analysis))
            }
            Format::Text => write!(out, "{}", report::render(&document, &analysis)),
        };
        printed += 1;
        if let Err(error) = written.and_then(|()| out.flush()) {
            // A closed pipe (`byline analyze … | head`) is the reader's choice, not a failure.
            if error.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            diagnostic("error", format_args!("cannot write output: {error}"));
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DEFAULT_MAX_SIZE;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("500k"), Ok(500 << 10));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("1234"), Ok(1234));
        assert_eq!(
            parse_size("64M"),
            Ok(DEFAULT_MAX_SIZE),
            "the --max-size default"
        );
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("99999999999999G").is_err());
    }

    #[test]
    fn command_line_shapes() {
        let cli = Cli::try_parse_from(["byline"]).unwrap();
        assert!(cli.command.is_none() && cli.file.is_none());
        let cli = Cli::try_parse_from(["byline", "a.txt", "--published", "2026-01-16"]).unwrap();
        assert_eq!(cli.file.as_deref(), Some("a.txt"));
        assert_eq!(cli.load.published, Date::new(2026, 1, 16));
        let cli = Cli::try_parse_from(["byline", "analyze", "a", "b", "--format", "text"]).unwrap();
        let Some(Command::Analyze(args)) = cli.command else {
            panic!("expected analyze");
        };
        assert_eq!(args.files, ["a", "b"]);
        assert_eq!(args.format, FormatArg::Text);
        assert!(Cli::try_parse_from(["byline", "analyze"]).is_err());
        assert!(Cli::try_parse_from(["byline", "x", "--published", "16/01/2026"]).is_err());
    }
}
