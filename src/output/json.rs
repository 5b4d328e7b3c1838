//! The `byline.analysis.v1` JSON schema (see the README's "JSON output").

use std::io::{self, Write};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::analysis::actors::{Actor, ActorId};
use crate::analysis::quotes::Quote;
use crate::analysis::timeline::TimelineEntry;
use crate::document::Document;

/// The schema identifier every object carries.
pub const SCHEMA: &str = "byline.analysis.v1";

/// One analysed document, as printed by `byline analyze --format json`.
#[derive(Debug, Serialize)]
pub struct AnalysisV1<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// The document every offset indexes into.
    pub document: DocumentV1<'a>,
    /// People, organisations, places and groups (filled by actor extraction).
    pub actors: Vec<ActorV1>,
    /// Quotations (filled by quote extraction).
    pub quotes: Vec<QuoteV1>,
    /// Dated events (filled by timeline extraction).
    pub timeline: Vec<TimelineV1>,
}

/// The document part of the schema.
#[derive(Debug, Serialize)]
pub struct DocumentV1<'a> {
    /// The headline, or null.
    pub title: Option<&'a str>,
    /// ISO date, or null.
    pub published: Option<String>,
    /// The author line without its "By" (web pages and feeds), left out when unknown; an
    /// addition to v1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<&'a str>,
    /// Path or URL, or null for stdin.
    pub source: Option<&'a str>,
    /// The plain text; offsets are UTF-8 byte offsets into it.
    pub text: &'a str,
    /// The links kept from HTML and Markdown (empty for plain text).
    pub links: Vec<LinkV1<'a>>,
}

/// A link: the byte range of its words in the text and its target.
#[derive(Debug, Serialize)]
pub struct LinkV1<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The address (absolute when the page's or feed's address was known).
    pub url: &'a str,
}

/// A byte range `{"start", "end"}`.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct SpanV1 {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// An actor.
#[derive(Debug, Serialize)]
pub struct ActorV1 {
    /// `A1`, `A2`, …
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// person | organization | place | group | other.
    pub kind: &'static str,
    /// Titles and roles seen with the name.
    pub roles: Vec<String>,
    /// Distinct surface forms of its name mentions.
    pub aliases: Vec<String>,
    /// Every mention.
    pub mentions: Vec<SpanV1>,
    /// 0..1 centrality.
    pub salience: f64,
    /// False for an actor known only by a description; omitted when true.
    #[serde(skip_serializing_if = "is_true")]
    pub named: bool,
}

fn is_true(b: &bool) -> bool {
    *b
}

/// A quotation.
#[derive(Debug, Serialize)]
pub struct QuoteV1 {
    /// `Q1`, `Q2`, …
    pub id: String,
    /// First byte of the quoted words.
    pub start: usize,
    /// One past the last byte of the quoted words.
    pub end: usize,
    /// Actor id of the speaker, or null.
    pub speaker: Option<String>,
    /// The mention the speaker was read from, or null.
    pub speaker_mention: Option<SpanV1>,
    /// The reporting word, or null.
    pub cue: Option<String>,
    /// direct | fragment | indirect.
    pub kind: &'static str,
}

/// A timeline entry.
#[derive(Debug, Serialize)]
pub struct TimelineV1 {
    /// `T1`, `T2`, …
    pub id: String,
    /// First byte of the temporal expression.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// DATE | TIME | DURATION | SET.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// TIMEX3 value, or null.
    pub value: Option<String>,
    /// The clause the expression anchors, or null.
    pub event: Option<SpanV1>,
    /// A short who-did-what label, or null.
    pub label: Option<String>,
    /// Actor ids taking part.
    pub actors: Vec<String>,
}

impl<'a> AnalysisV1<'a> {
    /// The schema view of `analysis` over `document`.
    pub fn new(document: &'a Document, analysis: &Analysis) -> Self {
        AnalysisV1 {
            schema: SCHEMA,
            document: DocumentV1 {
                title: document.title.as_deref(),
                published: document.published.map(|d| d.to_string()),
                byline: document.byline.as_deref(),
                source: document.source.as_deref(),
                text: &document.text,
                links: document
                    .links
                    .iter()
                    .map(|l| LinkV1 {
                        start: l.span.start,
                        end: l.span.end,
                        url: &l.url,
                    })
                    .collect(),
            },
            actors: analysis
                .actors
                .iter()
                .enumerate()
                .map(|(i, a)| ActorV1::new(ActorId::new(i), a))
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .enumerate()
                .map(|(i, q)| QuoteV1::new(i, q, &document.text))
                .collect(),
            timeline: analysis
                .timeline
                .iter()
                .enumerate()
                .map(|(i, t)| TimelineV1::new(i, t))
                .collect(),
        }
    }
}

/// The schema id of actor `id`: `A1`, `A2`, … in list order.
pub fn actor_id(id: ActorId) -> String {
    format!("A{}", id.index() + 1)
}

