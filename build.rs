//! Compiles the word lists in `assets/lexicon/` into static tables (perfect-hash maps with
//! `phf`), written to `OUT_DIR` and included by `src/analysis/lexicon/tables.rs`, so a process
//! does no work at start-up to read them.

#[path = "build/lexicon.rs"]
mod lexicon;
#[path = "build/rows.rs"]
mod rows;

use std::path::PathBuf;

fn main() -> rows::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out.join("lexicon.rs"), lexicon::source()?)?;
    Ok(())
}
