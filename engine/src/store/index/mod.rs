//! The blob index: blob id -> (pack, offset, lengths, kind), shared by every thread.
//!
//! Every entry, loaded at open or stored during this session, lives in one of 4096 shards (by
//! the id's first 12 bits): a sorted vector of 52-byte records behind a read-write lock, grown
//! by at most 1/8 at a time, so the index costs about 52-56 bytes per blob (`stats` measures
//! it). A blob being stored is first *reserved* in a small pending set; a second thread storing
//! the same id waits for the first to finish, so a blob stored by two threads at once is stored
//! once. The pack table records each pack's progress (open, uploading, durable, persisted); a
//! blob is visible to `lookup` once its pack is durable.

mod segment;

use std::collections::{HashMap, HashSet};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, RwLock};

pub(crate) use segment::{SEGMENT_MAGIC, Segment, SegmentEntry, SegmentPack};

use crate::error::{Error, Result};
use crate::primitives::id::{BlobId, PackId};
use crate::primitives::keys::WrappedPackKey;
use crate::store::pack::{BlobKind, PackEntry};

/// Where a blob is stored. 52 bytes: the unit of the index's memory use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct IndexEntry {
    pub(crate) id: BlobId,
    /// Position in the pack table.
    pub(crate) pack: u32,
    pub(crate) offset: u32,
    pub(crate) stored_len: u32,
    pub(crate) raw_len: u32,
    pub(crate) kind: BlobKind,
}

impl IndexEntry {
    fn new(pack: u32, e: &PackEntry) -> IndexEntry {
        IndexEntry {
            id: e.id,
            pack,
            offset: e.offset,
            stored_len: e.stored_len,
            raw_len: e.raw_len,
            kind: e.kind,
        }
    }

    pub(crate) fn pack_entry(&self) -> PackEntry {
        PackEntry {
            kind: self.kind,
            id: self.id,
            offset: self.offset,
            stored_len: self.stored_len,
            raw_len: self.raw_len,
        }
    }
}

/// The progress of a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PackState {
    /// Blobs are still being added.
    Open,
    /// Finished and queued or being uploaded.
    Uploading,
    /// Stored by the backend; not yet listed in an index segment.
    Durable,
    /// Listed in a stored index segment (every loaded pack is here).
    Persisted,
    /// The upload failed; its blobs were dropped from the index.
    Failed,
    /// Listed by a segment but missing from storage (or of another size) when the repository
    /// was first written to; its blobs were dropped from the index so they are stored again.
    Missing,
}

/// One row of the pack table.
#[derive(Clone, Debug)]
pub(crate) struct PackRecord {
    pub(crate) id: PackId,
    pub(crate) uid: [u8; 16],
    pub(crate) wrapped: WrappedPackKey,
    pub(crate) len: u64,
    pub(crate) state: PackState,
    /// The pack's blobs, kept from `pack_finished` until a stored segment lists them.
    unpersisted: Vec<PackEntry>,
}

const SHARD_BITS: u32 = 12;
const PENDING_SHARDS: usize = 64;

#[derive(Default)]
struct Pending {
    ids: HashSet<BlobId>,
    waiters: usize,
}

struct PendingShard {
    state: Mutex<Pending>,
    settled: Condvar,
}

struct PackTable {
    records: Vec<PackRecord>,
    by_id: HashMap<PackId, u32>,
}

/// What [`Index::reserve`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Reservation {
    /// The blob is stored already (or was just stored by another thread).
    Exists,
    /// The caller must store it, then call `fulfil` or `cancel`.
    Reserved,
}

/// Memory use of the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexStats {
    /// Blobs in the index (loaded and stored this session).
    pub entries: usize,
    /// Packs in the pack table.
    pub packs: usize,
    /// Bytes of heap used by the entries and the pack table.
    pub heap_bytes: usize,
}

impl IndexStats {
    /// Heap bytes per indexed blob.
    pub fn bytes_per_entry(&self) -> f64 {
        self.heap_bytes as f64 / self.entries.max(1) as f64
    }
}

