//! Quote attribution on real-looking news sentences, one per pattern.

use super::*;
use crate::analysis::actors;
use crate::analysis::segment::segment;

/// (quoted words, speaker name or "-", kind) for each direct quote and fragment of `text`.
fn said(text: &str) -> Vec<(String, String, &'static str)> {
    statements(text)
        .into_iter()
        .filter(|(_, _, kind)| *kind != "indirect")
        .collect()
}

/// (content, speaker name or "-") for each reported statement of `text`.
fn reported(text: &str) -> Vec<(String, String)> {
    statements(text)
        .into_iter()
        .filter(|(_, _, kind)| *kind == "indirect")
        .map(|(content, speaker, _)| (content, speaker))
        .collect()
}

/// (words, speaker name or "-", kind) for every quote and reported statement of `text`.
fn statements(text: &str) -> Vec<(String, String, &'static str)> {
    let seg = segment(text);
    let mut all = actors::extract(text, &seg);
    let quotes = extract(text, &seg, &mut all);
    quotes
        .iter()
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|i| all.get(i))
                .map_or_else(|| "-".to_owned(), |a| a.name.clone());
            (q.span.text(text).to_owned(), speaker, q.kind.as_str())
        })
        .collect()
}

fn speakers(text: &str) -> Vec<String> {
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
    let quotes = extract(text, &seg, &mut all);
    let merkel = quotes[0].speaker.unwrap();
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

fn one(content: &str, speaker: &str) -> Vec<(String, String)> {
    vec![(content.to_owned(), speaker.to_owned())]
}

#[test]
fn reported_said_that_clause() {
    assert_eq!(
        reported("Maria Lopez said on Tuesday that the council would vote again in March."),
        one("the council would vote again in March", "Maria Lopez")
    );
    assert_eq!(
        reported("Maria Lopez said the council would vote again in March."),
        one("the council would vote again in March", "Maria Lopez")
    );
}

#[test]
fn reported_clause_before_the_cue() {
    assert_eq!(
        reported("The bridge will reopen next week, Governor Tom Reed said on Friday."),
        one("The bridge will reopen next week", "Tom Reed")
    );
    assert_eq!(
        reported("The bridge will reopen next week, said Tom Reed, the state's governor."),
        one("The bridge will reopen next week", "Tom Reed")
    );
}

#[test]
fn reported_attribution_as_an_aside() {
    let out = reported("The latest test, Laura Chen said, was the largest the agency had seen.");
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].1, "Laura Chen");
    assert!(out[0].0.starts_with("The latest test") && out[0].0.ends_with("had seen"));
}

#[test]
fn reported_told_hearer_then_clause() {
    assert_eq!(
        reported("Sam Ortiz told reporters he had not seen the budget."),
        one("he had not seen the budget", "Sam Ortiz")
    );
    assert_eq!(
        reported("Sam Ortiz told the committee that the budget was incomplete."),
        one("the budget was incomplete", "Sam Ortiz")
    );
}

#[test]
fn reported_warned_and_pronoun_speaker() {
    let text = "Angela Brooks arrived late. She warned that the company could run out of cash.";
    assert_eq!(
        reported(text),
        one("the company could run out of cash", "Angela Brooks")
    );
}

#[test]
fn reported_according_to_either_side() {
    assert_eq!(
        reported("According to the Treasury, the deficit fell by a third last year."),
        one("the deficit fell by a third last year", "Treasury")
    );
    assert_eq!(
        reported("The deficit fell by a third last year, according to the Treasury."),
        one("The deficit fell by a third last year", "Treasury")
    );
}

#[test]
fn reported_calls_and_urges() {
    assert_eq!(
        reported("Senator Ann Kim called for an independent inquiry into the contracts."),
        one("an independent inquiry into the contracts", "Ann Kim")
    );
    assert_eq!(
        reported("Ann Kim urged the agency to publish the contracts."),
        one("the agency to publish the contracts", "Ann Kim")
    );
}

#[test]
fn reported_speech_with_a_quoted_fragment_is_one_statement() {
    let text = "Paul Dunn said the plan was “dead on arrival” in the Senate.";
    assert_eq!(
        reported(text),
        one("the plan was “dead on arrival” in the Senate", "Paul Dunn")
    );
    assert_eq!(said(text).len(), 1);
}

#[test]
fn reported_participle_after_a_direct_quote() {
    let text =
        "“We are not leaving,” Rosa Diaz said, adding that the union would strike on Monday.";
    assert_eq!(said(text)[0].1, "Rosa Diaz");
    assert_eq!(
        reported(text),
        one("the union would strike on Monday", "Rosa Diaz")
    );
}

#[test]
fn reported_evidence_verbs() {
    assert_eq!(
        reported("Polls show that most voters oppose the tax."),
        one("most voters oppose the tax", "Polls")
    );
}

#[test]
fn not_reported_speech() {
    for text in [
        // The verb attributes the direct quote before it.
        "“We will rebuild,” Maria Lopez said in a statement on Friday.",
        // Nouns, passives, infinitives and beliefs.
        "The claim that the vote was rigged has been rejected by every court.",
        "Maria Lopez was told the vote would be delayed.",
        "Maria Lopez declined to say whether the vote would be delayed.",
        "Maria Lopez thinks the vote will be delayed.",
        // Too short to be a statement.
        "Maria Lopez said no.",
    ] {
        assert_eq!(reported(text), [], "{text}");
    }
}

