//! The shape of a word, for every actor stage: capitalised, camel case, an acronym.

use crate::analysis::segment::Case;

/// Whether `w` starts with an uppercase letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `w` is a lowercase-initial brand written in camel case: "iPhone", "eBay".
pub fn is_camel(w: &str) -> bool {
    Case::of(w) == Case::Camel
}

/// Whether `w` is an acronym: "UN", "NATO", "U.S.", "N.V." (two or more capitals, no lowercase).
pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        && w.chars().next().is_some_and(char::is_uppercase)
}
