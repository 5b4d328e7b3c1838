//! Finding a query in the article: smart case (a query with a capital letter is
//! case-sensitive, otherwise ASCII letters match either case), non-overlapping matches.

use crate::analysis::span::Span;

/// The most matches kept.
pub const LIMIT: usize = 100_000;

/// Matches of `query` in `text`, in order, at most `limit`.
pub fn find_all(text: &str, query: &str, limit: usize) -> Vec<Span> {
    let mut out = Vec::new();
    if query.is_empty() {
        return out;
    }
    let fold = !query.chars().any(char::is_uppercase);
    let q = query.as_bytes();
    let Some(&first) = q.first() else {
        return out;
    };
    if !fold || !q.iter().any(u8::is_ascii_alphabetic) {
        out.extend(
            text.match_indices(query)
                .take(limit)
                .map(|(i, m)| Span::new(i, i + m.len())),
        );
        return out;
    }
    // Case-folded: scan for either case of the first byte, then compare the window.
    let bytes = text.as_bytes();
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut i = 0;
    while i + q.len() <= bytes.len() && out.len() < limit {
        let Some(off) = bytes[i..].iter().position(|&b| b == lo || b == up) else {
            break;
        };
        let at = i + off;
        match bytes.get(at..at + q.len()) {
            Some(window) if window.eq_ignore_ascii_case(q) && text.is_char_boundary(at) => {
                out.push(Span::new(at, at + q.len()));
                i = at + q.len();
            }
            Some(_) => i = at + 1,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, q: &str) -> Vec<&'static str> {
        let spans = find_all(text, q, LIMIT);
        let owned: Vec<&'static str> = spans
            .iter()
            .map(|s| &*Box::leak(s.text(text).to_owned().into_boxed_str()))
            .collect();
        owned
    }

    #[test]
    fn smart_case() {
        let t = "Putin met putin. PUTIN! Пу́тин";
        assert_eq!(found(t, "putin"), ["Putin", "putin", "PUTIN"]);
        assert_eq!(found(t, "Putin"), ["Putin"]);
        assert_eq!(found(t, "in"), ["in", "in", "IN"]);
        assert_eq!(found(t, "!"), ["!"]);
        assert_eq!(found(t, "тин"), ["тин"]);
        assert_eq!(found("aaaa", "aa").len(), 2, "non-overlapping");
        assert!(found(t, "").is_empty());
        assert_eq!(find_all("a a a a", "a", 2).len(), 2);
        assert_eq!(found("x “hysteria.”", "hysteria"), ["hysteria"]);
    }
}
