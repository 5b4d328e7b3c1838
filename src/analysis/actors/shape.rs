//! The shape of a word, for every actor stage: capitalised, camel case, an acronym.

/// Whether `w` starts with an uppercase letter.
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `w` is a lowercase-initial brand written in camel case: "iPhone", "eBay".
pub fn is_camel(w: &str) -> bool {
    // Most words are lowercase ASCII: no capital at all.
    if w.len() < 3 || (w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase())) {
        return false;
    }
    let mut chars = w.chars();
    if !chars
        .next()
        .is_some_and(|c| c.is_lowercase() && c.is_alphanumeric())
    {
        return false;
    }
    // One pass: every char alphanumeric, one of them uppercase.
    let mut upper = false;
    for c in chars {
        if !c.is_alphanumeric() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}

/// Whether `w` is an acronym: "UN", "NATO", "U.S.", "N.V." (two or more capitals, no lowercase).
pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        && w.chars().next().is_some_and(char::is_uppercase)
}
