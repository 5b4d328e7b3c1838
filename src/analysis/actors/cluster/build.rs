//! An actor from a group of aliases: its name, its mentions and its kind.

use super::*;

/// The mentions clustered into one actor, gathered in one pass over all mentions.
pub(super) struct Group {
    /// The forms of its mentions as clustered (a surname may join a longer form).
    pub forms: Vec<usize>,
    /// Its mentions, each with the form whose surface it is.
    pub mentions: Vec<(Mention, usize)>,
}

/// Builds one actor from `group`; `names` are all the name mentions.
pub(super) fn build(
    text: &str,
    names: &[NameMention],
    forms: &[Form<'_>],
    mut group: Group,
    lex: &Lexicon,
) -> Actor {
    group.forms.sort_unstable();
    group.forms.dedup();
    let members: Vec<&Form<'_>> = group.forms.iter().filter_map(|&f| forms.get(f)).collect();
    let place = members.iter().find_map(|f| f.place(names));
    let kind = place.map_or_else(|| kind_of(&members, lex), |_| ActorKind::Place);
    let name = match place {
        Some(p)
            if p.kind == PlaceKind::Country || members.iter().all(|f| f.place(names).is_some()) =>
        {
            p.canonical.to_owned()
        }
        _ => members
            .iter()
            .max_by_key(|f| (f.words.len(), f.surface.len()))
            .map_or_else(String::new, |f| f.surface.to_owned()),
    };
    // A mention's text is its form's surface: the aliases are read from the forms, not from
    // mentions all over the text.
    group.mentions.sort_by_key(|(m, _)| m.span);
    let mut aliases: Vec<String> = Vec::new();
    for &(m, f) in &group.mentions {
        let surface = forms
            .get(f)
            .map_or_else(|| m.span.text(text), |f| f.surface);
        if m.form == MentionForm::Name && !aliases.iter().any(|a| a == surface) {
            aliases.push(surface.to_owned());
        }
    }
    let mentions = group.mentions.into_iter().map(|(m, _)| m).collect();
    Actor {
        name,
        kind,
        roles: Vec::new(),
        aliases,
        mentions,
        salience: 0.0,
        named: true,
    }
}

/// How much each piece of evidence weighs when a name's kind is decided; the kind with the
/// most evidence wins.
mod weight {
    /// Decides alone: a collective ("the Smiths"), a market index.
    pub const DECISIVE: f64 = 5.0;
    /// Strong: an organisation's suffix ("Inc."), a title, a human verb, a model number.
    pub const STRONG: f64 = 3.0;
    /// A context: a place's preposition ("abducted in X"), a group's ending ("-ists").
    pub const CONTEXT: f64 = 2.0;
    /// Suggestive: an organisation's first word, an acronym, a given name that is a word.
    pub const HINT: f64 = 1.5;
    /// Weak: "the" before it, a lone given name, a family-name ending.
    pub const WEAK: f64 = 1.0;
}

/// The kind of a non-place actor, by weighing the evidence of all its forms.
pub(super) fn kind_of(group: &[&Form<'_>], lex: &Lexicon) -> ActorKind {
    // "Cupertino, California", "Heathrow Airport", "Changi airport", "Moscone Center".
    let facility =
        |f: &&&Form<'_>| f.words.len() > 1 && f.words.last().is_some_and(|w| is_facility(w));
    if group.iter().any(|f| f.located) || group.iter().any(|f| facility(&f)) {
        return ActorKind::Place;
    }
    let (mut person, mut org, mut crowd, mut thing, mut site) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for form in group {
        // "abducted in Velten": a name in a location's context, unless other evidence wins.
        if form.placed {
            site += weight::CONTEXT;
        }
        // Market indices: "Nasdaq Composite Index", "S&P 500 Index" (numbers skipped).
        let named_last = form
            .words
            .iter()
            .rev()
            .find(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
            .map(|w| w.to_lowercase());
        let index = form.words.len() > 1
            && named_last.is_some_and(|w| lex.product_noun(&w) == Some(ProductNoun::Market));
        if index {
            thing += weight::DECISIVE;
        }
        if form.made {
            thing += weight::STRONG;
        }
        // Products: model numbers and camel-case brands ("Boeing 787", "iPhone").
        if form
            .words
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()) || is_camel(w))
        {
            thing += weight::STRONG;
        }
        let first = form.words.first().copied().unwrap_or("");
        let last = form.words.last().copied().unwrap_or("");
        if form.collective {
            org += weight::DECISIVE;
        }
        match lex.org_cue(last) {
            Some(OrgCue::Suffix | OrgCue::Head) => org += weight::STRONG,
            Some(OrgCue::Prefix) | None => {}
        }
        if form.words.len() > 1 && matches!(lex.org_cue(first), Some(OrgCue::Prefix | OrgCue::Head))
        {
            org += weight::HINT;
        }
        if form.acronym() {
            org += weight::HINT;
        }
        if form.after_the {
            org += weight::WEAK;
        }
        if form.human {
            person += weight::STRONG;
        }
        if form.titled {
            person += weight::STRONG;
        }
        if form.given_named(lex) {
            person += if lex.is_common(first) {
                weight::HINT
            } else {
                weight::STRONG
            };
        }
        // A given name alone ("Melanie said"): a person named familiarly, less sure than a
        // full name.
        if form.words.len() == 1 && lex.given_name(first).is_some() && !lex.is_common(first) {
            person += weight::WEAK;
        }
        if SURNAME_ENDINGS
            .iter()
            .any(|e| last.len() > e.len() + 2 && last.ends_with(e))
        {
            person += weight::WEAK;
        }
        if form.words.len() == 1
            && ["ists", "ans", "ites", "ics"]
                .iter()
                .any(|e| last.ends_with(e))
        {
            crowd += weight::CONTEXT;
        }
    }
    if thing > org && thing > person {
        ActorKind::Other
    } else if site > org && site > person && site > thing {
        ActorKind::Place
    } else if person > org && person >= crowd && person > 0.0 {
        ActorKind::Person
    } else if crowd > org && crowd > 0.0 {
        ActorKind::Group
    } else {
        ActorKind::Organization
    }
}
