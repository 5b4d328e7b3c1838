//! The reader's view of quotes: the one place that reads them from the [`Analysis`].
//!
//! Everything in the reader goes through [`QuoteView`], so a change to the analysis' quote
//! type touches only [`quotes`].

use crate::analysis::Analysis;
use crate::analysis::actors::ActorId;
use crate::analysis::quotes::QuoteKind;
use crate::analysis::span::Span;

/// A quote as the reader uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteView {
    /// The quoted words.
    pub span: Span,
    /// The speaker, one of `analysis.actors`.
    pub speaker: Option<ActorId>,
    /// The cue ("said", "stating"), when found.
    pub cue: Option<Span>,
    /// The mention the speaker was read from, when found.
    pub speaker_mention: Option<Span>,
    /// A statement, a quoted phrase, or reported speech without quotation marks.
    pub kind: QuoteKind,
}

impl QuoteView {
    /// Whether this is reported speech rather than quoted words.
    pub fn reported(&self) -> bool {
        self.kind == QuoteKind::Indirect
    }

    /// Whether this is a quoted phrase rather than a statement.
    pub fn fragment(&self) -> bool {
        self.kind == QuoteKind::Fragment
    }

    /// How the status line and popup name the kind.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            QuoteKind::Indirect => "reported",
            kind => kind.as_str(),
        }
    }
}

/// How many quotes back a quote enclosing a point may start (a reported statement holds a
/// few quoted phrases).
const ENCLOSING_REACH: usize = 16;

/// The quotes (sorted by start) that may overlap `span`, and the index of the first. A
/// reported statement can enclose quoted phrases, so ends are not sorted: the last few that
/// start before `span` are looked at too.
pub fn overlapping_quotes(quotes: &[QuoteView], span: Span) -> (usize, &[QuoteView]) {
    let end = quotes.partition_point(|q| q.span.start < span.end);
    let inside = quotes.partition_point(|q| q.span.start < span.start);
    let from = (inside.saturating_sub(ENCLOSING_REACH)..inside)
        .find(|&k| quotes.get(k).is_some_and(|q| q.span.end > span.start))
        .unwrap_or(inside);
    (from, quotes.get(from..end).unwrap_or(&[]))
}

/// The quotes of `analysis`, sorted by position.
pub fn quotes(analysis: &Analysis) -> Vec<QuoteView> {
    let mut out: Vec<QuoteView> = analysis
        .quotes
        .iter()
        .map(|q| QuoteView {
            span: q.span,
            speaker: q.speaker.filter(|&s| analysis.actor(s).is_some()),
            cue: q.cue,
            speaker_mention: q.speaker_mention,
            kind: q.kind,
        })
        .collect();
    out.sort_by_key(|q| q.span);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_sorted_with_valid_speakers() {
        let text = "“We will talk,” Putin said. Peskov called it “hysteria.”";
        let analysis = crate::analysis::analyze(text, None);
        let q = quotes(&analysis);
        assert!(!q.is_empty());
        assert!(q.windows(2).all(|w| w[0].span <= w[1].span));
        assert!(
            q.iter()
                .filter_map(|q| q.speaker)
                .all(|s| analysis.actor(s).is_some())
        );
        assert!(quotes(&Analysis::default()).is_empty());
    }
}
