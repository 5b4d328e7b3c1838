//! The shape of a word: capitalised, camel case, an acronym, a model number, a function
//! word or a contraction.

use super::CLOSED_WORDS;

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

/// Whether `w` is a model number that can continue a name: "787" in "Boeing 787" (not a year).
pub(super) fn is_model_number(w: &str) -> bool {
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let year = w.len() == 4 && digits == 4 && (w.starts_with("19") || w.starts_with("20"));
    digits > 0 && !year && w.bytes().all(|b| b.is_ascii_alphanumeric()) && w.len() <= 6
}

/// Whether `w` is an acronym: "UN", "NATO", "U.S.", "N.V." (two or more capitals, no lowercase).
pub fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        && w.chars().next().is_some_and(char::is_uppercase)
}

/// Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries) that are
/// never names by themselves, however often they are capitalised.
pub(super) fn is_function_word(w: &str) -> bool {
    (w.len() <= 8 && CLOSED_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))) || is_contraction(w)
}

/// A closed-class word contracted: "It’s", "I’m", "You’re", "Let’s", "Don’t", "Can’t".
pub(super) fn is_contraction(w: &str) -> bool {
    const NEGATED: [&str; 7] = ["do", "does", "did", "should", "must", "wo", "ca"];
    let Some((stem, suffix)) = w.split_once(['’', '\'']) else {
        return false;
    };
    match suffix {
        "s" | "m" | "re" | "ve" | "ll" | "d" => {
            stem.eq_ignore_ascii_case("let") || (stem != w && is_function_word(stem))
        }
        "t" => stem.strip_suffix(['n', 'N']).is_some_and(|s| {
            is_function_word(s) || NEGATED.iter().any(|n| n.eq_ignore_ascii_case(s))
        }),
        _ => false,
    }
}
