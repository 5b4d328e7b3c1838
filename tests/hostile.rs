//! Hostile input: what used to panic, hang, blow up memory or write control sequences to the
//! terminal, kept as regression tests. Large inputs are generated here; the caps they run into
//! are the ones the README lists.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;

use byline::analysis::quotes::MAX_QUOTES;
use byline::analysis::segment::MAX_SENTENCE;
use byline::analysis::timeline::MAX_ENTRIES;
use byline::analysis::{Analysis, analyze};
use byline::document::{LoadError, LoadOptions, MAX_ITEMS, Source, open_bytes};

#[path = "cli_support.rs"]
mod cli_support;
use cli_support::{json_lines, run, write};

fn sentences_are_bounded(text: &str, analysis: &Analysis) {
    for s in &analysis.segments.sentences {
        assert!(
            s.end - s.start <= MAX_SENTENCE,
            "a sentence of {} bytes",
            s.end - s.start
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

#[test]
fn runs_of_title_words_are_read_in_bounded_time() {
    for text in [
        "Ms ".repeat(4000),
        "Miss ".repeat(3000),
        "President ".repeat(20_000),
        // Found by the analyze fuzz target: a person named after every title, each mention
        // once walked back over the whole run for its role.
        "Ms Ann ".repeat(9000),
    ] {
        let analysis = analyze(&text, None);
        sentences_are_bounded(&text, &analysis);
        for actor in &analysis.actors {
            for m in &actor.mentions {
                let words = text[m.span.start..m.span.end].split_whitespace().count();
                assert!(words <= 24, "a name of {words} words");
            }
        }
    }
    let phrases = "President Prime Minister Secretary General Ms Mr Dr Sheikh ".repeat(3000);
    sentences_are_bounded(&phrases, &analyze(&phrases, None));
}

#[test]
fn a_page_of_unbalanced_marks_keeps_at_most_max_quotes() {
    let text = "“a ‘b ".repeat(34_000);
    let analysis = analyze(&text, None);
    sentences_are_bounded(&text, &analysis);
    assert_eq!(analysis.quotes.len(), MAX_QUOTES);
    assert!(
        analysis
            .quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
    );
}

#[test]
fn pages_of_reported_speech_keep_at_most_max_quotes() {
    let text = "The council met again and the mayor said the talks would go on.\n\n"
        .repeat(MAX_QUOTES + 500);
    let analysis = analyze(&text, None);
    assert_eq!(analysis.quotes.len(), MAX_QUOTES);
    assert!(
        analysis
            .quotes
            .iter()
            .all(|q| q.kind == byline::analysis::quotes::QuoteKind::Indirect)
    );
    // One unnamed actor, "the mayor", for all of them.
    let mayor: Vec<_> = analysis.actors.iter().filter(|a| !a.named).collect();
    assert_eq!(mayor.len(), 1);
    assert_eq!(mayor[0].mentions.len(), MAX_QUOTES);
}

#[test]
fn a_page_of_dates_keeps_at_most_max_entries() {
    let text = "On Friday. ".repeat(MAX_ENTRIES + 500);
    let analysis = analyze(&text, byline::analysis::date::Date::new(2026, 1, 16));
    assert_eq!(analysis.timeline.len(), MAX_ENTRIES);
}

#[test]
fn text_without_full_stops_is_cut_into_bounded_sentences() {
    let text = "word and more words, ".repeat(10_000) + &"中".repeat(5000);
    let analysis = analyze(&text, None);
    sentences_are_bounded(&text, &analysis);
    let covered: usize = analysis
        .segments
        .sentences
        .iter()
        .map(|s| s.end - s.start)
        .sum();
    assert!(covered + analysis.segments.sentences.len() >= text.trim_end().len());
}

/// Loads `bytes` named `name`; a caught parser panic fails the test.
fn load(bytes: &[u8], name: &str) -> Result<Source, LoadError> {
    let result = open_bytes(bytes, name, Some(name.to_owned()), LoadOptions::default());
    if let Err(error @ LoadError::Crashed { .. }) = &result {
        panic!("{name}: a parser panicked: {error}");
    }
    result
}

fn feed_titles(bytes: &[u8], name: &str) -> Vec<String> {
    match load(bytes, name).unwrap() {
        Source::Feed(feed) => feed.items.into_iter().filter_map(|i| i.title).collect(),
        other => panic!("{name} is not a feed: {other:?}"),
    }
}

#[test]
fn xml_declarations_anywhere_do_not_crash_the_feed_parser() {
    let item = "<item><title>A</title><description>Hello.</description></item>";
    let late = format!(
        "{}<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>T</title>{item}</channel></rss>",
        "\n".repeat(22)
    );
    assert_eq!(feed_titles(late.as_bytes(), "late.rss"), ["A"]);
    let nuls = format!(
        "<?xml version=\"1.0\"\0\0\0 encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>{item}</channel></rss>"
    );
    assert_eq!(feed_titles(nuls.as_bytes(), "nuls.rss"), ["A"]);
    let spaces = format!(
        "<?xml version=\"1.0\"{}encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>{item}</channel></rss>",
        " ".repeat(30)
    );
    assert_eq!(feed_titles(spaces.as_bytes(), "spaces.rss"), ["A"]);
    let inner = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>\
                 <?xml version=\"1.0\" encoding=\"utf-16\"?><entry><title>E</title></entry></feed>";
    assert_eq!(feed_titles(inner.as_bytes(), "inner.atom"), ["E"]);
    // Found by the load_bytes fuzz target (minimised).
    let fuzzed = b"<?xml \x85\x00rsion=\"1\" encoding=\"ISO-8859-1\"?xml versncoding=\"UTF-8\"?>\n<rss vats/>\n";
    let _ = load(fuzzed, "x.xml");
}

#[test]
fn a_feed_is_read_up_to_max_items() {
    let dir = tempfile::tempdir().unwrap();
    let items: String = (0..MAX_ITEMS + 500)
        .map(|i| {
            format!("<item><title>Story {i}</title><description>Text {i}.</description></item>")
        })
        .collect();
    let rss = format!("<rss version=\"2.0\"><channel><title>Many</title>{items}</channel></rss>");
    let path = write(dir.path(), "many.rss", rss.as_bytes());
    let out = run(&["analyze", &path], b"");
    assert_eq!(json_lines(&out).len(), MAX_ITEMS);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.trim_end(),
        format!(
            "byline: error: {path}: 500 more items not read (a feed is read up to its first {MAX_ITEMS} items)"
        )
    );
}

#[test]
fn deeply_nested_pages_are_flattened_not_hung() {
    let text = "Deep text here. The minister said so on Friday.";
    let divs = format!(
        "<html><body>{}<p>{text}</p>{}</body></html>",
        "<div>".repeat(16_000),
        "</div>".repeat(16_000)
    );
    let tables = format!(
        "<html><body>{}<p>{text}</p>{}</body></html>",
        "<table><tr><td>".repeat(20_000),
        "</td></tr></table>".repeat(20_000)
    );
    let pres = format!(
        "<html><body>{}{text}</body></html>",
        "<pre>x".repeat(90_000)
    );
    let attrs: String = (0..50_000).map(|i| format!(" a{i}=\"v\"")).collect();
    let wide = format!("<html><body><p{attrs}>{text}</p></body></html>");
    for (name, page) in [
        ("divs", divs),
        ("tables", tables),
        ("pres", pres),
        ("attrs", wide),
    ] {
        let Source::Article(loaded) = load(page.as_bytes(), &format!("{name}.html")).unwrap()
        else {
            panic!("{name} is an article");
        };
        assert!(loaded.document.text.contains("Deep text here."), "{name}");
    }
}

#[test]
fn byte_order_marks_alone_are_empty_and_odd_utf16_is_named() {
    let boms = "\u{feff}".repeat(1000);
    assert!(matches!(
        load(boms.as_bytes(), "boms.txt"),
        Err(LoadError::Empty { .. })
    ));
    let mut odd = vec![0xFF, 0xFE];
    odd.extend("Storm hits coast".encode_utf16().flat_map(u16::to_le_bytes));
    odd.push(b'!');
    let Source::Article(loaded) = load(&odd, "odd.txt").unwrap() else {
        panic!("an article");
    };
    let warning = loaded.warning.unwrap();
    assert!(
        warning.contains("invalid UTF-16LE (1 bad sequence)"),
        "{warning}"
    );
}

/// Whether `bytes` hold anything a terminal would act on: ESC, BEL, other C0 controls
/// (besides newline and tab), C1 controls, bidi overrides.
fn has_controls(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes).chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn nothing_from_the_input_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = "Title \x1b]0;PWNED\x07 here\n\n\
                   “We will \x1b]52;c;SGVsbG8=\x07 win \u{9b}2J,” Jane \u{202e}Doe said on Friday.\x08\n";
    let txt = write(dir.path(), "hostile.txt", hostile.as_bytes());
    let html = write(
        dir.path(),
        "hostile.html",
        b"<html><body><p>The mayor &#x1b;]0;PWNED&#x07; said it was &#x9b;2J over.</p></body></html>",
    );
    for args in [
        vec!["analyze", txt.as_str(), "--format", "text"],
        vec![txt.as_str()],
        vec!["analyze", html.as_str(), "--format", "text"],
        vec!["analyze", txt.as_str(), html.as_str()],
    ] {
        let out = run(&args, b"");
        assert!(out.status.success(), "{args:?}");
        assert!(!out.stdout.is_empty());
        assert!(
            !has_controls(&out.stdout),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!has_controls(&out.stderr), "{args:?}");
    }
    let report = String::from_utf8(run(&[txt.as_str()], b"").stdout).unwrap();
    assert!(report.contains("Title ␛]0;PWNED␇ here"), "{report}");

    let folder = dir.path().join("folder");
    fs::create_dir(&folder).unwrap();
    write(&folder, "bad\x1b]0;x\x07.txt", b"\x00\x01binary");
    write(&folder, "good.txt", b"Storm hits coast\n\nRain fell.\n");
    let out = run(&["analyze", folder.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json_lines(&out).len(), 1, "the good file is still read");
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        err.contains("bad␛]0;x␇.txt: looks like binary data"),
        "{err}"
    );
    assert!(!has_controls(&out.stderr), "{err}");
}
