//! The lazy tokenizer: words, numbers, possessives, quotes, dashes, punctuation and symbols.

mod chars;

use super::case::Case;
use super::{char_at, fit, is_word_char, skip_ws};
use crate::analysis::span::Span;
use chars::{ALNUM, DIGIT, LETTER, UPPER, contracts, is_hyphen, is_punct_char};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (any script), with internal hyphens, apostrophes and acronym dots: `U.S.-based`.
    Word,
    /// Digits with separators, decimals and suffixes: `2,677`, `3.2`, `10:30`, `1990s`.
    Number,
    /// A possessive ending split off a word: `’s`, `'s`, or a bare `’` after a plural.
    Possessive,
    /// A quotation mark: `“ ” ‘ ’ " ' « » „`.
    Quote,
    /// `—`, `–`, `--`, or a hyphen standing alone between spaces.
    Dash,
    /// Other punctuation: `. , ; : ! ? ( ) …`.
    Punct,
    /// Anything else: `$ % & + @ #`, currency signs, emoji.
    Symbol,
}

/// A token: its byte span and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Absolute byte span in the text; never contains whitespace.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// How a [`TokenKind::Word`] is capitalised ([`Case::Other`] for other kinds).
    pub case: Case,
    /// A [`TokenKind::Word`] joined by a hyphen-minus after its first byte (`U.S.-based`,
    /// `50-year-old`), so that readers of its parts need not scan its text for one.
    pub hyphenated: bool,
}

/// Lazy iterator over the tokens of one span; see [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    begin: usize,
    pos: usize,
    end: usize,
    /// End of the last word or number token, to attach possessives.
    word_end: usize,
    /// Inside an opened single quote: a `’` after `s` closes it rather than marking a plural.
    open_single: bool,
}

/// Lazy iterator over the tokens inside `span` of `text` (absolute offsets, whitespace skipped).
pub fn tokens(text: &str, span: Span) -> Tokens<'_> {
    let span = fit(text, span);
    Tokens {
        text,
        begin: span.start,
        pos: span.start,
        end: span.end,
        word_end: usize::MAX,
        open_single: false,
    }
}

