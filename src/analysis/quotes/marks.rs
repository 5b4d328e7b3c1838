//! Finding quotations: pairing quote marks within paragraphs, telling apostrophes from
//! single quotes, and recovering from unbalanced marks.

use crate::analysis::segment::Segmentation;
use crate::analysis::span::Span;

/// A quotation found in the text, before attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    /// The quoted words, without the marks (trimmed).
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, if the quote was closed in its paragraph.
    pub close: Option<Span>,
}

/// How a mark can act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark: opens or closes by its neighbours.
    Either,
}

/// Whether a mark is a double (“ ” " « » „) or a single (‘ ’ ') quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Double,
    Single,
}

fn classify(c: char) -> Option<(Weight, Role)> {
    Some(match c {
        '“' | '„' | '«' => (Weight::Double, Role::Open),
        '”' | '»' => (Weight::Double, Role::Close),
        '"' => (Weight::Double, Role::Either),
        '‘' | '‚' => (Weight::Single, Role::Open),
        '’' => (Weight::Single, Role::Close),
        '\'' => (Weight::Single, Role::Either),
        _ => None?,
    })
}

/// Whether a single mark between `prev` and `next` is an apostrophe: don't, ’90s, Peskov’s,
/// students’ (after an s, unless a single quote is open), rock ’n’ roll.
fn is_apostrophe(prev: Option<char>, next: Option<char>, single_open: bool) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if letter(prev) && letter(next) {
        return true;
    }
    if !letter(prev) && next.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    prev.is_some_and(|c| c == 's' || c == 'S') && !letter(next) && !single_open
}

/// The most quotations (and reported statements, counted together) a document keeps: the
/// first ones in text order (a long novel has fewer). Beyond it a page of marks, or a
/// megabyte of "the mayor said …", would cost memory for nothing a reader can use.
pub const MAX_QUOTES: usize = 20_000;

/// Finds every quotation in every paragraph (the first [`MAX_QUOTES`]). Quotes never cross
/// paragraphs: an unclosed quote ends at the end of its sentence, or of its paragraph when the
/// next paragraph opens with a quote mark (one quote per paragraph, as news style writes long
/// quotations).
pub fn find(text: &str, seg: &Segmentation) -> Vec<Quoted> {
    let mut out = Vec::new();
    for (p, &para) in seg.paragraphs.iter().enumerate() {
        if out.len() >= MAX_QUOTES {
            break;
        }
        let next_opens = seg
            .paragraphs
            .get(p + 1)
            .and_then(|n| n.text(text).chars().next())
            .is_some_and(|c| classify(c).is_some_and(|(_, r)| r != Role::Close));
        paragraph(text, seg, para, next_opens, &mut out);
    }
    out.truncate(MAX_QUOTES);
    out
}

/// The first byte of `bytes` at or after `from` that may be a mark: an ASCII quote, or the
/// lead byte of « » (C2) or of a curly mark (E2); lead bytes are always char boundaries.
/// `c2` holds the next C2 at or after an earlier `from` (`usize::MAX`: none), so that rare
/// byte is searched for again only once passed.
fn next_candidate(bytes: &[u8], from: usize, c2: &mut usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    if *c2 < from {
        *c2 = memchr::memchr(0xC2, rest).map_or(usize::MAX, |k| from + k);
    }
    match memchr::memchr3(b'"', b'\'', 0xE2, rest).map(|k| from + k) {
        Some(other) if other < *c2 => Some(other),
        _ => (*c2 != usize::MAX).then_some(*c2),
    }
}

