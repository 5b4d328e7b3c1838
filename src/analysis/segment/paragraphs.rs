//! Paragraph detection: one paragraph per line, or hard-wrapped text re-joined.

use super::{char_at, is_closer_char};
use crate::analysis::span::Span;

/// Longest line (in chars) a hard-wrapped text may have.
const WRAP_MAX: usize = 100;

/// Paragraph spans of `text` (trimmed, non-empty, sorted, disjoint).
///
/// Whitespace-only lines always separate paragraphs. Whether a single newline does depends on
/// the shape of the whole text, decided once:
/// - *One paragraph per line* (the usual web export): every non-blank line is a paragraph.
/// - *Hard-wrapped* (no line longer than 100 chars, and at least half the newlines inside
///   blocks look like wrap points: mid-sentence, where the next word would not have fit or is
///   lowercase): newlines inside a block are soft wraps, except where the break was evidently
///   intentional — the next word would have fitted on the line and the next line does not
///   start lowercase (for ragged, non-greedy wrapping the line must also end a sentence or be
///   short: a headline or dateline); a line indented deeper than the previous one also starts
///   a paragraph.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let wrap = wrap_of(text);
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    let mut prev: Option<Line> = None;
    for raw in lines(text) {
        let line = Line::new(text, raw, wrap.is_some());
        if line.body.is_empty() {
            out.extend(cur.take());
            prev = None;
            continue;
        }
        match (wrap, cur, prev) {
            (Some(wrap), Some(c), Some(p)) if !hard_break(text, p, line, wrap) => {
                cur = Some(Span::new(c.start, line.body.end));
            }
            _ => {
                out.extend(cur.take());
                cur = Some(line.body);
            }
        }
        prev = Some(line);
    }
    out.extend(cur);
    out
}

/// One line: its trimmed body, indentation and (when measured) length in chars.
#[derive(Clone, Copy)]
struct Line {
    body: Span,
    indent: usize,
    len: usize,
}

impl Line {
    fn new(text: &str, raw: Span, measure: bool) -> Self {
        let body = raw.trim(text);
        Line {
            body,
            indent: body.start.saturating_sub(raw.start),
            len: if measure { char_len(text, body) } else { 0 },
        }
    }

    /// Chars needed to pull `next`'s first word up onto this line.
    fn need(self, text: &str, next: Line) -> usize {
        self.len + 1 + first_word_len(text, next.body)
    }
}

/// Raw lines of `text` (without their `\n`).
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut pos = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = text.get(pos..)?;
        match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(k) => {
                let line = Span::new(pos, pos + k);
                pos += k + 1;
                Some(line)
            }
            None => {
                done = true;
                Some(Span::new(pos, text.len()))
            }
        }
    })
}

/// Number of chars in `span`, counting at most up to `WRAP_MAX + 1`.
fn char_len(text: &str, span: Span) -> usize {
    let b = span.text(text).as_bytes();
    if b.len() > 4 * (WRAP_MAX + 1) {
        return WRAP_MAX + 1;
    }
    // Count non-continuation bytes with byte-wide accumulators (vectorizes well).
    let n: usize = b
        .chunks(255)
        .map(|c| {
            let k = c.iter().fold(0u8, |k, &x| k + u8::from((x as i8) >= -0x40));
            usize::from(k)
        })
        .sum();
    n.min(WRAP_MAX + 1)
}

/// Chars in the first whitespace-delimited word of `span` (at most `WRAP_MAX + 1`).
fn first_word_len(text: &str, span: Span) -> usize {
    span.text(text)
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(WRAP_MAX + 1)
        .count()
}

