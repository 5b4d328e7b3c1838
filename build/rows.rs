//! Reading the lists in `assets/lexicon/`: every file is UTF-8 text, one row a line, columns
//! separated by tabs, `#` lines are comments.

use std::collections::HashMap;
use std::error::Error;
use std::path::Path;

/// A build step's result: a missing or malformed list stops the build with its message.
pub type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// The text of `assets/lexicon/<name>`, with a `rerun-if-changed` line for it.
pub fn read(name: &str) -> Result<String> {
    let path = Path::new("assets/lexicon").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// Data rows of a list: no comments, no blank lines, split on tabs, columns trimmed.
pub fn rows(list: &str) -> impl Iterator<Item = Vec<&str>> {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The `|`-separated entries of a column, without the `-` placeholder.
pub fn alternatives<'a>(column: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    column
        .copied()
        .unwrap_or("-")
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty() && *a != "-")
}

/// Keys with values in first-insertion order; what a repeated key does is the caller's choice.
pub struct Table<V> {
    order: Vec<String>,
    values: HashMap<String, V>,
}

impl<V> Table<V> {
    /// An empty table.
    pub fn new() -> Self {
        Table {
            order: Vec::new(),
            values: HashMap::new(),
        }
    }

    /// The value under `key`, inserted with `default` if absent.
    pub fn entry(&mut self, key: &str, default: impl FnOnce() -> V) -> &mut V {
        if !self.values.contains_key(key) {
            self.order.push(key.to_owned());
        }
        self.values.entry(key.to_owned()).or_insert_with(default)
    }

    /// Keeps the first value given for `key`.
    pub fn first(&mut self, key: &str, value: V) {
        self.entry(key, || value);
    }

    /// Keeps the last value given for `key`.
    pub fn last(&mut self, key: &str, value: V) {
        if self.values.insert(key.to_owned(), value).is_none() {
            self.order.push(key.to_owned());
        }
    }

    /// The entries, in the order their keys first came.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.order
            .iter()
            .filter_map(|k| Some((k.as_str(), self.values.get(k)?)))
    }

    /// The keys, in the order they first came.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(String::as_str)
    }
}

/// Where each key of an emitted table is in its text: start and length in bytes.
pub type Offsets = HashMap<String, (usize, usize)>;

/// The prefilter of `analysis::lexicon::table::Table` (and of the timeline's triggers) over
/// `keys`: bit `min(length, 31)` of both of a key's slots (`hash::filter_slots`) for every key.
pub fn filter<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    let mut slots = vec![0u32; 2 * crate::hash::FILTER_SLOTS];
    for key in keys {
        let b = key.as_bytes();
        for s in crate::hash::filter_slots(b) {
            if let Some(slot) = slots.get_mut(s) {
                *slot |= crate::hash::filter_bit(b.len());
            }
        }
    }
    format!("{slots:?}")
}

/// What to emit: the static's doc line, name and value type, and whether it gets a prefilter
/// (for tables that most looked-up words are not in).
pub struct Spec<'a> {
    pub doc: &'a str,
    pub name: &'a str,
    pub value_type: &'a str,
    pub filtered: bool,
}

/// A `static` `analysis::lexicon::table::Table` of `table`, whose values `value` writes as
/// Rust expressions (it may point into the table's text through the offsets).
pub fn emit<V>(
    out: &mut String,
    spec: Spec,
    table: &Table<V>,
    value: impl Fn(&V, &Offsets) -> Result<String>,
) -> Result<()> {
    let keys: Vec<&str> = table.keys().collect();
    let (bits, slots, index_bits) = slots(&keys)?;
    let (mut text, mut offsets) = (String::new(), Offsets::new());
    for key in &keys {
        if key.len() > usize::from(u8::MAX) || text.len() > u32::MAX as usize {
            return Err(format!("{}: key or text too long at {key:?}", spec.name).into());
        }
        offsets.insert((*key).to_owned(), (text.len(), key.len()));
        text.push_str(key);
    }
    let mut entries = String::new();
    for key in &keys {
        let (start, len) = offsets.get(*key).copied().unwrap_or_default();
        let v = table.values.get(*key).ok_or("key without value")?;
        entries.push_str(&format!("({start}, {len}, {}), ", value(v, &offsets)?));
    }
    let filter = if spec.filtered {
        filter(keys.iter().copied())
    } else {
        "[]".to_owned()
    };
    out.push_str(&format!(
        "/// {}\npub(super) static {}: Table<{}> = Table {{\n    filter: &{filter},\n    \
         bits: {bits},\n    slots: &{slots:?},\n    index_bits: {index_bits},\n    \
         entries: &[{entries}],\n    text: {text:?},\n}};\n\n",
        spec.doc, spec.name, spec.value_type,
    ));
    Ok(())
}

/// The hash slots of `analysis::lexicon::table::Table` for `keys`, at most half full, each
/// key in the first free slot from its hash (0 for empty, else one more than its index in the
/// low bits and its hash tag above), and how many bits the index takes.
fn slots(keys: &[&str]) -> Result<(u32, Vec<u32>, u32)> {
    let bits = (keys.len() * 2).max(1).next_power_of_two().trailing_zeros();
    let index_bits = usize::BITS - keys.len().leading_zeros();
    if index_bits > 24 {
        return Err("table too large for its slots".into());
    }
    let mut slots = vec![0u32; 1 << bits];
    let mask = slots.len() - 1;
    for (n, key) in keys.iter().enumerate() {
        let h = crate::hash::hash(key.as_bytes());
        let mut at = crate::hash::first_slot(h, bits);
        while slots.get(at & mask).is_some_and(|&s| s != 0) {
            at += 1;
        }
        if let Some(slot) = slots.get_mut(at & mask) {
            *slot = u32::try_from(n + 1)? | crate::hash::tag(h, index_bits);
        }
    }
    Ok((bits, slots, index_bits))
}

/// [`emit`] for a table whose values are Rust expressions already.
pub fn emit_map(out: &mut String, spec: Spec, table: &Table<String>) -> Result<()> {
    emit(out, spec, table, |v, _| Ok(v.clone()))
}

/// [`emit`] for a set: a table of `keys` (each once) with `()` values.
pub fn emit_set<'a>(
    out: &mut String,
    spec: Spec,
    keys: impl Iterator<Item = &'a str>,
) -> Result<()> {
    let mut table = Table::new();
    for key in keys {
        table.first(key, ());
    }
    emit(out, spec, &table, |(), _| Ok("()".to_owned()))
}
