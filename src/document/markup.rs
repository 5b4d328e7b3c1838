//! Byte scanning shared by the linear pre-passes over markup that run before a parser sees
//! it: the HTML bounds (`html::bounds`) and a feed's item cap (`feed::cap`).

/// Where `needle` starts at or after `from`.
pub fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = b.get(from..)?;
    let at = match needle {
        [byte] => rest.iter().position(|c| c == byte),
        _ => rest.windows(needle.len()).position(|w| w == needle),
    };
    at.map(|k| from + k)
}

/// Where `needle` starts at or after `from`, ASCII case ignored.
pub fn find_ignore_case(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|k| from + k)
}

/// One past the end of `needle` found from `from`, or the end of the input.
pub fn after(b: &[u8], from: usize, needle: &[u8]) -> usize {
    find(b, from, needle).map_or(b.len(), |k| k + needle.len())
}

/// The tag name starting at `at`: up to a space, `/` or `>`.
pub fn name_at(b: &[u8], at: usize) -> &[u8] {
    let rest = b.get(at..).unwrap_or_default();
    let len = rest
        .iter()
        .position(|c| c.is_ascii_whitespace() || matches!(c, b'/' | b'>'))
        .unwrap_or(rest.len());
    rest.get(..len).unwrap_or_default()
}