impl ActorV1 {
    fn new(id: ActorId, actor: &Actor) -> Self {
        ActorV1 {
            id: actor_id(id),
            name: actor.name.clone(),
            kind: actor.kind.as_str(),
            roles: actor.roles.clone(),
            aliases: actor.aliases.clone(),
            mentions: actor
                .mentions
                .iter()
                .map(|m| SpanV1 {
                    start: m.span.start,
                    end: m.span.end,
                })
                .collect(),
            salience: actor.salience,
            named: actor.named,
        }
    }
}

impl QuoteV1 {
    fn new(i: usize, quote: &Quote, text: &str) -> Self {
        QuoteV1 {
            id: format!("Q{}", i + 1),
            start: quote.span.start,
            end: quote.span.end,
            speaker: quote.speaker.map(actor_id),
            speaker_mention: quote.speaker_mention.map(|m| SpanV1 {
                start: m.start,
                end: m.end,
            }),
            cue: quote.cue.map(|c| c.text(text).to_owned()),
            kind: quote.kind.as_str(),
        }
    }
}

impl TimelineV1 {
    fn new(i: usize, entry: &TimelineEntry) -> Self {
        TimelineV1 {
            id: format!("T{}", i + 1),
            start: entry.span.start,
            end: entry.span.end,
            kind: entry.kind.as_str(),
            value: entry.value.clone(),
            event: entry.event.map(|e| SpanV1 {
                start: e.start,
                end: e.end,
            }),
            label: entry.label.clone(),
            actors: entry.actors.iter().copied().map(actor_id).collect(),
        }
    }
}

/// Writes `document` and its `analysis` to `out` as one compact JSON line, newline included,
/// streaming (the text is not copied into a string first).
pub fn write_line(
    out: &mut impl Write,
    document: &Document,
    analysis: &Analysis,
) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(&mut *out, TerminalSafe);
    AnalysisV1::new(document, analysis).serialize(&mut serializer)?;
    out.write_all(b"\n")
}

/// Compact JSON that escapes C1 controls, DEL and bidi overrides too (`\u009b`), as it
/// escapes ESC and the other C0 controls: a line shown on a terminal cannot act on it.
struct TerminalSafe;

impl serde_json::ser::Formatter for TerminalSafe {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // serde_json escapes C0 itself; what is left to find is DEL, C1 (C2 80..9F) and the
        // bidi controls (E2 80 AA..AE, E2 81 A6..A9), byte by byte.
        let b = fragment.as_bytes();
        let (mut start, mut i) = (0, 0);
        while let Some(&byte) = b.get(i) {
            let len = match (byte, b.get(i + 1), b.get(i + 2)) {
                (0x7f, ..) => 1,
                (0xc2, Some(0x80..=0x9f), _) => 2,
                (0xe2, Some(0x80), Some(0xaa..=0xae)) | (0xe2, Some(0x81), Some(0xa6..=0xa9)) => 3,
                _ => {
                    i += 1;
                    continue;
                }
            };
            writer.write_all(b.get(start..i).unwrap_or_default())?;
            let c = fragment
                .get(i..)
                .and_then(|r| r.chars().next())
                .unwrap_or('\u{fffd}');
            write!(writer, "\\u{:04x}", u32::from(c))?;
            i += len;
            start = i;
        }
        writer.write_all(b.get(start..).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::document::{Input, LoadOptions, load};

    #[test]
    fn seed_json_has_the_schema_shape() {
        let loaded = load(&Input::Sample, LoadOptions::default()).unwrap();
        let doc = &loaded.document;
        let mut out = Vec::new();
        write_line(&mut out, doc, &analyze(&doc.text, doc.published)).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert_eq!(line.find('\n'), Some(line.len() - 1), "one line");
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["schema"], "byline.analysis.v1");
        assert_eq!(v["document"]["title"], doc.title.as_deref().unwrap());
        assert_eq!(v["document"]["published"], "2026-01-16");
        assert_eq!(v["document"]["source"], "seeds/putin-iran-israel-calls.txt");
        assert_eq!(v["document"]["text"], doc.text.as_str());
        for key in ["actors", "quotes", "timeline"] {
            assert!(v[key].is_array(), "{key}");
        }
    }

    #[test]
    fn exactly_the_unsafe_characters_are_escaped() {
        use serde::ser::Serializer as _;
        for code in (0x20..0x3000).chain(0x1f600..0x1f610) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mut out = Vec::new();
            let mut ser = serde_json::Serializer::with_formatter(&mut out, TerminalSafe);
            ser.serialize_str(&format!("a{c}b")).unwrap();
            let escaped = String::from_utf8(out).unwrap().contains("\\u");
            let expected = crate::output::terminal::is_unsafe(c);
            assert_eq!(escaped, expected, "U+{code:04X}");
        }
    }

    #[test]
    fn control_characters_are_escaped() {
        let doc = crate::document::from_bytes(
            "A \u{1b}]0;x\u{7} b \u{9b}2J \u{202e}c “é”".as_bytes(),
            "t.txt",
            None,
            LoadOptions::default(),
        )
        .unwrap()
        .document;
        let mut out = Vec::new();
        write_line(&mut out, &doc, &analyze(&doc.text, None)).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert!(
            line.contains(r"A \u001b]0;x\u0007 b \u009b2J \u202ec “é”"),
            "{line}"
        );
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["document"]["text"], doc.text.as_str());
    }
}
