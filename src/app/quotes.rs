//! The reader's view of quotes: the one place that reads them from the [`Analysis`].
//!
//! The quotes layer of the analysis is being built separately; [`quotes`] is the single
//! accessor to wire to it (`analysis.quotes`), and everything in the reader goes through
//! [`QuoteView`]. Until then the reader simply has no quotes.

use crate::analysis::Analysis;
use crate::analysis::span::Span;

/// A quote as the reader uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteView {
    /// The quoted words.
    pub span: Span,
    /// Index of the speaker in `analysis.actors`.
    pub speaker: Option<usize>,
    /// The cue ("said", "stating"), when found.
    pub cue: Option<Span>,
    /// A scare quote or quoted phrase rather than reported speech.
    pub fragment: bool,
}

/// The quotes of `analysis`, sorted by position.
pub fn quotes(analysis: &Analysis) -> Vec<QuoteView> {
    // Wire here: `analysis.quotes.iter().map(|q| QuoteView { span: q.span,
    // speaker: q.speaker, cue: q.cue, fragment: q.kind == QuoteKind::Fragment }).collect()`.
    let _ = analysis;
    Vec::new()
}

/// Quotes found by pairing curly quotation marks only: a stand-in used by tests and benches
/// to exercise quote navigation until the analysis provides real quotes. Not used by the
/// reader itself.
#[doc(hidden)]
pub fn paired_marks(text: &str) -> Vec<QuoteView> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '\u{201c}' => open = Some(i + c.len_utf8()),
            '\u{201d}' => {
                if let Some(start) = open.take() {
                    let span = Span::new(start, i);
                    let words = span.text(text).split_whitespace().count();
                    out.push(QuoteView {
                        span,
                        speaker: None,
                        cue: None,
                        fragment: words < 4,
                    });
                }
            }
            '\n' => open = None,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paired_marks_stand_in() {
        let text = "He said “this is a full sentence here” and “hysteria.”\n“open";
        let q = paired_marks(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].span.text(text), "this is a full sentence here");
        assert!(!q[0].fragment && q[1].fragment);
        assert!(quotes(&Analysis::default()).is_empty());
    }
}
