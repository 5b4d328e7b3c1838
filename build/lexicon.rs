//! The gazetteers and word lists behind `analysis::lexicon::Lexicon`, as static hash tables
//! whose values are the lexicon's own types (`Gender`, `TitleUse`, …).

use crate::rows::{
    Offsets, Result, Spec, Table, alternatives, emit, emit_map, emit_set, read, rows,
};

/// A place entry: canonical name, `PlaceKind` variant, demonym, ambiguous.
#[derive(Clone)]
struct Place {
    canonical: String,
    kind: &'static str,
    demonym: bool,
    ambiguous: bool,
}

/// A place entry.
fn place(canonical: &str, kind: &'static str, demonym: bool, ambiguous: bool) -> Place {
    Place {
        canonical: canonical.to_owned(),
        kind,
        demonym,
        ambiguous,
    }
}

/// A place as `StoredPlace`: its canonical name is one of the table's keys, so a range of its
/// text.
fn stored_place(p: &Place, offsets: &Offsets) -> Result<String> {
    let (start, len) = offsets
        .get(&p.canonical)
        .ok_or_else(|| format!("canonical name {:?} is not a key", p.canonical))?;
    Ok(format!(
        "StoredPlace {{ canonical: ({start}, {len}), kind: PlaceKind::{}, demonym: {}, \
         ambiguous: {} }}",
        p.kind, p.demonym, p.ambiguous
    ))
}

/// Places by surface form. Earlier entries win: countries (names, aliases, demonyms),
/// national capitals, US states (and AP abbreviations), regions, then other cities.
fn places() -> Result<Table<Place>> {
    let mut places = Table::new();
    for row in rows(&read("countries.tsv")?) {
        let Some(&name) = row.first() else { continue };
        places.first(name, place(name, "Country", false, false));
        for alt in alternatives(row.get(3)) {
            places.first(alt, place(name, "Country", false, false));
        }
        for dem in alternatives(row.get(4)) {
            places.first(dem, place(name, "Country", true, false));
        }
    }
    let cities = read("cities.tsv")?;
    for capitals in [true, false] {
        for row in rows(&cities) {
            let Some(&name) = row.first() else { continue };
            let flags = row.get(4).copied().unwrap_or("");
            if flags.contains("capital") != capitals {
                continue;
            }
            let city = place(name, "City", false, flags.contains("word"));
            places.first(name, city.clone());
            for alt in alternatives(row.get(3)) {
                places.first(alt, city.clone());
            }
        }
        if !capitals {
            continue;
        }
        for row in rows(&read("us_states.tsv")?) {
            let Some(&name) = row.first() else { continue };
            places.first(name, place(name, "State", false, false));
            if let Some(&ap) = row.get(2) {
                places.first(ap, place(name, "State", false, false));
            }
        }
        for row in rows(&read("regions.txt")?) {
            let Some(&name) = row.first() else { continue };
            places.first(name, place(name, "Region", false, false));
        }
    }
    Ok(places)
}

/// Each row's first column with what `class` makes of its second; a repeated word keeps its
/// last row.
fn classed(list: &str, class: impl Fn(Option<&str>) -> &'static str) -> Result<Table<String>> {
    let mut table = Table::new();
    for row in rows(&read(list)?) {
        if let Some(&word) = row.first() {
            table.last(word, class(row.get(1).copied()).to_owned());
        }
    }
    Ok(table)
}

/// Given names with their gender; the world list holds only names the main list lacks, and
/// the main list wins.
fn given_names() -> Result<Table<String>> {
    let gender = |g: Option<&str>| match g {
        Some("f") => "Gender::Female",
        Some("m") => "Gender::Male",
        _ => "Gender::Unknown",
    };
    let mut names = classed("world_given_names.tsv", gender)?;
    for (name, g) in classed("given_names.tsv", gender)?.iter() {
        names.last(name, g.clone());
    }
    Ok(names)
}

/// How a title is used, merged over its rows.
#[derive(Default)]
struct TitleUse {
    pre: bool,
    post: bool,
    honorific: bool,
    gender: Option<&'static str>,
}

/// Titles by lowercase form, and the most words in one.
fn titles() -> Result<(Table<String>, usize)> {
    let mut titles: Table<TitleUse> = Table::new();
    for row in rows(&read("titles.txt")?) {
        let Some(name) = row.first() else { continue };
        let entry = titles.entry(&name.to_lowercase(), TitleUse::default);
        entry.gender = match row.get(2).copied() {
            Some("male") => Some("Gender::Male"),
            Some("female") => Some("Gender::Female"),
            _ => entry.gender,
        };
        match row.get(1).copied() {
            Some("pre") => entry.pre = true,
            Some("honorific") => {
                entry.pre = true;
                entry.honorific = true;
            }
            Some("post") => entry.post = true,
            _ => {
                entry.pre = true;
                entry.post = true;
            }
        }
    }
    let words = titles
        .keys()
        .map(|t| t.split_whitespace().count())
        .max()
        .unwrap_or(1);
    let mut out = Table::new();
    for (title, t) in titles.iter() {
        let gender = t.gender.map_or("None".to_owned(), |g| format!("Some({g})"));
        out.last(
            title,
            format!(
                "TitleUse {{ pre: {}, post: {}, honorific: {}, gender: {gender} }}",
                t.pre, t.post, t.honorific
            ),
        );
    }
    Ok((out, words))
}

