//! Paragraph, sentence and token segmentation of plain-text news.
//!
//! Everything here is a byte-level scan: `&str` in, [`Span`]s out, linear in the input, no
//! regexes, no panics. Sentences are stored in [`Segmentation`]; tokens are produced lazily by
//! [`tokens`] so that a large document never holds a token vector.

use super::span::Span;

/// Paragraphs and sentences of a text, as byte spans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraph spans: trimmed, non-empty, sorted, disjoint.
    pub paragraphs: Vec<Span>,
    /// Sentence spans: trimmed, non-empty, sorted, disjoint, each inside one paragraph.
    pub sentences: Vec<Span>,
}

/// Splits `text` into paragraphs, then every paragraph into sentences.
pub fn segment(text: &str) -> Segmentation {
    let paragraphs = paragraphs(text);
    let mut sentences = Vec::with_capacity(text.len() / 160 + 1);
    for &p in &paragraphs {
        push_sentences(text, p, &mut sentences);
    }
    Segmentation {
        paragraphs,
        sentences,
    }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------------

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
        match rest.find('\n') {
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

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

/// Sentence spans inside `paragraph` (absolute offsets; trimmed, non-empty, sorted, disjoint).
///
/// A sentence ends at `.`, `!`, `?`, `…`/`...` (or CJK `。！？`), together with any closing
/// quotes and brackets that follow, when whitespace and a plausible sentence start follow.
/// Abbreviations, initials, decimals, domains and list markers do not end sentences; after
/// `U.S.`, `a.m.`, `Inc.` and the like only a common sentence opener ("The", "He", …) does.
/// An ellipsis ends a sentence only before a capital. Text after the last break is a sentence.
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    push_sentences(text, fit(text, paragraph).trim(text), &mut out);
    out
}

/// The kind of a run of sentence-final punctuation; a run takes its strongest member's kind.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stop {
    /// A single `.`.
    Period,
    /// `…`, `..` or `...`.
    Ellipsis,
    /// Contains `!` or `?`.
    Strong,
    /// CJK full stops: end a sentence even without following space.
    Cjk,
}

/// The terminator char at `i` (`.` is a [`Stop::Period`]) and its byte length.
fn terminator_at(b: &[u8], i: usize) -> Option<(Stop, usize)> {
    let t = b.get(i..)?;
    let is = |c: &str| t.starts_with(c.as_bytes());
    match *t.first()? {
        b'.' => Some((Stop::Period, 1)),
        b'!' | b'?' => Some((Stop::Strong, 1)),
        0xE2 if is("…") => Some((Stop::Ellipsis, 3)),
        0xE3 if is("。") => Some((Stop::Cjk, 3)),
        0xEF if is("！") || is("？") || is("．") || is("｡") => Some((Stop::Cjk, 3)),
        0xD8 if is("؟") => Some((Stop::Strong, 2)),
        0xE0 if is("।") || is("॥") => Some((Stop::Strong, 3)),
        _ => None,
    }
}

/// Byte length of a closing quote or bracket at `i`, if any.
fn closer_at(text: &str, i: usize) -> Option<usize> {
    char_at(text, i)
        .filter(|&c| is_closer_char(c))
        .map(char::len_utf8)
}

fn is_closer_char(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ')' | ']' | '}' | '"' | '\'');
    }
    "”’»›」』）＂".contains(c)
}

fn is_opener_char(c: char) -> bool {
    "([{\"'“‘«‹„‚「『（¿¡".contains(c)
}

fn is_dash_char(c: char) -> bool {
    "-—–―‒\u{2010}\u{2011}".contains(c)
}

