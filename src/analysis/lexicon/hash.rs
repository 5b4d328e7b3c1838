//! The hash and prefilter slots of the lexicon's tables, shared by `build.rs` (which lays
//! the tables out) and `table.rs` (which reads them): FxHash's multiply-and-rotate over eight
//! bytes at a time, a few cycles for a word where SipHash takes dozens.

/// The multiplier of rustc-hash 2's FxHasher.
const K: u64 = 0xf135_7aea_2e62_a9c5;

/// The hash of `word`.
pub fn hash(word: &[u8]) -> u64 {
    let mut h = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for chunk in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        h = (h.rotate_left(26) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    let mut b = [0u8; 8];
    if let Some(head) = b.get_mut(..rest.len()) {
        head.copy_from_slice(rest);
    }
    (h.rotate_left(26) ^ u64::from_le_bytes(b)).wrapping_mul(K)
}

/// The first slot of hash `h` in a table of `1 << bits` slots (`bits` ≤ 32): the product's
/// high bits, which mix every input bit.
pub fn first_slot(h: u64, bits: u32) -> usize {
    let mask = (1u64 << bits.min(32)) - 1;
    (h.rotate_left(bits) & mask) as usize
}

/// The tag of hash `h` in a slot whose low `index_bits` bits hold an index: its middle bits,
/// above the index, so most probes of other words are turned away by the slot alone.
pub fn tag(h: u64, index_bits: u32) -> u32 {
    ((h >> 32) as u32).checked_shl(index_bits).unwrap_or(0)
}

/// How many slots each half of a table's prefilter has.
pub const FILTER_SLOTS: usize = 1024;

/// A word's two prefilter slots: the low five bits of its first two bytes, and (in the second
/// half) of its last two. ASCII letters fall in the same slots in either case.
pub fn filter_slots(b: &[u8]) -> [usize; 2] {
    let byte = |i: Option<usize>| usize::from(i.and_then(|i| b.get(i)).copied().unwrap_or(0) & 31);
    let n = b.len();
    [
        byte(Some(0)) << 5 | byte(Some(1)),
        FILTER_SLOTS | byte(n.checked_sub(2)) << 5 | byte(n.checked_sub(1)),
    ]
}

/// The bit of a prefilter slot that a word of `len` bytes sets.
pub fn filter_bit(len: usize) -> u32 {
    1 << len.min(31)
}