fn paragraph(text: &str, seg: &Segmentation, para: Span, next_opens: bool, out: &mut Vec<Quoted>) {
    let body = para.text(text);
    // The open double mark, and an open single mark (outer or nested).
    let mut double: Option<Span> = None;
    let mut single: Option<Span> = None;
    let bytes = body.as_bytes();
    let mut c2 = memchr::memchr(0xC2, bytes).unwrap_or(usize::MAX);
    let mut from = 0;
    while let Some(i) = next_candidate(bytes, from, &mut c2) {
        if out.len() >= MAX_QUOTES {
            return;
        }
        let Some(c) = body.get(i..).and_then(|rest| rest.chars().next()) else {
            from = i + 1;
            continue;
        };
        from = i + c.len_utf8();
        let Some((weight, role)) = classify(c) else {
            continue;
        };
        let next = body.get(from..).and_then(|rest| rest.chars().next());
        let at = para.start + i;
        let mark = Span::new(at, at + c.len_utf8());
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let opens = match role {
            Role::Open => true,
            Role::Close => false,
            Role::Either => {
                let open_slot = if weight == Weight::Double {
                    double
                } else {
                    single
                };
                open_slot.is_none() && !before.is_some_and(char::is_alphanumeric)
            }
        };
        match weight {
            Weight::Single => {
                if !opens && is_apostrophe(before, next, single.is_some()) {
                    continue;
                }
                if opens && before.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                if opens {
                    single = Some(mark);
                } else if let Some(open) = single.take()
                    && double.is_none_or(|d| d.start > open.start)
                {
                    // An outer single quote (‘…’ house style); nested ones stay inside.
                    push(text, open, Some(mark), open.end, at, out);
                }
            }
            Weight::Double => {
                if opens {
                    if let Some(open) = double.replace(mark) {
                        // A second opening mark: the first quote ran on unclosed.
                        push(
                            text,
                            open,
                            None,
                            open.end,
                            sentence_end(seg, open.end, at),
                            out,
                        );
                    }
                    single = None;
                } else if let Some(open) = double.take() {
                    push(text, open, Some(mark), open.end, at, out);
                    single = None;
                }
            }
        }
    }
    if let Some(open) = double {
        let end = if next_opens {
            para.end
        } else {
            sentence_end(seg, open.end, para.end)
        };
        push(text, open, None, open.end, end, out);
    }
}

/// End of the sentence containing `at`, but not beyond `limit`.
fn sentence_end(seg: &Segmentation, at: usize, limit: usize) -> usize {
    let k = seg.sentences.partition_point(|s| s.end <= at);
    seg.sentences.get(k).map_or(limit, |s| s.end.min(limit))
}

fn push(
    text: &str,
    open: Span,
    close: Option<Span>,
    start: usize,
    end: usize,
    out: &mut Vec<Quoted>,
) {
    let span = Span::new(start, end).trim(text);
    if span.is_empty() || !span.text(text).chars().any(char::is_alphanumeric) {
        return;
    }
    // Keep reading order when a run-on quote is pushed after a nested one.
    let at = out.partition_point(|q: &Quoted| q.span.start < span.start);
    out.insert(at, Quoted { span, open, close });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::segment;

    fn quotes(text: &str) -> Vec<&str> {
        find(text, &segment(text))
            .iter()
            .map(|q| q.span.text(text))
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(
            quotes("He said, “We will win.” Then he left."),
            ["We will win."]
        );
        assert_eq!(quotes(r#"She said "no way" twice."#), ["no way"]);
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        let text = "He called it “another example of ‘color revolutions’”—a term.";
        assert_eq!(quotes(text), ["another example of ‘color revolutions’"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text = "Peskov’s team don’t say the ’90s students’ plan failed, it’s said.";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }

    #[test]
    fn single_quotes_as_outer_marks() {
        assert_eq!(
            quotes("The minister said: ‘We will not back down.’ Talks resumed."),
            ["We will not back down."]
        );
        assert_eq!(
            quotes("He called it 'a disgrace' on Monday."),
            ["a disgrace"]
        );
    }

    #[test]
    fn interrupted_quote_gives_two() {
        assert_eq!(quotes("“We will,” he said, “win.”"), ["We will,", "win."]);
    }

    #[test]
    fn guillemets() {
        assert_eq!(quotes("Il a dit «non» hier."), ["non"]);
    }

    #[test]
    fn multi_paragraph_quotes_are_one_per_paragraph() {
        let text = "He said: “The first part.\n\n“The second part.”\n\nAfter.";
        assert_eq!(quotes(text), ["The first part.", "The second part."]);
    }

    #[test]
    fn unbalanced_marks_stop_at_the_sentence() {
        let text = "Lichte said \"This will save lives. Boeing had initially won.\n\nNext.";
        assert_eq!(quotes(text), ["This will save lives."]);
    }
}
