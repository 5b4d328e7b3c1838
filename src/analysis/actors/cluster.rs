//! Merging name mentions into actors (aliases, surnames, acronyms, demonyms) and typing them.

mod alias;
mod build;

use alias::{alias_of, nearest};
use build::{Group, build};

use rustc_hash::FxHashMap;

use super::names::{CONNECTORS, FACILITIES, NameMention};
use super::shape::{is_acronym, is_camel};
use super::{Actor, ActorKind, Mention, MentionForm};
use crate::analysis::lexicon::{Lexicon, OrgCue, PlaceKind, ProductNoun};

/// One distinct surface form and what its mentions say about it.
struct Form<'t> {
    surface: &'t str,
    words: Vec<&'t str>,
    mentions: Vec<usize>,
    titled: bool,
    /// A mention reads as a person's: "Paul Koech (Kenya)", "Jane Doe, 34,".
    human: bool,
    after_the: bool,
    collective: bool,
    located: bool,
    /// A mention sits in a location's context ("in Velten").
    placed: bool,
    /// A mention reads as a product's ("the new MacBook Pro").
    made: bool,
    /// The name with a leading place spelled out ("U.S. Air Force" → "United States Air
    /// Force"), when it has one.
    spelled: Option<String>,
}

/// Lowercase words skipped when reading initials: "United States Air Force" → USAF.
const MINOR: [&str; 7] = ["of", "and", "the", "&", "for", "de", "du"];

/// Surname endings common in news names across languages.
const SURNAME_ENDINGS: [&str; 16] = [
    "ov", "ova", "ev", "eva", "sky", "ski", "enko", "ian", "yan", "ez", "escu", "oglu", "vic",
    "vich", "idze", "shvili",
];

/// How many longer names sharing a first or last word are tried as the full form of a name:
/// real articles have a handful; the bound keeps word salad from going quadratic.
const MAX_CANDIDATES: usize = 64;

/// Whether `word` (any case) names a facility or geographic feature: "Airport", "River".
fn is_facility(word: &str) -> bool {
    FACILITIES.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Products: model numbers and camel-case brands ("Boeing 787", "iPhone").
fn is_product(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.contains(|c: char| c.is_ascii_digit()) || is_camel(w))
}

fn initials(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !MINOR.contains(w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// `surface` with a leading place of one or two words spelled canonically, when the rest is
/// a name of its own: "U.S. Air Force", "US Air Force" → "United States Air Force".
fn spelled(surface: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = surface.split_whitespace().collect();
    (1..=2.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            let head = words.get(..n)?.join(" ");
            let place = lex.place(&head).filter(|p| !p.demonym && !p.ambiguous)?;
            let rest = words.get(n..)?.join(" ");
            Some(format!("{} {rest}", place.canonical))
        })
}

/// What two forms of one name share: the spelled-out name, in lowercase ("MacBook" and
/// "Macbook", "U.S. Air Force" and "US Air Force").
fn same_key(form: &Form<'_>) -> String {
    form.spelled
        .as_deref()
        .unwrap_or(form.surface)
        .to_lowercase()
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while let Some(&p) = parent.get(i) {
        if p == i {
            break;
        }
        let grand = parent.get(p).copied().unwrap_or(p);
        if let Some(slot) = parent.get_mut(i) {
            *slot = grand;
        }
        i = p;
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    // The earlier form stays the root so clusters keep reading order.
    let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
    if let Some(slot) = parent.get_mut(child) {
        *slot = root;
    }
}

impl Form<'_> {
    fn is_place(&self, names: &[NameMention]) -> bool {
        self.place(names).is_some()
    }

    fn place(&self, names: &[NameMention]) -> Option<crate::analysis::lexicon::Place> {
        let first = *self.mentions.first()?;
        names.get(first)?.place.filter(|p| !p.ambiguous)
    }

    fn acronym(&self) -> bool {
        self.words.len() == 1 && is_acronym(self.surface)
    }

    /// Strong evidence of a person: a title, or a known given name followed by more names.
    fn personish(&self, lex: &Lexicon) -> bool {
        let last = self.words.last().copied().unwrap_or("");
        !self.collective
            && !self.acronym()
            && lex.org_cue(last).is_none()
            && (self.titled || self.given_named(lex))
    }

    /// A known given name followed by surname-like words: "Steve Jobs", not "Mac OS X".
    fn given_named(&self, lex: &Lexicon) -> bool {
        let mut words = self.words.iter();
        words.next().is_some_and(|w| lex.given_name(w).is_some())
            && self.words.len() >= 2
            && self
                .words
                .last()
                .is_none_or(|w| lex.org_cue(w).is_none() && !is_facility(w))
            && words.all(|w| {
                CONNECTORS.contains(w)
                    || (w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).any(char::is_lowercase))
                    || w.ends_with('.')
            })
    }
}

