//! Actor extraction on the classic traps of news text.

use super::*;
use crate::analysis::segment::segment;

pub(super) fn actors(text: &str) -> Vec<Actor> {
    extract(text, &segment(text))
}

/// (name, kind, surface forms of every mention in order) of each actor, sorted by name.
pub(super) fn summary(text: &str) -> Vec<(String, &'static str, Vec<String>)> {
    let mut out: Vec<_> = actors(text)
        .into_iter()
        .map(|a| {
            let forms = a
                .mentions
                .iter()
                .map(|m| m.span.text(text).to_owned())
                .collect();
            (a.name, a.kind.as_str(), forms)
        })
        .collect();
    out.sort();
    out
}

pub(super) fn find<'a>(all: &'a [Actor], name: &str) -> &'a Actor {
    all.iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name} in {all:#?}"))
}

#[test]
fn headline_case_words_are_not_actors() {
    let text = "Putin Holds First Talks as Mass Protests Roil Region\n\n\
                Vladimir Putin spoke to reporters about the protests in the region.";
    let s = summary(text);
    assert_eq!(
        s,
        [(
            "Vladimir Putin".to_owned(),
            "person",
            vec!["Putin".to_owned(), "Vladimir Putin".to_owned()]
        )]
    );
}

#[test]
fn the_body_vouches_for_headline_words() {
    // "Apple" is a dictionary word, but the body writes it capitalised and never lowercase;
    // "Unveils" and "New" are ordinary words.
    let text = "Apple Unveils New Mac\n\nApple Computer announced the new machines. \
                Apple said sales would rise.";
    let all = actors(text);
    let apple = find(&all, "Apple Computer");
    assert_eq!(apple.aliases, ["Apple", "Apple Computer"]);
    assert!(
        all.iter()
            .all(|a| !a.name.contains("Unveils") && !a.name.contains("New"))
    );
}

#[test]
fn sentence_initial_common_words_are_dropped() {
    let text = "Meanwhile, the talks stalled. Top spokesman Dmitry Peskov said little. \
                The Kremlin declined to comment.";
    let names: Vec<String> = summary(text).into_iter().map(|(n, _, _)| n).collect();
    assert_eq!(names, ["Dmitry Peskov", "Kremlin"]);
}

#[test]
fn possessives_are_cut_from_the_span() {
    let text = "Putin’s call with Iran's president followed Russia’s offer.";
    let s = summary(text);
    let forms: Vec<&str> = s
        .iter()
        .flat_map(|(_, _, f)| f.iter().map(String::as_str))
        .collect();
    assert!(forms.contains(&"Putin") && forms.contains(&"Iran") && forms.contains(&"Russia"));
    assert!(
        forms.iter().all(|f| !f.ends_with('s') || *f == "Iran's"),
        "{forms:?}"
    );
    assert!(!forms.contains(&"Iran's"));
}

#[test]
fn hyphen_compounds_name_each_part() {
    let text = "A U.S.-based group warned of a U.S.-Iran clash and Western-backed unrest.";
    let s = summary(text);
    let us = s.iter().find(|(n, _, _)| n == "United States").unwrap();
    assert_eq!(us.2, ["U.S.", "U.S."]);
    let iran = s.iter().find(|(n, _, _)| n == "Iran").unwrap();
    assert_eq!(iran.2, ["Iran"]);
    assert!(s.iter().all(|(n, _, _)| n != "Western"), "{s:?}");
}

#[test]
fn acronyms_merge_with_their_expansion() {
    let text = "The United Nations met in Geneva. The UN said the talks would go on. \
                The United States Air Force (USAF) ordered tankers; the USAF said so.";
    let all = actors(text);
    let un = find(&all, "United Nations");
    assert_eq!(un.kind, ActorKind::Organization);
    assert_eq!(un.aliases, ["United Nations", "UN"]);
    let usaf = find(&all, "United States Air Force");
    assert_eq!(usaf.mentions.len(), 3);
}

#[test]
fn country_aliases_and_demonyms_join_the_country() {
    let text = "U.S. officials and American diplomats met. The US and America agreed. \
                Iranian leaders spoke for Iran.";
    let all = actors(text);
    let us = find(&all, "United States");
    assert_eq!(us.kind, ActorKind::Place);
    assert_eq!(us.mentions.len(), 4);
    assert_eq!(
        us.mentions
            .iter()
            .filter(|m| m.form == MentionForm::Demonym)
            .count(),
        1
    );
    assert_eq!(find(&all, "Iran").mentions.len(), 2);
}

#[test]
fn people_sharing_a_surname_stay_apart() {
    let text = "Bill Clinton spoke first. Then Hillary Clinton spoke. Clinton said she agreed. \
                Earlier, Bill Clinton had left.";
    let all = actors(text);
    let bill = find(&all, "Bill Clinton");
    let hillary = find(&all, "Hillary Clinton");
    assert_eq!(bill.kind, ActorKind::Person);
    assert_eq!(bill.mentions.len(), 2);
    assert_eq!(
        hillary.mentions.len(),
        2,
        "the bare surname goes to the nearest before it"
    );
}

#[test]
fn metonyms_keep_their_own_actor() {
    let text = "Russia and Moscow differ here: Washington blamed Tehran, and the Kremlin \
                answered for Russia. The United States and Iran disagreed.";
    let all = actors(text);
    for name in [
        "Russia",
        "Moscow",
        "Washington",
        "Tehran",
        "Kremlin",
        "United States",
        "Iran",
    ] {
        find(&all, name);
    }
    assert_eq!(find(&all, "Kremlin").kind, ActorKind::Organization);
    assert_eq!(find(&all, "Moscow").kind, ActorKind::Place);
}

