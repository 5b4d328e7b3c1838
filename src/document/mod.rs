//! Loading: turns a file, stdin or the bundled sample into a [`Document`].
//!
//! This is the edge of the program: everything that can fail because of the outside world
//! (missing files, binary data, bad encodings, oversized input) fails here, with a
//! [`LoadError`] whose message fits on one line.

mod dateline;
mod decode;
mod error;
mod plain;
mod read;

use std::path::PathBuf;

use crate::analysis::date::Date;

pub use error::LoadError;

/// The bundled sample article, opened when no input is named.
pub const SAMPLE_NAME: &str = "seeds/putin-iran-israel-calls.txt";
const SAMPLE_TEXT: &str = include_str!("../../seeds/putin-iran-israel-calls.txt");
/// When the sample was published (it has no dateline of its own).
const SAMPLE_PUBLISHED: Option<Date> = Date::new(2026, 1, 16);

/// Default cap on the size of one input: 64 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 64 * 1024 * 1024;

/// One article, ready for analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The headline, when the text starts with one (it stays in `text` too).
    pub title: Option<String>,
    /// The author line ("By …"), removed from `text`.
    pub byline: Option<String>,
    /// The publication date relative dates are resolved against.
    pub published: Option<Date>,
    /// The path or URL the article was read from; `None` for stdin.
    pub source: Option<String>,
    /// The plain text every analysis offset indexes into.
    pub text: String,
}

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file path.
    Path(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
    /// The sample article bundled with byline.
    Sample,
}

impl Input {
    /// `-` means stdin; anything else is a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// How the input is named in messages and in `Document::source`.
    pub fn name(&self) -> String {
        match self {
            Input::Path(path) => path.display().to_string(),
            Input::Stdin => "standard input".to_owned(),
            Input::Sample => SAMPLE_NAME.to_owned(),
        }
    }
}

/// How to load inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Inputs larger than this many bytes are refused.
    pub max_size: u64,
    /// Overrides the publication date found in the text.
    pub published: Option<Date>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_size: DEFAULT_MAX_SIZE,
            published: None,
        }
    }
}

/// A loaded document and what went wrong on the way without stopping it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The document.
    pub document: Document,
    /// A warning for the user (e.g. invalid UTF-8 decoded lossily), if any.
    pub warning: Option<String>,
}

/// Reads `input` and turns it into a [`Document`].
pub fn load(input: &Input, options: LoadOptions) -> Result<Loaded, LoadError> {
    let name = input.name();
    let bytes = match input {
        Input::Path(path) => read::file(path, options.max_size)?,
        Input::Stdin => read::stdin(options.max_size)?,
        Input::Sample => SAMPLE_TEXT.as_bytes().to_vec(),
    };
    let source = match input {
        Input::Stdin => None,
        _ => Some(name.clone()),
    };
    let mut loaded = from_bytes(&bytes, &name, source, options)?;
    if *input == Input::Sample && loaded.document.published.is_none() {
        loaded.document.published = SAMPLE_PUBLISHED;
    }
    Ok(loaded)
}

/// Turns raw bytes named `name` into a [`Document`] (decoding, then plain-text structure).
pub fn from_bytes(
    bytes: &[u8],
    name: &str,
    source: Option<String>,
    options: LoadOptions,
) -> Result<Loaded, LoadError> {
    let decoded = decode::decode(bytes, name)?;
    if decoded.text.trim().is_empty() {
        return Err(LoadError::Empty {
            name: name.to_owned(),
        });
    }
    let warning = (decoded.replaced > 0).then(|| {
        format!(
            "{name}: invalid UTF-8 ({} bad sequence{}); decoded with replacement characters",
            decoded.replaced,
            if decoded.replaced == 1 { "" } else { "s" }
        )
    });
    let mut document = plain::parse(decoded.text, source);
    if options.published.is_some() {
        document.published = options.published;
    }
    Ok(Loaded { document, warning })
}
