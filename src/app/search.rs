//! Finding a query in the article: smart case (a query with a capital letter is
//! case-sensitive, otherwise letters match either case), accents and typographic variants
//! ignored (`Francois` finds `François`, `don't` finds `don’t`), non-overlapping matches.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::analysis::span::Span;

/// The most matches kept.
pub const LIMIT: usize = 100_000;

/// Letters without a canonical decomposition that readers type without their mark.
fn plain_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' => "d",
        'Đ' => "D",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ß' => "ss",
        'ı' => "i",
        _ => return None,
    })
}

/// Pushes what `c` reads as in a search: quotes, apostrophes, dashes and spaces in their
/// plain forms, letters without accents, and lowercase when `fold_case`.
fn fold(c: char, fold_case: bool, out: &mut Vec<char>) {
    let mut push = |d: char| {
        if fold_case {
            out.extend(d.to_lowercase());
        } else {
            out.push(d);
        }
    };
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => push('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => push('-'),
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' => push(' '),
        '\u{2026}' => "...".chars().for_each(push),
        c if c.is_ascii() => push(c),
        c => match plain_letters(c) {
            Some(plain) => plain.chars().for_each(push),
            None => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    push(d);
                }
            }),
        },
    }
}

/// Matches of `query` in `text`, in order, at most `limit`.
pub fn find_all(text: &str, query: &str, limit: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let fold_case = !query.chars().any(char::is_uppercase);
    let mut q = Vec::new();
    for c in query.chars() {
        fold(c, fold_case, &mut q);
    }
    if q.is_empty() {
        return out;
    }
    if text.is_ascii() && query.is_ascii() {
        return find_ascii(text, &q, fold_case, limit);
    }
    // The folded text, each folded character with the byte offset of the one it came from.
    let mut folded: Vec<char> = Vec::with_capacity(text.len());
    let mut from: Vec<usize> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let before = folded.len();
        fold(c, fold_case, &mut folded);
        from.resize(from.len() + (folded.len() - before), at);
    }
    // The end of the source character of folded character `k`.
    let end_of = |k: usize| {
        let start = from.get(k).copied().unwrap_or(text.len());
        from.get(k + 1..)
            .and_then(|rest| rest.iter().find(|&&s| s != start))
            .copied()
            .unwrap_or(text.len())
    };
    let mut i = 0;
    while i + q.len() <= folded.len() && out.len() < limit {
        let hit = folded.get(i..i + q.len()) == Some(q.as_slice())
            // A match starts at a character's start, not inside an expansion ("…").
            && (i == 0 || from.get(i - 1) != from.get(i));
        if !hit {
            i += 1;
            continue;
        }
        let (Some(&start), end) = (from.get(i), end_of(i + q.len() - 1)) else {
            break;
        };
        out.push(Span::new(start, end));
        i += q.len();
        while from.get(i).is_some_and(|&s| s < end) {
            i += 1;
        }
    }
    out
}

/// [`find_all`] when text and folded query are ASCII: no character needs folding but case.
fn find_ascii(text: &str, q: &[char], fold_case: bool, limit: usize) -> Vec<Span> {
    let q: String = q.iter().collect();
    let (bytes, needle) = (text.as_bytes(), q.as_bytes());
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= bytes.len() && out.len() < limit {
        let matches = |w: &[u8]| {
            w.iter()
                .zip(needle)
                .all(|(a, b)| a == b || (fold_case && a.to_ascii_lowercase() == *b))
        };
        if bytes.get(i..i + needle.len()).is_some_and(matches) {
            out.push(Span::new(i, i + needle.len()));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, q: &str) -> Vec<String> {
        find_all(text, q, LIMIT)
            .iter()
            .map(|s| s.text(text).to_owned())
            .collect()
    }

    #[test]
    fn smart_case() {
        let t = "Putin met putin. PUTIN! Пу́тин";
        assert_eq!(found(t, "putin"), ["Putin", "putin", "PUTIN"]);
        assert_eq!(found(t, "Putin"), ["Putin"]);
        assert_eq!(found(t, "in"), ["in", "in", "IN"]);
        assert_eq!(found(t, "!"), ["!"]);
        let ascii = "Putin met putin. PUTIN!";
        assert_eq!(found(ascii, "putin"), ["Putin", "putin", "PUTIN"]);
        assert_eq!(found(ascii, "Putin"), ["Putin"]);
        assert_eq!(found(ascii, "PUTIN"), ["PUTIN"]);
        assert_eq!(found(t, "тин"), ["тин"]);
        assert_eq!(
            found(t, "путин"),
            ["Пу́тин"],
            "Cyrillic folds too, stress mark and all"
        );
        assert_eq!(found("aaaa", "aa").len(), 2, "non-overlapping");
        assert!(found(t, "").is_empty());
        assert_eq!(find_all("a a a a", "a", 2).len(), 2);
        assert_eq!(found("x “hysteria.”", "hysteria"), ["hysteria"]);
    }

    #[test]
    fn accents_and_typography_are_ignored() {
        let t = "François Hollande said: “don’t wait” — São Paulo, Łódź and Straße… ok";
        assert_eq!(found(t, "francois"), ["François"]);
        assert_eq!(found(t, "Francois"), ["François"]);
        assert_eq!(found(t, "francois"), found(t, "François"));
        assert_eq!(found(t, "don't"), ["don’t"]);
        assert_eq!(found(t, "\"don't wait\""), ["“don’t wait”"]);
        assert_eq!(found(t, "- sao"), ["— São"]);
        assert_eq!(found(t, "lodz"), ["Łódź"]);
        assert_eq!(found(t, "strasse"), ["Straße"]);
        assert_eq!(found(t, "e..."), ["e…"]);
        assert!(
            found(t, "francoiS").is_empty(),
            "a capital makes the case count"
        );
    }
}