fn push_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let end = para.end.min(b.len());
    let mut start = skip_ws(text, para.start, end);
    let mut i = start;
    while i < end {
        // Bytes that may start a terminator: . ! ? and the lead bytes of … 。 ！ ？ ؟ । etc.
        if !matches!(
            b.get(i),
            Some(b'.' | b'!' | b'?' | 0xD8 | 0xE0 | 0xE2 | 0xE3 | 0xEF)
        ) {
            i += 1;
            continue;
        }
        // The run of terminators ("?!", "...", "…").
        let (mut j, mut stop, mut dots) = (i, Stop::Period, 0);
        while let Some((t, len)) = terminator_at(b, j).filter(|_| j < end) {
            dots += usize::from(t == Stop::Period);
            stop = stop.max(t);
            j += len;
        }
        if j == i {
            i += 1;
            continue;
        }
        if dots > 1 {
            stop = stop.max(Stop::Ellipsis);
        }
        // Closing quotes and brackets belong to the sentence.
        let mut k = j;
        while let Some(len) = closer_at(text, k).filter(|_| k < end) {
            k += len;
        }
        let quoted = k > j;
        let boundary = k < end
            && (stop == Stop::Cjk
                || (char_at(text, k).is_some_and(char::is_whitespace)
                    && ends_here(text, start, i, k, end, stop, quoted)));
        if boundary {
            out.push(Span::new(start, k));
            start = skip_ws(text, k, end);
            i = start;
        } else {
            i = k;
        }
    }
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// Whether the terminator run at `i..k` (closers included) ends the sentence begun at `start`.
fn ends_here(
    text: &str,
    start: usize,
    i: usize,
    k: usize,
    end: usize,
    stop: Stop,
    quoted: bool,
) -> bool {
    let b = text.as_bytes();
    // The next sentence's first char, after spaces and opening quotes/brackets.
    let mut p = skip_ws(text, k, end);
    while let Some(c) = char_at(text, p).filter(|&c| p < end && is_opener_char(c)) {
        p += c.len_utf8();
    }
    let Some(c) = char_at(text, p).filter(|_| p < end) else {
        return true;
    };
    // Camel-case brands (`iPhone`, `eBay`) start sentences like capitalised words.
    let q = p + c.len_utf8();
    let lower = c.is_lowercase() && !char_at(text, q).is_some_and(|d| q < end && d.is_uppercase());
    if lower || is_dash_char(c) || matches!(c, ',' | ';' | ':' | ')' | ']' | '.' | '%') {
        return false;
    }
    let next = ascii_word(b, p, end);
    match stop {
        Stop::Cjk => true,
        Stop::Ellipsis => c.is_alphabetic(),
        // `“Why now?” Peskov asked.` stays one sentence.
        Stop::Strong => {
            !(quoted
                && in_list(
                    SPEECH_VERBS,
                    ascii_word(b, skip_ws(text, p + next.len(), end), end),
                    false,
                ))
        }
        Stop::Period => {
            let (w, w_start) = word_before(b, start, i);
            if w_start == start && is_list_marker(w) {
                return false;
            }
            match classify(w) {
                Abbr::Title => false,
                Abbr::Numeric => !c.is_ascii_digit(),
                Abbr::Soft => {
                    !c.is_ascii_digit()
                        && STARTERS
                            .binary_search_by(|x| x.as_bytes().cmp(next))
                            .is_ok()
                }
                Abbr::None => true,
            }
        }
    }
}

/// The word ending at `i` (no openers, closers or text before the last hyphen or slash) and
/// where it starts.
fn word_before(b: &[u8], start: usize, i: usize) -> (&[u8], usize) {
    let lo = start.max(i.saturating_sub(48));
    let mut s = i;
    while s > lo && b.get(s - 1).is_some_and(|&x| !is_ascii_ws(x)) {
        s -= 1;
    }
    let mut w = b.get(s..i).unwrap_or_default();
    loop {
        let before = w.len();
        for o in ["“", "‘", "«", "„", "(", "[", "\"", "'"] {
            if let Some(r) = w.strip_prefix(o.as_bytes()) {
                w = r;
                s += o.len();
            }
        }
        for o in ["”", "’", "»", ")", "]", "\"", "'"] {
            w = w.strip_suffix(o.as_bytes()).unwrap_or(w);
        }
        if w.len() == before {
            break;
        }
    }
    if let Some(k) = w.iter().rposition(|&x| x == b'-' || x == b'/') {
        s += k + 1;
        w = w.get(k + 1..).unwrap_or_default();
    }
    (w, s)
}

/// The run of ASCII letters at `p`.
fn ascii_word(b: &[u8], p: usize, end: usize) -> &[u8] {
    let rest = b.get(p..end).unwrap_or_default();
    let n = rest.iter().take_while(|x| x.is_ascii_alphabetic()).count();
    rest.get(..n).unwrap_or_default()
}

/// "1." or "a." opening a numbered list item.
fn is_list_marker(w: &[u8]) -> bool {
    (!w.is_empty() && w.len() <= 3 && w.iter().all(u8::is_ascii_digit))
        || (w.len() == 1 && w.iter().all(u8::is_ascii_lowercase))
}

/// What an abbreviation-like word before a period means for a sentence break.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Abbr {
    /// Not an abbreviation: the period ends the sentence.
    None,
    /// A title before a name (`Mr.`, `Gen.`, `vs.`): never ends a sentence.
    Title,
    /// `No.`, `Fig.`: no break before a number only.
    Numeric,
    /// `U.S.`, `a.m.`, `Inc.`, months, initials: breaks only before a common sentence opener.
    Soft,
}