/// The concurrent blob index; see the module docs.
pub(crate) struct Index {
    shards: Box<[RwLock<Vec<IndexEntry>>]>,
    pending: Box<[PendingShard]>,
    packs: RwLock<PackTable>,
    pack_settled: Condvar,
    pack_settled_lock: Mutex<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every update under an index lock is a single insert or remove, so a lock poisoned by a
    // panicking thread still guards consistent data.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn shard_of(id: &BlobId) -> usize {
    let b = id.as_bytes();
    (usize::from(b[0]) << 4) | usize::from(b[1] >> 4)
}

impl Index {
    /// Builds the index from decoded segments. A blob listed twice keeps its first location.
    pub(crate) fn from_segments(segments: Vec<Segment>) -> Index {
        let mut table = PackTable {
            records: Vec::new(),
            by_id: HashMap::new(),
        };
        let mut shards: Vec<Vec<IndexEntry>> = vec![Vec::new(); 1 << SHARD_BITS];
        for seg in segments {
            let slots: Vec<u32> = seg
                .packs
                .iter()
                .map(|p| {
                    *table.by_id.entry(p.id).or_insert_with(|| {
                        table.records.push(PackRecord {
                            id: p.id,
                            uid: p.uid,
                            wrapped: p.wrapped.clone(),
                            len: p.len,
                            state: PackState::Persisted,
                            unpersisted: Vec::new(),
                        });
                        (table.records.len() - 1) as u32
                    })
                })
                .collect();
            for e in seg.entries {
                shards[shard_of(&e.id)].push(IndexEntry {
                    id: e.id,
                    pack: slots[e.pack as usize],
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                    kind: e.kind,
                });
            }
        }
        for shard in &mut shards {
            // Stable sort then dedup keeps the first location of a blob stored twice.
            shard.sort_by_key(|e| e.id);
            shard.dedup_by(|later, first| later.id == first.id);
            shard.shrink_to_fit();
        }
        Index {
            shards: shards.into_iter().map(RwLock::new).collect(),
            pending: (0..PENDING_SHARDS)
                .map(|_| PendingShard {
                    state: Mutex::default(),
                    settled: Condvar::new(),
                })
                .collect(),
            packs: RwLock::new(table),
            pack_settled: Condvar::new(),
            pack_settled_lock: Mutex::new(()),
        }
    }

    fn get(&self, id: &BlobId) -> Option<IndexEntry> {
        let shard = self.shards[shard_of(id)]
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        shard
            .binary_search_by(|e| e.id.cmp(id))
            .ok()
            .map(|i| shard[i])
    }

    fn insert(&self, entry: IndexEntry) {
        let mut shard = self.shards[shard_of(&entry.id)]
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if let Err(at) = shard.binary_search_by(|e| e.id.cmp(&entry.id)) {
            if shard.len() == shard.capacity() {
                // Grow by 1/8, not 2x: memory per entry stays within ~6% of the record size.
                let extra = shard.len() / 8 + 4;
                shard.reserve_exact(extra);
            }
            shard.insert(at, entry);
        }
    }

    fn remove(&self, id: &BlobId, pack: u32) {
        let mut shard = self.shards[shard_of(id)]
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        if let Ok(at) = shard.binary_search_by(|e| e.id.cmp(id))
            && shard[at].pack == pack
        {
            shard.remove(at);
        }
    }

    fn pending_shard(&self, id: &BlobId) -> &PendingShard {
        &self.pending[usize::from(id.as_bytes()[2]) % PENDING_SHARDS]
    }

    fn packs(&self) -> std::sync::RwLockReadGuard<'_, PackTable> {
        self.packs.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn packs_mut(&self) -> std::sync::RwLockWriteGuard<'_, PackTable> {
        self.packs.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// The entry of a stored blob and its pack record. `NotFound` if unknown, or (with a
    /// message saying so) if its pack is not yet durable.
    pub(crate) fn lookup(&self, id: &BlobId) -> Result<(IndexEntry, PackRecord)> {
        let entry = self
            .get(id)
            .ok_or_else(|| Error::not_found(format!("blob {id}"), "not in the index"))?;
        let t = self.packs();
        let r = &t.records[entry.pack as usize];
        match r.state {
            PackState::Durable | PackState::Persisted => Ok((
                entry,
                PackRecord {
                    unpersisted: Vec::new(),
                    ..r.clone()
                },
            )),
            _ => Err(Error::not_found(
                format!("blob {id}"),
                "stored in a pack that is not flushed yet (call flush first)",
            )),
        }
    }

