//! The tokenizer's character classes: the ASCII byte table of the word scan, punctuation,
//! hyphens and the words whose `'s` is a contraction.

use super::super::in_ranges;

/// [`ALNUM`]'s classes: an ASCII letter (lowercase has only this bit), a digit, and an
/// uppercase letter (both bits).
pub(super) const LETTER: u8 = 1;
pub(super) const DIGIT: u8 = 2;
pub(super) const UPPER: u8 = 4 | LETTER;

/// Every byte's class for the word scan: [`LETTER`], [`UPPER`], [`DIGIT`], or 0.
pub(super) const ALNUM: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        table[b] = if x.is_ascii_digit() {
            DIGIT
        } else if x.is_ascii_uppercase() {
            UPPER
        } else if x.is_ascii_lowercase() {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    table
};

/// A hyphen that joins words: ASCII, U+2010 or U+2011.
pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Non-ASCII punctuation (inclusive ranges, as pairs): Latin-1, General Punctuation, CJK,
/// fullwidth forms, Arabic and Devanagari marks.
const PUNCT_RANGES: [u32; 38] = [
    0xA1, 0xA1, 0xA7, 0xA7, 0xB6, 0xB7, 0xBF, 0xBF, 0x2010, 0x2027, 0x2030, 0x205E, 0x3001, 0x3003,
    0x3008, 0x3011, 0x3014, 0x301F, 0xFF01, 0xFF03, 0xFF06, 0xFF0A, 0xFF0C, 0xFF0F, 0xFF1A, 0xFF1B,
    0xFF1F, 0xFF20, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF65, 0x060C, 0x061F, 0x06D4, 0x06D4, 0x0964, 0x0965,
];

/// Punctuation that is a token of its own: ASCII marks and [`PUNCT_RANGES`].
pub(super) fn is_punct_char(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '!' | '('
                | ')'
                | ','
                | '-'
                | '.'
                | '/'
                | ':'
                | ';'
                | '?'
                | '['
                | '\\'
                | ']'
                | '_'
                | '{'
                | '}'
        );
    }
    in_ranges(&PUNCT_RANGES, c)
}

/// Words whose `'s` is a contraction ("it's"), not a possessive.
const CONTRACTIONS: [&str; 13] = [
    "he", "she", "it", "that", "there", "what", "who", "here", "let", "where", "how", "when", "why",
];

/// Whether `stem` is one of the [`CONTRACTIONS`], in any ASCII case.
pub(super) fn contracts(stem: &[u8]) -> bool {
    CONTRACTIONS
        .iter()
        .any(|c| c.as_bytes().eq_ignore_ascii_case(stem))
}
