//! The lookup table and the dedup reservations: entries in 4,096 sorted shards, and a small
//! pending set per id so that a blob stored by several threads at once is stored once.

use super::*;

impl Index {
    pub(super) fn get(&self, id: &BlobId) -> Option<IndexEntry> {
        let shard = self.shards[shard_of(id)]
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        shard
            .binary_search_by(|e| e.id.cmp(id))
            .ok()
            .map(|i| shard[i])
    }

    /// The entry of `id` unless its only location is a pending pack: the blob may be
    /// deduplicated against.
    pub(super) fn get_live(&self, id: &BlobId) -> Option<IndexEntry> {
        self.get(id).filter(|e| !e.pending)
    }

    /// Records `entry`; an existing entry wins, unless it is in a pending pack.
    pub(super) fn insert(&self, entry: IndexEntry) {
        let mut shard = self.shards[shard_of(&entry.id)]
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        match shard.binary_search_by(|e| e.id.cmp(&entry.id)) {
            Ok(at) if shard[at].pending => shard[at] = entry,
            Ok(_) => {}
            Err(at) => {
                if shard.len() == shard.capacity() {
                    // Grow by 1/8, not 2x: memory per entry stays within ~6% of the record size.
                    let extra = shard.len() / 8 + 4;
                    shard.reserve_exact(extra);
                }
                shard.insert(at, entry);
            }
        }
    }

    pub(super) fn remove(&self, id: &BlobId, pack: u32) {
        let mut shard = self.shards[shard_of(id)]
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if let Ok(at) = shard.binary_search_by(|e| e.id.cmp(id))
            && shard[at].pack == pack
        {
            shard.remove(at);
        }
    }

    pub(super) fn pending_shard(&self, id: &BlobId) -> &PendingShard {
        &self.pending[usize::from(id.as_bytes()[2]) % PENDING_SHARDS]
    }

    /// Claims the right to store `id`, or reports that it is stored. If another thread is
    /// storing it, waits for that thread: on success the blob exists, on failure this caller
    /// takes over.
    pub(crate) fn reserve(&self, id: &BlobId) -> Reservation {
        if self.get_live(id).is_some() {
            return Reservation::Exists;
        }
        let shard = self.pending_shard(id);
        let mut pending = lock(&shard.state);
        loop {
            if pending.ids.contains(id) {
                pending.waiters += 1;
                pending = shard
                    .settled
                    .wait(pending)
                    .unwrap_or_else(PoisonError::into_inner);
                pending.waiters -= 1;
                continue;
            }
            // Checked under the pending lock: `fulfil` inserts the entry before it drops the
            // pending marker, so a blob is always in one place or the other.
            if self.get_live(id).is_some() {
                return Reservation::Exists;
            }
            pending.ids.insert(*id);
            return Reservation::Reserved;
        }
    }

    pub(super) fn settle(&self, id: &BlobId) {
        let shard = self.pending_shard(id);
        let mut pending = lock(&shard.state);
        pending.ids.remove(id);
        // Waking is a system call: skip it unless someone waits (the common case).
        if pending.waiters > 0 {
            shard.settled.notify_all();
        }
    }

    /// Records where a reserved blob was sealed: pack-table slot `slot`.
    pub(crate) fn fulfil(&self, slot: u32, e: &PackEntry) {
        self.insert(IndexEntry::new(slot, e));
        self.settle(&e.id);
    }

    /// Gives up a reservation (the store failed); a waiting thread takes over.
    pub(crate) fn cancel(&self, id: &BlobId) {
        self.settle(id);
    }
}
