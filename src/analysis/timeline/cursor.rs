//! The cursor the recognisers share: a sentence's classified tokens with the text they index,
//! and the readers every expression family uses (amounts, "the beginning of", modifiers).

use super::expr::Amount;
use super::words::{Class, Head, Tok, digits, number_word};
use crate::analysis::segment::TokenKind;

/// A sentence's tokens and the text they index.
#[derive(Clone, Copy)]
pub(super) struct Cx<'a> {
    /// The document text.
    pub text: &'a str,
    /// The classified tokens of one sentence.
    pub toks: &'a [Tok],
}

impl<'a> Cx<'a> {
    /// Number of tokens.
    pub(super) fn len(&self) -> usize {
        self.toks.len()
    }

    /// Token `i`.
    pub(super) fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    /// The text of token `i` ("" past the end).
    pub(super) fn str(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| t.span.text(self.text))
    }

    /// The class of token `i` (`Other` past the end).
    pub(super) fn class(&self, i: usize) -> Class {
        self.tok(i).map_or(Class::Other, |t| t.class)
    }

    /// The trigger token `i` is, if any.
    pub(super) fn head(&self, i: usize) -> Option<Head> {
        match self.class(i) {
            Class::Head(h) => Some(h),
            _ => None,
        }
    }

    /// Whether token `i` has this kind.
    pub(super) fn kind_is(&self, i: usize, kind: TokenKind) -> bool {
        self.tok(i).is_some_and(|t| t.kind == kind)
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.kind_is(i, TokenKind::Word) && self.str(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is one of the words `ws`.
    pub(super) fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.kind_is(i, TokenKind::Word) && {
            let s = self.str(i);
            ws.iter().any(|w| w.eq_ignore_ascii_case(s))
        }
    }

    /// Whether token `i` is the punctuation `p`.
    pub(super) fn punct(&self, i: usize, p: &str) -> bool {
        self.kind_is(i, TokenKind::Punct) && self.str(i) == p
    }

    /// Whether token `i` starts with an upper-case letter.
    pub(super) fn cap(&self, i: usize) -> bool {
        self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` follows token `i - 1` with no space between.
    pub(super) fn joined(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.tok(p)), self.tok(i)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// `i - 1`, if it is at or after `floor`.
    pub(super) fn back(&self, i: usize, floor: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| p >= floor)
    }

    /// Whether the token before `i` (not before `floor`) is one of `ws`.
    pub(super) fn before_is(&self, i: usize, floor: usize, ws: &[&str]) -> Option<usize> {
        self.back(i, floor).filter(|&p| self.is_any(p, ws))
    }

    /// The all-digit value of token `i`, with its digit count.
    pub(super) fn int(&self, i: usize) -> Option<(i32, usize)> {
        if !self.kind_is(i, TokenKind::Number) {
            return None;
        }
        let s = self.str(i);
        digits(s.as_bytes()).map(|n| (n, s.len()))
    }

    /// Whether tokens `i - 2..=i` are the fraction "1/2".
    pub(super) fn is_fraction_half(&self, i: usize) -> bool {
        self.str(i) == "2"
            && i.checked_sub(2).is_some_and(|k| {
                self.punct(k + 1, "/") && self.str(k) == "1" && self.joined(k + 1) && self.joined(i)
            })
    }

    /// A four-digit year 1000..=2199 at token `i`.
    pub(super) fn year(&self, i: usize) -> Option<i32> {
        self.int(i)
            .filter(|&(n, len)| len == 4 && (1000..=2199).contains(&n))
            .map(|(n, _)| n)
    }
}

/// The amount written just before token `i` ("two", "24", "2.5", "a", "two and a half",
/// "several", "a few", "a couple of"), its first token, and whether it is a bare article.
pub(super) fn amount_before(cx: &Cx, i: usize, floor: usize) -> Option<(Amount, usize, bool)> {
    let p = cx.back(i, floor)?;
    if cx.is(p, "of") {
        let q = cx.back(p, floor).filter(|&q| cx.is(q, "couple"))?;
        let first = cx.before_is(q, floor, &["a"]).unwrap_or(q);
        return Some((Amount::N(2), first, false));
    }
    if cx.is(p, "half") {
        // "two and a half"
        let a = cx.before_is(p, floor, &["a"])?;
        let and = cx.before_is(a, floor, &["and"])?;
        let n = cx.back(and, floor)?;
        let (whole, _) = single_amount(cx, n)?;
        return Some((and_a_half(whole)?, n, false));
    }
    if cx.is_any(
        p,
        &[
            "few",
            "several",
            "many",
            "numerous",
            "multiple",
            "countless",
        ],
    ) {
        let first = cx.before_is(p, floor, &["a"]).unwrap_or(p);
        return Some((Amount::Vague, first, false));
    }
    // "5 1/2": a whole number and a half written as a fraction.
    if cx.is_fraction_half(p)
        && let Some(n) = p.checked_sub(3).filter(|&n| n >= floor)
        && let Some((whole, false)) =
            single_amount(cx, n).filter(|_| cx.kind_is(n, TokenKind::Number))
    {
        return Some((and_a_half(whole)?, n, false));
    }
    let (amount, article) = single_amount(cx, p)?;
    let amount = match amount {
        0 => return None,
        n => n,
    };
    // "twenty four" written as two words.
    if (1..=9).contains(&amount)
        && let Some(t) = cx.back(p, floor)
        && let Some((tens, false)) = single_amount(cx, t)
        && cx.kind_is(t, TokenKind::Word)
        && (20..=90).contains(&tens)
        && tens % 10 == 0
    {
        return Some((Amount::N(tens + amount), t, false));
    }
    let tenths = decimal(cx.str(p));
    match tenths {
        Some(t) => Some((Amount::Tenths(t), p, false)),
        None => Some((Amount::N(amount), p, article)),
    }
}

/// One number token: digits or a number word ("a", "an", "one" count as 1; the flag says an
/// article). Decimals report their whole part here.
fn single_amount(cx: &Cx, p: usize) -> Option<(u32, bool)> {
    let s = cx.str(p);
    if cx.is_any(p, &["a", "an"]) {
        return Some((1, true));
    }
    if cx.kind_is(p, TokenKind::Number) {
        if let Some(t) = decimal(s) {
            return Some((t / 10, false));
        }
        let mut n: u32 = 0;
        for b in s.bytes().filter(|&b| b != b',') {
            if !b.is_ascii_digit() {
                return None;
            }
            n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
        }
        return Some((n, false));
    }
    if cx.kind_is(p, TokenKind::Word) {
        return number_word(s).map(|n| (n, false));
    }
    None
}

/// `whole` and a half, in tenths (none past `u32`).
pub(super) fn and_a_half(whole: u32) -> Option<Amount> {
    whole.checked_mul(10)?.checked_add(5).map(Amount::Tenths)
}

/// "2.5" as tenths (25); only one decimal digit.
fn decimal(s: &str) -> Option<u32> {
    let (whole, frac) = s.split_once('.')?;
    if frac.len() != 1 {
        return None;
    }
    let w = u32::try_from(digits(whole.as_bytes())?).ok()?;
    let f = u32::try_from(digits(frac.as_bytes())?).ok()?;
    Some(w * 10 + f)
}

/// Extends `first` left over "the (very) beginning/end/middle/rest of" (TimeML keeps these in
/// the expression: "the beginning of the year").
pub(super) fn part_of(cx: &Cx, first: usize, floor: usize) -> usize {
    let Some(of) = cx.before_is(first, floor, &["of"]) else {
        return first;
    };
    const PARTS: &[&str] = &[
        "beginning",
        "start",
        "end",
        "middle",
        "rest",
        "remainder",
        "close",
        "turn",
    ];
    let Some(mut f) = cx.before_is(of, floor, PARTS) else {
        return first;
    };
    if let Some(v) = cx.before_is(f, floor, &["very"]) {
        f = v;
    }
    cx.before_is(f, floor, &["the"]).unwrap_or(f)
}

/// Extends `first` left over modifiers that TimeML keeps in the extent ("early", "late",
/// "mid", "earlier", "later").
pub(super) fn modifiers(cx: &Cx, first: usize, floor: usize) -> usize {
    cx.before_is(first, floor, &["early", "late", "mid", "earlier", "later"])
        .unwrap_or(first)
}

/// Whether token `i` is a calendar unit word ("years", "day").
pub(super) fn unit_after(cx: &Cx, i: usize) -> bool {
    matches!(cx.head(i), Some(Head::Unit(_) | Head::Units(_)))
}
