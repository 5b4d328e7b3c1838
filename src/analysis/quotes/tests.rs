//! Quote attribution on real-looking news sentences, one per pattern.

use super::*;
use crate::analysis::actors;
use crate::analysis::segment::segment;

/// (quoted words, speaker name or "-", kind) for each direct quote and fragment of `text`.
pub(super) fn said(text: &str) -> Vec<(String, String, &'static str)> {
    statements(text)
        .into_iter()
        .filter(|(_, _, kind)| *kind != "indirect")
        .collect()
}

/// (content, speaker name or "-") for each reported statement of `text`.
pub(super) fn reported(text: &str) -> Vec<(String, String)> {
    statements(text)
        .into_iter()
        .filter(|(_, _, kind)| *kind == "indirect")
        .map(|(content, speaker, _)| (content, speaker))
        .collect()
}

/// (words, speaker name or "-", kind) for every quote and reported statement of `text`.
pub(super) fn statements(text: &str) -> Vec<(String, String, &'static str)> {
    let seg = segment(text);
    let mut all = actors::extract(text, &seg);
    let found = extract(text, &seg, &all);
    found.additions.apply(&mut all);
    found
        .quotes
        .iter()
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|i| all.get(i.index()))
                .map_or_else(|| "-".to_owned(), |a| a.name.clone());
            (q.span.text(text).to_owned(), speaker, q.kind.as_str())
        })
        .collect()
}

pub(super) fn speakers(text: &str) -> Vec<String> {
    said(text).into_iter().map(|(_, s, _)| s).collect()
}

#[test]
fn quote_then_name_said() {
    assert_eq!(
        speakers("“We will not retreat,” Dmitry Peskov said on Friday."),
        ["Dmitry Peskov"]
    );
}

#[test]
fn quote_then_said_name() {
    assert_eq!(
        speakers("“The deal is done,” said Angela Merkel, the German chancellor."),
        ["Angela Merkel"]
    );
}

#[test]
fn name_said_colon_quote() {
    assert_eq!(
        speakers("Boeing spokesman William Barksdale said: “We are disappointed.”"),
        ["William Barksdale"]
    );
}

#[test]
fn name_said_that_quote() {
    assert_eq!(
        speakers("Emmanuel Macron said that “Europe must defend itself” in the years ahead."),
        ["Emmanuel Macron"]
    );
}

#[test]
fn participle_cue_takes_the_main_subject() {
    let text = "Top spokesman Dmitry Peskov framed Russia’s role as essential, stating, \
                “This is assistance not only to Iran, but to the entire region.”";
    assert_eq!(speakers(text), ["Dmitry Peskov"]);
}

#[test]
fn according_to() {
    let text = "According to the Kremlin, Vladimir Putin’s call was part of “continued efforts” \
                to ease tensions.";
    assert_eq!(speakers(text), ["Kremlin"]);
}

#[test]
fn relative_clause_cue() {
    let text = "Russia’s UN envoy Vassily Nebenzia, who dismissed the protests as \
                “yet another example of ‘color revolutions’”—a term the Kremlin uses.";
    assert_eq!(speakers(text), ["Vassily Nebenzia"]);
}

#[test]
fn readout_speaks_for_its_author() {
    let text = "The Kremlin readout stated Vladimir Putin “outlined fundamental approaches” to \
                the talks.";
    assert_eq!(speakers(text), ["Kremlin"]);
}

#[test]
fn what_it_calls() {
    let text = "The move positions Moscow as a broker, even as it sides with Iran against what \
                it calls American “hysteria.”";
    assert_eq!(speakers(text), ["Moscow"]);
}

#[test]
fn pronoun_speaker_resolves_and_becomes_a_mention() {
    let text = "Angela Merkel arrived in Paris. “We have work to do,” she said.";
    let seg = segment(text);
    let mut all = actors::extract(text, &seg);
    let Quotations { quotes, additions } = extract(text, &seg, &all);
    additions.apply(&mut all);
    let merkel = quotes[0].speaker.unwrap().index();
    assert_eq!(all[merkel].name, "Angela Merkel");
    assert!(
        all[merkel]
            .mentions
            .iter()
            .any(|m| m.form == actors::MentionForm::Pronoun && m.span.text(text) == "she")
    );
}

#[test]
fn role_description_speaker() {
    let text = "Dmitry Peskov, the Kremlin spokesman, met reporters. “No comment,” the \
                spokesman said.";
    assert_eq!(speakers(text), ["Dmitry Peskov"]);
}

#[test]
fn interrupted_quote_has_one_speaker() {
    let text = "“We will fight,” Boris Johnson said, “and we will win.”";
    assert_eq!(speakers(text), ["Boris Johnson", "Boris Johnson"]);
}

