//! Checks shared by the fuzz targets: the span invariants of an analysis (the same ones
//! `tests/properties.rs` checks), the links of a document, and the two output formats.
#![allow(dead_code)]

use byline::analysis::date::{Date, days_in_month};
use byline::analysis::span::Span;
use byline::analysis::{Analysis, analyze};
use byline::document::Document;
use byline::output::json::AnalysisV1;
use byline::output::report;

/// A publication date from a one-byte flag and three more bytes, and the rest of `data`.
///
/// Header: `flags` (bit 0: a date follows; bit 1: the first line is the title; bits 2..:
/// the month), then when dated `year_lo year_hi day` (year `1 + u16 % 9999`, the day
/// clamped to the month). `01 e9 07 0f` is 2026-01-16; `00` is undated.
pub struct Header<'a> {
    pub published: Option<Date>,
    pub title: bool,
    pub rest: &'a [u8],
}

pub fn header(data: &[u8]) -> Header<'_> {
    let Some((&flags, rest)) = data.split_first() else {
        return Header {
            published: None,
            title: false,
            rest: data,
        };
    };
    let title = flags & 2 != 0;
    if flags & 1 == 0 {
        return Header {
            published: None,
            title,
            rest,
        };
    }
    let [lo, hi, day, rest @ ..] = rest else {
        return Header {
            published: None,
            title,
            rest,
        };
    };
    let year = 1 + i32::from(u16::from_le_bytes([*lo, *hi]) % 9999);
    let month = (flags >> 2) % 12 + 1;
    let day = (day % 31 + 1).min(days_in_month(year, month));
    Header {
        published: Date::new(year, month, day),
        title,
        rest,
    }
}

/// A short, escaped excerpt of `text` around `span`, for assertion messages.
fn around(text: &str, span: Span) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let a = floor(span.start.saturating_sub(40));
    let b = floor(span.end.saturating_add(40));
    format!("{:?}", text.get(a..b.max(a)).unwrap_or(""))
}

/// `span` lies in `text`, the right way round, on char boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of range (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries near {}",
        around(text, span)
    );
}

fn check_sorted(spans: &[Span], what: &str) {
    for w in spans.windows(2) {
        assert!(
            w[0].start <= w[1].start,
            "{what}s not sorted by start: {:?} before {:?}",
            w[0],
            w[1]
        );
    }
}

/// Every span of `analysis` lies in `text` on char boundaries; segments are sorted; actor
/// indices point at actors.
pub fn check_analysis(text: &str, analysis: &Analysis) {
    let segments = &analysis.segments;
    for &p in &segments.paragraphs {
        check_span(text, p, "paragraph");
    }
    for &s in &segments.sentences {
        check_span(text, s, "sentence");
    }
    check_sorted(&segments.paragraphs, "paragraph");
    check_sorted(&segments.sentences, "sentence");
    let actors = analysis.actors.len();
    for actor in &analysis.actors {
        assert!(
            !actor.mentions.is_empty(),
            "actor {:?} without mentions",
            actor.name
        );
        for m in &actor.mentions {
            check_span(text, m.span, "mention");
            assert!(!m.span.is_empty(), "empty mention of {:?}", actor.name);
        }
        let spans: Vec<Span> = actor.mentions.iter().map(|m| m.span).collect();
        check_sorted(&spans, "mention");
        assert!(
            actor.salience.is_finite(),
            "salience {} of {:?}",
            actor.salience,
            actor.name
        );
    }
    for q in &analysis.quotes {
        check_span(text, q.span, "quote");
        if let Some(cue) = q.cue {
            check_span(text, cue, "quote cue");
        }
        assert!(
            q.speaker.is_none_or(|s| s.index() < actors),
            "quote {:?} has speaker {:?} of {actors} actors",
            q.span,
            q.speaker
        );
        if let Some(speaker) = q.speaker.and_then(|s| analysis.actor(s)) {
            for m in &speaker.mentions {
                check_span(text, m.span, "speaker mention");
            }
        }
    }
    for e in &analysis.timeline {
        check_span(text, e.span, "timex");
        assert!(!e.span.is_empty(), "empty timex");
        if let Some(event) = e.event {
            check_span(text, event, "timeline event");
        }
        assert!(
            e.actors.iter().all(|&a| a.index() < actors),
            "timex {:?} names actors {:?} of {actors}",
            e.span,
            e.actors
        );
    }
}

/// The links of `doc` lie in its text on char boundaries.
pub fn check_document(doc: &Document) {
    for link in &doc.links {
        check_span(&doc.text, link.span, "link");
    }
}

/// Analyses `doc` and checks the result and both output formats.
pub fn analyze_document(doc: &Document) -> Analysis {
    check_document(doc);
    let analysis = analyze(&doc.text, doc.published);
    check_analysis(&doc.text, &analysis);
    check_outputs(doc, &analysis);
    analysis
}

/// `byline.analysis.v1` JSON into a `Vec<u8>` (it must parse back, on one line) and the
/// plain-text report.
pub fn check_outputs(doc: &Document, analysis: &Analysis) {
    let mut sink = Vec::new();
    serde_json::to_writer(&mut sink, &AnalysisV1::new(doc, analysis))
        .expect("serialising byline.analysis.v1");
    assert!(!sink.contains(&b'\n'), "JSON line has a newline");
    let value: serde_json::Value =
        serde_json::from_slice(&sink).expect("byline.analysis.v1 JSON parses back");
    assert_eq!(value["document"]["text"].as_str(), Some(doc.text.as_str()));
    let _ = report::render(doc, analysis);
}
