use super::*;
use crate::analysis::actors::extract;
use crate::analysis::lexicon::lexicon;
use crate::analysis::segment::segment;

/// The pronouns resolved to each actor, as (actor name, pronoun word, byte offset).
fn resolved(text: &str) -> Vec<(String, String, usize)> {
    let seg = segment(text);
    let mut actors = extract(text, &seg);
    resolve(text, &seg, lexicon(), &mut actors, &[]);
    let mut out: Vec<_> = actors
        .iter()
        .flat_map(|a| {
            a.mentions
                .iter()
                .filter(|m| m.form == MentionForm::Pronoun)
                .map(|m| (a.name.clone(), m.span.text(text).to_owned(), m.span.start))
        })
        .collect();
    out.sort_by_key(|r| r.2);
    out
}

fn names(r: &[(String, String, usize)]) -> Vec<(&str, &str)> {
    r.iter().map(|(a, p, _)| (a.as_str(), p.as_str())).collect()
}

#[test]
fn a_sentence_opening_pronoun_is_the_previous_subject() {
    let text = "For Jane Doe, the vote is a test of relevance. She has stayed quiet for weeks \
                as John Roe pressed her. By speaking now, she reinforces her role.";
    assert_eq!(
        names(&resolved(text)),
        [
            ("Jane Doe", "She"),
            ("Jane Doe", "her"),
            ("Jane Doe", "she"),
            ("Jane Doe", "her")
        ]
    );
}

#[test]
fn the_samples_pronouns_are_putin_and_trump() {
    let text = include_str!("../../../../seeds/putin-iran-israel-calls.txt");
    let analysis = crate::analysis::analyze(text, None);
    let pronouns = |name: &str| -> Vec<String> {
        analysis
            .actors
            .iter()
            .filter(|a| a.name == name)
            .flat_map(|a| &a.mentions)
            .filter(|m| m.form == MentionForm::Pronoun)
            .map(|m| {
                let after = text.get(m.span.start..).unwrap_or("");
                after
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    assert_eq!(
        pronouns("Vladimir Putin"),
        ["his government", "his recent", "He has", "he reinforces"]
    );
    assert_eq!(pronouns("Donald Trump"), ["he has"]);
}

#[test]
fn a_possessive_is_the_subject_of_its_sentence() {
    let text = "Vladimir Putin met Benjamin Netanyahu as his government accused Washington.";
    assert_eq!(names(&resolved(text)), [("Vladimir Putin", "his")]);
}

#[test]
fn an_object_pronoun_resolves_only_without_a_person_before_it() {
    let text = "Peter Smith was arrested on Friday. Police charged him with fraud. \
                John Roe said Peter Smith had called him.";
    assert_eq!(names(&resolved(text)), [("Peter Smith", "him")]);
}

#[test]
fn gender_from_given_names_and_titles_picks_the_person() {
    let text = "Maria Lopez met John Roe. He said the plan was sound. \
                Mrs. Okonkwo arrived later; she signed it.";
    assert_eq!(
        names(&resolved(text)),
        [("John Roe", "He"), ("Okonkwo", "she")]
    );
}

#[test]
fn pronouns_in_quotations_and_acronyms_stay_unresolved() {
    let text = "John Roe spoke on Friday. “He will lose,” the crowd chanted. HE and HIS units.";
    let seg = segment(text);
    let mut actors = extract(text, &seg);
    let open = text.find('“').unwrap_or(0) + '“'.len_utf8();
    let close = text.find('”').unwrap_or(0);
    resolve(
        text,
        &seg,
        lexicon(),
        &mut actors,
        &[Span::new(open, close)],
    );
    assert!(
        actors
            .iter()
            .flat_map(|a| &a.mentions)
            .all(|m| m.form != MentionForm::Pronoun)
    );
}

#[test]
fn a_pronoun_with_no_person_near_stays_unresolved() {
    let text = "John Roe spoke on Friday.\n\nThe market fell. Prices slid. Stocks sank. \
                Bonds rose. He was not there.";
    assert!(resolved(text).is_empty());
}
