//! Actor identity: how quotes, timeline entries and the reader refer to an actor.

/// An actor's position in the analysis' actor list. Quotes, timeline entries and the reader
/// refer to actors by it; ranking renumbers the actors and every id with them ([`Renumbering`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(usize);

impl ActorId {
    /// The actor at position `index` of its list.
    pub const fn new(index: usize) -> ActorId {
        ActorId(index)
    }

    /// The actor's position in its list.
    pub const fn index(self) -> usize {
        self.0
    }
}

/// The new id of each actor after the list was reordered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbering(Vec<ActorId>);

impl Renumbering {
    /// The renumbering that moves the actor at `order[k]` to position `k`.
    pub(super) fn from_order(order: &[usize]) -> Renumbering {
        let mut new_id = vec![ActorId(0); order.len()];
        for (new, &old) in order.iter().enumerate() {
            if let Some(slot) = new_id.get_mut(old) {
                *slot = ActorId(new);
            }
        }
        Renumbering(new_id)
    }

    /// The new id of the actor that was `old`, if `old` was in the list.
    pub fn get(&self, old: ActorId) -> Option<ActorId> {
        self.0.get(old.0).copied()
    }
}
