//! Compiles the word lists in `assets/lexicon/` into static tables, written to `OUT_DIR` and
//! included by the modules that read them: the lexicon's hash tables and the
//! analysis rules' `const` slices and `match`es. A process does no work at start-up to read
//! them.

#[path = "src/analysis/lexicon/hash.rs"]
mod hash;
#[path = "build/lexicon.rs"]
mod lexicon;
#[path = "build/lists.rs"]
mod lists;
#[path = "build/rows.rs"]
mod rows;

use std::path::PathBuf;

fn main() -> rows::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out.join("lexicon.rs"), lexicon::source()?)?;
    lists::write(&out)?;
    Ok(())
}
