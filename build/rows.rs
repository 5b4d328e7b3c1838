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

/// A `static` perfect-hash map from a table whose values are Rust expressions.
pub fn phf_map(out: &mut String, doc: &str, name: &str, value_type: &str, table: &Table<String>) {
    let mut map = phf_codegen::Map::new();
    for (key, value) in table.iter() {
        map.entry(key, value.as_str());
    }
    out.push_str(&format!(
        "/// {doc}\npub(super) static {name}: phf::Map<&'static str, {value_type}> = {};\n\n",
        map.build()
    ));
}

/// A `static` perfect-hash set of `keys` (each once).
pub fn phf_set<'a>(out: &mut String, doc: &str, name: &str, keys: impl Iterator<Item = &'a str>) {
    let mut seen = std::collections::HashSet::new();
    let mut set = phf_codegen::Set::new();
    for key in keys.filter(|k| seen.insert(*k)) {
        set.entry(key);
    }
    out.push_str(&format!(
        "/// {doc}\npub(super) static {name}: phf::Set<&'static str> = {};\n\n",
        set.build()
    ));
}

/// The prefilter of `analysis::lexicon::table::Table` over `keys`: bit `min(length, 31)` of
/// slot `(first byte & 31) << 5 | (second byte & 31)` for every key (its `slot` function).
fn filter<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    let mut slots = [0u32; 1024];
    for key in keys {
        let b = key.as_bytes();
        let (x, y) = (
            b.first().copied().unwrap_or(0),
            b.get(1).copied().unwrap_or(0),
        );
        if let Some(slot) = slots.get_mut(usize::from(x & 31) << 5 | usize::from(y & 31)) {
            *slot |= 1 << b.len().min(31);
        }
    }
    format!("{slots:?}")
}

/// A `static` filtered perfect-hash map (`Table`) from a table whose values are Rust
/// expressions (`()` for a set).
pub fn filtered_map(
    out: &mut String,
    doc: &str,
    name: &str,
    value_type: &str,
    table: &Table<String>,
) {
    let mut map = phf_codegen::Map::new();
    for (key, value) in table.iter() {
        map.entry(key, value.as_str());
    }
    out.push_str(&format!(
        "/// {doc}\npub(super) static {name}: Table<{value_type}> = Table {{\n    filter: {},\n    map: {},\n}};\n\n",
        filter(table.keys()),
        map.build()
    ));
}

/// A `static` filtered perfect-hash set (`Table<()>`) of `keys`.
pub fn filtered_set<'a>(
    out: &mut String,
    doc: &str,
    name: &str,
    keys: impl Iterator<Item = &'a str>,
) {
    let mut table = Table::new();
    for key in keys {
        table.first(key, "()".to_owned());
    }
    filtered_map(out, doc, name, "()", &table);
}
