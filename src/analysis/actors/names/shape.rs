//! What a word is to the name scanner: a model number, a function word or a contraction.
//! (Capitals, camel case and acronyms are in `actors/shape.rs`.)

use super::CLOSED_KEYS;

/// Whether `w` is a model number that can continue a name: "787" in "Boeing 787" (not a year).
pub(super) fn is_model_number(w: &str) -> bool {
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let year = w.len() == 4 && digits == 4 && (w.starts_with("19") || w.starts_with("20"));
    digits > 0 && !year && w.bytes().all(|b| b.is_ascii_alphanumeric()) && w.len() <= 6
}

/// Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries) that are
/// never names by themselves, however often they are capitalised.
pub(super) fn is_function_word(w: &str) -> bool {
    let closed = |k: u128| {
        let lengths = CLOSED_SHAPES.get((k & 31) as usize).copied().unwrap_or(0);
        lengths >> (k >> 64) & 1 != 0 && CLOSED_KEYS.binary_search(&k).is_ok()
    };
    closed_key(w).is_some_and(closed) || is_contraction(w)
}

/// By the low five bits of their first byte, the byte lengths of the [`CLOSED_KEYS`] as bits:
/// most words are ruled out without a search.
const CLOSED_SHAPES: [u16; 32] = {
    let mut shapes = [0u16; 32];
    let mut k = 0;
    while k < CLOSED_KEYS.len() {
        let key = CLOSED_KEYS[k];
        shapes[(key & 31) as usize] |= 1 << (key >> 64);
        k += 1;
    }
    shapes
};

/// A word of at most 8 bytes, ASCII-lowercased, as a number (its bytes and its length) to
/// look up in [`CLOSED_KEYS`], which `build.rs` packs the same way.
fn closed_key(w: &str) -> Option<u128> {
    let mut buf = [0u8; 8];
    buf.get_mut(..w.len())?.copy_from_slice(w.as_bytes());
    buf.make_ascii_lowercase();
    Some(u128::from(u64::from_le_bytes(buf)) | (w.len() as u128) << 64)
}

/// A closed-class word contracted: "It’s", "I’m", "You’re", "Let’s", "Don’t", "Can’t".
pub(super) fn is_contraction(w: &str) -> bool {
    const NEGATED: [&str; 7] = ["do", "does", "did", "should", "must", "wo", "ca"];
    // Most words have no apostrophe: a byte test (’ starts with 0xE2) spares the search.
    if !w.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
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
