//! A static perfect-hash map with a prefilter: most words that are not keys are turned away
//! by one bit test, without hashing.

/// A word's slot in a [`Table`]'s filter: the low five bits of its first two bytes (ASCII
/// letters fall in the same slot in either case). `build/rows.rs` computes the same.
fn slot(b: &[u8]) -> usize {
    let (x, y) = (
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    );
    usize::from(x & 31) << 5 | usize::from(y & 31)
}

/// A map from words to `V`, built by `build.rs`.
pub(super) struct Table<V: 'static> {
    /// Bit `min(length, 31)` of a slot is set when a key of that byte length has that slot.
    pub(super) filter: [u32; 1024],
    /// The keys and values.
    pub(super) map: phf::Map<&'static str, V>,
}

impl<V> Table<V> {
    /// The value of `word`, if it is a key.
    pub(super) fn get(&self, word: &str) -> Option<&V> {
        let b = word.as_bytes();
        let bits = self.filter.get(slot(b)).copied().unwrap_or(0);
        if bits >> b.len().min(31) & 1 == 0 {
            return None;
        }
        self.map.get(word)
    }

    /// Whether `word` is a key.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}
