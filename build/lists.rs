//! The analysis rules' own word lists (sentence starters, time words, number words, …), as
//! `const` slices and `match` functions in the modules that use them.

use crate::rows::{Result, filter, read, rows};
use std::fmt::Write;

/// Column `n` of every row of `list` whose column `at` is `value` (or of every row).
fn column(list: &str, n: usize, filter: Option<(usize, &str)>) -> Vec<String> {
    rows(list)
        .filter(|r| filter.is_none_or(|(at, value)| r.get(at).copied() == Some(value)))
        .filter_map(|r| r.get(n).map(|w| (*w).to_owned()))
        .collect()
}

/// A `const` slice of string literals.
fn slice(out: &mut String, doc: &str, item: &str, words: &[String]) -> Result<()> {
    writeln!(out, "/// {doc}\n{item}: &[&str] = &[")?;
    for w in words {
        writeln!(out, "    {w:?},")?;
    }
    writeln!(out, "];\n")?;
    Ok(())
}

/// A `const` slice of (word, value) pairs: the value is column 2, or `value` of it.
fn pairs(out: &mut String, doc: &str, item: &str, rows: &[(String, String)]) -> Result<()> {
    writeln!(out, "/// {doc}\n{item} = &[")?;
    for (w, v) in rows {
        writeln!(out, "    ({w:?}, {v}),")?;
    }
    writeln!(out, "];\n")?;
    Ok(())
}

