//! The news convention that a quote-only paragraph, or the next piece of a quotation after
//! its short attribution, continues the previous quote's speaker.

use super::{Attributor, Said};
use crate::analysis::actors::ActorId;
use crate::analysis::quotes::marks::Quoted;
use crate::analysis::span::Span;

/// The most words of a whole attribution sentence between two pieces of one quotation.
const ATTRIBUTION_WORDS: usize = 40;

/// Words between two quotes of one paragraph that may hold the first one's attribution
/// ("”, Jane Doe, the state's attorney general, said. “"), for the second to continue it.
const CONTINUATION_WORDS: usize = 12;

impl Attributor<'_> {
    /// A paragraph that is only a quotation, or a quotation after the previous one and its short
    /// attribution in the same paragraph, continues the previous quote's speaker.
    pub(super) fn continued(
        &self,
        q: &Quoted,
        previous: Option<(Span, Option<ActorId>, Option<Span>)>,
    ) -> Option<Said> {
        let para = self.paragraph_of(q.open.start);
        let only = q.open.start == para.start
            && q.close.is_none_or(|c| {
                self.text
                    .get(c.end..para.end)
                    .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
            });
        let (prev_span, prev_speaker, prev_cue) = previous?;
        let prev_para = self.paragraph_of(prev_span.start);
        let adjacent = self
            .seg
            .paragraphs
            .partition_point(|p| p.end <= prev_para.start)
            + 1
            >= self.seg.paragraphs.partition_point(|p| p.end <= para.start);
        // “A,” she said. “B.”: the next piece of the same paragraph, after no more than the
        // previous piece's attribution — a few words, or its whole attribution sentence
        // (“A,” said Jane Doe, a professor of law at State University. “B.”).
        let attribution_only = prev_cue.is_some_and(|c| c.start >= prev_span.end)
            && self
                .seg
                .sentences
                .get(
                    self.seg
                        .sentences
                        .partition_point(|s| s.start <= prev_span.end),
                )
                .is_none_or(|next| next.start >= q.open.start);
        let same_paragraph = prev_para == para
            && self
                .text
                .get(prev_span.end..q.open.start)
                .is_some_and(|between| {
                    let words = between.split_whitespace().count();
                    (words <= CONTINUATION_WORDS
                        || (attribution_only && words <= ATTRIBUTION_WORDS))
                        && !between.contains(['\n', ':', ';'])
                });
        ((only && adjacent) || same_paragraph).then_some(())?;
        Some(Said {
            actor: prev_speaker?,
            cue: None,
            mention: None,
        })
    }
}
