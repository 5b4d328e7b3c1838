//! The gazetteers and word lists behind `analysis::lexicon::Lexicon`, as perfect-hash maps
//! whose values are the lexicon's own types (`Place`, `Gender`, `TitleUse`, …).

use crate::rows::{
    Result, Table, alternatives, filtered_map, filtered_set, phf_map, phf_set, read, rows,
};

/// A place entry: canonical name, `PlaceKind` variant, demonym, ambiguous.
fn place(canonical: &str, kind: &str, demonym: bool, ambiguous: bool) -> String {
    format!(
        "Place {{ canonical: {canonical:?}, kind: PlaceKind::{kind}, demonym: {demonym}, \
         ambiguous: {ambiguous} }}"
    )
}

/// Places by surface form. Earlier entries win: countries (names, aliases, demonyms),
/// national capitals, US states (and AP abbreviations), regions, then other cities.
fn places() -> Result<Table<String>> {
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

/// The source of the lexicon's tables, included by `src/analysis/lexicon/tables.rs`: plain
/// perfect-hash maps for the large lists, which most looked-up words are in, and filtered
/// ones (`Table`) for the small lists, which most looked-up words are not in.
pub fn source() -> Result<String> {
    let mut out = String::new();
    let o = &mut out;
    phf_map(o, "Places by surface form.", "PLACES", "Place", &places()?);
    phf_map(o, "Given names.", "GIVEN_NAMES", "Gender", &given_names()?);
    let common = words("common_words.txt")?;
    let doc = "Common lowercase English words.";
    phf_set(o, doc, "COMMON", common.iter().map(String::as_str));
    let (titles, title_words) = titles()?;
    filtered_map(
        o,
        "Titles by lowercase form.",
        "TITLES",
        "TitleUse",
        &titles,
    );
    o.push_str(&format!(
        "/// The most words in a title.\npub(super) const TITLE_WORDS: usize = {title_words};\n\n"
    ));
    let cues = classed("org_cues.txt", |cue| match cue {
        Some("suffix") => "OrgCue::Suffix",
        Some("prefix") => "OrgCue::Prefix",
        _ => "OrgCue::Head",
    })?;
    filtered_map(o, "Organisation cue words.", "ORG_CUES", "OrgCue", &cues);
    let doc = "Words that attribute quotations.";
    filtered_map(o, doc, "SPEECH", "Speech", &speech()?);
    let report = classed("report_verbs.txt", |frame| match frame {
        Some("that") => "Frame::That",
        Some("object") => "Frame::Object",
        Some("tell") => "Frame::Tell",
        _ => "Frame::Clause",
    })?;
    filtered_map(
        o,
        "Reporting verbs and phrases.",
        "REPORT",
        "Frame",
        &report,
    );
    let heads = report
        .keys()
        .filter_map(|k| k.split_once(' ').map(|(h, _)| h));
    let doc = "Reporting verbs and phrases, and the first words of the phrases.";
    filtered_set(o, doc, "MAY_REPORT", report.keys().chain(heads));
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
    filtered_map(o, "Closed-class words.", "FUNCTION", "Function", &function);
    let not_names = words("not_names.txt")?;
    let doc = "Capitalised words that are never actors.";
    filtered_set(o, doc, "NOT_NAMES", not_names.iter().map(String::as_str));
    let products = classed("product_nouns.txt", |class| match class {
        Some("version") => "ProductNoun::Version",
        Some("market") => "ProductNoun::Market",
        _ => "ProductNoun::Category",
    })?;
    filtered_map(o, "Product nouns.", "PRODUCTS", "ProductNoun", &products);
    Ok(out)
}
