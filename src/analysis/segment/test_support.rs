//! Test helpers shared by the segmentation tests: the seed article and the invariant checks.

use super::{segment, sentences, tokens};
use crate::analysis::span::Span;

/// The seed article.
pub(super) const SEED: &str = include_str!("../../../seeds/putin-iran-israel-calls.txt");

/// The texts of `spans`.
pub(super) fn strs<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|s| s.text(text)).collect()
}

/// Spans are non-empty, trimmed, on char boundaries, inside the text, sorted and disjoint.
fn check_spans(text: &str, spans: &[Span]) {
    let mut last = 0;
    for s in spans {
        assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(s.trim(text), *s, "untrimmed {:?}", s.text(text));
        assert!(last <= s.start, "unsorted or overlapping at {s:?}");
        last = s.end;
    }
}

/// Everything in `outer` not covered by `inner` spans is whitespace.
fn check_cover(text: &str, outer: Span, inner: &[Span]) {
    let mut pos = outer.start;
    for s in inner {
        assert!(outer.contains(*s), "{s:?} outside {outer:?}");
        assert!(
            text[pos..s.start].trim().is_empty(),
            "dropped {:?}",
            &text[pos..s.start]
        );
        pos = s.end;
    }
    assert!(text[pos..outer.end].trim().is_empty());
}

/// All segmentation invariants for `text`.
pub(super) fn check(text: &str) {
    let seg = segment(text);
    check_spans(text, &seg.paragraphs);
    check_spans(text, &seg.sentences);
    check_cover(text, Span::new(0, text.len()), &seg.paragraphs);
    let mut rest = seg.sentences.as_slice();
    for &p in &seg.paragraphs {
        let n = rest.iter().take_while(|s| p.contains(**s)).count();
        let (inside, after) = rest.split_at(n);
        assert_eq!(inside, sentences(text, p).as_slice());
        check_cover(text, p, inside);
        rest = after;
    }
    assert!(rest.is_empty(), "sentence outside every paragraph");
    for &s in &seg.sentences {
        let ts: Vec<Span> = tokens(text, s).map(|t| t.span).collect();
        for t in &ts {
            assert!(!t.is_empty() && !t.text(text).contains(char::is_whitespace));
        }
        check_spans(text, &ts);
        check_cover(text, s, &ts);
    }
}