/// Groups `names` into actors.
pub fn cluster(text: &str, names: &[NameMention], lex: &Lexicon) -> Vec<Actor> {
    let mut forms: Vec<Form<'_>> = Vec::new();
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    let mut form_of = Vec::with_capacity(names.len());
    for (m, name) in names.iter().enumerate() {
        let surface = name.span.text(text);
        let f = *index.entry(surface).or_insert_with(|| {
            forms.push(Form {
                surface,
                words: surface.split_whitespace().collect(),
                mentions: Vec::new(),
                titled: false,
                human: false,
                after_the: false,
                collective: name.collective,
                located: false,
                placed: false,
                made: false,
                spelled: spelled(surface, lex),
            });
            forms.len() - 1
        });
        if let Some(form) = forms.get_mut(f) {
            form.mentions.push(m);
            form.titled |= name.titled;
            form.human |= name.human;
            form.after_the |= name.after_the;
            form.located |= name.located;
            form.placed |= name.placed;
            form.made |= name.made;
        }
        form_of.push(f);
    }
    // Each mention's own form (`form_of` may move a surname to a longer form below).
    let written = form_of.clone();
    let mut parent: Vec<usize> = (0..forms.len()).collect();

    // Places merge by canonical name: "U.S.", "America", "American" → United States.
    let mut by_place: FxHashMap<&str, usize> = FxHashMap::default();
    for (f, form) in forms.iter().enumerate() {
        if let Some(place) = form.place(names) {
            let first = *by_place.entry(place.canonical).or_insert(f);
            union(&mut parent, first, f);
        }
    }

    // One name written two ways: case ("MacBook", "Macbook"), a spelled-out leading place
    // ("U.S. Air Force", "US Air Force"), a product's plural ("A380s").
    let keys: Vec<String> = forms.iter().map(same_key).collect();
    let mut by_same: FxHashMap<&str, usize> = FxHashMap::default();
    for (f, (form, key)) in forms.iter().zip(&keys).enumerate() {
        if !form.is_place(names) {
            let first = *by_same.entry(key).or_insert(f);
            union(&mut parent, first, f);
        }
    }
    for (f, key) in keys.iter().enumerate() {
        if let Some(&single) = key.strip_suffix('s').and_then(|k| by_same.get(k))
            && forms.get(single).is_some_and(|g| is_product(&g.words))
        {
            union(&mut parent, single, f);
        }
    }
    // A name and the acronym defined in parentheses right after it: "Singapore Airlines (SIA)".
    for (m, pair) in names.windows(2).enumerate() {
        let [name, acronym] = pair else { continue };
        let between = text.get(name.span.end..acronym.span.start).unwrap_or("");
        let closed = text
            .get(acronym.span.end..)
            .is_some_and(|t| t.starts_with(')'));
        if matches!(between, " (" | "(")
            && closed
            && name.place.is_none()
            && acronym.place.is_none()
            && is_acronym(acronym.span.text(text))
            && let (Some(&a), Some(&b)) = (form_of.get(m), form_of.get(m + 1))
        {
            union(&mut parent, a, b);
        }
    }

    // Shorter forms join longer ones: surnames, name prefixes, acronyms. Longer forms are
    // indexed by first word, last word and initials, so this stays linear in the forms.
    let mut by_key: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (l, long) in forms.iter().enumerate() {
        if long.words.len() < 2 || long.is_place(names) || long.collective {
            continue;
        }
        let (first, last) = (long.words.first(), long.words.last());
        for key in [
            first.map(|w| format!("<{w}")),
            last.map(|w| format!(">{w}")),
        ] {
            by_key.entry(key.unwrap_or_default()).or_default().push(l);
        }
        by_key
            .entry(format!("#{}", initials(&long.words)))
            .or_default()
            .push(l);
        if let Some(spelled) = &long.spelled {
            let words: Vec<&str> = spelled.split_whitespace().collect();
            by_key
                .entry(format!("#{}", initials(&words)))
                .or_default()
                .push(l);
        }
    }
    for (f, form) in forms.iter().enumerate() {
        if form.is_place(names) || form.collective {
            continue;
        }
        let letters: String = form.surface.chars().filter(|c| c.is_alphabetic()).collect();
        let keys = [
            form.words.first().map(|w| format!("<{w}")),
            form.words.last().map(|w| format!(">{w}")),
            form.acronym().then(|| format!("#{letters}")),
        ];
        let mut targets: Vec<usize> = keys
            .iter()
            .flatten()
            .filter_map(|k| by_key.get(k))
            .flat_map(|bucket| bucket.iter().take(MAX_CANDIDATES))
            .copied()
            .filter(|&l| {
                forms.get(l).is_some_and(|long| {
                    l != f && long.words.len() > form.words.len() && alias_of(form, long, lex)
                })
            })
            .collect();
        targets.sort_unstable();
        targets.dedup();
        match targets.as_slice() {
            [] => {}
            [only] => union(&mut parent, *only, f),
            several
                if several
                    .iter()
                    .all(|&t| forms.get(t).is_some_and(|l| l.personish(lex))) =>
            {
                // Two people share the surname: each mention goes to the nearest one before it.
                let candidates: Vec<(usize, Vec<usize>)> = several
                    .iter()
                    .map(|&t| {
                        let starts = forms.get(t).map_or_else(Vec::new, |l| {
                            l.mentions
                                .iter()
                                .filter_map(|&m| names.get(m).map(|n| n.span.start))
                                .collect()
                        });
                        (t, starts)
                    })
                    .collect();
                for &m in &form.mentions {
                    let at = names.get(m).map_or(0, |n| n.span.start);
                    if let Some(t) = nearest(&candidates, at)
                        && let Some(slot) = form_of.get_mut(m)
                    {
                        *slot = t;
                    }
                }
            }
            // A word that starts several names ("Apple" → "Apple Inc.", "Apple Computer")
            // joins the one used most.
            several => {
                let most = several.iter().copied().max_by_key(|&t| {
                    let n = forms.get(t).map_or(0, |l| l.mentions.len());
                    (n, std::cmp::Reverse(t))
                });
                if let Some(t) = most {
                    union(&mut parent, t, f);
                }
            }
        }
    }

    // One pass over the mentions, in text order, fills each actor's forms and mentions.
    // Each root form's group, by the form's index (`usize::MAX` until its first mention).
    let roots: Vec<usize> = form_of.iter().map(|&f| find(&mut parent, f)).collect();
    // Each group's number of mentions, to allocate its list once.
    let mut sizes = vec![0usize; forms.len()];
    for &root in &roots {
        if let Some(n) = sizes.get_mut(root) {
            *n += 1;
        }
    }
    let mut slot_of = vec![usize::MAX; forms.len()];
    let mut listed = vec![false; forms.len()];
    let mut groups: Vec<Group> = Vec::new();
    for (m, ((&f, &own), &root)) in form_of.iter().zip(&written).zip(&roots).enumerate() {
        let Some(slot) = slot_of.get_mut(root) else {
            continue;
        };
        if *slot == usize::MAX {
            *slot = groups.len();
            groups.push(Group {
                forms: Vec::new(),
                mentions: Vec::with_capacity(sizes.get(root).copied().unwrap_or(0)),
            });
        }
        let (Some(group), Some(name)) = (groups.get_mut(*slot), names.get(m)) else {
            continue;
        };
        let form = if name.place.is_some_and(|p| p.demonym) {
            MentionForm::Demonym
        } else {
            MentionForm::Name
        };
        if let Some(seen) = listed.get_mut(f)
            && !*seen
        {
            *seen = true;
            group.forms.push(f);
        }
        group.mentions.push((
            Mention {
                span: name.span,
                form,
            },
            own,
        ));
    }
    groups
        .into_iter()
        .map(|group| build(text, names, &forms, group, lex))
        .collect()
}