#[test]
fn quote_only_paragraph_continues_the_speaker() {
    let text = "Ron Sugar said: “This is a great day for the tanker program.”\n\n\
                “It is also a great day for our workers.”\n\nThe Pentagon declined to comment.";
    assert_eq!(speakers(text), ["Ron Sugar", "Ron Sugar"]);
}

#[test]
fn scare_quotes_are_fragments_and_stay_unattributed() {
    let out = said("Fans lined up for the new \"App Store\" on launch day.");
    assert_eq!(out, [("App Store".to_owned(), "-".to_owned(), "fragment")]);
}

#[test]
fn next_sentence_narrative_is_not_an_attribution() {
    let text = "Moscow sides with Iran against what it calls American “hysteria.” The New York \
                Times reported that Benjamin Netanyahu had warned Donald Trump against strikes.";
    assert_eq!(speakers(text), ["Moscow"]);
}

#[test]
fn seed_quotes() {
    let text = include_str!("../../../seeds/putin-iran-israel-calls.txt");
    let out = said(text);
    let got: Vec<(&str, &str)> = out
        .iter()
        .map(|(q, s, _)| (q.split_whitespace().next().unwrap_or(""), s.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("locked", "Donald Trump"),
            ("continued", "Kremlin"),
            ("This", "Dmitry Peskov"),
            ("yet", "Vassily Nebenzia"),
            ("outlined", "Kremlin"),
            ("hysteria.", "Moscow"),
        ]
    );
}

#[test]
fn quoted_as_saying() {
    let text = "“We do not need new aircraft,” Detik.com quoted Jusman Djamal as saying.";
    assert_eq!(speakers(text), ["Jusman Djamal"]);
}

#[test]
fn said_title_and_name_after_the_quote() {
    let text = "“This is a milestone,” said Airbus President and Chief Executive Officer, \
                Tom Enders. “It feels great,” said Apple Inc. CEO Steve Jobs.";
    assert_eq!(speakers(text), ["Tom Enders", "Steve Jobs"]);
}

#[test]
fn sentence_initial_pronoun_prefers_the_previous_subject() {
    let text = "Richard Doherty credits Steve Jobs for the success. He states \"A lot of \
                products could have gotten to market earlier.\"";
    assert_eq!(speakers(text), ["Richard Doherty"]);
}

#[test]
fn appositive_between_name_and_cue() {
    let text = "Lewis W. Teperman, a doctor at New York University, said, \"It is very common \
                for transplant patients to have issues.\"";
    assert_eq!(speakers(text), ["Lewis W. Teperman"]);
}

#[test]
fn later_pieces_continue_the_speaker() {
    assert_eq!(
        speakers("“It is heartbreaking,” Paul Ryan said. “This country has to heal.” “We will.”"),
        ["Paul Ryan", "Paul Ryan", "Paul Ryan"]
    );
    assert_eq!(
        speakers(
            "“It is heartbreaking,” Paul Ryan said. Then the vote began. Jane Doe objected, and the chamber erupted in a long row. “We will.”"
        ),
        ["Paul Ryan", "-"],
        "a piece after other sentences is not a continuation"
    );
}

#[test]
fn a_parenthetical_after_the_name_is_stepped_over() {
    assert_eq!(
        speakers("“This is a bad idea,” Rep. Jane Doe (D-Ohio) said Friday."),
        ["Jane Doe"]
    );
}

#[test]
fn a_paragraph_ending_with_a_colon_introduces_the_quote() {
    assert_eq!(
        speakers(
            "Headline here\n\nMaria Lopez spoke later. Lopez continued:\n\n“We will not back down.”"
        ),
        ["Maria Lopez"]
    );
}

#[test]
fn a_dash_and_a_name_sign_the_quote() {
    assert_eq!(
        speakers(
            "Voices\n\n“I am so ashamed.” ― Pamela Padilla\n“Another line.” — Karen Bobadilla"
        ),
        ["Pamela Padilla", "Karen Bobadilla"]
    );
}

#[test]
fn a_pronoun_finds_a_speaker_named_paragraphs_earlier() {
    let text = "Senator Maria Lopez toured the plant on Monday.\n\nThe plant employs 400 people. \
                It opened in 1998. Sales fell last year. Orders recovered in the spring.\n\n\
                “We will keep it open,” she said.";
    assert_eq!(speakers(text), ["Maria Lopez"]);
}

#[test]
fn more_reporting_verbs_cue_a_speaker() {
    assert_eq!(
        speakers("“Why is this not clear?” Senator Jane Doe demanded."),
        ["Jane Doe"]
    );
    assert_eq!(
        speakers("“We are not leaving,” Maria Lopez whispered."),
        ["Maria Lopez"]
    );
}

#[test]
fn a_transcript_label_names_the_speaker() {
    let text = "Transcript\n\nThe interview, in part:\n\n\"MORALES: Let us begin with the budget.\n\n\
                \"REYES: The budget is balanced.\n";
    assert_eq!(speakers(text), ["MORALES", "REYES"]);
}

mod reported;