#[test]
fn titles_become_roles_not_names() {
    let text = "Russian President Vladimir Putin called Israeli Prime Minister Benjamin \
                Netanyahu. Russia’s UN envoy Vassily Nebenzia agreed. Peskov, the Kremlin \
                spokesman, said nothing.";
    let all = actors(text);
    assert_eq!(find(&all, "Vladimir Putin").roles, ["Russian President"]);
    assert_eq!(
        find(&all, "Benjamin Netanyahu").roles,
        ["Israeli Prime Minister"]
    );
    assert_eq!(find(&all, "Vassily Nebenzia").roles, ["Russia’s UN envoy"]);
    assert_eq!(find(&all, "Peskov").roles, ["Kremlin spokesman"]);
    assert_eq!(find(&all, "Peskov").kind, ActorKind::Person);
    assert!(all.iter().all(|a| !a.name.contains("President")));
    // A name inside a hyphenated word has no role before it.
    let all = actors("President Barack Obama spoke. A minister pro-Obama speech followed.");
    assert_eq!(find(&all, "Barack Obama").roles, ["President"]);
    // Nor an appositive after it.
    let all = actors("Jane Smith spoke. A Jane Smith-backed, the finance minister, plan won.");
    assert!(find(&all, "Jane Smith").roles.is_empty());
}

#[test]
fn organisations_products_and_located_places() {
    let text = "Boeing Co. said its Boeing 787 flew. Apple launched the iPhone in \
                Cupertino, California, and the Trump administration approved.";
    let all = actors(text);
    assert_eq!(find(&all, "Boeing Co.").kind, ActorKind::Organization);
    assert_eq!(find(&all, "Boeing 787").kind, ActorKind::Other);
    assert_eq!(find(&all, "iPhone").kind, ActorKind::Other);
    // An unknown town is a place by the state after it, which is a place of its own.
    assert_eq!(find(&all, "Cupertino").kind, ActorKind::Place);
    assert_eq!(find(&all, "California").kind, ActorKind::Place);
    assert_eq!(
        find(&all, "Trump administration").kind,
        ActorKind::Organization
    );
    assert!(
        all.iter().all(|a| a.name != "Trump"),
        "Trump inside the administration is not a person"
    );
}

#[test]
fn countries_split_from_acronyms_and_products_merge() {
    let text = "The UK RAF ordered tankers. The Boeing 787 Dreamliner flew; the Dreamliner \
                landed. NPD Group data show NPD is right.";
    let all = actors(text);
    find(&all, "United Kingdom");
    find(&all, "RAF");
    assert_eq!(find(&all, "Boeing 787 Dreamliner").mentions.len(), 2);
    assert_eq!(find(&all, "NPD Group").mentions.len(), 2);
}

#[test]
fn dates_and_currencies_are_not_actors() {
    let text = "On Friday, March 3, the deal was worth US$40 billion (about 9 US dollars each).";
    assert!(actors(text).is_empty(), "{:?}", summary(text));
    let text = "Stocks fell on Oct. 3 and rose again from Dec. 9-10 onwards.";
    assert!(actors(text).is_empty(), "{:?}", summary(text));
    let text = "The launch is at 2 p.m. ET, or 7 p.m. BST.";
    assert!(actors(text).is_empty(), "{:?}", summary(text));
    let text = "There are 500 Apple engineers here.";
    assert!(find(&actors(text), "Apple").mentions.len() == 1);
}

#[test]
fn salience_ranks_and_is_bounded() {
    let text = include_str!("../../../seeds/putin-iran-israel-calls.txt");
    let seg = segment(text);
    let mut all = extract(text, &seg);
    let before: Vec<String> = all.iter().map(|a| a.name.clone()).collect();
    let new_ids = rank(&mut all, &seg, &[]);
    for (old, name) in before.iter().enumerate() {
        let new = new_ids.get(ActorId::new(old)).unwrap();
        assert_eq!(
            &all[new.index()].name,
            name,
            "rank returns each actor's new place"
        );
    }
    assert!(all.iter().all(|a| (0.0..=1.0).contains(&a.salience)));
    assert!(all.windows(2).all(|w| w[0].salience >= w[1].salience));
    assert_eq!(all.len(), 19);
    let top: Vec<&str> = all.iter().take(3).map(|a| a.name.as_str()).collect();
    assert!(top.contains(&"Vladimir Putin"), "{top:?}");
}

#[test]
fn wire_datelines_and_agencies() {
    let text = "WASHINGTON (Reuters) - The Federal Reserve held rates steady.";
    let all = actors(text);
    assert_eq!(find(&all, "Washington").kind, ActorKind::Place);
    assert_eq!(find(&all, "Reuters").kind, ActorKind::Organization);
}

#[test]
fn a_given_name_alone_is_a_person() {
    let all = actors("The rally went on for hours. Melanie watched the stage from the back.");
    assert_eq!(find(&all, "Melanie").kind, ActorKind::Person);
}

#[test]
fn contracted_pronouns_are_not_actors() {
    let all = actors(
        "It’s over, Maria Lopez said. I’m done. You’re late. Don’t go. Let’s see what O’Brien says.",
    );
    let names: Vec<&str> = all.iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.contains(&"Maria Lopez") && names.contains(&"O’Brien"),
        "{names:?}"
    );
    for junk in ["It’s", "I’m", "You’re", "Don’t", "Let’s"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
}

mod kinds;