fn classify(w: &[u8]) -> Abbr {
    if w.contains(&b'.') {
        // Dotted acronyms: U.S, a.m, e.g, Ph.D (segments of one or two letters).
        let acronym = w
            .split(|&x| x == b'.')
            .all(|s| (1..=2).contains(&s.len()) && s.iter().all(u8::is_ascii_alphabetic));
        return if acronym { Abbr::Soft } else { Abbr::None };
    }
    if w.len() == 1 && w.iter().all(u8::is_ascii_uppercase) {
        return Abbr::Soft; // an initial: George W. Bush
    }
    if w.len() > 6 || !w.iter().all(u8::is_ascii_alphabetic) {
        return Abbr::None;
    }
    let mut buf = [0u8; 6];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let capital = w.first().is_some_and(u8::is_ascii_uppercase);
    match buf.get(..w.len()).unwrap_or_default() {
        b"mr" | b"mrs" | b"ms" | b"dr" | b"gen" | b"lt" | b"col" | b"sen" | b"rep" | b"gov"
        | b"prof" | b"sgt" | b"capt" | b"cpl" | b"pvt" | b"adm" | b"maj" | b"cmdr" | b"brig"
        | b"rev" | b"hon" | b"pres" | b"supt" | b"det" | b"insp" | b"atty" | b"messrs"
        | b"mmes" | b"gens" | b"sens" | b"reps" | b"govs" | b"mt" | b"ft" | b"fr" | b"rt"
            if capital =>
        {
            Abbr::Title
        }
        b"vs" | b"v" | b"cf" => Abbr::Title,
        b"no" | b"nos" | b"vol" | b"vols" | b"pp" | b"p" | b"fig" | b"figs" | b"art" | b"sec"
        | b"ch" | b"op" | b"ed" | b"tel" | b"ext" | b"ca" | b"para" | b"pt" => Abbr::Numeric,
        b"etc" | b"inc" | b"corp" | b"co" | b"cos" | b"ltd" | b"plc" | b"llc" | b"jr" | b"sr"
        | b"st" | b"ave" | b"blvd" | b"rd" | b"bros" | b"assn" | b"dept" | b"univ" | b"approx"
        | b"al" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep"
        | b"sept" | b"oct" | b"nov" | b"dec" | b"ariz" | b"calif" | b"colo" | b"conn" | b"fla"
        | b"ga" | b"kan" | b"ky" | b"md" | b"mich" | b"minn" | b"neb" | b"nev" | b"okla"
        | b"tenn" | b"vt" | b"wis" | b"wyo" => Abbr::Soft,
        _ => Abbr::None,
    }
}

/// Words that commonly open a sentence (and rarely continue a name after `U.S.` or `Inc.`),
/// sorted by bytes for binary search.
#[rustfmt::skip]
const STARTERS: &[&str] = &[
    "A", "According", "After", "All", "Also", "Although", "An", "Analysts", "And", "As", "At",
    "Before", "Both", "But", "By", "Despite", "During", "Earlier", "For", "From", "He", "Her",
    "His", "How", "However", "I", "If", "In", "It", "Its", "Last", "Later", "Many", "Meanwhile",
    "Most", "Now", "Officials", "On", "Or", "Our", "She", "Since", "So", "Some", "Still", "Such",
    "That", "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Today",
    "We", "What", "When", "Where", "While", "Who", "Why", "With", "Yesterday", "Yet", "You",
];

/// Verbs of an attribution after a quoted question: `“Why now?” Peskov asked.`
const SPEECH_VERBS: &str =
    "said says asked asks added told replied wrote tweeted declared insisted shouted warned";

/// Words whose `'s` is a contraction ("it's"), not a possessive.
const CONTRACTIONS: &str = "he she it that there what who here let where how when why";