/// Reporting words for quotations; a word listed twice keeps its first (verbal) reading.
fn speech() -> Result<Table<String>> {
    let mut speech = Table::new();
    for row in rows(&read("speech_verbs.txt")?) {
        let kind = match row.get(1).copied() {
            Some("participle") => "Speech::Participle",
            Some("noun") => "Speech::Noun",
            Some("phrase") => "Speech::Phrase",
            _ => "Speech::Finite",
        };
        if let Some(&word) = row.first() {
            speech.first(word, kind.to_owned());
        }
    }
    Ok(speech)
}

/// The first column of every row.
fn words(list: &str) -> Result<Vec<String>> {
    Ok(rows(&read(list)?)
        .filter_map(|r| r.first().map(|w| (*w).to_owned()))
        .collect())
}

/// What to emit for one table.
fn spec<'a>(doc: &'a str, name: &'a str, value_type: &'a str, filtered: bool) -> Spec<'a> {
    Spec {
        doc,
        name,
        value_type,
        filtered,
    }
}

/// The source of the lexicon's tables, included by `src/analysis/lexicon/tables.rs`. Every
/// list but the common words (which most looked-up words are in) gets a prefilter.
pub fn source() -> Result<String> {
    let mut out = String::new();
    let o = &mut out;
    let doc = "Places by surface form.";
    emit(
        o,
        spec(doc, "PLACES", "StoredPlace", true),
        &places()?,
        stored_place,
    )?;
    let doc = "Given names.";
    emit_map(o, spec(doc, "GIVEN_NAMES", "Gender", true), &given_names()?)?;
    let common = words("common_words.txt")?;
    let doc = "Common lowercase English words.";
    emit_set(
        o,
        spec(doc, "COMMON", "()", false),
        common.iter().map(String::as_str),
    )?;
    let (titles, title_words) = titles()?;
    let doc = "Titles by lowercase form.";
    emit_map(o, spec(doc, "TITLES", "TitleUse", true), &titles)?;
    o.push_str(&format!(
        "/// The most words in a title.\npub(super) const TITLE_WORDS: usize = {title_words};\n\n"
    ));
    let cues = classed("org_cues.txt", |cue| match cue {
        Some("suffix") => "OrgCue::Suffix",
        Some("prefix") => "OrgCue::Prefix",
        _ => "OrgCue::Head",
    })?;
    let doc = "Organisation cue words.";
    emit_map(o, spec(doc, "ORG_CUES", "OrgCue", true), &cues)?;
    let doc = "Words that attribute quotations.";
    emit_map(o, spec(doc, "SPEECH", "Speech", true), &speech()?)?;
    let report = classed("report_verbs.txt", |frame| match frame {
        Some("that") => "Frame::That",
        Some("object") => "Frame::Object",
        Some("tell") => "Frame::Tell",
        _ => "Frame::Clause",
    })?;
    let doc = "Reporting verbs and phrases.";
    emit_map(o, spec(doc, "REPORT", "Frame", true), &report)?;
    let heads = report
        .keys()
        .filter_map(|k| k.split_once(' ').map(|(h, _)| h));
    let doc = "Reporting verbs and phrases, and the first words of the phrases.";
    emit_set(
        o,
        spec(doc, "MAY_REPORT", "()", true),
        report.keys().chain(heads),
    )?;
    let function = classed("function_words.txt", |class| match class {
        Some("determiner") => "Function::Determiner",
        Some("preposition") => "Function::Preposition",
        Some("be") => "Function::Be",
        Some("auxiliary") => "Function::Auxiliary",
        Some("adverb") => "Function::Adverb",
        Some("conjunction") => "Function::Conjunction",
        Some("lead") => "Function::Lead",
        _ => "Function::Subject",
    })?;
    let doc = "Closed-class words.";
    emit_map(o, spec(doc, "FUNCTION", "Function", true), &function)?;
    let not_names = words("not_names.txt")?;
    let doc = "Capitalised words that are never actors.";
    emit_set(
        o,
        spec(doc, "NOT_NAMES", "()", true),
        not_names.iter().map(String::as_str),
    )?;
    let products = classed("product_nouns.txt", |class| match class {
        Some("version") => "ProductNoun::Version",
        Some("market") => "ProductNoun::Market",
        _ => "ProductNoun::Category",
    })?;
    let doc = "Product nouns.";
    emit_map(o, spec(doc, "PRODUCTS", "ProductNoun", true), &products)?;
    Ok(out)
}