    /// Whether the index knows this blob (stored, or being stored by some thread).
    pub(crate) fn contains(&self, id: &BlobId) -> bool {
        self.get(id).is_some() || lock(&self.pending_shard(id).state).ids.contains(id)
    }

    /// Claims the right to store `id`, or reports that it is stored. If another thread is
    /// storing it, waits for that thread: on success the blob exists, on failure this caller
    /// takes over.
    pub(crate) fn reserve(&self, id: &BlobId) -> Reservation {
        if self.get(id).is_some() {
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
            if self.get(id).is_some() {
                return Reservation::Exists;
            }
            pending.ids.insert(*id);
            return Reservation::Reserved;
        }
    }

    fn settle(&self, id: &BlobId) {
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

    /// Adds a pack being written; returns its slot in the pack table.
    pub(crate) fn open_pack(&self, uid: [u8; 16], wrapped: WrappedPackKey) -> u32 {
        let mut t = self.packs_mut();
        t.records.push(PackRecord {
            id: PackId::from_bytes([0; 16]),
            uid,
            wrapped,
            len: 0,
            state: PackState::Open,
            unpersisted: Vec::new(),
        });
        (t.records.len() - 1) as u32
    }

    /// The pack in `slot` is finished and named; it is being uploaded.
    pub(crate) fn pack_finished(&self, slot: u32, id: PackId, len: u64, entries: Vec<PackEntry>) {
        let mut t = self.packs_mut();
        let r = &mut t.records[slot as usize];
        r.id = id;
        r.len = len;
        r.state = PackState::Uploading;
        r.unpersisted = entries;
        t.by_id.insert(id, slot);
    }

    /// The pack in `slot` is stored durably, or failed to be (then its blobs are dropped, so
    /// that a later store of the same data writes it again).
    pub(crate) fn pack_uploaded(&self, slot: u32, ok: bool) {
        let dropped = {
            let mut t = self.packs_mut();
            let r = &mut t.records[slot as usize];
            r.state = if ok {
                PackState::Durable
            } else {
                PackState::Failed
            };
            if ok {
                Vec::new()
            } else {
                std::mem::take(&mut r.unpersisted)
            }
        };
        for e in &dropped {
            self.remove(&e.id, slot);
        }
        let _guard = lock(&self.pack_settled_lock);
        self.pack_settled.notify_all();
    }

    /// A pack that failed before it was finished: drop the blobs already recorded in it.
    pub(crate) fn pack_abandoned(&self, slot: u32, entries: &[PackEntry]) {
        for e in entries {
            self.remove(&e.id, slot);
        }
        self.pack_uploaded(slot, false);
    }

    /// Slots of packs finished but not yet durable.
    pub(crate) fn uploading(&self) -> Vec<u32> {
        let t = self.packs();
        (0..t.records.len() as u32)
            .filter(|&s| t.records[s as usize].state == PackState::Uploading)
            .collect()
    }

    /// Waits until every pack in `slots` is durable (or failed); returns the failed ones.
    pub(crate) fn wait_for_packs(&self, slots: &[u32]) -> Vec<u32> {
        let mut guard = lock(&self.pack_settled_lock);
        loop {
            let states: Vec<PackState> = {
                let t = self.packs();
                slots.iter().map(|&s| t.records[s as usize].state).collect()
            };
            if states
                .iter()
                .all(|s| !matches!(s, PackState::Open | PackState::Uploading))
            {
                return slots
                    .iter()
                    .zip(states)
                    .filter(|(_, st)| *st == PackState::Failed)
                    .map(|(s, _)| *s)
                    .collect();
            }
            guard = self
                .pack_settled
                .wait(guard)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Segments (of at most `max_entries` entries) listing every durable pack not yet in a
    /// stored segment, with its blobs; and the pack slots they cover.
    pub(crate) fn unpersisted(&self, max_entries: usize) -> (Vec<Segment>, Vec<u32>) {
        let t = self.packs();
        let durable: Vec<u32> = (0..t.records.len() as u32)
            .filter(|&s| t.records[s as usize].state == PackState::Durable)
            .collect();
        let mut segments = Vec::new();
        let mut current = Segment::default();
        for &slot in &durable {
            let r = &t.records[slot as usize];
            if !current.entries.is_empty()
                && current.entries.len() + r.unpersisted.len() > max_entries
            {
                segments.push(std::mem::take(&mut current));
            }
            let pack_index = current.packs.len() as u32;
            current.packs.push(SegmentPack {
                id: r.id,
                uid: r.uid,
                wrapped: r.wrapped.clone(),
                len: r.len,
            });
            current
                .entries
                .extend(r.unpersisted.iter().map(|e| SegmentEntry {
                    id: e.id,
                    pack: pack_index,
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                    kind: e.kind,
                }));
        }
        if !current.packs.is_empty() {
            segments.push(current);
        }
        (segments, durable)
    }

    /// The packs in `slots` are now listed in stored segments.
    pub(crate) fn mark_persisted(&self, slots: &[u32]) {
        let mut t = self.packs_mut();
        for &s in slots {
            let r = &mut t.records[s as usize];
            r.state = PackState::Persisted;
            r.unpersisted = Vec::new();
        }
    }

    /// Marks the persisted packs `ids` missing and drops every blob that refers to them, so
    /// that `contains` no longer reports them and the next store writes them again. Returns
    /// the number of blobs dropped.
    pub(crate) fn drop_packs(&self, ids: &HashSet<PackId>) -> usize {
        let slots: HashSet<u32> = {
            let mut t = self.packs_mut();
            let slots: HashSet<u32> = ids
                .iter()
                .filter_map(|id| t.by_id.get(id).copied())
                .collect();
            for &s in &slots {
                t.records[s as usize].state = PackState::Missing;
            }
            slots
        };
        let mut dropped = 0;
        for shard in self.shards.iter() {
            let mut s = shard.write().unwrap_or_else(PoisonError::into_inner);
            let before = s.len();
            s.retain(|e| !slots.contains(&e.pack));
            dropped += before - s.len();
        }
        dropped
    }

    /// Id, state and length of every pack in the table.
    pub(crate) fn pack_states(&self) -> Vec<(PackId, PackState, u64)> {
        self.packs()
            .records
            .iter()
            .map(|r| (r.id, r.state, r.len))
            .collect()
    }

    /// Calls `f` with every entry and the id of its pack.
    pub(crate) fn for_each_entry(&self, mut f: impl FnMut(&IndexEntry, PackId)) {
        let ids: Vec<PackId> = self.packs().records.iter().map(|r| r.id).collect();
        for shard in self.shards.iter() {
            for e in shard.read().unwrap_or_else(PoisonError::into_inner).iter() {
                f(e, ids[e.pack as usize]);
            }
        }
    }

    /// Entry count and heap bytes: shard vectors by capacity, pending sets and the pack table
    /// (including blob lists of packs not yet in a segment).
    pub(crate) fn stats(&self) -> IndexStats {
        let mut entries = 0;
        let mut heap = self.shards.len() * size_of::<RwLock<Vec<IndexEntry>>>();
        for shard in self.shards.iter() {
            let s = shard.read().unwrap_or_else(PoisonError::into_inner);
            entries += s.len();
            heap += s.capacity() * size_of::<IndexEntry>();
        }
        for shard in self.pending.iter() {
            heap += lock(&shard.state).ids.capacity() * (size_of::<BlobId>() + 1);
        }
        let t = self.packs();
        heap += t.records.capacity() * size_of::<PackRecord>()
            + t.by_id.capacity() * (size_of::<(PackId, u32)>() + 1)
            + t.records
                .iter()
                .map(|r| r.unpersisted.capacity() * size_of::<PackEntry>())
                .sum::<usize>();
        IndexStats {
            entries,
            packs: t.records.len(),
            heap_bytes: heap,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn id(n: u32) -> BlobId {
        BlobId::from_bytes(*blake3::hash(&n.to_le_bytes()).as_bytes())
    }

    fn wrapped() -> WrappedPackKey {
        WrappedPackKey([0; 48])
    }

    fn segment(n: u32) -> Segment {
        let mut s = Segment::default();
        s.packs.push(SegmentPack {
            id: PackId::from_bytes([7; 16]),
            uid: [1; 16],
            wrapped: wrapped(),
            len: 1 << 30,
        });
        for i in 0..n {
            s.entries.push(SegmentEntry {
                id: id(i),
                pack: 0,
                offset: i * 100,
                stored_len: 100,
                raw_len: 90,
                kind: BlobKind::Data,
            });
        }
        s
    }

    #[test]
    fn entry_is_52_bytes() {
        assert_eq!(size_of::<IndexEntry>(), 52);
    }

    #[test]
    fn loaded_entries_are_found_and_compact() {
        let idx = Index::from_segments(vec![segment(100_000)]);
        for i in (0..100_000).step_by(997) {
            let (e, p) = idx.lookup(&id(i)).unwrap();
            assert_eq!(e.offset, i * 100);
            assert_eq!(p.state, PackState::Persisted);
        }
        assert!(idx.lookup(&id(100_001)).is_err());
        let stats = idx.stats();
        assert_eq!(stats.entries, 100_000);
        assert!(
            stats.bytes_per_entry() < 64.0,
            "{}",
            stats.bytes_per_entry()
        );
    }

    #[test]
    fn a_blob_stored_by_many_threads_at_once_is_stored_once() {
        let idx = Arc::new(Index::from_segments(vec![]));
        let slot = idx.open_pack([0; 16], wrapped());
        let winners = Arc::new(AtomicUsize::new(0));
        std::thread::scope(|s| {
            for _ in 0..8 {
                let (idx, winners) = (idx.clone(), winners.clone());
                s.spawn(move || {
                    for i in 0..200 {
                        if idx.reserve(&id(i)) == Reservation::Reserved {
                            winners.fetch_add(1, Ordering::Relaxed);
                            let e = PackEntry {
                                kind: BlobKind::Data,
                                id: id(i),
                                offset: i,
                                stored_len: 17,
                                raw_len: 0,
                            };
                            idx.fulfil(slot, &e);
                        }
                    }
                });
            }
        });
        assert_eq!(winners.load(Ordering::Relaxed), 200);
    }

    #[test]
    fn entries_stored_this_session_stay_compact_too() {
        let idx = Index::from_segments(vec![segment(50_000)]);
        let slot = idx.open_pack([0; 16], wrapped());
        for i in 50_000..250_000 {
            assert_eq!(idx.reserve(&id(i)), Reservation::Reserved);
            let e = PackEntry {
                kind: BlobKind::Data,
                id: id(i),
                offset: i,
                stored_len: 17,
                raw_len: 0,
            };
            idx.fulfil(slot, &e);
        }
        let stats = idx.stats();
        assert_eq!(stats.entries, 250_000);
        assert!(
            stats.bytes_per_entry() < 64.0,
            "{}",
            stats.bytes_per_entry()
        );
        assert_eq!(idx.reserve(&id(7)), Reservation::Exists);
        assert_eq!(idx.reserve(&id(200_000)), Reservation::Exists);
    }

    #[test]
    fn a_cancelled_reservation_passes_to_the_next_thread() {
        let idx = Index::from_segments(vec![]);
        assert_eq!(idx.reserve(&id(1)), Reservation::Reserved);
        idx.cancel(&id(1));
        assert_eq!(idx.reserve(&id(1)), Reservation::Reserved);
    }

    #[test]
    fn unpersisted_lists_durable_packs_only_and_failed_packs_drop_their_blobs() {
        let idx = Index::from_segments(vec![]);
        let a = idx.open_pack([1; 16], wrapped());
        let b = idx.open_pack([2; 16], wrapped());
        for (slot, n) in [(a, 1), (b, 2)] {
            idx.reserve(&id(n));
            let e = PackEntry {
                kind: BlobKind::Data,
                id: id(n),
                offset: 0,
                stored_len: 17,
                raw_len: 0,
            };
            idx.fulfil(slot, &e);
            idx.pack_finished(slot, PackId::from_bytes([slot as u8; 16]), 1000, vec![e]);
        }
        assert!(idx.lookup(&id(1)).is_err(), "not flushed yet");
        idx.pack_uploaded(a, true);
        idx.pack_uploaded(b, false);
        assert_eq!(idx.wait_for_packs(&[a, b]), vec![b]);
        let (segs, slots) = idx.unpersisted(10);
        assert_eq!(slots, vec![a]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].entries.len(), 1);
        assert_eq!(segs[0].entries[0].id, id(1));
        assert!(
            !idx.contains(&id(2)),
            "blobs of a failed pack are forgotten"
        );
        idx.mark_persisted(&slots);
        assert!(idx.unpersisted(10).0.is_empty());
        assert!(idx.lookup(&id(1)).is_ok());
    }
}
