//! The hash of the lexicon's tables, shared by `build.rs` (which lays the tables out) and
//! `table.rs` (which reads them): FxHash's multiply-and-rotate over eight bytes at a time,
//! a few cycles for a word where SipHash takes dozens.

/// The multiplier of rustc-hash 2's FxHasher.
const K: u64 = 0xf135_7aea_2e62_a9c5;

/// The first slot of `word` in a table of `1 << bits` slots (`bits` ≤ 32).
pub fn slot(word: &[u8], bits: u32) -> usize {
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
    h = (h.rotate_left(26) ^ u64::from_le_bytes(b)).wrapping_mul(K);
    // The product's high bits mix every input bit: they pick the slot.
    let mask = (1u64 << bits.min(32)) - 1;
    (h.rotate_left(bits) & mask) as usize
}