/// Whether `w` is one of the space-separated words of `list` (ASCII case-insensitive if `fold`).
fn in_list(list: &str, w: &[u8], fold: bool) -> bool {
    (1..=8).contains(&w.len())
        && list.split_ascii_whitespace().any(|x| {
            if fold {
                x.as_bytes().eq_ignore_ascii_case(w)
            } else {
                x.as_bytes() == w
            }
        })
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

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
            while i < self.end {
                match b.get(i) {
                    Some(x) if x.is_ascii_alphanumeric() => {
                        acro &= x.is_ascii_alphabetic();
                        i += 1;
                    }
                    Some(x) if *x < 0x80 => break,
                    _ => match self.peek(i) {
                        Some(c) if is_word_char(c) => i += c.len_utf8(),
                        _ => break,
                    },
                }
                seg += 1;
            }
            let Some(c) = self.peek(i) else { break };
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
                        if kind == TokenKind::Word && in_list(CONTRACTIONS, stem, true) {
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

    fn next(&mut self) -> Option<Token> {
        let p = skip_ws(self.text, self.pos, self.end);
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
            _ if !c.is_ascii() && "“”«»„‹›‟「」『』＂".contains(c) => {
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
        Some(Token {
            span: Span::new(p, end),
            kind,
        })
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Non-ASCII punctuation (inclusive ranges, as pairs): Latin-1, General Punctuation, CJK,
/// fullwidth forms, Arabic and Devanagari marks.
const PUNCT_RANGES: [u32; 38] = [
    0xA1, 0xA1, 0xA7, 0xA7, 0xB6, 0xB7, 0xBF, 0xBF, 0x2010, 0x2027, 0x2030, 0x205E, 0x3001, 0x3003,
    0x3008, 0x3011, 0x3014, 0x301F, 0xFF01, 0xFF03, 0xFF06, 0xFF0A, 0xFF0C, 0xFF0F, 0xFF1A, 0xFF1B,
    0xFF1F, 0xFF20, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF65, 0x060C, 0x061F, 0x06D4, 0x06D4, 0x0964, 0x0965,
];

/// Combining marks and joiners that live inside words (inclusive ranges, as pairs).
const MARK_RANGES: [u32; 28] = [
    0x300, 0x36F, 0x483, 0x489, 0x591, 0x5BD, 0x610, 0x61A, 0x64B, 0x65F, 0x900, 0x963, 0x966,
    0xDFF, 0xE31, 0xE3A, 0xE47, 0xE4E, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x200C, 0x200D, 0x20D0,
    0x20FF, 0xFE20, 0xFE2F,
];

fn in_ranges(ranges: &[u32], c: char) -> bool {
    let u = u32::from(c);
    ranges
        .chunks_exact(2)
        .any(|r| matches!(r, &[a, b] if a <= u && u <= b))
}

fn is_punct_char(c: char) -> bool {
    if c.is_ascii() {
        return b"!(),-./:;?[\\]_{}".contains(&(c as u8));
    }
    in_ranges(&PUNCT_RANGES, c)
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/// Letters and digits of any script, plus combining marks and joiners that live inside words.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match u32::from(c) {
        // Fast answers for the common non-ASCII chars of news text (quotes, dashes, accents).
        0x2000..=0x206F => return matches!(c, '\u{200C}' | '\u{200D}'),
        0xC0..=0x24F => return !matches!(c, '×' | '÷'),
        _ => {}
    }
    c.is_alphanumeric() || in_ranges(&MARK_RANGES, c)
}

const fn is_ascii_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The char starting at byte `i`, if `i` is a char boundary inside `text`.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// First byte at or after `i` (up to `end`) that is not whitespace.
fn skip_ws(text: &str, mut i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    while i < end {
        match b.get(i) {
            Some(&x) if x < 0x80 => {
                if !is_ascii_ws(x) {
                    break;
                }
                i += 1;
            }
            _ => match char_at(text, i) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            },
        }
    }
    i
}

/// `span` clamped to `text` and shrunk to char boundaries.
fn fit(text: &str, span: Span) -> Span {
    let mut s = span.start.min(text.len());
    let mut e = span.end.min(text.len());
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    Span::new(s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SEED: &str = include_str!("../../seeds/putin-iran-israel-calls.txt");

    /// (paragraph text, expected sentences).
    const SENTENCES: &[(&str, &[&str])] = &[
        (
            "Putin spoke with Pezeshkian on Friday. The Kremlin called the talks constructive.",
            &[
                "Putin spoke with Pezeshkian on Friday.",
                "The Kremlin called the talks constructive.",
            ],
        ),
        (
            "U.S. President Donald Trump threatened military action. Tehran did not respond.",
            &[
                "U.S. President Donald Trump threatened military action.",
                "Tehran did not respond.",
            ],
        ),
        (
            "The sanctions were first imposed by the U.S. The European Union followed a week later.",
            &[
                "The sanctions were first imposed by the U.S.",
                "The European Union followed a week later.",
            ],
        ),
        (
            "Troops from the U.S. Army arrived in Kuwait on Monday, officials said.",
            &["Troops from the U.S. Army arrived in Kuwait on Monday, officials said."],
        ),
        (
            "The U.N. Security Council met in emergency session. Diplomats said no vote was expected.",
            &[
                "The U.N. Security Council met in emergency session.",
                "Diplomats said no vote was expected.",
            ],
        ),
        (
            "Inflation in the U.K. rose to 4.2% in March. Economists had expected 3.9%.",
            &[
                "Inflation in the U.K. rose to 4.2% in March.",
                "Economists had expected 3.9%.",
            ],
        ),
        (
            "Mr. Peskov told reporters that Mrs. Clinton and Ms. Haley had not been invited.",
            &["Mr. Peskov told reporters that Mrs. Clinton and Ms. Haley had not been invited."],
        ),
        (
            "Dr. Anthony Fauci warned of a winter surge. He urged Americans to get vaccinated.",
            &[
                "Dr. Anthony Fauci warned of a winter surge.",
                "He urged Americans to get vaccinated.",
            ],
        ),
        (
            "Lt. Gen. Mark Hertling and Col. Ann Wright testified on Tuesday. Both criticized the plan.",
            &[
                "Lt. Gen. Mark Hertling and Col. Ann Wright testified on Tuesday.",
                "Both criticized the plan.",
            ],
        ),
        (
            "Sen. Lindsey Graham, Rep. Nancy Pelosi and Gov. Ron DeSantis all weighed in. None offered details.",
            &[
                "Sen. Lindsey Graham, Rep. Nancy Pelosi and Gov. Ron DeSantis all weighed in.",
                "None offered details.",
            ],
        ),
        (
            "Prof. Maria Ivanova of the University of Massachusetts said the accord was fragile.",
            &[
                "Prof. Maria Ivanova of the University of Massachusetts said the accord was fragile.",
            ],
        ),
        (
            "Crowds gathered in St. Petersburg on Sunday. Police detained dozens of protesters.",
            &[
                "Crowds gathered in St. Petersburg on Sunday.",
                "Police detained dozens of protesters.",
            ],
        ),
        (
            "The vote is scheduled for Jan. 15, 2025. Results are expected by Feb. 1 at the latest.",
            &[
                "The vote is scheduled for Jan. 15, 2025.",
                "Results are expected by Feb. 1 at the latest.",
            ],
        ),
        (
            "The attacks of Sept. 11, 2001, reshaped U.S. policy. Aug. 4 marks the anniversary of the blast.",
            &[
                "The attacks of Sept. 11, 2001, reshaped U.S. policy.",
                "Aug. 4 marks the anniversary of the blast.",
            ],
        ),
        (
            "Talks resumed in Oct. and stalled again in Nov. and Dec. The ceasefire held anyway.",
            &[
                "Talks resumed in Oct. and stalled again in Nov. and Dec.",
                "The ceasefire held anyway.",
            ],
        ),
        (
            "Apple Inc. reported record revenue. Microsoft Corp. and Toyota Motor Co. Ltd. did not comment.",
            &[
                "Apple Inc. reported record revenue.",
                "Microsoft Corp. and Toyota Motor Co. Ltd. did not comment.",
            ],
        ),
        (
            "The contract went to Northrop Grumman Corp. The losing bidder, Boeing Co., said it would appeal.",
            &[
                "The contract went to Northrop Grumman Corp.",
                "The losing bidder, Boeing Co., said it would appeal.",
            ],
        ),
        (
            "The team is ranked No. 1 in the country. It has won 12 straight games.",
            &[
                "The team is ranked No. 1 in the country.",
                "It has won 12 straight games.",
            ],
        ),
        (
            "The case, Trump vs. United States, was argued in April. A ruling came in July.",
            &[
                "The case, Trump vs. United States, was argued in April.",
                "A ruling came in July.",
            ],
        ),
        (
            "Officials discussed tariffs, quotas, subsidies, etc. The talks ended without agreement.",
            &[
                "Officials discussed tariffs, quotas, subsidies, etc.",
                "The talks ended without agreement.",
            ],
        ),
        (
            "Some allies, e.g. Hungary, opposed the measure. Others, i.e. the Baltic states, backed it.",
            &[
                "Some allies, e.g. Hungary, opposed the measure.",
                "Others, i.e. the Baltic states, backed it.",
            ],
        ),
        (
            "Voting began at 10:30 a.m. and ended at 4 p.m. The result was announced at 6 p.m. Eastern time.",
            &[
                "Voting began at 10:30 a.m. and ended at 4 p.m.",
                "The result was announced at 6 p.m. Eastern time.",
            ],
        ),
        (
            "The strike hit at 10:30 a.m. local time. At least five people were killed.",
            &[
                "The strike hit at 10:30 a.m. local time.",
                "At least five people were killed.",
            ],
        ),
        (
            "The estate of J. R. R. Tolkien approved the series. Filming began in New Zealand.",
            &[
                "The estate of J. R. R. Tolkien approved the series.",
                "Filming began in New Zealand.",
            ],
        ),
        (
            "Former President George W. Bush spoke at the ceremony. He praised the veterans.",
            &[
                "Former President George W. Bush spoke at the ceremony.",
                "He praised the veterans.",
            ],
        ),
        (
            "The company lost $3.2 billion in the quarter. Its shares fell 2.5% to $31.14 on Friday.",
            &[
                "The company lost $3.2 billion in the quarter.",
                "Its shares fell 2.5% to $31.14 on Friday.",
            ],
        ),
        (
            "Growth slowed to 3.14 percent, the lowest since 2009. The central bank held rates.",
            &[
                "Growth slowed to 3.14 percent, the lowest since 2009.",
                "The central bank held rates.",
            ],
        ),
        (
            "“We will wait… and we will see what happens,” Peskov said.",
            &["“We will wait… and we will see what happens,” Peskov said."],
        ),
        (
            "The minister paused... Then he left the room without answering.",
            &[
                "The minister paused...",
                "Then he left the room without answering.",
            ],
        ),
        (
            "Talks dragged on for hours… The delegations left without a statement.",
            &[
                "Talks dragged on for hours…",
                "The delegations left without a statement.",
            ],
        ),
        (
            "The envoy said the talks were going... well, better than expected.",
            &["The envoy said the talks were going... well, better than expected."],
        ),
        (
            "Peskov called it a boost to “regional stability and peace.” This move aligns with Russia’s policy.",
            &[
                "Peskov called it a boost to “regional stability and peace.”",
                "This move aligns with Russia’s policy.",
            ],
        ),
        (
            "The minister said the talks were \"productive.\" Analysts were skeptical.",
            &[
                "The minister said the talks were \"productive.\"",
                "Analysts were skeptical.",
            ],
        ),
        (
            "“Who will pay for this?” The question hung over the summit.",
            &[
                "“Who will pay for this?”",
                "The question hung over the summit.",
            ],
        ),
        (
            "“She told me, ‘Get out!’” Protesters then marched on the embassy.",
            &[
                "“She told me, ‘Get out!’”",
                "Protesters then marched on the embassy.",
            ],
        ),
        (
            "“Why now?” he asked. “Why not last year?”",
            &["“Why now?” he asked.", "“Why not last year?”"],
        ),
        (
            "“Is this the end?” Peskov asked. Nobody answered.",
            &["“Is this the end?” Peskov asked.", "Nobody answered."],
        ),
        (
            "Will the ceasefire hold? Few believe it will! Diplomats remain pessimistic.",
            &[
                "Will the ceasefire hold?",
                "Few believe it will!",
                "Diplomats remain pessimistic.",
            ],
        ),
        (
            "Officials released new figures. (The numbers could not be independently verified.) The ministry declined to comment.",
            &[
                "Officials released new figures.",
                "(The numbers could not be independently verified.)",
                "The ministry declined to comment.",
            ],
        ),
        (
            "The toll rose to 2,677 (according to HRANA.) The government disputes the figure.",
            &[
                "The toll rose to 2,677 (according to HRANA.)",
                "The government disputes the figure.",
            ],
        ),
        (
            "The threat—later withdrawn—rattled markets. Oil rose 4% — the biggest jump in a year.",
            &[
                "The threat—later withdrawn—rattled markets.",
                "Oil rose 4% — the biggest jump in a year.",
            ],
        ),
        (
            "Putin Holds Talks With Iranian and Israeli Leaders",
            &["Putin Holds Talks With Iranian and Israeli Leaders"],
        ),
        (
            "1. Iran must halt enrichment. 2. Sanctions will be lifted in stages.",
            &[
                "1. Iran must halt enrichment.",
                "2. Sanctions will be lifted in stages.",
            ],
        ),
        (
            "Details were posted on kremlin.ru and example.com. The site later went offline.",
            &[
                "Details were posted on kremlin.ru and example.com.",
                "The site later went offline.",
            ],
        ),
        (
            "Readers can visit https://www.example.com/news/2024/iran.html for updates. Comments are closed.",
            &[
                "Readers can visit https://www.example.com/news/2024/iran.html for updates.",
                "Comments are closed.",
            ],
        ),
        (
            "Send tips to tips@example.com. Reporters will follow up.",
            &[
                "Send tips to tips@example.com.",
                "Reporters will follow up.",
            ],
        ),
        (
            "The talks ended.   No statement was\nissued. Aides left",
            &[
                "The talks ended.",
                "No statement was\nissued.",
                "Aides left",
            ],
        ),
        (
            "The meeting ended at 5 p.m.",
            &["The meeting ended at 5 p.m."],
        ),
        (
            "The award went to Gen. Lloyd Austin. Dr. Jill Biden presented it.",
            &[
                "The award went to Gen. Lloyd Austin.",
                "Dr. Jill Biden presented it.",
            ],
        ),
        (
            "A U.S.-based rights group says 2,677 people have died. The figure could not be verified.",
            &[
                "A U.S.-based rights group says 2,677 people have died.",
                "The figure could not be verified.",
            ],
        ),
        (
            "普京与伊朗总统通话。双方讨论了地区局势。",
            &["普京与伊朗总统通话。", "双方讨论了地区局势。"],
        ),
        (
            "Émile Zola’s heirs sued. Élysée officials declined to comment. Путин промолчал.",
            &[
                "Émile Zola’s heirs sued.",
                "Élysée officials declined to comment.",
                "Путин промолчал.",
            ],
        ),
        (
            "She earned a Ph.D. in physics. She later joined NASA.",
            &["She earned a Ph.D. in physics.", "She later joined NASA."],
        ),
        (
            "Apple sold 1.7 million units. iPhone sales rose 20%.",
            &["Apple sold 1.7 million units.", "iPhone sales rose 20%."],
        ),
        (
            "Northrop won the contract in 2008. 60% of the parts will be made in the U.S.",
            &[
                "Northrop won the contract in 2008.",
                "60% of the parts will be made in the U.S.",
            ],
        ),
        (
            "Martin Luther King Jr. spoke here in 1963. He drew 250,000 people.",
            &[
                "Martin Luther King Jr. spoke here in 1963.",
                "He drew 250,000 people.",
            ],
        ),
        (
            "The court overturned Roe v. Wade in 2022. Protests followed.",
            &[
                "The court overturned Roe v. Wade in 2022.",
                "Protests followed.",
            ],
        ),
        (
            "Russia’s UN envoy dismissed the protests as “tried and tested methods of ‘color revolutions’”—a term the Kremlin uses often.",
            &[
                "Russia’s UN envoy dismissed the protests as “tried and tested methods of ‘color revolutions’”—a term the Kremlin uses often.",
            ],
        ),
    ];

    fn strs<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn starters_are_sorted() {
        assert!(
            STARTERS
                .windows(2)
                .all(|w| w[0].as_bytes() < w[1].as_bytes())
        );
    }

    #[test]
    fn sentence_table() {
        assert!(SENTENCES.len() >= 40);
        for &(text, want) in SENTENCES {
            let got = sentences(text, Span::new(0, text.len()));
            assert_eq!(strs(text, &got), want, "input: {text:?}");
            check(text);
        }
    }

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

    #[test]
    fn dev_style_blank_line_paragraphs() {
        let text = "Airbus parent EADS wins #13 billion UK RAF airtanker contract\n\nMarch 27, 2008\n\nEuropean Aeronautic Defence & Space NV (EADS), the parent company of European airframer Airbus, has won a #13 billion contract to supply the United Kingdom's Royal Air Force (RAF) with aerial refueling tankers.\n\nAirTanker Ltd., an EADS-led consortium, have signed a 27-year contract with the Defense Ministry.\n";
        let seg = segment(text);
        assert_eq!(seg.paragraphs.len(), 4);
        assert_eq!(seg.paragraphs[1].text(text), "March 27, 2008");
        assert_eq!(seg.sentences.len(), 4);
        check(text);
    }

    #[test]
    fn seed_article() {
        let seg = segment(SEED);
        assert_eq!(seg.paragraphs.len(), 7, "headline + 6 body paragraphs");
        assert_eq!(
            seg.paragraphs[0].text(SEED),
            "Putin Holds First Talks With Iranian and Israeli Leaders as Mass Protests and U.S. Threats Roil Region"
        );
        let sents = strs(SEED, &seg.sentences);
        assert_eq!(sents.len(), 22);
        assert_eq!(sents[0], seg.paragraphs[0].text(SEED));
        assert!(sents.contains(
            &"Top spokesman Dmitry Peskov framed Russia’s role as essential, stating, “This is assistance not only to Iran, but to the entire region, as well as to the cause of regional stability and peace.”"
        ));
        assert!(sents.contains(
            &"This dual outreach attempts to position Moscow as a unique broker with access to all sides, even as it openly sides with Iran against what it calls American “hysteria.”"
        ));
        assert!(sents.contains(&"For Putin, these calls are a strategic assertion of relevance."));
        assert!(
            sents
                .iter()
                .any(|s| s.starts_with("Meanwhile, U.S. President Donald Trump")
                    && s.ends_with("a threat he has since walked back."))
        );
        check(SEED);
    }

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokens(text, Span::new(0, text.len()))
            .map(|t| (t.span.text(text), t.kind))
            .collect()
    }

    use TokenKind::{Dash, Number, Possessive, Punct, Quote, Symbol, Word};

    /// (text, expected tokens).
    const TOKENS: &[(&str, &[(&str, TokenKind)])] = &[
        (
            "Putin’s call",
            &[("Putin", Word), ("’s", Possessive), ("call", Word)],
        ),
        (
            "Iran's AT&T's U.S.’s",
            &[
                ("Iran", Word),
                ("'s", Possessive),
                ("AT&T", Word),
                ("'s", Possessive),
                ("U.S.", Word),
                ("’s", Possessive),
            ],
        ),
        (
            "don't it's he's can't Who’s let's o'clock",
            &[
                ("don't", Word),
                ("it's", Word),
                ("he's", Word),
                ("can't", Word),
                ("Who’s", Word),
                ("let's", Word),
                ("o'clock", Word),
            ],
        ),
        (
            "U.S.-based Wal-Mart state-run COVID-19",
            &[
                ("U.S.-based", Word),
                ("Wal-Mart", Word),
                ("state-run", Word),
                ("COVID-19", Word),
            ],
        ),
        (
            "the U.S. and U.N. at 10:30 a.m.",
            &[
                ("the", Word),
                ("U.S.", Word),
                ("and", Word),
                ("U.N.", Word),
                ("at", Word),
                ("10:30", Number),
                ("a.m.", Word),
            ],
        ),
        (
            "the regional instability.",
            &[
                ("the", Word),
                ("regional", Word),
                ("instability", Word),
                (".", Punct),
            ],
        ),
        (
            "students’ union",
            &[("students", Word), ("’", Possessive), ("union", Word)],
        ),
        (
            "$3.2 billion, 2.5% and 2,677 people in the 1990s",
            &[
                ("$", Symbol),
                ("3.2", Number),
                ("billion", Word),
                (",", Punct),
                ("2.5", Number),
                ("%", Symbol),
                ("and", Word),
                ("2,677", Number),
                ("people", Word),
                ("in", Word),
                ("the", Word),
                ("1990s", Number),
            ],
        ),
        (
            "“locked and loaded”",
            &[
                ("“", Quote),
                ("locked", Word),
                ("and", Word),
                ("loaded", Word),
                ("”", Quote),
            ],
        ),
        (
            "of ‘color revolutions’”—a term",
            &[
                ("of", Word),
                ("‘", Quote),
                ("color", Word),
                ("revolutions", Word),
                ("’", Quote),
                ("”", Quote),
                ("—", Dash),
                ("a", Word),
                ("term", Word),
            ],
        ),
        (
            "American “hysteria.”",
            &[
                ("American", Word),
                ("“", Quote),
                ("hysteria", Word),
                (".", Punct),
                ("”", Quote),
            ],
        ),
        (
            "continued—a threat – then -- more - KC-45",
            &[
                ("continued", Word),
                ("—", Dash),
                ("a", Word),
                ("threat", Word),
                ("–", Dash),
                ("then", Word),
                ("--", Dash),
                ("more", Word),
                ("-", Dash),
                ("KC-45", Word),
            ],
        ),
        (
            "\"It's over,\" he said. 'Really?'",
            &[
                ("\"", Quote),
                ("It's", Word),
                ("over", Word),
                (",", Punct),
                ("\"", Quote),
                ("he", Word),
                ("said", Word),
                (".", Punct),
                ("'", Quote),
                ("Really", Word),
                ("?", Punct),
                ("'", Quote),
            ],
        ),
        (
            "Zürich café Москва 北京 naïve",
            &[
                ("Zürich", Word),
                ("café", Word),
                ("Москва", Word),
                ("北京", Word),
                ("naïve", Word),
            ],
        ),
        (
            "2010-11 and 50-year-old «oui»",
            &[
                ("2010", Number),
                ("-", Punct),
                ("11", Number),
                ("and", Word),
                ("50-year-old", Word),
                ("«", Quote),
                ("oui", Word),
                ("»", Quote),
            ],
        ),
        (
            "Wait... what? tips@example.com (No. 1)",
            &[
                ("Wait", Word),
                ("...", Punct),
                ("what", Word),
                ("?", Punct),
                ("tips", Word),
                ("@", Symbol),
                ("example.com", Word),
                ("(", Punct),
                ("No", Word),
                (".", Punct),
                ("1", Number),
                (")", Punct),
            ],
        ),
    ];

    #[test]
    fn token_table() {
        for &(text, want) in TOKENS {
            assert_eq!(toks(text), want, "input: {text:?}");
            check(text);
        }
    }

    #[test]
    fn tokens_respect_the_span() {
        let text = "The U.S. said “no.”";
        // Tokens stop at the span end even mid-acronym.
        let got: Vec<&str> = tokens(text, Span::new(4, 7))
            .map(|t| t.span.text(text))
            .collect();
        assert_eq!(got, ["U.S"]);
        // Out-of-range or off-boundary spans are clamped, not a panic.
        let cjk = "中文。";
        assert_eq!(tokens(cjk, Span::new(1, 99)).count(), 2);
        assert!(
            sentences(cjk, Span::new(2, 999))
                .iter()
                .all(|s| cjk.get(s.start..s.end).is_some())
        );
        assert!(sentences(cjk, Span::new(7, 3)).is_empty());
    }

    /// Spans are non-empty, trimmed, on char boundaries, inside the text, sorted and disjoint.
    fn check_spans(text: &str, spans: &[Span]) {
        let mut last = 0;
        for s in spans {
            assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert_eq!(s.trim(text), *s, "untrimmed {:?}", s.text(text));
            assert!(last <= s.start, "unsorted or overlapping at {s:?}");
            last = s.end;
        }
    }

    /// Everything in `outer` not covered by `inner` spans is whitespace.
    fn check_cover(text: &str, outer: Span, inner: &[Span]) {
        let mut pos = outer.start;
        for s in inner {
            assert!(outer.contains(*s), "{s:?} outside {outer:?}");
            assert!(
                text[pos..s.start].trim().is_empty(),
                "dropped {:?}",
                &text[pos..s.start]
            );
            pos = s.end;
        }
        assert!(text[pos..outer.end].trim().is_empty());
    }

    /// All segmentation invariants for `text`.
    fn check(text: &str) {
        let seg = segment(text);
        check_spans(text, &seg.paragraphs);
        check_spans(text, &seg.sentences);
        check_cover(text, Span::new(0, text.len()), &seg.paragraphs);
        let mut rest = seg.sentences.as_slice();
        for &p in &seg.paragraphs {
            let n = rest.iter().take_while(|s| p.contains(**s)).count();
            let (inside, after) = rest.split_at(n);
            assert_eq!(inside, sentences(text, p).as_slice());
            check_cover(text, p, inside);
            rest = after;
        }
        assert!(rest.is_empty(), "sentence outside every paragraph");
        for &s in &seg.sentences {
            let ts: Vec<Span> = tokens(text, s).map(|t| t.span).collect();
            for t in &ts {
                assert!(!t.is_empty() && !t.text(text).contains(char::is_whitespace));
            }
            check_spans(text, &ts);
            check_cover(text, s, &ts);
        }
    }

    fn newsy() -> impl Strategy<Value = String> {
        let pieces = vec![
            "Putin",
            "said",
            "the",
            "U.S.",
            "U.N.",
            "Mr.",
            "a.m.",
            "etc.",
            "Inc.",
            "No.",
            "J.",
            "3.2",
            "2,677",
            "$",
            "%",
            ".",
            "...",
            "…",
            "?",
            "!",
            ",",
            "“",
            "”",
            "‘",
            "’",
            "'",
            "\"",
            "’s",
            "(",
            ")",
            "—",
            "–",
            "--",
            "-",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "é",
            "中",
            "。",
            "The",
            "He",
            "iPhone",
            "1.",
            "example.com",
            "\u{301}",
            "\u{a0}",
            "\u{2029}",
            "ü",
        ];
        proptest::collection::vec(proptest::sample::select(pieces), 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn invariants_on_arbitrary_text(s in "\\PC*") {
            check(&s);
        }

        #[test]
        fn invariants_on_any_chars(s in any::<String>()) {
            check(&s);
        }

        #[test]
        fn invariants_on_news_like_text(s in newsy()) {
            check(&s);
        }

        #[test]
        fn arbitrary_spans_never_panic(s in newsy(), a in 0usize..400, b in 0usize..400) {
            let span = Span::new(a, b);
            for t in tokens(&s, span) {
                prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            }
            for x in sentences(&s, span) {
                prop_assert!(s.get(x.start..x.end).is_some());
            }
        }
    }
}
