//! The word scans' fast paths against their plain definitions.

use super::*;

/// The eight-at-a-time count agrees with a byte-by-byte one at every offset.
#[test]
fn letters_counts_as_a_byte_scan_does() {
    let text = "Putin held talks@[`{ ZZaz09 über-long Wordsworthiness\x7f end A";
    let all: Vec<u8> = text.bytes().chain((0..=255u8).rev()).collect();
    for start in 0..all.len() {
        let rest = &all[start..];
        let want = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        assert_eq!(letters(rest), want, "at {start}");
    }
}
