//! The tokenizer's behaviour on whole texts and on spans.

use super::super::sentences;
use super::super::test_support::check;
use super::cases::TOKENS;
use super::*;

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokens(text, Span::new(0, text.len()))
        .map(|t| (t.span.text(text), t.kind))
        .collect()
}

#[test]
fn token_table() {
    for &(text, want) in TOKENS {
        assert_eq!(toks(text), want, "input: {text:?}");
        check(text);
    }
}

#[test]
fn tokens_respect_the_span() {
    let text = "The U.S. said “no.”";
    // Tokens stop at the span end even mid-acronym.
    let got: Vec<&str> = tokens(text, Span::new(4, 7))
        .map(|t| t.span.text(text))
        .collect();
    assert_eq!(got, ["U.S"]);
    // Out-of-range or off-boundary spans are clamped, not a panic.
    let cjk = "中文。";
    assert_eq!(tokens(cjk, Span::new(1, 99)).count(), 2);
    assert!(
        sentences(cjk, Span::new(2, 999))
            .iter()
            .all(|s| cjk.get(s.start..s.end).is_some())
    );
    assert!(sentences(cjk, Span::new(7, 3)).is_empty());
}

#[test]
fn words_ended_by_stops_and_typographic_marks() {
    // The fast path for plain words and the general scan agree at these ends.
    let text = "Putin. U.S. end.Next Iran’s it’s O’Brien ’hi’ “no” now— see… Putin’s.";
    let words: Vec<&str> = toks(text)
        .into_iter()
        .filter(|&(_, k)| k == TokenKind::Word)
        .map(|(w, _)| w)
        .collect();
    assert_eq!(
        words,
        [
            "Putin",
            "U.S.",
            "end.Next",
            "Iran",
            "it’s",
            "O’Brien",
            "hi",
            "no",
            "now",
            "see",
            "Putin"
        ]
    );
}

#[test]
fn hyphenated_words_are_flagged() {
    let text = "U.S.-based 50-year-old pro-Russian Putin — re‐elected 2010-11 -x";
    let flagged: Vec<(&str, bool)> = tokens(text, Span::new(0, text.len()))
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| (t.span.text(text), t.hyphenated))
        .collect();
    assert_eq!(
        flagged,
        [
            ("U.S.-based", true),
            ("50-year-old", true),
            ("pro-Russian", true),
            ("Putin", false),
            ("re‐elected", false),
            ("x", false),
        ]
    );
}