impl Tokens<'_> {
    fn peek(&self, i: usize) -> Option<char> {
        if i < self.end {
            char_at(self.text, i)
        } else {
            None
        }
    }

    fn peek_word(&self, i: usize) -> bool {
        self.peek(i).is_some_and(is_word_char)
    }

    /// Scans a word or number starting at `start`.
    fn word(&self, start: usize) -> (usize, TokenKind) {
        let b = self.text.as_bytes();
        let mut i = start;
        let mut kind = TokenKind::Word;
        let (mut seg, mut acro, mut dots) = (0usize, true, 0u32);
        if b.get(i).is_some_and(u8::is_ascii_digit) {
            kind = TokenKind::Number;
            acro = false;
            while i < self.end && b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
                if matches!(b.get(i), Some(b'.' | b',' | b':'))
                    && i + 1 < self.end
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    i += 1;
                }
            }
        }
        loop {
            loop {
                // ASCII letters and digits, the bulk of every word, in one pass.
                let run = b.get(i..self.end).unwrap_or_default();
                let (mut n, mut seen) = (0, 0u8);
                while let Some(&x) = run.get(n) {
                    let class = ALNUM[usize::from(x)];
                    if class == 0 {
                        break;
                    }
                    seen |= class;
                    n += 1;
                }
                acro &= seen & DIGIT == 0;
                (i, seg) = (i + n, seg + n);
                match b.get(i) {
                    Some(&x) if x >= 0x80 && i < self.end => match self.peek(i) {
                        Some(c) if is_word_char(c) => (i, seg) = (i + c.len_utf8(), seg + 1),
                        _ => break,
                    },
                    _ => break,
                }
            }
            // Most words end at a space or a punctuation mark that cannot continue them.
            if b.get(i)
                .is_some_and(|x| x.is_ascii() && !b".-&'".contains(x))
            {
                break;
            }
            let Some(c) = self.peek(i) else { break };
            // Only these continue a word; most words end at a space.
            if !matches!(c, '.' | '-' | '\u{2010}' | '\u{2011}' | '&' | '\'' | '’') {
                break;
            }
            let after = i + c.len_utf8();
            let next = self.peek(after);
            let next_word = next.is_some_and(is_word_char);
            match c {
                '.' if next_word && kind == TokenKind::Word => {
                    acro &= seg <= 2;
                    (seg, dots, i) = (0, dots + 1, after);
                }
                '.' => {
                    if acro && dots > 0 && (1..=2).contains(&seg) {
                        i = after; // the final dot of U.S. / a.m.
                        if let Some(h) = self.peek(i).filter(|&h| is_hyphen(h))
                            && self.peek_word(i + h.len_utf8())
                        {
                            i += h.len_utf8();
                            (seg, acro, dots) = (0, true, 0);
                            continue;
                        }
                    }
                    break;
                }
                '-' | '\u{2010}' | '\u{2011}' if next_word => {
                    if kind == TokenKind::Number {
                        if next.is_some_and(|n| n.is_ascii_digit()) {
                            break; // a range: 2010-11
                        }
                        kind = TokenKind::Word; // 50-year-old
                    }
                    (seg, acro, dots, i) = (0, true, 0, after);
                }
                '&' if next_word => {
                    acro = false;
                    i = after;
                }
                '\'' | '’' => {
                    if matches!(next, Some('s' | 'S')) && !self.peek_word(after + 1) {
                        let stem = b.get(start..i).unwrap_or_default();
                        if kind == TokenKind::Word && contracts(stem) {
                            i = after + 1;
                        }
                        break;
                    }
                    if !next.is_some_and(char::is_alphabetic) {
                        break;
                    }
                    acro = false;
                    i = after;
                }
                _ => break,
            }
        }
        (i, kind)
    }

    /// The end and case of the word at `p` when it is ASCII letters only, ended by a space,
    /// by a mark that cannot continue a word, or by a full stop or General Punctuation mark
    /// (“ ” — …) that does not continue it here (most words): no char is decoded.
    #[inline]
    fn plain_word(&self, p: usize) -> Option<(usize, Case)> {
        let run = self.text.as_bytes().get(p..self.end)?;
        let first = ALNUM[usize::from(*run.first()?)];
        if first & LETTER == 0 {
            return None;
        }
        let (mut n, mut seen) = (1, 0);
        while let Some(&x) = run.get(n) {
            let class = ALNUM[usize::from(x)];
            if class & LETTER == 0 {
                break;
            }
            seen |= class;
            n += 1;
        }
        let case = if first == UPPER {
            Case::Capital
        } else if seen & UPPER == UPPER && n >= 3 {
            Case::Camel
        } else {
            Case::Other
        };
        let ends = match run.get(n) {
            None => true,
            // Not "U.S.": no word char follows the stop.
            Some(b'.') => run
                .get(n + 1)
                .is_none_or(|&y| y.is_ascii() && ALNUM[usize::from(y)] == 0),
            // U+2000..U+203F but the joiners, the hyphens and ’, which continue words.
            Some(0xE2) => match run.get(n + 1..n + 3) {
                Some(&[0x80, 0x99]) => self.before_apostrophe(run, n),
                Some(&[0x80, y]) => !matches!(y, 0x8C | 0x8D | 0x90 | 0x91),
                _ => false,
            },
            Some(&x) => x.is_ascii() && ALNUM[usize::from(x)] != DIGIT && !b"-&'".contains(&x),
        };
        ends.then_some((p + n, case))
    }

    /// Whether the ASCII word `run[..n]` ends at the ’ after it, as [`Tokens::word`] reads
    /// it: before a possessive "s" (unless the word is contracted: "it’s") or a non-letter.
    fn before_apostrophe(&self, run: &[u8], n: usize) -> bool {
        let ascii_mark = |k: usize| {
            run.get(k)
                .is_none_or(|&y| y.is_ascii() && ALNUM[usize::from(y)] == 0)
        };
        match run.get(n + 3) {
            Some(b's' | b'S') => ascii_mark(n + 4) && !contracts(run.get(..n).unwrap_or_default()),
            Some(&y) => y.is_ascii() && !y.is_ascii_alphabetic(),
            None => true,
        }
    }

    /// An apostrophe or single quote at `p`: possessive or quote.
    fn apostrophe(&mut self, p: usize, c: char) -> (usize, TokenKind) {
        let after = p + c.len_utf8();
        let next = self.peek(after);
        if p == self.word_end {
            if matches!(next, Some('s' | 'S')) && !self.peek_word(after + 1) {
                return (after + 1, TokenKind::Possessive);
            }
            let plural = matches!(
                self.text.as_bytes().get(p.wrapping_sub(1)),
                Some(b's' | b'S')
            );
            if plural && !self.open_single && next.is_some_and(char::is_whitespace) {
                return (after, TokenKind::Possessive);
            }
            self.open_single = false;
        } else {
            self.open_single = c == '‘' || next.is_some_and(is_word_char);
        }
        (after, TokenKind::Quote)
    }

    fn spaced(&self, p: usize, after: usize) -> bool {
        let before = p == self.begin
            || self
                .text
                .get(..p)
                .and_then(|s| s.chars().next_back())
                .is_some_and(char::is_whitespace);
        before && self.peek(after).is_none_or(char::is_whitespace)
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let p = skip_ws(self.text, self.pos, self.end);
        if let Some((end, case)) = self.plain_word(p) {
            (self.pos, self.word_end) = (end, end);
            return Some(Token {
                span: Span::new(p, end),
                kind: TokenKind::Word,
                case,
                hyphenated: false,
            });
        }
        self.next_slow(p)
    }
}

