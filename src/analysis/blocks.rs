//! A coarse index over a list sorted by position (mentions by start, sentences by end):
//! where each block of text begins in the list, so that a search by byte offset reads one
//! block's entries, not the whole list (a binary search over a long document's mentions
//! misses the cache at every step).

use std::ops::Range;

/// Bytes per block, as a shift: 256-byte blocks hold a few entries each in prose.
const SHIFT: u32 = 8;

/// For each block of `1 << SHIFT` bytes, the index of the first entry starting in it or
/// after it; one more entry holds the list's length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Blocks {
    first: Vec<u32>,
}

impl Blocks {
    /// Indexes `starts`, the (sorted) offsets by which a list is searched: its entries'
    /// starts, or their ends.
    pub fn new(starts: impl ExactSizeIterator<Item = usize>) -> Blocks {
        let len = starts.len();
        let mut first = Vec::new();
        for (i, start) in starts.enumerate() {
            let block = start >> SHIFT;
            let index = u32::try_from(i).unwrap_or(u32::MAX);
            if first.len() <= block {
                first.resize(block + 1, index);
            }
        }
        first.push(u32::try_from(len).unwrap_or(u32::MAX));
        Blocks { first }
    }

    /// The indices of the entries starting in `at`'s block: every entry before them starts
    /// before the block (so before `at`), and every entry after them starts after `at`.
    fn around(&self, at: usize) -> Range<usize> {
        let block = at >> SHIFT;
        let last = self.first.len().saturating_sub(1);
        let index = |b: usize| self.first.get(b.min(last)).map_or(0, |&i| i as usize);
        index(block)..index(block + 1)
    }

    /// The number of entries starting at or before `at` (as `partition_point(|s| s <= at)`
    /// over the starts), given the list's starts by `start_of`.
    pub fn count_at_or_before(&self, at: usize, start_of: impl Fn(usize) -> usize) -> usize {
        self.count_while(at, |i| start_of(i) <= at)
    }

    /// The number of entries starting before `at` (as `partition_point(|s| s < at)`).
    pub fn count_before(&self, at: usize, start_of: impl Fn(usize) -> usize) -> usize {
        self.count_while(at, |i| start_of(i) < at)
    }

    /// The first index in `at`'s block for which `holds` fails (it holds for every entry
    /// before the block and fails for every one after it).
    fn count_while(&self, at: usize, holds: impl Fn(usize) -> bool) -> usize {
        let Range { mut start, mut end } = self.around(at);
        while start < end {
            let mid = start + (end - start) / 2;
            if holds(mid) {
                start = mid + 1;
            } else {
                end = mid;
            }
        }
        start
    }
}

/// Sorts `items` by `key` (stably, as `sort_by_key` does), where the key orders items by
/// their start offset first (`start`): a counting pass puts each item in its block, in the
/// order given, and only each block's few items are sorted. Merging the already sorted runs
/// of many actors' mentions this way reads the list twice instead of once per merge level.
pub fn sort_by_start<T: Copy, K: Ord>(
    items: &mut Vec<T>,
    start: impl Fn(&T) -> usize,
    key: impl Fn(&T) -> K,
) {
    let blocks = items
        .iter()
        .map(|t| start(t) >> SHIFT)
        .max()
        .map_or(0, |b| b + 1);
    // Short or sparse lists (a few items over a long text) are sorted as they are.
    if items.len() < 64
        || blocks > items.len().saturating_mul(4)
        || u32::try_from(items.len()).is_err()
    {
        items.sort_by_key(key);
        return;
    }
    let mut first = vec![0usize; blocks + 1];
    for t in items.iter() {
        if let Some(n) = first.get_mut((start(t) >> SHIFT) + 1) {
            *n += 1;
        }
    }
    let mut sum = 0;
    for n in &mut first {
        sum += *n;
        *n = sum;
    }
    // Each item's index, placed in its block; then the items gathered in that order.
    let mut next = first.clone();
    let mut order = vec![0u32; items.len()];
    for (i, t) in items.iter().enumerate() {
        if let Some(at) = next.get_mut(start(t) >> SHIFT) {
            if let Some(slot) = order.get_mut(*at) {
                *slot = u32::try_from(i).unwrap_or(u32::MAX);
            }
            *at += 1;
        }
    }
    let mut sorted: Vec<T> = order
        .iter()
        .filter_map(|&i| items.get(i as usize).copied())
        .collect();
    for pair in first.windows(2) {
        if let [from, to] = *pair
            && to - from > 1
            && let Some(block) = sorted.get_mut(from..to)
        {
            block.sort_by_key(&key);
        }
    }
    *items = sorted;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Merged runs come out as a stable sort by the same key leaves them, ties in order.
    #[test]
    fn sorting_by_start_agrees_with_a_stable_sort() {
        let mut items: Vec<(usize, usize, usize)> = Vec::new();
        // Runs sorted by start, as actors' mentions are, interleaved over 30 KB; runs 0 and 3
        // (and 1 and 4 …) have the same keys, so ties must keep their order.
        for run in 0..7 {
            let (key, mut at) = (run % 3, (run % 3) * 13);
            for n in 0..150 {
                items.push((at, key, run * 1000 + n));
                at += 17 + (n * key) % 190;
            }
        }
        let mut expected = items.clone();
        expected.sort_by_key(|&(s, k, _)| (s, k));
        sort_by_start(&mut items, |t| t.0, |&(s, k, _)| (s, k));
        assert_eq!(items, expected);
    }

    /// Every offset gives the counts a search over the whole list gives.
    #[test]
    fn counts_agree_with_a_search_of_the_whole_list() {
        let starts = [0, 3, 3, 255, 256, 257, 900, 901, 5000, 5000, 5001];
        let blocks = Blocks::new(starts.iter().copied());
        for at in 0..6000 {
            let get = |i: usize| starts[i];
            assert_eq!(
                blocks.count_at_or_before(at, get),
                starts.partition_point(|&s| s <= at),
                "at {at}"
            );
            assert_eq!(
                blocks.count_before(at, get),
                starts.partition_point(|&s| s < at),
                "at {at}"
            );
        }
    }

    #[test]
    fn an_empty_list_counts_nothing() {
        let blocks = Blocks::new(std::iter::empty());
        assert_eq!(blocks.count_at_or_before(10, |_| 0), 0);
        assert_eq!(blocks.around(1 << 20), 0..0);
    }
}
