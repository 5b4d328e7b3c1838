//! The `byline` binary: parse the command line and hand over to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    byline::cli::run(byline::cli::Cli::parse())
}
