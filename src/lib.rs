//! byline: a terminal news reader that reads like an analyst.
//!
//! The crate is a pipeline: [`document`] loads a source into a [`document::Document`],
//! [`analysis::analyze`] turns its text into spans (pure, no I/O), and [`output`] prints the
//! result as `byline.analysis.v1` JSON or a plain report.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod analysis;
#[cfg(feature = "tui")]
pub mod app;
#[cfg(feature = "tui")]
pub mod browser;
pub mod cli;
pub mod commands;
pub mod document;
#[cfg(feature = "tui")]
pub mod layout;
pub mod output;
pub mod paths;
#[cfg(feature = "tui")]
pub mod reader;
#[cfg(feature = "fetch")]
pub mod refresh;
pub mod store;
pub mod subscriptions;
#[cfg(feature = "tui")]
pub mod theme;
#[cfg(feature = "tui")]
pub mod ui;