#[test]
fn reported_clause_ends_at_the_sentence_or_semicolon() {
    let text = "Maria Lopez said the vote would be delayed; the council met anyway. Nobody \
                objected to the new date.";
    assert_eq!(
        reported(text),
        one("the vote would be delayed", "Maria Lopez")
    );
}

#[test]
fn speaker_after_the_quote_with_a_clause_after_the_cue() {
    let text = "“We have had problems with intrusions before,” Obama said after meeting \
                Russian President Vladimir Putin in Hangzhou.";
    assert_eq!(speakers(text), ["Obama"]);
}

#[test]
fn speaker_after_the_quote_with_party_and_appositive() {
    let text = "“They would just go get them,” Rep. Jim Jordan (R-Ohio), a member of the \
                oversight panel, said in a phone interview. “Everyone else gets a deal.”";
    assert_eq!(speakers(text), ["Jim Jordan", "Jim Jordan"]);
}

#[test]
fn second_piece_after_a_whole_attribution_sentence() {
    let text = "“These events knock your socks off,” said Ana Ortiz, a professor of \
                geosciences and international affairs at Lakeside University. “Those are \
                the events we will see more often.”";
    assert_eq!(speakers(text), ["Ana Ortiz", "Ana Ortiz"]);
}

#[test]
fn description_speakers_are_unnamed_actors() {
    let text = "“The plant will reopen,” a spokesman for the ministry said. Later, police \
                officials said the road would stay closed.";
    let seg = segment(text);
    let mut all = actors::extract(text, &seg);
    let quotes = extract(text, &seg, &mut all);
    let names: Vec<(&str, bool)> = quotes
        .iter()
        .filter_map(|q| all.get(q.speaker?))
        .map(|a| (a.name.as_str(), a.named))
        .collect();
    assert_eq!(names, [("a spokesman", false), ("police officials", false)]);
    let mention = quotes[0].speaker_mention.unwrap();
    assert_eq!(mention.text(text), "a spokesman");
}

#[test]
fn a_named_speaker_wins_over_a_description_in_apposition() {
    let text = "“It is a great day,” Ralph Cole, the company's North America chief and a \
                former navy executive, said.";
    assert_eq!(speakers(text), ["Ralph Cole"]);
}

#[test]
fn honorific_surname_is_a_person() {
    let text = "Mr. Burman said that the tax would raise little money.";
    let seg = segment(text);
    let all = actors::extract(text, &seg);
    assert_eq!(all[0].name, "Burman");
    assert_eq!(all[0].kind, actors::ActorKind::Person);
}

#[test]
fn quoted_phrase_in_reported_speech_takes_its_speaker() {
    let text = "A cashier who “steals a handful of bills” is held accountable, Warren said.";
    assert_eq!(
        said(text),
        [(
            "steals a handful of bills".to_owned(),
            "Warren".to_owned(),
            "fragment"
        )]
    );
}

#[test]
fn first_person_outside_quotes_is_the_writer() {
    let out = reported("I should say that my father began his studies at the age of 16.");
    assert_eq!(
        out,
        one("my father began his studies at the age of 16", "the writer")
    );
}

#[test]
fn a_coordinated_reporting_verb_shares_the_clause_subject() {
    let text = "The ministry statement said Lena Park “welcomed the talks” and confirmed the \
                delegation would return in May.";
    let out = reported(text);
    let last = out.last().unwrap();
    assert_eq!(last.0, "the delegation would return in May");
    assert_ne!(last.1, "-");
}

#[test]
fn two_apostrophe_quotes_are_the_attributed_speakers_words() {
    // Archives that write quotes as ''…'' leave them to reported speech: the verbs inside
    // are the speaker's words, and the attribution after the marks names the speaker.
    let text = "Tax lawyers will be busy.\n\n''You'd think the industry would complain, but I \
                haven't heard a peep,'' said Mr. Ramirez, an economist who served at the \
                Treasury and now teaches at a state university.";
    let out = reported(text);
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(out[0].0.starts_with("''You'd think"), "{out:?}");
    assert!(out[0].1.ends_with("Ramirez"), "{out:?}");
    let text = "''We have shown the world what this city can do,'' Mr. Osei said, not even \
                needing to mention the mayor who opposed the plan.";
    let out = reported(text);
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(out[0].0.ends_with("this city can do"), "{out:?}");
    assert!(out[0].1.ends_with("Osei"), "{out:?}");
}

#[test]
fn a_quoted_title_does_not_hide_the_reported_clause() {
    assert_eq!(
        reported("Ana Reyes told NBC's \"Meet the Press\" that nobody would question the budget."),
        one("nobody would question the budget", "Ana Reyes")
    );
}

#[test]
fn the_subject_before_an_appositive_speaks_not_a_name_inside_it() {
    let text = "Kofi Mensah met Maria Lopez in May. Kofi Mensah, a former Lopez aide who \
                travelled with her to Accra, said the trip had mattered more than hers.";
    let out = reported(text);
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].1, "Kofi Mensah");
}
