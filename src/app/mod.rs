//! The reader's application layer: state, actions, keymap and `update`, with no terminal.
//!
//! Input becomes [`Action`]s in [`input`] (the only place that looks at key events), and
//! background results arrive as actions too; [`Session::update`] applies each (an open
//! article's own through [`update::update`] to its [`State`], lending it the session's
//! [`Shell`]: the screen, the status message and the help); the views in `ui` render a
//! borrow of the session. Nothing here imports `ui`: the geometry both need is in
//! [`crate::layout`] and [`panes`].

pub mod action;
pub mod config;
pub mod effect;
pub mod input;
pub mod keymap;
pub mod links;
pub mod list;
pub mod nav;
pub mod panes;
pub mod quotes;
pub mod said;
pub mod search;
pub mod session;
pub mod shell;
pub mod state;
pub mod stored;
pub mod update;

pub use action::Action;
pub use config::{Config, ConfigError};
pub use session::Session;
pub use shell::Shell;
pub use state::State;
pub use update::update;
