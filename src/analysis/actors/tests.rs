//! Actor extraction on the classic traps of news text.

use super::*;
use crate::analysis::segment::segment;

fn actors(text: &str) -> Vec<Actor> {
    extract(text, &segment(text))
}

/// (name, kind, surface forms of every mention in order) of each actor, sorted by name.
fn summary(text: &str) -> Vec<(String, &'static str, Vec<String>)> {
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

fn find<'a>(all: &'a [Actor], name: &str) -> &'a Actor {
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
    let new_index = rank(&mut all, &seg, &[]);
    for (old, name) in before.iter().enumerate() {
        assert_eq!(
            &all[new_index[old]].name, name,
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

#[test]
fn a_country_in_parentheses_or_an_age_makes_a_person() {
    let all = actors("Results: 1. Daniel Komen (Kenya) 13:01.12 2. Bekele (Ethiopia) 13:02.40");
    assert_eq!(find(&all, "Bekele").kind, ActorKind::Person);
    assert_eq!(find(&all, "Kenya").kind, ActorKind::Place);
    let all = actors("Okafor, 34, was arrested on Friday.");
    assert_eq!(find(&all, "Okafor").kind, ActorKind::Person);
    let all = actors("Tiger Woods, who made the cut, said little.");
    assert_eq!(find(&all, "Tiger Woods").kind, ActorKind::Person);
}

#[test]
fn scores_and_totals_are_not_model_numbers() {
    let names = |text: &str| -> Vec<String> { actors(text).into_iter().map(|a| a.name).collect() };
    let all = names("Results: Pohang 3 Ulsan 2, Seoul 1 Busan 0. Glamorgan 259 and 207.");
    for team in ["Pohang", "Ulsan", "Seoul", "Busan", "Glamorgan"] {
        assert!(all.iter().any(|n| n == team), "{team} in {all:?}");
    }
    assert!(
        names("The Boeing 787 Dreamliner flew.")
            .iter()
            .any(|n| n.contains("787"))
    );
}

#[test]
fn a_name_in_a_locations_context_is_a_place() {
    let text = "The girl was abducted from her school in Veltenau on Monday. Police \
                searched the town of Tacambera. A car bomb hit a cafe in al-Dahir village.";
    let all = actors(text);
    for place in ["Veltenau", "Tacambera", "al-Dahir"] {
        assert_eq!(find(&all, place).kind, ActorKind::Place, "{place}");
    }
    // Other evidence wins: an organisation suffix, a person who speaks.
    let text = "Analysts in Brightwater Holdings PLC were cautious. Minister Okonkwo said \
                he would stay. The talks in Okonkwo's office ended.";
    let all = actors(text);
    assert_eq!(
        find(&all, "Brightwater Holdings PLC").kind,
        ActorKind::Organization
    );
    assert_eq!(find(&all, "Okonkwo").kind, ActorKind::Person);
}

#[test]
fn given_names_of_many_cultures_make_people() {
    let text = "Joost Verhagen and Didier Lambrecht met Orhan Kaptan in the final.";
    let all = actors(text);
    for person in ["Joost Verhagen", "Didier Lambrecht", "Orhan Kaptan"] {
        assert_eq!(find(&all, person).kind, ActorKind::Person, "{person}");
    }
}

#[test]
fn figures_after_a_player_are_not_a_model_number() {
    let text = "Bowling: Gough 8-0-39-3, Mullally 6-0-30-1. Durham 114 (S. Watkin 4-28). \
                Pakistan 185 (Imran Farhat 79). The airline flies the Boeing 737-400.";
    let names: Vec<String> = actors(text).into_iter().map(|a| a.name).collect();
    for name in [
        "Gough",
        "Mullally",
        "S. Watkin",
        "Imran Farhat",
        "Boeing 737",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_city_with_a_score_is_its_club_and_a_country_stays_a_place() {
    let text = "Results on Friday:\n\nDETROIT 4 Kansas City 0\n\nPohang 3 Ulsan 2\n\n\
                Brazil 2 Netherlands 2\n\nThe mayor of Detroit spoke.";
    let all = actors(text);
    for club in ["Kansas City", "Pohang", "Ulsan"] {
        assert_eq!(find(&all, club).kind, ActorKind::Organization, "{club}");
    }
    for country in ["Brazil", "Netherlands"] {
        assert_eq!(find(&all, country).kind, ActorKind::Place, "{country}");
    }
}

#[test]
fn products_are_told_by_their_context() {
    let text = "Acme Corp. unveiled the new Zephyr on Monday, with the web browser Quill \
                and Lynx, the latest version of its operating system. Acme Corp. said the \
                new Zephyr - a thin laptop - ships in May.";
    let all = actors(text);
    for name in ["Zephyr", "Quill", "Lynx"] {
        assert_eq!(find(&all, name).kind, ActorKind::Other, "{name}");
    }
    assert_eq!(find(&all, "Acme Corp.").kind, ActorKind::Organization);
}

#[test]
fn an_organisation_before_a_noun_is_not_a_product() {
    // "new" and the product noun belong to the noun after the name; "an aircraft Boeing has"
    // opens a relative clause.
    let text = "The new Vantor CEO met analysts. Vantor sold 22 new Vantor jets, an aircraft \
                Vantor currently builds in Ohio.";
    assert_eq!(find(&actors(text), "Vantor").kind, ActorKind::Organization);
}

#[test]
fn one_name_written_many_ways_is_one_actor() {
    let text = "The U.S. Air Force chose a tanker. The US Air Force said the USAF and the \
                Air Force agree. Northwind Airlines (NWA) ordered ten A390s; NWA said the \
                A390 is late. The Zenbook is thin, and the ZenBook sells. Acme unveiled \
                Lynx, the latest version of its operating system; OS X Lynx ships soon.";
    let all = actors(text);
    let force = find(&all, "U.S. Air Force");
    assert_eq!(force.mentions.len(), 4, "{:?}", force.aliases);
    assert_eq!(
        find(&all, "Northwind Airlines").aliases,
        ["Northwind Airlines", "NWA"]
    );
    assert_eq!(find(&all, "A390s").mentions.len(), 2);
    assert_eq!(find(&all, "ZenBook").aliases, ["Zenbook", "ZenBook"]);
    assert_eq!(find(&all, "OS X Lynx").mentions.len(), 2);
}

#[test]
fn capitals_that_only_open_a_phrase_are_not_names() {
    // After a colon a capital may be the phrase's own; a sentence-opening prefix is no name;
    // a country named in full with its connectors is one mention.
    let text = "It comes in one color: Black. Pre-orders rose in the United States of \
                America on Monday.";
    let s = summary(text);
    assert_eq!(
        s,
        [(
            "United States".to_owned(),
            "place",
            vec!["United States of America".to_owned()]
        )]
    );
}

#[test]
fn a_bare_model_number_after_its_product_is_a_mention() {
    let text = "The airline ordered Boeing 777 aircraft on Monday. Options cover 18 more \
                777s, and the 777 flies in May. The plant hired 777 workers.";
    let all = actors(text);
    let forms: Vec<&str> = find(&all, "Boeing 777")
        .mentions
        .iter()
        .map(|m| m.span.text(text))
        .collect();
    assert_eq!(forms, ["Boeing 777", "777", "777"], "not the 777 workers");
}

#[test]
fn particles_and_of_keep_a_name_whole() {
    let text = "Osama bin Laden was killed in Abbottabad. Bin Laden had hidden there, and \
                officials said bin Laden was armed. The Bank of England and the People's \
                Republic of China spoke; Steve Jobs of Apple did not.";
    let all = actors(text);
    let osama = find(&all, "Osama bin Laden");
    assert_eq!(osama.kind, ActorKind::Person);
    assert_eq!(osama.aliases, ["Osama bin Laden", "Bin Laden", "bin Laden"]);
    assert_eq!(find(&all, "Bank of England").kind, ActorKind::Organization);
    assert_eq!(find(&all, "China").aliases, ["People's Republic of China"]);
    find(&all, "Steve Jobs");
    find(&all, "Apple");
}

#[test]
fn a_person_before_a_country_or_after_a_credit_word_stays_a_person() {
    let text = "Lotfi Azzouz, Tunisia, said the vote was fair.\n\nCredit John Smith\n\n\
                John Smith took the photograph in Cupertino, California.";
    let all = actors(text);
    assert_eq!(find(&all, "Lotfi Azzouz").kind, ActorKind::Person);
    assert_eq!(find(&all, "Tunisia").kind, ActorKind::Place);
    assert_eq!(find(&all, "John Smith").mentions.len(), 2);
    assert_eq!(find(&all, "Cupertino").kind, ActorKind::Place);
}

#[test]
fn market_indices_are_other() {
    let text = "The Dow Jones Industrial Average fell 2 percent, the Nasdaq Composite Index \
                slid and the Hang Seng Index rose; Acme Holdings shares gained.";
    let all = actors(text);
    for name in [
        "Dow Jones Industrial Average",
        "Nasdaq Composite Index",
        "Hang Seng Index",
    ] {
        assert_eq!(find(&all, name).kind, ActorKind::Other, "{name}");
    }
    assert_eq!(find(&all, "Acme Holdings").kind, ActorKind::Organization);
}
