//! The hash of the lexicon's tables, shared by `build.rs` (which lays the tables out) and
//! `table.rs` (which reads them): FxHash's multiply-and-rotate over eight bytes at a time,
//! a few cycles for a word where SipHash takes dozens.

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
