//! Properties of the whole pipeline: every span lies on char boundaries, for the seeds and
//! for arbitrary input, and loading never panics on arbitrary bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use byline::analysis::{Analysis, analyze, span::Span};
use byline::document::{LoadOptions, from_bytes};
use proptest::prelude::*;

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of range"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

fn check(text: &str, analysis: &Analysis) {
    for &p in &analysis.segments.paragraphs {
        check_span(text, p, "paragraph");
    }
    for &s in &analysis.segments.sentences {
        check_span(text, s, "sentence");
    }
    for actor in &analysis.actors {
        assert!(!actor.mentions.is_empty(), "actor without mentions");
        assert!(
            actor
                .mentions
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start)
        );
        for m in &actor.mentions {
            check_span(text, m.span, "mention");
            assert!(!m.span.is_empty(), "empty mention");
        }
    }
    for q in &analysis.quotes {
        check_span(text, q.span, "quote");
        assert!(q.speaker.is_none_or(|s| analysis.actor(s).is_some()));
    }
    for e in &analysis.timeline {
        check_span(text, e.span, "timex");
        assert!(!e.span.is_empty(), "empty timex");
        if let Some(ev) = e.event {
            check_span(text, ev, "event");
        }
        assert!(e.actors.iter().all(|&a| a.index() < analysis.actors.len()));
        assert!(e.label.as_ref().is_none_or(|l| l.chars().count() <= 60));
    }
}

fn published() -> Option<byline::analysis::date::Date> {
    byline::analysis::date::Date::new(2026, 1, 16)
}

#[test]
fn seeds_spans_are_on_char_boundaries() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        check(&text, &analyze(&text, None));
        check(&text, &analyze(&text, published()));
        n += 1;
    }
    assert!(n >= 1);
}

/// News-like text: names, titles, quotes, dashes, possessives, multi-byte characters.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Putin",
        "Vladimir",
        "President",
        "U.S.",
        "U.S.-Iran",
        "Iranian",
        "the",
        "said",
        "“",
        "”",
        "‘",
        "’s",
        "'",
        "\"",
        ".",
        ",",
        "—",
        "-",
        "\n",
        "\n\n",
        " ",
        " ",
        " ",
        "é",
        "中文",
        "Kremlin",
        "UN",
        "Mr.",
        "Jan.",
        "2026",
        "$3.2",
        "iPhone",
        "Boeing 787",
        "Co.",
        "of",
        "Bank",
        "The",
        "Prime Minister",
        "(",
        ")",
        "🙂",
        "\u{301}",
        "administration",
        "Friday",
        "on",
        "last week",
        "two days ago",
        "January 16",
        "3 p.m.",
        "(GMT +8)",
        "10:30",
        "mid-2011",
        "27-year",
        "the first half of",
        "from 2009 to 2011",
        "7/8/07",
        "every",
        "year",
        "later",
        "recent weeks",
        "now",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #[cfg(feature = "tui")]
    #[test]
    fn search_matches_are_on_char_boundaries(
        text in "[a-zA-Z éÉøß’“”—…\\u{301}]{0,80}",
        query in "[a-zA-Z éøß'\"-.]{1,4}",
    ) {
        let found = byline::app::search::find_all(&text, &query, 1000);
        for pair in found.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "overlapping matches");
        }
        for span in found {
            check_span(&text, span, "search match");
            prop_assert!(!span.is_empty(), "empty match");
        }
    }

    #[test]
    fn arbitrary_text_spans_are_on_char_boundaries(text in "\\PC{0,200}") {
        check(&text, &analyze(&text, None));
    }

    #[test]
    fn news_like_text_spans_are_on_char_boundaries(text in newsy()) {
        check(&text, &analyze(&text, None));
        check(&text, &analyze(&text, published()));
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(loaded) = from_bytes(&bytes, "fuzz", None, LoadOptions::default()) {
            let text = &loaded.document.text;
            check(text, &analyze(text, None));
        }
    }
}
