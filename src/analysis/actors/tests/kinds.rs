//! Kinds on world, sports and business news: people of every culture, clubs, products, indices.

use super::*;

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