/// Whether the line ends with sentence-final punctuation (possibly inside closing quotes).
fn ends_sentence(text: &str, span: Span) -> bool {
    let s = span.text(text).trim_end_matches(is_closer_char);
    s.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

fn starts_lower(text: &str, span: Span) -> bool {
    char_at(text, span.start).is_some_and(char::is_lowercase)
}

/// How a hard-wrapped text was wrapped.
#[derive(Clone, Copy)]
struct Wrap {
    /// Estimated wrap column (chars).
    width: usize,
    /// Greedy wrapping: a line never stops short when the next word would fit.
    greedy: bool,
}

/// The wrapping of `text` when it looks hard-wrapped, `None` for one paragraph per line.
///
/// One pass: a histogram of line lengths, and for each mid-sentence newline inside a block a
/// histogram of the width the next word would have needed (split by lowercase/other next
/// line), so the wrap tests can be evaluated once the width is known.
fn wrap_of(text: &str) -> Option<Wrap> {
    const NEED: usize = 2 * WRAP_MAX + 3;
    let mut lens = [0u32; WRAP_MAX + 1];
    let (mut need_lower, mut need_other) = ([0u32; NEED], [0u32; NEED]);
    let (mut n, mut total) = (0u32, 0u32);
    let mut prev: Option<Line> = None;
    for raw in lines(text) {
        let line = Line::new(text, raw, true);
        if line.body.is_empty() {
            prev = None;
            continue;
        }
        *lens.get_mut(line.len)? += 1; // a line longer than WRAP_MAX: not wrapped
        n += 1;
        if let Some(p) = prev {
            total += 1;
            if !ends_sentence(text, p.body) {
                let hist = if starts_lower(text, line.body) {
                    &mut need_lower
                } else {
                    &mut need_other
                };
                if let Some(slot) = hist.get_mut(p.need(text, line).min(NEED - 1)) {
                    *slot += 1;
                }
            }
        }
        prev = Some(line);
    }
    // The 95th-percentile line length: robust to one odd long line (a URL, a headline).
    let target = (u64::from(n) * 95).div_ceil(100);
    let mut acc = 0u64;
    let width = lens.iter().position(|&h| {
        acc += u64::from(h);
        acc >= target
    })?;
    let over = |h: &[u32]| h.iter().skip(width + 1).sum::<u32>();
    // Wrap points: mid-sentence and the next line lowercase, or the next word did not fit.
    let sure: u32 = need_lower.iter().sum();
    let soft = sure + over(&need_other);
    let loose = sure - over(&need_lower);
    (total > 0 && soft * 2 >= total).then_some(Wrap {
        width: width.max(1),
        greedy: loose * 10 <= sure,
    })
}

/// In a hard-wrapped text, whether the newline between `a` and `b` ends a paragraph.
fn hard_break(text: &str, a: Line, b: Line, wrap: Wrap) -> bool {
    if b.indent > a.indent {
        return true;
    }
    if a.need(text, b) > wrap.width || starts_lower(text, b.body) {
        return false;
    }
    wrap.greedy || ends_sentence(text, a.body) || a.len * 5 <= wrap.width * 3
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{SEED, check, strs};
    use super::*;

    /// (text, expected paragraphs).
    const PARAGRAPHS: &[(&str, &[&str])] = &[
        // One paragraph per line, headline first, short lines: not mistaken for wrapping.
        (
            "Airbus Wins Tanker Deal\n\nEADS has won a contract to supply 14 tankers to the RAF.\nThe first aircraft will be in service by 2011.\nRolls-Royce will supply the engines for all of them.\nThales will supply electronics.\n",
            &[
                "Airbus Wins Tanker Deal",
                "EADS has won a contract to supply 14 tankers to the RAF.",
                "The first aircraft will be in service by 2011.",
                "Rolls-Royce will supply the engines for all of them.",
                "Thales will supply electronics.",
            ],
        ),
        // Hard-wrapped at ~70 columns, blank lines between paragraphs.
        (
            "Putin Holds First Talks With Iranian and Israeli Leaders\n\nRussian President Vladimir Putin held separate phone calls with\nIranian President Masoud Pezeshkian and Israeli Prime Minister\nBenjamin Netanyahu on Friday, positioning Moscow as a mediator.\n\nIn a single day of high-stakes diplomacy, the Kremlin attempted to\ncast itself as the steady hand in a Middle East teetering on the\nbrink.\n",
            &[
                "Putin Holds First Talks With Iranian and Israeli Leaders",
                "Russian President Vladimir Putin held separate phone calls with\nIranian President Masoud Pezeshkian and Israeli Prime Minister\nBenjamin Netanyahu on Friday, positioning Moscow as a mediator.",
                "In a single day of high-stakes diplomacy, the Kremlin attempted to\ncast itself as the steady hand in a Middle East teetering on the\nbrink.",
            ],
        ),
        // Hard-wrapped, no blank lines: a headline line and a sentence-final short line end
        // paragraphs; wrapped lines (even one ending in a period) do not.
        (
            "Kremlin Readout\nThe Kremlin readout stated that Putin outlined fundamental approaches\nin favor of intensifying political and diplomatic steps. It confirmed\nRussia's readiness to continue mediation.\nThis dual outreach attempts to position Moscow as a unique broker with\naccess to all sides, even as it openly sides with Iran.",
            &[
                "Kremlin Readout",
                "The Kremlin readout stated that Putin outlined fundamental approaches\nin favor of intensifying political and diplomatic steps. It confirmed\nRussia's readiness to continue mediation.",
                "This dual outreach attempts to position Moscow as a unique broker with\naccess to all sides, even as it openly sides with Iran.",
            ],
        ),
        // Wrapped with indented first lines.
        (
            "    Putin held separate phone calls with Iranian President Masoud\nPezeshkian and Israeli Prime Minister Benjamin Netanyahu on Friday.\n    The calls mark his first public engagement on the crisis, as his\ngovernment accuses Washington of escalating the situation.",
            &[
                "Putin held separate phone calls with Iranian President Masoud\nPezeshkian and Israeli Prime Minister Benjamin Netanyahu on Friday.",
                "The calls mark his first public engagement on the crisis, as his\ngovernment accuses Washington of escalating the situation.",
            ],
        ),
        // CRLF, whitespace-only separator lines, leading and trailing blank lines.
        (
            "\r\n  \r\nHeadline Here\r\n \t \r\nFirst paragraph.\r\nSecond paragraph.\r\n\r\n",
            &["Headline Here", "First paragraph.", "Second paragraph."],
        ),
        ("", &[]),
        (" \n\t\n  ", &[]),
        ("One line, no newline", &["One line, no newline"]),
    ];

    #[test]
    fn paragraph_table() {
        for &(text, want) in PARAGRAPHS {
            assert_eq!(strs(text, &paragraphs(text)), want, "input: {text:?}");
            check(text);
        }
    }

    /// Greedy hard wrap at `width` columns.
    fn wrap(para: &str, width: usize) -> String {
        let mut out = String::new();
        let mut col = 0;
        for w in para.split_whitespace() {
            let n = w.chars().count();
            if col > 0 && col + 1 + n > width {
                out.push('\n');
                col = 0;
            } else if col > 0 {
                out.push(' ');
                col += 1;
            }
            out.push_str(w);
            col += n;
        }
        out
    }

    #[test]
    fn seed_rewrapped_keeps_its_paragraphs() {
        let want: Vec<&str> = SEED.lines().filter(|l| !l.trim().is_empty()).collect();
        // Blank-line separated at any width; single-newline separated only at widths where
        // every paragraph's last line leaves room for the next paragraph's first word (at 72
        // columns one last line is 71 chars long: undecidable, by anyone).
        let shapes = [
            (60, "\n\n"),
            (72, "\n\n"),
            (80, "\n\n"),
            (62, "\n"),
            (70, "\n"),
            (78, "\n"),
        ];
        for (width, sep) in shapes {
            let text: Vec<String> = want.iter().map(|p| wrap(p, width)).collect();
            let text = text.join(sep);
            let got: Vec<String> = paragraphs(&text)
                .iter()
                .map(|p| {
                    p.text(&text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            assert_eq!(got, want, "width {width}, separator {sep:?}");
            check(&text);
        }
    }
}