/// `Title-Case` of a `kebab-case` name: `month-abbr` → `MonthAbbr`.
fn camel(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The `Head` a row of `time_words.tsv` names.
fn head(class: &str, arg: &str) -> Result<String> {
    let variant = camel(class);
    Ok(match class {
        "month" | "month-abbr" | "weekday" | "weekdays" | "century" | "decade" => {
            format!("Head::{variant}({})", arg.parse::<u8>()?)
        }
        "unit" | "units" | "every" => format!("Head::{variant}(Unit::{})", camel(arg)),
        "part" => format!("Head::Part(DayPart::{})", camel(arg)),
        "season" => format!("Head::Season(Season::{})", camel(arg)),
        "holiday" => format!("Head::Holiday(Holiday::{})", camel(arg)),
        _ => format!("Head::{variant}"),
    })
}

/// A function matching lowercase words to the number in column 2 of `time_words.tsv` rows of
/// the `classes`, and a `const` (named `shapes`) telling their first bytes and lengths.
fn calendar(
    out: &mut String,
    (doc, sig, shapes): (&str, &str, &str),
    words: &str,
    classes: [&str; 2],
) -> Result<()> {
    let mut arms: Vec<(String, Vec<String>)> = Vec::new();
    let mut filter = [0u32; 32];
    for row in rows(words).filter(|r| r.get(1).is_some_and(|c| classes.contains(c))) {
        let (Some(word), Some(n)) = (row.first(), row.get(2)) else {
            continue;
        };
        let slot = filter.get_mut(usize::from(word.bytes().next().unwrap_or(0) & 31));
        if let Some(slot) = slot {
            *slot |= 1 << word.len().min(31);
        }
        match arms.iter_mut().find(|(m, _)| m == n) {
            Some((_, names)) => names.push(format!("{word:?}")),
            None => arms.push(((*n).to_owned(), vec![format!("{word:?}")])),
        }
    }
    arms.sort_by_key(|(n, _)| n.parse::<u8>().unwrap_or(u8::MAX));
    writeln!(out, "/// {doc}\n{sig} {{\n    match w {{")?;
    for (n, names) in arms {
        writeln!(out, "        {} => Some({n}),", names.join(" | "))?;
    }
    writeln!(out, "        _ => None,\n    }}\n}}\n")?;
    writeln!(
        out,
        "/// The words of `{}` by first byte (its low five bits) and byte length (bit \
         `min(length, 31)`).\nconst {shapes}: [u32; 32] = {filter:?};\n",
        sig.split(['(', ' ']).nth(1).unwrap_or(""),
    )?;
    Ok(())
}

/// Byte-string patterns for the abbreviations of one class.
fn byte_patterns(words: &[String]) -> Result<String> {
    if let Some(bad) = words
        .iter()
        .find(|w| !w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Err(format!("abbreviations.tsv: {bad:?} is not lowercase ASCII").into());
    }
    let patterns: Vec<String> = words.iter().map(|w| format!("b{w:?}")).collect();
    Ok(patterns.join(" | "))
}

/// The sentence splitter's lists, for `src/analysis/segment/sentences.rs`.
fn sentences(time_words: &str) -> Result<String> {
    let mut out = String::new();
    let starters = column(&read("sentence_starters.txt")?, 0, None);
    let doc = "Words that commonly open a sentence, sorted by bytes (`sentence_starters.txt`).";
    slice(&mut out, doc, "const STARTERS", &starters)?;
    let question = column(&read("speech_verbs.txt")?, 0, Some((2, "question")));
    writeln!(
        out,
        "/// Verbs of an attribution after a quoted question (`speech_verbs.txt`).\n\
         const SPEECH_VERBS: &str = {:?};\n",
        question.join(" ")
    )?;
    let abbreviations = read("abbreviations.tsv")?;
    let class = |c| column(&abbreviations, 0, Some((1, c)));
    let mut soft = class("soft");
    soft.extend(column(time_words, 0, Some((1, "month-abbr"))));
    writeln!(
        out,
        "/// The class of a lowercase abbreviation without its dots (`abbreviations.tsv`);\n\
         /// `capital`: it was written capitalised.\n\
         fn abbreviation(w: &[u8], capital: bool) -> Abbr {{\n    match w {{\n        \
         {} if capital => Abbr::Title,\n        {} => Abbr::Title,\n        \
         {} => Abbr::Numeric,\n        {} => Abbr::Soft,\n        _ => Abbr::None,\n    }}\n}}",
        byte_patterns(&class("title-capital"))?,
        byte_patterns(&class("title"))?,
        byte_patterns(&class("numeric"))?,
        byte_patterns(&soft)?,
    )?;
    Ok(out)
}

/// The timeline's word classes, for `src/analysis/timeline/words.rs`.
fn timeline_words(time_words: &str) -> Result<String> {
    let mut out = String::new();
    let mut heads = Vec::new();
    for row in rows(time_words).filter(|r| r.get(1) != Some(&"weekday-abbr")) {
        if let (Some(w), Some(c), Some(a)) = (row.first(), row.get(1), row.get(2)) {
            heads.push(((*w).to_owned(), head(c, a)?));
        }
    }
    // By length, then bytes: the order of their packed forms (`timeline::words::PACKED`).
    heads.sort_by(|(a, _), (b, _)| (a.len(), a).cmp(&(b.len(), b)));
    let doc = "Trigger words, lowercase, by length then bytes (`time_words.tsv`).";
    pairs(
        &mut out,
        doc,
        "pub(super) const HEADS: &[(&str, Head)]",
        &heads,
    )?;
    writeln!(
        out,
        "/// The lexicon tables' prefilter over the trigger words (`lexicon::hash::filter_slots`).\n\
         const HEAD_FILTER: [u32; 2 * FILTER_SLOTS] = {};",
        filter(heads.iter().map(|(w, _)| w.as_str()))
    )?;
    let numbers = read("number_words.tsv")?;
    for (kind, item) in [("cardinal", "CARDINALS"), ("ordinal", "ORDINALS")] {
        let values: Vec<(String, String)> = rows(&numbers)
            .filter(|r| r.get(1) == Some(&kind))
            .filter_map(|r| {
                Some((
                    (*r.first()?).to_owned(),
                    r.get(2)?.parse::<u32>().ok()?.to_string(),
                ))
            })
            .collect();
        let doc = format!("English {kind} number words and their values (`number_words.tsv`).");
        pairs(
            &mut out,
            &doc,
            &format!("const {item}: &[(&str, u32)]"),
            &values,
        )?;
    }
    let aux = column(&read("aux_verbs.txt")?, 0, None);
    let doc = "Auxiliaries and modals (`aux_verbs.txt`).";
    slice(&mut out, doc, "pub(super) const AUX", &aux)?;
    let not_participles = read("not_participles.tsv")?;
    for (ending, item) in [("ed", "NOT_ED"), ("ing", "NOT_ING")] {
        let words = column(&not_participles, 0, Some((1, ending)));
        let doc = format!("Words ending in -{ending} that are not verbs (`not_participles.tsv`).");
        slice(&mut out, &doc, &format!("const {item}"), &words)?;
    }
    let past = column(&read("irregular_past.txt")?, 0, None);
    let doc = "Common irregular simple-past forms, sorted by bytes (`irregular_past.txt`).";
    slice(&mut out, doc, "pub(super) const IRREGULAR_PAST", &past)?;
    Ok(out)
}

/// The date rules' lists, for `src/analysis/timeline/dates.rs`.
fn timeline_dates() -> Result<String> {
    let mut out = String::new();
    let doc = "Words that make a bare month or season name a date (`date_context.txt`).";
    slice(
        &mut out,
        doc,
        "const CONTEXT",
        &column(&read("date_context.txt")?, 0, None),
    )?;
    let doc = "Nouns that make a preceding four-digit number a count (`counted_nouns.txt`).";
    slice(
        &mut out,
        doc,
        "const COUNTED",
        &column(&read("counted_nouns.txt")?, 0, None),
    )?;
    let zones: Vec<(String, String)> = rows(&read("time_zones.tsv")?)
        .filter_map(|r| {
            Some((
                (*r.first()?).to_owned(),
                r.get(1)?.parse::<i16>().ok()?.to_string(),
            ))
        })
        .collect();
    let doc = "Time-zone abbreviations with their offsets from UTC in minutes (`time_zones.tsv`).";
    pairs(&mut out, doc, "const ZONES: &[(&str, i16)]", &zones)?;
    Ok(out)
}

/// Writes each module's generated lists to `out`.
pub fn write(out: &std::path::Path) -> Result<()> {
    let time_words = read("time_words.tsv")?;
    let mut names = String::new();
    // Each closed-class word of at most 8 bytes as a number (its lowercase bytes, little
    // endian, and its length above them), sorted: the name scanner looks words up by key.
    let mut keys: Vec<u128> = column(&read("closed_words.txt")?, 0, None)
        .iter()
        .filter(|w| w.len() <= 8)
        .map(|w| {
            let mut buf = [0u8; 8];
            buf[..w.len()].copy_from_slice(w.to_ascii_lowercase().as_bytes());
            u128::from(u64::from_le_bytes(buf)) | (w.len() as u128) << 64
        })
        .collect();
    keys.sort_unstable();
    writeln!(
        names,
        "/// The keys of the closed-class words that are never names by themselves \
         (`closed_words.txt`), sorted.\nconst CLOSED_KEYS: &[u128] = &{keys:?};\n"
    )?;
    let doc = "Nouns that make a name a place (`facility_nouns.txt`).";
    slice(
        &mut names,
        doc,
        "pub const FACILITIES",
        &column(&read("facility_nouns.txt")?, 0, None),
    )?;
    std::fs::write(out.join("names_words.rs"), names)?;
    std::fs::write(out.join("sentence_words.rs"), sentences(&time_words)?)?;
    std::fs::write(out.join("timeline_words.rs"), timeline_words(&time_words)?)?;
    std::fs::write(out.join("timeline_dates.rs"), timeline_dates()?)?;
    let mut anchor = String::new();
    let doc = "Words after a comma that open a new clause (`clause_openers.txt`).";
    slice(
        &mut anchor,
        doc,
        "const OPENERS",
        &column(&read("clause_openers.txt")?, 0, None),
    )?;
    std::fs::write(out.join("timeline_anchor.rs"), anchor)?;
    let mut date = String::new();
    let doc = "The month (1..=12) a lowercase English month name or abbreviation names.";
    let sig = "fn month_number(w: &str) -> Option<u8>";
    let names = (doc, sig, "MONTH_SHAPES");
    calendar(&mut date, names, &time_words, ["month", "month-abbr"])?;
    let doc = "The weekday (0 = Monday) a lowercase English weekday name or abbreviation names.";
    let sig = "fn weekday_number(w: &str) -> Option<usize>";
    let names = (doc, sig, "WEEKDAY_SHAPES");
    calendar(&mut date, names, &time_words, ["weekday", "weekday-abbr"])?;
    std::fs::write(out.join("calendar.rs"), date)?;
    Ok(())
}