impl Tokens<'_> {
    /// The token at `p` when it is not a plain word: numbers, words with inner marks or
    /// non-ASCII letters, quotes, dashes, punctuation and symbols. Kept out of line, so that
    /// the plain-word path inlines into the loops that read tokens.
    #[inline(never)]
    fn next_slow(&mut self, p: usize) -> Option<Token> {
        let c = self.peek(p)?;
        let after = p + c.len_utf8();
        let (end, kind) = match c {
            _ if is_word_char(c) => self.word(p),
            '\'' | '’' => self.apostrophe(p, c),
            '‘' | '‚' | '‛' => {
                self.open_single = true;
                (after, TokenKind::Quote)
            }
            '"' => (after, TokenKind::Quote),
            '“' | '”' | '«' | '»' | '„' | '‹' | '›' | '‟' | '「' | '」' | '『' | '』' | '＂' => {
                (after, TokenKind::Quote)
            }
            '—' | '–' | '―' | '‒' | '⸺' | '⸻' => (after, TokenKind::Dash),
            '-' if self.peek(after) == Some('-') => {
                let b = self.text.as_bytes();
                let mut e = after;
                while e < self.end && b.get(e) == Some(&b'-') {
                    e += 1;
                }
                (e, TokenKind::Dash)
            }
            '-' if self.spaced(p, after) => (after, TokenKind::Dash),
            '.' => {
                let b = self.text.as_bytes();
                let mut e = after;
                while e < self.end && b.get(e) == Some(&b'.') {
                    e += 1;
                }
                (e, TokenKind::Punct)
            }
            _ if is_punct_char(c) => (after, TokenKind::Punct),
            _ => (after, TokenKind::Symbol),
        };
        let end = end.clamp(after, self.end.max(after));
        self.pos = end;
        if matches!(kind, TokenKind::Word | TokenKind::Number) {
            self.word_end = end;
        }
        let word = match kind {
            TokenKind::Word => self.text.get(p..end),
            _ => None,
        };
        Some(Token {
            span: Span::new(p, end),
            kind,
            case: word.map_or(Case::Other, Case::of),
            hyphenated: word.is_some_and(|w| {
                w.as_bytes().first() != Some(&b'-') && w.as_bytes().contains(&b'-')
            }),
        })
    }
}

#[cfg(test)]
mod cases;

#[cfg(test)]
mod tests;
