//! Reported speech: statements without quotation marks, their clause and speaker, and speakers that are descriptions.

use super::*;

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
    let Quotations { quotes, additions } = extract(text, &seg, &all);
    additions.apply(&mut all);
    let names: Vec<(&str, bool)> = quotes
        .iter()
        .filter_map(|q| all.get(q.speaker?.index()))
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
